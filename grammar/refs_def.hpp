// Definitions of the references grammar rules.
#pragma once
#include <boost/spirit/home/x3.hpp>

#include "grammar/refs.hpp"
#include "grammar/refs_ast_adapted.hpp"

namespace rc::refs_parser {
namespace x3 = boost::spirit::x3;

const x3::uint_parser<unsigned, 10, 1, 2> d2{};
const x3::uint_parser<unsigned, 10, 4, 4> y4{};
const auto sp = +x3::lit(' ');

const numeric_date_type numeric_date = "numeric_date";
const worded_date_type worded_date = "worded_date";

// 31/4/2023 or 31-4-2023 (the same separator twice)
const auto numeric_date_def = (d2 >> '/' >> d2 >> '/' >> y4) | (d2 >> '-' >> d2 >> '-' >> y4);
// ngày 31 tháng 4 năm 2023
const auto worded_date_def = (x3::lit("ngày") | x3::lit("Ngày")) >> sp >> d2 >> sp >> x3::lit("tháng") >> sp >> d2 >> sp >>
                             x3::lit("năm") >> sp >> y4;

BOOST_SPIRIT_DEFINE(numeric_date, worded_date)

}  // namespace rc::refs_parser

