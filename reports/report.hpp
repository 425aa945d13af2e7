// The findings model every renderer reads: one entry per input file.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/document.hpp"
#include "rules/engine.hpp"
#include "rules/finding.hpp"

namespace rc {

class Spool;  // reports/stream_util.hpp

struct FileReport {
    std::string path;                 // as given on the command line
    std::string format;               // "text", "docx", "pdf"
    std::optional<std::string> error; // input error (the file was not checked)
    std::shared_ptr<const Document> doc;  // null when error
    CheckResult result;
    // .docx/.pdf: location label per source line (index = line - 1), "" where none.
    std::vector<std::string> line_labels;
};

struct RunReport {
    std::vector<FileReport> files;
};

enum class Format { text, json, sarif, junit, html };

struct RenderOptions {
    Lang lang = Lang::vi;
    std::optional<Severity> fail_on = Severity::error;  // nullopt = never
    bool color = false;
};

struct Summary {
    std::size_t files = 0, file_errors = 0;
    std::size_t errors = 0, warnings = 0, infos = 0;
    std::size_t claims = 0, consistent = 0, inconsistent = 0, unverifiable = 0;
};
Summary summarize(const RunReport& run);
// One file's counts (files = 1; file_errors = 1 when it was not checked).
Summary summarize_file(const FileReport& f);
void add_to(Summary& total, const Summary& part);

// Status of every claim of a file (claims without a verdict are unverifiable).
std::vector<ClaimVerdict> claim_statuses(const FileReport& f);

// .docx/.pdf: the location label of an original source line ("đoạn 12", "bảng 2, hàng 3",
// "trang 3, dòng 14"); "" for plain text or a line without one.
std::string_view location_label(const FileReport& f, std::uint32_t line);
// The label of the line holding `offset` (into the NFC text), with the table cell when it is in
// a table row: "bảng 2, hàng 3, ô 2". "" when none.
std::string location_at(const FileReport& f, std::uint32_t offset);
// The same when the caller has the offset's position already: `line` is position(offset).line (the
// label's key; a second position() of the offset is a second segment lookup).
std::string location_at(const FileReport& f, std::uint32_t offset, std::uint32_t line);

// The excerpt of a finding: the line holding `s`, whole when the span sits within `slack`
// bytes of both line ends, otherwise cut to about `keep` bytes each side of the span (at
// character starts). Bounded work per finding, so a document of one huge line (PDF text
// without line breaks, a minified export) is not read once per finding.
struct LineWindow {
    Span line;              // the whole line
    std::uint32_t from, to; // the part shown
    bool cut_before() const { return from > line.begin; }
    bool cut_after() const { return to < line.end; }
};
LineWindow line_window(const SourceText& src, Span s, std::uint32_t keep = 2000, std::uint32_t slack = 4000);
// The excerpt as text: the window (trimmed when `trim_ends`), with "…" where the line was cut.
std::string line_excerpt(const SourceText& src, Span s, bool trim_ends = true);

// Streaming: a report is written file by file, so a run over many files holds only the
// files being checked and the parts not yet written (not every file's findings).
// render() runs on the worker that checked the file, concurrently for different files;
// add() then takes the parts in input order, one call at a time, and writes them to the
// output (text, JSON) or, for documents whose totals come first (SARIF, JUnit, HTML), to a
// spool (memory up to a few MB, then an unlinked temporary file) that finish() copies
// after the head. The output is byte-identical to rendering the whole run at once.
struct RenderedFile {
    std::string part;   // the file's share of the document, with its separators
    std::string data;   // HTML: the file's entry in the embedded JSON data
    Summary counts;     // this file's counts (summarize_file)
    std::optional<std::string> error;                          // the input error, if any
    std::vector<std::pair<std::string, std::size_t>> rules;  // HTML: findings per rule
    std::size_t tests = 0, failures = 0, errors = 0;          // JUnit: the suite's counts
    std::shared_ptr<const FileReport> deferred;  // SARIF: rendered in add() (a rule id the registry lacks)
    // JSON, HTML: the start of a part past 1 MB (a large file's findings, text), in memory up to 1 MB and
    // then in an unlinked temporary file; `part` holds the rest. Written before `part`.
    std::shared_ptr<Spool> spooled;
    // HTML: the same for `data` (the start of a large file's entry in the embedded data).
    std::shared_ptr<Spool> data_spooled;
};

class ReportWriter {
public:
    virtual ~ReportWriter() = default;
    // Thread-safe (const): one file's part; `index` is the file's place in the run.
    virtual RenderedFile render(std::size_t index, const FileReport& f) const = 0;
    // In input order (index 0, 1, ...), one call at a time.
    void add(std::size_t index, RenderedFile&& part) {
        add_to(summary_, part.counts);
        write(index, std::move(part));
    }
    // After the last file: the totals and the end of the document.
    virtual void finish() = 0;
    const Summary& summary() const { return summary_; }

protected:
    virtual void write(std::size_t index, RenderedFile&& part) = 0;
    Summary summary_;
};

// `paths`: every file of the run, in order (FileReport::path of each).
std::unique_ptr<ReportWriter> make_writer(Format format, const RenderOptions& opt, std::vector<std::string> paths,
                                          std::ostream& out);
std::unique_ptr<ReportWriter> make_text_writer(const RenderOptions& opt, std::vector<std::string> paths, std::ostream& out);
std::unique_ptr<ReportWriter> make_json_writer(const RenderOptions& opt, std::vector<std::string> paths, std::ostream& out);
std::unique_ptr<ReportWriter> make_sarif_writer(const RenderOptions& opt, std::vector<std::string> paths, std::ostream& out);
std::unique_ptr<ReportWriter> make_junit_writer(const RenderOptions& opt, std::vector<std::string> paths, std::ostream& out);
std::unique_ptr<ReportWriter> make_html_writer(const RenderOptions& opt, std::vector<std::string> paths, std::ostream& out);

// The whole run at once (through the writer above).
void render(Format format, const RunReport& run, const RenderOptions& opt, std::ostream& out);

void render_text(const RunReport& run, const RenderOptions& opt, std::ostream& out);
void render_json(const RunReport& run, const RenderOptions& opt, std::ostream& out);
void render_sarif(const RunReport& run, const RenderOptions& opt, std::ostream& out);
void render_junit(const RunReport& run, const RenderOptions& opt, std::ostream& out);
void render_html(const RunReport& run, const RenderOptions& opt, std::ostream& out);

}  // namespace rc
