// AST of the references grammar (grammar/refs*.hpp): dates found in the text.
// Plain structs, no Spirit includes (this header is included by document.hpp).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "grammar/source.hpp"

namespace rc {

// A calendar date as written ("ngày 31/4/2023", "31-4-2023",
// "ngày 31 tháng 4 năm 2023"); values are NOT validated by the grammar.
struct DateLit {
    unsigned day = 0, month = 0, year = 0;
};

struct DateRef {
    DateLit date;
    Span span;                 // source span of the whole date expression
    std::uint32_t block = 0;   // index into Document::blocks
    bool worded = false;       // "ngày D tháng M năm Y" form
    std::uint32_t logical = 0; // offset of the date in Block::text
};

// One line of the "Nơi nhận:" (recipients) list at the end of the report.
struct Recipient {
    std::string text;   // the line without its "- " marker and trailing ";,." (normalised key)
    Span span;          // source span of the recipient text
};

struct References {
    std::vector<DateRef> dates;         // in text order
    std::vector<Recipient> recipients;  // the "Nơi nhận" list, in order
};

// Calendar helpers shared by the rules.
bool is_leap_year(unsigned y);
unsigned days_in_month(unsigned month, unsigned year);  // 0 for an invalid month

}  // namespace rc
