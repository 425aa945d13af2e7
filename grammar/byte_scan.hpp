// Byte searches eight bytes at a time, for the passes that look for a rare byte
// (a digit, a full stop, a superscript's lead byte) in long runs of letters.
// Each word test is exact (no byte is missed, none is reported that is absent):
// a word without the byte is skipped, the byte itself is then found byte by byte.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>

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

}  // namespace rc::byte_scan
