// Lexical pieces of the structure grammar as the X3 rules read them (no X3 here:
// grammar/blocks.cpp and the rules include this; the X3 rules live in
// grammar/structure.hpp / structure_def.hpp and are instantiated in structure.cpp).
#pragma once
#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include "grammar/structure_ast.hpp"

namespace rc {

// "2.3." -> numbers {2,3}, trailing_dot true.
struct ArabicLabelLex {
    std::vector<unsigned> numbers;
    bool trailing_dot = false;
};

// A heading label at the start of a line or block ("**II. KẾT QUẢ**", "2.1. Kinh tế",
// "đ) Văn hóa", "Phần thứ hai"). `begin` = first byte of the label (after "**" and
// spaces), `end` = one past the label and its separator, `title` = first byte of the title.
struct HeadingLabelLex {
    HeadingStyle style = HeadingStyle::arabic;
    std::vector<int> numbers;
    std::size_t begin = 0, end = 0, title = 0;
    bool bold = false;
};

// True when `s` starts with a heading label. Rejects numbers that are quantities
// ("2.000 hộ", "12.5 ha"), lone page numbers and lower-case continuations.
bool lex_heading_label(std::string_view s, HeadingLabelLex& out);

// Bytes of a list-item marker and its space at the start of `s` ("- ", "+ ", "* ", "• "), 0 if none.
std::size_t lex_bullet(std::string_view s);

// A run of superscript digits at the start of `s`: bytes consumed (0 if none) and the value.
std::size_t lex_superscript(std::string_view s, int& value);

// A PDF footnote body marker at the start of `s`: "12 Text" -> 12, bytes of "12 ".
// (lex_body_marker past its first test: the grammar, without it)
std::size_t parse_body_marker(std::string_view s, int& number);
inline std::size_t lex_body_marker(std::string_view s, int& number) {
    // A marker is one to three digits and a space: a line that starts otherwise ("1. Kết quả", "2024", "12,5 %",
    // a letter) is not parsed. (Asked of every block whose first byte is a digit, and of every line of a
    // footnote region: 28 480 calls on big-10M, ~62 instructions each, most of them not a marker.)
    const auto digit = [&](std::size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; };
    const auto space = [&](std::size_t i) { return i < s.size() && s[i] == ' '; };
    if (!digit(0) || !(space(1) || (digit(1) && (space(2) || (digit(2) && space(3)))))) return 0;
    return parse_body_marker(s, number);
}

// Cells of a pipe-table row "| a | b |": [begin, end) byte ranges of each cell's
// inner text (untrimmed). Empty when `s` is not a pipe row.
// (into `cells`, cleared first: the caller reuses one vector for every row)
void lex_table_cells(std::string_view s, std::vector<std::pair<std::size_t, std::size_t>>& cells);

// Position of a letter in the Vietnamese alphabet used for list labels
// (a=1, b=2, c=3, d=4, đ=5, e=6, g=7 … y=23); f, j, w, z (not Vietnamese) = 0.
// The letter whose position is n (1-based), as UTF-8.
std::string_view vi_letter(int n);

// "CHÚ THÍCH" / "Ghi chú" alone on a line: PDF footnote bodies follow.
bool is_footnote_header(std::string_view line);

}  // namespace rc
