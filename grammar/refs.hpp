// Public header of the references grammar: rule declarations.
#pragma once
#include <boost/spirit/home/x3.hpp>

#include "grammar/refs_ast.hpp"

namespace rc::refs_parser {
namespace x3 = boost::spirit::x3;

struct numeric_date_class;
struct worded_date_class;
using numeric_date_type = x3::rule<numeric_date_class, DateLit>;
using worded_date_type = x3::rule<worded_date_class, DateLit>;
BOOST_SPIRIT_DECLARE(numeric_date_type, worded_date_type)

}  // namespace rc::refs_parser

