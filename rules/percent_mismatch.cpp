// Rule `percent-mismatch`: A percentage differs from a/b. See docs/rules/percent-mismatch.md.
#include "rules/arith_util.hpp"
#include "rules/rule.hpp"

namespace rc {
namespace {

class Rule_percent_mismatch final : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo i{"percent-mismatch", Category::percent, Severity::error, Text{"Tỷ lệ phần trăm khác a/b", "A percentage differs from a/b"}, "docs/rules/percent-mismatch.md"};
        return i;
    }
    void check(const Document& doc, Sink& sink) const override {
        check_claims_of_kind(doc, sink, ClaimKind::percent_of);
    }
};

}  // namespace

std::unique_ptr<Rule> make_percent_mismatch() { return std::make_unique<Rule_percent_mismatch>(); }

}  // namespace rc
