// INTERIM (issue 3, partial): superscript footnotes only; the Spirit X3
// structure grammar (headings, tables, glued PDF footnotes, sentences) is not
// done yet. Everything else keeps the foundation placeholder behaviour.
#include "grammar/parsers.hpp"
#include "grammar/dump.hpp"
#include "grammar/text_util.hpp"
#include <cctype>
#include <optional>
namespace rc {
namespace {
// Superscript digit at text[i] (UTF-8): ¹²³ = C2 B9/B2/B3, ⁰⁴-⁹ = E2 81 B0/B4..B9.
// Returns {digit, byte length} or nullopt.
std::optional<std::pair<int, int>> sup_digit(const std::string& t, std::size_t i) {
    auto u = [&](std::size_t k) { return static_cast<unsigned char>(t[k]); };
    if (i + 1 < t.size() && u(i) == 0xC2) {
        if (u(i + 1) == 0xB9) return std::pair{1, 2};
        if (u(i + 1) == 0xB2) return std::pair{2, 2};
        if (u(i + 1) == 0xB3) return std::pair{3, 2};
    }
    if (i + 2 < t.size() && u(i) == 0xE2 && u(i + 1) == 0x81) {
        if (u(i + 2) == 0xB0) return std::pair{0, 3};
        if (u(i + 2) >= 0xB4 && u(i + 2) <= 0xB9) return std::pair{u(i + 2) - 0xB0, 3};
    }
    return std::nullopt;
}
}  // namespace

void parse_structure(Document& doc) {
    auto& s = doc.structure;
    s.enclosing_heading.assign(doc.blocks.size(), -1);
    s.is_prose.assign(doc.blocks.size(), true);
    for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
        const Block& blk = doc.blocks[b];
        const std::string& t = blk.text;
        // Runs of superscript digits.
        bool first = true;
        for (std::size_t i = 0; i < t.size();) {
            auto d = sup_digit(t, i);
            if (!d) { ++i; first = false; continue; }
            std::size_t start = i;
            int n = 0;
            while (auto e = sup_digit(t, i)) { n = n * 10 + e->first; i += e->second; }
            const auto len = static_cast<std::uint32_t>(i - start);
            if (first && start == 0 && (i == t.size() || t[i] == ' ')) {
                // "¹ text" at the start of a block: a footnote body.
                FootnoteBody fb;
                fb.number = n;
                fb.marker_span = blk.to_source(0, len);
                fb.span = blk.source_span();
                fb.text = std::string(trim(std::string_view(t).substr(i)));
                fb.block = b;
                s.footnote_bodies.push_back(std::move(fb));
                s.is_prose[b] = false;
            } else {
                // Units: m², km², m³, cm² are exponents, not references.
                // Only the bare unit word counts ("m²", "km²"), not "năm⁷" / "cầm⁵".
                std::size_t w = start;
                while (w > 0 && static_cast<unsigned char>(t[w - 1]) < 0x80 && std::isalpha(static_cast<unsigned char>(t[w - 1]))) --w;
                const bool word_start = w == 0 || static_cast<unsigned char>(t[w - 1]) < 0x80;
                const std::string_view word = std::string_view(t).substr(w, start - w);
                const bool unit = word_start && (n == 2 || n == 3) &&
                                  (word == "m" || word == "km" || word == "cm" || word == "dm" || word == "mm");
                if (!unit && n > 0) {
                    FootnoteRef r;
                    r.number = n;
                    r.superscript = true;
                    r.span = blk.to_source(static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(start) + len);
                    r.block = b;
                    s.footnote_refs.push_back(r);
                }
            }
            first = false;
        }
        s.sentences.push_back({b, 0, static_cast<std::uint32_t>(t.size())});
    }
}

void dump_structure(const Document& doc, std::ostream& out) {
    const auto& s = doc.structure;
    for (const FootnoteRef& r : s.footnote_refs) {
        out << "footnote-ref " << r.number << " line " << doc.position(r.span.begin).line;
        int body = -1;
        for (const FootnoteBody& fb : s.footnote_bodies)
            if (fb.number == r.number) { body = static_cast<int>(doc.position(fb.marker_span.begin).line); break; }
        if (body < 0) out << " no body\n"; else out << " body line " << body << "\n";
    }
    out << "footnote-bodies " << s.footnote_bodies.size() << "\n";
    for (const Block& b : doc.blocks) out << b.first_line << "-" << b.last_line << ": " << b.text << "\n";
}
}  // namespace rc
