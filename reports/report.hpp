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

// Status of every claim of a file (claims without a verdict are unverifiable).
std::vector<ClaimVerdict> claim_statuses(const FileReport& f);

// .docx/.pdf: the location label of an original source line ("đoạn 12", "bảng 2, hàng 3",
// "trang 3, dòng 14"); "" for plain text or a line without one.
std::string_view location_label(const FileReport& f, std::uint32_t line);
// The label of the line holding `offset` (into the NFC text), with the table cell when it is in
// a table row: "bảng 2, hàng 3, ô 2". "" when none.
std::string location_at(const FileReport& f, std::uint32_t offset);

void render(Format format, const RunReport& run, const RenderOptions& opt, std::ostream& out);

void render_text(const RunReport& run, const RenderOptions& opt, std::ostream& out);
void render_json(const RunReport& run, const RenderOptions& opt, std::ostream& out);
void render_sarif(const RunReport& run, const RenderOptions& opt, std::ostream& out);
void render_junit(const RunReport& run, const RenderOptions& opt, std::ostream& out);
void render_html(const RunReport& run, const RenderOptions& opt, std::ostream& out);

}  // namespace rc
