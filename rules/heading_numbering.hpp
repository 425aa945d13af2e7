// What heading-sequence reads of a block besides the headings (also the pipeline's, which keeps
// such blocks for that rule when it gathers the structure of a sectioned text).
#pragma once
#include <string_view>

namespace rc {

// A block that opens a numbering of its own: an appendix ("PHỤ LỤC I", "Phụ lục 02") or a lettered
// part above the Roman headings ("A. KẾT QUẢ THỰC HIỆN NĂM 2023"); the headings under it start again.
bool opens_numbering(std::string_view block_text);

// opens_numbering's first test, inline for callers that ask it of every block: nearly every block starts
// with a byte that is neither a space (what trim removes: ASCII blanks, C2 A0) nor 'P' nor A-H, and such a
// block opens nothing.
inline bool may_open_numbering(std::string_view t) {
    if (t.empty()) return false;
    const auto c = static_cast<unsigned char>(t[0]);
    return c == 'P' || (c >= 'A' && c <= 'H') || c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == 0xC2;
}

}  // namespace rc
