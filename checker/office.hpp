// Word (.docx) and PDF readers. Both produce text in the conventions the
// grammar reads: one paragraph per line (blank line between paragraphs),
// tables as "| a | b |" rows, footnote references as superscript digits with
// bodies at the end ("¹ text"), Word auto-numbering rendered to its labels.
// PDF text is emitted in the PDF-extract style (lines, page numbers dropped).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace rc {

namespace office_limits {
inline constexpr std::uint64_t max_total_uncompressed = 200ull * 1024 * 1024;  // 200 MB
inline constexpr std::uint64_t max_entries = 10000;
inline constexpr std::uint64_t max_ratio = 500;          // uncompressed / compressed per entry
inline constexpr std::uint64_t ratio_floor = 1024 * 1024;  // ratio checked for entries above 1 MB
}  // namespace office_limits

// Produced text plus one location label per produced line (index = line - 1;
// "" for blank separator lines): "đoạn 12", "bảng 2, hàng 3", "chú thích 1",
// "trang 3, dòng 14".
// A Word comment "reportcheck: bỏ qua <rule-id> — <lý do>" suppresses <rule-id>
// on produced-text lines [first_line, last_line] (1-based).
struct OfficeSuppression {
    std::string rule;
    std::uint32_t first_line = 0;
    std::uint32_t last_line = 0;
};
struct OfficeText {
    std::string text;
    std::vector<std::string> line_labels;
    std::vector<OfficeSuppression> suppressions;
};
OfficeText docx_read(const std::string& path, const std::string& bytes);
OfficeText pdf_read(const std::string& path, const std::string& bytes);

// Throws InputError naming the file and the part (zip bomb, malformed XML, missing part ...).
std::string docx_to_text(const std::string& path, const std::string& bytes);
// Throws InputError for encrypted, damaged or scanned (no text layer) PDFs.
std::string pdf_to_text(const std::string& path, const std::string& bytes);

}  // namespace rc
