#!/usr/bin/env python3
"""Writes tests/corpus/*.txt and their .expect sidecars (deterministic).

    python3 tests/corpus/tools/generate.py            # regenerate the corpus

Documents are invented (places, people, figures); their arithmetic is computed
here, so every "consistent" claim is exactly consistent under rounding to the
decimals shown, and every injected error really is one.
"""
import datetime
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_lib import Doc, orphan_body, vi  # noqa: E402
import blocks as B  # noqa: E402
import pdf_lists  # noqa: E402

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
LETTERS = ["a", "b", "c", "d", "đ", "e", "g", "h"]

# (unit kind upper, unit name, short place for the date line, sub-units)
PLACES = [
    ("HUYỆN", "Đông Sơn", "Đông Sơn", ["xã Tân Lập", "xã Phú Xuân", "xã Hưng Long", "thị trấn Rừng Thông"]),
    ("PHƯỜNG", "Hòa Bình", "Hòa Bình", ["khu phố 1", "khu phố 2", "khu phố 3", "khu phố 4"]),
    ("XÃ", "Tân Lập", "Tân Lập", ["thôn Đồng Tâm", "thôn Phú Mỹ", "thôn Bắc Sơn", "thôn Trung Hòa"]),
    ("THỊ XÃ", "Bình Minh", "Bình Minh", ["phường Đông Thành", "phường Tân An", "xã Mỹ Hòa", "xã Thuận An"]),
    ("HUYỆN", "Lạc Thủy Đông", "Lạc Thủy Đông", ["xã An Phú", "xã Hòa Lạc", "xã Đồng Lợi", "thị trấn Chợ Mới"]),
    ("PHƯỜNG", "Tân An", "Tân An", ["khu phố Trung Lương", "khu phố Đông Hải", "khu phố Tây Sơn", "khu phố Bắc Hà"]),
    ("XÃ", "Phú Xuân", "Phú Xuân", ["thôn Phú Lộc", "thôn Xuân Đài", "thôn Tân Hòa", "thôn Gò Cao"]),
    ("THÀNH PHỐ", "Lạc Hồng", "Lạc Hồng", ["phường Hòa Bình", "phường Tân An", "xã Tân Lập", "xã Phú Xuân"]),
]

FILLER = [
    "Công tác chỉ đạo, điều hành được triển khai quyết liệt, bám sát chương trình công tác đã đề ra.",
    "Các cơ quan chuyên môn chủ động tham mưu, đề xuất giải pháp tháo gỡ khó khăn, vướng mắc cho doanh nghiệp và người dân.",
    "An ninh chính trị, trật tự xã hội trên địa bàn ổn định, không để xảy ra đột xuất, bất ngờ.",
    "Công tác tuyên truyền được đẩy mạnh bằng nhiều hình thức phong phú, phù hợp với từng đối tượng.",
    "Phong trào thi đua yêu nước được phát động sâu rộng, tạo khí thế phấn khởi trong cán bộ, đảng viên và nhân dân.",
    "Việc ứng dụng công nghệ thông tin trong giải quyết thủ tục hành chính tiếp tục có chuyển biến tích cực.",
    "Công tác vệ sinh môi trường, thu gom, xử lý rác thải sinh hoạt được duy trì thường xuyên.",
    "Các chính sách an sinh xã hội được thực hiện kịp thời, đúng đối tượng, công khai, minh bạch.",
    "Chất lượng giáo dục toàn diện tiếp tục được nâng lên; cơ sở vật chất trường lớp được quan tâm đầu tư.",
    "Công tác khám, chữa bệnh ban đầu cho nhân dân được bảo đảm; không để dịch bệnh lớn xảy ra trên địa bàn.",
    "Công tác quản lý trật tự xây dựng, trật tự đô thị có nhiều chuyển biến, các vi phạm được phát hiện và xử lý kịp thời.",
    "Hoạt động văn hóa, văn nghệ, thể dục thể thao diễn ra sôi nổi, đáp ứng nhu cầu hưởng thụ của nhân dân.",
    "Công tác tiếp công dân, giải quyết đơn thư khiếu nại, tố cáo được thực hiện đúng quy định, không để tồn đọng kéo dài.",
    "Công tác quân sự địa phương được triển khai đúng kế hoạch; lực lượng dân quân được huấn luyện bảo đảm chất lượng.",
    "Việc sắp xếp, kiện toàn tổ chức bộ máy được thực hiện bảo đảm đúng quy trình, ổn định tư tưởng cán bộ.",
    "Các tổ chức đoàn thể phát huy vai trò tập hợp, vận động đoàn viên, hội viên tham gia các phong trào tại địa phương.",
]

WEAK = [
    "Bên cạnh kết quả đạt được, vẫn còn một số hạn chế: tiến độ giải phóng mặt bằng một số dự án còn chậm; thu ngân sách từ đất chưa bảo đảm tiến độ.",
    "Một số cơ quan, đơn vị chưa chủ động trong tham mưu, tỷ lệ hồ sơ trực tuyến toàn trình còn thấp so với yêu cầu.",
    "Công tác quản lý đất đai, trật tự xây dựng ở một số nơi còn buông lỏng; tình trạng lấn chiếm vỉa hè vẫn còn tái diễn.",
    "Nguyên nhân chủ yếu do nguồn lực đầu tư còn hạn chế, thời tiết diễn biến bất thường, một số cán bộ chưa thật sự sâu sát cơ sở.",
]

TASKS = [
    "Tập trung chỉ đạo thu ngân sách, quyết liệt các giải pháp chống thất thu, nhất là thu từ đất và thu thuế ngoài quốc doanh.",
    "Đẩy nhanh tiến độ giải ngân vốn đầu tư công; tháo gỡ vướng mắc trong công tác bồi thường, giải phóng mặt bằng.",
    "Chủ động phòng, chống thiên tai, dịch bệnh; bảo đảm an toàn cho người và tài sản của nhân dân trong mùa mưa bão.",
    "Tăng cường kỷ luật, kỷ cương hành chính; nâng cao chất lượng phục vụ người dân và doanh nghiệp.",
    "Bảo đảm ổn định an ninh chính trị, trật tự xã hội; làm tốt công tác tiếp công dân, giải quyết đơn thư.",
]


def fill(r, n=1):
    return " ".join(r.sample(FILLER, n))


# ----------------------------------------------------------------- kinds of report

def title_block(d, r, kind, place, year, rdate, number, subject, header=True):
    unit_kind, unit, short, _ = place
    if header:
        if kind.startswith("dang"):
            upper = "ĐẢNG ỦY" if unit_kind in ("PHƯỜNG", "XÃ") else ("HUYỆN ỦY" if unit_kind == "HUYỆN" else "THÀNH ỦY" if unit_kind == "THÀNH PHỐ" else "THỊ ỦY")
            d.lines_raw([f"{upper} {unit.upper()}" if upper != "ĐẢNG ỦY" else f"ĐẢNG ỦY {unit_kind} {unit.upper()}", "*", "ĐẢNG CỘNG SẢN VIỆT NAM"])
            d.raw(f"Số {number}")
        else:
            body = "HỘI ĐỒNG NHÂN DÂN" if kind == "hdnd" else "ỦY BAN NHÂN DÂN"
            d.lines_raw([body, f"{unit_kind} {unit.upper()}"])
            d.lines_raw(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"])
            d.raw(f"Số: {number}")
        d.raw(f"{short}, ngày {rdate.day:02d} tháng {rdate.month:02d} năm {rdate.year}" if rdate.month < 3 else
              f"{short}, ngày {rdate.day:02d} tháng {rdate.month} năm {rdate.year}")
    if kind == "dang_ct":
        d.raw("BÁO CÁO CHÍNH TRỊ")
        d.raw("⟦k⟧" + subject.replace("Báo cáo chính trị c", "c") + "⟦/k⟧")
    else:
        d.raw("BÁO CÁO")
        d.raw("⟦k⟧" + subject + "⟦/k⟧")


def heading(d, label, title, bold=False):
    t = f"{label} {title}"
    d.raw(f"**{t}**" if bold else t)


def recipients(d, r, kind, dup=False):
    if kind.startswith("dang"):
        items = ["- Ban Thường vụ Huyện ủy (báo cáo),", "- Văn phòng Huyện ủy,", "- Các đồng chí Ủy viên Ban Chấp hành Đảng bộ,",
                 "- Các chi bộ trực thuộc,", "- MTTQ và các đoàn thể,", "- Lưu Văn phòng Đảng ủy."]
    else:
        items = ["- UBND tỉnh (b/c);", "- TT. Huyện ủy;", "- TT. HĐND huyện;", "- Chủ tịch, các PCT UBND;",
                 "- Các phòng, ban, ngành;", "- UBND các xã, thị trấn;", "- Lưu: VT."]
    d.raw("Nơi nhận:")
    lines = list(items)
    if dup:
        k = r.randint(1, len(items) - 3)
        lines.insert(k + 2, "⟦F:duplicate-recipient|" + items[k] + "⟧")
    else:
        pass
    d.lines_raw(lines)
    if kind.startswith("dang"):
        d.lines_raw(["**T/M ĐẢNG ỦY", "BÍ THƯ**"])
    elif kind == "hdnd":
        d.lines_raw(["**TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN", "CHỦ TỊCH**"])
    else:
        d.lines_raw(["**TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH**"])
    d.raw(r.choice(["Nguyễn Văn Hùng", "Trần Minh Tâm", "Lê Thị Hồng", "Phạm Quốc Bảo", "Đỗ Văn Khánh"]))


def table(d, r, err=None):
    """A pipe table; err in (None, 'table-total', 'table-percent')."""
    from fractions import Fraction
    from corpus_lib import pct, typo
    rows = ["Thu tiền sử dụng đất", "Thu thuế ngoài quốc doanh", "Lệ phí trước bạ", "Thu phí, lệ phí", "Thu khác ngân sách"]
    rows = rows[: r.randint(3, 5)]
    kh = [B.money(r, 8, 120, 1) for _ in rows]
    cur = [Fraction(round(k * Fraction(r.randint(550, 1050), 1000) * 10), 10) for k in kh]
    prev = [Fraction(round(c * Fraction(r.randint(800, 1200), 1000) * 10), 10) for c in cur]
    written_prev = [vi(p, 1) for p in prev]
    bad_total_row = err == "table-total"
    if bad_total_row:
        i = r.randrange(len(rows))
        written_prev[i] = typo(written_prev[i])
        assert abs(B.parse_vi(written_prev[i]) - prev[i]) > Fraction(1, 5)
    d.raw("Kết quả thu ngân sách trên địa bàn như sau:")
    out = ["| Chỉ tiêu | Dự toán năm (tỷ đồng) | TH cùng kỳ năm trước | Ước TH kỳ báo cáo | So cùng kỳ (%) | So KH (%) |",
           "|---|---|---|---|---|---|"]
    bad_pct_row = r.randrange(len(rows)) if err == "table-percent" else -1
    for i, name in enumerate(rows):
        pv = B.parse_vi(written_prev[i])
        _, sck = pct(cur[i], pv, 2)
        _, skh = pct(cur[i], kh[i], 2)
        B.check_right_ratio(cur[i], 1, pv, 1, sck)
        B.check_right_ratio(cur[i], 1, kh[i], 1, skh)
        mark = "⟦c:table-percent:consistent⟧" if i == 0 and bad_pct_row != 0 else ""
        if i == bad_pct_row:
            skh = B.wrong_pct(cur[i], 1, kh[i], 1, skh)
            mark = "⟦c:table-percent:inconsistent⟧"
            skh = f"⟦F:table-percent|{skh}⟧"
        out.append(f"| {mark}{name} | {vi(kh[i], 1)} | {written_prev[i]} | {vi(cur[i], 1)} | {sck} | {skh} |")
    tk, tp, tc = sum(kh), sum(prev), sum(cur)
    _, sck = pct(tc, tp, 2)
    _, skh = pct(tc, tk, 2)
    st = "inconsistent" if bad_total_row else "consistent"
    tpw = f"⟦F:table-total|{vi(tp, 1)}⟧" if bad_total_row else vi(tp, 1)
    out.append(f"| ⟦c:table-total:{st}⟧**Tổng cộng** | {vi(tk, 1)} | {tpw} | {vi(tc, 1)} | {sck} | {skh} |")
    d.lines_raw(out)


# ----------------------------------------------------------------- one document

def build(spec):
    name, kind, style, nfd, year, period, errs, seed = spec
    r = random.Random(seed)
    d = Doc(name, style=style, nfd=nfd)
    place = PLACES[seed % len(PLACES)]
    unit_kind, unit, short, subs = place
    errs = set(errs)
    used = set()

    def E(rule):
        if rule in errs and rule not in used:
            used.add(rule)
            return True
        return False

    # period, date, subject
    if kind in ("ubnd_q", "dang_q"):
        q = period
        end_month = 3 * q
        rdate = datetime.date(year, end_month, r.randint(20, 27)) if kind == "dang_q" else datetime.date(year, end_month + 1, r.randint(2, 8))
        nine = {1: " năm", 2: " và 6 tháng đầu năm", 3: " và 9 tháng đầu năm"}[q]
        if kind == "ubnd_q":
            subject = f"Tình hình kinh tế - xã hội quý {ROMAN[q - 1]}{nine} {year}; phương hướng, nhiệm vụ quý {ROMAN[q]} năm {year}"
        else:
            subject = f"Tình hình lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị quý {ROMAN[q - 1]} và nhiệm vụ trọng tâm quý {ROMAN[q]} năm {year}"
        res_title = f"KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ {ROMAN[q - 1]} NĂM {year}"
        dir_title = f"PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ {ROMAN[q]} NĂM {year}"
        plan_year, wrong_plan_year = year, year - 1
    elif kind == "ubnd_m":
        m = period
        rdate = datetime.date(year, m, r.randint(22, 27))
        subject = f"Tình hình kinh tế - xã hội tháng {m:02d} năm {year} và nhiệm vụ trọng tâm tháng {m + 1:02d} năm {year}"
        res_title = f"KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG {m:02d}/{year}"
        dir_title = f"NHIỆM VỤ TRỌNG TÂM THÁNG {m + 1:02d}/{year}"
        plan_year, wrong_plan_year = year, year - 1
    elif kind == "ubnd_y":
        rdate = datetime.date(year, 12, r.randint(2, 9))
        subject = f"Kết quả chỉ đạo, điều hành thực hiện nhiệm vụ năm {year}; mục tiêu, nhiệm vụ, giải pháp năm {year + 1}"
        res_title = f"KẾT QUẢ CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH NĂM {year}"
        dir_title = f"PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM {year + 1}"
        plan_year, wrong_plan_year = year + 1, year
    elif kind == "hdnd":
        rdate = datetime.date(year, 7, r.randint(1, 9))
        subject = f"Kết quả hoạt động của Thường trực Hội đồng nhân dân 6 tháng đầu năm {year}; nhiệm vụ trọng tâm 6 tháng cuối năm {year}"
        res_title = f"KẾT QUẢ HOẠT ĐỘNG 6 THÁNG ĐẦU NĂM {year}"
        dir_title = f"NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM {year}"
        plan_year, wrong_plan_year = year, year - 1
    else:  # dang_ct: political report to the congress, term 2025-2030
        rdate = datetime.date(year, r.randint(5, 7), r.randint(10, 25))
        subject = (f"Báo cáo chính trị của Ban Chấp hành Đảng bộ {unit_kind.lower()} {unit} trình Đại hội đại biểu "
                   f"Đảng bộ lần thứ nhất, nhiệm kỳ 2025-2030")
        res_title = "KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2020-2025"
        dir_title = "PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ NHIỆM KỲ 2025-2030"
        plan_year, wrong_plan_year = None, None

    last_month = rdate.month - 1 if rdate.month > 1 else 1
    before = datetime.date(year, max(1, last_month), 28)
    party_suffix = {"PHƯỜNG": "ĐU", "XÃ": "ĐU", "HUYỆN": "HU", "THỊ XÃ": "TU", "THÀNH PHỐ": "TU"}[unit_kind]
    number = (f"{r.randint(12, 98)}-BC/{party_suffix}" if kind.startswith("dang") else
              f"{r.randint(15, 380)}/BC-{'HĐND' if kind == 'hdnd' else 'UBND'}")
    title_block(d, r, kind, place, year, rdate, number, subject, header=(seed % 4 != 3))

    # intro with a citation (the pair's second half comes later)
    cit1, cit2 = B.citation_pair(d, r, year, err=E("citation-conflict"), before=before)
    d.para(cit1)
    d.para(fill(r, 2))

    romans = iter(range(8))
    # ---------------- results
    ri = next(romans)
    if kind == "dang_ct":
        d.raw("Phần thứ nhất")
        d.raw(res_title)
        heading(d, "I-", "KẾT QUẢ ĐẠT ĐƯỢC")
    else:
        heading(d, f"{ROMAN[ri]}.", res_title, bold=style == "word" and seed % 2 == 0)

    # arabic sub-headings; heading-sequence error skips one number
    skip_at = 3 if E("heading-sequence") else None
    arabic = [1, 2, 3, 4]
    if skip_at:
        arabic = [1, 2, 4, 5]
    titles = ["Lĩnh vực kinh tế", "Lĩnh vực văn hóa - xã hội", "Quốc phòng - an ninh", "Xây dựng chính quyền, cải cách hành chính"]
    if kind.startswith("dang"):
        titles = ["Lãnh đạo phát triển kinh tế", "Lãnh đạo phát triển văn hóa - xã hội",
                  "Lãnh đạo quốc phòng - an ninh", "Công tác xây dựng Đảng và hệ thống chính trị"]

    def h2(i):
        n = arabic[i]
        lab = f"{n}."
        if skip_at and i == 2:
            d.raw(f"⟦f:heading-sequence|{lab}⟧ {titles[i]}")
        else:
            heading(d, lab, titles[i])

    # 1. economy
    h2(0)
    letters_err = E("letter-sequence")
    lets = ["a", "b", "d"] if letters_err else ["a", "b", "c"]
    sub = ["Sản xuất công nghiệp, thương mại - dịch vụ", "Sản xuất nông nghiệp, xây dựng nông thôn mới", "Tài chính - ngân sách, đầu tư"]
    def h3(i):
        if letters_err and i == 2:
            d.raw(f"⟦f:letter-sequence|{lets[i]})⟧ {sub[i]}")
        else:
            d.raw(f"{lets[i]}) {sub[i]}")

    h3(0)
    g_err = E("growth-mismatch")
    d.para(B.growth(d, r, err=g_err and seed % 2 == 0, year=year))
    d.para(B.index_growth(d, r, err=g_err and seed % 2 == 1))
    if E("number-format"):
        d.para(B.number_format(d, r) if seed % 2 == 0 else B.placeholder(d, r))
    d.para(B.growth_unverifiable(d, r))
    if kind == "ubnd_m":
        d.para(B.growth_month(d, r))
    h3(1)
    d.para(B.growth(d, r, year=year))
    d.para(B.trap_map_scale(d, r))
    d.para(B.granularity(d, r, err=E("percent-granularity")))
    h3(2)
    d.para(B.percent_plan(d, r, err=E("percent-mismatch")))
    sum_where = seed % 3 if "sum-mismatch" in errs else -1
    if sum_where >= 0:
        used.add("sum-mismatch")
    d.para(B.sum_partial(d, r, err=sum_where == 0))
    if style == "word" and kind != "dang_ct" and (seed % 2 == 0 or "table-total" in errs or "table-percent" in errs):
        terr = "table-total" if E("table-total") else ("table-percent" if E("table-percent") else None)
        table(d, r, terr)
    d.para(B.sum_mixed_units(d, r))
    d.para(B.shares(d, r, err=E("share-sum")))
    if seed % 3 == 1:
        if not letters_err:
            d.raw("d) Quản lý đô thị, tài nguyên và môi trường")
            d.para(fill(r, 1))
            d.raw("⟦n:đ follows d in the Vietnamese alphabet⟧đ) Chuyển đổi số, kinh tế số")
            d.para(fill(r, 1))
    d.para(B.trap_int_list(d, r))
    if E("implausible-year"):
        d.para(B.implausible_year(d, r, year))

    # 2. culture - society
    h2(1)
    d.para(fill(r, 2))
    d.para(B.sum_complete(d, r, err=sum_where == 1))
    d.para(B.percent_share_of(d, r))
    d.para(B.percent_ab(d, r))
    d.para(B.sum_approx(d, r))
    if E("rounding"):
        d.para(B.rounding_trunc(d, r))
    d.para(B.count_list(d, r, err=E("count-vs-list"), key="cl1"))
    if E("anniversary"):
        ann = B.anniversary(d, r, year, err=True, before=before)
        assert ann, name
        d.para(ann)
    else:
        d.para(B.anniversary(d, r, year, before=before) or fill(r, 1))
    d.para(B.weekday_line(d, r, err=E("weekday-mismatch"), year=year, before=before))

    # 3. defence - security
    h2(2)
    d.para(fill(r, 2))
    d.para(B.sum_complete(d, r))
    d.para(B.trap_date(d, r, year, before) if rdate.month > 1 else fill(r, 1))
    if E("invalid-date"):
        d.para(B.invalid_date(d, r, year))
    d.para(B.trap_levels(d, r))
    if style == "word" and E("footnote-missing-body"):
        d.para("Hoàn thành kiểm tra, rà soát tại các cơ quan, đơn vị theo kế hoạch⟦f:footnote-missing-body|⟧⟦fn:nobody⟧.")

    # 4. government / Party building
    h2(3)
    d.para(B.sum_wards(d, r, err=sum_where == 2, wards=subs))
    if kind == "hdnd":
        d.para(B.hdnd_supervision(d, r))
        d.para(B.hdnd_voters(d, r, err=seed % 2 == 1 and "percent-mismatch" in errs and False))
    if kind.startswith("dang"):
        d.para(B.party_inspection(d, r))
        # correct only: a wrong share here would fire percent-mismatch and share-sum at once
        d.para(B.party_rating(d, r, year))
    d.para(B.sum_overlap(d, r))
    d.para(B.trap_more_than(d, r))
    if style == "pdf":
        d.para(B.trap_glued_year(d, r, year, key="ctct"))
        d.para(B.trap_m2(d, r))
    if style == "word" and E("footnote-sequence"):
        d.note("seqok", "Gồm các đợt kiểm tra chuyên đề về công vụ, công chức và phòng cháy, chữa cháy.")
        d.para("Tổ chức các đợt kiểm tra công vụ đột xuất⟦fn:seqok⟧ tại các cơ quan, đơn vị.")
        d.note("seqbad", "Theo Kế hoạch kiểm tra, giám sát năm của Ban Thường vụ.")
        skipped = d.fn_next + 1
        d.para(f"Duy trì chế độ giao ban định kỳ với các đơn vị⟦f:footnote-sequence|⟧⟦fn:seqbad:{skipped}⟧ để kịp thời chấn chỉnh.")
    d.para(cit2)
    if E("future-date"):
        d.para(B.future_date(d, r, rdate))
    else:
        d.para(B.planned_date_ok(d, r, rdate))
    d.para(B.trap_same_period(d, r, year))
    if style == "word" and E("footnote-unreferenced"):
        orphan_body(d, "Số liệu do Chi cục Thống kê cung cấp, tính đến hết kỳ báo cáo.")

    # ---------------- weaknesses
    ri = next(romans)
    heading(d, "II." if kind != "dang_ct" else "II-", "HẠN CHẾ, KHÓ KHĂN VÀ NGUYÊN NHÂN")
    for w in r.sample(WEAK, 2):
        d.para(w)

    # ---------------- direction
    ri = next(romans)
    if kind == "dang_ct":
        d.raw("Phần thứ hai")
        d.raw(dir_title)
        d.para("⟦n:nhiệm kỳ 2025-2030 next to Kế hoạch 5 năm 2026-2030 are different things⟧Đại hội nhiệm kỳ 2025-2030 "
               "xác định mục tiêu tổng quát, gắn với triển khai Kế hoạch phát triển kinh tế - xã hội 5 năm 2026-2030.")
        # the 2030 vision carries a multi-digit glued footnote: "năm 2030" + reference N
        while d.fn_next < 10:
            k = f"vfill{d.fn_next}"
            d.note(k, "Chi tiết tại phụ lục kèm theo báo cáo.")
            d.para(f"Tiếp tục thực hiện hiệu quả các chương trình, đề án trọng tâm của nhiệm kỳ⟦fn:{k}⟧, bảo đảm tiến độ đề ra.")
        d.note("vision", "Theo Quy hoạch chung đô thị được phê duyệt, định hướng đến năm 2045.")
        d.para("⟦n:'năm 2030' followed by a glued footnote number is not an implausible year⟧Phấn đấu đến năm 2030⟦fn:vision⟧ "
               "trở thành đơn vị phát triển khá của tỉnh, đời sống vật chất, tinh thần của nhân dân được nâng lên.")
        d.para("⟦n:plans for 2025-2030 in a 2025 report are not period errors⟧Các chỉ tiêu chủ yếu giai đoạn 2025-2030 được "
               "xây dựng trên cơ sở kết quả thực hiện nhiệm kỳ trước.")
        d.para(B.range_line(d, r, err=E("range-length"), base=2026))
        d.para(B.cagr(d, r, err=E("cagr-mismatch")))
    else:
        heading(d, "III.", dir_title)
        for t in r.sample(TASKS, 3):
            d.para("- " + t)
        d.para(B.range_line(d, r, err=E("range-length"), base=2026 if year >= 2025 else 2021))
        if E("period-mismatch"):
            d.para(f"- Tập trung chỉ đạo hoàn thành các chỉ tiêu, nhiệm vụ trọng tâm trong ⟦F:period-mismatch|năm {wrong_plan_year}⟧.")
        else:
            d.para(f"- ⟦n:the plan's own year⟧Tập trung chỉ đạo hoàn thành các chỉ tiêu, nhiệm vụ trọng tâm năm {plan_year}.")
    d.para("Trên đây là báo cáo kết quả thực hiện nhiệm vụ, phương hướng nhiệm vụ thời gian tới./.")
    recipients(d, r, kind, dup=E("duplicate-recipient"))
    missing = errs - used
    assert not missing, (name, missing)
    return d


WORD_ONLY = {"footnote-missing-body", "footnote-unreferenced", "footnote-sequence", "table-total", "table-percent"}
RULES = ["sum-mismatch", "percent-mismatch", "growth-mismatch", "share-sum", "count-vs-list", "table-total",
         "table-percent", "rounding", "percent-granularity", "footnote-missing-body", "footnote-unreferenced",
         "footnote-sequence", "heading-sequence", "letter-sequence", "invalid-date", "weekday-mismatch",
         "range-length", "period-mismatch", "future-date", "implausible-year", "anniversary", "citation-conflict",
         "number-format", "duplicate-recipient"]

KIND_NAMES = {"ubnd_q": "ubnd-quy", "ubnd_m": "ubnd-thang", "ubnd_y": "ubnd-nam", "hdnd": "hdnd-6thang",
              "dang_q": "dangbo-quy", "dang_ct": "dangbo-baocaochinhtri"}


def specs():
    plan = ([("ubnd_q", q, y) for y, q in [(2023, 1), (2023, 2), (2023, 3), (2024, 1), (2024, 2), (2024, 3), (2025, 1), (2025, 2), (2025, 3), (2024, 2)]] +
            [("ubnd_m", m, y) for y, m in [(2023, 4), (2023, 8), (2024, 3), (2024, 5), (2024, 10), (2025, 2), (2025, 6), (2025, 9)]] +
            [("ubnd_y", 0, y) for y in (2022, 2023, 2024, 2024, 2025, 2023)] +
            [("hdnd", 0, y) for y in (2022, 2023, 2024, 2025, 2024)] +
            [("dang_q", q, y) for y, q in [(2023, 1), (2023, 3), (2024, 1), (2024, 2), (2024, 3), (2025, 1), (2025, 2), (2023, 2)]] +
            [("dang_ct", 0, 2025)] * 5)
    pdf_idx = {3, 12, 20, 24, 30, 33, 35, 37, 38, 39, 40, 41}
    out, cursor, deferred = [], 0, []
    for i, (kind, period, year) in enumerate(plan):
        style = "pdf" if i in pdf_idx or kind == "dang_ct" else "word"
        nfd = i % 5 == 2
        errs, skipped = [], []
        queue = deferred
        deferred = []
        while len(errs) < 4:
            if queue:
                rule = queue.pop(0)
            else:
                rule = RULES[cursor % len(RULES)]
                cursor += 1
            bad = ((style == "pdf" and rule in WORD_ONLY) or rule in errs or
                   (rule in ("table-total", "table-percent") and ("table-total" in errs or "table-percent" in errs)) or
                   (rule == "period-mismatch" and kind == "dang_ct"))
            if bad:
                skipped.append(rule)
                if len(skipped) > 30:
                    break
                continue
            errs.append(rule)
        deferred = skipped + queue
        if kind == "dang_ct" and i % 2 == 1:
            errs.append("cagr-mismatch")
        if i % 9 == 4:
            deferred = errs + deferred
            errs = []  # a clean document: every claim correct, no finding at all
        name = f"{i + 1:02d}-{KIND_NAMES[kind]}-{year}{'-q' + str(period) if kind in ('ubnd_q', 'dang_q') else ''}" \
               f"{'-t' + str(period) if kind == 'ubnd_m' else ''}-{style}{'-nfd' if nfd else ''}"
        out.append((name, kind, style, nfd, year, period, errs, 1000 + i * 7))
    return out


def build_breakdowns(name, seed, with_errors):
    """A monthly UBND report written with the breakdown phrasings of the real reports (seeds review):
    members with their own percentages, bare-integer members, subsets named by another noun, the two
    sides of one whole, footnote lists of uncertain length, footnotes by source, running totals,
    attendances by class. With errors, every other block carries one."""
    r = random.Random(seed)
    d = Doc(name, style="word")
    place = PLACES[seed % len(PLACES)]
    year, m = 2024, 7
    rdate = datetime.date(year, m, 25)
    subject = f"Tình hình kinh tế - xã hội tháng {m:02d} năm {year} và nhiệm vụ trọng tâm tháng {m + 1:02d} năm {year}"
    title_block(d, r, "ubnd_m", place, year, rdate, f"{r.randint(15, 380)}/BC-UBND", subject)
    d.para(fill(r, 2))
    heading(d, "I.", f"KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG {m:02d}/{year}")
    flip = iter([False, True] * 20)

    def e():
        return with_errors and next(flip)

    d.raw("1. Lĩnh vực kinh tế")
    d.para(B.sum_member_attrs(d, r, err=e()))
    d.para(B.sum_member_attrs_plan(d, r, err=e()))
    d.para(B.sum_by_source(d, r, err=e()))
    d.para(B.running_totals(d, r, err=e()))
    d.para(B.trap_running_changes(d, r))
    d.para(B.sum_two_sides(d, r, err=e()))
    d.para(B.trap_three_sides(d, r))
    d.para(B.count_list_range(d, r, err=e()))
    d.para(fill(r, 1))
    d.raw("2. Xây dựng chính quyền, công tác đảng")
    d.para(B.sum_bare_members(d, r, err=e()))
    d.para(B.sum_subset_paren(d, r, err=e()))
    d.para(B.attendance_by_class(d, r, err=e()))
    d.para(B.sum_member_attrs(d, r, err=e()))
    d.para(B.sum_two_sides(d, r, err=e()))
    d.para(B.running_totals(d, r, err=e()))
    d.para(B.sum_bare_members(d, r, err=e()))
    d.para(B.sum_subset_paren(d, r, err=e()))
    d.para(B.count_list_range(d, r, err=e()))
    d.para(B.attendance_by_class(d, r, err=e()))
    d.para(B.balance_line(d, r, err=with_errors))
    d.para(B.balance_line(d, r, err=False))
    d.para(B.sum_by_source(d, r, err=with_errors))
    d.para(B.anniversary_list(year, err=with_errors))
    heading(d, "II.", f"NHIỆM VỤ TRỌNG TÂM THÁNG {m + 1:02d}/{year}")
    for t in r.sample(TASKS, 3):
        d.para("- " + t)
    d.para("Trên đây là báo cáo tình hình kinh tế - xã hội tháng, nhiệm vụ trọng tâm tháng tới./.")
    recipients(d, r, "ubnd_m")
    return d


# Documents written by hand, text and .expect (tests/corpus/README.md): never removed or rewritten here.
HAND_WRITTEN = {"46-ubnd-thang-2025-t9-word-fractions", "47-thanhtra-nam-2025-word-flows"}

EXTRA = [("43-ubnd-thang-2024-t7-word-breakdowns", 4301, True), ("44-ubnd-thang-2024-t7-word-breakdowns", 4402, False)]


def main():
    import glob
    docs = [build(spec) for spec in specs()]  # build everything first: a failed assertion leaves the corpus intact
    docs.append(pdf_lists.build())  # hand-laid PDF lines: lists across wraps (tools/pdf_lists.py)
    docs += [build_breakdowns(*x) for x in EXTRA]
    for f in glob.glob(os.path.join(OUT, "*.txt")) + glob.glob(os.path.join(OUT, "*.expect")):
        if os.path.splitext(os.path.basename(f))[0] not in HAND_WRITTEN:
            os.remove(f)
    total = 0
    by = {}
    for d in docs:
        n = d.write(OUT)
        total += n
        for e in d.expect:
            key = e[2] + (":" + e[3] if e[2] == "finding" else ":" + e[3][0] + ":" + e[3][1] if e[2] == "claim" else "")
            by[key] = by.get(key, 0) + 1
    print(f"{len(docs)} documents, {total} expected outcomes")
    for k in sorted(by):
        print(f"  {k:40} {by[k]}")


if __name__ == "__main__":
    main()
