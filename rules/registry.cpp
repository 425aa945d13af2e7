// The list of rules, in the order they run and are documented.
// Each rule lives in its own file rules/<id>.cpp and defines make_<name>().
#include "rules/rule.hpp"

namespace rc {

#define RC_RULE(name) std::unique_ptr<Rule> make_##name();
#include "rules/rule_list.def"
#undef RC_RULE

const std::vector<std::unique_ptr<Rule>>& all_rules() {
    static const std::vector<std::unique_ptr<Rule>> rules = [] {
        std::vector<std::unique_ptr<Rule>> v;
#define RC_RULE(name) v.push_back(make_##name());
#include "rules/rule_list.def"
#undef RC_RULE
        return v;
    }();
    return rules;
}

const Rule* find_rule(std::string_view id) {
    for (const auto& r : all_rules())
        if (r->info().id == id) return r.get();
    return nullptr;
}

}  // namespace rc
