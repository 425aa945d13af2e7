// period-mismatch: inside the "phương hướng, nhiệm vụ" section for a period
// (from its heading, else from the title), a year already past written as the
// year the tasks are for: "trong năm 2023" / "hoàn thành ... nhiệm vụ ... năm
// 2023" among the tasks for 2024. Past references ("so với cùng kỳ năm 2023",
// "kết quả đạt được của năm 2023", "năm 2023 chuyển sang", cited documents)
// are legitimate. In the results part of a quarterly or monthly report, a
// clause opening with the same quarter/month of another year ("Quý I năm 2022,
// tình hình ..." in the report for quý I năm 2023) is a leftover from an older
// report; comparisons ("so với quý I năm 2022", "(quý I/2022: …)") are not.
#include "rules/refs_util.hpp"

namespace rc {
namespace {

using refs_util::contains_any;

class PeriodMismatch final : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo i{"period-mismatch", Category::year, Severity::warning,
                                {"Năm không khớp kỳ của báo cáo", "Year contradicts the report's period"},
                                "docs/rules/period-mismatch.md"};
        return i;
    }

    void check(const Document& doc, Sink& sink) const override {
        refs_util::SectionCursor section_of(doc);  // (the years come in block order)
        for (const YearRef& y : doc.refs.years) {
            if (y.digits.size() != 4) continue;
            const int si = section_of(y.block);
            if (si < 0) continue;
            const PeriodSection& s = doc.refs.sections[static_cast<std::size_t>(si)];
            if (!s.tasks || !refs_util::within_year(s.period)) continue;
            const int target = s.period.year_from;
            if (y.year >= target || y.year < target - 2) continue;
            const std::string_view t = doc.blocks[y.block].text;
            // the clause's start first (`before` decides most years); its end only for those that pass
            const std::size_t cb = refs_util::clause_begin(t, y.nam);
            const std::string_view before = std::string_view(t).substr(cb, y.nam - cb);
            const bool in_year = before.ends_with("trong ") || before.ends_with("Trong ");
            const bool task = contains_any(before, {"hoàn thành", "thực hiện thắng lợi", "thực hiện tốt", "tập trung chỉ đạo"});
            if (!in_year && !task) continue;
            const std::string_view cl = std::string_view(t).substr(cb, refs_util::clause_end(t, y.nam) - cb);
            const std::string_view after = std::string_view(t).substr(y.logical_end, std::min<std::size_t>(40, t.size() - y.logical_end));
            if (contains_any(cl, {"cùng kỳ", "so với", "kết quả", "đạt được", "chuyển sang", "kiểm điểm", "báo cáo", "Báo cáo",
                                  "tồn đọng", "còn lại", "trước đây", "năm trước", "Nghị quyết", "Kế hoạch số",
                                  "Quyết định", "tổng kết", "sơ kết", "chưa", "khởi công", "phát sinh", "ban hành",
                                  "dở dang", "chuyển tiếp", "chậm", "tồn"}) ||
                contains_any(after, {"chuyển sang", "trở về trước", "trở về sau"}) || contains_any(before, {"đã ", "Đã "}) ||
                before.ends_with("của ") || before.ends_with("từ ") || before.ends_with("đến ") || before.ends_with("sau ") ||
                before.ends_with("với ") || before.ends_with("sang "))
                continue;
            if (!sink.wants(y.span)) continue;  // past the per-file cap: counted, not built
            Finding& f = sink.start(y.span, &info());  // (built in place: Sink::start)
            // (the integers written once, the texts put together with cat: fmt::format parsed its format string
            // for each text, ~1 000 instructions)
            const std::string year = std::to_string(y.year), tg = std::to_string(target);
            f.actual = cat({"năm ", year});
            f.suggestion = tg;
            const std::string line = std::to_string(doc.user_line(s.heading_span.begin));
            f.related.push_back({s.heading_span, {"Đầu mục phương hướng, nhiệm vụ", "The tasks section heading"}});
            f.message = make_text(
                sink.langs(),
                [&] {
                    return cat({"Phần phương hướng, nhiệm vụ ", refs_util::describe(s.period, false), " (dòng ", line,
                                ") lại ghi \"năm ", year, "\" — năm đã qua; có lẽ là năm ", tg, "."});
                },
                [&] {
                    return cat({"The tasks section for ", refs_util::describe(s.period, true), " (line ", line, ") says \"năm ",
                                year, "\", a year already past; probably ", tg, "."});
                });
            sink.commit();
        }
        check_results(doc, sink);
    }

    // A sentence that sets the other year's figure against this period's ("Quý I năm 2023, thu … 32 tỷ đồng;
    // quý I năm 2024 đạt 40 tỷ đồng", "… quý này có 03 …", "…, nay tăng lên …") is a comparison, not a leftover.
    template <class SameSub>
    static bool contrasted(const Document& doc, std::uint32_t block, std::size_t at, const SameSub& same_sub_of) {
        const std::string_view t = doc.blocks[block].text;
        auto full_stop = [&](std::size_t i) { return t[i] == '.' && (i + 1 >= t.size() || t[i + 1] == ' '); };
        std::size_t b = at, e = at;
        while (b > 0 && !full_stop(b - 1)) --b;
        while (e < t.size() && !full_stop(e)) ++e;
        if (same_sub_of(block, b, e)) return true;
        const std::string_view sent = std::string_view(t).substr(b, e - b);
        for (std::string_view w : {"năm nay", "quý này", "tháng này", "kỳ này", "hiện nay", "nay "}) {
            for (std::size_t i = 0; (i = sent.find(w, i)) != std::string_view::npos; i += w.size()) {
                // a whole word: "nay " must not be the tail of "hiện nay"/"năm nay" counted twice, nor of another word
                if (i == 0 || sent[i - 1] == ' ' || sent[i - 1] == ',' || sent[i - 1] == '(') return true;
            }
        }
        return false;
    }

    // The results part: a clause that opens with the report's own quarter/month of another year.
    void check_results(const Document& doc, Sink& sink) const {
        const Period& p = doc.structure.title.period;
        if (p.year_from == 0 || (p.kind != Period::Kind::quarter && p.kind != Period::Kind::month)) return;
        // the report's own quarter/month (of its own year) named at block/[b, e)
        auto same_sub_of = [&](std::uint32_t block, std::size_t b, std::size_t e) {
            if (p.kind == Period::Kind::quarter) {
                for (const QuarterRef& q : doc.refs.quarters)
                    if (q.block == block && q.logical >= b && q.logical < e && int(q.quarter) == p.quarter && int(q.year) == p.year_from)
                        return true;
            } else {
                for (const MonthRef& m : doc.refs.months)
                    if (m.block == block && m.logical >= b && m.logical < e && int(m.month) == p.month && int(m.year) == p.year_from)
                        return true;
            }
            return false;
        };
        // `shown_text` formats the reference as written (called only for a finding)
        auto consider = [&](std::uint32_t block, std::uint32_t logical, Span span, unsigned sub, unsigned year,
                            auto&& shown_text) {
            const bool same_sub = p.kind == Period::Kind::quarter ? int(sub) == p.quarter : int(sub) == p.month;
            if (!same_sub || int(year) == p.year_from || int(year) < p.year_from - 3 || int(year) > p.year_from) return;
            const int si = refs_util::section_of(doc, block);
            if (si >= 0 && doc.refs.sections[static_cast<std::size_t>(si)].tasks) return;
            const std::string_view t = doc.blocks[block].text;
            // The clause must open with the reference: before it only ' ', '-', '*', then "Trong " / "trong " or
            // nothing. Walked back from the reference over those bytes alone (none is a clause stop), it must
            // reach the clause's start (the text's, or a stop): no walk over the whole clause for the rest.
            std::size_t cb = logical;
            if (cb >= 6 && (std::string_view(t).substr(cb - 6, 6) == "Trong " || std::string_view(t).substr(cb - 6, 6) == "trong "))
                cb -= 6;
            while (cb > 0 && (t[cb - 1] == ' ' || t[cb - 1] == '-' || t[cb - 1] == '*')) --cb;
            if (cb > 0 && !refs_util::clause_stop(t, cb - 1)) return;
            const std::string_view cl = std::string_view(t).substr(cb, refs_util::clause_end(t, logical) - cb);
            if (contains_any(cl, {"cùng kỳ", "so với", "so cùng", "năm trước", "trước đó"})) return;
            if (contrasted(doc, block, logical, same_sub_of)) return;
            if (!sink.wants(span)) return;  // past the per-file cap: counted, not built
            const std::string shown = shown_text();
            Finding& f = sink.start(span, &info());  // (built in place: Sink::start)
            f.actual = shown;
            const std::string from = std::to_string(p.year_from);
            f.suggestion = from;
            f.message = make_text(
                sink.langs(),
                [&] {
                    return cat({"Báo cáo về ", refs_util::describe(p, false), " nhưng đoạn kết quả mở đầu bằng \"", shown,
                                "\"; có lẽ là năm ", from, "."});
                },
                [&] {
                    return cat({"The report covers ", refs_util::describe(p, true), " but this results paragraph opens with \"",
                                shown, "\"; probably ", from, "."});
                });
            sink.commit();
        };
        static const char* roman[] = {"", "I", "II", "III", "IV"};
        for (const QuarterRef& q : doc.refs.quarters)
            if (q.quarter >= 1 && q.quarter <= 4)
                consider(q.block, q.logical, q.span, q.quarter, q.year,
                         [&] { return cat({"quý ", roman[q.quarter], " năm ", std::to_string(q.year)}); });
        for (const MonthRef& m : doc.refs.months)
            consider(m.block, m.logical, m.span, m.month, m.year, [&] { return cat({"tháng ", std::to_string(m.month), "/", std::to_string(m.year)}); });
    }
};

}  // namespace

std::unique_ptr<Rule> make_period_mismatch() { return std::make_unique<PeriodMismatch>(); }

}  // namespace rc
