#define BOOST_TEST_MODULE structure_rules
#include <boost/test/unit_test.hpp>

#include "grammar/document.hpp"
#include "rules/rule.hpp"
#include "rules/config.hpp"

using namespace rc;

namespace {
struct Collect final : Sink {
    std::vector<Finding> found;
    RuleConfig cfg;
    void report(Finding f) override { found.push_back(std::move(f)); }
    void verdict(ClaimVerdict) override {}
    const RuleConfig& config() const override { return cfg; }
};
std::vector<Finding> run(const char* id, std::string text) {
    Document d = parse_document(SourceText::from_utf8("t.txt", std::move(text)));
    Collect c;
    const Rule* r = find_rule(id);
    BOOST_TEST_REQUIRE(r != nullptr);
    r->check(d, c);
    return c.found;
}
}  // namespace

BOOST_AUTO_TEST_CASE(missing_body_fires) {
    auto f = run("footnote-missing-body", "Thu ngân sách đạt 95 tỷ đồng⁷.\n\n⁶ Theo số liệu của Kho bạc huyện.\n");
    BOOST_TEST_REQUIRE(f.size() == 1u);
    BOOST_TEST(f[0].message.vi == "Chú thích ⁷ không có nội dung ở cuối văn bản");
    BOOST_TEST(f[0].message.en == "Footnote 7 has no body");
}

BOOST_AUTO_TEST_CASE(missing_body_near_miss) {
    auto f = run("footnote-missing-body", "Diện tích 35 m², thu trong năm⁷ đạt 3 tỷ đồng.\n\n⁷ Số liệu ước tính.\n");
    BOOST_TEST(f.empty());
}

BOOST_AUTO_TEST_CASE(unreferenced_fires_and_near_miss) {
    auto f = run("footnote-unreferenced", "Thu đạt 95 tỷ đồng¹.\n\n¹ Số liệu Kho bạc.\n\n² Số liệu ước.\n");
    BOOST_TEST_REQUIRE(f.size() == 1u);
    BOOST_TEST(f[0].message.vi == "Nội dung chú thích ² không được dẫn ở đâu trong văn bản");
    BOOST_TEST(run("footnote-unreferenced", "Thu đạt 95 tỷ đồng¹.\n\n¹ Số liệu Kho bạc.\n").empty());
}

BOOST_AUTO_TEST_CASE(sequence_gap_fires) {
    auto f = run("footnote-sequence", "Thu¹ chi² vốn³ nợ⁴ đất⁵ nhà⁶ và xe⁸.\n");
    BOOST_TEST_REQUIRE(f.size() == 1u);
    BOOST_TEST(f[0].message.vi == "Chú thích ⁸ đứng sau ⁶: thiếu chú thích ⁷");
    BOOST_TEST(f[0].message.en == "Footnote 8 follows 6: footnote 7 is missing");
    BOOST_TEST(*f[0].suggestion == "⁷");
}

BOOST_AUTO_TEST_CASE(sequence_near_miss_referenced_twice) {
    // ² referenced twice is legitimate; 35 m² is a unit.
    BOOST_TEST(run("footnote-sequence", "Thu¹ chi² vốn³ trên 35 m², xem lại chi².\n\n¹ a\n\n² b\n\n³ c\n").empty());
}

BOOST_AUTO_TEST_CASE(sequence_duplicate_body) {
    auto f = run("footnote-sequence", "Thu¹ chi².\n\n¹ a\n\n² b\n\n² c\n");
    BOOST_TEST_REQUIRE(f.size() == 1u);
    BOOST_TEST(f[0].message.en == "Footnote body 2 appears twice");
}
