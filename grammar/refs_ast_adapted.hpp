#pragma once
#include <boost/fusion/include/adapt_struct.hpp>

#include "grammar/refs.hpp"

BOOST_FUSION_ADAPT_STRUCT(rc::DateLit, day, month, year)
BOOST_FUSION_ADAPT_STRUCT(rc::refs_parser::YearPair, from, to)
BOOST_FUSION_ADAPT_STRUCT(rc::refs_parser::MonthYear, month, year)
BOOST_FUSION_ADAPT_STRUCT(rc::refs_parser::QuarterYear, quarter, year)
BOOST_FUSION_ADAPT_STRUCT(rc::refs_parser::HalfYear, half, year)
BOOST_FUSION_ADAPT_STRUCT(rc::refs_parser::CiteHead, kind, number)
