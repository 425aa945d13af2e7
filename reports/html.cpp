// The HTML report: one self-contained file for a drafting officer (no network, no external
// assets). Readable without JavaScript (findings list + highlighted text with links to the
// cards); the script only adds filters, the view switch and the pop-up explanation card.
// Every piece of document text goes through escape(); the embedded JSON escapes '<', '>',
// '&', U+2028 and U+2029 so nothing in a document can close the <script> element.
#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "reports/html_assets.hpp"
#include "reports/json_model.hpp"
#include "reports/report.hpp"
#include "reports/stream_util.hpp"
#include "rules/rule.hpp"
#include "rc_version.hpp"

namespace rc {

using nlohmann::ordered_json;

namespace {

// HTML-escape text for element content and quoted attributes. C0 controls (except tab)
// and DEL become their visible Control Pictures (U+2400 block).
void escape_to(std::string& out, std::string_view s) {
    for (const char ch : s) {
        const unsigned char c = static_cast<unsigned char>(ch);
        switch (ch) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default:
                if ((c < 0x20 && c != '\t') || c == 0x7F) {
                    const unsigned cp = c == 0x7F ? 0x2421 : 0x2400 + c;
                    out += static_cast<char>(0xE0 | (cp >> 12));
                    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
                    out += static_cast<char>(0x80 | (cp & 0x3F));
                } else {
                    out += ch;
                }
        }
    }
}

// JSON for a <script type="application/json"> element: no '<', '>', '&', U+2028, U+2029.
// Escaped in place, from the back (the dump of a large file is held once, not twice).
std::string script_json(const ordered_json& j) {
    std::string s = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    const auto line_sep = [&](std::size_t i) {  // U+2028 / U+2029 starts at i
        return s[i] == '\xE2' && i + 2 < s.size() && s[i + 1] == '\x80' && (s[i + 2] == '\xA8' || s[i + 2] == '\xA9');
    };
    std::size_t extra = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '<' || c == '>' || c == '&') extra += 5;  // "\u003c"
        else if (line_sep(i)) {
            extra += 3;  // "\u2028"
            i += 2;
        }
    }
    if (extra == 0) return s;
    std::size_t r = s.size(), w = r + extra;
    s.resize(w);
    const auto put = [&](std::string_view x) {
        w -= x.size();
        std::copy(x.begin(), x.end(), s.begin() + static_cast<std::ptrdiff_t>(w));
    };
    while (r < w) {  // the bytes before the first escape stay where they are
        const char c = s[--r];
        if (c == '<') put("\\u003c");
        else if (c == '>') put("\\u003e");
        else if (c == '&') put("\\u0026");
        else if ((c == '\xA8' || c == '\xA9') && r >= 2 && s[r - 1] == '\x80' && s[r - 2] == '\xE2') {
            put(c == '\xA8' ? "\\u2028" : "\\u2029");
            r -= 2;
        } else s[--w] = c;
    }
    return s;
}

bool cont(unsigned char c) { return (c & 0xC0) == 0x80; }
// Move a byte offset to the start of its UTF-8 character (forward), within [0, size].
std::uint32_t char_start(std::string_view t, std::uint32_t o) {
    while (o < t.size() && cont(static_cast<unsigned char>(t[o]))) ++o;
    return std::min<std::uint32_t>(o, static_cast<std::uint32_t>(t.size()));
}
std::uint32_t next_char(std::string_view t, std::uint32_t o) {
    if (o >= t.size()) return o;
    ++o;
    while (o < t.size() && cont(static_cast<unsigned char>(t[o]))) ++o;
    return o;
}

// escape_to() for a long run of text (a document of one huge line: a PDF export without line
// breaks), a piece at a time with `flush` after each, so the escaped line is not held whole:
// escaped whole, an 8 MB line grew the buffer by doubling to 16 MB (24 MB while it moved).
void escape_flushed(std::string& out, std::string_view s, const std::function<void()>& flush) {
    constexpr std::size_t piece = std::size_t{64} << 10;  // (escaping is byte by byte: a cut anywhere is the same)
    while (s.size() > piece) {
        escape_to(out, s.substr(0, piece));
        s.remove_prefix(piece);
        flush();
    }
    escape_to(out, s);
}

const char* sev_class(Severity s) {
    switch (s) {
        case Severity::error: return "e";
        case Severity::warning: return "w";
        case Severity::info: return "i";
    }
    return "i";
}

struct Ui {
    bool en;
    const char* operator()(const char* vi, const char* e) const { return en ? e : vi; }
};

// "1 error" / "2 errors" in English; Vietnamese has no plural.
std::string count_of(const Ui& T, std::size_t n, const char* vi, const char* en_one, const char* en_many) {
    return fmt::format("{} {}", n, T.en ? (n == 1 ? en_one : en_many) : vi);
}

const char* sev_word(Severity s, const Ui& T) {
    switch (s) {
        case Severity::error: return T("Lỗi", "Error");
        case Severity::warning: return T("Cảnh báo", "Warning");
        case Severity::info: return T("Lưu ý", "Note");
    }
    return "";
}

// A highlighted interval in the text: a finding (kind 0) or a verified claim (kind 1).
struct Mark {
    std::uint32_t b, e;
    int kind;
    std::uint32_t idx;
    Severity sev;
};

// The excerpt of a card: the span's line, the span in <mark>, long lines cut around it.
std::string card_excerpt(const SourceText& src, Span s) {
    const std::string_view t = src.text();
    const LineWindow w = line_window(src, s, 120, 160);
    const std::uint32_t b = std::clamp(s.begin, w.line.begin, w.line.end);
    const std::uint32_t e = std::clamp(s.end, b, w.line.end);
    const std::uint32_t from = w.from, to = w.to;
    std::string out;
    if (w.cut_before()) out += "…";
    escape_to(out, std::string_view(t).substr(from, b - from));
    out += "<mark>";
    escape_to(out, std::string_view(t).substr(b, e - b));
    out += "</mark>";
    escape_to(out, std::string_view(t).substr(e, to - e));
    if (w.cut_after()) out += "…";
    return out;
}

// "Dòng 12, cột 5"; for .docx/.pdf the paragraph / table row / page label first:
// "đoạn 6 · Dòng 11, cột 5".
std::string loc_text(const Ui& T, Position p, std::string_view label = {}) {
    std::string out;
    if (!label.empty()) {
        escape_to(out, label);
        out += " · ";
    }
    out += fmt::format("{} {}, {} {}", T("Dòng", "Line"), p.line, T("cột", "column"), p.column);
    return out;
}

void write_card(std::string& o, const FileReport& f, std::size_t fi, std::size_t k, const Finding& x, const Ui& T, Lang lang) {
    const SourceText& src = f.doc->source;
    const Position p = src.position(x.span.begin);
    const std::string id = fmt::format("{}-{}", fi, k);
    o += fmt::format("<li class=\"card {}\" id=\"c{}\" data-id=\"{}\" data-sev=\"{}\" data-rule=\"", sev_class(x.severity), id, id,
                     to_string(x.severity));
    escape_to(o, x.rule);
    o += fmt::format("\"><div class=\"card-h\"><span class=\"badge {}\">{}</span><code class=\"rule\">", sev_class(x.severity),
                     sev_word(x.severity, T));
    escape_to(o, x.rule);
    o += fmt::format("</code><a class=\"loc\" href=\"#h{}\">{}</a></div><p class=\"msg\">", id, loc_text(T, p, location_at(f, x.span.begin)));
    escape_to(o, x.message.in(lang));
    o += "</p><div class=\"ex\">" + card_excerpt(src, x.span) + "</div><dl>";
    auto row = [&](const char* label, const std::string& value, const char* cls) {
        o += "<dt>";
        o += label;
        o += fmt::format("</dt><dd><span class=\"{}\">", cls);
        escape_to(o, value);
        o += "</span></dd>";
    };
    if (!x.arithmetic.empty()) row(T("Phép tính", "Arithmetic"), x.arithmetic, "arith");
    if (x.actual) row(T("Giá trị ghi", "Value as written"), *x.actual, "act");
    if (x.expected) row(T("Khoảng chấp nhận", "Accepted interval"), *x.expected, "arith");
    if (x.suggestion) row(T("Giá trị đề xuất", "Suggested value"), *x.suggestion, "sugg");
    if (x.typo) row(T("Có thể gõ nhầm", "Likely typo"), x.typo->in(lang), "typo");
    if (!x.related.empty()) {
        o += "<dt>";
        o += T("Vị trí liên quan", "Related locations");
        o += "</dt><dd><ul>";
        for (const Related& r : x.related) {
            const Position rp = src.position(r.span.begin);
            o += fmt::format("<li><a href=\"#L{}-{}\">{}</a>", fi, rp.line, loc_text(T, rp, location_at(f, r.span.begin)));
            if (!r.note.in(lang).empty()) {
                o += ": ";
                escape_to(o, r.note.in(lang));
            }
            o += "</li>";
        }
        o += "</ul></dd>";
    }
    o += "</dl>";
    if (const Rule* rule = find_rule(x.rule)) {
        o += "<p class=\"ruledoc\">";
        escape_to(o, rule->info().title.in(lang));
        o += " · docs/rules/";
        escape_to(o, x.rule);
        o += ".md</p>";
    }
    o += "</li>";
}

// The document, line by line, with findings and verified claims highlighted in place.
// Overlapping spans are cut into segments; each segment lists every finding covering it.
// `flush` is called after each line, and after each segment and 64 KB of a long line (it may move what `o` holds
// to the file's spool).
void write_text(std::string& o, const FileReport& f, std::size_t fi, const std::vector<ClaimVerdict>& verdicts, Lang lang,
                const std::function<void()>& flush) {
    const SourceText& src = f.doc->source;
    const std::string_view t = src.text();
    const auto size = static_cast<std::uint32_t>(t.size());
    std::vector<Mark> marks;
    marks.reserve(f.result.findings.size() + verdicts.size());
    for (std::size_t k = 0; k < f.result.findings.size(); ++k) {
        const Finding& x = f.result.findings[k];
        std::uint32_t b = char_start(t, std::min(x.span.begin, size));
        std::uint32_t e = char_start(t, std::min(x.span.end, size));
        if (e <= b) {
            e = next_char(t, b);
            if (e == b && b > 0) {  // empty span at the very end: mark the last character
                while (b > 0 && cont(static_cast<unsigned char>(t[b - 1]))) --b;
                if (b > 0) --b;
                while (b > 0 && cont(static_cast<unsigned char>(t[b]))) --b;
            }
        }
        // A span made only of a line break (e.g. "missing paragraph"): show it on the last
        // character of its line, or as a pilcrow on an empty line.
        std::uint32_t i = b;
        while (i < e && (t[i] == '\n' || t[i] == '\r')) ++i;
        if (i == e && b > 0 && t[b - 1] != '\n') {
            e = b;
            do --b; while (b > 0 && cont(static_cast<unsigned char>(t[b])));
        }
        marks.push_back({b, e, 0, static_cast<std::uint32_t>(k), x.severity});
    }
    for (const ClaimVerdict& v : verdicts) {
        if (v.status != ClaimStatus::consistent) continue;
        const Span s = f.doc->claims.claims[v.claim].span;
        const std::uint32_t b = char_start(t, std::min(s.begin, size)), e = char_start(t, std::min(s.end, size));
        if (e > b) marks.push_back({b, e, 1, static_cast<std::uint32_t>(v.claim), Severity::info});
    }
    std::stable_sort(marks.begin(), marks.end(), [](const Mark& a, const Mark& b) { return a.b < b.b; });

    std::vector<const Mark*> active;
    std::vector<std::uint32_t> cuts;
    std::vector<const Mark*> cover;
    std::size_t next = 0;
    o += "<div class=\"doc\" lang=\"vi\">";
    std::size_t lines = src.line_count();
    if (lines > 1 && src.line_span(static_cast<std::uint32_t>(lines)).empty() && !t.empty() && t.back() == '\n') --lines;  // final newline
    for (std::uint32_t line = 1; line <= lines; ++line) {
        const Span ls = src.line_span(line);
        // Marks reaching this line: add those that start before its end, drop those ended.
        while (next < marks.size() && (marks[next].b < ls.end || (marks[next].b == ls.end && ls.begin == ls.end)))
            active.push_back(&marks[next++]);
        std::erase_if(active, [&](const Mark* m) { return m->e <= ls.begin && !(m->b == m->e); });
        if (const std::string_view label = location_label(f, line); !label.empty()) {
            o += fmt::format("<div class=\"l\" id=\"L{}-{}\"><span class=\"n\" title=\"", fi, line);
            escape_to(o, label);
            o += fmt::format("\">{}</span><span class=\"t\">", line);
        } else {
            o += fmt::format("<div class=\"l\" id=\"L{}-{}\"><span class=\"n\">{}</span><span class=\"t\">", fi, line, line);
        }
        if (active.empty()) {
            escape_flushed(o, std::string_view(t).substr(ls.begin, ls.end - ls.begin), flush);
        } else if (ls.begin == ls.end) {  // empty line: a pilcrow for findings that start here
            const Mark* top = nullptr;
            std::string ids;
            for (const Mark* m : active) {
                if (m->kind != 0 || m->b != ls.begin) continue;
                o += fmt::format("<span id=\"h{}-{}\"></span>", fi, m->idx);
                if (!top || m->sev > top->sev) top = m;
                if (!ids.empty()) ids += ' ';
                ids += fmt::format("{}-{}", fi, m->idx);
            }
            if (top) {
                o += fmt::format("<a class=\"hl {}\" href=\"#c{}-{}\" data-f=\"{}\" title=\"", sev_class(top->sev), fi, top->idx, ids);
                escape_to(o, f.result.findings[top->idx].message.in(lang));
                o += "\">¶</a>";
            }
        } else {
            cuts.assign({ls.begin, ls.end});
            for (const Mark* m : active) {
                if (m->b > ls.begin && m->b < ls.end) cuts.push_back(m->b);
                if (m->e > ls.begin && m->e < ls.end) cuts.push_back(m->e);
            }
            std::sort(cuts.begin(), cuts.end());
            cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
            for (std::size_t c = 0; c + 1 < cuts.size(); ++c) {
                const std::uint32_t x = cuts[c], y = cuts[c + 1];
                const std::string_view seg = std::string_view(t).substr(x, y - x);
                cover.clear();
                for (const Mark* m : active)
                    if (m->b <= x && m->e >= y) cover.push_back(m);
                // Anchors for findings that start here (the card's "see in text" link).
                for (const Mark* m : cover)
                    if (m->kind == 0 && m->b == x)
                        o += fmt::format("<span id=\"h{}-{}\"></span>", fi, m->idx);
                const Mark* top = nullptr;
                std::string ids;
                for (const Mark* m : cover) {
                    if (m->kind != 0) continue;
                    if (!top || m->sev > top->sev) top = m;
                    if (!ids.empty()) ids += ' ';
                    ids += fmt::format("{}-{}", fi, m->idx);
                }
                if (top) {
                    o += fmt::format("<a class=\"hl {}\" href=\"#c{}-{}\" data-f=\"{}\" title=\"", sev_class(top->sev), fi, top->idx, ids);
                    escape_to(o, f.result.findings[top->idx].message.in(lang));
                    o += "\">";
                    escape_flushed(o, seg, flush);
                    o += "</a>";
                } else if (!cover.empty()) {
                    o += fmt::format("<span class=\"ok\" data-c=\"{}-{}\">", fi, cover.front()->idx);
                    escape_flushed(o, seg, flush);
                    o += "</span>";
                } else {
                    escape_flushed(o, seg, flush);
                }
                flush();  // (a line of many segments: one huge line is not held whole either)
            }
        }
        o += "</span></div>\n";
        flush();
    }
    o += "</div>";
}

// A file's line in the index at the top (written after the last file).
struct FileLine {
    bool error = false;
    std::size_t e = 0, w = 0;
};

constexpr const char* kFiles = "@@reportcheck-files@@";

class HtmlWriter final : public ReportWriter {
public:
    HtmlWriter(const RenderOptions& opt, std::vector<std::string> paths, std::ostream& out)
        : opt_(opt), paths_(std::move(paths)), out_(out) {
        data_ = split_array(script_json(data_skeleton()), kFiles);
    }

    RenderedFile render(std::size_t fi, const FileReport& f) const override {
        const Ui T{opt_.lang == Lang::en};
        const Lang lang = opt_.lang;
        RenderedFile r;
        r.counts = summarize_file(f);
        if (f.error) r.error = *f.error;
        std::map<std::string, std::size_t> rules;
        for (const Finding& x : f.result.findings) ++rules[x.rule];
        r.rules.assign(rules.begin(), rules.end());
        std::string& o = r.part;
        // A large file's part goes to a spool of its own as it is written (1 MB in memory, then an
        // unlinked temporary file), not held whole: write() copies it into the run's.
        const std::function<void()> flush = [&] { spill_part(o, r.spooled); };
        ordered_json jf;
        jf["path"] = f.path;
    o += fmt::format("<section class=\"file\" id=\"file-{}\"><header class=\"file-h\"><h2>", fi);
    escape_to(o, f.path);
    o += "</h2>";
    if (f.error || !f.doc) {
        o += "</header><p class=\"file-error\">";
        o += T("Không kiểm tra được tệp này: ", "This file was not checked: ");
        escape_to(o, f.error.value_or(""));
        o += "</p></section>\n";
        jf["error"] = f.error.value_or("");
        r.data = script_json(jf);
        return r;
    }
    const std::vector<ClaimVerdict> verdicts = claim_statuses(f);
    std::size_t e = 0, w = 0, ok = 0;
    for (const Finding& x : f.result.findings) {
        if (x.severity == Severity::error) ++e;
        else if (x.severity == Severity::warning) ++w;
    }
    for (const ClaimVerdict& v : verdicts) ok += v.status == ClaimStatus::consistent;
    o += fmt::format("<span class=\"pills\"><span class=\"pill e\">{}</span><span class=\"pill w\">{}</span>"
                     "<span class=\"pill ok\">{}</span><span class=\"pill\">{}</span></span></header>",
                     count_of(T, e, "lỗi", "error", "errors"), count_of(T, w, "cảnh báo", "warning", "warnings"),
                     count_of(T, ok, "phép tính đúng", "verified", "verified"),
                     count_of(T, verdicts.size(), "phép tính nhận diện được", "calculation recognised", "calculations recognised"));

    o += "<div class=\"cards-wrap\">";
    if (f.result.findings.empty()) {
        o += "<p class=\"clean\">";
        o += T("Không phát hiện lỗi nào trong tệp này.", "No findings in this file.");
        o += "</p>";
    } else {
        o += fmt::format("<h3>{} ({})</h3><ol class=\"cards\">", T("Các phát hiện", "Findings"), f.result.findings.size());
        for (std::size_t k = 0; k < f.result.findings.size(); ++k) {
            write_card(o, f, fi, k, f.result.findings[k], T, lang);
            flush();
        }
        o += "</ol>";
    }
    o += "</div><h3 class=\"doc-h\">";
    o += T("Văn bản", "Document text");
    o += "</h3>";
    write_text(o, f, fi, verdicts, lang, flush);
    o += "</section>\n";

        // {"path":…,"findings":[…],"claims":[…]}, as script_json(jf) would write it, one finding and
        // one claim at a time; past 1 MB into a spool of its own (a large file's data is not held whole).
        std::string& d = r.data;
        const auto flush_data = [&] { spill_part(d, r.data_spooled); };
        d = script_json(jf);
        d.pop_back();  // the closing '}'
        d += ",\"findings\":[";
        for (std::size_t k = 0; k < f.result.findings.size(); ++k) {
            if (k) d += ',';
            d += script_json(finding_json(f, f.result.findings[k], lang));
            flush_data();
        }
        d += "],\"claims\":[";
        for (std::size_t k = 0; k < verdicts.size(); ++k) {
            if (k) d += ',';
            d += script_json(claim_json(f, verdicts[k], lang));
            flush_data();
        }
        d += "]}";
        return r;
    }

    void finish() override;

protected:
    void write(std::size_t fi, RenderedFile&& part) override {
        index_.push_back({part.error.has_value(), part.counts.errors, part.counts.warnings});
        for (const auto& [rule, n] : part.rules) rule_counts_[rule] += n;
        if (part.spooled) part.spooled->copy_to(sections_);
        sections_.append(part.part);
        // The embedded data is a compact dump (script_json): a file's entry is its own dump, after
        // a comma from the second file on (ArraySplice::element's, without copying the entry).
        if (fi != 0) files_.append(",");
        if (part.data_spooled) part.data_spooled->copy_to(files_);
        files_.append(part.data);
    }

private:

    ordered_json data_skeleton() const {
        const Ui T{opt_.lang == Lang::en};
        ordered_json data;
        data["version"] = 1;
        data["lang"] = T("vi", "en");
        data["ui"] = {{"showing", T("Đang hiện {n}/{m} phát hiện", "Showing {n} of {m} findings")},
                      {"one", T("Giải thích", "Explanation")},
                      {"several", T("{n} phát hiện tại đây", "{n} findings here")},
                      {"close", T("Đóng", "Close")}};
        data["files"] = ordered_json::array({kFiles});
        return data;
    }

    RenderOptions opt_;
    std::vector<std::string> paths_;
    std::ostream& out_;
    ArraySplice data_;
    std::vector<FileLine> index_;                    // per file: a few counts
    std::map<std::string, std::size_t> rule_counts_;  // rules that occur, for the rule filter
    Spool sections_, files_;                          // the file sections and their embedded data
};

void HtmlWriter::finish() {
    const Ui T{opt_.lang == Lang::en};
    const Summary& s = summary_;
    const auto& rule_counts = rule_counts_;
    std::string o;
    o.reserve(32768);

    std::string title = T("Kết quả kiểm tra số liệu", "Number check report");
    if (paths_.size() == 1) title += " — " + paths_.front();

    o += fmt::format("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n", T("vi", "en"));
    o += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    o += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
         "script-src 'unsafe-inline'; img-src data:\">\n";
    o += "<meta name=\"generator\" content=\"reportcheck " RC_VERSION "\">\n<title>";
    escape_to(o, title);
    o += "</title>\n<style>";
    o += html_assets::css;
    o += "</style>\n</head>\n<body>\n";

    // Header and summary.
    o += "<header class=\"top\"><div class=\"wrap\"><h1>";
    o += T("Kết quả kiểm tra số liệu và cấu trúc báo cáo", "Report check: numbers and structure");
    o += "</h1><p class=\"meta\">";
    if (paths_.size() == 1) {
        escape_to(o, paths_.front());
    } else {
        o += fmt::format("{} {}", s.files, T("tệp", "files"));
    }
    o += " · reportcheck " RC_VERSION "</p><div class=\"summary\" id=\"summary\">";
    o += fmt::format("<div class=\"stat e\"><b id=\"n-errors\">{}</b><span>{}</span></div>", s.errors, T("lỗi", "errors"));
    o += fmt::format("<div class=\"stat w\"><b id=\"n-warnings\">{}</b><span>{}</span></div>", s.warnings, T("cảnh báo", "warnings"));
    o += fmt::format("<div class=\"stat ok\"><b id=\"n-consistent\">{}</b><span>{}</span></div>", s.consistent,
                     T("phép tính đã kiểm tra đúng", "calculations verified correct"));
    o += fmt::format("<div class=\"stat u\"><b id=\"n-unverifiable\">{}</b><span>{}</span></div>", s.unverifiable,
                     T("phép tính chưa kiểm chứng được", "calculations not verifiable"));
    if (s.infos) o += fmt::format("<div class=\"stat\"><b id=\"n-infos\">{}</b><span>{}</span></div>", s.infos, T("lưu ý", "notes"));
    if (s.file_errors)
        o += fmt::format("<div class=\"stat e\"><b id=\"n-file-errors\">{}</b><span>{}</span></div>", s.file_errors,
                         T("tệp không đọc được", "files not checked"));
    o += "</div></div></header>\n";

    // Toolbar (interactive; hidden without JavaScript).
    o += "<nav class=\"toolbar js-only\" aria-label=\"";
    o += T("Bộ lọc", "Filters");
    o += "\"><div class=\"wrap\"><span class=\"tabs\" role=\"group\"><button type=\"button\" data-view=\"doc\" aria-pressed=\"true\">";
    o += T("Văn bản", "Document");
    o += "</button><button type=\"button\" data-view=\"list\" aria-pressed=\"false\">";
    o += T("Danh sách", "List");
    o += "</button></span><span class=\"grp\">";
    o += fmt::format("<label><input type=\"checkbox\" data-sev=\"error\" checked><span class=\"dot e\"></span>{}</label>", T("Lỗi", "Errors"));
    o += fmt::format("<label><input type=\"checkbox\" data-sev=\"warning\" checked><span class=\"dot w\"></span>{}</label>",
                     T("Cảnh báo", "Warnings"));
    o += fmt::format("<label><input type=\"checkbox\" data-sev=\"info\" checked><span class=\"dot i\"></span>{}</label>", T("Lưu ý", "Notes"));
    o += "</span><span class=\"sep\"></span><label>";
    o += T("Quy tắc", "Rule");
    o += " <select id=\"f-rule\"><option value=\"\">";
    o += T("Tất cả", "All");
    o += "</option>";
    for (const auto& [id, n] : rule_counts) {
        o += "<option value=\"";
        escape_to(o, id);
        o += "\">";
        escape_to(o, id);
        o += fmt::format(" ({})</option>", n);
    }
    o += "</select></label><label><input type=\"checkbox\" id=\"f-ok\"><span class=\"dot ok\"></span>";
    o += T("Tô xanh phép tính đúng", "Mark verified calculations");
    o += "</label><button type=\"button\" class=\"btn\" id=\"print\">";
    o += T("In", "Print");
    o += "</button><span class=\"count\" id=\"count\"></span></div></nav>\n";

    o += "<main><div class=\"wrap\">\n<p class=\"nojs\">";
    o += T("Bấm vào chỗ được tô màu để xem giải thích; bật JavaScript để dùng bộ lọc.",
           "Click a highlight to see the explanation; enable JavaScript for filters.");
    o += "</p>\n";

    // File index for several files.
    if (paths_.size() > 1) {
        o += "<nav class=\"index\" id=\"file-index\"><h2>";
        o += T("Danh mục tệp", "Files");
        o += "</h2><ol>";
        for (std::size_t fi = 0; fi < paths_.size(); ++fi) {
            const FileLine& f = index_[fi];
            o += fmt::format("<li><a href=\"#file-{}\">", fi);
            escape_to(o, paths_[fi]);
            o += "</a> ";
            if (f.error) {
                o += fmt::format("<span class=\"pill e\">{}</span>", T("không đọc được", "not checked"));
            } else {
                o += fmt::format("<span class=\"pill e\">{}</span> <span class=\"pill w\">{}</span>", count_of(T, f.e, "lỗi", "error", "errors"),
                                 count_of(T, f.w, "cảnh báo", "warning", "warnings"));
            }
            o += "</li>";
        }
        o += "</ol></nav>\n";
    }

    out_ << o;
    o.clear();
    sections_.copy_to(out_);

    ordered_json data = data_skeleton();
    data["summary"] = {{"files", s.files}, {"errors", s.errors}, {"warnings", s.warnings}, {"infos", s.infos},
                       {"claims", s.claims}, {"consistent", s.consistent}, {"inconsistent", s.inconsistent},
                       {"unverifiable", s.unverifiable}};
    o += "</div></main>\n<footer>";
    o += T("Tạo bởi reportcheck — kiểm tra số liệu báo cáo. Tệp này không tải gì từ mạng.",
           "Made by reportcheck. This file loads nothing from the network.");
    o += "</footer>\n<div id=\"panel\" hidden role=\"dialog\"></div>\n";
    o += "<script type=\"application/json\" id=\"rc-data\">" + script_json(data) + "</script>\n<script>";
    o += html_assets::js;
    o += "</script>\n</body>\n</html>\n";
    const std::size_t cut = o.find(data_.prefix);
    out_ << std::string_view(o).substr(0, cut + data_.prefix.size());
    files_.copy_to(out_);
    out_ << std::string_view(o).substr(cut + data_.prefix.size() + std::string_view(kFiles).size() + 2);
}

}  // namespace

std::unique_ptr<ReportWriter> make_html_writer(const RenderOptions& opt, std::vector<std::string> paths, std::ostream& out) {
    return std::make_unique<HtmlWriter>(opt, std::move(paths), out);
}

}  // namespace rc
