#define BOOST_TEST_MODULE pipeline
#include <boost/test/unit_test.hpp>

#include <string>

#include "checker/pipeline.hpp"

using namespace rc;

namespace {
const std::string kGood =
    "Tổng số hộ nghèo toàn huyện là 1.250 hộ, gồm: xã Tân Lập 700 hộ, xã Tân Hòa 550 hộ.\n\n";
const std::string kBad =
    "Tổng số hộ cận nghèo toàn huyện là 980 hộ, gồm: xã Tân Lập 610 hộ, xã Tân Hòa 390 hộ.\n\n";

std::size_t count_rule(const CheckResult& r, const std::string& id) {
    std::size_t n = 0;
    for (const Finding& f : r.findings) n += f.rule == id;
    return n;
}
}  // namespace

// A file over the whole-document limit is checked section by section; a
// finding deep in it still points at its own line of the whole file.
BOOST_AUTO_TEST_CASE(large_file_sections_keep_positions) {
    std::string text;
    const std::size_t n = kWholeDocumentLimit / kGood.size() + 2000;
    text.reserve((n + 1) * kGood.size());
    for (std::size_t i = 0; i < n; ++i) text += kGood;
    text += kBad;  // the last paragraph: line 2n + 1
    // A footnote reference without a body: in a section it is not judged.
    text += "Kết quả đạt khá¹.\n";
    BOOST_REQUIRE_GT(text.size(), kWholeDocumentLimit);
    FileReport r = check_text("big.txt", "text", std::move(text), RuleConfig{});
    BOOST_REQUIRE(r.doc);
    BOOST_TEST(count_rule(r.result, "sum-mismatch") == 1u);
    BOOST_TEST(count_rule(r.result, "footnote-missing-body") == 0u);
    for (const Finding& f : r.result.findings)
        if (f.rule == "sum-mismatch") {
            BOOST_TEST(r.doc->source.position(f.span.begin).line == 2 * n + 1);
            BOOST_TEST(std::string(r.doc->source.slice(f.span)).find("980 hộ") != std::string::npos);
            BOOST_TEST(!f.fingerprint.empty());
        }
    BOOST_REQUIRE(!r.result.notes.empty());
    BOOST_TEST(r.result.notes.front().en.find("sections") != std::string::npos);
}

// Below the limit the whole document is one unit: the same footnote fires.
BOOST_AUTO_TEST_CASE(small_file_is_whole) {
    std::string text = kGood + kBad + "Kết quả đạt khá¹.\n";
    FileReport r = check_text("small.txt", "text", std::move(text), RuleConfig{});
    BOOST_TEST(count_rule(r.result, "sum-mismatch") == 1u);
    BOOST_TEST(count_rule(r.result, "footnote-missing-body") == 1u);
    BOOST_TEST(r.result.notes.empty());
}

// More than kMaxFindingsPerRule findings of one rule: the rest are counted in a note.
BOOST_AUTO_TEST_CASE(findings_per_rule_are_capped) {
    std::string text;
    for (std::size_t i = 0; i < kMaxFindingsPerRule + 25; ++i) text += kBad;
    FileReport r = check_text("many.txt", "text", std::move(text), RuleConfig{});
    BOOST_TEST(count_rule(r.result, "sum-mismatch") == kMaxFindingsPerRule);
    BOOST_REQUIRE_EQUAL(r.result.notes.size(), 1u);
    BOOST_TEST(r.result.notes[0].vi.find("còn 25 phát hiện") != std::string::npos);
}
