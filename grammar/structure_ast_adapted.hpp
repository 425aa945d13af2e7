// Fusion adaptation of the structure grammar's attribute types.
#pragma once
#include <boost/fusion/include/adapt_struct.hpp>

#include "grammar/structure_lex.hpp"

BOOST_FUSION_ADAPT_STRUCT(rc::ArabicLabelLex, numbers, trailing_dot)
