// The pipeline: read -> decode -> grammar -> rules, for one file or many.
#pragma once
#include <cstddef>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "reports/report.hpp"
#include "rules/config.hpp"

namespace rc {

struct CheckOptions {
    std::optional<std::string> config_file;  // --config; else reportcheck.ini beside the file or in the cwd
    std::optional<std::set<std::string>> baseline;
    unsigned jobs = 1;
    bool progress = false;  // progress bar on stderr (a terminal), shown once a run passes a second
    bool english = false;   // --lang en: the progress bar's words
    unsigned progress_delay_ms = 1000;  // the bar appears once the run is this old (tests set 0)
    bool keep_parse = false;  // keep the whole parse (--dump-structure / --dump-claims)
    bool claim_details = true;  // RuleConfig::claim_details: the output lists the claims' arithmetic
    Langs langs = Langs::both;  // RuleConfig::langs: the language the output shows (--lang)
    bool fingerprints = true;   // RuleConfig::fingerprints: the output or a baseline reads them
};

// Texts larger than this (bytes of NFC text) are checked in sections of about kSection
// bytes cut at blank lines, so the memory of the parse is the section's (a whole parse
// costs about 14 bytes per input byte): a real report is well under 1 MB and is checked
// whole; archives concatenated into one file are not. The footnote and heading rules
// still see the whole text: they run once, at the end, over the structure of all of it,
// parsed from the blocks the sections' parses kept for it (those it could read more of
// than their kind; Word text cut at blank lines) or else from the whole text's blocks.
inline constexpr std::size_t kWholeDocumentLimit = 1u << 20;
inline constexpr std::size_t kSection = 512u << 10;
// Up to this size the whole-text structure pass runs (from the whole text's blocks, 3 bytes
// per byte: 50 MB for 16 MB); above it the footnote and heading rules are skipped, and the
// note says so.
inline constexpr std::size_t kWholeStructureLimit = 16u << 20;

// Checks one already-decoded text. Never throws for document content.
// Unless `keep_parse`, the parse is released after the rules except the source and the
// claims (all the renderers read), so memory does not grow with the number of files.
// `whole_limit` is kWholeDocumentLimit but in tests (sectioned and whole checking compared).
// `on_progress(f)`, if given, is told the share f (0..1] of a sectioned text checked so far.
FileReport check_text(const std::string& path, const std::string& format, std::string utf8, const RuleConfig& cfg,
                      bool keep_parse = false, std::size_t whole_limit = kWholeDocumentLimit,
                      const std::function<void(double)>& on_progress = {});
// The same for a text already made a SourceText (e.g. a mapped file's: SourceText::from_shared).
FileReport check_source(const std::string& path, const std::string& format, SourceText src, const RuleConfig& cfg,
                        bool keep_parse = false, std::size_t whole_limit = kWholeDocumentLimit,
                        const std::function<void(double)>& on_progress = {});

// What to do with one checked file once every earlier file has been dealt with.
using Emit = std::function<void()>;
using OnFile = std::function<Emit(std::size_t index, FileReport&& report)>;

// Workers start a file at most this many places after the first file not yet emitted,
// so a run holds a bounded number of files however many it checks.
inline constexpr std::size_t kFilesAhead = 64;

// Checks every path on opt.jobs threads; input errors become FileReport::error and the
// others are still checked. `on_file(i, report)` runs on the worker that checked file i,
// concurrently for different files (render there); the Emit it returns runs in input
// order, one at a time, as soon as every earlier file's has (write there), and the report
// is dropped. An exception from on_file or an Emit stops the run and is rethrown once the
// workers have stopped. Throws ConfigError for a bad configuration file.
void check_files(const std::vector<std::string>& paths, const CheckOptions& opt, const OnFile& on_file);

// Every file's report at once (tests, small runs).
RunReport check_files(const std::vector<std::string>& paths, const CheckOptions& opt);

// The configuration that applies to `path` (--config, or reportcheck.ini beside it, or in the cwd).
RuleConfig config_for(const std::string& path, const CheckOptions& opt);

}  // namespace rc
