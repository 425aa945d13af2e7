// Rule `table-total`: A table's total row or column differs from its members. See docs/rules/table-total.md.
#include "rules/arith_util.hpp"
#include "rules/rule.hpp"

namespace rc {
namespace {

class Rule_table_total final : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo i{"table-total", Category::sum, Severity::error, Text{"Dòng/cột Tổng của bảng khác tổng các thành phần", "A table's total row or column differs from its members"}, "docs/rules/table-total.md"};
        return i;
    }
    void check(const Document& doc, Sink& sink) const override {
        check_claims_of_kind(doc, sink, ClaimKind::table_total);
    }
};

}  // namespace

std::unique_ptr<Rule> make_table_total() { return std::make_unique<Rule_table_total>(); }

}  // namespace rc
