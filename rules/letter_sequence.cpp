// letter-sequence: lettered items a), b), c), d), đ), e), g) … follow the
// Vietnamese alphabet (no f, j, w, z — Nghị định 30/2020/NĐ-CP), restarting
// under every numbered heading.
#include <string>

#include <fmt/format.h>

#include "grammar/structure_lex.hpp"
#include "rules/rule.hpp"

namespace rc {
namespace {

std::string label(int n) { return std::string(vi_letter(n)) + ")"; }

class LetterSequence final : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo i{"letter-sequence", Category::numbering, Severity::warning,
                                {"Thứ tự mục chữ cái", "Lettered item order"}, "docs/rules/letter-sequence.md"};
        return i;
    }

    void check(const Document& doc, Sink& sink) const override {
        auto emit = [&](const Heading& h, Text msg, std::string expected) {
            Finding& f = sink.start(h.span, &info());  // (built in place: Sink::start)
            f.message = std::move(msg);
            f.actual = h.label;
            f.suggestion = std::move(expected);
            sink.commit();
        };
        const Heading* parent = nullptr;
        const Heading* prev = nullptr;
        int last = 0;  // position of the previous letter under the same parent
        for (const Heading& h : doc.structure.headings) {
            if (h.style != HeadingStyle::letter) {
                parent = &h;
                prev = nullptr;
                last = 0;
                continue;
            }
            if (h.numbers.empty()) continue;
            const int n = h.numbers[0];
            const int expected = last + 1;
            // (the texts only for a finding the per-file cap keeps: past it, the finding is counted)
            const auto expected_label = [&] { return expected <= 23 ? label(expected) : std::string("?"); };
            if (n == 0) {
                if (sink.wants(h.span)) {
                    const std::string exp = expected_label();
                    emit(h,
                         text_in(sink.langs(),
                                 "Mục {} dùng chữ cái không có trong bảng chữ cái tiếng Việt (không dùng f, j, w, z): "
                                 "số đúng là {}",
                                 "Item {} uses a letter outside the Vietnamese alphabet (no f, j, w, z): expected {}",
                                 h.label, exp),
                         exp);
                }
                last = expected;
                prev = &h;
                continue;
            }
            if (n != expected && sink.wants(h.span)) {
                const std::string exp = expected_label();
                if (!prev) {
                    const std::string under = parent ? parent->label : std::string();
                    emit(h,
                         make_text(
                             sink.langs(),
                             [&] {
                                 return fmt::format("Mục chữ cái đầu tiên{} phải là a), không phải {}",
                                                    under.empty() ? std::string() : " dưới đề mục " + under, h.label);
                             },
                             [&] {
                                 return fmt::format("The first lettered item{} should be a), not {}",
                                                    under.empty() ? std::string() : " under heading " + under, h.label);
                             }),
                         exp);
                } else if (n == last) {
                    emit(h,
                         text_in(sink.langs(), "Mục {} bị lặp lại: sau {} phải là {}",
                                 "Item {} repeats {}: expected {}", h.label, prev->label, exp),
                         exp);
                } else if (n > expected) {
                    std::string missing = label(expected);
                    if (n > expected + 1) missing += "–" + label(n - 1);
                    emit(h,
                         text_in(sink.langs(), "Mục {} đứng sau {}: thiếu mục {}",
                                 "Item {} follows {}: item {} is missing", h.label, prev->label, missing),
                         exp);
                } else {
                    emit(h,
                         text_in(sink.langs(), "Mục {} đứng sau {}: sai thứ tự, số đúng là {}",
                                 "Item {} follows {}: out of order, expected {}", h.label, prev->label, exp),
                         exp);
                }
            }
            if (n > last) last = n;
            prev = &h;
        }
    }
};
}  // namespace

std::unique_ptr<Rule> make_letter_sequence() { return std::make_unique<LetterSequence>(); }
}  // namespace rc
