#include "rules/numfmt.hpp"

#include <cmath>
#include <fmt/format.h>

namespace rc {

std::string format_vi(long double value, int decimals) {
    if (decimals < 0) decimals = 0;
    if (decimals > 12) decimals = 12;
    std::string s = fmt::format("{:.{}f}", static_cast<double>(std::fabs(value)), decimals);
    if (s.find_first_not_of("0.") == std::string::npos) value = 0;  // no "-0"
    const auto dot = s.find('.');
    std::string ip = s.substr(0, dot);
    std::string fp = dot == std::string::npos ? std::string() : s.substr(dot + 1);
    std::string out;
    const int n = static_cast<int>(ip.size());
    for (int i = 0; i < n; ++i) {
        out.push_back(ip[static_cast<std::size_t>(i)]);
        const int left = n - i - 1;
        if (left > 0 && left % 3 == 0) out.push_back('.');
    }
    if (!fp.empty()) out += "," + fp;
    return (value < 0 ? "-" : "") + out;
}

std::string format_vi_short(long double value, int max_decimals) {
    std::string s = format_vi(value, max_decimals);
    if (s.find(',') == std::string::npos) return s;
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == ',') s.pop_back();
    return s;
}

}  // namespace rc
