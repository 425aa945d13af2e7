#!/usr/bin/env python3
"""Writes examples/bao-cao-kt-xh-quy-iii-2024.txt (+ .expect): the bundled
example `make run` checks. An invented district (huyện Đông Sơn); mostly correct
claims, and at least one realistic error of every kind the rules cover.

    python3 tests/corpus/tools/example.py
"""
import datetime
import os
import sys
from fractions import Fraction as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_lib import Doc, orphan_body, vi, pct, parse_vi, ratio_consistent  # noqa: E402

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".."))
WD = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"]


def ok_ratio(a, b, shown, scale=100):
    assert ratio_consistent(F(parse_vi(a)), dec(a), F(parse_vi(b)), dec(b), parse_vi(shown), dec(shown), scale), (a, b, shown)


def bad_ratio(a, b, shown, scale=100):
    assert not ratio_consistent(F(parse_vi(a)), dec(a), F(parse_vi(b)), dec(b), parse_vi(shown), dec(shown), scale), (a, b, shown)


def dec(s):
    return len(s.split(",")[1]) if "," in s else 0


def growth_ok(cur, prev, rate, up=True):
    r = parse_vi(rate)
    ok_ratio(cur, prev, vi(100 + r if up else 100 - r, dec(rate)))


def growth_bad(cur, prev, rate, up=True):
    r = parse_vi(rate)
    bad_ratio(cur, prev, vi(100 + r if up else 100 - r, dec(rate)))


def S(*xs):
    return sum(parse_vi(x) for x in xs)


def main():
    d = Doc("bao-cao-kt-xh-quy-iii-2024", style="word")
    P = d.para

    # ---------------- title block
    d.lines_raw(["ỦY BAN NHÂN DÂN", "HUYỆN ĐÔNG SƠN"])
    d.lines_raw(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"])
    d.raw("Số: 215/BC-UBND")
    d.raw("Đông Sơn, ngày 05 tháng 10 năm 2024")
    d.raw("BÁO CÁO")
    d.raw("Tình hình kinh tế - xã hội quý III và 9 tháng đầu năm 2024; phương hướng, nhiệm vụ quý IV năm 2024")
    P("⟦n:documents of 2023 cited in a 2024 report are not period errors⟧Thực hiện Nghị quyết số 45/NQ-HĐND ngày 14/12/2023 "
      "của HĐND huyện về kế hoạch phát triển kinh tế - xã hội năm 2024 và Quyết định số 2516/QĐ-UBND ngày 20/12/2023 của "
      "UBND huyện về giao chỉ tiêu kế hoạch năm 2024, UBND huyện báo cáo tình hình kinh tế - xã hội quý III và 9 tháng đầu "
      "năm 2024 như sau:")

    d.raw("**I. TÌNH HÌNH KINH TẾ - XÃ HỘI QUÝ III VÀ 9 THÁNG ĐẦU NĂM 2024**")
    P("Quý III năm 2024, tình hình kinh tế - xã hội của huyện diễn ra trong bối cảnh thời tiết diễn biến phức tạp, mưa lớn "
      "kéo dài gây ngập úng cục bộ tại một số xã; giá vật liệu xây dựng tăng cao ảnh hưởng đến tiến độ các công trình. "
      "Được sự quan tâm lãnh đạo của Huyện ủy, sự giám sát của HĐND huyện, UBND huyện đã chỉ đạo các ngành, các xã, thị "
      "trấn triển khai đồng bộ các giải pháp, đạt được kết quả tích cực trên các lĩnh vực.")
    d.raw("1. Lĩnh vực kinh tế")
    d.raw("a) Tăng trưởng kinh tế")
    cur, prev, rate = "9.482,6", "8.792,4", "7,85"
    growth_ok(cur, prev, rate)
    d.note("gtsx", "Theo số liệu ước tính của Chi cục Thống kê huyện; số liệu chính thức sẽ được cập nhật trong báo cáo năm.")
    P(f"⟦n:giá so sánh 2010 is a price base year⟧⟦c:growth:consistent⟧Tổng giá trị sản xuất (giá so sánh 2010) 9 tháng ước đạt {cur} tỷ đồng, tăng {rate}% so với "
      f"cùng kỳ năm 2023 ({prev} tỷ đồng)¹.".replace("¹", "⟦fn:gtsx⟧"))
    assert S("46,3", "35,8", "17,9") == 100
    P("⟦c:share:consistent⟧Cơ cấu giá trị sản xuất: công nghiệp - xây dựng chiếm 46,3%; thương mại - dịch vụ chiếm 35,8%; "
      "nông, lâm nghiệp và thủy sản chiếm 17,9%.")
    assert S("38,4", "31,2", "31,4") == 101
    P("⟦c:share:inconsistent⟧Cơ cấu lao động đang làm việc: nông, lâm nghiệp và thủy sản chiếm 38,4%; công nghiệp - xây dựng "
      "chiếm 31,2%; thương mại - dịch vụ chiếm ⟦F:share-sum|31,4⟧%.")

    d.raw("b) Công nghiệp - tiểu thủ công nghiệp")
    P("⟦n:a rate without its base is unverifiable, not a finding⟧Chỉ số sản xuất công nghiệp (IIP) quý III tăng 6,42% so với quý II.")
    cur, prev = "4.126,5", "3.780,0"
    growth_ok(cur, prev, "9,17")
    growth_bad(cur, prev, "9,71")
    P(f"⟦c:growth:inconsistent⟧Giá trị sản xuất công nghiệp 9 tháng ước đạt {cur} tỷ đồng, tăng ⟦F:growth-mismatch|9,71⟧% so "
      f"với cùng kỳ ({prev} tỷ đồng); các sản phẩm chủ yếu như gạch nung, đồ gỗ, may mặc đều tăng khá.")
    P("Chương trình sử dụng năng lượng tiết kiệm và hiệu quả tiếp tục được triển khai; sản lượng điện tiết kiệm 9 tháng ước "
      "đạt ⟦f:number-format|284,650⟧ kWh.")

    d.raw("c) Thương mại - dịch vụ")
    cur, prev, rate = "6.215,4", "5.586,4", "11,26"
    growth_ok(cur, prev, rate)
    P(f"⟦c:growth:consistent⟧Doanh thu bán lẻ và dịch vụ tiêu dùng 9 tháng ước đạt {cur} tỷ đồng, tăng "
      f"{rate}% so với cùng kỳ năm trước ({prev} tỷ đồng).")
    P("⟦c:index-growth:consistent⟧Số lượt khách du lịch quý III bằng 96,4% so với cùng kỳ (giảm 3,6%) do mưa lớn kéo dài; "
      "⟦n:'khoảng' figure with no claim⟧riêng dịp nghỉ lễ Quốc khánh thu hút khoảng 12.500 lượt khách.")
    P("⟦c:index-growth:inconsistent⟧Doanh thu vận tải hàng hóa quý III bằng 92,5% so với cùng kỳ (giảm ⟦F:growth-mismatch|8,5⟧%).")
    ok_ratio("1.046", "1.128", "92,73")
    P("Thành lập mới 46 doanh nghiệp, lũy kế đến nay toàn huyện có 1.128 doanh nghiệp đang hoạt động; ⟦c:percent:consistent⟧có "
      "1.046/1.128 doanh nghiệp đã sử dụng hóa đơn điện tử, đạt 92,73%.")

    d.raw("d) Nông nghiệp, xây dựng nông thôn mới")
    assert S("3.120", "645", "620") == 4385
    P("⟦c:sum:consistent⟧Tổng diện tích gieo trồng vụ Hè Thu đạt 4.385 ha, gồm: lúa 3.120 ha, ngô 645 ha, rau màu các loại 620 ha; "
      "năng suất lúa bình quân ước đạt 56,8 tạ/ha.")
    assert S("6.215", "9.870") < 18420
    P("⟦n:'trong đó' breakdown summing lower than the total⟧⟦c:sum:consistent⟧Tổng đàn gia súc hiện có 18.420 con, trong đó đàn bò "
      "6.215 con, đàn lợn 9.870 con; công tác tiêm phòng được triển khai đúng lịch.")
    ok_ratio("11", "14", "78,57")
    P("⟦c:percent:consistent⟧Đến nay có 11/14 xã đạt chuẩn nông thôn mới nâng cao, đạt 78,57%; huyện đang hoàn thiện hồ sơ đề nghị "
      "công nhận huyện đạt chuẩn nông thôn mới nâng cao.")
    assert all(abs(F(k, 14) * 100 - F(645, 10)) > F(5, 100) for k in range(15))
    P("Mạng lưới chợ nông thôn tiếp tục được đầu tư; toàn huyện có 14 xã, trong đó ⟦F:percent-granularity|64,5⟧% số xã đã có chợ "
      "đạt chuẩn theo Bộ tiêu chí.")
    P("⟦n:map scales are not ratios⟧Hoàn thành đo đạc, chỉnh lý bản đồ địa chính tỷ lệ 1/500 khu trung tâm thị trấn Rừng Thông và "
      "tỷ lệ 1/2000 tại 3 xã vùng đồi.")

    d.raw("⟦n:đ follows d in the Vietnamese alphabet⟧đ) Tài chính - ngân sách")
    ok_ratio("512,36", "713,0", "71,86")
    P("⟦c:percent:consistent⟧Tổng thu ngân sách nhà nước trên địa bàn 9 tháng ước đạt 512,36 tỷ đồng, đạt 71,86% dự toán tỉnh "
      "giao (713,0 tỷ đồng).")
    assert S("142,8", "251,3") > parse_vi("386,4")
    P("⟦c:sum:inconsistent⟧Tổng chi ngân sách địa phương 9 tháng ước thực hiện ⟦F:sum-mismatch|386,4⟧ tỷ đồng, trong đó: chi đầu tư "
      "phát triển 142,8 tỷ đồng, chi thường xuyên 251,3 tỷ đồng.")
    P("Kết quả thu ngân sách 9 tháng theo nguồn thu (đơn vị: tỷ đồng):")
    rows = [("Thu tiền sử dụng đất", "265,0", "178,4", "162,5"), ("Thu thuế ngoài quốc doanh", "214,0", "149,2", "163,7"),
            ("Lệ phí trước bạ", "96,5", "61,3", "70,4"), ("Thu phí, lệ phí", "38,0", "27,6", "29,1"),
            ("Thu khác ngân sách", "99,5", "65,1", "86,66")]
    # the last row's figure has two decimals: keep all one-decimal except it -> use one decimal instead
    rows[-1] = ("Thu khác ngân sách", "99,5", "65,1", "86,7")
    tk = S(*[x[1] for x in rows]); tp = S(*[x[2] for x in rows]); tc = S(*[x[3] for x in rows])
    assert tk == parse_vi("713,0"), tk
    lines = ["| TT | Nguồn thu | Dự toán năm | TH 9 tháng 2023 | Ước TH 9 tháng 2024 | So cùng kỳ (%) | So KH (%) |",
             "|---|---|---|---|---|---|---|"]
    for i, (name, kh, p0, c) in enumerate(rows, 1):
        sck = pct(parse_vi(c), parse_vi(p0), 2)[1]
        skh = pct(parse_vi(c), parse_vi(kh), 2)[1]
        mark = "⟦c:table-percent:consistent⟧" if i == 1 else ""
        if i == 3:
            good = skh
            skh = good[:-2] + good[-1] + good[-2]  # 72,95 -> 72,59
            bad_ratio(c, kh, skh)
            skh = f"⟦F:table-percent|{skh}⟧"
            mark = "⟦c:table-percent:inconsistent⟧"
        lines.append(f"| {i} | {mark}{name} | {kh} | {p0} | {c} | {sck} | {skh} |")
    lines.append(f"| | ⟦c:table-total:consistent⟧**Tổng cộng** | {vi(tk, 1)} | {vi(tp, 1)} | {vi(tc, 1)} | "
                 f"{pct(tc, tp, 2)[1]} | {pct(tc, tk, 2)[1]} |")
    d.lines_raw(lines)
    # the total row's "So KH" must agree with the paragraph above (512,36 vs the table's rounded 512,4)
    assert vi(tc, 1) == "512,4", vi(tc, 1)

    d.raw("e) Đầu tư xây dựng cơ bản")
    bad_ratio("186,72", "298,5", "62,45")
    ok_ratio("186,72", "298,5", "62,55")
    P("⟦c:percent:inconsistent⟧Giải ngân vốn đầu tư công 9 tháng đạt 186,72/298,5 tỷ đồng, đạt ⟦F:percent-mismatch|62,45⟧% kế "
      "hoạch vốn được giao.")
    P("⟦n:different units (công trình, km) are not summed with tỷ đồng⟧⟦c:sum:consistent⟧Đã khởi công 12 công trình với tổng mức "
      "đầu tư 96,8 tỷ đồng, gồm 08 công trình giao thông dài 14,6 km và 04 công trình trường học.")
    P("Chi tiết vốn đầu tư công theo nguồn vốn (đơn vị: tỷ đồng):")
    vrows = [("Vốn ngân sách tỉnh phân cấp", "112,0", "71,4"), ("Vốn ngân sách huyện", "134,5", "84,92"),
             ("Vốn chương trình mục tiêu quốc gia", "52,0", "30,4")]
    vrows[1] = ("Vốn ngân sách huyện", "134,5", "84,9")
    tkh = S(*[x[1] for x in vrows]); tgn = S(*[x[2] for x in vrows])
    assert tkh == parse_vi("298,5"), tkh
    assert tgn == parse_vi("186,7"), tgn
    vl = ["| Nguồn vốn | Kế hoạch vốn năm 2024 | Giải ngân 9 tháng | Tỷ lệ giải ngân (%) |", "|---|---|---|---|"]
    for i, (name, kh, gn) in enumerate(vrows):
        shown_gn = gn
        if i == 0:
            # a typo in a member cell: 71,4 -> 17,4 (the row's own rate agrees with the typo, so only the total is off)
            shown_gn = "17,4"
        rate = pct(parse_vi(shown_gn), parse_vi(kh), 1)[1]
        vl.append(f"| {name} | {kh} | {shown_gn} | {rate} |")
    vl.append(f"| ⟦c:table-total:inconsistent⟧**Cộng** | {vi(tkh, 1)} | ⟦F:table-total|{vi(tgn, 1)}⟧ | "
              f"{pct(tgn, tkh, 1)[1]} |")
    d.lines_raw(vl)
    P("Dự án đường trục trung tâm huyện tiếp tục thi công; ⟦F:future-date|tính đến ngày 25/10/2024⟧, khối lượng hoàn thành ước đạt "
      "68% giá trị hợp đồng.")

    d.raw("2. Lĩnh vực văn hóa - xã hội")
    d.raw("a) Giáo dục và đào tạo")
    assert S("19", "21", "16", "2") == 58
    P("⟦n:'năm học 2024-2025' is a school year, not a five-year range⟧⟦c:sum:consistent⟧Năm học 2024-2025, toàn huyện có 58 trường, "
      "gồm 19 trường mầm non, 21 trường tiểu học, 16 trường trung học cơ sở và 02 trường trung học phổ thông.")
    ok_ratio("41", "58", "70,69")
    P("⟦c:percent:consistent⟧Có 41/58 trường đạt chuẩn quốc gia, đạt 70,69%.")
    assert F(2318, 2347) * 100 > F(9875, 100) and vi(F(2318, 2347) * 100, 1) == "98,8"
    P("Tỷ lệ học sinh tốt nghiệp trung học cơ sở: 2.318/2.347 em, đạt ⟦F:rounding|98,7⟧%.")
    d.raw("b) Y tế")
    assert S("31.240", "14.826", "2.594") == 48660
    P("⟦c:sum:inconsistent⟧Các cơ sở y tế đã khám, chữa bệnh cho ⟦F:sum-mismatch|48.606⟧ lượt người, gồm: 31.240 lượt khám bảo hiểm "
      "y tế, 14.826 lượt khám dịch vụ và 2.594 lượt khám miễn phí cho người nghèo, trẻ em dưới 6 tuổi.")
    ok_ratio("129.450", "139.015", "93,12")
    P("⟦c:percent:consistent⟧Số người tham gia bảo hiểm y tế đạt 129.450 người, chiếm 93,12% dân số (139.015 người).")
    d.raw("⟦f:letter-sequence|d)⟧ Lao động, việc làm và an sinh xã hội")
    ok_ratio("2.145", "2.600", "82,5")
    P("⟦c:percent:consistent⟧Giải quyết việc làm cho 2.145 lao động, đạt 82,5% kế hoạch năm (2.600 lao động).")
    P("⟦n:overlapping categories (nữ, thanh niên) are not a partition⟧Tổ chức 14 lớp đào tạo nghề cho 420 lao động nông thôn; trong "
      "số học viên có 265 lao động nữ và 198 lao động là thanh niên.")
    d.note("kt3", "Gồm: Trạm Y tế xã Tân Lập; Trường Tiểu học Phú Xuân; Hội Nông dân xã Hưng Long; Đoàn Thanh niên thị trấn Rừng Thông.")
    P("⟦c:count-vs-list:inconsistent⟧Trong quý, có ⟦F:count-vs-list|03⟧ tập thể được tặng Bằng khen của Chủ tịch UBND tỉnh⟦fn:kt3⟧ "
      "vì thành tích xuất sắc trong phong trào thi đua.")
    d.note("kt4", "Gồm: đồng chí Nguyễn Văn Hải, Chủ tịch UBND xã Tân Lập; đồng chí Trần Thị Mai, Hiệu trưởng Trường THCS Phú Xuân.")
    P("⟦c:count-vs-list:consistent⟧Có 02 cá nhân được Chủ tịch UBND tỉnh tặng danh hiệu Chiến sĩ thi đua cấp tỉnh⟦fn:kt4⟧.")
    P("Hỗ trợ các hộ bị thiệt hại do mưa lớn tháng 8 với tổng kinh phí ⟦F:number-format|....⟧ triệu đồng từ nguồn dự phòng ngân sách "
      "huyện.")
    d.raw("đ) Văn hóa, thông tin, thể thao")
    P("Tổ chức chuỗi hoạt động kỷ niệm ⟦F:anniversary|78⟧ năm Cách mạng Tháng Tám thành công (19/8/1945 - 19/8/2024) và "
      "Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam (02/9/1945 - 02/9/2024).")
    P("⟦n:94 years, agreeing with the stated years⟧Tiếp tục tuyên truyền kết quả các hoạt động kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam "
      "(03/02/1930 - 03/02/2024).")
    wd = WD[datetime.date(2024, 9, 20).weekday()]
    assert wd == "thứ Sáu"
    P(f"⟦n:the weekday matches the date⟧Vào {wd}, ngày 20/9/2024, Ban Tổ chức đã khai mạc Giải bóng chuyền hơi các xã, thị trấn "
      f"với 14 đội tham gia.")
    assert WD[datetime.date(2024, 8, 19).weekday()] == "thứ Hai"
    P("Vào ⟦F:weekday-mismatch|thứ Ba⟧, ngày 19/8/2024, huyện tổ chức Lễ phát động Tháng hành động vì an toàn thực phẩm.")

    d.raw("3. Quốc phòng - an ninh")
    P("Lực lượng vũ trang huyện giữ nghiêm chế độ trực, sẵn sàng chiến đấu; hoàn thành diễn tập khu vực phòng thủ cấp xã tại xã Phú Xuân và xã Hưng Long "
      "theo kế hoạch.")
    P("⟦n:a list of integers is not a decimal⟧Lực lượng công an tăng cường tuần tra tại tổ dân phố 2, 5 và 7 thị trấn Rừng Thông, "
      "khu 4,5,6 xã Tân Lập; chủ động phương án ứng phó thiên tai theo cấp độ rủi ro 1,2.")
    P("Hội nghị sơ kết công tác bảo đảm trật tự an toàn giao thông 9 tháng được tổ chức vào ⟦F:invalid-date|ngày 31/9/2024⟧ tại hội "
      "trường UBND huyện.")
    P("⟦n:a date, not a ratio⟧Ngày 12/9/2024, Ban Chỉ đạo huyện đã họp đánh giá công tác phòng, chống tội phạm và vi phạm pháp luật.")

    d.raw("⟦f:heading-sequence|5.⟧ Xây dựng chính quyền, cải cách hành chính")
    P("Việc thực hiện Nghị quyết số ⟦F:citation-conflict|45/NQ-HĐND ngày 14/12/2022⟧ của HĐND huyện được các cơ quan, đơn vị "
      "triển khai nghiêm túc.")
    P("Bộ phận Một cửa huyện tiếp nhận hồ sơ theo quy định⟦f:footnote-missing-body|⟧⟦fn:mc⟧; tỷ lệ hồ sơ giải quyết đúng hạn được "
      "duy trì ở mức cao.")
    d.note("cchc", "Theo Kế hoạch cải cách hành chính năm 2024 của UBND huyện.")
    skipped = d.fn_next + 1
    P(f"Đẩy mạnh công tác kiểm tra cải cách hành chính⟦f:footnote-sequence|⟧⟦fn:cchc:{skipped}⟧ tại các xã, thị trấn.")
    P("Triển khai lập Quy hoạch chung đô thị huyện, tầm nhìn đến năm ⟦f:implausible-year|2405⟧.")
    orphan_body(d, "Số liệu tổng hợp từ báo cáo của các xã, thị trấn đến ngày 25/9/2024.")

    d.raw("II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2024")
    P("- Tập trung chỉ đạo, phấn đấu hoàn thành và hoàn thành vượt mức các chỉ tiêu kế hoạch ⟦F:period-mismatch|năm 2023⟧ đã "
      "được HĐND huyện thông qua.")
    P("- ⟦n:a target date in the plan section is not a future-date error⟧Đẩy nhanh tiến độ giải ngân vốn đầu tư công, phấn đấu giải ngân 100% kế hoạch vốn được giao trước ngày 31/01/2025.")
    P("- Xây dựng Kế hoạch đầu tư công trung hạn ⟦F:range-length|5 năm 2021-2026⟧ điều chỉnh, trình HĐND huyện tại kỳ họp cuối năm.")
    P("- ⟦n:giai đoạn 2021-2025 is five calendar years⟧Tổng kết việc thực hiện các chương trình mục tiêu quốc gia giai đoạn 2021-2025.")
    P("Trên đây là báo cáo tình hình kinh tế - xã hội quý III và 9 tháng đầu năm 2024, phương hướng, nhiệm vụ quý IV năm 2024 của "
      "UBND huyện Đông Sơn./.")
    d.raw("Nơi nhận:")
    d.lines_raw(["- UBND tỉnh (b/c);", "- TT. Huyện ủy;", "- TT. HĐND huyện;", "- Chủ tịch, các PCT UBND huyện;",
                 "- ⟦F:duplicate-recipient|TT. HĐND huyện;⟧", "- Các phòng, ban, ngành;", "- UBND các xã, thị trấn;", "- Lưu: VT."])
    d.lines_raw(["**TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH**"])
    d.raw("Lê Văn Thành")
    os.makedirs(os.path.join(ROOT, "examples"), exist_ok=True)
    n = d.write(os.path.join(ROOT, "examples"))
    print(f"{len(d.lines)} lines, {n} expected outcomes")


if __name__ == "__main__":
    main()
