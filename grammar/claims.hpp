// Public declarations of the claim grammar's X3 rules (rexpr layout).
// Include only from grammar/claims*.cpp: it pulls in Spirit X3.
#pragma once
#include <boost/spirit/home/x3.hpp>

#include "grammar/number_lex.hpp"

namespace rc::claims_grammar {
namespace x3 = boost::spirit::x3;

struct number_literal_class;
struct number_class;
using number_literal_type = x3::rule<number_literal_class, std::string>;
using number_type = x3::rule<number_class, NumberLex>;

BOOST_SPIRIT_DECLARE(number_literal_type, number_type)

}  // namespace rc::claims_grammar

namespace rc::claims_grammar {
const number_type& number();
}  // namespace rc::claims_grammar
