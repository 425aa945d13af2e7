// Reflow: source lines -> logical blocks, keeping a map back to the source.
#include <algorithm>
#include <cstring>
#include <string_view>

#include "grammar/document.hpp"
#include "grammar/structure_lex.hpp"
#include "grammar/text_util.hpp"

namespace rc {

std::uint32_t Block::to_source(std::uint32_t logical) const {
    if (pieces.size() == 1) return pieces[0].source + std::min(logical, pieces[0].length);  // most blocks: one line
    if (pieces.empty()) return 0;
    auto it = std::upper_bound(pieces.begin(), pieces.end(), logical,
                               [](std::uint32_t o, const Piece& p) { return o < p.logical; });
    const Piece& p = it == pieces.begin() ? pieces.front() : *std::prev(it);
    const std::uint32_t delta = std::min(logical - std::min(logical, p.logical), p.length);
    return p.source + delta;
}

Span Block::to_source(std::uint32_t begin, std::uint32_t end) const {
    if (end <= begin) {
        const auto s = to_source(begin);
        return {s, s};
    }
    // The end is exclusive: map the last character and step past it.
    const std::uint32_t last = to_source(end - 1);
    return {to_source(begin), last + 1};
}

Span Block::source_span() const {
    if (pieces.empty()) return {};
    return {pieces.front().source, pieces.back().source + pieces.back().length};
}

namespace {

struct Line {
    std::uint32_t number;     // 1-based
    Span span;                // trimmed content
    std::string_view text;    // trimmed
    bool blank;
};

// The source's lines, trimmed: only their spans are kept (8 bytes a line, not a Line's 40:
// a 10 MB text has 200 000 lines, held while its blocks are built).
class Lines {
public:
    explicit Lines(const SourceText& src) : src_(src) {}
    void push_back(Span s) { spans_.push_back(s); }
    void reserve(std::size_t n) { spans_.reserve(n); }
    std::size_t size() const { return spans_.size(); }
    Line operator[](std::size_t i) const {
        const std::string_view t(src_.text().data() + spans_[i].begin, spans_[i].end - spans_[i].begin);  // (inside the text)
        return {static_cast<std::uint32_t>(i + 1), spans_[i], t, t.empty()};
    }

private:
    const SourceText& src_;
    std::vector<Span> spans_;
};

bool ends_sentence(std::string_view t) {
    if (!t.empty()) {  // most lines that end a sentence end with its mark
        const char c = t.back();
        if (c == '.' || c == ':' || c == ';' || c == '!' || c == '?') return true;
    }
    // Strip closing quotes/brackets/markup before looking at the final punctuation.
    while (!t.empty()) {
        if (t.ends_with("\xE2\x80\x9D") || t.ends_with("\xE2\x80\x99")) { t.remove_suffix(3); continue; }  // ” ’
        char c = t.back();
        if (c == ')' || c == '"' || c == '*' || c == '\'' || c == ']') { t.remove_suffix(1); continue; }
        break;
    }
    if (t.empty()) return false;
    char c = t.back();
    return c == '.' || c == ':' || c == ';' || c == '!' || c == '?';
}

bool is_page_number(std::string_view t) {
    if (t.empty() || t.size() > 4) return false;
    return std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_table_row(std::string_view t) { return t.size() >= 2 && t.front() == '|'; }

// A line that opens a new block whatever precedes it in hard-wrapped text:
// a "Phần thứ …" part heading.
bool forced_start(std::string_view t) {
    return t.starts_with("Ph\xE1\xBA\xA7n th\xE1\xBB\xA9 ") ;  // "Phần thứ "
}

}  // namespace

bool looks_pdf_extracted(const Document::ReflowCounts& c) {
    return c.text_lines >= 20 && c.alternating * 10 >= c.text_lines * 8 && c.open_long * 4 >= c.text_lines;
}

void build_blocks(Document& doc) {
    const SourceText& src = doc.source;
    Lines lines(src);
    lines.reserve(src.line_count());
    // PDF-extracted text: a blank line after almost every line of text (counted over the lines
    // followed by another: a line of text, and whether the next is blank).
    std::size_t alternating = 0, text_lines = 0;
    std::size_t open_long = 0;  // lines over 60 bytes that end no sentence (read below only for that test)
    bool prev_blank = true;
    const char* const text = src.text().data();
    for (std::uint32_t n = 1; n <= src.line_count(); ++n) {
        Span s = src.line_span(n);
        const std::string_view raw(text + s.begin, s.end - s.begin);
        const std::string_view trimmed = trim(raw);
        s.begin += static_cast<std::uint32_t>(trimmed.data() - raw.data());
        s.end = s.begin + static_cast<std::uint32_t>(trimmed.size());
        if (n == 1 && src.slice(s).starts_with("\xEF\xBB\xBF")) s.begin += 3;
        lines.push_back(s);
        const bool is_blank = s.end == s.begin;
        open_long += s.end - s.begin > 60 && !ends_sentence(std::string_view(text + s.begin, s.end - s.begin));
        if (!prev_blank) {
            ++text_lines;
            alternating += is_blank;
        }
        prev_blank = is_blank;
    }
    doc.reflow_counts = {text_lines, alternating, open_long};
    const bool pdf = doc.style_given ? doc.style == TextStyle::pdf_extract : looks_pdf_extracted(doc.reflow_counts);
    doc.style = pdf ? TextStyle::pdf_extract : TextStyle::word_export;

    // Footnote bodies gathered at the end ("CHÚ THÍCH", then "1 …", "2 …"): each
    // body is one block however it is wrapped. Without the header, PDF text's
    // region starts at the last body "1 …" followed by a body "2 …".
    // (Only PDF text reads the region.)
    std::size_t region = lines.size();
    for (std::size_t i = 0; pdf && i < lines.size(); ++i) {
        if (lines[i].blank || !is_footnote_header(lines[i].text)) continue;
        // only a header followed by a body "1 …" (a "Ghi chú:" above a table is not one)
        std::size_t k = i + 1;
        while (k < lines.size() && lines[k].blank) ++k;
        int m = 0;
        if (k < lines.size() && lex_body_marker(lines[k].text, m) && m == 1) region = i;
    }
    if (region == lines.size() && pdf) {
        bool seen2 = false;
        for (std::size_t i = lines.size(); i-- > 0;) {
            int m = 0;
            if (lines[i].blank || !lex_body_marker(lines[i].text, m)) continue;
            if (m == 2) seen2 = true;
            if (m == 1 && seen2) { region = i; break; }
        }
    }
    int next_body = 1;

    doc.blocks.clear();
    doc.blocks.reserve(text_lines + 1);  // at most one block per non-blank line: no reallocation
    doc.pieces.clear();
    doc.pieces.reserve(text_lines + 1);  // one piece per non-blank line: no reallocation (the blocks view it)
    // Every line's text and one byte after it (the joining space or the block's closing '\n') fit in the
    // bytes of the source it came from, the line break included (+1: the last line may have none).
    // (The structure-only pass sizes it after the loop, for its joined blocks only: see `borrow`.)
    const std::size_t pad = Document::kBlockTextPad;
    const bool borrow = doc.structure_only;
    doc.block_text.reset(borrow ? nullptr : new char[src.text().size() + 1 + 2 * pad]);
    char* const buf = doc.block_text.get();
    if (buf) std::memset(buf, '\n', pad);
    std::size_t used = pad;
    bool open = false;  // the last of doc.blocks is open (lines are appended to it in place)
    std::string_view prev_text;
    bool prev_caps = false;
    bool prev_heading = false;  // the previous line starts with a heading label
    // PDF text: parentheses left open by the block so far, and the lines since the
    // first of them was opened. A list in parentheses whose members end with ';' or
    // ':' at a hard wrap ("(Quang Trung: 98,21 tỷ đồng; / Thanh Sơn: …)") is still
    // the same sentence; the count is bounded so a stray '(' cannot swallow a page.
    int paren_depth = 0;
    int paren_lines = 0;
    constexpr int kMaxParenLines = 4;
    auto close = [&] {
        open = false;
        paren_depth = 0;
        paren_lines = 0;
    };
    // The structure-only pass (over a whole large text) leaves a block of one line in the source (its
    // view) and copies only the blocks of two lines or more, into a buffer of their size made after
    // the loop (the join decisions read the lines, not the blocks' texts; until then a joined block's
    // `text` has only its size right).
    auto append = [&](const Line& l, Block::Kind kind = Block::Kind::text) {
        const auto len = static_cast<std::uint32_t>(l.text.size());
        if (!open) {
            Block& cur = doc.blocks.emplace_back();  // built in place
            cur.kind = kind;
            cur.first_line = l.number;
            open = true;
            if (borrow) {
                cur.text = l.text;
            } else {
                std::memcpy(buf + used, l.text.data(), len);
                cur.text = std::string_view(buf + used, len);
                used += len;
                buf[used++] = '\n';
            }
            doc.pieces.push_back({0, l.span.begin, len});
            cur.pieces = std::span<const Piece>(&doc.pieces.back(), 1);
        } else {
            Block& cur = doc.blocks.back();
            const auto logical = static_cast<std::uint32_t>(cur.text.size() + 1);
            if (!borrow) {
                buf[used - 1] = ' ';  // (was the block's closing '\n')
                std::memcpy(buf + used, l.text.data(), len);
                used += len;
                buf[used++] = '\n';
            }
            cur.text = std::string_view(cur.text.data(), logical + len);
            doc.pieces.push_back({logical, l.span.begin, len});
            cur.pieces = std::span<const Piece>(cur.pieces.data(), cur.pieces.size() + 1);
        }
        Block& cur = doc.blocks.back();
        cur.last_line = l.number;
        if (!pdf) return;  // the open parentheses are only asked about in PDF text
        if (paren_depth > 0) ++paren_lines;
        for (char ch : l.text) {
            if (ch == '(') ++paren_depth;
            else if (ch == ')' && paren_depth > 0) --paren_depth;
        }
        if (paren_depth == 0) paren_lines = 0;
    };
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const Line l = lines[i];
        if (l.blank) {
            if (!pdf) close();
            continue;
        }
        if (is_table_row(l.text)) {
            close();
            append(l, Block::Kind::table_row);
            close();
            prev_text = {};
            continue;
        }
        if (!pdf) {
            // Word-exported text: one paragraph per line unless the previous line was hard-wrapped
            // mid-sentence. (A line starting in lower case is not all capitals; whether it is a heading
            // and the previous line all capitals is asked only when that decides.)
            bool join = open && starts_lowercase(l.text) && !ends_sentence(prev_text) && !is_table_row(prev_text);
            if (join) {
                HeadingLabelLex lab;
                join = !lex_heading_label(l.text, lab) && !is_upper_line(prev_text);
            }
            if (!join) close();
            append(l);
            prev_text = l.text;
            continue;
        }
        if (is_page_number(l.text)) continue;  // page number alone on a line (PDF)
        const bool caps = is_upper_line(l.text);
        bool join = false;
        if (i >= region) {
            // Footnote region: a body marker with the expected number opens a block,
            // anything else continues the current body.
            int m = 0;
            const bool marker = lex_body_marker(l.text, m) && m >= next_body && m <= next_body + 2;
            if (marker) next_body = m + 1;
            join = open && !marker && i != region && !is_footnote_header(prev_text);
            if (!join) close();
            append(l);
            prev_text = l.text;
            prev_caps = caps;
            prev_heading = false;
            continue;
        }
        HeadingLabelLex lab;
        const bool heading = lex_heading_label(l.text, lab);
        if (open) {
            // PDF, hard wraps: join unless the previous line ended a sentence;
            // all-caps titles join only with all-caps lines.
            if (forced_start(l.text)) join = false;
            else if (prev_caps) join = caps && !forced_start(prev_text);
            else join = !ends_sentence(prev_text) ||
                        (paren_depth > 0 && paren_lines < kMaxParenLines && !prev_text.ends_with('.') &&
                         !heading && !forced_start(l.text));
            // A heading label opens a block (a Roman one only when it is not the
            // end of a wrapped phrase: "Đại hội lần thứ / XIV. Triển khai …");
            // a heading line continues only on a lower-case line.
            if (heading && join)
                join = lab.style == HeadingStyle::roman && !caps && !prev_heading;
            else if (prev_heading && !prev_caps && join)
                join = starts_lowercase(l.text);
        }
        if (!join) close();
        append(l);
        prev_text = l.text;
        prev_caps = caps;
        prev_heading = heading;
    }
    close();
    if (borrow) {  // the joined blocks' texts, from their pieces
        std::size_t size = pad;
        for (const Block& b : doc.blocks)
            if (b.pieces.size() > 1) size += b.text.size() + 1;
        doc.block_text.reset(new char[size + pad]);
        char* const out = doc.block_text.get();
        std::memset(out, '\n', pad);
        for (Block& b : doc.blocks) {
            if (b.pieces.size() < 2) continue;
            char* const at = out + used;
            for (const Piece& p : b.pieces) {
                if (p.logical) at[p.logical - 1] = ' ';
                std::memcpy(at + p.logical, src.text().data() + p.source, p.length);
            }
            used += b.text.size();
            out[used++] = '\n';
            b.text = std::string_view(at, b.text.size());
        }
        std::memset(out + used, '\n', pad);
    } else {
        std::memset(buf + used, '\n', pad);
    }
    doc.block_text_size = used;
}

}  // namespace rc
