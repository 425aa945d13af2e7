// A sink that keeps every finding a rule reports, in report order (the rule tests' plain sink: no
// engine, no cap, verdicts dropped).
#pragma once
#include <utility>
#include <vector>

#include "rules/config.hpp"
#include "rules/rule.hpp"

namespace rct {

struct CollectSink final : rc::Sink {
    std::vector<rc::Finding> found;
    rc::RuleConfig cfg;
    void report(rc::Finding&& f) override { found.push_back(std::move(f)); }
    void verdict(rc::ClaimVerdict) override {}
    const rc::RuleConfig& config() const override { return cfg; }
};

}  // namespace rct
