// Public declarations of the structure grammar's X3 rules (rexpr layout).
// Include only from grammar/structure*.cpp: it pulls in Spirit X3.
#pragma once
#include <string>
#include <vector>

#include <boost/spirit/home/x3.hpp>

#include "grammar/structure_lex.hpp"

namespace rc::structure_grammar {
namespace x3 = boost::spirit::x3;

struct roman_label_class;
struct arabic_label_class;
struct letter_label_class;
struct part_label_class;
struct superscript_class;
struct body_marker_class;
struct bullet_class;
struct separator_row_class;

using roman_label_type = x3::rule<roman_label_class, std::string>;          // "II." "IV-"  -> "II"
using arabic_label_type = x3::rule<arabic_label_class, ArabicLabelLex>;     // "2.1." -> {2,1}, dot
using letter_label_type = x3::rule<letter_label_class, int>;                // "đ)" -> 5
using part_label_type = x3::rule<part_label_class, int>;                    // "Phần thứ hai" -> 2
using superscript_type = x3::rule<superscript_class, std::vector<int>>;     // "¹²" -> {1,2}
using body_marker_type = x3::rule<body_marker_class, unsigned>;             // "12 " -> 12
using bullet_type = x3::rule<bullet_class>;                                 // "- " "• "
using separator_row_type = x3::rule<separator_row_class>;                  // "|---|:--:|"

BOOST_SPIRIT_DECLARE(roman_label_type, arabic_label_type, letter_label_type, part_label_type, superscript_type,
                     body_marker_type, bullet_type, separator_row_type)

}  // namespace rc::structure_grammar
