// The rules engine: runs every enabled rule over a parsed document.
#pragma once
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "grammar/document.hpp"
#include "rules/config.hpp"
#include "rules/finding.hpp"

namespace rc {

struct CheckResult {
    std::vector<Finding> findings;       // sorted by position, then rule id
    std::vector<ClaimVerdict> verdicts;  // one per judged claim, by claim index
    std::vector<Text> notes;             // about the check itself (limits applied), shown with the findings
    std::vector<Finding> baselined;      // findings dropped because the baseline accepts them
};

// At most this many findings of one rule per file; the rest are counted in a note.
inline constexpr std::size_t kMaxFindingsPerRule = 1000;
// The note for `more` findings of `rule` past the cap.
Text omitted_findings_note(const std::string& rule, std::size_t more);

// Deterministic: the same document and config give the same findings in the same order.
// `counted`: a section of a sectioned text (checker/pipeline.cpp), where the cap holds across the
// sections: the findings of each rule counted in the sections before (each section's at most
// kMaxFindingsPerRule, as its own run's cap leaves them). Each rule then keeps only what the file
// has room for, the first in position order (what the sorted sections keep), and does not build the
// others; what the run counts is added to `counted`, and no note is made (the caller makes them).
CheckResult run_rules(const Document& doc, const RuleConfig& cfg, std::map<std::string, std::size_t>* counted = nullptr);

// Sort findings by position and give each a fingerprint (rule id, flagged text,
// its line's text, occurrence counter). run_rules does this; callers that merge
// findings from several runs over one source call it again. `fingerprints` false
// (RuleConfig::fingerprints): sorted only, every fingerprint left empty.
void finish_findings(const Document& doc, CheckResult& r, bool fingerprints = true);
// The first half of finish_findings: the findings in position order (then rule id), stable.
void sort_findings(CheckResult& r);
// The order sort_findings puts findings in (stably): by span, then rule id.
inline bool finding_before(const Finding& a, const Finding& b) {
    return std::tie(a.span.begin, a.span.end, a.rule) < std::tie(b.span.begin, b.span.end, b.rule);
}

// Baseline: fingerprints of accepted findings, one per line ('#' comments).
std::set<std::string> read_baseline(const std::string& path);  // throws ConfigError
// Moves the findings the baseline accepts from r.findings to r.baselined.
void drop_baselined(CheckResult& r, const std::set<std::string>& baseline);

}  // namespace rc
