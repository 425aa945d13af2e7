// TEMPORARY (foundation commit): replaced by the libzip/pugixml and poppler readers.
#include "checker/office.hpp"
#include "checker/input.hpp"
namespace rc {
std::string docx_to_text(const std::string& path, const std::string&) { throw InputError(path + ": .docx not yet supported"); }
std::string pdf_to_text(const std::string& path, const std::string&) { throw InputError(path + ": .pdf not yet supported"); }
}  // namespace rc
