// invalid-date: a calendar date that does not exist (31/4, 30/02, 29/02 in a
// non-leap year, month 13, day 0), in every written form.
#include <string>

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
            Finding& f = sink.start(r.span, &info());  // (built in place: Sink::start)
            // the date as written (d/m/y, no leading zeros) and the pieces of its messages, put together with
            // cat (fmt::format cost ~1 000 instructions a piece: 4–5 a finding)
            const std::string day = std::to_string(d.day), month = std::to_string(d.month), year = std::to_string(d.year);
            const std::string date = cat({day, "/", month, "/", year});
            f.actual = date;
            if (d.month < 1 || d.month > 12) {
                f.message = make_text(
                    sink.langs(),
                    [&] { return cat({"Ngày ", date, " không hợp lệ: không có tháng ", month, " (tháng từ 1 đến 12)."}); },
                    [&] { return cat({"Invalid date ", date, ": there is no month ", month, " (months run 1 to 12)."}); });
                f.expected = "1–12";
            } else {
                const unsigned dim = days_in_month(d.month, d.year);
                if (d.day >= 1 && d.day <= dim) continue;
                if (d.day == 0) {
                    f.message = make_text(
                        sink.langs(), [&] { return cat({"Ngày ", date, " không hợp lệ: không có ngày 0."}); },
                        [&] { return cat({"Invalid date ", date, ": there is no day 0."}); });
                } else {
                    const bool not_leap = d.month == 2 && dim == 28;
                    const std::string days = std::to_string(dim);
                    f.message = make_text(
                        sink.langs(),
                        [&] {
                            return cat({"Ngày ", date, " không hợp lệ: tháng ", month, "/", year, " chỉ có ", days, " ngày",
                                        not_leap ? cat({" (năm ", year, " không nhuận)"}) : "", "."});
                        },
                        [&] {
                            return cat({"Invalid date ", date, ": ", month, "/", year, " has only ", days, " days",
                                        not_leap ? cat({" (", year, " is not a leap year)"}) : "", "."});
                        });
                    f.suggestion = cat({days, "/", month, "/", year});
                }
                f.expected = cat({"1–", std::to_string(dim)});
            }
            sink.commit();
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_invalid_date() { return std::make_unique<InvalidDate>(); }

}  // namespace rc
