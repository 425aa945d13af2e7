// Iterator and context types of the claim grammar (X3 rexpr layout).
#pragma once
#include <boost/spirit/home/x3.hpp>

namespace rc::claims_grammar {
namespace x3 = boost::spirit::x3;
using iterator_type = const char*;
using context_type = x3::unused_type;  // lexical rules: no skipper
}  // namespace rc::claims_grammar
