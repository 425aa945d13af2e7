// Human-readable dumps of what the grammars parsed (--dump-structure, --dump-claims).
#pragma once
#include <ostream>

#include "grammar/document.hpp"

namespace rc {

void dump_structure(const Document& doc, std::ostream& out);
void dump_claims(const Document& doc, std::ostream& out);

}  // namespace rc
