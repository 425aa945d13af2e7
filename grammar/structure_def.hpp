// Definitions of the structure grammar's lexical X3 rules.
#pragma once
#include <boost/spirit/home/x3.hpp>

#include "grammar/structure.hpp"
#include "grammar/structure_ast_adapted.hpp"

namespace rc::structure_grammar {
namespace x3 = boost::spirit::x3;

// (char_('0', '9') rather than x3::digit: digit asserts on bytes of UTF-8 letters.)
const auto ascii_digit = x3::char_('0', '9');
// Heading number components have one or two digits: "2.000" is a quantity, not 2.0.0.
const x3::uint_parser<unsigned, 10, 1, 2> component{};
const x3::uint_parser<unsigned, 10, 1, 3> body_number{};

// Letters of list labels in Vietnamese alphabetical order (Nghị định 30/2020/NĐ-CP):
// a b c d đ e g h i k l m n o p q r s t u v x y. f j w z are read (value 0) so that
// the rule can report them.
struct letter_table : x3::symbols<int> {
    letter_table() {
        add("a", 1)("b", 2)("c", 3)("d", 4)("\xC4\x91", 5)("e", 6)("g", 7)("h", 8)("i", 9)("k", 10)("l", 11)
           ("m", 12)("n", 13)("o", 14)("p", 15)("q", 16)("r", 17)("s", 18)("t", 19)("u", 20)("v", 21)("x", 22)
           ("y", 23)("f", 0)("j", 0)("w", 0)("z", 0);
    }
};
inline const letter_table letters;

// Ordinals of "Phần thứ …" (lower and upper case, NFC).
struct ordinal_table : x3::symbols<int> {
    ordinal_table() {
        add("nhất", 1)("hai", 2)("ba", 3)("tư", 4)("bốn", 4)("năm", 5)("sáu", 6)("bảy", 7)("tám", 8)("chín", 9)
           ("mười", 10)("NHẤT", 1)("HAI", 2)("BA", 3)("TƯ", 4)("BỐN", 4)("NĂM", 5)("SÁU", 6)("BẢY", 7)("TÁM", 8)
           ("CHÍN", 9)("MƯỜI", 10)("Nhất", 1)("Hai", 2)("Ba", 3)("Tư", 4);
    }
};
inline const ordinal_table ordinals;

// Superscript digits: ¹²³ (Latin-1) and ⁰⁴⁵⁶⁷⁸⁹ (U+2070..).
struct superscript_table : x3::symbols<int> {
    superscript_table() {
        add("\xE2\x81\xB0", 0)("\xC2\xB9", 1)("\xC2\xB2", 2)("\xC2\xB3", 3)("\xE2\x81\xB4", 4)("\xE2\x81\xB5", 5)
           ("\xE2\x81\xB6", 6)("\xE2\x81\xB7", 7)("\xE2\x81\xB8", 8)("\xE2\x81\xB9", 9);
    }
};
inline const superscript_table superscript_digits;

const roman_label_type roman_label = "roman_label";
const arabic_label_type arabic_label = "arabic_label";
const letter_label_type letter_label = "letter_label";
const part_label_type part_label = "part_label";
const superscript_type superscript = "superscript";
const body_marker_type body_marker = "body_marker";
const bullet_type bullet = "bullet";
const separator_row_type separator_row = "separator_row";

const auto sp = x3::lit(' ');
const auto en_dash = x3::lit("\xE2\x80\x93");  // –

// "I." "II-" "IV –" "III)"
const auto roman_label_def = +x3::char_("IVX") >> (x3::lit('.') | x3::lit(')') | (*sp >> (x3::lit('-') | en_dash)));
// "2." "2.1" "2.3." "1.1.1." — the caller checks what follows.
const auto arabic_label_def = (component % '.') >> x3::matches[x3::lit('.')];
// "a)" "đ)"
const auto letter_label_def = letters >> x3::lit(')');
// "Phần thứ nhất" "PHẦN THỨ HAI"
const auto part_label_def = (x3::lit("Phần") | x3::lit("PHẦN")) >> +sp >> (x3::lit("thứ") | x3::lit("THỨ")) >> +sp >> ordinals;
const auto superscript_def = +superscript_digits;
// "12 Text": a number, one or more spaces, then not a digit.
const auto body_marker_def = body_number >> +sp >> !ascii_digit;
const auto bullet_def = (x3::lit('-') | x3::lit('+') | x3::lit('*') | x3::lit("\xE2\x80\xA2") | en_dash) >> +sp;
const auto sep_cell = *sp >> -x3::lit(':') >> +x3::lit('-') >> -x3::lit(':') >> *sp;
const auto separator_row_def = x3::lit('|') >> +(sep_cell >> x3::lit('|')) >> *sp >> x3::eoi;

BOOST_SPIRIT_DEFINE(roman_label, arabic_label, letter_label, part_label, superscript, body_marker, bullet, separator_row)

}  // namespace rc::structure_grammar
