// Rule `table-percent`: A table's percent column differs from the ratio of two columns. See docs/rules/table-percent.md.
#include "rules/arith_util.hpp"
#include "rules/rule.hpp"

namespace rc {
namespace {

class Rule_table_percent final : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo i{"table-percent", Category::percent, Severity::error, Text{"Cột % của bảng khác tỷ số hai cột", "A table's percent column differs from the ratio of two columns"}, "docs/rules/table-percent.md"};
        return i;
    }
    void check(const Document& doc, Sink& sink) const override {
        check_claims_of_kind(doc, sink, ClaimKind::table_percent);
    }
};

}  // namespace

std::unique_ptr<Rule> make_table_percent() { return std::make_unique<Rule_table_percent>(); }

}  // namespace rc
