// Rule `count-vs-list`: A count differs from the items its footnote lists. See docs/rules/count-vs-list.md.
#include "rules/arith_util.hpp"
#include "rules/rule.hpp"

namespace rc {
namespace {

class Rule_count_vs_list final : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo i{"count-vs-list", Category::footnote, Severity::error, Text{"Số đếm khác số mục liệt kê ở chú thích", "A count differs from the items its footnote lists"}, "docs/rules/count-vs-list.md"};
        return i;
    }
    void check(const Document& doc, Sink& sink) const override {
        check_claims_of_kind(doc, sink, ClaimKind::count_vs_list);
    }
};

}  // namespace

std::unique_ptr<Rule> make_count_vs_list() { return std::make_unique<Rule_count_vs_list>(); }

}  // namespace rc
