// --dump-structure: the outline the structure grammar parsed.
#include <map>

#include "grammar/dump.hpp"
#include "grammar/structure_lex.hpp"

namespace rc {

namespace {
const char* style_name(HeadingStyle s) {
    switch (s) {
        case HeadingStyle::part: return "part";
        case HeadingStyle::roman: return "roman";
        case HeadingStyle::arabic: return "arabic";
        case HeadingStyle::letter: return "letter";
    }
    return "?";
}
}  // namespace

void dump_structure(const Document& doc, std::ostream& out) {
    const Structure& s = doc.structure;
    out << "style " << (doc.style == TextStyle::pdf_extract ? "pdf-extract" : "word-export") << ", " << doc.blocks.size()
        << " blocks, " << s.sentences.size() << " sentences\n";
    if (s.title.present) {
        const TitleBlock& t = s.title;
        out << "title";
        if (!t.number.empty()) out << " number " << t.number;
        if (!t.place.empty()) out << " place " << t.place;
        if (!t.date.empty()) out << " date " << t.date.day << "/" << t.date.month << "/" << t.date.year;
        if (!t.kind.empty()) out << " kind " << t.kind;
        if (t.period.kind != Period::Kind::none) out << " period " << t.period.year_from << "-" << t.period.year_to;
        out << "\n";
        if (!t.subject.empty()) out << "  subject " << t.subject << "\n";
    }
    out << "headings " << s.headings.size() << "\n";
    for (const Heading& h : s.headings) {
        out << std::string(static_cast<std::size_t>(h.level) * 2, ' ') << "L" << h.level << " " << style_name(h.style) << " "
            << h.label << " [";
        for (std::size_t i = 0; i < h.numbers.size(); ++i) {
            if (i) out << ".";
            if (h.style == HeadingStyle::letter) out << vi_letter(h.numbers[i]);
            else out << h.numbers[i];
        }
        out << "] line " << doc.position(h.span.begin).line << (h.bold ? " bold" : "") << ": " << h.title << "\n";
    }
    out << "list-items " << s.list_items.size() << "\n";
    std::map<int, std::uint32_t> body_line;
    for (const FootnoteBody& fb : s.footnote_bodies) body_line.emplace(fb.number, doc.position(fb.marker_span.begin).line);
    for (const FootnoteRef& r : s.footnote_refs) {
        out << "footnote-ref " << r.number << (r.superscript ? " superscript" : " glued") << " line "
            << doc.position(r.span.begin).line;
        auto it = body_line.find(r.number);
        if (it == body_line.end()) out << " no body\n";
        else out << " body line " << it->second << "\n";
    }
    out << "footnote-bodies " << s.footnote_bodies.size() << "\n";
    for (const Table& tb : s.tables) {
        std::size_t cols = 0, rows = 0;
        for (const TableRow& r : tb.rows) {
            if (r.separator) continue;
            ++rows;
            cols = std::max(cols, r.cells.size());
        }
        out << "table line " << doc.position(tb.span.begin).line << " rows " << rows << " cols " << cols << "\n";
    }
}

}  // namespace rc
