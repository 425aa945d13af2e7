// Byte searches eight bytes at a time (first_digit: sixteen with SSE2), for the passes that
// look for a rare byte (a digit, a full stop, a superscript's lead byte) in long runs of letters.
// Each word test is exact (no byte is missed, none is reported that is absent):
// a word without the byte is skipped, the byte itself is then found byte by byte.
#pragma once
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace rc::byte_scan {

inline std::uint64_t load8(const char* p) {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
}

constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
constexpr std::uint64_t kHigh = 0x8080808080808080ULL;

// Some byte of x is below n (n <= 128). The lowest such byte always sets its high
// bit in the result; a byte >= n never does unless a lower byte borrowed.
constexpr bool has_less(std::uint64_t x, unsigned n) { return ((x - kOnes * n) & ~x & kHigh) != 0; }
constexpr bool has_byte(std::uint64_t x, unsigned char c) { return has_less(x ^ (kOnes * c), 1); }
// Some byte of x is an ASCII digit: x ^ '0' maps exactly the digits below 10.
constexpr bool has_digit(std::uint64_t x) { return has_less(x ^ (kOnes * '0'), 10); }

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The first digit in [i, end), or end.
inline std::size_t find_digit(const char* s, std::size_t i, std::size_t end) {
    while (i + 8 <= end && !has_digit(load8(s + i))) i += 8;
    while (i < end && !is_digit(s[i])) ++i;
    return i;
}

#if defined(__SSE2__)
// Sixteen bytes at a time: `match(x)` marks (0xFF) the bytes of x that are wanted. Returns true
// with i at the first match in [i, end), or with i = end when there is none; false, with i
// unchanged, when fewer than 16 bytes are left in a text shorter than 16 bytes (for the caller's
// byte loop). The last bytes of a longer text are read as the 16 bytes ending at `end` (all
// inside s[0, end)), the ones before i shifted out of the mask.
template <class Match>
inline bool scan16(const char* s, std::size_t& i, std::size_t end, Match match) {
    while (i + 16 <= end) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
        if (const int mask = _mm_movemask_epi8(match(x))) {
            i += static_cast<std::size_t>(std::countr_zero(static_cast<unsigned>(mask)));
            return true;
        }
        i += 16;
    }
    if (i >= end) return true;
    if (end < 16) return false;
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + end - 16));
    const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(match(x))) >> (16 - (end - i));
    i = mask ? i + static_cast<std::size_t>(std::countr_zero(mask)) : end;
    return true;
}
#endif

// The first digit in [i, end), or end, as find_digit, without its byte loop: on a little-endian
// machine the digit is located in its word by the lowest high bit of the has_less mask (the
// lowest byte below n is always marked there; only bytes above it may be marked by a borrow),
// and the last bytes are read as the word ending at end, shifted down past the bytes before i.
// Where SSE2 is there (every x86-64), sixteen bytes are tested at a time the same way: a byte
// plus 0x80 - '0' is a digit's when, signed, it is below -128 + 10 (one compare, exact per byte).
inline std::size_t first_digit(const char* s, std::size_t i, std::size_t end) {
#if defined(__SSE2__)
    const __m128i shift = _mm_set1_epi8(static_cast<char>(0x80 - '0'));
    const __m128i limit = _mm_set1_epi8(static_cast<char>(-128 + 10));
    if (scan16(s, i, end, [&](__m128i x) { return _mm_cmplt_epi8(_mm_add_epi8(x, shift), limit); })) return i;
#endif
    if constexpr (std::endian::native == std::endian::little) {
        const auto digits = [](std::uint64_t x) {
            const std::uint64_t y = x ^ (kOnes * '0');
            return (y - kOnes * 10) & ~y & kHigh;
        };
        for (; i + 8 <= end; i += 8)
            if (const std::uint64_t m = digits(load8(s + i))) return i + static_cast<std::size_t>(std::countr_zero(m) >> 3);
        if (i < end && end >= 8) {  // the word ending at end; its bytes before i shifted out (zeros are no digits)
            const std::uint64_t m = digits(load8(s + end - 8) >> (8 * (i - (end - 8))));
            return m ? i + static_cast<std::size_t>(std::countr_zero(m) >> 3) : end;
        }
    }
    return find_digit(s, i, end);
}

// The first byte in [i, end) equal to one of a, b, c, or end.
inline std::size_t find_any(const char* s, std::size_t i, std::size_t end, char a, char b, char c) {
    const auto ua = static_cast<unsigned char>(a), ub = static_cast<unsigned char>(b), uc = static_cast<unsigned char>(c);
    while (i + 8 <= end) {
        const std::uint64_t x = load8(s + i);
        if (has_byte(x, ua) || has_byte(x, ub) || has_byte(x, uc)) break;
        i += 8;
    }
    while (i < end && s[i] != a && s[i] != b && s[i] != c) ++i;
    return i;
}

// x with its ASCII capitals A-Z lower-cased; the other bytes (and every byte >= 0x80) unchanged.
// Per byte without carries: the low seven bits plus 0x25 pass 0x7F above 'Z', plus 0x3F from 'A'.
constexpr std::uint64_t ascii_lower8(std::uint64_t x) {
    constexpr std::uint64_t kLow = 0x7F7F7F7F7F7F7F7FULL;
    const std::uint64_t h = x & kLow;
    const std::uint64_t upper = (h + kOnes * (0x80 - 'A')) & ~(h + kOnes * (0x7F - 'Z')) & ~x & kHigh;
    return x | (upper >> 2);  // 0x80 >> 2 = 0x20, the case bit (clear in a capital)
}

// The code point of a common well-formed UTF-8 sequence at s[i]: ASCII, two bytes, or three
// bytes led by E1..EC (for these every continuation byte is valid; Vietnamese letters are
// E1 B8..BB xx). Returns its length, or 0 for anything else (to be decoded by ICU's U8_NEXT,
// which gives the same code point for the sequences accepted here).
inline int decode_common(const char* s, std::size_t i, std::size_t end, std::int32_t& c) {
    const auto u = [&](std::size_t at) { return static_cast<unsigned char>(s[at]); };
    const unsigned char b = u(i);
    if (b < 0x80) {
        c = b;
        return 1;
    }
    const auto cont = [&](std::size_t at) { return at < end && (u(at) & 0xC0) == 0x80; };
    if (b >= 0xC2 && b <= 0xDF && cont(i + 1)) {
        c = ((b & 0x1F) << 6) | (u(i + 1) & 0x3F);
        return 2;
    }
    if (b >= 0xE1 && b <= 0xEC && cont(i + 1) && cont(i + 2)) {
        c = ((b & 0x0F) << 12) | ((u(i + 1) & 0x3F) << 6) | (u(i + 2) & 0x3F);
        return 3;
    }
    return 0;
}

// The end of the run of ASCII bytes starting at i (the first byte >= 0x80 in [i, end), or end).
// The run ends inside a word at the lowest byte with its high bit set: on a little-endian
// machine, the number of trailing zero bits / 8.
inline std::size_t ascii_end(const char* s, std::size_t i, std::size_t end) {
    if constexpr (std::endian::native == std::endian::little) {
        while (i + 8 <= end) {
            if (const std::uint64_t h = load8(s + i) & kHigh) return i + static_cast<std::size_t>(std::countr_zero(h) >> 3);
            i += 8;
        }
    }
    while (i < end && static_cast<unsigned char>(s[i]) < 0x80) ++i;
    return i;
}

}  // namespace rc::byte_scan
