// range-length: "5 năm 2026-2031" (six calendar years), reversed ranges
// ("giai đoạn 2025-2020"), and a plan/term whose range contradicts the same
// plan's range elsewhere in the document (same naming words, same start year).
#include <unordered_map>

#include "rules/refs_util.hpp"

namespace rc {
namespace {

class RangeLength final : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo i{"range-length", Category::year, Severity::warning,
                                {"Giai đoạn/nhiệm kỳ có số năm không khớp", "Year range of the wrong length"},
                                "docs/rules/range-length.md"};
        return i;
    }

    void check(const Document& doc, Sink& sink) const override {
        std::unordered_map<std::string, const YearRange*> first;  // key|from -> first range
        for (const YearRange& r : doc.refs.ranges) {
            if (r.in_parens) continue;  // "nhiệm kỳ 2020 - 2025 (2021 - 2026)": a second, parallel term
            const bool named = r.term || r.stage || r.stated_years > 0;
            if (r.from > r.to) {
                if (named && r.from - r.to < 100) {
                    Finding f = refs_util::finding(info(), r.span);
                    f.actual = fmt::format("{}-{}", r.from, r.to);
                    f.suggestion = fmt::format("{}-{}", r.to, r.from);
                    f.message = {fmt::format("Khoảng năm {}-{} bị đảo ngược: năm bắt đầu lớn hơn năm kết thúc.", r.from, r.to),
                                 fmt::format("Year range {}-{} is reversed: it starts after it ends.", r.from, r.to)};
                    sink.report(std::move(f));
                }
                continue;
            }
            if (r.stated_years > 0) {
                const int n = r.stated_years;
                const int calendar = r.to - r.from + 1;
                if (!(calendar == n || (r.term && r.to - r.from == n))) {
                    Finding f = refs_util::finding(info(), r.phrase_span.empty() ? r.span : r.phrase_span);
                    f.actual = fmt::format("{} năm {}-{}", n, r.from, r.to);
                    f.arithmetic = fmt::format("{} − {} + 1 = {} ≠ {}", r.to, r.from, calendar, n);
                    f.suggestion = fmt::format("{}-{}", r.from, r.from + n - 1);
                    f.message = {fmt::format("\"{} năm\" nhưng giai đoạn {}-{} gồm {} năm ({} đến {}, tính cả hai đầu); "
                                             "kế hoạch {} năm bắt đầu từ {} kết thúc năm {}.",
                                             n, r.from, r.to, calendar, r.from, r.to, n, r.from, r.from + n - 1),
                                 fmt::format("\"{} years\" but {}-{} spans {} calendar years ({} to {} inclusive); "
                                             "a {}-year plan starting in {} ends in {}.",
                                             n, r.from, r.to, calendar, r.from, r.to, n, r.from, r.from + n - 1)};
                    sink.report(std::move(f));
                    continue;
                }
            }
            if (!named || r.key.empty()) continue;
            const std::string key = fmt::format("{}|{}|{}", r.key, r.term ? 't' : 'p', r.from);
            auto [it, fresh] = first.try_emplace(key, &r);
            if (fresh || it->second->to == r.to) continue;
            const YearRange& o = *it->second;
            const std::uint32_t line = doc.user_line(o.span.begin);
            Finding f = refs_util::finding(info(), r.span);
            f.actual = fmt::format("{}-{}", r.from, r.to);
            f.expected = fmt::format("{}-{}", o.from, o.to);
            f.related.push_back({o.span, {"Lần nêu trước", "Stated earlier"}});
            f.message = {fmt::format("\"{}\" {}-{} mâu thuẫn với {}-{} ở dòng {}: cùng năm bắt đầu nhưng khác năm kết thúc.",
                                     r.key, r.from, r.to, o.from, o.to, line),
                         fmt::format("\"{}\" {}-{} contradicts {}-{} on line {}: same start year, different end year.",
                                     r.key, r.from, r.to, o.from, o.to, line)};
            sink.report(std::move(f));
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_range_length() { return std::make_unique<RangeLength>(); }

}  // namespace rc
