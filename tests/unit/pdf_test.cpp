#define BOOST_TEST_MODULE pdf
#include <boost/test/unit_test.hpp>

#include "checker/input.hpp"
#include "checker/office.hpp"

#include <cstdio>
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
