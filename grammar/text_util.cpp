#include "grammar/text_util.hpp"

#include "grammar/byte_scan.hpp"

#include <array>
#include <atomic>
#include <bit>
#include <cstdint>
#include <cstring>

#include <unicode/uchar.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace rc {
namespace {
bool space_at(std::string_view s, std::size_t i, std::size_t& len) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') { len = 1; return true; }
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) { len = 2; return true; }
    return false;
}
}  // namespace

std::size_t leading_space(std::string_view s) {
    std::size_t i = 0, len = 0;
    while (i < s.size() && space_at(s, i, len)) i += len;
    return i;
}

std::size_t trailing_space(std::string_view s) {
    std::size_t n = s.size();
    while (n > 0) {
        const unsigned char c = static_cast<unsigned char>(s[n - 1]);
        if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') { --n; continue; }
        if (c == 0xA0 && n >= 2 && static_cast<unsigned char>(s[n - 2]) == 0xC2) { n -= 2; continue; }
        break;
    }
    return s.size() - n;
}

std::string_view trim_both(std::string_view s) {
    s.remove_prefix(leading_space(s));
    s.remove_suffix(trailing_space(s));
    return s;
}

namespace {
// ICU's u_isalpha, u_islower and u_isdigit of the code points of Vietnamese text (below U+0250 and U+1E00..1EFF), asked
// once each, the first time one is met (kKnown set with the answers; 0: not asked yet): is_upper_line and starts_lowercase
// asked ICU at every letter that is not ASCII (is_upper_line ~120 instructions a line of PDF text, 7.7 M on a 2.5 MB text
// of the corpus' PDF reports). (Filled as met, not all at once: the whole table was ~50 000 instructions of ICU at the
// first call, 0.5 % of a small file's run.) Shared by the threads: each entry is written whole, with the same value by any.
struct CaseTable {
    enum : std::uint8_t { kAlpha = 1, kLower = 2, kDigit = 4, kKnown = 0x80 };
    static std::uint8_t of(UChar32 c) {
        return static_cast<std::uint8_t>((u_isalpha(c) ? kAlpha : 0) | (u_islower(c) ? kLower : 0) | (u_isdigit(c) ? kDigit : 0));
    }
    // The classes of the code point at s[i] (not ASCII), i moved past it as U8_NEXT moves it (an ill-formed sequence:
    // no class).
    [[gnu::always_inline]] static std::uint8_t next(std::string_view s, std::int32_t& i) {
        std::int32_t c = 0;
        if (const int l = byte_scan::decode_common(s.data(), static_cast<std::size_t>(i), s.size(), c)) {
            std::atomic<std::uint8_t>* e = nullptr;
            if (c < 0x250) e = &latin[static_cast<std::size_t>(c)];
            else if (c >= 0x1E00 && c < 0x1F00) e = &viet[static_cast<std::size_t>(c - 0x1E00)];
            if (e) {
                i += l;
                std::uint8_t v = e->load(std::memory_order_relaxed);
                if (v == 0) v = fill(*e, c);
                return v;
            }
        }
        std::int32_t j = i;  // (a copy's address to `other`, not i's: i stays in a register in the callers' loops)
        const std::uint8_t k = other(s, j);
        i = j;
        return k;
    }
    [[gnu::noinline]] static std::uint8_t fill(std::atomic<std::uint8_t>& e, UChar32 c) {
        const auto v = static_cast<std::uint8_t>(of(c) | kKnown);
        e.store(v, std::memory_order_relaxed);
        return v;
    }
    // (out of line: rare, and its registers and ICU's calls kept out of the callers' loops)
    [[gnu::noinline]] static std::uint8_t other(std::string_view s, std::int32_t& i) {
        UChar32 c = 0;
        U8_NEXT(s.data(), i, static_cast<std::int32_t>(s.size()), c);
        return c < 0 ? 0 : of(c);
    }
    static std::atomic<std::uint8_t> latin[0x250];
    static std::atomic<std::uint8_t> viet[0x100];
};
std::atomic<std::uint8_t> CaseTable::latin[0x250];
std::atomic<std::uint8_t> CaseTable::viet[0x100];
}  // namespace

bool is_upper_line(std::string_view s) {
    std::int32_t i = 0;
    const auto len = static_cast<std::int32_t>(s.size());
    int letters = 0;
    while (i < len) {
        // ASCII without the table (its letters are A-Z and a-z, the lower case a-z): most lines of
        // prose end here at their second letter.
        const unsigned char a = static_cast<unsigned char>(s[static_cast<std::size_t>(i)]);
        if (a < 0x80) {
            if (a >= 'a' && a <= 'z') return false;
            letters += a >= 'A' && a <= 'Z';
            ++i;
            continue;
        }
        const std::uint8_t k = CaseTable::next(s, i);
        if (k & CaseTable::kAlpha) {
            if (k & CaseTable::kLower) return false;
            ++letters;
        }
    }
    return letters >= 2;
}

bool starts_lowercase(std::string_view s) {
    std::int32_t i = 0;
    const auto len = static_cast<std::int32_t>(s.size());
    while (i < len) {
        const unsigned char a = static_cast<unsigned char>(s[static_cast<std::size_t>(i)]);
        if (a < 0x80) {  // ASCII without the table: letters A-Z, a-z, digits 0-9
            if ((a | 0x20) >= 'a' && (a | 0x20) <= 'z') return a >= 'a';
            if (a >= '0' && a <= '9') return false;
            ++i;
            continue;
        }
        const std::uint8_t k = CaseTable::next(s, i);
        if (k & CaseTable::kAlpha) return (k & CaseTable::kLower) != 0;
        if (k & CaseTable::kDigit) return false;
    }
    return false;
}

namespace {
// u_tolower of each code point to_lower lowers itself (below U+0250 and U+1E00..1EFF), as UTF-8:
// bytes [0, 3), their count in [3]. Built once.
struct LowerTable {
    std::array<std::array<char, 4>, 0x250> latin{};
    std::array<std::array<char, 4>, 0x100> viet{};
    static void put(std::array<char, 4>& e, UChar32 c) {
        const UChar32 l = u_tolower(c);
        if (l < 0x80) {
            e = {static_cast<char>(l), 0, 0, 1};
        } else if (l < 0x800) {
            e = {static_cast<char>(0xC0 | (l >> 6)), static_cast<char>(0x80 | (l & 0x3F)), 0, 2};
        } else {  // below U+10000: every lower case of the accepted ranges
            e = {static_cast<char>(0xE0 | (l >> 12)), static_cast<char>(0x80 | ((l >> 6) & 0x3F)), static_cast<char>(0x80 | (l & 0x3F)), 3};
        }
    }
    LowerTable() {
        for (UChar32 c = 0; c < 0x250; ++c) put(latin[static_cast<std::size_t>(c)], c);
        for (UChar32 c = 0; c < 0x100; ++c) put(viet[static_cast<std::size_t>(c)], 0x1E00 + c);
    }
};
}  // namespace

std::string to_lower(std::string_view s) {
    // Text of ASCII, Latin (below U+0250) and Latin Extended Additional (Vietnamese) letters, in
    // well-formed UTF-8: the full lower case ICU applies is each code point's simple one
    // (SpecialCasing has no context-free or Vietnamese rule there but for U+0130, left to ICU).
    // ASCII eight bytes at a time; the other code points' u_tolower from a table built once.
    static const LowerTable table;
    const std::size_t n = s.size();
    const char* p = s.data();
    std::string out;
    // a lower case is at most 3/2 the bytes of its code point (two bytes to three); 8 bytes of room
    // for the eight-byte stores
    out.resize(n + n / 2 + 8);
    char* const o0 = out.data();
    char* o = o0;
    for (std::size_t i = 0; i < n;) {
        if (i + 8 <= n) {
            const std::uint64_t x = byte_scan::load8(p + i);
            const std::uint64_t l = byte_scan::ascii_lower8(x);
            std::memcpy(o, &l, 8);
            const std::uint64_t h = x & byte_scan::kHigh;
            const std::size_t k = h ? static_cast<std::size_t>(std::countr_zero(h) >> 3) : 8;  // its ASCII bytes
            i += k;
            o += k;
            if (k != 0) continue;
        }
        std::int32_t c = 0;
        const int len = byte_scan::decode_common(p, i, n, c);
        if (len == 0 || !((c < 0x250 && c != 0x130) || (c >= 0x1E00 && c <= 0x1EFF))) {
            static const icu::Locale vi("vi");  // built once (a Locale per call cost more than the lowering)
            out.clear();
            icu::UnicodeString::fromUTF8(icu::StringPiece(p, static_cast<std::int32_t>(n))).toLower(vi).toUTF8String(out);
            return out;
        }
        i += static_cast<std::size_t>(len);
        if (c < 0x80) {
            *o++ = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
            continue;
        }
        const std::array<char, 4>& e = c < 0x250 ? table.latin[static_cast<std::size_t>(c)] : table.viet[static_cast<std::size_t>(c - 0x1E00)];
        std::memcpy(o, e.data(), 4);  // (room: see above)
        o += e[3];
    }
    out.resize(static_cast<std::size_t>(o - o0));
    return out;
}

}  // namespace rc
