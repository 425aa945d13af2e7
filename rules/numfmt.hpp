// Numbers in Vietnamese notation for messages: '.' thousands, ',' decimals.
#pragma once
#include <string>

namespace rc {

// format_vi(3482.125, 3) -> "3.482,125"; format_vi(68, 0) -> "68".
std::string format_vi(long double value, int decimals);
// Like format_vi but drops trailing zeros of the decimals (at most `max_decimals`).
std::string format_vi_short(long double value, int max_decimals);

}  // namespace rc
