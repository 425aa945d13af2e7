#define BOOST_TEST_MODULE refs_rules
#include <boost/test/unit_test.hpp>

#include "grammar/document.hpp"
#include "rules/config.hpp"
#include "rules/rule.hpp"

using namespace rc;

namespace {
struct TestSink final : Sink {
    std::vector<Finding> findings;
    RuleConfig cfg;
    void report(Finding f) override { findings.push_back(std::move(f)); }
    void verdict(ClaimVerdict) override {}
    const RuleConfig& config() const override { return cfg; }
};

std::vector<Finding> run(std::string_view id, const std::string& text) {
    const Rule* r = find_rule(id);
    BOOST_REQUIRE(r != nullptr);
    Document doc = parse_document(SourceText::from_utf8("t.txt", text));
    TestSink s;
    r->check(doc, s);
    return s.findings;
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

    f = run("invalid-date", "Thời hạn đến 15-13-2024.\n");
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(f[0].message.vi == "Ngày 15/13/2024 không hợp lệ: không có tháng 13 (tháng từ 1 đến 12).");

    f = run("invalid-date", "Ngày 0/5/2024 khai mạc.\n");
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(f[0].message.vi == "Ngày 0/5/2024 không hợp lệ: không có ngày 0.");
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
