"""Paragraph builders: each returns markup for one paragraph (see corpus_lib).

Every builder takes the Doc `d`, a random.Random `r`, and `err` (inject the
builder's error kind when true). Place names, numbers and sentences are invented.
"""
import datetime
from fractions import Fraction

from corpus_lib import vi, pct, transpose, parse_vi, decs, ratio_consistent, interval

WEEKDAYS = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"]


def pick(r, xs):
    return xs[r.randrange(len(xs))]


def money(r, lo, hi, dec=2):
    """A random amount with `dec` decimals, as a Fraction."""
    q = 10 ** dec
    return Fraction(r.randint(int(lo * q), int(hi * q)), q)


def f2(x, dec):
    return vi(x, dec)


def check_wrong_ratio(a, adec, b, bdec, shown, scale=100):
    p = parse_vi(shown)
    assert not ratio_consistent(a, adec, b, bdec, p, decs(shown), scale), (a, b, shown)


def check_right_ratio(a, adec, b, bdec, shown, scale=100):
    p = parse_vi(shown)
    assert ratio_consistent(a, adec, b, bdec, p, decs(shown), scale), (a, b, shown)


def wrong_pct(a, adec, b, bdec, good, scale=100):
    """A realistic typo of a correct percentage that is really inconsistent."""
    cands = []
    try:
        cands.append(transpose(good))
    except ValueError:
        pass
    digits = [i for i, ch in enumerate(good) if ch.isdigit()]
    for i in reversed(digits):  # a single changed digit, least significant first
        for delta in (1, -1, 2):
            v = int(good[i]) + delta
            if 0 <= v <= 9 and not (i == 0 and v == 0):
                cands.append(good[:i] + str(v) + good[i + 1:])
    for bad in cands:
        p = parse_vi(bad)
        if not ratio_consistent(a, adec, b, bdec, p, decs(bad), scale):
            return bad
    raise AssertionError(("no detectable typo", a, b, good))


# ----------------------------------------------------------------- sums

SUM_THEMES = [
    # (lead, noun, [part labels], unit_after_each)
    ("Bộ phận Một cửa đã tiếp nhận", "hồ sơ", ["hồ sơ trực tuyến", "hồ sơ trực tiếp", "hồ sơ qua dịch vụ bưu chính công ích"]),
    ("Trong kỳ đã giải quyết việc làm cho", "lao động", ["lao động làm việc tại các doanh nghiệp trong tỉnh", "lao động làm việc ngoài tỉnh", "lao động đi làm việc ở nước ngoài theo hợp đồng"]),
    ("Lực lượng chức năng đã phát hiện, xử lý", "vụ vi phạm", ["vụ vi phạm về an toàn thực phẩm", "vụ vi phạm trật tự đô thị", "vụ vi phạm về môi trường"]),
    ("Toàn địa bàn đã cấp", "giấy chứng nhận quyền sử dụng đất", ["giấy cấp lần đầu", "giấy cấp đổi", "giấy cấp do chuyển nhượng, tặng cho"]),
    ("Đã tổ chức khám sàng lọc cho", "lượt người", ["lượt trẻ em dưới 6 tuổi", "lượt người cao tuổi", "lượt phụ nữ trong độ tuổi sinh đẻ"]),
    ("Công an đã tiếp nhận, giải quyết", "tin báo, tố giác tội phạm", ["tin báo về trộm cắp tài sản", "tin báo về lừa đảo qua mạng", "tin báo về cố ý gây thương tích"]),
]


def sum_complete(d, r, err=False):
    lead, noun, labels = pick(r, SUM_THEMES)
    k = r.choice([2, 3])
    parts = [r.randint(12, 480) for _ in range(k)]
    total = sum(parts)
    shown = vi(total)
    if err:
        shown = transpose(shown)
        assert parse_vi(shown) != total
    ps = [f"{vi(p)} {labels[i]}" for i, p in enumerate(parts)]
    st = "inconsistent" if err else "consistent"
    tot = f"⟦F:sum-mismatch|{shown}⟧" if err else shown
    form = r.randrange(3)
    if form == 2 and k == 3:  # "trong đó …, còn lại …" names the remainder: complete
        return (f"{lead} ⟦k⟧⟦c:sum:{st}⟧{tot} {noun}, trong đó {ps[0]}, {ps[1]}, còn lại {ps[2]}⟦/k⟧.")
    body = ", ".join(ps[:-1]) + " và " + ps[-1]
    verb = "bao gồm" if form == 1 else "gồm:"
    return f"{lead} ⟦k⟧⟦c:sum:{st}⟧{tot} {noun}, {verb} {body}⟦/k⟧."


def sum_partial(d, r, err=False):
    """'trong đó' parts: lower is fine; higher is an error."""
    src = pick(r, [("Tổng thu ngân sách nhà nước trên địa bàn ước đạt", ["thu tiền sử dụng đất", "thu thuế ngoài quốc doanh", "lệ phí trước bạ"]),
                   ("Tổng vốn đầu tư xây dựng cơ bản đã giải ngân", ["vốn ngân sách tỉnh", "vốn ngân sách huyện", "vốn lồng ghép chương trình mục tiêu quốc gia"]),
                   ("Tổng dư nợ cho vay ưu đãi đạt", ["cho vay hộ nghèo", "cho vay hộ cận nghèo", "cho vay giải quyết việc làm"])])
    lead, labels = src
    dec = r.choice([1, 2])
    parts = [money(r, 3, 60, dec) for _ in range(3)]
    s = sum(parts)
    if err:
        total = s - money(r, 1, 9, dec)  # the parts exceed the stated total
    else:
        total = s + money(r, 4, 40, dec)
    ps = "; ".join(f"{labels[i]} {vi(p, dec)} tỷ đồng" for i, p in enumerate(parts))
    st = "inconsistent" if err else "consistent"
    tot = f"⟦F:sum-mismatch|{vi(total, dec)}⟧" if err else vi(total, dec)
    near = "" if err else "⟦n:partial 'trong đó' summing lower than the total⟧"
    return f"{near}{lead} ⟦k⟧⟦c:sum:{st}⟧{tot} tỷ đồng, trong đó: {ps}⟦/k⟧."


def sum_wards(d, r, err=False, wards=None):
    """A closed set (every ward named) with 'Label: n' pairs."""
    wards = wards or ["phường Hòa Bình", "phường Tân An", "xã Tân Lập", "xã Phú Xuân"]
    noun = pick(r, ["đảng viên mới", "hộ gia đình văn hóa tiêu biểu", "sáng kiến cải cách hành chính"])
    parts = [r.randint(3, 65) for _ in wards]
    total = sum(parts)
    shown = vi(total)
    if err:
        shown = str(total + pick(r, [1, -1, 10]))
    st = "inconsistent" if err else "consistent"
    tot = f"⟦F:sum-mismatch|{shown}⟧" if err else shown
    lst = "; ".join(f"{w[0].upper() + w[1:]}: {p:02d}" for w, p in zip(wards, parts))
    return f"Toàn đơn vị có ⟦k⟧⟦c:sum:{st}⟧{tot} {noun} ({lst})⟦/k⟧."


def sum_mixed_units(d, r, err=False):
    n1, n2 = r.randint(3, 9), r.randint(2, 6)
    km = money(r, 1, 9, 1)
    v = money(r, 20, 90, 1)
    return (f"⟦n:different units in one list are not summed⟧Đã khởi công ⟦k⟧{n1 + n2:02d} công trình với tổng mức đầu tư "
            f"{vi(v, 1)} tỷ đồng, gồm {n1:02d} công trình giao thông dài {vi(km, 1)} km và {n2:02d} công trình trường học⟦/k⟧.")


def sum_overlap(d, r, err=False):
    total = r.randint(40, 90)
    a = r.randint(total // 2 + 5, total - 3)
    b = r.randint(total // 2 + 3, total - 2)
    assert a + b > total
    return (f"⟦n:overlapping categories (nữ, đoàn viên) are not parts of a partition⟧Cử {total} quần chúng ưu tú đi học lớp "
            f"bồi dưỡng nhận thức về Đảng; trong số học viên có {a} người là nữ và {b} người là đoàn viên thanh niên.")


def sum_approx(d, r, err=False):
    a, b = r.randint(300, 700), r.randint(200, 600)
    total = round((a + b) * 1.02, -1)
    return (f"⟦n:approximate total 'khoảng' within the margin⟧Lễ hội thu hút khoảng {vi(total)} lượt khách, "
            f"gồm {vi(a)} lượt khách trong tỉnh và {vi(b)} lượt khách ngoài tỉnh.")


# ----------------------------------------------------------------- percent of base

PLAN_THEMES = [
    ("Thu ngân sách nhà nước trên địa bàn ước đạt", "tỷ đồng", "dự toán tỉnh giao", 40, 900),
    ("Giá trị sản xuất công nghiệp (giá so sánh 2010) ước đạt", "tỷ đồng", "kế hoạch năm", 200, 3500),
    ("Tổng vốn đầu tư phát triển toàn xã hội ước đạt", "tỷ đồng", "kế hoạch năm", 300, 2500),
    ("Giải ngân vốn đầu tư công đạt", "tỷ đồng", "kế hoạch vốn được giao", 30, 400),
    ("Thu ngân sách địa phương ước thực hiện", "tỷ đồng", "dự toán Hội đồng nhân dân giao", 20, 300),
]


def percent_plan(d, r, err=False):
    lead, unit, base, lo, hi = pick(r, PLAN_THEMES)
    b = money(r, lo, hi, 1)
    a = b * Fraction(r.randint(550, 1080), 1000)
    a = Fraction(round(a * 100), 100)
    _, good = pct(a, b, 2)
    check_right_ratio(a, 2, b, 1, good)
    shown = wrong_pct(a, 2, b, 1, good) if err else good
    st = "inconsistent" if err else "consistent"
    p = f"⟦F:percent-mismatch|{shown}⟧" if err else shown
    if "2010" in lead and not err:
        lead = "⟦n:'giá so sánh 2010' is a price base year, not a period error⟧" + lead
    form = r.randrange(3)
    if form == 2:  # the plan stated first, then "đạt X%"
        return f"⟦k⟧⟦c:percent:{st}⟧{lead} {vi(a, 2)} {unit}; {base} {vi(b, 1)} {unit}, đạt {p}%⟦/k⟧."
    if form == 1:
        return f"⟦k⟧⟦c:percent:{st}⟧{lead} {vi(a, 2)} {unit}, đạt {p}% {base} ({vi(b, 1)} {unit})⟦/k⟧."
    return f"⟦k⟧⟦c:percent:{st}⟧{lead} {vi(a, 2)}/{vi(b, 1)} {unit}, đạt {p}% {base}⟦/k⟧."


def percent_ab(d, r, err=False):
    noun, what = pick(r, [("doanh nghiệp", "doanh nghiệp đã kê khai thuế điện tử"),
                          ("hồ sơ", "hồ sơ được giải quyết trước hạn"),
                          ("thôn, khu phố", "thôn, khu phố đạt chuẩn văn hóa"),
                          ("hộ", "hộ đã ký cam kết bảo vệ môi trường"),
                          ("trường", "trường đạt chuẩn quốc gia")])
    b = r.randint(18, 640)
    a = r.randint(b // 3, b - 1)
    dec = r.choice([1, 2])
    _, good = pct(a, b, dec)
    shown = wrong_pct(a, 0, b, 0, good) if err else good
    st = "inconsistent" if err else "consistent"
    p = f"⟦F:percent-mismatch|{shown}⟧" if err else shown
    return f"Có ⟦k⟧⟦c:percent:{st}⟧{a}/{b} {what.replace(noun, noun, 1)}, đạt {p}%⟦/k⟧."


def percent_share_of(d, r, err=False):
    whole = r.randint(1800, 14000)
    part = r.randint(whole // 60, whole // 12)
    _, good = pct(part, whole, 2)
    shown = wrong_pct(part, 0, whole, 0, good) if err else good
    st = "inconsistent" if err else "consistent"
    p = f"⟦F:percent-mismatch|{shown}⟧" if err else shown
    return (f"Rà soát cuối năm, ⟦k⟧⟦c:percent:{st}⟧toàn địa bàn còn {vi(part)} hộ nghèo, chiếm {p}% tổng số hộ dân "
            f"({vi(whole)} hộ)⟦/k⟧, giảm so với đầu năm.")


def rounding_trunc(d, r, err=True):
    """A percentage truncated instead of rounded: its own `rounding` finding."""
    while True:
        b = r.randint(60, 400)
        a = r.randint(b * 3 // 4, b - 1)
        exact = Fraction(a, b) * 100
        t = Fraction(int(exact * 10), 10)
        rr = parse_vi(vi(exact, 1))
        if rr != t and exact * 100 % 10 >= 6:
            break
    shown = vi(t, 1)
    return (f"Tỷ lệ người dân tham gia bảo hiểm y tế: {a}/{b} hộ trong diện rà soát đã tham gia đầy đủ, "
            f"đạt ⟦F:rounding|{shown}⟧%.")


def granularity(d, r, err=False):
    n = pick(r, [11, 13, 14, 17, 19])
    if err:
        while True:
            p = Fraction(r.randint(300, 900), 10)
            # far from every k/n, so that neither rounding nor truncation reaches it
            if all(abs(Fraction(k, n) * 100 - p) > Fraction(15, 100) for k in range(n + 1)):
                break
        return (f"Toàn địa bàn có {n} hợp tác xã nông nghiệp; đến nay ⟦F:percent-granularity|{vi(p, 1)}⟧% số hợp tác xã "
                f"đã ứng dụng công nghệ cao trong sản xuất.")
    k = r.randint(n // 2, n - 1)
    p = vi(Fraction(k, n) * 100, 1)
    return (f"⟦n:{p}% of {n} cooperatives is {k}/{n}, reachable⟧Toàn địa bàn có {n} hợp tác xã nông nghiệp; đến nay {p}% "
            f"số hợp tác xã đã ứng dụng công nghệ cao trong sản xuất.")


# ----------------------------------------------------------------- growth

GROWTH_THEMES = [
    ("Doanh thu bán lẻ và dịch vụ tiêu dùng trên địa bàn ước đạt", "tỷ đồng", 300, 5000),
    ("Giá trị sản xuất ngành nông, lâm nghiệp và thủy sản ước đạt", "tỷ đồng", 100, 1500),
    ("Doanh thu du lịch ước đạt", "tỷ đồng", 20, 400),
    ("Sản lượng thủy sản nuôi trồng và khai thác ước đạt", "tấn", 800, 9000),
    ("Kim ngạch xuất khẩu ước đạt", "triệu USD", 20, 300),
]


def growth(d, r, err=False, year=2024):
    lead, unit, lo, hi = pick(r, GROWTH_THEMES)
    prev = money(r, lo, hi, 1)
    up = r.random() < 0.75
    f = Fraction(r.randint(1010, 1250), 1000) if up else Fraction(r.randint(820, 990), 1000)
    cur = Fraction(round(prev * f * 10), 10)
    rate = abs(cur / prev * 100 - 100)
    good = vi(rate, 2)
    assert ratio_consistent(cur, 1, prev, 1, (100 + parse_vi(good)) if up else (100 - parse_vi(good)), 2)
    shown = good
    if err:
        shown = transpose(good)
        v = parse_vi(shown)
        assert not ratio_consistent(cur, 1, prev, 1, (100 + v) if up else (100 - v), 2)
    st = "inconsistent" if err else "consistent"
    p = f"⟦F:growth-mismatch|{shown}⟧" if err else shown
    word = "tăng" if up else "giảm"
    cmp = pick(r, [f"so với cùng kỳ năm {year - 1}", "so với cùng kỳ năm trước", "so với cùng kỳ"])
    form = r.randrange(4)
    if form == 0:  # base stated after, with its own verb
        return (f"⟦k⟧⟦c:growth:{st}⟧{lead} {vi(cur, 1)} {unit}, {word} {p}% so với cùng kỳ (cùng kỳ năm trước đạt "
                f"{vi(prev, 1)} {unit})⟦/k⟧.")
    if form == 1:  # base in parentheses before the rate
        return f"⟦k⟧⟦c:growth:{st}⟧{lead} {vi(cur, 1)} {unit} (cùng kỳ năm {year - 1}: {vi(prev, 1)} {unit}), {word} {p}%⟦/k⟧."
    return f"⟦k⟧⟦c:growth:{st}⟧{lead} {vi(cur, 1)} {unit}, {word} {p}% {cmp} ({vi(prev, 1)} {unit})⟦/k⟧."


def index_growth(d, r, err=False):
    x = Fraction(r.randint(820, 995), 10)
    y = 100 - x
    ys = vi(y, 1)
    if err:
        ys = vi(y + pick(r, [1, 2, -1]), 1)
    st = "inconsistent" if err else "consistent"
    yy = f"⟦F:growth-mismatch|{ys}⟧" if err else ys
    what = pick(r, ["Số lượt khách lưu trú", "Sản lượng điện thương phẩm", "Số doanh nghiệp thành lập mới", "Lượng hàng hóa vận chuyển"])
    return f"⟦k⟧⟦c:index-growth:{st}⟧{what} bằng {vi(x, 1)}% so với cùng kỳ (giảm {yy}%)⟦/k⟧, chủ yếu do ảnh hưởng của thời tiết."


def growth_unverifiable(d, r, err=False):
    v = Fraction(r.randint(101, 899), 100)
    return (f"⟦n:a rate with no base stated is unverifiable, never a finding⟧Chỉ số sản xuất công nghiệp tháng "
            f"này tăng {vi(v, 2)}% so với tháng trước.")


# ----------------------------------------------------------------- shares

def shares(d, r, err=False):
    a = Fraction(r.randint(380, 560), 10)
    b = Fraction(r.randint(250, 420), 10)
    c = 100 - a - b
    assert c > 0
    cs = vi(c, 1)
    if err:
        cs = vi(c + pick(r, [Fraction(1), Fraction(-1), Fraction(2)]), 1)
    st = "inconsistent" if err else "consistent"
    cc = f"⟦F:share-sum|{cs}⟧" if err else cs
    return (f"⟦k⟧⟦c:share:{st}⟧Cơ cấu kinh tế: thương mại - dịch vụ chiếm {vi(a, 1)}%; công nghiệp - xây dựng chiếm "
            f"{vi(b, 1)}%; nông, lâm nghiệp và thủy sản chiếm {cc}%⟦/k⟧.")


# ----------------------------------------------------------------- counts vs footnote lists

PEOPLE = ["đồng chí Nguyễn Văn Hải", "đồng chí Trần Thị Mai", "đồng chí Lê Quang Vinh", "đồng chí Phạm Thu Hà",
          "đồng chí Hoàng Minh Đức", "đồng chí Vũ Thị Lan", "đồng chí Đặng Văn Toàn"]
UNITS = ["Chi bộ khu phố 3", "Chi bộ Trường Tiểu học Tân Lập", "Chi bộ thôn Đồng Tâm", "Chi bộ khu phố 7",
         "Chi bộ Trạm Y tế", "Chi bộ thôn Phú Mỹ", "Chi bộ Quân sự"]


def count_list(d, r, err=False, key=None):
    key = key or f"cl{r.random()}"
    kind = r.random() < 0.5
    items = PEOPLE if kind else UNITS
    n = r.randint(2, 5)
    names = r.sample(items, n)
    shown = n + (pick(r, [-1, 1]) if err else 0)
    st = "inconsistent" if err else "consistent"
    noun = "đồng chí" if kind else "tổ chức cơ sở đảng"
    what = "được tặng Huy hiệu 40 năm tuổi Đảng" if kind else "được công nhận hoàn thành xuất sắc nhiệm vụ"
    cnt = f"⟦F:count-vs-list|{shown:02d}⟧" if err else f"{shown:02d}"
    d.pending_fn = (key, "Gồm: " + "; ".join(names) + ".")
    return f"⟦k⟧⟦c:count-vs-list:{st}⟧Có {cnt} {noun} {what}⟦fn:{key}⟧⟦/k⟧."


# ----------------------------------------------------------------- dates, years, citations

def weekday_line(d, r, err=False, year=2024, before=None):
    while True:
        dt = datetime.date(year, r.randint(1, 9 if before is None else before.month), r.randint(1, 28))
        if before is None or dt < before:
            break
    wd = dt.weekday()
    if err:
        wd = (wd + pick(r, [1, 2, 6])) % 7
    w = WEEKDAYS[wd]
    ev = pick(r, ["tổ chức Hội nghị sơ kết công tác phòng, chống thiên tai", "tổ chức Lễ ra quân hưởng ứng Tháng hành động vì môi trường",
                  "tổ chức phiên họp thường kỳ mở rộng", "tổ chức đối thoại với thanh niên về khởi nghiệp"])
    date = f"{dt.day:02d}/{dt.month:02d}/{dt.year}" if r.random() < 0.5 else f"{dt.day}/{dt.month}/{dt.year}"
    if err:
        return f"Vào {'⟦F:weekday-mismatch|' + w + '⟧'}, ngày {date}, Ủy ban nhân dân đã {ev}."
    return f"⟦n:weekday matches the date⟧Vào {w}, ngày {date}, Ủy ban nhân dân đã {ev}."


def invalid_date(d, r, year=2024):
    day, month = pick(r, [(31, 4), (31, 6), (31, 9), (30, 2), (31, 11)])
    if year % 4 != 0 and r.random() < 0.3:
        day, month = 29, 2
    form = r.randrange(3)
    if form == 0:
        s = f"ngày ⟦F:invalid-date|{day}/{month}/{year}⟧"
    elif form == 1:
        s = f"⟦F:invalid-date|ngày {day} tháng {month} năm {year}⟧"
    else:
        s = f"ngày ⟦F:invalid-date|{day}-{month}-{year}⟧"
    return f"Hoàn thành kiểm tra, đánh giá kết quả thực hiện bộ tiêu chí nông thôn mới nâng cao trước {s} theo kế hoạch của huyện."


def future_date(d, r, report_date):
    dt = report_date + datetime.timedelta(days=r.randint(20, 60))
    return (f"Tính đến ngày ⟦F:future-date|{dt.day:02d}/{dt.month:02d}/{dt.year}⟧, toàn địa bàn đã giải ngân "
            f"{vi(money(r, 10, 90, 1), 1)} tỷ đồng vốn đầu tư công.")


def planned_date_ok(d, r, report_date):
    dt = report_date + datetime.timedelta(days=r.randint(20, 60))
    return (f"⟦n:a future date marked as a plan (dự kiến) is fine⟧Dự kiến ngày {dt.day:02d}/{dt.month:02d}/{dt.year} "
            f"tổ chức khánh thành, đưa vào sử dụng công trình nhà văn hóa trung tâm.")


def anniversary(d, r, year, err=False, before=None):
    evs = [("Cách mạng Tháng Tám thành công và Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam", "02/9", 1945),
                  ("Ngày thành lập Đảng Cộng sản Việt Nam", "03/02", 1930),
                  ("Ngày giải phóng hoàn toàn miền Nam, thống nhất đất nước", "30/4", 1975),
                  ("Ngày thành lập Quân đội nhân dân Việt Nam", "22/12", 1944),
                  ("Ngày truyền thống Công an nhân dân", "19/8", 1945)]
    # only anniversaries already past at the report's date
    evs = [e for e in evs if before is None or (int(e[1].split("/")[1]), int(e[1].split("/")[0])) < (before.month, before.day)]
    if not evs:
        return None
    name, dm, start = pick(r, evs)
    n = year - start
    if err:
        shown = pick(r, [n - 1, n + 1, n + 10])
        return (f"Tổ chức chuỗi hoạt động kỷ niệm ⟦F:anniversary|{shown}⟧ năm {name} "
                f"({dm}/{start} - {dm}/{year}) trang trọng, thiết thực.")
    return (f"⟦n:anniversary count matches its stated years⟧Tổ chức chuỗi hoạt động kỷ niệm {n} năm {name} "
            f"({dm}/{start} - {dm}/{year}) trang trọng, thiết thực.")


def anniversary_list(year, err=False):
    """Three anniversaries in one sentence, joined by ", " and "và", each with its own dates; every item
    is judged on its own (issue 9: items after the first were read only after "; "). All three fall
    before the middle of the year. Uses no randomness: the documents around it keep their figures."""
    party, south, uncle = year - 1930, year - 1975, year - 1890
    third = f"⟦F:anniversary|{uncle + 1}⟧" if err else f"{uncle}"
    lead = "" if err else "⟦n:every item of a list of anniversaries agrees with its stated dates⟧"
    return (f"{lead}Tuyên truyền kỷ niệm {party} năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/{year}), "
            f"{south} năm Ngày giải phóng hoàn toàn miền Nam, thống nhất đất nước (30/4/1975 - 30/4/{year}) và {third} năm "
            f"Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/{year}) bằng nhiều hình thức phong phú.")


def citation_pair(d, r, year, err=False, before=None):
    """Returns (first, second) paragraphs citing one document; second conflicts when err."""
    num = r.randint(12, 240)
    kind = pick(r, [("Nghị quyết", f"{num}/NQ-HĐND", "HĐND huyện"), ("Kế hoạch", f"{num}/KH-UBND", "UBND huyện"),
                    ("Quyết định", f"{num * 10 + 7}/QĐ-UBND", "UBND tỉnh")])
    k, code, who = kind
    dt = datetime.date(year - 1, 12, r.randint(5, 25)) if r.random() < 0.5 else datetime.date(year, r.randint(1, 2), r.randint(2, 27))
    if before is not None and dt >= before:
        dt = datetime.date(year - 1, 12, r.randint(5, 25))
    d1 = f"{dt.day:02d}/{dt.month:02d}/{dt.year}"
    first = (f"⟦n:a cited past document is not a period error⟧Thực hiện {k} số {code} ngày {d1} của {who} về nhiệm vụ "
             f"phát triển kinh tế - xã hội năm {year}, các cơ quan, đơn vị đã xây dựng kế hoạch cụ thể để triển khai.")
    if err:
        dt2 = dt.replace(day=dt.day + 1 if dt.day < 27 else dt.day - 3)
        d2 = f"{dt2.day:02d}/{dt2.month:02d}/{dt2.year}"
        second = (f"Đánh giá chung, việc thực hiện {k} ⟦F:citation-conflict|số {code} ngày {d2}⟧ của {who} "
                  f"cơ bản đạt yêu cầu đề ra.")
    else:
        second = (f"⟦n:the same citation with the same date⟧Đánh giá chung, việc thực hiện {k} số {code} ngày {d1} của {who} "
                  f"cơ bản đạt yêu cầu đề ra.")
    return first, second


def range_line(d, r, err=False, base=2026):
    if err:
        a = base
        return (f"Xây dựng Chương trình hành động thực hiện Kế hoạch phát triển kinh tế - xã hội ⟦F:range-length|5 năm "
                f"{a}-{a + 5}⟧ bảo đảm sát thực tiễn.")
    return (f"⟦n:five calendar years, both ends included⟧Xây dựng Chương trình hành động thực hiện Kế hoạch phát triển "
            f"kinh tế - xã hội 5 năm {base}-{base + 4} bảo đảm sát thực tiễn.")


def implausible_year(d, r, year):
    s = str(year)
    bad = pick(r, [s[0] + s[2] + s[1] + s[3], "1" + s[1:]])  # 2024 -> 2204 or 1024
    assert abs(int(bad) - year) > 150
    return (f"Triển khai rà soát, cập nhật quy hoạch sử dụng đất đến năm ⟦f:implausible-year|{bad}⟧ "
            f"trên địa bàn theo đúng quy định.")


def number_format(d, r):
    v = r.randint(120, 980) * 1000 + r.randint(101, 989)
    s = f"{v // 1000},{v % 1000:03d}"
    return (f"Chương trình sử dụng năng lượng tiết kiệm tiếp tục được triển khai, lượng điện tiết kiệm "
            f"ước đạt ⟦f:number-format|{s}⟧ kWh.")


def placeholder(d, r):
    return (f"Hỗ trợ các hộ bị thiệt hại do mưa lớn với tổng kinh phí ⟦F:number-format|....⟧ triệu đồng "
            f"từ nguồn dự phòng ngân sách.")


# ----------------------------------------------------------------- traps

def trap_map_scale(d, r):
    s = pick(r, ["1/500", "1/2000", "1/1000", "1/5000"])
    return (f"⟦n:a map scale is not a ratio claim⟧Hoàn thành đo đạc, lập bản đồ địa chính tỷ lệ {s} cho "
            f"{r.randint(3, 9)} khu dân cư, làm cơ sở cấp giấy chứng nhận quyền sử dụng đất.")


def trap_int_list(d, r):
    form = pick(r, ["khu {a},{b},{c}", "tổ dân phố {a}, {b} và {c}", "khu phố {a},{b}"])
    a = r.randint(1, 4)
    s = form.format(a=a, b=a + 1, c=a + 2)
    return (f"⟦n:a list of integers is not a decimal⟧Tập trung chỉnh trang vỉa hè, hệ thống thoát nước tại {s}, "
            f"bảo đảm mỹ quan đô thị trước mùa mưa bão.")


def trap_levels(d, r):
    return ("⟦n:'cấp độ 1,2' lists two levels⟧Chủ động phương án ứng phó thiên tai theo các cấp độ rủi ro 1,2; "
            "duy trì lực lượng xung kích tại các thôn, khu phố.")


def trap_date(d, r, year, before):
    m = r.randint(1, before.month)
    return (f"⟦n:a date is not a ratio⟧Ngày {r.randint(10, 28)}/{m:02d}/{year}, Ban Chỉ đạo đã họp đánh giá tiến độ "
            f"giải phóng mặt bằng các dự án trọng điểm.")


def trap_same_period(d, r, year):
    v = money(r, 50, 400, 1)
    return (f"⟦n:'cùng kỳ năm {year - 1}' is a legitimate past reference⟧Số thu từ tiền sử dụng đất tiếp tục gặp khó khăn, "
            f"thấp hơn nhiều so với cùng kỳ năm {year - 1} do thị trường bất động sản trầm lắng.")


def trap_more_than(d, r):
    a, b = r.randint(100, 400), r.randint(100, 400)
    return (f"⟦n:'trên' total (more than) with parts summing higher⟧Thu hút trên {vi(a + b - r.randint(5, 40))} lượt "
            f"người tham gia, gồm {vi(a)} lượt đoàn viên, thanh niên và {vi(b)} lượt người dân.")


# ----------------------------------------------------------------- added: Party ratings, CAGR, PDF traps

def party_rating(d, r, year, err=False):
    """'trong đó' with every category (complete in fact) and a 'chiếm' share for each."""
    n = r.randint(18, 64)
    a = r.randint(n // 8, n // 4)
    c = r.randint(1, n // 6)
    b = n - a - c
    cats = [(a, "tổ chức hoàn thành xuất sắc nhiệm vụ"), (b, "tổ chức hoàn thành tốt nhiệm vụ"), (c, "tổ chức hoàn thành nhiệm vụ")]
    parts = []
    claims = "⟦c:sum:consistent⟧"
    for i, (k, label) in enumerate(cats):
        _, p = pct(k, n, 2)
        st = "consistent"
        if err and i == 1:
            p = wrong_pct(k, 0, n, 0, p)
            st = "inconsistent"
            p = f"⟦F:percent-mismatch|{p}⟧"
        claims += f"⟦c:percent:{st}⟧"
        parts.append(f"{k:02d} {label} (chiếm {p}%)")
    return (f"⟦n:the rating of the previous year is a legitimate past reference⟧Kết quả đánh giá, xếp loại chất lượng năm "
            f"{year - 1}: ⟦k⟧{claims}toàn Đảng bộ có {n} tổ chức cơ sở đảng, trong đó: " + ", ".join(parts) + "⟦/k⟧."
            ) if not err else (
            f"Kết quả đánh giá, xếp loại chất lượng năm {year - 1}: ⟦k⟧{claims}toàn Đảng bộ có {n} tổ chức cơ sở đảng, "
            f"trong đó: " + ", ".join(parts) + "⟦/k⟧.")


def cagr(d, r, y0=2020, y1=2025, err=False):
    import math
    a = money(r, 300, 2500, 1)
    g = Fraction(r.randint(40, 140), 1000)
    b = Fraction(round(a * (1 + g) ** (y1 - y0) * 10), 10)
    n = y1 - y0
    rate = (math.pow(float(b / a), 1 / n) - 1) * 100
    shown = vi(Fraction(rate).limit_denominator(10 ** 9), 2)

    def ok(s):
        v = float(parse_vi(s))
        lo = (math.pow(float((b - Fraction(1, 20)) / (a + Fraction(1, 20))), 1 / n) - 1) * 100
        hi = (math.pow(float((b + Fraction(1, 20)) / (a - Fraction(1, 20))), 1 / n) - 1) * 100
        return not (hi < v - 0.005 or lo >= v + 0.005)
    assert ok(shown)
    st = "consistent"
    if err:
        shown = transpose(shown)
        assert not ok(shown)
        st = "inconsistent"
    p = f"⟦F:growth-mismatch|{shown}⟧" if err else shown
    return (f"⟦k⟧⟦c:cagr:{st}⟧Giá trị sản xuất trên địa bàn tăng từ {vi(a, 1)} tỷ đồng năm {y0} lên {vi(b, 1)} tỷ đồng năm {y1}, "
            f"tốc độ tăng trưởng bình quân đạt {p}%/năm⟦/k⟧, vượt mục tiêu Nghị quyết đề ra.")


def trap_glued_year(d, r, year, key):
    d.note(key, f"Quyết định số {r.randint(20, 300)}/QĐ-UBND ngày {r.randint(10, 28)}/01/{year} của UBND về ban hành Chương trình công tác.")
    return (f"⟦n:a year followed by a glued footnote number is not an implausible year⟧UBND đã ban hành Chương trình công tác "
            f"năm {year}⟦fn:{key}⟧ với các nhóm nhiệm vụ, giải pháp chủ yếu, phân công cụ thể cho từng cơ quan, đơn vị.")


def trap_m2(d, r):
    return (f"⟦n:m2 in PDF text is square metres, not footnote 2⟧Hoàn thành xây dựng nhà văn hóa trung tâm với diện tích sàn "
            f"{vi(r.randint(450, 2400))} m2 và sân thể thao {vi(r.randint(800, 3000))} m2, đưa vào sử dụng phục vụ nhân dân.")


# ----------------------------------------------------------------- added: HĐND, Party inspection, month-on-month

def hdnd_voters(d, r, err=False):
    n = r.randint(40, 260)
    a = r.randint(n * 6 // 10, n - 3)
    _, p = pct(a, n, 1)
    shown = wrong_pct(a, 0, n, 0, p) if err else p
    st = "inconsistent" if err else "consistent"
    pp = f"⟦F:percent-mismatch|{shown}⟧" if err else shown
    return (f"Thường trực HĐND đã tổng hợp {n} ý kiến, kiến nghị của cử tri gửi đến các cơ quan có thẩm quyền; ⟦k⟧"
            f"⟦c:percent:{st}⟧đến nay đã giải quyết, trả lời {a}/{n} ý kiến, kiến nghị, đạt {pp}%⟦/k⟧.")


def hdnd_supervision(d, r, err=False):
    a, b = r.randint(2, 6), r.randint(3, 12)
    t = a + b
    shown = f"{t:02d}" if not err else f"{t + 1:02d}"
    st = "inconsistent" if err else "consistent"
    tt = f"⟦F:sum-mismatch|{shown}⟧" if err else shown
    return (f"Thường trực HĐND và các Ban của HĐND đã tổ chức ⟦k⟧⟦c:sum:{st}⟧{tt} cuộc giám sát, gồm {a:02d} cuộc giám sát chuyên đề "
            f"và {b:02d} cuộc khảo sát⟦/k⟧ tại các cơ quan, đơn vị.")


def party_inspection(d, r, err=False):
    a, b = r.randint(3, 14), r.randint(5, 30)
    return (f"Ủy ban Kiểm tra đã kiểm tra ⟦k⟧⟦c:sum:consistent⟧{a + b} trường hợp, gồm {a:02d} tổ chức đảng và {b:02d} đảng viên⟦/k⟧; "
            f"qua kiểm tra, các tổ chức đảng và đảng viên cơ bản chấp hành tốt.")


def growth_month(d, r, err=False):
    prev = money(r, 150, 900, 2)
    f = Fraction(r.randint(1005, 1090), 1000)
    cur = Fraction(round(prev * f * 100), 100)
    rate = cur / prev * 100 - 100
    good = vi(rate, 2)
    assert ratio_consistent(cur, 2, prev, 2, 100 + parse_vi(good), 2)
    return (f"⟦k⟧⟦c:growth:consistent⟧Doanh thu bán lẻ hàng hóa trong tháng ước đạt {vi(cur, 2)} tỷ đồng, tăng {good}% so với "
            f"tháng trước ({vi(prev, 2)} tỷ đồng)⟦/k⟧.")


# ----------------------------------------------------------------- breakdowns read from the real reports' phrasing

def sum_member_attrs(d, r, err=False):
    """A 'trong đó' member with its own '…, bằng X% so với cùng kỳ': the percentage is the member's attribute."""
    total = r.randint(900, 4800)
    part = total * r.randint(35, 80) // 100
    if err:
        part = total + r.randint(12, 180)
    i1, i2 = Fraction(r.randint(10100, 12500), 100), Fraction(r.randint(9500, 12500), 100)
    st = "inconsistent" if err else "consistent"
    tot = f"⟦F:sum-mismatch|{vi(total)}⟧" if err else vi(total)
    near = "" if err else "⟦n:a member's own 'bằng X% so với cùng kỳ' does not make the breakdown a finding⟧"
    return (f"{near}Tổng mức luân chuyển hàng hóa trên thị trường ước đạt ⟦k⟧⟦c:sum:{st}⟧{tot} tỷ đồng, bằng {vi(i1, 2)}% "
            f"so với cùng kỳ. Trong đó, doanh thu bán lẻ hàng hóa và dịch vụ ước đạt {vi(part)} tỷ đồng, bằng "
            f"{vi(i2, 2)}% so với cùng kỳ⟦/k⟧.")


def sum_member_attrs_plan(d, r, err=False):
    """'…, đạt X% dự toán, bằng Y% so với cùng kỳ; trong đó … đạt A tỷ đồng, bằng B% dự toán …, bằng C% cùng kỳ'."""
    total = money(r, 300, 1200, 3)
    part = money(r, 60, 250, 3)
    if err:
        part = total + money(r, 1, 20, 3)
    st = "inconsistent" if err else "consistent"
    tot = f"⟦F:sum-mismatch|{vi(total, 3)}⟧" if err else vi(total, 3)
    return (f"Tổng thu ngân sách nhà nước trên địa bàn đạt ⟦k⟧⟦c:sum:{st}⟧{tot} tỷ đồng, đạt {r.randint(25, 60)}% dự toán "
            f"tỉnh, huyện giao, bằng {r.randint(95, 130)}% so với cùng kỳ; trong đó thu cân đối ngân sách đạt "
            f"{vi(part, 3)} tỷ đồng, bằng {r.randint(10, 40)}% dự toán tỉnh, huyện giao, bằng {r.randint(60, 99)}% cùng kỳ⟦/k⟧.")


def sum_bare_members(d, r, err=False):
    """'N lượt công dân, M vụ việc (tăng … so với cùng kỳ) trong đó, tiếp lần đầu a, tiếp nhiều lần b'."""
    m = r.randint(30, 80)
    first = r.randint(m // 2, m - 3)
    again = m - first - r.randint(0, 2)
    n = m + r.randint(5, 20)
    if err:
        again = n - first + r.randint(3, 9)  # the members exceed every count of the clause
    st = "inconsistent" if err else "consistent"
    tot = f"⟦F:sum-mismatch|{m}⟧" if err else str(m)
    near = "" if err else "⟦n:the remark in parentheses is not the total; bare members count the total's noun⟧"
    return (f"{near}Trong kỳ, Ban Tiếp công dân đã tiếp {n} lượt công dân, ⟦k⟧⟦c:sum:{st}⟧{tot} vụ việc (tăng "
            f"{r.randint(5, 30)} lượt người và {r.randint(3, 20)} vụ việc so với cùng kỳ) trong đó, tiếp lần đầu {first}, "
            f"tiếp nhiều lần {again}⟦/k⟧, không có đoàn đông người.")


def sum_subset_paren(d, r, err=False):
    """'thi hành kỷ luật 06 đảng viên (trong đó có 02 cấp ủy viên)': a subset named by another noun."""
    total = r.randint(3, 9)
    sub = r.randint(1, total - 1)
    if err:
        sub = total + r.randint(1, 3)
    st = "inconsistent" if err else "consistent"
    tot = f"⟦F:sum-mismatch|{total:02d}⟧" if err else f"{total:02d}"
    return (f"Trong kỳ, cấp ủy các cấp đã thi hành kỷ luật ⟦k⟧⟦c:sum:{st}⟧{tot} đảng viên (trong đó có {sub:02d} cấp ủy "
            f"viên)⟦/k⟧.")


def sum_two_sides(d, r, err=False):
    """'có 08/13 chỉ tiêu đạt …; 05/13 chưa đạt': the two sides of one whole."""
    n = r.randint(12, 24)
    a = r.randint(n // 2, n - 2)
    b = n - a
    if err:
        b = b + pick(r, [1, -1]) if b > 1 else b + 1
    st = "inconsistent" if err else "consistent"
    first = f"⟦F:sum-mismatch|{a:02d}/{n}⟧" if err else f"{a:02d}/{n}"
    return (f"Về thực hiện các chỉ tiêu chủ yếu, có ⟦k⟧⟦c:sum:{st}⟧{first} chỉ tiêu đạt và vượt kế hoạch; {b:02d}/{n} "
            f"chỉ tiêu chưa đạt so với kế hoạch đề ra⟦/k⟧.")


def trap_three_sides(d, r):
    n = r.randint(12, 20)
    a, b = r.randint(5, 8), r.randint(2, 3)
    return (f"⟦n:three sides of one whole: the first two need not add up to it⟧Toàn huyện có {a:02d}/{n} xã đạt chuẩn nông "
            f"thôn mới nâng cao, {b:02d}/{n} xã chưa đạt, {n - a - b:02d}/{n} xã chưa đăng ký đánh giá.")


def count_list_range(d, r, err=False):
    """A footnote list mixing ';' and ',': between the ';' pieces and all the pieces."""
    groups = [["tốc độ tăng trưởng kinh tế", "thu nhập bình quân đầu người"], ["tổng vốn đầu tư toàn xã hội"],
              ["thu ngân sách trên địa bàn", "chi ngân sách địa phương"], ["tỷ lệ đô thị hóa"]]
    k = r.choice([3, 4])
    gs = groups[:k]
    coarse, fine = len(gs), sum(len(g) for g in gs)
    shown = r.randint(coarse, fine)
    if err:
        shown = fine + r.randint(1, 2)
    total = fine + r.randint(6, 10)
    st = "inconsistent" if err else "consistent"
    cnt = f"⟦F:count-vs-list|{shown:02d}⟧" if err else f"{shown:02d}"
    key = f"clr{r.random()}"
    d.note(key, "Các chỉ tiêu: " + "; ".join(", ".join(g) for g in gs) + ".")
    return f"Năm nay có ⟦k⟧⟦c:count-vs-list:{st}⟧{cnt}/{total} chỉ tiêu chưa đạt kế hoạch⟦fn:{key}⟧⟦/k⟧."


def sum_by_source(d, r, err=False):
    """A footnote splitting the sentence's figures by source, one body sentence per source (Word style)."""
    n1, n2 = r.randint(4, 12), r.randint(10, 30)
    v1, v2 = money(r, 40000, 150000, 2), Fraction(r.randint(60, 150) * 1000)
    g1, g2 = money(r, 500, 20000, 2), money(r, 2000, 30000, 2)
    works = n1 + n2
    if err:
        works = n1 + n2 - r.randint(2, 4)  # the sources' works exceed the total
    # "185 tỷ 250 triệu": the sources' sum rounded to the million
    ty, tr = divmod(int(round(v1 + v2)), 1000)
    gy, gr = divmod(int(round(g1 + g2)), 1000)
    st = "inconsistent" if err else "consistent"
    w = f"⟦F:sum-mismatch|{works}⟧" if err else str(works)
    key = f"src{r.random()}"
    d.note(key, f"**Vốn ngân sách tỉnh quản lý:** Tổng số vốn {vi(v1, 2)} triệu đồng, bố trí cho {n1} danh mục công trình, "
                f"giải ngân được {vi(g1, 2)} triệu đồng. **Vốn tỉnh phân cấp huyện quản lý:** Tổng số vốn {vi(v2)} triệu "
                f"đồng, bố trí cho {n2} danh mục công trình, giải ngân được {vi(g2, 2)} triệu đồng.")
    return (f"- Kế hoạch vốn đầu tư công năm nay: triển khai ⟦k⟧⟦c:sum:{st}⟧{w} công trình, với số vốn được bố trí "
            f"⟦c:sum:consistent⟧{ty} tỷ {tr} triệu đồng, giải ngân được ⟦c:sum:consistent⟧{gy} tỷ {gr} triệu đồng⟦fn:{key}⟧⟦/k⟧.")


def running_totals(d, r, err=False):
    """'kiểm tra 07 cơ sở, xử phạt 05 cơ sở …, lũy kế kiểm tra 10 cơ sở, xử phạt 07 cơ sở …'."""
    k1 = r.randint(4, 12)
    p1 = r.randint(1, k1 - 1)
    m1 = r.randint(5, 30)
    K, P, M = k1 + r.randint(2, 10), p1 + r.randint(1, 5), Fraction(m1 + r.randint(3, 20)) + Fraction(1, 2)
    if err:
        P = p1 - 1  # the running total below the period's figure
    st2 = "inconsistent" if err else "consistent"
    p_shown = f"⟦F:sum-mismatch|{P:02d}⟧" if err else f"{P:02d}"
    return (f"- Phối hợp kiểm tra ⟦k⟧⟦c:sum:consistent⟧⟦c:sum:{st2}⟧⟦c:sum:consistent⟧{k1:02d} doanh nghiệp/cơ sở, xử phạt "
            f"vi phạm hành chính {p1:02d} doanh nghiệp/cơ sở với số tiền {m1} triệu đồng, lũy kế đã kiểm tra được {K} cơ "
            f"sở, xử phạt vi phạm hành chính {p_shown} cơ sở với số tiền {vi(M, 1)} triệu đồng⟦/k⟧.")


def trap_running_changes(d, r):
    a = r.randint(5, 15)
    return (f"⟦n:changes are not levels: the month's change need not be within the year's⟧Số hộ nghèo trong tháng giảm "
            f"{a} hộ, lũy kế từ đầu năm giảm {a - r.randint(1, 4)} hộ do phát sinh hộ nghèo mới.")


def attendance_by_class(d, r, err=False):
    """'323 lượt học viên⁵' with '⁵ 01 lớp … cho 61 học viên; 01 lớp … cho 142 học viên; …'."""
    parts = [r.randint(40, 150) for _ in range(3)]
    total = sum(parts)
    if err:
        total -= 10
    st = "inconsistent" if err else "consistent"
    tot = f"⟦F:sum-mismatch|{total}⟧" if err else str(total)
    key = f"hv{r.random()}"
    d.note(key, f"Tổ chức 01 lớp bồi dưỡng kết nạp Đảng cho {parts[0]} học viên; 01 lớp bồi dưỡng chính trị cho đảng viên "
                f"mới cho {parts[1]} học viên; 01 lớp bồi dưỡng nghiệp vụ công tác đảng cho {parts[2]} học viên.")
    return (f"Thực hiện tốt công tác đào tạo, bồi dưỡng theo kế hoạch, đã cử ⟦k⟧⟦c:sum:{st}⟧{tot} lượt học viên tham gia "
            f"các lớp đào tạo, bồi dưỡng⟦fn:{key}⟧⟦/k⟧.")


def balance_line(d, r, err=False):
    """'tiếp tục giải quyết A hồ sơ, tiếp nhận mới B hồ sơ, đã giải quyết C hồ sơ (…) D hồ sơ chuyển sang kỳ sau'."""
    a, b = r.randint(150, 600), r.randint(4000, 12000)
    c = a + b - r.randint(120, 500)
    early = r.randint(c // 3, c // 2)
    dd = a + b - c
    if err:
        dd = int(str(dd)[::-1]) if str(dd)[::-1] != str(dd) and not str(dd).endswith("0") else dd + 10
    st = "inconsistent" if err else "consistent"
    shown = f"⟦F:sum-mismatch|{vi(a)}⟧" if err else vi(a)
    near = "" if err else "⟦n:a balance that holds: carried in + received = resolved + carried out⟧"
    return (f"{near}Trong kỳ, Trung tâm Phục vụ hành chính công tiếp tục giải quyết ⟦k⟧⟦c:sum:{st}⟧{shown} hồ sơ, tiếp nhận "
            f"mới {vi(b)} hồ sơ, đã giải quyết {vi(c)} hồ sơ (trong đó {vi(early)} hồ sơ giải quyết trước hạn, "
            f"{vi(c - early)} hồ sơ đúng hạn, không có hồ sơ quá hạn) {vi(dd)} hồ sơ chuyển sang kỳ sau⟦/k⟧.")
