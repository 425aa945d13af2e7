#define BOOST_TEST_MODULE interval
#include <boost/test/unit_test.hpp>

#include "rules/interval.hpp"
#include "arith_fixture.hpp"
#include "rules/numfmt.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

using namespace rc;
using rct::pct;
using rct::q;

BOOST_AUTO_TEST_CASE(shown_precision_gives_half_open_interval) {
    const Interval x = interval_of(pct("12,46"), Rounding::round, 0.05L);
    BOOST_TEST(format_interval(x, 3) == "[12,455; 12,465)");
    BOOST_TEST(x.contains(12.455L));
    BOOST_TEST(!x.contains(12.465L));
    BOOST_TEST(x.contains(12.4649L));
}

BOOST_AUTO_TEST_CASE(rounded_percent_57_of_457) {
    const Interval r = Interval::point(57) / Interval::point(457) * 100;
    BOOST_TEST(intersects(r, interval_of(pct("12,47"), Rounding::round, 0)));
    BOOST_TEST(intersects(r, interval_of(pct("12,5"), Rounding::round, 0)));
    BOOST_TEST(!intersects(r, interval_of(pct("12,46"), Rounding::round, 0)));
}

BOOST_AUTO_TEST_CASE(truncation_interval) {
    const Interval r = Interval::point(97) / Interval::point(103) * 100;  // 94,1747…
    BOOST_TEST(!intersects(r, interval_of(pct("94,1"), Rounding::round, 0)));
    BOOST_TEST(intersects(r, interval_of(pct("94,1"), Rounding::truncate, 0)));
    BOOST_TEST(intersects(r, interval_of(pct("94,2"), Rounding::round, 0)));
}

BOOST_AUTO_TEST_CASE(sums_of_rounded_parts_propagate) {
    // 1,4 + 2,4 = 3,8 but the true parts may sum to anything in [3,7; 3,9).
    const Interval s = interval_of(q("1,4"), Rounding::round, 0) + interval_of(q("2,4"), Rounding::round, 0);
    BOOST_TEST(intersects(s, interval_of(q("3,7"), Rounding::round, 0)));  // [3,65;3,75) meets [3,7;3,9)
    BOOST_TEST(!intersects(s, interval_of(q("3,6"), Rounding::round, 0)));
    BOOST_TEST(format_interval(s, 2) == "[3,70; 3,90)");
    BOOST_TEST(intersects(s, interval_of(q("3,9"), Rounding::round, 0)));
    BOOST_TEST(!intersects(s, interval_of(q("4,0"), Rounding::round, 0)));
    BOOST_TEST(intersects(s, interval_of(q("4"), Rounding::round, 0)));  // [3,5; 4,5)
}

BOOST_AUTO_TEST_CASE(subtraction_multiplication_division) {
    const Interval a = Interval::closed(10, 12), b = Interval::closed(2, 4);
    BOOST_TEST(format_interval(a - b, 0) == "[6; 10]");
    BOOST_TEST(format_interval(a * b, 0) == "[20; 48]");
    BOOST_TEST(format_interval(a / b, 1) == "[2,5; 6,0]");
    const Interval z = a / Interval::closed(-1, 1);
    BOOST_TEST(!z.bounded());
}

BOOST_AUTO_TEST_CASE(qualifiers) {
    const Interval more = interval_of(q("480", "lượt", 1, false, Qualifier::more_than), Rounding::round, 0.05L);
    BOOST_TEST(!more.contains(480));
    BOOST_TEST(more.contains(1e9L));
    const Interval less = interval_of(q("10", "", 1, false, Qualifier::less_than), Rounding::round, 0.05L);
    BOOST_TEST(less.contains(-5));
    BOOST_TEST(!less.contains(10));
    const Interval about = interval_of(q("200", "", 1, false, Qualifier::approx), Rounding::round, 0.05L);
    BOOST_TEST(about.contains(189.6L));
    BOOST_TEST(!about.contains(211));
}

BOOST_AUTO_TEST_CASE(exact_counts_are_points) {
    const Interval x = interval_of(rct::cnt("04", "hộ"), Rounding::round, 0.05L);
    BOOST_TEST(x.lo == 4);
    BOOST_TEST(x.hi == 4);
    BOOST_TEST(!x.contains(4.3L));
}

BOOST_AUTO_TEST_CASE(open_ends_do_not_meet) {
    BOOST_TEST(!intersects(Interval::half_open(1, 2), Interval::half_open(2, 3)));
    BOOST_TEST(intersects(Interval::closed(1, 2), Interval::half_open(2, 3)));
    BOOST_TEST(format_interval(Interval{5, Interval::inf, true, true}, 0) == "(5; +∞)");
}

// format_vi writes a number with at most four decimals exactly (a whole number, a half, …) as the double's
// fixed form, grouped (a guard for any faster path for such numbers; rules8's was not kept) — checked against
// that form for whole numbers of every size up to and past 2^63 (long doubles that are not doubles: rounded to one first),
// both signs, -0, and 0 … 12 decimals, for halves, quarters and 1/16, 1/64 of them (their digits after
// the point, with zeros before them: 0,0625), and for values just off a whole number.
BOOST_AUTO_TEST_CASE(format_vi_of_exact_decimals_equals_the_fixed_form) {
    const auto reference = [](long double v, int d) {
        char buf[512];
        const double a = static_cast<double>(std::fabs(v));
        const auto r = std::to_chars(buf, buf + sizeof buf, a, std::chars_format::fixed, d);
        const std::string s(buf, r.ptr);
        const bool zero = s.find_first_not_of("0.") == std::string::npos;
        const std::size_t dot = s.find('.');
        const std::string ip = s.substr(0, dot), fp = dot == std::string::npos ? "" : s.substr(dot + 1);
        std::string out = v < 0 && !zero ? "-" : "";
        for (std::size_t i = 0; i < ip.size(); ++i) {
            if (i && (ip.size() - i) % 3 == 0) out += '.';
            out += ip[i];
        }
        if (!fp.empty()) out += "," + fp;
        return out;
    };
    std::vector<long double> vs = {0.0L, -0.0L, 1, 9, 10, 999, 1000, 1e15L, 9007199254740992.0L, 9007199254740993.0L,
                                   0x1p62L, 0x1p63L - 1024, 0x1p63L, 0x1p63L + 2048, 0x1p64L, 1e20L, 123456789012345678.0L};
    std::uint64_t seed = 99;
    for (int i = 0; i < 3000; ++i) {
        seed = seed * 6364136223846793005ull + 1442695040888963407ull;
        const int bits = 1 + i % 64;
        const std::uint64_t x = bits == 64 ? seed : seed >> (64 - bits);
        vs.push_back(static_cast<long double>(x));
        vs.push_back(static_cast<long double>(i));
    }
    std::size_t checked = 0;
    for (const long double v : vs)
        for (const long double w : {v, -v, v + 0.5L, v - 0.25L, v / 16, -v / 64, v * 1.0000001L})
            for (int d = 0; d <= 12; ++d) {
                BOOST_TEST_REQUIRE(format_vi(w, d) == reference(w, d), "value " << static_cast<double>(w) << " decimals " << d);
                ++checked;
            }
    BOOST_TEST(checked > 300000u);
}

namespace {
bool same_bits(long double a, long double b) { return (std::isnan(a) && std::isnan(b)) || (a == b && std::signbit(a) == std::signbit(b)); }
bool same_interval(const Interval& x, const Interval& y) {
    return same_bits(x.lo, y.lo) && same_bits(x.hi, y.hi) && x.lo_open == y.lo_open && x.hi_open == y.hi_open;
}
// interval_of as it was written before its one-compare test for a figure without a qualifier (a switch first)
Interval old_interval_of(const Quantity& q, Rounding rounding, long double margin) {
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
        if (v >= 0) return Interval::half_open(v, v + 2 * r);
        return {v - 2 * r, v, true, false};
    }
    return Interval::half_open(v - r, v + r);
}
}  // namespace

// interval_of: the figures without a qualifier tested by one compare, an exact one a point first — the same
// interval as the switch gave for every qualifier, exactness, radius, sign and rounding.
BOOST_AUTO_TEST_CASE(interval_of_is_the_switch) {
    for (const Qualifier k : {Qualifier::none, Qualifier::more_than, Qualifier::less_than, Qualifier::approx, Qualifier::reached})
        for (const bool exact : {false, true})
            for (const long double r : {0.0L, -0.0L, 0.005L, 0.5L, 5e6L})
                for (const long double val : {0.0L, -0.0L, 12.46L, -12.46L, 1e15L})
                    for (const Rounding rd : {Rounding::round, Rounding::truncate})
                        for (const long double margin : {0.0L, 0.05L}) {
                            Quantity x;
                            x.value = val;
                            x.radius = r;
                            x.exact = exact;
                            x.qualifier = k;
                            BOOST_TEST(same_interval(interval_of(x, rd, margin), old_interval_of(x, rd, margin)));
                        }
}
