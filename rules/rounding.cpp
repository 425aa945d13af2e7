// Rule `rounding`: a figure that matches only when truncated instead of rounded
// (97/103 = 94,17…% shown as "94,1%"). A warning of its own; the mismatch rules
// stay silent on such claims. See docs/rules/rounding.md.
#include <fmt/format.h>

#include "rules/arith_util.hpp"
#include "rules/config.hpp"
#include "rules/rule.hpp"

namespace rc {
namespace {

class Rule_rounding final : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo i{"rounding", Category::other, Severity::warning,
                                Text{"Số liệu bị cắt bớt thay vì làm tròn", "A figure truncated instead of rounded"},
                                "docs/rules/rounding.md"};
        return i;
    }
    void check(const Document& doc, Sink& sink) const override {
        const RuleConfig& cfg = sink.config();
        if (cfg.tolerance != RuleConfig::Tolerance::round) return;  // the document declares truncation
        const auto& claims = doc.claims.claims;
        // The mismatch rules (run before this one) have evaluated these claims the same way
        // (rounded figures, the configured convention and margin): their answer is read back.
        ClaimMemo* const memo = sink.claim_memo();
        const bool memo_ok = memo && memo->state.size() == claims.size();
        // (the claims' count and the memo's bytes read once: the loop read the vector's ends again and
        // divided by sizeof(Claim) at every claim, 32 000 on big-10M)
        const std::size_t n = claims.size();
        const ClaimMemo::State* const states = memo_ok ? memo->state.data() : nullptr;
        for (std::size_t i = 0; i < n; ++i) {
            // (the memo's byte first: a claim settled by its mismatch rule is of a rounding kind)
            const auto memo_state = states ? states[i] : ClaimMemo::State::unknown;
            if (memo_state == ClaimMemo::State::not_truncation) continue;
            if (!rounding_applies(claims[i].kind)) continue;
            const auto converted = reread_for_config(doc, claims[i], cfg);
            const Claim& c = converted ? *converted : claims[i];
            Evaluation r;
            if (memo_state == ClaimMemo::State::truncation) {
                r = std::move(memo->truncation.at(i));
            } else {
                r = evaluate_claim(doc, c, Rounding::round, cfg.approx_margin, false, cfg.langs);
                if (r.status != ClaimStatus::inconsistent) continue;
                if (!explained_by_truncation(doc, c, cfg.approx_margin, r)) continue;
            }
            if (!cfg.section)  // a section's verdicts are dropped by the pipeline
                sink.verdict(ClaimVerdict{i, ClaimStatus::inconsistent, {},
                                          Text{"chỉ khớp khi cắt bớt: " + r.arithmetic, "matches only when truncated: " + r.arithmetic}});
            const Span span = r.span.empty() ? c.span : r.span;
            if (!sink.wants(span)) continue;  // past the per-file cap: counted, not built
            const std::string shown = r.actual.value_or("");
            std::string right = r.suggestion.value_or("");
            if (shown.size() > 1 && shown.back() == '%' && !right.empty() && right.back() != '%') right += "%";
            if (shown.ends_with(" lần") && !right.empty()) right += " lần";
            Finding& f = sink.start(span);  // (built in place: Sink::start)
            f.arithmetic = std::move(r.arithmetic);
            f.expected = std::move(r.expected);
            f.actual = std::move(r.actual);
            f.suggestion = std::move(r.suggestion);
            f.message = text_in(sink.langs(), "{} chỉ khớp khi cắt bớt chữ số; làm tròn đúng là {}",
                                "{} matches only if digits are truncated; correctly rounded it is {}", shown, right);
            sink.commit();
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_rounding() { return std::make_unique<Rule_rounding>(); }

}  // namespace rc
