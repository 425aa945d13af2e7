// Rule `share-sum`: Shares of one whole do not add up to 100%. See docs/rules/share-sum.md.
#include "rules/arith_util.hpp"
#include "rules/rule.hpp"

namespace rc {
namespace {

class Rule_share_sum final : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo i{"share-sum", Category::share, Severity::error, Text{"Các tỷ lệ cơ cấu không cộng thành 100%", "Shares of one whole do not add up to 100%"}, "docs/rules/share-sum.md"};
        return i;
    }
    void check(const Document& doc, Sink& sink) const override {
        check_claims_of_kind(doc, sink, ClaimKind::share);
    }
};

}  // namespace

std::unique_ptr<Rule> make_share_sum() { return std::make_unique<Rule_share_sum>(); }

}  // namespace rc
