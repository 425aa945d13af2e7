#include "rules/numfmt.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <string_view>
#include <system_error>
#include <fmt/format.h>

namespace rc {

std::string format_vi(long double value, int decimals) {
    if (decimals < 0) decimals = 0;
    if (decimals > 12) decimals = 12;
    // std::to_chars: the correctly rounded fixed form, as fmt's "{:.{}f}" gives it, without a heap string.
    char buf[512];
    const double a = static_cast<double>(std::fabs(value));
    std::string fallback;
    std::string_view s;
    // A value with at most k = min(decimals, 4) decimals exactly — a whole number, or a half or a quarter as
    // a rounding interval's bounds are — has nothing to round: its fixed form is the digits of m = a·10^k
    // with the point put back and zeros up to `decimals`, and the integer std::to_chars writes them (~40
    // instructions; the double's ~550, and ~40 % of the 8 000 numbers of big-10M's messages are such). The
    // product is exact in a long double (a's 53 bits times 5^k, at most 10 bits): m is a whole number
    // exactly when a has at most k decimals.
    static constexpr long double kPow10[5] = {1.0L, 10.0L, 100.0L, 1000.0L, 10000.0L};
    const int k = decimals < 4 ? decimals : 4;
    const long double m = static_cast<long double>(a) * kPow10[k];
    if (m < 0x1p63L && m == std::floor(m)) {  // (false for NaN and infinity)
        char digits[24];
        const auto r = std::to_chars(digits, digits + sizeof digits, static_cast<unsigned long long>(m));
        const auto len = static_cast<std::size_t>(r.ptr - digits);
        const auto kd = static_cast<std::size_t>(k);
        char* o = buf;
        if (len > kd) {  // "1234" -> "12" and "34" after the point
            std::memcpy(o, digits, len - kd);
            o += len - kd;
        } else {  // "5" -> "0" and "05" after the point
            *o++ = '0';
        }
        if (decimals > 0) {
            *o++ = '.';
            if (len < kd) {
                std::memset(o, '0', kd - len);
                o += kd - len;
            }
            const std::size_t tail = std::min(len, kd);
            std::memcpy(o, digits + len - tail, tail);
            o += tail;
            std::memset(o, '0', static_cast<std::size_t>(decimals - k));
            o += decimals - k;
        }
        s = std::string_view(buf, static_cast<std::size_t>(o - buf));
    } else if (const auto r = std::to_chars(buf, buf + sizeof buf, a, std::chars_format::fixed, decimals); r.ec == std::errc{}) {
        s = std::string_view(buf, static_cast<std::size_t>(r.ptr - buf));
    } else {
        fallback = fmt::format("{:.{}f}", a, decimals);
        s = fallback;
    }
    bool zero = true;  // only '0' and '.': no "-0" (nearly always decided by the first digit)
    for (const char c : s)
        if (c != '0' && c != '.') {
            zero = false;
            break;
        }
    const auto dot = s.find('.');
    const std::string_view ip = s.substr(0, dot);
    const std::string_view fp = dot == std::string_view::npos ? std::string_view() : s.substr(dot + 1);
    // '-', the integer digits grouped by '.', ',' and the decimals, written into a buffer at once
    char out[1024];
    char* o = out;
    if (value < 0 && !zero) *o++ = '-';
    // the integer digits in groups of three from the right: the first group (one to three digits), then
    // '.' and three digits at a time (was a test and a remainder by 3 per digit)
    const std::size_t n = ip.size();
    std::size_t first = n % 3 == 0 ? 3 : n % 3;
    if (first > n) first = n;  // (no integer digit: nothing to group)
    std::memcpy(o, ip.data(), first);
    o += first;
    for (std::size_t i = first; i < n; i += 3) {
        *o++ = '.';
        std::memcpy(o, ip.data() + i, 3);
        o += 3;
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
