// The PDF reader module, reportcheck-pdf.so (poppler-cpp): text in reading order,
// emitted in the PDF-extract style (one line per text line, blank line between lines,
// page numbers dropped) so grammar/blocks.cpp reflows it.
// Poppler and the two dozen libraries it needs (fonts, images, NSS) are loaded by
// checker/pdf.cpp only when a PDF is read: linked into reportcheck they cost every
// run about 2.3 ms of start-up.
#include "checker/office.hpp"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace rc {
namespace {

void quiet_debug(const std::string&, void*) {}

bool digits(std::string_view s) {
    if (s.empty() || s.size() > 4) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

std::string_view strip(std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return s;
}

// A page number as printed in a header or footer: "12", "- 12 -", "– 12 –", "Trang 12",
// "12/40", "Trang 12/40".
bool is_page_number(std::string_view s) {
    for (std::string_view pre : {"Trang ", "trang ", "Page ", "page "})
        if (s.starts_with(pre)) {
            s.remove_prefix(pre.size());
            break;
        }
    for (std::string_view dash : {"-", "\xE2\x80\x93", "\xE2\x80\x94"})  // - – —
        if (s.size() > 2 * dash.size() && s.starts_with(dash) && s.ends_with(dash)) {
            s = strip(s.substr(dash.size(), s.size() - 2 * dash.size()));
            break;
        }
    if (const std::size_t slash = s.find('/'); slash != std::string_view::npos)
        return digits(strip(s.substr(0, slash))) && digits(strip(s.substr(slash + 1)));
    return digits(s);
}

std::string trim(const std::string& s) {
    std::size_t b = s.find_first_not_of(" \t\r\f");
    if (b == std::string::npos) return {};
    std::size_t e = s.find_last_not_of(" \t\r\f");
    return s.substr(b, e - b + 1);
}

// Reads the PDF `bytes` into `out`, or returns false with `error` set (Vietnamese / English,
// without the file name, which the caller adds).
bool read_pdf(const std::string& bytes, OfficeText& out, std::string& error) {
    poppler::set_debug_error_function(quiet_debug, nullptr);
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!doc) {
        error = "tệp PDF hỏng, không đọc được / damaged PDF, cannot be read";
        return false;
    }
    if (doc->is_locked()) {
        error = "tệp PDF được bảo vệ bằng mật khẩu / password-protected PDF";
        return false;
    }
    std::string& text = out.text;
    bool any_text = false;
    for (int i = 0; i < doc->pages(); ++i) {
        std::unique_ptr<poppler::page> pg(doc->create_page(i));
        if (!pg) continue;
        poppler::byte_array ba = pg->text().to_utf8();
        std::string t(ba.begin(), ba.end());
        std::vector<std::string> lines;
        for (std::size_t pos = 0; pos <= t.size();) {
            std::size_t nl = t.find('\n', pos);
            if (nl == std::string::npos) nl = t.size();
            std::string line = trim(t.substr(pos, nl - pos));
            pos = nl + 1;
            if (!line.empty()) lines.push_back(std::move(line));
        }
        for (std::size_t k = 0; k < lines.size(); ++k) {
            // Page numbers sit in the header or footer: the first or last line of the page. A
            // lone number elsewhere (a table cell on its own line) is text.
            if ((k == 0 || k + 1 == lines.size()) && is_page_number(lines[k])) continue;
            any_text = true;
            text += lines[k];
            text += "\n\n";
            out.line_labels.push_back("trang " + std::to_string(i + 1) + ", dòng " + std::to_string(k + 1));
            out.line_labels.emplace_back();
        }
    }
    if (!any_text) {
        error = "tệp PDF không có lớp văn bản (bản quét?) / PDF has no text layer (scanned?)";
        return false;
    }
    return true;
}

}  // namespace

}  // namespace rc

// The module's one entry point (checker/pdf.cpp looks it up by name). Both sides are built
// from this tree by the same compiler, so they share OfficeText's layout; no exception
// crosses the boundary.
extern "C" __attribute__((visibility("default"))) bool rc_pdf_read_v1(const std::string* bytes, rc::OfficeText* out,
                                                                      std::string* error) noexcept {
    try {
        return rc::read_pdf(*bytes, *out, *error);
    } catch (const std::exception& e) {
        *error = std::string("không đọc được tệp PDF / cannot read the PDF: ") + e.what();
        return false;
    }
}
