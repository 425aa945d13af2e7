// Lexical pieces of a quantity as the X3 grammar reads them (no X3 here).
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "grammar/claims_ast.hpp"

namespace rc {

// A number literal and the scale word that follows it ("1,5 triệu": text "1,5", scale 6).
struct NumberLex {
    std::string text;
    int scale = 0;  // power of ten of nghìn/ngàn (3), triệu (6), tỷ (9); 0 = none
};

// Both readings of a literal of digits, '.' and ',' ("3.482,125", "4,300").
Number read_number(std::string_view literal);

// The grammar's entry points, instantiated in grammar/claims.cpp.
// Each parses at the start of `s` (lower-cased text) and returns the bytes consumed (0 = no match).
std::size_t lex_number(std::string_view s, NumberLex& out);   // literal + optional scale word
std::size_t lex_scale(std::string_view s, int& exponent);      // "triệu" -> 6
std::size_t lex_unit(std::string_view s, std::string& unit);   // "tỷ đồng" is scale+unit; "ha" -> "ha"; ends at a word boundary
// True when `unit` counts things (people, households, projects): integers of it are exact.
bool is_counted_noun(std::string_view unit);

// Parse one quantity written alone ("12 tỷ 450 triệu đồng", "1,5 triệu", "12,46%"),
// Vietnamese convention unless `en` is set. For tests and tools.
std::optional<Quantity> parse_quantity(std::string_view text, bool en = false);

}  // namespace rc
