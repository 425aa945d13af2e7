#define BOOST_TEST_MODULE interval
#include <boost/test/unit_test.hpp>

#include "rules/interval.hpp"
#include "arith_fixture.hpp"

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
