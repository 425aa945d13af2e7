// Numbers in Vietnamese notation for messages: '.' thousands, ',' decimals.
#pragma once
#include <string>

namespace rc {

// format_vi(3482.125, 3) -> "3.482,125"; format_vi(68, 0) -> "68".
std::string format_vi(long double value, int decimals);
// The fixed form of a (finite, >= 0, below 2^63) at `decimals` (0-12) decimals, correctly rounded, written
// into buf (at least 40 bytes) as std::to_chars(buf, …, a, std::chars_format::fixed, decimals) writes it;
// returns its end, or nullptr for another a (then format_vi calls std::to_chars).
char* fixed_exact(char* buf, double a, int decimals);
// Like format_vi but drops trailing zeros of the decimals (at most `max_decimals`).
std::string format_vi_short(long double value, int max_decimals);

}  // namespace rc
