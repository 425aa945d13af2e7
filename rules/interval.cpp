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
    std::string a = std::isfinite(x.lo) ? format_vi(x.lo, decimals) : std::string("−∞");
    if (x.lo == x.hi) return a;
    const std::string b = std::isfinite(x.hi) ? format_vi(x.hi, decimals) : std::string("+∞");
    std::string out;  // "[a; b)" built in one buffer
    out.reserve(a.size() + b.size() + 4);
    out += x.lo_open ? '(' : '[';
    out += a;
    out += "; ";
    out += b;
    out += x.hi_open ? ')' : ']';
    return out;
}

}  // namespace rc
