#define BOOST_TEST_MODULE pdf
#include <boost/test/unit_test.hpp>

#include "checker/input.hpp"
#include "checker/office.hpp"

#include "checker/cli.hpp"
#include "checker/pipeline.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

// A minimal PDF: one page per entry of `pages`, each a list of lines drawn with
// the standard Type1 font Helvetica (ASCII text only); xref offsets computed.
std::string make_pdf(const std::vector<std::vector<std::string>>& pages) {
    std::vector<std::string> objs;
    std::string kids;
    int n = static_cast<int>(pages.size());
    // 1 catalog, 2 pages, 3 font, then (page, content) pairs.
    objs.push_back("<< /Type /Catalog /Pages 2 0 R >>");
    for (int i = 0; i < n; ++i) kids += std::to_string(4 + 2 * i) + " 0 R ";
    objs.push_back("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(n) + " >>");
    objs.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    for (int i = 0; i < n; ++i) {
        std::string content = "BT /F1 11 Tf 72 760 Td 14 TL\n";
        for (auto& l : pages[i]) content += "(" + l + ") Tj T*\n";
        content += "ET\n";
        objs.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                       "/Contents " + std::to_string(5 + 2 * i) + " 0 R >>");
        objs.push_back("<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "endstream");
    }
    std::string out = "%PDF-1.4\n";
    std::vector<std::size_t> offs;
    for (std::size_t i = 0; i < objs.size(); ++i) {
        offs.push_back(out.size());
        out += std::to_string(i + 1) + " 0 obj\n" + objs[i] + "\nendobj\n";
    }
    std::size_t xref = out.size();
    out += "xref\n0 " + std::to_string(objs.size() + 1) + "\n0000000000 65535 f \n";
    for (auto o : offs) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%010zu 00000 n \n", o);
        out += buf;
    }
    out += "trailer\n<< /Size " + std::to_string(objs.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) +
           "\n%%EOF\n";
    return out;
}

std::vector<char32_t> utf8_to_u32(const std::string& s) {
    std::vector<char32_t> out;
    for (std::size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        const std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
        for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        out.push_back(cp);
        i += len;
    }
    return out;
}

std::string hex4(unsigned v) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%04X", v & 0xFFFF);
    return buf;
}

// A PDF with Vietnamese (any BMP) text, as a word processor writes it: a Type0 font with
// Identity-H encoding (two-byte CIDs) and a ToUnicode CMap mapping each CID to its
// character, which is what text extraction reads. No font program is embedded (the viewer
// substitutes one); the extracted text does not depend on it. `image_only` pages draw a
// 1x1 image and no text (a scan). Objects: 1 catalog, 2 pages, 3 Type0 font, 4 CIDFont,
// 5 descriptor, 6 ToUnicode, 7 image, then (page, content) pairs.
std::string make_unicode_pdf(const std::vector<std::vector<std::string>>& pages, bool image_only = false) {
    std::map<char32_t, unsigned> cid;
    for (auto& pg : pages)
        for (auto& l : pg)
            for (char32_t c : utf8_to_u32(l)) cid.emplace(c, 0);
    unsigned next = 1;
    for (auto& [c, id] : cid) id = next++;
    std::string cmap =
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    std::vector<std::pair<char32_t, unsigned>> all(cid.begin(), cid.end());
    for (std::size_t i = 0; i < all.size(); i += 100) {
        const std::size_t n = std::min<std::size_t>(100, all.size() - i);
        cmap += std::to_string(n) + " beginbfchar\n";
        for (std::size_t k = i; k < i + n; ++k) {
            cmap += '<';
            cmap += hex4(all[k].second);
            cmap += "> <";
            cmap += hex4(static_cast<unsigned>(all[k].first));
            cmap += ">\n";
        }
        cmap += "endbfchar\n";
    }
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";

    std::vector<std::string> objs;
    const int n = static_cast<int>(pages.size());
    std::string kids;
    for (int i = 0; i < n; ++i) kids += std::to_string(8 + 2 * i) + " 0 R ";
    objs.push_back("<< /Type /Catalog /Pages 2 0 R >>");
    objs.push_back("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(n) + " >>");
    objs.push_back("<< /Type /Font /Subtype /Type0 /BaseFont /RcTestSans /Encoding /Identity-H /DescendantFonts [4 0 R] "
                   "/ToUnicode 6 0 R >>");
    objs.push_back("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /RcTestSans /CIDSystemInfo << /Registry (Adobe) "
                   "/Ordering (Identity) /Supplement 0 >> /FontDescriptor 5 0 R /DW 520 /CIDToGIDMap /Identity >>");
    objs.push_back("<< /Type /FontDescriptor /FontName /RcTestSans /Flags 32 /FontBBox [0 -250 1000 950] /ItalicAngle 0 "
                   "/Ascent 950 /Descent -250 /CapHeight 700 /StemV 80 >>");
    objs.push_back("<< /Length " + std::to_string(cmap.size()) + " >>\nstream\n" + cmap + "endstream");
    const std::string pixel("\x80", 1);
    objs.push_back("<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 1 >>\n"
                   "stream\n" + pixel + "\nendstream");
    for (int i = 0; i < n; ++i) {
        std::string content;
        if (image_only) {
            content = "q 500 0 0 700 50 70 cm /Im1 Do Q\n";
        } else {
            content = "BT /F1 11 Tf 60 780 Td 16 TL\n";
            for (auto& l : pages[static_cast<std::size_t>(i)]) {
                content += "<";
                for (char32_t c : utf8_to_u32(l)) content += hex4(cid[c]);
                content += "> Tj T*\n";
            }
            content += "ET\n";
        }
        objs.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> "
                       "/XObject << /Im1 7 0 R >> >> /Contents " + std::to_string(9 + 2 * i) + " 0 R >>");
        objs.push_back("<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "endstream");
    }
    std::string out = "%PDF-1.4\n";
    std::vector<std::size_t> offs;
    for (std::size_t i = 0; i < objs.size(); ++i) {
        offs.push_back(out.size());
        out += std::to_string(i + 1) + " 0 obj\n" + objs[i] + "\nendobj\n";
    }
    const std::size_t xref = out.size();
    out += "xref\n0 " + std::to_string(objs.size() + 1) + "\n0000000000 65535 f \n";
    for (auto o : offs) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%010zu 00000 n \n", o);
        out += buf;
    }
    out += "trailer\n<< /Size " + std::to_string(objs.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) +
           "\n%%EOF\n";
    return out;
}

// Writes `bytes` to a fresh temporary file named `name` and returns its path.
std::filesystem::path temp_file(const std::string& name, const std::string& bytes) {
    auto dir = std::filesystem::temp_directory_path() / ("rc_pdf_test_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    std::ofstream(dir / name, std::ios::binary) << bytes;
    return dir / name;
}

}  // namespace

BOOST_AUTO_TEST_CASE(text_in_pdf_extract_style_page_numbers_dropped) {
    std::string pdf = make_pdf({{"Tong thu ngan sach dat 1.250 ty dong, trong do", "thu noi dia 900 ty dong.", "1"},
                                {"Chi ngan sach 980 ty dong.", "2"}});
    std::string t = rc::pdf_to_text("r.pdf", pdf);
    BOOST_TEST(t ==
               "Tong thu ngan sach dat 1.250 ty dong, trong do\n\nthu noi dia 900 ty dong.\n\n"
               "Chi ngan sach 980 ty dong.\n\n");
}

BOOST_AUTO_TEST_CASE(no_text_layer_is_an_error) {
    std::string pdf = make_pdf({{}});
    BOOST_CHECK_EXCEPTION(rc::pdf_to_text("scan.pdf", pdf), rc::InputError, [](const rc::InputError& e) {
        return std::string(e.what()).find("no text layer (scanned?)") != std::string::npos;
    });
}

BOOST_AUTO_TEST_CASE(damaged_pdf_is_an_error) {
    BOOST_CHECK_THROW(rc::pdf_to_text("bad.pdf", "%PDF-1.4\ngarbage"), rc::InputError);
    BOOST_CHECK_THROW(rc::pdf_to_text("bad.pdf", "not a pdf"), rc::InputError);
}

BOOST_AUTO_TEST_CASE(line_labels_give_page_and_line) {
    rc::OfficeText o = rc::pdf_read("r.pdf", make_pdf({{"alpha", "1"}, {"beta", "gamma"}}));
    std::vector<std::string> want{"trang 1, dòng 1", "", "trang 2, dòng 1", "", "trang 2, dòng 2", ""};
    BOOST_TEST(o.line_labels == want, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(vietnamese_text_through_tounicode) {
    const std::string pdf = make_unicode_pdf({{"Tổng số 1.250 hộ"}});
    BOOST_TEST(rc::pdf_to_text("vi.pdf", pdf) == "Tổng số 1.250 hộ\n\n");
}

BOOST_AUTO_TEST_CASE(vietnamese_pdf_multi_page_findings_and_labels) {
    // Two pages of hard-wrapped text (as a published report's PDF), page numbers alone on
    // their lines. The "trong đó" breakdown on page 2 (wrapped across two lines) exceeds its
    // total (720 + 610 = 1.330 > 1.250): sum-mismatch, labelled with page 2.
    const std::vector<std::vector<std::string>> pages{
        {"ỦY BAN NHÂN DÂN XÃ HÒA BÌNH",
         "BÁO CÁO",
         "Tình hình phát triển kinh tế - xã hội năm 2025 và phương hướng nhiệm vụ",
         "năm 2026 trên địa bàn xã Hòa Bình, huyện Lâm Thành",
         "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025",
         "1. Về sản xuất nông nghiệp",
         "Trong năm, Ủy ban nhân dân xã đã chỉ đạo các thôn tập trung chuyển đổi cơ",
         "cấu cây trồng, vật nuôi theo hướng sản xuất hàng hóa, gắn với xây dựng nông",
         "thôn mới nâng cao; tổng diện tích gieo trồng cả năm đạt 1.480 ha, tăng 35 ha",
         "so với năm trước; năng suất lúa bình quân đạt 62,5 tạ/ha.",
         "Công tác phòng, chống dịch bệnh cho đàn gia súc, gia cầm được triển khai",
         "thường xuyên; tiêm phòng đạt tỷ lệ cao, không để dịch bệnh lớn xảy ra trên",
         "địa bàn, góp phần ổn định sản xuất và đời sống của nhân dân trong xã.",
         "1"},
        {"2. Về chăn nuôi",
         "Toàn xã có tổng số 1.250 hộ chăn nuôi, trong đó: thôn Đông Sơn 720 hộ, thôn",
         "Tây Sơn 610 hộ. Các hộ chăn nuôi đã chủ động áp dụng tiến bộ kỹ thuật trong",
         "chuồng trại, thức ăn và vệ sinh môi trường, từng bước nâng cao hiệu quả kinh",
         "tế; một số mô hình chăn nuôi tập trung quy mô vừa đã được hình thành ở các",
         "thôn có điều kiện thuận lợi về đất đai và nguồn nước phục vụ sản xuất.",
         "3. Về thương mại, dịch vụ",
         "Hoạt động thương mại, dịch vụ tiếp tục phát triển ổn định; chợ trung tâm xã",
         "được đầu tư nâng cấp, đáp ứng nhu cầu trao đổi hàng hóa của nhân dân trong",
         "và ngoài xã, góp phần tăng thu nhập cho người dân và thu ngân sách của xã.",
         "2"}};
    const std::string pdf = make_unicode_pdf(pages);
    rc::OfficeText o = rc::pdf_read("vi.pdf", pdf);
    BOOST_TEST(o.text.find("Toàn xã có tổng số 1.250 hộ chăn nuôi, trong đó: thôn Đông Sơn 720 hộ, thôn\n\n"
                           "Tây Sơn 610 hộ. Các hộ") != std::string::npos, o.text);
    BOOST_TEST(o.text.starts_with("ỦY BAN NHÂN DÂN XÃ HÒA BÌNH\n\nBÁO CÁO\n\n"));
    // Page numbers are not in the text; the labels carry the page (and the line on it).
    BOOST_TEST(o.text.find("\n1\n") == std::string::npos);
    BOOST_TEST(o.text.find("\n2\n") == std::string::npos);
    BOOST_TEST(o.text.find("nhân dân trong xã.\n\n2. Về chăn nuôi\n\n") != std::string::npos);
    BOOST_REQUIRE(o.line_labels.size() == 2u * (13 + 10));
    BOOST_TEST(o.line_labels[0] == "trang 1, dòng 1");
    BOOST_TEST(o.line_labels[1] == "");
    BOOST_TEST(o.line_labels[2 * 12] == "trang 1, dòng 13");
    BOOST_TEST(o.line_labels[2 * 13] == "trang 2, dòng 1");
    BOOST_TEST(o.line_labels[2 * 14] == "trang 2, dòng 2");

    const auto path = temp_file("chan-nuoi.pdf", pdf);
    rc::RunReport run = rc::check_files({path.string()}, rc::CheckOptions{});
    std::filesystem::remove_all(path.parent_path());
    const rc::FileReport& f = run.files[0];
    BOOST_REQUIRE(!f.error.has_value());
    BOOST_TEST(f.format == "pdf");
    BOOST_TEST((f.doc->style == rc::TextStyle::pdf_extract));
    const rc::Finding* sum = nullptr;
    for (auto& x : f.result.findings)
        if (x.rule == "sum-mismatch") sum = &x;
    BOOST_REQUIRE_MESSAGE(sum, "no sum-mismatch on the Vietnamese PDF");
    BOOST_TEST(sum->message.vi == "Các thành phần (cộng lại 1.330) vượt quá tổng số đã nêu 1.250");
    const auto line = f.doc->source.position(sum->span.begin).line;
    BOOST_TEST(line == 29u);
    BOOST_TEST(rc::location_label(f, line) == "trang 2, dòng 2");
    // Text output: "chan-nuoi.pdf:29:20 (trang 2, dòng 2): lỗi: …".
    std::ostringstream out;
    rc::render_text(run, rc::RenderOptions{}, out);
    BOOST_TEST(out.str().find("chan-nuoi.pdf:29:20 (trang 2, dòng 2): lỗi: Các thành phần (cộng lại 1.330)") != std::string::npos,
               out.str());
}

BOOST_AUTO_TEST_CASE(scanned_pdf_is_exit_2_naming_the_file) {
    const auto path = temp_file("ban-quet.pdf", make_unicode_pdf({{}, {}}, true));
    const std::string arg = path.string();
    const char* argv[] = {"reportcheck", arg.c_str()};
    std::ostringstream out, err;
    const int rc_code = rc::run_cli(2, argv, out, err);
    std::filesystem::remove_all(path.parent_path());
    BOOST_TEST(rc_code == 2);
    BOOST_TEST(err.str().find(arg + ": tệp PDF không có lớp văn bản (bản quét?) / PDF has no text layer (scanned?)") != std::string::npos,
               err.str());
}

BOOST_AUTO_TEST_CASE(page_number_forms_in_header_or_footer_only) {
    // "- 2 -", "Trang 3", "4/10" at the top or bottom of a page are page numbers; a lone
    // number in the middle of a page (a table cell on its own line) is kept.
    const std::string pdf = make_unicode_pdf({{"Số hộ nghèo đầu năm", "457", "cuối trang", "- 2 -"},
                                              {"Trang 3", "Đầu trang ba", "Cuối trang ba", "4/10"},
                                              {"Trang năm có chữ"}});
    rc::OfficeText o = rc::pdf_read("p.pdf", pdf);
    BOOST_TEST(o.text == "Số hộ nghèo đầu năm\n\n457\n\ncuối trang\n\nĐầu trang ba\n\nCuối trang ba\n\nTrang năm có chữ\n\n");
    BOOST_REQUIRE(o.line_labels.size() == 12u);
    BOOST_TEST(o.line_labels[2] == "trang 1, dòng 2");
    BOOST_TEST(o.line_labels[6] == "trang 2, dòng 2");  // "Trang 3" was line 1
    BOOST_TEST(o.line_labels[10] == "trang 3, dòng 1");
}

BOOST_AUTO_TEST_CASE(short_pdf_is_still_pdf_text) {
    // Too short for the text-style guess (20 lines): the reader says it is a PDF, so the
    // wrapped breakdown is joined and its total checked.
    const std::string pdf = make_unicode_pdf({{"Toàn xã có tổng số 980 hộ chăn nuôi, trong đó: thôn Đông Sơn 520 hộ, thôn",
                                               "Tây Sơn 490 hộ."}});
    const auto path = temp_file("ngan.pdf", pdf);
    rc::RunReport run = rc::check_files({path.string()}, rc::CheckOptions{});
    std::filesystem::remove_all(path.parent_path());
    const rc::FileReport& f = run.files[0];
    BOOST_REQUIRE(!f.error.has_value());
    BOOST_TEST((f.doc->style == rc::TextStyle::pdf_extract));
    bool sum = false;
    for (auto& x : f.result.findings) sum = sum || x.rule == "sum-mismatch";
    BOOST_TEST(sum, "no sum-mismatch on a short PDF");
}
