// Compiler-style text output:
//   file:line:column: severity: message [rule-id]
//     excerpt
//     ^~~~~~
//     arithmetic
#include <algorithm>
#include <sstream>

#include <fmt/format.h>

#include "grammar/text_util.hpp"
#include "reports/report.hpp"
#include "rules/engine.hpp"

namespace rc {
namespace {

const char* sev_word(Severity s, Lang l) {
    if (l == Lang::en) return to_string(s);
    switch (s) {
        case Severity::error: return "lỗi";
        case Severity::warning: return "cảnh báo";
        case Severity::info: return "lưu ý";
    }
    return "";
}

const char* sev_color(Severity s) {
    switch (s) {
        case Severity::error: return "\x1b[1;31m";
        case Severity::warning: return "\x1b[1;33m";
        case Severity::info: return "\x1b[1;36m";
    }
    return "";
}

// Text from the document must not drive the terminal: C0 controls and DEL become U+FFFD,
// tabs become one space (so the underline stays aligned).
std::string clean(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    std::size_t run = 0;  // the bytes since the last replaced one, appended at once
    for (std::size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != 0x7F) continue;
        out.append(s.data() + run, i - run);
        if (c == '\t') out += ' ';
        else out += "\xEF\xBF\xBD";
        run = i + 1;
    }
    out.append(s.data() + run, s.size() - run);
    return out;
}

class TextWriter final : public ReportWriter {
public:
    TextWriter(const RenderOptions& opt, std::ostream& out) : opt_(opt), out_(out) {}

    RenderedFile render(std::size_t, const FileReport& f) const override {
        RenderedFile r;
        r.counts = summarize_file(f);
        std::ostringstream out;
        write_file(f, out);
        r.part = std::move(out).str();
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
    void write_file(const FileReport& f, std::ostream& out) const;
    RenderOptions opt_;
    std::ostream& out_;
};

void TextWriter::write_file(const FileReport& f, std::ostream& out) const {
    const RenderOptions& opt = opt_;
    const bool en = opt.lang == Lang::en;
    const char* bold = opt.color ? "\x1b[1m" : "";
    const char* reset = opt.color ? "\x1b[0m" : "";
    {
        if (f.error) {
            out << fmt::format("{}{}: {}{}{}\n", bold, f.path, opt.color ? "\x1b[1;31m" : "", *f.error, reset);
            return;
        }
        const SourceText& src = f.doc->source;
        for (const Finding& x : f.result.findings) {
            const Position p = src.position(x.span.begin);
            const std::string label = location_at(f, x.span.begin);
            out << fmt::format("{}{}:{}:{}{}:{} {}{}:{} {} [{}]\n", bold, f.path, p.line, p.column,
                               label.empty() ? std::string() : " (" + clean(label) + ")", reset,
                               opt.color ? sev_color(x.severity) : "", sev_word(x.severity, opt.lang), reset,
                               clean(x.message.in(opt.lang)), x.rule);
            // Excerpt: the source line (in NFC) with the span underlined; on a long line a
            // window of 120 characters from 40 before the span (the work is bounded by the
            // window, not the line: a document may be one line of megabytes).
            const std::uint32_t line = src.line_of(x.span.begin);
            const Span ls = src.line_span(line);
            const std::string& t = src.text();
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
            // Characters before the span: counted up to 61 (more than 60 opens the window).
            std::uint32_t from = b;
            std::size_t before = 0;
            while (from > ls.begin && before <= 60) {
                from = back(from);
                ++before;
            }
            std::size_t lead = before;  // characters shown before the span
            if (before > 60) {
                from = b;
                for (lead = 0; lead < 40; ++lead) from = back(from);
            }
            std::uint32_t to = from;
            for (std::size_t n = 0; n < 120 && to < ls.end; ++n) to = fwd(to);
            const std::uint32_t end = std::min(x.span.end, ls.end);
            const std::size_t width = end > x.span.begin ? utf8_length(src.slice({x.span.begin, end})) : 1;
            const bool cut = from > ls.begin;
            out << "    " << (cut ? "…" : "") << clean(std::string_view(t).substr(from, to - from)) << (to < ls.end ? "…" : "") << "\n";
            out << "    " << (cut ? " " : "") << std::string(lead, ' ') << (opt.color ? "\x1b[1;32m" : "") << '^'
                << std::string(width > 1 ? width - 1 : 0, '~') << reset << "\n";
            if (!x.arithmetic.empty()) out << "    " << clean(x.arithmetic) << "\n";
            if (x.expected) out << "    " << (en ? "accepted: " : "khoảng chấp nhận: ") << clean(*x.expected) << "\n";
            if (x.suggestion) out << "    " << (en ? "consistent value: " : "giá trị khớp: ") << clean(*x.suggestion) << "\n";
            if (x.typo) out << "    " << (en ? "likely typo: " : "có thể gõ nhầm: ") << clean(x.typo->in(opt.lang)) << "\n";
            for (const Related& r : x.related) {
                const Position rp = src.position(r.span.begin);
                const std::string rl = location_at(f, r.span.begin);
                out << fmt::format("  {}:{}:{}{}: {}: {}\n", f.path, rp.line, rp.column,
                                   rl.empty() ? std::string() : " (" + clean(rl) + ")", en ? "note" : "ghi chú",
                                   clean(r.note.in(opt.lang)));
            }
        }
        for (const Text& n : f.result.notes)
            out << fmt::format("{}{}:{} {}: {}\n", bold, f.path, reset, en ? "note" : "ghi chú", clean(n.in(opt.lang)));
    }
}

}  // namespace

std::unique_ptr<ReportWriter> make_text_writer(const RenderOptions& opt, std::vector<std::string>, std::ostream& out) {
    return std::make_unique<TextWriter>(opt, out);
}

}  // namespace rc
