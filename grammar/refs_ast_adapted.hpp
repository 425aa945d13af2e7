#pragma once
#include <boost/fusion/include/adapt_struct.hpp>

#include "grammar/refs_ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(rc::DateLit, day, month, year)
