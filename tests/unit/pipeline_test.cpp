#define BOOST_TEST_MODULE pipeline
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

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
    // A footnote reference without a body: the footnote rules see the whole text.
    text += "Kết quả đạt khá¹.\n";
    BOOST_REQUIRE_GT(text.size(), kWholeDocumentLimit);
    FileReport r = check_text("big.txt", "text", std::move(text), RuleConfig{});
    BOOST_REQUIRE(r.doc);
    BOOST_TEST(count_rule(r.result, "sum-mismatch") == 1u);
    BOOST_TEST(count_rule(r.result, "footnote-missing-body") == 1u);
    for (const Finding& f : r.result.findings)
        if (f.rule == "footnote-missing-body") BOOST_TEST(r.doc->source.position(f.span.begin).line == 2 * n + 3);
    for (const Finding& f : r.result.findings)
        if (f.rule == "sum-mismatch") {
            BOOST_TEST(r.doc->source.position(f.span.begin).line == 2 * n + 1);
            BOOST_TEST(std::string(r.doc->source.slice(f.span)).find("980 hộ") != std::string::npos);
            BOOST_TEST(!f.fingerprint.empty());
        }
    BOOST_REQUIRE(!r.result.notes.empty());
    BOOST_TEST(r.result.notes.front().en.find("sections") != std::string::npos);
}

// The footnote and heading rules run over the whole text of a sectioned file: a reference
// in the first section whose body is in the last is not "missing", and a heading number
// skipped across a section boundary is found (near miss: the same text without the gap).
BOOST_AUTO_TEST_CASE(sectioned_footnotes_and_headings_see_the_whole_text) {
    std::string filler;
    while (filler.size() < 3 * kSection) filler += kGood;
    // In the last section, a count whose footnote (number 2, the text's only one) lists its members.
    const auto make = [&](const char* second, const char* count) {
        return std::string("I. KẾT QUẢ\n\nKết quả đạt khá¹.\n\n") + filler + second + filler + "Có " + count +
               " đồng chí được tặng Huy hiệu 40 năm tuổi Đảng².\n\nCHÚ THÍCH\n\n¹ Theo số liệu của Cục Thống kê.\n\n"
               "² Gồm: đồng chí Nguyễn Văn Hải; đồng chí Vũ Thị Lan; đồng chí Hoàng Minh Đức.\n";
    };
    FileReport gap = check_text("gap.txt", "text", make("III. NHIỆM VỤ\n\n", "04"), RuleConfig{});
    FileReport seq = check_text("seq.txt", "text", make("II. NHIỆM VỤ\n\n", "03"), RuleConfig{});
    BOOST_REQUIRE(!gap.result.notes.empty());
    BOOST_TEST(gap.result.notes.front().en.find("sections") != std::string::npos);
    BOOST_TEST(count_rule(gap.result, "footnote-missing-body") == 0u);
    BOOST_TEST(count_rule(gap.result, "footnote-unreferenced") == 0u);
    BOOST_TEST(count_rule(gap.result, "heading-sequence") == 1u);
    BOOST_TEST(count_rule(gap.result, "count-vs-list") == 1u);
    BOOST_TEST(count_rule(seq.result, "footnote-missing-body") == 0u);
    BOOST_TEST(count_rule(seq.result, "heading-sequence") == 0u);
    BOOST_TEST(count_rule(seq.result, "count-vs-list") == 0u);
    // The same count when another body ² exists elsewhere in the text: not judged in a section.
    std::string twice = make("II. NHIỆM VỤ\n\n", "04");
    twice.insert(0, "² Gồm: đồng chí Nguyễn Văn Hải; đồng chí Vũ Thị Lan; đồng chí Hoàng Minh Đức; đồng chí Lê Văn Tám.\n\n");
    FileReport amb = check_text("amb.txt", "text", std::move(twice), RuleConfig{});
    BOOST_TEST(count_rule(amb.result, "count-vs-list") == 0u);
}

// A one-line "PHỤ LỤC" restarts the heading numbering in a sectioned file as in a whole one (the
// structure pass borrows one-line blocks' text from the source: rules must read Block::view()).
BOOST_AUTO_TEST_CASE(sectioned_appendix_restarts_headings) {
    std::string filler;
    while (filler.size() < 3 * kSection) filler += kGood;
    const auto make = [&](const char* appendix) {
        return std::string("I. KẾT QUẢ\n\n") + filler + "II. NHIỆM VỤ\n\n" + filler + appendix +
               "I. BIỂU SỐ LIỆU\n\nBảng tổng hợp kết quả.\n\nII. DANH MỤC CÔNG TRÌNH\n\nDanh mục kèm theo.\n";
    };
    FileReport restarted = check_text("appendix.txt", "text", make("PHỤ LỤC\n\n"), RuleConfig{});
    BOOST_REQUIRE(!restarted.result.notes.empty());
    BOOST_TEST(restarted.result.notes.front().en.find("sections") != std::string::npos);
    BOOST_TEST(count_rule(restarted.result, "heading-sequence") == 0u);
    // the other blocks that open a numbering (the pipeline keeps them by their first two bytes: "PH"/"Ph", A-H and '.')
    for (const char* opener : {"Phụ lục 02\n\n", "A. KẾT QUẢ THỰC HIỆN\n\n", "H. DANH MỤC KÈM THEO\n\n"}) {
        FileReport r = check_text("appendix.txt", "text", make(opener), RuleConfig{});
        BOOST_TEST(count_rule(r.result, "heading-sequence") == 0u, opener);
    }
    // near misses: they open nothing, whole or sectioned
    for (const char* other : {"Phát triển kinh tế\n\n", "A, KẾT QUẢ\n\n", "I. KẾT QUẢ\n\n"}) {
        FileReport r = check_text("appendix.txt", "text", make(other), RuleConfig{});
        BOOST_TEST(count_rule(r.result, "heading-sequence") >= 1u, other);
    }
    // without the appendix line, "I." after "II." is a broken sequence
    FileReport broken = check_text("noappendix.txt", "text", make(""), RuleConfig{});
    BOOST_TEST(count_rule(broken.result, "heading-sequence") >= 1u);
}

namespace {
using Key = std::tuple<std::string, std::uint32_t, std::uint32_t, std::string>;
std::multiset<Key> keys(const CheckResult& r, bool structure) {
    static const std::set<std::string> whole = {"footnote-missing-body", "footnote-unreferenced", "footnote-sequence",
                                                "heading-sequence", "letter-sequence"};
    std::multiset<Key> out;
    for (const Finding& f : r.findings)
        if (whole.count(f.rule) == static_cast<std::size_t>(structure)) out.insert({f.rule, f.span.begin, f.span.end, f.message.en});
    return out;
}
// The annotated corpus documents (tests/corpus/*.txt) in name order, each followed by a blank line.
std::string corpus_text() {
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(std::string(RC_TEST_DATA) + "/../corpus"))
        if (e.path().extension() == ".txt") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    BOOST_REQUIRE_GE(files.size(), 20u);
    std::string text;
    for (const auto& p : files) {
        std::ifstream in(p, std::ios::binary);
        std::ostringstream ss;
        ss << in.rdbuf();
        text += ss.str();
        text += "\n\n";
    }
    return text;
}
}  // namespace

// The corpus documents concatenated past the whole-document limit: checked in sections and
// checked whole, the footnote and heading findings are the same findings (place and message).
BOOST_AUTO_TEST_CASE(sectioned_and_whole_agree_on_the_corpus) {
    const std::string corpus = corpus_text();
    std::string text;
    while (text.size() <= kWholeDocumentLimit + 2 * kSection) text += corpus;
    FileReport sectioned = check_text("all.txt", "text", text, RuleConfig{});
    FileReport whole = check_text("all.txt", "text", text, RuleConfig{}, false, std::size_t(-1));
    BOOST_REQUIRE(!sectioned.result.notes.empty());
    BOOST_TEST(sectioned.result.notes.front().en.find("sections") != std::string::npos);
    const auto s = keys(sectioned.result, true), w = keys(whole.result, true);
    BOOST_TEST(w.size() > 100u);
    BOOST_TEST((s == w));
    // The other rules judge a sentence, a table or a date with what its section holds and
    // agree too — the report's own date and period included: every section reads the title
    // block of the whole text (future-date, implausible-year, period-mismatch agree). Known
    // differences: a citation is compared only with the citations of its own section; a count
    // against a footnote list only when the body's number is the text's only one (fewer
    // findings, never another document's footnote); a recipient list is read in each section,
    // not only the text's first (more findings: the concatenated reports' own lists).
    const auto so = keys(sectioned.result, false), wo = keys(whole.result, false);
    std::map<std::string, std::pair<int, int>> diff;  // rule -> (only sectioned, only whole)
    for (const Key& k : so) if (!wo.count(k)) ++diff[std::get<0>(k)].first;
    for (const Key& k : wo) if (!so.count(k)) ++diff[std::get<0>(k)].second;
    for (const auto& [rule, d] : diff) {
        std::cout << "  " << rule << ": only sectioned " << d.first << ", only whole " << d.second << "\n";
        const bool known = rule == "citation-conflict" || (rule == "count-vs-list" && d.first == 0) ||
                           (rule == "duplicate-recipient" && d.second == 0);
        BOOST_TEST(known, rule << " differs between sectioned and whole checking");
    }
    std::cout << "  sectioned " << so.size() << ", whole " << wo.size() << " other findings\n";
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

namespace {
// 1 200 sum-mismatch findings spread over 1.6 MB: 900 sums and, every fourth, a fraction (the rule
// reports a document's sums, then its fractions). `lines`: each one's line, in text order.
std::string many_mismatches(std::vector<std::uint32_t>& lines, std::vector<bool>& fraction) {
    const std::string frac = "Đến nay có 21/19 xã đạt chuẩn nông thôn mới.\n\n";
    std::string text;
    std::uint32_t line = 1;
    for (std::size_t i = 0; i < 1200; ++i) {
        for (int k = 0; k < 15; ++k, line += 2) text += kGood;
        const bool f = i % 4 == 3;
        text += f ? frac : kBad;
        lines.push_back(line);
        fraction.push_back(f);
        line += 2;
    }
    return text;
}
}  // namespace

// Past the per-file cap in a sectioned text: the first kMaxFindingsPerRule findings of the rule in
// text order across the sections are kept (the cap falls inside a section, where the rule reports its
// fractions after its sums), and the others are counted in the note.
BOOST_AUTO_TEST_CASE(sectioned_cap_keeps_the_first_in_text_order) {
    std::vector<std::uint32_t> lines;
    std::vector<bool> fraction;
    std::string text = many_mismatches(lines, fraction);
    BOOST_REQUIRE_GT(text.size(), 3 * kSection);
    FileReport r = check_text("cap.txt", "text", std::move(text), RuleConfig{});
    BOOST_REQUIRE(r.doc);
    BOOST_REQUIRE(!r.result.notes.empty());
    BOOST_TEST(r.result.notes.front().en.find("sections") != std::string::npos);
    std::vector<std::uint32_t> kept;
    for (const Finding& f : r.result.findings)
        if (f.rule == "sum-mismatch") kept.push_back(r.doc->source.position(f.span.begin).line);
    const std::vector<std::uint32_t> first(lines.begin(), lines.begin() + kMaxFindingsPerRule);
    BOOST_TEST(kept == first, boost::test_tools::per_element());
    BOOST_REQUIRE_EQUAL(r.result.notes.size(), 2u);
    BOOST_TEST(r.result.notes[1].vi == "Quy tắc sum-mismatch còn 200 phát hiện nữa không được liệt kê (tối đa 1000 mỗi tệp)");
    BOOST_TEST(r.result.notes[1].en == "Rule sum-mismatch has 200 more findings that are not listed (at most 1000 per file)");
}

// The same text checked whole: the first kMaxFindingsPerRule findings the rule reports are kept (its
// 900 sums, then its first 100 fractions), the others counted; every claim keeps its verdict.
BOOST_AUTO_TEST_CASE(whole_cap_keeps_the_first_reported) {
    std::vector<std::uint32_t> lines;
    std::vector<bool> fraction;
    std::string text = many_mismatches(lines, fraction);
    FileReport r = check_text("cap.txt", "text", std::move(text), RuleConfig{}, false, std::size_t(-1));
    BOOST_REQUIRE(r.doc);
    std::vector<std::uint32_t> kept, want;
    for (const Finding& f : r.result.findings)
        if (f.rule == "sum-mismatch") kept.push_back(r.doc->source.position(f.span.begin).line);
    std::size_t fractions = 0;
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (!fraction[i] || fractions++ < kMaxFindingsPerRule - 900) want.push_back(lines[i]);
    BOOST_TEST(kept == want, boost::test_tools::per_element());
    BOOST_REQUIRE_EQUAL(r.result.notes.size(), 1u);
    BOOST_TEST(r.result.notes[0].vi == "Quy tắc sum-mismatch còn 200 phát hiện nữa không được liệt kê (tối đa 1000 mỗi tệp)");
    std::size_t wrong = 0;
    for (const ClaimVerdict& v : r.result.verdicts) wrong += v.rule == "sum-mismatch" && v.status == ClaimStatus::inconsistent;
    BOOST_TEST(wrong == lines.size());
}

// A rule of the whole-text structure pass past the cap (heading-sequence: 2 299 misnumbered headings):
// its first kMaxFindingsPerRule findings are kept, checked whole or in sections, the others counted.
BOOST_AUTO_TEST_CASE(structure_pass_cap_keeps_the_first) {
    for (const bool sectioned : {false, true}) {
        std::string text;
        std::vector<std::uint32_t> lines;  // the line of each heading
        std::uint32_t line = 1;
        for (std::size_t i = 0; i < 2300; ++i) {
            lines.push_back(line);
            text += i % 2 ? "3. Kết quả thực hiện nhiệm vụ\n\n" : "1. Kết quả thực hiện nhiệm vụ\n\n";
            line += 2;
            for (int k = 0; sectioned && k < 8; ++k, line += 2) text += kGood;
        }
        BOOST_REQUIRE_EQUAL(text.size() > kWholeDocumentLimit, sectioned);
        FileReport r = check_text("headings.txt", "text", std::move(text), RuleConfig{});
        BOOST_REQUIRE(r.doc);
        std::vector<std::uint32_t> kept;
        for (const Finding& f : r.result.findings)
            if (f.rule == "heading-sequence") kept.push_back(r.doc->source.position(f.span.begin).line);
        const std::vector<std::uint32_t> first(lines.begin() + 1, lines.begin() + 1 + kMaxFindingsPerRule);
        BOOST_TEST(kept == first, boost::test_tools::per_element());
        BOOST_REQUIRE(!r.result.notes.empty());
        BOOST_TEST(r.result.notes.back().vi ==
                   "Quy tắc heading-sequence còn 1299 phát hiện nữa không được liệt kê (tối đa 1000 mỗi tệp)");
    }
}

// ---- Cases where a section boundary falls inside what the whole-text structure pass reads as one
// context: the footnote and heading findings of a sectioned text stay those of the whole text.
namespace {
// Pads `text` with short paragraphs so that it ends with a blank line at exactly `at` bytes: the next
// section starts there when no other blank line follows within the section's size (the first line
// after it is longer than kSection - at).
void end_section_at(std::string& text, std::size_t at) {
    while (text.size() + kGood.size() + 40 < at) text += kGood;
    BOOST_REQUIRE_LE(text.size() + 3, at);
    std::string line = "Noi dung";
    while (text.size() + line.size() + 3 < at) line += " x";
    line.resize(at - text.size() - 3, 'x');
    text += line + ".\n\n";
    BOOST_REQUIRE_EQUAL(text.size(), at);
}
// The text checked in sections and whole: the footnote and heading findings, and the sectioned ones.
std::multiset<Key> compare_structure(const std::string& text, const std::string& format = "text") {
    BOOST_REQUIRE_GT(text.size(), kWholeDocumentLimit);
    FileReport sectioned = check_text("cut.txt", format, text, RuleConfig{});
    FileReport whole = check_text("cut.txt", format, text, RuleConfig{}, false, std::size_t(-1));
    BOOST_REQUIRE(!sectioned.result.notes.empty());
    BOOST_TEST(sectioned.result.notes.front().en.find("sections") != std::string::npos);
    const auto s = keys(sectioned.result, true), w = keys(whole.result, true);
    BOOST_TEST((s == w));
    return s;
}
std::size_t count_of(const std::multiset<Key>& ks, const std::string& rule) {
    std::size_t n = 0;
    for (const Key& k : ks) n += std::get<0>(k) == rule;
    return n;
}
}  // namespace

// PDF-style references glued to a word ("cao1") in the first section, their bodies ("1 …" after
// "CHÚ THÍCH") in the last: accepted against the bodies of the whole text (near miss: a glued
// number with no body of its number is no reference, and its body is unreferenced).
BOOST_AUTO_TEST_CASE(sectioned_glued_references_find_bodies_in_another_section) {
    const auto make = [](const char* ref2) {
        std::string text = "I. KẾT QUẢ\n\nThu ngân sách đạt khá cao1 so với cùng kỳ.\n\nCông tác an sinh được bảo đảm tốt" +
                           std::string(ref2) + " trên địa bàn.\n\n";
        while (text.size() < 2 * kSection + 100) text += kGood;
        text += "CHÚ THÍCH\n\n1 Theo số liệu của Cục Thống kê tỉnh.\n\n2 Theo báo cáo của Sở Lao động.\n";
        return text;
    };
    const auto ok = compare_structure(make("2"));
    BOOST_TEST(count_of(ok, "footnote-unreferenced") == 0u);
    BOOST_TEST(count_of(ok, "footnote-missing-body") == 0u);
    const auto miss = compare_structure(make("7"));
    BOOST_TEST(count_of(miss, "footnote-unreferenced") == 1u);
}

// The "CHÚ THÍCH" header ends one section and its first body starts the next: the bodies are still
// the header's (near miss: no header, no plain body "1 …", the superscript reference has no body).
BOOST_AUTO_TEST_CASE(sectioned_footnote_header_and_body_across_a_cut) {
    const auto make = [](bool header) {
        std::string text = "Kết quả đạt khá¹.\n\n";
        const std::string last = header ? "CHÚ THÍCH\n\n" : "Nội dung tiếp\n\n";
        end_section_at(text, kSection - 10 - last.size());
        text += last;
        text += "1 Theo số liệu của Cục Thống kê tỉnh năm 2024, được tổng hợp từ báo cáo của các huyện.\n\n";
        while (text.size() < kWholeDocumentLimit + kSection) text += kGood;
        return text;
    };
    const auto with = compare_structure(make(true));
    BOOST_TEST(count_of(with, "footnote-missing-body") == 0u);
    const auto without = compare_structure(make(false));
    BOOST_TEST(count_of(without, "footnote-missing-body") == 1u);
}

// A numbered list after "… gồm:" under heading 3 runs across a cut: its "3." is a list item, not a
// heading repeating 3 (near miss: without the list's colon they are headings, and one repeats).
BOOST_AUTO_TEST_CASE(sectioned_numbered_list_across_a_cut) {
    const auto make = [](const char* intro) {
        std::string text = "I. KẾT QUẢ\n\n1. Kinh tế\n\nNội dung.\n\n2. Xã hội\n\nNội dung.\n\n3. Quốc phòng\n\n";
        const std::string list = std::string(intro) + "\n\n1. Tổ chức huấn luyện dân quân tự vệ;\n\n2. Tuyển quân đạt chỉ tiêu giao;\n\n";
        end_section_at(text, kSection - 10 - list.size());
        text += list;
        text += "3. Diễn tập khu vực phòng thủ cấp xã, phường theo kế hoạch đã được phê duyệt, bảo đảm an toàn tuyệt "
                "đối về người và trang thiết bị;\n\n4. Tiếp tục củng cố lực lượng.\n\nII. NHIỆM VỤ\n\n";
        while (text.size() < kWholeDocumentLimit + kSection) text += kGood;
        return text;
    };
    const auto list = compare_structure(make("Các nhiệm vụ đã thực hiện gồm:"));
    BOOST_TEST(count_of(list, "heading-sequence") == 0u);
    const auto headings = compare_structure(make("Các nhiệm vụ đã thực hiện."));
    BOOST_TEST(count_of(headings, "heading-sequence") >= 1u);
}

// A Word paragraph wrapped by hand (its second line in lower case: one block of two lines) holding a
// footnote reference, in a later section: the structure pass over the whole text reads the joined block
// the section kept for it, its text and where each of its lines lies in the whole text (the finding's
// place; near miss: the body is there, nothing to report).
BOOST_AUTO_TEST_CASE(sectioned_joined_block_keeps_its_lines) {
    const auto make = [](bool body) {
        std::string text = "I. KẾT QUẢ\n\n";
        while (text.size() < kSection + 1000) text += kGood;
        text += "Công tác an sinh xã hội được quan tâm thực hiện, bảo đảm đúng đối tượng\nvà kịp thời trên địa bàn "
                "toàn huyện³.\n\n";
        while (text.size() < kWholeDocumentLimit + kSection) text += kGood;
        if (body) text += "CHÚ THÍCH\n\n³ Theo báo cáo của Sở Lao động - Thương binh và Xã hội.\n";
        return text;
    };
    const std::string text = make(false);
    const auto missing = compare_structure(text);
    BOOST_REQUIRE_EQUAL(count_of(missing, "footnote-missing-body"), 1u);
    for (const Key& k : missing)
        if (std::get<0>(k) == "footnote-missing-body")
            BOOST_TEST(text.substr(std::get<1>(k), std::get<2>(k) - std::get<1>(k)) == "³");
    const auto found = compare_structure(make(true));
    BOOST_TEST(count_of(found, "footnote-missing-body") == 0u);
}

// The structure pass over the whole text reads a gathered block for superscripts and for glued references
// only when its section's text marks found a lead byte or a glued digit run in it (Block::may_hold): 220
// references, superscript ("khá⁷", bodies "⁷ …") or glued to a word ("cao7", bodies "7 …" after "CHÚ
// THÍCH"), after 0 to 219 bytes of their block, so at every offset in a 64-byte word of the marks, at a
// block's end (a one-digit glued run as its last byte), before more text, and past a block's second word;
// a superscript body's lead byte is its block's first. All are found, sectioned as whole (near miss: one
// reference left out, its body is unreferenced).
BOOST_AUTO_TEST_CASE(sectioned_references_at_every_offset_of_the_marks) {
    const auto sup = [](int n) {
        static const char* const digits[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
        std::string s;
        for (const char c : std::to_string(n)) s += digits[c - '0'];
        return s;
    };
    const auto make = [&](bool superscript, int left_out) {
        std::string text = "I. KẾT QUẢ\n\n", bodies = superscript ? "" : "CHÚ THÍCH\n\n";
        for (int k = 0; k < 220; ++k) {
            const int n = k + 1;
            const std::string ref = n == left_out ? std::string() : superscript ? sup(n) : std::to_string(n);
            text += std::string(static_cast<std::size_t>(k), 'x') + (superscript ? "khá" : "cao") + ref +
                    (k % 2 ? " trong năm.\n\n" : "\n\n");
            bodies += (superscript ? sup(n) : std::to_string(n)) + " Theo số liệu của Cục Thống kê.\n\n";
        }
        while (text.size() < kWholeDocumentLimit + kSection) text += kGood;
        return text + bodies;
    };
    for (const bool superscript : {true, false}) {
        const auto all = compare_structure(make(superscript, 0));
        BOOST_TEST(count_of(all, "footnote-unreferenced") == 0u, superscript);
        BOOST_TEST(count_of(all, "footnote-missing-body") == 0u, superscript);
        const auto one_less = compare_structure(make(superscript, 5));
        BOOST_TEST(count_of(one_less, "footnote-unreferenced") == 1u, superscript);
    }
}

// PDF text (and Word text wrapped by hand): a sentence hard-wrapped before its number ("… xã đứng
// thứ" / "3. Đây là …") with the cut between the two lines: "3." is the sentence's number, not
// heading 3 after heading 1 (near miss: a line that does not stop on such a word leaves "3." a
// heading, out of sequence).
BOOST_AUTO_TEST_CASE(sectioned_pdf_wrap_across_a_cut) {
    const auto make = [](const char* last_word) {
        std::string text = "1. KẾT QUẢ CHUNG\n\nNăm 2024, chỉ số cải cách hành chính của xã đứng thứ 2 toàn huyện.\n\n";
        const std::string line = std::string("Năm 2024, chỉ số hài lòng của người dân đối với sự phục vụ của xã ") + last_word + "\n\n";
        end_section_at(text, kSection - 10 - line.size());
        text += line;
        text += "3. Đây là kết quả của quá trình chỉ đạo quyết liệt, đồng bộ của cấp ủy, chính quyền các cấp trên địa bàn "
                "toàn xã trong năm qua.\n\n";
        while (text.size() < kWholeDocumentLimit + kSection) text += kGood;
        return text;
    };
    for (const char* format : {"pdf", "text"}) {  // (a Word line wrapped by hand reads the same)
        const auto wrapped = compare_structure(make("đứng thứ"), format);
        BOOST_TEST(count_of(wrapped, "heading-sequence") == 0u, format);
        const auto heading = compare_structure(make("tăng cao"), format);
        BOOST_TEST(count_of(heading, "heading-sequence") >= 1u, format);
    }
}

// RuleConfig::langs (the CLI sets the language it prints): the rules write that language only, and
// what a writer shows (Text::in) is what a run in both languages shows — messages, typos, related
// notes, verdict details — while everything else about the findings stays the same. The corpus,
// whole (with verdicts and their details) and in sections (with the notes).
BOOST_AUTO_TEST_CASE(one_language_shows_what_both_show) {
    const std::string text = corpus_text();
    const auto texts_agree = [](const Text& both, const Text& one, Lang l) {
        if (both.in(l) != one.in(l)) return false;
        return l == Lang::vi ? one.en.empty() : (one.vi.empty() || both.en.empty());  // the other one left out
    };
    for (const std::size_t limit : {std::size_t(-1), std::size_t(64) << 10}) {
        RuleConfig cfg;
        const FileReport both = check_text("all.txt", "text", text, cfg, false, limit);
        BOOST_TEST(both.result.findings.size() > 100u);
        std::size_t differ = 0;  // findings whose two languages differ (every message but a few)
        for (const Finding& f : both.result.findings) differ += !f.message.en.empty() && f.message.en != f.message.vi;
        BOOST_TEST(differ > 100u);
        for (const Lang l : {Lang::vi, Lang::en}) {
            cfg.langs = l == Lang::vi ? Langs::vi : Langs::en;
            const FileReport one = check_text("all.txt", "text", text, cfg, false, limit);
            const CheckResult &a = both.result, &b = one.result;
            BOOST_REQUIRE_EQUAL(a.findings.size(), b.findings.size());
            int bad = 0;
            for (std::size_t i = 0; i < a.findings.size(); ++i) {
                const Finding &x = a.findings[i], &y = b.findings[i];
                bool same = x.rule == y.rule && x.span.begin == y.span.begin && x.span.end == y.span.end &&
                            x.fingerprint == y.fingerprint && x.arithmetic == y.arithmetic && x.expected == y.expected &&
                            x.actual == y.actual && x.suggestion == y.suggestion && texts_agree(x.message, y.message, l) &&
                            x.typo.has_value() == y.typo.has_value() && (!x.typo || texts_agree(*x.typo, *y.typo, l)) &&
                            x.related.size() == y.related.size();
                for (std::size_t k = 0; same && k < x.related.size(); ++k)
                    same = x.related[k].span.begin == y.related[k].span.begin && x.related[k].note.in(l) == y.related[k].note.in(l);
                if (!same && ++bad <= 5) BOOST_ERROR("finding " << i << " (" << x.rule << ") differs in one language");
            }
            BOOST_REQUIRE_EQUAL(a.verdicts.size(), b.verdicts.size());
            for (std::size_t i = 0; i < a.verdicts.size(); ++i)
                if (!(a.verdicts[i].status == b.verdicts[i].status &&
                      a.verdicts[i].detail.in(l) == b.verdicts[i].detail.in(l)) &&
                    ++bad <= 5)
                    BOOST_ERROR("verdict " << i << " differs in one language: " << a.verdicts[i].detail.in(l) << " / "
                                           << b.verdicts[i].detail.in(l));
            BOOST_REQUIRE_EQUAL(a.notes.size(), b.notes.size());
            for (std::size_t i = 0; i < a.notes.size(); ++i) BOOST_TEST(a.notes[i].in(l) == b.notes[i].in(l));
            // the other language is not made: a message in it is empty
            std::size_t other = 0;
            for (const Finding& f : b.findings) other += !(l == Lang::vi ? f.message.en : f.message.vi).empty();
            BOOST_TEST(other == 0u);
        }
    }
}

// RuleConfig::fingerprints false (the CLI's text, HTML and JUnit reports without a baseline: nothing reads
// them): the same findings in the same order, notes and verdicts, every fingerprint empty. The corpus, whole
// and in sections (where the pipeline fingerprints the merged findings itself).
BOOST_AUTO_TEST_CASE(findings_without_fingerprints_are_the_same_findings) {
    const std::string text = corpus_text();
    for (const std::size_t limit : {std::size_t(-1), std::size_t(64) << 10}) {
        RuleConfig cfg;
        const FileReport with = check_text("all.txt", "text", text, cfg, false, limit);
        cfg.fingerprints = false;
        const FileReport without = check_text("all.txt", "text", text, cfg, false, limit);
        const CheckResult &a = with.result, &b = without.result;
        BOOST_TEST(a.findings.size() > 100u);
        BOOST_REQUIRE_EQUAL(a.findings.size(), b.findings.size());
        int bad = 0;
        for (std::size_t i = 0; i < a.findings.size(); ++i) {
            const Finding &x = a.findings[i], &y = b.findings[i];
            BOOST_TEST(!x.fingerprint.empty());
            BOOST_TEST(y.fingerprint.empty());
            const bool same = x.rule == y.rule && x.span.begin == y.span.begin && x.span.end == y.span.end &&
                              x.severity == y.severity && x.message.vi == y.message.vi && x.message.en == y.message.en &&
                              x.arithmetic == y.arithmetic && x.expected == y.expected && x.actual == y.actual &&
                              x.suggestion == y.suggestion && x.related.size() == y.related.size();
            if (!same && ++bad <= 5) BOOST_ERROR("finding " << i << " (" << x.rule << ") differs without fingerprints");
        }
        BOOST_REQUIRE_EQUAL(a.verdicts.size(), b.verdicts.size());
        for (std::size_t i = 0; i < a.verdicts.size(); ++i)
            BOOST_TEST((a.verdicts[i].claim == b.verdicts[i].claim && a.verdicts[i].status == b.verdicts[i].status));
        BOOST_REQUIRE_EQUAL(a.notes.size(), b.notes.size());
        for (std::size_t i = 0; i < a.notes.size(); ++i) BOOST_TEST(a.notes[i].vi == b.notes[i].vi);
    }
}

// make_text: English alone falls back to the Vietnamese when the English is empty (what Text::in shows).
BOOST_AUTO_TEST_CASE(make_text_makes_the_languages_asked_for) {
    int calls = 0;
    const auto vi = [&] { ++calls; return std::string("vi"); };
    const auto en = [&] { ++calls; return std::string("en"); };
    const auto none = [&] { ++calls; return std::string(); };
    Text t = make_text(Langs::vi, vi, en);
    BOOST_TEST((t.vi == "vi" && t.en.empty() && calls == 1));
    t = make_text(Langs::en, vi, en);
    BOOST_TEST((t.vi.empty() && t.en == "en" && calls == 2));
    t = make_text(Langs::both, vi, en);
    BOOST_TEST((t.vi == "vi" && t.en == "en" && calls == 4));
    t = make_text(Langs::en, vi, none);
    BOOST_TEST((t.in(Lang::en) == "vi" && calls == 6));
}
