// AST of the references grammar (grammar/refs*.hpp): dates found in the text.
// Plain structs, no Spirit includes (this header is included by document.hpp).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "grammar/source.hpp"
#include "grammar/structure_ast.hpp"

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

// "năm 2023" in prose (also "năm 203012": digits = 6, the first 4 read as the year).
struct YearRef {
    int year = 0;              // the first four digits
    std::string digits;        // every digit run after "năm " as written
    Span span;                 // the digits
    std::uint32_t block = 0;
    std::uint32_t logical = 0, logical_end = 0;  // the digits in Block::text
    std::uint32_t nam = 0;     // offset of the word "năm" in Block::text
};

// "2021-2025", "2020 - 2025", "2021 –2026" with what precedes it.
struct YearRange {
    int from = 0, to = 0;
    Span span;
    std::uint32_t block = 0;
    std::uint32_t logical = 0, logical_end = 0;
    int stated_years = 0;      // "5 năm 2021-2025" -> 5 (0 = not stated)
    bool term = false;         // "nhiệm kỳ ..." (a term: to - from years)
    bool stage = false;        // "giai đoạn ..."
    bool in_parens = false;    // "(2021 - 2026)" right after another range
    std::string key;           // lower-cased words naming the plan/term ("" if none)
    Span phrase_span;          // "5 năm giai đoạn 2021 - 2026" (from the stated count, else the range)
};

// "tháng 12/2025", "tháng 5 năm 2024".
struct MonthRef {
    unsigned month = 0, year = 0;
    Span span;
    std::uint32_t block = 0;
    std::uint32_t logical = 0, logical_end = 0;
};

// "quý I năm 2023", "Quý III/2024" (with a stated year).
struct QuarterRef {
    unsigned quarter = 0, year = 0;
    Span span;
    std::uint32_t block = 0;
    std::uint32_t logical = 0, logical_end = 0;
};

// "Nghị quyết số 12-NQ/TU ngày 15/12/2023 của Ban Thường vụ Tỉnh ủy".
struct Citation {
    std::string kind;          // "Nghị quyết", "Kế hoạch", "Quyết định", "Kết luận" ...
    std::string number;        // "12-NQ/TU" as written (trailing punctuation dropped)
    std::string code;          // the issuer code after the last '/' ("TU", "TW", "UBND", "HĐND")
    bool has_date = false;
    DateLit date;
    std::string issuer;        // words after "của" up to the clause end ("" if none)
    Span span, number_span, date_span, issuer_span;
    std::uint32_t block = 0;
    std::uint32_t logical = 0, logical_end = 0;
};

// A top-level section of the report and the period it speaks about.
struct PeriodSection {
    std::uint32_t first_block = 0, last_block = 0;  // inclusive
    bool tasks = false;        // "PHƯƠNG HƯỚNG, NHIỆM VỤ ..." (plans, not results)
    Period period;             // from the heading, else from the title
    Span heading_span;
};

struct References {
    std::vector<DateRef> dates;         // in text order
    std::vector<Recipient> recipients;  // the "Nơi nhận" list, in order
    std::vector<YearRef> years;         // "năm YYYY" in text order
    std::vector<YearRange> ranges;      // "YYYY-YYYY" in text order
    std::vector<MonthRef> months;       // "tháng M/YYYY" in text order
    std::vector<QuarterRef> quarters;   // "quý N năm YYYY" in text order
    std::vector<Citation> citations;    // document citations in text order
    std::vector<PeriodSection> sections;  // top-level sections, in order
    Period task_period;                 // the title's "phương hướng, nhiệm vụ ..." period (kind none if absent)
};

// The day after the last day of a period (for cut-offs); {0,0,0} if unknown.
DateLit period_end(const Period& p);
// Days since 1/1/1 (proleptic Gregorian) for comparisons.
long day_number(unsigned day, unsigned month, unsigned year);

// Calendar helpers shared by the rules.
bool is_leap_year(unsigned y);
unsigned days_in_month(unsigned month, unsigned year);  // 0 for an invalid month

}  // namespace rc
