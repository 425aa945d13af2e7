// A rule: stable id, category, default severity, bilingual title, doc page,
// and a check over the parsed document.
#pragma once
#include <fmt/format.h>

#include <cstring>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/document.hpp"
#include "rules/config.hpp"
#include "rules/finding.hpp"

namespace rc {

struct RuleInfo {
    std::string id;              // stable, kebab-case
    Category category = Category::other;
    Severity default_severity = Severity::warning;
    Text title;                  // one line: what it checks
    std::string doc;             // docs/rules/<id>.md
};

struct ClaimMemo;   // rules/arith_util.hpp

// What a rule writes into while it checks.
class Sink {
public:
    virtual ~Sink() = default;
    virtual void report(Finding&& f) = 0;  // (an rvalue: a Finding's move is dear)
    // A finding built in place: start(span) gives the finding at `span` to fill (its rule, category and
    // severity set: `info`'s, or by the engine the running rule's with its configured severity), commit()
    // reports it — what report() of the same finding does, without the finding moved into the run's
    // result and then destroyed (~300 instructions a finding: nine strings, the related spans and four
    // optionals; 5 600 findings on big-10M). The rule must not change the span, nor call start() or
    // report() again before commit(). Past the per-file cap the finding given is a scratch one, dropped
    // (and counted as report() counts it). This default fills a scratch finding and report()s it (the
    // tests' sinks); the engine's fills the finding in its result.
    virtual Finding& start(Span span, const RuleInfo* info = nullptr);
    virtual void commit() { report(std::move(scratch_)); }
    virtual void verdict(ClaimVerdict v) = 0;
    // The per-file cap (rules/engine.hpp, kMaxFindingsPerRule): would a finding at `span`, reported
    // now, be kept? When it would not, it is counted here, as report() would count it, and the rule
    // must not report it — nor build it (its messages, arithmetic, texts). When it would, the rule
    // builds it with that span and reports it. A rule that never asks reports every finding, and
    // report() keeps and counts the same ones.
    virtual bool wants(Span /*span*/) { return true; }
    // Whether a finding reported now may be dropped by the cap (whatever its span): a rule that
    // must work to learn a finding's span (an arithmetic claim's texts) does that work only then.
    virtual bool at_cap() const { return false; }
    virtual const RuleConfig& config() const = 0;
    // The languages to write messages in (RuleConfig::langs).
    Langs langs() const { return config().langs; }
    // Shared by the rules of one run over one document (the engine's sinks); nullptr
    // when the rule runs alone, and then it computes everything itself.
    virtual ClaimMemo* claim_memo() { return nullptr; }

protected:
    Finding scratch_;  // start()'s finding when it is not built in place
};

inline Finding& Sink::start(Span span, const RuleInfo* info) {
    scratch_ = Finding{};
    scratch_.span = span;
    if (info) {
        scratch_.rule = info->id;
        scratch_.category = info->category;
        scratch_.severity = info->default_severity;
    }
    return scratch_;
}

class Rule {
public:
    virtual ~Rule() = default;
    virtual const RuleInfo& info() const = 0;
    virtual void check(const Document& doc, Sink& sink) const = 0;
};

// A message whose two languages take the same arguments, formatted in the languages `l` asks for.
template <class... A>
Text text_in(Langs l, fmt::format_string<A...> vi, fmt::format_string<A...> en, A&&... args) {
    return make_text(
        l, [&] { return fmt::vformat(fmt::string_view(vi), fmt::make_format_args(args...)); },
        [&] { return fmt::vformat(fmt::string_view(en), fmt::make_format_args(args...)); });
}

// The pieces one after another, in a string sized once: for the texts of findings that are pieces
// put together ("a/b = c ≠ d", "Chú thích ³ đứng sau ¹: …"). fmt::format parses its format string and
// fills a buffer first: ~600 instructions more a call than these appends (big-10M: ~5 000 texts).
// The string is sized at once and the pieces copied into it (each `+=` tested the capacity and went
// through _M_append: ~360 instructions a text of ~6 pieces on big-10M, 7 000 texts).
inline std::string cat(std::initializer_list<std::string_view> pieces) {
    std::size_t n = 0;
    for (const std::string_view p : pieces) n += p.size();
    std::string out(n, '\0');
    char* o = out.data();
    for (const std::string_view p : pieces) {
        if (p.empty()) continue;  // (a default string_view's data is null: no memcpy of it)
        std::memcpy(o, p.data(), p.size());
        o += p.size();
    }
    return out;
}

// All rules, in a fixed order (rules/registry.cpp lists them).
const std::vector<std::unique_ptr<Rule>>& all_rules();
const Rule* find_rule(std::string_view id);

}  // namespace rc
