// Shared by the footnote rules: a footnote number written as the document writes it.
#pragma once
#include <string>

namespace rc {

// "¹²" for a superscript reference (Word export), "12" for a glued one (PDF text).
inline std::string footnote_marker(int n, bool superscript) {
    if (!superscript) return std::to_string(n);
    static const char* const digits[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
    std::string s;
    for (char c : std::to_string(n)) s += digits[c - '0'];
    return s;
}

}  // namespace rc
