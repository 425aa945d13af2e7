// Helpers shared by the arithmetic rules: evaluation of a claim with interval
// arithmetic, the consistent value at the shown precision, likely typos, and
// the arithmetic strings shown to users ("21 + 17 + 30 = 68 ≠ 86").
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/document.hpp"
#include "rules/finding.hpp"
#include "rules/interval.hpp"
#include "rules/rule.hpp"

namespace rc {

// Likely typo between what is written and the consistent value, compared on
// their digits: one digit changed (48.352 vs 38.352) or two adjacent digits
// transposed (168 vs 186). A single changed digit counts only in numbers of three
// or more digits and not in the last place (114 vs 111 is a miscount, not a slip).
// Returns a bilingual note or nullopt.
std::optional<Text> likely_typo(std::string_view written, std::string_view consistent, Langs langs = Langs::both);

// `value` at `decimals` decimals in Vietnamese notation ("12,47").
std::string suggest(long double value, int decimals);

// "a + b + c" joined with " + ".
std::string join_plus(const std::vector<std::string>& xs);


// How a quantity is shown in an arithmetic string: its number as written when
// its scale is `scale` (value / shown number), else its value divided by `scale`.
// s snapped to a power of ten: 10^round(log10 |s|) when s is within 1e-9 of it (relative), else 1
// (what scale_of does with value / number; a table instead of powl and log10l, the same bits).
long double snap_pow10(long double s);
// (inline: ~17 000 calls on big-10M, nearly all of a figure without a scale word, s == 1)
inline long double scale_of(const Quantity& q) {
    const long double n = q.number.vi_ok ? q.number.vi_value : q.number.en_value;
    if (n == 0 || q.value == 0) return 1;
    const long double s = q.value / n;
    if (s == 1) return 1;  // no scale word (most figures): 10^round(log10 1) is exactly 1
    // Snap to a power of ten (scale words and "%").
    return snap_pow10(s);
}
std::string shown(const Quantity& q, long double scale);

// The text of a share claim says its list is partial: it holds "trong đó", "Trong đó", " như "
// or " khác" (then only a sum above 100 % is a mismatch).
bool partial_share_words(std::string_view t);

// The outcome of checking one claim.
struct Evaluation {
    ClaimStatus status = ClaimStatus::unverifiable;
    Span span;                       // primary span of a finding
    Text message;                    // what is wrong (inconsistent only)
    Text detail;                     // for the verdict
    std::string arithmetic;
    std::optional<std::string> expected, actual, suggestion;
    std::optional<Text> typo;
    std::vector<Related> related;
    // Back to the default state (what a default-constructed Evaluation holds; the strings keep their
    // buffers). check_claims_of_kind evaluates every claim into one Evaluation, cleared after each
    // claim: one built and destroyed per claim cost ~75 instructions (31 144 claims on big-10M),
    // clearing one that holds nothing ~20. (A field added above must be cleared here: arith_rules_test
    // compares a cleared Evaluation with a default one, field by field.)
    void clear() {
        status = ClaimStatus::unverifiable;
        span = {};
        message.vi.clear();
        message.en.clear();
        detail.vi.clear();
        detail.en.clear();
        arithmetic.clear();
        expected.reset();
        actual.reset();
        suggestion.reset();
        typo.reset();
        related.clear();
    }
};

// Evaluate a claim of any arithmetic kind under the given rounding convention.
// details = false: a consistent claim comes back with its status alone (callers that
// need only the status: no span, texts or related spans); an inconsistent or
// unverifiable one is as with details = true.
// `langs`: the languages of its texts (RuleConfig::langs).
Evaluation evaluate_claim(const Document& doc, const Claim& c, Rounding rounding, long double approx_margin,
                          bool details = true, Langs langs = Langs::both);

// Kinds where a truncated figure is reported by `rounding` instead of a mismatch:
// computed ratios (percentages, growth, indices, k/N). Sums and shares are not:
// their parts are added, and a total off by truncation is still a wrong total.
bool rounding_applies(ClaimKind k);

// The claim fails with rounded figures (`rounded` is that evaluation) but holds
// when the shown result is read as truncated, and the correctly rounded value is
// exactly one unit of its last digit above the shown one (94,17 → "94,1"): a
// truncation, not a typo (83,49 → "83,94" is a mismatch, not a rounding warning).
bool explained_by_truncation(const Document& doc, const Claim& c, long double approx_margin, const Evaluation& rounded);

// The claim as the configured convention reads it: `convention = vi|en` in
// [check] overrides the convention the grammar decided from the document
// (numbers with only one possible reading keep it). Nullopt when nothing changes.
std::optional<Claim> reread_for_config(const Document& doc, const Claim& c, const RuleConfig& cfg);

// What the mismatch rules learnt about claims of the kinds `rounding` looks at, so that it
// does not evaluate them again (one evaluation per claim and document). Filled only when the
// configured tolerance is `round`; indexed by claim. `truncation` holds the rounded
// evaluation of each claim that is inconsistent when rounded but explained by truncation.
struct ClaimMemo {
    enum class State : std::uint8_t { unknown, not_truncation, truncation };
    std::vector<State> state;
    std::map<std::size_t, Evaluation> truncation;
    // The claims of each kind, in claim order (filled on first use: the arithmetic rules each
    // ask for one or two kinds, so the claims are not all walked once per kind).
    std::vector<std::vector<std::uint32_t>> by_kind;
};

// The body shared by every mismatch rule: for each claim of `kind`, evaluate it
// with the configured tolerance; report inconsistent ones and a verdict for each.
// A claim that is inconsistent when rounded but consistent when truncated is left
// to the `rounding` rule (when the configuration says figures are rounded).
void check_claims_of_kind(const Document& doc, Sink& sink, ClaimKind kind);

}  // namespace rc
