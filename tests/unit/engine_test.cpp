#define BOOST_TEST_MODULE engine
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <unistd.h>

#include "checker/pipeline.hpp"
#include "rules/config.hpp"
#include "rules/engine.hpp"
#include "rules/rule.hpp"
#include "arith_fixture.hpp"
#include "collect_sink.hpp"
#include "grammar/text_util.hpp"

#include <fmt/format.h>

using namespace rc;
namespace fs = std::filesystem;

namespace {
struct TempDir {
    fs::path path;
    TempDir() {
        path = fs::temp_directory_path() / fs::path("rc_engine_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter()++));
        fs::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    static int& counter() {
        static int n = 0;
        return n;
    }
    std::string write(const std::string& name, const std::string& text) const {
        std::ofstream(path / name) << text;
        return (path / name).string();
    }
};

Claim bad_sum() {
    Claim c;
    c.kind = ClaimKind::sum;
    c.total = rct::cnt("86", "hộ");
    c.parts = {rct::cnt("21", "hộ"), rct::cnt("17", "hộ"), rct::cnt("30", "hộ")};
    c.complete = true;
    return c;
}
}  // namespace

BOOST_AUTO_TEST_CASE(registry_ids_are_unique_and_documented) {
    std::set<std::string> ids;
    for (const auto& r : all_rules()) {
        BOOST_TEST(ids.insert(r->info().id).second);
        BOOST_TEST(r->info().doc == "docs/rules/" + r->info().id + ".md");
        BOOST_TEST(fs::exists(fs::path(RC_TEST_DATA).parent_path().parent_path() / r->info().doc), r->info().doc);
        BOOST_TEST(!r->info().title.vi.empty());
        BOOST_TEST(!r->info().title.en.empty());
    }
    BOOST_TEST(find_rule("sum-mismatch") != nullptr);
    BOOST_TEST(find_rule("no-such-rule") == nullptr);
}

BOOST_AUTO_TEST_CASE(config_parses_every_option) {
    TempDir d;
    const auto p = d.write("a.ini",
                           "[check]\nconvention = en\ntolerance = truncate\napprox-margin = 10\n"
                           "[sum-mismatch]\nenabled = false\n[rounding]\nseverity = info\n");
    RuleConfig cfg;
    load_config_file(p, cfg);
    BOOST_TEST((cfg.convention == RuleConfig::Convention::en));
    BOOST_TEST((cfg.tolerance == RuleConfig::Tolerance::truncate));
    BOOST_TEST(cfg.approx_margin == 0.10, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(!cfg.is_enabled("sum-mismatch"));
    BOOST_TEST(cfg.is_enabled("percent-mismatch"));
    BOOST_TEST((cfg.severity_of("rounding", Severity::warning) == Severity::info));
    BOOST_TEST(cfg.sources.size() == 1u);
}

BOOST_AUTO_TEST_CASE(config_errors_name_the_file_and_option) {
    TempDir d;
    auto expect_error = [&](const std::string& text, const std::string& needle) {
        const auto p = d.write("bad.ini", text);
        RuleConfig cfg;
        try {
            load_config_file(p, cfg);
            BOOST_ERROR("no error for: " + text);
        } catch (const ConfigError& e) {
            const std::string w = e.what();
            BOOST_TEST(w.find(p) != std::string::npos, w);
            BOOST_TEST(w.find(needle) != std::string::npos, w);
        }
    };
    expect_error("[check]\ntolerance = ceil\n", "tolerance = ceil");
    expect_error("[check]\nconvention = fr\n", "convention = fr");
    expect_error("[check]\napprox-margin = 80\n", "approx-margin");
    expect_error("[check]\napprox-margin = nhiều\n", "approx-margin");
    expect_error("[sum-mismatch]\nseverity = fatal\n", "severity = fatal");
    expect_error("[sum-mismatch]\nenabled = perhaps\n", "enabled");
    expect_error("[no-such-rule]\nenabled = false\n", "no-such-rule");
    expect_error("[check]\nthis is not ini\n", "this is not ini");
    RuleConfig cfg;
    BOOST_CHECK_THROW(load_config_file((d.path / "missing.ini").string(), cfg), ConfigError);
    BOOST_CHECK_THROW(load_config_file(d.path.string(), cfg), ConfigError);  // a directory
}

BOOST_AUTO_TEST_CASE(config_disables_and_reseverities_rules) {
    RuleConfig cfg;
    cfg.severity["sum-mismatch"] = Severity::warning;
    auto r = rct::run({bad_sum()}, cfg);
    BOOST_REQUIRE_EQUAL(r.findings.size(), 1u);
    BOOST_TEST((r.findings[0].severity == Severity::warning));
    cfg.enabled["sum-mismatch"] = false;
    BOOST_TEST(rct::run({bad_sum()}, cfg).findings.empty());
}

BOOST_AUTO_TEST_CASE(reportcheck_ini_discovery) {
    TempDir d;
    fs::create_directories(d.path / "sub");
    d.write("sub/reportcheck.ini", "[check]\ntolerance = truncate\n");
    const std::string file = d.write("sub/x.txt", "abc\n");
    CheckOptions opt;
    RuleConfig beside = config_for(file, opt);
    BOOST_TEST((beside.tolerance == RuleConfig::Tolerance::truncate));
    BOOST_TEST(beside.sources.size() == 1u);
    // Nothing beside, nothing in the cwd: defaults.
    const std::string other = d.write("y.txt", "abc\n");
    const auto old = fs::current_path();
    fs::current_path(d.path);
    RuleConfig none = config_for(other, opt);
    BOOST_TEST(none.sources.empty());
    // In the working directory.
    fs::create_directories(d.path / "cwd");
    fs::current_path(d.path / "cwd");
    std::ofstream("reportcheck.ini") << "[check]\napprox-margin = 7\n";
    RuleConfig cwd = config_for(other, opt);
    BOOST_TEST(cwd.approx_margin == 0.07, boost::test_tools::tolerance(1e-12));
    // --config wins over both.
    opt.config_file = d.write("explicit.ini", "[check]\nconvention = vi\n");
    RuleConfig ex = config_for(file, opt);
    BOOST_TEST((ex.tolerance == RuleConfig::Tolerance::round));
    BOOST_TEST((ex.convention == RuleConfig::Convention::vi));
    fs::current_path(old);
}

BOOST_AUTO_TEST_CASE(baseline_round_trip) {
    auto r = rct::run({bad_sum()});
    BOOST_REQUIRE_EQUAL(r.findings.size(), 1u);
    const std::string fp = r.findings[0].fingerprint;
    BOOST_TEST(fp.size() >= 16u);
    TempDir d;
    const auto p = d.write("baseline.txt", "# comment\n\n" + fp + "\tt.txt:1:1 [sum-mismatch]\n");
    const auto bl = read_baseline(p);
    BOOST_TEST(bl.size() == 1u);
    BOOST_TEST(bl.count(fp) == 1u);
    drop_baselined(r, bl);
    BOOST_TEST(r.findings.empty());
    BOOST_CHECK_THROW(read_baseline((d.path / "none.txt").string()), ConfigError);
}

BOOST_AUTO_TEST_CASE(fingerprints_survive_line_shifts_and_are_deterministic) {
    const std::string body = "Toàn xã có 86 hộ, gồm: thôn Đông 21 hộ, thôn Tây 17 hộ, thôn Nam 30 hộ.\n";
    auto check = [](const std::string& text) {
        Document d = parse_document(SourceText::from_utf8("f.txt", text));
        return run_rules(d, RuleConfig{});
    };
    const auto a = check(body), b = check(body), c = check("Dòng thêm.\n\n" + body);
    BOOST_REQUIRE_EQUAL(a.findings.size(), b.findings.size());
    BOOST_REQUIRE_EQUAL(a.findings.size(), c.findings.size());
    for (std::size_t i = 0; i < a.findings.size(); ++i) {
        BOOST_TEST(a.findings[i].fingerprint == b.findings[i].fingerprint);
        BOOST_TEST(a.findings[i].fingerprint == c.findings[i].fingerprint);
        BOOST_TEST(a.findings[i].arithmetic == b.findings[i].arithmetic);
    }
    // Two identical findings on identical lines get distinct fingerprints.
    const auto twice = check(body + "\n" + body);
    if (twice.findings.size() == 2) BOOST_TEST(twice.findings[0].fingerprint != twice.findings[1].fingerprint);
}

namespace {
// Everything a finding shows (its fingerprint is made after the sections are merged).
std::string shown(const Finding& f) {
    std::string s;
    for (const std::string& part : {f.rule, std::to_string(f.span.begin), std::to_string(f.span.end), f.message.vi, f.message.en,
                                    f.arithmetic, f.expected.value_or("-"), f.actual.value_or("-"), f.suggestion.value_or("-"),
                                    f.typo ? f.typo->vi + f.typo->en : std::string("-"), std::string(to_string(f.severity)),
                                    std::string(to_string(f.category))}) {
        s += part;
        s += '|';
    }
    for (const Related& r : f.related) {
        s += std::to_string(r.span.begin);
        s += '-';
        s += std::to_string(r.span.end);
        s += r.note.vi;
        s += '|';
    }
    return s;
}

// A section with many findings of several rules, some reported out of position order: sum-mismatch
// reports its sums, then its fractions; number-format its placeholders, then its separators.
Document capped_section(std::size_t groups) {
    std::string text = "Thu ngân sách đạt 1.234,5 tỷ đồng, tăng 12,5%; diện tích 45,6 ha; sản lượng 3,25 tấn.\n\n";
    for (std::size_t i = 0; i < groups; ++i) {
        const std::string n = std::to_string(i % 9);
        const std::string sum = "Tổng số hộ cận nghèo toàn huyện là 98" + n + " hộ, gồm: xã Tân Lập 610 hộ, xã Tân Hòa 390 hộ.\n\n";
        const std::string frac = "Đến nay có 2" + n + "/19 xã đạt chuẩn nông thôn mới.\n\n";
        const std::string sep = "Lượng điện tiết kiệm ước đạt 315,26" + n + " kWh.\n\n";
        const std::string gap = "Hỗ trợ ..... triệu đồng.\n\n";
        const std::string date = "Ngày 3" + std::to_string(i % 2) + "/02/2024 họp tổng kết.\n\n";
        const std::string pct = "Kết nạp 57/457 đảng viên mới, đạt 12,4" + std::to_string(i % 6) + "%.\n\n";
        const std::string trunc = "Tổ chức hòa giải 103 vụ, trong đó có 97 vụ hòa giải thành (đạt tỷ lệ 94,1%).\n\n";
        // the order of the paragraphs changes from group to group: fractions before and after sums
        text += i % 3 == 0 ? frac + sum + gap + sep : i % 3 == 1 ? sum + sep + frac + gap : sep + gap + sum + frac;
        text += i % 2 ? date + pct + trunc : trunc + pct + date;
    }
    return parse_document(SourceText::from_utf8("f.txt", text));
}
}  // namespace

// A section makes no verdicts (RuleConfig::section), so the arithmetic rules write no verdict detail there
// (an unverifiable claim's reason, an inconsistent one's arithmetic again): its findings are those of the
// whole text, field by field, and the whole text's verdicts of inconsistent claims carry their arithmetic.
BOOST_AUTO_TEST_CASE(a_section_has_the_whole_texts_findings_without_verdict_details) {
    const Document doc = capped_section(40);
    RuleConfig whole_cfg, section_cfg;
    section_cfg.section = true;
    const CheckResult whole = run_rules(doc, whole_cfg);
    CheckResult part = run_rules(doc, section_cfg);
    sort_findings(part);
    BOOST_TEST(part.verdicts.empty());
    std::vector<std::string> want, got;
    for (const Finding& f : whole.findings) want.push_back(shown(f));
    for (const Finding& f : part.findings) got.push_back(shown(f));
    BOOST_TEST(want.size() > 100u);
    BOOST_TEST((want == got));
    std::size_t inconsistent = 0;
    for (const ClaimVerdict& v : whole.verdicts)
        if (v.status == ClaimStatus::inconsistent) {
            ++inconsistent;
            BOOST_TEST(!v.detail.vi.empty());
        }
    BOOST_TEST(inconsistent > 40u);
}

// A section of a sectioned text keeps, of each rule, the first findings in position order that the
// file has room for (run_rules with `counted`), and builds no others: exactly what the sorted
// section's findings gave when the pipeline took the first `room` of each rule — also when a rule
// reports out of position order, and when the section has more than kMaxFindingsPerRule of a rule
// (then the first kMaxFindingsPerRule reported, as before). `counted` grows by what the section
// counted (at most kMaxFindingsPerRule per rule).
BOOST_AUTO_TEST_CASE(section_room_keeps_what_the_sorted_section_kept) {
    RuleConfig cfg;
    cfg.section = true;
    for (const std::size_t groups : {120u, 520u}) {  // 520: 1 040 sum-mismatch findings, past the section's own cap
        const Document doc = capped_section(groups);
        // each rule's first kMaxFindingsPerRule reported, sorted (a section's findings come in report
        // order: the pipeline sorts the merged ones)
        CheckResult all = run_rules(doc, cfg);
        sort_findings(all);
        std::map<std::string, std::size_t> per_rule;
        for (const Finding& f : all.findings) ++per_rule[f.rule];
        for (const char* r : {"sum-mismatch", "number-format", "invalid-date", "percent-mismatch", "rounding"})
            BOOST_TEST(per_rule[r] >= groups / 2, r);
        BOOST_TEST(per_rule["sum-mismatch"] == std::min<std::size_t>(2 * groups, kMaxFindingsPerRule));
        for (const std::size_t room : {0u, 1u, 2u, 7u, 119u, 120u, 121u, 239u, 240u, 500u, 999u, 1000u}) {
            std::map<std::string, std::size_t> counted;
            for (const auto& rule : all_rules()) counted[rule->info().id] = kMaxFindingsPerRule - room;
            CheckResult part = run_rules(doc, cfg, &counted);
            sort_findings(part);
            std::vector<std::string> want, got;
            std::map<std::string, std::size_t> taken;
            for (const Finding& f : all.findings)
                if (taken[f.rule]++ < room) want.push_back(shown(f));
            for (const Finding& f : part.findings) got.push_back(shown(f));
            BOOST_TEST(want.size() == got.size(), "groups " << groups << " room " << room);
            BOOST_TEST((want == got), "groups " << groups << " room " << room);
            BOOST_TEST(part.notes.empty());
            for (const auto& rule : all_rules()) {
                const std::string& id = rule->info().id;
                BOOST_TEST(counted[id] == kMaxFindingsPerRule - room + per_rule[id], id << " room " << room);
            }
        }
    }
}

// sort_findings: findings in a few sorted runs (a sectioned text's structure pass, sections, deferred
// counts) are merged, more runs sorted; either way the order of a stable sort by (begin, end, rule),
// ties in the order given.
BOOST_AUTO_TEST_CASE(sort_findings_equals_stable_sort_for_any_number_of_runs) {
    std::uint32_t seed = 12345;
    const auto next = [&] { return seed = seed * 1103515245u + 12345u, (seed >> 16) & 0x7FFF; };
    for (int runs = 1; runs <= 8; ++runs)
        for (int round = 0; round < 40; ++round) {
            CheckResult r;
            for (int k = 0; k < runs; ++k) {
                std::vector<Finding> run(1 + next() % 30);
                for (Finding& f : run) {
                    f.span.begin = next() % 20;  // (few positions: many ties)
                    f.span.end = f.span.begin + next() % 3;
                    f.rule.assign(1, next() % 2 ? 'a' : 'b');  // (not `= cond ? "a" : "b"`: GCC 12 warned -Wrestrict on it, a false positive)
                }
                std::sort(run.begin(), run.end(), [](const Finding& x, const Finding& y) {
                    return std::tie(x.span.begin, x.span.end, x.rule) < std::tie(y.span.begin, y.span.end, y.rule);
                });
                for (Finding& f : run) {
                    f.arithmetic = std::to_string(r.findings.size());  // its place in the input
                    r.findings.push_back(std::move(f));
                }
            }
            std::vector<Finding> expected = r.findings;
            std::stable_sort(expected.begin(), expected.end(), [](const Finding& x, const Finding& y) {
                return std::tie(x.span.begin, x.span.end, x.rule) < std::tie(y.span.begin, y.span.end, y.rule);
            });
            sort_findings(r);
            BOOST_TEST_REQUIRE(r.findings.size() == expected.size());
            for (std::size_t i = 0; i < expected.size(); ++i)
                BOOST_TEST_REQUIRE(r.findings[i].arithmetic == expected[i].arithmetic, "runs " << runs << " round " << round << " at " << i);
        }
}

// A fingerprint is "{:016x}" of FNV-1a over rule id, 0x1F, the flagged text, 0x1F and the trimmed line (then
// "-n" for a repeat): the hex digits of a table of byte pairs, checked against fmt on the findings of a few
// lines (their hashes hold every digit).
BOOST_AUTO_TEST_CASE(fingerprint_is_the_hex_of_fnv1a) {
    std::string body;
    for (int i = 0; i < 12; ++i)
        body += "Xã " + std::to_string(i) + " có " + std::to_string(80 + i) + " hộ, gồm: thôn Đông 21 hộ, thôn Tây 17 hộ, thôn Nam " +
                std::to_string(30 + 2 * i) + " hộ.\n\n";
    Document d = parse_document(SourceText::from_utf8("f.txt", body));
    const auto r = run_rules(d, RuleConfig{});
    BOOST_REQUIRE(r.findings.size() >= 10u);
    std::string digits;
    for (const Finding& f : r.findings) {
        const std::string key = f.rule + "\x1f" + std::string(d.source.slice(f.span)) + "\x1f" +
                                std::string(trim(d.source.line_text(d.source.line_of(f.span.begin))));
        std::uint64_t h = 1469598103934665603ull;
        for (const unsigned char c : key) h = (h ^ c) * 1099511628211ull;
        BOOST_TEST(f.fingerprint.substr(0, 16) == fmt::format("{:016x}", h));
        digits += f.fingerprint.substr(0, 16);
    }
    BOOST_TEST(digits.find_first_not_of("0123456789abcdef") == std::string::npos);
    for (const char c : std::string("0123456789abcdef")) BOOST_TEST(digits.find(c) != std::string::npos, c);
}

// Every rule builds its findings in place (Sink::start, commit). The engine's sink fills a finding in its result;
// Sink's own start() fills a scratch finding and report()s it (a plain sink's path, as a rule's report() was):
// the same findings either way — span, texts, rule, category, severity (the engine's: the running rule's, with
// its configured severity, as report() set them), for each rule and in report order.
BOOST_AUTO_TEST_CASE(findings_built_in_place_are_what_a_plain_sink_gets) {
    const Document doc = capped_section(40);
    std::size_t rules_with_findings = 0;
    for (const auto& rule : all_rules()) {
        const RuleInfo& info = rule->info();
        RuleConfig only;
        for (const auto& other : all_rules()) only.enabled[other->info().id] = other.get() == rule.get();
        only.severity[info.id] = Severity::info;  // (not the default: the engine's findings carry the configured one)
        CheckResult engine = run_rules(doc, only);
        rct::CollectSink plain;
        rule->check(doc, plain);
        // what the engine's report() set on a reported finding: the rule, its category, the configured severity
        for (Finding& f : plain.found) {
            if (f.rule.empty()) f.rule = info.id;
            f.category = info.category;
            f.severity = Severity::info;
        }
        std::stable_sort(plain.found.begin(), plain.found.end(), finding_before);
        std::vector<std::string> want, got;
        for (const Finding& f : plain.found) want.push_back(shown(f));
        for (const Finding& f : engine.findings) got.push_back(shown(f));
        BOOST_TEST((want == got), info.id);
        if (!got.empty()) ++rules_with_findings;
    }
    BOOST_TEST(rules_with_findings >= 5u);
}

// The structure pass of a sectioned text (a section's config without `counted`) keeps at most kMaxFindingsPerRule
// of each enabled rule: its findings have room for that many from the start (the vector never grows: each
// growth moved every finding), and are the same as those of the text checked whole.
BOOST_AUTO_TEST_CASE(structure_pass_has_room_for_every_rules_cap) {
    std::string text;
    for (int i = 0; i < 1500; ++i) text += fmt::format("{}. Mục {}\n\nNội dung {}.\n\n", (i * 7) % 13 + 1, i, i);
    const Document doc = parse_document(SourceText::from_utf8("h.txt", text));
    RuleConfig structure;
    structure.section = true;
    std::size_t enabled = 0;
    for (const auto& rule : all_rules()) {
        const std::string& id = rule->info().id;
        const bool on = id == "heading-sequence" || id == "letter-sequence" || id == "footnote-sequence";
        structure.enabled[id] = on;
        enabled += on ? 1 : 0;
    }
    CheckResult pass = run_rules(doc, structure);
    BOOST_TEST(pass.findings.size() == kMaxFindingsPerRule);  // heading-sequence at its cap
    BOOST_TEST(pass.findings.capacity() >= enabled * kMaxFindingsPerRule);
    RuleConfig whole = structure;
    whole.section = false;
    const CheckResult w = run_rules(doc, whole);
    sort_findings(pass);
    std::vector<std::string> want, got;
    for (const Finding& f : w.findings) want.push_back(shown(f));
    for (const Finding& f : pass.findings) got.push_back(shown(f));
    BOOST_TEST((want == got));
}
