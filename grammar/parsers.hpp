// Entry points of the two grammars. Each fills its part of the Document.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include "grammar/document.hpp"

namespace rc {

// Structure grammar (Spirit X3, grammar/structure*.hpp): title block, headings,
// list items, footnote references and bodies, tables, sentences. Reads the blocks as build_blocks
// leaves them (their texts in Document::block_text, in order; see there).
void parse_structure(Document& doc);

// Document::text_marks of s (as block_text, '\n' after it), by the pass build_blocks runs — AVX2 where the CPU
// has it — or, `bytewise`, by the byte-by-byte pass of CPUs without AVX2. For the tests.
std::vector<std::uint64_t> text_marks_for_test(std::string_view s, bool bytewise);

// Claim grammar (Spirit X3, grammar/claims*.hpp): quantities and claims.
// Runs after parse_structure (it uses sentences, footnotes and tables).
void parse_claims(Document& doc);
// The claim scan's lower case, in place, keeping byte offsets (a letter whose lower case has
// another UTF-8 length, and ill-formed bytes, are kept); `padded`: the path that reads 18 zero
// bytes past the end. For the tests.
void lower_same_length_for_test(std::string& s, bool padded);
// The claim passes' summary of the trigger words in s[b, e): bit k set when the k-th word's window
// (a few of its bytes) occurs there — trong đó, gồm, đúng, tiếp nhận, thụ lý mới, đạt giải, cơ cấu,
// lũy kế / luỹ kế; `bytewise`: computed byte by byte instead of 16 starts at a time. For the tests.
unsigned claim_triggers_for_test(std::string_view s, std::size_t b, std::size_t e, bool bytewise);
// Whether one of `words` occurs in s[b, e) (wholly inside it), by the claim passes' word-set search (16
// starts at a time, at the places holding a word's first two bytes); `bytewise`: byte by byte. For the tests.
bool word_set_for_test(std::string_view s, std::size_t b, std::size_t e, const std::vector<std::string_view>& words, bool bytewise);
// The index of the first word of a claim scan's list ending at j in s[b, j) (a whole word: no letter before
// it; -1 = none) — list 0 the label words ("năm", "phường" …), 1 their exceptions ("tổng số" …), 2 the
// qualifiers ("ước đạt", "khoảng" …) — by the lists' 64-bit loads; `bytewise`: word by word. For the tests.
int end_words_for_test(std::string_view s, std::size_t b, std::size_t j, int list, bool bytewise);

// The unit symbols' longest prefix of s (bytes; 0 = none) and its value (index in unit_table()):
// `symbols`: by the X3 symbols' own lookup, else by the index the claim scan uses. For the tests.
std::size_t unit_prefix_for_test(std::string_view s, bool symbols, int& value);
// The scale word at the start of s after spaces, ending a word (bytes with the spaces; 0 = none) and its
// exponent, by the X3 symbols alone (lex_scale reads it as the claim scan does). For the tests.
std::size_t scale_symbols_prefix_for_test(std::string_view s, int& value);
std::vector<std::string> scale_words_for_test();  // the symbols' keys
// The number literal's length at the start of s (0 = none): `x3_shape` by X3's number_literal shape, else by
// the claim scan's byte loop (-1 if its view is not s's first bytes). For the tests.
std::size_t literal_length_for_test(std::string_view s, bool x3_shape);
// The claim scan's table of powers of ten equals its loops run at run time, bit for bit. For the tests.
bool pow10_table_matches_loop_for_test();

// References grammar (Spirit X3, grammar/refs*.hpp): dates, periods, citations.
// Runs between parse_structure and parse_claims.
void parse_references(Document& doc);
// The same, trying every byte of every block (no search for digits and the words before them):
// what parse_references must find, for the tests.
void parse_references_every_byte(Document& doc);

}  // namespace rc
