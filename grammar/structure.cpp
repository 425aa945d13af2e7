// TEMPORARY (foundation commit): replaced by the Spirit X3 structure grammar.
#include "grammar/parsers.hpp"
#include "grammar/dump.hpp"
namespace rc {
void parse_structure(Document& doc) {
    auto& s = doc.structure;
    s.enclosing_heading.assign(doc.blocks.size(), -1);
    s.is_prose.assign(doc.blocks.size(), true);
    for (std::size_t i = 0; i < doc.blocks.size(); ++i)
        s.sentences.push_back({i, 0, static_cast<std::uint32_t>(doc.blocks[i].text.size())});
}
void dump_structure(const Document& doc, std::ostream& out) {
    for (const Block& b : doc.blocks) out << b.first_line << "-" << b.last_line << ": " << b.text << "\n";
}
}  // namespace rc
