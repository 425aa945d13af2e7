// TEMPORARY (foundation commit): replaced by the Spirit X3 claim grammar.
#include "grammar/parsers.hpp"
#include "grammar/dump.hpp"
namespace rc {
void parse_claims(Document&) {}
void dump_claims(const Document&, std::ostream&) {}
}  // namespace rc
