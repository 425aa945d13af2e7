// The rules engine: runs every enabled rule over a parsed document.
#pragma once
#include <set>
#include <string>
#include <vector>

#include "grammar/document.hpp"
#include "rules/config.hpp"
#include "rules/finding.hpp"

namespace rc {

struct CheckResult {
    std::vector<Finding> findings;       // sorted by position, then rule id
    std::vector<ClaimVerdict> verdicts;  // one per judged claim, by claim index
};

// Deterministic: the same document and config give the same findings in the same order.
CheckResult run_rules(const Document& doc, const RuleConfig& cfg);

// Baseline: fingerprints of accepted findings, one per line ('#' comments).
std::set<std::string> read_baseline(const std::string& path);  // throws ConfigError
void drop_baselined(CheckResult& r, const std::set<std::string>& baseline);

}  // namespace rc
