#define BOOST_TEST_MODULE refs
#include <boost/test/unit_test.hpp>

#include "grammar/document.hpp"
#include "grammar/parsers.hpp"

using namespace rc;

static Document parse(const std::string& s) { return parse_document(SourceText::from_utf8("t.txt", s)); }

BOOST_AUTO_TEST_CASE(numeric_and_worded_dates) {
    auto doc = parse("Hội nghị ngày 31/4/2023 và ngày 15-12-2022; Tân Phú, ngày 05 tháng 7 năm 2024.\n");
    BOOST_REQUIRE_EQUAL(doc.refs.dates.size(), 3u);
    BOOST_TEST(doc.refs.dates[0].date.day == 31u);
    BOOST_TEST(doc.refs.dates[0].date.month == 4u);
    BOOST_TEST(doc.refs.dates[0].date.year == 2023u);
    BOOST_TEST(doc.refs.dates[1].date.day == 15u);
    BOOST_TEST(doc.refs.dates[1].date.year == 2022u);
    BOOST_TEST(doc.refs.dates[2].worded);
    BOOST_TEST(doc.refs.dates[2].date.day == 5u);
    BOOST_TEST(doc.refs.dates[2].date.month == 7u);
    BOOST_TEST(doc.refs.dates[2].date.year == 2024u);
    const auto sp = doc.refs.dates[0].span;
    BOOST_TEST(doc.source.text().substr(sp.begin, sp.end - sp.begin) == "31/4/2023");
}

BOOST_AUTO_TEST_CASE(not_dates) {
    // document numbers, month/year, glued footnote digits, ratios
    auto doc = parse("Nghị định số 30/2020/NĐ-CP; tháng 02/2023; Quyết định 215/QĐ-UBND; ngày 1/2/20247 ; 3/4/2023/x.\n");
    BOOST_TEST(doc.refs.dates.empty());
}

BOOST_AUTO_TEST_CASE(leap_years) {
    BOOST_TEST(days_in_month(2, 2024) == 29u);
    BOOST_TEST(days_in_month(2, 2023) == 28u);
    BOOST_TEST(days_in_month(2, 1900) == 28u);
    BOOST_TEST(days_in_month(2, 2000) == 29u);
    BOOST_TEST(days_in_month(13, 2000) == 0u);
}

BOOST_AUTO_TEST_CASE(date_range_without_spaces) {
    auto doc = parse("kỷ niệm 50 năm (01/6/1974-01/6/2024) và (2/9/1945 - 2/9/2024); 5-6/2024.\n");
    BOOST_REQUIRE_EQUAL(doc.refs.dates.size(), 4u);
    BOOST_TEST(doc.refs.dates[1].date.year == 2024u);
    BOOST_TEST(doc.refs.dates[3].date.day == 2u);
}

BOOST_AUTO_TEST_CASE(title_block_and_periods) {
    auto doc = parse("ỦY BAN NHÂN DÂN\nHUYỆN TÂN HÒA\n\nSố: 128 /BC-UBND\n\nHòa Lâm, ngày 05 tháng 7 năm 2024\n\n**BÁO CÁO**\n\n"
                     "Tình hình kinh tế - xã hội quý II và 6 tháng đầu năm 2024; phương hướng, nhiệm vụ quý III năm 2024\n\n"
                     "I. KẾT QUẢ THỰC HIỆN QUÝ II NĂM 2024\n\nNội dung.\n\nII. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ III NĂM 2024\n\n- Việc A.\n");
    const TitleBlock& t = doc.structure.title;
    BOOST_TEST(t.present);
    BOOST_TEST(t.number == "128/BC-UBND");
    BOOST_TEST(t.place == "Hòa Lâm");
    BOOST_TEST(t.date.day == 5);
    BOOST_TEST(t.date.month == 7);
    BOOST_TEST(t.date.year == 2024);
    BOOST_TEST(t.kind == "BÁO CÁO");
    BOOST_TEST(t.subject.starts_with("Tình hình kinh tế"));
    BOOST_TEST(int(t.period.kind) == int(Period::Kind::quarter));
    BOOST_TEST(t.period.quarter == 2);
    BOOST_TEST(t.period.year_from == 2024);
    BOOST_TEST(int(doc.refs.task_period.kind) == int(Period::Kind::quarter));
    BOOST_TEST(doc.refs.task_period.quarter == 3);
    BOOST_REQUIRE_EQUAL(doc.refs.sections.size(), 2u);
    BOOST_TEST(!doc.refs.sections[0].tasks);
    BOOST_TEST(doc.refs.sections[1].tasks);
    BOOST_TEST(doc.refs.sections[1].period.quarter == 3);
}

BOOST_AUTO_TEST_CASE(title_period_kinds) {
    auto period = [](const std::string& subject) {
        return parse("BÁO CÁO\n\n" + subject + "\n\nNội dung.\n");
    };
    auto d = period("Kết quả lãnh đạo nhiệm vụ Quý I, Phương hướng nhiệm vụ Quý II năm 2025");
    BOOST_TEST(d.structure.title.period.quarter == 1);
    BOOST_TEST(d.structure.title.period.year_from == 2025);  // the year stated later
    BOOST_TEST(d.refs.task_period.quarter == 2);
    d = period("Tình hình kinh tế - xã hội tháng 5/2024");
    BOOST_TEST(int(d.structure.title.period.kind) == int(Period::Kind::month));
    BOOST_TEST(d.structure.title.period.month == 5);
    d = period("Kết quả 9 tháng năm 2024");
    BOOST_TEST(int(d.structure.title.period.kind) == int(Period::Kind::nine_months));
    d = period("Kiểm điểm công tác năm 2024 và phương hướng nhiệm vụ năm 2025");
    BOOST_TEST(int(d.structure.title.period.kind) == int(Period::Kind::year));
    BOOST_TEST(d.structure.title.period.year_from == 2024);
    BOOST_TEST(d.refs.task_period.year_from == 2025);
    d = period("của Ban Chấp hành Đảng bộ trình Đại hội nhiệm kỳ 2025-2030");
    BOOST_TEST(int(d.structure.title.period.kind) == int(Period::Kind::term));
    BOOST_TEST(d.structure.title.period.year_to == 2030);
}

BOOST_AUTO_TEST_CASE(years_ranges_citations) {
    auto doc = parse("Thực hiện Nghị quyết số 12-NQ/TU, ngày 15/12/2023 của Ban Thường vụ Tỉnh ủy, Quyết định 1234/QĐ-UBND "
                     "và Kế hoạch 5 năm giai đoạn 2021 - 2025; định hướng đến năm 203517 và năm 2030.\n");
    BOOST_REQUIRE_EQUAL(doc.refs.citations.size(), 2u);
    const Citation& c = doc.refs.citations[0];
    BOOST_TEST(c.kind == "Nghị quyết");
    BOOST_TEST(c.number == "12-NQ/TU");
    BOOST_TEST(c.code == "TU");
    BOOST_TEST(c.has_date);
    BOOST_TEST(c.date.day == 15u);
    BOOST_TEST(c.issuer == "Ban Thường vụ Tỉnh ủy");
    BOOST_TEST(doc.refs.citations[1].number == "1234/QĐ-UBND");
    BOOST_TEST(!doc.refs.citations[1].has_date);
    BOOST_REQUIRE_EQUAL(doc.refs.ranges.size(), 1u);
    BOOST_TEST(doc.refs.ranges[0].from == 2021);
    BOOST_TEST(doc.refs.ranges[0].to == 2025);
    BOOST_TEST(doc.refs.ranges[0].stated_years == 5);
    BOOST_TEST(doc.refs.ranges[0].stage);
    BOOST_TEST(doc.refs.ranges[0].key == "kế hoạch");
    BOOST_REQUIRE_EQUAL(doc.refs.years.size(), 2u);
    BOOST_TEST(doc.refs.years[0].digits == "203517");
    BOOST_TEST(doc.refs.years[0].year == 2035);
    BOOST_TEST(doc.refs.years[1].year == 2030);
    const auto sp = doc.refs.years[1].span;
    BOOST_TEST(doc.source.text().substr(sp.begin, sp.end - sp.begin) == "2030");
}

BOOST_AUTO_TEST_CASE(month_refs) {
    auto doc = parse("Tính đến tháng 12/2025 và tháng 5 năm 2024; tháng 13 không có.\n");
    BOOST_REQUIRE_EQUAL(doc.refs.months.size(), 2u);
    BOOST_TEST(doc.refs.months[0].month == 12u);
    BOOST_TEST(doc.refs.months[0].year == 2025u);
    BOOST_TEST(doc.refs.months[1].month == 5u);
}

BOOST_AUTO_TEST_CASE(sections_from_structure_headings) {
    // headings from the structure grammar, filled by hand here: a sub-period from the heading
    auto doc = parse("BÁO CÁO\n\nBáo cáo chính trị nhiệm kỳ 2020-2025\n\nKết quả nhiệm kỳ.\n\n"
                     "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025\n\n- Việc A trong năm 2025.\n");
    BOOST_REQUIRE_GE(doc.blocks.size(), 5u);
    Heading h;
    h.style = HeadingStyle::roman;
    h.numbers = {2};
    h.level = 0;
    h.title = "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025";
    h.block = 3;
    h.span = doc.blocks[3].source_span();
    doc.structure.headings = {h};
    parse_references(doc);
    BOOST_REQUIRE_EQUAL(doc.refs.sections.size(), 1u);
    BOOST_TEST(doc.refs.sections[0].first_block == 3u);
    BOOST_TEST(doc.refs.sections[0].tasks);
    BOOST_TEST(int(doc.refs.sections[0].period.kind) == int(Period::Kind::year));
    BOOST_TEST(doc.refs.sections[0].period.year_from == 2025);
}

// The reference scan passes over the letters inside a word: only a digit or "ngày" can start a
// reference there (PDF text loses spaces: "Hà Nộingày …"); a month, quarter or "năm" needs a word start.
BOOST_AUTO_TEST_CASE(references_inside_words) {
    auto doc = parse("Hà Nộingày 05 tháng 7 năm 2024, văn bảnsố12/3/2024 gửi các xã.\n");
    BOOST_REQUIRE_EQUAL(doc.refs.dates.size(), 2u);
    BOOST_TEST(doc.refs.dates[0].worded);
    BOOST_TEST(doc.refs.dates[0].date.day == 5u);
    BOOST_TEST(doc.refs.dates[0].date.year == 2024u);
    BOOST_TEST(doc.refs.dates[1].date.day == 12u);
    BOOST_TEST(doc.refs.dates[1].date.month == 3u);
    auto near = parse("Kết quả kháctháng 12/2024, cácquý I năm 2024 và trongnăm 2023; Hà Nộingay 05 tháng 7 năm 2024.\n");
    BOOST_REQUIRE_EQUAL(near.refs.months.size(), 1u);  // "tháng 7 năm 2024" at a word start
    BOOST_TEST(near.refs.months[0].month == 7u);
    BOOST_TEST(near.refs.quarters.empty());
    BOOST_TEST(near.refs.dates.empty());
    for (const auto& y : near.refs.years) BOOST_TEST(y.year != 2023);
}
