#include <algorithm>

#include "grammar/text_util.hpp"
#include "reports/report.hpp"

namespace rc {

namespace {
bool cont_byte(unsigned char c) { return (c & 0xC0) == 0x80; }
}  // namespace

LineWindow line_window(const SourceText& src, Span s, std::uint32_t keep, std::uint32_t slack) {
    const std::string_view t = src.text();
    LineWindow w;
    w.line = src.line_span(src.line_of(s.begin));
    const std::uint32_t b = std::clamp(s.begin, w.line.begin, w.line.end);
    const std::uint32_t e = std::clamp(s.end, b, w.line.end);
    w.from = w.line.begin;
    w.to = w.line.end;
    if (b - w.from > slack) {
        w.from = b - keep;
        while (w.from < b && cont_byte(static_cast<unsigned char>(t[w.from]))) ++w.from;
    }
    if (w.to - e > slack) {
        w.to = e + keep;
        while (w.to < w.line.end && cont_byte(static_cast<unsigned char>(t[w.to]))) ++w.to;
    }
    return w;
}

std::string line_excerpt(const SourceText& src, Span s, bool trim_ends) {
    const LineWindow w = line_window(src, s);
    std::string_view shown = std::string_view(src.text()).substr(w.from, w.to - w.from);
    std::string out;
    if (w.cut_before()) out += "…";
    else if (trim_ends) shown.remove_prefix(leading_space(shown));
    if (!w.cut_after() && trim_ends) shown.remove_suffix(trailing_space(shown));
    out += shown;
    if (w.cut_after()) out += "…";
    return out;
}

namespace {
// The status claim_statuses gives each claim, without copying the verdicts' texts.
std::vector<ClaimStatus> statuses_only(const FileReport& f) {
    std::vector<ClaimStatus> out;
    if (!f.doc) return out;
    const std::size_t n = f.doc->claims.claims.size();
    out.assign(n, ClaimVerdict{}.status);
    std::vector<bool> judged(n, false);
    for (const ClaimVerdict& v : f.result.verdicts) {
        if (v.claim >= n) continue;
        ClaimStatus& o = out[v.claim];
        if (!judged[v.claim] || v.status == ClaimStatus::inconsistent ||
            (o == ClaimStatus::unverifiable && v.status == ClaimStatus::consistent)) {
            if (!(judged[v.claim] && o == ClaimStatus::inconsistent)) o = v.status;
            judged[v.claim] = true;
        }
    }
    return out;
}
}  // namespace

std::vector<ClaimVerdict> claim_statuses(const FileReport& f) {
    std::vector<ClaimVerdict> out;
    if (!f.doc) return out;
    const std::size_t n = f.doc->claims.claims.size();
    out.resize(n);
    std::vector<bool> judged(n, false);
    for (std::size_t i = 0; i < n; ++i) out[i].claim = i;
    // A claim judged inconsistent by any rule is inconsistent; otherwise
    // consistent if some rule verified it.
    for (const ClaimVerdict& v : f.result.verdicts) {
        if (v.claim >= n) continue;
        ClaimVerdict& o = out[v.claim];
        if (!judged[v.claim] || v.status == ClaimStatus::inconsistent ||
            (o.status == ClaimStatus::unverifiable && v.status == ClaimStatus::consistent)) {
            if (!(judged[v.claim] && o.status == ClaimStatus::inconsistent)) o = v;
            judged[v.claim] = true;
        }
    }
    return out;
}

std::string_view location_label(const FileReport& f, std::uint32_t line) {
    if (line == 0 || line > f.line_labels.size()) return {};
    return f.line_labels[line - 1];
}

std::string location_at(const FileReport& f, std::uint32_t offset) {
    if (!f.doc || f.line_labels.empty()) return {};
    return location_at(f, offset, f.doc->source.position(offset).line);
}

std::string location_at(const FileReport& f, std::uint32_t offset, std::uint32_t line) {
    if (!f.doc || f.line_labels.empty()) return {};
    const SourceText& src = f.doc->source;
    std::string label(location_label(f, line));
    if (label.starts_with("bảng ")) {
        // Table rows are "| a | b |": the cell is the number of '|' before the offset.
        const Span ls = src.line_span(src.line_of(offset));
        const std::string_view before = src.slice({ls.begin, std::clamp(offset, ls.begin, ls.end)});
        if (before.starts_with('|')) label += ", ô " + std::to_string(std::count(before.begin(), before.end(), '|'));
    }
    return label;
}

Summary summarize_file(const FileReport& f) {
    Summary s;
    ++s.files;
    if (f.error) {
        ++s.file_errors;
        return s;
    }
    for (const Finding& x : f.result.findings) {
        switch (x.severity) {
            case Severity::error: ++s.errors; break;
            case Severity::warning: ++s.warnings; break;
            case Severity::info: ++s.infos; break;
        }
    }
    for (const ClaimStatus st : statuses_only(f)) {
        ++s.claims;
        switch (st) {
            case ClaimStatus::consistent: ++s.consistent; break;
            case ClaimStatus::inconsistent: ++s.inconsistent; break;
            case ClaimStatus::unverifiable: ++s.unverifiable; break;
        }
    }
    return s;
}

void add_to(Summary& t, const Summary& p) {
    t.files += p.files;
    t.file_errors += p.file_errors;
    t.errors += p.errors;
    t.warnings += p.warnings;
    t.infos += p.infos;
    t.claims += p.claims;
    t.consistent += p.consistent;
    t.inconsistent += p.inconsistent;
    t.unverifiable += p.unverifiable;
}

Summary summarize(const RunReport& run) {
    Summary s;
    for (const FileReport& f : run.files) add_to(s, summarize_file(f));
    return s;
}

std::unique_ptr<ReportWriter> make_writer(Format format, const RenderOptions& opt, std::vector<std::string> paths,
                                          std::ostream& out) {
    switch (format) {
        case Format::text: return make_text_writer(opt, std::move(paths), out);
        case Format::json: return make_json_writer(opt, std::move(paths), out);
        case Format::sarif: return make_sarif_writer(opt, std::move(paths), out);
        case Format::junit: return make_junit_writer(opt, std::move(paths), out);
        case Format::html: return make_html_writer(opt, std::move(paths), out);
    }
    return make_text_writer(opt, std::move(paths), out);
}

void render(Format format, const RunReport& run, const RenderOptions& opt, std::ostream& out) {
    std::vector<std::string> paths;
    paths.reserve(run.files.size());
    for (const FileReport& f : run.files) paths.push_back(f.path);
    auto w = make_writer(format, opt, std::move(paths), out);
    for (std::size_t i = 0; i < run.files.size(); ++i) w->add(i, w->render(i, run.files[i]));
    w->finish();
}

void render_text(const RunReport& run, const RenderOptions& opt, std::ostream& out) { render(Format::text, run, opt, out); }
void render_json(const RunReport& run, const RenderOptions& opt, std::ostream& out) { render(Format::json, run, opt, out); }
void render_sarif(const RunReport& run, const RenderOptions& opt, std::ostream& out) { render(Format::sarif, run, opt, out); }
void render_junit(const RunReport& run, const RenderOptions& opt, std::ostream& out) { render(Format::junit, run, opt, out); }
void render_html(const RunReport& run, const RenderOptions& opt, std::ostream& out) { render(Format::html, run, opt, out); }

}  // namespace rc
