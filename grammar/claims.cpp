// The claim grammar: X3 lexical rules (grammar/claims_def.hpp) instantiated
// here, and the claim assembly that reads quantities in sentences and tables.
//
// Precision matters more than coverage: a claim is built only when its
// quantities, units and roles are read with confidence.
#include <algorithm>
#include <bit>
#include <array>
#include <atomic>
#include <cmath>
#include <cstdlib>
#include <charconv>
#include <cstring>
#include <functional>
#include <iomanip>
#include <initializer_list>
#include <limits>
#include <memory>
#include <stdexcept>
#include <vector>
#include <new>
#include <ostream>
#include <span>
#include <utility>
#include <sstream>
#include <string_view>
#include <unordered_map>

#include <boost/container/small_vector.hpp>
#include <immintrin.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "grammar/claims_config.hpp"
#include "grammar/claims_def.hpp"
#include "grammar/dump.hpp"
#include "grammar/parsers.hpp"
#include "grammar/byte_scan.hpp"
#include "grammar/text_util.hpp"
#include "grammar/units.hpp"

namespace rc::claims_grammar {
BOOST_SPIRIT_INSTANTIATE(number_literal_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(number_type, iterator_type, context_type)
const number_type& number() { return number_rule; }

namespace {
struct unit_symbols : x3::symbols<int> {
    unit_symbols() {
        const auto& t = unit_table();
        for (std::size_t i = 0; i < t.size(); ++i) add(t[i].written, static_cast<int>(i));
    }
};
const unit_symbols& units() {
    static const unit_symbols u;
    return u;
}
}  // namespace

// The unit symbols' longest-prefix lookup, built from the X3 symbols above (each written unit with the value
// the symbols' own lookup gives it): the keys by their first two bytes, longest first, so the first key that
// is a prefix of the text is the longest one, as the symbols' ternary search tree finds it (~170
// instructions a lookup there, a few per candidate key here: its first 8 bytes compared at once).
// Keys of four bytes or more by their first four instead (claims12): most units start with a two-byte
// letter or a consonant and one ("đ" C4 91, "t" E1 …, "ng"), whose two-byte buckets held a dozen keys or more,
// each compared at every lookup (~2.4 M on big-10M); those keys are tried first, any of them being longer
// than the two- and three-byte keys tried after them, so the first match is still the longest.
struct UnitIndex {
    struct Key {
        std::uint64_t head;  // the key's first (up to) 8 bytes, little-endian
        std::uint64_t mask;  // the bytes of head that belong to the key
        std::uint32_t size;
        int value;
        std::string_view key;
    };
    static constexpr std::size_t kBuckets = 512;
    static std::size_t bucket(unsigned char b0, unsigned char b1) { return (b0 * 31u + b1) & (kBuckets - 1); }
    static constexpr std::size_t kBuckets4 = 1024;
    static std::size_t bucket4(std::uint64_t w) {
        return static_cast<std::size_t>((static_cast<std::uint32_t>(w) * 0x9E3779B1u) >> 22) & (kBuckets4 - 1);
    }
    std::vector<std::string> keys;
    std::array<std::vector<Key>, kBuckets> by_two;    // keys of 2 or 3 bytes by their first two, longest first
    std::array<std::vector<Key>, kBuckets4> by_four;  // keys of 4+ bytes by their first four, longest first
    std::array<int, 256> one;                        // the value of each 1-byte key, -1 for none
    UnitIndex() {
        one.fill(-1);
        // each written unit with the value the symbols give it (the first entry of a key written twice)
        std::vector<int> values;
        const auto& t = unit_table();
        keys.reserve(t.size());
        for (std::size_t i = 0; i < t.size(); ++i)
            if (const int* v = units().find(t[i].written); v && static_cast<std::size_t>(*v) == i) {
                keys.push_back(t[i].written);
                values.push_back(*v);
            }
        for (std::size_t n = 0; n < keys.size(); ++n) {
            const std::string& k = keys[n];
            if (k.empty()) continue;
            if (k.size() == 1) {
                one[static_cast<unsigned char>(k[0])] = values[n];
                continue;
            }
            Key e{0, 0, static_cast<std::uint32_t>(k.size()), values[n], k};
            const std::size_t h = std::min<std::size_t>(k.size(), 8);
            std::memcpy(&e.head, k.data(), h);
            e.mask = h == 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * h)) - 1;
            if (k.size() >= 4) by_four[bucket4(e.head)].push_back(e);
            else by_two[bucket(static_cast<unsigned char>(k[0]), static_cast<unsigned char>(k[1]))].push_back(e);
        }
        for (auto& b : by_two)
            std::stable_sort(b.begin(), b.end(), [](const Key& x, const Key& y) { return x.size > y.size; });
        for (auto& b : by_four)
            std::stable_sort(b.begin(), b.end(), [](const Key& x, const Key& y) { return x.size > y.size; });
    }
    // x3::parse(f, l, units(), v): the value of the longest key starting at f and ending by l, f moved past it.
    bool find(const char*& f, const char* l, int& v) const {
        if (f == l) return false;
        const std::size_t avail = static_cast<std::size_t>(l - f);
        if (avail >= 2) {
            std::uint64_t w = 0;
            // (a fixed 8-byte copy is one load; a copy of a variable length is a call)
            if (avail >= 8) std::memcpy(&w, f, 8);
            else std::memcpy(&w, f, avail);
            const auto first_of = [&](const std::vector<Key>& b) -> const Key* {
                for (const Key& k : b) {
                    if (k.size > avail || (w & k.mask) != k.head) continue;
                    if (k.size > 8) {
                        std::uint32_t x = 8;
                        while (x < k.size && k.key[x] == f[x]) ++x;
                        if (x < k.size) continue;
                    }
                    return &k;
                }
                return nullptr;
            };
            const Key* k = avail >= 4 ? first_of(by_four[bucket4(w)]) : nullptr;
            if (!k) k = first_of(by_two[bucket(static_cast<unsigned char>(f[0]), static_cast<unsigned char>(f[1]))]);
            if (k) {
                f += k->size;
                v = k->value;
                return true;
            }
        }
        if (const int o = one[static_cast<unsigned char>(*f)]; o >= 0) {
            f += 1;
            v = o;
            return true;
        }
        return false;
    }
};
const UnitIndex& unit_index() {
    static const UnitIndex u;
    return u;
}
}  // namespace rc::claims_grammar

namespace rc {
namespace {

namespace g = claims_grammar;
namespace x3 = boost::spirit::x3;

// The longest breakdown region ("trong đó: …") and the longest stretch scanned
// as one sentence, in bytes. Real sentences are far shorter; the caps keep the
// claim passes linear on hostile input (a 100 MB line without a full stop).
constexpr std::size_t kMaxBreakdown = 4000;
constexpr std::uint32_t kMaxSentence = 8192;
// The longest stretch (bytes) between a counted quantity and the footnote reference ending its clause.
constexpr std::uint32_t kMaxRefDistance = 120;
using sv = std::string_view;

// ---------------------------------------------------------------- text helpers

bool is_digit(char c) { return c >= '0' && c <= '9'; }
// unit_table(), its reference kept here (asked per figure: the call into units.cpp and its guard each time)
// (always inline: GCC kept it out of line, a call and its guard per figure — 140 000 calls, 0.7 M on big-10M)
[[gnu::always_inline]] inline const std::vector<UnitEntry>& units_tab() {
    static const std::vector<UnitEntry>& t = unit_table();
    return t;
}
// u == "%" (without the strlen and compare call of std::string's operator== with a C string)
inline bool is_percent_unit(sv u) { return u.size() == 1 && u[0] == '%'; }

// Code point starting at i (or 0 at the end).
UChar32 cp_at(sv s, std::size_t i) {
    if (i >= s.size()) return 0;
    if (static_cast<unsigned char>(s[i]) < 0x80) return static_cast<unsigned char>(s[i]);
    UChar32 c;
    int32_t k = static_cast<int32_t>(i);
    U8_NEXT(s.data(), k, static_cast<int32_t>(s.size()), c);
    return c < 0 ? 0 : c;
}
// Code point ending just before i (or 0 at the start).
UChar32 cp_before(sv s, std::size_t i) {
    if (i == 0 || i > s.size()) return 0;
    if (static_cast<unsigned char>(s[i - 1]) < 0x80) return static_cast<unsigned char>(s[i - 1]);
    UChar32 c;
    int32_t k = static_cast<int32_t>(i);
    U8_PREV(s.data(), 0, k, c);
    return c < 0 ? 0 : c;
}
inline bool is_ascii_letter(unsigned c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }  // ICU's letters of ASCII
bool is_letter(UChar32 c) {
    if (c < 0x80) return is_ascii_letter(static_cast<unsigned>(c));
    return u_isalpha(c);
}
// letter_at / letter_before / word_end_at: an ASCII byte there (a space, a digit, punctuation — most of
// the places asked) is tested inline, a code point of two or more bytes is decoded out of line. (Each
// was a call decoding the code point and another classifying it: ~25 instructions for a space, at
// ~600 000 places per 10 MB.)
[[gnu::noinline]] bool letter_at_cp(sv s, std::size_t i) { return is_letter(cp_at(s, i)); }
[[gnu::noinline]] bool letter_before_cp(sv s, std::size_t i) { return is_letter(cp_before(s, i)); }
[[gnu::always_inline]] inline bool letter_at(sv s, std::size_t i) {
    if (i >= s.size()) return false;  // (cp_at's 0)
    const unsigned char b = static_cast<unsigned char>(s[i]);
    return b < 0x80 ? is_ascii_letter(b) : letter_at_cp(s, i);
}
[[gnu::always_inline]] inline bool letter_before(sv s, std::size_t i) {
    if (i == 0 || i > s.size()) return false;  // (cp_before's 0)
    const unsigned char b = static_cast<unsigned char>(s[i - 1]);
    return b < 0x80 ? is_ascii_letter(b) : letter_before_cp(s, i);
}
[[gnu::always_inline]] inline bool word_end_at(sv s, std::size_t i) {
    if (i >= s.size()) return true;  // (cp_at's 0)
    const unsigned char b = static_cast<unsigned char>(s[i]);
    return b < 0x80 ? !(is_ascii_letter(b) || (b >= '0' && b <= '9')) : !letter_at_cp(s, i);
}
// The first whole-word occurrence of w starting in [from, to) and ending by `to` ("thôn" is not
// in "nông thôn"); npos when none.
std::size_t find_word(sv s, std::size_t from, std::size_t to, sv w) {
    const sv r = s.substr(0, to);
    for (std::size_t x = r.find(w, from); x != sv::npos; x = r.find(w, x + 1))
        if (!letter_before(s, x) && word_end_at(s, x + w.size())) return x;
    return sv::npos;
}

std::size_t skip_spaces_run(sv s, std::size_t i, std::size_t end) {
    while (true) {
        while (i < end && (s[i] == ' ' || s[i] == '\t')) ++i;
        if (!(i + 1 < end && static_cast<unsigned char>(s[i]) == 0xC2 && static_cast<unsigned char>(s[i + 1]) == 0xA0)) return i;
        i += 2;  // a no-break space
    }
}
// The spaces (' ', '\t', U+00A0) at i skipped. The common cases inline — no space at i, or one ' ' before
// a byte that starts none — the loop above for the others (out of line, each of the 298 000 calls on
// big-10M cost ~32 instructions, where the text's runs of spaces are all one byte long).
// (always inline: GCC made an out-of-line clone of these two tests and called it 240 000 times from
// scan_sentence and read_quantity, ~18 instructions a call; 3 M on big-10M)
[[gnu::always_inline]] inline std::size_t skip_spaces(sv s, std::size_t i, std::size_t end) {
    if (i >= end) return i;
    const auto none = [](char x) { return x != ' ' && x != '\t' && static_cast<unsigned char>(x) != 0xC2; };
    if (none(s[i])) return i;
    if (s[i] == ' ' && i + 1 < end && none(s[i + 1])) return i + 1;
    return skip_spaces_run(s, i, end);
}
// Position before trailing spaces ending at i.
std::size_t back_spaces(sv s, std::size_t i, std::size_t begin) {
    while (i > begin && (s[i - 1] == ' ' || s[i - 1] == '\t')) --i;
    return i;
}
// ends_with_word at i already moved back past the trailing spaces (i = back_spaces(s, i, begin)): for
// callers trying several words at one place.
bool ends_with_word_at(sv s, std::size_t begin, std::size_t i, sv w) {
    if (i - begin < w.size()) return false;
    // the last byte first: most candidate words differ there
    if (!w.empty() && i >= begin && i >= w.size() && i <= s.size() && s[i - 1] != w.back()) return false;
    // … then the byte before it (the label and qualifier words sharing a last byte mostly differ there)
    if (w.size() >= 2 && i <= s.size() && s[i - 2] != w[w.size() - 2]) return false;
    if (s.substr(i - w.size(), w.size()) != w) return false;
    return !letter_before(s, i - w.size());
}
// Does s[begin, i) end with word w (preceded by a non-letter)?
bool ends_with_word(sv s, std::size_t begin, std::size_t i, sv w) { return ends_with_word_at(s, begin, back_spaces(s, i, begin), w); }
// Does s at i (after spaces) start with word w (followed by a word end)?
bool starts_with_word(sv s, std::size_t i, std::size_t end, sv w) {
    i = skip_spaces(s, i, end);
    if (end - i < w.size()) return false;
    if (!w.empty() && i < s.size() && s[i] != w.front()) return false;
    if (s.substr(i, w.size()) != w) return false;
    return word_end_at(s, i + w.size());
}
template <std::size_t N>
bool ends_with_any(sv s, std::size_t begin, std::size_t i, const std::array<sv, N>& ws) {
    // Only words ending with the byte before i (after spaces) can match.
    const std::size_t j = back_spaces(s, i, begin);
    if (j == begin) return false;  // nothing before i: no word (none of the lists' words is empty) ends there
    const bool filter = j > begin && j <= s.size();
    const char last = filter ? s[j - 1] : 0;
    for (sv w : ws) {
        if (filter && !w.empty() && w.back() != last) continue;
        if (ends_with_word_at(s, begin, j, w)) return true;
    }
    return false;
}
template <std::size_t N>
bool starts_with_any(sv s, std::size_t i, std::size_t end, const std::array<sv, N>& ws) {
    // The spaces skipped once, then only the words starting with the byte there tried (starts_with_word
    // skips them again, idempotent, and refuses another first byte): the lists hold 4 to 22 words.
    i = skip_spaces(s, i, end);
    const bool filter = i < end && i < s.size();
    const char first = filter ? s[i] : 0;
    for (sv w : ws)
        if ((!filter || w.empty() || w.front() == first) && starts_with_word(s, i, end, w)) return true;
    return false;
}
// Two unit names (views of the unit table, kScaled or literals) equal: the same view first — a sum's
// members and totals mostly name one entry of the table — then the bytes. (string_view's == called
// compare() out of line and memcmp through it: ~58 000 calls from sums on big-10M, ~2.6 M instructions.)
inline bool same_unit(sv a, sv b) {
    return a.size() == b.size() && (a.data() == b.data() || a.empty() || std::memcmp(a.data(), b.data(), a.size()) == 0);
}
bool contains(sv s, std::size_t b, std::size_t e, sv w) {
    return e > b && s.substr(b, e - b).find(w) != sv::npos;
}
// A byte in s[b, e): memchr (string_view::find of a one-byte string went through the same search and
// called memcmp at each hit; 1.2 M on big-10M).
bool contains(sv s, std::size_t b, std::size_t e, char ch) {
    return e > b && std::memchr(s.data() + b, ch, std::min(e, s.size()) - std::min(b, s.size())) != nullptr;
}

// A few words looked for together: in(s, b, e) is contains(s, b, e, w) for some w of them, in one
// pass over s[b, e) (the words tried at a byte are those starting with it). Each set builds its own
// table of first bytes once (a static WordSet at the call site).
class WordSet {
public:
    WordSet() = default;
    WordSet(std::initializer_list<sv> ws) {
        for (sv w : ws) add(w);
    }
    void add(sv w) {
        if (ws_.size() == 32 || w.empty()) throw std::logic_error("WordSet: 1 to 32 words, none empty");
        by_first_[static_cast<unsigned char>(w.front())] |= 1u << ws_.size();
        ws_.push_back(w);
#if defined(__SSE2__)
        // the words' first two bytes (one for a word of one byte), each distinct pair once
        const char b0 = w[0], b1 = w.size() >= 2 ? w[1] : 0;
        const bool one = w.size() < 2;
        if (npairs_ > kMaxPairs) return;  // too many already: byte by byte
        for (std::size_t k = 0; k < npairs_; ++k)
            if (heads_[k][0] == b0 && one_[k] == one && (one || heads_[k][1] == b1)) return;
        if (npairs_ == kMaxPairs) {
            npairs_ = kMaxPairs + 1;
            return;
        }
        heads_[npairs_][0] = b0;
        heads_[npairs_][1] = b1;
        one_[npairs_] = one;
        c0_[npairs_] = _mm_set1_epi8(b0);
        c1_[npairs_] = _mm_set1_epi8(b1);
        ++npairs_;
#endif
    }
    bool in(sv s, std::size_t b, std::size_t e) const {
        e = std::min(e, s.size());
        std::size_t x = b;
#if defined(__SSE2__)
        // 16 starts at a time: the places where some word's first two bytes are (its first for a word of one
        // byte), then the words starting with that byte compared there, as the byte loop below does
        if (npairs_ <= kMaxPairs)
            for (; x + 17 <= e; x += 16) {
                const __m128i v0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + x));
                const __m128i v1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + x + 1));
                __m128i m = _mm_setzero_si128();
                for (std::size_t k = 0; k < npairs_; ++k) {
                    const __m128i h = _mm_cmpeq_epi8(v0, c0_[k]);
                    m = _mm_or_si128(m, one_[k] ? h : _mm_and_si128(h, _mm_cmpeq_epi8(v1, c1_[k])));
                }
                for (unsigned bits = static_cast<unsigned>(_mm_movemask_epi8(m)); bits != 0; bits &= bits - 1)
                    if (at(s, x + static_cast<std::size_t>(std::countr_zero(bits)), e)) return true;
            }
#endif
        for (; x < e; ++x)
            if (at(s, x, e)) return true;
        return false;
    }

private:
    // a word of the set starts at x and ends by e
    bool at(sv s, std::size_t x, std::size_t e) const {
        for (std::uint32_t m = by_first_[static_cast<unsigned char>(s[x])]; m != 0; m &= m - 1) {
            const sv w = ws_[static_cast<std::size_t>(std::countr_zero(m))];
            // (the second byte first: most candidates differ there)
            if (w.size() <= e - x && (w.size() < 2 || s[x + 1] == w[1]) &&
                std::memcmp(s.data() + x, w.data(), w.size()) == 0)
                return true;
        }
        return false;
    }
    std::vector<sv> ws_;
    std::array<std::uint32_t, 256> by_first_{};
#if defined(__SSE2__)
    static constexpr std::size_t kMaxPairs = 12;
    std::size_t npairs_ = 0;
    char heads_[kMaxPairs][2] = {};
    bool one_[kMaxPairs] = {};
    __m128i c0_[kMaxPairs], c1_[kMaxPairs];
#endif
};

// A fixed word looked for in every sentence (the passes' trigger words): the standard library's
// Boyer-Moore-Horspool searcher, its skip table built once. string_view::find stops at every byte
// equal to the word's first one ('t', 'đ', 'c' … are everywhere in Vietnamese); this one skips
// ahead by up to the word's length.
class Needle {
public:
    explicit Needle(sv w) : w_(w), bmh_(w.data(), w.data() + w.size()) {}
    sv word() const { return w_; }
    // As s.substr(0, to).find(word(), from): the first occurrence inside [from, to), or npos.
    std::size_t find(sv s, std::size_t from, std::size_t to) const {
        to = std::min(to, s.size());
        if (from > to || to - from < w_.size()) return sv::npos;
        const char* const last = s.data() + to;
        const char* const f = bmh_(s.data() + from, last).first;
        return f == last ? sv::npos : static_cast<std::size_t>(f - s.data());
    }
    bool in(sv s, std::size_t b, std::size_t e) const { return e > b && find(s, b, e) != sv::npos; }

private:
    sv w_;
    std::boyer_moore_horspool_searcher<const char*> bmh_;
};
// find_word(s, from, to, n.word()) by the needle's search (string_view::find stops at every byte equal to the
// word's first: 'c' and 't' start "còn lại" and "trong đó", and most words)
std::size_t find_word(sv s, std::size_t from, std::size_t to, const Needle& n) {
    for (std::size_t x = n.find(s, from, to); x != sv::npos; x = n.find(s, x + 1, to))
        if (!letter_before(s, x) && word_end_at(s, x + n.word().size())) return x;
    return sv::npos;
}

// The passes' trigger words, one bit each in a sentence's summary (trigger_bits).
enum Trigger : unsigned {
    kTrongDo = 1u << 0,   // "trong đó"
    kGom = 1u << 1,       // "gồm" (and "bao gồm")
    kDung = 1u << 2,      // "đúng"
    kTiepNhan = 1u << 3,  // "tiếp nhận"
    kThuLyMoi = 1u << 4,  // "thụ lý mới"
    kDatGiai = 1u << 5,   // "đạt giải"
    kCoCau = 1u << 6,     // "cơ cấu"
    kLuyKe = 1u << 7,     // "lũy kế" / "luỹ kế"
};
// A few bytes of a trigger word (a substring of it, so wherever the word is, they are): a sentence
// without them cannot hold the word. Chosen rare in Vietnamese: "đó", "ồm", "ún", "p n", "ý m", "ạt g",
// "ấu", "ũy", "ỹ k" (trail bytes of the accented letters, mostly).
struct TrigWin {
    unsigned char b[4];
    unsigned n;
    unsigned bit;
};
constexpr TrigWin trig_win(sv word, std::size_t off, unsigned n, unsigned bit) {
    TrigWin w{{0, 0, 0, 0}, n, bit};
    for (unsigned k = 0; k < n; ++k) w.b[k] = static_cast<unsigned char>(word[off + k]);
    return w;
}
constexpr std::array<TrigWin, 9> kTrigWins = {
    trig_win("trong đó", 7, 3, kTrongDo), trig_win("gồm", 3, 2, kGom),        trig_win("đúng", 3, 2, kDung),
    trig_win("tiếp nhận", 5, 3, kTiepNhan), trig_win("thụ lý mới", 8, 3, kThuLyMoi), trig_win("đạt giải", 4, 4, kDatGiai),
    trig_win("cơ cấu", 7, 2, kCoCau),     trig_win("lũy kế", 1, 3, kLuyKe),    trig_win("luỹ kế", 4, 3, kLuyKe)};
static_assert(kTrigWins[0].b[0] == 0x91 && kTrigWins[0].b[2] == 0xB3 && kTrigWins[1].b[0] == 0x93 && kTrigWins[1].b[1] == 'm' &&
              kTrigWins[2].b[0] == 0xBA && kTrigWins[3].b[0] == 'p' && kTrigWins[4].b[0] == 0xBD && kTrigWins[5].b[0] == 0xA1 &&
              kTrigWins[6].b[0] == 0xA5 && kTrigWins[7].b[0] == 0xC5 && kTrigWins[8].b[0] == 0xB9);

#if defined(__SSE2__)
// One window tested at the 16 starts p[0, 16) (v[k]: the bytes at p + k).
template <std::size_t W, std::size_t... K>
inline __m128i trig_match(const __m128i* v, std::index_sequence<K...>) {
    __m128i m = _mm_set1_epi8(-1);
    ((m = _mm_and_si128(m, _mm_cmpeq_epi8(v[K], _mm_set1_epi8(static_cast<char>(kTrigWins[W].b[K]))))), ...);
    return m;
}
template <std::size_t... W>
inline void trig_chunk(const char* p, __m128i* acc, std::index_sequence<W...>) {
    const auto ld = [](const char* q) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(q)); };
    const __m128i v[4] = {ld(p), ld(p + 1), ld(p + 2), ld(p + 3)};
    ((acc[W] = _mm_or_si128(acc[W], trig_match<W>(v, std::make_index_sequence<kTrigWins[W].n>{}))), ...);
}
#endif

// trigger_bits byte by byte (the reference of the tests, and the path without SSE2).
[[gnu::cold]] unsigned trigger_bits_bytewise(const char* s, std::size_t b, std::size_t e) {
    unsigned bits = 0;
    for (const TrigWin& w : kTrigWins)
        for (std::size_t p = b; p + w.n <= e; ++p)
            if (std::memcmp(s + p, w.b, w.n) == 0) {
                bits |= w.bit;
                break;
            }
    return bits;
}

// The triggers whose window occurs in s[b, e) (a superset of the trigger words there: a pass still
// searches for its word, but only in a sentence whose bit is set).
// Windows W... of kTrigWins only (the bits of the others stay clear).
#if defined(__SSE2__)
// The windows' bytes, 32 copies each, in memory (read through an opaque pointer: GCC, knowing them,
// built each broadcast again in the loop).
struct alignas(32) TrigConsts {
    unsigned char b[kTrigWins.size()][4][32];
    constexpr TrigConsts() : b{} {
        for (std::size_t w = 0; w < kTrigWins.size(); ++w)
            for (std::size_t k = 0; k < 4; ++k)
                for (std::size_t j = 0; j < 32; ++j) b[w][k][j] = kTrigWins[w].b[k];
    }
};
constexpr TrigConsts kTrigConsts;
template <std::size_t W, std::size_t... K>
[[gnu::target("avx2"), gnu::always_inline]] inline __m256i trig_match32(const __m256i* v, const TrigConsts* tc, std::index_sequence<K...>) {
    __m256i m = _mm256_set1_epi8(-1);
    ((m = _mm256_and_si256(m, _mm256_cmpeq_epi8(v[K], _mm256_load_si256(reinterpret_cast<const __m256i*>(tc->b[W][K]))))), ...);
    return m;
}
template <std::size_t... W>
[[gnu::target("avx2"), gnu::always_inline]] inline void trig_chunk32(const char* p, __m256i* acc, const TrigConsts* tc, std::index_sequence<W...>) {
    const __m256i v[4] = {_mm256_loadu_si256(reinterpret_cast<const __m256i*>(p)), _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 1)),
                          _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 2)), _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 3))};
    ((acc[W] = _mm256_or_si256(acc[W], trig_match32<W>(v, tc, std::make_index_sequence<kTrigWins[W].n>{}))), ...);
}
// trigger_bits_of 32 starts at a time, where the CPU has AVX2.
template <std::size_t... W>
[[gnu::target("avx2")]] unsigned trigger_bits_avx2(const char* s, std::size_t b, std::size_t e, std::index_sequence<W...> ws) {
    const TrigConsts* tc = &kTrigConsts;
    asm("" : "+r"(tc));
    __m256i acc[kTrigWins.size()];
    ((acc[W] = _mm256_setzero_si256()), ...);
    std::size_t i = b;
    // windows starting at p[0, 32) read p[0, 35)
    for (; i + 35 <= e; i += 32) trig_chunk32(s + i, acc, tc, ws);
    if (i < e) {
        // the last windows from a zero-padded copy (no window holds a zero byte)
        alignas(32) char buf[96] = {};
        std::memcpy(buf, s + i, e - i);
        trig_chunk32(buf, acc, tc, ws);
        if (e - i > 32) trig_chunk32(buf + 32, acc, tc, ws);
    }
    unsigned bits = 0;
    ((bits |= _mm256_movemask_epi8(acc[W]) ? kTrigWins[W].bit : 0u), ...);
    return bits;
}
#endif

template <std::size_t... W>
unsigned trigger_bits_of(const char* s, std::size_t b, std::size_t e, [[maybe_unused]] std::index_sequence<W...> ws) {
    unsigned bits = 0;
#if defined(__SSE2__)
    static const bool avx2 = __builtin_cpu_supports("avx2");
    if (avx2) return trigger_bits_avx2(s, b, e, ws);
    std::size_t i = b;
    __m128i acc[kTrigWins.size()];
    ((acc[W] = _mm_setzero_si128()), ...);
    // windows starting at p[0, 16) read p[0, 19)
    for (; i + 19 <= e; i += 16) trig_chunk(s + i, acc, ws);
    if (i < e) {
        // the last windows from a zero-padded copy (no window holds a zero byte)
        alignas(16) char buf[48] = {};
        std::memcpy(buf, s + i, e - i);
        trig_chunk(buf, acc, ws);
        if (e - i > 16) trig_chunk(buf + 16, acc, ws);
    }
    ((bits |= _mm_movemask_epi8(acc[W]) ? kTrigWins[W].bit : 0u), ...);
#else
    bits = trigger_bits_bytewise(s, b, e) & ((kTrigWins[W].bit | ...));
#endif
    return bits;
}
unsigned trigger_bits(const char* s, std::size_t b, std::size_t e) {
    return trigger_bits_of(s, b, e, std::make_index_sequence<kTrigWins.size()>{});
}
// Only "trong đó" and "gồm" (the first two windows): what a sentence of one figure needs — every other
// pass with a trigger word needs two figures or more (on time and late, two shares, a period figure and
// its running total, three for balance and prize_winners).
unsigned trigger_bits_sums(const char* s, std::size_t b, std::size_t e) {
    static_assert(kTrigWins[0].bit == kTrongDo && kTrigWins[1].bit == kGom);
    return trigger_bits_of(s, b, e, std::index_sequence<0, 1>{});
}
// All but "tiếp nhận", "thụ lý mới" and "đạt giải": what a sentence of two figures needs (balance and
// prize_winners, their only readers, need three).
unsigned trigger_bits_two(const char* s, std::size_t b, std::size_t e) {
    static_assert(kTrigWins[3].bit == kTiepNhan && kTrigWins[4].bit == kThuLyMoi && kTrigWins[5].bit == kDatGiai);
    return trigger_bits_of(s, b, e, std::index_sequence<0, 1, 2, 6, 7, 8>{});
}

// 10^e as the loops compute it: 1 multiplied or divided by 10, e times, each step rounded in long double.
constexpr long double pow10l_loop(int e) {
    long double r = 1;
    for (int i = 0; i < e; ++i) r *= 10;
    for (int i = 0; i > e; --i) r /= 10;
    return r;
}
// … from a table of the same loops' results, evaluated at compile time (GCC folds long double arithmetic
// exactly as the x87 rounds it at run time, 64-bit significand: claims_test/pow10_table_matches_loop), for the
// exponents figures have: a scale of 9 was nine multiplications per figure, a figure of two decimals two
// divisions for its radius (2.2 M on big-10M). (A table built at run time cost a guard per call: claims6.)
constexpr int kPow10Min = -40, kPow10Max = 40;
constexpr auto kPow10 = [] {
    std::array<long double, kPow10Max - kPow10Min + 1> t{};
    for (int e = kPow10Min; e <= kPow10Max; ++e) t[static_cast<std::size_t>(e - kPow10Min)] = pow10l_loop(e);
    return t;
}();
inline long double pow10l_int(int e) {
    return e >= kPow10Min && e <= kPow10Max ? kPow10[static_cast<std::size_t>(e - kPow10Min)] : pow10l_loop(e);
}

// ICU's lower case of c when c is upper case and its lower case has the same
// UTF-8 length `len` (the length of c); else c. Kept per BMP code point once asked.
std::atomic<std::uint32_t> g_lower[0x10000];  // lower + 1; 0: not asked yet
[[gnu::noinline]] UChar32 lower_same_length_slow(UChar32 c, std::size_t len) {
    const bool cached = c < 0x10000;
    UChar32 r = c;
    if (u_isupper(c)) {
        const UChar32 l = u_tolower(c);
        if (static_cast<std::size_t>(U8_LENGTH(l)) == len) r = l;
    }
    if (cached) g_lower[c].store(static_cast<std::uint32_t>(r) + 1, std::memory_order_relaxed);
    return r;
}
inline UChar32 lower_same_length(UChar32 c, std::size_t len) {
    if (c < 0x10000)
        if (const std::uint32_t v = g_lower[c].load(std::memory_order_relaxed)) return static_cast<UChar32>(v - 1);
    return lower_same_length_slow(c, len);
}

// One step of lower_inplace's loop at i (a code point start, i < n): the code point at i lowered in
// place when its lower case has the same UTF-8 length (ASCII: up to eight bytes); returns the next i.
std::size_t lower_step(char* p, std::size_t i, std::size_t n) {
    const unsigned char b = static_cast<unsigned char>(p[i]);
    if (b < 0x80) {
        if constexpr (std::endian::native == std::endian::little) {
            if (i + 8 <= n) {
                // Eight bytes at once: their ASCII capitals lowered (those after a non-ASCII byte
                // too, which the loop would lower anyway), then on to the first non-ASCII byte.
                const std::uint64_t x = byte_scan::load8(p + i);
                const std::uint64_t l = byte_scan::ascii_lower8(x);
                if (l != x) std::memcpy(p + i, &l, 8);
                const std::uint64_t h = x & byte_scan::kHigh;
                return i + (h ? static_cast<std::size_t>(std::countr_zero(h) >> 3) : 8);
            }
        }
        if (b >= 'A' && b <= 'Z') p[i] = static_cast<char>(b + 32);
        return i + 1;
    }
    // two- and three-byte letters (Vietnamese: C3/C4/C6 xx, E1 BA/BB xx), decoded and written back here
    const auto cont = [&](std::size_t at) { return at < n && (static_cast<unsigned char>(p[at]) & 0xC0) == 0x80; };
    if (b >= 0xC2 && b <= 0xDF && cont(i + 1)) {
        const UChar32 c = ((b & 0x1F) << 6) | (static_cast<unsigned char>(p[i + 1]) & 0x3F);
        const UChar32 l = lower_same_length(c, 2);
        if (l != c) {
            p[i] = static_cast<char>(0xC0 | (l >> 6));
            p[i + 1] = static_cast<char>(0x80 | (l & 0x3F));
        }
        return i + 2;
    }
    if (b >= 0xE1 && b <= 0xEC && cont(i + 1) && cont(i + 2)) {
        const UChar32 c = ((b & 0x0F) << 12) | ((static_cast<unsigned char>(p[i + 1]) & 0x3F) << 6) |
                          (static_cast<unsigned char>(p[i + 2]) & 0x3F);
        const UChar32 l = lower_same_length(c, 3);
        if (l != c) {
            p[i] = static_cast<char>(0xE0 | (l >> 12));
            p[i + 1] = static_cast<char>(0x80 | ((l >> 6) & 0x3F));
            p[i + 2] = static_cast<char>(0x80 | (l & 0x3F));
        }
        return i + 3;
    }
    UChar32 c;
    int32_t k = static_cast<int32_t>(i);
    if (const int l = byte_scan::decode_common(p, i, n, c)) k += l;
    else U8_NEXT(p, k, static_cast<int32_t>(n), c);
    const std::size_t len = static_cast<std::size_t>(k) - i;
    if (c > 0) {
        const UChar32 l = lower_same_length(c, len);
        if (l != c) {
            int32_t w = static_cast<int32_t>(i);
            UBool err = false;
            U8_APPEND(reinterpret_cast<uint8_t*>(p), w, static_cast<int32_t>(n), l, err);
            (void)err;
        }
    }
    return static_cast<std::size_t>(k);
}

#if defined(__SSE2__)
// The padded loop below 32 bytes at a time where the CPU has AVX2 (the same tests byte for byte; the
// block needs 34 zero bytes after it: the chunk at the last byte and the two bytes after the chunk).
// Returns where the 16-byte loop goes on (n: the end).
// 32 copies of each byte the loop compares with, in memory: the compares take them as operands (GCC
// built each _mm256_set1_epi8 again in the loop, three instructions apiece, for want of registers).
struct alignas(32) LowerConsts {
    enum : unsigned { kA1, kZ1, k20, kC0, kC2, kC3, kC4, kC5, kC6, kE1, kE2, k9F, k83, k91, kA9, kA1x, kB0, kBA, kBB, k80, kCount };
    unsigned char b[kCount][32];
    constexpr LowerConsts() : b{} {
        const unsigned char v[kCount] = {'A' - 1, 'Z' + 1, 0x20, 0xC0, 0xC2, 0xC3, 0xC4, 0xC5, 0xC6, 0xE1,
                                         0xE2, 0x9F, 0x83, 0x91, 0xA9, 0xA1, 0xB0, 0xBA, 0xBB, 0x80};
        for (unsigned k = 0; k < kCount; ++k)
            for (unsigned j = 0; j < 32; ++j) b[k][j] = v[k];
    }
};
constexpr LowerConsts kLowerConsts;

[[gnu::target("avx2")]] std::size_t lower_padded_avx2(char* p, std::size_t n) {
    // (the table through an opaque pointer: its values known, GCC broadcasts them again)
    const LowerConsts* kc = &kLowerConsts;
    asm("" : "+r"(kc));
#define RC_C(k) _mm256_load_si256(reinterpret_cast<const __m256i*>(kc->b[LowerConsts::k]))
#define RC_LD(q) _mm256_loadu_si256(reinterpret_cast<const __m256i*>(q))
#define RC_EQ(v, k) _mm256_cmpeq_epi8((v), RC_C(k))
#define RC_MASK(v) static_cast<std::uint32_t>(_mm256_movemask_epi8(v))
    std::size_t i = 0;
    while (i < n) {
        const __m256i v0 = RC_LD(p + i);
        const __m256i cap = _mm256_and_si256(_mm256_cmpgt_epi8(v0, RC_C(kA1)), _mm256_cmpgt_epi8(RC_C(kZ1), v0));
        if (RC_MASK(cap)) _mm256_storeu_si256(reinterpret_cast<__m256i*>(p + i), _mm256_add_epi8(v0, _mm256_and_si256(cap, RC_C(k20))));
        const std::uint32_t high = RC_MASK(v0);  // (no bit past n, the padding being zero bytes)
        if (high == 0) {
            i += 32;
            continue;
        }
        const __m256i v1 = RC_LD(p + i + 1), v2 = RC_LD(p + i + 2);
        __m256i ok = _mm256_cmpgt_epi8(RC_C(kC0), v0);  // signed: 80..BF, the continuation bytes
        ok = _mm256_or_si256(ok, RC_EQ(v0, kC2));
        ok = _mm256_or_si256(ok, _mm256_and_si256(RC_EQ(v0, kC3), _mm256_cmpgt_epi8(v1, RC_C(k9F))));
        ok = _mm256_or_si256(ok, _mm256_and_si256(RC_EQ(v0, kC4), _mm256_or_si256(_mm256_or_si256(RC_EQ(v1, k83), RC_EQ(v1, k91)), RC_EQ(v1, kA9))));
        ok = _mm256_or_si256(ok, _mm256_and_si256(RC_EQ(v0, kC5), RC_EQ(v1, kA9)));
        ok = _mm256_or_si256(ok, _mm256_and_si256(RC_EQ(v0, kC6), _mm256_or_si256(RC_EQ(v1, kA1x), RC_EQ(v1, kB0))));
        ok = _mm256_or_si256(ok, _mm256_and_si256(RC_EQ(v0, kE2), RC_EQ(v1, k80)));
        const __m256i e1 = _mm256_and_si256(RC_EQ(v0, kE1), _mm256_or_si256(RC_EQ(v1, kBB), _mm256_and_si256(RC_EQ(v1, kBA), _mm256_cmpgt_epi8(v2, RC_C(k9F)))));
        const std::uint32_t odd2 = RC_MASK(_mm256_slli_epi16(v2, 7));  // bit 0 of each byte of v2
        const std::uint32_t other = high & ~RC_MASK(ok) & ~(RC_MASK(e1) & odd2);
        if (other == 0) {
            i += 32;
            continue;
        }
        i = lower_step(p, i + static_cast<std::size_t>(std::countr_zero(other)), n);
    }
#undef RC_C
#undef RC_LD
#undef RC_EQ
#undef RC_MASK
    return i;
}
#endif

constexpr std::size_t kLowerPad = 34;

// Lower-case p[0, n) in place, code point by code point, keeping byte offsets: a letter
// whose lower case has another UTF-8 length is kept. Padded: p[n, n + kLowerPad) are zero bytes the
// function may read and rewrite (a zero byte is no continuation byte: as the end for every test).
template <bool Padded>
void lower_impl(char* p, std::size_t n) {
    std::size_t i = 0;
#if defined(__SSE2__)
    if constexpr (Padded) {
        static const bool avx2 = __builtin_cpu_supports("avx2");
        if (avx2) i = lower_padded_avx2(p, n);
    }
    // Sixteen bytes at a time (reading the two after them): their ASCII capitals lowered, and the chunk
    // passed when no other byte needs work — ASCII, a continuation byte, or a lead byte whose code point
    // the loop leaves as it is, judged with the bytes after it: C2 xx; C3 and anything but 80..9F;
    // ă đ ĩ ũ ơ ư; E1 BA A0..BF / E1 BB xx with an odd last byte (U+1EA0..1EFF pair each capital, even,
    // with its small letter, odd); E2 80 xx (a lead byte before no continuation byte is an ill-formed
    // sequence, also left as it is). Else on to the first other byte (a code point start: the loop
    // starts one at every byte but a continuation byte) and one exact step there.
    const auto set = [](unsigned char x) { return _mm_set1_epi8(static_cast<char>(x)); };
    const auto ld = [](const char* q) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(q)); };
    const auto eq = [&](__m128i v, unsigned char x) { return _mm_cmpeq_epi8(v, set(x)); };
    const auto mask = [](__m128i v) { return static_cast<unsigned>(_mm_movemask_epi8(v)); };
    while (Padded ? i < n : i + 18 <= n) {
        const __m128i v0 = ld(p + i);
        const __m128i cap = _mm_and_si128(_mm_cmpgt_epi8(v0, set('A' - 1)), _mm_cmplt_epi8(v0, set('Z' + 1)));
        if (mask(cap)) _mm_storeu_si128(reinterpret_cast<__m128i*>(p + i), _mm_add_epi8(v0, _mm_and_si128(cap, set(0x20))));
        const unsigned high = mask(v0);  // (padded: no bit past n, the padding being zero bytes)
        if (high == 0) {
            i += 16;
            continue;
        }
        const __m128i v1 = ld(p + i + 1), v2 = ld(p + i + 2);
        __m128i ok = _mm_cmplt_epi8(v0, set(0xC0));  // signed: 80..BF, the continuation bytes
        ok = _mm_or_si128(ok, eq(v0, 0xC2));
        ok = _mm_or_si128(ok, _mm_and_si128(eq(v0, 0xC3), _mm_cmpgt_epi8(v1, set(0x9F))));
        ok = _mm_or_si128(ok, _mm_and_si128(eq(v0, 0xC4), _mm_or_si128(_mm_or_si128(eq(v1, 0x83), eq(v1, 0x91)), eq(v1, 0xA9))));
        ok = _mm_or_si128(ok, _mm_and_si128(eq(v0, 0xC5), eq(v1, 0xA9)));
        ok = _mm_or_si128(ok, _mm_and_si128(eq(v0, 0xC6), _mm_or_si128(eq(v1, 0xA1), eq(v1, 0xB0))));
        ok = _mm_or_si128(ok, _mm_and_si128(eq(v0, 0xE2), eq(v1, 0x80)));
        const __m128i e1 = _mm_and_si128(eq(v0, 0xE1), _mm_or_si128(eq(v1, 0xBB), _mm_and_si128(eq(v1, 0xBA), _mm_cmpgt_epi8(v2, set(0x9F)))));
        const unsigned odd2 = mask(_mm_slli_epi16(v2, 7));  // bit 0 of each byte of v2
        const unsigned other = high & ~mask(ok) & ~(mask(e1) & odd2);
        if (other == 0) {
            i += 16;
            continue;
        }
        i = lower_step(p, i + static_cast<std::size_t>(std::countr_zero(other)), n);
    }
#endif
    while (i < n) i = lower_step(p, i, n);
}
void lower_inplace(char* p, std::size_t n) { lower_impl<false>(p, n); }
// Lower-case `in` into `out` (reusing its buffer).
void lower_into(std::string& out, sv in) {
    out.assign(in.data(), in.size());
    lower_inplace(out.data(), out.size());
}

// ---------------------------------------------------------------- tokens

// What a quantity's reading keeps beside the Quantity itself: its scale, compound part and kind.
// (The compound's readings only: its text is never asked for.)
// (members ordered by alignment: a QSide is 64 bytes, not 96)
struct Compound {
    long double vi_value = 0, en_value = 0;
    int vi_decimals = 0, en_decimals = 0;
    bool vi_ok = true, en_ok = false;
};
struct QSide {
    Compound compound;
    int scale = 0;                 // exponent of the scale word
    int compound_scale = 0;
    bool has_compound = false;     // "12 tỷ 450 triệu"
    bool counted = false;
    bool is_percent = false;
    QSide() {}  // (value-initialised by emplace_back(): the member initialisers alone, no zero fill first)
};
// A quantity being read: its Quantity (in Claims::quantities) and its side data, by reference.
// (A view, cheap to copy; a const view still writes through.)
struct QRaw {
    Quantity& q;
    int& scale;
    bool& has_compound;
    Compound& compound;
    int& compound_scale;
    bool& counted;
    bool& is_percent;
    QRaw(Quantity& q_, QSide& s)
        : q(q_), scale(s.scale), has_compound(s.has_compound), compound(s.compound), compound_scale(s.compound_scale),
          counted(s.counted), is_percent(s.is_percent) {}
};
// A quantity read outside the store (a ratio's part and whole, moved in once judged).
struct QOwn {
    Quantity q;
    QSide s;
    QRaw view() { return QRaw(q, s); }
};

// The quantities read: each Quantity read in place at the end of Claims::quantities (it is the output:
// no move into it at the end), its side data in a vector beside it. Indices stay valid as both grow.
class QStore {
public:
    explicit QStore(std::vector<Quantity>& qs) : qs_(qs) {}
    QStore(const QStore&) = delete;
    QStore& operator=(const QStore&) = delete;
    std::size_t size() const { return qs_.size(); }
    std::uint32_t last() const { return static_cast<std::uint32_t>(qs_.size() - 1); }  // (a token's index)
    QRaw operator[](std::size_t i) const { return QRaw(qs_[i], side_[i]); }
    // (the two halves alone: a QRaw handed by reference to a function not inlined is seven references
    // stored and loaded again, per figure)
    Quantity& q(std::size_t i) const { return qs_[i]; }
    QSide& side(std::size_t i) const { return side_[i]; }
    QRaw emplace_back() {
        qs_.emplace_back();
        side_.emplace_back();
        return (*this)[qs_.size() - 1];
    }
    void push_back(QOwn&& r) {
        qs_.push_back(std::move(r.q));
        side_.push_back(r.s);
    }
    void pop_back() {
        qs_.pop_back();
        side_.pop_back();
    }
    void reserve(std::size_t n) {
        qs_.reserve(n);
        side_.reserve(n);
    }

private:
    std::vector<Quantity>& qs_;
    mutable std::vector<QSide> side_;
};

// (24 bytes: the store's indices in 32 bits — a section holds a few thousand quantities)
struct Tok {
    enum Kind : std::uint8_t { quantity, ratio } kind = quantity;
    std::uint32_t a = 0, b = 0;        // indices into the quantity store (b: ratio whole)
    std::uint32_t begin = 0, end = 0;  // logical offsets in the block text
    bool unit_part = false;            // ratio: the part has a unit of its own ("53 vụ/87 vụ")
    bool pct = false;                  // a quantity in percent (its QRaw's is_percent, set by scan_sentence)
};

struct SentenceToks {
    std::size_t block = 0;
    std::uint32_t begin = 0, end = 0;
    std::span<const Tok> toks;  // in Ctx::tok_all (bound once the scan is over)
    std::size_t tok_begin = 0;  // … where they start there
    std::size_t low = 0;  // where the block's lower-cased text starts in Ctx::low_text
};

struct Ctx {
    const Document& doc;
    QStore store;
    std::vector<SentenceToks> sentences;
    std::size_t vi_evidence = 0, en_evidence = 0;
    std::vector<std::uint32_t> ref_begins;  // footnote reference spans (source offsets), sorted
    bool refs_near = true;  // a reference starts within 3 bytes before or inside the sentence being scanned
    int wards = 0;  // "03 phường": the number of wards/communes the document speaks of (0 unknown)
    // The lower-cased text of every block holding a sentence with figures, one after another
    // (lowered once, in the scan, for the scan and the assembly).
    // A buffer never zero-filled: each block is copied to the end of the kept bytes, padded and lowered
    // there, and kept or written over by the next (a std::string's append of the text, append of the
    // padding and resize back cost ~55 instructions a block, 3.0 M over big-10M's 55 250 blocks).
    struct LowText {
        std::unique_ptr<char[]> buf;
        std::size_t cap = 0;   // the bytes of buf
        std::size_t size = 0;  // the bytes kept
        // Room for n bytes at `size`. (The kept bytes are moved to a larger buffer when it is short: the
        // first one holds every block once, but a block whose sentences come back after another block's
        // is lowered and kept again.)
        char* room(std::size_t n) {
            if (n > cap - size) {
                const std::size_t c2 = std::max(size + n, 2 * cap);
                auto nb = std::make_unique_for_overwrite<char[]>(c2);
                if (size != 0) std::memcpy(nb.get(), buf.get(), size);
                buf = std::move(nb);
                cap = c2;
            }
            return buf.get() + size;
        }
    } low_text;
    std::vector<Tok> tok_all;      // the tokens of every sentence, one after another (no vector per sentence)
    // Points each sentence at its tokens, once tok_all is complete.
    void bind_tokens() {
        for (std::size_t i = 0; i < sentences.size(); ++i) {
            const std::size_t e = i + 1 < sentences.size() ? sentences[i + 1].tok_begin : tok_all.size();
            sentences[i].toks = std::span<const Tok>(tok_all.data() + sentences[i].tok_begin, e - sentences[i].tok_begin);
        }
    }
    sv lowered(const SentenceToks& st) const { return sv(low_text.buf.get() + st.low, doc.blocks[st.block].text.size()); }
    // std::lower_bound(ref_begins, x) as an index, from a cursor kept across calls: the sentences are
    // scanned in text order, so it mostly moves forward a step or two (a binary search when x is behind it)
    std::size_t ref_cur = 0;
    std::size_t ref_lower(std::uint32_t x) {
        std::size_t k = ref_cur;
        if (k > 0 && ref_begins[k - 1] >= x)
            k = static_cast<std::size_t>(std::lower_bound(ref_begins.begin(), ref_begins.end(), x) - ref_begins.begin());
        else
            while (k < ref_begins.size() && ref_begins[k] < x) ++k;
        ref_cur = k;
        return k;
    }
};

// ---------------------------------------------------------------- lexing

// `out` views the literal's bytes in s (no copy: the quantity's Number copies them once).
std::size_t lex_literal(sv s, std::size_t i, std::size_t end, sv& out) {
    const char* f = s.data() + i;
    const char* l = s.data() + end;
    // number_literal is raw[number_literal_shape]: the shape parsed, its bytes taken
    if (!x3::parse(f, l, g::number_literal_shape)) {
        out = sv();
        return 0;
    }
    out = sv(s.data() + i, static_cast<std::size_t>(f - (s.data() + i)));
    return out.size();
}

// lex_literal where s[i, i + 16) may be read (the scan's lowered block, padded with kLowerPad zero bytes): the
// literal's shape (digit+ (('.' | ',') digit+)*) from one 16-byte load — its bytes are the digits and the
// separators with a digit on both sides, up to the first other byte. (X3's parse cost ~47 instructions a
// literal over big-10M's 147 000, a byte loop as many.) Longer literals go on byte by byte.
// (claims_test/literal_loop_matches_x3 compares both.)
[[gnu::always_inline]] inline std::size_t lex_literal_padded(sv s, std::size_t i, std::size_t end, sv& out) {
#if defined(__SSE2__)
    if (i < end && is_digit(s[i])) {
        const char* p = s.data();
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
        const unsigned dig = static_cast<unsigned>(_mm_movemask_epi8(
            _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(static_cast<char>(0x80 - '0'))), _mm_set1_epi8(static_cast<char>(-128 + 10)))));
        const unsigned sep = static_cast<unsigned>(
            _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('.')), _mm_cmpeq_epi8(x, _mm_set1_epi8(',')))));
        const std::size_t room = end - i;
        const unsigned d = room >= 16 ? dig : dig & ((1u << room) - 1);  // (no byte at or past end)
        const unsigned in = d | (sep & (d >> 1) & (d << 1));
        std::size_t k = static_cast<std::size_t>(std::countr_zero(~in));  // (in < 2^16: k <= 16)
        if (k >= 15) {
            // the 16 bytes are all the literal's, the last a digit, or the first 15 and a separator after them,
            // whose next byte the load does not hold: on byte by byte from there, after a digit
            k += i;
            while (k < end && is_digit(p[k])) ++k;
            while (k + 1 < end && (p[k] == '.' || p[k] == ',') && is_digit(p[k + 1])) {
                k += 2;
                while (k < end && is_digit(p[k])) ++k;
            }
            k -= i;
        }
        out = sv(p + i, k);
        return k;
    }
#endif
    return lex_literal(s, i, end, out);
}

// Scale word at i (after spaces), ending at a word boundary.
// (`j`: skip_spaces(s, i, end), computed by the caller)
std::size_t lex_scale_at(sv s, std::size_t i, std::size_t j, std::size_t end, int& e) {
    // every scale word (claims_def.hpp: nghìn, ngàn, triệu, tỷ, tỉ) starts with 'n' or 't'
    if (j >= end || (s[j] != 'n' && s[j] != 't')) return 0;
    // … and with the first four bytes of one of them (each has four or more): "người", "năm", "tháng", "trong",
    // "tấn", "tổng" — the words after many figures — are refused before the symbols' tree (1.82 → 1.18 M in
    // read_quantity on big-10M; "ngày" shares "ngàn"'s four). (Constants, not a table built from the symbols: this function is inlined in
    // read_quantity, and with a table it was not — 3.9 M; claims_test/scale_prefix_matches_symbols reads every
    // key of the symbols.)
    {
        constexpr auto head = [](sv w) {
            return static_cast<std::uint32_t>(static_cast<unsigned char>(w[0])) |
                   static_cast<std::uint32_t>(static_cast<unsigned char>(w[1])) << 8 |
                   static_cast<std::uint32_t>(static_cast<unsigned char>(w[2])) << 16 |
                   static_cast<std::uint32_t>(static_cast<unsigned char>(w[3])) << 24;
        };
        static_assert(std::endian::native == std::endian::little, "the loaded bytes' order");
        if (end - j < 4) return 0;
        std::uint32_t h;
        std::memcpy(&h, s.data() + j, 4);
        if (h != head("nghìn") && h != head("ngàn") && h != head("triệu") && h != head("tỷ") && h != head("tỉ")) return 0;
    }
    const char* f = s.data() + j;
    const char* l = s.data() + end;
    int v = 0;
    if (!x3::parse(f, l, g::scale_words, v)) return 0;
    const std::size_t k = static_cast<std::size_t>(f - s.data());
    if (!word_end_at(s, k)) return 0;
    e = v;
    return k - i;
}
std::size_t lex_scale_at(sv s, std::size_t i, std::size_t end, int& e) { return lex_scale_at(s, i, skip_spaces(s, i, end), end, e); }

// The longest written unit, in bytes.
std::size_t max_unit_bytes() {
    static const std::size_t m = [] {
        std::size_t x = 0;
        for (const UnitEntry& e : units_tab()) x = std::max(x, e.written.size());
        return x;
    }();
    return m;
}

// Unit at i (after spaces, at most one), ending at a word boundary.
// `glued_ref(k)`: digits at k are a footnote reference glued to the unit ("đảng viên11"
// in PDF text), which ends the word as a space would.
template <class GluedRef>
std::size_t lex_unit_at(sv s, std::size_t i, std::size_t j, std::size_t end, int& idx, GluedRef glued_ref) {
    if (j - i > 2) return 0;
    const char* f = s.data() + j;
    const char* l = s.data() + end;
    int v = -1;
    if (!g::unit_index().find(f, l, v)) return 0;
    std::size_t k = static_cast<std::size_t>(f - s.data());
    const auto& t = units_tab();
    if (!is_percent_unit(t[static_cast<std::size_t>(v)].written) && !word_end_at(s, k) && !(k < end && is_digit(s[k]) && glued_ref(k))) {
        // a longer word ("hội" for "hộ"): retry on shorter entries is not needed
        // for this table; refuse.
        return 0;
    }
    idx = v;
    return k - i;
}

template <class GluedRef>
std::size_t lex_unit_at(sv s, std::size_t i, std::size_t end, int& idx, GluedRef glued_ref) {
    return lex_unit_at(s, i, skip_spaces(s, i, end), end, idx, glued_ref);
}
std::size_t lex_unit_at(sv s, std::size_t i, std::size_t end, int& idx) {
    return lex_unit_at(s, i, end, idx, [](std::size_t) { return false; });
}

bool plain_int(sv lit) {
    return !lit.empty() && std::all_of(lit.begin(), lit.end(), is_digit);
}
// The value of a plain integer literal of fewer than 9 digits, else -1.
int int_of(sv lit) {
    if (lit.size() >= 9 || !plain_int(lit)) return -1;
    int v = 0;
    for (char c : lit) v = v * 10 + (c - '0');
    return v;
}
// (its four digits read here: int_of and plain_int were two calls for every literal of four bytes, ~1.5 M on
// big-10M)
bool year_like(sv lit) {
    if (lit.size() != 4) return false;
    int y = 0;
    for (const char ch : lit) {
        if (!is_digit(ch)) return false;
        y = y * 10 + (ch - '0');
    }
    return y >= 1900 && y <= 2100;
}

// A list of words tested for ending at a place j already moved back past the spaces: ends_with_word_at(s,
// begin, j, w) for each word w, in the list's order, by loads. The words are bucketed by their last byte (a
// counting sort, stable: a bucket keeps the list's order); the 8 bytes ending at j are loaded once and each
// candidate's last min(8, size) bytes compared in one masked 64-bit compare, a longer word's other bytes by
// memcmp; then the begin bound and letter_before, as ends_with_word_at. (ends_with_word_at called per
// candidate cost ~50 instructions a call, ~230 000 calls per 10 MB before the figures.)
template <const auto& WS>
class EndWords {
    static_assert(std::endian::native == std::endian::little, "the loaded bytes' order");
    static constexpr std::size_t N = std::tuple_size_v<std::remove_cvref_t<decltype(WS)>>;
    static constexpr unsigned char uc(char ch) { return static_cast<unsigned char>(ch); }
    struct E {
        std::uint64_t key = 0, mask = 0;  // the word's last min(8, size) bytes, where a load ending at j holds them
        std::uint32_t size = 0, idx = 0;
    };
    std::array<std::uint16_t, 257> start_{};  // the words ending with byte c: e_[start_[c], start_[c + 1])
    std::array<E, N> e_{};

public:
    constexpr EndWords() {
        std::array<std::uint16_t, 257> cnt{};
        for (sv w : WS) ++cnt[uc(w.back()) + 1u];
        for (std::size_t c = 0; c < 256; ++c) cnt[c + 1] = static_cast<std::uint16_t>(cnt[c + 1] + cnt[c]);
        start_ = cnt;
        for (std::size_t k = 0; k < N; ++k) {
            const sv w = WS[k];
            const std::size_t l = w.size() < 8 ? w.size() : 8;
            E x;
            for (std::size_t t = 0; t < l; ++t) {
                const unsigned sh = static_cast<unsigned>(8 * (8 - l + t));
                x.key |= std::uint64_t{uc(w[w.size() - l + t])} << sh;
                x.mask |= std::uint64_t{0xFF} << sh;
            }
            x.size = static_cast<std::uint32_t>(w.size());
            x.idx = static_cast<std::uint32_t>(k);
            e_[cnt[uc(w.back())]++] = x;
        }
    }
    // The index in WS of the first word ending at j (begin < j <= s.size()), else -1.
    int first(sv s, std::size_t begin, std::size_t j) const {
        const unsigned char c = uc(s[j - 1]);
        const std::size_t a = start_[c], b = start_[c + 1u];
        if (a == b) return -1;
        if (j < 8) {  // fewer than 8 bytes of s before j: no load
            for (std::size_t k = a; k < b; ++k)
                if (ends_with_word_at(s, begin, j, WS[e_[k].idx])) return static_cast<int>(e_[k].idx);
            return -1;
        }
        std::uint64_t v;
        std::memcpy(&v, s.data() + j - 8, 8);
        for (std::size_t k = a; k < b; ++k) {
            const E& x = e_[k];
            if ((v & x.mask) != x.key || j - begin < x.size) continue;
            if (x.size > 8 && std::memcmp(s.data() + j - x.size, WS[x.idx].data(), x.size - 8) != 0) continue;
            if (!letter_before(s, j - x.size)) return static_cast<int>(x.idx);
        }
        return -1;
    }
};
template <const auto& WS>
inline constexpr EndWords<WS> end_words{};

// Words after which a number is a label, an ordinal or a code, not a quantity.
constexpr std::array<sv, 48> label_words = {
    "thứ", "lần", "khóa", "khoá", "số", "quý", "tháng", "ngày", "năm", "giai đoạn", "nhiệm kỳ",
    "điều", "khoản", "mục", "phụ lục", "biểu", "bảng", "tuyến", "quốc lộ", "tỉnh lộ", "vỉa",
    "khoảnh", "tiểu khu", "phường", "khu", "tổ", "thôn", "cấp độ", "mức độ", "lớp", "nhóm",
    "đợt", "kỳ", "phân khu", "lô", "xóm", "ấp", "khu phố", "tổ dân phố", "khối",
    "nq", "nghị định", "nghị quyết", "quyết định", "thông tư", "chỉ thị", "công văn", "kết luận"};
// ... unless they end a longer phrase where the number is a quantity ("tổng số 345 hộ", "cùng kỳ 120 tỷ").
// "tiếp nhiều lần 24": "nhiều lần" (repeatedly) is never followed by an ordinal.
// ends_with_any(s, begin, i, label_words) by the words' loads (EndWords).
// (`j`: back_spaces(s, i, begin), computed by the caller)
// The index in label_words of the first word ending there (-1: none; -2: one, found by the word-by-word path).
int label_before(sv s, std::size_t begin, std::size_t i, std::size_t j) {
    if (j == begin) return -1;  // nothing before the figure
    if (!(j > begin && j <= s.size())) return ends_with_any(s, begin, i, label_words) ? -2 : -1;
    return end_words<label_words>.first(s, begin, j);
}
// "năm" in label_words: label_before gives its index exactly when "năm" ends there — no word before it in the
// list ends with 'm', so none of them ends at the same place (the scan's year-amount test asked
// ends_with_word_at(…, "năm") again, a call per label, 1.2 M on big-10M).
constexpr int kNamLabel = [] {
    for (std::size_t k = 0; k < label_words.size(); ++k)
        if (label_words[k] == "năm") return static_cast<int>(k);
    return -1;
}();
static_assert(kNamLabel >= 0 && [] {
    for (int k = 0; k < kNamLabel; ++k)
        if (label_words[static_cast<std::size_t>(k)].back() == 'm') return false;
    return true;
}());
constexpr std::array<sv, 9> label_exceptions = {"tổng số", "trong số", "với số", "có số", "cùng kỳ", "cùng kì", "mỗi năm", "hằng năm",
                                                "nhiều lần"};
// ends_with_any(s, begin, j, WS) with j already moved back past the spaces, by the words' loads (EndWords).
template <const auto& WS>
bool ends_with_any_at(sv s, std::size_t begin, std::size_t j) {
    if (j > begin && j <= s.size()) return end_words<WS>.first(s, begin, j) >= 0;
    return ends_with_any(s, begin, j, WS);
}

constexpr std::array<sv, 12> map_scale_denominators = {"100", "200", "250", "500", "1000", "1.000", "2000",
                                                       "2.000", "5000", "5.000", "10000", "10.000"};

// "ước đạt / ước thực hiện / ước thu" state the period's estimate: the figure shown is
// what the report computes with (a percentage of it, its parts), not an approximation
// to widen. A bare "ước 1.200 người" is "approximately", like khoảng.
constexpr std::array<sv, 17> qualifier_words = {"ước đạt", "ước tính", "ước thực hiện", "ước thu", "ước chi", "ước", "khoảng",
                                                "gần", "xấp xỉ", "trên", "hơn", "vượt", "ít nhất", "dưới", "chưa đến",
                                                "chưa tới", "đạt"};
constexpr std::array<Qualifier, 17> qualifier_of = {
    Qualifier::reached, Qualifier::reached, Qualifier::reached, Qualifier::reached, Qualifier::reached, Qualifier::approx,
    Qualifier::approx, Qualifier::approx, Qualifier::approx, Qualifier::more_than, Qualifier::more_than, Qualifier::more_than,
    Qualifier::more_than, Qualifier::less_than, Qualifier::less_than, Qualifier::less_than, Qualifier::reached};

// The words before a percentage (Assembler::sentence), by the words' loads (EndWords): the direction —
// "tăng" / "tăng trưởng" up, "giảm" down, "bằng" an index; at most one of them ends at a place — and the
// verbs of a percentage of a stated ratio. (Five ends_with_word_at calls and a loop over seven words per
// percentage before, 2.7 M on big-10M.)
constexpr std::array<sv, 4> pct_direction_words = {"tăng", "tăng trưởng", "giảm", "bằng"};
constexpr std::array<sv, 7> pct_verbs = {"đạt", "bằng", "chiếm", "đạt tỷ lệ", "chiếm tỷ lệ", "đạt tỉ lệ", "tỷ lệ"};

// (`j`: back_spaces(s, i, begin), computed by the caller)
Qualifier qualifier_before(sv s, std::size_t begin, std::size_t j, std::uint32_t& qbegin) {
    if (j == begin) return Qualifier::none;  // nothing before the figure
    if (!(j > begin && j <= s.size())) {
        for (std::size_t k = 0; k < qualifier_words.size(); ++k)
            if (ends_with_word_at(s, begin, j, qualifier_words[k])) {
                qbegin = static_cast<std::uint32_t>(j - qualifier_words[k].size());
                return qualifier_of[k];
            }
        return Qualifier::none;
    }
    // the first word of the table ending at j (only words ending with the byte before j can)
    const int k = end_words<qualifier_words>.first(s, begin, j);
    if (k < 0) return Qualifier::none;
    qbegin = static_cast<std::uint32_t>(j - qualifier_words[static_cast<std::size_t>(k)].size());
    return qualifier_of[static_cast<std::size_t>(k)];
}

}  // namespace

void lower_same_length_for_test(std::string& s, bool padded) {
    if (!padded) return lower_inplace(s.data(), s.size());
    const std::size_t n = s.size();
    s.append(kLowerPad, '\0');
    lower_impl<true>(s.data(), n);
    s.resize(n);
}

[[gnu::cold]] std::size_t unit_prefix_for_test(std::string_view s, bool symbols, int& value) {
    const char* f = s.data();
    const char* l = s.data() + s.size();
    value = -1;
    if (!(symbols ? x3::parse(f, l, g::units(), value) : g::unit_index().find(f, l, value))) return 0;
    return static_cast<std::size_t>(f - s.data());
}

[[gnu::cold]] std::vector<std::string> scale_words_for_test() {
    std::vector<std::string> r;
    g::scale_words.for_each([&](const std::string& key, int) { r.push_back(key); });
    return r;
}
// (the symbols alone: the scan's reading is lex_scale's, number_lex.hpp — a call of lex_scale_at from here
// changed GCC's inlining of it in read_quantity, +2.4 M)
[[gnu::cold]] std::size_t scale_symbols_prefix_for_test(std::string_view s, int& value) {
    value = 0;
    const std::size_t j = skip_spaces(s, 0, s.size());
    const char* f = s.data() + j;
    const char* l = s.data() + s.size();
    int v = 0;
    if (!x3::parse(f, l, g::scale_words, v)) return 0;
    const std::size_t k = static_cast<std::size_t>(f - s.data());
    if (!word_end_at(s, k)) return 0;
    value = v;
    return k;
}

[[gnu::cold]] unsigned claim_triggers_for_test(std::string_view s, std::size_t b, std::size_t e, bool bytewise) {
    return bytewise ? trigger_bits_bytewise(s.data(), b, e) : trigger_bits(s.data(), b, e);
}

[[gnu::cold]] bool word_set_for_test(std::string_view s, std::size_t b, std::size_t e, const std::vector<std::string_view>& words,
                                     bool bytewise) {
    if (bytewise) {
        for (std::size_t x = b; x < std::min(e, s.size()); ++x)
            for (sv w : words)
                if (w.size() <= e - x && s.substr(x, w.size()) == w) return true;
        return false;
    }
    WordSet ws{};
    for (sv w : words) ws.add(w);
    return ws.in(s, b, e);
}

[[gnu::cold]] int end_words_for_test(std::string_view s, std::size_t b, std::size_t j, int list, bool bytewise) {
    auto run = [&](const auto& ws, const auto& ew) {
        if (!bytewise) return ew.first(s, b, j);
        for (std::size_t k = 0; k < ws.size(); ++k)
            if (ends_with_word_at(s, b, j, ws[k])) return static_cast<int>(k);
        return -1;
    };
    return list == 0   ? run(label_words, end_words<label_words>)
           : list == 1 ? run(label_exceptions, end_words<label_exceptions>)
                       : run(qualifier_words, end_words<qualifier_words>);
}

[[gnu::cold]] std::size_t literal_length_for_test(std::string_view s, bool x3_shape) {
    if (x3_shape) {
        const char* f = s.data();
        if (!x3::parse(f, s.data() + s.size(), g::number_literal_shape)) return 0;
        return static_cast<std::size_t>(f - s.data());
    }
    std::string padded(s);
    padded.append(kLowerPad, '\0');
    sv lit;
    const std::size_t n = lex_literal_padded(sv(padded.data(), s.size()), 0, s.size(), lit);
    return n == lit.size() && (n == 0 || lit.data() == padded.data()) ? n : static_cast<std::size_t>(-1);
}

[[gnu::cold]] bool pow10_table_matches_loop_for_test() {
    for (int e = kPow10Min - 3; e <= kPow10Max + 3; ++e) {
        volatile int ev = e;  // (the loops at run time, not folded)
        const long double a = pow10l_int(ev), b = pow10l_loop(ev);
        if (std::memcmp(&a, &b, 10) != 0) return false;
    }
    return true;
}

// ---------------------------------------------------------------- number readings

namespace {
// read_number of a literal with more than 15 separators (its text and leading zero already set).
[[gnu::cold]] Number read_number_groups(std::string_view lit, Number n) {
    // Split into digit groups and the separators between them.
    boost::container::small_vector<std::string_view, 8> groups;  // no heap for ordinary numbers
    std::string seps;
    std::size_t start = 0;
    for (std::size_t i = 0; i < lit.size(); ++i)
        if (lit[i] == '.' || lit[i] == ',') {
            groups.push_back(lit.substr(start, i - start));
            seps.push_back(lit[i]);
            start = i + 1;
        }
    groups.push_back(lit.substr(start));
    auto reading = [&](char decimal, bool& ok, long double& value, int& decimals, bool& grouped) {
        ok = true;
        value = 0;
        decimals = 0;
        grouped = false;
        const std::size_t ndec = static_cast<std::size_t>(std::count(seps.begin(), seps.end(), decimal));
        if (ndec > 1) { ok = false; return; }
        if (ndec == 1 && seps.back() != decimal) { ok = false; return; }
        const std::size_t int_groups = groups.size() - ndec;
        for (std::size_t k = 0; k < int_groups; ++k) {
            if (k > 0 && groups[k].size() != 3) { ok = false; return; }
            if (k == 0 && int_groups > 1 && (groups[k].size() > 3 || (groups[k].size() > 1 && groups[k][0] == '0'))) {
                ok = false;
                return;
            }
            for (char c : groups[k]) value = value * 10 + (c - '0');
        }
        grouped = int_groups > 1;
        if (ndec == 1) {
            long double f = 1;
            for (char c : groups.back()) {
                f /= 10;
                value += f * (c - '0');
            }
            decimals = static_cast<int>(groups.back().size());
        }
    };
    bool g1 = false, g2 = false;
    reading(',', n.vi_ok, n.vi_value, n.vi_decimals, g1);  // '.' groups, ',' decimal
    reading('.', n.en_ok, n.en_value, n.en_decimals, g2);  // ',' groups, '.' decimal
    n.grouped = n.vi_ok ? g1 : g2;
    return n;
}

}  // namespace

namespace {
// value * 10 + digit over the bytes, as a long double loop from 0 computes it: the first 16 digits in
// an int64_t (exact there, as every step of the long double loop is below 2^64), converted once, then
// the long double loop for the digits after them.
struct DigitAcc {
    static_assert(std::numeric_limits<long double>::digits >= 64, "16 digits exact in the long double loop (x87)");
    std::int64_t i = 0;
    int n = 0;
    bool big = false;
    long double x = 0;
    void add(const char* p, const char* q) {
        for (; p < q; ++p) {
            if (!big) {
                if (n < 16) {
                    i = i * 10 + (*p - '0');
                    ++n;
                    continue;
                }
                x = static_cast<long double>(i);
                big = true;
            }
            x = x * 10 + (*p - '0');
        }
    }
    long double value() const { return big ? x : static_cast<long double>(i); }
};
}  // namespace

namespace {
// read_number into n (every field set: n need not be fresh), without a Number returned and moved.
void read_number_into(std::string_view lit, Number& n) {
    // (clear + append: assign goes through _M_replace, which handles overlapping sources)
    n.text.clear();
    n.text.append(lit.data(), lit.size());
    n.vi_ok = true;
    n.vi_value = 0;
    n.vi_decimals = 0;
    n.en_ok = false;
    n.en_value = 0;
    n.en_decimals = 0;
    n.grouped = false;
    const char* p = lit.data();
    const std::size_t len = lit.size();
    n.leading_zero = len > 1 && p[0] == '0' && is_digit(p[1]);
    // the separators (at most 15 kept; a longer list is read digit group by digit group below too)
    constexpr std::size_t kMaxSeps = 15;
    std::uint32_t sep[kMaxSeps];
    char sepc[kMaxSeps];
    std::size_t ns = 0;
    // digit group k is [gb(k), ge(k)) (of the separators found)
    const auto gb = [&](std::size_t k) -> std::size_t { return k == 0 ? 0 : sep[k - 1] + 1; };
    const auto ge = [&](std::size_t k) -> std::size_t { return k == ns ? len : sep[k]; };
    // One reading, `decimal` its decimal mark; int_value(g): the integer value of the first g digit groups
    // (asked for g increasing), as each path below reads them.
    // `ndec`: the separators that are `decimal`.
    const auto reading = [&](char decimal, std::size_t ndec, auto&& int_value, bool& ok, long double& value, int& decimals,
                             bool& grouped) __attribute__((always_inline)) {
        ok = true;
        value = 0;
        decimals = 0;
        grouped = false;
        if (ndec > 1) { ok = false; return; }
        if (ndec == 1 && sepc[ns - 1] != decimal) { ok = false; return; }
        const std::size_t int_groups = ns + 1 - ndec;
        for (std::size_t k = 0; k < int_groups; ++k) {
            const std::size_t b = gb(k), e = ge(k);
            if (k > 0 && e - b != 3) { ok = false; value = int_value(k); return; }
            if (k == 0 && int_groups > 1 && (e - b > 3 || (e - b > 1 && p[b] == '0'))) { ok = false; return; }
        }
        value = int_value(int_groups);
        grouped = int_groups > 1;
        if (ndec == 1) {
            long double f = 1;
            for (std::size_t k = gb(ns), e = len; k < e; ++k) {
                f /= 10;
                value += f * (p[k] - '0');
            }
            decimals = static_cast<int>(len - gb(ns));
        }
    };
    {
        // One pass: the separators, and the digits added in an int64_t with its value at each separator (the
        // digits of the groups before it). With 16 digits or fewer this is what DigitAcc gives for any run of
        // leading groups (its int64_t converted once), so both readings take their integer parts from it and
        // no digit is read twice; more digits take the general path below.
        // (unsigned: more than 16 digits wrap harmlessly before the count sends them to the general path; with
        // 16 or fewer the value is DigitAcc's int64_t, bit for bit)
        std::uint64_t acc = 0;
        std::uint64_t upto[kMaxSeps];  // upto[k]: the digits of groups 0..k
        std::size_t nd = 0, ncomma = 0;
        for (std::size_t i = 0; i < len; ++i) {
            const char ch = p[i];
            if (ch == '.' || ch == ',') {
                if (ns == kMaxSeps) {
                    n = read_number_groups(lit, std::move(n));
                    return;
                }
                sep[ns] = static_cast<std::uint32_t>(i);
                sepc[ns] = ch;
                upto[ns] = acc;
                ++ns;
                ncomma += ch == ',';
                continue;
            }
            acc = acc * 10 + static_cast<std::uint64_t>(static_cast<std::int64_t>(ch - '0'));
            ++nd;
        }
        if (nd <= 16) {
            if (ns == 0) {
                n.vi_value = n.en_value = static_cast<long double>(static_cast<std::int64_t>(acc));
                n.en_ok = true;
                return;
            }
            // the integer part from upto/acc
            const auto int_value = [&](std::size_t g) __attribute__((always_inline)) {
                return static_cast<long double>(static_cast<std::int64_t>(g - 1 < ns ? upto[g - 1] : acc));
            };
            bool g1 = false, g2 = false;
            reading(',', ncomma, int_value, n.vi_ok, n.vi_value, n.vi_decimals, g1);
            reading('.', ns - ncomma, int_value, n.en_ok, n.en_value, n.en_decimals, g2);
            n.grouped = n.vi_ok ? g1 : g2;
            return;
        }
        ns = 0;
    }
    for (std::size_t i = 0; i < len; ++i)
        if (p[i] == '.' || p[i] == ',') {
            if (ns == kMaxSeps) {
                n = read_number_groups(lit, std::move(n));
                return;
            }
            sep[ns] = static_cast<std::uint32_t>(i);
            sepc[ns] = p[i];
            ++ns;
        }
    if (ns == 0) {
        // one group of digits: both readings are the integer (what the general case below computes)
        DigitAcc a;
        a.add(p, p + len);
        n.vi_value = n.en_value = a.value();
        n.en_ok = true;
        return;
    }
    // the integer part by DigitAcc, group by group (a reading's own accumulator)
    const auto int_value_of = [&] {
        return [&, a = DigitAcc{}, added = std::size_t{0}](std::size_t g) mutable {
            for (; added < g; ++added) a.add(p + gb(added), p + ge(added));
            return a.value();
        };
    };
    bool g1 = false, g2 = false;
    std::size_t ncomma = 0;
    for (std::size_t k = 0; k < ns; ++k) ncomma += sepc[k] == ',';
    reading(',', ncomma, int_value_of(), n.vi_ok, n.vi_value, n.vi_decimals, g1);
    reading('.', ns - ncomma, int_value_of(), n.en_ok, n.en_value, n.en_decimals, g2);
    n.grouped = n.vi_ok ? g1 : g2;
}
}  // namespace

Number read_number(std::string_view lit) {
    Number n;
    read_number_into(lit, n);
    return n;
}

namespace {

// Apply the chosen reading to a raw quantity.
// (the quantity and its side data, not a QRaw: see QStore::q)
void finalize(Quantity& q, QSide& sd, bool en) {
    const QRaw r(q, sd);
    Number& n = r.q.number;
    const bool use_en = en ? n.en_ok : !n.vi_ok;
    long double v = use_en ? n.en_value : n.vi_value;
    int dec = use_en ? n.en_decimals : n.vi_decimals;
    if (use_en) n.grouped = std::count(n.text.begin(), n.text.end(), ',') > 0;
    long double value = v * pow10l_int(r.scale);
    int last_exp = r.scale - dec;
    if (r.has_compound) {
        const Compound& c = r.compound;
        const bool cen = en ? c.en_ok : !c.vi_ok;
        const long double cv = cen ? c.en_value : c.vi_value;
        const int cdec = cen ? c.en_decimals : c.vi_decimals;
        value += cv * pow10l_int(r.compound_scale);
        last_exp = r.compound_scale - cdec;
    }
    r.q.value = value;
    r.q.decimals = dec;
    r.q.radius = pow10l_int(last_exp) / 2;
    r.q.exact = r.counted && dec == 0 && r.scale == 0 && !r.has_compound &&
                (r.q.qualifier == Qualifier::none || r.q.qualifier == Qualifier::reached);
}

// finalize() of a quantity whose literal may carry a leading '-': read without it, the value negated.
// (inline in parse_claims' loop over every quantity, finalize() a call from it: −0.74 M on big-10M)
[[gnu::always_inline]] inline void finalize_signed(Quantity& q, QSide& sd, bool en) {
    const bool neg = !q.number.text.empty() && q.number.text[0] == '-';
    if (neg) q.number.text.erase(0, 1);
    finalize(q, sd, en);
    if (neg) q.value = -q.value;
}

// ---------------------------------------------------------------- sentence scan

bool in_footnote_ref(const Ctx& c, std::uint32_t src) {
    auto it = std::upper_bound(c.ref_begins.begin(), c.ref_begins.end(), src);
    if (it == c.ref_begins.begin()) return false;
    --it;
    // a reference span is short: treat the marker digits as [begin, begin+4)
    return src >= *it && src < *it + 4;
}

// Reads one quantity starting at i (a digit) into r (default-constructed). Returns its end, or 0 if none.
// (`j0`, `jb`: skip_spaces(s, lit_end, end) and back_spaces(s, i, sb) when the caller has them, else npos)
// (the quantity and its side data, not a QRaw: see QStore::q)
std::size_t read_quantity(Ctx& c, const Block& blk, sv s, std::size_t sb, std::size_t i, std::size_t end, Quantity& q, QSide& sd,
                          sv lit, std::size_t lit_end, std::size_t j0_known = sv::npos, std::size_t jb = sv::npos) {
    const QRaw r(q, sd);
    read_number_into(lit, r.q.number);
    std::size_t k = lit_end;
    // the spaces after the literal, skipped once for the scale word, the unit and "trở lên" (each at k
    // while nothing was read)
    const std::size_t k0 = lit_end, j0 = j0_known != sv::npos ? j0_known : skip_spaces(s, k0, end);
    int e = 0;
    if (std::size_t n = lex_scale_at(s, k, j0, end, e)) {
        r.scale = e;
        k += n;
        // compound: "12 tỷ 450 triệu"
        std::size_t j = skip_spaces(s, k, end);
        sv lit2;
        if (j > k && j < end && is_digit(s[j])) {
            if (std::size_t m = lex_literal_padded(s, j, end, lit2)) {
                int e2 = 0;
                if (std::size_t n2 = lex_scale_at(s, j + m, end, e2); n2 && e2 < e) {
                    Number n2num = read_number(lit2);
                    if (n2num.vi_decimals == 0 && plain_int(lit2)) {
                        r.has_compound = true;
                        r.compound = {n2num.vi_value, n2num.en_value, n2num.vi_decimals, n2num.en_decimals, n2num.vi_ok, n2num.en_ok};
                        r.compound_scale = e2;
                        k = j + m + n2;
                    }
                }
            }
        }
    }
    int u = -1;
    auto glued_ref = [&](std::size_t at) { return c.refs_near && in_footnote_ref(c, blk.to_source(static_cast<std::uint32_t>(at))); };
    if (std::size_t n = lex_unit_at(s, k, k == k0 ? j0 : skip_spaces(s, k, end), end, u, glued_ref)) {
        const UnitEntry& ue = units_tab()[static_cast<std::size_t>(u)];
        r.q.unit = sv(ue.canonical);  // (the unit table lives as long as the program)
        r.q.written_unit = sv(ue.written);
        r.counted = ue.counted;
        r.is_percent = is_percent_unit(ue.canonical);
        k += n;
    }
    std::uint32_t qb = static_cast<std::uint32_t>(i);
    r.q.qualifier = qualifier_before(s, sb, jb != sv::npos ? jb : back_spaces(s, i, sb), qb);
    // "trở lên" / "trở xuống" (both start with 't')
    // (the 'r' too: after a figure, 't' starts many words — tấn, tăng, trong, tại)
    if (const std::size_t t = k == k0 ? j0 : skip_spaces(s, k, end); t + 1 < end && s[t] == 't' && s[t + 1] == 'r') {
        if (starts_with_word(s, t, end, "trở lên")) r.q.qualifier = Qualifier::more_than;
        else if (starts_with_word(s, t, end, "trở xuống")) r.q.qualifier = Qualifier::less_than;
    }
    r.q.span = blk.to_source(static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(k));
    (void)c;
    return k;
}

// A '/' in p[0, w), where p[0, w + 15) may be read (the scan's lowered block and its padding): 16 bytes at a
// time inline (a memchr call per figure for its ~30 bytes after it, 1.4 M on big-10M).
inline bool slash_in_padded(const char* p, std::size_t w) {
#if defined(__SSE2__)
    const __m128i sl = _mm_set1_epi8('/');
    for (std::size_t x = 0; x < w; x += 16) {
        unsigned m = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + x)), sl)));
        if (w - x < 16) m &= (1u << (w - x)) - 1;
        if (m != 0) return true;
    }
    return false;
#else
    return std::memchr(p, '/', w) != nullptr;
#endif
}

// `first`: the sentence's first digit (lower-casing moves no digit), found by the caller.
void scan_sentence(Ctx& c, std::size_t bi, std::uint32_t sb, std::uint32_t se, sv s, std::size_t first) {
    const Block& blk = c.doc.blocks[bi];
    // the tokens, gathered in a buffer kept across sentences, then copied at their size
    // the tokens, written at the end of tok_all (the sentence's are [tb, size()): none are kept when it has none)
    // (gathered in a buffer of their own and copied there, the copy cost ~66 instructions a sentence with
    // figures)
    std::vector<Tok>& toks = c.tok_all;
    const std::size_t tb = toks.size();
    // a token of the quantity read last, with its percent flag (bind_tokens read it back from the store for every
    // token, 0.75 M on big-10M)
    const auto push_quantity = [&](std::uint32_t b, std::uint32_t e) {
        toks.push_back({Tok::quantity, c.store.last(), 0, b, e, false, c.store.side(c.store.last()).is_percent});
    };
    // Footnote markers (in_footnote_ref: a reference's first 4 bytes) in reach of the sentence: the block maps
    // its text to the source in order, so with no reference starting in [source start - 3, source end) no
    // figure of the sentence is one, and the per-figure lookup is skipped.
    auto refs_in = [&](const Span& ss) {
        const std::size_t k = c.ref_lower(ss.begin >= 3 ? ss.begin - 3 : 0u);
        return k < c.ref_begins.size() && c.ref_begins[k] < ss.end;
    };
    // (the block's span first: most blocks hold no reference; an empty span says nothing)
    const Span bs = blk.source_span();
    c.refs_near = (bs.end == 0 || refs_in(bs)) && refs_in(blk.to_source(sb, se));
    sv lit, lit2;
    bool prev_label_list = false;     // previous number was a label ("phường 2") -> "2, 5 và 7"
    std::size_t prev_end = sb;
    std::size_t i = first;
    while (i < se) {
        // next digit
        i = byte_scan::first_digit(s.data(), i, se);
        if (i >= se) break;
        const std::size_t start = i;
        const std::size_t le = lex_literal_padded(s, i, se, lit);
        if (le == 0) { ++i; continue; }
        std::size_t after = i + le;
        auto skip_token = [&](std::size_t to, bool label) {
            i = to;
            while (i < se && (is_digit(s[i]) || ((s[i] == '/' || s[i] == '.' || s[i] == ',') && i + 1 < se && is_digit(s[i + 1])))) ++i;
            prev_label_list = label;
            prev_end = i;
        };
        // Glued to a letter or code ("kế hoạch4", "COVID-19", "QL18"): footnote or code.
        // (a space before the figure, the common case, is none of the bytes the first three tests look for)
        if (((start <= sb || s[start - 1] != ' ') &&
             (letter_before(s, start) || (start > sb && (s[start - 1] == '%' || s[start - 1] == ')')) ||
              (start > sb && s[start - 1] == '-' && start >= 2 && letter_before(s, start - 1)))) ||
            (c.refs_near && in_footnote_ref(c, blk.to_source(static_cast<std::uint32_t>(start))))) {
            // digits glued after a letter: take only the digits (a footnote marker)
            std::size_t j = start;
            while (j < se && is_digit(s[j])) ++j;
            i = j;
            continue;
        }
        // Document numbers: "12-NQ/TU", "128/BC-UBND", "30/2020/NĐ-CP".
        auto code_after = [&](std::size_t p) {
            return p + 1 < se && (s[p] == '-' || s[p] == '/') && letter_at(s, p + 1);
        };
        if (code_after(after)) { skip_token(after, false); while (i < se && s[i] != ' ') ++i; continue; }
        // Enumerators "(1)" and list markers at the sentence start.
        if (start > sb && s[start - 1] == '(' && after < se && s[after] == ')') { skip_token(after, false); continue; }
        if (start == sb && after < se && (s[after] == '.' || s[after] == ')')) { skip_token(after, false); continue; }
        // Number lists continuing a label ("phường 2, 5 và 7").
        if (prev_label_list) {
            const sv gap = s.substr(prev_end, start - prev_end);
            if (gap == ", " || gap == "," || gap == " và " || gap == " - " || gap == "-" || gap == " và phường " || gap == " hoặc ") {
                skip_token(after, true);
                continue;
            }
        }
        prev_label_list = false;
        // Labels, ordinals: "phường 2", "lần thứ 4", "năm 2023", "cấp độ 1,2".
        // "kế hoạch năm 370,9 tỷ đồng", "kế hoạch năm 2.600 lao động": after "năm", a number with separators
        // or a scale word is an amount, not a year or an ordinal
        // (asked only after a label word: "năm" is one)
        // (the spaces after the literal and before the figure, skipped once for every test below and the reading)
        const std::size_t next_word = skip_spaces(s, after, se);
        const std::size_t word_end = back_spaces(s, start, sb);
        const auto year_amount = [&](int label) {
            int scale_after = 0;
            return (label == kNamLabel || (label == -2 && ends_with_word_at(s, sb, word_end, "năm"))) && !year_like(lit) &&
                   (lit.find(',') != sv::npos || lit.find('.') != sv::npos ||
                    lex_scale_at(s, after, se, scale_after) != 0);
        };
        // an age qualifies a noun ("trẻ em dưới 6 tuổi"), it is not a quantity of the sentence
        // ("tu" first: after a figure 't' starts many words — tỷ, tấn, triệu, tháng, tại, trong — and the two
        // tests after it are calls)
        const bool age = next_word + 1 < se && s[next_word] == 't' && s[next_word + 1] == 'u' && plain_int(lit) &&
                         starts_with_word(s, next_word, se, "tuổi");
        bool label = false;
        if (!age) {
            const int w = label_before(s, sb, start, word_end);
            label = w != -1 && !year_amount(w) && !ends_with_any_at<label_exceptions>(s, sb, word_end);
        }
        if (age || label) {
            skip_token(after, !age);
            continue;
        }
        // Integer lists "4,5,6".
        // (two commas and three digits at least: five bytes — shorter literals, most of them, are not counted)
        if (lit.size() >= 5 && std::count(lit.begin(), lit.end(), ',') >= 2 && lit.find('.') == sv::npos && !read_number(lit).en_ok) {
            skip_token(after, true);
            continue;
        }
        // Slashed forms: dates, map scales, document numbers, ratios.
        std::size_t unit_before_slash = 0;
        int ub = -1;
        // (a unit is at most max_unit_bytes() long, after up to two bytes of space: no '/' there, no unit before one)
        if (after < se && s[after] != '/' && slash_in_padded(s.data() + after, std::min<std::size_t>(se - after, 2 + max_unit_bytes() + 1))) {
            if (std::size_t n = lex_unit_at(s, after, se, ub); n && after + n < se && s[after + n] == '/' &&
                                                                  after + n + 1 < se && (is_digit(s[after + n + 1]) || s[after + n + 1] == ' '))
                unit_before_slash = n;
        }
        const std::size_t slash = after + unit_before_slash;
        if (slash < se && s[slash] == '/') {
            const std::size_t j = skip_spaces(s, slash + 1, se);
            const std::size_t l2 = (j < se && is_digit(s[j])) ? lex_literal_padded(s, j, se, lit2) : 0;
            if (l2 == 0) { skip_token(after, false); continue; }
            const std::size_t after2 = j + l2;
            if (after2 < se && s[after2] == '/') {
                // d/m/yyyy or number/year/code
                skip_token(after2, false);
                while (i < se && s[i] != ' ' && s[i] != ')' && s[i] != ',' && s[i] != ';') ++i;
                continue;
            }
            if (code_after(after2)) { skip_token(after2, false); while (i < se && s[i] != ' ') ++i; continue; }
            const int a = int_of(lit), b = int_of(lit2);
            const bool date_ctx = ends_with_any(s, sb, start, std::array<sv, 6>{"ngày", "tháng", "quý", "đến", "từ", "hết"});
            const bool month_year = a >= 1 && a <= 12 && year_like(lit2);
            const bool day_month = a >= 1 && a <= 31 && b >= 1 && b <= 12 && !unit_before_slash;
            if (month_year || (date_ctx && (day_month || month_year))) { skip_token(after2, false); continue; }
            const bool map_scale = lit == "1" && std::find(map_scale_denominators.begin(), map_scale_denominators.end(), sv(lit2)) != map_scale_denominators.end();
            if (map_scale || ends_with_word(s, sb, start, "tỷ lệ") || ends_with_word(s, sb, start, "tỉ lệ")) {
                skip_token(after2, false);
                continue;
            }
            if (day_month && !ends_with_any(s, sb, start, std::array<sv, 4>{"được", "có", "đạt", "quyết"})) {
                // "15/3" without context: a date more often than a ratio; refuse both.
                const std::size_t k2 = skip_spaces(s, after2, se);
                int tmp = -1;
                if (!lex_unit_at(s, k2, se, tmp)) { skip_token(after2, false); continue; }
            }
            // A ratio a/b [scale] [unit]: read the whole, then share its scale/unit with the part.
            QOwn part_own, whole_own;
            const QRaw part = part_own.view(), whole = whole_own.view();
            const std::size_t we = read_quantity(c, blk, s, sb, j, se, whole_own.q, whole_own.s, lit2, after2);
            read_quantity(c, blk, s, sb, start, se, part_own.q, part_own.s, lit, after);
            if (unit_before_slash) {
                const UnitEntry& ue = units_tab()[static_cast<std::size_t>(ub)];
                if (!whole.q.unit.empty() && whole.q.unit != ue.canonical) {
                    // "53 vụ/87 bị can": two counts, not a ratio
                    part.q.span = blk.to_source(static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(after + unit_before_slash));
                    c.store.push_back(std::move(part_own));
                    push_quantity(static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(after + unit_before_slash));
                    c.store.push_back(std::move(whole_own));
                    push_quantity(static_cast<std::uint32_t>(j), static_cast<std::uint32_t>(we));
                    i = prev_end = we;
                    continue;
                }
                part.q.unit = sv(ue.canonical);  // (the unit table lives as long as the program)
                part.q.written_unit = sv(ue.written);
                part.counted = ue.counted;
                if (whole.q.unit.empty()) {
                    whole.q.unit = sv(ue.canonical);  // (the unit table lives as long as the program)
                    whole.q.written_unit = sv(ue.written);
                    whole.counted = ue.counted;
                }
            } else if (int u2 = -1; !whole.q.unit.empty() && we + 1 < se && s[we] == '/' && lex_unit_at(s, we + 1, se, u2) &&
                                    units_tab()[static_cast<std::size_t>(u2)].canonical != whole.q.unit &&
                                    units_tab()[static_cast<std::size_t>(u2)].counted && whole.counted &&
                                    !starts_with_any(s, we + 1, se, std::array<sv, 7>{"năm", "tháng", "ngày", "tuần", "quý", "giờ", "phút"})) {
                // "58/90 vụ/bị can": 58 cases and 90 defendants, a pair of counts, not a fraction
                const std::size_t n2 = lex_unit_at(s, we + 1, se, u2);
                const UnitEntry& ue = units_tab()[static_cast<std::size_t>(u2)];
                part.scale = whole.scale;
                part.q.unit = whole.q.unit;
                part.q.written_unit = whole.q.written_unit;
                part.counted = whole.counted;
                part.q.span = blk.to_source(static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(slash));
                whole.q.unit = sv(ue.canonical);  // (the unit table lives as long as the program)
                whole.q.written_unit = sv(ue.written);
                whole.counted = ue.counted;
                const std::size_t pe = we + 1 + n2;
                whole.q.span = blk.to_source(static_cast<std::uint32_t>(j), static_cast<std::uint32_t>(pe));
                c.store.push_back(std::move(part_own));
                push_quantity(static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(slash));
                c.store.push_back(std::move(whole_own));
                push_quantity(static_cast<std::uint32_t>(j), static_cast<std::uint32_t>(pe));
                i = prev_end = pe;
                continue;
            } else {
                part.scale = whole.scale;
                part.q.unit = whole.q.unit;
                part.q.written_unit = whole.q.written_unit;
                part.counted = whole.counted;
            }
            part.q.span = blk.to_source(static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(slash));
            if (whole.is_percent) { skip_token(after2, false); continue; }
            // "08/13 chỉ tiêu đạt …; 05/13 chưa đạt": a ratio of the same whole right after one
            // with a counted noun counts that noun
            if (whole.q.unit.empty() && !unit_before_slash) {
                for (std::size_t k = toks.size(); k-- > tb;) {
                    const Tok& pt = toks[k];
                    if (pt.kind != Tok::ratio) break;
                    const QRaw& pw = c.store[pt.b];
                    if (pw.counted && pw.q.number.text == whole.q.number.text && start - pt.end < 120) {
                        for (const QRaw* x : {&part, &whole}) {
                            x->q.unit = pw.q.unit;
                            x->counted = true;
                        }
                    }
                    break;
                }
            }
            c.store.push_back(std::move(part_own));
            c.store.push_back(std::move(whole_own));
            toks.push_back({Tok::ratio, c.store.last() - 1, c.store.last(), static_cast<std::uint32_t>(start),
                               static_cast<std::uint32_t>(we), unit_before_slash != 0});
            i = prev_end = we;
            continue;
        }
        // Ranges "2021-2025", "200 - 500", "2020- 2025".
        {
            const std::size_t j = next_word;
            if (j < se && s[j] == '-' ) {
                std::size_t k = skip_spaces(s, j + 1, se);
                if (k < se && is_digit(s[k]) && (k == j + 1) == (j == after)) {
                    std::size_t l2 = lex_literal_padded(s, k, se, lit2);
                    skip_token(k + l2, false);
                    continue;
                }
            }
            // "-1,07%" after a range dash is handled above; a leading minus is kept as sign below.
        }
        // Years: "2023" without a unit.
        if (year_like(lit)) {
            int tmp = -1;
            std::size_t n = lex_unit_at(s, after, se, tmp);
            if (!n || is_percent_unit(units_tab()[static_cast<std::size_t>(tmp)].canonical)) {
                skip_token(after, false);
                continue;
            }
        }
        // read in place at the end of the store (dropped again when refused)
        const QRaw r = c.store.emplace_back();
        const std::size_t qe = read_quantity(c, blk, s, sb, start, se, r.q, c.store.side(c.store.last()), lit, after, next_word, word_end);
        if ((!r.q.number.vi_ok && !r.q.number.en_ok) ||
            // "1.1", "4.0" without a unit: section numbers and names, not English decimals
            (!r.q.number.vi_ok && r.q.unit.empty())) {
            c.store.pop_back();
            skip_token(after, false);
            continue;
        }
        // Negative sign: "tăng trưởng -1,07%".
        if (start > sb && s[start - 1] == '-' && (start - 1 == sb || s[start - 2] == ' ' || s[start - 2] == '(')) {
            r.q.value = -1;  // marker, applied in finalize pass via number text
            r.q.number.text.insert(0, "-");
        }
        push_quantity(static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(qe));
        i = prev_end = qe;
    }
    if (toks.size() == tb) return;
    SentenceToks& st = c.sentences.emplace_back();
    st.block = bi;
    st.begin = sb;
    st.end = se;
    st.tok_begin = tb;
}

// ---------------------------------------------------------------- claim assembly

struct Assembler {
    Ctx& c;
    Claims& out;

    const Quantity& Q(std::size_t k) const { return c.store.q(k); }
    // The unit a sum groups by: the unit, or for a scaled amount written without one ("390 triệu") a
    // group of its own.
    static constexpr sv kScaled = "#scaled";
    sv unit_key(std::size_t k) const {
        const QRaw& r = c.store[k];
        if (!r.q.unit.empty() || r.is_percent || r.scale == 0) return r.q.unit;
        return kScaled;
    }
    static bool is_pct(const Tok& t) { return t.pct; }
    static bool is_value(const Tok& t) { return t.kind == Tok::quantity && !t.pct; }

    Claim make(ClaimKind k, const SentenceToks& st, std::uint32_t b, std::uint32_t e) const {
        Claim cl;
        cl.kind = k;
        cl.block = st.block;
        cl.span = c.doc.blocks[st.block].to_source(b, e);
        return cl;
    }
    // A claim made in place at the end of out.claims (no Claim built, moved in and destroyed): for the
    // passes that keep every claim they start. The reference holds until the next claim is added.
    Claim& add(ClaimKind k, const SentenceToks& st, std::uint32_t b, std::uint32_t e) {
        Claim& cl = out.claims.emplace_back();
        cl.kind = k;
        cl.block = st.block;
        cl.span = c.doc.blocks[st.block].to_source(b, e);
        return cl;
    }

    unsigned trig = ~0u;  // the sentence's trigger words (trigger_bits): a pass whose word is absent returns at once

    void sentence(const SentenceToks& st, sv s) {
        trig = st.toks.size() >= 3   ? trigger_bits(s.data(), st.begin, st.end)
               : st.toks.size() == 2 ? trigger_bits_two(s.data(), st.begin, st.end)
                                     : trigger_bits_sums(s.data(), st.begin, st.end);
        const std::size_t first_claim = out.claims.size();
        const auto& T = st.toks;
        // the ratio tokens already taken by a percentage (a few at most: a list, not a flag per token — its
        // fill was a memset call per sentence, 34 000 on big-10M)
        boost::container::small_vector<std::uint32_t, 4> ratio_used;
        for (std::size_t p = 0; p < T.size(); ++p) {
            if (!is_pct(T[p])) continue;
            const Tok& P = T[p];
            const std::size_t lo = p > 0 ? T[p - 1].end : st.begin;
            const std::size_t pw = back_spaces(s, P.begin, lo);  // the words before the percentage end there
            // the nearest earlier value token with no ';', ':' or ". " between it and the percentage
            // (called with from = p: walking back, the bytes between are read once — each token's
            // [end, P.begin) was searched again, three contains() each, for every token passed)
            auto prev_value = [&](std::size_t from) -> std::ptrdiff_t {
                std::size_t x = P.begin;  // [x, P.begin) holds none of them
                for (std::size_t k = from; k-- > 0;) {
                    for (; x > T[k].end; --x) {
                        const char ch = s[x - 1];
                        if (ch == ';' || ch == ':' || (ch == '.' && x < P.begin && s[x] == ' ')) return -1;
                    }
                    if (is_value(T[k])) return static_cast<std::ptrdiff_t>(k);
                    if (T[k].kind == Tok::ratio) return -1;
                }
                return -1;
            };
            // (1) "tăng N unit so tháng trước (+X%)"
            if (P.begin >= 2 && (s[P.begin - 1] == '+' || s[P.begin - 1] == '-') && s[P.begin - 2] == '(' && p >= 2 &&
                is_value(T[p - 1]) && is_value(T[p - 2])) {
                const Tok& N = T[p - 1];
                const std::size_t nlo = T[p - 2].end;
                const int dir = ends_with_word(s, nlo, N.begin, "tăng") ? 1 : ends_with_word(s, nlo, N.begin, "giảm") ? -1 : 0;
                if (dir != 0 && (s[P.begin - 1] == '+') == (dir > 0) && Q(N.a).unit == Q(T[p - 2].a).unit && !Q(N.a).unit.empty() &&
                    !contains(s, T[p - 2].end, P.begin, ';')) {
                    Claim& cl = add(ClaimKind::growth, st, T[p - 2].begin, P.end + 1);
                    cl.current = Q(T[p - 2].a);
                    cl.change = Q(N.a);
                    cl.rate = Q(P.a);
                    cl.direction = dir;
                    cl.note = "tăng/giảm N (±X%)";
                }
                continue;
            }
            // "đạt 12,5 triệu USD (cùng kỳ năm 2023: 11,2 triệu USD), tăng 11,6%": the base named in
            // parentheses between the current value and the rate
            auto paren_base = [&](std::size_t pi, bool) {
                if (pi < 2 || !is_value(T[pi - 1]) || !is_value(T[pi - 2])) return false;
                const Tok& B = T[pi - 1];
                const Tok& C = T[pi - 2];
                const sv g1 = s.substr(C.end, B.begin - C.end);
                const sv g1t = trim(g1);
                const std::size_t close = skip_spaces(s, B.end, T[pi].begin);
                const sv g2 = trim(s.substr(close, T[pi].begin - close));
                const bool opens = g1t.rfind("(cùng kỳ", 0) == 0 &&
                                   (g1t.back() == ':' || ends_with_word(g1t, 0, g1t.size(), "đạt") ||
                                    ends_with_word(g1t, 0, g1t.size(), "là"));
                return opens && g1.size() < 50 && (g2 == "), tăng" || g2 == "), giảm" || g2 == ") tăng" || g2 == ") giảm") &&
                       !Q(C.a).unit.empty() && Q(C.a).unit == Q(B.a).unit;
            };
            const int dir_word = pw > lo && pw <= s.size() ? end_words<pct_direction_words>.first(s, lo, pw) : -1;
            const bool up = dir_word == 0 || dir_word == 1;  // "tăng", "tăng trưởng"
            const bool down = dir_word == 2;                 // "giảm"
            const std::size_t hi = p + 1 < T.size() ? T[p + 1].begin : st.end;
            static constexpr std::array<sv, 11> base_words = {"so với cùng kỳ", "so cùng kỳ", "so với tháng trước", "so tháng trước",
                                                       "so với năm trước", "so với quý trước", "so với kỳ trước", "so với cùng kì",
                                                       "so cùng kì", "so với năm", "so với giai đoạn"};
            // the base stated right after the comparison: "so với cùng kỳ (450 tỷ đồng)", "… cùng kỳ năm trước là 450 tỷ đồng"
            auto stated_base = [&](std::ptrdiff_t v) -> std::optional<Quantity> {
                if (v < 0 || p + 1 >= T.size() || !is_value(T[p + 1])) return std::nullopt;
                const Quantity& cur = Q(T[static_cast<std::size_t>(v)].a);
                const Quantity& w = Q(T[p + 1].a);
                if (cur.unit.empty() || w.unit != cur.unit) return std::nullopt;
                const std::size_t gb = P.end, ge = T[p + 1].begin;
                if (ge - gb > 70 || contains(s, gb, ge, ';') || contains(s, gb, ge, ". ")) return std::nullopt;
                // "… so với cùng kỳ (cùng kỳ năm trước đạt 450 tỷ đồng)": the parenthesis names the base
                const sv gtext = s.substr(gb, ge - gb);
                const std::size_t op = gtext.rfind('(');
                const sv inner = op == sv::npos ? sv() : trim(gtext.substr(op + 1));
                const bool named = inner.rfind("cùng kỳ", 0) == 0 &&
                                   (ends_with_word(inner, 0, inner.size(), "đạt") || ends_with_word(inner, 0, inner.size(), "là") ||
                                    inner.back() == ':');
                // (each test refuses alone: the cheap ones first — the seven words' searches of the gap refused
                // after them, most gaps being no base's)
                if (named) {
                    const std::size_t close = skip_spaces(s, T[p + 1].end, st.end);
                    if (close >= st.end || s[close] != ')') return std::nullopt;
                } else {
                    const sv tail = trim(s.substr(gb, ge - gb));
                    const bool introduced = !tail.empty() && (tail.back() == '(' || tail.back() == ':' ||
                                                              ends_with_word(s, gb, ge, "là"));
                    if (!introduced) return std::nullopt;
                    if (!contains(s, gb, ge, "cùng kỳ") && !contains(s, gb, ge, "trước") && !contains(s, gb, ge, "so với năm"))
                        return std::nullopt;
                }
                // (each set in one pass, WordSet::in: seven contains() of the gap before, ~1.3 M on big-10M)
                static const WordSet bad = {"tăng", "giảm", "đạt", "bằng", "kế hoạch", "dự toán", "trong đó"};
                static const WordSet bad_inner = {"tăng", "giảm", "bằng", "kế hoạch", "dự toán", "trong đó"};  // ("đạt" may name it)
                if (named) {
                    const std::size_t ib = static_cast<std::size_t>(inner.data() - s.data());
                    if (bad.in(s, gb, gb + op) || bad_inner.in(s, ib, ib + inner.size())) return std::nullopt;
                } else if (bad.in(s, gb, ge)) {
                    return std::nullopt;
                }
                return w;
            };
            // (2) growth "tăng/giảm X% so với cùng kỳ" (or with the base named before it, see below)
            if ((up || down) && (starts_with_any(s, P.end, hi, base_words) || paren_base(p, up))) {
                std::ptrdiff_t v = prev_value(p);
                // "đạt 12,5 triệu USD (cùng kỳ năm 2023: 11,2 triệu USD), tăng 11,6% so với cùng kỳ": the base
                // in parentheses between the current value and the rate
                if (v >= 1 && static_cast<std::size_t>(v) + 1 == p && paren_base(p, up)) {
                    const Tok& B = T[static_cast<std::size_t>(v)];
                    const Tok& C = T[static_cast<std::size_t>(v) - 1];
                    {
                        Claim& cl = add(ClaimKind::growth, st, C.begin, P.end);
                        cl.current = Q(C.a);
                        cl.previous = Q(B.a);
                        cl.rate = Q(P.a);
                        cl.direction = up ? 1 : -1;
                        cl.note = "current (cùng kỳ: previous), tăng/giảm X%";
                        continue;
                    }
                }
                Claim& cl = add(ClaimKind::growth, st, v >= 0 ? T[static_cast<std::size_t>(v)].begin : P.begin, P.end);
                if (v >= 0) cl.current = Q(T[static_cast<std::size_t>(v)].a);
                cl.rate = Q(P.a);
                cl.direction = up ? 1 : -1;
                cl.previous = stated_base(v);
                cl.note = cl.previous ? "current and previous stated" : "base not stated";
                if (cl.previous) cl.span.end = c.doc.blocks[st.block].to_source(T[p + 1].end - 1) + 1;
                continue;
            }
            // (3) index "bằng X% (so với) cùng kỳ (giảm Y%)"
            const bool bang = dir_word == 3;  // "bằng"
            static constexpr std::array<sv, 5> same_period = {"so với cùng kỳ", "so cùng kỳ", "cùng kỳ", "so với cùng kì", "so với năm"};
            if (bang && starts_with_any(s, P.end, hi, same_period)) {
                if (p + 1 < T.size() && is_pct(T[p + 1])) {
                    const Tok& Y = T[p + 1];
                    const std::size_t ylo = P.end;
                    const bool yup = ends_with_word(s, ylo, Y.begin, "tăng");
                    const bool ydown = ends_with_word(s, ylo, Y.begin, "giảm");
                    const std::size_t paren = s.substr(P.end, Y.begin - P.end).find('(');
                    if ((yup || ydown) && paren != sv::npos && Y.begin - P.end < 40) {
                        Claim& cl = add(ClaimKind::index_growth, st, P.begin, Y.end);
                        cl.index = Q(P.a);
                        cl.rate = Q(Y.a);
                        cl.direction = yup ? 1 : -1;
                        const std::ptrdiff_t v = prev_value(p);
                        if (v >= 0) cl.current = Q(T[static_cast<std::size_t>(v)].a);
                        ++p;  // Y consumed
                        continue;
                    }
                }
                const std::ptrdiff_t v = prev_value(p);
                Claim& cl = add(ClaimKind::growth, st, v >= 0 ? T[static_cast<std::size_t>(v)].begin : P.begin, P.end);
                if (v >= 0) cl.current = Q(T[static_cast<std::size_t>(v)].a);
                cl.index = Q(P.a);
                cl.previous = stated_base(v);
                cl.note = cl.previous ? "index, current and previous stated" : "index, base not stated";
                if (cl.previous) cl.span.end = c.doc.blocks[st.block].to_source(T[p + 1].end - 1) + 1;
                continue;
            }
            // (4) percent of a stated ratio: "a/b …, đạt X%"
            const bool verb = ends_with_any_at<pct_verbs>(s, lo, pw);
            if (verb || (P.begin > 0 && s[P.begin - 1] == '(')) {
                std::ptrdiff_t r = -1;
                for (std::size_t k = p; k-- > 0;) {
                    if (is_pct(T[k])) break;
                    if (contains(s, T[k].end, P.begin, ';')) break;
                    if (T[k].kind == Tok::ratio) { r = static_cast<std::ptrdiff_t>(k); break; }
                }
                if (r >= 0) {
                    // the percentage must speak of the ratio: not "19/19 tiêu chí, tỷ lệ hộ dùng nước sạch đạt 98%"
                    const Tok& R = T[static_cast<std::size_t>(r)];
                    std::size_t own = back_spaces(s, P.begin, R.end);
                    for (sv w : {sv("đạt tỷ lệ"), sv("chiếm tỷ lệ"), sv("đạt tỉ lệ"), sv("chiếm tỉ lệ"), sv("tỷ lệ"), sv("đạt"), sv("bằng"), sv("chiếm")})
                        if (ends_with_word(s, R.end, own, w)) { own = back_spaces(s, own, R.end) - w.size(); break; }
                    if (P.begin - R.end > 120 || contains(s, R.end, own, "tỷ lệ") || contains(s, R.end, own, "tỉ lệ") ||
                        contains(s, R.end, P.begin, "trong đó"))
                        r = -1;
                }
                if (r >= 0 && std::find(ratio_used.begin(), ratio_used.end(), static_cast<std::uint32_t>(r)) == ratio_used.end()) {
                    const Tok& R = T[static_cast<std::size_t>(r)];
                    ratio_used.push_back(static_cast<std::uint32_t>(r));
                    Claim& cl = add(ClaimKind::percent_of, st, R.begin, P.end);
                    cl.part = Q(R.a);
                    cl.whole = Q(R.b);
                    cl.percent = Q(P.a);
                    cl.note = "a/b, X%";
                    continue;
                }
                // "N unit, trong đó (có) M unit … (đạt tỷ lệ X%)"
                // "…, trong đó: 12 tổ chức … (chiếm 25,00%), 35 tổ chức … (chiếm 72,92%)": later members
                // of the list speak of the same whole
                // a percentage opening a parenthesis: "(25%)", "(chiếm 25%)"
                auto in_paren = [&](const Tok& x) {
                    const std::size_t from = x.begin > 24 ? x.begin - 24 : 0;
                    const std::size_t o = s.substr(from, x.begin - from).rfind('(');
                    if (o == sv::npos) return false;
                    const sv w = trim(s.substr(from + o + 1, x.begin - from - o - 1));
                    return w.empty() || w == "chiếm" || w == "chiếm tỷ lệ" || w == "chiếm tỉ lệ" || w == "đạt" || w == "đạt tỷ lệ";
                };
                std::size_t nidx = p >= 2 ? p - 2 : 0;
                if (p >= 4 && is_value(T[p - 1]) && in_paren(P)) {
                    const sv mu = Q(T[p - 1].a).unit;
                    while (nidx >= 2 && is_pct(T[nidx]) && in_paren(T[nidx]) && is_value(T[nidx - 1]) &&
                           Q(T[nidx - 1].a).unit == mu && T[p - 1].begin - T[nidx].end < 200)
                        nidx -= 2;
                }
                if (p >= 2 && is_value(T[p - 1]) && is_value(T[nidx]) && !Q(T[p - 1].a).unit.empty() &&
                    Q(T[p - 1].a).unit == Q(T[nidx].a).unit && Q(T[p - 1].a).unit != "%") {
                    const Tok& M = T[p - 1];
                    const Tok& N = T[nidx];
                    const Tok& N1 = T[nidx + 1];  // the first member
                    const sv between = s.substr(N.end, N1.begin - N.end);
                    // "…, đạt 95% dự toán": the member against its own plan or period, not its share of N
                    const std::size_t after_p = skip_spaces(s, P.end, st.end);
                    const bool own_base = starts_with_any(s, after_p, st.end,
                                                          std::array<sv, 9>{"dự toán", "kế hoạch", "kh", "so với", "so cùng kỳ", "cùng kỳ",
                                                                            "chỉ tiêu", "mục tiêu", "nghị quyết"});
                    if (!own_base && between.find("trong đó") != sv::npos && between.size() < 40 && !contains(s, N.end, N1.begin, ';') &&
                        !contains(s, M.end, P.begin, ';') &&
                        !contains(s, M.end, P.begin, "tăng") && !contains(s, M.end, P.begin, "giảm")) {
                        Claim& cl = add(ClaimKind::percent_of, st, N.begin, P.end);
                        cl.part = Q(M.a);
                        cl.whole = Q(N.a);
                        cl.percent = Q(P.a);
                        cl.note = "trong đó M … X%";
                        continue;
                    }
                }
                // The whole stated after the percentage, in parentheses:
                // "ước đạt 1.094,31 tỷ đồng, đạt 60,60% kế hoạch năm (1.805,8 tỷ đồng)",
                // "còn 46 hộ nghèo, chiếm 2,31% tổng số hộ dân (1.995 hộ)".
                if (verb && p + 1 < T.size() && is_value(T[p + 1])) {
                    const Tok& W = T[p + 1];
                    const std::ptrdiff_t v = prev_value(p);
                    const sv gap = trim(s.substr(P.end, W.begin - P.end));
                    const bool chiem = ends_with_word_at(s, lo, pw, "chiếm");
                    bool ok = v >= 0 && !gap.empty() && gap.back() == '(' && gap.size() < 80 &&
                              std::none_of(gap.begin(), gap.end(), is_digit) && gap.find(')') == sv::npos;
                    if (ok) {
                        const bool plan = gap.find("kế hoạch") != sv::npos || gap.find("dự toán") != sv::npos ||
                                          gap.rfind("kh", 0) == 0 || gap.find(" kh ") != sv::npos;
                        const bool of_total = gap.rfind("tổng", 0) == 0 || gap.rfind("dân số", 0) == 0;
                        ok = chiem ? of_total : plan;
                        for (sv bad : {sv("tăng"), sv("giảm"), sv("so với cùng"), sv("cùng kỳ"), sv("trong đó"), sv(";")})
                            if (gap.find(bad) != sv::npos) ok = false;
                    }
                    if (ok) {
                        const Quantity& V = Q(T[static_cast<std::size_t>(v)].a);
                        const Quantity& Wq = Q(W.a);
                        // the whole counts the part's noun or a wider one ("hộ nghèo" of "hộ")
                        const bool units = !Wq.unit.empty() && Wq.unit != "%" &&
                                           (V.unit == Wq.unit || (V.unit.size() > Wq.unit.size() && V.unit.starts_with(Wq.unit) && V.unit[Wq.unit.size()] == ' '));
                        const std::size_t close = skip_spaces(s, W.end, st.end);
                        if (units && close < st.end && s[close] == ')') {
                            Claim& cl = add(ClaimKind::percent_of, st, T[static_cast<std::size_t>(v)].begin,
                                            static_cast<std::uint32_t>(close + 1));
                            cl.part = V;
                            cl.part->unit = Wq.unit;  // "hộ nghèo" are counted among "hộ"
                            cl.whole = Wq;
                            cl.percent = Q(P.a);
                            cl.note = chiem ? "chiếm X% tổng số (W)" : "đạt X% kế hoạch (W)";
                            continue;
                        }
                    }
                }
                // The plan stated before the percentage: "ước đạt 325,28 tỷ đồng; kế hoạch năm 370,9 tỷ đồng,
                // đạt 87,70%", "… 86,89 tỷ đồng; dự toán Hội đồng nhân dân giao 124,3 tỷ đồng, đạt 69,90%".
                if (ends_with_word_at(s, lo, pw, "đạt") && p >= 2 && is_value(T[p - 1]) && is_value(T[p - 2])) {
                    const Tok& W = T[p - 1];
                    const Tok& V = T[p - 2];
                    const Quantity& Vq = Q(V.a);
                    const Quantity& Wq = Q(W.a);
                    const sv gap = s.substr(V.end, W.begin - V.end);
                    const sv tail = s.substr(W.end, P.begin - W.end);
                    const std::size_t after = skip_spaces(s, P.end, st.end);
                    bool ok = !Vq.unit.empty() && Vq.unit == Wq.unit && Vq.unit != "%" && gap.size() < 70 &&
                              (gap.find(';') != sv::npos || gap.find(',') != sv::npos) &&
                              (gap.find("kế hoạch") != sv::npos || gap.find("dự toán") != sv::npos) &&
                              trim(tail) == ", đạt" && (after >= st.end || s[after] == '.' || s[after] == ';');
                    for (sv bad : {sv("tăng"), sv("giảm"), sv("so với"), sv("cùng kỳ"), sv("trong đó"), sv(". "), sv("("), sv(":")})
                        if (gap.find(bad) != sv::npos) ok = false;
                    if (ok) {
                        Claim& cl = add(ClaimKind::percent_of, st, V.begin, P.end);
                        cl.part = Vq;
                        cl.whole = Wq;
                        cl.percent = Q(P.a);
                        cl.note = "X; kế hoạch W, đạt P%";
                        continue;
                    }
                }
                // "đạt X% kế hoạch": the plan is not stated
                static constexpr std::array<sv, 9> plan_words = {"kế hoạch", "kh", "so với kế hoạch", "so kế hoạch", "dự toán",
                                                          "so với dự toán", "so với kh", "so kh", "chỉ tiêu"};
                if (verb && starts_with_any(s, P.end, hi, plan_words)) {
                    const std::ptrdiff_t v = prev_value(p);
                    // "vốn được bố trí X …, giải ngân được Y, đạt Z% so với kế hoạch": the plan is X
                    if (v >= 0) {
                        const Tok& Y = T[static_cast<std::size_t>(v)];
                        const std::size_t ylo = v > 0 ? T[static_cast<std::size_t>(v) - 1].end : st.begin;
                        const bool disbursed = contains(s, ylo, Y.begin, "giải ngân");
                        std::ptrdiff_t w = -1;
                        for (std::size_t k = static_cast<std::size_t>(v); disbursed && k-- > 0;) {
                            if (contains(s, T[k].end, Y.begin, ';') || contains(s, T[k].end, Y.begin, ". ")) break;
                            if (is_value(T[k]) && Q(T[k].a).unit == Q(Y.a).unit) {
                                const std::size_t wlo = T[k].begin > 40 ? T[k].begin - 40 : 0;
                                if (contains(s, std::max(wlo, static_cast<std::size_t>(st.begin)), T[k].begin, "bố trí") ||
                                    contains(s, std::max(wlo, static_cast<std::size_t>(st.begin)), T[k].begin, "tổng số vốn"))
                                    w = static_cast<std::ptrdiff_t>(k);
                                break;
                            }
                        }
                        if (w >= 0) {
                            Claim& cl = add(ClaimKind::percent_of, st, T[static_cast<std::size_t>(w)].begin, P.end);
                            cl.part = Q(Y.a);
                            cl.whole = Q(T[static_cast<std::size_t>(w)].a);
                            cl.percent = Q(P.a);
                            cl.note = "disbursed / allocated";
                            continue;
                        }
                    }
                    Claim& cl = add(ClaimKind::percent_of, st, v >= 0 ? T[static_cast<std::size_t>(v)].begin : P.begin, P.end);
                    if (v >= 0) cl.part = Q(T[static_cast<std::size_t>(v)].a);
                    cl.percent = Q(P.a);
                    cl.note = "plan not stated";
                    continue;
                }
            }
        }
        // A pass that cannot read anything in the sentence is not called (each returned at its own test, after
        // its call and prologue: ~10 M over big-10M's 34 000 sentences): the trigger words' bits; a '(' for the
        // passes reading a parenthesis after a figure (labelled, listed, bare_paren, change_between: none is found
        // in a sentence without one); a ratio for the fractions (they read ratio tokens only); a percentage for
        // granularity and cagr (each reads a percentage token first).
        const bool any_paren = std::memchr(s.data() + st.begin, '(', st.end - st.begin) != nullptr;
        bool any_ratio = false, any_pct = false;
        for (const Tok& t : T) {
            any_ratio = any_ratio || t.kind == Tok::ratio;
            any_pct = any_pct || is_pct(t);
        }
        if (trig & (kTrongDo | kGom)) sums(st, s);
        if (trig & kLuyKe) running_totals(st, s);
        if (T.size() >= 3 && (trig & (kTiepNhan | kThuLyMoi))) balance(st, s, first_claim, any_paren);
        if (any_paren) labelled(st, s);
        if (any_paren) bare_paren(st, s);
        if (any_paren) listed(st, s);
        if (any_ratio) fractions(st, s);
        if (any_paren) change_between(st, s);
        if (trig & kCoCau) shares(st, s);
        if (any_pct) granularity(st, s);
        if (T.size() >= 3) times(st, s);  // (a value, the multiple and the base: its loop reads none in fewer tokens)
        if (any_pct) cagr(st, s);
        if (trig & kDung) on_time(st, s, first_claim);
        if (any_ratio) single_fractions(st, s, first_claim);
        if (T.size() >= 3 && (trig & kDatGiai)) prize_winners(st, s);  // after the fractions: "11/16 đơn vị" is also a part of a whole
    }

    // "trong kỳ tiếp nhận 1.646 hồ sơ, … giải quyết đúng hạn hồ sơ 1.636, … (trễ hạn 10 hồ sơ)": what was
    // resolved on time and late was received, so on time + late ≤ received (partial: some may still be
    // pending; never more, unless older cases are among them). Read with the on-time and late figures of
    // on_time() (one each, one clause), not already members of a breakdown, and exactly one received
    // figure of the noun ("tiếp nhận (mới) / thụ lý (mới) R") before them, with no ';' and no other period
    // between ("năm", "tháng", "kỳ", "đến nay" …), within 400 bytes, and no word of a backlog in the
    // sentence (tồn, kỳ trước, lũy kế, chuyển sang, kể cả …). The span is the two figures.
    void received_on_time(const SentenceToks& st, sv s, std::size_t first_claim, std::size_t xk, std::size_t yk,
                          sv noun) {
        const auto& T = st.toks;
        const std::size_t lo_k = std::min(xk, yk), hi_k = std::max(xk, yk);
        for (std::size_t i = first_claim; i < out.claims.size(); ++i) {
            const Claim& cl = out.claims[i];
            if (cl.kind != ClaimKind::sum) continue;
            for (const Quantity& p : cl.parts)
                if (p.span == Q(T[xk].a).span || p.span == Q(T[yk].a).span) return;
            if (cl.total && (cl.total->span == Q(T[xk].a).span || cl.total->span == Q(T[yk].a).span)) return;
        }
        std::ptrdiff_t r = -1;
        for (std::size_t k = 0; k < T.size(); ++k) {
            if (!is_value(T[k]) || Q(T[k].a).unit != noun) continue;
            const std::size_t lo = std::max<std::size_t>(k > 0 ? T[k - 1].end : st.begin, T[k].begin > 40 ? T[k].begin - 40 : 0);
            if (!ends_with_any(s, lo, T[k].begin, std::array<sv, 5>{"tiếp nhận", "tiếp nhận mới", "nhận mới", "thụ lý", "thụ lý mới"}))
                continue;
            if (r >= 0 || k > lo_k) return;  // two received figures, or one after the resolved ones
            r = static_cast<std::ptrdiff_t>(k);
        }
        if (r < 0) return;
        const std::size_t rk = static_cast<std::size_t>(r);
        const QRaw& R = c.store[T[rk].a];
        if (!R.counted || R.scale != 0 || R.has_compound || R.q.decimals != 0) return;
        if (R.q.qualifier != Qualifier::none && R.q.qualifier != Qualifier::reached) return;
        if (T[hi_k].end - T[rk].begin > 400 || contains(s, T[rk].end, T[lo_k].begin, ';') ||
            contains(s, T[rk].end, T[lo_k].begin, ". "))
            return;
        for (sv w : {sv("năm"), sv("tháng"), sv("quý"), sv("kỳ"), sv("đến nay"), sv("giai đoạn")})
            if (find_word(s, T[rk].end, T[lo_k].begin, w) != sv::npos) return;
        for (sv w : {sv("tồn"), sv("kỳ trước"), sv("năm trước"), sv("tháng trước"), sv("quý trước"), sv("kể cả"),
                     sv("bao gồm cả"), sv("lũy kế"), sv("luỹ kế"), sv("từ đầu năm"), sv("tiếp tục giải quyết"), sv("cũ"),
                     sv("chuyển sang")})
            if (find_word(s, st.begin, st.end, w) != sv::npos) return;
        Claim& cl = add(ClaimKind::sum, st, T[lo_k].begin, T[hi_k].end);
        cl.total = R.q;
        cl.parts.reserve(2);
        for (std::size_t k : {lo_k, hi_k}) {
            Quantity& q = cl.parts.emplace_back(Q(T[k].a));
            q.unit = noun;
            q.exact = true;
        }
        cl.complete = false;
        cl.note = "đúng hạn X, trễ hạn Y of R received: X + Y ≤ R";
    }

    // "giải quyết đúng hạn 1.636 hồ sơ, đạt tỷ lệ 99,39% (trễ hạn 10 hồ sơ)", "… đúng hạn hồ sơ 1.636,
    // đạt 99,39%; quá hạn 10 hồ sơ": an on-time rate given with the late count; its base is on time +
    // late. Read only with exactly one on-time and one late figure of the same counted noun in the
    // sentence, the percentage right after the on-time figure ("đạt (tỷ lệ) P%", "(P%)") and not
    // already read by another pass. When the sentence names other figures of the noun ("tiếp nhận
    // 1.700 hồ sơ, giải quyết đúng hạn 1.636 hồ sơ, đạt 96,2%"), the percentage may be of one of them:
    // they are kept as alternative bases (the words decide that this is a rate; no figure's value
    // decides whether it is read).
    void on_time(const SentenceToks& st, sv s, std::size_t first_claim) {
        // Every on-time word contains "đúng", and a figure's gap lies inside the sentence: without
        // it no on-time figure can be found (the pass needs exactly one).
        static const Needle dung("đúng");
        if (!(trig & kDung) || !dung.in(s, st.begin, st.end)) return;
        const auto& T = st.toks;
        struct Fig { std::size_t tok; sv noun; };  // (noun: a view of the unit table)
        std::vector<Fig> on, late;
        static constexpr std::array<sv, 2> on_words = {"đúng hạn", "đúng thời hạn"};
        static constexpr std::array<sv, 4> late_words = {"trễ hạn", "quá hạn", "quá thời hạn", "chậm"};
        // Which of the six words the sentence holds at all (each looked for once): a word it lacks is in
        // no gap. (The gaps were searched by string_view::rfind, which compares the word at every byte
        // of the gap with a memcmp call, for each word and value token: 143 000 calls on big-10M.)
        std::array<bool, 6> present{};
        {
            const sv sent = s.substr(st.begin, st.end - st.begin);
            bool any = false;
            for (std::size_t wi = 0; wi < 6; ++wi) {
                present[wi] = sent.find(wi < 2 ? on_words[wi] : late_words[wi - 2]) != sv::npos;
                any = any || present[wi];
            }
            if (!any) return;  // (no figure can be on time or late: on and late stay empty)
        }
        for (std::size_t k = 0; k < T.size(); ++k) {
            if (!is_value(T[k])) continue;
            const QRaw& r = c.store[T[k].a];
            if (r.scale != 0 || r.q.decimals != 0 || r.q.number.vi_decimals != 0 || r.has_compound) continue;
            if (r.q.qualifier != Qualifier::none && r.q.qualifier != Qualifier::reached) continue;
            const std::size_t lo = k > 0 ? T[k - 1].end : st.begin;
            // the keyword, then the noun when written before the figure ("đúng hạn hồ sơ 1.636"), then ":" or "là"
            auto figure_of = [&](std::size_t wi, sv& noun) {
                if (!present[wi]) return false;
                const sv w = wi < 2 ? on_words[wi] : late_words[wi - 2];
                // the last occurrence within the gap (as its rfind), by string_view::find forward from the
                // gap's start (the gaps of the tokens do not overlap: linear in the sentence)
                const sv g = s.substr(0, T[k].begin);
                std::size_t f = sv::npos;
                for (std::size_t x = g.find(w, lo); x != sv::npos; x = g.find(w, x + 1)) f = x;
                if (f == sv::npos) return false;
                if (letter_before(s, f)) return false;
                std::size_t e = back_spaces(s, T[k].begin, lo);
                if (e > lo && s[e - 1] == ':') e = back_spaces(s, e - 1, lo);
                else if (ends_with_word(s, lo, e, "là")) e = back_spaces(s, e - sv("là").size(), lo);
                const std::size_t after_w = f + w.size();
                if (!word_end_at(s, after_w) || after_w > e) return false;
                noun = r.q.unit;
                if (skip_spaces(s, after_w, e) == e) return r.counted;
                int u = -1;
                const std::size_t n = lex_unit_at(s, after_w, e, u);
                if (!n || after_w + n != e) return false;
                const UnitEntry& ue = units_tab()[static_cast<std::size_t>(u)];
                if (!ue.counted || (!noun.empty() && noun != ue.canonical)) return false;
                noun = ue.canonical;
                return true;
            };
            sv noun;
            bool is_on = false, is_late = false;
            for (std::size_t wi = 0; wi < 2; ++wi)
                if (!is_on && figure_of(wi, noun)) is_on = true;
            if (is_on) {
                on.push_back({k, noun});
                continue;
            }
            for (std::size_t wi = 2; wi < 6; ++wi)
                if (!is_late && figure_of(wi, noun)) is_late = true;
            if (is_late) late.push_back({k, noun});
        }
        if (on.size() != 1 || late.size() != 1 || on[0].noun.empty() || on[0].noun != late[0].noun) return;
        const Tok& X = T[on[0].tok];
        const Tok& Y = T[late[0].tok];
        // one clause: "hộ tịch đúng hạn 760 hồ sơ, đạt 100%; lĩnh vực đất đai trễ hạn 15 hồ sơ" pairs two fields
        // ("…, đạt 99,51%; quá hạn 12 hồ sơ" is one field: the clause after the ';' starts with the late word)
        {
            const std::size_t gb = std::min(X.end, Y.end), ge = std::max(X.begin, Y.begin);
            if (contains(s, gb, ge, "lĩnh vực")) return;
            const std::size_t semi = s.substr(0, ge).rfind(';');
            if (semi != sv::npos && semi >= gb && !starts_with_any(s, skip_spaces(s, semi + 1, ge), ge, late_words)) return;
        }
        on_time_rate(st, s, first_claim, on[0].tok, late[0].tok, on[0].noun);
        received_on_time(st, s, first_claim, on[0].tok, late[0].tok, on[0].noun);
    }

    // The on-time rate of on_time(): P = X/(X + Y).
    void on_time_rate(const SentenceToks& st, sv s, std::size_t first_claim, std::size_t xk, std::size_t yk,
                      sv noun) {
        const auto& T = st.toks;
        const Tok& X = T[xk];
        const Tok& Y = T[yk];
        // the percentage right after the on-time figure
        const std::size_t p = xk + 1;
        if (p >= T.size() || !is_pct(T[p])) return;
        const Tok& P = T[p];
        sv gap = trim(s.substr(X.end, P.begin - X.end));
        if (!gap.empty() && gap.front() == ',') gap = trim(gap.substr(1));
        static constexpr std::array<sv, 10> gaps = {"đạt tỷ lệ", "đạt tỉ lệ", "đạt", "tỷ lệ", "tỉ lệ", "(", "(đạt", "(đạt tỷ lệ",
                                             "đạt tỷ lệ đúng hạn", "tỷ lệ đúng hạn"};
        if (std::find(gaps.begin(), gaps.end(), gap) == gaps.end()) return;
        const QRaw& pr = c.store[P.a];
        if (pr.q.qualifier != Qualifier::none && pr.q.qualifier != Qualifier::reached) return;
        const std::size_t hi = p + 1 < T.size() ? T[p + 1].begin : st.end;
        static constexpr std::array<sv, 6> other_base = {"kế hoạch", "so với", "so cùng kỳ", "cùng kỳ", "chỉ tiêu", "dự toán"};
        if (starts_with_any(s, P.end, hi, other_base)) return;
        const std::size_t b = std::min(X.begin, Y.begin), e = std::max(P.end, Y.end);
        if (e - b > 300 || contains(s, b, e, ". ")) return;
        const Quantity& xq = Q(X.a);
        const Quantity& yq = Q(Y.a);
        // every other figure of the noun may be the base instead: kept as alternatives, whatever their
        // values (a wrong figure must not make the claim vanish)
        std::vector<Quantity> others;
        for (std::size_t k = 0; k < T.size(); ++k) {
            if (k == xk || k == yk || !is_value(T[k])) continue;
            const QRaw& w = c.store[T[k].a];
            if (w.q.unit != noun || w.scale != 0 || w.has_compound) continue;
            others.push_back(w.q);
        }
        if (used_in_claim(first_claim, Q(P.a).span) || used_in_claim(first_claim, xq.span)) return;
        Claim& cl = add(ClaimKind::percent_of, st, static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e));
        cl.part = xq;
        cl.part->unit = noun;
        cl.part->exact = true;
        cl.late = yq;
        cl.late->unit = noun;
        cl.late->exact = true;
        cl.percent = Q(P.a);
        cl.other_bases = std::move(others);
        cl.note = cl.other_bases.empty() ? "đúng hạn X, P% (trễ hạn Y): P = X/(X + Y)"
                                         : "đúng hạn X, P% (trễ hạn Y): P = X/(X + Y), or X/B of another figure B";
    }

    // Does a claim of this sentence (from first_claim on) already use the quantity at `span`?
    bool used_in_claim(std::size_t first_claim, const Span& span) const {
        for (std::size_t i = first_claim; i < out.claims.size(); ++i) {
            const Claim& cl = out.claims[i];
            for (const Opt<Quantity>* q : {&cl.part, &cl.whole, &cl.percent, &cl.total, &cl.count, &cl.late})
                if (*q && (*q)->span == span) return true;
            for (const Quantity& p : cl.parts)
                if (p.span == span) return true;
        }
        return false;
    }

    // "đạt 19/19 tiêu chí", "10/10 phường, xã", "vận động 162/162 tổ liên gia": a part of a whole
    // with no percentage, X ≤ Y. Strict, since '/' is everywhere: integers only, the whole followed
    // by a counted noun read right after it (not inherited), the part without a unit of its own
    // ("53 vụ/87 bị can" are two figures), no scale word; dates, document numbers, map scales and
    // labels are not ratio tokens (scan_sentence). A date-like pair with the part above the whole
    // ("đường 3/2 phường …", "30/4 …") is read only after "đạt/được/có". Ratios already used by a
    // percentage ("10/15 chỉ tiêu, đạt 66,7%") or by fractions() are not read again.
    void single_fractions(const SentenceToks& st, sv s, std::size_t first_claim) {
        const auto& T = st.toks;
        for (std::size_t t = 0; t < T.size(); ++t) {
            if (T[t].kind != Tok::ratio || T[t].unit_part) continue;
            const QRaw& X = c.store[T[t].a];
            const QRaw& Y = c.store[T[t].b];
            if (!Y.counted || Y.q.written_unit.empty() || Y.scale != 0 || X.scale != 0 || Y.has_compound || X.has_compound)
                continue;
            auto integer = [](const Number& n) {
                return n.vi_ok && n.vi_decimals == 0 && n.text.find(',') == std::string::npos && !n.text.empty();
            };
            if (!integer(X.q.number) || !integer(Y.q.number) || X.q.decimals != 0 || Y.q.decimals != 0)
                continue;
            if (X.q.qualifier != Qualifier::none && X.q.qualifier != Qualifier::reached) continue;
            if (Y.q.qualifier != Qualifier::none) continue;
            // addresses and names: "số nhà 12/5", "hẻm 15/3", "ngõ 4/2"
            static constexpr std::array<sv, 14> place_words = {"nhà", "hẻm", "ngõ", "ngách", "kiệt", "đường", "phố", "căn hộ",
                                                        "phòng", "km", "lô", "trường", "sư đoàn", "trung đoàn"};
            if (ends_with_any(s, st.begin, T[t].begin, place_words)) continue;
            if (T[t].begin > st.begin && (s[T[t].begin - 1] == '/' || s[T[t].begin - 1] == '-' || s[T[t].begin - 1] == '.'))
                continue;
            const long double x = X.q.number.vi_value, y = Y.q.number.vi_value;
            const bool date_like = X.q.number.text.size() <= 2 && Y.q.number.text.size() <= 2 && x >= 1 && x <= 31 && y >= 1 &&
                                   y <= 12;
            if (date_like && x > y &&
                !ends_with_any(s, st.begin, T[t].begin, std::array<sv, 4>{"đạt", "được", "có", "đạt được"}))
                continue;
            if (used_in_claim(first_claim, X.q.span)) continue;
            Claim& cl = add(ClaimKind::fraction, st, T[t].begin, T[t].end);
            cl.part = X.q;
            cl.part->unit = Y.q.unit;
            cl.part->exact = true;
            cl.whole = Y.q;
            cl.whole->exact = true;
            cl.note = "X/Y <noun>: a part of a whole";
        }
    }

    // Year written right after a value ("… 120 tỷ đồng năm 2020"), 0 if none.
    static int year_after(sv s, std::size_t i, std::size_t end) {
        const std::size_t lim = std::min(end, i + 24);
        const std::size_t f = s.substr(0, lim).find("năm ", i);
        if (f == sv::npos) return 0;
        std::size_t k = f + std::string_view("năm ").size();
        if (k + 4 > s.size()) return 0;
        int y = 0;
        for (std::size_t j = k; j < k + 4; ++j) {
            if (!is_digit(s[j])) return 0;
            y = y * 10 + (s[j] - '0');
        }
        return (y >= 1900 && y <= 2100 && (k + 4 == s.size() || !is_digit(s[k + 4]))) ? y : 0;
    }

    // "từ 120 tỷ đồng năm 2020 lên 210 tỷ đồng năm 2025, bình quân tăng 11,8%/năm": average annual growth.
    void cagr(const SentenceToks& st, sv s) {
        const auto& T = st.toks;
        for (std::size_t p = 2; p < T.size(); ++p) {
            if (!is_pct(T[p])) continue;
            const Tok& P = T[p];
            if (!(P.end + 1 < st.end && s[P.end] == '/' && starts_with_word(s, P.end + 1, st.end, "năm"))) continue;
            const std::size_t from = P.begin > st.begin + 60 ? P.begin - 60 : st.begin;
            if (!contains(s, from, P.begin, "bình quân")) continue;
            // the two ends: the nearest "từ A … lên/đến B" before it
            const Tok& B = T[p - 1];
            const Tok& A = T[p - 2];
            if (!is_value(A) || !is_value(B) || Q(A.a).unit.empty() || Q(A.a).unit != Q(B.a).unit) continue;
            if (!ends_with_word(s, st.begin, A.begin, "từ")) continue;
            if (!ends_with_word(s, A.end, B.begin, "lên") && !ends_with_word(s, A.end, B.begin, "đến") &&
                !ends_with_word(s, A.end, B.begin, "lên mức"))
                continue;
            if (contains(s, A.end, P.begin, ';') || contains(s, A.end, P.begin, ". ")) continue;
            const int y1 = year_after(s, A.end, B.begin), y2 = year_after(s, B.end, P.begin);
            Claim& cl = add(ClaimKind::cagr, st, A.begin, P.end);
            cl.previous = Q(A.a);
            cl.current = Q(B.a);
            cl.rate = Q(P.a);
            cl.direction = 1;
            cl.years = (y1 && y2 && y2 > y1) ? y2 - y1 : 0;
            cl.note = cl.years ? "average annual growth" : "average annual growth, years not stated";
        }
    }

    // "đạt 50.618 tỷ đồng, gấp 1,95 lần so với giai đoạn trước (26.018 tỷ đồng)": a ratio as a multiple.
    void times(const SentenceToks& st, sv s) {
        const auto& T = st.toks;
        std::size_t prev_v = 0, prev_w = 0;  // the last multiple's value and base (0: none)
        for (std::size_t k = 1; k + 1 < T.size(); ++k) {
            if (!is_value(T[k]) || !Q(T[k].a).unit.empty()) continue;
            if (!ends_with_word(s, T[k - 1].end, T[k].begin, "gấp") || !starts_with_word(s, T[k].end, st.end, "lần")) continue;
            // "đạt 500 triệu USD, gấp 1,6 lần so với năm 2020 (312 triệu USD) và gấp 1,25 lần so với năm 2023
            // (400 triệu USD)": a second multiple joined to the first speaks of the same value, not of the
            // first one's base
            std::size_t vk = k - 1;
            if (prev_w != 0 && vk == prev_w) {
                const sv join = trim(s.substr(T[prev_w].end, T[k].begin - T[prev_w].end));
                if (join == ") và gấp" || join == "), gấp" || join == "), và gấp" || join == "); gấp") vk = prev_v;
            }
            // a value in parentheses closed before "gấp" is the base of something before it, not the multiplied
            // value ("…, gấp 1,6 lần so với năm / 2020 (312 triệu USD) và gấp 1,25 lần …" when the first multiple
            // was not read): no claim
            if (vk + 1 == k && trim(s.substr(T[vk].end, T[k].begin - T[vk].end)).front() == ')') continue;
            const Tok& V = T[vk];
            const Tok& W = T[k + 1];
            if (!is_value(V) || !is_value(W) || Q(V.a).unit.empty() || Q(V.a).unit != Q(W.a).unit) continue;
            if ((vk + 1 == k && T[k].begin - V.end > 12) || W.begin - T[k].end > 90) continue;
            const sv gap = s.substr(T[k].end, W.begin - T[k].end);
            if (gap.find("so với") == sv::npos || gap.find(';') != sv::npos) continue;
            // the base is the value in parentheses or right after "so với …"
            Quantity pct = Q(T[k].a);
            pct.value *= 100;
            pct.radius *= 100;
            pct.unit = "%";
            // against an earlier period ("so với giai đoạn 2015-2020", "so với năm 2020", "so với cùng kỳ"):
            // growth stated as an index; otherwise a ratio of two things
            const std::size_t sv_at = gap.find("so với") + sv("so với").size();
            static constexpr std::array<sv, 8> periods = {"giai đoạn", "năm", "cùng kỳ", "kỳ", "nhiệm kỳ", "đầu nhiệm kỳ", "quý", "tháng"};
            const bool earlier = starts_with_any(gap, sv_at, gap.size(), periods);
            Claim& cl = add(earlier ? ClaimKind::growth : ClaimKind::percent_of, st, V.begin, W.end);
            if (earlier) {
                cl.current = Q(V.a);
                cl.previous = Q(W.a);
                cl.index = pct;
                cl.note = "gấp X lần so với kỳ trước (index = 100·X)";
            } else {
                cl.part = Q(V.a);
                cl.whole = Q(W.a);
                cl.percent = pct;
                cl.note = "gấp X lần (percent = 100·X)";
            }
            if (vk != k - 1) cl.note += ", second multiple of the same value";
            prev_v = vk;
            prev_w = k + 1;
        }
    }

    // "Cơ cấu kinh tế: dịch vụ 55,2%, công nghiệp 38,6%, nông nghiệp 6,2%": shares of one whole.
    void shares(const SentenceToks& st, sv s) {
        if (!(trig & kCoCau)) return;
        const auto& T = st.toks;
        std::size_t pos = st.begin;
        while (true) {
            static const Needle co_cau("cơ cấu");
            const std::size_t f = co_cau.find(s, pos, st.end);
            if (f == sv::npos) return;
            pos = f + 1;
            if (letter_before(s, f)) continue;
            std::vector<std::size_t> parts;
            std::size_t k = static_cast<std::size_t>(
                std::lower_bound(T.begin(), T.end(), f, [](const Tok& t, std::size_t b) { return t.begin < b; }) - T.begin());
            std::size_t last = f;
            bool bad = false;
            // members separated by ',' or, as in "Cơ cấu kinh tế: dịch vụ chiếm 54,8%; công nghiệp chiếm 30,8%; …",
            // by ';' (decided by the gap between the first two members)
            bool semi = false;
            // (at most 16 members: a structure has a few sectors, and the bound keeps this linear)
            for (; k < T.size() && parts.size() <= 16; ++k) {
                if (!is_pct(T[k])) break;
                const std::size_t gap_b = last;
                const bool has_semi = contains(s, gap_b, T[k].begin, ';');
                if (parts.size() == 1) semi = has_semi;
                if ((has_semi && !(semi && parts.size() >= 1)) || (semi && parts.size() >= 1 && !has_semi) ||
                    contains(s, gap_b, T[k].begin, ". ") || T[k].begin - gap_b > (parts.empty() ? 140u : 80u))
                    break;
                static const WordSet not_shares = {"tăng", "giảm", "so với", "kế hoạch", "đạt", "bằng"};
                if (not_shares.in(s, gap_b, T[k].begin)) bad = true;
                if (bad) break;
                parts.push_back(k);
                last = T[k].end;
            }
            if (bad || parts.size() < 2 || parts.size() > 16) continue;
            // the list must end the clause: no "tăng …" right after it
            const std::size_t tail = std::min<std::size_t>(last + 30, st.end);
            if (contains(s, last, tail, "tăng") || contains(s, last, tail, "giảm")) continue;
            // a ';' list must end the sentence (or its parenthesis): a later clause is not a member
            if (semi) {
                const std::size_t after = skip_spaces(s, last, st.end);
                if (after < st.end && s[after] != '.' && s[after] != ')') continue;
            }
            Claim& cl = add(ClaimKind::share, st, static_cast<std::uint32_t>(f), T[parts.back()].end);
            cl.parts.reserve(parts.size());
            for (std::size_t p : parts) cl.parts.push_back(Q(T[p].a));
            cl.note = "shares of one whole (cơ cấu)";
        }
    }

    // The flows of a caseload (hồ sơ, đơn, vụ việc …) stated in one sentence of one counted noun:
    //   inflows   carried in ("tiếp tục giải quyết / tồn kỳ trước / kỳ trước chuyển sang N"), received
    //             ("tiếp nhận (mới) / thụ lý mới N");
    //   outflows  resolved ("(đã) giải quyết (xong) N"), forwarded ("chuyển [cơ quan …] N", "N … đã chuyển
    //             [cơ quan …]"), withdrawn ("rút N"), returned ("trả lại N"), and the remainder ("N … chuyển
    //             sang kỳ sau", "N … đang giải quyết").
    // "tiếp tục giải quyết 527 hồ sơ, tiếp nhận mới 11.741 hồ sơ, đã giải quyết 11.785 hồ sơ (…) 483 hồ sơ
    // chuyển sang kỳ sau": with the carried-in figure and the remainder both named, every flow is named, so
    // carried in + received = the outflows (complete). Without a remainder only "no more went out than came
    // in" is safe (partial): taken with the carried-in figure named, or, when it is not, with a received
    // figure and at least two outflows one of which is not a resolution ("tiếp nhận 558 đơn, đã giải quyết
    // 552 đơn, 06 đơn đã chuyển cơ quan chuyên môn") and no word of a backlog or of another period in the
    // sentence (kỳ trước, tồn, lũy kế …: the outflows may then include older cases). A remainder without
    // the carried-in figure is not read: an unstated backlog raises the outflows, an unnamed outflow
    // lowers them. Each role at most once (received exactly once), inflows before outflows, the remainder
    // after the resolved figure; every figure of the noun outside parentheses (and outside a breakdown
    // already read: "(trong đó: 555 đơn …; 3 đơn …" left unclosed) must have a role, else nothing is read.
    // The claim is what the outflows say of the inflows: its span is the outflows, its total the inflows.
    // (`parens`: the sentence holds a '(', as sentence() found it)
    void balance(const SentenceToks& st, sv s, std::size_t first_claim, bool parens) {
        const auto& T = st.toks;
        if (T.size() < 3 || !(trig & (kTiepNhan | kThuLyMoi))) return;
        static const Needle tiep_nhan("tiếp nhận"), thu_ly_moi("thụ lý mới");
        if (!tiep_nhan.in(s, st.begin, st.end) && !thu_ly_moi.in(s, st.begin, st.end)) return;
        enum Role { none, in_old, in_new, done, moved, withdrawn, returned, carried_out, n_roles };
        std::array<std::ptrdiff_t, n_roles> at{};
        at.fill(-1);
        std::array<int, n_roles> seen{};
        std::vector<std::size_t> figures;  // the role-bearing tokens, in order
        // parentheses never closed in the sentence do not open a detail ("(trong đó: 555 đơn …; 3 đơn …, đã …")
        std::vector<std::size_t> open_unclosed;
        // (most sentences hold no '(': then no byte walk below — depth stays 0, a ')' alone changes nothing)
        if (parens) {
            std::vector<std::size_t> stack;
            for (std::size_t x = st.begin; x < st.end; ++x)
                if (s[x] == '(') stack.push_back(x);
                else if (s[x] == ')' && !stack.empty()) stack.pop_back();
            open_unclosed = std::move(stack);  // sorted
        }
        // the members of the breakdowns already read in the sentence (sorted: one lookup per figure)
        std::vector<std::pair<std::size_t, std::size_t>> members;
        for (std::size_t i = first_claim; i < out.claims.size(); ++i)
            if (out.claims[i].kind == ClaimKind::sum)
                for (const Quantity& p : out.claims[i].parts) members.emplace_back(p.span.begin, p.span.end);
        std::sort(members.begin(), members.end());
        auto is_part_of_sum = [&](const Span& sp) {
            return std::binary_search(members.begin(), members.end(), std::make_pair<std::size_t, std::size_t>(sp.begin, sp.end));
        };
        // the words of the figure's own clause after it ("06 đơn đã chuyển các cơ quan …"), past its unit
        auto after_unit = [&](std::size_t k) {
            int u = -1;
            std::size_t a = T[k].end;
            if (Q(T[k].a).unit.empty() && lex_unit_at(s, a, st.end, u)) a = skip_spaces(s, a, st.end);
            a = skip_spaces(s, a, st.end);
            if (starts_with_word(s, a, st.end, "đã")) a = skip_spaces(s, a + sv("đã").size(), st.end);
            return a;
        };
        // the words of the figure's own clause before it ("chuyển cơ quan có thẩm quyền 05 đơn", "rút 3 hồ sơ")
        auto clause_start = [&](std::size_t k) {
            const std::size_t lo = k > 0 ? T[k - 1].end : st.begin;
            std::size_t b = lo;
            for (std::size_t x = T[k].begin; x > lo; --x)
                if (s[x - 1] == ',' || s[x - 1] == ';' || s[x - 1] == '(' || s[x - 1] == ':') { b = x; break; }
            b = skip_spaces(s, b, T[k].begin);
            if (starts_with_word(s, b, T[k].begin, "và")) b = skip_spaces(s, b + sv("và").size(), T[k].begin);
            if (starts_with_word(s, b, T[k].begin, "đã")) b = skip_spaces(s, b + sv("đã").size(), T[k].begin);
            return b;
        };
        static constexpr std::array<sv, 7> carried_words = {"chuyển sang kỳ sau", "chuyển kỳ sau", "chuyển sang quý sau",
                                                     "chuyển sang tháng sau", "chuyển sang năm sau", "đang giải quyết",
                                                     "đang xem xét giải quyết"};
        int depth = 0;
        std::size_t x = st.begin, ui = 0;
        sv unit;
        for (std::size_t k = 0; k < T.size(); ++k) {
            if (!parens && x < T[k].begin) x = T[k].begin;
            for (; x < T[k].begin; ++x) {
                while (ui < open_unclosed.size() && open_unclosed[ui] < x) ++ui;
                const bool unclosed = ui < open_unclosed.size() && open_unclosed[ui] == x;
                depth += (s[x] == '(' && !unclosed) ? 1 : (s[x] == ')' && depth > 0) ? -1 : 0;
            }
            if (depth != 0 || !is_value(T[k])) continue;
            const std::size_t lo = std::max<std::size_t>(k > 0 ? T[k - 1].end : st.begin, T[k].begin > 60 ? T[k].begin - 60 : 0);
            const std::size_t pb = back_spaces(s, T[k].begin, lo);
            const std::size_t a = after_unit(k), cb = clause_start(k);
            // the verb, then the clause ends (at the figure or a mark) or goes on with one of `next`
            auto verb_then = [&](std::size_t i, std::size_t e, sv verb, auto const& next) {
                if (!starts_with_word(s, i, e, verb)) return false;
                const std::size_t j = skip_spaces(s, skip_spaces(s, i, e) + verb.size(), e);
                return j >= e || s[j] == ',' || s[j] == ';' || s[j] == '.' || s[j] == ')' || starts_with_any(s, j, e, next);
            };
            // forwarded to another body ("chuyển cơ quan có thẩm quyền", "chuyển đến …", "chuyển Công an …"), not
            // "chuyển đổi / chuyển nhượng / chuyển mục đích …" (kinds of files) nor "chuyển sang kỳ sau"
            static constexpr std::array<sv, 22> recipients = {
                "cơ quan", "các cơ quan", "đến", "tới", "cho", "về", "tiếp", "trả", "đơn", "hồ sơ", "ngành", "đơn vị",
                "các đơn vị", "viện kiểm sát", "công an", "tòa án", "toà án", "ubnd", "thanh tra", "phòng", "các phòng", "cấp"};
            auto verb_at = [&](std::size_t i, std::size_t e) -> Role {
                if (starts_with_any(s, i, e, carried_words)) return carried_out;
                if (verb_then(i, e, "chuyển", recipients)) return moved;
                if (verb_then(i, e, "rút", std::array<sv, 3>{"đơn", "hồ sơ", "lại"})) return withdrawn;
                if (starts_with_word(s, i, e, "trả lại")) return returned;
                return none;
            };
            Role r = none;
            if (ends_with_any(s, lo, pb, std::array<sv, 5>{"tiếp tục giải quyết", "tồn", "tồn kỳ trước", "kỳ trước chuyển sang",
                                                           "chuyển từ kỳ trước sang"}))
                r = in_old;
            else if (ends_with_any(s, lo, pb, std::array<sv, 4>{"tiếp nhận mới", "nhận mới", "tiếp nhận", "thụ lý mới"}))
                r = in_new;
            else if (ends_with_any(s, lo, pb, std::array<sv, 3>{"đã giải quyết", "giải quyết xong", "đã giải quyết xong"}))
                r = done;
            else if ((r = verb_at(a, st.end)) == none && cb < T[k].begin)
                r = verb_at(cb, T[k].begin);
            const QRaw& qr = c.store[T[k].a];
            if (is_part_of_sum(qr.q.span)) continue;  // a member of a breakdown already read: a detail
            if (r == none) {
                // a figure of the counted noun with no role
                if (qr.counted && !qr.q.unit.empty()) figures.push_back(k);
                continue;
            }
            ++seen[r];
            at[r] = static_cast<std::ptrdiff_t>(k);
            figures.push_back(k);
        }
        if (seen[in_new] != 1) return;
        for (int r = in_old; r < n_roles; ++r)
            if (seen[static_cast<std::size_t>(r)] > 1) return;
        unit = Q(T[static_cast<std::size_t>(at[in_new])].a).unit;
        std::vector<std::size_t> outs;
        std::size_t last_in = static_cast<std::size_t>(at[in_new]);
        if (at[in_old] >= 0) last_in = std::max(last_in, static_cast<std::size_t>(at[in_old]));
        for (std::size_t k : figures) {
            const QRaw& qr = c.store[T[k].a];
            if (qr.q.unit != unit) continue;  // another noun: not this balance
            bool role = false;
            for (int r = in_old; r < n_roles; ++r) role = role || at[static_cast<std::size_t>(r)] == static_cast<std::ptrdiff_t>(k);
            if (!role) return;  // a figure of the noun whose role is unknown
            if (!qr.counted || qr.q.decimals != 0 || qr.scale != 0 || qr.has_compound) return;
            if (qr.q.qualifier != Qualifier::none && qr.q.qualifier != Qualifier::reached) return;
            if (at[in_old] == static_cast<std::ptrdiff_t>(k) || at[in_new] == static_cast<std::ptrdiff_t>(k)) continue;
            if (k < last_in) return;  // an outflow before an inflow
            outs.push_back(k);
        }
        // each role's figure is of the noun
        for (int r = in_old; r < n_roles; ++r)
            if (at[static_cast<std::size_t>(r)] >= 0 && Q(T[static_cast<std::size_t>(at[static_cast<std::size_t>(r)])].a).unit != unit)
                return;
        if (outs.empty()) return;
        // an outflow named as a subset of an earlier one ("đã giải quyết 96 đơn, trong số đó chuyển … 9 đơn")
        // (outside parentheses: "đã giải quyết 9.344 hồ sơ (trong đó … đúng hạn) 374 hồ sơ chuyển sang kỳ sau")
        {
            const std::size_t ge = T[outs.back()].begin;
            std::size_t from = T[outs.front()].end;
            int d = 0;
            for (std::size_t y = from; y <= ge; ++y) {
                const bool stop = y == ge || (d == 0 && s[y] == '(');
                if (stop && y > from && d == 0)
                    for (sv w : {sv("trong đó"), sv("trong số"), sv("số đó"), sv("gồm"), sv("riêng")})
                        if (find_word(s, from, y, w) != sv::npos) return;
                if (y == ge) break;
                if (s[y] == '(') ++d;
                else if (s[y] == ')' && d > 0 && --d == 0) from = y + 1;
            }
        }
        const bool has_old = at[in_old] >= 0, has_rest = at[carried_out] >= 0;
        if (has_rest && !(at[done] >= 0 && at[done] < at[carried_out])) return;
        bool complete;
        if (has_old && has_rest) {
            complete = true;
        } else if (has_rest) {
            return;  // a remainder without the carried-in figure
        } else if (has_old) {
            complete = false;
        } else {
            if (outs.size() < 2 || (at[moved] < 0 && at[withdrawn] < 0 && at[returned] < 0)) return;
            // older cases or another period may be among the outflows
            const std::size_t rb = T[static_cast<std::size_t>(at[in_new])].end, re = T[outs.back()].begin;
            for (sv w : {sv("tồn"), sv("kỳ trước"), sv("năm trước"), sv("tháng trước"), sv("quý trước"), sv("kể cả"),
                         sv("bao gồm cả"), sv("lũy kế"), sv("luỹ kế"), sv("từ đầu năm"), sv("tiếp tục giải quyết"), sv("cũ")})
                if (find_word(s, st.begin, st.end, w) != sv::npos) return;
            for (sv w : {sv("năm"), sv("tháng"), sv("quý"), sv("kỳ"), sv("đến nay"), sv("giai đoạn")})
                if (find_word(s, rb, re, w) != sv::npos) return;
            complete = false;
        }
        const std::size_t b = static_cast<std::size_t>(at[in_new]);
        Quantity in = Q(T[b].a);
        if (has_old) {
            const std::size_t a = static_cast<std::size_t>(at[in_old]);
            const Quantity& A = Q(T[std::min(a, b)].a);
            const Quantity& B = Q(T[std::max(a, b)].a);
            in = A;  // carried in + received, as written
            in.span = {A.span.begin, B.span.end};
            in.number.text = A.number.text + " + " + B.number.text;
            in.value = A.value + B.value;
            in.number.vi_value = in.value;
            in.number.vi_ok = true;
            in.number.en_ok = false;
            in.radius = A.radius + B.radius;
            in.exact = A.exact && B.exact;
        }
        in.qualifier = Qualifier::none;
        Claim& cl = add(ClaimKind::sum, st, T[outs.front()].begin, T[outs.back()].end);
        cl.total = in;
        cl.parts.reserve(outs.size());
        for (std::size_t k : outs) cl.parts.push_back(Q(T[k].a));
        cl.complete = complete;
        cl.note = complete ? (has_old ? "balance: carried in + received = resolved + carried out"
                                      : "balance: received = the outflows")
                           : (has_old ? "balance: the outflows ≤ carried in + received"
                                      : "balance: the outflows ≤ received (resolved, forwarded …)");
    }

    // "có 11/16 đơn vị đạt giải (01 giải nhất, 02 giải nhì, 03 giải ba và 05 giải khuyến khích)": every winner
    // won at least one of the prizes listed, so the prizes add up to at least the winners (a winner may hold
    // two prizes: never more is not safe). Read when the parenthesis right after "<N> <noun> đạt giải" lists
    // only "<n> giải <rank>" items (nhất, nhì, ba, tư, khuyến khích, đặc biệt, A, B, C, xuất sắc) joined by
    // ',', ';' or 'và' — nothing else ("trong đó", "…", another figure), at least two, down to the lowest tier
    // ("khuyến khích": a list of the top prizes only may leave winners out). Stored as a partial sum
    // whose total is the prizes added ("01 + 02 + 03 + 05") and whose part is the winners.
    void prize_winners(const SentenceToks& st, sv s) {
        const auto& T = st.toks;
        static const Needle dat_giai("đạt giải");
        if (T.size() < 3 || !(trig & kDatGiai) || !dat_giai.in(s, st.begin, st.end)) return;
        static constexpr std::array<sv, 11> ranks = {"nhất", "nhì", "ba", "tư", "khuyến khích", "đặc biệt", "a", "b", "c",
                                              "xuất sắc", "triển vọng"};
        for (std::size_t k = 0; k + 2 < T.size(); ++k) {
            const Tok& t = T[k];
            if (!starts_with_word(s, t.end, st.end, "đạt giải")) continue;
            // the winners: "11/16 đơn vị" (the part, in the whole's noun) or "12 đơn vị"
            Quantity n;
            if (t.kind == Tok::ratio) {
                const QRaw& W = c.store[t.b];
                if (!W.counted || W.q.unit.empty() || t.unit_part) continue;
                n = c.store[t.a].q;
                n.unit = W.q.unit;
            } else {
                if (!c.store[t.a].counted) continue;
                n = c.store[t.a].q;
            }
            const QRaw& nr = c.store[t.a];
            if (n.unit.empty() || n.unit == "giải" || nr.scale != 0 || nr.has_compound || n.decimals != 0 ||
                nr.q.number.vi_decimals != 0 || (n.qualifier != Qualifier::none && n.qualifier != Qualifier::reached))
                continue;
            std::size_t open = skip_spaces(s, skip_spaces(s, t.end, st.end) + sv("đạt giải").size(), st.end);
            if (open >= st.end || s[open] != '(') continue;
            const std::size_t close = s.substr(0, st.end).find(')', open);
            if (close == sv::npos || s.substr(open + 1, close - open - 1).find('(') != sv::npos) continue;
            std::vector<std::size_t> prizes;
            std::size_t at = open + 1;  // where the next item must start
            bool ok = true;
            std::size_t j = k + 1;
            for (; j < T.size() && T[j].begin < close && ok; ++j) {
                const Tok& p = T[j];
                const QRaw& pr = c.store[p.a];
                sv gap = trim(s.substr(at, p.begin - at));
                if (!prizes.empty()) {
                    if (!gap.empty() && (gap.front() == ',' || gap.front() == ';')) gap = trim(gap.substr(1));
                    if (gap == "và") gap = {};
                }
                if (!gap.empty() || !is_value(p) || pr.q.unit != "giải" || pr.scale != 0 || pr.has_compound ||
                    pr.q.decimals != 0 || pr.q.qualifier != Qualifier::none || p.end > close) {
                    ok = false;
                    break;
                }
                const std::size_t r = skip_spaces(s, p.end, close);
                std::size_t re = 0;
                for (sv w : ranks)
                    if (starts_with_word(s, r, close, w)) { re = r + w.size(); break; }
                if (!re) { ok = false; break; }
                prizes.push_back(j);
                at = re;
            }
            if (!ok || prizes.size() < 2 || !trim(s.substr(at, close - at)).empty()) continue;
            // the list reaches the lowest tier, so it names every prize, not only the top ones
            if (!contains(s, open, close, "khuyến khích")) continue;
            Quantity sum = c.store[T[prizes.front()].a].q;
            sum.span = {sum.span.begin, c.store[T[prizes.back()].a].q.span.end};
            sum.number.text.clear();
            sum.value = 0;
            sum.radius = 0;
            sum.exact = true;
            for (std::size_t x : prizes) {
                const Quantity& q = c.store[T[x].a].q;
                sum.number.text += (sum.number.text.empty() ? "" : " + ") + q.number.text;
                sum.value += q.value;
                sum.radius += q.radius;
                sum.exact = sum.exact && q.exact;
            }
            sum.number.vi_value = sum.value;
            sum.number.vi_ok = true;
            sum.number.en_ok = false;
            sum.unit = n.unit;
            sum.qualifier = Qualifier::none;
            n.exact = true;
            Claim& cl = add(ClaimKind::sum, st, t.begin, static_cast<std::uint32_t>(close + 1));
            cl.total = sum;
            cl.parts = {n};
            cl.complete = false;
            cl.note = "winners ≤ the prizes listed (N đạt giải (a giải nhất, b giải nhì …))";
            k = j > k ? j - 1 : k;
        }
    }

    // "kiểm tra 07 cơ sở, xử phạt 05 cơ sở với số tiền 16 triệu đồng, lũy kế kiểm tra 10 cơ sở, xử phạt
    // 07 cơ sở với số tiền 25,5 triệu đồng": the figures of the period, listed again as the running
    // totals since the start of the year, are each at most their running total. Taken when both lists
    // have the same length and their figures pair up by noun, in order; never for changes ("tăng 5 hộ").
    void running_totals(const SentenceToks& st, sv s) {
        if (!(trig & kLuyKe)) return;
        const auto& T = st.toks;
        // the next occurrence of each word at or after a position that only grows: each search
        // resumes where the last one stopped (linear in the sentence)
        struct Next { sv w; std::size_t at; };
        std::array<Next, 6> nx = {Next{"lũy kế", 0}, Next{"luỹ kế", 0}, Next{";", 0}, Next{"(", 0}, Next{")", 0}, Next{". ", 0}};
        // no "lũy kế" in the sentence: nothing to read (the other words are looked for only then)
        static const Needle luy_ke[2] = {Needle("lũy kế"), Needle("luỹ kế")};
        for (std::size_t ci = 0; ci < 2; ++ci) nx[ci].at = luy_ke[ci].find(s, st.begin, st.end);
        if (nx[0].at == sv::npos && nx[1].at == sv::npos) return;
        for (std::size_t ci = 2; ci < nx.size(); ++ci) nx[ci].at = s.substr(0, st.end).find(nx[ci].w, st.begin);
        auto next = [&](Next& n, std::size_t from) {
            if (n.at != sv::npos && n.at < from) n.at = s.substr(0, st.end).find(n.w, from);
            return n.at;
        };
        std::size_t done = st.begin;  // the end of the previous "lũy kế" list
        for (std::size_t pos = st.begin; pos < st.end;) {
            std::size_t f = sv::npos;
            sv w;
            for (std::size_t ci = 0; ci < 2; ++ci) {
                const std::size_t x = next(nx[ci], pos);
                if (x != sv::npos && x < f) { f = x; w = nx[ci].w; }
            }
            if (f == sv::npos) break;
            pos = f + w.size();
            if (letter_before(s, f) || !word_end_at(s, f + w.size())) continue;
            // the running totals: up to the clause end (';', a parenthesis, a full stop)
            std::size_t stop = st.end;
            for (std::size_t ci = 2; ci < nx.size(); ++ci) {
                const std::size_t x = next(nx[ci], pos);
                if (x != sv::npos && x < stop) stop = x;
            }
            // the period's figures: back to the clause start, the previous list, or 300 bytes
            std::size_t start = std::max(done, f > 300 ? f - 300 : std::size_t{0});
            start = std::max<std::size_t>(start, st.begin);
            for (sv e : {sv(";"), sv("("), sv(")"), sv(". ")}) {
                // (by rfind of a byte: string_view::rfind of a word calls memcmp at every position of the
                // up to 300 bytes, 83 000 calls on big-10M; ". " is the last '.' before a space)
                const sv sub = s.substr(start, f - start);
                std::size_t x = sub.rfind(e[0]);
                if (e.size() == 2)
                    while (x != sv::npos && !(x + 1 < sub.size() && sub[x + 1] == ' ')) x = x == 0 ? sv::npos : sub.rfind('.', x - 1);
                if (x != sv::npos) start = std::max(start, start + x + e.size());
            }
            done = stop;
            std::vector<std::size_t> before, after;
            bool bad = false;
            // the lists of successive "lũy kế" do not overlap ([start, stop) follows the previous stop): linear
            const auto k0 = std::lower_bound(T.begin(), T.end(), start, [](const Tok& t, std::size_t b) { return t.begin < b; });
            for (std::size_t k = static_cast<std::size_t>(k0 - T.begin()); k < T.size() && T[k].begin < stop; ++k) {
                if (T[k].end > stop) continue;
                if (is_pct(T[k])) continue;
                if (T[k].kind != Tok::quantity) { bad = true; break; }
                const std::size_t from = k > 0 ? std::max<std::size_t>(T[k - 1].end, start) : start;
                if (ends_with_any(s, from, T[k].begin, std::array<sv, 4>{"tăng", "giảm", "tăng thêm", "giảm đi"})) { bad = true; break; }
                (T[k].end <= f ? before : after).push_back(k);
            }
            if (bad || after.empty() || before.size() != after.size()) continue;
            auto slash_nouns = [&](std::size_t k) {  // "05 doanh nghiệp/cơ sở": also counts "cơ sở"
                std::string extra;
                if (T[k].end < st.end && s[T[k].end] == '/') {
                    int u = -1;
                    if (lex_unit_at(s, T[k].end + 1, st.end, u)) extra = units_tab()[static_cast<std::size_t>(u)].canonical;
                }
                return extra;
            };
            auto pairs = [&](std::size_t a, std::size_t b) {
                const sv ua = unit_key(T[a].a);
                const sv ub = unit_key(T[b].a);
                if (ua.empty() || ub.empty()) return false;
                if (ua == ub) return true;
                if (slash_nouns(a) == ub || slash_nouns(b) == ua) return true;
                // "ước thu 70 tỷ đồng, lũy kế đạt 142 tỷ": a scaled amount among amounts of money
                return (ua == kScaled && ub == "đồng") || (ua == "đồng" && ub == kScaled);
            };
            for (std::size_t i = 0; i < before.size() && !bad; ++i) bad = !pairs(before[i], after[i]);
            // the running total measures what the period's figure measures: the words before each
            // running total, less time words and verbs of reaching ("đến nay đạt", "đã … được"), are
            // among the words before its period figure ("kiểm tra 07 …, lũy kế đã kiểm tra được 10");
            // "còn 120 hộ nghèo, lũy kế thoát nghèo 45 hộ" measures two things
            auto words_of = [&](std::size_t b, std::size_t e) {
                std::vector<sv> ws;
                for (std::size_t x = b; x < e;) {
                    while (x < e && !letter_at(s, x)) x += x < e && static_cast<unsigned char>(s[x]) >= 0x80 ? static_cast<std::size_t>(U8_LENGTH(cp_at(s, x))) : 1;
                    std::size_t y = x;
                    while (y < e && letter_at(s, y)) y += static_cast<std::size_t>(U8_LENGTH(cp_at(s, y)));
                    if (y > x) ws.push_back(s.substr(x, y - x));
                    x = y;
                }
                return ws;
            };
            static constexpr std::array<sv, 16> filler = {"đến", "nay", "từ", "đầu", "năm", "tháng", "quý", "đạt", "được",
                                                          "đã", "là", "nâng", "ước", "lên", "tổng", "cộng"};
            for (std::size_t i = 0; i < before.size() && !bad; ++i) {
                const std::size_t bb = i > 0 ? T[before[i - 1]].end : start;
                const std::size_t ab = i > 0 ? T[after[i - 1]].end : f + w.size();
                const auto bw = words_of(bb, T[before[i]].begin);
                for (sv x : words_of(ab, T[after[i]].begin)) {
                    if (std::find(filler.begin(), filler.end(), x) != filler.end()) continue;
                    if (std::find(bw.begin(), bw.end(), x) == bw.end()) { bad = true; break; }
                }
            }
            if (bad) continue;
            for (std::size_t i = 0; i < before.size(); ++i) {
                const Tok& A = T[before[i]];
                const Tok& B = T[after[i]];
                Claim& cl = add(ClaimKind::sum, st, A.begin, B.end);
                cl.total = Q(B.a);
                Quantity& pq = cl.parts.emplace_back(Q(A.a));
                if (pq.unit != cl.total->unit) pq.unit = cl.total->unit.empty() ? pq.unit : cl.total->unit;
                if (cl.total->unit.empty()) cl.total->unit = pq.unit;
                cl.complete = false;
                cl.note = "the period's figure within its running total (lũy kế)";
            }
        }
    }

    // "63,5% tổng số 11 xã", "40% trong số 15 hộ": a percentage of N counted items must be k/N.
    void granularity(const SentenceToks& st, sv s) {
        const auto& T = st.toks;
        std::vector<bool> first_of_unit;
        // "Toàn địa bàn có 11 hợp tác xã …; đến nay 58,2% số hợp tác xã …": the count stated earlier
        // in the sentence, the only one of that noun, is the base.
        for (std::size_t p = 1; p < T.size(); ++p) {
            if (!is_pct(T[p]) || !starts_with_word(s, T[p].end, st.end, "số")) continue;
            const std::size_t j = skip_spaces(s, skip_spaces(s, T[p].end, st.end) + sv("số").size(), st.end);
            int ui = -1;
            if (!lex_unit_at(s, j, st.end, ui)) continue;
            const UnitEntry& ue = units_tab()[static_cast<std::size_t>(ui)];
            if (!ue.counted) continue;
            // the base is the token right before and the first of its noun in the sentence (one pass, done
            // once per sentence and only when a candidate exists: linear)
            if (first_of_unit.empty()) {
                first_of_unit.assign(T.size(), false);
                std::vector<sv> seen;
                for (std::size_t k = 0; k < T.size(); ++k) {
                    const sv u = T[k].kind == Tok::ratio ? Q(T[k].b).unit : Q(T[k].a).unit;
                    if (u.empty()) continue;
                    bool dup = false;
                    for (const sv x : seen) dup = dup || x == u;
                    if (!dup) {
                        seen.push_back(u);
                        first_of_unit[k] = true;
                    }
                }
            }
            const std::ptrdiff_t base = static_cast<std::ptrdiff_t>(p) - 1;
            if (!is_value(T[p - 1]) || Q(T[p - 1].a).unit != ue.canonical || !first_of_unit[p - 1]) continue;
            const QRaw& n = c.store[T[static_cast<std::size_t>(base)].a];
            if (!n.counted || !n.q.exact || n.q.qualifier != Qualifier::none || n.q.value < 2) continue;
            const Tok& B = T[static_cast<std::size_t>(base)];
            if (!ends_with_word(s, st.begin, B.begin, "có") || T[p].begin - B.end > 160 || contains(s, B.end, T[p].begin, ". "))
                continue;
            Claim& cl = add(ClaimKind::granularity, st, B.begin, T[p].end);
            cl.percent = Q(T[p].a);
            cl.whole = n.q;
            cl.note = "X% số <noun> of N stated";
        }
        for (std::size_t p = 0; p + 1 < T.size(); ++p) {
            if (!is_pct(T[p]) || !is_value(T[p + 1])) continue;
            const QRaw& n = c.store[T[p + 1].a];
            if (!n.counted || !n.q.exact) continue;
            const sv gap = trim(s.substr(T[p].end, T[p + 1].begin - T[p].end));
            if (gap != "tổng số" && gap != "trong số" && gap != "trong tổng số" && gap != "của" && gap != "trên tổng số" &&
                gap != "số")
                continue;
            Claim& cl = add(ClaimKind::granularity, st, T[p].begin, T[p + 1].end);
            cl.percent = Q(T[p].a);
            cl.whole = n.q;
            cl.note = "k/N";
        }
    }

    // "Năm 2025 diện tích nuôi tôm 101,3 ha; dự kiến đến năm 2030 diện tích nuôi tôm khoảng 160 ha
    // (tăng khoảng 60 ha)": an absolute change in parentheses after a value, whose base is the same
    // noun's value for another year earlier in the sentence.
    void change_between(const SentenceToks& st, sv s) {
        const auto& T = st.toks;
        for (std::size_t b = 1; b + 1 < T.size(); ++b) {
            if (!is_value(T[b]) || !is_value(T[b + 1])) continue;
            const Quantity& B = Q(T[b].a);
            const Quantity& C = Q(T[b + 1].a);
            if (B.unit.empty() || C.unit != B.unit) continue;
            const std::size_t open = skip_spaces(s, T[b].end, st.end);
            if (open >= st.end || s[open] != '(') continue;
            const std::size_t after = open + 1;
            const int dir = starts_with_word(s, after, st.end, "tăng") ? 1 : starts_with_word(s, after, st.end, "giảm") ? -1 : 0;
            if (dir == 0) continue;
            // "(tăng [khoảng] C)" and nothing else
            const sv inside = trim(s.substr(after, T[b + 1].begin - after));
            static constexpr std::array<sv, 6> lead = {"tăng", "giảm", "tăng khoảng", "giảm khoảng", "tăng gần", "giảm gần"};
            if (std::find(lead.begin(), lead.end(), inside) == lead.end()) continue;
            const std::size_t close = skip_spaces(s, T[b + 1].end, st.end);
            if (close >= st.end || s[close] != ')') continue;
            // the base: the nearest earlier value of the unit, with nothing of that unit between
            std::ptrdiff_t a = -1;
            for (std::size_t k = b; k-- > 0;) {
                if (!is_value(T[k]) && T[k].kind != Tok::quantity) break;
                if (is_value(T[k]) && Q(T[k].a).unit == B.unit) { a = static_cast<std::ptrdiff_t>(k); break; }
            }
            if (a < 0) continue;
            const Tok& A = T[static_cast<std::size_t>(a)];
            if (T[b].begin - A.end > 160 || contains(s, A.end, T[b].begin, ". ")) continue;
            // two years: one before the base, another between the base and the value
            auto last_year = [&](std::size_t from, std::size_t to) {
                int y = 0;
                for (std::size_t f = s.substr(0, to).find("năm ", from); f != sv::npos && f < to; f = s.substr(0, to).find("năm ", f + 1)) {
                    const std::size_t k = f + sv("năm ").size();
                    if (k + 4 <= to && std::all_of(s.begin() + static_cast<std::ptrdiff_t>(k), s.begin() + static_cast<std::ptrdiff_t>(k + 4), is_digit) &&
                        (k + 4 == s.size() || !is_digit(s[k + 4])))
                        y = (s[k] - '0') * 1000 + (s[k + 1] - '0') * 100 + (s[k + 2] - '0') * 10 + (s[k + 3] - '0');
                }
                return y;
            };
            const std::size_t a_from = a > 0 ? T[static_cast<std::size_t>(a) - 1].end : st.begin;
            const int y1 = last_year(a_from, A.begin), y2 = last_year(A.end, T[b].begin);
            if (y1 < 1900 || y2 < 1900 || y1 == y2) continue;
            // the same noun before both values: the two words before the value (after its qualifier)
            std::size_t e = T[b].begin;
            for (sv w : {sv("khoảng"), sv("gần"), sv("đạt"), sv("là"), sv("ước")})
                if (ends_with_word(s, A.end, e, w)) { e = back_spaces(s, e, A.end) - w.size(); break; }
            e = back_spaces(s, e, A.end);
            std::size_t w0 = e;
            int words = 0;
            while (w0 > A.end && words < 2) {
                while (w0 > A.end && s[w0 - 1] != ' ') --w0;
                ++words;
                if (words < 2) w0 = back_spaces(s, w0, A.end);
            }
            const sv noun = s.substr(w0, e - w0);
            if (words < 2 || noun.size() < 5 || std::any_of(noun.begin(), noun.end(), is_digit) || noun.find(',') != sv::npos ||
                !contains(s, a_from, A.begin, noun))
                continue;
            Claim& cl = add(ClaimKind::growth, st, T[b].begin, static_cast<std::uint32_t>(close + 1));
            cl.current = B;
            cl.previous = Q(A.a);
            cl.change = C;
            cl.direction = dir;
            cl.note = "value (tăng/giảm N) against the same noun in another year";
        }
    }

    // "10/15 chỉ tiêu hoàn thành vượt kế hoạch, 5/15 chỉ tiêu đạt kế hoạch": fractions of one
    // whole listed one per category are disjoint categories of the whole (as a reader takes them)
    // and add up to at most the whole. A category and its negation ("đạt" / "chưa đạt") are the
    // whole list. Categories said to overlap are not read: "đạt và vượt", "trở lên", or one
    // category holding the whole beside another ("16/16 đạt, 10/16 vượt" counts items twice).
    void fractions(const SentenceToks& st, sv s) {
        const auto& T = st.toks;
        for (std::size_t t = 0; t + 1 < T.size(); ++t) {
            if (T[t].kind != Tok::ratio) continue;
            const QRaw& W = c.store[T[t].b];
            if (!W.counted || !W.q.exact || W.q.number.vi_decimals != 0) continue;
            std::vector<std::size_t> chain{t};
            std::size_t k = t + 1;
            // "08/13 chỉ tiêu đạt …; 05/18 chưa đạt": a pair of one noun whose wholes differ is read
            // too (only as the whole list below, a category and its negation): the words make both
            // wholes the same set, so a wrong whole must give a finding, not end the list
            bool mixed = false;
            for (; k < T.size() && T[k].kind == Tok::ratio; ++k) {
                const QRaw& W2 = c.store[T[k].b];
                const bool differs = W2.q.number.text != W.q.number.text;
                // (a bare "b/M" takes the noun of the fraction before it only when M is the same whole,
                // at the scan; here a bare second whole of a pair counts the first one's noun)
                if (differs && (chain.size() != 1 || (!W2.q.unit.empty() && !W2.counted) || W2.q.number.vi_decimals != 0 ||
                                !plain_int(W2.q.number.text) || !plain_int(Q(T[k].a).number.text) ||
                                find_word(s, T[k - 1].end, T[k].begin, "ngày") != sv::npos))
                    break;
                if (W2.q.unit != W.q.unit && !(differs && W2.q.unit.empty())) break;
                const std::size_t gb = T[k - 1].end, ge = T[k].begin;
                if (ge - gb > 120 || contains(s, gb, ge, ". ") || contains(s, gb, ge, '(') || contains(s, gb, ge, ')') ||
                    contains(s, gb, ge, ':'))
                    break;
                bool bad = false;
                for (sv w : {sv("trong đó"), sv("trong số"), sv("gồm"), sv("riêng"), sv("xã"), sv("phường"), sv("huyện"),
                             sv("thôn"), sv("khu"), sv("đơn vị"), sv("đảng bộ"), sv("chi bộ"), sv("năm"), sv("quý"), sv("tháng"),
                             sv("kỳ")})
                    if (find_word(s, gb, ge, w) != sv::npos) bad = true;
                if (bad) break;
                chain.push_back(k);
                if (differs) {
                    mixed = true;
                    ++k;
                    break;
                }
            }
            const std::size_t next = k;
            if (chain.size() < 2) continue;
            // the category of each fraction: its words up to the next fraction (or the clause end)
            std::vector<sv> labels;
            std::size_t negated = 0;
            // Each category must be a level of meeting a plan — exceeded ("hoàn thành vượt kế
            // hoạch"), met ("đạt kế hoạch", "hoàn thành"), not yet met ("chưa đạt"), failed ("không
            // đạt") — and the levels
            // all different. Fractions naming other properties ("9/12 trường đạt chuẩn quốc gia,
            // 11/12 trường có thư viện") may overlap freely and are not read.
            auto level_of = [&](std::size_t from, std::size_t to) {
                constexpr std::array<std::pair<sv, int>, 7> levels = {{{"chưa đạt", 3}, {"không đạt", 4}, {"chưa hoàn thành", 3},
                                                                       {"không hoàn thành", 4}, {"vượt", 1}, {"đạt", 2},
                                                                       {"hoàn thành", 2}}};
                for (const auto& [w, lv] : levels) {
                    const std::size_t x = find_word(s, from, to, w);
                    if (x == sv::npos) continue;
                    // what the level is of: nothing, or a plan ("kế hoạch", "chỉ tiêu", …)
                    std::size_t r = skip_spaces(s, x + w.size(), to);
                    if (lv == 1 && r < to && s.substr(r).starts_with("mức")) return 0;  // "vượt mức" + a quantity: read elsewhere
                    const sv rest = s.substr(r, to - r);
                    if (trim(rest).empty() || rest.starts_with(",") || rest.starts_with(";")) return lv;
                    for (sv obj : {sv("kế hoạch"), sv("kh"), sv("chỉ tiêu"), sv("mục tiêu"), sv("nghị quyết"), sv("dự toán"),
                                   sv("yêu cầu"), sv("tiến độ"), sv("so với kế hoạch"), sv("và vượt"), sv("và đạt")})
                        if (rest.starts_with(obj) && word_end_at(s, r + obj.size())) return lv;
                    return 0;
                }
                return 0;
            };
            std::vector<int> level_seen;
            for (std::size_t i = 0; i < chain.size(); ++i) {
                const std::size_t lb = T[chain[i]].end;
                std::size_t le = i + 1 < chain.size() ? T[chain[i + 1]].begin : st.end;
                for (char stop : {';', '.', '('}) {
                    const std::size_t f = s.substr(0, le).find(stop, lb);
                    if (f != sv::npos && f < le) le = f;
                }
                const sv lab = s.substr(lb, le - lb);
                labels.push_back(lab);
                level_seen.push_back(level_of(lb, le));
                bool neg = false;
                for (sv w : {sv("chưa đạt"), sv("không đạt"), sv("chưa hoàn thành"), sv("không hoàn thành")})
                    neg = neg || contains(lab, 0, lab.size(), w);
                negated += neg;
            }
            if (!mixed) t = next - 1;  // a mixed pair not read leaves its second fraction to the next chain
            {
                std::vector<int> lv = level_seen;
                std::sort(lv.begin(), lv.end());
                if (lv.front() == 0 || std::adjacent_find(lv.begin(), lv.end()) != lv.end()) continue;
            }
            bool overlap = false;
            for (std::size_t i : chain) {
                const long double v = Q(T[i].a).value;
                if (v == W.q.value && chain.size() >= 2) overlap = true;  // one category holds the whole
            }
            // "09/13 đạt …; 04/13 chưa đạt": a category and its negation, the whole list; so is
            // "08/13 đạt và vượt kế hoạch; 05/13 chưa đạt" (met or exceeded, and not met)
            // … only when no other fraction of the same whole in the sentence is left out of the pair
            std::size_t same_whole = 0;  // (of a mixed pair: every fraction of the noun)
            for (const Tok& o : T)
                if (o.kind == Tok::ratio && (mixed ? Q(o.b).unit == W.q.unit || Q(o.b).unit.empty()
                                                   : Q(o.b).number.text == W.q.number.text && Q(o.b).unit == W.q.unit))
                    ++same_whole;
            // … and no remainder named otherwise: "…, còn 01 chỉ tiêu chưa đánh giá", "riêng chỉ tiêu … chưa có số liệu"
            bool remainder = false;
            for (std::size_t k = 0; k < T.size() && !remainder; ++k)
                remainder = is_value(T[k]) && T[k].kind != Tok::ratio && Q(T[k].a).unit == W.q.unit;
            for (sv w : {sv("chưa đánh giá"), sv("chưa có số liệu"), sv("cơ bản đạt"), sv("riêng"), sv("còn lại")})
                remainder = remainder || contains(s, st.begin, st.end, w);
            const bool exclusive = negated == 1 && chain.size() == 2 && same_whole == 2 && !remainder;
            for (sv lab : labels)
                if (contains(lab, 0, lab.size(), "trở lên") ||
                    (!exclusive && (contains(lab, 0, lab.size(), "và vượt") || contains(lab, 0, lab.size(), "và đạt"))))
                    overlap = true;
            if (overlap) continue;
            // the categories' counts (a, b of "a/N …, b/N …") as the parts of a sum of `total`
            const auto sum_of_chain = [&](const Quantity& total) {
                Claim cl = make(ClaimKind::sum, st, T[chain.front()].begin, T[chain.back()].end);
                cl.total = total;
                cl.total->unit = W.q.unit;
                cl.parts.reserve(chain.size());
                for (std::size_t i : chain) {
                    Quantity& pq = cl.parts.emplace_back(Q(T[i].a));
                    pq.unit = W.q.unit;
                    pq.exact = true;
                }
                return cl;
            };
            if (mixed) {
                if (!exclusive) continue;
                t = next - 1;
                // both wholes: each must be the sum of the two categories
                for (std::size_t w : chain) {
                    Claim cl = sum_of_chain(Q(T[w].b));
                    cl.total->exact = true;
                    cl.complete = true;
                    cl.note = "a/N X, b/M chưa X (the whole list, two wholes written)";
                    out.claims.push_back(std::move(cl));
                }
                continue;
            }
            Claim cl = sum_of_chain(W.q);
            cl.complete = exclusive;
            cl.note = cl.complete ? "a/N X, b/N chưa X (the whole list)" : "a/N, b/N of one whole (partial)";
            out.claims.push_back(std::move(cl));
        }
    }

    // "3 năm liền (2022, 2023, 2024)", "03 phường (Quang Trung, Thanh Sơn và Yên Thanh)": a count
    // followed by the list of what it counts, in parentheses. Read only when every item is a year
    // (for a count of years) or a proper name (every syllable capitalised, no digits, not an
    // abbreviation): a list of kinds ("12 trường (Mầm non, Tiểu học, THCS)") or of examples
    // ("như", "…", "khác") is not the counted set.
    void listed(const SentenceToks& st, sv s) {
        const auto& T = st.toks;
        for (std::size_t t = 0; t < T.size(); ++t) {
            if (!is_value(T[t])) continue;
            const QRaw& r = c.store[T[t].a];
            if (r.scale != 0 || r.q.qualifier != Qualifier::none || r.q.number.vi_decimals != 0 || r.q.number.text.size() > 2 ||
                r.q.value < 2)
                continue;
            const bool years = r.q.unit.empty() && starts_with_word(s, T[t].end, st.end, "năm");
            if (!years && !r.counted) continue;
            // the rest of the noun phrase: words only, short
            std::size_t open = T[t].end;
            const std::size_t lim = std::min<std::size_t>(st.end, T[t].end + 40);
            // (the walk below can only stop at a '(' when there is one in reach)
            if (lim <= open || !std::memchr(s.data() + open, '(', lim - open)) continue;
            while (open < lim && s[open] != '(' && !is_digit(s[open]) && s[open] != ',' && s[open] != ';' && s[open] != '.' &&
                   s[open] != ':')
                ++open;
            if (open >= lim || s[open] != '(') continue;
            if (t + 1 < T.size() && T[t + 1].begin < open) continue;
            const std::size_t close = s.substr(0, st.end).find(')', open);
            if (close == sv::npos || close > st.end || close - open > 200) continue;
            // (the sentence text is lower-cased; capitals are read from the block's own text)
            const sv inner = sv(c.doc.blocks[st.block].text).substr(open + 1, close - open - 1);
            bool bad = inner.find('(') != sv::npos || inner.find(':') != sv::npos || inner.find(';') != sv::npos ||
                       inner.find('/') != sv::npos || inner.find('-') != sv::npos || inner.find("..") != sv::npos ||
                       inner.find("\xE2\x80\xA6") != sv::npos;  // …
            if (bad) continue;  // (before the lowering: nothing below clears it)
            const std::string low = to_lower(inner);
            for (sv w : {sv("như"), sv("khác"), sv("v.v"), sv("trong đó"), sv("gồm"), sv("còn lại"), sv("chiếm"), sv("đạt"),
                         sv("tăng"), sv("giảm"), sv("lần")})
                if (contains(low, 0, low.size(), w)) {
                    bad = true;
                    break;
                }
            if (bad) continue;
            // items separated by ',' and a final "và"
            std::vector<std::string> items;
            std::size_t x = 0;
            while (x <= inner.size() && !bad) {
                std::size_t y = inner.find(',', x);
                if (y == sv::npos) y = inner.size();
                sv piece = trim(inner.substr(x, y - x));
                // "A và B" (the last pair)
                const std::size_t va = piece.find(" và ");
                if (va == sv::npos) {
                    if (piece.empty()) bad = true;
                    else items.emplace_back(piece);
                } else {
                    const sv a = trim(piece.substr(0, va)), b = trim(piece.substr(va + 4));
                    if (a.empty() || b.empty()) bad = true;
                    items.emplace_back(a);
                    items.emplace_back(b);
                }
                if (va != sv::npos && y != inner.size()) bad = true;  // "và" only before the last item
                x = y + 1;
            }
            if (bad || items.size() < 2 || items.size() > 30) continue;
            for (const std::string& it : items) {
                if (years) {
                    const int y = it.size() == 4 ? int_of(it) : -1;
                    if (y < 1900 || y > 2100) bad = true;
                    continue;
                }
                // a proper name: 1-6 syllables, each starting with a capital, no digits, not all capitals
                std::size_t syll = 0, caps = 0, letters = 0;
                for (std::size_t i = 0; i < it.size() && !bad;) {
                    while (i < it.size() && it[i] == ' ') ++i;
                    if (i >= it.size()) break;
                    ++syll;
                    if (!u_isupper(cp_at(it, i))) bad = true;
                    while (i < it.size() && it[i] != ' ') {
                        const UChar32 ch = cp_at(it, i);
                        if (!is_letter(ch)) bad = true;
                        ++letters;
                        caps += u_isupper(ch) != 0;
                        i += U8_LENGTH(ch);
                    }
                }
                if (syll == 0 || syll > 6 || caps * 2 > letters + 1) bad = true;
            }
            if (bad) continue;
            Claim& cl = add(ClaimKind::count_vs_list, st, T[t].begin, static_cast<std::uint32_t>(close + 1));
            cl.count = r.q;
            if (years) cl.count->written_unit = "năm";
            cl.items = std::move(items);
            cl.note = years ? "N năm (the years listed)" : "N noun (the names listed)";
        }
    }

    // "03 hộ (02 hộ mới và 01 hộ bổ sung)": a bare breakdown in parentheses right after the total.
    void bare_paren(const SentenceToks& st, sv s) {
        const auto& T = st.toks;
        for (std::size_t t = 0; t + 2 < T.size(); ++t) {
            if (!is_value(T[t])) continue;
            const sv unit = Q(T[t].a).unit;
            if (unit.empty() || !c.store[T[t].a].counted) continue;
            const std::size_t open = skip_spaces(s, T[t].end, st.end);
            if (open >= st.end || s[open] != '(') continue;
            const std::size_t close = s.substr(0, st.end).find(')', open);  // bounded by the sentence: linear
            if (close == sv::npos || close > st.end) continue;
            if (contains(s, open, close, "trong đó") || contains(s, open, close, "gồm") || contains(s, open, close, ':') ||
                contains(s, open, close, ';') || contains(s, open, close, "tăng") || contains(s, open, close, "giảm") ||
                contains(s, open, close, "so với") || contains(s, open, close, '/'))
                continue;
            std::vector<std::size_t> parts;
            bool bad = false;
            for (std::size_t k = t + 1; k < T.size() && T[k].begin < close; ++k) {
                const sv pu = Q(T[k].a).unit;
                const bool generic = pu == "chiếc" || pu == "trường hợp";
                if (!is_value(T[k]) || (pu != unit && !generic) || T[k].end > close) { bad = true; break; }
                parts.push_back(k);
            }
            if (bad || parts.size() < 2) continue;
            // the members follow one another: "A và B", "A, B và C" (with their qualifiers)
            for (std::size_t i = 1; i < parts.size(); ++i) {
                const sv gap = s.substr(T[parts[i - 1]].end, T[parts[i]].begin - T[parts[i - 1]].end);
                if (gap.find(',') == sv::npos && gap.find(" và ") == sv::npos) bad = true;
            }
            if (bad) continue;
            Claim& cl = add(ClaimKind::sum, st, T[t].begin, static_cast<std::uint32_t>(close + 1));
            cl.total = Q(T[t].a);
            std::vector<std::size_t> label_begins;
            std::size_t lb = open + 1;
            cl.parts.reserve(parts.size());
            for (std::size_t k : parts) {
                Quantity& pq = cl.parts.emplace_back(Q(T[k].a));
                pq.unit = unit;  // "chiếc", "trường hợp" count the total's noun
                label_begins.push_back(skip_spaces(s, lb, T[k].begin));
                lb = T[k].end;
                while (lb < close && (s[lb] == ',' || s[lb] == ' ')) ++lb;
                if (starts_with_word(s, lb, close, "và")) lb = skip_spaces(s, lb, close) + 3;
            }
            cl.complete = closed_set(st, label_begins);
            cl.note = cl.complete ? "breakdown naming every ward/commune" : "breakdown in parentheses";
        }
    }

    // "total (Label: a; Label: b; Label: c)": a breakdown by named members.
    void labelled(const SentenceToks& st, sv s) {
        const auto& T = st.toks;
        for (std::size_t t = 0; t + 2 < T.size(); ++t) {
            if (!is_value(T[t]) && T[t].kind != Tok::ratio) continue;
            const sv unit = Q(T[t].a).unit;
            if (unit.empty() || unit == "%") continue;
            std::size_t from = T[t].end;
            // allow a following "X%" between the total and the list ("711ha/600 ha, đạt 118,5% so với kế hoạch (")
            if (t + 1 < T.size() && is_pct(T[t + 1]) && T[t + 1].begin - T[t].end < 14) from = T[t + 1].end;
            std::size_t open = from;
            // … or the rest of the noun phrase ("14 đồng chí Ủy viên Ban Thường vụ (")
            const std::size_t limit = from == T[t].end ? 80 : 32;
            // The walk to the first '(' in reach (it may end on the byte at from + limit), refused at a ';', '.',
            // ':' or digit before it: the '(' by memchr, then those bytes looked for before it by the byte
            // searches (the walk byte by byte cost 1.6 M on big-10M).
            {
                const std::size_t reach = std::min<std::size_t>(st.end, from + limit + 1);
                const void* const paren = reach <= from ? nullptr : std::memchr(s.data() + from, '(', reach - from);
                if (!paren) continue;
                const std::size_t p = static_cast<std::size_t>(static_cast<const char*>(paren) - s.data());
                if (byte_scan::find_any(s.data(), from, p, ';', '.', ':') < p || byte_scan::first_digit(s.data(), from, p) < p) continue;
                open = p;
            }
            static const WordSet verbs = {"tăng", "giảm", "đạt", "bằng", "so với", "trong đó", "gồm", "chiếm"};
            if (from == T[t].end && verbs.in(s, from, open)) continue;
            const std::size_t first = from == T[t].end ? t + 1 : t + 2;
            const std::size_t close = s.substr(0, st.end).find(')', open);
            if (close == sv::npos || close > st.end) continue;
            // items separated by ';' (or by ',' when there is no ';')
            const char sep = contains(s, open, close, ';') ? ';' : ',';
            std::vector<std::size_t> parts;
            std::vector<std::size_t> label_begins;
            bool bad = false;
            std::size_t item_b = open + 1;
            std::size_t k = first;
            while (item_b < close && !bad) {
                std::size_t item_e = s.substr(0, close).find(sep, item_b);
                if (item_e == sv::npos || item_e > close) item_e = close;
                const std::size_t colon = s.substr(0, item_e).find(':', item_b);
                if (colon == sv::npos || colon >= item_e || colon - item_b > 40) { bad = true; break; }
                // tokens inside the item: one value of the unit (or of none), then at most one percentage
                std::vector<std::size_t> in;
                while (k < T.size() && T[k].begin < item_e) {
                    if (T[k].begin < colon) { bad = true; break; }
                    in.push_back(k++);
                }
                if (bad || in.empty() || in.size() > 2 || !is_value(T[in[0]]) ||
                    (Q(T[in[0]].a).unit != unit && !Q(T[in[0]].a).unit.empty()) || (in.size() == 2 && !is_pct(T[in[1]])))
                    bad = true;
                else {
                    parts.push_back(in[0]);
                    label_begins.push_back(skip_spaces(s, item_b, item_e));
                }
                item_b = item_e + 1;
            }
            if (bad || parts.size() < 2) continue;
            // units: all stated or none
            std::size_t with_unit = 0;
            for (std::size_t p : parts) with_unit += !Q(T[p].a).unit.empty();
            if (with_unit != 0 && with_unit != parts.size()) continue;
            Claim& cl = add(ClaimKind::sum, st, T[t].begin, static_cast<std::uint32_t>(close + 1));
            cl.total = Q(T[t].a);
            cl.parts.reserve(parts.size());
            for (std::size_t p : parts) {
                Quantity& pq = cl.parts.emplace_back(Q(T[p].a));
                if (pq.unit.empty()) {
                    pq.unit = unit;  // "(Quang Trung: 06, Thanh Sơn: 04)": the total's noun
                    pq.exact = cl.total->exact && pq.decimals == 0;
                }
            }
            cl.complete = closed_set(st, label_begins);
            cl.note = cl.complete ? "Label: n; … naming every ward/commune" : "Label: n; Label: n";
        }
    }

    // A list naming every ward/commune of the document ("03 phường" and three capitalised names) is complete.
    bool closed_set(const SentenceToks& st, const std::vector<std::size_t>& label_begins) const {
        if (c.wards < 2 || label_begins.size() != static_cast<std::size_t>(c.wards)) return false;
        const std::string_view orig = c.doc.blocks[st.block].text;
        for (std::size_t b : label_begins) {
            const UChar32 ch = cp_at(orig, b);
            if (!u_isupper(ch)) return false;
        }
        return true;
    }

    // "total (trong đó: A a, B b)", "total, gồm …"
    const SentenceToks* prev_sentence = nullptr;  // the previous sentence of the same block

    // "63 vụ việc (…) trong đó, tiếp lần đầu 39, tiếp nhiều lần 24": members written as bare integers
    // count the total's noun; so does the single member of "06 đảng viên (trong đó có 02 cấp ủy viên)",
    // whose noun the unit table does not know. The total is a count of things in the same clause; when
    // the clause counts several things ("73 lượt công dân, 63 vụ việc"), the breakdown is taken only if
    // it fits under all of them or under none (the verdict does not depend on which one it breaks down).
    // Returns true when the members were of that form (a claim was made or refused).
    template <class InClosedParen>
    bool bare_members(const SentenceToks& st, sv s, bool complete_marker, bool paren, std::size_t f, std::size_t rbeg,
                      std::size_t rend, std::size_t boundary, const std::vector<std::size_t>& parts,
                      InClosedParen in_closed_paren) {
        const auto& T = st.toks;
        if (parts.empty()) return false;
        bool named = false;  // a member followed by a noun the table does not know
        for (std::size_t k : parts) {
            const QRaw& r = c.store[T[k].a];
            if (!r.q.unit.empty() || r.scale != 0 || r.is_percent) return false;
            if (!plain_int(r.q.number.text) || r.q.number.text.size() > 7) return true;  // refused: decimals
            const std::size_t a = skip_spaces(s, T[k].end, rend);
            if (a < rend && s[a] != ',' && s[a] != ';' && s[a] != '.') named = true;
        }
        // "trong đó nữ 55, đoàn viên 80": properties of the same people (sex, union or party
        // membership, ethnicity, schooling, age) overlap; members naming two such properties are
        // not parts to add ("nữ 55, nam 65" names one property, and is read)
        {
            static constexpr std::array<std::pair<sv, int>, 14> props = {{{"nữ", 1}, {"nam", 1}, {"đoàn viên", 2}, {"đảng viên", 3},
                                                                          {"dân tộc", 4}, {"tôn giáo", 5}, {"trình độ", 6},
                                                                          {"đại học", 6}, {"cao đẳng", 6}, {"trung cấp", 6},
                                                                          {"thạc sĩ", 6}, {"tuổi", 7}, {"thanh niên", 8},
                                                                          {"cựu chiến binh", 9}}};
            int seen = 0;  // bit set of the properties named
            std::size_t from = rbeg;
            for (std::size_t k : parts) {
                for (const auto& [w, g] : props)
                    if (find_word(s, from, T[k].begin, w) != sv::npos) seen |= 1 << g;
                from = T[k].end;
            }
            if (std::popcount(static_cast<unsigned>(seen)) >= 2) return true;
        }
        if (complete_marker) return true;  // "gồm 39, 24": too terse to read as a whole breakdown
        if (named && !(paren && parts.size() == 1)) return true;
        // candidate totals: counted values of the clause before the marker, outside closed parentheses
        std::vector<std::size_t> cand;
        std::size_t nearest_gap_values = 0;
        for (std::size_t k = parts[0]; k-- > 0;) {
            if (T[k].end > boundary) continue;
            if (boundary - T[k].end > 400 || contains(s, T[k].end, boundary, ';')) break;
            if (in_closed_paren(T[k].end)) continue;
            if (!is_value(T[k])) { if (cand.empty()) ++nearest_gap_values; continue; }
            const QRaw& r = c.store[T[k].a];
            if (!r.counted || r.q.decimals != 0) {
                if (cand.empty()) ++nearest_gap_values;
                continue;
            }
            cand.push_back(k);
            if (paren) break;  // "N X (trong đó …)": the value right before the parenthesis
        }
        if (cand.empty() || nearest_gap_values != 0) return true;
        // the nearest candidate ends the noun phrase before the marker: no other figure between
        long double sum = 0;
        for (std::size_t k : parts) sum += c.store[T[k].a].q.value;
        std::size_t fits = 0;
        for (std::size_t k : cand) fits += sum <= c.store[T[k].a].q.value + 0.5L;
        if (fits != 0 && fits != cand.size()) return true;
        const Tok& TT = T[cand.front()];
        const Quantity& tot = Q(TT.a);
        // a member named by an unknown noun is a kind of the total only when the total counts
        // individuals (people, cases): "06 đảng viên (trong đó có 02 cấp ủy viên)"; of "10 hộ (trong
        // đó có 25 nhân khẩu)" the members are another measure
        static constexpr std::array<sv, 16> individuals = {"đảng viên", "người", "cán bộ", "công chức", "viên chức", "học viên",
                                                           "học sinh", "lao động", "đối tượng", "trường hợp", "đồng chí",
                                                           "thanh niên", "công dân", "bệnh nhân", "đại biểu", "giáo viên"};
        if (named && std::find(individuals.begin(), individuals.end(), sv(tot.unit)) == individuals.end()) return true;
        Claim& cl = add(ClaimKind::sum, st, TT.begin, static_cast<std::uint32_t>(paren ? rend + 1 : T[parts.back()].end));
        cl.total = tot;
        cl.parts.reserve(parts.size());
        for (std::size_t k : parts) {
            Quantity& pq = cl.parts.emplace_back(Q(T[k].a));
            pq.unit = tot.unit;
            pq.exact = tot.exact;
        }
        cl.complete = false;
        cl.note = std::string("trong đó (members counting the total's noun)");
        (void)f;
        return true;
    }

    // The head noun of a measured quantity ("thu", "chi", "vốn", "dân số", "lực lượng lao động") that a label
    // in [b, e) names: at its start when `at_start`, else the first one anywhere (0: none). The same
    // number for the same measure ("nguồn vốn" is "vốn").
    static int measure_head(sv s, std::size_t b, std::size_t e, bool at_start) {
        static constexpr std::array<std::pair<sv, int>, 14> heads = {{{"doanh thu", 1}, {"thu", 2}, {"chi", 3}, {"nguồn vốn", 4},
                                                                      {"vốn", 4}, {"dân số", 5}, {"lực lượng lao động", 6},
                                                                      {"số lao động", 6}, {"diện tích", 7}, {"sản lượng", 8},
                                                                      {"kim ngạch", 9}, {"dư nợ", 10}, {"giá trị", 11},
                                                                      {"tổng mức đầu tư", 12}}};
        // "thu hút", "thu hồi", "thu nhập", "chi bộ", "chi hội", "chi trả": other words
        static constexpr std::array<sv, 12> not_heads = {"thu hút", "thu hồi", "thu nhập", "thu hoạch", "thu gom", "thu mua",
                                                         "chi bộ", "chi hội", "chi nhánh", "chi cục", "chi trả", "chi tiết"};
        if (b >= e) return 0;
        if (at_start) {
            for (sv w : {sv("có"), sv("tổng số"), sv("tổng"), sv("ước")})
                if (starts_with_word(s, b, e, w)) b = skip_spaces(s, b + w.size(), e);
            // (starts_with_word skips the spaces and compares the first byte first: only words starting
            // with the byte there can match)
            const std::size_t f = skip_spaces(s, b, e);
            if (f >= e || f >= s.size()) return 0;
            const char c0 = s[f];
            for (sv n : not_heads)
                if (n.front() == c0 && starts_with_word(s, b, e, n)) return 0;
            for (const auto& [w, g] : heads)
                if (w.front() == c0 && starts_with_word(s, b, e, w)) return g;
            return 0;
        }
        // The first head anywhere (the earliest whole word not starting a non-head, the table's first at one
        // place), found in one pass: at each byte only the heads starting with it are compared.
        static const auto by_first = [] {
            std::array<std::uint32_t, 256> m{};
            for (std::size_t k = 0; k < heads.size(); ++k) m[static_cast<unsigned char>(heads[k].first.front())] |= 1u << k;
            return m;
        }();
        e = std::min(e, s.size());
        for (std::size_t x = b; x < e; ++x)
            for (std::uint32_t m = by_first[static_cast<unsigned char>(s[x])]; m != 0; m &= m - 1) {
                const auto& [w, g] = heads[static_cast<std::size_t>(std::countr_zero(m))];
                // (the second byte before the compare: it is a memcmp call, and 't', 'c', 'd', 'n', 's', 'v' …
                // start most words)
                if (w.size() > e - x || s[x + 1] != w[1] || s.compare(x, w.size(), w) != 0 || letter_before(s, x) ||
                    !word_end_at(s, x + w.size()))
                    continue;
                // (only the non-heads starting with the byte at x: starts_with_word refuses the others at their
                // first byte, x holding no space — 12 calls per head found, 2 M on big-10M)
                bool other = false;
                for (sv n : not_heads) other = other || (n.front() == s[x] && starts_with_word(s, x, e, n));
                if (!other) return g;
            }
        return 0;
    }

    // "1.850 hộ đăng ký, trong đó 1.200 hộ đã ký hợp đồng, 900 hộ đã nhận tiền hỗ trợ": members each said
    // to have done something different ("đã ký …", "đã nhận …") are stages of one process and may nest
    // (the 900 are among the 1.200). Members of one action ("đã giải quyết đúng hạn", "đã giải quyết
    // trễ hạn") or of exclusive states ("đã …", "đang …", "chưa …") are categories and add up.
    bool successive_stages(const SentenceToks& st, sv s, std::size_t rbeg, std::size_t rend, const std::vector<std::size_t>& parts) const {
        const auto& T = st.toks;
        if (parts.size() < 2) return false;
        std::vector<std::string> acts;
        std::size_t from = rbeg;
        for (std::size_t pi = 0; pi < parts.size(); ++pi) {
            const Tok& P = T[parts[pi]];
            // the member's description: the words before it (from the last separator) and after it (to the next)
            std::size_t pb = from;
            for (std::size_t x = P.begin; x > from; --x)
                if (s[x - 1] == ',' || s[x - 1] == ';' || s[x - 1] == ':') { pb = x; break; }
            // "1.200 hộ đã ký hợp đồng và 900 hộ …": "và" joins two members too
            for (std::size_t x = find_word(s, pb, P.begin, "và"); x != sv::npos; x = find_word(s, x + 1, P.begin, "và"))
                pb = x + sv("và").size();
            const std::size_t next = pi + 1 < parts.size() ? T[parts[pi + 1]].begin : rend;
            std::size_t pe = next;
            for (std::size_t x = P.end; x < next; ++x)
                if (s[x] == ',' || s[x] == ';' || s[x] == '(') { pe = x; break; }
            if (const std::size_t va = find_word(s, P.end, pe, "và"); va != sv::npos) pe = va;
            std::size_t at = sv::npos;  // where the action starts: after "đã"/"được" before or after the figure
            std::size_t at_end = pe;    // … and where its words end
            for (std::size_t seg = 0; seg < 2 && at == sv::npos; ++seg) {
                const std::size_t b = skip_spaces(s, seg == 0 ? pb : P.end, seg == 0 ? P.begin : pe);
                const std::size_t e = seg == 0 ? P.begin : pe;
                at_end = e;
                if (starts_with_word(s, b, e, "đang") || starts_with_word(s, b, e, "chưa") || starts_with_word(s, b, e, "không"))
                    return false;
                if (starts_with_word(s, b, e, "đã")) at = skip_spaces(s, b + sv("đã").size(), e);
                if (at != sv::npos && starts_with_word(s, at, e, "được")) at = skip_spaces(s, at + sv("được").size(), e);
                if (at != sv::npos && at >= e) return false;
            }
            if (at == sv::npos) return false;
            // the action's first two words
            std::size_t w2 = s.find(' ', at);
            if (w2 != sv::npos && w2 < at_end) w2 = s.find(' ', w2 + 1);
            const std::size_t ae = std::min(w2 == sv::npos ? at_end : w2, at_end);
            acts.emplace_back(trim(s.substr(at, ae - at)));
            from = P.end;
        }
        for (std::size_t i = 0; i < acts.size(); ++i)
            for (std::size_t j = i + 1; j < acts.size(); ++j)
                if (acts[i] == acts[j] || acts[i].empty()) return false;
        return true;
    }

    // A figure introduced by a role word ("giải ngân 160 tỷ đồng", "đã thanh toán được 80 tỷ đồng"): the word in
    // the figure's piece (after the last ',' ';' ':' '(' from `from`), at most 24 bytes before it.
    static bool role_before(sv s, std::size_t from, std::size_t at) {
        // (the piece's start is taken no further back than 24 bytes: only that stretch is searched for it)
        const std::size_t lo = std::max(from, at > 24 ? at - 24 : std::size_t{0});
        std::size_t pb = lo;
        for (std::size_t x = at; x > lo; --x)
            if (s[x - 1] == ',' || s[x - 1] == ';' || s[x - 1] == ':' || s[x - 1] == '(') { pb = x; break; }
        // one pass over the piece (a find_word per word searched it four times): the words start with 'g', 't', 'q'
        static constexpr sv words[] = {"giải ngân", "thanh toán", "quyết toán", "thực hiện"};
        // (no word fits in the last bytes before `at`, shorter than the shortest word)
        static constexpr std::size_t shortest = std::min({words[0].size(), words[1].size(), words[2].size(), words[3].size()});
        for (std::size_t x = pb; x + shortest <= at; ++x) {
            const char ch = s[x];
            if (ch != 'g' && ch != 't' && ch != 'q') continue;
            for (sv w : words)
                if (w[0] == ch && at - x >= w.size() && s.substr(x, w.size()) == w && !letter_before(s, x) && word_end_at(s, x + w.size()))
                    return true;
        }
        return false;
    }

    struct Found { const SentenceToks* in; std::size_t k; };
    // sums' working vectors, kept across breakdowns
    struct SumScratch {
        std::vector<std::size_t> parts, up;
        std::vector<sv> part_keys, part_unit, units;  // (views of the unit table or kScaled)
        std::vector<std::pair<std::size_t, std::size_t>> attrs;
        std::vector<char> paid;
        std::vector<std::optional<Found>> totals;
    } sx_ = {};

    void sums(const SentenceToks& st, sv s) {
        const auto& T = st.toks;
        struct M { sv w; bool complete; };
        static const M markers[] = {{"trong đó", false}, {"bao gồm", true}, {"gồm", true}};
        static const Needle marker_needles[] = {Needle(markers[0].w), Needle(markers[1].w), Needle(markers[2].w)};
        for (const M& m : markers) {
            if (!(trig & (&m == markers ? kTrongDo : kGom))) continue;
            std::size_t pos = st.begin;
            const Needle& needle = marker_needles[&m - markers];
            while (true) {
                const std::size_t f = needle.find(s, pos, st.end);
                if (f == sv::npos) break;
                pos = f + m.w.size();
                if (letter_before(s, f) || !word_end_at(s, f + m.w.size())) continue;
                if (m.w == "gồm" && f >= 4 && s.substr(f - 4, 4) == "bao ") continue;
                // region of the breakdown
                const std::size_t before = back_spaces(s, f, st.begin);
                const bool paren = before > st.begin && s[before - 1] == '(';
                std::size_t rend = st.end;
                bool unclosed = false;  // "(trong đó: 555 đơn …; 3 đơn …, đã giải quyết …" — the ')' was forgotten
                if (paren) {
                    const std::size_t close = s.substr(0, st.end).find(')', f);
                    if (close == sv::npos || close > st.end) {
                        if (s.substr(0, st.end).find('(', f) != sv::npos) continue;
                        unclosed = true;
                    } else {
                        rend = close;
                    }
                } else {
                    const std::size_t cut = s.substr(0, st.end).find('(', f);
                    if (cut != sv::npos && cut < rend) rend = cut;
                    const std::size_t stop = s.substr(0, st.end).find(". ", f);
                    if (stop != sv::npos && stop < rend) rend = stop;
                    // "Vốn … 450 tỷ đồng, trong đó vốn tỉnh 300 tỷ đồng, …; giải ngân 380 tỷ đồng, trong đó vốn tỉnh
                    // 260 tỷ đồng": a second "trong đó" breaks down the figure before it, not the total; its parts
                    // are not members (the breakdown stops there; fewer members of a partial one never fire).
                    if (!m.complete) {
                        const std::size_t inner = find_word(s, f + m.w.size(), rend, marker_needles[0]);
                        if (inner != sv::npos && inner < rend) rend = inner;
                        // … and that inner one ("…, trong đó chi thường xuyên 400 tỷ đồng, trong đó chi giáo dục 210
                        // tỷ đồng; chi đầu tư 220 tỷ đồng") ends at the next ';', where the outer list goes on
                        const std::size_t outer = find_word(s, st.begin, f, marker_needles[0]);
                        if (outer != sv::npos && s.substr(outer, f - outer).find(';') == sv::npos) {
                            const std::size_t semi = s.substr(0, rend).find(';', f);
                            if (semi != sv::npos && semi < rend) rend = semi;
                        }
                    }
                    // "…, trong đó vốn tỉnh 200 tỷ đồng; đến nay giải ngân được 250 tỷ đồng": without a ':',
                    // a ';' followed by a new period or a new total ("năm 2025 …", "đến nay …", "tổng …",
                    // "lũy kế …") ends the breakdown; other ';' still separate members ("Trong đó, chi
                    // thường xuyên 80,1 tỷ đồng; chi đầu tư 18,3 tỷ đồng").
                    // "Thu ngân sách đạt 450 tỷ đồng, trong đó thu nội địa 380 tỷ đồng; chi ngân sách 420 tỷ đồng",
                    // "Dân số 95.000 người, trong đó nữ 48.000 người; lực lượng lao động 55.000 người": a ';'
                    // followed by another measured quantity (its own head noun, not the total's nor the first
                    // member's) ends the breakdown too.
                    // (with a ':' the list may name periods, "trong đó: năm 2024 …; năm 2025 …", so only the measures)
                    const std::size_t after_marker = skip_spaces(s, f + m.w.size(), st.end);
                    const bool colon = after_marker < st.end && s[after_marker] == ':';
                    // (the total's clause and the heads are read only when the region holds a ';': nothing else
                    // asks for them — 4 M on big-10M, most breakdowns having none)
                    const std::size_t semi0 = !m.complete && after_marker < st.end ? s.substr(0, rend).find(';', f) : sv::npos;
                    if (semi0 != sv::npos && semi0 < rend) {
                        std::size_t lb = st.begin;  // the clause of the total
                        for (std::size_t x = f; x > st.begin; --x)
                            if (s[x - 1] == ';' || (s[x - 1] == '.' && (x == f || s[x] == ' '))) { lb = x; break; }
                        const int total_head = measure_head(s, lb, f, false);
                        const std::size_t mb = skip_spaces(s, f + m.w.size() + (s[f + m.w.size()] == ',' || colon ? 1 : 0), st.end);
                        const int first_head = measure_head(s, mb, rend, true);
                        // whether the total's clause names exports or imports, one of them (searched at the first ';'
                        // below, once, not per ';')
                        bool total_searched = false, total_xk = false, total_one = false;
                        for (std::size_t semi = semi0; semi != sv::npos && semi < rend; semi = s.substr(0, rend).find(';', semi + 1)) {
                            const std::size_t nb = skip_spaces(s, semi + 1, rend);
                            const int head = total_head > 0 ? measure_head(s, nb, rend, true) : 0;
                            // "Kim ngạch xuất khẩu 320 triệu USD, trong đó …; kim ngạch nhập khẩu 210 triệu USD": the
                            // counterpart of the total's measure (exports / imports) is not one of its members
                            bool counterpart = false;
                            if (!total_searched) {
                                total_searched = true;
                                total_xk = find_word(s, lb, f, "xuất khẩu") != sv::npos;
                                const bool total_nk = find_word(s, lb, f, "nhập khẩu") != sv::npos;
                                total_one = total_xk != total_nk && find_word(s, lb, f, "xuất nhập khẩu") == sv::npos;
                            }
                            if (total_one) {
                                // the total names one of them (a); the member's words before its figure the other (b), not a
                                const auto nt = std::lower_bound(T.begin(), T.end(), nb, [](const Tok& t, std::size_t b) { return t.begin < b; });
                                const std::size_t le = nt != T.end() && nt->begin < rend ? nt->begin : rend;
                                const sv a = total_xk ? sv("xuất khẩu") : sv("nhập khẩu"), b = total_xk ? sv("nhập khẩu") : sv("xuất khẩu");
                                counterpart = find_word(s, nb, le, b) != sv::npos && find_word(s, nb, le, a) == sv::npos;
                            }
                            if ((!colon && starts_with_any(s, nb, rend, std::array<sv, 10>{"năm", "đến", "tổng", "lũy kế", "luỹ kế", "trong năm",
                                                                                           "trong kỳ", "cả năm", "toàn", "so với"})) ||
                                (head > 0 && head != total_head && head != first_head) || counterpart) {
                                rend = semi;
                                break;
                            }
                        }
                    }
                }
                // where the total may be: before the marker, across one ";" or "," right before it
                std::size_t boundary = before;
                if (!paren && boundary > st.begin && (s[boundary - 1] == ';' || s[boundary - 1] == ',')) boundary = back_spaces(s, boundary - 1, st.begin);
                const std::size_t rbeg = f + m.w.size();
                // A breakdown is a phrase, not pages: a longer region is not one (and
                // bounding it keeps this linear on hostile input).
                if (rend - rbeg > kMaxBreakdown) continue;
                // tokens in the region (tokens are in text order)
                // (the vectors are the Assembler's, cleared: their buffers serve every breakdown)
                std::vector<std::size_t>& parts = sx_.parts;
                parts.clear();
                std::vector<sv>& part_keys = sx_.part_keys;  // distinct unit keys of the parts (at most a few)
                part_keys.clear();
                bool bad = false;
                const auto first = std::lower_bound(T.begin(), T.end(), rbeg,
                                                    [](const Tok& t, std::size_t b) { return t.begin < b; });
                const std::size_t k0 = static_cast<std::size_t>(first - T.begin());
                // "trong đó, doanh thu bán lẻ ước đạt 2.815 tỷ đồng, bằng 104,22% so với cùng kỳ": a percentage
                // compared with the plan or the same period, said of a member, is that member's attribute.
                std::vector<std::pair<std::size_t, std::size_t>>& attrs = sx_.attrs;  // text ranges of such attributes
                attrs.clear();
                for (std::size_t k = k0; k < T.size() && T[k].begin < rend; ++k) {
                    if (!is_pct(T[k]) || k == k0) continue;
                    const bool after_member = is_value(T[k - 1]) && T[k - 1].begin >= rbeg;
                    const bool chained = !attrs.empty() && attrs.back().second == T[k - 1].end;
                    if (!after_member && !chained) continue;
                    const sv gap = s.substr(T[k - 1].end, T[k].begin - T[k - 1].end);
                    if (gap.size() > 60 || std::any_of(gap.begin(), gap.end(), is_digit) || gap.find(';') != sv::npos ||
                        gap.find('(') != sv::npos || gap.find(')') != sv::npos)
                        continue;
                    if (!ends_with_any(s, T[k - 1].end, T[k].begin, std::array<sv, 4>{"đạt", "bằng", "tăng", "giảm"})) continue;
                    // a member's own comparison starts after a comma ("…, bằng 16% dự toán"); a chain continues it
                    if (!chained && trim(gap).front() != ',') continue;
                    // what the percentage is of: the plan, the estimate, the same period
                    const std::size_t tail_end = k + 1 < T.size() && T[k + 1].begin < rend ? T[k + 1].begin : rend;
                    const std::size_t tb = skip_spaces(s, T[k].end, tail_end);
                    if (!starts_with_any(s, tb, tail_end, std::array<sv, 6>{"so với", "so cùng kỳ", "cùng kỳ", "kế hoạch", "dự toán", "so kế hoạch"}))
                        continue;
                    attrs.emplace_back(chained ? attrs.back().first : T[k - 1].end, T[k].end);
                    if (chained) attrs.erase(attrs.end() - 2);
                }
                // an attribute runs to the next member or the end of the region
                for (auto& [ab, ae] : attrs) {
                    const auto nx = std::lower_bound(T.begin(), T.end(), ae, [](const Tok& t, std::size_t b) { return t.begin < b; });
                    std::size_t e = nx != T.end() && nx->begin < rend ? nx->begin : rend;
                    // … but only across words: up to the comma before the next member
                    if (nx != T.end() && nx->begin < rend) {
                        const std::size_t comma = s.substr(0, e).rfind(',');
                        if (comma != sv::npos && comma >= ae) e = comma;
                    }
                    ae = e;
                }
                auto in_attr = [&](std::size_t pos) {
                    for (const auto& [ab, ae] : attrs)
                        if (pos >= ab && pos < ae) return true;
                    return false;
                };
                for (std::size_t k = k0; k < T.size() && T[k].begin < rend; ++k) {
                    if (is_pct(T[k]) && in_attr(T[k].begin)) continue;
                    bool foreign = false;  // a figure of no unit, or of none of the members' units
                    if (!parts.empty() && is_value(T[k])) {
                        const sv uk = unit_key(T[k].a);
                        bool seen = false;
                        for (const sv x : part_keys) seen = seen || same_unit(x, uk);
                        foreign = uk.empty() || !seen;
                    }
                    if (!is_value(T[k]) || T[k].end > rend || foreign) {
                        // "gồm: lúa 3.120 ha, ngô 645 ha; năng suất lúa … 56,8 tạ/ha": the breakdown ends at the ';'
                        // before a figure that cannot be a member
                        if (!paren && !parts.empty()) {
                            const std::size_t sr = s.substr(rbeg, T[k].begin - rbeg).rfind(';');
                            const std::size_t semi = sr == sv::npos ? sv::npos : rbeg + sr;
                            if (semi != sv::npos && semi >= T[parts.back()].end) {
                                rend = semi;
                                break;
                            }
                        }
                        if (foreign && is_value(T[k]) && T[k].end <= rend) {
                            parts.push_back(k);  // judged below with the others, as before
                            if (part_keys.size() < 4) part_keys.push_back(unit_key(T[k].a));
                            continue;
                        }
                        bad = true;
                        break;
                    }
                    parts.push_back(k);
                    {
                        const sv uk = unit_key(T[k].a);
                        bool seen = false;
                        for (const sv x : part_keys) seen = seen || same_unit(x, uk);
                        if (!seen && part_keys.size() < 4) part_keys.push_back(uk);
                    }
                }
                // An unclosed parenthesis: the members are the run separated by ';' (the separator
                // between the first two); the first member after a ',' starts another clause.
                if (unclosed && !bad) {
                    if (parts.size() < 2 || !contains(s, T[parts[0]].end, T[parts[1]].begin, ';')) continue;
                    std::size_t keep = 2;
                    while (keep < parts.size() && contains(s, T[parts[keep - 1]].end, T[parts[keep]].begin, ';')) ++keep;
                    parts.resize(keep);
                    // the last member's words run to the next ','
                    const std::size_t comma = s.substr(0, st.end).find(',', T[parts.back()].end);
                    rend = comma == sv::npos ? st.end : comma;
                }
                if (bad || parts.empty()) continue;
                // "Tổng vốn 320 tỷ đồng, trong đó vốn tỉnh 200 tỷ đồng, giải ngân 160 tỷ đồng; vốn phân cấp 120 tỷ
                // đồng, giải ngân 90 tỷ đồng": a figure introduced by a role word is another role than a plain one;
                // when the members mix roles, only those of the total's role are members
                // (no role word anywhere before the last member: none before any, no mix — role_before looked
                // back 24 bytes per member, ~4.8 M on big-10M)
                static const WordSet role_words = {"giải ngân", "thanh toán", "quyết toán", "thực hiện"};
                if (parts.size() >= 2 && role_words.in(s, rbeg, T[parts.back()].begin)) {
                    std::vector<char>& paid = sx_.paid;
                    paid.assign(parts.size(), 0);
                    bool mixed = false;
                    for (std::size_t pi = 0; pi < parts.size(); ++pi) {
                        paid[pi] = role_before(s, rbeg, T[parts[pi]].begin);
                        mixed = mixed || paid[pi] != paid[0];
                    }
                    if (mixed) {
                        bool total_paid = false;
                        for (std::size_t k = parts[0]; k-- > 0;)
                            if (is_value(T[k]) && T[k].end <= before) {
                                total_paid = role_before(s, st.begin, T[k].begin);
                                break;
                            }
                        std::size_t w = 0;
                        for (std::size_t pi = 0; pi < parts.size(); ++pi)
                            if (paid[pi] == total_paid) parts[w++] = parts[pi];
                        parts.resize(w);
                        if (parts.empty()) continue;
                    }
                }
                static const WordSet verbs = {"tăng", "giảm", "lũy kế", "luỹ kế", "bằng", "so với", "%"};
                {
                    // outside the members' attributes
                    std::size_t from = rbeg;
                    for (std::size_t ai = 0; ai <= attrs.size() && !bad; ++ai) {
                        const std::size_t to = ai < attrs.size() ? attrs[ai].first : rend;
                        if (to > from && verbs.in(s, from, to)) bad = true;
                        if (ai < attrs.size()) from = attrs[ai].second;
                    }
                }
                if (bad) continue;
                // a value inside a parenthesis closed before the marker is a remark, not the total:
                // "63 vụ việc (tăng 38 vụ việc so với cùng kỳ) trong đó, …"
                auto in_closed_paren = [&](std::size_t from) {
                    int open = 0, unmatched = 0;  // a ')' closing no '(' of the stretch closes one around `from`
                    for (std::size_t x = from; x < boundary; ++x) {
                        if (s[x] == '(') ++open;
                        else if (s[x] == ')') (open > 0 ? --open : ++unmatched);
                    }
                    return unmatched > 0;
                };
                if (bare_members(st, s, m.complete, paren, f, rbeg, rend, boundary, parts, in_closed_paren)) continue;
                const bool stages = !m.complete && successive_stages(st, s, rbeg, rend, parts);
                // kinds of a wider noun add up to it ("01 nghị quyết, 03 kế hoạch" of "474 văn bản")
                std::vector<sv>& part_unit = sx_.part_unit;  // parallel to parts (units of the store or the table)
                part_unit.assign(parts.size(), sv());
                bool all_kinds = true;
                for (std::size_t pi = 0; pi < parts.size(); ++pi) {
                    const sv par = unit_parent(Q(T[parts[pi]].a).unit);
                    part_unit[pi] = par.empty() ? unit_key(T[parts[pi]].a) : par;
                    if (par.empty()) all_kinds = false;
                }
                // … when the wider noun is counted before the breakdown ("12 trường, trong đó 5 trường" are
                // schools of 12 schools, not kinds of a count of establishments nobody stated)
                for (std::size_t pi = 0; pi < parts.size() && all_kinds; ++pi) {
                    if (pi > 0 && same_unit(part_unit[pi], part_unit[pi - 1])) continue;
                    bool stated = false;
                    for (std::size_t k = 0; k < parts[0] && !stated; ++k)
                        stated = is_value(T[k]) && same_unit(Q(T[k].a).unit, part_unit[pi]);
                    if (!stated && prev_sentence)
                        for (const Tok& pt : prev_sentence->toks)
                            stated = stated || (pt.kind == Tok::quantity && same_unit(Q(pt.a).unit, part_unit[pi]));
                    if (!stated) all_kinds = false;
                }
                if (!all_kinds)
                    for (std::size_t pi = 0; pi < parts.size(); ++pi) part_unit[pi] = unit_key(T[parts[pi]].a);
                // group the parts by unit; each group needs its own total
                std::vector<sv>& units = sx_.units;
                units.clear();
                auto has_unit = [&](sv u) {
                    return std::any_of(units.begin(), units.end(), [&](const sv x) { return same_unit(x, u); });
                };
                for (const sv u : part_unit) {
                    if (u.empty() || u == "%") bad = true;
                    if (!has_unit(u)) units.push_back(u);
                }
                if (bad) continue;
                // "đã kiểm tra 12 trường hợp, gồm 3 tổ chức đảng và 9 đảng viên": a count of cases of any kind
                if (units.size() >= 2) {
                    std::ptrdiff_t g = -1;
                    for (std::size_t k = parts[0]; k-- > 0;) {
                        if (T[k].end > boundary) continue;
                        if (boundary - T[k].end > 200 || contains(s, T[k].end, boundary, ';')) break;
                        if (is_value(T[k])) g = static_cast<std::ptrdiff_t>(k);
                        break;
                    }
                    bool counted = true;
                    for (std::size_t k : parts) counted = counted && c.store[T[k].a].counted;
                    if (g >= 0 && counted && Q(T[static_cast<std::size_t>(g)].a).unit == "trường hợp" &&
                        !has_unit("trường hợp")) {
                        const Tok& TT = T[static_cast<std::size_t>(g)];
                        Claim& cl = add(ClaimKind::sum, st, TT.begin, static_cast<std::uint32_t>(paren && !unclosed ? rend + 1 : T[parts.back()].end));
                        cl.total = Q(TT.a);
                        cl.parts.reserve(parts.size());
                        for (std::size_t k : parts) {
                            Quantity& pq = cl.parts.emplace_back(Q(T[k].a));
                            pq.unit = "trường hợp";  // written_unit keeps the kind
                        }
                        cl.complete = m.complete && !contains(s, rbeg, rend, "khác");
                        cl.note = std::string(m.w) + " (cases of several kinds)";
                        continue;
                    }
                }
                if (units.size() > 2) continue;
                std::vector<std::optional<Found>>& totals = sx_.totals;
                totals.clear();
                std::size_t missing = 0;
                for (const sv u : units) {
                    std::optional<Found> found;
                    for (std::size_t k = parts[0]; k-- > 0;) {
                        if (T[k].end > boundary) continue;
                        if (boundary - T[k].end > kMaxBreakdown || contains(s, T[k].end, boundary, ';')) break;
                        if (is_value(T[k]) && same_unit(unit_key(T[k].a), u) && !in_closed_paren(T[k].end)) { found = Found{&st, k}; break; }
                    }
                    // "… 133 tỷ đồng. Trong đó, chi thường xuyên …": the total ends the previous sentence
                    if (!found && prev_sentence && f - st.begin < 3) {
                        const auto& PT = prev_sentence->toks;
                        for (std::size_t k = PT.size(); k-- > 0;) {
                            if (contains(s, PT[k].end, prev_sentence->end, ';')) break;
                            if (PT[k].kind == Tok::quantity && !c.store[PT[k].a].is_percent && same_unit(unit_key(PT[k].a), u)) {
                                found = Found{prev_sentence, k};
                                break;
                            }
                        }
                    }
                    // "22 cơ sở vi phạm, trong đó: xử phạt 04 cơ sở, số tiền 8 triệu đồng và nhắc nhở 18 cơ sở":
                    // a unit with no total of its own is an attribute of the members; the breakdown is then
                    // checked as partial only
                    // (only a measure — money, area — can be such an attribute: "03 công trình và 04 hộ" is not)
                    if (!found && (is_counted_noun(u) || u == kScaled)) { bad = true; break; }
                    missing += !found;
                    totals.push_back(found);
                }
                if (bad || missing == units.size()) continue;
                bool complete = m.complete && missing == 0;
                if (contains(s, rbeg, rend, "khác")) complete = false;
                // "gồm 25 nghị quyết, 40 kế hoạch, 12 chỉ thị, còn lại là công văn, thông báo": a remainder
                // named without a number leaves the list open (a numbered one, "còn lại 243 công văn", is a member)
                static const Needle con_lai("còn lại");
                if (const std::size_t rest = find_word(s, rbeg, rend, con_lai); rest != sv::npos) {
                    bool numbered = false;
                    for (std::size_t k = k0; k < T.size() && T[k].begin < rend && !numbered; ++k)
                        numbered = T[k].begin > rest && is_value(T[k]);
                    if (!numbered) complete = false;
                }
                for (std::size_t ui = 0; ui < units.size(); ++ui) {
                    std::vector<std::size_t>& up = sx_.up;
                    up.clear();
                    for (std::size_t pi = 0; pi < parts.size(); ++pi)
                        if (same_unit(part_unit[pi], units[ui])) up.push_back(parts[pi]);
                    // a single-part "gồm" is not a breakdown
                    if ((m.complete && up.size() < 2) || !totals[ui]) continue;
                    const Tok& TT = totals[ui]->in->toks[totals[ui]->k];
                    if (stages) {
                        // stages of one process may nest: each is at most the total, their sum says nothing
                        for (std::size_t k : up) {
                            Claim& cl = add(ClaimKind::sum, st, TT.begin, static_cast<std::uint32_t>(T[k].end));
                            cl.total = Q(TT.a);
                            Quantity& pq = cl.parts.emplace_back(Q(T[k].a));
                            if (units[ui] != kScaled) pq.unit = units[ui];
                            cl.complete = false;
                            cl.note = std::string(m.w) + " (successive stages, each at most the total)";
                        }
                        continue;
                    }
                    Claim& cl = add(ClaimKind::sum, st, TT.begin,
                                    static_cast<std::uint32_t>(paren && !unclosed ? rend + 1 : T[up.back()].end));
                    cl.total = Q(TT.a);
                    cl.parts.reserve(up.size());
                    for (std::size_t k : up) {
                        Quantity& pq = cl.parts.emplace_back(Q(T[k].a));
                        if (units[ui] != kScaled) pq.unit = units[ui];  // written_unit keeps the kind ("nghị quyết")
                    }
                    cl.complete = complete;
                    cl.note = std::string(m.w);
                    if (all_kinds) cl.note.append(" (kinds of ").append(units[ui]).append(")");
                }
            }
        }
    }
};


// ---------------------------------------------------------------- footnotes

// Split a footnote body naming items ("ông A, Hiệu trưởng …; bà B, …" or
// "(1) …, (2) …" or "X, Y") into its items. Empty when unsure.
// `low`: to_lower(body), which the caller has (lowered again here, it cost ~2 M on big-10M).
std::vector<std::string> list_items(sv body, sv low, std::size_t* coarse = nullptr) {
    std::vector<std::string> items;
    const sv b = low.size() == body.size() ? sv(low) : body;
    // enumerated "(1) … (2) …"
    auto enumerator = [](int k) {
        std::string m(1, '(');
        m += std::to_string(k);
        m += ')';
        return m;
    };
    int n = 0;
    for (int k = 1; k < 40; ++k) {
        if (b.find(enumerator(k)) == sv::npos) break;
        n = k;
    }
    auto push = [&](std::size_t x, std::size_t y) {
        sv t = trim(body.substr(x, y - x));
        while (!t.empty() && (t.back() == '.' || t.back() == ',' || t.back() == ';')) t.remove_suffix(1);
        if (!t.empty()) items.emplace_back(t);
    };
    if (n >= 2) {
        std::size_t prev = b.find("(1)") + 3;
        for (int k = 2; k <= n; ++k) {
            const std::size_t at = b.find(enumerator(k));
            push(prev, at);
            prev = at + 2 + std::to_string(k).size();
        }
        push(prev, b.size());
        return items;
    }
    // otherwise a plain list: no digits (names, titles) but in the names of places and units
    // ("Chi bộ khu phố 3", "Tổ dân phố 5")
    for (std::size_t i = 0; i < b.size();) {
        if (!is_digit(b[i])) { ++i; continue; }
        if (!ends_with_any(b, 0, i, std::array<sv, 8>{"khu phố", "khu", "tổ", "tổ dân phố", "thôn", "xóm", "ấp", "khối"})) return {};
        while (i < b.size() && is_digit(b[i])) ++i;
        if (i < b.size() && b[i] != ';' && b[i] != '.' && b[i] != ',' && b[i] != ' ') return {};
    }
    auto person = [](sv it) {
        return it.rfind("ông ", 0) == 0 || it.rfind("bà ", 0) == 0 || it.rfind("đồng chí ", 0) == 0 || it.rfind("đ/c ", 0) == 0;
    };
    auto split = [&](char sep) {
        std::vector<std::pair<std::size_t, std::size_t>> r;
        std::size_t x = 0;
        while (x <= b.size()) {
            std::size_t y = b.find(sep, x);
            if (y == sv::npos) y = b.size();
            r.emplace_back(x, y);
            x = y + 1;
        }
        return r;
    };
    const bool semi = b.find(';') != sv::npos, comma = b.find(',') != sv::npos;
    const auto pieces = split(semi ? ';' : ',');
    std::size_t persons = 0;
    for (const auto& [x, y] : pieces) persons += person(trim(b.substr(x, y - x)));
    // "ông A, Hiệu trưởng …; bà B, …": ';' separates people, ',' their titles.
    // Lists mixing ',' and ';' with people otherwise, or people with titles after ',', are ambiguous: refuse.
    if (semi && comma && persons != 0 && persons != pieces.size()) return {};
    // "Các chỉ tiêu: A, B; C, D, E; F": ';' always separates items, a ',' separates them or joins
    // words inside one ("tỷ lệ hộ nghèo, cận nghèo"): the list has between the ';' pieces and
    // all pieces. The items returned are the finest reading (',' outside parentheses splits too);
    // `coarse` receives the ';' count.
    if (semi && comma && persons == 0) {
        if (!coarse) return {};
        // (" và " may join the last two items of a piece too: the finest reading splits there as well)
        std::size_t x = 0;
        int depth = 0;
        for (std::size_t y = 0; y <= b.size(); ++y) {
            if (y < b.size() && b[y] == '(') ++depth;
            if (y < b.size() && b[y] == ')' && depth > 0) --depth;
            if (y == b.size() || b[y] == ';' || (b[y] == ',' && depth == 0)) {
                push(x, y);
                x = y + 1;
            } else if (depth == 0 && b[y] == ' ' && b.compare(y, 5, " và ") == 0) {  // (its first byte first: compare was a call at every byte)
                push(x, y);
                x = y + 5;
            }
        }
        std::size_t n = 0;
        for (const auto& [px, py] : pieces) n += !trim(b.substr(px, py - px)).empty();
        *coarse = n;
        if (items.size() > 30 || n < 2 || n >= items.size()) return {};
        return items;
    }
    if (!semi && comma && persons != 0 && persons != pieces.size()) return {};
    for (const auto& [x, y] : pieces) push(x, y);
    if (items.size() > 30) return {};
    return items;
}

// A '/' that is not part of a date ("30/6/2025", "6/2025", "ngày 15/3"): a ratio, a rate per
// unit or a document number, any of which makes a footnote more than a list of parts.
bool has_ratio_slash(sv t) {
    for (std::size_t i = t.find('/'); i != sv::npos; i = t.find('/', i + 1)) {
        std::size_t b = i, e = i + 1;
        while (b > 0 && is_digit(t[b - 1])) --b;
        while (e < t.size() && is_digit(t[e])) ++e;
        const std::size_t d1 = i - b, d2 = e - i - 1;
        if (d1 == 0 || d2 == 0 || d1 > 2 || (b > 0 && (letter_before(t, b) || t[b - 1] == '/' || t[b - 1] == '.' || t[b - 1] == ',')))
            return true;
        if (e < t.size() && t[e] == '/') {  // d/m/yyyy
            std::size_t y = e + 1;
            while (y < t.size() && is_digit(t[y])) ++y;
            if (d2 > 2 || y - e - 1 != 4) return true;
            i = y;
            continue;
        }
        // m/yyyy, or d/m after "ngày"
        const bool month_year = d2 == 4;
        const bool day_month = d2 <= 2 && ends_with_word(t, 0, b, "ngày");
        if (!month_year && !day_month) return true;
        i = e;
    }
    return false;
}

// The last occurrence of w in s (as s.rfind(w)), by memmem from the front: w is rare, so one or two searches. (rfind
// compares w at every position from the end; inlined, GCC compares the constant's bytes in place, but a change
// elsewhere in the file sent it out of line, a memcmp call at each of a footnote body's ~2 000 positions: +1.9 M on
// big-10M.)
std::size_t last_of(sv s, sv w) {
    std::size_t at = sv::npos;
    const char* p = s.data();
    const char* const end = s.data() + s.size();
    while (const void* h = memmem(p, static_cast<std::size_t>(end - p), w.data(), w.size())) {
        at = static_cast<std::size_t>(static_cast<const char*>(h) - s.data());
        p = static_cast<const char*>(h) + 1;
    }
    return at;
}

void footnote_claims(Ctx& c, Claims& out) {
    const Document& doc = c.doc;
    const Structure& st = doc.structure;
    if (st.footnote_refs.empty() || st.footnote_bodies.empty()) return;
    const sv src(doc.source.text());
    // bodies by number, in document order: the first body after the reference, else the first
    std::unordered_map<int, std::vector<const FootnoteBody*>> bodies;
    for (const FootnoteBody& b : st.footnote_bodies) bodies[b.number].push_back(&b);
    auto body_of = [&](const FootnoteRef& r) -> const FootnoteBody* {
        const auto f = bodies.find(r.number);
        if (f == bodies.end()) return nullptr;
        for (const FootnoteBody* b : f->second)
            if (b->span.begin > r.span.begin) return b;
        return f->second.front();
    };
    // sentence source spans, for finding the sentences inside a body by binary search
    std::vector<Span> sspan;
    sspan.reserve(c.sentences.size());
    for (const SentenceToks& bs : c.sentences) sspan.push_back(doc.blocks[bs.block].to_source(bs.begin, bs.end));
    const bool sspan_sorted = std::is_sorted(sspan.begin(), sspan.end(), [](const Span& x, const Span& y) { return x.begin < y.begin; });
    std::vector<const FootnoteRef*> refs;
    for (const FootnoteRef& r : st.footnote_refs) refs.push_back(&r);
    std::sort(refs.begin(), refs.end(), [](const FootnoteRef* x, const FootnoteRef* y) { return x->span.begin < y->span.begin; });
    auto ref_at = refs.begin();  // the lower bound of the last figure's end
    // A figure's reference starts in [its end, its end + kMaxRefDistance], so inside [the sentence's source
    // start, its source end + kMaxRefDistance] (a block maps its text to the source in order): a sentence
    // with no reference starting there has no figure with one, and its figures are not looked at (most
    // sentences; each figure cost its unit test, its source end and the cursor's step, ~2 M on big-10M).
    auto sref = refs.begin();  // the first reference starting at or after the sentence's source start
    for (std::size_t sni = 0; sni < c.sentences.size(); ++sni) {
        const SentenceToks& sn = c.sentences[sni];
        {
            const Span ss = sspan[sni];
            if (sref > refs.begin() && (*(sref - 1))->span.begin >= ss.begin)
                sref = std::lower_bound(refs.begin(), refs.end(), ss.begin,
                                        [](const FootnoteRef* r, std::uint32_t o) { return r->span.begin < o; });
            else
                while (sref != refs.end() && (*sref)->span.begin < ss.begin) ++sref;
            if (sref == refs.end() || ((*sref)->span.begin > ss.end && (*sref)->span.begin - ss.end > kMaxRefDistance)) continue;
        }
        const Block& blk = doc.blocks[sn.block];
        for (std::size_t ti = 0; ti < sn.toks.size(); ++ti) {
            const Tok& t = sn.toks[ti];
            if (c.store.side(t.a).is_percent || c.store.q(t.a).unit.empty()) continue;
            const QRaw q = c.store[t.a];
            const std::uint32_t qend = blk.to_source(t.end == 0 ? 0 : t.end - 1) + 1;
            // the reference after the quantity and the rest of its clause ("02 đồng chí được tặng
            // Huy hiệu 40 năm tuổi Đảng¹"): no punctuation between, and no other quantity but a
            // number of years ("40 năm")
            const FootnoteRef* ref = nullptr;
            // (from the previous figure's place: the figures come in text order, mostly; a search when behind)
            if (ref_at > refs.begin() && (*(ref_at - 1))->span.begin >= qend)
                ref_at = std::lower_bound(refs.begin(), refs.end(), qend,
                                          [](const FootnoteRef* r, std::uint32_t o) { return r->span.begin < o; });
            else
                while (ref_at != refs.end() && (*ref_at)->span.begin < qend) ++ref_at;
            const auto it = ref_at;
            if (it != refs.end() && (*it)->span.begin - qend <= kMaxRefDistance) ref = *it;
            if (!ref) continue;
            const sv between = src.substr(qend, ref->span.begin - qend);
            if (std::any_of(between.begin(), between.end(), [](char ch) { return ch == ';' || ch == '.' || ch == '(' || ch == ':'; }))
                continue;
            // a ',' inside the noun phrase ("2.438 hồ sơ cấp, đổi căn cước¹") is accepted only for a breakdown
            // whose parts count the same noun (checked below), never for a list of names
            const bool comma_between = between.find(',') != sv::npos;
            if (std::any_of(between.begin(), between.end(), is_digit)) {
                bool other = false;
                for (std::size_t k = ti + 1; k < sn.toks.size() && !other; ++k) {
                    const Tok& o = sn.toks[k];
                    if (blk.to_source(o.begin) >= ref->span.begin) break;
                    const sv low = doc.blocks[sn.block].text;
                    if (o.kind != Tok::quantity || !c.store[o.a].q.unit.empty() || !starts_with_word(low, o.end, sn.end, "năm"))
                        other = true;
                }
                if (other) continue;
                // digits not read as quantities (labels, codes) are refused too
                std::size_t digits_in_toks = 0, digits = 0;
                for (char ch : between) digits += is_digit(ch);
                for (std::size_t k = ti + 1; k < sn.toks.size(); ++k) {
                    const Tok& o = sn.toks[k];
                    if (blk.to_source(o.begin) >= ref->span.begin) break;
                    const sv txt = sv(doc.blocks[sn.block].text).substr(o.begin, o.end - o.begin);
                    for (char ch : txt) digits_in_toks += is_digit(ch);
                }
                if (digits != digits_in_toks) continue;
            }
            const FootnoteBody* body = body_of(*ref);
            if (!body) continue;
            // the body text without its marker
            std::string text = body->text;
            // "…; 01 Trung tâm …; so với năm học trước tăng 01 trường …": a last piece comparing with an
            // earlier period is a remark on the breakdown, not a member of it
            std::uint32_t remark_at = body->span.end;
            {
                const std::size_t tsemi = text.rfind(';');
                const sv bsrc = src.substr(body->span.begin, body->span.end - body->span.begin);
                const std::size_t ssemi = bsrc.rfind(';');
                // (only 'S' and 's' lower to an 's': the rest is lowered only when it starts with one)
                const sv rest_raw = tsemi != std::string::npos ? trim(sv(text).substr(tsemi + 1)) : sv();
                if (tsemi != std::string::npos && ssemi != sv::npos && !rest_raw.empty() && (rest_raw[0] == 's' || rest_raw[0] == 'S')) {
                    const std::string rest = to_lower(rest_raw);
                    if (rest.rfind("so với", 0) == 0) {
                        text.resize(tsemi);
                        remark_at = body->span.begin + static_cast<std::uint32_t>(ssemi);
                    }
                }
            }
            // quantities in the body
            std::vector<std::size_t> parts;  // store indices
            bool bad = false;
            std::size_t si = 0;
            if (sspan_sorted)
                si = static_cast<std::size_t>(std::lower_bound(sspan.begin(), sspan.end(), body->span.begin,
                                                               [](const Span& x, std::uint32_t b) { return x.begin < b; }) -
                                              sspan.begin());
            for (; si < c.sentences.size(); ++si) {
                const SentenceToks& bs = c.sentences[si];
                const Span bspan = sspan[si];
                if (sspan_sorted && bspan.begin > body->span.end) break;
                if (bspan.begin < body->span.begin || bspan.end > body->span.end + 1) continue;
                for (const Tok& bt : bs.toks) {
                    if (doc.blocks[bs.block].to_source(bt.begin) > remark_at) break;
                    if (bt.kind != Tok::quantity || c.store[bt.a].is_percent) { bad = true; continue; }
                    parts.push_back(bt.a);
                }
            }
            // Where each part stands in the body (the body's text, lowered; lengths are kept):
            //  - "16 trường mầm non (10 trường công lập, 6 trường tư thục); 18 trường tiểu học": a parenthesis
            //    right after a member breaks down that member; its figures are not members;
            //  - "Vốn tỉnh: 200 tỷ đồng, giải ngân 160 tỷ đồng; …": a figure introduced by a role word
            //    (giải ngân, thanh toán, thực hiện) is another role than a plain one; only the parts of the
            //    total's role are members;
            //  - the ';' group of the part (see below).
            std::vector<std::size_t> group(parts.size(), 0);
            std::vector<bool> own_noun(parts.size(), false);
            std::vector<bool> agent(parts.size(), false);  // "Ban Thường vụ ban hành 900 văn bản" of "ban hành 1.288 văn bản"
            std::size_t groups = 1;
            if (parts.size() >= 2 && body->span.end <= src.size()) {
                std::string bl;
                lower_into(bl, src.substr(body->span.begin, body->span.end - body->span.begin));
                // white space collapsed to one space (a PDF body wraps over lines), with the offsets mapped
                // (written at an index into room for every byte, then cut: push_back per byte was a call each)
                std::string cb(bl.size(), '\0');
                std::vector<std::uint32_t> at_c(bl.size() + 1);
                std::size_t n = 0;
                for (std::size_t x = 0; x < bl.size(); ++x) {
                    at_c[x] = static_cast<std::uint32_t>(n);
                    const bool ws = bl[x] == ' ' || bl[x] == '\n' || bl[x] == '\r' || bl[x] == '\t';
                    if (!ws) cb[n++] = bl[x];
                    else if (n == 0 || cb[n - 1] != ' ') cb[n++] = ' ';
                }
                cb.resize(n);
                at_c[bl.size()] = static_cast<std::uint32_t>(n);
                const sv b(cb);
                auto off = [&](std::size_t p) {
                    const std::size_t o = c.store[p].q.span.begin - body->span.begin;
                    return static_cast<std::size_t>(at_c[std::min(o, bl.size())]);
                };
                static constexpr std::array<sv, 4> role_words = {"giải ngân", "thanh toán", "quyết toán", "thực hiện"};
                auto role_at = [&](sv text, std::size_t from, std::size_t at) {
                    std::size_t pb = from;
                    for (std::size_t x = at; x > from; --x)
                        if (text[x - 1] == ',' || text[x - 1] == ';' || text[x - 1] == ':' || text[x - 1] == '(') { pb = x; break; }
                    // the role word introduces the figure ("giải ngân 160 tỷ đồng", "giải ngân được 90 tỷ đồng"), not
                    // a name before it ("lớp Bồi dưỡng xây dựng và thực hiện Quy chế … cho 120 học viên")
                    pb = std::max(pb, at > 24 ? at - 24 : 0);
                    for (sv w : role_words)
                        if (find_word(text, pb, at, w) != sv::npos) return true;
                    return false;
                };
                std::vector<bool> keep(parts.size(), true), paid(parts.size(), false), by(parts.size(), false);
                // the total's verb: the clause before the total in the sentence
                std::string ml;
                const sv mtext(doc.blocks[sn.block].text);
                lower_into(ml, mtext.substr(sn.begin, t.begin - sn.begin));
                std::size_t mclause = ml.size();
                while (mclause > 0 && ml[mclause - 1] != ',' && ml[mclause - 1] != ';' && ml[mclause - 1] != ':') --mclause;
                // a member whose piece names who did it with the total's verb ("…, bộ phận một cửa xã giải quyết 588 hồ sơ")
                auto repeats_verb = [&](std::size_t o) {
                    // the piece's words before the figure (PDF text may wrap it: any white space separates)
                    std::size_t pb = o;
                    while (pb > 0 && b[pb - 1] != ',' && b[pb - 1] != ';' && b[pb - 1] != ':' && b[pb - 1] != '(') --pb;
                    std::vector<sv> words;
                    for (std::size_t x = pb; x < o;) {
                        while (x < o && (b[x] == ' ' || b[x] == '\n' || b[x] == '\r' || b[x] == '\t')) ++x;
                        std::size_t y = x;
                        while (y < o && b[y] != ' ' && b[y] != '\n' && b[y] != '\r' && b[y] != '\t') ++y;
                        if (y > x) words.push_back(b.substr(x, y - x));
                        x = y;
                    }
                    // at least one word naming who, then a two-word verb the total's clause has
                    if (words.size() < 3) return false;
                    const std::string verb = std::string(words[words.size() - 2]) + " " + std::string(words.back());
                    return find_word(ml, mclause, ml.size(), verb) != sv::npos;
                };
                int depth = 0;
                std::size_t x = 0, last_top = sv::npos;  // the last part outside parentheses
                std::size_t semis = 0;
                bool nested_open = false;  // the open parenthesis follows a member of its piece
                for (std::size_t pi = 0; pi < parts.size(); ++pi) {
                    const std::size_t o = off(parts[pi]);
                    if (o > b.size()) break;
                    for (; x < o; ++x) {
                        if (b[x] == '(') {
                            if (depth++ == 0) {
                                nested_open = last_top != sv::npos;
                                for (std::size_t y = last_top == sv::npos ? x : last_top; y < x && nested_open; ++y)
                                    nested_open = b[y] != ',' && b[y] != ';' && b[y] != ':';
                            }
                        } else if (b[x] == ')') {
                            depth = depth > 0 ? depth - 1 : 0;
                        } else if (b[x] == ';' && depth == 0) {
                            ++semis;
                        }
                    }
                    if (depth > 0) {
                        keep[pi] = !nested_open;
                    } else {
                        last_top = o;
                    }
                    group[pi] = semis;
                    paid[pi] = role_at(b, 0, o);
                    by[pi] = repeats_verb(o);
                }
                groups = semis + 1;
                // the total's role: its clause in the sentence
                const bool total_paid = role_at(ml, 0, ml.size());
                bool mixed = false;
                for (std::size_t pi = 0; pi < parts.size(); ++pi) mixed = mixed || (keep[pi] && paid[pi] != paid[0]);
                if (mixed)
                    for (std::size_t pi = 0; pi < parts.size(); ++pi) keep[pi] = keep[pi] && paid[pi] == total_paid;
                std::size_t w = 0;
                for (std::size_t pi = 0; pi < parts.size(); ++pi)
                    if (keep[pi]) {
                        parts[w] = parts[pi];
                        group[w] = group[pi];
                        agent[w] = by[pi];
                        ++w;
                    }
                parts.resize(w);
                group.resize(w);
                agent.resize(w);
                own_noun.assign(w, false);
                for (std::size_t pi = 0; pi < w; ++pi) own_noun[pi] = c.store[parts[pi]].q.unit == q.q.unit;
            }
            const std::string low = to_lower(text);
            Claim cl;
            cl.block = sn.block;
            cl.span = {blk.to_source(t.begin), ref->span.end};
            cl.list_span = body->span;
            if (!parts.empty()) {
                // a breakdown in the footnote: parts share the total's noun ("trường hợp" counts anything)
                if (bad) continue;
                for (const char* w : {"đạt", "tăng", "giảm", "lũy kế", "bằng", "%"})
                    if (low.find(w) != std::string::npos) bad = true;
                if (has_ratio_slash(low)) bad = true;
                // "323 lượt học viên⁵" broken down by class: each "học viên" of a class is one "lượt"
                auto member_unit = [&](std::size_t p) -> sv {
                    const sv u = c.store[p].q.unit;
                    if (u == "trường hợp" && q.counted) return q.q.unit;
                    if (q.q.unit == "lượt" && q.q.written_unit.starts_with("lượt ") && q.q.written_unit.substr(sv("lượt ").size()) == u)
                        return q.q.unit;
                    // kinds of the total's noun ("498 nghị quyết, 770 kế hoạch" of "4.288 văn bản")
                    if (u != q.q.unit && !q.q.unit.empty() && unit_parent(u) == q.q.unit) return q.q.unit;
                    return u;
                };
                // "01 lớp … cho 61 học viên; 01 lớp … cho 142 học viên": another counted noun naming each
                // member's group is not a member, when each ';' piece holds one member of the total's noun
                {
                    std::size_t own = 0, foreign = 0;
                    for (std::size_t p : parts) (member_unit(p) == q.q.unit ? own : foreign) += 1;
                    bool all_counted = true;
                    for (std::size_t p : parts) all_counted = all_counted && (member_unit(p) == q.q.unit || c.store[p].counted);
                    if (own >= 2 && foreign != 0 && all_counted && q.counted) {
                        // one member of the total's noun between consecutive ';' (or the body's ends)
                        std::size_t pieces = 1;
                        for (std::uint32_t x = body->span.begin; x < body->span.end && x < src.size(); ++x) pieces += src[x] == ';';
                        std::vector<int> per(pieces, 0);
                        std::size_t k = 0;  // ';' before the part (parts are in text order)
                        std::uint32_t x = body->span.begin;
                        for (std::size_t p : parts) {
                            for (; x < c.store[p].q.span.begin && x < src.size(); ++x) k += src[x] == ';';
                            if (member_unit(p) == q.q.unit && k < pieces) ++per[k];
                        }
                        bool one_each = true;
                        for (int n : per) one_each = one_each && n == 1;
                        if (one_each) {
                            std::vector<std::size_t> own_parts;
                            for (std::size_t p : parts)
                                if (member_unit(p) == q.q.unit) own_parts.push_back(p);
                            parts = std::move(own_parts);
                            groups = 1;  // the groups below are not read
                        }
                    }
                }
                std::vector<Quantity> qs;
                for (std::size_t pk : parts) {
                    Quantity pq = c.store[pk].q;
                    pq.unit = member_unit(pk);
                    if (pq.unit != q.q.unit) bad = true;
                    qs.push_back(pq);
                }
                const bool starts_trong_do = low.rfind("trong đó", 0) == 0;
                if (bad || (qs.size() < 2 && !starts_trong_do)) continue;
                cl.kind = ClaimKind::sum;
                cl.total = q.q;
                if (t.kind == Tok::ratio) {
                    // "03/37 cơ sở vi phạm⁸" with "⁸ Gồm 01 …, 31 …, 05 …": the footnote may break down
                    // either number. It breaks down the part when it adds up to the part (and not to the
                    // whole), else the whole (the inspected establishments, of which the 03 were found
                    // at fault): the words make it a breakdown, so members adding up to neither are
                    // checked against the whole and reported, never dropped.
                    long double sum = 0;
                    for (const Quantity& x : qs) sum += x.value;
                    const Quantity& whole = c.store[t.b].q;
                    const bool adds_to_part = std::fabs(static_cast<double>(sum - q.q.value)) < 0.5;
                    const bool adds_to_whole = std::fabs(static_cast<double>(sum - whole.value)) < 0.5;
                    if (adds_to_whole || !adds_to_part) cl.total = whole;
                }
                // "Trong đó: 498 nghị quyết, 770 kế hoạch; Ban Thường vụ ban hành 900 văn bản, Ban Chấp hành ban
                // hành 388 văn bản": ';' groups of two or more members each, one by kind ("nghị quyết", …) and one
                // in the total's own noun ("văn bản" by issuer), are two breakdowns of the same total: each is
                // checked on its own, never added to the other.
                // Likewise a group naming who did it ("bộ phận một cửa huyện giải quyết 700 hồ sơ, …" of "Giải
                // quyết 1.288 hồ sơ") beside a group by field ("998 hồ sơ đất đai, 290 hồ sơ hộ tịch").
                if (groups >= 2 && t.kind == Tok::quantity && group.size() == qs.size()) {
                    // each group's reading: 0 kinds of the total's noun, 1 the total's noun, 2 the total's noun by agent
                    std::vector<std::size_t> size(groups, 0), own(groups, 0), by_agent(groups, 0);
                    for (std::size_t pi = 0; pi < qs.size(); ++pi) {
                        ++size[group[pi]];
                        own[group[pi]] += own_noun[pi];
                        by_agent[group[pi]] += agent[pi] && own_noun[pi];
                    }
                    bool all_two = true, pure = true;
                    std::vector<int> sig(groups, -1);
                    for (std::size_t g = 0; g < groups; ++g) {
                        all_two = all_two && size[g] >= 2;
                        pure = pure && (own[g] == 0 || own[g] == size[g]) && (by_agent[g] == 0 || by_agent[g] == size[g]);
                        sig[g] = own[g] == 0 ? 0 : by_agent[g] == 0 ? 1 : 2;
                    }
                    const bool differ = std::any_of(sig.begin(), sig.end(), [&](int x) { return x != sig[0]; });
                    if (all_two && pure && differ) {
                        for (std::size_t g = 0; g < groups; ++g) {
                            Claim gc = cl;
                            for (std::size_t pi = 0; pi < qs.size(); ++pi)
                                if (group[pi] == g) gc.parts.push_back(qs[pi]);
                            gc.complete = low.rfind("gồm", 0) == 0 || low.rfind("bao gồm", 0) == 0;
                            if (low.find("khác") != std::string::npos) gc.complete = false;
                            gc.note = "breakdown in footnote " + std::to_string(ref->number) + ", one of " + std::to_string(groups);
                            out.claims.push_back(std::move(gc));
                        }
                        continue;
                    }
                }
                cl.parts = std::move(qs);
                cl.complete = low.rfind("gồm", 0) == 0 || low.rfind("bao gồm", 0) == 0;
                cl.note = "breakdown in footnote " + std::to_string(ref->number);
                // "Trong đó: Quang Trung 109 …, Thanh Sơn 106 …, Yên Thanh 72 …" naming every ward of
                // the document ("03 phường") is the whole breakdown, as in the text's labelled lists.
                if (!cl.complete && c.wards >= 2 && cl.parts.size() == static_cast<std::size_t>(c.wards)) {
                    bool named = true;
                    for (std::size_t p : parts) {
                        const std::size_t k = c.store[p].q.span.begin;
                        std::size_t j = k;
                        while (j > body->span.begin && src[j - 1] != ',' && src[j - 1] != ':' && src[j - 1] != ';') --j;
                        while (j < k && (src[j] == ' ' || src[j] == '\n' || src[j] == '\r')) ++j;
                        if (j >= k || j == body->span.begin || !u_isupper(cp_at(src, j))) named = false;
                    }
                    if (named) {
                        cl.complete = true;
                        cl.note += ", naming every ward/commune";
                    }
                }
                if (low.find("khác") != std::string::npos) cl.complete = false;
                // an unnumbered remainder ("…, còn lại là công văn, thông báo") leaves the list open
                if (const std::size_t rest = last_of(low, "còn lại"); rest != std::string::npos &&
                                                                   std::none_of(low.begin() + static_cast<std::ptrdiff_t>(rest), low.end(), is_digit))
                    cl.complete = false;
                out.claims.push_back(std::move(cl));
                continue;
            }
            // a count of named items
            if (comma_between) continue;
            if (!q.counted || q.q.number.vi_decimals != 0 || q.scale != 0 || q.q.number.text.size() > 2) continue;
            if (t.kind != Tok::quantity && t.kind != Tok::ratio) continue;
            // "11/15 xã đạt chuẩn²" with "² Các xã còn lại: …" / "Các xã chưa đạt: …": the footnote names the
            // other ones (of the whole, not of the count)
            if (t.kind == Tok::ratio && (low.find("còn lại") != std::string::npos || low.find("chưa") != std::string::npos)) continue;
            std::size_t coarse = 0;
            std::vector<std::string> items = list_items(text, low, &coarse);
            if (items.empty()) continue;
            cl.items_min = coarse;
            cl.kind = ClaimKind::count_vs_list;
            cl.count = q.q;
            cl.items = std::move(items);
            cl.note = "items named in footnote " + std::to_string(ref->number);
            out.claims.push_back(std::move(cl));
        }
    }
}

// A footnote ending a sentence of several figures and splitting them by source, one sentence of
// the body per source: "triển khai 29 công trình, vốn bố trí 239 tỷ 491 triệu đồng, giải ngân được
// 15 tỷ 298 triệu đồng⁷" with "⁷ Vốn tỉnh: tổng số vốn 125.491,05 triệu đồng, bố trí cho 6 công
// trình, giải ngân được 754,82 triệu đồng. Vốn phân cấp: tổng số vốn 114.000 triệu đồng, bố trí cho
// 23 công trình, giải ngân được 14.543,21 triệu đồng." Each figure of the sentence adds up the
// body sentences' figures of the same role: its unit, and whether it is a disbursement. Taken only
// when every body sentence has exactly the sentence's roles, each once (a figure inside parentheses
// is a detail, not a role); partial (the sources may not be all).
void footnote_sections(Ctx& c, Claims& out) {
    const Document& doc = c.doc;
    const Structure& st = doc.structure;
    if (st.footnote_refs.empty() || st.footnote_bodies.empty() || c.sentences.empty()) return;
    const sv src(doc.source.text());
    std::vector<Span> sspan;
    sspan.reserve(c.sentences.size());
    for (const SentenceToks& bs : c.sentences) sspan.push_back(doc.blocks[bs.block].to_source(bs.begin, bs.end));
    if (!std::is_sorted(sspan.begin(), sspan.end(), [](const Span& x, const Span& y) { return x.begin < y.begin; })) return;
    struct Role { sv unit; bool paid; std::size_t tok; };
    // the roles of a sentence's figures outside parentheses; false if a role repeats or a figure has no unit
    auto roles_of = [&](const SentenceToks& sn, std::vector<Role>& rs) {
        rs.clear();
        const sv s = c.lowered(sn);
        int depth = 0;
        std::size_t x = sn.begin;
        for (std::size_t k = 0; k < sn.toks.size(); ++k) {
            const Tok& t = sn.toks[k];
            for (; x < t.begin; ++x) depth += s[x] == '(' ? 1 : s[x] == ')' ? -1 : 0;
            if (depth != 0) continue;
            if (t.kind != Tok::quantity) return false;
            const QRaw& r = c.store[t.a];
            if (r.is_percent) continue;
            if (r.q.unit.empty()) return false;
            const std::size_t from = t.begin > 40 ? t.begin - 40 : 0;
            const std::size_t lo = k > 0 ? std::max<std::size_t>(sn.toks[k - 1].end, from) : std::max<std::size_t>(sn.begin, from);
            const bool paid = contains(s, lo, t.begin, "giải ngân") || contains(s, lo, t.begin, "thanh toán");
            for (const Role& o : rs)
                if (o.unit == r.q.unit && o.paid == paid) return false;
            rs.push_back({r.q.unit, paid, k});
        }
        return rs.size() >= 2;
    };
    std::unordered_map<int, std::vector<const FootnoteBody*>> bodies;
    for (const FootnoteBody& b : st.footnote_bodies) bodies[b.number].push_back(&b);
    std::vector<Role> main_roles, sec_roles;
    for (const FootnoteRef& ref : st.footnote_refs) {
        // the sentence the reference ends (only spaces or a full stop after it)
        auto it = std::upper_bound(sspan.begin(), sspan.end(), ref.span.begin, [](std::uint32_t b, const Span& x) { return b < x.begin; });
        if (it == sspan.begin()) continue;
        const std::size_t si = static_cast<std::size_t>(it - sspan.begin()) - 1;
        if (ref.span.begin < sspan[si].begin || ref.span.begin > sspan[si].end + 1) continue;
        {
            std::size_t y = ref.span.end;
            while (y < src.size() && (src[y] == ' ' || src[y] == '.')) ++y;
            if (y < src.size() && src[y] != '\n' && src[y] != '\r' && y < sspan[si].end) continue;
        }
        const SentenceToks& sn = c.sentences[si];
        if (!roles_of(sn, main_roles)) continue;
        const auto fb = bodies.find(ref.number);
        if (fb == bodies.end()) continue;
        const FootnoteBody* body = nullptr;
        for (const FootnoteBody* b : fb->second)
            if (b->span.begin > ref.span.begin) { body = b; break; }
        if (!body) continue;
        // the body's sentences
        std::vector<std::size_t> secs;
        for (std::size_t k = static_cast<std::size_t>(std::lower_bound(sspan.begin(), sspan.end(), body->span.begin,
                                                                       [](const Span& x, std::uint32_t b) { return x.begin < b; }) -
                                                      sspan.begin());
             k < sspan.size() && sspan[k].begin < body->span.end; ++k)
            secs.push_back(k);
        if (secs.size() < 2) continue;
        std::vector<std::vector<std::size_t>> members(main_roles.size());  // per main role: the sections' tokens
        bool ok = true;
        for (std::size_t k : secs) {
            if (!roles_of(c.sentences[k], sec_roles) || sec_roles.size() != main_roles.size()) { ok = false; break; }
            // sources, not periods: "Năm 2023: … Năm 2024: …" or "lũy kế …" sentences are not parts of the figure
            {
                const SentenceToks& sk = c.sentences[k];
                const sv bs = c.lowered(sk);  // the body sentence's block, lowered
                const sv txt = bs.substr(sk.begin, sk.end - sk.begin);
                for (sv w : {sv("cùng kỳ"), sv("năm trước"), sv("kỳ trước"), sv("tháng trước"), sv("lũy kế"), sv("luỹ kế"),
                             sv("năm 20"), sv("năm 19")})
                    if (txt.find(w) != sv::npos) ok = false;
                if (!ok) break;
            }
            for (std::size_t r = 0; r < main_roles.size() && ok; ++r) {
                bool found = false;
                for (const Role& o : sec_roles)
                    if (o.unit == main_roles[r].unit && o.paid == main_roles[r].paid) {
                        members[r].push_back(c.sentences[k].toks[o.tok].a);
                        found = true;
                    }
                ok = found;
            }
            if (!ok) break;
        }
        if (!ok) continue;
        const Block& blk = doc.blocks[sn.block];
        for (std::size_t r = 0; r < main_roles.size(); ++r) {
            const Tok& t = sn.toks[main_roles[r].tok];
            Claim cl;
            cl.kind = ClaimKind::sum;
            cl.block = sn.block;
            cl.span = {blk.to_source(t.begin), ref.span.end};
            cl.list_span = body->span;
            cl.total = c.store[t.a].q;
            cl.parts.reserve(members[r].size());
            for (std::size_t a : members[r]) cl.parts.push_back(c.store[a].q);
            cl.complete = false;
            cl.note = "breakdown by source in footnote " + std::to_string(ref.number);
            out.claims.push_back(std::move(cl));
        }
    }
}

// ---------------------------------------------------------------- tables

bool cell_number(const std::string& text, Quantity& q, bool en) {
    const sv t = trim(text);
    if (t.empty() || !is_digit(t[0])) return false;
    sv lit;
    const std::size_t n = lex_literal(t, 0, t.size(), lit);
    if (n == 0) return false;
    std::size_t k = n;
    bool pct = false;
    k = skip_spaces(t, k, t.size());
    if (k < t.size() && t[k] == '%') { pct = true; ++k; }
    if (k != t.size()) return false;
    if (t.find('/') != sv::npos) return false;
    // finalize() of a quantity without scale word, compound or counted noun, in q itself (a QRaw is ~0.4 KB)
    read_number_into(lit, q.number);
    Number& num = q.number;
    if (!num.vi_ok && !num.en_ok) return false;
    if (pct) q.unit = "%";
    const bool use_en = en ? num.en_ok : !num.vi_ok;
    const long double v = use_en ? num.en_value : num.vi_value;
    const int dec = use_en ? num.en_decimals : num.vi_decimals;
    if (use_en) num.grouped = std::count(num.text.begin(), num.text.end(), ',') > 0;
    q.value = v * pow10l_int(0);
    q.decimals = dec;
    q.radius = pow10l_int(0 - dec) / 2;
    q.exact = false;
    return true;
}

// note = "table column N", N = col + 1, built in a buffer and assigned once (the literal + std::to_string made a
// string, inserted the literal before it and moved it over, for each of big-10M's 7 644 table claims)
void set_column_note(std::string& note, std::size_t col) {
    char buf[40] = "table column ";
    const std::size_t lead = sizeof("table column ") - 1;
    const auto r = std::to_chars(buf + lead, buf + sizeof buf, col + 1);
    note.assign(buf, static_cast<std::size_t>(r.ptr - buf));
}

// Whether to_lower(x) may be a table total's label (is_total_label: each starts with 't' or 'c'): x's first byte past
// the '*', ':' and white space is_total_label drops is 't', 'T', 'c', 'C' or not ASCII (no other ASCII byte lowers to
// 't' or 'c'; those bytes lower to themselves). The other labels are not lowered for the test: to_lower of every
// row's label was 2.95 M on big-10M (6 604 rows). (Out of line: code added to table_claims moved GCC's inlining
// elsewhere in the file, +1.7 M.)
[[gnu::noinline]] bool label_may_be_total(sv x) {
    std::size_t i = 0;
    while (i < x.size()) {
        const char ch = x[i];
        if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\f' || ch == '\v' || ch == '*' || ch == ':') {
            ++i;
        } else if (ch == '\xC2' && i + 1 < x.size() && x[i + 1] == '\xA0') {
            i += 2;
        } else {
            return ch == 't' || ch == 'T' || ch == 'c' || ch == 'C' || static_cast<unsigned char>(ch) >= 0x80;
        }
    }
    return false;
}
// Whether a member's label x (a table row's, lowered) marks a sub-row: it starts with '-' or '+' (the lowered label
// does exactly when x does: no other code point lowers to ASCII punctuation) or holds "trong đó" — only if x holds
// 'ó' or 'Ó' (the only code points lowering to 'ó'): those without one, nearly every member, are not lowered.
[[gnu::noinline]] bool label_marks_sub_row(sv x) {
    if (!x.empty() && (x[0] == '-' || x[0] == '+')) return true;
    if (x.find("\xC3\xB3") == sv::npos && x.find("\xC3\x93") == sv::npos) return false;
    return to_lower(x).find("trong đó") != std::string::npos;
}

void table_claims(const Document& doc, Claims& out, bool en) {
    for (const Table& tb : doc.structure.tables) {
        std::vector<const TableRow*> rows;
        rows.reserve(tb.rows.size());
        for (const TableRow& r : tb.rows)
            if (!r.separator) rows.push_back(&r);
        if (rows.size() < 3) continue;
        const TableRow& header = *rows[0];
        const std::size_t ncol = header.cells.size();
        // a row's label: its first cell not empty and not starting with a digit (nullptr: none, the label "")
        auto label_cell = [](const TableRow& r) -> const TableCell* {
            for (const TableCell& c : r.cells) {
                const sv tc = trim(c.text);
                if (!tc.empty() && !is_digit(tc[0])) return &c;
            }
            return nullptr;
        };
        auto label = [&](const TableRow& r) {
            const TableCell* c = label_cell(r);
            return c ? to_lower(c->text) : std::string();
        };
        auto may_be_total = [&](const TableRow& r) {
            const TableCell* c = label_cell(r);
            return c && label_may_be_total(c->text);
        };
        // total rows: first non-numeric cell starts with "tổng"/"cộng"
        std::string t;  // the label without '*' and ':' (one buffer for every row)
        auto is_total_label = [&t](const std::string& l) {
            t.clear();
            for (char ch : l)
                if (ch != '*' && ch != ':') t.push_back(ch);
            const std::string_view v = trim(t);
            for (std::string_view w : {"tổng", "tổng cộng", "cộng", "tổng số", "toàn thành phố", "toàn tỉnh", "toàn huyện",
                                       "toàn phường", "toàn xã", "tổng toàn thành phố"})
                if (v == w) return true;
            return false;
        };
        // each cell's number, read once per table (a cell is read for every total row and percent column)
        std::vector<std::optional<Quantity>> cells(rows.size() * ncol);
        std::vector<char> cell_read(rows.size() * ncol, 0);
        auto cell = [&](std::size_t ri, std::size_t col) -> const Quantity* {
            if (col >= rows[ri]->cells.size() || col >= ncol) return nullptr;  // (never asked past the header's columns)
            const std::size_t x = ri * ncol + col;
            if (!cell_read[x]) {
                cell_read[x] = 1;
                // read in place (a refused cell is reset: cell_number wrote into a fresh Quantity)
                if (!cell_number(rows[ri]->cells[col].text, cells[x].emplace(), en)) cells[x].reset();
            }
            return cells[x] ? &*cells[x] : nullptr;
        };
        // whether each row names a total, computed once per table
        std::vector<char> total_row(rows.size(), 0);
        for (std::size_t ri = 1; ri < rows.size(); ++ri) total_row[ri] = may_be_total(*rows[ri]) && is_total_label(label(*rows[ri]));
        for (std::size_t ri = 1; ri < rows.size(); ++ri) {
            // only a row that is nothing but a total ("Tổng cộng"), not an indicator named "Tổng thu …"
            if (!total_row[ri]) continue;
            if (rows[ri]->cells.size() != ncol) continue;
            // members: rows after the header up to this row, or after it to the end
            std::vector<const TableRow*> mem;
            const std::size_t mb = ri > 1 ? 1 : ri + 1, me = ri > 1 ? ri : rows.size();  // the members' rows
            mem.reserve(me - mb);
            for (std::size_t k = mb; k < me; ++k) mem.push_back(rows[k]);
            if (mem.size() < 2) continue;
            // refuse hierarchical tables: sub-rows "-", "+", "trong đó"
            bool hier = false;
            for (const TableRow* m : mem)
                if (m->cells.size() != ncol) hier = true;  // merged cells: columns do not line up
            for (std::size_t k = mb; k < me && !hier; ++k) {
                if (total_row[k]) {
                    hier = true;
                    break;
                }
                const TableCell* lc = label_cell(*rows[k]);
                if (lc && label_marks_sub_row(lc->text)) hier = true;  // (no cell: the label "")
            }
            if (hier) continue;
            for (std::size_t col = 0; col < ncol && col < rows[ri]->cells.size(); ++col) {
                if (header.cells[col].text.find('%') != std::string::npos) continue;
                const Quantity* tqp = cell(ri, col);
                if (!tqp) continue;
                if (tqp->unit == "%") continue;
                bool ok = true;
                for (std::size_t k = mb; k < me && ok; ++k) ok = cell(k, col) != nullptr;
                if (!ok) continue;
                // (made in place: each cell copied once, into the claim)
                Claim& cl = out.claims.emplace_back();
                cl.kind = ClaimKind::table_total;
                cl.total = *tqp;
                cl.total->span = rows[ri]->cells[col].span;
                cl.span = cl.total->span;
                cl.block = rows[ri]->block;
                cl.parts.reserve(me - mb);
                for (std::size_t k = mb; k < me; ++k) cl.parts.emplace_back(*cell(k, col)).span = rows[k]->cells[col].span;
                cl.complete = true;
                set_column_note(cl.note, col);
            }
        }
        // percent columns: "So cùng kỳ (%)", "So KH (%)"
        std::vector<std::string> heads;  // the header cells lowered, once per table (when one holds a '%')
        struct ColInfo { std::size_t k; bool plan, prev, actual; int year; };
        std::vector<std::optional<ColInfo>> col_info;  // the other columns' classes, once per table
        bool classified = false;
        for (std::size_t col = 0; col < ncol; ++col) {
            if (header.cells[col].text.find('%') == std::string::npos) continue;  // (lowering keeps the '%')
            if (heads.empty()) {
                heads.reserve(ncol);
                for (const TableCell& hc : header.cells) heads.push_back(to_lower(hc.text));
            }
            const std::string& h = heads[col];
            if (h.find('%') == std::string::npos) continue;
            const bool vs_prev = h.find("cùng kỳ") != std::string::npos;
            const bool vs_plan = h.find("kh") != std::string::npos || h.find("kế hoạch") != std::string::npos;
            if (vs_prev == vs_plan) continue;
            // Classify the other columns: plan ("Dự toán", "KH"), previous period ("TH cùng kỳ
            // năm trước", or the earlier of two "TH … <year>" columns) and the current figure
            // ("Ước TH kỳ báo cáo", "TH 9 tháng 2024").
            // (each column's class depends on its header alone: computed once per table, for every column)
            if (!classified) {
                classified = true;
                col_info.assign(ncol, std::nullopt);
                for (std::size_t k = 0; k < ncol; ++k) {
                    const std::string& hk = heads[k];
                    if (hk.find('%') != std::string::npos) continue;
                    std::vector<std::string_view> words;
                    for (std::size_t i = 0; i < hk.size();) {
                        while (i < hk.size() && (hk[i] == ' ' || hk[i] == '(' || hk[i] == ')' || hk[i] == ',' || hk[i] == '*' || hk[i] == '.')) ++i;
                        std::size_t j = i;
                        while (j < hk.size() && !(hk[j] == ' ' || hk[j] == '(' || hk[j] == ')' || hk[j] == ',' || hk[j] == '*' || hk[j] == '.')) ++j;
                        if (j > i) words.push_back(std::string_view(hk).substr(i, j - i));
                        i = j;
                    }
                    auto has_word = [&](std::string_view w) { return std::find(words.begin(), words.end(), w) != words.end(); };
                    int year = 0;
                    for (std::string_view w : words)
                        if (w.size() == 4 && std::all_of(w.begin(), w.end(), is_digit)) {
                            const int y = std::atoi(std::string(w).c_str());
                            if (y >= 1990 && y <= 2100) year = y;
                        }
                    ColInfo ci{k, false, false, false, year};
                    ci.plan = hk.find("dự toán") != std::string::npos || hk.find("kế hoạch") != std::string::npos || has_word("kh");
                    ci.prev = hk.find("cùng kỳ") != std::string::npos || hk.find("năm trước") != std::string::npos ||
                              hk.find("kỳ trước") != std::string::npos;
                    ci.actual = hk.find("thực hiện") != std::string::npos || has_word("ước") || has_word("th");
                    if (ci.plan || ci.prev || ci.actual) col_info[k] = ci;
                }
            }
            std::vector<ColInfo> info;
            for (std::size_t k = 0; k < ncol; ++k)
                if (k != col && col_info[k]) info.push_back(*col_info[k]);
            std::vector<const ColInfo*> cur, prev, plan;
            for (const ColInfo& ci : info) {
                if (ci.plan && !ci.actual) plan.push_back(&ci);
                else if (ci.prev) prev.push_back(&ci);
                else if (ci.actual && !ci.plan) cur.push_back(&ci);
            }
            // two dated actual columns and no "cùng kỳ" column: the earlier year is the previous period
            if (prev.empty() && cur.size() == 2 && cur[0]->year && cur[1]->year && cur[0]->year != cur[1]->year) {
                if (cur[0]->year > cur[1]->year) std::swap(cur[0], cur[1]);
                prev.push_back(cur[0]);
                cur.erase(cur.begin());
            }
            const std::vector<const ColInfo*>& dens = vs_prev ? prev : plan;
            if (cur.size() != 1 || dens.size() != 1) continue;
            const std::ptrdiff_t num = static_cast<std::ptrdiff_t>(cur[0]->k), den = static_cast<std::ptrdiff_t>(dens[0]->k);
            for (std::size_t ri = 1; ri < rows.size(); ++ri) {
                const TableRow& r = *rows[ri];
                const auto nc = static_cast<std::size_t>(num), dc = static_cast<std::size_t>(den);
                if (col >= r.cells.size() || nc >= r.cells.size() || dc >= r.cells.size()) continue;
                const Quantity* pqp = cell(ri, col);
                const Quantity* ap = pqp ? cell(ri, nc) : nullptr;
                const Quantity* bp = ap ? cell(ri, dc) : nullptr;
                if (!bp) continue;
                // (made in place: the cells copied once, into their boxes)
                Claim& cl = out.claims.emplace_back();
                cl.kind = ClaimKind::table_percent;
                cl.part = *ap;
                cl.whole = *bp;
                cl.percent = *pqp;
                cl.percent->unit = "%";
                cl.percent->span = r.cells[col].span;
                cl.part->span = r.cells[nc].span;
                cl.whole->span = r.cells[dc].span;
                cl.span = cl.percent->span;
                cl.block = r.block;
                set_column_note(cl.note, col);
            }
        }
    }
}

}  // namespace

// ---------------------------------------------------------------- public API

std::size_t lex_number(std::string_view s, NumberLex& out) {
    const char* f = s.data();
    const char* l = s.data() + s.size();
    out = NumberLex{};
    if (!x3::parse(f, l, g::number(), out)) return 0;
    std::size_t k = static_cast<std::size_t>(f - s.data());
    if (out.scale != 0 && !word_end_at(s, k)) {
        // "2 tỉnh": not a scale word
        sv lit;
        k = lex_literal(s, 0, s.size(), lit);
        out.text = lit;
        out.scale = 0;
    }
    return k;
}

std::size_t lex_scale(std::string_view s, int& exponent) { return lex_scale_at(s, 0, s.size(), exponent); }

std::size_t lex_unit(std::string_view s, std::string& unit) {
    int idx = -1;
    const std::size_t n = lex_unit_at(s, 0, s.size(), idx);
    if (n) unit = units_tab()[static_cast<std::size_t>(idx)].canonical;
    return n;
}

bool is_counted_noun(std::string_view unit) {
    for (const UnitEntry& e : units_tab())
        if (e.canonical == unit) return e.counted;
    return false;
}

std::optional<Quantity> parse_quantity(std::string_view text, bool en) {
    Document d;
    d.source = SourceText::from_utf8("<quantity>", std::string(text));
    Block b;
    b.text = text;
    d.pieces.push_back({0, 0, static_cast<std::uint32_t>(text.size())});
    b.pieces = d.pieces;
    d.blocks.push_back(b);
    std::vector<Quantity> qs;
    Ctx c{d, QStore(qs), {}, 0, 0, {}, true, 0, {}, {}};
    std::string low = to_lower(text);
    if (low.size() != text.size()) low = std::string(text);
    low.append(kLowerPad, '\0');  // (the scan reads past a literal's start: lex_literal_padded)
    const sv s(low.data(), text.size());
    scan_sentence(c, 0, 0, static_cast<std::uint32_t>(text.size()), s, byte_scan::first_digit(s.data(), 0, text.size()));
    c.bind_tokens();
    if (c.sentences.empty() || c.sentences[0].toks.size() != 1 || c.sentences[0].toks[0].kind != Tok::quantity)
        return std::nullopt;
    const std::size_t k = c.sentences[0].toks[0].a;
    finalize_signed(c.store.q(k), c.store.side(k), en);
    return c.store.q(k);
}

namespace {
// Stable sort by span.begin: the passes emit claims almost in order, so often nothing moves at all.
// Else the (begin, index) pairs are sorted (their order is the stable one) and the elements permuted in
// place, cycle by cycle: each displaced element move-assigned once (no second vector of them to fill and
// destroy).
template <class T>
void sort_by_begin(std::vector<T>& v) {
    const std::size_t n = v.size();
    std::size_t i = 1;
    while (i < n && v[i - 1].span.begin <= v[i].span.begin) ++i;
    if (i >= n) return;
    // (begin, index) as one 64-bit key, begin in the high half: the pairs' order, one compare each (a pair's
    // operator< is two)
    std::vector<std::uint64_t> key(n);
    for (std::size_t k = 0; k < n; ++k) key[k] = std::uint64_t{v[k].span.begin} << 32 | k;
    std::sort(key.begin(), key.end());
    const auto at = [&](std::size_t j) { return static_cast<std::size_t>(static_cast<std::uint32_t>(key[j])); };
    const auto mark = [&](std::size_t j) { key[j] = (key[j] >> 32 << 32) | j; };
    // position j takes the element at at(j); a position done is marked at(j) = j
    for (std::size_t start = 0; start < n; ++start) {
        if (at(start) == start) continue;
        T tmp = std::move(v[start]);
        std::size_t j = start;
        while (true) {
            const std::size_t from = at(j);
            mark(j);
            if (from == start) {
                v[j] = std::move(tmp);
                break;
            }
            v[j] = std::move(v[from]);
            j = from;
        }
    }
}
}  // namespace

void parse_claims(Document& doc) {
    Claims& out = doc.claims;
    out = Claims{};
    Ctx c{doc, QStore(out.quantities), {}, 0, 0, {}, true, 0, {}, {}};
    for (const FootnoteRef& r : doc.structure.footnote_refs) c.ref_begins.push_back(r.span.begin);
    for (const FootnoteBody& b : doc.structure.footnote_bodies) c.ref_begins.push_back(b.marker_span.begin);
    std::sort(c.ref_begins.begin(), c.ref_begins.end());
    // The lower-cased block text, computed once per block, at the end of c.low_text's kept bytes; kept
    // there when a sentence of the block has figures (the assembly reads it), else written over.
    // (`low_off`, `low_len`: where the block lowered last lies)
    std::size_t low_block = static_cast<std::size_t>(-1), low_off = 0, low_len = 0;
    {
        // every block once and the padding (grown by appends, it was copied some 20 times)
        std::size_t total = 0;
        for (const Block& b : doc.blocks) total += b.text.size();
        c.low_text.room(total + kLowerPad);
        // the quantities are read in place in out.quantities: one per 110–170 bytes of text on the samples
        // and big reports (a denser text grows the vector, which moves them; a sparser one leaves room unused)
        c.store.reserve(total / 112 + 16);
        c.tok_all.reserve(total / 112 + 16);  // (a token per quantity or ratio: grown by doubling, it moved them all)
    }
    bool low_kept = false;
    auto lowered = [&](std::size_t bi) -> sv {
        const std::string_view t = doc.blocks[bi].text;
        if (low_block != bi) {
            if (low_block != static_cast<std::size_t>(-1) && low_kept) c.low_text.size = low_off + low_len;
            low_off = c.low_text.size;
            low_len = t.size();
            // the block's text and kLowerPad zero bytes, lowered by the padded loop
            char* const p = c.low_text.room(t.size() + kLowerPad);
            if (!t.empty()) std::memcpy(p, t.data(), t.size());
            std::memset(p + t.size(), 0, kLowerPad);
            lower_impl<true>(p, t.size());
            low_block = bi;
            low_kept = false;
        }
        return sv(c.low_text.buf.get() + low_off, t.size());
    };
    // `known`: the first digit at or after b when the caller has it (else npos)
    auto scan_one = [&](std::size_t bi, std::uint32_t b, std::uint32_t e, std::size_t known) {
        const std::string_view t = doc.blocks[bi].text;
        const std::size_t first = known != sv::npos ? known : byte_scan::first_digit(t.data(), b, e);
        if (first >= e) return;
        const std::size_t before = c.sentences.size();
        scan_sentence(c, bi, b, e, lowered(bi), first);
        if (c.sentences.size() > before) {
            c.sentences.back().low = low_off;
            low_kept = true;
        }
    };
    // A run longer than kMaxSentence is cut at its last "; " (else ", ", else a space).
    // (`known`: as scan_one's, for the range's first piece)
    auto scan_range = [&](std::size_t bi, std::uint32_t b, std::uint32_t e, std::size_t known) {
        const sv t = doc.blocks[bi].text;
        while (e - b > kMaxSentence) {
            const sv w = t.substr(b, kMaxSentence);
            std::size_t cut = w.rfind("; ");
            if (cut == sv::npos || cut < kMaxSentence / 2) cut = w.rfind(", ");
            if (cut == sv::npos || cut < kMaxSentence / 2) cut = w.rfind(' ');
            const std::uint32_t m = cut == sv::npos || cut == 0 ? b + kMaxSentence : b + static_cast<std::uint32_t>(cut) + 1;
            scan_one(bi, b, m, known);
            known = sv::npos;
            b = m;
        }
        scan_one(bi, b, e, known);
    };
    if (!doc.structure.sentences.empty()) {
        // The next digit of the block, searched for up to the block's end from the first sentence that needs
        // it: the sentences before it hold none and are passed here (about half of them: 60 000 of big-10M's
        // 115 000, each a call of the lambdas above and a search of its own, with its byte-by-byte tail), and
        // the sentence holding it gets it. Valid for a sentence of the same block starting in [dig_from,
        // dig_at]: no digit lies in [dig_from, dig_at).
        std::size_t dig_block = static_cast<std::size_t>(-1), dig_from = 0, dig_at = 0;
        for (const Sentence& st : doc.structure.sentences) {
            if (st.block >= doc.blocks.size()) continue;
            if (!doc.structure.is_prose.empty() && st.block < doc.structure.is_prose.size() &&
                doc.blocks[st.block].kind == Block::Kind::table_row)
                continue;
            const sv t = doc.blocks[st.block].text;
            const std::uint32_t e = std::min<std::uint32_t>(st.end, static_cast<std::uint32_t>(t.size()));
            if (st.begin >= e) {  // (empty: no digit; past the text: as before)
                if (st.begin > e) scan_range(st.block, st.begin, e, sv::npos);
                continue;
            }
            if (st.block != dig_block || st.begin < dig_from || st.begin > dig_at) {
                dig_block = st.block;
                dig_from = st.begin;
                dig_at = byte_scan::first_digit(t.data(), st.begin, t.size());
            }
            if (dig_at >= e) continue;
            scan_range(st.block, st.begin, e, dig_at);
        }
    } else {
        for (std::size_t bi = 0; bi < doc.blocks.size(); ++bi)
            if (doc.blocks[bi].kind == Block::Kind::text)
                scan_range(bi, 0, static_cast<std::uint32_t>(doc.blocks[bi].text.size()), sv::npos);
    }
    if (low_block != static_cast<std::size_t>(-1) && low_kept) c.low_text.size = low_off + low_len;
    c.bind_tokens();
    // Convention from unambiguous numbers.
    for (const Quantity& q : out.quantities) {
        const Number& n = q.number;
        if (q.unit.empty()) continue;  // "1.1." headings, "4.0" names: not evidence
        if (n.vi_ok && !n.en_ok) ++c.vi_evidence;
        else if (n.en_ok && !n.vi_ok) ++c.en_evidence;
    }
    out.vi_evidence = c.vi_evidence;
    out.en_evidence = c.en_evidence;
    using Conv = Claims::Convention;
    if (c.en_evidence > c.vi_evidence) out.convention = c.vi_evidence > 0 ? Conv::mixed : Conv::en;
    else out.convention = (c.en_evidence > 0 && c.en_evidence * 4 > c.vi_evidence) ? Conv::mixed : Conv::vi;
    const bool en = out.convention == Conv::en;
    for (std::size_t k = 0; k < c.store.size(); ++k) {
        finalize_signed(c.store.q(k), c.store.side(k), en);
    }
    // The closed set of wards/communes: the most frequent small count of "phường"/"xã".
    {
        std::array<int, 64> votes{};
        // (the units compared as string_views: a size test first, no out-of-line compare with a C string)
        for (const Quantity& q : out.quantities)
            // (the unit first: its size refuses most quantities, before two long double compares)
            if ((sv(q.unit) == "phường" || sv(q.unit) == "phường, xã" || sv(q.unit) == "xã, phường") && q.decimals == 0 &&
                q.value >= 2 && q.value < 64)
                ++votes[static_cast<std::size_t>(q.value)];
        int best = 0;
        for (int v = 2; v < 64; ++v)
            if (votes[static_cast<std::size_t>(v)] > votes[static_cast<std::size_t>(best)]) best = v;
        c.wards = best > 0 && votes[static_cast<std::size_t>(best)] >= 2 ? best : 0;
    }
    // Claims, sentence by sentence. (About one claim per sentence with figures on real reports: reserved
    // with a quarter more, a Claim being 248 bytes moved at every growth of the vector.)
    out.claims.reserve(c.sentences.size() + c.sentences.size() / 4);
    Assembler a{c, out};
    const SentenceToks* prev = nullptr;
    for (const SentenceToks& st : c.sentences) {
        a.prev_sentence = prev && prev->block == st.block ? prev : nullptr;
        prev = &st;
        a.sentence(st, c.lowered(st));
    }
    footnote_claims(c, out);
    footnote_sections(c, out);
    table_claims(doc, out, en);
    sort_by_begin(out.quantities);
    sort_by_begin(out.claims);
}

// ---------------------------------------------------------------- dump

namespace {
std::string fmt_ld(long double v) {
    std::ostringstream o;
    o << std::setprecision(15) << static_cast<double>(v);
    return o.str();
}
const char* qual_name(Qualifier q) {
    switch (q) {
        case Qualifier::none: return "";
        case Qualifier::more_than: return " >";
        case Qualifier::less_than: return " <";
        case Qualifier::approx: return " ~";
        case Qualifier::reached: return " đạt";
    }
    return "";
}
void dump_q(const Document& doc, std::ostream& o, const char* role, const Opt<Quantity>& q) {
    if (!q) return;
    std::string text(doc.source.slice(q->span));
    for (char& ch : text)
        if (ch == '\n' || ch == '\r') ch = ' ';  // a figure wrapped over lines (PDF text) stays on one dump line
    o << "    " << role << ": " << text << " = " << fmt_ld(q->value) << " ±" << fmt_ld(q->radius)
      << " [" << q->unit << "]" << qual_name(q->qualifier) << (q->exact ? " exact" : "") << "\n";
}
}  // namespace

void dump_claims(const Document& doc, std::ostream& out) {
    const Claims& cl = doc.claims;
    const char* conv = cl.convention == Claims::Convention::vi ? "vi" : cl.convention == Claims::Convention::en ? "en" : "mixed";
    out << doc.source.path() << ": " << cl.quantities.size() << " quantities, " << cl.claims.size()
        << " claims, convention " << conv << " (vi " << cl.vi_evidence << ", en " << cl.en_evidence << ")\n";
    if (std::getenv("RC_DUMP_QUANTITIES")) {
        for (const Quantity& q : cl.quantities) {
            const Position p = doc.position(q.span.begin);
            out << "  q " << p.line << ":" << p.column << " " << doc.source.slice(q.span) << " = " << fmt_ld(q.value) << " ±"
                << fmt_ld(q.radius) << " [" << q.unit << "]\n";
        }
    }
    for (const Claim& c : cl.claims) {
        const Position p = doc.position(c.span.begin);
        out << to_string(c.kind) << " " << p.line << ":" << p.column;
        if (c.kind == ClaimKind::sum || c.kind == ClaimKind::table_total) out << (c.complete ? " complete" : " partial");
        if (c.direction) out << (c.direction > 0 ? " tăng" : " giảm");
        if (!c.note.empty()) out << " (" << c.note << ")";
        out << "\n";
        dump_q(doc, out, "total", c.total);
        for (const Quantity& q : c.parts) dump_q(doc, out, "part", q);
        dump_q(doc, out, "part", c.part);
        dump_q(doc, out, "whole", c.whole);
        dump_q(doc, out, "late", c.late);
        for (const Quantity& q : c.other_bases) dump_q(doc, out, "base", q);
        dump_q(doc, out, "percent", c.percent);
        dump_q(doc, out, "current", c.current);
        dump_q(doc, out, "previous", c.previous);
        dump_q(doc, out, "change", c.change);
        dump_q(doc, out, "rate", c.rate);
        dump_q(doc, out, "index", c.index);
        dump_q(doc, out, "count", c.count);
        if (!c.items.empty()) {
            out << "    items: ";
            if (c.items_min) out << c.items_min << "..";
            out << c.items.size();
            for (const std::string& it : c.items) out << " | " << (it.size() > 60 ? it.substr(0, it.find(' ', 50)) : it);
            out << "\n";
        }
        std::string ex(doc.source.slice(c.span));
        if (ex.size() > 240) {
            std::size_t cut = 240;
            while (cut > 0 && (static_cast<unsigned char>(ex[cut]) & 0xC0) == 0x80) --cut;
            ex = ex.substr(0, cut) + "…";
        }
        for (char& ch : ex)
            if (ch == '\n') ch = ' ';
        out << "    « " << ex << " »\n";
    }
}

}  // namespace rc
