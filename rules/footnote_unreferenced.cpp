// footnote-unreferenced: a footnote body that no reference points at.
#include <optional>
#include <set>
#include <string>

#include <fmt/format.h>

#include "rules/footnote_util.hpp"
#include "rules/rule.hpp"

namespace rc {
namespace {
std::string sup(int n, bool superscript) { return footnote_marker(n, superscript); }

class FootnoteUnreferenced final : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo i{"footnote-unreferenced", Category::footnote, Severity::warning,
                                {"Chú thích không được dẫn", "Unreferenced footnote body"}, "docs/rules/footnote-unreferenced.md"};
        return i;
    }
    void check(const Document& doc, Sink& sink) const override {
        auto emit = [&](Span span, Text msg, std::optional<std::string> sug) {
            Finding& f = sink.start(span, &info());  // (built in place: Sink::start)
            f.message = std::move(msg);
            f.suggestion = std::move(sug);
            sink.commit();
        };
        std::set<int> refs;
        for (const FootnoteRef& r : doc.structure.footnote_refs) refs.insert(r.number);
        for (const FootnoteBody& b : doc.structure.footnote_bodies) {
            if (refs.count(b.number)) continue;
            if (!sink.wants(b.marker_span)) continue;  // past the per-file cap: counted, not built
            emit(b.marker_span,
                 make_text(
                     sink.langs(),
                     [&] {
                         return fmt::format("Nội dung chú thích {} không được dẫn ở đâu trong văn bản",
                                            sup(b.number, true));
                     },
                     [&] { return fmt::format("Footnote body {} is not referenced anywhere", b.number); }),
                 std::nullopt);
        }
    }
};
}  // namespace

std::unique_ptr<Rule> make_footnote_unreferenced() { return std::make_unique<FootnoteUnreferenced>(); }
}  // namespace rc
