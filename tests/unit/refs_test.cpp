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
