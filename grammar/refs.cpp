// The references grammar: instantiation and the scan over the document blocks.
#include "grammar/refs_def.hpp"
#include "grammar/refs_config.hpp"
#include "grammar/parsers.hpp"
#include "grammar/byte_scan.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <string_view>
#include <utility>

namespace rc::refs_parser {
BOOST_SPIRIT_INSTANTIATE(numeric_date_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(worded_date_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(year_pair_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(month_year_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(quarter_year_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(half_year_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(nine_months_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(year_of_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(term_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(cite_head_type, iterator_type, context_type)
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
// A word starts here: the previous byte is not a letter, digit or part of a multi-byte letter.
inline bool word_start(const char* base, const char* p) {
    if (p == base) return true;
    const unsigned char c = static_cast<unsigned char>(p[-1]);
    return !(c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_');
}
// Bytes a date, year, month, quarter or citation head can start with: digits,
// n/N (năm, ngày), t/T (tháng), q/Q (quý), the first letters of document kinds and 0xC4 (Đ/đ).
// (A constant table: a function-local static would be guarded on every byte.)
constexpr std::array<bool, 256> kRefStart = [] {
    std::array<bool, 256> t{};
    for (unsigned char d = '0'; d <= '9'; ++d) t[d] = true;
    for (char l : std::string_view("nNtTqQNKQCTBHLnkqctbh\xC4")) t[static_cast<unsigned char>(l)] = true;
    return t;
}();
inline bool ref_start_byte(unsigned char c) { return kRefStart[c]; }
// Cheap tests that must hold for the grammar to match at a digit p (so the parse is not tried
// where it cannot succeed): numeric_date is d2 ('/' | '-') …, with d2 one or two digits;
// year_pair is four digits, then a space or a dash ('-' or '–', first byte 0xE2).
inline bool date_sep_follows(const char* p, const char* end) {
    const auto sep = [](char c) { return c == '/' || c == '-'; };
    return (end - p > 1 && sep(p[1])) || (end - p > 2 && is_digit(p[1]) && sep(p[2]));
}
inline bool year_then_dash(const char* p, const char* end) {
    return end - p > 4 && is_digit(p[1]) && is_digit(p[2]) && is_digit(p[3]) &&
           (p[4] == ' ' || p[4] == '-' || p[4] == '\xE2');
}
inline bool starts(std::string_view t, std::size_t at, std::string_view w) { return t.substr(at).starts_with(w); }
}  // namespace

long day_number(unsigned d, unsigned m, unsigned y) {
    // days from civil (Howard Hinnant), shifted so that only comparisons matter
    const long yy = static_cast<long>(y) - (m <= 2 ? 1 : 0);
    const long era = (yy >= 0 ? yy : yy - 399) / 400;
    const long yoe = yy - era * 400;
    const long mp = (static_cast<long>(m) + 9) % 12;
    const long doy = (153 * mp + 2) / 5 + static_cast<long>(d) - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe;
}

DateLit period_end(const Period& p) {
    const unsigned y = static_cast<unsigned>(p.year_to ? p.year_to : p.year_from);
    if (y == 0) return {};
    switch (p.kind) {
        case Period::Kind::month:
            return p.month >= 12 ? DateLit{1, 1, y + 1} : DateLit{1, static_cast<unsigned>(p.month) + 1, y};
        case Period::Kind::quarter:
            return p.quarter >= 4 ? DateLit{1, 1, y + 1} : DateLit{1, static_cast<unsigned>(p.quarter) * 3 + 1, y};
        case Period::Kind::half_year: return p.month == 2 ? DateLit{1, 1, y + 1} : DateLit{1, 7, y};
        case Period::Kind::nine_months: return {1, 10, y};
        case Period::Kind::year: return {1, 1, y + 1};
        default: return {};
    }
}

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


namespace {
namespace x3 = boost::spirit::x3;
using namespace std::string_view_literals;

// The first period named in t[from, to) ("quý III năm 2024", "6 tháng đầu năm 2024", "năm 2025",
// "nhiệm kỳ 2025-2030"); a quarter or month without a year takes the next year stated.
Period first_period(std::string_view t, std::size_t from, std::size_t to) {
    Period out;
    const char* base = t.data();
    const char* end = base + to;
    bool need_year = false;
    // the first digit at or after where it was last looked for (to: none)
    std::size_t next_digit = from < to ? byte_scan::first_digit(base, from, to) : to;
    bool digit_known = true;
    if (next_digit == to) {
        // No digit: every rule but the quarter's holds one, and a quarter without its year is all that can be named (the
        // loop below would try only 'q'/'Q' at a word start, then stop at the first quarter found). The title's bytes
        // are not walked one by one for it: most section titles have no digit: −1.0 M instructions on big-10M.
        for (std::size_t i = byte_scan::find_any(base, from, to, 'q', 'Q', 'Q'); i < to; i = byte_scan::find_any(base, i + 1, to, 'q', 'Q', 'Q')) {
            const char* p = base + i;
            if (!word_start(base, p)) continue;
            refs_parser::QuarterYear qy;
            const char* it = p;
            if (!x3::parse(it, end, refs_parser::quarter_year, qy)) continue;
            out.kind = Period::Kind::quarter; out.quarter = int(qy.quarter); out.year_from = out.year_to = int(qy.year);
            out.span = Span{static_cast<std::uint32_t>(p - base), static_cast<std::uint32_t>(it - base)};
            return out;
        }
        return out;
    }
    for (const char* p = base + from; p < end; ++p) {
        // the first bytes of the rules tried below: nhiệm kỳ, 6 tháng, 9 tháng, quý, tháng, năm
        // (then, for the year of a quarter, năm or the year of a range); then a word start (asked second: most bytes
        // are none of these)
        const char c = *p;
        if (!(c == 'n' || c == 'N' || (need_year ? is_digit(c) : (c == '6' || c == '9' || c == 'q' || c == 'Q' || c == 't' || c == 'T'))))
            continue;
        if (!word_start(base, p)) continue;
        // every rule but the quarter's ("quý III", year stated later) holds a digit
        if (const std::size_t at = static_cast<std::size_t>(p - base); !digit_known || next_digit < at) {
            next_digit = byte_scan::first_digit(base, at, to);
            digit_known = true;
        }
        if (next_digit == to) {
            if (need_year) break;
            if (c != 'q' && c != 'Q') continue;
        }
        const char* it = p;
        if (!need_year) {
            refs_parser::YearPair yp;
            refs_parser::HalfYear hy;
            refs_parser::QuarterYear qy;
            refs_parser::MonthYear my;
            unsigned y = 0;
            // each rule is tried only where its first two bytes are: "nh"/"NH" (nhiệm kỳ), '6', '9', 'q'/'Q',
            // "th"/"Th"/"TH" (tháng), 'n'/'N' and the lead byte of ă/Ă (năm)
            const char c1 = end - p > 1 ? p[1] : '\0';
            const bool en = c == 'n' || c == 'N', h1 = c1 == 'h' || c1 == 'H';
            if (it = p; en && h1 && x3::parse(it, end, refs_parser::term, yp)) {
                out.kind = Period::Kind::term; out.year_from = int(yp.from); out.year_to = int(yp.to);
            } else if (it = p; c == '6' && x3::parse(it, end, refs_parser::half_year, hy)) {
                out.kind = Period::Kind::half_year; out.year_from = out.year_to = int(hy.year); out.month = hy.half == 2 ? 2 : 1;
            } else if (it = p; c == '9' && x3::parse(it, end, refs_parser::nine_months, y)) {
                out.kind = Period::Kind::nine_months; out.year_from = out.year_to = int(y);
            } else if (it = p; (c == 'q' || c == 'Q') && x3::parse(it, end, refs_parser::quarter_year, qy)) {
                out.kind = Period::Kind::quarter; out.quarter = int(qy.quarter); out.year_from = out.year_to = int(qy.year);
                need_year = qy.year == 0;
            } else if (it = p; (c == 't' || c == 'T') && h1 && x3::parse(it, end, refs_parser::month_year, my) && my.month >= 1 &&
                               my.month <= 12) {
                out.kind = Period::Kind::month; out.month = int(my.month); out.year_from = out.year_to = int(my.year);
            } else if (it = p; en && c1 == '\xC4' && x3::parse(it, end, refs_parser::year_of, y)) {
                out.kind = Period::Kind::year; out.year_from = out.year_to = int(y);
            } else {
                continue;
            }
            out.span = Span{static_cast<std::uint32_t>(p - base), static_cast<std::uint32_t>(it - base)};
            if (!need_year) return out;
            p = it - 1;
        } else {
            unsigned y = 0;
            refs_parser::YearPair yp;
            // the first stated year after the quarter: "Quý I, Phương hướng nhiệm vụ Quý II năm 2023"
            if (it = p; x3::parse(it, end, refs_parser::year_of, y) || (it = p, x3::parse(it, end, refs_parser::year_pair, yp))) {
                if (y == 0) y = yp.from;
                out.year_from = out.year_to = int(y);
                return out;
            }
        }
    }
    return out;  // a quarter without a year keeps year 0
}

bool starts_with_any(std::string_view t, std::initializer_list<std::string_view> ws) {
    for (std::string_view w : ws)
        if (t.starts_with(w)) return true;
    return false;
}

// Where the "phương hướng, nhiệm vụ" part of a title starts (npos if none).
std::size_t tasks_start(std::string_view t) {
    for (std::string_view w : {"phương hướng"sv, "Phương hướng"sv, "PHƯƠNG HƯỚNG"sv})
        if (auto k = t.find(w); k != std::string_view::npos && k > 0) return k;
    // "nhiệm vụ ..." after a separator ("; nhiệm vụ trọng tâm quý III", " và nhiệm vụ ...")
    for (std::size_t k = t.find("nhiệm vụ"); k != std::string_view::npos; k = t.find("nhiệm vụ", k + 1)) {
        std::string_view before = t.substr(0, k);
        while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
        if (before.ends_with(";"sv) || before.ends_with(","sv) || before.ends_with(" và"sv) || before.ends_with(" -"sv)) return k;
    }
    return std::string_view::npos;
}

std::string strip_marks(std::string_view t) {
    std::string s;
    for (char c : t)
        if (c != '*' && c != '_') s += c;
    while (!s.empty() && s.front() == ' ') s.erase(0, 1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.pop_back();
    return s;
}

// The title block, read from the first source lines (PDF text is reflowed into
// blocks, which would glue the header lines together): "Số: 128 /BC-UBND",
// "Tam Kỳ, ngày 05 tháng 7 năm 2024", "BÁO CÁO", the subject.
void parse_title(Document& doc) {
    TitleBlock& tb = doc.structure.title;
    const SourceText& src = doc.source;
    const std::uint32_t n = static_cast<std::uint32_t>(std::min<std::size_t>(src.line_count(), 80));
    const std::string_view text = src.text();
    auto trimmed = [&](std::uint32_t line, Span& sp) {
        sp = src.line_span(line);
        while (sp.begin < sp.end && (text[sp.begin] == ' ' || text[sp.begin] == '*' || text[sp.begin] == '_' || text[sp.begin] == '\t')) ++sp.begin;
        while (sp.end > sp.begin && (text[sp.end - 1] == ' ' || text[sp.end - 1] == '*' || text[sp.end - 1] == '_' || text[sp.end - 1] == '\r')) --sp.end;
        return text.substr(sp.begin, sp.end - sp.begin);
    };
    for (std::uint32_t line = 1; line <= n; ++line) {
        Span sp;
        const std::string_view t = trimmed(line, sp);
        if (t.empty()) continue;
        if (t.starts_with("Số") && tb.number.empty()) {
            std::size_t k = std::string_view("Số").size();
            while (k < t.size() && (t[k] == ':' || t[k] == ' ')) ++k;
            if (k < t.size() && is_digit(t[k])) {
                std::string num;
                for (std::size_t i = k; i < t.size(); ++i)
                    if (t[i] != ' ') num += t[i];
                if (num.find('/') != std::string::npos || num.find('-') != std::string::npos) {
                    tb.number = num;
                    tb.number_span = Span{sp.begin + static_cast<std::uint32_t>(k), sp.end};
                    tb.present = true;
                }
            }
            continue;
        }
        if (tb.date.empty()) {
            const std::size_t k = t.find(", ngày ");
            if (k != std::string_view::npos && k < 80) {
                DateLit d;
                const char* it = t.data() + k + 2;
                if (x3::parse(it, t.data() + t.size(), refs_parser::worded_date, d)) {
                    tb.date = Date{int(d.year), int(d.month), int(d.day)};
                    tb.date_span = Span{sp.begin + static_cast<std::uint32_t>(k + 2), sp.begin + static_cast<std::uint32_t>(it - t.data())};
                    tb.place = std::string(t.substr(0, k));
                    tb.present = true;
                    continue;
                }
            }
        }
        if (t.size() < 80 &&
            starts_with_any(t, {"BÁO CÁO", "NGHỊ QUYẾT", "KẾ HOẠCH", "TỜ TRÌNH", "CHƯƠNG TRÌNH", "ĐỀ ÁN", "THÔNG BÁO",
                                "KẾT LUẬN", "CHỈ THỊ"}) &&
            std::none_of(t.begin(), t.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
            tb.kind = std::string(t);
            tb.present = true;
            // the subject: the next line (Word export); up to three lines of hard-wrapped PDF text
            std::string subject;
            Span first{};
            const int max_lines = doc.style == TextStyle::pdf_extract ? 3 : 1;
            int taken = 0;
            for (std::uint32_t l = line + 1; l <= src.line_count() && taken < max_lines; ++l) {
                Span ls;
                const std::string_view u = trimmed(l, ls);
                if (u.empty()) continue;
                if (taken > 0 && (starts_with_any(u, {"Thực hiện", "Căn cứ", "Kính gửi", "Phần", "-", "I.", "I-", "A."}) ||
                                  u.find("---") != std::string_view::npos))
                    break;
                if (taken == 0) first = ls;
                if (!subject.empty()) subject += ' ';
                subject += u;
                ++taken;
                if (first_period(subject, 0, subject.size()).year_from > 0 && tasks_start(subject) == std::string_view::npos &&
                    (u.back() == ')' || (u.size() >= 4 && std::all_of(u.end() - 4, u.end(), is_digit))))
                    break;
            }
            tb.subject = subject;
            tb.subject_span = first;
            const std::size_t ts = tasks_start(subject);
            tb.period = first_period(subject, 0, ts == std::string::npos ? subject.size() : ts);
            if (ts != std::string::npos) doc.refs.task_period = first_period(subject, ts, subject.size());
            Period& r = tb.period;
            Period& kk = doc.refs.task_period;
            if (r.kind != Period::Kind::none && r.year_from == 0 && kk.year_from) r.year_from = r.year_to = kk.year_from;
            if (kk.kind != Period::Kind::none && kk.year_from == 0 && r.year_from) kk.year_from = kk.year_to = r.year_from;
            r.span = first;
            kk.span = first;
            break;  // the title block ends with the subject
        }
    }
}

// A top-level heading of the fallback scan: "II. PHƯƠNG HƯỚNG ...", "Phần thứ hai", in capitals.
// Returns the offset of the heading's title (after its label) or npos.
std::size_t top_heading(std::string_view t) {
    std::size_t k = 0;
    while (k < t.size() && (t[k] == '*' || t[k] == ' ')) ++k;
    if (starts(t, k, "Phần thứ") || starts(t, k, "PHẦN THỨ")) return k;
    const std::size_t r0 = k;
    while (k < t.size() && (t[k] == 'I' || t[k] == 'V' || t[k] == 'X')) ++k;
    if (k == r0 || k - r0 > 4 || k >= t.size() || !(t[k] == '.' || t[k] == '-' || t[k] == ')' || t[k] == ' ')) return std::string_view::npos;
    ++k;
    while (k < t.size() && (t[k] == ' ' || t[k] == '*' || t[k] == '-')) ++k;
    const std::string_view rest = t.substr(k, 40);
    if (rest.empty() || std::any_of(rest.begin(), rest.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return std::string_view::npos;
    return k;
}

bool tasks_title(std::string_view t) {
    if (t.find("KẾT QUẢ") != std::string_view::npos && t.find("PHƯƠNG HƯỚNG") == std::string_view::npos) return false;
    return t.find("PHƯƠNG HƯỚNG") != std::string_view::npos || t.find("NHIỆM VỤ TRỌNG TÂM") != std::string_view::npos ||
           starts_with_any(t, {"NHIỆM VỤ", "KẾ HOẠCH", "ĐỊNH HƯỚNG", "MỤC TIÊU", "MỘT SỐ NHIỆM VỤ", "NHIỆM VỤ, GIẢI PHÁP"});
}

void parse_sections(Document& doc) {
    std::vector<PeriodSection>& out = doc.refs.sections;
    const Structure& st = doc.structure;
    struct Start { std::uint32_t block; std::string title; bool part; Span span; };
    std::vector<Start> starts_;
    // The footnote bodies gathered at the end of PDF text are not part of the last
    // section (in PDF text the title may be reflowed with the signature lines above it).
    auto notes_title = [&](std::uint32_t bi, std::string& title) {
        // the title's last byte (after the marks and trailing spaces strip_marks drops) is the
        // 'h' of "thích", the 'H' of "THÍCH" or the last byte of the 'Ú' of "CHÚ"
        const std::string_view raw = doc.blocks[bi].text;
        std::size_t k = raw.size();
        while (k > 0 && (raw[k - 1] == '*' || raw[k - 1] == '_' || raw[k - 1] == ' ' || raw[k - 1] == '\r')) --k;
        if (k == 0 || (raw[k - 1] != 'h' && raw[k - 1] != 'H' && raw[k - 1] != "Ú"[1])) return false;
        title = strip_marks(raw);
        return title == "Chú thích" || (title.size() < 200 && (title.ends_with("CHÚ THÍCH"sv) || title.ends_with("GHI CHÚ"sv)) &&
                                        std::none_of(title.begin(), title.end(), [](char c) { return c >= 'a' && c <= 'z'; }));
    };
    if (!st.headings.empty()) {
        int top = 1 << 30;
        for (const Heading& h : st.headings) top = std::min(top, h.level);
        for (const Heading& h : st.headings)
            if (h.level <= top + (h.style == HeadingStyle::roman ? 1 : 0) &&
                (h.style == HeadingStyle::part || h.style == HeadingStyle::roman))
                starts_.push_back({static_cast<std::uint32_t>(h.block), std::string(h.title), h.style == HeadingStyle::part, h.span});
        std::string title;
        const std::uint32_t after = starts_.empty() ? 0 : starts_.back().block + 1;
        for (std::uint32_t bi = after; bi < doc.blocks.size(); ++bi)
            if (notes_title(bi, title)) {
                starts_.push_back({bi, title, true, doc.blocks[bi].source_span()});
                break;
            }
    } else {
        for (std::uint32_t bi = 0; bi < doc.blocks.size(); ++bi) {
            const std::string_view t = doc.blocks[bi].text;
            if (std::string title; notes_title(bi, title)) {
                starts_.push_back({bi, title, true, doc.blocks[bi].source_span()});
                continue;
            }
            const std::size_t k = top_heading(t);
            if (k == std::string_view::npos) continue;
            starts_.push_back({bi, strip_marks(std::string_view(t).substr(k)), starts(t, k, "Phần") || starts(t, k, "PHẦN"),
                               doc.blocks[bi].source_span()});
        }
    }
    const Period& result = doc.structure.title.period;
    const Period& tasks = doc.refs.task_period;
    bool part_tasks = false;
    Period part_period;
    for (std::size_t i = 0; i < starts_.size(); ++i) {
        PeriodSection s;
        s.first_block = starts_[i].block;
        s.last_block = i + 1 < starts_.size() ? starts_[i + 1].block - 1 : static_cast<std::uint32_t>(doc.blocks.size() - 1);
        s.heading_span = starts_[i].span;
        const std::string& title = starts_[i].title;
        s.tasks = tasks_title(title);
        s.period = first_period(title, 0, title.size());
        if (starts_[i].part) {
            part_tasks = s.tasks;
            part_period = s.period;
        } else if (!s.tasks && part_tasks && title.find("KẾT QUẢ") == std::string::npos) {
            s.tasks = true;
        }
        if (s.period.kind == Period::Kind::none) s.period = s.tasks ? (part_tasks && part_period.kind != Period::Kind::none ? part_period : tasks) : result;
        if (s.period.kind == Period::Kind::quarter && s.period.year_from == 0) {
            const Period& from = s.tasks ? tasks : result;
            s.period.year_from = s.period.year_to = from.year_from;
        }
        out.push_back(s);
    }
}

// What precedes a year range: "5 năm giai đoạn", "nhiệm kỳ", "(" and the naming words.
// (The words as string_views: `ends_with` of a `const char*` is a strlen call each — GCC kept it out of line, 15 132
// calls and 0.86 M instructions on big-10M.)
std::size_t range_context(std::string_view t, std::size_t at, YearRange& r) {
    std::string_view b = t.substr(0, at);
    auto trim = [&] { while (!b.empty() && b.back() == ' ') b.remove_suffix(1); };
    trim();
    if (b.ends_with('(')) { r.in_parens = true; return at; }
    std::size_t phrase = at;
    for (int round = 0; round < 3; ++round) {
        trim();
        if (b.ends_with("giai đoạn"sv) || b.ends_with("Giai đoạn"sv) || b.ends_with("GIAI ĐOẠN"sv)) {
            r.stage = true; b.remove_suffix("giai đoạn"sv.size()); continue;
        }
        if (b.ends_with("nhiệm kỳ"sv) || b.ends_with("Nhiệm kỳ"sv) || b.ends_with("NHIỆM KỲ"sv)) {
            r.term = true; b.remove_suffix("nhiệm kỳ"sv.size()); continue;
        }
        if ((b.ends_with(" năm"sv) || b.ends_with(" NĂM"sv)) && r.stated_years == 0) {
            std::string_view c = b.substr(0, b.size() - " năm"sv.size());
            std::size_t k = c.size();
            while (k > 0 && is_digit(c[k - 1])) --k;
            if (k < c.size() && c.size() - k <= 2 && (k == 0 || c[k - 1] == ' ' || c[k - 1] == '(')) {
                int n = 0;
                for (std::size_t i = k; i < c.size(); ++i) n = n * 10 + (c[i] - '0');
                r.stated_years = n;
                b = c.substr(0, k);
                phrase = k;
                continue;
            }
        }
        break;
    }
    trim();
    // the naming words: up to four words back, within the clause
    std::size_t k = b.size();
    int words = 0;
    while (k > 0 && words < 4) {
        const char c = b[k - 1];
        if (c == ',' || c == ';' || c == '(' || c == ')' || c == ':' || c == '.') break;
        if (c == ' ') ++words;
        --k;
    }
    std::string key(b.substr(k));
    if (const std::size_t v = key.rfind(" và "); v != std::string::npos) key.erase(0, v + std::string_view(" và ").size());
    while (!key.empty() && key.front() == ' ') key.erase(0, 1);
    for (char& c : key)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    r.key = key;
    return phrase;
}

// The words that end an issuer at the space t[e] ("... của UBND tỉnh về việc ..."), told apart
// by the byte after the space before they are compared.
bool issuer_stop(std::string_view t, std::size_t e) {
    switch (t[e + 1]) {
        case 'v': return starts(t, e, " về ") || starts(t, e, " v/v") || starts(t, e, " và ");
        case 'n': return starts(t, e, " ngày ") || starts(t, e, " năm ");
        case 'N': return starts(t, e, " Ngày ");
        case 't': return starts(t, e, " trong ") || starts(t, e, " tại ") || starts(t, e, " thực hiện ") || starts(t, e, " thông qua ");
        case '\xC4': return starts(t, e, " đã ");  // đ: C4 91
        default: return false;
    }
}

// After a citation's number: ", ngày 15/12/2023" / "ngày 15 tháng 12 năm 2023" and "của <issuer>".
void citation_tail(const Block& b, const char* base, const char* end, const char* p, Citation& c) {
    std::string_view t(base, static_cast<std::size_t>(end - base));
    for (int round = 0; round < 2; ++round) {
        while (p < end && (*p == ' ' || *p == ',')) ++p;
        const std::size_t at = static_cast<std::size_t>(p - base);
        if (!c.has_date && (starts(t, at, "ngày ") || starts(t, at, "Ngày "))) {
            DateLit d;
            const char* it = p;
            bool ok = x3::parse(it, end, refs_parser::worded_date, d);
            if (!ok) {
                it = p + "ngày "sv.size();
                while (it < end && *it == ' ') ++it;
                ok = x3::parse(it, end, refs_parser::numeric_date, d) && !(it < end && (is_digit(*it) || *it == '/'));
            }
            if (ok) {
                c.has_date = true;
                c.date = d;
                c.date_span = b.to_source(static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(it - base));
                c.logical_end = static_cast<std::uint32_t>(it - base);
                p = it;
                continue;
            }
        }
        if (c.issuer.empty() && starts(t, at, "của ")) {
            const std::size_t s = at + "của "sv.size();
            std::size_t e = s;
            while (e < t.size() && e - s < 120) {
                const char ch = t[e];
                if (ch == ',' || ch == ';' || ch == '(' || ch == ')' || ch == ':' || (ch == '.' && (e + 1 >= t.size() || t[e + 1] == ' ')))
                    break;
                if (ch == ' ' && e + 1 < t.size() && issuer_stop(t, e)) break;
                ++e;
            }
            while (e > s && t[e - 1] == ' ') --e;
            if (e > s) {
                c.issuer = std::string(t.substr(s, e - s));
                c.issuer_span = b.to_source(static_cast<std::uint32_t>(s), static_cast<std::uint32_t>(e));
                c.logical_end = std::max<std::uint32_t>(c.logical_end, static_cast<std::uint32_t>(e));
                p = base + e;
                continue;
            }
        }
        break;
    }
}

}  // namespace

namespace {

// The document kinds as they are written (both lists of refs_def.hpp), and for each byte the
// kinds that end with it and those whose byte before the last it is: a citation head ends with a kind followed by a space.
struct KindKeys {
    std::array<std::string_view, std::size(refs_parser::kDocKinds) + std::size(refs_parser::kDocKindsLower)> keys{};
    std::array<std::uint64_t, 256> by_last{};
    std::array<std::uint64_t, 256> by_prev{};
};
constexpr KindKeys kKindKeys = [] {
    KindKeys k;
    std::size_t n = 0;
    for (const char* w : refs_parser::kDocKinds) k.keys[n++] = w;
    for (const auto& w : refs_parser::kDocKindsLower) k.keys[n++] = w.first;
    for (std::size_t i = 0; i < n; ++i) {
        k.by_last[static_cast<unsigned char>(k.keys[i].back())] |= std::uint64_t{1} << i;
        k.by_prev[static_cast<unsigned char>(k.keys[i][k.keys[i].size() - 2])] |= std::uint64_t{1} << i;
    }
    return k;
}();
static_assert(kKindKeys.keys.size() <= 64);
// The bytes a document kind starts with.
constexpr std::array<bool, 256> kKindStart = [] {
    std::array<bool, 256> t{};
    for (std::string_view k : kKindKeys.keys) t[static_cast<unsigned char>(k.front())] = true;
    return t;
}();

// The references of one block. `at` tries every reference at one byte; `heads_before` says where,
// before a digit, a reference whose first digit that is may start.
struct BlockScan {
    Document& doc;
    std::uint32_t bi;
    const Block& b;
    const char* base;
    const char* end;
    std::string_view t;
    const char* last_end = nullptr;    // end of the previous date ("1/2/2023-5/2/2023")
    const char* cite_limit = nullptr;  // the block's last '/' or '-' (found when first asked)

    // The block's offset in doc.block_text when its digits are marked there (Document::text_marks), else npos.
    std::size_t marked = std::string_view::npos;
    // Where its first digit is, when the caller found it (it sought one to know whether to scan the block), else npos.
    std::size_t first_digit = std::string_view::npos;

    BlockScan(Document& d, std::uint32_t i)
        : doc(d), bi(i), b(d.blocks[i]), base(b.text.data()), end(base + b.text.size()), t(b.text) {}

    std::uint32_t lo(const char* q) const { return static_cast<std::uint32_t>(q - base); }
    // A citation is kept only when its number (text of this block after the kind) holds a
    // '/' or '-': after the last of them, no citation head needs to be tried.
    bool before_cite_limit(const char* q) {
        if (!cite_limit) {
            cite_limit = base;
            for (const int sep : {'/', '-'})
                if (const void* r = memrchr(base, sep, b.text.size())) cite_limit = std::max(cite_limit, static_cast<const char*>(r));
        }
        return q < cite_limit;
    }

    // The text before e ends with w.
    [[gnu::always_inline]] bool ends(const char* e, std::string_view w) const {
        return static_cast<std::size_t>(e - base) >= w.size() && std::memcmp(e - w.size(), w.data(), w.size()) == 0;
    }
    const char* back_spaces(const char* e) const {
        while (e > base && e[-1] == ' ') --e;
        return e;
    }
    // "quý III " before e (the end of a roman quarter): where "quý" starts, or nullptr.
    const char* quarter_head(const char* e) const {
        const char* k = e;
        while (k > base && e - k < 3 && (k[-1] == 'I' || k[-1] == 'V')) --k;
        if (k == e || k == base || k[-1] != ' ') return nullptr;
        k = back_spaces(k);
        for (std::string_view w : {"quý"sv, "Quý"sv, "QUÝ"sv})
            if (ends(k, w)) return k - w.size();
        return nullptr;
    }
    // Where a document kind ending at e starts (a citation head: kind, spaces, number).
    int kind_heads(const char* e, const char** out, int n) const {
        // (the kinds whose last two bytes are e's: most words before a number end like none, or like a kind in their last
        // byte only — "đạt", "được" —, and are not looked at one kind at a time)
        if (e - base < 2) return n;
        for (std::uint64_t m = kKindKeys.by_last[static_cast<unsigned char>(e[-1])] & kKindKeys.by_prev[static_cast<unsigned char>(e[-2])];
             m; m &= m - 1) {
            const std::string_view w = kKindKeys.keys[static_cast<std::size_t>(std::countr_zero(m))];
            // (the kind's first byte compared before the rest: "xác định", "ổn định" end like three kinds, and the memcmp of a
            // length known only here is a call)
            if (static_cast<std::size_t>(e - base) >= w.size() && e[-static_cast<std::ptrdiff_t>(w.size())] == w[0] && ends(e, w))
                out[n++] = e - w.size();
        }
        return n;
    }
    // Every reference holds a digit, and before its first digit d only its grammar's words and
    // spaces: "ngày ", "tháng ", "năm ", "quý " (a roman or arabic quarter), "quý III năm ",
    // "quý III/", a document kind and "số " (a citation), or nothing (a numeric date or year
    // range starts at d). This lists, in text order, the places before d where one of those
    // ends right before d (a superset of where a reference with first digit d can start:
    // `at` decides). Returns how many were written to out (at most kMaxHeads: a quarter, a
    // year, the kinds ending before "số" and those ending before the spaces).
    static constexpr int kMaxHeads = 2 + 2 * static_cast<int>(kKindKeys.keys.size());
    int heads_before(const char* d, const char** out) const {
        int n = 0;
        const char* e = back_spaces(d);
        if (e == d) {
            if (e > base && e[-1] == '/')  // quý III/2024
                if (const char* q = quarter_head(e - 1)) out[n++] = q;
            return n;
        }
        if (e == base) return 0;
        switch (e[-1]) {
            case 'y':
                if (ends(e, "ngày") || ends(e, "Ngày")) out[n++] = e - "ngày"sv.size();
                break;
            case 'm':
            case 'M':
                if (ends(e, "năm") || ends(e, "Năm") || ends(e, "NĂM")) {
                    const char* y = e - "năm"sv.size();
                    if (y > base && y[-1] == ' ')
                        if (const char* q = quarter_head(back_spaces(y))) out[n++] = q;  // quý III năm 2024
                    out[n++] = y;
                }
                break;
            case 'g':
            case 'G':
                if (ends(e, "tháng") || ends(e, "Tháng") || ends(e, "THÁNG")) out[n++] = e - "tháng"sv.size();
                break;
            case '\xBD':
            case '\x9D':
                if (ends(e, "quý") || ends(e, "Quý") || ends(e, "QUÝ")) out[n++] = e - "quý"sv.size();
                break;
            case '\x91':  // số, Số: a citation "Nghị quyết số 12-NQ/TU"
                if (ends(e, "số") || ends(e, "Số")) {
                    const char* k = e - "số"sv.size();
                    if (k > base && k[-1] == ' ') n = kind_heads(back_spaces(k), out, n);
                }
                break;
            default:
                break;
        }
        n = kind_heads(e, out, n);  // "Quyết định 1234/QĐ-UBND"
        for (int i = 1; i < n; ++i)  // in text order (an insertion sort of a few)
            for (int j = i; j > 0 && out[j] < out[j - 1]; --j) std::swap(out[j], out[j - 1]);
        return n;
    }

    // p is not glued to a number before it (or only by the '-' right after a date: "1/2/2023-5/2/2023").
    bool boundary(const char* p) const { return p == base || !glues(p[-1]) || (p[-1] == '-' && p - 1 == last_end); }
    // A reference can start at the digit p: a numeric date or a year range (what `at` tries there).
    bool digit_may_start(const char* p) const {
        return (date_sep_follows(p, end) && boundary(p)) || (year_then_dash(p, end) && (p == base || !glues(p[-1])));
    }

    // The references starting at p: returns where the scan goes on after one, nullptr if none starts here.
    const char* at(const char* p) {
        // Every reference below starts with a digit or one of a few ASCII letters (or Đ/đ).
        if (!ref_start_byte(static_cast<unsigned char>(*p))) return nullptr;
        const bool wstart = word_start(base, p);
        // Inside a word, a letter can only start a worded date ("ngày …", after a non-glue byte):
        // every other reference below starting with a letter needs a word start.
        if (!wstart && !is_digit(*p) && !((*p == 'n' || *p == 'N') && end - p > 1 && p[1] == 'g')) return nullptr;
        const bool boundary = this->boundary(p);
        DateLit d;
        const char* it = p;
        bool worded = false, ok = false;
        if (boundary && (*p == 'n' || *p == 'N')) {
            // "ngày" / "Ngày": the second byte decides before the grammar is tried
            ok = end - p > 1 && p[1] == 'g' && x3::parse(it, end, refs_parser::worded_date, d);
            worded = ok;
        } else if (boundary && is_digit(*p) && date_sep_follows(p, end)) {
            ok = x3::parse(it, end, refs_parser::numeric_date, d);
        }
        // the year must not run on into more digits or another separator ("20247", "1/2/2023/x")
        if (ok && it < end && (is_digit(*it) || *it == '/')) ok = false;
        if (ok) {
            DateRef r;
            r.date = d;
            r.block = bi;
            r.worded = worded;
            r.logical = lo(p);
            r.span = b.to_source(lo(p), lo(it));
            doc.refs.dates.push_back(r);
            last_end = it;
            return it;
        }
        // year range "2021-2025" (not inside a document number "18/2022/UBTVQH15", "2021-2025/x")
        if (is_digit(*p) && (p == base || !glues(p[-1])) && year_then_dash(p, end)) {
            refs_parser::YearPair yp;
            it = p;
            if (x3::parse(it, end, refs_parser::year_pair, yp) && !(it < end && (*it == '/' || *it == '-')) &&
                yp.from >= 1000 && yp.to >= 1000) {
                YearRange r;
                r.from = int(yp.from);
                r.to = int(yp.to);
                r.block = bi;
                r.logical = lo(p);
                r.logical_end = lo(it);
                r.span = b.to_source(lo(p), lo(it));
                const std::size_t ph = range_context(t, r.logical, r);
                r.phrase_span = b.to_source(static_cast<std::uint32_t>(ph), r.logical_end);
                doc.refs.ranges.push_back(std::move(r));
                return it;
            }
        }
        if (is_digit(*p)) return nullptr;  // the rest start with a letter
        // "năm ", "Năm ", "NĂM ": ă is C4 83, Ă is C4 82
        if (wstart && (*p == 'n' || *p == 'N') && end - p > 4 && p[1] == '\xC4' && p[4] == ' ' &&
            ((p[2] == '\x83' && p[3] == 'm') || (*p == 'N' && p[2] == '\x82' && p[3] == 'M'))) {
            const char* q = p + "năm "sv.size();
            while (q < end && *q == ' ') ++q;
            const char* e = q;
            while (e < end && is_digit(*e)) ++e;
            if (e - q >= 4 && !(e < end && (*e == '/' || *e == '-' || *e == '.' || *e == ',') && e + 1 < end && is_digit(e[1]))) {
                YearRef y;
                y.digits.assign(q, e);
                y.year = ((q[0] - '0') * 10 + (q[1] - '0')) * 100 + (q[2] - '0') * 10 + (q[3] - '0');  // the first four digits
                y.block = bi;
                y.nam = lo(p);
                y.logical = lo(q);
                y.logical_end = lo(e);
                y.span = b.to_source(lo(q), lo(e));
                doc.refs.years.push_back(std::move(y));
                return e;
            }
        }
        // tháng, Tháng, THÁNG: 'h'/'H', then the lead byte of á/Á
        if (wstart && (*p == 't' || *p == 'T') && end - p > 2 && (p[1] == 'h' || p[1] == 'H') && p[2] == '\xC3') {
            refs_parser::MonthYear my;
            it = p;
            if (x3::parse(it, end, refs_parser::month_year, my) && !(it < end && *it == '/')) {
                MonthRef m;
                m.month = my.month;
                m.year = my.year;
                m.block = bi;
                m.logical = lo(p);
                m.logical_end = lo(it);
                m.span = b.to_source(lo(p), lo(it));
                doc.refs.months.push_back(m);
                return p + 1;  // go on from the year: "tháng 12 năm 2025" also names the year
            }
        }
        // quý, Quý, QUÝ: ý is C3 BD, Ý is C3 9D (not "Quyết định", "Quy định", "quy chế")
        if (wstart && (*p == 'q' || *p == 'Q') && end - p > 3 && (p[1] == 'u' || p[1] == 'U') && p[2] == '\xC3') {
            refs_parser::QuarterYear qy;
            it = p;
            if (x3::parse(it, end, refs_parser::quarter_year, qy) && qy.year != 0) {
                QuarterRef q;
                q.quarter = qy.quarter;
                q.year = qy.year;
                q.block = bi;
                q.logical = lo(p);
                q.logical_end = lo(it);
                q.span = b.to_source(lo(p), lo(it));
                doc.refs.quarters.push_back(q);
                return p + 1;  // "quý I năm 2023" also names the year
            }
        }
        // document kinds start with one of these bytes (Đ/đ: 0xC4)
        if (wstart && kKindStart[static_cast<unsigned char>(*p)] && before_cite_limit(p)) {
            refs_parser::CiteHead h;
            it = p;
            if (x3::parse(it, end, refs_parser::cite_head, h)) {
                std::string num = h.number;
                while (!num.empty() && (num.back() == '.' || num.back() == ':' || num.back() == '/')) num.pop_back();
                const std::size_t slash = num.rfind('/');
                if (slash != std::string::npos || num.find('-') != std::string::npos) {
                    Citation& c = doc.refs.citations.emplace_back();  // (built in place; citation_tail reads only the block)
                    const std::size_t cut = slash != std::string::npos ? slash : num.rfind('-');
                    c.code = num.substr(cut + 1);
                    c.block = bi;
                    c.logical = lo(p);
                    const char* ne = it - (h.number.size() - num.size());
                    c.logical_end = lo(ne);
                    c.span = b.to_source(lo(p), lo(ne));
                    c.number_span = b.to_source(lo(ne) - static_cast<std::uint32_t>(num.size()), lo(ne));
                    c.kind = std::move(h.kind);
                    c.number = std::move(num);
                    citation_tail(b, base, end, ne, c);
                    c.span = b.to_source(c.logical, c.logical_end);
                    return ne;
                }
            }
        }
        return nullptr;
    }

    // The scan: from digit to digit, trying the heads before each digit, then the digit.
    void run() {
        const std::size_t size = b.text.size();
        const char* p = base;
        // A block in block_text: the digit runs below are skipped without a bound. The bytes after its view are block_text's
        // (its '\n'; or the rest of its bytes when a caller shortened the view, which the skip may pass: a run that reaches
        // the view's end ends the scan as it would stopped there), and block_text ends in kBlockTextPad bytes of '\n'.
        const bool unbounded = marked != std::string_view::npos;
        while (p < end) {
            const char* d = first_digit != std::string_view::npos ? base + std::exchange(first_digit, std::string_view::npos)
                            : marked != std::string_view::npos
                                ? base + (doc.next_mark(Document::kDigitMark, marked + lo(p), marked + size) - marked)
                                : base + byte_scan::first_digit(base, lo(p), size);
            if (d == end) return;
            const char* heads[kMaxHeads];
            const int n = heads_before(d, heads);
            for (int i = 0; i < n; ++i)
                if (heads[i] >= p)
                    if (const char* r = at(heads[i])) p = r;
            if (p > d) continue;
            if (digit_may_start(d))
                if (const char* r = at(d)) {
                    p = r;
                    continue;
                }
            // no reference starts at a digit after a digit (it glues), nor after a '.' or ','
            // between digits ("1.234,5": no heads end there, no date or range starts there)
            // (unbounded in block_text: a load, a compare and a branch a digit; bounded, the skip was 0.65 M instructions of
            // sample2M's 139.5 M, ~7 a digit)
            p = d + 1;
            if (unbounded) {
                for (;;) {
                    while (is_digit(*p)) ++p;
                    if ((*p == '.' || *p == ',') && is_digit(p[1])) p += 2;
                    else break;
                }
            } else {
                while (p < end && (is_digit(*p) || ((*p == '.' || *p == ',') && end - p > 1 && is_digit(p[1])))) ++p;
            }
        }
    }
    // The same references, trying every byte (what run() must find; for the tests).
    void run_every_byte() {
        for (const char* p = base; p < end;)
            if (const char* r = at(p)) p = r;
            else ++p;
    }
};

}  // namespace

static void scan_references(Document& doc, bool every_byte) {
    doc.refs = {};
    doc.structure.title = {};
    parse_recipients(doc);
    if (doc.given_title)
        doc.structure.title = *doc.given_title;
    else
        parse_title(doc);
    parse_sections(doc);
    // (blocks made by build_blocks lie in block_text, whose digits it marked)
    const char* const buf = doc.marks_cover_blocks() ? doc.block_text.get() : nullptr;
    for (std::uint32_t bi = 0; bi < doc.blocks.size(); ++bi) {
        std::size_t first = std::string_view::npos;  // (the block's first digit, from which its scan starts: not sought twice)
        if (buf && !every_byte) {  // every reference holds a digit: a block without one is not scanned
            const std::string_view t = doc.blocks[bi].text;
            const auto off = static_cast<std::size_t>(t.data() - buf);
            first = doc.next_mark(Document::kDigitMark, off, off + t.size());
            if (first == off + t.size()) continue;
            first -= off;
        }
        BlockScan scan(doc, bi);
        if (buf) scan.marked = static_cast<std::size_t>(scan.base - buf);
        scan.first_digit = first;
        if (every_byte) scan.run_every_byte();
        else scan.run();
    }
}

void parse_references(Document& doc) { scan_references(doc, false); }
void parse_references_every_byte(Document& doc) { scan_references(doc, true); }

}  // namespace rc
