// weekday-mismatch: "thứ Hai, ngày 06/3/2023" where the weekday is not that date's.

#include <array>
#include <bit>
#include <cstdint>
#include <iterator>
#include <string_view>

#include "rules/rule.hpp"

namespace rc {
namespace {

// 0 = Sunday (Chủ nhật), 1 = Monday (thứ Hai) ... 6 = Saturday (thứ Bảy).
unsigned weekday(unsigned d, unsigned m, unsigned y) {
    static constexpr unsigned t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    if (m < 3) y -= 1;
    return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}

const char* const kVi[] = {"Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"};
const char* const kEn[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

struct Word { std::string_view text; unsigned day; };
constexpr Word kWords[] = {
    {"Chủ nhật", 0}, {"chủ nhật", 0}, {"Chủ Nhật", 0},
    {"thứ Hai", 1}, {"thứ hai", 1}, {"Thứ Hai", 1}, {"Thứ hai", 1}, {"thứ 2", 1}, {"Thứ 2", 1},
    {"thứ Ba", 2}, {"thứ ba", 2}, {"Thứ Ba", 2}, {"Thứ ba", 2}, {"thứ 3", 2}, {"Thứ 3", 2},
    {"thứ Tư", 3}, {"thứ tư", 3}, {"Thứ Tư", 3}, {"Thứ tư", 3}, {"thứ 4", 3}, {"Thứ 4", 3},
    {"thứ Năm", 4}, {"thứ năm", 4}, {"Thứ Năm", 4}, {"Thứ năm", 4}, {"thứ 5", 4}, {"Thứ 5", 4},
    {"thứ Sáu", 5}, {"thứ sáu", 5}, {"Thứ Sáu", 5}, {"Thứ sáu", 5}, {"thứ 6", 5}, {"Thứ 6", 5},
    {"thứ Bảy", 6}, {"thứ bảy", 6}, {"Thứ Bảy", 6}, {"Thứ bảy", 6}, {"thứ 7", 6}, {"Thứ 7", 6},
};

// For each byte, the weekday words ending in it (bit i: kWords[i]): a head ending in a byte without
// words names no weekday (most heads), and one ending in 'a', 'i', 't', … is compared with the few words
// ending so, in kWords' order (the 39 words' last bytes were compared for each: ~0.4 M on big-10M).
static_assert(std::size(kWords) <= 64);
constexpr std::array<std::uint64_t, 256> kByLastByte = [] {
    std::array<std::uint64_t, 256> a{};
    for (std::size_t i = 0; i < std::size(kWords); ++i) a[static_cast<unsigned char>(kWords[i].text.back())] |= std::uint64_t{1} << i;
    return a;
}();

class WeekdayMismatch final : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo i{"weekday-mismatch", Category::date, Severity::error,
                                {"Thứ trong tuần không khớp với ngày", "Weekday does not match the date"},
                                "docs/rules/weekday-mismatch.md"};
        return i;
    }

    void check(const Document& doc, Sink& sink) const override {
        for (const DateRef& r : doc.refs.dates) {
            const DateLit& d = r.date;
            if (d.year < 1900 || d.year > 2200 || d.month < 1 || d.month > 12 || d.day < 1 ||
                d.day > days_in_month(d.month, d.year))
                continue;
            const std::string_view t = doc.blocks[r.block].text;
            // the text just before the date: "<weekday>, ngày " / "<weekday> ngày " / "<weekday>, "
            std::string_view before(t.data(), r.logical);
            for (std::string_view tail : {", ngày ", " ngày ", ", ", " "}) {
                if (!before.ends_with(tail)) continue;
                const std::string_view head = before.substr(0, before.size() - tail.size());
                if (head.empty()) break;
                for (std::uint64_t ws = kByLastByte[static_cast<unsigned char>(head.back())]; ws != 0; ws &= ws - 1) {
                    const Word& w = kWords[std::countr_zero(ws)];
                    if (!head.ends_with(w.text)) continue;
                    const unsigned real = weekday(d.day, d.month, d.year);
                    if (real != w.day) {
                        const std::uint32_t wb = static_cast<std::uint32_t>(head.size() - w.text.size());
                        const Span span = doc.blocks[r.block].to_source(wb, static_cast<std::uint32_t>(head.size()));
                        if (!sink.wants(span)) break;  // past the per-file cap: counted, not built
                        Finding& f = sink.start(span, &info());  // (built in place: Sink::start)
                        f.actual = w.text;
                        f.suggestion = kVi[real];
                        // (d/m/y put together once: fmt::format parsed its format string per text)
                        const std::string date = cat({std::to_string(d.day), "/", std::to_string(d.month), "/",
                                                      std::to_string(d.year)});
                        f.message = make_text(
                            sink.langs(),
                            [&] {
                                return cat({"Ngày ", date, " là ", kVi[real], ", không phải ", kVi[w.day], "."});
                            },
                            [&] { return cat({date, " is a ", kEn[real], ", not a ", kEn[w.day], "."}); });
                        sink.commit();
                    }
                    break;
                }
                break;
            }
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_weekday_mismatch() { return std::make_unique<WeekdayMismatch>(); }

}  // namespace rc
