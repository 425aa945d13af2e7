#include "rules/numfmt.hpp"

#include <charconv>
#include <cmath>
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
    if (s.find_first_not_of("0.") == std::string_view::npos) value = 0;  // no "-0"
    const auto dot = s.find('.');
    const std::string_view ip = s.substr(0, dot);
    const std::string_view fp = dot == std::string_view::npos ? std::string_view() : s.substr(dot + 1);
    std::string out;
    out.reserve(1 + ip.size() + ip.size() / 3 + 1 + fp.size());
    if (value < 0) out.push_back('-');
    const int n = static_cast<int>(ip.size());
    for (int i = 0; i < n; ++i) {
        out.push_back(ip[static_cast<std::size_t>(i)]);
        const int left = n - i - 1;
        if (left > 0 && left % 3 == 0) out.push_back('.');
    }
    if (!fp.empty()) {
        out.push_back(',');
        out.append(fp);
    }
    return out;
}

std::string format_vi_short(long double value, int max_decimals) {
    std::string s = format_vi(value, max_decimals);
    if (s.find(',') == std::string::npos) return s;
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == ',') s.pop_back();
    return s;
}

}  // namespace rc
