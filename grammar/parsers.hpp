// Entry points of the two grammars. Each fills its part of the Document.
#pragma once
#include "grammar/document.hpp"

namespace rc {

// Structure grammar (Spirit X3, grammar/structure*.hpp): title block, headings,
// list items, footnote references and bodies, tables, sentences.
void parse_structure(Document& doc);

// Claim grammar (Spirit X3, grammar/claims*.hpp): quantities and claims.
// Runs after parse_structure (it uses sentences, footnotes and tables).
void parse_claims(Document& doc);

// References grammar (Spirit X3, grammar/refs*.hpp): dates, periods, citations.
// Runs between parse_structure and parse_claims.
void parse_references(Document& doc);
// The same, trying every byte of every block (no search for digits and the words before them):
// what parse_references must find, for the tests.
void parse_references_every_byte(Document& doc);

}  // namespace rc
