// Structure AST: title block, headings, list items, footnotes, tables, sentences.
// Every node carries Spans into SourceText::text() (position-tagged).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/source.hpp"

namespace rc {

struct Date {
    int year = 0, month = 0, day = 0;  // 0 = not stated
    bool empty() const { return year == 0 && month == 0 && day == 0; }
    friend bool operator==(const Date&, const Date&) = default;
};

// The period a report (or a heading) speaks about.
struct Period {
    enum class Kind { none, month, quarter, half_year, nine_months, year, term, range };
    Kind kind = Kind::none;
    int year_from = 0, year_to = 0;  // equal for a single year
    int month = 0;                   // Kind::month
    int quarter = 0;                 // Kind::quarter
    Span span;
};

struct TitleBlock {
    bool present = false;
    std::string number;  // "128/BC-UBND" (spaces removed)
    Span number_span;
    std::string place;   // "Tam Kỳ"
    Date date;           // the report's own date
    Span date_span;
    std::string kind;    // "BÁO CÁO", "NGHỊ QUYẾT" ...
    std::string subject; // trích yếu
    Span subject_span;
    Period period;       // the period the report covers
};

enum class HeadingStyle { part, roman, arabic, letter };

struct Heading {
    Span span;                 // the label as written ("2.1.", "II-", "a)", "Phần thứ hai")
    HeadingStyle style = HeadingStyle::arabic;
    int level = 0;             // 0 = outermost (beside style: 104 bytes, not 112)
    std::string label;
    std::vector<int> numbers;  // {2,1} for "2.1."; roman II -> {2}; letter đ -> {5} (Vietnamese order a b c d đ e g …, f/j/w/z -> {0}); part -> {2}
    std::string_view title;    // text after the label (a view of the block's text, or of the next block's: valid while they are)
    std::size_t block = 0;
    bool bold = false;         // **…** in Word-exported text
    // A line of a table of contents: the title runs into dot leaders and a page number ("I. Kết quả ....... 3").
    // (Decided by the structure pass while the title's bytes are in the cache: heading-sequence asking it of a
    // title viewing a 10 MB text read one cold line a heading, ~0.3 ms on big-10M.)
    bool toc = false;
};

struct ListItem {
    Span span;       // the marker
    std::string marker;  // "-", "+", "*", "•"
    std::size_t block = 0;
};

struct FootnoteRef {
    Span span;            // the marker digits
    int number = 0;
    bool superscript = false;  // ¹²³ (Word) vs glued digits (PDF)
    std::size_t block = 0;
};

struct FootnoteBody {
    Span span;          // the whole body (may continue over several lines)
    Span marker_span;   // the leading number
    int number = 0;
    std::string text;
    std::size_t block = 0;
};

struct TableCell {
    Span span;
    std::string text;  // trimmed
};

struct TableRow {
    std::vector<TableCell> cells;
    std::size_t block = 0;
    bool separator = false;  // |---|---|
};

struct Table {
    std::vector<TableRow> rows;
    Span span;
};

// A sentence: logical offsets [begin, end) inside blocks[block].text.
struct Sentence {
    std::size_t block = 0;
    std::uint32_t begin = 0, end = 0;
};

struct Structure {
    TitleBlock title;
    std::vector<Heading> headings;
    std::vector<ListItem> list_items;
    std::vector<FootnoteRef> footnote_refs;
    std::vector<FootnoteBody> footnote_bodies;
    std::vector<Table> tables;
    std::vector<Sentence> sentences;
    // For each block, the index into `headings` of the innermost enclosing
    // heading, or -1 before the first heading.
    std::vector<int> enclosing_heading;
    // Blocks that are footnote bodies or table rows are not prose.
    std::vector<bool> is_prose;
};

}  // namespace rc
