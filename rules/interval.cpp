#include "rules/interval.hpp"

#include <algorithm>
#include <cmath>

#include "rules/config.hpp"
#include "rules/numfmt.hpp"

namespace rc {

namespace {
// Relative slack for binary representation noise only (not a domain tolerance).
long double noise(long double a, long double b) {
    long double m = 1;
    if (std::isfinite(a)) m = std::max(m, std::fabs(a));
    if (std::isfinite(b)) m = std::max(m, std::fabs(b));
    return m * 1e-12L;
}
}  // namespace

long double Interval::mid() const {
    if (!bounded()) return std::isfinite(lo) ? lo : hi;
    return (lo + hi) / 2;
}

bool Interval::contains(long double v) const { return intersects(*this, point(v)); }

Interval interval_of(const Quantity& q, Rounding rounding, long double margin) {
    const long double v = q.value;
    const long double r = q.exact ? 0.0L : q.radius;
    switch (q.qualifier) {
        case Qualifier::more_than: return {v, Interval::inf, true, true};
        case Qualifier::less_than: return {-Interval::inf, v, true, true};
        case Qualifier::approx: {
            const long double w = r + margin * std::fabs(v);
            return Interval::closed(v - w, v + w);
        }
        case Qualifier::none:
        case Qualifier::reached: break;
    }
    if (r == 0) return Interval::point(v);
    if (rounding == Rounding::truncate) {
        // Truncation toward zero: 94,1 stands for [94,1; 94,2).
        if (v >= 0) return Interval::half_open(v, v + 2 * r);
        return {v - 2 * r, v, true, false};
    }
    return Interval::half_open(v - r, v + r);
}

Interval interval_of(const Quantity& q, const RuleConfig& cfg) {
    return interval_of(q, cfg.tolerance == RuleConfig::Tolerance::truncate ? Rounding::truncate : Rounding::round,
                       cfg.approx_margin);
}

Interval operator+(const Interval& a, const Interval& b) {
    return {a.lo + b.lo, a.hi + b.hi, a.lo_open || b.lo_open, a.hi_open || b.hi_open};
}

Interval operator-(const Interval& a, const Interval& b) {
    return {a.lo - b.hi, a.hi - b.lo, a.lo_open || b.hi_open, a.hi_open || b.lo_open};
}

namespace {
long double mulx(long double x, long double y) {
    if (x == 0 || y == 0) return 0;  // 0 × ∞ = 0 for bounds
    return x * y;
}
Interval hull4(long double a, long double b, long double c, long double d) {
    return Interval::closed(std::min({a, b, c, d}), std::max({a, b, c, d}));
}
}  // namespace

Interval operator*(const Interval& a, const Interval& b) {
    return hull4(mulx(a.lo, b.lo), mulx(a.lo, b.hi), mulx(a.hi, b.lo), mulx(a.hi, b.hi));
}

Interval operator/(const Interval& a, const Interval& b) {
    if (b.contains_zero()) return Interval::closed(-Interval::inf, Interval::inf);
    const Interval inv = Interval::closed(std::min(1 / b.lo, 1 / b.hi), std::max(1 / b.lo, 1 / b.hi));
    return a * inv;
}

Interval operator*(const Interval& a, long double k) {
    if (k >= 0) return {mulx(a.lo, k), mulx(a.hi, k), a.lo_open, a.hi_open};
    return {mulx(a.hi, k), mulx(a.lo, k), a.hi_open, a.lo_open};
}

Interval operator+(const Interval& a, long double k) { return {a.lo + k, a.hi + k, a.lo_open, a.hi_open}; }

bool intersects(const Interval& a, const Interval& b) {
    // Max of the lower ends, min of the upper ends, with their openness.
    long double lo = a.lo;
    bool lo_open = a.lo_open;
    if (b.lo > lo || (b.lo == lo && b.lo_open)) { lo = b.lo; lo_open = b.lo_open || (b.lo == a.lo && a.lo_open); }
    long double hi = a.hi;
    bool hi_open = a.hi_open;
    if (b.hi < hi || (b.hi == hi && b.hi_open)) { hi = b.hi; hi_open = b.hi_open || (b.hi == a.hi && a.hi_open); }
    const long double eps = noise(lo, hi);
    if (lo < hi - eps) return true;
    if (lo > hi + eps) return false;
    // Touching ends (within representation noise): meet only if both are closed,
    // or if the touch is pure floating-point noise between distinct closed/open bounds.
    if (!lo_open && !hi_open) return true;
    return lo < hi;  // strictly inside by noise: accept; exact touch of an open end: reject
}

std::string format_interval(const Interval& x, int decimals) {
    const std::string a = std::isfinite(x.lo) ? format_vi(x.lo, decimals) : std::string("−∞");
    const std::string b = std::isfinite(x.hi) ? format_vi(x.hi, decimals) : std::string("+∞");
    if (x.lo == x.hi) return a;
    return std::string(x.lo_open ? "(" : "[") + a + "; " + b + (x.hi_open ? ")" : "]");
}

}  // namespace rc
