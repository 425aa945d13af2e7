#include "rules/numfmt.hpp"

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
    if (const auto r = std::to_chars(buf, buf + sizeof buf, a, std::chars_format::fixed, decimals); r.ec == std::errc{}) {
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
