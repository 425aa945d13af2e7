// Public header of the references grammar: rule declarations.
#pragma once
#include <boost/spirit/home/x3.hpp>

#include "grammar/refs_ast.hpp"

namespace rc::refs_parser {
namespace x3 = boost::spirit::x3;

// Parser-side attributes (the AST proper is in refs_ast.hpp).
struct YearPair { unsigned from = 0, to = 0; };          // "2021 - 2025"
struct MonthYear { unsigned month = 0, year = 0; };      // "tháng 12/2025"
struct QuarterYear { unsigned quarter = 0, year = 0; };  // "quý III năm 2024" (year 0 = not stated)
struct HalfYear { unsigned half = 0, year = 0; };        // "6 tháng đầu năm 2024" -> {1, 2024}
struct CiteHead { std::string kind, number; };           // "Nghị quyết số 12-NQ/TU"

struct numeric_date_class;
struct worded_date_class;
struct year_pair_class;
struct month_year_class;
struct quarter_year_class;
struct half_year_class;
struct nine_months_class;
struct year_of_class;
struct term_class;
struct cite_head_class;
using numeric_date_type = x3::rule<numeric_date_class, DateLit>;
using worded_date_type = x3::rule<worded_date_class, DateLit>;
using year_pair_type = x3::rule<year_pair_class, YearPair>;
using month_year_type = x3::rule<month_year_class, MonthYear>;
using quarter_year_type = x3::rule<quarter_year_class, QuarterYear>;
using half_year_type = x3::rule<half_year_class, HalfYear>;
using nine_months_type = x3::rule<nine_months_class, unsigned>;
using year_of_type = x3::rule<year_of_class, unsigned>;
using term_type = x3::rule<term_class, YearPair>;
using cite_head_type = x3::rule<cite_head_class, CiteHead>;
BOOST_SPIRIT_DECLARE(numeric_date_type, worded_date_type, year_pair_type, month_year_type, quarter_year_type,
                     half_year_type, nine_months_type, year_of_type, term_type, cite_head_type)

}  // namespace rc::refs_parser
