// The findings model shared by the rules engine and every renderer.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/source.hpp"

namespace rc {

enum class Severity { info = 0, warning = 1, error = 2 };
enum class Category { sum, percent, growth, ratio, share, footnote, numbering, year, date, crossref, format, other };
enum class Lang { vi, en };
// The languages a run makes its texts in (RuleConfig::langs): both (the default, for callers that
// read both, as the tests do), or only the one the output shows (the CLI: --lang; every writer
// reads Text::in(lang)), which halves the formatting of messages.
enum class Langs : unsigned char { both, vi, en };

const char* to_string(Severity s);
const char* to_string(Category c);
std::optional<Severity> severity_from_string(std::string_view s);

// A message in both languages; renderers pick one with --lang.
struct Text {
    std::string vi, en;
    const std::string& in(Lang l) const { return l == Lang::en && !en.empty() ? en : vi; }
};

// The same text in the languages `l` asks for.
inline Text same_text(Langs l, const std::string& t) {
    Text r;
    if (l != Langs::en) r.vi = t;
    if (l != Langs::vi) r.en = t;
    return r;
}

// A Text in the languages `l` asks for, each made only when wanted (vi() and en() return the
// strings). English alone makes the Vietnamese too when the English comes out empty (in(en) then
// shows the Vietnamese).
template <class Vi, class En>
Text make_text(Langs l, Vi&& vi, En&& en) {
    Text t;
    if (l != Langs::en) t.vi = vi();
    if (l != Langs::vi) {
        t.en = en();
        if (l == Langs::en && t.en.empty()) t.vi = vi();
    }
    return t;
}

struct Related {
    Span span;
    Text note;
};

struct Finding {
    std::string rule;          // stable id, e.g. "sum-mismatch"
    Category category = Category::other;
    Severity severity = Severity::warning;
    Span span;                 // primary span in SourceText::text()
    std::vector<Related> related;
    Text message;              // what is wrong
    std::string arithmetic;    // "21 + 17 + 30 = 68 ≠ 86" (language-neutral, Vietnamese number format)
    std::optional<std::string> expected;    // accepted interval or value, e.g. "[67,5; 68,5)"
    std::optional<std::string> actual;      // the value as written
    std::optional<std::string> suggestion;  // a consistent value, e.g. "68"
    std::optional<Text> typo;               // likely typo: "86 ↔ 68 (hai chữ số bị đảo)"
    std::string fingerprint;   // stable across runs and line shifts (engine fills it)
};

enum class ClaimStatus { consistent, inconsistent, unverifiable };
const char* to_string(ClaimStatus s);

// What the rules concluded about each claim the grammar recognised.
struct ClaimVerdict {
    std::size_t claim = 0;     // index into Document::claims.claims
    ClaimStatus status = ClaimStatus::unverifiable;
    std::string rule;          // the rule that judged it
    Text detail;               // e.g. "57/457 = 12,47% ∈ [12,465; 12,475)"
};

}  // namespace rc
