// The parsed document: source text, logical blocks (reflowed paragraphs with a
// map back to the source), the structure AST and the claims found in it.
// Everything downstream (rules, reports) reads this and nothing else.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/source.hpp"
#include "grammar/structure_ast.hpp"
#include "grammar/claims_ast.hpp"
#include "grammar/refs_ast.hpp"

namespace rc {

// A run of logical text that comes from one contiguous run of source text.
struct Piece {
    std::uint32_t logical = 0;  // offset into Block::text
    std::uint32_t source = 0;   // offset into SourceText::text()
    std::uint32_t length = 0;
};

// A logical paragraph: consecutive source lines joined (hard-wrapped PDF text
// is reflowed; page numbers dropped), with a map back to the source.
struct Block {
    enum class Kind : std::uint8_t { text, table_row };
    Kind kind = Kind::text;
    std::uint32_t first_line = 0, last_line = 0;  // 1-based lines of the source
    // Which of the rare bytes the structure pass reads every block's text for this one may hold: a
    // superscript lead byte (kMayHoldSupLead: C2 or E2) or the first digit of a glued run (kMayHoldGlued:
    // Document::kGluedMark). Both unless its maker knows better (the blocks gathered from a larger text's
    // sections, checker/pipeline.cpp: from the sections' text marks); a block without one is not read for it.
    // (In Block's padding: a vector beside the blocks cost big-10M 115 page faults.)
    enum : std::uint8_t { kMayHoldSupLead = 1, kMayHoldGlued = 2 };
    std::uint8_t may_hold = kMayHoldSupLead | kMayHoldGlued;
    // Lines joined by single spaces, trimmed. From build_blocks: a view of Document::block_text (one
    // buffer for every block, not a string each); a block built elsewhere views text its builder keeps.
    std::string_view text;
    // Sorted by logical offset, one a source line; from build_blocks a view of Document::pieces.
    std::span<const Piece> pieces;

    // The block's text (the same as `text`).
    std::string_view view() const { return text; }

    // Logical offset -> source offset (offsets in the gap between two pieces,
    // the joining space, map to the end of the earlier piece).
    // (inline for a block of one line, most blocks: the references, headings and claims ask it of every find)
    std::uint32_t to_source(std::uint32_t logical) const {
        if (pieces.size() == 1) return pieces[0].source + (logical < pieces[0].length ? logical : pieces[0].length);
        return to_source_pieces(logical);
    }
    // The end is exclusive: the last character is mapped and stepped past. (A block of one line here, without a frame; the
    // rest a tail call. Written with the calls to to_source(logical), GCC kept it out of line with a frame and register
    // saves for them, ~10 of the ~25 instructions of each call: big-10M 2.87 → 2.06 M.)
    Span to_source(std::uint32_t begin, std::uint32_t end) const {
        if (pieces.size() != 1) return to_source_span_pieces(begin, end);
        const Piece& p = pieces[0];
        const std::uint32_t b = p.source + (begin < p.length ? begin : p.length);
        if (end <= begin) return {b, b};
        return {b, p.source + (end - 1 < p.length ? end - 1 : p.length) + 1};
    }
    std::uint32_t to_source_pieces(std::uint32_t logical) const;  // (blocks of several lines, or none)
    Span to_source_span_pieces(std::uint32_t begin, std::uint32_t end) const;
    Span source_span() const;
};

// How the text reached us; decides reflow and the footnote convention.
enum class TextStyle { word_export, pdf_extract };

struct Document {
    SourceText source;
    TextStyle style = TextStyle::word_export;
    bool style_given = false;  // set by the reader (a .pdf is PDF-extracted text, however short)
    // A pass that reads the structure only (the footnote and heading rules over a sectioned
    // text): no sentences, list items or table cells are kept.
    bool structure_only = false;
    // A later section of a large text (checker/pipeline.cpp): the title block read at the start of
    // the whole text, so the rules that judge dates and periods against the report's own date and
    // period (future-date, period-mismatch, implausible-year) read the same report in every section,
    // not whatever "…, ngày …" line a section happens to start near. Spans cleared (outside the section).
    std::optional<TitleBlock> given_title;
    std::vector<Block> blocks;
    // The blocks' texts (Block::text), in block order, each followed by '\n' (which no block holds); the
    // first is preceded by kBlockTextPad bytes of '\n' and the last followed by as many (so a scan may read
    // 64 bytes before or after a block). Sized by build_blocks once: it never moves, nor do the views.
    // With structure_only, a block of one line views the source instead (only joined blocks are here).
    std::unique_ptr<char[]> block_text;
    std::size_t block_text_size = 0;  // bytes used, the front padding included
    static constexpr std::size_t kBlockTextPad = 64;
    // The bytes of block_text the passes over the blocks look for, found by build_blocks in one pass over it
    // (a full parse; empty with structure_only or for blocks made elsewhere): for the 64 bytes
    // block_text[64w, 64w + 64), text_marks[kMarkKinds * w + kind] has bit k set when byte 64w + k is
    //  - kDigitMark: an ASCII digit (the references' scan);
    //  - kStopMark: '.', '!' or '?' followed by ' ', ')', '"', '\'' or 0xE2 (where a sentence may end);
    //  - kSupLeadMark: 0xC2 or 0xE2 (the lead byte of a superscript digit);
    //  - kGluedMark: the first digit of a run glued to what precedes (a letter, a byte >= 0x80, ')', '.',
    //    '"') or followed by four more digits (a PDF-style footnote reference may be there).
    // Words cover block_text up to block_text_size and a word past it.
    enum TextMark : unsigned { kDigitMark = 0, kStopMark = 1, kSupLeadMark = 2, kGluedMark = 3, kMarkKinds = 4 };
    const std::uint64_t* text_marks = nullptr;  // (in block_text's allocation, after its bytes: freed with it)
    // Whether every block lies inside block_text after the one before it, as build_blocks lays them out in a
    // full parse (the passes then scan block_text itself; a caller that replaced or added blocks since, or a
    // structure-only pass, gets each block read on its own).
    bool blocks_in_block_text() const {
        if (structure_only || !block_text) return false;
        // (each block's start compared with the end of the one before: the ends then rise, and only the last is compared
        // with block_text's end — a compare and a branch less a block, asked twice a section)
        const char* prev = block_text.get() + kBlockTextPad - 1;
        for (const Block& b : blocks) {
            if (b.text.data() <= prev) return false;
            prev = b.text.data() + b.text.size();
        }
        return prev <= block_text.get() + block_text_size;
    }
    // Whether text_marks may be read for these blocks (not marks of other bytes).
    bool marks_cover_blocks() const { return text_marks && blocks_in_block_text(); }
    // The first byte in [i, end) of block_text marked `kind`, or end (end <= block_text_size).
    // (always inline: GCC kept it out of line in parse_structure, 111 792 calls on big-10M)
    [[gnu::always_inline]] std::size_t next_mark(TextMark kind, std::size_t i, std::size_t end) const {
        if (i >= end) return end;
        const std::uint64_t* const m = text_marks + kind;
        const std::uint64_t* p = m + kMarkKinds * (i >> 6);
        std::uint64_t bits = *p >> (i & 63);
        if (!bits) {
            // (the words without a mark walked by a pointer up to the last word holding a byte before end: an add, a compare
            // with the last, a compare with zero and two branches a word; counting the word and its first byte was seven)
            const std::uint64_t* const last = m + kMarkKinds * ((end - 1) >> 6);
            do {
                p += kMarkKinds;
                if (p > last) return end;
            } while (!*p);
            bits = *p;
            i = static_cast<std::size_t>(p - m) / kMarkKinds << 6;
        }
        i += static_cast<std::size_t>(__builtin_ctzll(bits));
        return i < end ? i : end;
    }
    std::vector<Piece> pieces;  // Block::pieces of every block, in block order (reserved once: never moves)
    Structure structure;  // grammar/structure_ast.hpp
    Claims claims;        // grammar/claims_ast.hpp
    References refs;      // grammar/refs_ast.hpp (dates, periods, citations)

    // Asked by the checker of a text in sections (checker/pipeline.cpp), which runs the structure pass
    // once more over blocks gathered from every section (so as not to parse the whole text's again):
    // parse_structure then sets structure_marks[b] = 1 for each block the pass over a larger text
    // holding these blocks could read more of than its kind, whatever it decided before them — a
    // heading label, a colon or a number-taking word at the end ("… đứng thứ"), a footnote reference,
    // body, body marker or header, an appendix line, a glued digit run, the block after a label
    // without a title.
    bool mark_structure_blocks = false;
    std::vector<char> structure_marks;
    // When not empty (blocks gathered from a larger text, see above): each block's number there. The
    // structure pass counts blocks by these numbers where it counts them (a body's continuation).
    std::vector<std::uint32_t> block_numbers;
    // build_blocks' counts for telling PDF-extracted text (a blank line after almost every line of
    // text), over the lines followed by another: the lines of text, those followed by a blank line,
    // and the lines over 60 bytes that end no sentence. Counted for a text whose style is given too.
    struct ReflowCounts {
        std::size_t text_lines = 0, alternating = 0, open_long = 0;
    } reflow_counts;

    // Lines of the whole text before this one (a later section of a large text): a line number
    // a rule writes into its message is the user's own line, not the section's.
    std::uint32_t line_base = 0;

    // 1-based line/column helpers over the source.
    Position position(std::uint32_t offset) const { return source.position(offset); }
    // The user's line of an offset, for messages ("dòng 42").
    std::uint32_t user_line(std::uint32_t offset) const { return source.position(offset).line + line_base; }
};

// Split source lines into blocks (reflow). Detects the PDF-extract style.
void build_blocks(Document& doc);
// The style build_blocks detects from its counts (when the reader did not give one).
bool looks_pdf_extracted(const Document::ReflowCounts& c);

// The whole front end: blocks, structure grammar, claim grammar.
Document parse_document(SourceText source);
// The same, when the reader knows how the text was made.
Document parse_document(SourceText source, TextStyle style);
// The same for a document prepared by the caller (source, style, given_title set).
Document parse_document(Document doc);

}  // namespace rc
