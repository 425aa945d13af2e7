// The annotated corpus (issue 9): every tests/corpus/*.txt (and the bundled
// example) carries a sidecar <name>.expect listing the outcomes the checker
// must produce, in the spirit of clang-tidy's CHECK-MESSAGES: a document fails
// on any missing OR extra finding.
//
// Sidecar format, one outcome per line ('#' starts a comment):
//   finding <line>:<column> <rule-id>   expected finding (column 1-based, characters)
//   finding <line> <rule-id>            expected finding, any column
//   claim <line> <kind> consistent|inconsistent
//                                       a claim of that kind starting on that line
//   none <line>                         a near-miss line: no finding may appear on it
//
// Suites:
//   sidecar, comparison  unit tests of the parser and of the comparison logic
//   corpus               the real run over the corpus; disabled by default and
//                        registered as its own ctest entry `corpus`
//                        (corpus_test --run_test=corpus).
// Environment:
//   RC_CORPUS_REPORT=1   print the per-rule table expected/found/missed/extra with
//                        precision and recall over the corpus (issue-9 figures)
//   RC_CORPUS_ONLY=name  check only documents whose file name contains `name`
//   RC_CORPUS_WRITE_GAPS=1  rewrite tests/corpus/known-gaps.list with today's misses
// Known gaps (tests/corpus/known-gaps.list): expected outcomes the checker does not
// produce yet, one per line as "<document> <sidecar directive>". A listed miss does
// not fail the run; an unlisted miss does, and so does a listed gap that is now
// produced (remove it: the list only shrinks). Extra findings and findings on
// near-miss lines always fail: false alarms are never "known".
// Seeds review (tests/seeds-review.md): `corpus_test --run_test=seeds` prints one
// markdown row per finding on ../shared/seeds/*.txt, ready for a human judgement.
#define BOOST_TEST_MODULE corpus
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "checker/pipeline.hpp"
#include "reports/report.hpp"
#include "rc_version.hpp"

namespace fs = std::filesystem;

namespace corpus {

// ---------------------------------------------------------------- sidecar

struct ExpectedFinding {
    unsigned line = 0;
    unsigned column = 0;  // 0 = any column
    std::string rule;
    unsigned sidecar_line = 0;
};

struct ExpectedClaim {
    unsigned line = 0;
    std::string kind;
    bool consistent = true;
    unsigned sidecar_line = 0;
};

struct Sidecar {
    std::vector<ExpectedFinding> findings;
    std::vector<ExpectedClaim> claims;
    std::vector<unsigned> none_lines;
    std::vector<std::string> errors;  // malformed sidecar lines
    std::size_t outcomes() const { return findings.size() + claims.size() + none_lines.size(); }
};

const std::vector<std::string>& known_kinds() {
    static const std::vector<std::string> k{"sum",   "percent",       "growth",      "index-growth", "cagr",
                                            "share", "count-vs-list", "granularity", "table-total",  "table-percent",
                                            "fraction"};
    return k;
}

bool parse_unsigned(const std::string& s, unsigned& out) {
    if (s.empty() || s.size() > 9 || !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return false;
    out = static_cast<unsigned>(std::stoul(s));
    return out > 0;
}

Sidecar parse_sidecar(const std::string& text) {
    Sidecar sc;
    std::istringstream in(text);
    std::string raw;
    unsigned n = 0;
    while (std::getline(in, raw)) {
        ++n;
        std::string line = raw;
        if (auto hash = line.find('#'); hash != std::string::npos) line.erase(hash);
        std::istringstream words(line);
        std::vector<std::string> w;
        for (std::string x; words >> x;) w.push_back(x);
        if (w.empty()) continue;
        auto bad = [&](const std::string& why) { sc.errors.push_back(fmt::format("line {}: {}: {}", n, why, raw)); };
        if (w[0] == "finding") {
            if (w.size() != 3) { bad("expected 'finding <line>[:<column>] <rule-id>'"); continue; }
            ExpectedFinding f;
            f.sidecar_line = n;
            f.rule = w[2];
            const auto colon = w[1].find(':');
            const bool ok = colon == std::string::npos
                                ? parse_unsigned(w[1], f.line)
                                : parse_unsigned(w[1].substr(0, colon), f.line) && parse_unsigned(w[1].substr(colon + 1), f.column);
            if (!ok) { bad("bad position"); continue; }
            sc.findings.push_back(f);
        } else if (w[0] == "claim") {
            if (w.size() != 4) { bad("expected 'claim <line> <kind> consistent|inconsistent'"); continue; }
            ExpectedClaim c;
            c.sidecar_line = n;
            if (!parse_unsigned(w[1], c.line)) { bad("bad line"); continue; }
            c.kind = w[2];
            if (std::find(known_kinds().begin(), known_kinds().end(), c.kind) == known_kinds().end()) { bad("unknown claim kind"); continue; }
            if (w[3] == "consistent") c.consistent = true;
            else if (w[3] == "inconsistent") c.consistent = false;
            else { bad("status must be consistent or inconsistent"); continue; }
            sc.claims.push_back(c);
        } else if (w[0] == "none") {
            unsigned l = 0;
            if (w.size() != 2 || !parse_unsigned(w[1], l)) { bad("expected 'none <line>'"); continue; }
            sc.none_lines.push_back(l);
        } else {
            bad("unknown directive");
        }
    }
    return sc;
}

// ---------------------------------------------------------------- comparison

struct GotFinding {
    unsigned line = 0, column = 0;
    std::string rule;
    rc::Severity severity = rc::Severity::warning;
    std::string message;
};

struct GotClaim {
    unsigned line = 0;
    std::string kind;
    rc::ClaimStatus status = rc::ClaimStatus::unverifiable;
};

struct Diff {
    std::vector<ExpectedFinding> missing;
    std::vector<std::pair<ExpectedFinding, GotFinding>> matched;
    std::vector<GotFinding> extra;            // warning/error findings nobody expected
    std::vector<GotFinding> on_none_lines;    // any finding on a `none` line
    std::vector<ExpectedClaim> missing_claims;
    std::vector<std::pair<ExpectedClaim, GotClaim>> wrong_status;
    std::size_t claims_ok = 0;
    bool ok() const {
        return missing.empty() && extra.empty() && on_none_lines.empty() && missing_claims.empty() && wrong_status.empty();
    }
};

Diff compare(const Sidecar& sc, const std::vector<GotFinding>& got, const std::vector<GotClaim>& claims) {
    Diff d;
    std::vector<bool> used(got.size(), false);
    // Pinned columns first so that a column-free expectation cannot steal their finding.
    std::vector<const ExpectedFinding*> order;
    for (const auto& e : sc.findings) order.push_back(&e);
    std::stable_sort(order.begin(), order.end(), [](auto* a, auto* b) { return (a->column != 0) > (b->column != 0); });
    for (const ExpectedFinding* e : order) {
        bool found = false;
        for (std::size_t i = 0; i < got.size() && !found; ++i) {
            if (used[i] || got[i].line != e->line || got[i].rule != e->rule) continue;
            if (e->column != 0 && got[i].column != e->column) continue;
            used[i] = true;
            found = true;
            d.matched.emplace_back(*e, got[i]);
        }
        if (!found) d.missing.push_back(*e);
    }
    std::sort(d.missing.begin(), d.missing.end(), [](auto& a, auto& b) { return a.sidecar_line < b.sidecar_line; });
    for (std::size_t i = 0; i < got.size(); ++i) {
        const bool none_line = std::find(sc.none_lines.begin(), sc.none_lines.end(), got[i].line) != sc.none_lines.end();
        if (none_line) d.on_none_lines.push_back(got[i]);
        if (!used[i] && got[i].severity != rc::Severity::info && !none_line) d.extra.push_back(got[i]);
    }
    // Claims: one-to-one by kind and start line; prefer a claim with the expected status.
    std::vector<bool> cused(claims.size(), false);
    for (const ExpectedClaim& e : sc.claims) {
        const rc::ClaimStatus want = e.consistent ? rc::ClaimStatus::consistent : rc::ClaimStatus::inconsistent;
        std::optional<std::size_t> same, other;
        for (std::size_t i = 0; i < claims.size(); ++i) {
            if (cused[i] || claims[i].line != e.line || claims[i].kind != e.kind) continue;
            if (claims[i].status == want) { same = i; break; }
            if (!other) other = i;
        }
        if (same) { cused[*same] = true; ++d.claims_ok; }
        else if (other) { cused[*other] = true; d.wrong_status.emplace_back(e, claims[*other]); }
        else d.missing_claims.push_back(e);
    }
    return d;
}

std::string line_text(const std::vector<std::string>& lines, unsigned line) {
    if (line == 0 || line > lines.size()) return "<no such line>";
    std::string s = lines[line - 1];
    if (!s.empty() && s.back() == '\r') s.pop_back();
    constexpr std::size_t max = 160;
    if (s.size() > max) {
        std::size_t cut = max;
        while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 boundary
        s = s.substr(0, cut) + "…";
    }
    return s;
}

std::string render_diff(const std::string& name, const Diff& d, const std::vector<std::string>& lines) {
    std::string out = fmt::format("=== {}\n", name);
    auto pos = [](unsigned l, unsigned c) { return c ? fmt::format("{}:{}", l, c) : fmt::format("{}", l); };
    for (const auto& e : d.missing)
        out += fmt::format("  MISSING  finding {} {}\n           | {}\n", pos(e.line, e.column), e.rule, line_text(lines, e.line));
    for (const auto& g : d.extra)
        out += fmt::format("  EXTRA    finding {}:{} {} ({}) {}\n           | {}\n", g.line, g.column, g.rule,
                           rc::to_string(g.severity), g.message, line_text(lines, g.line));
    for (const auto& g : d.on_none_lines)
        out += fmt::format("  NEAR-MISS fired  {}:{} {} ({}) {}\n           | {}\n", g.line, g.column, g.rule,
                           rc::to_string(g.severity), g.message, line_text(lines, g.line));
    for (const auto& e : d.missing_claims)
        out += fmt::format("  MISSING  claim {} {} {}\n           | {}\n", e.line, e.kind,
                           e.consistent ? "consistent" : "inconsistent", line_text(lines, e.line));
    for (const auto& [e, g] : d.wrong_status)
        out += fmt::format("  STATUS   claim {} {}: expected {}, got {}\n           | {}\n", e.line, e.kind,
                           e.consistent ? "consistent" : "inconsistent", rc::to_string(g.status), line_text(lines, e.line));
    return out;
}

// ---------------------------------------------------------------- running the checker

std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<std::string> split_lines(const std::string& s) {
    std::vector<std::string> v;
    std::istringstream in(s);
    for (std::string l; std::getline(in, l);) v.push_back(l);
    return v;
}

struct Got {
    std::vector<GotFinding> findings;
    std::vector<GotClaim> claims;
};

Got run_checker(const fs::path& path, const std::string& text) {
    Got g;
    const rc::RuleConfig cfg;
    rc::FileReport r = rc::check_text(path.string(), "text", text, cfg);
    if (!r.doc) return g;
    for (const rc::Finding& f : r.result.findings) {
        const rc::Position p = r.doc->position(f.span.begin);
        g.findings.push_back({p.line, p.column, f.rule, f.severity, f.message.in(rc::Lang::en)});
    }
    const auto statuses = rc::claim_statuses(r);
    const auto& cl = r.doc->claims.claims;
    for (const rc::ClaimVerdict& v : statuses) {
        if (v.claim >= cl.size()) continue;
        g.claims.push_back({r.doc->position(cl[v.claim].span.begin).line, rc::to_string(cl[v.claim].kind), v.status});
    }
    return g;
}

std::vector<fs::path> corpus_documents() {
    std::vector<fs::path> docs;
    const fs::path dir = fs::path(RC_SOURCE_DIR) / "tests" / "corpus";
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec))
        if (e.is_regular_file() && e.path().extension() == ".txt") docs.push_back(e.path());
    std::sort(docs.begin(), docs.end());
    const fs::path example = fs::path(RC_SOURCE_DIR) / "examples" / "bao-cao-kt-xh-quy-iii-2024.txt";
    if (fs::exists(example)) docs.push_back(example);
    return docs;
}

struct RuleStats {
    std::size_t expected = 0, found = 0, extra = 0;
};

struct KindStats {
    std::size_t expected = 0, right = 0, wrong_status = 0, missing = 0;
};

std::string kind_table(const std::map<std::string, KindStats>& per_kind) {
    std::string out = fmt::format("{:<16} {:>8} {:>10} {:>8} {:>8} {:>11}\n", "claim kind", "expected", "recognised",
                                  "right", "missing", "recognition");
    for (const auto& [k, s] : per_kind) {
        const std::size_t rec = s.right + s.wrong_status;
        out += fmt::format("{:<16} {:>8} {:>10} {:>8} {:>8} {:>10.1f}%\n", k, s.expected, rec, s.right, s.missing,
                           s.expected ? 100.0 * rec / s.expected : 0.0);
    }
    return out;
}

std::string stats_table(const std::map<std::string, RuleStats>& per_rule, std::size_t claims_expected,
                        std::size_t claims_ok, std::size_t claims_wrong, std::size_t claims_missing,
                        std::size_t none_lines, std::size_t none_fired) {
    std::string out = fmt::format("{:<24} {:>8} {:>6} {:>6} {:>6} {:>9} {:>7}\n", "rule", "expected", "found", "missed",
                                  "extra", "precision", "recall");
    RuleStats total;
    auto row = [&](const std::string& name, const RuleStats& s) {
        const std::size_t missed = s.expected - s.found;
        const std::string prec = s.found + s.extra ? fmt::format("{:.1f}%", 100.0 * s.found / (s.found + s.extra)) : "-";
        const std::string rec = s.expected ? fmt::format("{:.1f}%", 100.0 * s.found / s.expected) : "-";
        out += fmt::format("{:<24} {:>8} {:>6} {:>6} {:>6} {:>9} {:>7}\n", name, s.expected, s.found, missed, s.extra, prec, rec);
    };
    for (const auto& [rule, s] : per_rule) {
        row(rule, s);
        total.expected += s.expected;
        total.found += s.found;
        total.extra += s.extra;
    }
    row("TOTAL", total);
    out += fmt::format("claims: expected {}, recognised with the right status {}, wrong status {}, not recognised {}\n",
                       claims_expected, claims_ok, claims_wrong, claims_missing);
    out += fmt::format("near-miss lines: {}, with a finding {}\n", none_lines, none_fired);
    return out;
}

}  // namespace corpus

using namespace corpus;

// ================================================================ unit tests of the harness

BOOST_AUTO_TEST_SUITE(sidecar)

BOOST_AUTO_TEST_CASE(parses_every_directive) {
    const Sidecar sc = parse_sidecar(
        "# a comment\n"
        "finding 12:34 sum-mismatch\n"
        "finding 7 footnote-missing-body   # trailing comment\n"
        "\n"
        "claim 12 sum inconsistent\n"
        "claim 20 index-growth consistent\n"
        "none 40\n");
    BOOST_TEST(sc.errors.empty());
    BOOST_REQUIRE_EQUAL(sc.findings.size(), 2u);
    BOOST_TEST(sc.findings[0].line == 12u);
    BOOST_TEST(sc.findings[0].column == 34u);
    BOOST_TEST(sc.findings[0].rule == "sum-mismatch");
    BOOST_TEST(sc.findings[1].line == 7u);
    BOOST_TEST(sc.findings[1].column == 0u);
    BOOST_TEST(sc.findings[1].rule == "footnote-missing-body");
    BOOST_REQUIRE_EQUAL(sc.claims.size(), 2u);
    BOOST_TEST(sc.claims[0].kind == "sum");
    BOOST_TEST(!sc.claims[0].consistent);
    BOOST_TEST(sc.claims[1].kind == "index-growth");
    BOOST_TEST(sc.claims[1].consistent);
    BOOST_REQUIRE_EQUAL(sc.none_lines.size(), 1u);
    BOOST_TEST(sc.none_lines[0] == 40u);
    BOOST_TEST(sc.outcomes() == 5u);
}

BOOST_AUTO_TEST_CASE(rejects_malformed_lines) {
    const Sidecar sc = parse_sidecar(
        "finding 12:x sum-mismatch\n"
        "finding 0 sum-mismatch\n"
        "finding 12\n"
        "claim 3 sums consistent\n"
        "claim 3 sum ok\n"
        "none\n"
        "expect 3 sum\n");
    BOOST_TEST(sc.errors.size() == 7u);
    BOOST_TEST(sc.outcomes() == 0u);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(comparison)

GotFinding gf(unsigned l, unsigned c, const std::string& rule, rc::Severity s = rc::Severity::warning) {
    return GotFinding{l, c, rule, s, "msg"};
}

BOOST_AUTO_TEST_CASE(all_expected_present_is_ok) {
    const Sidecar sc = parse_sidecar("finding 3:5 sum-mismatch\nfinding 9 invalid-date\n");
    const Diff d = compare(sc, {gf(9, 14, "invalid-date"), gf(3, 5, "sum-mismatch")}, {});
    BOOST_TEST(d.ok());
    BOOST_TEST(d.matched.size() == 2u);
}

BOOST_AUTO_TEST_CASE(missing_finding_fails) {
    const Sidecar sc = parse_sidecar("finding 3:5 sum-mismatch\n");
    const Diff d = compare(sc, {gf(3, 6, "sum-mismatch")}, {});  // wrong column
    BOOST_TEST(!d.ok());
    BOOST_TEST(d.missing.size() == 1u);
    BOOST_TEST(d.extra.size() == 1u);
}

BOOST_AUTO_TEST_CASE(wrong_rule_or_line_fails) {
    const Sidecar sc = parse_sidecar("finding 3 sum-mismatch\n");
    BOOST_TEST(!compare(sc, {gf(3, 1, "share-sum")}, {}).ok());
    BOOST_TEST(!compare(sc, {gf(4, 1, "sum-mismatch")}, {}).ok());
}

BOOST_AUTO_TEST_CASE(extra_warning_fails_extra_info_does_not) {
    const Sidecar sc = parse_sidecar("");
    BOOST_TEST(compare(sc, {gf(2, 1, "number-format", rc::Severity::info)}, {}).ok());
    BOOST_TEST(!compare(sc, {gf(2, 1, "number-format", rc::Severity::warning)}, {}).ok());
    BOOST_TEST(!compare(sc, {gf(2, 1, "sum-mismatch", rc::Severity::error)}, {}).ok());
}

BOOST_AUTO_TEST_CASE(one_expectation_matches_one_finding) {
    const Sidecar sc = parse_sidecar("finding 5 heading-sequence\n");
    const Diff d = compare(sc, {gf(5, 1, "heading-sequence"), gf(5, 1, "heading-sequence")}, {});
    BOOST_TEST(!d.ok());
    BOOST_TEST(d.extra.size() == 1u);
    // Two expectations, two findings.
    BOOST_TEST(compare(parse_sidecar("finding 5 heading-sequence\nfinding 5 heading-sequence\n"),
                       {gf(5, 1, "heading-sequence"), gf(5, 1, "heading-sequence")}, {})
                   .ok());
}

BOOST_AUTO_TEST_CASE(pinned_column_is_matched_before_free_one) {
    // The free expectation comes first in the sidecar but must not take the pinned one's finding.
    const Sidecar sc = parse_sidecar("finding 5 number-format\nfinding 5:20 number-format\n");
    BOOST_TEST(compare(sc, {gf(5, 20, "number-format"), gf(5, 40, "number-format")}, {}).ok());
}

BOOST_AUTO_TEST_CASE(none_line_fails_on_any_finding) {
    const Sidecar sc = parse_sidecar("none 8\n");
    BOOST_TEST(compare(sc, {gf(7, 1, "x", rc::Severity::info)}, {}).ok());
    const Diff d = compare(sc, {gf(8, 3, "sum-mismatch", rc::Severity::info)}, {});
    BOOST_TEST(!d.ok());
    BOOST_TEST(d.on_none_lines.size() == 1u);
    BOOST_TEST(d.extra.empty());  // reported once, as a near-miss
}

BOOST_AUTO_TEST_CASE(claims_by_kind_line_and_status) {
    const Sidecar sc = parse_sidecar("claim 4 sum consistent\nclaim 6 percent inconsistent\n");
    using S = rc::ClaimStatus;
    BOOST_TEST(compare(sc, {}, {{4, "sum", S::consistent}, {6, "percent", S::inconsistent}, {9, "growth", S::unverifiable}}).ok());
    const Diff wrong = compare(sc, {}, {{4, "sum", S::unverifiable}, {6, "percent", S::inconsistent}});
    BOOST_TEST(!wrong.ok());
    BOOST_TEST(wrong.wrong_status.size() == 1u);
    const Diff missing = compare(sc, {}, {{4, "share", S::consistent}, {6, "percent", S::inconsistent}});
    BOOST_TEST(missing.missing_claims.size() == 1u);
    // Two claims of the same kind on one line: the expectation takes the one with its status.
    BOOST_TEST(compare(parse_sidecar("claim 4 sum inconsistent\n"), {},
                       {{4, "sum", S::consistent}, {4, "sum", S::inconsistent}})
                   .ok());
}

BOOST_AUTO_TEST_CASE(diff_names_line_text) {
    const Sidecar sc = parse_sidecar("finding 2 sum-mismatch\n");
    const Diff d = compare(sc, {gf(1, 1, "rounding")}, {});
    const std::string out = render_diff("doc.txt", d, {"Dòng một", "Tổng số 86 hộ (gồm 21, 17, 30)"});
    BOOST_TEST(out.find("MISSING  finding 2 sum-mismatch") != std::string::npos);
    BOOST_TEST(out.find("Tổng số 86 hộ") != std::string::npos);
    BOOST_TEST(out.find("EXTRA    finding 1:1 rounding") != std::string::npos);
    BOOST_TEST(out.find("Dòng một") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(every_corpus_sidecar_is_well_formed) {
    const auto docs = corpus_documents();
    BOOST_TEST(docs.size() >= 41u, "corpus documents + example: " << docs.size());
    std::size_t outcomes = 0;
    for (const fs::path& p : docs) {
        fs::path side = p;
        side.replace_extension(".expect");
        BOOST_TEST_CONTEXT(side.string()) {
            BOOST_REQUIRE(fs::exists(side));
            const Sidecar sc = parse_sidecar(read_file(side));
            BOOST_TEST(sc.errors.empty(), (sc.errors.empty() ? std::string() : sc.errors.front()));
            const auto lines = split_lines(read_file(p));
            for (const auto& f : sc.findings) BOOST_TEST(f.line <= lines.size());
            for (const auto& c : sc.claims) BOOST_TEST(c.line <= lines.size());
            for (unsigned l : sc.none_lines) BOOST_TEST(l <= lines.size());
            outcomes += sc.outcomes();
        }
    }
    BOOST_TEST(outcomes >= 300u, "expected outcomes: " << outcomes);
}

BOOST_AUTO_TEST_CASE(example_covers_every_rule) {
    // The bundled example (make run) carries at least one intended error of every rule.
    const fs::path side = fs::path(RC_SOURCE_DIR) / "examples" / "bao-cao-kt-xh-quy-iii-2024.expect";
    BOOST_REQUIRE(fs::exists(side));
    const Sidecar sc = parse_sidecar(read_file(side));
    for (const char* rule :
         {"sum-mismatch", "percent-mismatch", "growth-mismatch", "share-sum", "count-vs-list", "table-total", "table-percent",
          "rounding", "percent-granularity", "footnote-missing-body", "footnote-unreferenced", "footnote-sequence",
          "heading-sequence", "letter-sequence", "invalid-date", "weekday-mismatch", "range-length", "period-mismatch",
          "future-date", "implausible-year", "anniversary", "citation-conflict", "number-format", "duplicate-recipient"}) {
        const bool present =
            std::any_of(sc.findings.begin(), sc.findings.end(), [&](const ExpectedFinding& f) { return f.rule == rule; });
        BOOST_TEST(present, "example has no expected " << rule);
    }
}

BOOST_AUTO_TEST_SUITE_END()

// ================================================================ the corpus itself

BOOST_AUTO_TEST_SUITE(corpus, *boost::unit_test::disabled())

std::string gap_key(const std::string& doc, const ExpectedFinding& e) {
    return e.column ? fmt::format("{} finding {}:{} {}", doc, e.line, e.column, e.rule)
                    : fmt::format("{} finding {} {}", doc, e.line, e.rule);
}
std::string gap_key(const std::string& doc, const ExpectedClaim& e) {
    return fmt::format("{} claim {} {} {}", doc, e.line, e.kind, e.consistent ? "consistent" : "inconsistent");
}

fs::path gaps_path() { return fs::path(RC_SOURCE_DIR) / "tests" / "corpus" / "known-gaps.list"; }

std::set<std::string> read_gaps() {
    std::set<std::string> gaps;
    std::ifstream in(gaps_path());
    for (std::string l; std::getline(in, l);)
        if (!l.empty() && l[0] != '#') gaps.insert(l);
    return gaps;
}

BOOST_AUTO_TEST_CASE(every_document_matches_its_sidecar) {
    const char* only = std::getenv("RC_CORPUS_ONLY");
    const bool report = std::getenv("RC_CORPUS_REPORT") != nullptr;
    const bool write_gaps = std::getenv("RC_CORPUS_WRITE_GAPS") != nullptr && !only;
    const std::set<std::string> gaps = read_gaps();
    std::set<std::string> gaps_seen, gaps_now;
    std::map<std::string, RuleStats> per_rule;
    std::map<std::string, KindStats> per_kind;
    std::size_t claims_expected = 0, claims_ok = 0, claims_wrong = 0, claims_missing = 0, none_lines = 0, none_fired = 0;
    std::size_t docs_ok = 0, docs = 0;
    std::string failures;
    for (const fs::path& p : corpus_documents()) {
        if (only && p.filename().string().find(only) == std::string::npos) continue;
        fs::path side = p;
        side.replace_extension(".expect");
        const Sidecar sc = parse_sidecar(read_file(side));
        const std::string text = read_file(p);
        const Got got = run_checker(p, text);
        Diff d = compare(sc, got.findings, got.claims);
        ++docs;
        // Misses listed as known gaps do not fail the document.
        const std::string doc = p.filename().string();
        auto known = [&](const std::string& key) {
            gaps_now.insert(key);
            if (!gaps.count(key)) return false;
            gaps_seen.insert(key);
            return true;
        };
        Diff strict = d;
        std::erase_if(strict.missing, [&](const ExpectedFinding& e) { return known(gap_key(doc, e)); });
        std::erase_if(strict.missing_claims, [&](const ExpectedClaim& e) { return known(gap_key(doc, e)); });
        std::erase_if(strict.wrong_status, [&](const auto& m) { return known(gap_key(doc, m.first)); });
        for (const auto& e : sc.findings) ++per_rule[e.rule].expected;
        for (const auto& m : d.matched) ++per_rule[m.first.rule].found;
        for (const auto& g : d.extra) ++per_rule[g.rule].extra;
        for (const auto& g : d.on_none_lines)
            if (g.severity != rc::Severity::info) ++per_rule[g.rule].extra;
        for (const auto& e : sc.claims) ++per_kind[e.kind].expected;
        for (const auto& [e, g] : d.wrong_status) ++per_kind[e.kind].wrong_status;
        for (const auto& e : d.missing_claims) ++per_kind[e.kind].missing;
        claims_expected += sc.claims.size();
        claims_ok += d.claims_ok;
        claims_wrong += d.wrong_status.size();
        claims_missing += d.missing_claims.size();
        none_lines += sc.none_lines.size();
        none_fired += d.on_none_lines.size();
        if (strict.ok()) ++docs_ok;
        else failures += render_diff(fs::relative(p, RC_SOURCE_DIR).string(), strict, split_lines(text));
    }
    std::vector<std::string> stale;
    if (!only)
        for (const std::string& g : gaps)
            if (!gaps_seen.count(g)) stale.push_back(g);
    for (const std::string& g : stale) failures += fmt::format("  FIXED    {}  (remove it from tests/corpus/known-gaps.list)\n", g);
    if (write_gaps) {
        std::ofstream out(gaps_path());
        out << "# Expected outcomes of tests/corpus the checker does not produce yet (see corpus_test.cpp).\n"
               "# Regenerate after review: RC_CORPUS_WRITE_GAPS=1 build/tests/corpus_test --run_test=corpus\n";
        for (const std::string& g : gaps_now) out << g << "\n";
    }
    if (!failures.empty()) std::cout << failures;
    const std::string table = stats_table(per_rule, claims_expected, claims_ok, claims_wrong, claims_missing, none_lines, none_fired);
    for (auto& [k, ks] : per_kind) ks.right = ks.expected - ks.wrong_status - ks.missing;
    if (report)
        std::cout << fmt::format("documents: {}, matching their sidecar: {}\n", docs, docs_ok) << table << kind_table(per_kind);
    BOOST_TEST(docs > 0u);
    if (report) std::cout << fmt::format("known gaps listed: {}, still missing: {}\n", gaps.size(), gaps_seen.size());
    BOOST_TEST(docs_ok == docs, docs - docs_ok << " of " << docs << " documents differ from their sidecar (see above)");
    BOOST_TEST(stale.empty(), stale.size() << " known gaps are fixed: remove them from tests/corpus/known-gaps.list");
}

BOOST_AUTO_TEST_SUITE_END()

// ================================================================ rows for tests/seeds-review.md

BOOST_AUTO_TEST_SUITE(seeds, *boost::unit_test::disabled())

BOOST_AUTO_TEST_CASE(print_review_rows) {
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(RC_SEEDS_DIR, ec))
        if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    std::cout << "| # | file | line:col | rule | severity | message | judgement | note |\n"
              << "|---|---|---|---|---|---|---|---|\n";
    std::size_t n = 0;
    for (const fs::path& p : files) {
        const std::string text = read_file(p);
        const Got got = run_checker(p, text);
        for (const GotFinding& f : got.findings) {
            std::string msg = f.message;
            for (char& c : msg)
                if (c == '|' || c == '\n') c = ' ';
            std::cout << fmt::format("| {} | {} | {}:{} | {} | {} | {} | ? | |\n", ++n, p.filename().string(), f.line,
                                     f.column, f.rule, rc::to_string(f.severity), msg);
        }
        std::size_t cons = 0, incons = 0, unver = 0;
        for (const GotClaim& c : got.claims)
            (c.status == rc::ClaimStatus::consistent ? cons : c.status == rc::ClaimStatus::inconsistent ? incons : unver)++;
        std::cerr << fmt::format("{}: {} bytes, {} findings, claims {} consistent / {} inconsistent / {} unverifiable\n",
                                 p.filename().string(), text.size(), got.findings.size(), cons, incons, unver);
    }
    BOOST_TEST(true);
}

BOOST_AUTO_TEST_SUITE_END()
