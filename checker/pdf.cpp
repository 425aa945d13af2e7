// PDF reader (poppler-cpp): text in reading order, emitted in the PDF-extract
// style (one line per text line, blank line between lines, page numbers dropped)
// so grammar/blocks.cpp reflows it.
#include "checker/office.hpp"
#include "checker/input.hpp"

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

}  // namespace

OfficeText pdf_read(const std::string& path, const std::string& bytes) {
    poppler::set_debug_error_function(quiet_debug, nullptr);
    if (bytes.size() < 5 || bytes.compare(0, 5, "%PDF-") != 0)
        throw InputError(path + ": không phải tệp PDF / not a PDF file");
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!doc) throw InputError(path + ": tệp PDF hỏng, không đọc được / damaged PDF, cannot be read");
    if (doc->is_locked())
        throw InputError(path + ": tệp PDF được bảo vệ bằng mật khẩu / password-protected PDF");
    OfficeText res;
    std::string& out = res.text;
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
            out += lines[k];
            out += "\n\n";
            res.line_labels.push_back("trang " + std::to_string(i + 1) + ", dòng " + std::to_string(k + 1));
            res.line_labels.emplace_back();
        }
    }
    if (!any_text)
        throw InputError(path + ": tệp PDF không có lớp văn bản (bản quét?) / PDF has no text layer (scanned?)");
    return res;
}

std::string pdf_to_text(const std::string& path, const std::string& bytes) { return pdf_read(path, bytes).text; }

}  // namespace rc
