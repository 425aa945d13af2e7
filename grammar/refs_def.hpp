// Definitions of the references grammar rules.
#pragma once
#include <boost/spirit/home/x3.hpp>

#include <utility>

#include "grammar/refs.hpp"
#include "grammar/refs_ast_adapted.hpp"

namespace rc::refs_parser {
namespace x3 = boost::spirit::x3;

const x3::uint_parser<unsigned, 10, 1, 2> d2{};
const x3::uint_parser<unsigned, 10, 4, 4> y4{};
const auto sp = +x3::lit(' ');
const auto nam = x3::lit("năm") | x3::lit("Năm") | x3::lit("NĂM");
const auto thang = x3::lit("tháng") | x3::lit("Tháng") | x3::lit("THÁNG");
const auto dash = x3::lit('-') | x3::lit("–");
// ASCII classes spelled out: x3::digit / x3::alnum (standard encoding) assert on the
// bytes of UTF-8 letters, which every Vietnamese word has.
const auto ascii_digit = x3::char_('0', '9');
const auto ascii_alnum = x3::char_("0-9A-Za-z");
// the year does not run on into more digits ("20247" is 2024 + footnote 7, not a year here)
const auto year_end = !ascii_digit;

struct roman_quarter_ : x3::symbols<unsigned> {
    roman_quarter_() { add("IV", 4)("III", 3)("II", 2)("I", 1)("4", 4)("3", 3)("2", 2)("1", 1); }
};
const roman_quarter_ roman_quarter;

struct half_word_ : x3::symbols<unsigned> {
    half_word_() { add("đầu", 1)("ĐẦU", 1)("cuối", 2)("CUỐI", 2); }
};
const half_word_ half_word;

// The document kinds a citation names, as written in capitalised and lower-case form
// (refs.cpp reads these lists too: how far before its number a citation can start).
inline constexpr const char* kDocKinds[] = {"Nghị quyết", "Kế hoạch", "Quyết định", "Kết luận", "Chỉ thị", "Thông báo",
                                            "Công văn", "Nghị định", "Thông tư", "Hướng dẫn", "Quy định", "Chương trình",
                                            "Báo cáo", "Tờ trình", "Đề án", "Thông tri", "Quy chế", "Luật"};
inline constexpr std::pair<const char*, const char*> kDocKindsLower[] = {
    {"nghị quyết", "Nghị quyết"}, {"kế hoạch", "Kế hoạch"}, {"quyết định", "Quyết định"}, {"kết luận", "Kết luận"},
    {"chỉ thị", "Chỉ thị"}, {"thông báo", "Thông báo"}, {"công văn", "Công văn"}, {"nghị định", "Nghị định"},
    {"thông tư", "Thông tư"}, {"hướng dẫn", "Hướng dẫn"}, {"quy định", "Quy định"}, {"chương trình", "Chương trình"},
    {"báo cáo", "Báo cáo"}, {"đề án", "Đề án"}};

struct doc_kind_ : x3::symbols<std::string> {
    doc_kind_() {
        for (const char* k : kDocKinds) add(k, k);
        for (const auto& [w, k] : kDocKindsLower) add(w, k);
    }
};
const doc_kind_ doc_kind;

const numeric_date_type numeric_date = "numeric_date";
const worded_date_type worded_date = "worded_date";
const year_pair_type year_pair = "year_pair";
const month_year_type month_year = "month_year";
const quarter_year_type quarter_year = "quarter_year";
const half_year_type half_year = "half_year";
const nine_months_type nine_months = "nine_months";
const year_of_type year_of = "year_of";
const term_type term = "term";
const cite_head_type cite_head = "cite_head";

// 31/4/2023 or 31-4-2023 (the same separator twice)
const auto numeric_date_def = (d2 >> '/' >> d2 >> '/' >> y4) | (d2 >> '-' >> d2 >> '-' >> y4);
// ngày 31 tháng 4 năm 2023
const auto worded_date_def = (x3::lit("ngày") | x3::lit("Ngày")) >> sp >> d2 >> sp >> x3::lit("tháng") >> sp >> d2 >> sp >>
                             x3::lit("năm") >> sp >> y4;
// 2021-2025, 2020 - 2025, 2021 –2026
const auto year_pair_def = y4 >> *x3::lit(' ') >> dash >> *x3::lit(' ') >> y4 >> year_end;
// tháng 12/2025, tháng 5 năm 2024, THÁNG 08 NĂM 2023
const auto month_year_def = thang >> sp >> d2 >> (('/' >> y4) | (sp >> nam >> sp >> y4)) >> year_end;
// quý III năm 2024, Quý I/2023, QUÝ IV (year 0: stated later)
const auto quarter_year_def = (x3::lit("quý") | x3::lit("Quý") | x3::lit("QUÝ")) >> sp >> roman_quarter >> !ascii_alnum >>
                              ((sp >> nam >> sp >> y4 >> year_end) | ('/' >> y4 >> year_end) | x3::attr(0u));
// 6 tháng đầu năm 2024, 6 THÁNG CUỐI NĂM 2023
const auto half_year_def = x3::lit('6') >> sp >> thang >> sp >> half_word >> sp >> nam >> sp >> y4 >> year_end;
// 9 tháng (đầu) năm 2024
const auto nine_months_def = x3::lit('9') >> sp >> thang >> -(sp >> (x3::lit("đầu") | x3::lit("ĐẦU"))) >> sp >> nam >> sp >>
                             y4 >> year_end;
// năm 2024
const auto year_of_def = nam >> sp >> y4 >> year_end;
// nhiệm kỳ 2025-2030
const auto term_def = (x3::lit("nhiệm kỳ") | x3::lit("Nhiệm kỳ") | x3::lit("NHIỆM KỲ")) >> sp >> year_pair;
// Nghị quyết số 12-NQ/TU, Quyết định 1234/QĐ-UBND (the number must start with a digit)
const auto cite_head_def = doc_kind >> sp >> -((x3::lit("số") | x3::lit("Số")) >> sp) >>
                           x3::raw[ascii_digit >> *(~x3::char_(" ,;()\"“”"))];

BOOST_SPIRIT_DEFINE(numeric_date, worded_date, year_pair, month_year, quarter_year, half_year, nine_months, year_of,
                    term, cite_head)

}  // namespace rc::refs_parser
