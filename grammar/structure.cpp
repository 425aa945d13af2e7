// The structure grammar: instantiation of the X3 rules (grammar/structure_def.hpp)
// and the pass over the document blocks that fills Document::structure —
// headings, list items, footnote references and bodies (superscript and
// PDF-glued), pipe tables, sentences, enclosing headings.
#include "grammar/structure_def.hpp"
#include "grammar/structure_config.hpp"
#include "grammar/parsers.hpp"
#include "grammar/byte_scan.hpp"
#include "grammar/text_util.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <unordered_set>
#include <utility>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace rc::structure_grammar {
BOOST_SPIRIT_INSTANTIATE(roman_label_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(arabic_label_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(letter_label_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(part_label_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(superscript_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(body_marker_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(bullet_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(separator_row_type, iterator_type, context_type)
}  // namespace rc::structure_grammar

namespace rc {
namespace sg = structure_grammar;
namespace x3 = boost::spirit::x3;

namespace {

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr unsigned char byte(char c) { return static_cast<unsigned char>(c); }

// Value of a canonical Roman numeral (I..XXXIX); 0 when not canonical ("IIII", "VX").
int roman_value(std::string_view r) {
    static constexpr std::array<std::string_view, 10> units{"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
    int tens = 0;
    while (!r.empty() && r.front() == 'X' && tens < 3) { r.remove_prefix(1); ++tens; }
    for (int u = 0; u < 10; ++u)
        if (r == units[static_cast<std::size_t>(u)]) return tens * 10 + u;
    return 0;
}

// The scans of every block's text (superscript lead bytes, sentence ends, digits): sixteen bytes at a
// time where the machine has SSE2 (every x86-64), the rest by byte_scan's eight. Each returns the
// first position in [i, end) of a byte of its class, or end.
// A lead byte of a superscript digit: C2 (¹²³) or E2 (⁰⁴…⁹), the two bytes whose value with bit 5 set is E2.
std::size_t find_superscript_lead(const char* s, std::size_t i, std::size_t end) {
#if defined(__SSE2__)
    if (byte_scan::scan16(s, i, end, [](__m128i x) { return _mm_cmpeq_epi8(_mm_or_si128(x, _mm_set1_epi8(0x20)), _mm_set1_epi8('\xE2')); }))
        return i;
#endif
    return byte_scan::find_any(s, i, end, '\xC2', '\xE2', '\xE2');
}

// '.', '!' or '?'.
std::size_t find_stop(const char* s, std::size_t i, std::size_t end) {
#if defined(__SSE2__)
    if (byte_scan::scan16(s, i, end, [](__m128i x) {
            return _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('.')), _mm_cmpeq_epi8(x, _mm_set1_epi8('!'))),
                                _mm_cmpeq_epi8(x, _mm_set1_epi8('?')));
        }))
        return i;
#endif
    return byte_scan::find_any(s, i, end, '.', '!', '?');
}

// The first bytes lex_heading_label may accept (a label, or the spaces or "**" before one): most
// blocks, starting with another capital, a lower-case word or a letter of two or three bytes, are
// not handed to it.
[[gnu::always_inline]] inline bool may_start_label(std::string_view t) {
    if (t.empty()) return false;
    const unsigned char c = byte(t[0]);
    if (is_digit(t[0])) return true;
    switch (c) {
        case ' ': case '\t': case '*': case 'P': case 'I': case 'V': case 'X': case 0xC4: return true;
        default: break;
    }
    return c >= 'a' && c <= 'z' && t.size() > 1 && t[1] == ')';
}

// The first bytes lex_bullet accepts (a marker: '-', '+', '*', or the lead byte of '•' and '–'; a space after it):
// most blocks are not handed to it (88 932 calls on big-10M, nearly all returning at once).
[[gnu::always_inline]] inline bool may_start_bullet(std::string_view t) {
    return t.size() >= 2 && (t[0] == '-' || t[0] == '+' || t[0] == '*' || byte(t[0]) == 0xE2);
}

// A line opening an appendix, "PHỤ LỤC …" or "Phụ lục …": its first two bytes tested inline (asked of every block of
// a footnote region and, marking, of every block in P: the two starts_with calls were ~0.6 M instructions on big-10M).
[[gnu::always_inline]] inline bool is_appendix_line(std::string_view t) {
    return t.size() >= 2 && t[0] == 'P' && (t[1] == 'H' || t[1] == 'h') && (t.starts_with("PHỤ LỤC") || t.starts_with("Phụ lục"));
}

std::size_t skip_spaces(std::string_view s, std::size_t i) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    return i;
}

}  // namespace

// ---------------------------------------------------------------- lexical entry points

namespace {

// The end of a label at p: its style, `end`, and the title after the separators.
bool finish_label(std::string_view s, const char* p, HeadingStyle st, HeadingLabelLex& out) {
    out.style = st;
    out.end = static_cast<std::size_t>(p - s.data());
    std::size_t t = skip_spaces(s, out.end);
    while (t < s.size() && (s[t] == ':' || s[t] == '*')) t = skip_spaces(s, t + 1);
    out.title = t;
    return true;
}

// The grammars of lex_heading_label, each tried at s[i] by the first byte (out of line: the
// common case, a line that is none of them, returns before their frames are set up).
[[gnu::noinline]] bool lex_part(std::string_view s, std::size_t i, HeadingLabelLex& out) {
    const char* const end = s.data() + s.size();
    int n = 0;
    const char* p = s.data() + i;
    if (x3::parse(p, end, sg::part_label, n) && (p == end || !(is_ascii_alpha(*p) || byte(*p) >= 0x80))) {
        out.numbers = {n};
        return finish_label(s, p, HeadingStyle::part, out);
    }
    return false;
}

[[gnu::noinline]] bool lex_roman(std::string_view s, std::size_t i, HeadingLabelLex& out) {
    const char* const end = s.data() + s.size();
    std::string r;
    const char* p = s.data() + i;
    if (x3::parse(p, end, sg::roman_label, r)) {
        const int v = roman_value(r);
        if (v > 0 && (p == end || *p == ' ' || *p == '*')) {
            out.numbers = {v};
            finish_label(s, p, HeadingStyle::roman, out);
            return out.title < s.size();
        }
    }
    return false;
}

[[gnu::noinline]] bool lex_arabic(std::string_view s, std::size_t i, HeadingLabelLex& out) {
    const char* const end = s.data() + s.size();
    thread_local ArabicLabelLex a;  // (its vector kept from call to call: no allocation per label)
    a.numbers.clear();
    a.trailing_dot = false;
    const char* p = s.data() + i;
    if (!x3::parse(p, end, sg::arabic_label, a)) return false;
    if (a.numbers.size() == 1 && !a.trailing_dot) return false;  // "5 Nguyên nhân", "2 Trong đó"
    if (a.numbers.size() > 4) return false;
    if (p == end || (*p != ' ' && *p != '*')) return false;      // "2.5%", "2.000", "1.1.a"
    if (std::any_of(a.numbers.begin(), a.numbers.end(), [](unsigned n) { return n == 0; })) return false;
    finish_label(s, p, HeadingStyle::arabic, out);
    // The title starts with a capital: "12.5 ha", "2.1 triệu" are quantities.
    if (out.title >= s.size() || is_digit(s[out.title]) || starts_lowercase(s.substr(out.title, 8))) return false;
    out.numbers.reserve(a.numbers.size());  // (one allocation, not one per level)
    for (unsigned n : a.numbers) out.numbers.push_back(static_cast<int>(n));
    return true;
}

[[gnu::noinline]] bool lex_letter(std::string_view s, std::size_t i, HeadingLabelLex& out) {
    const char* const end = s.data() + s.size();
    int n = 0;
    const char* p = s.data() + i;
    if (x3::parse(p, end, sg::letter_label, n) && p < end && *p == ' ') {
        out.numbers = {n};
        finish_label(s, p, HeadingStyle::letter, out);
        return out.title < s.size();
    }
    return false;
}

}  // namespace

bool lex_heading_label(std::string_view s, HeadingLabelLex& out) {
    out.style = HeadingStyle::arabic;  // (as a fresh HeadingLabelLex)
    out.numbers.clear();
    out.begin = out.end = out.title = 0;
    out.bold = false;
    std::size_t i = skip_spaces(s, 0);
    if (i + 1 < s.size() && s[i] == '*' && s[i + 1] == '*') {
        out.bold = true;
        i = skip_spaces(s, i + 2);
    }
    if (i >= s.size()) return false;
    const char c = s[i];
    out.begin = i;
    if (c == 'P') {
        // part_label starts with "Phần" or "PHẦN": other words in P (most of them) are not tried
        const std::string_view at = s.substr(i);
        if (!at.starts_with("Ph\xE1\xBA\xA7n") && !at.starts_with("PH\xE1\xBA\xA6N")) return false;
        return lex_part(s, i, out);
    }
    if (c == 'I' || c == 'V' || c == 'X') {
        // roman_label is a run of I, V, X then '.', ')', or spaces and a dash: a word in capitals or starting with one
        // ("Việc", "Xã", "VIỆT") is not tried (10 012 calls on big-10M, ~200 instructions each)
        std::size_t k = i + 1;
        while (k < s.size() && (s[k] == 'I' || s[k] == 'V' || s[k] == 'X')) ++k;
        if (k < s.size() && !(s[k] == '.' || s[k] == ')' || s[k] == ' ' || s[k] == '-' || byte(s[k]) == 0xE2)) return false;
        return lex_roman(s, i, out);
    }
    if (is_digit(c)) {
        // arabic_label's first component is one or two digits, and a label has '.' after it (a number alone, "5 Nguyên
        // nhân", "2024", "12,5", is none): other lines are not parsed
        const bool two = i + 1 < s.size() && is_digit(s[i + 1]);
        const std::size_t after = i + (two ? 2 : 1);
        if (after >= s.size() || s[after] != '.') return false;
        return lex_arabic(s, i, out);
    }
    if ((c >= 'a' && c <= 'z') || byte(c) == 0xC4) {
        // letter_label is one letter (a-z, or "đ" = C4 91) and ')': a line of prose
        // starting in lower case or with "Đ" (C4 90) is not tried
        if (c == '\xC4' ? !(i + 2 < s.size() && byte(s[i + 1]) == 0x91 && s[i + 2] == ')')
                         : !(i + 1 < s.size() && s[i + 1] == ')'))
            return false;
        return lex_letter(s, i, out);
    }
    return false;
}

namespace {

// lex_bullet past its first test (parse_structure makes that test inline, and calls this only when it passes).
std::size_t parse_bullet(std::string_view s) {
    const char* p = s.data();
    if (!x3::parse(p, s.data() + s.size(), sg::bullet)) return 0;
    return static_cast<std::size_t>(p - s.data());
}

}  // namespace

std::size_t lex_bullet(std::string_view s) {
    // a marker ('-', '+', '*', or E2 80 A2 / E2 80 93) and a space: other first bytes are not parsed
    return may_start_bullet(s) ? parse_bullet(s) : 0;
}

std::size_t lex_superscript(std::string_view s, int& value) {
    const char* p = s.data();
    if (s.empty() || !(byte(s[0]) == 0xC2 || byte(s[0]) == 0xE2)) return 0;
    thread_local std::vector<int> d;  // (kept from call to call, as lex_arabic's: a vector a call was 6 786 allocations on big-10M)
    d.clear();
    if (!x3::parse(p, s.data() + s.size(), sg::superscript, d)) return 0;
    value = 0;
    for (int x : d) value = std::min(value * 10 + x, 1000000);
    return static_cast<std::size_t>(p - s.data());
}

std::size_t parse_body_marker(std::string_view s, int& number) {
    if (s.empty() || !is_digit(s[0])) return 0;
    const char* p = s.data();
    unsigned n = 0;
    if (!x3::parse(p, s.data() + s.size(), sg::body_marker, n) || p == s.data() + s.size()) return 0;
    number = static_cast<int>(n);
    return static_cast<std::size_t>(p - s.data());
}

void lex_table_cells(std::string_view s, std::vector<std::pair<std::size_t, std::size_t>>& cells) {
    cells.clear();
    // (a row opens with '|' and has another: that second bar is sought by memchr, as the cells' bars below; an X3 rule
    // '|' >> *(char_ - '|') >> '|' walked the row byte by byte first: −0.5 M instructions on big-10M)
    if (s.size() < 2 || s[0] != '|' || !std::memchr(s.data() + 1, '|', s.size() - 1)) return;
    std::size_t prev = 0;
    // (from bar to bar by memchr: a byte loop over the rows was 1.5 M instructions on big-10M)
    for (const char* bar; (bar = static_cast<const char*>(std::memchr(s.data() + prev + 1, '|', s.size() - prev - 1)));) {
        const auto i = static_cast<std::size_t>(bar - s.data());
        cells.emplace_back(prev + 1, i);
        prev = i;
    }
    if (prev + 1 < s.size() && !trim(s.substr(prev + 1)).empty()) cells.emplace_back(prev + 1, s.size());
}

std::string_view vi_letter(int n) {
    static constexpr std::array<std::string_view, 24> l{"?", "a", "b", "c", "d", "\xC4\x91", "e", "g", "h", "i", "k", "l",
                                                        "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"};
    return n >= 1 && n <= 23 ? l[static_cast<std::size_t>(n)] : l[0];
}

bool is_footnote_header(std::string_view line) {
    // Each header ends in 'H', 'h', 'I' or 'Ú'/'ú' (C3 9A / C3 BA) before the '*', ' ', ':' and white
    // space stripped below: a line ending in any other byte (most lines: '.', ',', ';', a letter) is none.
    if (line.empty()) return false;
    switch (byte(line.back())) {
        case 'H': case 'h': case 'I': case 0x9A: case 0xBA:
        case '*': case ' ': case ':': case '\t': case '\r': case '\f': case '\v': case 0xA0: break;
        default: return false;
    }
    std::string_view t = trim(line);
    while (!t.empty() && (t.front() == '*' || t.front() == ' ')) t.remove_prefix(1);
    while (!t.empty() && (t.back() == '*' || t.back() == ' ' || t.back() == ':')) t.remove_suffix(1);
    return t == "CHÚ THÍCH" || t == "Chú thích" || t == "GHI CHÚ" || t == "Ghi chú" || t == "CHÚ GIẢI";
}

// ---------------------------------------------------------------- the pass over the blocks

namespace {

// An abbreviation of two or three ASCII letters as sentence_end reads it: its bytes in one number.
constexpr std::uint32_t abbr2(const char (&w)[3]) { return std::uint32_t{byte(w[0])} << 8 | byte(w[1]); }
constexpr std::uint32_t abbr3(const char (&w)[4]) { return std::uint32_t{byte(w[0])} << 16 | std::uint32_t{byte(w[1])} << 8 | byte(w[2]); }

// w is the word `lit` (a literal: the compare is of a known length, inlined).
template <std::size_t N>
[[gnu::always_inline]] inline bool is_word(std::string_view w, const char (&lit)[N]) {
    return w.size() == N - 1 && std::memcmp(w.data(), lit, N - 1) == 0;
}

// Where a sentence ends at t[i] ('.', '!', '?'): followed by a space and a new
// sentence, and not an abbreviation ("TP.", "Tp.", "TW.") or a number ("1.234").
bool sentence_end(std::string_view t, std::size_t i, std::size_t& next) {
    const char c = t[i];
    if (c != '.' && c != '!' && c != '?') return false;
    std::size_t j = i + 1;
    // closing quotes/brackets after the full stop
    while (j < t.size()) {
        if (t[j] == ')' || t[j] == '"' || t[j] == '\'') { ++j; continue; }
        if (j + 3 <= t.size() && byte(t[j]) == 0xE2 && byte(t[j + 1]) == 0x80 && (byte(t[j + 2]) == 0x9D || byte(t[j + 2]) == 0x99)) {
            j += 3;  // ” ’
            continue;
        }
        break;
    }
    if (j >= t.size() || t[j] != ' ') return false;
    const std::size_t k = skip_spaces(t, j);
    if (k >= t.size()) return false;
    if (c == '.') {
        // the word before the full stop
        std::size_t w = i;
        while (w > 0 && is_ascii_alpha(t[w - 1])) --w;
        const std::string_view word(t.data() + w, i - w);
        const bool word_start = w == 0 || t[w - 1] == ' ' || t[w - 1] == '(';
        if (word_start && !word.empty() && word.size() <= 3) {  // the abbreviations have 1-3 letters
            // "TP", "Tp", "tp", "TW", "Tw", "TT", "ThS", "TS", "PGS", "GS", "BS", "KS", "Th", "St", "TX" (and "Q", an initial
            // below), as the word's bytes in one number (a std::find over the list was 1.6 M instructions on big-10M)
            std::uint32_t key = 0;
            for (const char ch : word) key = key << 8 | byte(ch);
            switch (key) {
                case abbr2("TP"): case abbr2("Tp"): case abbr2("tp"): case abbr2("TW"): case abbr2("Tw"): case abbr2("TT"):
                case abbr3("ThS"): case abbr2("TS"): case abbr3("PGS"): case abbr2("GS"): case abbr2("BS"): case abbr2("KS"):
                case abbr2("Th"): case abbr2("St"): case abbr2("TX"):
                    return false;
                default: break;
            }
            if (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z') return false;  // initials, "P. Quang Trung", "Q."
        }
        // the next sentence starts with a capital, a digit, a quote, a bracket or a dash
        const char n = t[k];
        if (byte(n) < 0x80 && (n >= 'a' && n <= 'z')) return false;
        if (byte(n) >= 0x80 && starts_lowercase(std::string_view(t).substr(k, 4))) return false;
    }
    next = k;
    return true;
}

constexpr std::size_t kSentenceCap = 2048;

// Split a block into sentences; a run longer than kSentenceCap is cut at the
// next "; ", ", " or space (or a character boundary) so that later per-sentence
// work stays linear on hostile input.
// (`marks`: the document whose block_text holds t and whose text_marks list where a sentence may end there,
// or nullptr: the full stops are sought in t.)
// (`first_stop`: where the first marked stop of t is, when the caller sought it, else npos)
void split_sentences(std::string_view t, std::size_t block, std::vector<Sentence>& out, const Document* marks,
                     std::size_t first_stop = std::string_view::npos) {
    const std::size_t n = t.size();
    const std::size_t off = marks ? static_cast<std::size_t>(t.data() - marks->block_text.get()) : 0;
    std::size_t start = skip_spaces(t, 0), i = start;
    auto emit = [&](std::size_t b, std::size_t e) {
        while (e > b && t[e - 1] == ' ') --e;
        if (e > b) out.push_back({block, static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)});
    };
    while (i < n) {
        if (i - start >= kSentenceCap) {
            const std::size_t lim = std::min(n, i + 512);
            std::size_t cut = std::string::npos;
            for (std::string_view sep : {std::string_view("; "), std::string_view(", "), std::string_view(" ")}) {
                const std::size_t f = std::string_view(t).substr(0, lim).find(sep, i);
                if (f != std::string::npos) { cut = f + sep.size(); break; }
            }
            if (cut == std::string::npos) {
                cut = lim;
                while (cut < n && (byte(t[cut]) & 0xC0) == 0x80) ++cut;
            }
            emit(start, cut);
            start = i = skip_spaces(t, cut);
            continue;
        }
        // jump to the next candidate full stop, but not past the cap
        const std::size_t cap_at = start + kSentenceCap;
        const std::size_t lim = std::min(cap_at, n);
        // (a stop that is not followed by a space or a closing byte ends no sentence: the marks skip it)
        const std::size_t f = first_stop != std::string_view::npos ? std::min(std::exchange(first_stop, std::string_view::npos), lim)
                              : marks ? marks->next_mark(Document::kStopMark, off + i, off + lim) - off
                                      : find_stop(t.data(), i, lim);
        if (f >= lim) {
            if (cap_at >= n) break;
            i = cap_at;
            continue;
        }
        i = f;
        std::size_t next = 0;
        if (sentence_end(t, i, next)) {
            emit(start, i + 1);
            start = i = next;
            continue;
        }
        ++i;
    }
    emit(start, n);
}

// The line stops on a word that takes a number after it ("… xã đứng thứ", "xếp hạng", "lần thứ", "mức độ"):
// a hard line break cut the sentence before its number.
// ends_before_number past its first test (out of line: most blocks are decided by that test, inline).
[[gnu::noinline]] bool ends_before_number_word(std::string_view t);

inline bool ends_before_number(std::string_view t) {
    // (A last byte that is neither white space nor the end of an NBSP, which trim drops, is the trimmed
    // text's last byte too: most blocks are decided by it untrimmed.)
    if (t.empty()) return false;
    switch (byte(t.back())) {
        case 'g': case 'n': case 'i': case 'm': case 'u': case 'c': case 'p': case 0xA9: case 0x91: case 0x99: case 0x95:
        case ' ': case '\t': case '\r': case '\f': case '\v': case 0xA0: return ends_before_number_word(t);
        default: return false;
    }
}

bool ends_before_number_word(std::string_view t) {
    t = trim(t);
    // The words end in one of these bytes (g n i m u c p, and the last bytes of ứ ố ộ ổ): most blocks,
    // ending in '.', ';', ':' or another letter, are not looked up.
    if (t.empty()) return false;
    switch (byte(t.back())) {
        case 'g': case 'n': case 'i': case 'm': case 'u': case 'c': case 'p': case 0xA9: case 0x91: case 0x99: case 0x95: break;
        default: return false;
    }
    const std::size_t sp = t.rfind(' ');
    const std::string_view w = sp == std::string_view::npos ? t : t.substr(sp + 1);
    // The words "thứ", "hạng", "số", "lần", "loại", "nhóm", "khoản", "điều", "Điều", "mục", "cấp", "độ", "tổ", "khu", "xóm",
    // "đội", "tầng", "bậc", "vòng", "lớp", "khối", "Top", by their last byte: at most three compares of a known length
    // (a std::find over the 22 was ~250 instructions a call, 8 760 calls on big-10M).
    switch (byte(w.back())) {
        case 'g': return is_word(w, "hạng") || is_word(w, "tầng") || is_word(w, "vòng");
        case 'n': return is_word(w, "lần") || is_word(w, "khoản");
        case 'i': return is_word(w, "loại") || is_word(w, "khối") || is_word(w, "đội");
        case 'm': return is_word(w, "nhóm") || is_word(w, "xóm");
        case 'u': return is_word(w, "điều") || is_word(w, "Điều") || is_word(w, "khu");
        case 'c': return is_word(w, "mục") || is_word(w, "bậc");
        case 'p': return is_word(w, "cấp") || is_word(w, "lớp") || is_word(w, "Top");
        case 0xA9: return is_word(w, "thứ");
        case 0x91: return is_word(w, "số");
        case 0x99: return is_word(w, "độ");
        case 0x95: return is_word(w, "tổ");
        default: return false;
    }
}

// Words before glued digits that make them a unit exponent or a formula, not a footnote.
bool unit_or_formula(std::string_view word) {
    if (word.empty() || word.size() > 2) return false;  // the words have 1-2 letters
    static const std::array<std::string_view, 17> w{"m", "km", "cm", "mm", "dm", "ha", "CO", "SO", "NO", "NH", "CH",
                                                    "PM", "F", "H", "O", "N", "Nm"};
    return std::find(w.begin(), w.end(), word) != w.end();
}

struct GluedCand {
    std::size_t block;
    std::uint32_t begin, end;  // logical offsets of the reference digits
    int number;
};

// One digit run t[s, j) (t[s - 1] and t[j] are no digits): a candidate or none.
[[gnu::noinline]] void glued_run(std::string_view t, std::size_t block, std::size_t s, std::size_t j, std::vector<GluedCand>& out) {
    const std::size_t n = t.size();
    const std::size_t len = j - s;
    // Not glued to what precedes (most numbers: after a space), only a year followed by a reference
    // ("năm 203012", 5-6 digits) can be one.
    if (s == 0 || !(is_ascii_alpha(t[s - 1]) || byte(t[s - 1]) >= 0x80 || t[s - 1] == ')' || t[s - 1] == '.' || t[s - 1] == '"')) {
        if (len < 5 || len > 6) return;
    }
    // part of a larger number or token: "1.234", "3,5", "5/2023", "2020-2025", "12%", "4.0"
    if (j < n) {
        const char f = t[j];
        if (is_ascii_alpha(f) || f == '/' || f == '-' || f == '%' || f == '_') return;
        if ((f == '.' || f == ',') && j + 1 < n && is_digit(t[j + 1])) return;
        if (byte(f) >= 0x80 && f != '\xE2') return;  // a letter follows
    }
    if (s > 0 && (t[s - 1] == '.' || t[s - 1] == ',' || t[s - 1] == '/' || t[s - 1] == '-') && s > 1 && is_digit(t[s - 2])) return;
    const char p = s > 0 ? t[s - 1] : ' ';
    const bool glued = s > 0 && (is_ascii_alpha(p) || byte(p) >= 0x80 || p == ')' || p == '.' || p == '"');
    auto year_split = [&]() -> int {
        if (len < 5 || len > 6) return 0;
        const int year = std::stoi(std::string(t.substr(s, 4)));
        if (year < 1900 || year > 2100 || t[s + 4] == '0') return 0;
        return std::stoi(std::string(t.substr(s + 4, len - 4)));
    };
    if (glued) {
        if (p == '.' && s > 1 && is_digit(t[s - 2])) return;
        std::size_t w = s;
        while (w > 0 && is_ascii_alpha(t[w - 1])) --w;
        const bool word_start = w == 0 || byte(t[w - 1]) < 0x80;
        if (word_start && unit_or_formula(std::string_view(t).substr(w, s - w))) return;
        if (len <= 3) {
            out.push_back({block, static_cast<std::uint32_t>(s), static_cast<std::uint32_t>(j), std::stoi(std::string(t.substr(s, len)))});
        } else if (int r = year_split()) {
            out.push_back({block, static_cast<std::uint32_t>(s + 4), static_cast<std::uint32_t>(j), r});
        }
    } else if (int r = year_split()) {
        out.push_back({block, static_cast<std::uint32_t>(s + 4), static_cast<std::uint32_t>(j), r});
    }
}

// Candidates for PDF-style references: digits glued to a word ("chỉ tiêu3",
// "Gạc...15", "ra1") and a year followed by a reference ("năm 203012"), in the blocks whose texts
// are buf[from, to) of Document::block_text (or a padded copy of one block) (each block followed by '\n', which reads as the text's
// start or end does: no digit, no letter, nothing a run is glued to). `at(s, j)` is called for each
// digit run [s, j) that may be one: glued to what precedes, or of 5-6 digits; the text is read 64 bytes at a time (the buffer is padded).
template <class At>
void glued_runs(const char* buf, std::size_t from, std::size_t to, At&& at) {
    std::uint64_t carry = 0;  // the byte before the chunk is a digit
    for (std::size_t i = from; i < to; i += 64) {
        std::uint64_t d = 0;  // bit k: buf[i + k] is a digit
#if defined(__SSE2__)
        const __m128i shift = _mm_set1_epi8(static_cast<char>(0x80 - '0'));
        const __m128i limit = _mm_set1_epi8(static_cast<char>(-128 + 10));
        for (int k = 0; k < 4; ++k) {
            const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(buf + i + 16 * k));
            d |= static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(_mm_add_epi8(x, shift), limit))))
                 << (16 * k);
        }
#else
        for (int k = 0; k < 64; ++k) d |= static_cast<std::uint64_t>(is_digit(buf[i + k])) << k;
#endif
        if (to - i < 64) d &= (std::uint64_t{1} << (to - i)) - 1;
        std::uint64_t starts = d & ~((d << 1) | carry);  // the first digit of each run
        carry = d >> 63;
        while (starts) {
            const std::size_t s = i + static_cast<std::size_t>(std::countr_zero(starts));
            starts &= starts - 1;
            const char p = buf[s - 1];
            const bool glued = is_ascii_alpha(p) || byte(p) >= 0x80 || p == ')' || p == '.' || p == '"';
            // not glued (most numbers: after a space), only a run of 5-6 digits can be one
            if (!glued && !(is_digit(buf[s + 1]) && is_digit(buf[s + 2]) && is_digit(buf[s + 3]) && is_digit(buf[s + 4])))
                continue;
            std::size_t j = s + 1;
            while (is_digit(buf[j])) ++j;  // (a block's '\n' ends it)
            if (glued || j - s <= 6) at(s, j);
        }
    }
}

// The same runs as glued_runs over doc.block_text[from, to), from the glued marks build_blocks left (the byte
// before `from` is a block's '\n').
template <class At>
void glued_runs_marked(const Document& doc, std::size_t from, std::size_t to, At&& at) {
    const char* const buf = doc.block_text.get();
    for (std::size_t s = from; (s = doc.next_mark(Document::kGluedMark, s, to)) < to; ++s) {
        const char p = buf[s - 1];
        // the digits after a number's '.' ("1.234.567", "2.5"): glued_run takes none of them (a digit before the '.'), and
        // they are most of the marks (the call and the search for its block: −1.0 M instructions on big-10M)
        if (p == '.' && is_digit(buf[s - 2])) continue;
        const bool glued = is_ascii_alpha(p) || byte(p) >= 0x80 || p == ')' || p == '.' || p == '"';
        std::size_t j = s + 1;
        while (is_digit(buf[j])) ++j;  // (a block's '\n' ends it)
        if (glued || j - s <= 6) at(s, j);
    }
}

// The candidates of the text blocks b in [from, to) but those `skip(b)` names, each block read from a padded copy
// (blocks that do not lie in block_text in order: blocks of one line viewing the source, blocks made elsewhere).
// The scan reads only the byte before and the byte after the copy; the rest of its last chunk it masks. A block
// that holds no glued digit run (Block::may_hold) is not read (nor copied) at all.
template <class Skip>
void glued_padded(const Document& doc, std::size_t from, std::size_t to, Skip&& skip, std::vector<GluedCand>& cands) {
    std::vector<char> pad(256, '\n');
    for (std::size_t b = from; b < to; ++b) {
        if (doc.blocks[b].kind != Block::Kind::text || skip(b)) continue;
        if (!(doc.blocks[b].may_hold & Block::kMayHoldGlued)) continue;
        const std::string_view t = doc.blocks[b].text;
        if (t.empty()) continue;  // (nothing to find; a placeholder block's text may have no data: no memcpy from null)
        if (pad.size() < t.size() + 128) pad.resize(2 * t.size() + 128);
        std::memcpy(pad.data() + 64, t.data(), t.size());
        pad[64 + t.size()] = '\n';
        glued_runs(pad.data(), 64, 64 + t.size(), [&](std::size_t s, std::size_t j) { glued_run(t, b, s - 64, j - 64, cands); });
    }
}

// Heading rank: parts outermost, then Roman, Arabic by depth, letters innermost.
int rank_of(const Heading& h) {
    switch (h.style) {
        case HeadingStyle::part: return 0;
        case HeadingStyle::roman: return 1;
        case HeadingStyle::arabic: return 1 + static_cast<int>(h.numbers.size());
        case HeadingStyle::letter: return 20;
    }
    return 20;
}

// (a view of the block's text: a heading's title is read only by this pass (Heading::toc), the references' period
// sections (which copy what they keep) and --dump-structure, while the blocks are there; a string each was 13 000 allocations on big-10M's whole-text
// pass, 1.7 M instructions in short_title alone)
std::string_view short_title(std::string_view t) {
    // (most titles: under 160 bytes, no white space or '*' at either end — what both trims and the '*' strip would test
    // apart, through two calls of trim: −1.1 M instructions on big-10M)
    if (!t.empty() && t.size() <= 160) {
        const auto f = byte(t.front()), b = byte(t.back());
        if (f > ' ' && f != 0xC2 && b > ' ' && b != 0xA0 && b != '*') return t;
    }
    std::string_view v = trim(t);
    while (!v.empty() && v.back() == '*') v.remove_suffix(1);
    if (v.size() > 160) {
        std::size_t cut = 160;
        while (cut > 0 && (byte(v[cut]) & 0xC0) == 0x80) --cut;
        v = v.substr(0, cut);
    }
    return trim(v);
}

// Whether a heading's title (trimmed: short_title) runs into dot leaders and a page number (Heading::toc).
bool toc_title(std::string_view t) {
    using namespace std::string_view_literals;  // (ends_with of a `const char*` is a strlen call each)
    std::size_t e = t.size();
    while (e > 0 && t[e - 1] >= '0' && t[e - 1] <= '9') --e;
    if (e == t.size()) return false;
    t = trim(t.substr(0, e));
    return t.ends_with("...."sv) || t.ends_with("\xE2\x80\xA6\xE2\x80\xA6"sv);  // "……"
}

// marks[b] = 1 for each text block b in [from, to) holding a candidate glued reference (as pass 2 of
// parse_structure finds them, whether or not the block lies before a region of plain bodies).
// (`laid_out`: doc.blocks_in_block_text(), which parse_structure knows: asked again, it went over every block once
// more, ~50 000 instructions a section of big-10M)
void mark_glued(const Document& doc, std::size_t from, std::size_t to, bool laid_out, std::vector<char>& marks) {
    std::vector<GluedCand> cands;
    if (from >= to) return;
    if (!laid_out) {
        glued_padded(doc, from, to, [](std::size_t) { return false; }, cands);
    } else {
        const char* const buf = doc.block_text.get();
        const auto pos = [&](std::size_t b) { return static_cast<std::size_t>(doc.blocks[b].text.data() - buf); };
        std::size_t k = from;  // the block of the last run
        const auto at = [&](std::size_t s, std::size_t j) {
            while (k + 1 < to && pos(k + 1) <= s) ++k;
            if (doc.blocks[k].kind == Block::Kind::text && !marks[k]) {
                glued_run(doc.blocks[k].text, k, s - pos(k), j - pos(k), cands);
                if (!cands.empty()) marks[k] = 1;
                cands.clear();
            }
        };
        const std::size_t end = pos(to - 1) + doc.blocks[to - 1].text.size();
        if (!doc.text_marks) glued_runs(buf, pos(from), end, at);
        else glued_runs_marked(doc, pos(from), end, at);  // (laid out: the marks are these bytes')
    }
    for (const GluedCand& c : cands) marks[c.block] = 1;
}

}  // namespace

void parse_structure(Document& doc) {
    Structure& s = doc.structure;
    TitleBlock title = std::move(s.title);  // filled by the references pass
    s = Structure{};
    s.title = std::move(title);
    const std::size_t nb = doc.blocks.size();
    s.enclosing_heading.assign(nb, -1);
    s.is_prose.assign(nb, true);
    // (Document::mark_structure_blocks: the blocks a structure pass over a larger text holding these
    // blocks could read more of than their kind, whatever it decides before them; see there)
    std::vector<char>& marks = doc.structure_marks;
    const bool marking = doc.mark_structure_blocks;
    marks.assign(marking ? nb : 0, 0);

    // The footnote region of PDF-extracted text: after "CHÚ THÍCH", or from the
    // last body "1 …" that is followed by a body "2 …".
    std::size_t region = nb;
    std::size_t may_label = nb > 0 && may_start_label(doc.blocks[0].text);  // blocks that may be a heading (at most)
    for (std::size_t b = 0; b + 1 < nb; ++b) {
        int m = 0;
        const std::string_view next = doc.blocks[b + 1].text;  // (lex_body_marker wants a digit first)
        may_label += may_start_label(next);
        if (doc.blocks[b].kind == Block::Kind::text && !next.empty() && is_digit(next[0]) && lex_body_marker(next, m) && m == 1 &&
            is_footnote_header(doc.blocks[b].view())) {
            region = b + 1;
            if (marking) marks[b] = marks[b + 1] = 1;
        }
    }
    if (region == nb && doc.style == TextStyle::pdf_extract) {
        bool seen2 = false;
        for (std::size_t b = nb; b-- > 0;) {
            int m = 0;
            if (doc.blocks[b].kind != Block::Kind::text || !lex_body_marker(doc.blocks[b].view(), m)) continue;
            if (m == 2) seen2 = true;
            if (m == 1 && seen2) { region = b; break; }
        }
    }

    // How many lines of the region open with each body number (to tell a wrapped line "2 khoản …" from the
    // body "2 …" that follows it).
    std::size_t region_end = nb;
    std::vector<int> marker_count(1000, 0);
    for (std::size_t b = region; b < nb; ++b) {
        int m = 0;
        if (doc.blocks[b].kind == Block::Kind::text && lex_body_marker(doc.blocks[b].view(), m) && m >= 0 && m < 1000)
            ++marker_count[static_cast<std::size_t>(m)];
    }

    // Pass 1: tables, bodies, headings, list items, superscript references, sentences.
    std::vector<char> body_block(nb, 0);  // (bytes, not bits: read and set per block)
    bool plain_bodies = false;  // bodies "12 text" (PDF convention) were found
    Table* open_table = nullptr;
    std::uint32_t last_row_line = 0;
    std::vector<int> stack_ranks;  // ranks of the open headings
    // A numbered list introduced by a colon inside a section ("… gồm:" then "1.",
    // "2." …) while top-level numbering is already running: list items, not headings.
    int top_last = 0;        // last top-level Arabic number in the current Roman section
    int list_last = 0;       // last number of the open numbered list (0 = none)
    bool prev_colon = false; // the previous text block ends with ':'
    std::size_t prev_prose_open = nb;  // the previous block when it is prose stopping mid-sentence (nb = not)
    // A footnote body: the whole block, its marker the first `marker_len` bytes, its text from `text_from`.
    auto add_body = [&](std::size_t b, int number, std::size_t marker_len, std::size_t text_from) {
        const Block& blk = doc.blocks[b];
        FootnoteBody fb;
        fb.number = number;
        fb.marker_span = blk.to_source(0, static_cast<std::uint32_t>(marker_len));
        fb.span = blk.source_span();
        fb.text = std::string(trim(blk.view().substr(text_from)));
        fb.block = b;
        s.footnote_bodies.push_back(std::move(fb));
        s.is_prose[b] = false;
        body_block[b] = true;
        if (marking) marks[b] = 1;
    };
    // Blocks made by build_blocks lie in block_text, in order, and its marks say where the rare bytes sought below
    // are (superscript lead bytes, stops before a space, glued digit runs): the scans jump from mark to mark.
    const bool laid_out = doc.blocks_in_block_text();
    const Document* const marked = laid_out && doc.text_marks ? &doc : nullptr;
    const char* const sup_buf = marked ? doc.block_text.get() : nullptr;
    const char* sup_next = sup_buf;  // the first superscript lead byte at or after it (or block_text's end)
    std::vector<std::pair<std::size_t, std::size_t>> row_cells;  // a table row's cells (one vector for every row)
    HeadingLabelLex lab;
    s.headings.reserve(may_label);
    // (a block holds a sentence or more, but for table rows and bodies: −0.15 M instructions on big-10M against growing by
    // doubling; the list items reserved by a count of the blocks that may hold one cost more than they saved, +0.4 M)
    if (!doc.structure_only) s.sentences.reserve(nb);
    for (std::size_t b = 0; b < nb; ++b) {
        const Block& blk = doc.blocks[b];
        const std::string_view t = blk.view();
        if (blk.kind == Block::Kind::table_row) {
            s.is_prose[b] = false;
            if (doc.structure_only) continue;  // no rule of that pass reads tables
            if (!open_table || blk.first_line > last_row_line + 2) {
                s.tables.emplace_back();
                open_table = &s.tables.back();
                open_table->span = blk.source_span();
            }
            TableRow& row = open_table->rows.emplace_back();  // (built in place)
            row.block = b;
            {
                const char* p = t.data();
                row.separator = x3::parse(p, t.data() + t.size(), sg::separator_row);
            }
            lex_table_cells(t, row_cells);
            row.cells.reserve(row_cells.size());
            for (auto [cb, ce] : row_cells) {
                // (the cell's bytes viewed directly, cb <= ce <= t.size(); its leading white space is what trim drops at
                // its front, not counted again by leading_space: −0.7 M instructions on big-10M with the labels' views below)
                const std::string_view raw(t.data() + cb, ce - cb);
                const std::string_view txt = trim(raw);
                const auto lead = static_cast<std::size_t>(txt.data() - raw.data());
                TableCell& cell = row.cells.emplace_back();  // (built in place, its text appended to the empty string: reserved above)
                cell.text.append(txt);
                const auto lb = static_cast<std::uint32_t>(cb + lead);
                cell.span = blk.to_source(lb, lb + static_cast<std::uint32_t>(txt.size()));
            }
            open_table->span.end = blk.source_span().end;
            last_row_line = blk.last_line;
            continue;
        }
        open_table = nullptr;
        std::size_t first_stop = std::string_view::npos;  // (sought below: split_sentences starts from it, not seeking it again)
        if (doc.structure_only) {
            // (no rule of that pass reads sentences)
        } else if (const std::size_t off = marked ? static_cast<std::size_t>(t.data() - sup_buf) : 0;
                   marked && t.size() < kSentenceCap &&
                   (first_stop = doc.next_mark(Document::kStopMark, off, off + t.size()) - off) == t.size()) {
            // no stop in the block ends a sentence (most blocks: their last full stop is followed by the block's
            // '\n'): the block is one sentence, as split_sentences would find
            const std::size_t start = skip_spaces(t, 0);
            std::size_t e = t.size();
            while (e > start && t[e - 1] == ' ') --e;
            if (e > start) s.sentences.push_back({b, static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(e)});
        } else {
            split_sentences(blk.text, b, s.sentences, marked, first_stop);
        }
        if (marking && !t.empty()) {  // a body marker, wherever a region may start; an appendix line that ends one
            int m = 0;
            if ((is_digit(t[0]) && lex_body_marker(t, m)) || is_appendix_line(t))
                marks[b] = 1;
        }

        // An appendix after the bodies ("PHỤ LỤC", its table rows "1 Thu ngân sách 15 16,2") ends the region.
        if (b >= region && b < region_end && is_appendix_line(t) && !s.footnote_bodies.empty())
            region_end = b;
        // PDF footnote body: "12 Text" in the footnote region.
        if (b >= region && b < region_end) {
            int m = 0;
            if (const std::size_t ml = lex_body_marker(t, m)) {
                // A body wrapped by the PDF's hard line breaks so that a line opens with a number: "1 Gồm 12 nghị
                // quyết, 25 kế hoạch và" / "3 chỉ thị …". It goes on in lower case after a body that did not end a
                // sentence, and its number is not the next body's (or that body comes later): part of the body above.
                const auto number = [&](std::size_t k) { return doc.block_numbers.empty() ? k : doc.block_numbers[k]; };
                if (!s.footnote_bodies.empty() && number(s.footnote_bodies.back().block) + 8 > number(b)) {
                    FootnoteBody& last = s.footnote_bodies.back();
                    const std::string_view lt = trim(last.text);
                    const char lc = lt.empty() ? '.' : lt.back();
                    const std::string_view rest = trim(std::string_view(t).substr(ml));
                    const bool lower = starts_lowercase(rest);
                    const bool open_end = !(lc == '.' || lc == ';' || lc == ':' || lc == ')' || lc == '!' || lc == '?');
                    if (lower && open_end && (m != last.number + 1 || marker_count[static_cast<std::size_t>(m)] > 1)) {
                        last.text += ' ';
                        last.text += rest;
                        if (marker_count[static_cast<std::size_t>(m)] > 0) --marker_count[static_cast<std::size_t>(m)];
                        s.is_prose[b] = false;
                        body_block[b] = true;
                        continue;
                    }
                }
                if (m >= 0 && static_cast<std::size_t>(m) < marker_count.size() && marker_count[static_cast<std::size_t>(m)] > 0)
                    --marker_count[static_cast<std::size_t>(m)];
                std::size_t digits = 0;
                while (digits < t.size() && is_digit(t[digits])) ++digits;
                add_body(b, m, digits, ml);
                plain_bodies = true;
                continue;
            }
        }

        // Superscript references and "¹ text" bodies. (Blocks in block_text: the next lead byte is sought
        // over the buffer, across the blocks without one, not block by block.)
        if (sup_buf) {
            if (sup_next < t.data())
                sup_next = sup_buf + doc.next_mark(Document::kSupLeadMark, static_cast<std::size_t>(t.data() - sup_buf), doc.block_text_size);
            if (sup_next >= t.data() + t.size()) goto labels;
        } else if (!(blk.may_hold & Block::kMayHoldSupLead)) {
            goto labels;  // (a gathered block its section found no lead byte in)
        }
        for (std::size_t i = 0; i < t.size();) {
            const unsigned char u = byte(t[i]);
            if (u != 0xC2 && u != 0xE2) {
                if (sup_buf) {
                    const std::size_t off = static_cast<std::size_t>(t.data() - sup_buf);
                    i = doc.next_mark(Document::kSupLeadMark, off + i, off + t.size()) - off;
                } else {
                    i = find_superscript_lead(t.data(), i, t.size());
                }
                continue;
            }
            int num = 0;
            const std::size_t len = lex_superscript(std::string_view(t).substr(i), num);
            if (!len) { ++i; continue; }
            const std::size_t start = i;
            i += len;
            if (start == 0 && (i == t.size() || t[i] == ' ')) {
                add_body(b, num, len, i);
                continue;
            }
            // Units: m², km², m³ are exponents; only the bare unit word counts ("năm⁷" is a reference).
            std::size_t w = start;
            while (w > 0 && is_ascii_alpha(t[w - 1])) --w;
            const bool word_start = w == 0 || byte(t[w - 1]) < 0x80;
            const std::string_view word = std::string_view(t).substr(w, start - w);
            const bool unit = word_start && (num == 2 || num == 3) &&
                              (word == "m" || word == "km" || word == "cm" || word == "dm" || word == "mm" || word == "Nm");
            // A power of ten ("10³ CFU", "1,2×10⁶") and an ion's charge ("Ca²⁺", "SO₄²⁻") are not references.
            const bool power = start >= 2 && t[start - 1] == '0' && t[start - 2] == '1' &&
                               (start == 2 || !(is_digit(t[start - 3]) || t[start - 3] == '.' || t[start - 3] == ','));
            const bool charge = i + 3 <= t.size() && byte(t[i]) == 0xE2 && byte(t[i + 1]) == 0x81 &&
                                (byte(t[i + 2]) == 0xBA || byte(t[i + 2]) == 0xBB);
            if (!unit && !power && !charge && num > 0) {
                FootnoteRef r;
                r.number = num;
                r.superscript = true;
                r.span = blk.to_source(static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(i));
                r.block = b;
                s.footnote_refs.push_back(r);
                if (marking) marks[b] = 1;
            }
        }
    labels:
        if (body_block[b]) continue;

        const bool labelled = may_start_label(t) && lex_heading_label(t, lab);  // (lab is read only when labelled)
        const bool colon = !t.empty() && (t.back() == ':' || (t.size() >= 2 && t.back() == ' ' && t[t.size() - 2] == ':'));
        if (marking && (labelled || colon)) {
            marks[b] = 1;
            // a heading with no title after its label ("Phần thứ nhất") takes the next block's
            if (labelled && b + 1 < nb && t.find_first_not_of(" \t\r\n\f\v*\xC2\xA0", std::min(lab.title, t.size())) == std::string_view::npos)
                marks[b + 1] = 1;
        }
        const bool top_arabic = labelled && lab.style == HeadingStyle::arabic && lab.numbers.size() == 1;
        // a heading's title is short and does not end like a sentence or a list entry
        const bool heading_like = t.size() < 160 && (t.empty() || (t.back() != ';' && t.back() != '.' && t.back() != ','));
        if (top_arabic && ((lab.numbers[0] == 1 && prev_colon && top_last >= 1) ||
                           (list_last > 0 && lab.numbers[0] == list_last + 1 &&
                            (lab.numbers[0] != top_last + 1 || !heading_like)))) {
            if (!doc.structure_only) {  // no rule of that pass reads them
                ListItem& li = s.list_items.emplace_back();
                li.marker.append(t.data() + lab.begin, lab.end - lab.begin);  // (a label: nothing to trim, see the heading's)
                li.span = blk.to_source(static_cast<std::uint32_t>(lab.begin), static_cast<std::uint32_t>(lab.end));
                li.block = b;
            }
            list_last = lab.numbers[0];
            prev_colon = colon;
            continue;
        }
        // A hard line break (PDF text, a wrapped Word line) that leaves a sentence's number at the start of a line:
        // "… chỉ số cải cách hành chính của xã đứng thứ" / "3. Đây là kết quả …". The line above stops on a word
        // that takes a number and this one ends like a sentence: the number goes on the sentence, it is not heading 3.
        const bool wrapped = top_arabic && !t.empty() && t.back() == '.' && b > 0 && prev_prose_open == b - 1;
        prev_prose_open = labelled || wrapped || doc.blocks[b].kind != Block::Kind::text || !ends_before_number(t) ? nb : b;
        if (marking && prev_prose_open == b) marks[b] = 1;
        if (wrapped) { prev_colon = colon; continue; }
        if (labelled) list_last = 0;
        prev_colon = colon;
        if (labelled) {
            if (lab.style == HeadingStyle::roman || lab.style == HeadingStyle::part) top_last = 0;
            else if (top_arabic) top_last = lab.numbers[0];
            Heading& h = s.headings.emplace_back();  // (built in place: reserved above)
            h.style = lab.style;
            h.numbers = std::move(lab.numbers);
            h.bold = lab.bold;
            h.block = b;
            // (append to the new heading's empty label, as for the list items' markers: assign went through
            // basic_string::_M_replace, ~74 instructions a label; −0.7 M on big-10M with the markers)
            // (a label starts at the byte lex_heading_label chose it by — a digit, P, I, V, X, a letter, C4 — and ends with the
            // last byte of its grammar — a digit, '.', ')', a dash, an ordinal's letter —: it has no white space to trim; trim
            // was a call for each of ~38 000 labels and markers on big-10M)
            h.label.append(t.data() + lab.begin, lab.end - lab.begin);
            h.span = blk.to_source(static_cast<std::uint32_t>(lab.begin), static_cast<std::uint32_t>(lab.end));
            h.title = short_title(std::string_view(t).substr(std::min(lab.title, t.size())));
            // "Phần thứ nhất" on its own line: the title is the capitalised line after it.
            if (h.title.empty() && b + 1 < nb && doc.blocks[b + 1].kind == Block::Kind::text &&
                is_upper_line(doc.blocks[b + 1].view()))
                h.title = short_title(doc.blocks[b + 1].view());
            h.toc = !h.title.empty() && is_digit(h.title.back()) && toc_title(h.title);  // (the title is trimmed)
            const int r = rank_of(h);
            while (!stack_ranks.empty() && stack_ranks.back() >= r) stack_ranks.pop_back();
            h.level = static_cast<int>(stack_ranks.size());
            stack_ranks.push_back(r);
        } else if (doc.structure_only) {
            // (no rule of that pass reads list items)
        } else if (const std::size_t bl = may_start_bullet(t) ? parse_bullet(t) : 0) {
            ListItem& li = s.list_items.emplace_back();
            // (the marker without its spaces: '-', '+', '*', or the three bytes of '•' or '–', as the bullet grammar reads it;
            // trim of the marker and its spaces was a call for each list item)
            li.marker.append(t.data(), byte(t[0]) == 0xE2 ? 3 : 1);
            li.span = blk.to_source(0, static_cast<std::uint32_t>(li.marker.size()));
            li.block = b;
        }
    }

    // Pass 2: PDF-style references glued to words, accepted only when a body with
    // that number exists and the number continues the increasing sequence.
    std::unordered_set<int> body_numbers;
    for (const FootnoteBody& fb : s.footnote_bodies) body_numbers.insert(fb.number);
    if (plain_bodies) {
        std::vector<GluedCand> cands;
        // The text blocks before the region, but for the bodies: the runs of their whole stretch of
        // block_text, each in the block that holds it (blocks lie in block_text in their order).
        const std::size_t upto = std::min(region, nb);
        if (!laid_out) {
            glued_padded(doc, 0, upto, [&](std::size_t b) { return body_block[b] != 0; }, cands);
        } else if (upto > 0) {
            const char* const buf = doc.block_text.get();
            const auto pos = [&](std::size_t b) { return static_cast<std::size_t>(doc.blocks[b].text.data() - buf); };
            std::size_t k = 0;  // the block of the last run
            const auto at = [&](std::size_t s, std::size_t j) {
                while (k + 1 < upto && pos(k + 1) <= s) ++k;
                if (doc.blocks[k].kind == Block::Kind::text && !body_block[k])
                    glued_run(doc.blocks[k].text, k, s - pos(k), j - pos(k), cands);
            };
            const std::size_t end = pos(upto - 1) + doc.blocks[upto - 1].text.size();
            if (!doc.text_marks) glued_runs(buf, pos(0), end, at);
            else glued_runs_marked(doc, pos(0), end, at);
        }
        if (marking) {
            for (const GluedCand& c : cands) marks[c.block] = 1;
            mark_glued(doc, std::min(region, nb), nb, laid_out, marks);  // (and the body blocks are marked)
        }
        std::vector<GluedCand> ok;
        for (const GluedCand& c : cands)
            if (body_numbers.count(c.number)) ok.push_back(c);
        int max = 0;
        for (std::size_t k = 0; k < ok.size(); ++k) {
            const int n = ok[k].number;
            if (n <= max) continue;
            bool accept = n <= max + 2;
            if (!accept) {
                // a larger jump is accepted when the next candidate continues from it
                for (std::size_t q = k + 1; q < ok.size(); ++q) {
                    if (ok[q].number <= max) continue;
                    accept = ok[q].number == n + 1;
                    break;
                }
            }
            if (!accept) continue;
            const Block& blk = doc.blocks[ok[k].block];
            FootnoteRef r;
            r.number = n;
            r.superscript = false;
            r.span = blk.to_source(ok[k].begin, ok[k].end);
            r.block = ok[k].block;
            s.footnote_refs.push_back(r);
            max = n;
        }
        std::stable_sort(s.footnote_refs.begin(), s.footnote_refs.end(),
                         [](const FootnoteRef& a, const FootnoteRef& b) { return a.span.begin < b.span.begin; });
    }

    if (marking && !plain_bodies) mark_glued(doc, 0, nb, laid_out, marks);

    // Enclosing heading of every block: from each heading's block to the next one's (the headings are in block
    // order, one a block; the blocks before the first keep -1). (A fill a heading, not a test a block: −1.2 M
    // instructions on big-10M.)
    for (std::size_t h = 0; h < s.headings.size(); ++h) {
        const std::size_t until = h + 1 < s.headings.size() ? s.headings[h + 1].block : nb;
        std::fill(s.enclosing_heading.begin() + static_cast<std::ptrdiff_t>(s.headings[h].block),
                  s.enclosing_heading.begin() + static_cast<std::ptrdiff_t>(until), static_cast<int>(h));
    }
}

}  // namespace rc
