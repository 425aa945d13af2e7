#define BOOST_TEST_MODULE arith_rules
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <random>
#include <string_view>

#include <fmt/format.h>

#include "rules/arith_util.hpp"
#include "arith_fixture.hpp"
#include "grammar/document.hpp"
#include "grammar/parsers.hpp"

using namespace rc;
using rct::cnt;
using rct::pct;
using rct::q;
using rct::run;

namespace {
Claim sum(Quantity total, std::vector<Quantity> parts, bool complete) {
    Claim c;
    c.kind = ClaimKind::sum;
    c.total = total;
    c.parts = std::move(parts);
    c.complete = complete;
    return c;
}
Claim percent(Quantity part, Quantity whole, Quantity p) {
    Claim c;
    c.kind = ClaimKind::percent_of;
    c.part = part;
    c.whole = whole;
    c.percent = p;
    return c;
}
Claim growth(std::optional<Quantity> cur, std::optional<Quantity> prev, Quantity rate, int dir) {
    Claim c;
    c.kind = ClaimKind::growth;
    c.current = cur;
    c.previous = prev;
    c.rate = rate;
    c.direction = dir;
    return c;
}
std::size_t count_rule(const CheckResult& r, const std::string& id) {
    std::size_t n = 0;
    for (const auto& f : r.findings) n += f.rule == id;
    return n;
}
}  // namespace

// ---- typo and suggestion helpers
BOOST_AUTO_TEST_CASE(typo_detection) {
    BOOST_TEST(likely_typo("48.352", "38.352").has_value());
    BOOST_TEST(likely_typo("48.352", "38.352")->vi == "48.352 ↔ 38.352 (sai một chữ số)");
    BOOST_TEST(likely_typo("186", "168")->vi == "186 ↔ 168 (hai chữ số bị đảo)");
    BOOST_TEST(likely_typo("186", "168")->en == "186 ↔ 168 (two digits transposed)");
    BOOST_TEST(!likely_typo("186", "196").has_value() == false);
    BOOST_TEST(!likely_typo("186", "179").has_value());   // two digits changed, not adjacent swap
    BOOST_TEST(!likely_typo("186", "1.860").has_value()); // different length
    BOOST_TEST(!likely_typo("68", "68").has_value());
    BOOST_TEST(!likely_typo("114", "111").has_value());  // last digit
    BOOST_TEST(!likely_typo("25", "15").has_value());    // two-digit number
    BOOST_TEST(likely_typo("12,46", "13,46").has_value());
    BOOST_TEST(suggest(12.4726L, 2) == "12,47");
    BOOST_TEST(join_plus({"21", "17", "30"}) == "21 + 17 + 30");
    BOOST_TEST(join_plus({"21"}) == "21");
    BOOST_TEST(join_plus({}).empty());
    // the texts of findings put together piece by piece (rules/rule.hpp), as fmt::format("{}{}…") gave them
    const std::string a = "1.234.567,8", b = "7,25";
    BOOST_TEST(cat({a, " = ", b, "", "%"}) == fmt::format("{} = {}{}%", a, b, ""));
    BOOST_TEST(cat({}).empty());
    BOOST_TEST(cat({std::string(40, 'x'), "ă"}) == std::string(40, 'x') + "ă");
    // sized once and copied piece by piece: every length around the short-string buffer (15), empty and
    // default (null) views among them, against appending
    for (std::size_t n = 0; n < 40; ++n)
        for (std::size_t k = 0; k <= n; ++k) {
            const std::string x(k, 'a'), y(n - k, 'b');
            BOOST_TEST(cat({x, std::string_view(), y, "", "c"}) == x + y + "c");
        }
}

// The sum's consistent value is its computed sum at the total's decimals: the sum's own text when the
// parts show as many decimals (reused), else formatted again (here 69,0 shown, 69 suggested).
BOOST_AUTO_TEST_CASE(sum_suggestion_at_the_totals_decimals) {
    auto r = run({sum(q("86", "hộ"), {q("21,5", "hộ"), q("17,5", "hộ"), q("30", "hộ")}, true)});
    BOOST_REQUIRE_EQUAL(r.findings.size(), 1u);
    BOOST_TEST(r.findings[0].arithmetic == "21,5 + 17,5 + 30 = 69,0 ≠ 86");
    BOOST_TEST(*r.findings[0].suggestion == "69");
    auto same = run({sum(q("86,5", "hộ"), {q("21,5", "hộ"), q("17,5", "hộ"), q("30,0", "hộ")}, true)});
    BOOST_REQUIRE_EQUAL(same.findings.size(), 1u);
    BOOST_TEST(*same.findings[0].suggestion == "69,0");
    // a partial sum above its total: the typo is sought against the sum at the total's decimals (196, not 196,2)
    auto over = run({sum(q("169", "hộ"), {q("100,0", "hộ"), q("96,2", "hộ")}, false)});
    BOOST_REQUIRE_EQUAL(over.findings.size(), 1u);
    BOOST_TEST(over.findings[0].arithmetic == "100,0 + 96,2 = 196,2 > 169");
    BOOST_REQUIRE(over.findings[0].typo.has_value());
    BOOST_TEST(over.findings[0].typo->vi == "169 ↔ 196 (hai chữ số bị đảo)");
}

// Units are views of the unit table: the same unit written in two places (two views of one text) is
// the same unit; a view of another text is compared by its bytes.
BOOST_AUTO_TEST_CASE(same_unit_by_view_or_by_text) {
    static const char one[] = "người", other[] = "người", third[] = "hộ";
    const auto with = [](const char* unit) {
        Quantity x = cnt("10", "");
        x.unit = std::string_view(unit);
        return x;
    };
    const Document d = parse_document(SourceText::from_utf8("u.txt", "x\n"));
    Claim c = sum(cnt("20", ""), {with(one), with(other)}, true);
    BOOST_TEST((evaluate_claim(d, c, Rounding::round, 0.05L).status == ClaimStatus::consistent));
    c.total->unit = std::string_view(other);
    BOOST_TEST((evaluate_claim(d, c, Rounding::round, 0.05L).status == ClaimStatus::consistent));
    c.parts[1].unit = std::string_view(third);
    BOOST_TEST((evaluate_claim(d, c, Rounding::round, 0.05L).status == ClaimStatus::unverifiable));
}

// ---- sum-mismatch
BOOST_AUTO_TEST_CASE(complete_sum_fires_with_arithmetic_and_transposition) {
    auto r = run({sum(cnt("86", "hộ"), {cnt("21", "hộ"), cnt("17", "hộ"), cnt("30", "hộ")}, true)});
    BOOST_REQUIRE_EQUAL(r.findings.size(), 1u);
    const Finding& f = r.findings[0];
    BOOST_TEST(f.rule == "sum-mismatch");
    BOOST_TEST(f.severity == Severity::error);
    BOOST_TEST(f.arithmetic == "21 + 17 + 30 = 68 ≠ 86");
    BOOST_TEST(f.message.vi == "Tổng các thành phần là 68, khác với tổng số đã nêu 86");
    BOOST_TEST(f.message.en == "The parts add up to 68, not the stated total 86");
    BOOST_TEST(*f.suggestion == "68");
    BOOST_TEST(f.typo->vi == "86 ↔ 68 (hai chữ số bị đảo)");
    BOOST_REQUIRE_EQUAL(r.verdicts.size(), 1u);
    BOOST_TEST(to_string(r.verdicts[0].status) == std::string("inconsistent"));
}

BOOST_AUTO_TEST_CASE(complete_sum_of_rounded_money_matches) {
    // 3,5 + 2,25 tỷ = 5,75 shown as 5,8 tỷ: consistent at the shown precision.
    const long double ty = 1e9L;
    auto r = run({sum(q("5,8", "đồng", ty), {q("3,5", "đồng", ty), q("2,25", "đồng", ty)}, true)});
    BOOST_TEST(r.findings.empty());
    BOOST_REQUIRE_EQUAL(r.verdicts.size(), 1u);
    BOOST_TEST(r.verdicts[0].status == ClaimStatus::consistent);
}

BOOST_AUTO_TEST_CASE(partial_breakdown_lower_is_fine_higher_fires) {
    auto ok = run({sum(cnt("474", "văn bản"), {cnt("58", "văn bản"), cnt("93", "văn bản")}, false)});
    BOOST_TEST(ok.findings.empty());
    BOOST_TEST(ok.verdicts.at(0).status == ClaimStatus::consistent);
    const long double ty = 1e9L;
    auto bad = run({sum(q("26,271", "đồng", ty), {q("25,268", "đồng", ty), q("11,003", "đồng", ty)}, false)});
    BOOST_REQUIRE_EQUAL(bad.findings.size(), 1u);
    BOOST_TEST(bad.findings[0].arithmetic == "25,268 + 11,003 = 36,271 > 26,271");
    BOOST_TEST(bad.findings[0].message.vi == "Các thành phần (cộng lại 36,271) vượt quá tổng số đã nêu 26,271");
    BOOST_TEST(bad.findings[0].typo->vi == "26,271 ↔ 36,271 (sai một chữ số)");
}

BOOST_AUTO_TEST_CASE(typo_in_a_part) {
    // 100 = 21 + 17 + 62 with 17 written 71: only that part explains it.
    auto r = run({sum(cnt("100", "người"), {cnt("21", "người"), cnt("71", "người"), cnt("62", "người")}, true)});
    BOOST_REQUIRE_EQUAL(r.findings.size(), 1u);
    BOOST_TEST(r.findings[0].arithmetic == "21 + 71 + 62 = 154 ≠ 100");
    BOOST_REQUIRE(r.findings[0].typo.has_value());
    BOOST_TEST(r.findings[0].typo->vi == "71 ↔ 17 (hai chữ số bị đảo)");
    BOOST_REQUIRE_EQUAL(r.findings[0].related.size(), 1u);
    // Several parts could explain it: no guess.
    auto g = run({sum(cnt("125", "người"), {cnt("48", "người"), cnt("38", "người"), cnt("44", "người")}, true)});
    BOOST_REQUIRE_EQUAL(g.findings.size(), 1u);
    BOOST_TEST(!g.findings[0].typo.has_value());
}

BOOST_AUTO_TEST_CASE(mixed_units_are_not_summed) {
    auto r = run({sum(cnt("7", "công trình"), {cnt("03", "công trình"), cnt("04", "hộ")}, true)});
    BOOST_TEST(r.findings.empty());
    BOOST_TEST(r.verdicts.at(0).status == ClaimStatus::unverifiable);
}

BOOST_AUTO_TEST_CASE(more_than_parts_and_approx_total) {
    // "trên 480 lượt, trên 1.100 lượt" in a partial breakdown of 2.137: fine.
    auto r = run({sum(cnt("2.137", "lượt"),
                      {q("480", "lượt", 1, false, Qualifier::more_than), q("1.100", "lượt", 1, false, Qualifier::more_than)},
                      false)});
    BOOST_TEST(r.findings.empty());
    // "khoảng 100" with parts 52 + 51 = 103: within the 5 % margin.
    auto a = run({sum(q("100", "người", 1, false, Qualifier::approx), {cnt("52", "người"), cnt("51", "người")}, true)});
    BOOST_TEST(a.findings.empty());
    // An "ước" estimate is still checked against its own parts: 100 vs 52 + 71 = 123.
    auto b = run({sum(q("100", "người", 1, false, Qualifier::approx), {cnt("52", "người"), cnt("71", "người")}, true)});
    BOOST_TEST(b.findings.size() == 1u);
}

// ---- percent-mismatch
BOOST_AUTO_TEST_CASE(percent_rounded_right_does_not_fire) {
    auto r = run({percent(cnt("57", "hộ"), cnt("457", "hộ"), pct("12,47")), percent(cnt("57", "hộ"), cnt("457", "hộ"), pct("12,5"))});
    BOOST_TEST(r.findings.empty());
    BOOST_REQUIRE_EQUAL(r.verdicts.size(), 2u);
    BOOST_TEST(r.verdicts[0].detail.vi == "57/457 = 12,4726% ∈ [12,465; 12,475)");
}

// claim_details = false (text, SARIF, JUnit output): the same verdicts and findings, without the
// arithmetic of consistent claims; an inconsistent claim keeps its texts.
BOOST_AUTO_TEST_CASE(claim_details_off_keeps_verdicts_and_findings) {
    const std::vector<Claim> cs = {percent(cnt("57", "hộ"), cnt("457", "hộ"), pct("12,47")),
                                   percent(cnt("57", "hộ"), cnt("457", "hộ"), pct("12,46")),
                                   sum(cnt("86", "hộ"), {cnt("21", "hộ"), cnt("17", "hộ"), cnt("30", "hộ")}, true)};
    RuleConfig off;
    off.claim_details = false;
    const auto full = run(cs), bare = run(cs, off);
    BOOST_REQUIRE_EQUAL(full.verdicts.size(), bare.verdicts.size());
    for (std::size_t i = 0; i < full.verdicts.size(); ++i) {
        BOOST_TEST(full.verdicts[i].claim == bare.verdicts[i].claim);
        BOOST_TEST(full.verdicts[i].status == bare.verdicts[i].status);
    }
    BOOST_TEST(full.verdicts[0].status == ClaimStatus::consistent);
    BOOST_TEST(!full.verdicts[0].detail.vi.empty());
    BOOST_TEST(bare.verdicts[0].detail.vi.empty());
    BOOST_REQUIRE_EQUAL(full.findings.size(), bare.findings.size());
    BOOST_REQUIRE_EQUAL(bare.findings.size(), 2u);
    for (std::size_t i = 0; i < full.findings.size(); ++i) {
        BOOST_TEST(full.findings[i].arithmetic == bare.findings[i].arithmetic);
        BOOST_TEST(full.findings[i].message.vi == bare.findings[i].message.vi);
        BOOST_TEST(full.findings[i].fingerprint == bare.findings[i].fingerprint);
    }
}

BOOST_AUTO_TEST_CASE(percent_wrong_fires) {
    auto r = run({percent(cnt("57", "hộ"), cnt("457", "hộ"), pct("12,46"))});
    BOOST_REQUIRE_EQUAL(r.findings.size(), 1u);
    const Finding& f = r.findings[0];
    BOOST_TEST(f.rule == "percent-mismatch");
    BOOST_TEST(f.arithmetic == "57/457 = 12,4726% ≠ 12,46%");
    BOOST_TEST(*f.suggestion == "12,47");
    BOOST_TEST(*f.actual == "12,46%");
    BOOST_TEST(f.message.vi == "Tỷ lệ 12,46% không khớp: 57/457 là 12,4726%, làm tròn thành 12,47%");
    BOOST_TEST(!f.typo.has_value());  // last digit: a miscalculation, not a slip
}

BOOST_AUTO_TEST_CASE(percent_missing_base_is_unverifiable) {
    Claim c = percent(cnt("57", "hộ"), cnt("457", "hộ"), pct("12,46"));
    c.whole.reset();
    auto r = run({c});
    BOOST_TEST(r.findings.empty());
    BOOST_TEST(r.verdicts.at(0).status == ClaimStatus::unverifiable);
}

// ---- rounding
BOOST_AUTO_TEST_CASE(truncated_percent_is_a_rounding_warning_not_a_mismatch) {
    auto r = run({percent(cnt("97", "hộ"), cnt("103", "hộ"), pct("94,1"))});
    BOOST_REQUIRE_EQUAL(r.findings.size(), 1u);
    BOOST_TEST(r.findings[0].rule == "rounding");
    BOOST_TEST(r.findings[0].severity == Severity::warning);
    BOOST_TEST(*r.findings[0].suggestion == "94,2");
    BOOST_TEST(r.findings[0].message.vi == "94,1% chỉ khớp khi cắt bớt chữ số; làm tròn đúng là 94,2%");
    BOOST_TEST(count_rule(r, "percent-mismatch") == 0u);
}

BOOST_AUTO_TEST_CASE(truncate_convention_silences_rounding) {
    RuleConfig cfg;
    cfg.tolerance = RuleConfig::Tolerance::truncate;
    auto r = run({percent(cnt("97", "hộ"), cnt("103", "hộ"), pct("94,1"))}, cfg);
    BOOST_TEST(r.findings.empty());
    auto r2 = run({percent(cnt("97", "hộ"), cnt("103", "hộ"), pct("94,2"))}, cfg);
    BOOST_TEST(r2.findings.size() == 1u);  // truncation gives 94,1
}

// ---- growth-mismatch
BOOST_AUTO_TEST_CASE(growth_with_both_values) {
    const long double ty = 1e9L;
    auto ok = run({growth(q("118,5", "đồng", ty), q("100,2", "đồng", ty), pct("18,26"), +1)});
    BOOST_TEST(ok.findings.empty());
    auto bad = run({growth(q("118,5", "đồng", ty), q("100,2", "đồng", ty), pct("18,62"), +1)});
    BOOST_REQUIRE_EQUAL(bad.findings.size(), 1u);
    BOOST_TEST(bad.findings[0].rule == "growth-mismatch");
    BOOST_TEST(*bad.findings[0].suggestion == "18,26");
    BOOST_TEST(bad.findings[0].typo->vi == "18,62 ↔ 18,26 (hai chữ số bị đảo)");
    auto down = run({growth(q("88", "tấn"), q("100", "tấn"), pct("12"), -1)});
    BOOST_TEST(down.findings.empty());
}

BOOST_AUTO_TEST_CASE(growth_with_only_a_rate_is_unverifiable) {
    auto r = run({growth(std::nullopt, std::nullopt, pct("3,27"), +1)});
    BOOST_TEST(r.findings.empty());
    BOOST_TEST(r.verdicts.at(0).status == ClaimStatus::unverifiable);
}

BOOST_AUTO_TEST_CASE(index_growth_must_agree) {
    Claim c;
    c.kind = ClaimKind::index_growth;
    c.index = pct("92");
    c.rate = pct("12");
    c.direction = -1;
    auto r = run({c});
    BOOST_REQUIRE_EQUAL(r.findings.size(), 1u);
    BOOST_TEST(r.findings[0].arithmetic == "92% − 100% = −8% ≠ −12%");
    BOOST_TEST(r.findings[0].message.vi == "Chỉ số 92% nghĩa là giảm 8%, không phải giảm 12%");
    BOOST_TEST(*r.findings[0].suggestion == "−8%");
    c.rate = pct("8");
    BOOST_TEST(run({c}).findings.empty());
}

BOOST_AUTO_TEST_CASE(cagr_both_ends) {
    Claim c;
    c.kind = ClaimKind::cagr;
    c.current = q("146,9", "đồng", 1e9L);
    c.previous = q("100", "đồng", 1e9L);
    c.years = 5;
    c.direction = 1;
    c.rate = pct("8");  // 1,469^(1/5) = 1,0800
    BOOST_TEST(run({c}).findings.empty());
    c.rate = pct("9");
    BOOST_TEST(run({c}).findings.size() == 1u);
}

// ---- share-sum
BOOST_AUTO_TEST_CASE(shares_sum_to_100) {
    Claim c;
    c.kind = ClaimKind::share;
    c.parts = {pct("45,2"), pct("30,1"), pct("24,7")};
    BOOST_TEST(run({c}).findings.empty());
    c.parts = {pct("45,2"), pct("30,1"), pct("27,4")};
    auto r = run({c});
    BOOST_REQUIRE_EQUAL(r.findings.size(), 1u);
    BOOST_TEST(r.findings[0].message.vi == "Các tỷ lệ cộng lại được 102,7%, không phải 100%");
    // Rounded shares may miss 100 by the sum of their radii: 33,3 × 3 = 99,9 is fine.
    c.parts = {pct("33,3"), pct("33,3"), pct("33,3")};
    BOOST_TEST(run({c}).findings.empty());
}

// ---- count-vs-list
BOOST_AUTO_TEST_CASE(count_versus_footnote_list) {
    Claim c;
    c.kind = ClaimKind::count_vs_list;
    c.count = cnt("02", "đồng chí");
    c.items = {"Nguyễn Văn A", "Trần Thị B", "Lê Văn C"};
    c.list_span = Span{100, 140};
    auto r = run({c});
    BOOST_REQUIRE_EQUAL(r.findings.size(), 1u);
    BOOST_TEST(r.findings[0].rule == "count-vs-list");
    BOOST_TEST(r.findings[0].message.vi == "Văn bản nêu 02 đồng chí nhưng chú thích liệt kê 3 mục");
    BOOST_TEST(*r.findings[0].suggestion == "03");
    BOOST_REQUIRE_EQUAL(r.findings[0].related.size(), 1u);
    BOOST_TEST(r.findings[0].related[0].span.begin == 100u);
    c.count = cnt("03", "đồng chí");
    BOOST_TEST(run({c}).findings.empty());
}

// A list mixing ';' and ',' names between its ';' pieces and all its pieces: only a count
// outside that range is wrong.
BOOST_AUTO_TEST_CASE(count_versus_list_of_uncertain_length) {
    Claim c;
    c.kind = ClaimKind::count_vs_list;
    c.items = {"a", "b", "c", "d", "e", "f", "g", "h"};
    c.items_min = 4;
    c.list_span = Span{100, 140};
    for (const char* n : {"04", "06", "08"}) {
        c.count = cnt(n, "chỉ tiêu");
        BOOST_TEST(run({c}).findings.empty(), n);
    }
    for (const char* n : {"03", "09"}) {
        c.count = cnt(n, "chỉ tiêu");
        auto r = run({c});
        BOOST_REQUIRE_EQUAL(r.findings.size(), 1u);
        BOOST_TEST(r.findings[0].rule == "count-vs-list");
        BOOST_TEST(r.findings[0].arithmetic == std::string(n) + " ∉ [4–8]");
        BOOST_TEST(r.findings[0].message.vi == "Văn bản nêu " + std::string(n) + " chỉ tiêu nhưng chú thích liệt kê từ 4 đến 8 mục");
        BOOST_REQUIRE_EQUAL(r.findings[0].related.size(), 1u);
    }
}

// A balance (carried in + received = resolved + carried out) reads as a complete sum whose total is
// written as the two inflows.
BOOST_AUTO_TEST_CASE(balance_of_carried_and_resolved) {
    Quantity in = cnt("412", "hồ sơ");
    in.number.text = "412 + 9.306";
    in.value = in.number.vi_value = 412 + 9306;
    Claim c = sum(in, {cnt("9.344", "hồ sơ"), cnt("374", "hồ sơ")}, true);
    BOOST_TEST(run({c}).findings.empty());
    c.parts[1] = cnt("347", "hồ sơ");
    auto r = run({c});
    BOOST_REQUIRE_EQUAL(r.findings.size(), 1u);
    BOOST_TEST(r.findings[0].arithmetic == "9.344 + 347 = 9.691 ≠ 412 + 9.306");
}

// A breakdown given in a footnote points to it: the finding's related location is the body.
BOOST_AUTO_TEST_CASE(sum_in_footnote_points_to_the_footnote) {
    Claim c = sum(q("2.438", "hồ sơ"), {q("1.432", "hồ sơ"), q("963", "hồ sơ"), q("53", "hồ sơ")}, false);
    c.list_span = Span{300, 360};
    auto r = run({c});
    BOOST_REQUIRE_EQUAL(r.findings.size(), 1u);
    BOOST_TEST(r.findings[0].rule == "sum-mismatch");
    BOOST_REQUIRE_EQUAL(r.findings[0].related.size(), 1u);
    BOOST_TEST(r.findings[0].related[0].span.begin == 300u);
    BOOST_TEST(r.findings[0].related[0].note.vi == "các thành phần ở chú thích");
    // a breakdown in the text has none
    c.list_span = Span{};
    auto t = run({c});
    BOOST_REQUIRE_EQUAL(t.findings.size(), 1u);
    BOOST_TEST(t.findings[0].related.empty());
}

// ---- table-total / table-percent
BOOST_AUTO_TEST_CASE(table_rules_share_the_arithmetic) {
    Claim t = sum(q("1.250", "tấn"), {q("600", "tấn"), q("560", "tấn")}, true);
    t.kind = ClaimKind::table_total;
    auto r = run({t});
    BOOST_REQUIRE_EQUAL(r.findings.size(), 1u);
    BOOST_TEST(r.findings[0].rule == "table-total");
    BOOST_TEST(r.findings[0].arithmetic == "600 + 560 = 1.160 ≠ 1.250");
    Claim p = percent(q("450"), q("400"), pct("112,5"));
    p.kind = ClaimKind::table_percent;
    BOOST_TEST(run({p}).findings.empty());
    p.percent = pct("121,5");
    auto r2 = run({p});
    BOOST_REQUIRE_EQUAL(r2.findings.size(), 1u);
    BOOST_TEST(r2.findings[0].rule == "table-percent");
    BOOST_TEST(*r2.findings[0].suggestion == "112,5");
}

// ---- percent-granularity
BOOST_AUTO_TEST_CASE(grim_test) {
    Claim c;
    c.kind = ClaimKind::granularity;
    c.whole = cnt("11", "xã");
    c.percent = pct("63,5");
    auto r = run({c});
    BOOST_REQUIRE_EQUAL(r.findings.size(), 1u);
    BOOST_TEST(r.findings[0].rule == "percent-granularity");
    BOOST_TEST(r.findings[0].severity == Severity::warning);
    BOOST_TEST(*r.findings[0].suggestion == "63,6");
    BOOST_TEST(r.findings[0].message.vi ==
               "63,5% của 11 không thể có: không có số nguyên k nào để k/11 làm tròn thành 63,5% (gần nhất: 7/11 = 63,636%)");
    c.percent = pct("63,6");  // 7/11
    BOOST_TEST(run({c}).findings.empty());
    c.percent = pct("64");  // 7/11 = 63,6 → 64
    BOOST_TEST(run({c}).findings.empty());
}

BOOST_AUTO_TEST_CASE(deterministic) {
    std::vector<Claim> cs = {sum(cnt("86", "hộ"), {cnt("21", "hộ"), cnt("17", "hộ"), cnt("30", "hộ")}, true),
                             percent(cnt("57", "hộ"), cnt("457", "hộ"), pct("12,46"))};
    auto a = run(cs), b = run(cs);
    BOOST_REQUIRE_EQUAL(a.findings.size(), b.findings.size());
    for (std::size_t i = 0; i < a.findings.size(); ++i) BOOST_TEST(a.findings[i].fingerprint == b.findings[i].fingerprint);
}

// ---- end to end: text -> claims -> findings (own sentences in the style of the reports)
namespace {
CheckResult check_text(const std::string& text) {
    Document d = parse_document(SourceText::from_utf8("e2e.txt", text));
    return run_rules(d, RuleConfig{});
}
std::vector<std::string> rules_of(const CheckResult& r) {
    std::vector<std::string> v;
    for (const auto& f : r.findings) v.push_back(f.rule);
    return v;
}
}  // namespace

BOOST_AUTO_TEST_CASE(e2e_complete_list_transposed_total) {
    auto r = check_text("Toàn xã có 86 hộ, gồm: thôn Đông 21 hộ, thôn Tây 17 hộ, thôn Nam 30 hộ.\n");
    BOOST_REQUIRE_EQUAL(r.findings.size(), 1u);
    BOOST_TEST(r.findings[0].arithmetic == "21 + 17 + 30 = 68 ≠ 86");
    BOOST_TEST(r.findings[0].typo->vi == "86 ↔ 68 (hai chữ số bị đảo)");
    BOOST_TEST(check_text("Toàn xã có 68 hộ, gồm: thôn Đông 21 hộ, thôn Tây 17 hộ, thôn Nam 30 hộ.\n").findings.empty());
}

BOOST_AUTO_TEST_CASE(e2e_percent_rounding_and_truncation) {
    auto bad = check_text("Kết nạp 57/457 đảng viên mới, đạt 12,46%.\n");
    BOOST_REQUIRE_EQUAL(bad.findings.size(), 1u);
    BOOST_TEST(bad.findings[0].rule == "percent-mismatch");
    BOOST_TEST(*bad.findings[0].suggestion == "12,47");
    BOOST_TEST(check_text("Kết nạp 57/457 đảng viên mới, đạt 12,47%.\n").findings.empty());
    BOOST_TEST(check_text("Kết nạp 57/457 đảng viên mới, đạt 12,5%.\n").findings.empty());
    auto tr = check_text("Tổ chức hòa giải 103 vụ, trong đó có 97 vụ hòa giải thành (đạt tỷ lệ 94,1%).\n");
    BOOST_TEST(rules_of(tr) == std::vector<std::string>{"rounding"});
}

// `rounding` reads back what the mismatch rules run before it found (each claim is evaluated
// once per document); with the mismatch rule disabled it evaluates the claims itself. Either way
// the same finding, and a plain mismatch (12,46 for 12,47) is never a rounding warning.
BOOST_AUTO_TEST_CASE(rounding_reads_the_mismatch_rules_evaluation) {
    const Document d = parse_document(SourceText::from_utf8(
        "e2e.txt", "Tổ chức hòa giải 103 vụ, trong đó có 97 vụ hòa giải thành (đạt tỷ lệ 94,1%).\n"
                   "Kết nạp 57/457 đảng viên mới, đạt 12,46%.\n"));
    RuleConfig alone;
    alone.enabled["percent-mismatch"] = false;
    const auto both = run_rules(d, RuleConfig{});
    const auto solo = run_rules(d, alone);
    BOOST_TEST(rules_of(both) == (std::vector<std::string>{"rounding", "percent-mismatch"}));
    BOOST_TEST(rules_of(solo) == std::vector<std::string>{"rounding"});
    BOOST_REQUIRE(!both.findings.empty() && !solo.findings.empty());
    const Finding& a = both.findings[0];
    const Finding& b = solo.findings[0];
    BOOST_TEST(a.message.vi == b.message.vi);
    BOOST_TEST(a.message.vi == "94,1% chỉ khớp khi cắt bớt chữ số; làm tròn đúng là 94,2%");
    BOOST_TEST(a.arithmetic == b.arithmetic);
    BOOST_TEST(a.suggestion.value_or("") == b.suggestion.value_or(""));
    BOOST_TEST(a.span.begin == b.span.begin);
    BOOST_TEST(a.span.end == b.span.end);
    BOOST_TEST(a.fingerprint == b.fingerprint);
}

BOOST_AUTO_TEST_CASE(e2e_index_and_change_disagree) {
    auto r = check_text("Thu ngân sách đạt 180,5 tỷ đồng, bằng 92% cùng kỳ (giảm 12% so với cùng kỳ).\n");
    BOOST_REQUIRE_EQUAL(r.findings.size(), 1u);
    BOOST_TEST(r.findings[0].message.vi == "Chỉ số 92% nghĩa là giảm 8%, không phải giảm 12%");
    BOOST_TEST(check_text("Thu ngân sách đạt 180,5 tỷ đồng, bằng 92% cùng kỳ (giảm 8% so với cùng kỳ).\n").findings.empty());
}

BOOST_AUTO_TEST_CASE(e2e_partial_breakdown) {
    auto r = check_text("Tổng vốn 26,271 tỷ đồng (trong đó vốn tỉnh 25,268 tỷ đồng, vốn huyện 11,003 tỷ đồng).\n");
    BOOST_REQUIRE_EQUAL(r.findings.size(), 1u);
    BOOST_TEST(r.findings[0].arithmetic == "25,268 + 11,003 = 36,271 > 26,271");
    BOOST_TEST(r.findings[0].typo->vi == "26,271 ↔ 36,271 (sai một chữ số)");
    BOOST_TEST(check_text("Đã ban hành 312 văn bản, trong đó có 45 kế hoạch, 60 quyết định.\n").findings.empty());
}

BOOST_AUTO_TEST_CASE(e2e_growth_and_unverifiable) {
    BOOST_TEST(check_text("Sản lượng lúa đạt 12.350 tấn, tăng 8,5% so với cùng kỳ (11.380 tấn).\n").findings.empty());
    auto bad = check_text("Sản lượng lúa đạt 12.350 tấn, tăng 5,8% so với cùng kỳ (11.380 tấn).\n");
    BOOST_REQUIRE_EQUAL(bad.findings.size(), 1u);
    BOOST_TEST(*bad.findings[0].suggestion == "8,5");
    BOOST_TEST(bad.findings[0].typo->vi == "5,8 ↔ 8,5 (hai chữ số bị đảo)");
    auto u = check_text("Giá trị sản xuất đạt 1.250 tỷ đồng, tăng 3,27% so với tháng trước.\n");
    BOOST_TEST(u.findings.empty());
    for (const auto& v : u.verdicts) BOOST_TEST(v.status == ClaimStatus::unverifiable);
}

BOOST_AUTO_TEST_CASE(e2e_near_misses_dates_scales_lists) {
    // Map scales, dates, ranges and lists of ward numbers are not arithmetic.
    const char* text =
        "Lập quy hoạch chi tiết tỷ lệ 1/500 khu dân cư số 2, 5 và 7; ngày 10/02/2023 ban hành kế hoạch giai đoạn 2021-2025.\n"
        "Khoảng 100 người tham gia, gồm 52 người của xã Hòa An và 51 người của xã Hòa Bình.\n";
    auto r = check_text(text);
    BOOST_TEST(r.findings.empty());
    BOOST_TEST(r.verdicts.size() == 1u);  // the approximate total was checked, and holds
    // An approximate total is still checked against its own parts.
    auto a = check_text("Khoảng 100 người tham gia, gồm 52 người của xã Hòa An và 71 người của xã Hòa Bình.\n");
    BOOST_REQUIRE_EQUAL(a.findings.size(), 1u);
    BOOST_TEST(a.findings[0].arithmetic == "52 + 71 = 123 ≠ khoảng 100");
}

BOOST_AUTO_TEST_CASE(e2e_granularity) {
    auto r = check_text("Có 63,5% tổng số 11 xã đạt chuẩn nông thôn mới nâng cao.\n");
    BOOST_REQUIRE_EQUAL(r.findings.size(), 1u);
    BOOST_TEST(r.findings[0].rule == "percent-granularity");
    BOOST_TEST(*r.findings[0].suggestion == "63,6");
    BOOST_TEST(check_text("Có 63,6% tổng số 11 xã đạt chuẩn nông thôn mới nâng cao.\n").findings.empty());
    // Hectares are not counted items: no granularity.
    BOOST_TEST(check_text("Có 63,5% diện tích 11 ha đã gieo cấy.\n").findings.empty());
}

BOOST_AUTO_TEST_CASE(e2e_shares_and_multiples) {
    auto r = check_text("Cơ cấu kinh tế: nông nghiệp 45,2%, công nghiệp 30,1%, dịch vụ 27,4%.\n");
    BOOST_REQUIRE_EQUAL(r.findings.size(), 1u);
    BOOST_TEST(r.findings[0].rule == "share-sum");
    BOOST_TEST(!r.findings[0].typo.has_value());  // two parts could be transposed: no guess
    BOOST_TEST(check_text("Cơ cấu kinh tế: nông nghiệp 45,2%, công nghiệp 30,1%, dịch vụ 24,7%.\n").findings.empty());
    BOOST_TEST(check_text("Tổng vốn đầu tư giai đoạn 2021-2025 đạt 12.400 tỷ đồng, gấp 1,6 lần so với giai đoạn 2016-2020 (7.750 tỷ đồng).\n")
                   .findings.empty());
    auto g = check_text("Tổng vốn đầu tư giai đoạn 2021-2025 đạt 12.400 tỷ đồng, gấp 2,6 lần so với giai đoạn 2016-2020 (7.750 tỷ đồng).\n");
    BOOST_TEST(rules_of(g) == std::vector<std::string>{"growth-mismatch"});  // against an earlier period: growth
    BOOST_REQUIRE_EQUAL(g.findings.size(), 1u);
    BOOST_TEST(g.findings[0].message.vi == "Hệ số gấp 2,6 lần không khớp: 12.400/7.750 = 1,600 lần, làm tròn thành 1,6 lần");
    BOOST_TEST(*g.findings[0].suggestion == "1,6");
    // a multiple of another quantity, not of an earlier period, stays a ratio
    auto h = check_text("Diện tích rừng trồng đạt 1.300 ha, gấp 2,6 lần so với diện tích đất ở (800 ha).\n");
    BOOST_TEST(rules_of(h) == std::vector<std::string>{"percent-mismatch"});
}

BOOST_AUTO_TEST_CASE(configured_convention_rereads_numbers) {
    // "1,250 tấn = 600 + 650": wrong in the Vietnamese reading (1,25), right in the English one (1250).
    auto total = q("1,250", "tấn");
    total.number.en_ok = true;
    total.number.en_value = 1250;
    total.number.en_decimals = 0;
    Claim c = sum(total, {cnt("600", "tấn"), cnt("650", "tấn")}, true);
    BOOST_TEST(run({c}).findings.size() == 1u);
    RuleConfig en;
    en.convention = RuleConfig::Convention::en;
    BOOST_TEST(run({c}, en).findings.empty());
    RuleConfig vi;
    vi.convention = RuleConfig::Convention::vi;
    BOOST_TEST(run({c}, vi).findings.size() == 1u);
}

BOOST_AUTO_TEST_CASE(decrease_formula_reads_one_minus) {
    auto r = run({growth(q("88", "tấn"), q("100", "tấn"), pct("21"), -1)});
    BOOST_REQUIRE_EQUAL(r.findings.size(), 1u);
    BOOST_TEST(r.findings[0].arithmetic == "1 − 88/100 = 12,00% ≠ 21%");
    BOOST_TEST(r.findings[0].typo->vi == "21 ↔ 12 (hai chữ số bị đảo)");
}

BOOST_AUTO_TEST_CASE(e2e_partial_shares) {
    BOOST_TEST(check_text("Cơ cấu kinh tế, trong đó dịch vụ 55,2%, công nghiệp 30,1%.\n").findings.empty());
    auto r = check_text("Cơ cấu kinh tế, trong đó dịch vụ 75,2%, công nghiệp 30,1%.\n");
    BOOST_REQUIRE_EQUAL(r.findings.size(), 1u);
    BOOST_TEST(r.findings[0].message.vi == "Các tỷ lệ cộng lại được 105,3%, vượt quá 100%");
    BOOST_TEST(check_text("Cơ cấu kinh tế: dịch vụ 55,2%, công nghiệp 30,1%.\n").findings.size() == 1u);
}


BOOST_AUTO_TEST_CASE(e2e_count_vs_footnote_list) {
    Document d = parse_document(SourceText::from_utf8(
        "t.txt",
        "Quý III, Ban Thường vụ điều động 02 đồng chí¹ giữ chức vụ mới.\n\n"
        "¹ (1) Bí thư Đảng ủy xã Tân Hòa, (2) Chủ tịch UBND xã Phú Lâm, (3) Trưởng Ban Tuyên giáo huyện.\n"));
    BOOST_REQUIRE_EQUAL(d.structure.footnote_refs.size(), 1u);  // found by the structure grammar
    auto r = run_rules(d, RuleConfig{});
    BOOST_REQUIRE_EQUAL(r.findings.size(), 1u);
    const Finding& f = r.findings[0];
    BOOST_TEST(f.rule == "count-vs-list");
    BOOST_TEST(f.message.vi == "Văn bản nêu 02 đồng chí nhưng chú thích liệt kê 3 mục");
    BOOST_TEST(f.message.en == "The text says 02 đồng chí but the footnote lists 3 items");
    BOOST_TEST(*f.suggestion == "03");
    BOOST_REQUIRE_EQUAL(f.related.size(), 1u);
    BOOST_TEST(d.source.slice(f.related[0].span).substr(0, 6) == "¹ (1)");
}

BOOST_AUTO_TEST_CASE(e2e_count_vs_list_in_parentheses) {
    auto r = check_text("Có 02 phường (Hòa Lạc, Tân Lập và Bình Minh) hoàn thành chỉ tiêu trước thời hạn.\n");
    BOOST_REQUIRE_EQUAL(r.findings.size(), 1u);
    BOOST_TEST(r.findings[0].rule == "count-vs-list");
    BOOST_TEST(r.findings[0].message.vi == "Văn bản nêu 02 phường nhưng danh sách trong ngoặc kể 3 mục");
    BOOST_TEST(*r.findings[0].suggestion == "03");
    BOOST_TEST(check_text("Phường Hòa Lạc 3 năm liền (2021, 2022, 2023) được tặng cờ thi đua.\n").findings.empty());
    auto y = check_text("Phường Hòa Lạc 4 năm liền (2021, 2022, 2023) được tặng cờ thi đua.\n");
    BOOST_TEST(rules_of(y) == std::vector<std::string>{"count-vs-list"});
}

BOOST_AUTO_TEST_CASE(e2e_fractions_of_one_whole) {
    auto r = check_text("Năm 2024 có 09/13 chỉ tiêu đạt kế hoạch; 05/13 chưa đạt.\n");
    BOOST_TEST(rules_of(r) == std::vector<std::string>{"sum-mismatch"});
    BOOST_TEST(check_text("Năm 2024 có 09/13 chỉ tiêu đạt kế hoạch; 04/13 chưa đạt.\n").findings.empty());
    // partial: parts may add up lower
    BOOST_TEST(check_text("Phường Hòa Lạc: 9/15 chỉ tiêu vượt kế hoạch, 5/15 chỉ tiêu đạt kế hoạch.\n").findings.empty());
    // categories listed side by side are disjoint: above the whole is an error
    auto p = check_text("Phường Hòa Lạc: 9/15 chỉ tiêu vượt kế hoạch, 5/15 chỉ tiêu đạt kế hoạch, 2/15 chỉ tiêu chưa đạt.\n");
    BOOST_TEST(rules_of(p) == std::vector<std::string>{"sum-mismatch"});
    // … unless the text says they overlap
    BOOST_TEST(check_text("Phường Hòa Lạc: 12/15 chỉ tiêu đạt và vượt kế hoạch, 9/15 chỉ tiêu vượt kế hoạch.\n").findings.empty());
    BOOST_TEST(check_text("Phường Hòa Lạc: 15/15 chỉ tiêu đạt kế hoạch, 9/15 chỉ tiêu vượt kế hoạch.\n").findings.empty());
}

BOOST_AUTO_TEST_CASE(e2e_unclosed_breakdown_parenthesis) {
    auto r = check_text("Đã tiếp nhận 342 đơn (trong đó: 335 đơn kiến nghị, phản ánh; 12 đơn khiếu nại, đã giải quyết 336 đơn.\n");
    BOOST_TEST(rules_of(r) == std::vector<std::string>{"sum-mismatch"});
    BOOST_TEST(check_text("Đã tiếp nhận 342 đơn (trong đó: 330 đơn kiến nghị, phản ánh; 12 đơn khiếu nại, đã giải quyết 336 đơn.\n")
                   .findings.empty());
}

BOOST_AUTO_TEST_CASE(e2e_absolute_change_against_another_year) {
    auto r = check_text("Năm 2024 diện tích trồng rừng mới 85,5 ha; đến năm 2025 diện tích trồng rừng đạt 120,5 ha (tăng 45 ha).\n");
    BOOST_REQUIRE_EQUAL(r.findings.size(), 1u);
    BOOST_TEST(r.findings[0].rule == "growth-mismatch");
    BOOST_TEST(r.findings[0].message.vi == "Mức tăng 45 ha không khớp với hai số liệu: 120,5 − 85,5 = 35,0");
    BOOST_TEST(r.findings[0].arithmetic == "120,5 − 85,5 = 35,0 ≠ 45 ha");
    BOOST_TEST(check_text("Năm 2024 diện tích trồng rừng mới 85,5 ha; đến năm 2025 diện tích trồng rừng đạt 120,5 ha (tăng 35 ha).\n")
                   .findings.empty());
    // "khoảng": widened by the approximation margin (160 − 101,3 = 58,7 ~ khoảng 60)
    BOOST_TEST(check_text("Năm 2025 diện tích nuôi tôm 101,3 ha; dự kiến đến năm 2030 diện tích nuôi tôm khoảng 160 ha (tăng khoảng 60 ha).\n")
                   .findings.empty());
}

BOOST_AUTO_TEST_CASE(rounding_covers_ratios_not_sums) {
    Claim g;
    g.kind = ClaimKind::granularity;
    g.whole = cnt("3", "xã");
    g.percent = pct("66,66");  // 2/3 = 66,667 truncated
    auto r = run({g});
    BOOST_TEST(rules_of(r) == std::vector<std::string>{"rounding"});
    // A complete sum is a wrong total whatever the rounding convention: 1,4 + 2,4 vs 4,0.
    auto s = run({sum(q("4,0", "tấn"), {q("1,4", "tấn"), q("2,4", "tấn")}, true)});
    BOOST_TEST(rules_of(s) == std::vector<std::string>{"sum-mismatch"});
}

// ---- end to end on the phrasings added to the claim grammar
BOOST_AUTO_TEST_CASE(e2e_shares_separated_by_semicolons) {
    auto bad = check_text(
        "Cơ cấu kinh tế: thương mại - dịch vụ chiếm 54,8%; công nghiệp - xây dựng chiếm 30,8%; nông, lâm nghiệp và thủy sản chiếm 15,4%.\n");
    BOOST_TEST(rules_of(bad) == std::vector<std::string>{"share-sum"});
    BOOST_TEST(check_text("Cơ cấu kinh tế: thương mại - dịch vụ chiếm 54,8%; công nghiệp - xây dựng chiếm 30,8%; "
                          "nông, lâm nghiệp và thủy sản chiếm 14,4%.\n")
                   .findings.empty());
}

BOOST_AUTO_TEST_CASE(e2e_granularity_of_a_count_stated_earlier) {
    // k/11 is 54,55% or 63,64%, never 58,2%
    auto bad = check_text("Toàn huyện có 11 hợp tác xã nông nghiệp; đến nay 58,2% số hợp tác xã đã ứng dụng công nghệ cao.\n");
    BOOST_TEST(rules_of(bad) == std::vector<std::string>{"percent-granularity"});
    BOOST_TEST(check_text("Toàn huyện có 11 hợp tác xã nông nghiệp; đến nay 63,6% số hợp tác xã đã ứng dụng công nghệ cao.\n")
                   .findings.empty());
}

BOOST_AUTO_TEST_CASE(e2e_plan_stated_before_the_percentage) {
    // 325,28 / 370,9 = 87,698…%
    auto bad = check_text("Giá trị sản xuất công nghiệp ước đạt 325,28 tỷ đồng; kế hoạch năm 370,9 tỷ đồng, đạt 87,90%.\n");
    BOOST_REQUIRE_EQUAL(bad.findings.size(), 1u);
    BOOST_TEST(bad.findings[0].rule == "percent-mismatch");
    BOOST_TEST(*bad.findings[0].suggestion == "87,70");
    BOOST_TEST(check_text("Giá trị sản xuất công nghiệp ước đạt 325,28 tỷ đồng; kế hoạch năm 370,9 tỷ đồng, đạt 87,70%.\n")
                   .findings.empty());
}

BOOST_AUTO_TEST_CASE(e2e_estimate_is_not_widened_in_a_percentage) {
    // "ước đạt" is the figure the report computes with: 2.126,23 / 2.082,5 = 102,10%, not 102,01%
    auto bad = check_text("Tổng vốn đầu tư ước đạt 2.126,23 tỷ đồng, đạt 102,01% kế hoạch năm (2.082,5 tỷ đồng).\n");
    BOOST_TEST(rules_of(bad) == std::vector<std::string>{"percent-mismatch"});
    BOOST_TEST(check_text("Tổng vốn đầu tư ước đạt 2.126,23 tỷ đồng, đạt 102,10% kế hoạch năm (2.082,5 tỷ đồng).\n").findings.empty());
}

BOOST_AUTO_TEST_CASE(e2e_chiem_members_of_a_trong_do_list) {
    // 35/48 = 72,92%; 72,29% is a transposition
    auto bad = check_text(
        "Toàn Đảng bộ có 48 tổ chức cơ sở đảng, trong đó: 12 tổ chức hoàn thành xuất sắc nhiệm vụ (chiếm 25,00%), "
        "35 tổ chức hoàn thành tốt nhiệm vụ (chiếm 72,29%), 01 tổ chức hoàn thành nhiệm vụ (chiếm 2,08%).\n");
    BOOST_TEST(rules_of(bad) == std::vector<std::string>{"percent-mismatch"});
    BOOST_TEST(check_text("Toàn Đảng bộ có 48 tổ chức cơ sở đảng, trong đó: 12 tổ chức hoàn thành xuất sắc nhiệm vụ (chiếm 25,00%), "
                          "35 tổ chức hoàn thành tốt nhiệm vụ (chiếm 72,92%), 01 tổ chức hoàn thành nhiệm vụ (chiếm 2,08%).\n")
                   .findings.empty());
}

BOOST_AUTO_TEST_CASE(e2e_growth_base_named_in_parentheses) {
    // 12,5 / 11,2 = +11,6%; "tăng 16,1%" is wrong
    auto bad = check_text("Kim ngạch xuất khẩu ước đạt 12,5 triệu USD, tăng 16,1% so với cùng kỳ (cùng kỳ năm trước đạt 11,2 triệu USD).\n");
    BOOST_TEST(rules_of(bad) == std::vector<std::string>{"growth-mismatch"});
    BOOST_TEST(check_text("Kim ngạch xuất khẩu ước đạt 12,5 triệu USD (cùng kỳ năm 2023: 11,2 triệu USD), tăng 11,6% so với cùng kỳ.\n")
                   .findings.empty());
}

BOOST_AUTO_TEST_CASE(e2e_ratio_with_footnote_describing_the_whole_is_silent) {
    // the footnote adds up to the inspected establishments (29), not the 04 violators
    BOOST_TEST(check_text("Kiểm tra an toàn thực phẩm, phát hiện 04/29 cơ sở vi phạm¹.\n\n"
                          "¹ Gồm 02 cơ sở kinh doanh ăn uống, 22 cơ sở bán lẻ, 05 cơ sở dịch vụ.\n")
                   .findings.empty());
}

// A transposed percentage in a table is a mismatch, not a truncation: truncation
// only ever lowers the last digit by one.
BOOST_AUTO_TEST_CASE(table_percent_transposition_is_not_rounding) {
    auto table = [](const std::string& pct) {
        return "Kết quả thu ngân sách như sau:\n\n"
               "| Chỉ tiêu | Dự toán năm | Ước TH kỳ báo cáo | So KH (%) |\n"
               "|---|---|---|---|\n"
               "| Lệ phí trước bạ | 21,8 | 18,2 | " + pct + " |\n"
               "| Thu khác | 10,0 | 9,0 | 90,00 |\n"
               "| **Tổng cộng** | 31,8 | 27,2 | 85,53 |\n";
    };
    auto bad = check_text(table("83,94"));
    BOOST_REQUIRE_EQUAL(bad.findings.size(), 1u);
    BOOST_TEST(bad.findings[0].rule == "table-percent");
    BOOST_TEST(*bad.findings[0].suggestion == "83,49");
    BOOST_TEST(check_text(table("83,49")).findings.empty());
    BOOST_TEST(check_text(table("83,48")).findings.empty());  // within what 18,2/21,8 (rounded operands) allow
}

// A footnote "Trong đó: <ward> n, <ward> n, <ward> n" naming every ward of the document
// ("03 phường") is the whole breakdown: parts summing lower than the total fire.
BOOST_AUTO_TEST_CASE(footnote_breakdown_naming_every_ward_is_complete) {
    auto doc = [](const std::string& body) {
        return "Đảng bộ thị xã có 03 phường; cả 03 phường đều hoàn thành chỉ tiêu.\n\n"
               "Trong nhiệm kỳ, toàn Đảng bộ đã kết nạp được 297 đảng viên mới¹; chất lượng đảng viên được nâng lên.\n\n"
               "¹ Trong đó: " + body + "\n";
    };
    auto r = check_text(doc("Phú Lâm kết nạp 109 đảng viên mới, Tân Hòa 106 đảng viên mới, Bình Minh 72 đảng viên."));
    BOOST_REQUIRE_EQUAL(r.findings.size(), 1u);
    BOOST_TEST(r.findings[0].rule == "sum-mismatch");
    BOOST_TEST(r.findings[0].arithmetic == "109 + 106 + 72 = 287 ≠ 297");
    // consistent parts: no finding
    BOOST_TEST(check_text(doc("Phú Lâm kết nạp 119 đảng viên mới, Tân Hòa 106 đảng viên mới, Bình Minh 72 đảng viên.")).findings.empty());
    // two of the three wards named: a partial breakdown, lower is fine
    BOOST_TEST(check_text(doc("Phú Lâm kết nạp 109 đảng viên mới, Tân Hòa 106 đảng viên mới.")).findings.empty());
}

// "đạt 19/19 tiêu chí": a part of a whole, reported by sum-mismatch only when the part exceeds it.
BOOST_AUTO_TEST_CASE(fraction_part_above_its_whole_fires) {
    auto frac = [](const char* x, const char* y) {
        Claim c;
        c.kind = ClaimKind::fraction;
        c.part = cnt(x, "tiêu chí");
        Quantity w = cnt(y, "tiêu chí");
        w.written_unit = "tiêu chí";
        c.whole = w;
        return c;
    };
    // only the status when no text is wanted (a section's claims); the texts otherwise, and always for a mismatch
    const Document d = parse_document(SourceText::from_utf8("u.txt", "x\n"));
    const Evaluation bare = evaluate_claim(d, frac("19", "19"), Rounding::round, 0.05L, false);
    BOOST_TEST((bare.status == ClaimStatus::consistent));
    BOOST_TEST(!bare.actual.has_value());
    const Evaluation full = evaluate_claim(d, frac("19", "19"), Rounding::round, 0.05L, true);
    BOOST_TEST(*full.actual == "19/19 tiêu chí");
    BOOST_TEST(full.detail.vi == "19 ≤ 19");
    const Evaluation wrong = evaluate_claim(d, frac("20", "19"), Rounding::round, 0.05L, false);
    BOOST_TEST((wrong.status == ClaimStatus::inconsistent));
    BOOST_TEST(*wrong.actual == "20/19 tiêu chí");
    BOOST_TEST(wrong.arithmetic == "20 > 19");
    auto ok = run({frac("19", "19"), frac("0", "19"), frac("1.636", "1.646")});
    BOOST_TEST(ok.findings.empty());
    BOOST_REQUIRE_EQUAL(ok.verdicts.size(), 3u);
    for (const auto& v : ok.verdicts) BOOST_TEST(v.status == ClaimStatus::consistent);
    auto bad = run({frac("20", "19")});
    BOOST_REQUIRE_EQUAL(bad.findings.size(), 1u);
    const Finding& f = bad.findings[0];
    BOOST_TEST(f.rule == "sum-mismatch");
    BOOST_TEST(f.arithmetic == "20 > 19");
    BOOST_TEST(*f.expected == "≤ 19");
    BOOST_TEST(*f.actual == "20/19 tiêu chí");
    BOOST_TEST(f.message.vi.find("Phần 20 lớn hơn toàn thể 19") == 0u);
    BOOST_TEST(f.message.en.find("The part 20 exceeds its whole 19") == 0u);
}

// "đúng hạn 1.636 hồ sơ, đạt 99,39% (trễ hạn 10 hồ sơ)": P = X/(X + Y) with the rounding intervals.
BOOST_AUTO_TEST_CASE(on_time_rate_with_late_count) {
    auto rate = [](const char* x, const char* y, const char* p) {
        Claim c;
        c.kind = ClaimKind::percent_of;
        c.part = cnt(x, "hồ sơ");
        c.late = cnt(y, "hồ sơ");
        c.percent = pct(p);
        return c;
    };
    auto ok = run({rate("1.636", "10", "99,39")});  // 1.636/1.646 = 99,392 %
    BOOST_TEST(ok.findings.empty());
    BOOST_REQUIRE_EQUAL(ok.verdicts.size(), 1u);
    BOOST_TEST(ok.verdicts[0].status == ClaimStatus::consistent);
    BOOST_TEST(ok.verdicts[0].detail.vi.find("1.636/(1.636 + 10)") == 0u);
    auto bad = run({rate("1.636", "10", "99,93")});
    BOOST_REQUIRE_EQUAL(bad.findings.size(), 1u);
    BOOST_TEST(bad.findings[0].rule == "percent-mismatch");
    BOOST_TEST(bad.findings[0].arithmetic == "1.636/(1.636 + 10) = 99,3925% ≠ 99,93%");
    BOOST_TEST(*bad.findings[0].suggestion == "99,39");
}

// ---- red-team false alarms of 23 Nov (docs/known-false-alarms.md, "Fixed"): each correct sentence
// draws no finding, and the same shape with a wrong figure still does.
namespace {
void quiet(const std::string& text) {
    BOOST_TEST_INFO(text);
    BOOST_TEST(rules_of(check_text(text)).empty());
}
void fires(const std::string& text, const std::string& rule) {
    BOOST_TEST_INFO(text);
    BOOST_TEST(rules_of(check_text(text)) == std::vector<std::string>{rule});
}
}  // namespace

// a ';' followed by another measured quantity (its own head noun) ends a "trong đó" breakdown
BOOST_AUTO_TEST_CASE(e2e_trong_do_ends_at_another_measure) {
    quiet("Thu ngân sách đạt 450 tỷ đồng, trong đó thu nội địa 380 tỷ đồng; chi ngân sách 420 tỷ đồng.\n");
    quiet("Dân số trung bình 95.000 người, trong đó nữ 48.000 người; lực lượng lao động 55.000 người.\n");
    quiet("Năm 2024, thu ngân sách đạt 450 tỷ đồng, trong đó thu nội địa 380 tỷ đồng; chi ngân sách 420 tỷ đồng, trong đó "
          "chi đầu tư phát triển 150 tỷ đồng.\n");
    quiet("Diện tích gieo trồng cây hằng năm 12.450 ha, trong đó diện tích lúa 8.300 ha; sản lượng lương thực 52.100 tấn.\n");
    quiet("Kim ngạch xuất khẩu 320 triệu USD, trong đó hàng dệt may 180 triệu USD; kim ngạch nhập khẩu 210 triệu USD.\n");
    quiet("Dư nợ cho vay 1.820 tỷ đồng, trong đó dư nợ ngắn hạn 1.050 tỷ đồng; vốn huy động 2.340 tỷ đồng.\n");
    // with a ':' too
    quiet("Thu ngân sách đạt 450 tỷ đồng, trong đó: thu nội địa 380 tỷ đồng; chi ngân sách 420 tỷ đồng.\n");
    quiet("Dân số trung bình 95.000 người, trong đó: nữ 48.000 người; lực lượng lao động 55.000 người.\n");
    fires("Thu ngân sách đạt 450 tỷ đồng, trong đó: thu nội địa 480 tỷ đồng; chi ngân sách 420 tỷ đồng.\n", "sum-mismatch");
    fires("Tổng chi ngân sách 98,4 tỷ đồng, trong đó: chi thường xuyên 90,1 tỷ đồng; chi đầu tư 18,3 tỷ đồng.\n", "sum-mismatch");
    // the member itself still checked
    fires("Thu ngân sách đạt 450 tỷ đồng, trong đó thu nội địa 480 tỷ đồng; chi ngân sách 420 tỷ đồng.\n", "sum-mismatch");
    fires("Dân số trung bình 95.000 người, trong đó nữ 98.000 người; lực lượng lao động 55.000 người.\n", "sum-mismatch");
    fires("Kim ngạch xuất khẩu 320 triệu USD, trong đó hàng dệt may 380 triệu USD; kim ngạch nhập khẩu 210 triệu USD.\n",
          "sum-mismatch");
    // members of the same measure after ';' are still members
    fires("Tổng chi ngân sách 98,4 tỷ đồng, trong đó chi thường xuyên 90,1 tỷ đồng; chi đầu tư 18,3 tỷ đồng.\n", "sum-mismatch");
    fires("Thu ngân sách 450 tỷ đồng, trong đó thu nội địa 380 tỷ đồng; thu từ hoạt động xuất nhập khẩu 85 tỷ đồng.\n",
          "sum-mismatch");
    fires("Tổng vốn đầu tư công 320 tỷ đồng, trong đó nguồn vốn tỉnh 200 tỷ đồng; vốn huyện 150 tỷ đồng.\n", "sum-mismatch");
    fires("Dân số toàn huyện 95.000 người, trong đó dân số thành thị 30.500 người; dân số ven biển 74.500 người.\n",
          "sum-mismatch");
    fires("Kim ngạch xuất nhập khẩu 800 triệu USD, trong đó xuất khẩu 500 triệu USD; nhập khẩu 400 triệu USD.\n", "sum-mismatch");
    // "chi bộ" is not the measure "chi"
    fires("Thu ngân sách đạt 450 tỷ đồng, trong đó thu nội địa 380 tỷ đồng; chi bộ cơ quan đóng góp 92 tỷ đồng.\n", "sum-mismatch");
}

// an unnumbered remainder ("còn lại là …") leaves a "gồm" list open
BOOST_AUTO_TEST_CASE(e2e_gom_with_an_unnumbered_remainder_is_partial) {
    quiet("Ban hành 320 văn bản, gồm 25 nghị quyết, 40 kế hoạch, 12 chỉ thị, còn lại là công văn, thông báo.\n");
    quiet("Tiếp nhận 215 đơn, gồm 120 đơn kiến nghị, 45 đơn khiếu nại, còn lại là đơn tố cáo và đơn phản ánh.\n");
    quiet("Ban hành 320 văn bản, gồm 25 nghị quyết, 40 kế hoạch, 12 chỉ thị, còn lại 243 công văn.\n");
    fires("Ban hành 320 văn bản, gồm 225 nghị quyết, 140 kế hoạch, 12 chỉ thị, còn lại là công văn, thông báo.\n", "sum-mismatch");
    // a numbered remainder is a member: the list is complete
    fires("Ban hành 320 văn bản, gồm 25 nghị quyết, 40 kế hoạch, 12 chỉ thị, còn lại 234 công văn.\n", "sum-mismatch");
    quiet("Ban hành 320 văn bản¹.\n\n¹ Gồm 25 nghị quyết, 40 kế hoạch, 12 chỉ thị, còn lại là công văn, thông báo.\n");
    fires("Ban hành 320 văn bản¹.\n\n¹ Gồm 25 nghị quyết, 40 kế hoạch, 12 chỉ thị, còn lại 234 công văn.\n", "sum-mismatch");
}

// a parenthesis right after a member of a footnote breakdown breaks down that member
BOOST_AUTO_TEST_CASE(e2e_footnote_nested_parenthesis_is_not_members) {
    quiet("Toàn huyện có 49 cơ sở giáo dục¹.\n\n¹ Trong đó, có 16 trường mầm non (10 trường công lập, 6 trường tư thục); 18 trường "
          "tiểu học; 13 trường THCS; 02 trường THPT.\n");
    quiet("Đã thành lập 35 hợp tác xã¹.\n\n¹ Gồm: 20 hợp tác xã nông nghiệp (trong đó 8 hợp tác xã ứng dụng công nghệ cao), 10 hợp "
          "tác xã dịch vụ, 05 hợp tác xã vận tải.\n");
    fires("Toàn huyện có 49 cơ sở giáo dục¹.\n\n¹ Trong đó, có 16 trường mầm non (10 trường công lập, 6 trường tư thục); 18 trường "
          "tiểu học; 13 trường THCS; 05 trường THPT.\n",
          "sum-mismatch");
    fires("Đã thành lập 35 hợp tác xã¹.\n\n¹ Gồm: 20 hợp tác xã nông nghiệp (trong đó 8 hợp tác xã ứng dụng công nghệ cao), 10 hợp "
          "tác xã dịch vụ, 07 hợp tác xã vận tải.\n",
          "sum-mismatch");
    // figures in parentheses with no member before them are the members
    fires("Có 30 hộ được hỗ trợ¹.\n\n¹ Trong đó: xã An Hòa (22 hộ), xã An Phú (12 hộ).\n", "sum-mismatch");
}

// two ';' groups of a footnote, one by kind and one in the total's own noun, are two breakdowns
BOOST_AUTO_TEST_CASE(e2e_footnote_two_breakdowns_of_one_total) {
    const std::string ok = "Ban hành 1.288 văn bản¹.\n\n¹ Trong đó: 498 nghị quyết, 770 kế hoạch; Ban Thường vụ ban hành 900 văn bản, "
                           "Ban Chấp hành ban hành 388 văn bản.\n";
    quiet(ok);
    {
        Document d = parse_document(SourceText::from_utf8("e2e.txt", ok));
        std::size_t sums = 0;
        for (const Claim& c : d.claims.claims) sums += c.kind == ClaimKind::sum && c.parts.size() == 2;
        BOOST_TEST(sums == 2u);
    }
    quiet("Ban hành 2.540 văn bản¹.\n\n¹ Trong đó: 320 nghị quyết, 1.100 kế hoạch, 820 thông báo; cấp huyện ban hành 1.540 văn bản, "
          "cấp xã ban hành 1.000 văn bản.\n");
    fires("Ban hành 1.288 văn bản¹.\n\n¹ Trong đó: 498 nghị quyết, 770 kế hoạch; Ban Thường vụ ban hành 900 văn bản, Ban Chấp "
          "hành ban hành 488 văn bản.\n",
          "sum-mismatch");
    fires("Ban hành 1.288 văn bản¹.\n\n¹ Trong đó: 498 nghị quyết, 870 kế hoạch; Ban Thường vụ ban hành 900 văn bản, Ban Chấp "
          "hành ban hành 388 văn bản.\n",
          "sum-mismatch");
    // a group naming who did it with the total's verb beside a group by field
    quiet("Giải quyết 1.288 hồ sơ¹.\n\n¹ Trong đó: 998 hồ sơ đất đai, 290 hồ sơ hộ tịch; bộ phận một cửa huyện giải quyết 700 hồ "
          "sơ, bộ phận một cửa xã giải quyết 588 hồ sơ.\n");
    fires("Giải quyết 1.288 hồ sơ¹.\n\n¹ Trong đó: 998 hồ sơ đất đai, 290 hồ sơ hộ tịch; bộ phận một cửa huyện giải quyết 700 hồ "
          "sơ, bộ phận một cửa xã giải quyết 688 hồ sơ.\n",
          "sum-mismatch");
    // one list of kinds split by ';' and ',' is still one breakdown
    fires("Toàn huyện có 45 cơ sở giáo dục¹.\n\n¹ Gồm 16 trường mầm non; 15 trường tiểu học, 09 trường trung học cơ sở; 04 trường "
          "trung học phổ thông, 02 trung tâm.\n",
          "sum-mismatch");
}

// a figure introduced by a role word (giải ngân, thanh toán) is not a member of the allocation
BOOST_AUTO_TEST_CASE(e2e_allocated_and_disbursed_by_source) {
    quiet("Tổng vốn 320 tỷ đồng¹.\n\n¹ Vốn tỉnh: 200 tỷ đồng, giải ngân 160 tỷ đồng; vốn phân cấp: 120 tỷ đồng, giải ngân 90 tỷ đồng.\n");
    quiet("Giải ngân được 250 tỷ đồng¹.\n\n¹ Vốn tỉnh: 200 tỷ đồng, giải ngân 160 tỷ đồng; vốn phân cấp: 120 tỷ đồng, giải ngân 90 tỷ "
          "đồng.\n");
    quiet("Tổng vốn 320 tỷ đồng, trong đó vốn tỉnh 200 tỷ đồng, giải ngân 160 tỷ đồng; vốn phân cấp 120 tỷ đồng, giải ngân 90 tỷ "
          "đồng.\n");
    fires("Tổng vốn 320 tỷ đồng¹.\n\n¹ Vốn tỉnh: 200 tỷ đồng, giải ngân 160 tỷ đồng; vốn phân cấp: 150 tỷ đồng, giải ngân 90 tỷ đồng.\n",
          "sum-mismatch");
    fires("Giải ngân được 250 tỷ đồng¹.\n\n¹ Vốn tỉnh: 200 tỷ đồng, giải ngân 160 tỷ đồng; vốn phân cấp: 120 tỷ đồng, giải ngân 100 "
          "tỷ đồng.\n",
          "sum-mismatch");
    fires("Tổng vốn 320 tỷ đồng, trong đó vốn tỉnh 200 tỷ đồng, giải ngân 160 tỷ đồng; vốn phân cấp 150 tỷ đồng, giải ngân 90 tỷ "
          "đồng.\n",
          "sum-mismatch");
}

// members each said to have done something different are stages of one process: each ≤ total, no sum
BOOST_AUTO_TEST_CASE(e2e_successive_stages) {
    quiet("Đã có 1.850 hộ đăng ký, trong đó 1.200 hộ đã ký hợp đồng, 900 hộ đã nhận tiền hỗ trợ.\n");
    quiet("Có 540 hộ bị ảnh hưởng, trong đó 420 hộ đã được kiểm đếm, 380 hộ đã được phê duyệt phương án bồi thường.\n");
    quiet("Tổng số 85 dự án, trong đó 60 dự án đã khởi công, 35 dự án đã hoàn thành.\n");
    fires("Đã có 1.850 hộ đăng ký, trong đó 1.200 hộ đã ký hợp đồng, 1.900 hộ đã nhận tiền hỗ trợ.\n", "sum-mismatch");
    // members joined by "và"
    quiet("Đã có 1.850 hộ đăng ký, trong đó có 1.200 hộ đã ký hợp đồng và 900 hộ đã nhận tiền hỗ trợ.\n");
    fires("Đã có 1.850 hộ đăng ký, trong đó có 1.200 hộ đã ký hợp đồng và 1.900 hộ đã nhận tiền hỗ trợ.\n", "sum-mismatch");
    fires("Có 1.850 hồ sơ, trong đó có 1.200 hồ sơ đã giải quyết đúng hạn và 900 hồ sơ đã giải quyết trễ hạn.\n", "sum-mismatch");
    // one action or exclusive states: categories, added
    fires("Có 1.850 hồ sơ, trong đó 1.200 hồ sơ đã giải quyết đúng hạn, 900 hồ sơ đã giải quyết trễ hạn.\n", "sum-mismatch");
    fires("Có 1.850 hộ đăng ký, trong đó 1.200 hộ đã ký hợp đồng, 750 hộ chưa ký hợp đồng.\n", "sum-mismatch");
    fires("Tiếp nhận 120 hồ sơ, trong đó 100 hồ sơ đã giải quyết, 30 hồ sơ đang giải quyết.\n", "sum-mismatch");
}

// "58/90 vụ/bị can" is 58 cases and 90 defendants, not a fraction
BOOST_AUTO_TEST_CASE(e2e_count_pair_is_not_a_fraction) {
    quiet("Trong năm, thụ lý 62 vụ/95 bị can; đã kết thúc điều tra 58/90 vụ/bị can, đạt 93,5%.\n");
    quiet("Đã truy tố 30/52 vụ/bị can; xét xử sơ thẩm 28/49 vụ/bị can.\n");
    fires("Thụ lý 62 vụ, đã kết thúc điều tra 58/62 vụ, đạt 73,5%.\n", "percent-mismatch");
    fires("Toàn xã có 12/10 thôn đạt chuẩn văn hóa.\n", "sum-mismatch");
    Document d = parse_document(SourceText::from_utf8("e2e.txt", "Kết thúc điều tra 58/90 vụ/bị can.\n"));
    BOOST_REQUIRE_EQUAL(d.claims.quantities.size(), 2u);
    BOOST_TEST(d.claims.quantities[0].unit == "vụ");
    BOOST_TEST(d.claims.quantities[1].unit == "bị can");
}

// a second "gấp" multiple joined to the first is of the same value
BOOST_AUTO_TEST_CASE(e2e_second_multiple_of_the_same_value) {
    quiet("Năm 2025, kim ngạch xuất khẩu đạt 500 triệu USD, gấp 1,6 lần so với năm 2020 (312 triệu USD) và gấp 1,25 lần so với năm "
          "2023 (400 triệu USD).\n");
    quiet("Thu ngân sách đạt 900 tỷ đồng, gấp 2 lần so với năm 2015 (450 tỷ đồng), gấp 1,5 lần so với năm 2020 (600 tỷ đồng).\n");
    // a Word line wrapped before the base's year: the second line alone makes no claim of the parenthesised base
    quiet("Năm 2025, kim ngạch xuất khẩu đạt 500 triệu USD, gấp 1,6 lần so với năm\n2020 (312 triệu USD) và gấp 1,25 lần so với "
          "năm 2023 (400 triệu USD).\n");
    fires("Năm 2025, kim ngạch xuất khẩu đạt 500 triệu USD, gấp 1,6 lần so với năm 2020 (312 triệu USD) và gấp 1,35 lần so với năm "
          "2023 (400 triệu USD).\n",
          "growth-mismatch");
    fires("Năm 2025, kim ngạch xuất khẩu đạt 500 triệu USD, gấp 1,8 lần so với năm 2020 (312 triệu USD) và gấp 1,25 lần so với năm "
          "2023 (400 triệu USD).\n",
          "growth-mismatch");
}

// The same footnotes in PDF text: references glued as digits, bodies after "CHÚ THÍCH" wrapped over lines.
BOOST_AUTO_TEST_CASE(e2e_red_team_footnotes_in_pdf_text) {
    auto pdf = [](const std::string& main, const std::vector<std::string>& body_lines) {
        std::string t;
        for (int i = 0; i < 12; ++i)
            t += "Các cơ quan, đơn vị tiếp tục triển khai thực hiện nghiêm túc các nhiệm vụ được giao theo đúng \n\nkế hoạch đã đề ra.\n\n";
        t += main + " \n\n CHÚ THÍCH\n\n";
        for (const std::string& l : body_lines) t += l + " \n\n";
        return t;
    };
    quiet(pdf("Ban hành 1.288 văn bản1.", {"1 Trong đó: 498 nghị quyết, 770 kế hoạch; Ban Thường vụ", "ban hành 900 văn bản, Ban Chấp hành ban",
                                           "hành 388 văn bản."}));
    fires(pdf("Ban hành 1.288 văn bản1.", {"1 Trong đó: 498 nghị quyết, 770 kế hoạch; Ban Thường vụ", "ban hành 900 văn bản, Ban Chấp hành ban",
                                           "hành 488 văn bản."}),
          "sum-mismatch");
    quiet(pdf("Kế hoạch vốn năm 2024 là 415 tỷ đồng1.", {"1 Vốn ngân sách tỉnh: 255 tỷ đồng, đã giải", "ngân được 180 tỷ đồng; vốn ngân sách huyện: 160 tỷ",
                                                       "đồng, đã giải ngân được 95 tỷ đồng."}));
    fires(pdf("Kế hoạch vốn năm 2024 là 415 tỷ đồng1.", {"1 Vốn ngân sách tỉnh: 255 tỷ đồng, đã giải", "ngân được 180 tỷ đồng; vốn ngân sách huyện: 190 tỷ",
                                                       "đồng, đã giải ngân được 95 tỷ đồng."}),
          "sum-mismatch");
    quiet(pdf("Toàn huyện có 49 cơ sở giáo dục1.", {"1 Trong đó, có 16 trường mầm non (10 trường công lập, 6", "trường tư thục); 18 trường tiểu học; 13 trường THCS; 02 trường THPT."}));
    fires(pdf("Toàn huyện có 49 cơ sở giáo dục1.", {"1 Trong đó, có 16 trường mầm non (10 trường công lập, 6", "trường tư thục); 18 trường tiểu học; 13 trường THCS; 05 trường THPT."}),
          "sum-mismatch");
}

// ---- replaced numeric helpers: the same bits as the formulas they replace

namespace {
// What scale_of computed before the table (rules3): 10^round(log10 |s|) when s is within 1e-9 of it.
long double old_snap(long double s) {
    const long double p = std::pow(10.0L, std::round(std::log10(std::fabs(s))));
    return std::fabs(s - p) <= p * 1e-9L ? p : 1;
}
bool same_bits(long double a, long double b) { return (std::isnan(a) && std::isnan(b)) || (a == b && std::signbit(a) == std::signbit(b)); }
}  // namespace

BOOST_AUTO_TEST_CASE(snap_pow10_is_the_old_formula) {
    std::vector<long double> xs;
    const long double rel[] = {0,        1e-15L,   1e-12L,   4e-10L,      5e-10L,   9.99e-10L, 1e-9L,     1.0000001e-9L,
                               1.001e-9L, 2e-9L,   1e-8L,    1e-6L,       1e-3L,    0.1L,      0.3L,      0.5L};
    for (int k = -45; k <= 45; ++k) {
        volatile int vk = k;
        const long double p = std::pow(10.0L, static_cast<long double>(vk));
        for (const long double r : rel)
            for (const long double m : {1 + r, 1 - r}) {
                const long double v = p * m;
                for (const long double x : {v, std::nextafter(v, 0.0L), std::nextafter(v, 1e4000L), -v})
                    xs.push_back(x);
            }
        for (const long double m : {2.0L, 3.1622776601683793L, 3.16227766016837933200L, 5.0L, 9.99999999L, 0.999999999L})
            xs.push_back(p * m);
        // the tolerance's edge: p ± p·1e-9 and its neighbours
        const long double e = p * 1e-9L;
        for (const long double x : {p + e, p - e})
            for (const long double y : {x, std::nextafter(x, 0.0L), std::nextafter(x, 1e4000L)}) xs.push_back(y);
    }
    std::mt19937_64 rng(20261124);
    std::uniform_real_distribution<double> lg(-50, 50), near(-2e-9, 2e-9);
    std::uniform_int_distribution<int> kk(-40, 40);
    for (int i = 0; i < 200000; ++i) {
        xs.push_back(std::pow(10.0L, static_cast<long double>(lg(rng))));
        volatile int vk = kk(rng);
        xs.push_back(std::pow(10.0L, static_cast<long double>(vk)) * (1 + static_cast<long double>(near(rng))));
    }
    for (const long double x : {std::numeric_limits<long double>::infinity(), -std::numeric_limits<long double>::infinity(),
                                std::numeric_limits<long double>::quiet_NaN(), std::numeric_limits<long double>::denorm_min(),
                                std::numeric_limits<long double>::min(), std::numeric_limits<long double>::max(), 1e-4000L, 1e4000L})
        xs.push_back(x);
    std::size_t bad = 0;
    for (const long double x : xs)
        if (!same_bits(snap_pow10(x), old_snap(x)) && ++bad <= 5) BOOST_ERROR("snap_pow10 differs at " << static_cast<double>(x));
    BOOST_TEST(bad == 0u);
    BOOST_TEST(xs.size() > 400000u);
    // scale_of as the arithmetic rules call it: a value and the number as written
    for (const long double n : {1.5L, 12.45L, 239.0L, 0.1L, 3482.125L, 7.0L, 0.05L, 100.0L})
        for (int k = -12; k <= 15; ++k) {
            Quantity x;
            x.number.vi_value = n;
            volatile int vk = k;
            x.value = n * std::pow(10.0L, static_cast<long double>(vk));
            BOOST_TEST(same_bits(scale_of(x), old_snap(x.value / n)));
            x.value = n * 100 * std::pow(10.0L, static_cast<long double>(vk)) / 100;  // not exactly n·10^k
            BOOST_TEST(same_bits(scale_of(x), old_snap(x.value / n)));
        }
}

namespace {
bool old_partial(std::string_view t) {
    return t.find("trong đó") != std::string_view::npos || t.find("Trong đó") != std::string_view::npos ||
           t.find(" như ") != std::string_view::npos || t.find(" khác") != std::string_view::npos;
}
}  // namespace

BOOST_AUTO_TEST_CASE(partial_share_words_is_the_four_finds) {
    BOOST_TEST(partial_share_words("Cơ cấu kinh tế: trong đó nông nghiệp 20%"));
    BOOST_TEST(partial_share_words("Trong đó, dịch vụ 45%"));
    BOOST_TEST(partial_share_words("các ngành như công nghiệp 35%"));
    BOOST_TEST(partial_share_words("ngành khác 5%"));
    BOOST_TEST(!partial_share_words("Cơ cấu kinh tế: nông nghiệp 20%, công nghiệp 35%, dịch vụ 45%"));
    BOOST_TEST(!partial_share_words("trongđó như, khá c, nhưng"));  // near misses
    // random mixes of the words' pieces and their near misses, at every alignment
    const std::vector<std::string> pieces = {"trong", "Trong", "trong ", " ", "đó", " đó", "như", " như ", "nhưng", "khác", " khá",
                                             "kh", "nh", "ư", "đ", "ó", "\xC4", "\x91", "\xC3", "a", "n", "k", "h", "t", "T",
                                             "rong", ",", "c", "Cơ cấu ", "dịch vụ "};
    std::mt19937 rng(7);
    std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1), len(0, 40);
    std::size_t yes = 0;
    for (int i = 0; i < 100000; ++i) {
        std::string s;
        for (std::size_t n = len(rng); n > 0; --n) s += pieces[pick(rng)];
        const bool want = old_partial(s);
        yes += want;
        if (partial_share_words(s) != want) {
            BOOST_ERROR("partial_share_words differs on \"" << s << "\"");
            break;
        }
        // every suffix of a long one (the 16-byte loop and the byte loop meet at each length)
        if (i % 100 == 0)
            for (std::size_t b = 0; b <= s.size(); ++b)
                if (partial_share_words(std::string_view(s).substr(b)) != old_partial(std::string_view(s).substr(b))) {
                    BOOST_ERROR("partial_share_words differs on a suffix of \"" << s << "\"");
                    break;
                }
    }
    BOOST_TEST(yes > 1000u);    // both answers are exercised
    BOOST_TEST(yes < 99000u);
}

namespace {
// likely_typo as it was before rules3 (digit strings copied, a vector of differing places).
std::optional<Text> old_likely_typo(std::string_view written, std::string_view consistent) {
    const auto digits_of = [](std::string_view s) {
        std::string d;
        for (char ch : s)
            if (ch >= '0' && ch <= '9') d.push_back(ch);
        return d;
    };
    const std::string a = digits_of(written), b = digits_of(consistent);
    if (a.empty() || a.size() != b.size() || a == b) return std::nullopt;
    std::vector<std::size_t> diff;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i] != b[i]) diff.push_back(i);
    if (diff.size() == 1 && a.size() >= 3 && diff[0] + 1 < a.size())
        return Text{std::string(written) + " ↔ " + std::string(consistent) + " (sai một chữ số)",
                    std::string(written) + " ↔ " + std::string(consistent) + " (one digit differs)"};
    if (diff.size() == 2 && diff[1] == diff[0] + 1 && a[diff[0]] == b[diff[1]] && a[diff[1]] == b[diff[0]])
        return Text{std::string(written) + " ↔ " + std::string(consistent) + " (hai chữ số bị đảo)",
                    std::string(written) + " ↔ " + std::string(consistent) + " (two digits transposed)"};
    return std::nullopt;
}
}  // namespace

BOOST_AUTO_TEST_CASE(likely_typo_is_the_old_digit_comparison) {
    std::mt19937 rng(11);
    std::uniform_int_distribution<int> len(0, 9), dig(0, 9), sep(0, 9), kind(0, 5);
    const auto figure = [&](std::size_t digits) {
        std::string s;
        for (std::size_t i = 0; i < digits; ++i) {
            s += static_cast<char>('0' + dig(rng));
            if (i + 1 < digits && sep(rng) == 0) s += ".,% "[static_cast<std::size_t>(dig(rng)) % 4];
        }
        if (sep(rng) == 1) s = "−" + s;
        if (sep(rng) == 2) s += "%";
        return s;
    };
    std::size_t found = 0;
    for (int i = 0; i < 200000; ++i) {
        const std::string a = figure(static_cast<std::size_t>(len(rng)));
        std::string b;
        switch (kind(rng)) {
            case 0: b = figure(static_cast<std::size_t>(len(rng))); break;  // anything
            case 1: b = a; break;                                             // the same
            case 2:                                                           // one digit changed
            case 3: {                                                         // two adjacent swapped, or two changed
                b = a;
                std::vector<std::size_t> ds;
                for (std::size_t k = 0; k < b.size(); ++k)
                    if (b[k] >= '0' && b[k] <= '9') ds.push_back(k);
                if (ds.empty()) break;
                const std::size_t k = ds[static_cast<std::size_t>(rng() % ds.size())];
                b[k] = static_cast<char>('0' + dig(rng));
                if (kind(rng) < 3 && ds.size() > 1) b[ds[static_cast<std::size_t>(rng() % ds.size())]] = static_cast<char>('0' + dig(rng));
                break;
            }
            default: {  // a transposition, with the separators moved or not
                b = a;
                std::vector<std::size_t> ds;
                for (std::size_t k = 0; k < b.size(); ++k)
                    if (b[k] >= '0' && b[k] <= '9') ds.push_back(k);
                if (ds.size() < 2) break;
                const std::size_t k = static_cast<std::size_t>(rng() % (ds.size() - 1));
                std::swap(b[ds[k]], b[ds[k + 1]]);
                if (sep(rng) < 3) b += ",0";
                break;
            }
        }
        const auto x = likely_typo(a, b), y = old_likely_typo(a, b);
        BOOST_REQUIRE_MESSAGE(x.has_value() == y.has_value(), "likely_typo(\"" << a << "\", \"" << b << "\")");
        if (x) {
            ++found;
            BOOST_REQUIRE(x->vi == y->vi);
            BOOST_REQUIRE(x->en == y->en);
        }
    }
    BOOST_TEST(found > 10000u);
}

// Parts in other units than the total, or than each other, are not added: the total's unit when it has
// one (then parts that agree with it agree with each other), else the first part's.
BOOST_AUTO_TEST_CASE(sum_parts_in_other_units_are_unverifiable) {
    const auto q = [](long double v, const char* unit) {
        Quantity x;
        x.value = v;
        x.number.text = std::to_string(static_cast<int>(v));
        x.number.vi_value = v;
        x.unit = unit;
        x.exact = true;
        return x;
    };
    const auto sum = [&](const char* total_unit, std::vector<Quantity> parts) {
        Claim c;
        c.kind = ClaimKind::sum;
        c.complete = true;
        c.total.emplace(q(30, total_unit));
        c.parts = std::move(parts);
        const Document doc = parse_document(SourceText::from_utf8("u.txt", "x\n"));
        return evaluate_claim(doc, c, Rounding::round, 0.05L);
    };
    // no unit on the total: the parts against the first part
    Evaluation e = sum("", {q(10, "hộ"), q(20, "người")});
    BOOST_TEST((e.status == ClaimStatus::unverifiable));
    BOOST_TEST(e.detail.vi == "các thành phần khác đơn vị (người / ), không cộng được");
    // a unit on the total: a part in another one, after a part without a unit
    e = sum("hộ", {q(10, "hộ"), q(5, ""), q(15, "người")});
    BOOST_TEST((e.status == ClaimStatus::unverifiable));
    BOOST_TEST(e.detail.en == "parts in different units (người / hộ) are not added");
    // near misses: parts without a unit or in the total's are added
    BOOST_TEST((sum("hộ", {q(10, ""), q(20, "hộ")}).status == ClaimStatus::consistent));
    BOOST_TEST((sum("", {q(10, ""), q(20, "hộ")}).status == ClaimStatus::consistent));
    BOOST_TEST((sum("hộ", {q(10, "hộ"), q(19, "")}).status == ClaimStatus::inconsistent));
}

// Evaluation::clear: every field back to a default Evaluation's (check_claims_of_kind evaluates every claim
// into one Evaluation, cleared after each; a field it missed would carry over into the next claim's).
BOOST_AUTO_TEST_CASE(evaluation_clear_is_a_default_evaluation) {
    Evaluation e;
    e.status = ClaimStatus::inconsistent;
    e.span = Span{3, 9};
    e.message = Text{"thông điệp dài hơn mười sáu byte", "a message longer than sixteen bytes"};
    e.detail = Text{"chi tiết", "detail"};
    e.arithmetic = "21 + 17 + 30 = 68 ≠ 86";
    e.expected = "[67,5; 68,5)";
    e.actual = "86";
    e.suggestion = "68";
    e.typo = Text{"86 ↔ 68", "86 ↔ 68"};
    e.related.push_back(Related{Span{1, 2}, Text{"a", "b"}});
    e.clear();
    const Evaluation d;
    BOOST_TEST((e.status == d.status));
    BOOST_TEST((e.span == d.span));
    BOOST_TEST(e.message.vi == d.message.vi);
    BOOST_TEST(e.message.en == d.message.en);
    BOOST_TEST(e.detail.vi == d.detail.vi);
    BOOST_TEST(e.detail.en == d.detail.en);
    BOOST_TEST(e.arithmetic == d.arithmetic);
    BOOST_TEST((e.expected == d.expected));
    BOOST_TEST((e.actual == d.actual));
    BOOST_TEST((e.suggestion == d.suggestion));
    BOOST_TEST(e.typo.has_value() == d.typo.has_value());
    BOOST_TEST(e.related.empty());
    // (the size of Evaluation: a field added without a line in clear() and here fails this first)
    BOOST_TEST(sizeof(Evaluation) == sizeof(ClaimStatus) * 2 + sizeof(Span) + 2 * sizeof(Text) + sizeof(std::string) +
                                         3 * sizeof(std::optional<std::string>) + sizeof(std::optional<Text>) +
                                         sizeof(std::vector<Related>));
}

// The rules evaluate a run's claims one after another into one Evaluation: each claim's verdict and finding are
// what evaluating it alone gives, whatever came before it (a mismatch with a typo, a related span and every
// text, then claims that hold, cannot be checked, or fail without a typo or a related span).
BOOST_AUTO_TEST_CASE(claims_evaluated_in_a_run_as_alone) {
    std::vector<Claim> cs;
    {
        Claim c = sum(q("86"), {q("21"), q("17"), q("30")}, true);  // 68 ≠ 86: a typo (transposed)
        c.list_span = Span{100, 120};                                // the parts in a footnote: a related span
        cs.push_back(c);
    }
    cs.push_back(sum(q("68"), {q("21"), q("17"), q("30")}, true));    // holds
    cs.push_back(sum(q("68"), {}, true));                             // unverifiable: no parts
    cs.push_back(sum(q("75"), {q("21"), q("17"), q("30")}, true));    // 68 ≠ 75: no typo, no related span
    cs.push_back(sum(q("50"), {q("21"), q("17"), q("30")}, false));   // parts above a partial total
    cs.push_back(percent(q("57"), q("457"), pct("12,47")));           // holds
    cs.push_back(percent(q("57"), q("457"), pct("21,47")));           // fails: a typo
    cs.push_back(percent(q("57"), q("457"), pct("13,9")));            // fails: no typo
    cs.push_back(sum(q("71"), {q("21"), q("17"), q("30")}, true));    // fails (68 ± 1,5)
    for (std::size_t k = 0; k < cs.size(); ++k) cs[k].span = Span{static_cast<std::uint32_t>(1000 + k), static_cast<std::uint32_t>(1001 + k)};
    const Document d = rct::doc_with(cs);
    const RuleConfig cfg;
    const CheckResult r = run_rules(d, cfg);
    BOOST_REQUIRE_EQUAL(r.verdicts.size(), cs.size());
    std::size_t inconsistent = 0;
    for (std::size_t k = 0; k < cs.size(); ++k) {
        const Claim& c = d.claims.claims[k];
        const Evaluation alone = evaluate_claim(d, c, Rounding::round, cfg.approx_margin);
        BOOST_TEST_CONTEXT("claim " << k) {
            const ClaimVerdict& v = r.verdicts[k];
            BOOST_TEST(v.claim == k);
            BOOST_TEST((v.status == alone.status));
            BOOST_TEST(v.detail.vi == alone.detail.vi);
            BOOST_TEST(v.detail.en == alone.detail.en);
            if (alone.status != ClaimStatus::inconsistent) continue;
            ++inconsistent;
            const Span at = alone.span.empty() ? c.span : alone.span;
            const auto f = std::find_if(r.findings.begin(), r.findings.end(), [&](const Finding& x) { return x.span == at; });
            BOOST_REQUIRE(f != r.findings.end());
            BOOST_TEST(f->message.vi == alone.message.vi);
            BOOST_TEST(f->message.en == alone.message.en);
            BOOST_TEST(f->arithmetic == alone.arithmetic);
            BOOST_TEST((f->expected == alone.expected));
            BOOST_TEST((f->actual == alone.actual));
            BOOST_TEST((f->suggestion == alone.suggestion));
            BOOST_TEST(f->typo.has_value() == alone.typo.has_value());
            if (f->typo && alone.typo) BOOST_TEST(f->typo->vi == alone.typo->vi);
            BOOST_TEST(f->related.size() == alone.related.size());
        }
    }
    BOOST_TEST(inconsistent == 6u);
    BOOST_TEST(r.findings.size() == inconsistent);
}
