#define BOOST_TEST_MODULE refs_rules
#include <boost/test/unit_test.hpp>

#include "grammar/document.hpp"
#include "rules/config.hpp"
#include "rules/rule.hpp"
#include "rules/refs_util.hpp"
#include "collect_sink.hpp"

using namespace rc;

namespace {
std::vector<Finding> run(std::string_view id, const std::string& text) {
    const Rule* r = find_rule(id);
    BOOST_REQUIRE(r != nullptr);
    Document doc = parse_document(SourceText::from_utf8("t.txt", text));
    rct::CollectSink s;
    r->check(doc, s);
    return s.found;
}
}  // namespace

BOOST_AUTO_TEST_CASE(invalid_date_fires) {
    auto f = run("invalid-date", "Hội nghị sơ kết được tổ chức ngày 31/4/2023 tại xã Hòa Lâm.\n");
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(f[0].message.vi == "Ngày 31/4/2023 không hợp lệ: tháng 4/2023 chỉ có 30 ngày.");
    BOOST_TEST(f[0].message.en == "Invalid date 31/4/2023: 4/2023 has only 30 days.");
    BOOST_TEST(*f[0].suggestion == "30/4/2023");

    f = run("invalid-date", "Tân Phú, ngày 29 tháng 02 năm 2023\n");
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(f[0].message.vi == "Ngày 29/2/2023 không hợp lệ: tháng 2/2023 chỉ có 28 ngày (năm 2023 không nhuận).");
    // (every text of the four kinds, in both languages: put together piece by piece since rules7)
    BOOST_TEST(f[0].message.en == "Invalid date 29/2/2023: 2/2023 has only 28 days (2023 is not a leap year).");
    BOOST_TEST(*f[0].actual == "29/2/2023");
    BOOST_TEST(*f[0].expected == "1–28");
    BOOST_TEST(*f[0].suggestion == "28/2/2023");

    f = run("invalid-date", "Thời hạn đến 15-13-2024.\n");
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(f[0].message.vi == "Ngày 15/13/2024 không hợp lệ: không có tháng 13 (tháng từ 1 đến 12).");
    BOOST_TEST(f[0].message.en == "Invalid date 15/13/2024: there is no month 13 (months run 1 to 12).");
    BOOST_TEST(*f[0].expected == "1–12");
    BOOST_TEST(!f[0].suggestion.has_value());

    f = run("invalid-date", "Ngày 0/5/2024 khai mạc.\n");
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(f[0].message.vi == "Ngày 0/5/2024 không hợp lệ: không có ngày 0.");
    BOOST_TEST(f[0].message.en == "Invalid date 0/5/2024: there is no day 0.");
    BOOST_TEST(*f[0].actual == "0/5/2024");
    BOOST_TEST(*f[0].expected == "1–31");
}

BOOST_AUTO_TEST_CASE(invalid_date_near_misses) {
    BOOST_TEST(run("invalid-date", "Hạn nộp là ngày 29/02/2024; Nghị định số 30/2020/NĐ-CP.\n").empty());
    BOOST_TEST(run("invalid-date", "Từ ngày 30/4/2023 đến ngày 31 tháng 12 năm 2023; tháng 13/2023 không có.\n").empty());
    BOOST_TEST(run("invalid-date", "Số liệu ngày 31/12/20247 của báo cáo.\n").empty());
}

BOOST_AUTO_TEST_CASE(duplicate_recipient_fires) {
    auto f = run("duplicate-recipient",
                 "Nơi nhận:\n- TT. Huyện ủy;\n- Đại biểu HĐND huyện;\n- Các phòng, ban;\n- Đại biểu HĐND huyện;\n- Lưu: VT.\n");
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(f[0].message.vi == "Nơi nhận \"Đại biểu HĐND huyện\" bị lặp (đã có ở dòng 3); bỏ dòng này.");
    BOOST_TEST(f[0].message.en == "Recipient \"Đại biểu HĐND huyện\" is listed twice (already on line 3); remove this line.");
    // PDF style: a blank line between every line
    f = run("duplicate-recipient", "Nơi nhận:\n\n- UBND xã A,\n\n- UBND xã A;\n\nTM. ỦY BAN NHÂN DÂN\n");
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
}

BOOST_AUTO_TEST_CASE(duplicate_recipient_near_misses) {
    BOOST_TEST(run("duplicate-recipient", "Nơi nhận:\n- Đại biểu HĐND huyện;\n- Đại biểu HĐND tỉnh;\n- Lưu: VT.\n").empty());
    // the same dash lines in the body, before the recipient list, are not recipients
    BOOST_TEST(run("duplicate-recipient", "- Các phòng, ban;\n- Các phòng, ban;\nNơi nhận:\n- Các phòng, ban;\n- Lưu: VT.\n").empty());
    // after the list ends
    BOOST_TEST(run("duplicate-recipient", "Nơi nhận:\n- UBND xã A;\nCHỦ TỊCH\n- UBND xã A;\n").empty());
}

BOOST_AUTO_TEST_CASE(number_format_fires) {
    auto f = run("number-format", "Mỗi hộ được hỗ trợ .... triệu đồng.\n");
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(f[0].message.vi == "Chỗ trống chưa điền \"....\": văn bản còn ở dạng dự thảo.");
    f = run("number-format", "Tổ dân phố 3, Phường 1 .....\n");
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    f = run("number-format", "Lễ hội Cầu Ngư (ngày 1 6/02 âm lịch) diễn ra an toàn.\n");
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(f[0].message.vi == "Chữ số bị tách bởi dấu cách: \"1 6\" — có lẽ là \"16\".");
    BOOST_TEST(*f[0].suggestion == "16");
}

BOOST_AUTO_TEST_CASE(number_format_near_misses) {
    BOOST_TEST(run("number-format", "các loại dịch bệnh, cháy nổ ... được kiểm soát; hết hạn sử dụng....\n").empty());
    // a list of documents ending in an ellipsis and a full stop
    BOOST_TEST(run("number-format", "Quy định số 17-QĐ/TW về chuẩn mực đạo đức trong giai đoạn mới .... \n").empty());
    BOOST_TEST(run("number-format", "Có 2 5/7 xã đạt chuẩn; ngày 15/01 âm lịch; (ngày 5 2/3).\n").empty());
}

// The scan for " ." / " …" / " d/" reads 16 bytes at a time: a finding at every offset of a
// paragraph (across the 16-byte steps and the last, overlapping, step) is found, once, where it is.
BOOST_AUTO_TEST_CASE(number_format_at_every_offset) {
    for (std::size_t k = 0; k < 40; ++k) {
        const std::string pad = std::string(k, 'x');
        auto f = run("number-format", "Hỗ trợ " + pad + " .... triệu đồng cho mỗi hộ gia đình.\n");
        BOOST_REQUIRE_EQUAL(f.size(), 1u);
        BOOST_TEST(f[0].span.begin == std::string("Hỗ trợ ").size() + k + 1);
        f = run("number-format", "Tên " + pad + " …… còn trống\n");
        BOOST_REQUIRE_EQUAL(f.size(), 1u);
        BOOST_TEST(f[0].span.begin == std::string("Tên ").size() + k + 1);
        f = run("number-format", "Lễ hội (" + pad + ") (1 6/02 âm lịch)\n");
        BOOST_REQUIRE_EQUAL(f.size(), 1u);
        BOOST_TEST(*f[0].suggestion == "16");
        // near-misses at the same offsets: dots after a letter, a date written whole
        BOOST_TEST(run("number-format", "Hỗ trợ x" + pad + ".... triệu đồng; ngày 16/02 " + pad + "\n").empty());
    }
}

BOOST_AUTO_TEST_CASE(anniversary_fires) {
    auto f = run("anniversary", "Tổ chức kỷ niệm 55 năm ngày thành lập huyện Tân Hòa (15/3/1970 - 15/3/2024).\n");
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(f[0].message.vi == "Kỷ niệm 55 năm không khớp mốc ghi kèm (1970 - 2024): phải là 54 năm.");
    BOOST_TEST(*f[0].suggestion == "54");
    f = run("anniversary",
            "Tổ chức kỷ niệm 93 năm ngày thành lập Đảng Cộng sản Việt Nam; kỷ niệm 50 năm Ngày thành lập huyện "
            "(01/6/1974-01/6/2024).\n");
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(f[0].message.vi ==
               "Kỷ niệm 93 năm không khớp: sự kiện năm 1930, kỷ niệm năm 2024 (theo mốc cùng đoạn) là 94 năm.");
}

// The rule finds "niệm" in the source and reads the paragraph around it: here the block that
// holds it is the second of four read as one (an open bracket before it, "kỷ niệm 50 | năm"
// and an open bracket after it).
BOOST_AUTO_TEST_CASE(anniversary_mention_inside_joined_blocks) {
    const std::string tail = "\n\nnăm ngày thành lập huyện Tân Hòa (15/3/1970 -\n\n15/3/2024).\n";
    auto f = run("anniversary", "Huyện tổ chức mít tinh (ngày 15/3\n\n2024) và lễ kỷ niệm 50" + tail);
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(*f[0].suggestion == "54");
    BOOST_TEST(run("anniversary", "Huyện tổ chức mít tinh (ngày 15/3\n\n2024) và lễ kỷ niệm 54" + tail).empty());
}

BOOST_AUTO_TEST_CASE(anniversary_list_continuation) {
    auto f = run("anniversary", "tuyên truyền mừng Đảng, kỷ niệm 93 năm ngày thành lập Đảng Cộng sản Việt Nam; 50 năm "
                                "Ngày thành lập huyện (01/6/1974 - 01/6/2024).\n");
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(*f[0].suggestion == "94");
}

BOOST_AUTO_TEST_CASE(anniversary_near_misses) {
    BOOST_TEST(run("anniversary", "kỷ niệm 54 năm ngày thành lập huyện (15/3/1970 - 15/3/2024).\n").empty());
    // no dated anchor in the paragraph: the year of the event is unknown
    BOOST_TEST(run("anniversary", "Tổ chức kỷ niệm 91 năm ngày thành lập Đảng Cộng sản Việt Nam.\n").empty());
    BOOST_TEST(run("anniversary",
                   "kỷ niệm 94 năm ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2024); kỷ niệm 79 năm "
                   "Cách mạng tháng Tám và Quốc khánh.\n").empty());
}

// Issue 9 (probe 3, missed errors): every "N năm <event> (start - end)" item of a list is judged on its own.
BOOST_AUTO_TEST_CASE(anniversary_every_item_of_a_list) {
    // "và": the second item was never read (2023 − 1890 = 133)
    auto f = run("anniversary", "Tổ chức kỷ niệm 93 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2023) và "
                                "134 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2023).\n");
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(f[0].message.vi == "Kỷ niệm 134 năm không khớp mốc ghi kèm (1890 - 2023): phải là 133 năm.");
    BOOST_TEST(*f[0].suggestion == "133");
    // ", ": an item after a comma, and an undated national item after "và" against the paragraph's year
    f = run("anniversary", "chào mừng kỷ niệm 60 năm Ngày thành lập tỉnh (30/10/1963 - 30/10/2023), 11 năm Ngày thành lập "
                           "thị xã (25/02/2011 - 25/02/2023) và 77 năm Cách mạng tháng Tám.\n");
    BOOST_REQUIRE_EQUAL(f.size(), 2u);
    BOOST_TEST(*f[0].suggestion == "12");
    BOOST_TEST(*f[1].suggestion == "78");
    // years only, month/year, "từ … đến …"
    f = run("anniversary", "Tổ chức kỷ niệm 77 năm Cách mạng Tháng Tám (1945 - 2023).\n");
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(f[0].message.vi == "Kỷ niệm 77 năm không khớp mốc ghi kèm (1945 - 2023): phải là 78 năm.");
    BOOST_TEST(run("anniversary", "kỷ niệm 51 năm sự kiện Bác Hồ về thăm tỉnh (9/1973 – 9/2023).\n").size() == 1u);
    BOOST_TEST(run("anniversary", "kỷ niệm 61 năm thành lập xã (từ ngày 15/3/1962 đến ngày 15/3/2024).\n").size() == 1u);
}

BOOST_AUTO_TEST_CASE(anniversary_every_item_near_misses) {
    BOOST_TEST(run("anniversary", "Tổ chức kỷ niệm 93 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2023) và "
                                  "133 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2023).\n").empty());
    BOOST_TEST(run("anniversary", "Tổ chức kỷ niệm 78 năm Cách mạng Tháng Tám (1945 - 2023), 78 năm Quốc khánh (2/9/1945 - "
                                  "2/9/2023) và 50 năm sự kiện lãnh tụ Cuba thăm vùng giải phóng (9/1973 - 9/2023).\n").empty());
    // a later item that counts calendar years of a programme, not an anniversary
    BOOST_TEST(run("anniversary", "kỷ niệm 60 năm thành lập tỉnh (30/10/1963 - 30/10/2023) và 5 năm thực hiện Nghị quyết "
                                  "về nông thôn mới (2019 - 2023).\n").empty());
    // durations after a comma that are no anniversary; brackets that are no range
    BOOST_TEST(run("anniversary", "kỷ niệm 60 năm thành lập tỉnh (30/10/1963 - 30/10/2023), 10 năm qua tỉnh luôn dẫn đầu (Quyết "
                                  "định số 12/QĐ-UBND).\n").empty());
    BOOST_TEST(run("anniversary", "kỷ niệm 131 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5), Ngày bầu cử (23/5/2021).\n").empty());
}

// a hard line break (PDF extract) inside "kỷ niệm N | năm" or inside the bracket
BOOST_AUTO_TEST_CASE(anniversary_wrapped_lines) {
    auto f = run("anniversary", "triển khai các hoạt động kỷ niệm 51\n\nnăm sự kiện Bác Hồ về thăm tỉnh (9/1973 - 9/2023) "
                                "theo chỉ đạo của tỉnh.\n");
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(*f[0].suggestion == "50");
    f = run("anniversary", "Tổ chức kỷ niệm 92 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 -\n\n03/02/2023) "
                           "trang trọng.\n");
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(*f[0].suggestion == "93");
    BOOST_TEST(run("anniversary", "triển khai các hoạt động kỷ niệm 50\n\nnăm sự kiện Bác Hồ về thăm tỉnh (9/1973 - 9/2023) "
                                  "theo chỉ đạo của tỉnh.\n").empty());
    BOOST_TEST(run("anniversary", "Tổ chức kỷ niệm 93 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 -\n\n03/02/2023) "
                                  "trang trọng.\n").empty());
    // a paragraph that ends with a number is not joined to the next one's "năm …"
    BOOST_TEST(run("anniversary", "Số người tham gia kỷ niệm: 50\n\nnăm 2023 tổ chức 03 đợt (1945 - 2023).\n").empty());
}

// the report's own year for the national anniversaries named without dates
BOOST_AUTO_TEST_CASE(anniversary_report_year) {
    const std::string head = "Số: 12/BC-UBND\n\nĐông Hà, ngày 20 tháng 3 năm 2023\n\nBÁO CÁO\n\n"
                             "Tình hình kinh tế - xã hội quý I năm 2023\n\n";
    auto f = run("anniversary", head + "Tuyên truyền mừng Đảng, mừng Xuân; kỷ niệm 92 năm Ngày thành lập Đảng Cộng sản Việt Nam.\n");
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(*f[0].suggestion == "93");
    BOOST_TEST(f[0].message.vi == "Kỷ niệm 92 năm không khớp: sự kiện năm 1930, năm 2023 của báo cáo là 93 năm (94 năm nếu là "
                                  "kế hoạch năm sau).");
    BOOST_TEST(run("anniversary", head + "Tuyên truyền kỷ niệm 93 năm Ngày thành lập Đảng Cộng sản Việt Nam.\n").empty());
    // next year's plans in a report on this year
    BOOST_TEST(run("anniversary", head + "Chuẩn bị kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam.\n").empty());
    // another year named in the paragraph: the anniversary belongs to that year
    BOOST_TEST(run("anniversary", head + "Năm 2021: tổ chức kỷ niệm 131 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5).\n").empty());
    // the national day is the occasion, not what the anniversary is of
    BOOST_TEST(run("anniversary", head + "Tổ chức kỷ niệm 20 năm thành lập Trường THCS Tân Lập nhân dịp Quốc khánh 2/9.\n").empty());
    BOOST_TEST(run("anniversary", head + "Tổ chức kỷ niệm 77 năm Lễ Quốc khánh 2/9.\n").size() == 1u);
    // a report over several years (political report): no single year
    BOOST_TEST(run("anniversary", "BÁO CÁO CHÍNH TRỊ\n\nnhiệm kỳ 2020 - 2025\n\nkỷ niệm 131 năm Ngày sinh Chủ tịch Hồ Chí Minh.\n")
                   .empty());
}

BOOST_AUTO_TEST_CASE(weekday_mismatch_fires) {
    auto f = run("weekday-mismatch", "Hội nghị tổ chức vào thứ Ba, ngày 06/3/2023.\n");
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(f[0].message.vi == "Ngày 6/3/2023 là thứ Hai, không phải thứ Ba.");
    BOOST_TEST(f[0].message.en == "6/3/2023 is a Monday, not a Tuesday.");
    f = run("weekday-mismatch", "Lịch tiếp dân: thứ 7 ngày 02/3/2024.\n");
    BOOST_REQUIRE_EQUAL(f.size(), 0u);  // 2/3/2024 was a Saturday
    f = run("weekday-mismatch", "Chủ nhật, 03/3/2024 và thứ 6 ngày 02/3/2024.\n");
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(*f[0].suggestion == "thứ Bảy");
}

BOOST_AUTO_TEST_CASE(weekday_mismatch_near_misses) {
    BOOST_TEST(run("weekday-mismatch", "Hội nghị tổ chức vào thứ Hai, ngày 06/3/2023; Chủ nhật 05/3/2023 trực ban.\n").empty());
    BOOST_TEST(run("weekday-mismatch", "Ngày 29/02/2024 là thứ Năm.\n").empty());
}

namespace {
// A small report: title dated `date`, subject `subject`, then `body` (paragraphs separated by blank lines).
std::string report(const std::string& date, const std::string& subject, const std::string& body) {
    return "ỦY BAN NHÂN DÂN\nHUYỆN TÂN HÒA\n\nSố: 77/BC-UBND\n\n" + (date.empty() ? std::string() : "Hòa Lâm, " + date + "\n\n") +
           "BÁO CÁO\n\n" + subject + "\n\n" + body;
}
}  // namespace

BOOST_AUTO_TEST_CASE(range_length_fires) {
    auto f = run("range-length", "Triển khai Kế hoạch phát triển kinh tế - xã hội 5 năm 2026-2031 của huyện.\n");
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(f[0].message.vi == "\"5 năm\" nhưng giai đoạn 2026-2031 gồm 6 năm (2026 đến 2031, tính cả hai đầu); "
                                  "kế hoạch 5 năm bắt đầu từ 2026 kết thúc năm 2030.");
    BOOST_TEST(f[0].message.en == "\"5 years\" but 2026-2031 spans 6 calendar years (2026 to 2031 inclusive); "
                                  "a 5-year plan starting in 2026 ends in 2030.");
    BOOST_TEST(*f[0].suggestion == "2026-2030");
    BOOST_TEST(*f[0].actual == "5 năm 2026-2031");
    BOOST_TEST(f[0].arithmetic == "2031 − 2026 + 1 = 6 ≠ 5");
    f = run("range-length", "Thực hiện Đề án giai đoạn 2025-2020 của tỉnh.\n");
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(f[0].message.vi == "Khoảng năm 2025-2020 bị đảo ngược: năm bắt đầu lớn hơn năm kết thúc.");
    f = run("range-length", "Đại hội Đảng bộ huyện nhiệm kỳ 2020-2025 thành công.\n\n"
                            "Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2020-2026 được quán triệt.\n");
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(f[0].message.vi == "\"hội Đảng bộ huyện\" 2020-2026 mâu thuẫn với 2020-2025 ở dòng 1: "
                                  "cùng năm bắt đầu nhưng khác năm kết thúc.");
}

// Issue 9 (missed shapes): the count before a comma, and the count at the end of the previous line (PDF break).
BOOST_AUTO_TEST_CASE(range_length_detached_count) {
    auto f = run("range-length", "Triển khai Kế hoạch phát triển kinh tế - xã hội 5 năm, giai đoạn 2026-2031 của huyện.\n");
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(*f[0].suggestion == "2026-2030");
    f = run("range-length", "Triển khai Kế hoạch phát triển kinh tế - xã hội 5 năm\n\ngiai đoạn 2021 - 2026 của huyện.\n");
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(*f[0].actual == "5 năm 2021-2026");
    BOOST_TEST(run("range-length", "Triển khai Kế hoạch phát triển kinh tế - xã hội 5 năm, giai đoạn 2026-2030.\n").empty());
    BOOST_TEST(run("range-length", "Triển khai Kế hoạch phát triển kinh tế - xã hội 5 năm\n\ngiai đoạn 2021 - 2025 của huyện.\n").empty());
    // a duration before the comma, not the plan's length
    BOOST_TEST(run("range-length", "Sau 5 năm, giai đoạn 2020-2025 đã hoàn thành các chỉ tiêu.\n").empty());
    BOOST_TEST(run("range-length", "Qua 3 năm, giai đoạn 2021 - 2025 đã đạt 60% kế hoạch.\n").empty());
    // the range itself split by the line break
    f = run("range-length", "Triển khai Kế hoạch phát triển kinh tế - xã hội 5 năm giai đoạn 2026 -\n\n2031 của huyện.\n");
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(*f[0].actual == "5 năm 2026-2031");
    BOOST_TEST(run("range-length", "Triển khai Kế hoạch phát triển kinh tế - xã hội 5 năm giai đoạn 2026 -\n\n2030 của huyện.\n").empty());
    BOOST_TEST(run("range-length", "Đại hội Đảng bộ huyện lần thứ XX, 5 năm nhiệm kỳ 2020 -\n\n2025 thành công.\n").empty());
    BOOST_TEST(run("range-length", "Tổng số hộ năm 2026 -\n\n2031 hộ, tăng 12 hộ.\n").empty());
    // the previous line ends with a count, the range is not at the start of the next one
    BOOST_TEST(run("range-length", "Kế hoạch 5 năm\n\nThực hiện giai đoạn 2021 - 2026 của tỉnh.\n").empty());
}

BOOST_AUTO_TEST_CASE(range_length_near_misses) {
    BOOST_TEST(run("range-length", "Đại hội nhiệm kỳ 2025-2030 và Kế hoạch phát triển kinh tế - xã hội 5 năm 2026-2030.\n").empty());
    BOOST_TEST(run("range-length", "Bầu tổ trưởng nhiệm kỳ 2023-2025 và 2025-2028; Kế hoạch 5 năm 2021 - 2025.\n").empty());
    // a Party term next to the council term in brackets
    BOOST_TEST(run("range-length", "Quy hoạch cán bộ nhiệm kỳ 2020 - 2025 (2021 - 2026) và nhiệm kỳ 2025 - 2030 (2026 - 2031).\n").empty());
    BOOST_TEST(run("range-length", "Kết quả 5 năm nhiệm kỳ 2020-2025; kế hoạch đầu tư công trung hạn giai đoạn 2025 -2030.\n").empty());
    // a document number with a year range inside
    BOOST_TEST(run("range-length", "Quyết định số 12/2025-2020/QĐ-UBND.\n").empty());
}

BOOST_AUTO_TEST_CASE(period_mismatch_fires) {
    const std::string doc = report("ngày 02 tháng 12 năm 2024", "Kết quả năm 2024 và phương hướng, nhiệm vụ năm 2025",
                                   "I. KẾT QUẢ NĂM 2024\n\nThu ngân sách đạt 120 tỷ đồng.\n\n"
                                   "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025\n\n"
                                   "- Tập trung chỉ đạo hoàn thành các chỉ tiêu, nhiệm vụ trọng tâm trong năm 2024.\n");
    auto f = run("period-mismatch", doc);
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(f[0].message.vi == "Phần phương hướng, nhiệm vụ năm 2025 (dòng 16) lại ghi \"năm 2024\" — năm đã qua; có lẽ là năm 2025.");
    BOOST_TEST(f[0].message.en == "The tasks section for year 2025 (line 16) says \"năm 2024\", a year already past; probably 2025.");
    BOOST_TEST(*f[0].suggestion == "2025");
    // the period from the title alone (no period in the heading)
    f = run("period-mismatch", report("", "Tình hình kinh tế - xã hội năm 2023; nhiệm vụ năm 2024",
                                      "I. KẾT QUẢ\n\nNội dung.\n\nII. NHIỆM VỤ TRỌNG TÂM\n\n"
                                      "- Phấn đấu hoàn thành tốt nhiệm vụ chính trị, kinh tế - xã hội năm 2023.\n"));
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
}

BOOST_AUTO_TEST_CASE(period_mismatch_near_misses) {
    const std::string doc = report("ngày 02 tháng 12 năm 2024", "Kết quả năm 2024 và phương hướng, nhiệm vụ năm 2025",
                                   "I. KẾT QUẢ NĂM 2024\n\nTrong năm 2023, thu ngân sách đạt 100 tỷ đồng.\n\n"
                                   "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025\n\n"
                                   "- Phát huy những kết quả đạt được của năm 2024, tăng so với cùng kỳ năm 2024.\n\n"
                                   "- Giải quyết dứt điểm hồ sơ tồn đọng trong năm 2024 chuyển sang.\n\n"
                                   "- Thực hiện Nghị quyết số 45/NQ-HĐND ngày 15/12/2024 của HĐND huyện.\n\n"
                                   "- Hoàn thành các chỉ tiêu kế hoạch năm 2025 và định hướng đến năm 2030.\n\n"
                                   "- Hoàn thành dứt điểm các công trình khởi công trong năm 2024; các chỉ tiêu chưa đạt trong năm 2024.\n\n"
                                   "Trên đây là báo cáo kết quả năm 2024 và phương hướng nhiệm vụ năm 2025./.\n");
    BOOST_TEST(run("period-mismatch", doc).empty());
    // a term period (báo cáo chính trị) is not checked
    BOOST_TEST(run("period-mismatch", report("", "trình Đại hội đại biểu Đảng bộ nhiệm kỳ 2025-2030",
                                             "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NHIỆM KỲ 2025 - 2030\n\n"
                                             "- Hoàn thành các chỉ tiêu trong năm 2024.\n"))
                   .empty());
}

BOOST_AUTO_TEST_CASE(future_date_fires) {
    auto f = run("future-date", report("ngày 05 tháng 10 năm 2024", "Tình hình kinh tế - xã hội quý III năm 2024",
                                       "Tính đến ngày 08/11/2024, toàn huyện đã giải ngân 85,6 tỷ đồng vốn đầu tư công.\n"));
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(f[0].message.vi == "\"08/11/2024\" ở sau ngày của báo cáo (5/10/2024) nhưng được nêu như số liệu đã có; "
                                  "kiểm tra lại mốc thời gian (nếu là dự kiến, ghi rõ \"dự kiến\").");
    BOOST_TEST(f[0].message.en == "\"08/11/2024\" is after the report's own date (5/10/2024) yet is stated as a figure already "
                                  "reached; check the date (if it is a forecast, say \"dự kiến\").");
    // undated report: more than a month after the period; a month reference
    f = run("future-date", report("", "Tình hình kinh tế - xã hội 6 tháng đầu năm 2025",
                                  "Tính đến tháng 12/2025, toàn xã có 41 tàu cá.\n"));
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(f[0].message.vi == "\"tháng 12/2025\" ở sau kỳ báo cáo (6 tháng đầu năm 2025) — báo cáo không ghi ngày nhưng "
                                  "được nêu như số liệu đã có; kiểm tra lại mốc thời gian (nếu là dự kiến, ghi rõ \"dự kiến\").");
}

BOOST_AUTO_TEST_CASE(future_date_near_misses) {
    const std::string body = "Dự kiến tính đến ngày 31/12/2024 giải ngân đạt 100% kế hoạch vốn.\n\n"
                             "Tính đến ngày 30/9/2024, toàn huyện đã giải ngân 70 tỷ đồng.\n\n"
                             "Hội nghị tổng kết sẽ tổ chức ngày 20/12/2024.\n\n"
                             "Thực hiện Nghị quyết số 45/NQ-HĐND ngày 14/12/2023 của HĐND huyện.\n\n"
                             "II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2024\n\n- Tính đến ngày 31/12/2024 hoàn thành giải ngân.\n";
    BOOST_TEST(run("future-date", report("ngày 05 tháng 10 năm 2024", "Tình hình quý III năm 2024", body)).empty());
    // no date and no period: nothing to compare with
    BOOST_TEST(run("future-date", "Tính đến tháng 12/2025, toàn xã có 41 tàu cá.\n").empty());
}

BOOST_AUTO_TEST_CASE(implausible_year_fires) {
    auto f = run("implausible-year", report("ngày 05 tháng 10 năm 2024", "Tình hình quý III năm 2024",
                                            "Rà soát quy hoạch sử dụng đất đến năm 2204 trên địa bàn huyện.\n"));
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(f[0].message.vi == "Năm 2204 nằm ngoài khoảng thời gian của báo cáo (năm 2024); có lẽ là năm 2024.");
    BOOST_TEST(f[0].message.en == "Year 2204 is far outside the report's time frame (2024); probably 2024.");
    BOOST_TEST(*f[0].suggestion == "2024");
    f = run("implausible-year", "Năm 2023 thu ngân sách tăng; đến năm 1023 hoàn thành.\n");
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(*f[0].suggestion == "2023");
}

BOOST_AUTO_TEST_CASE(implausible_year_near_misses) {
    const std::string body = "Định hướng đến năm 203517 và năm 20247 theo Quyết định số 2204/QĐ-UBND; "
                             "Kế hoạch số 1023/KH-UBND.\n\nKỷ niệm 1010 năm Thăng Long, di tích từ năm 1428.\n";
    BOOST_TEST(run("implausible-year", report("ngày 05 tháng 10 năm 2024", "Tình hình quý III năm 2024", body)).empty());
}

BOOST_AUTO_TEST_CASE(citation_conflict_fires) {
    auto f = run("citation-conflict", "Thực hiện Nghị quyết số 102/NQ-HĐND ngày 17/02/2025 của HĐND huyện.\n\n"
                                      "Việc thực hiện Nghị quyết số 102/NQ-HĐND ngày 18/02/2025 của HĐND huyện đạt yêu cầu.\n");
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(f[0].message.vi == "Nghị quyết số 102/NQ-HĐND được dẫn với ngày 18/02/2025, nhưng dòng 1 ghi cùng văn bản này ngày 17/02/2025.");
    BOOST_TEST(f[0].message.en == "Nghị quyết 102/NQ-HĐND is cited as dated 18/02/2025, but line 1 dates the same document 17/02/2025.");
    f = run("citation-conflict", "Quán triệt Kết luận số 910-KL/TW, ngày 29/3/2023 của Ban Chấp hành Đảng bộ tỉnh về kinh tế.\n");
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(f[0].message.vi == "Ký hiệu \"/TW\" của Kết luận số 910-KL/TW là văn bản của cơ quan Trung ương, nhưng được ghi là "
                                  "của \"Ban Chấp hành Đảng bộ tỉnh\" (cấp tỉnh).");
    f = run("citation-conflict", "Nghị quyết số 12-NQ/TU ngày 28/11/2022 của Tỉnh ủy; Nghị quyết số 12-NQ/TU của Thành ủy.\n");
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(f[0].message.vi == "Nghị quyết số 12-NQ/TU được ghi là của \"Thành ủy\", nhưng dòng 1 ghi là của \"Tỉnh ủy\".");
}

BOOST_AUTO_TEST_CASE(citation_conflict_near_misses) {
    BOOST_TEST(run("citation-conflict", "Nghị quyết số 06-NQ/TU ngày 02/12/2022 của Thành ủy và Chỉ thị số 06-CT/TU ngày "
                                        "16/8/2021 của Ban Thường vụ Thành ủy; Kết luận số 18-KL/TU ngày 16/12/2022 của Thành ủy; "
                                        "Kết luận số 18-KL/TU ngày 16/12/2022 của BCH Đảng bộ thành phố; Nghị quyết số 35-NQ/TW "
                                        "ngày 22/10/2018 của Bộ Chính trị; Quyết định số 2074-QĐ/TU ngày 17/6/2025 của Tỉnh ủy.\n")
                   .empty());
}

BOOST_AUTO_TEST_CASE(number_format_separators) {
    const std::string vi = "Thu ngân sách đạt 1.234,5 tỷ đồng, tăng 12,5%; diện tích 45,6 ha; sản lượng 3,25 tấn.\n\n";
    auto f = run("number-format", vi + "Lượng điện tiết kiệm ước đạt 315,260 kWh.\n");
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(f[0].message.vi == "Số \"315,260 kWh\" dùng dấu phẩy như dấu phân cách hàng nghìn, trái quy ước của văn bản "
                                  "(dấu chấm phân cách hàng nghìn, dấu phẩy là dấu thập phân); nếu là 315.260 kWh thì viết \"315.260\".");
    BOOST_TEST(*f[0].suggestion == "315.260");
    // near-misses: 3-decimal amounts in tỷ đồng, grams, a number without unit
    BOOST_TEST(run("number-format", vi + "Chi thường xuyên 112,409 tỷ đồng; thu giữ 26,525 gam ma túy; mã 2,441.\n").empty());
    // a document that itself groups with ',' is not judged by the '.' convention
    BOOST_TEST(run("number-format", "Tiết kiệm 315,260 kWh.\n").empty());
}

BOOST_AUTO_TEST_CASE(period_mismatch_results_part) {
    const std::string subject = "Tình hình kinh tế - xã hội quý I năm 2023; nhiệm vụ quý II năm 2023";
    auto f = run("period-mismatch", report("ngày 25 tháng 3 năm 2023", subject,
                                           "I. KẾT QUẢ QUÝ I NĂM 2023\n\nQuý I năm 2022, tình hình kinh tế của huyện ổn định.\n"));
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(f[0].message.vi == "Báo cáo về quý I năm 2023 nhưng đoạn kết quả mở đầu bằng \"quý I năm 2022\"; có lẽ là năm 2023.");
    BOOST_TEST(f[0].message.en == "The report covers Q1 2023 but this results paragraph opens with \"quý I năm 2022\"; probably 2023.");
    // comparisons with the same quarter of last year
    BOOST_TEST(run("period-mismatch", report("ngày 25 tháng 3 năm 2023", subject,
                                             "I. KẾT QUẢ QUÝ I NĂM 2023\n\nQuý I năm 2023, thu ngân sách tăng 5% so với quý I năm 2022.\n\n"
                                             "Sản lượng đạt 120 tấn (quý I/2022: 110 tấn).\n\n"
                                             "Quý I năm 2022 so với cùng kỳ giảm nhẹ.\n"))
                   .empty());
}

BOOST_AUTO_TEST_CASE(period_mismatch_results_opening_words) {
    // The clause must open with the quarter: only ' ', '-', '*' and "Trong"/"trong" before it, back to the
    // block's start or a clause stop (the rule reads those bytes back from the reference, not the clause).
    const std::string subject = "Tình hình kinh tế - xã hội quý I năm 2023; nhiệm vụ quý II năm 2023";
    const auto count = [&](const std::string& para) {
        return run("period-mismatch", report("ngày 25 tháng 3 năm 2023", subject, "I. KẾT QUẢ QUÝ I NĂM 2023\n\n" + para + "\n"))
            .size();
    };
    BOOST_TEST(count("- Trong quý I năm 2022, tình hình kinh tế của huyện ổn định.") == 1u);
    BOOST_TEST(count("-  Quý I năm 2022, tình hình kinh tế của huyện ổn định.") == 1u);
    BOOST_TEST(count("Kinh tế ổn định. Quý I năm 2022, thu ngân sách đạt khá.") == 1u);
    BOOST_TEST(count("Kinh tế ổn định; trong quý I năm 2022, thu ngân sách đạt khá.") == 1u);
    BOOST_TEST(count("Tổng hợp:  - Trong quý I năm 2022, thu ngân sách đạt khá.") == 1u);
    // near misses: a word before it in its clause, "Trong" not right before it, a decimal point is no stop
    BOOST_TEST(count("Nhìn chung trong quý I năm 2022, tình hình kinh tế của huyện ổn định.") == 0u);
    BOOST_TEST(count("Trong - quý I năm 2022, tình hình kinh tế của huyện ổn định.") == 0u);
    BOOST_TEST(count("Tăng 2.5 trong quý I năm 2022, tình hình kinh tế của huyện ổn định.") == 0u);
    BOOST_TEST(count("Xtrong quý I năm 2022, tình hình kinh tế của huyện ổn định.") == 0u);
}

BOOST_AUTO_TEST_CASE(future_date_as_of_words) {
    // "tính đến" / "lũy kế đến" right before the date, in the date's clause (the rule tests the block's text
    // before the date: those words hold no clause stop)
    const std::string head = "Kết nạp 120 đảng viên (số liệu đến 30/6/2025).\n\n";
    BOOST_TEST(run("future-date", head + "Thu ngân sách đạt khá; lũy kế đến   tháng 12/2025, 3 phường có 41 tàu cá.\n").size() == 1u);
    BOOST_TEST(run("future-date", head + "Kinh tế ổn định. Tính đến hết tháng 12/2025, 3 phường có 41 tàu cá.\n").size() == 1u);
    // near misses: a stop or another word between them and the date, the date not "as of"
    BOOST_TEST(run("future-date", head + "Số liệu tính đến: tháng 12/2025, 3 phường có 41 tàu cá.\n").empty());
    BOOST_TEST(run("future-date", head + "Tính đến cuối tháng 12/2025, 3 phường có 41 tàu cá.\n").empty());
    BOOST_TEST(run("future-date", head + "Trong tháng 12/2025, 3 phường có 41 tàu cá.\n").empty());
}

BOOST_AUTO_TEST_CASE(weekday_mismatch_words_before_the_date) {
    // each weekday word, and heads ending in a byte no weekday word ends with
    BOOST_TEST(run("weekday-mismatch", "Hội nghị họp thứ 3, ngày 08/3/2023 tại hội trường.\n").size() == 1u);
    BOOST_TEST(run("weekday-mismatch", "Hội nghị họp Chủ nhật ngày 06/3/2023 tại hội trường.\n").size() == 1u);
    BOOST_TEST(run("weekday-mismatch", "Hội nghị họp thứ Tư, 06/3/2023 tại hội trường.\n").size() == 1u);
    BOOST_TEST(run("weekday-mismatch", "Hội nghị họp thứ Hai, ngày 06/3/2023 tại hội trường.\n").empty());
    BOOST_TEST(run("weekday-mismatch", "Hội nghị họp sáng, ngày 06/3/2023 tại hội trường; (ngày 07/3/2023).\n").empty());
}

BOOST_AUTO_TEST_CASE(future_date_data_cutoff) {
    // no date, no period in the title: the data cut-off "đến 30/6/2025"
    const std::string head = "Kết nạp 120 đảng viên (số liệu đến 30/6/2025).\n\n";
    auto f = run("future-date", head + "16 Tính đến tháng 12/2025, 3 phường có 41 tàu cá.\n");
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(f[0].message.vi == "\"tháng 12/2025\" ở sau mốc số liệu của báo cáo (đến 30/6/2025, dòng 1) nhưng được nêu như "
                                  "số liệu đã có; kiểm tra lại mốc thời gian (nếu là dự kiến, ghi rõ \"dự kiến\").");
    // within two months of the cut-off
    BOOST_TEST(run("future-date", head + "Tính đến tháng 7/2025, 3 phường có 41 tàu cá.\n").empty());
}

BOOST_AUTO_TEST_CASE(future_date_in_notes_after_a_tasks_part) {
    // Headings found by the structure grammar: the notes gathered under "CHÚ THÍCH" after the
    // tasks part are not tasks (they document results), so their dates are judged.
    const std::string text =
        "Phần thứ nhất\n\nKẾT QUẢ THỰC HIỆN NHIỆM VỤ\n\nI. KẾT QUẢ ĐẠT ĐƯỢC\n\n"
        "Kết nạp 120 đảng viên (số liệu đến 30/6/2025).\n\n"
        "Phần thứ hai\n\nPHƯƠNG HƯỚNG, NHIỆM VỤ NHIỆM KỲ 2025-2030\n\nI. MỤC TIÊU\n\n"
        "Tính đến tháng 12/2027, phấn đấu 100% phường đạt chuẩn.\n\n"
        "CHÚ THÍCH\n\n"
        "Tính đến tháng 12/2025, 3 phường có 41 tàu cá.\n";
    auto f = run("future-date", text);
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(f[0].message.vi.find("\"tháng 12/2025\"") == 0u);
}

// Red-team probe 3 (non-arithmetic rules): near misses that fired before, and the real errors still caught.
namespace {
const std::string kMonthReport =
    "Số: 98/BC-UBND\n\nKim Bôi, ngày 24 tháng 5 năm 2024\n\nBÁO CÁO\n\n"
    "Tình hình kinh tế - xã hội tháng 5 năm 2024 và nhiệm vụ trọng tâm tháng 6 năm 2024\n\n"
    "I. KẾT QUẢ THỰC HIỆN THÁNG 5 NĂM 2024\n\n";
const std::string kQuarterReport =
    "Số: 45/BC-UBND\n\nTân Lạc, ngày 22 tháng 3 năm 2024\n\nBÁO CÁO\n\n"
    "Tình hình kinh tế - xã hội quý I năm 2024, nhiệm vụ trọng tâm quý II năm 2024\n\n"
    "I. KẾT QUẢ THỰC HIỆN QUÝ I NĂM 2024\n\n";
}  // namespace

BOOST_AUTO_TEST_CASE(future_date_estimates_are_not_facts) {
    // the month's figures written before its last day are estimates: "ước đạt", "(ước)"
    BOOST_TEST(run("future-date", kMonthReport + "Lũy kế 5 tháng (tính đến ngày 31/5/2024), thu ngân sách ước đạt 125 tỷ đồng.\n").empty());
    BOOST_TEST(run("future-date", kMonthReport + "Tính đến ngày 31/5/2024 (ước), toàn huyện thu hoạch 3.200 ha lúa.\n").empty());
    // "ước" inside another word pair is no estimate: the date after the report still fires
    auto f = run("future-date", kMonthReport + "Tính đến ngày 31/5/2024, đã giải ngân 85 tỷ đồng, thực hiện hương ước của thôn.\n");
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(*f[0].actual == "31/05/2024");
    BOOST_TEST(run("future-date", kMonthReport + "Tính đến ngày 31/5/2024, toàn huyện thu hoạch 3.200 ha lúa.\n").size() == 1u);
}

BOOST_AUTO_TEST_CASE(period_mismatch_comparison_sentence) {
    // the other year's period set against this one in the same sentence is a comparison
    BOOST_TEST(run("period-mismatch", kQuarterReport + "Quý I năm 2023, thu ngân sách đạt 32 tỷ đồng; quý I năm 2024 đạt 40 tỷ đồng.\n").empty());
    BOOST_TEST(run("period-mismatch", kQuarterReport + "Quý I năm 2023 không có doanh nghiệp giải thể, quý này có 03 doanh nghiệp giải thể.\n").empty());
    BOOST_TEST(run("period-mismatch", kMonthReport + "Tháng 5/2023 giá lúa chỉ 6.500 đồng/kg, nay tăng lên 8.200 đồng/kg.\n").empty());
    // a leftover opening with last year's quarter, with nothing to compare it to, still fires
    auto f = run("period-mismatch", kQuarterReport + "Quý I năm 2023, tình hình an ninh ổn định; thu ngân sách đạt 40 tỷ đồng.\n");
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(*f[0].actual == "quý I năm 2023");
}

BOOST_AUTO_TEST_CASE(citation_conflict_numbers_restart_every_year_and_level) {
    // state-style numbers restart every year: 01/NQ-CP of 2023 and of 2024 are two resolutions
    BOOST_TEST(run("citation-conflict",
                   "Quán triệt Nghị quyết số 01/NQ-CP ngày 06/01/2023 và Nghị quyết số 01/NQ-CP ngày 05/01/2024 của Chính phủ.\n")
                   .empty());
    // every People's Committee signs "/KH-UBND": the province's and the district's plan 01 are two documents
    BOOST_TEST(run("citation-conflict",
                   "Thực hiện Kế hoạch số 01/KH-UBND ngày 03/01/2024 của UBND tỉnh, UBND huyện ban hành Kế hoạch số 01/KH-UBND "
                   "ngày 05/01/2024 về nhiệm vụ năm 2024.\n")
                   .empty());
    BOOST_TEST(run("citation-conflict",
                   "Kế hoạch số 50/KH-UBND ngày 02/3/2023 của UBND huyện; Kế hoạch số 50/KH-UBND của UBND tỉnh ngày 20/02/2023.\n")
                   .empty());
    // a provincial city's Thành ủy signs "/TU" too
    BOOST_TEST(run("citation-conflict",
                   "Nghị quyết số 08-NQ/TU ngày 10/5/2022 của Tỉnh ủy và Nghị quyết số 08-NQ/TU ngày 25/5/2022 của Thành ủy.\n")
                   .empty());
    // the same year, the same issuer (or none): still one document cited with two dates
    auto f = run("citation-conflict",
                 "Nghị quyết số 01/NQ-CP ngày 05/01/2024 của Chính phủ; đánh giá Nghị quyết số 01/NQ-CP ngày 06/01/2024.\n");
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(*f[0].actual == "06/01/2024");
    f = run("citation-conflict",
            "Kế hoạch số 12/KH-UBND ngày 05/01/2024 của UBND huyện; Kế hoạch số 12/KH-UBND ngày 08/01/2024 của UBND huyện.\n");
    BOOST_TEST(f.size() == 1u);
    f = run("citation-conflict",
            "Nghị quyết số 08-NQ/TU ngày 10/5/2022 của Tỉnh ủy; Nghị quyết số 08-NQ/TU ngày 25/5/2022 của Tỉnh ủy.\n");
    BOOST_TEST(f.size() == 1u);
    // Party numbers run through a term, not a year: two years is still a conflict
    f = run("citation-conflict", "Nghị quyết số 05-NQ/HU ngày 15/3/2021; sơ kết Nghị quyết số 05-NQ/HU ngày 15/3/2022.\n");
    BOOST_TEST(f.size() == 1u);
}

BOOST_AUTO_TEST_CASE(duplicate_recipient_sub_items_under_two_parents) {
    BOOST_TEST(run("duplicate-recipient", "Nơi nhận:\n- Thường trực HĐND huyện:\n+ Chủ tịch;\n+ Các Phó Chủ tịch;\n- UBND huyện:\n"
                                          "+ Chủ tịch;\n+ Các Phó Chủ tịch;\n- Lưu: VT.\n")
                   .empty());
    auto f = run("duplicate-recipient", "Nơi nhận:\n- UBND huyện:\n+ Chủ tịch;\n+ Chủ tịch;\n- Lưu: VT.\n");
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(*f[0].actual == "Chủ tịch");
}

BOOST_AUTO_TEST_CASE(number_format_table_of_contents_leaders) {
    BOOST_TEST(run("number-format", "MỤC LỤC\n\nI. Kết quả thực hiện Nghị quyết ..................... 3\n\n"
                                    "II. Phương hướng nhiệm kỳ 2025-2030 ................. 25\n")
                   .empty());
    auto f = run("number-format", "Mỗi hộ được hỗ trợ .... triệu đồng; Phường 1 .....\n");
    BOOST_TEST(f.size() == 2u);
}

BOOST_AUTO_TEST_CASE(implausible_year_history_sentence) {
    // a capital founded in 1010 is history, not 2010 mistyped
    BOOST_TEST(run("implausible-year", "Năm 2023 đón 1,2 triệu lượt khách; kinh thành Thăng Long được định đô năm 1010.\n").empty());
    BOOST_TEST(run("implausible-year", "Năm 2023 trùng tu đình làng; chùa được xây dựng từ năm 1012.\n").empty());
    // the same old year without a word of history is still a slip
    auto f = run("implausible-year", "Năm 2023 thu ngân sách tăng; đến năm 1010 hoàn thành quy hoạch.\n");
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(*f[0].suggestion == "2010");
}

BOOST_AUTO_TEST_CASE(future_date_share_of_the_plan_is_a_result) {
    const std::string annual = "Số: 215/BC-UBND\n\nLương Sơn, ngày 08 tháng 12 năm 2023\n\nBÁO CÁO\n\n"
                               "Tình hình thực hiện nhiệm vụ năm 2023; phương hướng, nhiệm vụ năm 2024\n\n"
                               "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2023\n\n";
    // "95% kế hoạch vốn" is the share of the plan already disbursed: a result dated after the report
    auto f = run("future-date", annual + "Tính đến ngày 15/12/2023, toàn huyện đã giải ngân 95% kế hoạch vốn.\n");
    BOOST_TEST(f.size() == 1u);
    // a clause that is a plan is not
    BOOST_TEST(run("future-date", annual + "Theo kế hoạch, tính đến ngày 31/12/2023 hoàn thành bàn giao mặt bằng.\n").empty());
}

// number-format finds its triggers in one pass over a section's block_text and reads only the blocks
// that hold one (AVX2 when the machine has it): the same findings as reading every block on its own
// (the path of blocks that do not lie in block_text), on random paragraphs dense in placeholders,
// split days and near misses, blocks of 0–200 bytes (triggers at their first and last bytes, and
// across the 32- and 64-byte windows).
BOOST_AUTO_TEST_CASE(number_format_block_text_pass_equals_every_block) {
    const std::vector<std::string> bits = {" ", " ", " ", ".", "....", " .....", "…", " ……", "/", " 5/01", "(1 5/01", "ngày 2 8/02",
                                           "1", "2 ", "a", "ư", "hộ", "(", ".\xE2", "\xE2\x80\xA6"};
    std::uint64_t seed = 7;
    const auto next = [&](std::uint64_t m) {
        seed = seed * 6364136223846793005ull + 1442695040888963407ull;
        return (seed >> 33) % m;
    };
    std::size_t found = 0;
    for (int round = 0; round < 40; ++round) {
        std::string text;
        for (int p = 0; p < 60; ++p) {
            const std::size_t len = next(4) == 0 ? next(4) : next(60);
            for (std::size_t i = 0; i < len; ++i) text += bits[next(bits.size())];
            text += next(3) == 0 ? "\n" : "\n\n";
        }
        Document doc = parse_document(SourceText::from_utf8("t.txt", text));
        const Rule* r = find_rule("number-format");
        rct::CollectSink pass;
        r->check(doc, pass);
        // the same blocks, each viewing a copy of its text (not block_text): read one by one
        std::vector<std::string> copies;
        copies.reserve(doc.blocks.size());
        for (Block& b : doc.blocks) {
            copies.emplace_back(b.text);
            b.text = copies.back();
        }
        rct::CollectSink each;
        r->check(doc, each);
        BOOST_REQUIRE_EQUAL(pass.found.size(), each.found.size());
        for (std::size_t i = 0; i < each.found.size(); ++i) {
            BOOST_TEST(pass.found[i].span.begin == each.found[i].span.begin);
            BOOST_TEST(pass.found[i].span.end == each.found[i].span.end);
            BOOST_TEST(pass.found[i].message.vi == each.found[i].message.vi);
        }
        found += each.found.size();
    }
    BOOST_TEST(found > 500u);
}

// SectionCursor (period-mismatch's section lookup, moving forward from the previous block's) answers
// what section_of answers: blocks in increasing order (each block, repeated, skipped), in random order
// and decreasing, over sections with gaps between them, adjacent ones, one-block ones, and none.
BOOST_AUTO_TEST_CASE(section_cursor_equals_section_of) {
    std::uint32_t seed = 5;
    const auto next = [&] { seed = seed * 1103515245u + 12345u; return (seed >> 16) & 0x7FFF; };
    std::size_t checked = 0;
    for (int round = 0; round < 60; ++round) {
        rc::Document doc;
        std::uint32_t b = next() % 3;
        const int count = round == 0 ? 0 : 1 + static_cast<int>(next() % 12);
        for (int k = 0; k < count; ++k) {
            rc::PeriodSection s;
            s.first_block = b;
            s.last_block = b + next() % 4;
            b = s.last_block + (next() % 3 == 0 ? 1 : 1 + next() % 5);  // adjacent or after a gap
            doc.refs.sections.push_back(s);
        }
        const std::uint32_t limit = b + 3;
        std::vector<std::uint32_t> asks;
        for (std::uint32_t x = 0; x <= limit; ++x)
            for (unsigned r = next() % 3; r > 0; --r) asks.push_back(x);  // increasing, some twice, some skipped
        if (round % 3 == 1)
            for (auto& a : asks) a = next() % (limit + 1);  // any order
        if (round % 3 == 2) std::reverse(asks.begin(), asks.end());  // decreasing
        rc::refs_util::SectionCursor cursor(doc);
        for (const std::uint32_t a : asks) {
            BOOST_TEST_REQUIRE(cursor(a) == rc::refs_util::section_of(doc, a), "round " << round << " block " << a);
            ++checked;
        }
    }
    BOOST_TEST(checked > 500u);
}

// Each of the 39 weekday words (the rule finds a head's candidates by its last byte) before a Monday, with
// each of the three separators: a finding exactly for the words of other days, the word itself as
// `actual`; and a word cut short ("thứ Ha") or a number that is no day ("Thứ 22") names none.
BOOST_AUTO_TEST_CASE(weekday_mismatch_every_word) {
    const std::vector<std::pair<std::string, unsigned>> words = {
        {"Chủ nhật", 0}, {"chủ nhật", 0}, {"Chủ Nhật", 0},
        {"thứ Hai", 1}, {"thứ hai", 1}, {"Thứ Hai", 1}, {"Thứ hai", 1}, {"thứ 2", 1}, {"Thứ 2", 1},
        {"thứ Ba", 2}, {"thứ ba", 2}, {"Thứ Ba", 2}, {"Thứ ba", 2}, {"thứ 3", 2}, {"Thứ 3", 2},
        {"thứ Tư", 3}, {"thứ tư", 3}, {"Thứ Tư", 3}, {"Thứ tư", 3}, {"thứ 4", 3}, {"Thứ 4", 3},
        {"thứ Năm", 4}, {"thứ năm", 4}, {"Thứ Năm", 4}, {"Thứ năm", 4}, {"thứ 5", 4}, {"Thứ 5", 4},
        {"thứ Sáu", 5}, {"thứ sáu", 5}, {"Thứ Sáu", 5}, {"Thứ sáu", 5}, {"thứ 6", 5}, {"Thứ 6", 5},
        {"thứ Bảy", 6}, {"thứ bảy", 6}, {"Thứ Bảy", 6}, {"Thứ bảy", 6}, {"thứ 7", 6}, {"Thứ 7", 6}};
    for (const auto& [w, day] : words)
        for (const std::string sep : {", ngày ", " ngày ", ", "}) {
            const auto f = run("weekday-mismatch", "Hội nghị họp " + w + sep + "06/3/2023 tại hội trường.\n");  // a Monday
            BOOST_TEST_REQUIRE(f.size() == (day == 1 ? 0u : 1u), w << sep);
            if (day != 1) {
                BOOST_TEST(*f[0].actual == w);
                BOOST_TEST(*f[0].suggestion == "thứ Hai");
            }
        }
    BOOST_TEST(run("weekday-mismatch", "Hội nghị họp thứ Ha, ngày 06/3/2023 tại hội trường.\n").empty());
    BOOST_TEST(run("weekday-mismatch", "Hội nghị họp Thứ 22, ngày 06/3/2023 tại hội trường.\n").empty());
}

// A range split by a line break ends its first line in '-', '–' or '—' (0x93, 0x94: the last bytes the split pass
// looks up in a table before reading the blocks' kinds), with or without a space after it; a line ending in
// another dash-like character (U+2212 '−', U+2012 '‒': last byte 0x92) or another byte is not a split range.
BOOST_AUTO_TEST_CASE(range_length_split_after_each_dash) {
    for (const char* dash : {"-", "–", "—"})
        for (const char* tail : {"", " "}) {
            const std::string text = std::string("Triển khai Kế hoạch phát triển kinh tế - xã hội 5 năm giai đoạn 2026 ") + dash +
                                     tail + "\n\n2031 của huyện.\n";
            const auto f = run("range-length", text);
            BOOST_TEST_REQUIRE(f.size() == 1u, dash << " tail '" << tail << "'");
            BOOST_TEST(*f[0].actual == "5 năm 2026-2031");
        }
    for (const char* other : {"−", "‒", "=", "/", "_", "~"})
        BOOST_TEST(run("range-length", std::string("Triển khai Kế hoạch phát triển kinh tế - xã hội 5 năm giai đoạn 2026 ") +
                                           other + "\n\n2031 của huyện.\n")
                       .empty(),
                   other);
}

// The texts of anniversary, range-length, period-mismatch and implausible-year put together with cat (they were
// fmt::format of integers and strings): every text of a finding of each kind in both languages, as the format
// strings wrote them.
BOOST_AUTO_TEST_CASE(year_rules_texts_in_both_languages) {
    auto f = run("anniversary", "Tổ chức kỷ niệm 55 năm ngày thành lập huyện Tân Hòa (15/3/1970 - 15/3/2024).\n");
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(f[0].arithmetic == "2024 − 1970 = 54 ≠ 55");
    BOOST_TEST(*f[0].actual == "55");
    BOOST_TEST(*f[0].suggestion == "54");
    BOOST_TEST(f[0].message.en == "The 55-year anniversary contradicts its stated dates (1970 - 2024): it is 54 years.");
    f = run("anniversary",
            "Tổ chức kỷ niệm 93 năm ngày thành lập Đảng Cộng sản Việt Nam; kỷ niệm 50 năm Ngày thành lập huyện "
            "(01/6/1974-01/6/2024).\n");
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(f[0].arithmetic == "2024 − 1930 = 94 ≠ 93");
    BOOST_TEST(f[0].message.en == "The 93-year anniversary is wrong: the event was in 1930, so in 2024 (the year dated in the "
                                  "same paragraph) it is 94 years.");
    const std::string head = "Số: 12/BC-UBND\n\nĐông Hà, ngày 20 tháng 3 năm 2023\n\nBÁO CÁO\n\n"
                             "Tình hình kinh tế - xã hội quý I năm 2023\n\n";
    f = run("anniversary", head + "Tuyên truyền mừng Đảng, mừng Xuân; kỷ niệm 92 năm Ngày thành lập Đảng Cộng sản Việt Nam.\n");
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(f[0].arithmetic == "2023 − 1930 = 93 ≠ 92");
    BOOST_TEST(f[0].message.en == "The 92-year anniversary is wrong: the event was in 1930, so in 2023 (the report's year) it is "
                                  "93 years (94 if it is next year's plan).");
    f = run("range-length", "Thực hiện Đề án giai đoạn 2025-2020 của tỉnh.\n");
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(*f[0].actual == "2025-2020");
    BOOST_TEST(*f[0].suggestion == "2020-2025");
    BOOST_TEST(f[0].message.en == "Year range 2025-2020 is reversed: it starts after it ends.");
    f = run("range-length", "Đại hội Đảng bộ huyện nhiệm kỳ 2020-2025 thành công.\n\n"
                            "Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2020-2026 được quán triệt.\n");
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(*f[0].actual == "2020-2026");
    BOOST_TEST(*f[0].expected == "2020-2025");
    BOOST_TEST(f[0].message.en == "\"hội Đảng bộ huyện\" 2020-2026 contradicts 2020-2025 on line 1: same start year, different "
                                  "end year.");
}
