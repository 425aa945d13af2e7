#include "rules/numfmt.hpp"

#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <system_error>
#include <fmt/format.h>

namespace rc {

// The fixed form of a (finite, >= 0, below 2^63) at `decimals` (0-12) decimals, correctly rounded (ties
// to even: exactly what std::to_chars and "{:.{}f}" write) into buf, from a's bits in integer arithmetic:
// a = m·2^e, so a·10^d = m·10^d·2^e, m·10^d < 2^93. Returns the end, or nullptr when a is out of range.
char* fixed_exact(char* buf, double a, int decimals) {
    const auto bits = std::bit_cast<std::uint64_t>(a);
    const int be = static_cast<int>(bits >> 52) & 0x7FF;
    if ((bits >> 63) || be == 0x7FF) return nullptr;
    const std::uint64_t m = be ? (bits & ((std::uint64_t{1} << 52) - 1)) | (std::uint64_t{1} << 52) : bits & ((std::uint64_t{1} << 52) - 1);
    const int e = be ? be - 1075 : -1074;
    if (e > 10) return nullptr;  // a >= 2^63
    static constexpr std::uint64_t kPow10[] = {1,           10,           100,           1000,         10000,
                                               100000,      1000000,      10000000,      100000000,    1000000000,
                                               10000000000, 100000000000, 1000000000000};
    const std::uint64_t p = kPow10[decimals];
    unsigned __int128 q = static_cast<unsigned __int128>(m) * p;
    if (e >= 0) {
        q <<= e;
    } else if (-e > 93) {
        q = 0;  // below half a unit of the last place (m·10^d < 2^93 <= 2^(-e-1))
    } else {
        const int sh = -e;
        const unsigned __int128 rem = q & ((static_cast<unsigned __int128>(1) << sh) - 1);
        const unsigned __int128 half = static_cast<unsigned __int128>(1) << (sh - 1);
        q >>= sh;
        if (rem > half || (rem == half && (q & 1))) ++q;
    }
    const auto ip = static_cast<std::uint64_t>(q / p);
    auto fp = static_cast<std::uint64_t>(q % p);
    char* o = std::to_chars(buf, buf + 24, ip).ptr;
    if (decimals > 0) {
        *o++ = '.';
        for (int i = decimals - 1; i >= 0; --i, fp /= 10) o[i] = static_cast<char>('0' + fp % 10);
        o += decimals;
    }
    return o;
}

std::string format_vi(long double value, int decimals) {
    if (decimals < 0) decimals = 0;
    if (decimals > 12) decimals = 12;
    // The correctly rounded fixed form, as fmt's "{:.{}f}" gives it, without a heap string: in integer
    // arithmetic below 2^63, else std::to_chars (which took ~570 instructions a number).
    char buf[512];
    const double a = static_cast<double>(std::fabs(value));
    std::string fallback;
    std::string_view s;
    if (char* const end = fixed_exact(buf, a, decimals)) {
        s = std::string_view(buf, static_cast<std::size_t>(end - buf));
    } else if (const auto r = std::to_chars(buf, buf + sizeof buf, a, std::chars_format::fixed, decimals); r.ec == std::errc{}) {
        s = std::string_view(buf, static_cast<std::size_t>(r.ptr - buf));
    } else {
        fallback = fmt::format("{:.{}f}", a, decimals);
        s = fallback;
    }
    bool zero = true;  // only '0' and '.': no "-0"
    for (const char c : s) zero = zero && (c == '0' || c == '.');
    const auto dot = s.find('.');
    const std::string_view ip = s.substr(0, dot);
    const std::string_view fp = dot == std::string_view::npos ? std::string_view() : s.substr(dot + 1);
    // '-', the integer digits grouped by '.', ',' and the decimals, written into a buffer at once
    char out[1024];
    char* o = out;
    if (value < 0 && !zero) *o++ = '-';
    const std::size_t n = ip.size();
    for (std::size_t i = 0; i < n; ++i) {
        *o++ = ip[i];
        const std::size_t left = n - i - 1;
        if (left > 0 && left % 3 == 0) *o++ = '.';
    }
    if (!fp.empty()) {
        *o++ = ',';
        std::memcpy(o, fp.data(), fp.size());
        o += fp.size();
    }
    return std::string(out, static_cast<std::size_t>(o - out));
}

std::string format_vi_short(long double value, int max_decimals) {
    std::string s = format_vi(value, max_decimals);
    if (s.find(',') == std::string::npos) return s;
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == ',') s.pop_back();
    return s;
}

}  // namespace rc
