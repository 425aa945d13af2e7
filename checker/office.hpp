// Word (.docx) and PDF readers. Both produce text in the conventions the
// grammar reads: one paragraph per line, tables as "| a | b |" rows,
// footnote references as superscript digits with bodies at the end.
#pragma once
#include <string>

namespace rc {

// Throws InputError naming the file and the part (zip bomb, malformed XML, missing part ...).
std::string docx_to_text(const std::string& path, const std::string& bytes);
// Throws InputError for encrypted, damaged or scanned (no text layer) PDFs.
std::string pdf_to_text(const std::string& path, const std::string& bytes);

}  // namespace rc
