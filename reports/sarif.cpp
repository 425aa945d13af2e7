// SARIF 2.1.0 output (validated against the OASIS schema in tests/cli/sarif_schema.sh).
// Columns are in Unicode code points of the original line (run.columnKind).
#include <map>
#include <nlohmann/json.hpp>

#include "reports/json_model.hpp"
#include "reports/report.hpp"
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

}  // namespace

void render_sarif(const RunReport& run, const RenderOptions& opt, std::ostream& out) {
    // Rules: every registered rule, then any id a result uses that the registry lacks.
    std::vector<std::pair<std::string, const RuleInfo*>> rules;
    std::map<std::string, std::size_t> rule_index;
    for (const auto& r : all_rules()) {
        rule_index.emplace(r->info().id, rules.size());
        rules.emplace_back(r->info().id, &r->info());
    }
    for (const FileReport& f : run.files)
        for (const Finding& x : f.result.findings)
            if (rule_index.emplace(x.rule, rules.size()).second) rules.emplace_back(x.rule, nullptr);

    ordered_json jrules = ordered_json::array();
    for (const auto& [id, info] : rules) jrules.push_back(rule_json(info, id, opt.lang));

    ordered_json artifacts = ordered_json::array();
    ordered_json results = ordered_json::array();
    ordered_json notifications = ordered_json::array();
    for (std::size_t fi = 0; fi < run.files.size(); ++fi) {
        const FileReport& f = run.files[fi];
        const std::string uri = path_uri(f.path);
        artifacts.push_back({{"location", {{"uri", uri}}}, {"roles", {"analysisTarget"}}});
        if (f.error || !f.doc) {
            notifications.push_back({{"level", "error"},
                                     {"message", {{"text", f.error.value_or("not checked")}}},
                                     {"locations", {{{"physicalLocation", {{"artifactLocation", {{"uri", uri}, {"index", fi}}}}}}}}});
            continue;
        }
        const SourceText& src = f.doc->source;
        for (const Finding& x : f.result.findings) {
            ordered_json r;
            r["ruleId"] = x.rule;
            r["ruleIndex"] = rule_index.at(x.rule);
            r["level"] = sarif_level(x.severity);
            std::string text = x.message.in(opt.lang);
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
                                   {"message", {{"text", rl.note.in(opt.lang)}}}});
                r["relatedLocations"] = std::move(rel);
            }
            ordered_json props;
            props["category"] = to_string(x.category);
            if (!label.empty()) props["location"] = label;
            if (!x.arithmetic.empty()) props["arithmetic"] = x.arithmetic;
            if (x.expected) props["expected"] = *x.expected;
            if (x.actual) props["actual"] = *x.actual;
            if (x.suggestion) props["suggestion"] = *x.suggestion;
            if (x.typo) props["typo"] = x.typo->in(opt.lang);
            r["properties"] = std::move(props);
            results.push_back(std::move(r));
        }
    }

    ordered_json driver;
    driver["name"] = "reportcheck";
    driver["version"] = RC_VERSION;
    driver["semanticVersion"] = RC_VERSION;
    driver["language"] = opt.lang == Lang::en ? "en" : "vi";
    driver["rules"] = std::move(jrules);

    ordered_json runj;
    runj["tool"] = {{"driver", std::move(driver)}};
    runj["invocations"] = {{{"executionSuccessful", notifications.empty()},
                            {"toolExecutionNotifications", std::move(notifications)}}};
    runj["artifacts"] = std::move(artifacts);
    runj["results"] = std::move(results);
    runj["columnKind"] = "unicodeCodePoints";

    ordered_json root;
    root["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
    root["version"] = "2.1.0";
    root["runs"] = ordered_json::array({std::move(runj)});
    out << root.dump(2) << "\n";
}

}  // namespace rc
