// footnote-missing-body: a footnote reference with no body carrying its number.
#include <set>
#include <string>

#include <fmt/format.h>

#include "rules/numfmt.hpp"
#include "rules/footnote_util.hpp"
#include "rules/rule.hpp"

namespace rc {
namespace {
std::string sup(int n, bool superscript) { return footnote_marker(n, superscript); }

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
        // Past kMax findings the rest are summed up in one finding: thousands of
        // identical messages help nobody (and cost memory on hostile input).
        constexpr std::size_t kMax = 100;
        std::size_t count = 0;
        std::size_t rest = 0;
        const FootnoteRef* first_rest = nullptr;
        const FootnoteRef* last_rest = nullptr;
        for (const FootnoteRef& r : doc.structure.footnote_refs) {
            if (bodies.count(r.number)) continue;
            if (count++ >= kMax) {
                if (!first_rest) first_rest = &r;
                last_rest = &r;
                ++rest;
                continue;
            }
            if (!sink.wants(r.span)) continue;  // past the per-file cap: counted, not built
            Finding& f = sink.start(r.span, &info());  // (built in place: Sink::start)
            const std::string m = sup(r.number, r.superscript);
            f.message = make_text(
                sink.langs(), [&] { return fmt::format("Chú thích {} không có nội dung ở cuối văn bản", m); },
                [&] { return fmt::format("Footnote {} has no body", r.number); });
            sink.commit();
        }
        if (rest > 0 && sink.wants(first_rest->span)) {
            Finding& f = sink.start(first_rest->span, &info());  // (built in place: Sink::start)
            f.message = make_text(
                sink.langs(),
                [&] {
                    return fmt::format("Còn {} chú thích khác không có nội dung (từ chú thích {} đến chú thích {})",
                                       format_vi(static_cast<long double>(rest), 0),
                                       sup(first_rest->number, first_rest->superscript),
                                       sup(last_rest->number, last_rest->superscript));
                },
                [&] {
                    return fmt::format("{} more footnote references have no body (from footnote {} to footnote {})",
                                       rest, first_rest->number, last_rest->number);
                });
            sink.commit();
        }
    }
};
}  // namespace

std::unique_ptr<Rule> make_footnote_missing_body() { return std::make_unique<FootnoteMissingBody>(); }
}  // namespace rc
