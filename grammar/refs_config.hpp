// Iterator and context types the references grammar is instantiated with.
#pragma once
#include <boost/spirit/home/x3.hpp>

namespace rc::refs_parser {
namespace x3 = boost::spirit::x3;
using iterator_type = const char*;
using context_type = x3::unused_type;
}  // namespace rc::refs_parser
