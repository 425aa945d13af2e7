// Rule `percent-granularity`: A percentage cannot be k/N for the N items stated. See docs/rules/percent-granularity.md.
#include "rules/arith_util.hpp"
#include "rules/rule.hpp"

namespace rc {
namespace {

class Rule_percent_granularity final : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo i{"percent-granularity", Category::percent, Severity::warning, Text{"Tỷ lệ không thể đạt được với N đối tượng (k/N)", "A percentage cannot be k/N for the N items stated"}, "docs/rules/percent-granularity.md"};
        return i;
    }
    void check(const Document& doc, Sink& sink) const override {
        check_claims_of_kind(doc, sink, ClaimKind::granularity);
    }
};

}  // namespace

std::unique_ptr<Rule> make_percent_granularity() { return std::make_unique<Rule_percent_granularity>(); }

}  // namespace rc
