#include "rules/interval.hpp"

#include <algorithm>
#include <cmath>

#include "rules/config.hpp"
#include "rules/numfmt.hpp"

namespace rc {

Interval interval_of(const Quantity& q, const RuleConfig& cfg) {
    return interval_of(q, cfg.tolerance == RuleConfig::Tolerance::truncate ? Rounding::truncate : Rounding::round,
                       cfg.approx_margin);
}

std::string format_interval(const Interval& x, int decimals) {
    const std::string a = std::isfinite(x.lo) ? format_vi(x.lo, decimals) : std::string("−∞");
    const std::string b = std::isfinite(x.hi) ? format_vi(x.hi, decimals) : std::string("+∞");
    if (x.lo == x.hi) return a;
    return std::string(x.lo_open ? "(" : "[") + a + "; " + b + (x.hi_open ? ")" : "]");
}

}  // namespace rc
