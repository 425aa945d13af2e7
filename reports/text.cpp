// Compiler-style text output:
//   file:line:column: severity: message [rule-id]
//     excerpt
//     ^~~~~~
//     arithmetic
#include <algorithm>
#include <bit>
#include <charconv>
#include <cstdint>
#include <string>
#include <string_view>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <fmt/format.h>

#include "grammar/byte_scan.hpp"
#include "grammar/text_util.hpp"
#include "reports/report.hpp"
#include "rules/engine.hpp"

namespace rc {
namespace {

using namespace std::literals;

std::string_view sev_word(Severity s, Lang l) {
    if (l == Lang::en) return to_string(s);
    switch (s) {
        case Severity::error: return "lỗi";
        case Severity::warning: return "cảnh báo";
        case Severity::info: return "lưu ý";
    }
    return "";
}

std::string_view sev_color(Severity s) {
    switch (s) {
        case Severity::error: return "\x1b[1;31m";
        case Severity::warning: return "\x1b[1;33m";
        case Severity::info: return "\x1b[1;36m";
    }
    return "";
}

// Text from the document must not drive the terminal: C0 controls and DEL become U+FFFD,
// tabs become one space (so the underline stays aligned). Appended to `out`; sixteen (SSE2)
// or eight bytes at a time past runs without a control byte (nearly all text).
void append_clean(std::string& out, std::string_view s) {
    using namespace byte_scan;
    std::size_t run = 0;  // the bytes since the last replaced one, appended at once
    std::size_t i = 0;
#if defined(__SSE2__)
    // sixteen bytes at a time: x < 0x20 unsigned is (x ^ 0x80) < (0x20 ^ 0x80) signed
    const __m128i flip = _mm_set1_epi8(static_cast<char>(0x80)), below = _mm_set1_epi8(static_cast<char>(0xA0)),
                  del = _mm_set1_epi8(0x7F);
#endif
    for (;;) {
#if defined(__SSE2__)
        const auto controls = [&](std::size_t at) {  // a bit for each control byte of the sixteen at `at`
            const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + at));
            return static_cast<unsigned>(
                _mm_movemask_epi8(_mm_or_si128(_mm_cmplt_epi8(_mm_xor_si128(x, flip), below), _mm_cmpeq_epi8(x, del))));
        };
        while (i + 16 <= s.size()) {
            if (controls(i)) break;
            i += 16;
        }
        // The last bytes (fewer than sixteen) through the sixteen ending at the end, those before i
        // shifted out: most texts end here (a message, a line of the excerpt; 21 000 calls on
        // big-10M), not in the byte loops below.
        if (i + 16 > s.size() && i < s.size() && s.size() >= 16) {
            const std::size_t last = s.size() - 16;
            const unsigned m = controls(last) >> (i - last);
            if (m == 0) i = s.size();
            else i += static_cast<std::size_t>(std::countr_zero(m));  // the control byte, replaced below
        }
#endif
        while (i + 8 <= s.size()) {
            const std::uint64_t x = load8(s.data() + i);
            if (has_less(x, 0x20) || has_byte(x, 0x7F)) break;
            i += 8;
        }
        if (i >= s.size()) break;
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != 0x7F) {
            ++i;
            continue;
        }
        out.append(s.data() + run, i - run);
        if (c == '\t') out += ' ';
        else out += "\xEF\xBF\xBD";
        run = ++i;
    }
    out.append(s.data() + run, s.size() - run);
}

// The character starts among the eight bytes at p: the bytes that are not 10xxxxxx. (The
// continuation bytes' flags, one per byte, summed by a multiply: std::popcount is a libgcc call
// without -mpopcnt.)
inline int char_starts8(const char* p) {
    using namespace byte_scan;
    const std::uint64_t x = load8(p);
    const std::uint64_t cont = (x & ~(x << 1) & kHigh) >> 7;  // 1 in each continuation byte
    return 8 - static_cast<int>((cont * kOnes) >> 56);
}

bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// "path:line:column" and, on a labelled line (a .docx table cell, …), " (label)". Returns the
// offset's position (the excerpt's line is found from its line). `line_hint`: a line at or before the
// offset's, likely near it (the previous finding's: the findings are sorted), or 0.
Position append_location(std::string& out, const FileReport& f, std::uint32_t offset, std::uint32_t line_hint = 0) {
    const Position p = f.doc->source.position(offset, line_hint);
    out += f.path;
    char buf[24];  // ":line:column" appended at once
    char* o = buf;
    *o++ = ':';
    o = std::to_chars(o, buf + 11, p.line).ptr;  // (10 digits at most)
    *o++ = ':';
    o = std::to_chars(o, buf + sizeof buf, p.column).ptr;
    out.append(buf, static_cast<std::size_t>(o - buf));
    if (f.line_labels.empty()) return p;  // (plain text: no label)
    const std::string label = location_at(f, offset, p.line);  // (the line found above: no second lookup)
    if (!label.empty()) {
        out += " ("sv;
        append_clean(out, label);
        out += ')';
    }
    return p;
}

class TextWriter final : public ReportWriter {
public:
    TextWriter(const RenderOptions& opt, std::ostream& out) : opt_(opt), out_(out) {}

    RenderedFile render(std::size_t, const FileReport& f) const override {
        RenderedFile r;
        r.counts = summarize_file(f);
        write_file(f, r.part);
        return r;
    }

    void finish() override {
        const Summary& s = summary_;
        if (opt_.lang == Lang::en)
            out_ << fmt::format("{} file(s), {} error(s), {} warning(s), {} note(s); claims: {} verified consistent, {} inconsistent, {} unverifiable{}\n",
                                s.files, s.errors, s.warnings, s.infos, s.consistent, s.inconsistent, s.unverifiable,
                                s.file_errors ? fmt::format("; {} file(s) not checked", s.file_errors) : "");
        else
            out_ << fmt::format("{} tệp, {} lỗi, {} cảnh báo, {} lưu ý; phép tính: {} đúng, {} sai, {} chưa kiểm chứng được{}\n",
                                s.files, s.errors, s.warnings, s.infos, s.consistent, s.inconsistent, s.unverifiable,
                                s.file_errors ? fmt::format("; {} tệp không kiểm tra được", s.file_errors) : "");
    }

protected:
    void write(std::size_t, RenderedFile&& part) override { out_ << part.part; }

private:
    void write_file(const FileReport& f, std::string& out) const;
    RenderOptions opt_;
    std::ostream& out_;
};

void TextWriter::write_file(const FileReport& f, std::string& out) const {
    // Appended piece by piece (no format string parsed per finding, no stream).
    const RenderOptions& opt = opt_;
    const bool en = opt.lang == Lang::en;
    const std::string_view bold = opt.color ? "\x1b[1m"sv : ""sv;
    const std::string_view reset = opt.color ? "\x1b[0m"sv : ""sv;
    if (f.error) {
        out += bold;
        out += f.path;
        out += ": "sv;
        out += opt.color ? "\x1b[1;31m"sv : ""sv;
        out += *f.error;
        out += reset;
        out += '\n';
        return;
    }
    const SourceText& src = f.doc->source;
    out.reserve(f.result.findings.size() * 400 + f.result.notes.size() * 200);
    std::uint32_t prev_line = 0;  // the previous finding's line (its position's)
    for (const Finding& x : f.result.findings) {
        // (the colour codes only with colour: an empty append is still a call)
        if (opt.color) out += bold;
        const Position at = append_location(out, f, x.span.begin, prev_line);
        prev_line = at.line;
        out += ':';
        if (opt.color) {
            out += reset;
            out += ' ';
            out += sev_color(x.severity);
        } else {
            out += ' ';
        }
        out += sev_word(x.severity, opt.lang);
        out += ':';
        if (opt.color) out += reset;
        out += ' ';
        append_clean(out, x.message.in(opt.lang));
        out += " ["sv;
        out += x.rule;
        out += "]\n"sv;
        // Excerpt: the source line (in NFC) with the span underlined; on a long line a
        // window of 120 characters from 40 before the span (the work is bounded by the
        // window, not the line: a document may be one line of megabytes).
        // (the line of the position: the offset's unless a changed segment around it held a line break)
        const std::uint32_t line = src.line_of(x.span.begin, at.line);
        const Span ls = src.line_span(line);
        const std::string_view t = src.text();
        const std::uint32_t b = std::clamp(x.span.begin, ls.begin, ls.end);
        auto back = [&](std::uint32_t o) {  // the start of the character before o
            do --o;
            while (o > ls.begin && (static_cast<unsigned char>(t[o]) & 0xC0) == 0x80);
            return o;
        };
        auto fwd = [&](std::uint32_t o) {  // the start of the character after o
            const unsigned char c = static_cast<unsigned char>(t[o]);
            return std::min<std::uint32_t>(ls.end, o + (c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4));
        };
        // Characters before the span: counted up to 61 (more than 60 opens the window). The text
        // is valid UTF-8 (SourceText's contract) and the line starts a character, so stepping back
        // a character is stepping back to the previous byte that is not a continuation byte:
        // whole words of eight bytes are counted at once while the count stays within 60, then
        // byte by byte (the same position and count as character by character).
        std::uint32_t from = b;
        std::size_t before = 0;
        if (b < ls.end && !continuation(t[b])) {
            while (from >= ls.begin + 8) {
                const int k = char_starts8(t.data() + from - 8);
                if (before + static_cast<std::size_t>(k) > 60) break;
                before += static_cast<std::size_t>(k);
                from -= 8;
            }
            while (from > ls.begin && before <= 60)
                if (!continuation(t[--from])) ++before;
        } else {
            while (from > ls.begin && before <= 60) {
                from = back(from);
                ++before;
            }
        }
        std::size_t lead = before;  // characters shown before the span
        if (before > 60) {
            // the 40th character start before b: counted eight bytes at a time while the count stays
            // below 40 (`from` may then sit inside a character: back() steps to that character's
            // start, the next one not counted), then character by character
            from = b;
            lead = 0;
            while (from >= ls.begin + 8) {
                const int k = char_starts8(t.data() + from - 8);
                if (lead + static_cast<std::size_t>(k) >= 40) break;
                lead += static_cast<std::size_t>(k);
                from -= 8;
            }
            for (; lead < 40; ++lead) from = back(from);
        }
        // 120 characters from `from`, or the line's end: the position of the 121st character start
        // (counted as before: eight bytes at a time while within 120, then byte by byte).
        std::uint32_t to = from;
        if (ls.end - from <= 120) {
            // at most 120 bytes, so at most 120 characters: the window ends with the line (two in three
            // findings on big-10M; each was counted eight bytes at a time, then byte by byte)
            to = ls.end;
        } else if (!continuation(t[from])) {
            std::size_t n = 0;
#if defined(__SSE2__)
            // sixteen bytes a step while the count stays within 120: the character starts are the bytes
            // above -65 as signed bytes (not 10xxxxxx), summed by a SAD (two eight-byte steps cost ~30
            // instructions; 1 800 long windows of big-10M)
            while (to + 16 <= ls.end) {
                const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t.data() + to));
                const __m128i ones = _mm_sub_epi8(_mm_setzero_si128(), _mm_cmpgt_epi8(x, _mm_set1_epi8(-65)));
                const __m128i sums = _mm_sad_epu8(ones, _mm_setzero_si128());
                const auto k = static_cast<std::size_t>(_mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4));
                if (n + k > 120) break;
                n += k;
                to += 16;
            }
#endif
            while (to + 8 <= ls.end) {
                const int k = char_starts8(t.data() + to);
                if (n + static_cast<std::size_t>(k) > 120) break;
                n += static_cast<std::size_t>(k);
                to += 8;
            }
            for (; to < ls.end; ++to)
                if (!continuation(t[to]) && n++ == 120) break;
        } else {
            for (std::size_t n = 0; n < 120 && to < ls.end; ++n) to = fwd(to);
        }
        const std::uint32_t end = std::min(x.span.end, ls.end);
        const std::size_t width = end > x.span.begin ? utf8_length(src.slice({x.span.begin, end})) : 1;
        const bool cut = from > ls.begin;
        out += "    "sv;
        if (cut) out += "…"sv;
        append_clean(out, std::string_view(t).substr(from, to - from));
        if (to < ls.end) out += "…"sv;
        out += "\n    "sv;
        if (cut) out += ' ';
        out.append(lead, ' ');
        if (opt.color) out += "\x1b[1;32m"sv;
        out += '^';
        if (width > 1) out.append(width - 1, '~');
        if (opt.color) out += reset;
        out += '\n';
        auto item = [&](std::string_view head, std::string_view text) {
            out += "    "sv;
            out += head;
            append_clean(out, text);
            out += '\n';
        };
        if (!x.arithmetic.empty()) item("", x.arithmetic);
        if (x.expected) item(en ? "accepted: "sv : "khoảng chấp nhận: "sv, *x.expected);
        if (x.suggestion) item(en ? "consistent value: "sv : "giá trị khớp: "sv, *x.suggestion);
        if (x.typo) item(en ? "likely typo: "sv : "có thể gõ nhầm: "sv, x.typo->in(opt.lang));
        for (const Related& r : x.related) {
            out += "  "sv;
            append_location(out, f, r.span.begin);
            out += en ? ": note: "sv : ": ghi chú: "sv;
            append_clean(out, r.note.in(opt.lang));
            out += '\n';
        }
    }
    for (const Text& n : f.result.notes) {
        out += bold;
        out += f.path;
        out += ':';
        out += reset;
        out += en ? " note: "sv : " ghi chú: "sv;
        append_clean(out, n.in(opt.lang));
        out += '\n';
    }
}

}  // namespace

std::unique_ptr<ReportWriter> make_text_writer(const RenderOptions& opt, std::vector<std::string>, std::ostream& out) {
    return std::make_unique<TextWriter>(opt, out);
}

}  // namespace rc
