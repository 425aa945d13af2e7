// Rule `growth-mismatch`: A growth rate differs from the two values it compares. See docs/rules/growth-mismatch.md.
#include "rules/arith_util.hpp"
#include "rules/rule.hpp"

namespace rc {
namespace {

class Rule_growth_mismatch final : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo i{"growth-mismatch", Category::growth, Severity::error, Text{"Tốc độ tăng/giảm khác số liệu hai kỳ", "A growth rate differs from the two values it compares"}, "docs/rules/growth-mismatch.md"};
        return i;
    }
    void check(const Document& doc, Sink& sink) const override {
        check_claims_of_kind(doc, sink, ClaimKind::growth);
        check_claims_of_kind(doc, sink, ClaimKind::index_growth);
        check_claims_of_kind(doc, sink, ClaimKind::cagr);
    }
};

}  // namespace

std::unique_ptr<Rule> make_growth_mismatch() { return std::make_unique<Rule_growth_mismatch>(); }

}  // namespace rc
