// The references grammar: instantiation and the scan over the document blocks.
#include "grammar/refs_def.hpp"
#include "grammar/refs_config.hpp"
#include "grammar/parsers.hpp"

namespace rc::refs_parser {
BOOST_SPIRIT_INSTANTIATE(numeric_date_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(worded_date_type, iterator_type, context_type)
}  // namespace rc::refs_parser

namespace rc {

bool is_leap_year(unsigned y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

unsigned days_in_month(unsigned m, unsigned y) {
    static constexpr unsigned dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12) return 0;
    return m == 2 && is_leap_year(y) ? 29 : dm[m - 1];
}

namespace {
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
// Characters that glue a number into a larger token (a document number, a ratio).
inline bool glues(char c) { return is_digit(c) || c == '/' || c == '-' || c == '.' || c == ','; }
}  // namespace

// The "Nơi nhận:" list: source lines after the heading that start with "-" or "+",
// blank lines (PDF text) skipped; ends at the first other non-blank line.
static void parse_recipients(Document& doc) {
    const SourceText& src = doc.source;
    const std::uint32_t n = static_cast<std::uint32_t>(src.line_count());
    std::uint32_t line = 1;
    for (; line <= n; ++line) {
        std::string_view t = src.line_text(line);
        while (!t.empty() && (t.front() == ' ' || t.front() == '\t' || t.front() == '*')) t.remove_prefix(1);
        if (t.starts_with("Nơi nhận")) break;
    }
    for (++line; line <= n; ++line) {
        const Span ls = src.line_span(line);
        std::string_view t = src.line_text(line);
        std::uint32_t b = ls.begin, e = ls.end;
        auto trim_front = [&] { while (!t.empty() && (t.front() == ' ' || t.front() == '\t')) { t.remove_prefix(1); ++b; } };
        trim_front();
        if (t.empty()) continue;
        if (t.front() != '-' && t.front() != '+') break;
        t.remove_prefix(1); ++b;
        trim_front();
        while (!t.empty() && (t.back() == ' ' || t.back() == '\t' || t.back() == '\r' || t.back() == ';' ||
                              t.back() == ',' || t.back() == '.')) { t.remove_suffix(1); --e; }
        if (t.empty()) continue;
        doc.refs.recipients.push_back({std::string(t), Span{b, e}});
    }
}

void parse_references(Document& doc) {
    namespace x3 = boost::spirit::x3;
    doc.refs = {};
    parse_recipients(doc);
    for (std::uint32_t bi = 0; bi < doc.blocks.size(); ++bi) {
        const Block& b = doc.blocks[bi];
        const char* const base = b.text.data();
        const char* const end = base + b.text.size();
        const char* last_end = nullptr;  // end of the previous date ("1/2/2023-5/2/2023")
        for (const char* p = base; p < end;) {
            const bool boundary = p == base || !glues(p[-1]) || (p[-1] == '-' && p - 1 == last_end);
            DateLit d;
            const char* it = p;
            bool worded = false, ok = false;
            if (boundary && (*p == 'n' || *p == 'N')) {
                ok = x3::parse(it, end, refs_parser::worded_date, d);
                worded = ok;
            } else if (boundary && is_digit(*p)) {
                ok = x3::parse(it, end, refs_parser::numeric_date, d);
            }
            // the year must not run on into more digits or another separator ("20247", "1/2/2023/x")
            if (ok && it < end && (is_digit(*it) || *it == '/')) ok = false;
            if (ok) {
                DateRef r;
                r.date = d;
                r.block = bi;
                r.worded = worded;
                r.logical = static_cast<std::uint32_t>(p - base);
                r.span = b.to_source(static_cast<std::uint32_t>(p - base), static_cast<std::uint32_t>(it - base));
                doc.refs.dates.push_back(r);
                p = it;
                last_end = it;
            } else {
                ++p;
            }
        }
    }
}

}  // namespace rc
