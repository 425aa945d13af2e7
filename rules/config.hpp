// Rule configuration: INI files read with Boost.Program_options.
//
//   [check]
//   convention = auto        ; auto | vi | en  (number separators)
//   tolerance = round        ; round | truncate  (how shown figures were rounded)
//   approx-margin = 5        ; percent allowed around "khoảng/gần/xấp xỉ/ước" figures
//
//   [sum-mismatch]           ; one section per rule id
//   enabled = true
//   severity = error         ; error | warning | info
#pragma once
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "rules/finding.hpp"

namespace rc {

class ConfigError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct RuleConfig {
    enum class Convention { automatic, vi, en };
    enum class Tolerance { round, truncate };

    Convention convention = Convention::automatic;
    Tolerance tolerance = Tolerance::round;
    double approx_margin = 0.05;  // relative, for approximate qualifiers
    // The verdict of a consistent claim carries its arithmetic as text (JSON and HTML list the
    // claims); false when the output does not show it, which skips formatting it.
    bool claim_details = true;
    // One section of a text checked in sections (checker/pipeline.cpp): the findings are neither
    // sorted nor fingerprinted and no verdicts are made — the pipeline sorts and fingerprints the
    // merged findings against the whole text and would drop the sections' verdicts.
    bool section = false;
    // The languages findings, notes and verdicts are written in (Langs::both unless the caller shows one).
    Langs langs = Langs::both;
    // Findings are given their fingerprints (finish_findings); false when nothing reads them: the text,
    // HTML and JUnit reports without --baseline or --write-baseline (the CLI; 5 M instructions of big-10M).
    bool fingerprints = true;
    std::map<std::string, bool, std::less<>> enabled;        // per rule id
    std::map<std::string, Severity, std::less<>> severity;   // per rule id
    std::vector<std::string> sources;  // config files read, for messages

    bool is_enabled(std::string_view id) const;
    Severity severity_of(std::string_view id, Severity fallback) const;
};

// Reads an INI file into `cfg` (later files override earlier ones).
// Throws ConfigError naming the file and the offending line or option.
void load_config_file(const std::string& path, RuleConfig& cfg);

}  // namespace rc
