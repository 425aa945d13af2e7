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
    long double mid() const;
    bool contains(long double v) const;
};

enum class Rounding { round, truncate };

// The interval a quantity stands for. `rounding` = how the writer turned the exact
// value into the shown digits (round half up, or truncation toward zero).
Interval interval_of(const Quantity& q, Rounding rounding, long double approx_margin);
// Same, from the rule configuration (tolerance, approx-margin).
Interval interval_of(const Quantity& q, const RuleConfig& cfg);

// Propagation: results are closed where the operands are bounded (conservative).
Interval operator+(const Interval& a, const Interval& b);
Interval operator-(const Interval& a, const Interval& b);
Interval operator*(const Interval& a, const Interval& b);
// Division by an interval containing 0 gives (−∞, +∞).
Interval operator/(const Interval& a, const Interval& b);
Interval operator*(const Interval& a, long double k);
Interval operator+(const Interval& a, long double k);

// Non-empty intersection (the consistency test).
bool intersects(const Interval& a, const Interval& b);

// "[12,465; 12,475)" in Vietnamese notation with `decimals` decimals.
std::string format_interval(const Interval& x, int decimals);

}  // namespace rc
