// Fusion adaptation of the lexical claim-grammar attribute types.
#pragma once
#include <boost/fusion/include/adapt_struct.hpp>

#include "grammar/number_lex.hpp"

BOOST_FUSION_ADAPT_STRUCT(rc::NumberLex, text, scale)
