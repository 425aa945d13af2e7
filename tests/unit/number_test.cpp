#define BOOST_TEST_MODULE number
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <random>
#include <string_view>
#include <vector>
#include <string>

#include "grammar/number_lex.hpp"
#include "grammar/parsers.hpp"
#include "rules/numfmt.hpp"

using namespace rc;

namespace {
bool near(long double a, long double b) { return std::fabs(static_cast<double>(a - b)) <= 1e-6 * std::max(1.0, std::fabs(static_cast<double>(b))); }
Document doc_of(const std::string& text) { return parse_document(SourceText::from_utf8("t.txt", text)); }
}  // namespace

BOOST_AUTO_TEST_CASE(vietnamese_readings) {
    Number n = read_number("3.482,125");
    BOOST_TEST(n.vi_ok);
    BOOST_TEST(near(n.vi_value, 3482.125));
    BOOST_TEST(n.vi_decimals == 3);
    BOOST_TEST(!n.en_ok);

    n = read_number("512.300.450");
    BOOST_TEST(n.vi_ok);
    BOOST_TEST(near(n.vi_value, 512300450));
    BOOST_TEST(n.vi_decimals == 0);
    BOOST_TEST(n.grouped);
    BOOST_TEST(!n.en_ok);

    n = read_number("6,25");
    BOOST_TEST(n.vi_ok);
    BOOST_TEST(near(n.vi_value, 6.25));
    BOOST_TEST(n.vi_decimals == 2);
    BOOST_TEST(!n.en_ok);

    n = read_number("0,75");
    BOOST_TEST(near(n.vi_value, 0.75));

    n = read_number("05");
    BOOST_TEST(n.leading_zero);
    BOOST_TEST(near(n.vi_value, 5));
}

BOOST_AUTO_TEST_CASE(ambiguous_readings) {
    Number n = read_number("4,300");
    BOOST_TEST(n.vi_ok);
    BOOST_TEST(near(n.vi_value, 4.3));
    BOOST_TEST(n.vi_decimals == 3);
    BOOST_TEST(n.en_ok);
    BOOST_TEST(near(n.en_value, 4300));
    BOOST_TEST(n.en_decimals == 0);

    n = read_number("1,234,567");
    BOOST_TEST(!n.vi_ok);
    BOOST_TEST(n.en_ok);
    BOOST_TEST(near(n.en_value, 1234567));

    n = read_number("2.1");  // a section number, neither a Vietnamese number
    BOOST_TEST(!n.vi_ok);
}

BOOST_AUTO_TEST_CASE(scales_and_radius) {
    auto q = parse_quantity("1,5 triệu");
    BOOST_REQUIRE(q);
    BOOST_TEST(near(q->value, 1.5e6));
    BOOST_TEST(near(q->radius, 0.05e6));
    BOOST_TEST(q->decimals == 1);

    q = parse_quantity("12 tỷ 450 triệu đồng");
    BOOST_REQUIRE(q);
    BOOST_TEST(near(q->value, 12.45e9));
    BOOST_TEST(near(q->radius, 0.5e6));
    BOOST_TEST(q->unit == "đồng");

    q = parse_quantity("12,46%");
    BOOST_REQUIRE(q);
    BOOST_TEST(near(q->value, 12.46));
    BOOST_TEST(near(q->radius, 0.005));
    BOOST_TEST(q->unit == "%");

    q = parse_quantity("24,45 %");
    BOOST_REQUIRE(q);
    BOOST_TEST(q->unit == "%");

    q = parse_quantity("3.482,125 tỷ đồng");
    BOOST_REQUIRE(q);
    BOOST_TEST(near(q->value, 3482.125e9));
    BOOST_TEST(near(q->radius, 0.0005e9));

    q = parse_quantity("25 nghìn người");
    BOOST_REQUIRE(q);
    BOOST_TEST(near(q->value, 25000));
    BOOST_TEST(q->unit == "người");

    q = parse_quantity("2 tỉnh");  // "tỉ" is not a scale word inside "tỉnh"
    BOOST_REQUIRE(q);
    BOOST_TEST(near(q->value, 2));
}

BOOST_AUTO_TEST_CASE(units_and_nouns) {
    auto q = parse_quantity("350ha");
    BOOST_REQUIRE(q);
    BOOST_TEST(q->unit == "ha");
    q = parse_quantity("2,5km");
    BOOST_REQUIRE(q);
    BOOST_TEST(q->unit == "km");
    BOOST_TEST(near(q->value, 2.5));
    q = parse_quantity("15 km²");
    BOOST_REQUIRE(q);
    BOOST_TEST(q->unit == "km²");
    q = parse_quantity("148.000 m³");
    BOOST_REQUIRE(q);
    BOOST_TEST(q->unit == "m³");
    BOOST_TEST(near(q->value, 148000));
    q = parse_quantity("03 công trình");
    BOOST_REQUIRE(q);
    BOOST_TEST(q->unit == "công trình");
    BOOST_TEST(q->exact);
    BOOST_TEST(q->number.leading_zero);
    q = parse_quantity("04 hộ");
    BOOST_REQUIRE(q);
    BOOST_TEST(q->unit == "hộ");
    q = parse_quantity("6 danh mục công trình");
    BOOST_REQUIRE(q);
    BOOST_TEST(q->unit == "công trình");
    q = parse_quantity("795 triệu kWh");
    BOOST_REQUIRE(q);
    BOOST_TEST(q->unit == "kWh");
    BOOST_TEST(near(q->value, 795e6));
    q = parse_quantity("1.200 USD");
    BOOST_REQUIRE(q);
    BOOST_TEST(q->unit == "USD");
}

BOOST_AUTO_TEST_CASE(qualifiers) {
    auto q = parse_quantity("trên 200 hộ");
    BOOST_REQUIRE(q);
    BOOST_TEST((q->qualifier == Qualifier::more_than));
    q = parse_quantity("hơn 30 người");
    BOOST_REQUIRE(q);
    BOOST_TEST((q->qualifier == Qualifier::more_than));
    q = parse_quantity("dưới 5%");
    BOOST_REQUIRE(q);
    BOOST_TEST((q->qualifier == Qualifier::less_than));
    q = parse_quantity("khoảng 70%");
    BOOST_REQUIRE(q);
    BOOST_TEST((q->qualifier == Qualifier::approx));
    q = parse_quantity("gần 1.000 lượt");
    BOOST_REQUIRE(q);
    BOOST_TEST((q->qualifier == Qualifier::approx));
    // "ước đạt" is an estimate stated as a figure: computed with as shown, not widened
    q = parse_quantity("ước đạt 100 ha");
    BOOST_REQUIRE(q);
    BOOST_TEST((q->qualifier == Qualifier::reached));
    // a bare "ước" is "approximately", like khoảng
    q = parse_quantity("ước 1.200 người");
    BOOST_REQUIRE(q);
    BOOST_TEST((q->qualifier == Qualifier::approx));
    q = parse_quantity("đạt 90%");
    BOOST_REQUIRE(q);
    BOOST_TEST((q->qualifier == Qualifier::reached));
    q = parse_quantity("90% trở lên");
    BOOST_REQUIRE(q);
    BOOST_TEST((q->qualifier == Qualifier::more_than));
    q = parse_quantity("tăng trưởng -1,07%");
    BOOST_REQUIRE(q);
    BOOST_TEST(near(q->value, -1.07));
}

BOOST_AUTO_TEST_CASE(not_quantities) {
    for (const char* s : {"30/10/1963", "ngày 10/02/2023", "tháng 02/2023", "quý 1/2023", "tỷ lệ 1/500", "quy hoạch 1/2000",
                          "Nghị quyết số 12-NQ/TU", "Nghị định 30/2020/NĐ-CP", "Nghị quyết 1679/2025/UBTVQH15",
                          "Số: 128/BC-UBND", "năm 2024", "giai đoạn 2021-2025", "nhiệm kỳ 2020 - 2025", "khu 4,5,6",
                          "cấp độ 1,2", "kế hoạch4", "COVID-19", "lần thứ 4", "(1)", "200 - 500"}) {
        BOOST_TEST_INFO(s);
        BOOST_TEST(!parse_quantity(s).has_value());
        Document d = doc_of(std::string("Nội dung ") + s + " được triển khai.\n");
        BOOST_TEST_INFO(s);
        BOOST_TEST(d.claims.quantities.empty());
    }
}

BOOST_AUTO_TEST_CASE(integer_lists_are_not_decimals) {
    Document d = doc_of("Các phường 2, 5 và 7 đạt chuẩn; thủ tục mức độ 3,4 được cung cấp tại khu 4,5,6.\n");
    BOOST_TEST(d.claims.quantities.empty());
}

BOOST_AUTO_TEST_CASE(ratio_reads_both_sides) {
    Document d = doc_of("Đã giải ngân 2,5/3,75 tỷ đồng.\n");
    BOOST_REQUIRE(d.claims.quantities.size() == 2);
    BOOST_TEST(near(d.claims.quantities[0].value, 2.5e9));
    BOOST_TEST(d.claims.quantities[0].unit == "đồng");
    BOOST_TEST(near(d.claims.quantities[1].value, 3.75e9));
}

BOOST_AUTO_TEST_CASE(document_convention) {
    Document vi = doc_of("Thu 3.482,125 tỷ đồng, chi 62,5 tỷ đồng và 12,46%.\n");
    BOOST_TEST((vi.claims.convention == Claims::Convention::vi));
    Document en = doc_of("Production 1,234,567 kWh; saving 4,300 kWh; losses 2,345,000 kWh.\n");
    BOOST_TEST((en.claims.convention == Claims::Convention::en));
    bool found = false;
    for (const Quantity& q : en.claims.quantities)
        if (q.number.text == "4,300") {
            found = true;
            BOOST_TEST(near(q.value, 4300));
        }
    BOOST_TEST(found);
}

// format_vi rounds the double nearest the value (exact ties to even, as printf does),
// groups thousands with '.', and never writes "-0".
BOOST_AUTO_TEST_CASE(format_vi_rounding_and_grouping) {
    BOOST_TEST(format_vi(0.125L, 2) == "0,12");   // exact tie: to even
    BOOST_TEST(format_vi(0.375L, 2) == "0,38");   // exact tie: to even
    BOOST_TEST(format_vi(2.5L, 0) == "2");
    BOOST_TEST(format_vi(3.5L, 0) == "4");
    BOOST_TEST(format_vi(0.135L, 2) == "0,14");   // not a tie in binary (0.13500000000000000888)
    BOOST_TEST(format_vi(1234567.5L, 0) == "1.234.568");
    BOOST_TEST(format_vi(-1234.5L, 1) == "-1.234,5");
    BOOST_TEST(format_vi(-0.0004L, 2) == "0,00");  // no "-0,00"
    BOOST_TEST(format_vi(7, 3) == "7,000");
    BOOST_TEST(format_vi(1e15L, 0) == "1.000.000.000.000.000");
    BOOST_TEST(format_vi(12.5L, -1) == "12");      // negative decimals read as 0
    // the grouping (three digits at a time since rules7) against a digit-by-digit one, for integer parts
    // of 1 to 19 digits, both signs, 0 to 3 decimals
    const auto grouped = [](long double v, int d) {
        const std::string s = fmt::format("{:.{}f}", static_cast<double>(std::fabs(v)), d);
        const std::size_t dot = s.find('.');
        const std::string ip = s.substr(0, dot);
        std::string o = v < 0 && s.find_first_not_of("0.") != std::string::npos ? "-" : "";
        for (std::size_t i = 0; i < ip.size(); ++i) {
            o += ip[i];
            const std::size_t left = ip.size() - i - 1;
            if (left > 0 && left % 3 == 0) o += '.';
        }
        if (dot != std::string::npos) {
            o += ',';
            o.append(s, dot + 1);
        }
        return o;
    };
    long double v = 7;
    for (int digits = 1; digits <= 19; ++digits, v = v * 10 + 3)
        for (const long double x : {v, -v, v + 0.25L, -(v + 0.75L)})
            for (int d = 0; d <= 3; ++d) BOOST_TEST(format_vi(x, d) == grouped(x, d), x << " at " << d);
}

// read_number before claims4 (digit groups split into a vector, every digit added in long double): the
// one-pass reading must give the same readings, bit for bit, on every literal, well-formed or not.
namespace {
Number read_number_before(std::string_view lit) {
    Number n;
    n.text = std::string(lit);
    n.leading_zero = lit.size() > 1 && lit[0] == '0' && lit[1] >= '0' && lit[1] <= '9';
    if (lit.find_first_of(".,") == std::string_view::npos) {
        long double value = 0;
        for (char c : lit) value = value * 10 + (c - '0');
        n.vi_value = n.en_value = value;
        n.en_ok = true;
        return n;
    }
    std::vector<std::string_view> groups;
    std::string seps;
    std::size_t start = 0;
    for (std::size_t i = 0; i < lit.size(); ++i)
        if (lit[i] == '.' || lit[i] == ',') {
            groups.push_back(lit.substr(start, i - start));
            seps.push_back(lit[i]);
            start = i + 1;
        }
    groups.push_back(lit.substr(start));
    auto reading = [&](char decimal, bool& ok, long double& value, int& decimals, bool& grouped) {
        ok = true;
        value = 0;
        decimals = 0;
        grouped = false;
        const std::size_t ndec = static_cast<std::size_t>(std::count(seps.begin(), seps.end(), decimal));
        if (ndec > 1) { ok = false; return; }
        if (ndec == 1 && seps.back() != decimal) { ok = false; return; }
        const std::size_t int_groups = groups.size() - ndec;
        for (std::size_t k = 0; k < int_groups; ++k) {
            if (k > 0 && groups[k].size() != 3) { ok = false; return; }
            if (k == 0 && int_groups > 1 && (groups[k].size() > 3 || (groups[k].size() > 1 && groups[k][0] == '0'))) { ok = false; return; }
            for (char c : groups[k]) value = value * 10 + (c - '0');
        }
        grouped = int_groups > 1;
        if (ndec == 1) {
            long double f = 1;
            for (char c : groups.back()) {
                f /= 10;
                value += f * (c - '0');
            }
            decimals = static_cast<int>(groups.back().size());
        }
    };
    bool g1 = false, g2 = false;
    reading(',', n.vi_ok, n.vi_value, n.vi_decimals, g1);
    reading('.', n.en_ok, n.en_value, n.en_decimals, g2);
    n.grouped = n.vi_ok ? g1 : g2;
    return n;
}
bool same_bits(long double a, long double b) { return std::memcmp(&a, &b, 10) == 0; }
}  // namespace

BOOST_AUTO_TEST_CASE(read_number_matches_group_reading) {
    std::mt19937 rng(20261124);
    const std::string alphabet = "0123456789012345678901234567890123456789.,.,a ";
    for (int t = 0; t < 400000; ++t) {
        std::string lit;
        const int len = static_cast<int>(rng() % 40);
        const bool grouped_shape = rng() % 2 == 0;
        for (int k = 0; k < len; ++k) {
            if (grouped_shape) lit += (k % 4 == 3) ? ".,"[rng() % 2] : static_cast<char>('0' + rng() % 10);
            else lit += alphabet[rng() % (t % 7 == 0 ? alphabet.size() : alphabet.size() - 2)];
        }
        const Number a = read_number(lit), b = read_number_before(lit);
        BOOST_TEST_REQUIRE(a.text == b.text);
        BOOST_TEST_REQUIRE((a.vi_ok == b.vi_ok && a.en_ok == b.en_ok && a.vi_decimals == b.vi_decimals && a.en_decimals == b.en_decimals &&
                            a.grouped == b.grouped && a.leading_zero == b.leading_zero && same_bits(a.vi_value, b.vi_value) &&
                            same_bits(a.en_value, b.en_value)),
                           "literal \"" << lit << "\"");
    }
    // long integers (the int64_t part and the long double loop after 16 digits), 16+ separators
    for (const char* lit : {"12345678901234567", "99999999999999999999999", "9223372036854775807", "1.2.3.4.5.6.7.8.9.0.1.2.3.4.5.6.7",
                            "1.234.567.890.123.456.789.012.345.678.901.234.567.890.123.456", "123,456,789,012,345,678,901,234.5"}) {
        const Number a = read_number(lit), b = read_number_before(lit);
        BOOST_TEST((a.vi_ok == b.vi_ok && a.en_ok == b.en_ok && same_bits(a.vi_value, b.vi_value) && same_bits(a.en_value, b.en_value) &&
                    a.grouped == b.grouped),
                   lit);
    }
}
