"""A political report in the PDF-extract style whose figures sit in lists the
text wraps or leaves half-closed (issue 9, seeds review of the real PDF report):

- per-ward lists in parentheses whose members end with ';' or ':' at a hard wrap;
- a count followed by the list of what it counts, in parentheses;
- fractions of one whole, one per category ("9/14 … vượt …, 5/14 … đạt …");
- footnote breakdowns into kinds of the total's noun, and dated footnote parts;
- a "(trong đó: …; …" parenthesis whose ')' was forgotten;
- "gấp X lần so với giai đoạn trước (B)" and "… B (tăng C)" against another year.

Every line is laid out by hand (each shorter than the wrap width) so that the hard
wraps fall where the claims need them; the arithmetic is asserted here.
"""
from fractions import Fraction as F

from corpus_lib import Doc

FILL = [
    "Công tác lãnh đạo, chỉ đạo của cấp ủy được triển khai đồng bộ, bám sát chương trình làm việc",
    "của Ban Chấp hành, Ban Thường vụ; các tổ chức cơ sở đảng chủ động cụ thể hóa nghị quyết bằng",
    "kế hoạch, chương trình hành động phù hợp với điều kiện thực tế của từng khu dân cư và đơn vị.",
    "Chất lượng sinh hoạt chi bộ từng bước được nâng lên, nội dung sinh hoạt có trọng tâm, trọng điểm",
    "gắn với nhiệm vụ chính trị của địa phương; vai trò tiên phong, gương mẫu của đội ngũ cán bộ,",
    "đảng viên được phát huy, tạo sự đồng thuận trong Nhân dân khi triển khai các chủ trương lớn.",
]


def check_sum(parts, total):
    assert sum(F(p) for p in parts) == F(total), (parts, total)


def build():
    d = Doc("45-dangbo-baocaochinhtri-2025-pdf-lists", style="pdf")
    L = d.para  # one physical line (each shorter than the wrap width), then a blank line
    L("ĐẢNG BỘ PHƯỜNG HÒA LẠC")
    L("BÁO CÁO CHÍNH TRỊ CỦA BAN CHẤP HÀNH ĐẢNG BỘ PHƯỜNG KHÓA I")
    L("Phần thứ nhất")
    L("KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2020-2025")
    L("I. KẾT QUẢ ĐẠT ĐƯỢC")
    L("1. Công tác xây dựng Đảng và hệ thống chính trị")
    L("Đảng bộ phường được thành lập trên cơ sở hợp nhất 03 phường cũ gồm Hòa Lạc, Tân Lập và Bình")
    L("Minh; trong nhiệm kỳ, 03 phường đã tập trung lãnh đạo hoàn thành các mục tiêu đại hội đề ra.")
    for line in FILL:
        L(line)
    # footnote breakdowns: kinds of "văn bản"; dated parts under "trên"
    kinds = [("210", "nghị quyết"), ("95", "chương trình"), ("400", "kế hoạch"), ("310", "quyết định"),
             ("180", "thông báo"), ("40", "công văn"), ("15", "quy chế")]
    check_sum([k for k, _ in kinds], 1250)
    d.note("vb", "Đã ban hành " + ", ".join(f"{k} {n}" for k, n in kinds[:5]) + f"; {kinds[5][0]} {kinds[5][1]}; "
           f"{kinds[6][0]} {kinds[6][1]}.")
    check_sum([1120, 1210, 820], 3150)  # "trên 3.100": the parts may add up to more
    L("⟦c:sum:consistent⟧Ban Chấp hành đã ban hành 1.250 văn bản các loại⟦fn:vb⟧ để lãnh đạo, chỉ đạo thực hiện")
    d.note("ld", "Năm 2021 giải quyết việc làm cho 1.120 lượt người; Năm 2022 giải quyết việc làm cho 1.210 lượt người; "
           "Năm 2023 (tính đến 30/6/2023): giải quyết việc làm cho 820 lượt người.")
    L("nhiệm vụ chính trị; trong nhiệm kỳ ⟦c:sum:consistent⟧giải quyết việc làm cho trên 3.100 lượt lao động⟦fn:ld⟧.")
    # fractions of one whole
    L("Kết quả thực hiện các chỉ tiêu chủ yếu của từng phường cũ như sau:")
    L("- Đảng bộ phường Hòa Lạc: ⟦c:sum:consistent⟧9/14 chỉ tiêu chủ yếu hoàn thành vượt kế hoạch, 5/14 chỉ")
    L("tiêu đạt kế hoạch.")
    L("- Đảng bộ phường Tân Lập: ⟦c:sum:consistent⟧7/14 chỉ tiêu chủ yếu hoàn thành vượt kế hoạch, 6/14 chỉ")
    L("tiêu đạt kế hoạch.")
    L("- Đảng bộ phường Bình Minh: năm 2024 có ⟦c:sum:inconsistent⟧⟦F:sum-mismatch|10/16⟧ chỉ tiêu đạt kế hoạch; 07/16 chưa đạt.")
    assert 10 + 7 != 16
    L("⟦n:overlapping categories above the whole are not read⟧Riêng năm 2025 có 16/16 chỉ tiêu đạt, 10/16 chỉ tiêu vượt kế hoạch.")
    # a count and the list of what it counts
    L("⟦c:count-vs-list:consistent⟧Phường Tân Lập 3 năm liền (2022, 2023, 2024) được tặng cờ thi đua của tỉnh; đến nay có")
    L("⟦c:count-vs-list:inconsistent⟧⟦F:count-vs-list|02 phường⟧ (Hòa Lạc, Tân Lập và Bình Minh) được công nhận đạt chuẩn văn minh đô thị.")
    L("⟦n:a list of kinds is not the counted set⟧Trên địa bàn có 14 trường học (Mầm non, Tiểu học, THCS) với 310 lớp học.")
    # an unclosed "(trong đó: …; …"
    check_sum([330, 12], 342)
    L("Từ năm 2021 đến nay ⟦c:sum:consistent⟧đã tiếp nhận 342 đơn (trong đó: 330 đơn kiến nghị, phản ánh; 12 đơn")
    L("khiếu nại, đã giải quyết 336 đơn, 06 đơn đang xem xét theo thẩm quyền.")
    L("2. Phát triển kinh tế - xã hội")
    # per-ward lists across ';' / ':' line ends
    thu = ["612,30", "301,15", "291,05"]
    check_sum([F(x.replace(",", ".")) for x in thu], F("1204.50"))
    chi = ["95,10", "101,20", "92,10"]
    check_sum([F(x.replace(",", ".")) for x in chi], F("288.40"))
    ht = ["50,20", "48,30", "51,10"]
    assert sum(F(x.replace(",", ".")) for x in ht) != F("152.60")
    L(f"Giai đoạn 2020-2025 tổng thu ngân sách trên địa bàn ⟦c:sum:consistent⟧đạt 1.204,50 tỷ đồng (Hòa Lạc:")
    L(f"{thu[0]} tỷ đồng, 95,2%; Tân Lập: {thu[1]} tỷ đồng, 120%; Bình Minh: {thu[2]} tỷ")
    L(f"đồng, 88,4%) hằng năm đều đạt dự toán; tổng chi ngân sách ⟦c:sum:consistent⟧đạt 288,40 tỷ đồng")
    L(f"(Hòa Lạc: {chi[0]} tỷ đồng; Tân Lập: {chi[1]} tỷ đồng; Bình Minh: {chi[2]} tỷ đồng).")
    L(f"Tổng vốn huy động xây dựng hạ tầng ⟦c:sum:inconsistent⟧đạt ⟦F:sum-mismatch|152,60⟧ tỷ đồng (Hòa Lạc: {ht[0]} tỷ đồng;")
    L(f"Tân Lập: {ht[1]} tỷ đồng; Bình Minh: {ht[2]} tỷ đồng).")
    L("⟦n:a ';' list item outside parentheses still ends the block⟧Nhiệm vụ trọng tâm được xác định gồm các nội dung sau;")
    # multiples of an earlier period
    assert F(30240, 18900) == F(16, 10)
    assert round(F(845, 402), 1) != F(24, 10)
    L("Tổng vốn đầu tư xã hội giai đoạn 2020-2025 ⟦c:growth:consistent⟧đạt 30.240 tỷ đồng, gấp 1,60 lần so với")
    L("giai đoạn 2015-2020 (18.900 tỷ đồng); tổng mức đầu tư công ⟦c:growth:inconsistent⟧đạt 845 tỷ đồng, gấp ⟦F:growth-mismatch|2,4⟧")
    L("lần so với nhiệm kỳ trước (402 tỷ đồng).")
    L("⟦c:percent:consistent⟧Diện tích rừng trồng đạt 1.280 ha, gấp 1,6 lần so với diện tích đất ở (800 ha).")
    # an absolute change against another year
    assert abs(F(130) - F("84.6") - 45) < F(45) * F(5, 100)
    L("Năm 2025 diện tích nuôi trồng thủy sản 84,6 ha; dự kiến đến năm 2030 diện tích nuôi")
    L("trồng thủy sản ⟦c:growth:consistent⟧khoảng 130 ha (tăng khoảng 45 ha).")
    assert 1318 - 1240 != 88
    L("Năm 2024 số hộ kinh doanh cá thể 1.240 hộ; đến năm 2025 số hộ kinh doanh cá thể đạt")
    L("⟦c:growth:inconsistent⟧1.318 hộ (tăng ⟦F:growth-mismatch|88 hộ⟧).")
    L("⟦n:no second year: two things of one year⟧Năm 2025 diện tích lúa 320 ha; diện tích rau màu 140 ha (tăng 20 ha).")
    for line in FILL[::-1]:
        L(line)
    return d
