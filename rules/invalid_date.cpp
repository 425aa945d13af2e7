// invalid-date: a calendar date that does not exist (31/4, 30/02, 29/02 in a
// non-leap year, month 13, day 0), in every written form.
#include <fmt/format.h>

#include "rules/rule.hpp"

namespace rc {
namespace {

class InvalidDate final : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo i{"invalid-date", Category::date, Severity::error,
                                {"Ngày tháng không tồn tại", "Date that does not exist"},
                                "docs/rules/invalid-date.md"};
        return i;
    }

    void check(const Document& doc, Sink& sink) const override {
        for (const DateRef& r : doc.refs.dates) {
            const DateLit& d = r.date;
            // Only calendar years are dates; "1/2/3456" is something else.
            if (d.year < 1800 || d.year > 2200) continue;
            // a valid date (nearly all) is passed before anything is formatted
            if (d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= days_in_month(d.month, d.year)) continue;
            if (!sink.wants(r.span)) continue;  // past the per-file cap: counted, not built
            Finding f;
            f.rule = info().id;
            f.category = info().category;
            f.severity = info().default_severity;
            f.span = r.span;
            f.actual = fmt::format("{}/{}/{}", d.day, d.month, d.year);
            if (d.month < 1 || d.month > 12) {
                f.message = text_in(sink.langs(), "Ngày {}/{}/{} không hợp lệ: không có tháng {} (tháng từ 1 đến 12).",
                                    "Invalid date {}/{}/{}: there is no month {} (months run 1 to 12).", d.day, d.month,
                                    d.year, d.month);
                f.expected = "1–12";
            } else {
                const unsigned dim = days_in_month(d.month, d.year);
                if (d.day >= 1 && d.day <= dim) continue;
                if (d.day == 0) {
                    f.message = text_in(sink.langs(), "Ngày {}/{}/{} không hợp lệ: không có ngày 0.",
                                        "Invalid date {}/{}/{}: there is no day 0.", d.day, d.month, d.year);
                } else {
                    const bool feb = d.month == 2;
                    f.message = make_text(
                        sink.langs(),
                        [&] {
                            return fmt::format("Ngày {}/{}/{} không hợp lệ: tháng {}/{} chỉ có {} ngày{}.", d.day,
                                               d.month, d.year, d.month, d.year, dim,
                                               feb && dim == 28 ? fmt::format(" (năm {} không nhuận)", d.year) : "");
                        },
                        [&] {
                            return fmt::format("Invalid date {}/{}/{}: {}/{} has only {} days{}.", d.day, d.month,
                                               d.year, d.month, d.year, dim,
                                               feb && dim == 28 ? fmt::format(" ({} is not a leap year)", d.year) : "");
                        });
                    f.suggestion = fmt::format("{}/{}/{}", dim, d.month, d.year);
                }
                f.expected = fmt::format("1–{}", dim);
            }
            sink.report(std::move(f));
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_invalid_date() { return std::make_unique<InvalidDate>(); }

}  // namespace rc
