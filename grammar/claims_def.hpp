// Definitions of the claim grammar's lexical X3 rules.
#pragma once
#include <boost/spirit/home/x3.hpp>

#include "grammar/claims.hpp"
#include "grammar/claims_ast_adapted.hpp"

namespace rc::claims_grammar {
namespace x3 = boost::spirit::x3;

// Scale words (lower case, NFC). Value = power of ten.
struct scale_table : x3::symbols<int> {
    scale_table() {
        add("nghìn", 3)("ngàn", 3)("triệu", 6)("tỷ", 9)("tỉ", 9);
    }
};
inline const scale_table scale_words;

// A literal: digits with '.' or ',' between digit groups ("3.482,125", "4,300", "05").
const number_literal_type number_literal_rule = "number_literal";
// (char_('0', '9') rather than x3::digit: digit asserts on bytes of UTF-8 letters.)
const auto ascii_digit = x3::char_('0', '9');
// (the literal's shape, parsed without an attribute by the claim scan, which takes the bytes it consumed)
const auto number_literal_shape = x3::lexeme[+ascii_digit >> *((x3::char_('.') | x3::char_(',')) >> +ascii_digit)];
const auto number_literal_rule_def = x3::raw[number_literal_shape];

// A number and its scale word: "1,5 triệu", "160,012 tỷ", "500".
// The scale word must end at a word boundary (checked by the caller for letters).
const number_type number_rule = "number";
const auto number_rule_def =
    number_literal_rule >> ((x3::omit[*x3::char_(' ')] >> scale_words) | x3::attr(0));

BOOST_SPIRIT_DEFINE(number_literal_rule, number_rule)

}  // namespace rc::claims_grammar
