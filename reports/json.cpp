// JSON output (schema: docs/json-schema.md), written with nlohmann::json.
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
        d += in;
        d += "{\n" + in + "  \"path\": " + ordered_json(f.path).dump() + ",\n" + in + "  \"format\": " +
             ordered_json(f.format).dump();
        if (f.error) d += ",\n" + in + "  \"error\": " + ordered_json(*f.error).dump();
        const auto open_array = [&](const char* key) { d += fmt::format(",\n{}  \"{}\": [", in, key); };
        // Past 1 MB the part so far goes to a spool (1 MB in memory, then a temporary file).
        const auto element = [&](bool first, const ordered_json& j) {
            d += first ? "\n" : ",\n";
            d += in4;
            append_reindented(d, j.dump(2), in4);
            spill_part(d, r.spooled);
        };
        const auto close_array = [&](bool empty) { d += empty ? std::string("]") : "\n" + in + "  ]"; };
        open_array("findings");
        bool first = true;
        if (f.doc)
            for (const Finding& x : f.result.findings) {
                element(first, finding_json(f, x, opt_.lang));
                first = false;
            }
        close_array(first);
        open_array("claims");
        first = true;
        if (f.doc)
            for (const ClaimVerdict& v : claim_statuses(f)) {
                element(first, claim_json(f, v, opt_.lang));
                first = false;
            }
        close_array(first);
        if (!f.result.notes.empty()) {
            open_array("notes");
            first = true;
            for (const Text& n : f.result.notes) {
                element(first, ordered_json(n.in(opt_.lang)));
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
