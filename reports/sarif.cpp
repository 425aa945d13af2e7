// SARIF 2.1.0 output (validated against the OASIS schema in tests/cli/sarif_schema.sh).
// Columns are in Unicode code points of the original line (run.columnKind).
#include <map>
#include <nlohmann/json.hpp>

#include "reports/json_model.hpp"
#include "reports/report.hpp"
#include "reports/stream_util.hpp"
#include "rules/rule.hpp"
#include "rc_version.hpp"

namespace rc {

using nlohmann::ordered_json;

namespace {

const char* sarif_level(Severity s) {
    switch (s) {
        case Severity::error: return "error";
        case Severity::warning: return "warning";
        case Severity::info: return "note";
    }
    return "none";
}

// A relative URI reference for a path: unreserved bytes and '/' kept, the rest %-encoded.
std::string path_uri(std::string_view path) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    out.reserve(path.size());
    for (const char ch : path) {
        const unsigned char c = static_cast<unsigned char>(ch);
        const bool keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                          c == '.' || c == '_' || c == '~' || c == '/';
        if (keep) {
            out += ch;
        } else if (c == '\\') {
            out += '/';
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

// "sum-mismatch" -> "SumMismatch" (SARIF reportingDescriptor.name).
std::string pascal(std::string_view id) {
    std::string out;
    bool up = true;
    for (const char c : id) {
        if (c == '-' || c == '_') { up = true; continue; }
        out += up && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
        up = false;
    }
    return out;
}

ordered_json region_json(const SourceText& src, Span s) {
    const Position b = src.position(s.begin);
    Position e = src.end_position(s);
    if (e.line == b.line && e.column <= b.column) e.column = b.column + 1;
    return {{"startLine", b.line}, {"startColumn", b.column}, {"endLine", e.line}, {"endColumn", e.column}};
}

ordered_json rule_json(const RuleInfo* info, const std::string& id, Lang lang) {
    ordered_json r;
    r["id"] = id;
    r["name"] = pascal(id);
    const std::string title = info ? info->title.in(lang) : id;
    r["shortDescription"] = {{"text", title}};
    r["fullDescription"] = {{"text", info ? info->title.vi + (info->title.en.empty() ? "" : " / " + info->title.en) : id}};
    const std::string doc = "docs/rules/" + id + ".md";
    r["helpUri"] = doc;
    r["help"] = {{"text", title + (lang == Lang::en ? " — see " : " — xem ") + doc}};
    r["defaultConfiguration"] = {{"level", sarif_level(info ? info->default_severity : Severity::warning)}};
    if (info) r["properties"] = {{"category", to_string(info->category)}};
    return r;
}

constexpr const char* kResults = "@@reportcheck-results@@";

class SarifWriter final : public ReportWriter {
public:
    SarifWriter(const RenderOptions& opt, std::vector<std::string> paths, std::ostream& out)
        : opt_(opt), paths_(std::move(paths)), out_(out) {
        // Rules: every registered rule, then any id a result uses that the registry lacks.
        for (const auto& r : all_rules()) {
            registered_.emplace(r->info().id, rules_.size());
            rules_.emplace_back(r->info().id, &r->info());
        }
        indent_ = split_array(wrap(skeleton()).dump(2), kResults);  // the results' depth
    }

    RenderedFile render(std::size_t fi, const FileReport& f) const override {
        RenderedFile r;
        r.counts = summarize_file(f);
        if (f.error || !f.doc) {
            r.error = f.error.value_or("not checked");
            return r;
        }
        for (const Finding& x : f.result.findings)
            if (!registered_.contains(x.rule)) {  // its index is known only in input order
                r.deferred = std::make_shared<FileReport>(f);
                return r;
            }
        results(fi, f, registered_, r);
        return r;
    }

    void finish() override {
        ordered_json runj = skeleton();
        ordered_json jrules = ordered_json::array();
        for (const auto& [id, info] : rules_) jrules.push_back(rule_json(info, id, opt_.lang));
        runj["tool"]["driver"]["rules"] = std::move(jrules);
        ordered_json notifications = ordered_json::array();
        for (const auto& [fi, error] : notifications_)
            notifications.push_back(
                {{"level", "error"},
                 {"message", {{"text", error}}},
                 {"locations", {{{"physicalLocation", {{"artifactLocation", {{"uri", path_uri(paths_[fi])}, {"index", fi}}}}}}}}});
        runj["invocations"] = {{{"executionSuccessful", notifications.empty()},
                                {"toolExecutionNotifications", std::move(notifications)}}};
        ordered_json artifacts = ordered_json::array();
        for (const std::string& p : paths_) artifacts.push_back({{"location", {{"uri", path_uri(p)}}}, {"roles", {"analysisTarget"}}});
        runj["artifacts"] = std::move(artifacts);
        const ArraySplice a = split_array(wrap(std::move(runj)).dump(2), kResults);
        out_ << a.prefix;
        spool_.copy_to(out_);
        if (any_) out_ << a.close;
        out_ << a.rest << "\n";
    }

protected:
    void write(std::size_t fi, RenderedFile&& part) override {
        if (part.error) notifications_.emplace_back(fi, std::move(*part.error));
        if (part.deferred) {
            for (const Finding& x : part.deferred->result.findings)
                if (!registered_.contains(x.rule) && extra_.emplace(x.rule, rules_.size()).second) rules_.emplace_back(x.rule, nullptr);
            std::map<std::string, std::size_t> all = registered_;
            all.insert(extra_.begin(), extra_.end());
            results(fi, *part.deferred, all, part);
        }
        if (part.part.empty() && !part.spooled) return;
        if (any_) spool_.append(",");  // the separator before a file's first result; the first result has none
        any_ = true;
        if (part.spooled) part.spooled->copy_to(spool_);
        spool_.append(part.part);
    }

private:
    // The run object, the results' content and the lists known at the end left out (filled in finish()).
    ordered_json skeleton() const {
        ordered_json driver;
        driver["name"] = "reportcheck";
        driver["version"] = RC_VERSION;
        driver["semanticVersion"] = RC_VERSION;
        driver["language"] = opt_.lang == Lang::en ? "en" : "vi";
        driver["rules"] = ordered_json::array();
        ordered_json runj;
        runj["tool"] = {{"driver", std::move(driver)}};
        runj["invocations"] = ordered_json::array();
        runj["artifacts"] = ordered_json::array();
        runj["results"] = ordered_json::array({kResults});
        runj["columnKind"] = "unicodeCodePoints";
        return runj;
    }

    static ordered_json wrap(ordered_json runj) {
        ordered_json root;
        root["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
        root["version"] = "2.1.0";
        root["runs"] = ordered_json::array({std::move(runj)});
        return root;
    }

    // One file's results into r.part, each with its separator (",\n" + indent) but the first
    // without the comma (write() puts it); past 1 MB into r.spooled (a large file's results are
    // not held whole).
    void results(std::size_t fi, const FileReport& f, const std::map<std::string, std::size_t>& rule_index,
                 RenderedFile& rf) const {
        std::string& out = rf.part;
        bool first = true;
        const std::string uri = path_uri(f.path);
        const SourceText& src = f.doc->source;
        for (const Finding& x : f.result.findings) {
            ordered_json r;
            r["ruleId"] = x.rule;
            r["ruleIndex"] = rule_index.at(x.rule);
            r["level"] = sarif_level(x.severity);
            std::string text = x.message.in(opt_.lang);
            if (!x.arithmetic.empty()) text += " (" + x.arithmetic + ")";
            r["message"] = {{"text", text}};
            ordered_json region = region_json(src, x.span);
            region["snippet"] = {{"text", std::string(src.slice(x.span))}};
            ordered_json loc = {{"physicalLocation",
                                 {{"artifactLocation", {{"uri", uri}, {"index", fi}}}, {"region", std::move(region)}}}};
            // .docx/.pdf: the paragraph / table row / page+line the reader sees in Word or a PDF viewer.
            const std::string label = location_at(f, x.span.begin);
            // (location.message, not logicalLocations: the schema tests/cli/sarif_schema.sh checks
            // against has no logicalLocations on a location.)
            if (!label.empty()) loc["message"] = {{"text", label}};
            r["locations"] = ordered_json::array({std::move(loc)});
            r["partialFingerprints"] = {{"reportcheck/v1", x.fingerprint}};
            if (!x.related.empty()) {
                ordered_json rel = ordered_json::array();
                int id = 1;
                for (const Related& rl : x.related)
                    rel.push_back({{"id", id++},
                                   {"physicalLocation",
                                    {{"artifactLocation", {{"uri", uri}, {"index", fi}}}, {"region", region_json(src, rl.span)}}},
                                   {"message", {{"text", rl.note.in(opt_.lang)}}}});
                r["relatedLocations"] = std::move(rel);
            }
            ordered_json props;
            props["category"] = to_string(x.category);
            if (!label.empty()) props["location"] = label;
            if (!x.arithmetic.empty()) props["arithmetic"] = x.arithmetic;
            if (x.expected) props["expected"] = *x.expected;
            if (x.actual) props["actual"] = *x.actual;
            if (x.suggestion) props["suggestion"] = *x.suggestion;
            if (x.typo) props["typo"] = x.typo->in(opt_.lang);
            r["properties"] = std::move(props);
            out += indent_.element(r.dump(2), first);
            first = false;
            spill_part(out, rf.spooled);
        }
    }

    RenderOptions opt_;
    std::vector<std::string> paths_;
    std::ostream& out_;
    std::vector<std::pair<std::string, const RuleInfo*>> rules_;
    std::map<std::string, std::size_t> registered_, extra_;
    ArraySplice indent_;
    std::vector<std::pair<std::size_t, std::string>> notifications_;
    Spool spool_;
    bool any_ = false;
};

}  // namespace

std::unique_ptr<ReportWriter> make_sarif_writer(const RenderOptions& opt, std::vector<std::string> paths, std::ostream& out) {
    return std::make_unique<SarifWriter>(opt, std::move(paths), out);
}

}  // namespace rc
