// footnote-missing-body: a footnote reference with no body carrying its number.
#include <set>
#include <string>

#include <fmt/format.h>

#include "rules/rule.hpp"

namespace rc {
namespace {
std::string sup(int n, bool superscript) {
    if (!superscript) return std::to_string(n);
    static const char* const d[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
    std::string s;
    for (char c : std::to_string(n)) s += d[c - '0'];
    return s;
}

class FootnoteMissingBody final : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo i{"footnote-missing-body", Category::footnote, Severity::error,
                                {"Chú thích không có nội dung", "Footnote reference without a body"},
                                "docs/rules/footnote-missing-body.md"};
        return i;
    }
    void check(const Document& doc, Sink& sink) const override {
        std::set<int> bodies;
        for (const FootnoteBody& b : doc.structure.footnote_bodies) bodies.insert(b.number);
        for (const FootnoteRef& r : doc.structure.footnote_refs) {
            if (bodies.count(r.number)) continue;
            Finding f;
            f.rule = info().id;
            f.category = info().category;
            f.severity = info().default_severity;
            f.span = r.span;
            const std::string m = sup(r.number, r.superscript);
            f.message = {fmt::format("Chú thích {} không có nội dung ở cuối văn bản", m),
                         fmt::format("Footnote {} has no body", r.number)};
            sink.report(std::move(f));
        }
    }
};
}  // namespace

std::unique_ptr<Rule> make_footnote_missing_body() { return std::make_unique<FootnoteMissingBody>(); }
}  // namespace rc
