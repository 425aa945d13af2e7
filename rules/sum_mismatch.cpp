// Rule `sum-mismatch`: A total differs from the sum of its parts. See docs/rules/sum-mismatch.md.
#include "rules/arith_util.hpp"
#include "rules/rule.hpp"

namespace rc {
namespace {

class Rule_sum_mismatch final : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo i{"sum-mismatch", Category::sum, Severity::error, Text{"Tổng số khác tổng các thành phần", "A total differs from the sum of its parts"}, "docs/rules/sum-mismatch.md"};
        return i;
    }
    void check(const Document& doc, Sink& sink) const override {
        check_claims_of_kind(doc, sink, ClaimKind::sum);
        check_claims_of_kind(doc, sink, ClaimKind::fraction);  // a part of a whole: X/Y with X ≤ Y
    }
};

}  // namespace

std::unique_ptr<Rule> make_sum_mismatch() { return std::make_unique<Rule_sum_mismatch>(); }

}  // namespace rc
