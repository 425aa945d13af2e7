// footnote-sequence: footnote references must be numbered 1, 2, 3, ... without gaps or reordering; bodies not duplicated.
#include <optional>
#include <set>
#include <string>

#include "rules/footnote_util.hpp"
#include "rules/rule.hpp"

namespace rc {
namespace {
std::string sup(int n, bool superscript) { return footnote_marker(n, superscript); }

class FootnoteSequence final : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo i{"footnote-sequence", Category::footnote, Severity::warning,
                                {"Số thứ tự chú thích", "Footnote numbering"}, "docs/rules/footnote-sequence.md"};
        return i;
    }
    void check(const Document& doc, Sink& sink) const override {
        auto emit = [&](Span span, Text msg, std::optional<std::string> sug) {
            Finding& f = sink.start(span, &info());  // (built in place: Sink::start)
            f.message = std::move(msg);
            f.suggestion = std::move(sug);
            sink.commit();
        };
        // References in document order must run 1, 2, 3, ...; a footnote may be
        // referenced again later (not an error). Bodies must not repeat a number.
        std::set<int> seen;
        int max = 0;
        for (const FootnoteRef& r : doc.structure.footnote_refs) {
            if (seen.count(r.number)) continue;  // referenced twice: legitimate
            // (the texts only for a finding the per-file cap keeps: past it, the finding is counted)
            const bool gap = r.number > max + 1, back = r.number < max;
            if ((gap || back) && sink.wants(r.span)) {
                const std::string m = sup(r.number, r.superscript);
                if (gap) {
                    const std::string prev = max ? sup(max, r.superscript) : std::string("(đầu văn bản)");
                    const std::string prev_en = max ? std::to_string(max) : std::string("(start)");
                    emit(r.span,
                         make_text(
                             sink.langs(),
                             [&] {
                                 return cat({"Chú thích ", m, " đứng sau ", prev, ": thiếu chú thích ",
                                             sup(max + 1, r.superscript)});
                             },
                             [&] {
                                 return cat({"Footnote ", std::to_string(r.number), " follows ", prev_en,
                                             ": footnote ", std::to_string(max + 1), " is missing"});
                             }),
                         sup(max + 1, r.superscript));
                } else {
                    emit(r.span,
                         make_text(
                             sink.langs(),
                             [&] { return cat({"Chú thích ", m, " đứng sau ", sup(max, r.superscript), ": sai thứ tự"}); },
                             [&] {
                                 return cat({"Footnote ", std::to_string(r.number), " follows ", std::to_string(max),
                                             ": out of order"});
                             }),
                         sup(max + 1, r.superscript));
                }
            }
            seen.insert(r.number);
            if (r.number > max) max = r.number;
        }
        std::set<int> bodies;
        for (const FootnoteBody& b : doc.structure.footnote_bodies) {
            if (bodies.insert(b.number).second) continue;
            if (!sink.wants(b.marker_span)) continue;  // past the per-file cap: counted, not built
            emit(b.marker_span,
                 make_text(
                     sink.langs(), [&] { return cat({"Nội dung chú thích ", sup(b.number, true), " bị lặp lại"}); },
                     [&] { return cat({"Footnote body ", std::to_string(b.number), " appears twice"}); }),
                 std::nullopt);
        }
    }
};
}  // namespace

std::unique_ptr<Rule> make_footnote_sequence() { return std::make_unique<FootnoteSequence>(); }
}  // namespace rc
