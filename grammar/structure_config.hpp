// Iterator and context types of the structure grammar (X3 rexpr layout).
#pragma once
#include <boost/spirit/home/x3.hpp>

namespace rc::structure_grammar {
namespace x3 = boost::spirit::x3;
using iterator_type = const char*;
using context_type = x3::unused_type;  // lexical rules: no skipper
}  // namespace rc::structure_grammar
