// Small UTF-8 text helpers shared by the grammars and rules.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace rc {

// Bytes of leading / trailing white space (ASCII space, tab, CR, NBSP U+00A0).
std::size_t leading_space(std::string_view s);
std::size_t trailing_space(std::string_view s);
std::string_view trim_both(std::string_view s);  // trim() past its first test
// `s` without its leading and trailing white space.
inline std::string_view trim(std::string_view s) {
    // Most strings have none: one test of each end byte (a space, a control, the lead or last byte of NBSP).
    if (!s.empty()) {
        const auto f = static_cast<unsigned char>(s.front()), b = static_cast<unsigned char>(s.back());
        const bool fs = f == 0xC2 || f == ' ' || (f >= '\t' && f <= '\r' && f != '\n');
        const bool bs = b == 0xA0 || b == ' ' || (b >= '\t' && b <= '\r' && b != '\n');
        if (!fs && !bs) return s;
    }
    return trim_both(s);
}

// True when the line has letters and none of them is lowercase (ICU).
bool is_upper_line(std::string_view s);
// True when the first letter of the line is lowercase (ICU).
bool starts_lowercase(std::string_view s);
// Lower-case with ICU (Vietnamese letters included).
std::string to_lower(std::string_view s);

}  // namespace rc
