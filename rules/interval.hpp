// Rounding-aware interval arithmetic (XBRL Calculations 1.1 style).
//
// A reported figure stands for every value that rounds to it: "12,46" with two
// decimals shown stands for [12,455; 12,465), i.e. [v − r, v + r) with r half a
// unit of the last shown digit. Intervals propagate through + − × ÷ and a claim
// is consistent when the interval computed from its operands meets the interval
// of the stated result. There is no fixed epsilon: the only slack is a relative
// 1e-12 that absorbs binary floating-point noise (12,465 is not representable).
//
// Qualifiers (Quantity::qualifier):
//   trên/hơn/vượt X  -> (X, +∞)     dưới/chưa đến X -> (−∞, X)
//   khoảng/gần/xấp xỉ/ước X -> [v − r − m·|v|, v + r + m·|v|] with m the configured
//   approx-margin (RuleConfig::approx_margin, default 5 %). An "ước" estimate is
//   still an interval, so it is checked against its own parts like any figure.
// Counts of a counted noun (Quantity::exact, "04 hộ") are exact points [v, v].
#pragma once
#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include "grammar/claims_ast.hpp"

namespace rc {

struct RuleConfig;

struct Interval {
    long double lo = 0, hi = 0;
    bool lo_open = false, hi_open = false;

    static constexpr long double inf = std::numeric_limits<long double>::infinity();
    static Interval point(long double v) { return {v, v, false, false}; }
    static Interval closed(long double a, long double b) { return {a, b, false, false}; }
    static Interval half_open(long double a, long double b) { return {a, b, false, true}; }

    bool bounded() const { return lo > -inf && hi < inf; }
    bool contains_zero() const { return lo <= 0 && hi >= 0; }
    long double mid() const {
        if (!bounded()) return std::isfinite(lo) ? lo : hi;
        return (lo + hi) / 2;
    }
    bool contains(long double v) const;
};

enum class Rounding { round, truncate };

// The interval a quantity stands for. `rounding` = how the writer turned the exact
// value into the shown digits (round half up, or truncation toward zero).
// (The qualifiers that change the interval, more_than … approx, are the enum's 1 … 3: one unsigned compare
// for the figures that have none, not the switch's three compares; an exact figure is a point before its
// radius is compared with 0 on the x87 stack. ~115 000 calls on big-10M.)
[[gnu::always_inline]] inline Interval interval_of(const Quantity& q, Rounding rounding, long double margin) {
    static_assert(static_cast<unsigned>(Qualifier::more_than) == 1 && static_cast<unsigned>(Qualifier::less_than) == 2 &&
                  static_cast<unsigned>(Qualifier::approx) == 3);
    const long double v = q.value;
    if (static_cast<unsigned>(q.qualifier) - 1u < 3u) [[unlikely]] {
        switch (q.qualifier) {
            case Qualifier::more_than: return {v, Interval::inf, true, true};
            case Qualifier::less_than: return {-Interval::inf, v, true, true};
            default: {  // approx
                const long double w = (q.exact ? 0.0L : q.radius) + margin * std::fabs(v);
                return Interval::closed(v - w, v + w);
            }
        }
    }
    if (q.exact) return Interval::point(v);
    const long double r = q.radius;
    if (r == 0) return Interval::point(v);
    if (rounding == Rounding::truncate) {
        // Truncation toward zero: 94,1 stands for [94,1; 94,2).
        if (v >= 0) return Interval::half_open(v, v + 2 * r);
        return {v - 2 * r, v, true, false};
    }
    return Interval::half_open(v - r, v + r);
}
// Same, from the rule configuration (tolerance, approx-margin).
Interval interval_of(const Quantity& q, const RuleConfig& cfg);

// Propagation: results are closed where the operands are bounded (conservative).
// (Inline: the arithmetic rules call them a few times per claim.)
inline Interval operator+(const Interval& a, const Interval& b) {
    return {a.lo + b.lo, a.hi + b.hi, a.lo_open || b.lo_open, a.hi_open || b.hi_open};
}
inline Interval operator-(const Interval& a, const Interval& b) {
    return {a.lo - b.hi, a.hi - b.lo, a.lo_open || b.hi_open, a.hi_open || b.lo_open};
}
namespace interval_detail {
inline long double mulx(long double x, long double y) {
    if (x == 0 || y == 0) return 0;  // 0 × ∞ = 0 for bounds
    return x * y;
}
inline Interval hull4(long double a, long double b, long double c, long double d) {
    return Interval::closed(std::min({a, b, c, d}), std::max({a, b, c, d}));
}
// Relative slack for binary representation noise only (not a domain tolerance).
// (always inline: GCC kept it out of line, a call for each of ~17 000 interval tests on big-10M)
[[gnu::always_inline]] inline long double noise(long double a, long double b) {
    long double m = 1;
    if (std::isfinite(a)) m = std::max(m, std::fabs(a));
    if (std::isfinite(b)) m = std::max(m, std::fabs(b));
    return m * 1e-12L;
}
}  // namespace interval_detail
inline Interval operator*(const Interval& a, const Interval& b) {
    using interval_detail::mulx;
    return interval_detail::hull4(mulx(a.lo, b.lo), mulx(a.lo, b.hi), mulx(a.hi, b.lo), mulx(a.hi, b.hi));
}
// Division by an interval containing 0 gives (−∞, +∞).
inline Interval operator/(const Interval& a, const Interval& b) {
    if (b.contains_zero()) return Interval::closed(-Interval::inf, Interval::inf);
    const Interval inv = Interval::closed(std::min(1 / b.lo, 1 / b.hi), std::max(1 / b.lo, 1 / b.hi));
    return a * inv;
}
[[gnu::always_inline]] inline Interval operator*(const Interval& a, long double k) {
    using interval_detail::mulx;
    if (k >= 0) return {mulx(a.lo, k), mulx(a.hi, k), a.lo_open, a.hi_open};
    return {mulx(a.hi, k), mulx(a.lo, k), a.hi_open, a.lo_open};
}
inline Interval operator+(const Interval& a, long double k) { return {a.lo + k, a.hi + k, a.lo_open, a.hi_open}; }

// Non-empty intersection (the consistency test).
[[gnu::always_inline]] inline bool intersects(const Interval& a, const Interval& b) {
    // Max of the lower ends, min of the upper ends, with their openness.
    long double lo = a.lo;
    bool lo_open = a.lo_open;
    if (b.lo > lo || (b.lo == lo && b.lo_open)) { lo = b.lo; lo_open = b.lo_open || (b.lo == a.lo && a.lo_open); }
    long double hi = a.hi;
    bool hi_open = a.hi_open;
    if (b.hi < hi || (b.hi == hi && b.hi_open)) { hi = b.hi; hi_open = b.hi_open || (b.hi == a.hi && a.hi_open); }
    const long double eps = interval_detail::noise(lo, hi);
    if (lo < hi - eps) return true;
    if (lo > hi + eps) return false;
    // Touching ends (within representation noise): meet only if both are closed,
    // or if the touch is pure floating-point noise between distinct closed/open bounds.
    if (!lo_open && !hi_open) return true;
    return lo < hi;  // strictly inside by noise: accept; exact touch of an open end: reject
}
inline bool Interval::contains(long double v) const { return intersects(*this, point(v)); }

// "[12,465; 12,475)" in Vietnamese notation with `decimals` decimals.
std::string format_interval(const Interval& x, int decimals);

}  // namespace rc
