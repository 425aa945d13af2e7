// JSON output (schema: docs/json-schema.md), written with nlohmann::json.
#include <algorithm>
#include <charconv>
#include <cstdint>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "grammar/text_util.hpp"
#include "reports/json_model.hpp"
#include "reports/report.hpp"
#include "reports/stream_util.hpp"
#include "rc_version.hpp"

namespace rc {

using nlohmann::ordered_json;

namespace {

std::string excerpt(const SourceText& src, Span s, std::size_t max_chars = 300) {
    std::string_view t = src.slice(s);
    if (utf8_length(t) <= max_chars) return std::string(t);
    std::size_t i = 0, n = 0;
    while (i < t.size() && n < max_chars) {
        const unsigned char c = static_cast<unsigned char>(t[i]);
        i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        ++n;
    }
    return std::string(t.substr(0, std::min(i, t.size()))) + "…";
}

// A whole, well-formed UTF-8 sequence starts at s[i] (RFC 3629: no overlong form, no
// surrogate, nothing past U+10FFFF — what nlohmann's decoder accepts); its length, or 0.
std::size_t utf8_seq(std::string_view s, std::size_t i) {
    const auto u = [&](std::size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u; };
    const unsigned b = u(i);
    const auto in = [](unsigned c, unsigned lo, unsigned hi) { return c >= lo && c <= hi; };
    if (in(b, 0xC2, 0xDF)) return in(u(i + 1), 0x80, 0xBF) ? 2 : 0;
    if (in(b, 0xE0, 0xEF)) {
        const unsigned lo = b == 0xE0 ? 0xA0 : 0x80, hi = b == 0xED ? 0x9F : 0xBF;
        return in(u(i + 1), lo, hi) && in(u(i + 2), 0x80, 0xBF) ? 3 : 0;
    }
    if (in(b, 0xF0, 0xF4)) {
        const unsigned lo = b == 0xF0 ? 0x90 : 0x80, hi = b == 0xF4 ? 0x8F : 0xBF;
        return in(u(i + 1), lo, hi) && in(u(i + 2), 0x80, 0xBF) && in(u(i + 3), 0x80, 0xBF) ? 4 : 0;
    }
    return 0;
}

// A JSON string as nlohmann's dump() writes it (ensure_ascii off): '"' and '\\' escaped, the
// controls \b \t \n \f \r by name and the other C0 bytes as \u00xx, everything else as it is.
// Malformed UTF-8 is left to nlohmann, which throws as it always did.
void put_string(std::string& d, std::string_view s) {
    const std::size_t mark = d.size();
    d += '"';
    std::size_t run = 0;  // bytes since the last escape, appended at once
    for (std::size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0x80) {
            const std::size_t n = utf8_seq(s, i);
            if (n == 0) {
                d.resize(mark);
                d += ordered_json(std::string(s)).dump();  // throws type_error 316, as before
                return;
            }
            i += n;
            continue;
        }
        if (c >= 0x20 && c != '"' && c != '\\') {
            ++i;
            continue;
        }
        d.append(s.data() + run, i - run);
        switch (c) {
            case '"': d += "\\\""; break;
            case '\\': d += "\\\\"; break;
            case 0x08: d += "\\b"; break;
            case 0x09: d += "\\t"; break;
            case 0x0A: d += "\\n"; break;
            case 0x0C: d += "\\f"; break;
            case 0x0D: d += "\\r"; break;
            default: {
                static constexpr char kHex[] = "0123456789abcdef";
                d += "\\u00";
                d += kHex[c >> 4];
                d += kHex[c & 15];
            }
        }
        run = ++i;
    }
    d.append(s.data() + run, s.size() - run);
    d += '"';
}

void put_uint(std::string& d, std::uint64_t v) {
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    d.append(buf, static_cast<std::size_t>(r.ptr - buf));
}

// The members of one object as ordered_json::dump(2) writes them, at indentation `base`
// (the object's own line): "{", each member on its line at base + 2, "}" at base.
class ObjectOut {
public:
    ObjectOut(std::string& d, const std::string& base) : d_(d), base_(base), in_(base + "  "), lead_(",\n" + in_ + '"') {
        d_ += '{';
    }
    std::string& key(std::string_view k) {
        const std::size_t skip = first_ ? 1 : 0;  // the first member has no comma
        first_ = false;
        d_.append(lead_.data() + skip, lead_.size() - skip);
        d_.append(k);  // the keys are plain ASCII words
        d_.append("\": ", 3);
        return d_;
    }
    void str(std::string_view k, std::string_view v) { put_string(key(k), v); }
    void num(std::string_view k, std::uint64_t v) { put_uint(key(k), v); }
    const std::string& inner() const { return in_; }
    void close() {
        if (first_) {
            d_ += '}';
            return;
        }
        d_ += '\n';
        d_ += base_;
        d_ += '}';
    }

private:
    std::string& d_;
    const std::string& base_;
    const std::string in_;
    const std::string lead_;  // ",\n", the members' indentation, '"'
    bool first_ = true;
};

// finding_json(f, x, lang).dump(2) re-indented at `base`, written directly (no tree, no dump, no copy).
void write_finding(std::string& d, const std::string& base, const FileReport& f, const Finding& x, Lang lang) {
    const SourceText& src = f.doc->source;
    const Position b = src.position(x.span.begin);
    const Position e = src.end_position(x.span);
    ObjectOut o(d, base);
    o.str("rule", x.rule);
    o.str("category", to_string(x.category));
    o.str("severity", to_string(x.severity));
    o.num("line", b.line);
    o.num("column", b.column);
    o.num("end_line", e.line);
    o.num("end_column", e.column);
    if (const std::string label = location_at(f, x.span.begin); !label.empty()) o.str("location", label);
    o.str("message", x.message.in(lang));
    o.str("excerpt", line_excerpt(src, x.span));
    o.str("arithmetic", x.arithmetic);
    if (x.expected) o.str("expected", *x.expected);
    if (x.actual) o.str("actual", *x.actual);
    if (x.suggestion) o.str("suggestion", *x.suggestion);
    if (x.typo) o.str("typo", x.typo->in(lang));
    std::string& r = o.key("related");
    if (x.related.empty()) {
        r += "[]";
    } else {
        const std::string in2 = o.inner() + "  ";
        r += '[';
        bool first = true;
        for (const Related& rel : x.related) {
            r += first ? "\n" : ",\n";
            first = false;
            r += in2;
            const Position p = src.position(rel.span.begin);
            ObjectOut jr(r, in2);
            jr.num("line", p.line);
            jr.num("column", p.column);
            if (const std::string label = location_at(f, rel.span.begin); !label.empty()) jr.str("location", label);
            jr.str("note", rel.note.in(lang));
            jr.close();
        }
        r += '\n';
        r += o.inner();
        r += ']';
    }
    o.str("fingerprint", x.fingerprint);
    o.close();
}

// claim_json(f, v, lang).dump(2) re-indented at `base`, written directly.
void write_claim(std::string& d, const std::string& base, const FileReport& f, const ClaimVerdict& v, Lang lang) {
    const SourceText& src = f.doc->source;
    const Claim& c = f.doc->claims.claims[v.claim];
    const Position b = src.position(c.span.begin);
    ObjectOut o(d, base);
    o.str("kind", to_string(c.kind));
    o.num("line", b.line);
    o.num("column", b.column);
    if (const std::string label = location_at(f, c.span.begin); !label.empty()) o.str("location", label);
    o.str("text", excerpt(src, c.span));
    o.str("status", to_string(v.status));
    o.str("detail", v.detail.in(lang));
    o.close();
}

}  // namespace

ordered_json finding_json(const FileReport& f, const Finding& x, Lang lang) {
    const SourceText& src = f.doc->source;
    const Position b = src.position(x.span.begin);
    const Position e = src.end_position(x.span);
    ordered_json j;
    j["rule"] = x.rule;
    j["category"] = to_string(x.category);
    j["severity"] = to_string(x.severity);
    j["line"] = b.line;
    j["column"] = b.column;
    j["end_line"] = e.line;
    j["end_column"] = e.column;
    if (std::string label = location_at(f, x.span.begin); !label.empty()) j["location"] = std::move(label);
    j["message"] = x.message.in(lang);
    j["excerpt"] = line_excerpt(src, x.span);
    j["arithmetic"] = x.arithmetic;
    if (x.expected) j["expected"] = *x.expected;
    if (x.actual) j["actual"] = *x.actual;
    if (x.suggestion) j["suggestion"] = *x.suggestion;
    if (x.typo) j["typo"] = x.typo->in(lang);
    ordered_json rel = ordered_json::array();
    for (const Related& r : x.related) {
        const Position p = src.position(r.span.begin);
        ordered_json jr = {{"line", p.line}, {"column", p.column}};
        if (std::string label = location_at(f, r.span.begin); !label.empty()) jr["location"] = std::move(label);
        jr["note"] = r.note.in(lang);
        rel.push_back(std::move(jr));
    }
    j["related"] = std::move(rel);
    j["fingerprint"] = x.fingerprint;
    return j;
}

ordered_json claim_json(const FileReport& f, const ClaimVerdict& v, Lang lang) {
    const SourceText& src = f.doc->source;
    const Claim& c = f.doc->claims.claims[v.claim];
    const Position b = src.position(c.span.begin);
    ordered_json j;
    j["kind"] = to_string(c.kind);
    j["line"] = b.line;
    j["column"] = b.column;
    if (std::string label = location_at(f, c.span.begin); !label.empty()) j["location"] = std::move(label);
    j["text"] = excerpt(src, c.span);
    j["status"] = to_string(v.status);
    j["detail"] = v.detail.in(lang);
    return j;
}

namespace {

constexpr const char* kFiles = "@@reportcheck-files@@";
constexpr const char* kSummary = "@@reportcheck-summary@@";

class JsonWriter final : public ReportWriter {
public:
    JsonWriter(const RenderOptions& opt, std::ostream& out) : opt_(opt), out_(out) {
        ordered_json root;
        root["version"] = 1;
        root["tool"] = {{"name", "reportcheck"}, {"version", RC_VERSION}};
        root["files"] = ordered_json::array({kFiles});
        root["summary"] = kSummary;
        files_ = split_array(root.dump(2), kFiles);
    }

    RenderedFile render(std::size_t index, const FileReport& f) const override {
        RenderedFile r;
        r.counts = summarize_file(f);
        // The file's object as ordered_json::dump(2) writes it, at its depth in the "files"
        // array, built one finding and one claim at a time: a tree of every finding and claim
        // of a large file, its dump and re-indented copies cost several times the report's size.
        const std::string& in = files_.indent;  // the root's "files" array is dumped with indent 2
        const std::string in4 = in + "    ";
        std::string d = index == 0 ? "\n" : ",\n";
        // about 700 bytes a finding, up to the spool's chunk (the part past it is spilled and cleared)
        d.reserve(std::min<std::size_t>(f.result.findings.size() * 700 + 4096, std::size_t{1} << 21));
        d += in;
        d += "{\n" + in + "  \"path\": " + ordered_json(f.path).dump() + ",\n" + in + "  \"format\": " +
             ordered_json(f.format).dump();
        if (f.error) d += ",\n" + in + "  \"error\": " + ordered_json(*f.error).dump();
        const auto open_array = [&](const char* key) { d += fmt::format(",\n{}  \"{}\": [", in, key); };
        // Past 1 MB the part so far goes to a spool (1 MB in memory, then a temporary file).
        // Each element written as ordered_json::dump(2) would write it, re-indented at in4 (findings and
        // claims directly, without building and dumping a tree: json_test compares the two).
        const auto element = [&](bool first, auto&& write) {
            d += first ? "\n" : ",\n";
            d += in4;
            write();
            spill_part(d, r.spooled);
        };
        const auto close_array = [&](bool empty) { d += empty ? std::string("]") : "\n" + in + "  ]"; };
        open_array("findings");
        bool first = true;
        if (f.doc)
            for (const Finding& x : f.result.findings) {
                element(first, [&] { write_finding(d, in4, f, x, opt_.lang); });
                first = false;
            }
        close_array(first);
        open_array("claims");
        first = true;
        if (f.doc)
            for (const ClaimVerdict& v : claim_statuses(f)) {
                element(first, [&] { write_claim(d, in4, f, v, opt_.lang); });
                first = false;
            }
        close_array(first);
        if (!f.result.notes.empty()) {
            open_array("notes");
            first = true;
            for (const Text& n : f.result.notes) {
                element(first, [&] { put_string(d, n.in(opt_.lang)); });
                first = false;
            }
            close_array(false);
        }
        d += "\n" + in + "}";
        r.part = std::move(d);
        return r;
    }

    void finish() override {
        const Summary& s = summary_;
        if (any_) out_ << files_.close;
        else out_ << files_.prefix;
        const ordered_json summary = {{"files", s.files},           {"files_with_errors", s.file_errors},
                                      {"errors", s.errors},         {"warnings", s.warnings},
                                      {"infos", s.infos},           {"claims", s.claims},
                                      {"consistent", s.consistent}, {"inconsistent", s.inconsistent},
                                      {"unverifiable", s.unverifiable}};
        out_ << splice_value(files_.rest, kSummary, summary.dump(2)) << "\n";
    }

protected:
    void write(std::size_t, RenderedFile&& part) override {
        if (!any_) out_ << files_.prefix;  // the head, once the run has started (not before a configuration error)
        if (part.spooled) part.spooled->copy_to(out_);
        out_ << part.part;
        any_ = true;
    }

private:
    RenderOptions opt_;
    std::ostream& out_;
    ArraySplice files_;
    bool any_ = false;
};

}  // namespace

std::unique_ptr<ReportWriter> make_json_writer(const RenderOptions& opt, std::vector<std::string>, std::ostream& out) {
    return std::make_unique<JsonWriter>(opt, out);
}

}  // namespace rc
