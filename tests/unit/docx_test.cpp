#define BOOST_TEST_MODULE docx
#include <boost/test/unit_test.hpp>

#include "checker/input.hpp"
#include "checker/office.hpp"
#include "checker/pipeline.hpp"

#include <unistd.h>
#include <zip.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>

namespace {

const char* W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

std::string zip_parts(const std::map<std::string, std::string>& parts) {
    auto path = std::filesystem::temp_directory_path() / ("rc_docx_test_" + std::to_string(::getpid()) + ".zip");
    std::filesystem::remove(path);
    int err = 0;
    zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    BOOST_REQUIRE(z);
    for (auto& [name, data] : parts) {
        zip_source_t* s = zip_source_buffer(z, data.data(), data.size(), 0);
        BOOST_REQUIRE(s);
        BOOST_REQUIRE(zip_file_add(z, name.c_str(), s, ZIP_FL_OVERWRITE) >= 0);
    }
    BOOST_REQUIRE(zip_close(z) == 0);
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    std::filesystem::remove(path);
    return ss.str();
}

std::string doc(const std::string& body) {
    return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document ") + W + "><w:body>" + body +
           "</w:body></w:document>";
}

std::string p(const std::string& text) { return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>"; }

std::string numbered(int num, int lvl, const std::string& text) {
    return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + std::to_string(lvl) + "\"/><w:numId w:val=\"" +
           std::to_string(num) + "\"/></w:numPr></w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
}

std::string numbering_xml() {
    return std::string("<w:numbering ") + W +
           "><w:abstractNum w:abstractNumId=\"0\">"
           "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"upperRoman\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
           "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%2.\"/></w:lvl>"
           "</w:abstractNum>"
           "<w:abstractNum w:abstractNumId=\"1\">"
           "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"%1)\"/></w:lvl>"
           "</w:abstractNum>"
           "<w:abstractNum w:abstractNumId=\"2\">"
           "<w:lvl w:ilvl=\"0\"><w:start w:val=\"2\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
           "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.%2.\"/></w:lvl>"
           "</w:abstractNum>"
           "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
           "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"4\"/></w:lvlOverride></w:num>"
           "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"1\"/></w:num>"
           "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"2\"/></w:num>"
           "</w:numbering>";
}

}  // namespace

BOOST_AUTO_TEST_CASE(auto_numbering_with_skipped_number) {
    // Headings I., II., then a new list instance restarting at 4 -> "IV." (III is skipped).
    std::string body = numbered(1, 0, "KẾT QUẢ") + numbered(1, 1, "Nông nghiệp") + numbered(1, 1, "Công nghiệp") +
                       numbered(1, 0, "TỒN TẠI") + numbered(1, 1, "Hạn chế") + numbered(2, 0, "NHIỆM VỤ") +
                       numbered(3, 0, "một") + numbered(3, 0, "hai") + numbered(4, 0, "Thu") + numbered(4, 1, "Thuế") +
                       numbered(4, 1, "Phí");
    std::string bytes = zip_parts({{"word/document.xml", doc(body)}, {"word/numbering.xml", numbering_xml()}});
    std::string t = rc::docx_to_text("x.docx", bytes);
    BOOST_TEST(t ==
               "I. KẾT QUẢ\n\n1. Nông nghiệp\n\n2. Công nghiệp\n\nII. TỒN TẠI\n\n1. Hạn chế\n\nIV. NHIỆM VỤ\n\n"
               "a) một\n\nb) hai\n\n2. Thu\n\n2.1. Thuế\n\n2.2. Phí\n");
}

BOOST_AUTO_TEST_CASE(footnotes_and_superscript) {
    std::string body =
        "<w:p><w:r><w:t>Tổng thu ngân sách đạt 1.250 tỷ đồng</w:t></w:r>"
        "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:footnoteReference w:id=\"2\"/></w:r>"
        "<w:r><w:t xml:space=\"preserve\">, chi 980 tỷ đồng</w:t></w:r>"
        "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:footnoteReference w:id=\"3\"/></w:r>"
        "<w:r><w:t xml:space=\"preserve\"> và chỉ tiêu khác</w:t></w:r>"
        "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:t>7</w:t></w:r>"
        "<w:r><w:t>.</w:t></w:r></w:p>";
    std::string notes = std::string("<w:footnotes ") + W +
                        "><w:footnote w:type=\"separator\" w:id=\"0\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                        "<w:footnote w:type=\"continuationSeparator\" w:id=\"1\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
                        "<w:footnote w:id=\"2\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> Số liệu ước thực hiện.</w:t></w:r></w:p></w:footnote>"
                        "<w:footnote w:id=\"3\"><w:p></w:p></w:footnote>"
                        "</w:footnotes>";
    std::string t = rc::docx_to_text("x.docx", zip_parts({{"word/document.xml", doc(body)}, {"word/footnotes.xml", notes}}));
    // Footnote 2 has an empty body: the reference stays, no body line (the footnote rules report it);
    // the hand-typed superscript 7 is kept as a superscript digit.
    BOOST_TEST(t == "Tổng thu ngân sách đạt 1.250 tỷ đồng¹, chi 980 tỷ đồng² và chỉ tiêu khác⁷.\n\n¹ Số liệu ước thực hiện.\n");
}

BOOST_AUTO_TEST_CASE(table_rows) {
    auto cell = [](const std::string& s) { return "<w:tc>" + p(s) + "</w:tc>"; };
    std::string tbl = "<w:tbl><w:tr>" + cell("Chỉ tiêu") + cell("Giá trị") + "</w:tr><w:tr>" + cell("Huyện Đông") +
                      cell("120") + "</w:tr><w:tr>" + cell("Huyện Tây") + cell("80") + "</w:tr><w:tr>" + cell("Tổng") +
                      cell("210") + "</w:tr></w:tbl>";
    std::string t = rc::docx_to_text("x.docx", zip_parts({{"word/document.xml", doc(p("Bảng 1") + tbl)}}));
    BOOST_TEST(t == "Bảng 1\n\n| Chỉ tiêu | Giá trị |\n| Huyện Đông | 120 |\n| Huyện Tây | 80 |\n| Tổng | 210 |\n");
}

BOOST_AUTO_TEST_CASE(zip_bomb_refused) {
    std::string zeros(8u * 1024 * 1024, '\0');
    std::string bytes = zip_parts({{"word/document.xml", doc(p("a"))}, {"word/media/big.bin", zeros}});
    BOOST_CHECK_EXCEPTION(rc::docx_to_text("bomb.docx", bytes), rc::InputError, [](const rc::InputError& e) {
        return std::string(e.what()).find("zip bomb") != std::string::npos &&
               std::string(e.what()).find("bomb.docx") != std::string::npos;
    });
}

BOOST_AUTO_TEST_CASE(truncated_refused) {
    std::string bytes = zip_parts({{"word/document.xml", doc(p("Một đoạn văn bản đủ dài để cắt."))}});
    std::string cut = bytes.substr(0, bytes.size() / 2);
    BOOST_CHECK_EXCEPTION(rc::docx_to_text("cut.docx", cut), rc::InputError, [](const rc::InputError& e) {
        return std::string(e.what()).find("truncated") != std::string::npos;
    });
}

BOOST_AUTO_TEST_CASE(encrypted_refused) {
    std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    ole += std::string(504, '\0');
    BOOST_CHECK_EXCEPTION(rc::docx_to_text("secret.docx", ole), rc::InputError, [](const rc::InputError& e) {
        return std::string(e.what()).find("password-protected") != std::string::npos;
    });
}

BOOST_AUTO_TEST_CASE(missing_part_and_malformed_xml) {
    BOOST_CHECK_EXCEPTION(rc::docx_to_text("a.docx", zip_parts({{"word/other.xml", "<x/>"}})), rc::InputError,
                          [](const rc::InputError& e) { return std::string(e.what()).find("word/document.xml") != std::string::npos; });
    BOOST_CHECK_EXCEPTION(rc::docx_to_text("b.docx", zip_parts({{"word/document.xml", "<w:document><w:body>"}})), rc::InputError,
                          [](const rc::InputError& e) {
                              return std::string(e.what()).find("malformed XML in part word/document.xml") != std::string::npos;
                          });
}

BOOST_AUTO_TEST_CASE(entity_declarations_not_expanded) {
    std::string xml = std::string("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY boom \"EXPANDED\">]><w:document ") +
                      W + "><w:body><w:p><w:r><w:t>x &boom; y</w:t></w:r></w:p></w:body></w:document>";
    std::string t = rc::docx_to_text("e.docx", zip_parts({{"word/document.xml", xml}}));
    BOOST_TEST(t.find("EXPANDED") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(line_labels_map_lines_to_paragraphs_and_rows) {
    auto cell = [](const std::string& s) { return "<w:tc>" + p(s) + "</w:tc>"; };
    std::string tbl = "<w:tbl><w:tr>" + cell("A") + cell("1") + "</w:tr><w:tr>" + cell("B") + cell("2") + "</w:tr></w:tbl>";
    rc::OfficeText o = rc::docx_read("x.docx", zip_parts({{"word/document.xml", doc(p("Một") + p("Hai") + tbl + p("Ba"))}}));
    BOOST_TEST(o.text == "Một\n\nHai\n\n| A | 1 |\n| B | 2 |\n\nBa\n");
    std::vector<std::string> want{"đoạn 1", "", "đoạn 2", "", "bảng 1, hàng 1", "bảng 1, hàng 2", "", "đoạn 3"};
    BOOST_TEST(o.line_labels == want, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(suppression_comment_range) {
    std::string body = p("Một") + "<w:p><w:commentRangeStart w:id=\"5\"/><w:r><w:t>Hai</w:t></w:r></w:p>" + p("Ba") +
                       "<w:p><w:r><w:t>Bốn</w:t></w:r><w:commentRangeEnd w:id=\"5\"/></w:p>" + p("Năm");
    std::string comments = std::string("<w:comments ") + W +
                           "><w:comment w:id=\"5\"><w:p><w:r><w:t>reportcheck: bỏ qua sum-mismatch — số liệu sơ bộ</w:t></w:r></w:p></w:comment>"
                           "<w:comment w:id=\"6\"><w:p><w:r><w:t>xem lại</w:t></w:r></w:p></w:comment></w:comments>";
    rc::OfficeText o = rc::docx_read("x.docx", zip_parts({{"word/document.xml", doc(body)}, {"word/comments.xml", comments}}));
    BOOST_TEST(o.text == "Một\n\nHai\n\nBa\n\nBốn\n\nNăm\n");
    BOOST_REQUIRE(o.suppressions.size() == 1u);
    BOOST_TEST(o.suppressions[0].rule == "sum-mismatch");
    BOOST_TEST(o.suppressions[0].first_line == 3u);
    BOOST_TEST(o.suppressions[0].last_line == 7u);
}

BOOST_AUTO_TEST_CASE(pipeline_reads_docx_and_writes_nothing_next_to_it) {
    auto dir = std::filesystem::temp_directory_path() / ("rc_docx_pipe_" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    {
        std::ofstream(dir / "a.docx", std::ios::binary) << zip_parts({{"word/document.xml", doc(p("Một") + p("Hai"))}});
        std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
        std::ofstream(dir / "b.docx", std::ios::binary) << ole << std::string(504, '\0');
    }
    rc::CheckOptions opt;
    rc::RunReport run = rc::check_files({(dir / "a.docx").string(), (dir / "b.docx").string()}, opt);
    BOOST_REQUIRE(run.files.size() == 2u);
    BOOST_TEST(!run.files[0].error.has_value());
    BOOST_TEST(run.files[0].format == "docx");
    BOOST_REQUIRE(run.files[0].line_labels.size() == 3u);
    BOOST_TEST(run.files[0].line_labels[2] == "đoạn 2");
    BOOST_REQUIRE(run.files[1].error.has_value());
    BOOST_TEST(run.files[1].error->find("password-protected") != std::string::npos);
    std::size_t n = 0;
    for ([[maybe_unused]] auto& e : std::filesystem::directory_iterator(dir)) ++n;
    BOOST_TEST(n == 2u);
    std::filesystem::remove_all(dir);
}

namespace {

std::string bold_p(const std::string& text, const std::string& ppr = "") {
    return "<w:p>" + ppr + "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}

std::string styles_xml() {
    return std::string("<w:styles ") + W +
           ">"
           "<w:style w:type=\"paragraph\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
           // Vietnamese Word: the id is not "Heading1"; the name says it.
           "<w:style w:type=\"paragraph\" w:styleId=\"u1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/></w:style>"
           "<w:style w:type=\"paragraph\" w:styleId=\"TieuDeMuc\"><w:name w:val=\"Tiêu đề mục\"/></w:style>"
           // A custom bold style (bold inherited by a style based on it).
           "<w:style w:type=\"paragraph\" w:styleId=\"Dam\"><w:name w:val=\"Đậm\"/><w:rPr><w:b/></w:rPr></w:style>"
           "<w:style w:type=\"paragraph\" w:styleId=\"DamNghieng\"><w:name w:val=\"Đậm nghiêng\"/><w:basedOn w:val=\"Dam\"/></w:style>"
           "<w:style w:type=\"paragraph\" w:styleId=\"KhongDam\"><w:name w:val=\"Không đậm\"/><w:basedOn w:val=\"Dam\"/><w:rPr><w:b w:val=\"0\"/></w:rPr></w:style>"
           "</w:styles>";
}

std::string pstyle(const std::string& id) { return "<w:pPr><w:pStyle w:val=\"" + id + "\"/></w:pPr>"; }

}  // namespace

BOOST_AUTO_TEST_CASE(bold_and_heading_paragraphs_are_marked) {
    std::string body =
        bold_p("BÁO CÁO") +                                                               // fully bold
        "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">Kết quả: </w:t></w:r>"  // partly bold: unchanged
        "<w:r><w:t>thu 120 tỷ đồng.</w:t></w:r></w:p>" +
        "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Chi </w:t></w:r><w:r><w:rPr><w:b w:val=\"true\"/></w:rPr><w:t>thường xuyên</w:t></w:r>"
        "<w:r><w:rPr><w:b/><w:vertAlign w:val=\"superscript\"/></w:rPr><w:t>3</w:t></w:r></w:p>" +  // bold runs + superscript
        "<w:p>" + pstyle("u1") + "<w:r><w:t>Nhiệm vụ năm 2026</w:t></w:r></w:p>" +               // heading by style name
        "<w:p>" + pstyle("TieuDeMuc") + "<w:r><w:t>Giải pháp</w:t></w:r></w:p>" +                // "Tiêu đề …"
        "<w:p>" + pstyle("DamNghieng") + "<w:r><w:t>Đậm kế thừa</w:t></w:r></w:p>" +             // bold via basedOn
        "<w:p>" + pstyle("KhongDam") + "<w:r><w:t>Không đậm</w:t></w:r></w:p>" +                 // basedOn bold, turned off
        "<w:p>" + pstyle("Dam") + "<w:r><w:rPr><w:b w:val=\"false\"/></w:rPr><w:t>Tắt</w:t></w:r></w:p>" +  // run turns it off
        "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">  </w:t></w:r></w:p>";    // bold blanks: empty
    std::string t = rc::docx_to_text("x.docx", zip_parts({{"word/document.xml", doc(body)}, {"word/styles.xml", styles_xml()}}));
    BOOST_TEST(t ==
               "**BÁO CÁO**\n\nKết quả: thu 120 tỷ đồng.\n\n**Chi thường xuyên³**\n\n**Nhiệm vụ năm 2026**\n\n**Giải pháp**\n\n"
               "**Đậm kế thừa**\n\nKhông đậm\n\nTắt\n\n\n");
}

BOOST_AUTO_TEST_CASE(bold_auto_numbered_headings_with_skipped_number) {
    // Bold auto-numbered headings: the label is part of the bold text ("**I. KẾT QUẢ**"), as in
    // Word-exported text; the restart at 4 gives "IV." after "II." (III. skipped) for the
    // heading-sequence rule to see. Table cells and footnote bodies are never wrapped.
    auto bnum = [](int num, int lvl, const std::string& text) {
        return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + std::to_string(lvl) + "\"/><w:numId w:val=\"" + std::to_string(num) +
               "\"/></w:numPr></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>" + text + "</w:t></w:r></w:p>";
    };
    std::string body = bnum(1, 0, "KẾT QUẢ ĐẠT ĐƯỢC") + p("Tổng thu đạt 1.250 tỷ đồng.") + bnum(1, 0, "TỒN TẠI, HẠN CHẾ") +
                       numbered(1, 1, "Về thu ngân sách") + bnum(2, 0, "NHIỆM VỤ NĂM 2026") +
                       "<w:tbl><w:tr><w:tc>" + bold_p("Chỉ tiêu") + "</w:tc><w:tc>" + bold_p("Năm 2025") + "</w:tc></w:tr></w:tbl>";
    std::string t = rc::docx_to_text("x.docx", zip_parts({{"word/document.xml", doc(body)}, {"word/numbering.xml", numbering_xml()}}));
    BOOST_TEST(t ==
               "**I. KẾT QUẢ ĐẠT ĐƯỢC**\n\nTổng thu đạt 1.250 tỷ đồng.\n\n**II. TỒN TẠI, HẠN CHẾ**\n\n1. Về thu ngân sách\n\n"
               "**IV. NHIỆM VỤ NĂM 2026**\n\n| Chỉ tiêu | Năm 2025 |\n");
}

namespace {

// Writes a .docx whose paragraph 2 has a sum mismatch (32 + 27 + 18 = 77 ≠ 95), optionally
// with a Word comment on it, checks it through the pipeline and returns the run plus stderr.
struct PipelineResult {
    rc::RunReport run;
    std::string err;
};

PipelineResult check_commented(const std::string& name, const std::string& comment_text, bool reference_only = false) {
    std::string para = "<w:p>";
    if (!comment_text.empty() && !reference_only) para += "<w:commentRangeStart w:id=\"1\"/>";
    para += "<w:r><w:t>Toàn xã có 95 hộ chăn nuôi, gồm: thôn Đông 32 hộ, thôn Tây 27 hộ, thôn Nam 18 hộ.</w:t></w:r>";
    if (!comment_text.empty() && !reference_only) para += "<w:commentRangeEnd w:id=\"1\"/>";
    if (!comment_text.empty()) para += "<w:r><w:commentReference w:id=\"1\"/></w:r>";
    para += "</w:p>";
    std::map<std::string, std::string> parts{{"word/document.xml", doc(p("I. TÌNH HÌNH CHĂN NUÔI") + para)}};
    if (!comment_text.empty())
        parts["word/comments.xml"] = std::string("<w:comments ") + W + "><w:comment w:id=\"1\"><w:p><w:r><w:t>" + comment_text +
                                     "</w:t></w:r></w:p></w:comment></w:comments>";
    auto dir = std::filesystem::temp_directory_path() / ("rc_docx_supp_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const auto path = dir / name;
    std::ofstream(path, std::ios::binary) << zip_parts(parts);
    std::ostringstream err;
    auto* old = std::cerr.rdbuf(err.rdbuf());
    PipelineResult r;
    r.run = rc::check_files({path.string()}, rc::CheckOptions{});
    std::cerr.rdbuf(old);
    r.err = err.str();
    std::filesystem::remove_all(dir);
    return r;
}

std::size_t count_rule(const rc::FileReport& f, const std::string& rule) {
    std::size_t n = 0;
    for (auto& x : f.result.findings) n += x.rule == rule;
    return n;
}

}  // namespace

BOOST_AUTO_TEST_CASE(suppression_comment_against_a_real_finding) {
    // Without a comment the finding is there, labelled with its paragraph.
    PipelineResult plain = check_commented("a.docx", "");
    BOOST_REQUIRE(!plain.run.files[0].error.has_value());
    BOOST_REQUIRE(count_rule(plain.run.files[0], "sum-mismatch") == 1u);
    const rc::FileReport& pf = plain.run.files[0];
    const rc::Finding& f0 = pf.result.findings[0];
    BOOST_TEST(rc::location_label(pf, pf.doc->source.position(f0.span.begin).line) == "đoạn 2");
    BOOST_TEST(plain.err.empty());

    // The comment for this rule removes it, silently.
    PipelineResult sup = check_commented("b.docx", "reportcheck: bỏ qua sum-mismatch — số liệu sơ bộ");
    BOOST_TEST(count_rule(sup.run.files[0], "sum-mismatch") == 0u);
    BOOST_TEST(sup.err.empty());

    // A comment written with only its reference mark (no range) covers its paragraph.
    PipelineResult ref = check_commented("f.docx", "reportcheck: bỏ qua sum-mismatch — số liệu sơ bộ", true);
    BOOST_TEST(count_rule(ref.run.files[0], "sum-mismatch") == 0u);

    // A comment for another (known) rule leaves it.
    PipelineResult other = check_commented("c.docx", "reportcheck: bỏ qua percent-mismatch — số liệu sơ bộ");
    BOOST_TEST(count_rule(other.run.files[0], "sum-mismatch") == 1u);
    BOOST_TEST(other.err.empty());

    // An unknown rule id leaves it and warns on stderr, naming the file, the paragraph and the id.
    PipelineResult typo = check_commented("d.docx", "reportcheck: bỏ qua sum-mismach — số liệu sơ bộ");
    BOOST_TEST(count_rule(typo.run.files[0], "sum-mismatch") == 1u);
    BOOST_TEST(typo.err.find("d.docx: cảnh báo: chú thích Word (đoạn 2) bỏ qua quy tắc không tồn tại \"sum-mismach\"") !=
               std::string::npos, typo.err);

    // "reportcheck:" without a rule id: warned, nothing suppressed.
    PipelineResult bare = check_commented("e.docx", "reportcheck: bỏ qua — số liệu sơ bộ");
    BOOST_TEST(count_rule(bare.run.files[0], "sum-mismatch") == 1u);
    BOOST_TEST(bare.err.find("e.docx: cảnh báo: chú thích Word (đoạn 2) bắt đầu bằng \"reportcheck:\" nhưng không ghi mã quy tắc") !=
               std::string::npos, bare.err);
}

BOOST_AUTO_TEST_CASE(hundred_page_docx_is_fast) {
    // ~100 pages: 4 000 paragraphs (every 10th a bold numbered heading, claims in the others),
    // a 5-row table every 40 paragraphs, a footnote every 50. Reading is linear; the time of
    // read + check is printed (--log_level=message) and bounded loosely against quadratic work.
    std::string body, notes = std::string("<w:footnotes ") + W + ">";
    int fn = 2;
    for (int i = 0; i < 4000; ++i) {
        if (i % 10 == 0) {
            body += "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:rPr><w:b/></w:rPr>"
                    "<w:t>Lĩnh vực số " + std::to_string(i / 10) + "</w:t></w:r></w:p>";
            continue;
        }
        body += "<w:p><w:r><w:t xml:space=\"preserve\">Tổng thu ngân sách trên địa bàn xã Phú Lâm đạt " + std::to_string(1000 + i) +
                " triệu đồng, gồm thu thuế 600 triệu đồng và thu phí " + std::to_string(400 + i) +
                " triệu đồng, tăng 6,5% so với cùng kỳ; tỷ lệ hộ nghèo giảm còn 2,1%.</w:t></w:r>";
        if (i % 50 == 1) {
            body += "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:footnoteReference w:id=\"" + std::to_string(fn) +
                    "\"/></w:r>";
            notes += "<w:footnote w:id=\"" + std::to_string(fn++) + "\"><w:p><w:r><w:t>Số liệu ước thực hiện.</w:t></w:r></w:p></w:footnote>";
        }
        body += "</w:p>";
        if (i % 40 == 39) {
            auto cell = [](const std::string& s) { return "<w:tc>" + p(s) + "</w:tc>"; };
            body += "<w:tbl>";
            for (int r = 0; r < 5; ++r) body += "<w:tr>" + cell("Thôn " + std::to_string(r)) + cell(std::to_string(100 + r)) + "</w:tr>";
            body += "</w:tbl>";
        }
    }
    notes += "</w:footnotes>";
    std::string bytes =
        zip_parts({{"word/document.xml", doc(body)}, {"word/numbering.xml", numbering_xml()}, {"word/footnotes.xml", notes}});
    if (const char* file = std::getenv("RC_DOCX_BENCH")) {  // e.g. a bench/make_docx.py output
        std::ifstream in(file, std::ios::binary);
        BOOST_REQUIRE(in);
        std::ostringstream ss;
        ss << in.rdbuf();
        bytes = ss.str();
    }
    // Thread CPU time (the machine may be shared: wall time would measure the neighbours).
    auto cpu_ms = [] {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
    };
    double best_read = 1e9, best_total = 1e9;
    std::size_t findings = 0;
    for (int rep = 0; rep < 5; ++rep) {
        const double t0 = cpu_ms();
        rc::OfficeText o = rc::docx_read("bench.docx", bytes);
        const double t1 = cpu_ms();
        rc::FileReport f = rc::check_text("bench.docx", "docx", std::move(o.text), rc::RuleConfig{});
        const double t2 = cpu_ms();
        best_read = std::min(best_read, t1 - t0);
        best_total = std::min(best_total, t2 - t0);
        findings = f.result.findings.size();
    }
    BOOST_TEST_MESSAGE("100-page .docx (" << bytes.size() / 1024 << " KB zipped): read " << best_read << " ms CPU, read + check "
                                          << best_total << " ms CPU, " << findings << " findings");
    BOOST_TEST(best_total < 1000.0);
}

BOOST_AUTO_TEST_CASE(docx_findings_equal_those_of_the_same_text) {
    // The same content as a .docx (bold auto-numbered heading, paragraph, table) and as
    // Word-exported text gives the same findings at the same places.
    auto cell = [](const std::string& s) { return "<w:tc>" + p(s) + "</w:tc>"; };
    auto row = [&](const std::string& a, const std::string& b, const std::string& c) {
        return "<w:tr>" + cell(a) + cell(b) + cell(c) + "</w:tr>";
    };
    const std::string body =
        "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:rPr><w:b/></w:rPr>"
        "<w:t>TÌNH HÌNH CHĂN NUÔI</w:t></w:r></w:p>" +
        p("Toàn xã có 95 hộ chăn nuôi, gồm: thôn Đông 32 hộ, thôn Tây 27 hộ, thôn Nam 18 hộ.") + "<w:tbl>" +
        row("STT", "Thôn", "Số hộ") + row("1", "Thôn Đông", "600") + row("2", "Thôn Tây", "560") + row("", "Tổng cộng", "1.250") +
        "</w:tbl>";
    const std::string text =
        "**I. TÌNH HÌNH CHĂN NUÔI**\n\nToàn xã có 95 hộ chăn nuôi, gồm: thôn Đông 32 hộ, thôn Tây 27 hộ, thôn Nam 18 hộ.\n\n"
        "| STT | Thôn | Số hộ |\n| 1 | Thôn Đông | 600 |\n| 2 | Thôn Tây | 560 |\n|  | Tổng cộng | 1.250 |\n";
    rc::OfficeText o = rc::docx_read("x.docx", zip_parts({{"word/document.xml", doc(body)}, {"word/numbering.xml", numbering_xml()}}));
    BOOST_TEST(o.text == text);
    const rc::FileReport a = rc::check_text("x.docx", "docx", o.text, rc::RuleConfig{});
    const rc::FileReport b = rc::check_text("x.txt", "text", text, rc::RuleConfig{});
    auto key = [](const rc::FileReport& f) {
        std::vector<std::string> out;
        for (auto& x : f.result.findings) {
            const auto pos = f.doc->source.position(x.span.begin);
            out.push_back(x.rule + "@" + std::to_string(pos.line) + ":" + std::to_string(pos.column) + " " + x.message.vi);
        }
        return out;
    };
    BOOST_TEST(key(a) == key(b), boost::test_tools::per_element());
    BOOST_TEST(count_rule(a, "sum-mismatch") == 1u);
}
