#define BOOST_TEST_MODULE reports
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cstdlib>
#include <random>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "grammar/document.hpp"
#include "reports/report.hpp"
#include "reports/stream_util.hpp"
#include "rules/rule.hpp"
#include "rc_version.hpp"

// Golden tests for the text / JSON / SARIF / JUnit renderers and safety tests for the HTML
// renderer, on hand-built fixtures (own text, hand-made findings, claims and verdicts), so
// they do not depend on the rules. RC_UPDATE_GOLDEN=1 rewrites tests/data/reports/*.
// RC_HTML_OUT=<file> writes the hostile fixture's HTML (used by tests/cli/html_browser.sh);
// RC_HTML_DEMO=<file> writes the realistic demo report (docs/screenshot-report.png).

using namespace rc;

namespace {

const std::string kText =
    "ỦY BAN NHÂN DÂN HUYỆN LÂM THÀNH\n"
    "BÁO CÁO\n"
    "Tình hình kinh tế - xã hội năm 2025 và nhiệm vụ năm 2026\n"
    "\n"
    "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU\n"
    "1. Tổng thu ngân sách nhà nước trên địa bàn đạt 1.250 tỷ đồng, gồm thu nội địa 820 tỷ đồng và thu từ đất 450 tỷ đồng.\n"
    "2. Toàn huyện còn 457 hộ nghèo; trong năm có 57 hộ thoát nghèo, chiếm 12,46% số hộ nghèo đầu năm.\n"
    "3. Giá trị sản xuất nông nghiệp đạt 3.482,125 tỷ đồng, tăng 6,25% so với năm 2024 (3.277,3 tỷ đồng).\n"
    "4. Tỷ lệ trường đạt chuẩn quốc gia đạt 68,4%, vượt 3,4 điểm phần trăm kế hoạch (65%).\n";

const std::string kHostile =
    "Ghi chú: <script>document.title=\"PWNED\"</script> \"><img src=x onerror=\"document.body.setAttribute('data-pwned','1')\"> "
    "</style><style>body{display:none}</style> \x01\x7f tách\xE2\x80\xA8" "dòng </script> kết thúc 9.999 tỷ.\n";

Span span_of(const Document& d, std::string_view needle, std::size_t nth = 0) {
    const std::string_view t = d.source.text();
    std::size_t at = t.find(needle);
    while (nth-- > 0 && at != std::string::npos) at = t.find(needle, at + 1);
    BOOST_REQUIRE_MESSAGE(at != std::string::npos, "fixture text lacks: " << needle);
    return {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + needle.size())};
}

// A finding of the fixture rule at s (an error, message "m" in both languages): the large-report tests' many.
Finding fixture_finding(Span s) {
    Finding x;
    x.rule = "fixture-sum";
    x.severity = Severity::error;
    x.span = s;
    x.message = {"m", "m"};
    return x;
}

FileReport make_file(bool hostile) {
    FileReport f;
    f.path = hostile ? "bao-cao <thu>.txt" : "bao-cao-2025.txt";
    f.format = "text";
    auto doc = std::make_shared<Document>(parse_document(SourceText::from_utf8(f.path, kText + (hostile ? kHostile : ""))));
    Document& d = *doc;
    d.claims.claims.clear();
    auto claim = [&](ClaimKind k, Span s) {
        Claim c;
        c.kind = k;
        c.span = s;
        d.claims.claims.push_back(c);
        return d.claims.claims.size() - 1;
    };
    const std::size_t c_sum = claim(ClaimKind::sum, span_of(d, "đạt 1.250 tỷ đồng, gồm thu nội địa 820 tỷ đồng và thu từ đất 450 tỷ đồng"));
    const std::size_t c_pct = claim(ClaimKind::percent_of, span_of(d, "57 hộ thoát nghèo, chiếm 12,46%"));
    const std::size_t c_gr = claim(ClaimKind::growth, span_of(d, "3.482,125 tỷ đồng, tăng 6,25% so với năm 2024 (3.277,3 tỷ đồng)"));
    claim(ClaimKind::percent_of, span_of(d, "68,4%, vượt 3,4 điểm phần trăm kế hoạch (65%)"));  // no verdict: unverifiable

    Finding sum;
    sum.rule = "fixture-sum";
    sum.category = Category::sum;
    sum.severity = Severity::error;
    sum.span = span_of(d, "1.250");
    sum.related = {{span_of(d, "820"), {"thành phần thứ nhất", "first part"}}, {span_of(d, "450"), {"thành phần thứ hai", "second part"}}};
    sum.message = {"Tổng 1.250 tỷ đồng không bằng tổng các thành phần (1.270 tỷ đồng)",
                   "The total 1.250 tỷ đồng differs from the sum of its parts (1.270 tỷ đồng)"};
    sum.arithmetic = "820 + 450 = 1.270 ≠ 1.250";
    sum.expected = "1.270";
    sum.actual = "1.250";
    sum.suggestion = "1.270";
    sum.typo = Text{"1.250 ↔ 1.270: một chữ số bị gõ nhầm", "1.250 ↔ 1.270: one digit mistyped"};
    sum.fingerprint = "fx-sum-0001";

    Finding pct;
    pct.rule = "fixture-percent";
    pct.category = Category::percent;
    pct.severity = Severity::warning;
    pct.span = span_of(d, "12,46%");
    pct.related = {{span_of(d, "457"), {"số hộ nghèo đầu năm", "poor households at the start of the year"}}};
    pct.message = {"Tỷ lệ 12,46% không khớp với 57/457", "The rate 12,46% does not match 57/457"};
    pct.arithmetic = "57 / 457 × 100 = 12,4726…%";
    pct.expected = "[12,465; 12,475)";
    pct.actual = "12,46%";
    pct.suggestion = "12,47%";
    pct.fingerprint = "fx-pct-0002";

    // Overlaps the sum finding ("đạt 1.250 tỷ"): the HTML must cut it into segments.
    Finding unit;
    unit.rule = "fixture-overlap";
    unit.category = Category::format;
    unit.severity = Severity::warning;
    unit.span = span_of(d, "đạt 1.250 tỷ");
    unit.message = {"Thông điệp có <b>thẻ</b> & \"ngoặc\"", "Message with <b>tag</b> & \"quotes\""};
    unit.fingerprint = "fx-ovl-0003";

    f.result.findings = {sum, pct, unit};
    if (hostile) {
        Finding inj;
        inj.rule = "fixture-hostile";
        inj.category = Category::other;
        inj.severity = Severity::error;
        inj.span = span_of(d, "<script>document.title=\"PWNED\"</script>");
        inj.message = {"<script>document.title='PWNED2'</script>", "<script>document.title='PWNED2'</script>"};
        inj.arithmetic = "</style><img src=x onerror=\"document.title='PWNED3'\">";
        inj.fingerprint = "fx-inj-0004";
        f.result.findings.push_back(inj);
    }

    auto verdict = [&](std::size_t c, ClaimStatus st, std::string rule, Text detail) {
        f.result.verdicts.push_back({c, st, std::move(rule), std::move(detail)});
    };
    verdict(c_sum, ClaimStatus::inconsistent, "fixture-sum", {"820 + 450 = 1.270 ≠ 1.250", "820 + 450 = 1.270 ≠ 1.250"});
    verdict(c_pct, ClaimStatus::inconsistent, "fixture-percent", {"57/457 = 12,47% ∉ [12,455; 12,465)", "57/457 = 12,47% ∉ [12,455; 12,465)"});
    verdict(c_gr, ClaimStatus::consistent, "fixture-growth",
            {"3.482,125 / 3.277,3 = 1,0625 → tăng 6,25% ∈ [6,245; 6,255)", "3.482,125 / 3.277,3 = 1,0625 → up 6,25% ∈ [6,245; 6,255)"});
    f.doc = std::move(doc);
    return f;
}

RunReport make_run(bool hostile) {
    RunReport run;
    run.files.push_back(make_file(hostile));
    FileReport missing;
    missing.path = "thieu-phu-luc.docx";
    missing.format = "docx";
    missing.error = "không mở được tệp: không phải tệp .docx hợp lệ";
    run.files.push_back(std::move(missing));
    return run;
}

std::string render_to_string(Format fmt, const RunReport& run, Lang lang = Lang::vi, std::optional<Severity> fail_on = Severity::error) {
    RenderOptions o;
    o.lang = lang;
    o.fail_on = fail_on;
    std::ostringstream s;
    render(fmt, run, o, s);
    return s.str();
}

std::string without_version(std::string s) {
    const std::string v = RC_VERSION;
    for (std::size_t at; (at = s.find(v)) != std::string::npos;) s.replace(at, v.size(), "@VERSION@");
    return s;
}

void check_golden(const std::string& name, const std::string& actual) {
    const std::string path = std::string(RC_TEST_DATA) + "/reports/" + name;
    if (std::getenv("RC_UPDATE_GOLDEN")) {
        std::ofstream(path, std::ios::binary) << actual;
        return;
    }
    std::ifstream in(path, std::ios::binary);
    BOOST_REQUIRE_MESSAGE(in, "missing golden file " << path << " (run with RC_UPDATE_GOLDEN=1)");
    std::ostringstream want;
    want << in.rdbuf();
    BOOST_TEST(actual == want.str(), "output differs from " << path);
}

std::size_t count(const std::string& hay, std::string_view needle) {
    std::size_t n = 0;
    for (std::size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + needle.size())) ++n;
    return n;
}

}  // namespace

BOOST_AUTO_TEST_CASE(text_golden) {
    const RunReport run = make_run(false);
    check_golden("fixture.vi.txt", render_to_string(Format::text, run));
    check_golden("fixture.en.txt", render_to_string(Format::text, run, Lang::en));
    const std::string t = render_to_string(Format::text, run);
    // Compiler-style head, underline under "1.250" (column 49 of line 6), arithmetic, summary.
    BOOST_TEST(t.find("bao-cao-2025.txt:6:49: lỗi: Tổng 1.250 tỷ đồng không bằng") != std::string::npos);
    BOOST_TEST(t.find("\n    820 + 450 = 1.270 ≠ 1.250\n") != std::string::npos);
    BOOST_TEST(t.find("2 tệp, 1 lỗi, 2 cảnh báo, 0 lưu ý; phép tính: 1 đúng, 2 sai, 1 chưa kiểm chứng được; 1 tệp không kiểm tra được") !=
               std::string::npos);
    BOOST_TEST(t.find("\x1b[") == std::string::npos);  // no colour unless asked
    RenderOptions col;
    col.color = true;
    std::ostringstream c;
    render_text(run, col, c);
    BOOST_TEST(c.str().find("\x1b[1;31m") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(text_underline_is_under_the_span) {
    const std::string t = render_to_string(Format::text, make_run(false));
    const std::size_t head = t.find("bao-cao-2025.txt:7:");
    BOOST_REQUIRE(head != std::string::npos);
    const std::size_t l1 = t.find('\n', head) + 1, l2 = t.find('\n', l1) + 1, l3 = t.find('\n', l2);
    const std::string excerpt = t.substr(l1, l2 - l1 - 1), under = t.substr(l2, l3 - l2);
    // Column (in characters) of '^' equals the column of "12,46%" in the excerpt.
    const std::size_t byte = excerpt.find("12,46%");
    BOOST_REQUIRE(byte != std::string::npos);
    BOOST_TEST(utf8_length(std::string_view(excerpt).substr(0, byte)) == under.find('^'));
    BOOST_TEST(under.substr(under.find('^')) == "^~~~~~");
}

BOOST_AUTO_TEST_CASE(text_is_terminal_safe) {
    // The hostile fixture has ESC-free controls (U+0001, DEL) in its last line; a finding there
    // must not print them raw.
    const std::string t = render_to_string(Format::text, make_run(true));
    BOOST_TEST(t.find('\x01') == std::string::npos);
    BOOST_TEST(t.find('\x7f') == std::string::npos);
    BOOST_TEST(t.find("bao-cao <thu>.txt:10:10: lỗi: <script>document.title='PWNED2'</script> [fixture-hostile]") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(json_golden_and_schema_shape) {
    const RunReport run = make_run(false);
    const std::string s = render_to_string(Format::json, run);
    check_golden("fixture.json", without_version(s));
    const auto j = nlohmann::json::parse(s);
    BOOST_TEST(j["version"] == 1);
    BOOST_TEST(j["files"].size() == 2u);
    const auto& f = j["files"][0];
    BOOST_TEST(f["findings"].size() == 3u);
    BOOST_TEST(f["findings"][0]["line"] == 6);
    BOOST_TEST(f["findings"][0]["column"] == 49);
    BOOST_TEST(f["findings"][0]["end_column"] == 54);
    BOOST_TEST(f["findings"][0]["suggestion"] == "1.270");
    BOOST_TEST(f["findings"][0]["related"].size() == 2u);
    BOOST_TEST(f["claims"].size() == 4u);
    BOOST_TEST(f["claims"][2]["status"] == "consistent");
    BOOST_TEST(f["claims"][3]["status"] == "unverifiable");
    BOOST_TEST(j["files"][1]["error"].is_string());
    BOOST_TEST(j["summary"]["consistent"] == 1);
}

BOOST_AUTO_TEST_CASE(sarif_golden) {
    const RunReport run = make_run(false);
    const std::string s = render_to_string(Format::sarif, run);
    auto j = nlohmann::json::parse(s);
    auto& runj = j["runs"][0];
    auto& rules = runj["tool"]["driver"]["rules"];
    // Every registered rule is described, then the fixture's unregistered ids.
    BOOST_TEST(rules.size() == all_rules().size() + 3);
    for (const auto& r : runj["results"]) BOOST_TEST(rules[r["ruleIndex"].get<std::size_t>()]["id"] == r["ruleId"]);
    BOOST_TEST(runj["columnKind"] == "unicodeCodePoints");
    const auto& reg = runj["results"][0]["locations"][0]["physicalLocation"]["region"];
    BOOST_TEST(reg["startLine"] == 6);
    BOOST_TEST(reg["startColumn"] == 49);
    BOOST_TEST(reg["endColumn"] == 54);
    BOOST_TEST(runj["results"][0]["partialFingerprints"]["reportcheck/v1"] == "fx-sum-0001");
    BOOST_TEST(runj["invocations"][0]["executionSuccessful"] == false);
    // The golden file holds the run without the registry-dependent parts.
    nlohmann::json tail = nlohmann::json::array();
    for (std::size_t i = all_rules().size(); i < rules.size(); ++i) tail.push_back(rules[i]);
    rules = tail;
    for (auto& r : runj["results"]) r.erase("ruleIndex");
    check_golden("fixture.sarif", without_version(j.dump(2) + "\n"));
    if (const char* out = std::getenv("RC_SARIF_OUT")) std::ofstream(out) << s;
}

BOOST_AUTO_TEST_CASE(junit_golden) {
    const RunReport run = make_run(true);
    const std::string err = render_to_string(Format::junit, run);
    check_golden("fixture.error.junit.xml", err);
    const std::string warn = render_to_string(Format::junit, run, Lang::vi, Severity::warning);
    check_golden("fixture.warning.junit.xml", warn);
    // --fail-on error: the two errors fail; --fail-on warning: the two warnings too.
    BOOST_TEST(count(err, "<failure ") == 2u);
    BOOST_TEST(count(warn, "<failure ") == 4u);
    BOOST_TEST(count(render_to_string(Format::junit, run, Lang::vi, std::nullopt), "<failure ") == 0u);
    BOOST_TEST(count(err, "<testsuite ") == 2u);
    BOOST_TEST(count(err, "<error ") == 1u);
    // Markup and control characters from the document are escaped / replaced, never raw.
    BOOST_TEST(err.find("<script>") == std::string::npos);
    BOOST_TEST(err.find("&lt;script&gt;") != std::string::npos);
    BOOST_TEST(err.find('\x01') == std::string::npos);
}

BOOST_AUTO_TEST_CASE(html_escapes_everything) {
    const RunReport run = make_run(true);
    const std::string h = render_to_string(Format::html, run);
    // Exactly our two <script> elements and our one <style>: nothing from the document.
    BOOST_TEST(count(h, "<script") == 2u);
    BOOST_TEST(count(h, "</script>") == 2u);
    BOOST_TEST(count(h, "<style") == 1u);
    BOOST_TEST(count(h, "</style>") == 1u);
    BOOST_TEST(h.find("<img") == std::string::npos);
    BOOST_TEST(h.find("<b>") == std::string::npos);
    BOOST_TEST(h.find("&lt;script&gt;document.title=&quot;PWNED&quot;&lt;/script&gt;") != std::string::npos);
    BOOST_TEST(h.find("&quot;&gt;&lt;img src=x onerror=") != std::string::npos);
    BOOST_TEST(h.find("&lt;/style&gt;") != std::string::npos);
    BOOST_TEST(h.find("\xE2\x90\x81\xE2\x90\xA1") != std::string::npos);  // U+0001, U+007F shown as ␁␡
    BOOST_TEST(h.find('\x01') == std::string::npos);
    // The embedded JSON has no '<' and no raw U+2028 (which would end a JS string).
    const std::size_t a = h.find("<script type=\"application/json\" id=\"rc-data\">");
    BOOST_REQUIRE(a != std::string::npos);
    const std::size_t b = h.find('>', a) + 1, e = h.find("</script>", b);
    const std::string data = h.substr(b, e - b);
    BOOST_TEST(data.find('<') == std::string::npos);
    BOOST_TEST(data.find("\xE2\x80\xA8") == std::string::npos);
    const auto j = nlohmann::json::parse(data);
    BOOST_TEST(j["files"][0]["findings"][3]["message"] == "<script>document.title='PWNED2'</script>");
    // No network: no URL the browser would load.
    BOOST_TEST(h.find("http://") == std::string::npos);
    BOOST_TEST(h.find("https://") == std::string::npos);
    BOOST_TEST(h.find("<link") == std::string::npos);
    BOOST_TEST(h.find("url(") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(html_structure) {
    const RunReport run = make_run(true);
    const std::string h = render_to_string(Format::html, run);
    BOOST_TEST(h.find("<html lang=\"vi\">") != std::string::npos);
    BOOST_TEST(h.find("<b id=\"n-errors\">2</b><span>lỗi</span>") != std::string::npos);
    BOOST_TEST(h.find("<b id=\"n-warnings\">2</b><span>cảnh báo</span>") != std::string::npos);
    BOOST_TEST(h.find("<b id=\"n-consistent\">1</b><span>phép tính đã kiểm tra đúng</span>") != std::string::npos);
    BOOST_TEST(count(h, "<li class=\"card ") == 4u);
    for (int k = 0; k < 4; ++k) BOOST_TEST(h.find("<span id=\"h0-" + std::to_string(k) + "\"></span>") != std::string::npos);
    // "đạt 1.250 tỷ": "đạt " (overlap only, warning), "1.250" (error + warning), " tỷ" (warning).
    BOOST_TEST(h.find("<a class=\"hl w\" href=\"#c0-2\" data-f=\"0-2\" title=\"Thông điệp có &lt;b&gt;thẻ&lt;/b&gt; &amp; &quot;ngoặc&quot;\">đạt </a>") != std::string::npos);
    BOOST_TEST(h.find("<a class=\"hl e\" href=\"#c0-0\" data-f=\"0-2 0-0\" title=\"Tổng 1.250 tỷ đồng không bằng tổng các thành phần (1.270 tỷ đồng)\">1.250</a>") != std::string::npos);
    BOOST_TEST(h.find("<a class=\"hl w\" href=\"#c0-2\" data-f=\"0-2\" title=\"Thông điệp có &lt;b&gt;thẻ&lt;/b&gt; &amp; &quot;ngoặc&quot;\"> tỷ</a>") != std::string::npos);
    BOOST_TEST(h.find("<span class=\"ok\" data-c=\"0-2\">3.482,125 tỷ đồng") != std::string::npos);
    BOOST_TEST(h.find("<span class=\"sugg\">1.270</span>") != std::string::npos);
    BOOST_TEST(h.find("<span class=\"arith\">[12,465; 12,475)</span>") != std::string::npos);
    BOOST_TEST(h.find("id=\"file-index\"") != std::string::npos);
    BOOST_TEST(h.find("@media print") != std::string::npos);
    BOOST_TEST(count(h, "<div class=\"l\" id=\"L0-") == 10u);  // 10 lines, no empty line for the final newline
    const std::string en = render_to_string(Format::html, run, Lang::en);
    BOOST_TEST(en.find("<html lang=\"en\">") != std::string::npos);
    BOOST_TEST(en.find("calculations verified correct") != std::string::npos);
    if (const char* out = std::getenv("RC_HTML_OUT")) std::ofstream(out, std::ios::binary) << h;
    if (const char* out = std::getenv("RC_HTML_DEMO")) {
        std::ofstream(out, std::ios::binary) << render_to_string(Format::html, make_run(false));
        std::ofstream(std::string(out) + ".en.html", std::ios::binary) << render_to_string(Format::html, make_run(false), Lang::en);
    }
}

BOOST_AUTO_TEST_CASE(html_line_break_spans_are_visible) {
    // Findings whose span is only a line break, on a text line and on an empty line, and one
    // spanning two lines: each gets its anchor and a highlight.
    FileReport f;
    f.path = "ngat-dong.txt";
    f.format = "text";
    f.doc = std::make_shared<Document>(parse_document(SourceText::from_utf8(f.path, "Mục 1\n\nMục 3 dài\nhai dòng\n")));
    const std::string_view t = f.doc->source.text();
    auto add = [&](std::uint32_t b, std::uint32_t e) {
        Finding x;
        x.rule = "fixture-break";
        x.severity = Severity::warning;
        x.span = {b, e};
        x.message = {"m", "m"};
        f.result.findings.push_back(x);
    };
    const auto nl1 = static_cast<std::uint32_t>(t.find('\n'));
    add(nl1, nl1 + 1);          // the break after "Mục 1"
    add(nl1 + 1, nl1 + 2);      // the empty line
    const auto m3 = static_cast<std::uint32_t>(t.find("dài"));
    add(m3, static_cast<std::uint32_t>(t.find("hai dòng") + std::string_view("hai dòng").size()));  // crosses a line
    RunReport run;
    run.files.push_back(std::move(f));
    const std::string h = render_to_string(Format::html, run);
    BOOST_TEST(h.find("<span id=\"h0-0\"></span><a class=\"hl w\" href=\"#c0-0\" data-f=\"0-0\" title=\"m\">1</a>") != std::string::npos);
    BOOST_TEST(h.find("<span id=\"h0-1\"></span><a class=\"hl w\" href=\"#c0-1\" data-f=\"0-1\" title=\"m\">¶</a>") != std::string::npos);
    BOOST_TEST(h.find("<span id=\"h0-2\"></span><a class=\"hl w\" href=\"#c0-2\" data-f=\"0-2\" title=\"m\">dài</a>") != std::string::npos);
    BOOST_TEST(h.find("<span class=\"t\"><a class=\"hl w\" href=\"#c0-2\" data-f=\"0-2\" title=\"m\">hai dòng</a>") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(html_large_document_is_linear) {
    // 20 000 lines, 2 000 findings: must render quickly (no quadratic work).
    std::string text;
    for (int i = 0; i < 20000; ++i) text += "Dòng " + std::to_string(i) + ": tổng thu đạt 1.250 tỷ đồng, tăng 6,25%.\n";
    FileReport f;
    f.path = "lon.txt";
    f.format = "text";
    f.doc = std::make_shared<Document>(parse_document(SourceText::from_utf8(f.path, text)));
    const std::string_view t = f.doc->source.text();
    std::size_t at = 0;
    for (int i = 0; i < 2000; ++i) {
        at = t.find("1.250", at + 1);
        for (int k = 0; k < 9; ++k) at = t.find("1.250", at + 1);
        f.result.findings.push_back(fixture_finding({static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + 5)}));
    }
    RunReport run;
    run.files.push_back(std::move(f));
    const auto t0 = std::chrono::steady_clock::now();
    const std::string h = render_to_string(Format::html, run);
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    BOOST_TEST_MESSAGE("html: " << text.size() / 1e6 << " MB in " << ms << " ms");
    BOOST_TEST(count(h, "<a class=\"hl e\"") == 2000u);
    for (Format fm : {Format::text, Format::json, Format::sarif, Format::junit}) {
        const auto s0 = std::chrono::steady_clock::now();
        const std::size_t n = render_to_string(fm, run).size();
        const double fms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - s0).count();
        BOOST_TEST_MESSAGE("format " << static_cast<int>(fm) << ": " << n << " bytes in " << fms << " ms");
    }
    BOOST_TEST(ms < 2000.0);
}

BOOST_AUTO_TEST_CASE(excerpts_of_a_long_line_are_windows_around_the_span) {
    // One 60 KB line (PDF text without line breaks) with a finding in the middle: every format
    // shows a window around the span, cut with "…", never the whole line; a short line is whole.
    std::string text;
    for (int i = 0; i < 500; ++i) text += "Đoạn " + std::to_string(i) + ": tổng thu ngân sách đạt 1.250 tỷ đồng; ";
    text += "CHỖ SAI 9.999 tỷ đồng; ";
    for (int i = 500; i < 1000; ++i) text += "Đoạn " + std::to_string(i) + ": tổng thu ngân sách đạt 1.250 tỷ đồng; ";
    text += "\nDòng ngắn 7.777 tỷ đồng.\n";
    FileReport f;
    f.path = "mot-dong.txt";
    f.format = "text";
    f.doc = std::make_shared<Document>(parse_document(SourceText::from_utf8(f.path, text)));
    auto finding = [&](std::string_view needle) { return fixture_finding(span_of(*f.doc, needle)); };
    f.result.findings = {finding("9.999"), finding("7.777")};
    RunReport run;
    run.files.push_back(std::move(f));

    const nlohmann::json j = nlohmann::json::parse(render_to_string(Format::json, run));
    const std::string long_ex = j["files"][0]["findings"][0]["excerpt"];
    BOOST_TEST(long_ex.find("CHỖ SAI 9.999") != std::string::npos);
    BOOST_TEST(long_ex.rfind("…", 0) == 0u);                       // cut before
    BOOST_TEST(long_ex.substr(long_ex.size() - 3) == "…");          // and after
    BOOST_TEST(long_ex.size() < 4200u);                              // ≈ 2 KB each side, not 60 KB
    BOOST_TEST(j["files"][0]["findings"][1]["excerpt"] == "Dòng ngắn 7.777 tỷ đồng.");

    const std::string t = render_to_string(Format::text, run);
    const std::size_t head = t.find("mot-dong.txt:1:");
    BOOST_REQUIRE(head != std::string::npos);
    const std::size_t l1 = t.find('\n', head) + 1, l2 = t.find('\n', l1) + 1, l3 = t.find('\n', l2);
    const std::string excerpt = t.substr(l1, l2 - l1 - 1), under = t.substr(l2, l3 - l2);
    BOOST_TEST(utf8_length(excerpt) == 4u + 1 + 120 + 1);  // indent, "…", 120 characters, "…"
    const std::size_t byte = excerpt.find("9.999");
    BOOST_REQUIRE(byte != std::string::npos);
    BOOST_TEST(utf8_length(std::string_view(excerpt).substr(0, byte)) == under.find('^'));
    BOOST_TEST(under.substr(under.find('^')) == "^~~~~");

    const std::string x = render_to_string(Format::junit, run);
    BOOST_TEST(x.find("CHỖ SAI 9.999") != std::string::npos);
    BOOST_TEST(x.size() < 12000u);
    const std::string h = render_to_string(Format::html, run);
    BOOST_TEST(h.find("<mark>9.999</mark>") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(location_labels_in_every_format) {
    // A .docx-like file: the reader's labels ("đoạn 6", "bảng 1, hàng 2") appear next to the
    // line:column in every format; lines without a label stay as before.
    RunReport run = make_run(false);
    FileReport& f = run.files[0];
    f.path = "bao-cao-2025.docx";
    f.format = "docx";
    f.line_labels.assign(10, "");
    f.line_labels[5] = "đoạn 6";
    f.line_labels[6] = "bảng 1, hàng 2";
    const std::string t = render_to_string(Format::text, run);
    check_golden("fixture.labels.vi.txt", t);
    BOOST_TEST(t.find("bao-cao-2025.docx:6:49 (đoạn 6): lỗi: Tổng 1.250 tỷ đồng không bằng") != std::string::npos);
    BOOST_TEST(t.find("bao-cao-2025.docx:7:") != std::string::npos);
    BOOST_TEST(t.find(" (bảng 1, hàng 2): cảnh báo: Tỷ lệ 12,46%") != std::string::npos);
    BOOST_TEST(t.find("  bao-cao-2025.docx:6:80 (đoạn 6): ghi chú: thành phần thứ nhất") != std::string::npos);

    const auto j = nlohmann::json::parse(render_to_string(Format::json, run));
    const auto& fs = j["files"][0]["findings"];
    BOOST_TEST(fs[0]["location"] == "đoạn 6");
    BOOST_TEST(fs[1]["location"] == "bảng 1, hàng 2");
    BOOST_TEST(fs[0]["related"][0]["location"] == "đoạn 6");
    BOOST_TEST(j["files"][0]["claims"][1]["location"] == "bảng 1, hàng 2");
    // Plain text: no "location" key at all.
    const auto plain = nlohmann::json::parse(render_to_string(Format::json, make_run(false)));
    BOOST_TEST(!plain["files"][0]["findings"][0].contains("location"));

    const auto s = nlohmann::json::parse(render_to_string(Format::sarif, run));
    const auto& loc = s["runs"][0]["results"][1]["locations"][0];
    BOOST_TEST(loc["physicalLocation"]["region"]["startLine"] == 7);
    BOOST_TEST(loc["message"]["text"] == "bảng 1, hàng 2");
    BOOST_TEST(s["runs"][0]["results"][1]["properties"]["location"] == "bảng 1, hàng 2");
    const auto splain = nlohmann::json::parse(render_to_string(Format::sarif, make_run(false)));
    BOOST_TEST(!splain["runs"][0]["results"][0]["locations"][0].contains("message"));
    BOOST_TEST(!splain["runs"][0]["results"][0]["properties"].contains("location"));
    if (const char* out = std::getenv("RC_SARIF_LABELS_OUT")) std::ofstream(out) << render_to_string(Format::sarif, run);

    const std::string x = render_to_string(Format::junit, run);
    BOOST_TEST(x.find("name=\"bao-cao-2025.docx:6:49 (đoạn 6) [fixture-sum]\"") != std::string::npos);
    BOOST_TEST(x.find("bao-cao-2025.docx:6:49 (đoạn 6): error: Tổng 1.250") != std::string::npos);

    const std::string h = render_to_string(Format::html, run);
    BOOST_TEST(h.find("<a class=\"loc\" href=\"#h0-0\">đoạn 6 · Dòng 6, cột 49</a>") != std::string::npos);
    BOOST_TEST(h.find("<a class=\"loc\" href=\"#h0-1\">bảng 1, hàng 2 · Dòng 7, cột ") != std::string::npos);
    BOOST_TEST(h.find("<div class=\"l\" id=\"L0-6\"><span class=\"n\" title=\"đoạn 6\">6</span>") != std::string::npos);
    BOOST_TEST(h.find("<div class=\"l\" id=\"L0-5\"><span class=\"n\">5</span>") != std::string::npos);
    const std::string en = render_to_string(Format::html, run, Lang::en);
    BOOST_TEST(en.find("<a class=\"loc\" href=\"#h0-0\">đoạn 6 · Line 6, column 49</a>") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(location_names_the_table_cell) {
    FileReport f;
    f.path = "bang.docx";
    f.format = "docx";
    f.doc = std::make_shared<Document>(parse_document(SourceText::from_utf8(
        f.path, "Bảng 1\n\n| Thôn | Năm 2024 | Năm 2025 |\n| Thôn Đông | 600 | 640 |\n|  | Tổng cộng |  1.250 |\n")));
    f.line_labels = {"đoạn 1", "", "bảng 1, hàng 1", "bảng 1, hàng 2", "bảng 1, hàng 3"};
    const Document& d = *f.doc;
    BOOST_TEST(location_at(f, span_of(d, "1.250").begin) == "bảng 1, hàng 3, ô 3");
    BOOST_TEST(location_at(f, span_of(d, "Tổng cộng").begin) == "bảng 1, hàng 3, ô 2");
    BOOST_TEST(location_at(f, span_of(d, "Thôn Đông").begin) == "bảng 1, hàng 2, ô 1");
    BOOST_TEST(location_at(f, span_of(d, "Bảng 1").begin) == "đoạn 1");
    Finding x;
    x.rule = "fixture-table";
    x.severity = Severity::error;
    x.span = span_of(d, "1.250");
    x.message = {"Dòng Tổng cộng sai", "Wrong total row"};
    f.result.findings.push_back(x);
    RunReport run;
    run.files.push_back(std::move(f));
    BOOST_TEST(render_to_string(Format::text, run).find("bang.docx:5:19 (bảng 1, hàng 3, ô 3): lỗi: Dòng Tổng cộng sai") !=
               std::string::npos);
    // Plain text: no label, no cell.
    run.files[0].line_labels.clear();
    BOOST_TEST(location_at(run.files[0], x.span.begin).empty());
}

// Streaming (issue 10): parts rendered in any order (as the --jobs workers finish them)
// and added in input order give exactly the document render() gives, in every format.
BOOST_AUTO_TEST_CASE(streamed_parts_rendered_in_any_order) {
    RunReport run = make_run(false);
    for (int i = 0; i < 4; ++i) {
        FileReport f = make_file(i % 2 == 1);
        f.path = "phu-luc-" + std::to_string(i) + ".txt";
        run.files.push_back(std::move(f));
    }
    std::vector<std::string> paths;
    for (const FileReport& f : run.files) paths.push_back(f.path);
    for (Format fmt : {Format::text, Format::json, Format::sarif, Format::junit, Format::html}) {
        const std::string whole = render_to_string(fmt, run);
        RenderOptions o;
        std::ostringstream s;
        auto w = make_writer(fmt, o, paths, s);
        std::vector<RenderedFile> parts(run.files.size());
        for (std::size_t i = run.files.size(); i-- > 0;) parts[i] = w->render(i, run.files[i]);
        for (std::size_t i = 0; i < parts.size(); ++i) w->add(i, std::move(parts[i]));
        w->finish();
        BOOST_TEST(s.str() == whole, "format " << static_cast<int>(fmt));
        BOOST_TEST(w->summary().files == run.files.size());
        BOOST_TEST(w->summary().file_errors == 1u);
    }
}

// A file's part past 1 MB is moved to its spool as it is written, whatever the shape of the text:
// a document of one 4 MB line (a PDF export without line breaks) is escaped into the HTML part a
// piece at a time, and a JUnit suite of 3 MB is written one case at a time, so the part's buffer
// never grows to the size of the line or the suite (it grew by doubling past both). The pieces come
// back in order: the text between the findings is the whole line's escape, the cases are in order.
BOOST_AUTO_TEST_CASE(large_parts_are_spooled_in_pieces) {
    std::string text;
    for (int i = 0; text.size() < (std::size_t{4} << 20); ++i)
        text += "Đoạn " + std::to_string(i) + ": \"thu\" <nội địa> & 'đất' 1.250 tỷ đồng; ";
    text += "\n";
    FileReport f;
    f.path = "mot-dong.txt";
    f.format = "text";
    f.doc = std::make_shared<Document>(parse_document(SourceText::from_utf8(f.path, text)));
    const std::string_view t = f.doc->source.text();
    // 700 findings in the second half of the line (a JUnit case shows about 4 KB of it: 3 MB), none before.
    std::vector<std::uint32_t> at;
    for (std::size_t a = t.find("1.250", t.size() / 2); at.size() < 700 && a != std::string_view::npos; a = t.find("1.250", a + 2000)) {
        f.result.findings.push_back(fixture_finding({static_cast<std::uint32_t>(a), static_cast<std::uint32_t>(a + 5)}));
        at.push_back(static_cast<std::uint32_t>(a));
    }
    BOOST_REQUIRE(at.size() == 700u);
    RunReport run;
    run.files.push_back(std::move(f));
    const FileReport& file = run.files.front();
    const std::vector<std::string> paths{file.path};
    auto escaped = [](std::string_view s) {
        std::string o;
        for (const char c : s) {
            switch (c) {
                case '&': o += "&amp;"; break;
                case '<': o += "&lt;"; break;
                case '>': o += "&gt;"; break;
                case '"': o += "&quot;"; break;
                case '\'': o += "&#39;"; break;
                default: o += c;
            }
        }
        return o;
    };
    for (Format fmt : {Format::html, Format::junit}) {
        RenderOptions o;
        std::ostringstream s;
        auto w = make_writer(fmt, o, paths, s);
        RenderedFile r = w->render(0, file);
        BOOST_TEST(r.spooled != nullptr, "format " << static_cast<int>(fmt));
        BOOST_TEST(r.part.capacity() <= (std::size_t{2} << 20), "format " << static_cast<int>(fmt) << ": " << r.part.capacity());
        w->add(0, std::move(r));
        w->finish();
        const std::string out = s.str();
        if (fmt == Format::html) {
            // The first half of the line, up to the first finding, escaped whole and in order
            // (cut into pieces at 64 KB, inside characters too) ...
            const std::string head = "<span class=\"t\">" + escaped(t.substr(0, at.front())) + "<span id=\"h0-0\">";
            BOOST_TEST(out.find(head) != std::string::npos);
            // ... and the rest after the last.
            BOOST_TEST(out.find(escaped(t.substr(at.back() + 5, t.size() - 1 - at.back() - 5)) + "</span></div>\n") != std::string::npos);
            BOOST_TEST(count(out, "<a class=\"hl e\"") == 700u);
        } else {
            BOOST_TEST(out.find("<testsuite name=\"mot-dong.txt\" tests=\"700\" failures=\"700\" errors=\"0\" skipped=\"0\">\n") != std::string::npos);
            BOOST_TEST(count(out, "<testcase ") == 700u);
            BOOST_TEST(count(out, "</testcase>") == 700u);
            std::size_t pos = 0;  // the cases in the findings' order
            for (const std::uint32_t a : at) {
                pos = out.find(fmt::format("name=\"mot-dong.txt:1:{} [fixture-sum]\"", file.doc->source.position(a).column), pos);
                BOOST_REQUIRE(pos != std::string::npos);
            }
            BOOST_TEST(out.ends_with("  </testsuite>\n</testsuites>\n"));
        }
    }
    // A small file's part stays in memory, whole.
    const RunReport small = make_run(false);
    for (Format fmt : {Format::html, Format::junit}) {
        RenderOptions o;
        std::ostringstream s;
        auto w = make_writer(fmt, o, {small.files[0].path, small.files[1].path}, s);
        BOOST_TEST(w->render(0, small.files[0]).spooled == nullptr);
    }
}

namespace {
bool spool_file_open() {
    for (const auto& e : std::filesystem::directory_iterator("/proc/self/fd")) {
        std::error_code ec;
        if (std::filesystem::read_symlink(e.path(), ec).string().find("reportcheck-spool.") != std::string::npos) return true;
    }
    return false;
}
}  // namespace

// The spool keeps its memory limit: beyond it the text goes to an unlinked temporary file,
// and comes back in order; a temporary directory that cannot be written is an error.
BOOST_AUTO_TEST_CASE(spool_spills_past_its_memory_limit) {
    std::string all;
    {
        Spool small(64);
        for (int i = 0; i < 300; ++i) {
            const std::string piece(static_cast<std::size_t>(i % 90), static_cast<char>('a' + i % 26));
            small.append(piece);
            all += piece;
        }
        BOOST_TEST(spool_file_open());
        std::ostringstream s;
        small.copy_to(s);
        BOOST_TEST(s.str() == all);
        BOOST_TEST(!spool_file_open());
    }
    {
        Spool big;  // 1 MB: this stays in memory
        big.append(all);
        BOOST_TEST(!spool_file_open());
        std::ostringstream s;
        big.copy_to(s);
        BOOST_TEST(s.str() == all);
    }
    const char* old = std::getenv("TMPDIR");
    const std::string saved = old ? old : "";
    ::setenv("TMPDIR", "/nonexistent-reportcheck-dir", 1);
    Spool nowhere(8);
    BOOST_CHECK_THROW(nowhere.append(all), std::runtime_error);
    if (old) ::setenv("TMPDIR", saved.c_str(), 1);
    else ::unsetenv("TMPDIR");
}

// The text excerpt's window (60 characters before the span at most, else 40 and "…"; 120 characters
// shown) is found eight bytes at a time (rules3): the same lines as stepping character by character,
// on lines of ASCII, two- and three-byte characters, for spans at every character of each line.
BOOST_AUTO_TEST_CASE(text_excerpt_window_is_the_character_walk) {
    const std::vector<std::string> chars = {"a", "7", " ", ".", "đ", "ơ", "ệ", "ữ", "Ư", "“", "…", "€", "x"};
    std::mt19937 rng(3);
    std::uniform_int_distribution<std::size_t> pick(0, chars.size() - 1);
    std::string text;
    for (const std::size_t len : {0u, 1u, 7u, 40u, 59u, 60u, 61u, 62u, 100u, 119u, 120u, 121u, 180u, 181u, 260u, 700u}) {
        for (std::size_t i = 0; i < len; ++i) text += chars[pick(rng)];
        text += '\n';
    }
    FileReport f;
    f.path = "cua-so.txt";
    f.format = "text";
    f.doc = std::make_shared<Document>(parse_document(SourceText::from_utf8(f.path, text)));
    const SourceText& src = f.doc->source;
    const std::string_view t = src.text();
    const auto cont = [&](std::uint32_t o) { return (static_cast<unsigned char>(t[o]) & 0xC0) == 0x80; };
    std::vector<std::string> expected;
    for (std::uint32_t o = 0; o <= t.size(); ++o) {
        if (o < t.size() && cont(o)) continue;
        Finding x;
        x.rule = "fixture";
        x.severity = Severity::error;
        x.span = {o, o};
        x.message = {"m", "m"};
        f.result.findings.push_back(x);
        // the window, character by character (the writer before rules3)
        const Span ls = src.line_span(src.line_of(o));
        const std::uint32_t b = std::clamp(o, ls.begin, ls.end);
        const auto back = [&](std::uint32_t p) {
            do --p;
            while (p > ls.begin && cont(p));
            return p;
        };
        const auto fwd = [&](std::uint32_t p) {
            const unsigned char c = static_cast<unsigned char>(t[p]);
            return std::min<std::uint32_t>(ls.end, p + (c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4));
        };
        std::uint32_t from = b;
        std::size_t before = 0;
        while (from > ls.begin && before <= 60) {
            from = back(from);
            ++before;
        }
        if (before > 60) {
            from = b;
            for (int k = 0; k < 40; ++k) from = back(from);
        }
        std::uint32_t to = from;
        for (std::size_t n = 0; n < 120 && to < ls.end; ++n) to = fwd(to);
        expected.push_back("    " + std::string(from > ls.begin ? "…" : "") + std::string(t.substr(from, to - from)) + (to < ls.end ? "…" : ""));
    }
    RunReport run;
    run.files.push_back(std::move(f));
    std::istringstream out(render_to_string(Format::text, run));
    std::string line;
    std::size_t k = 0;
    while (std::getline(out, line))
        if (line.starts_with("cua-so.txt:") && line.find("[fixture]") != std::string::npos) {
            std::string ex;
            std::getline(out, ex);
            BOOST_REQUIRE(k < expected.size());
            BOOST_TEST(ex == expected[k], "finding " << k);
            ++k;
        }
    BOOST_TEST(k == expected.size());
    BOOST_TEST(k > 2000u);
}

// The text writer's cleaning (controls and DEL to U+FFFD, a tab to a space) tests sixteen bytes at
// a time (rules3): a message with a control byte at every place of 0–70 bytes of text comes out
// as a byte-by-byte cleaning gives it.
BOOST_AUTO_TEST_CASE(text_cleaning_at_every_place) {
    const auto clean = [](std::string_view s) {
        std::string o;
        for (const char ch : s) {
            const auto c = static_cast<unsigned char>(ch);
            if (c == '\t') o += ' ';
            else if (c < 0x20 || c == 0x7F) o += "\xEF\xBF\xBD";
            else o += ch;
        }
        return o;
    };
    FileReport f;
    f.path = "sach.txt";
    f.format = "text";
    f.doc = std::make_shared<Document>(parse_document(SourceText::from_utf8(f.path, "Dòng một.\n")));
    std::vector<std::string> messages;
    const std::string base = "Tổng số 1.250 tỷ đồng không khớp ~ \x7E ă€ 0123456789 abcdefghij klmnopqrstu";
    for (const char ctl : {'\x01', '\t', '\x1F', '\x7F', '\r', '\x1B'})
        for (std::size_t len : {0u, 7u, 8u, 15u, 16u, 17u, 31u, 33u, 70u})
            for (std::size_t at = 0; at <= len; ++at) {
                std::string m = base.substr(0, std::min(len, base.size()));
                m.insert(std::min(at, m.size()), 1, ctl);
                if (at % 3 == 0) m.insert(0, 1, ctl);  // and one at the start
                messages.push_back(m);
                // and a second in the last sixteen bytes (the end is read as the sixteen ending there)
                if (at % 2 == 1 && m.size() > 6) messages.push_back(m.insert(m.size() - 2 - at % 5, 1, '\x02'));
            }
    for (const std::string& m : messages) {
        Finding x;
        x.rule = "fixture-clean";
        x.severity = Severity::warning;
        x.span = {0, 1};
        x.message = {m, m};
        f.result.findings.push_back(x);
    }
    RunReport run;
    run.files.push_back(std::move(f));
    std::istringstream out(render_to_string(Format::text, run));
    std::string line;
    std::size_t k = 0;
    const std::string head = "sach.txt:1:1: cảnh báo: ";
    while (std::getline(out, line))
        if (line.starts_with(head)) {
            BOOST_REQUIRE(k < messages.size());
            BOOST_TEST(line == head + clean(messages[k]) + " [fixture-clean]", "message " << k);
            ++k;
        }
    BOOST_TEST(k == messages.size());
}
