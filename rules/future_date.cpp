// future-date: a date after the report's own date (or, when the report is not
// dated, more than a month after the end of the period it reports on) given as
// a state already reached (an undated report without a period in its title
// is measured against its latest "đến <date>" data cut-off, plus two months): "Tính đến ngày 08/11/2024, ... đã giải ngân" in a
// report dated 05/10/2024. Plans and forecasts (dự kiến, kế hoạch, sẽ, phấn
// đấu, dự báo, ước thực hiện; an estimate — ước đạt, "(ước)", số ước — up to the end of the period
// reported on) and the tasks sections are exempt.
#include "rules/refs_util.hpp"

namespace rc {
namespace {

using refs_util::contains_any;

// "ước" as the estimate marker of a figure ("ước đạt", "(ước)", "số ước", "ước tính", "Ước đến hết …"),
// not inside another word pair: công ước, quy ước, hương ước, điều ước, cam/mong/giao ước, ước mơ/nguyện/vọng/muốn.
bool has_estimate(std::string_view cl) {
    for (const std::string_view w : {std::string_view("ước"), std::string_view("Ước")})
    for (std::size_t at = 0; (at = cl.find(w, at)) != std::string_view::npos; at += w.size()) {
        const bool start = at == 0 || cl[at - 1] == ' ' || cl[at - 1] == '(';
        const std::size_t e = at + w.size();
        const bool end = e == cl.size() || cl[e] == ' ' || cl[e] == ')' || cl[e] == ',';
        if (!start || !end) continue;
        std::string_view prev = cl.substr(0, at);
        while (!prev.empty() && (prev.back() == ' ' || prev.back() == '(')) prev.remove_suffix(1);
        const std::size_t ps = prev.rfind(' ');
        prev = ps == std::string_view::npos ? prev : prev.substr(ps + 1);
        if (prev == "công" || prev == "Công" || prev == "quy" || prev == "Quy" || prev == "hương" || prev == "Hương" ||
            prev == "điều" || prev == "Điều" || prev == "cam" || prev == "mong" || prev == "giao")
            continue;
        std::string_view next = cl.substr(e);
        while (!next.empty() && next.front() == ' ') next.remove_prefix(1);
        if (next.starts_with("mơ") || next.starts_with("nguyện") || next.starts_with("vọng") || next.starts_with("muốn"))
            continue;
        return true;
    }
    return false;
}

// "kế hoạch" making the clause a plan ("Theo kế hoạch, tính đến ngày 31/12 …"), not the measure a figure is
// compared with: "đạt 95% kế hoạch", "kế hoạch vốn" name the plan a result already reached is a share of.
bool plan_word(std::string_view cl) {
    for (const std::string_view w : {std::string_view("kế hoạch"), std::string_view("Kế hoạch")})
        for (std::size_t at = 0; (at = cl.find(w, at)) != std::string_view::npos; at += w.size()) {
            std::string_view before = cl.substr(0, at);
            while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
            const std::string_view after = cl.substr(at + w.size());
            if (before.ends_with("%") || after.starts_with(" vốn")) continue;
            return true;
        }
    return false;
}

class FutureDate final : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo i{"future-date", Category::date, Severity::warning,
                                {"Mốc thời gian sau ngày báo cáo được nêu như đã xảy ra", "Date after the report's date described as past"},
                                "docs/rules/future-date.md"};
        return i;
    }

    void check(const Document& doc, Sink& sink) const override {
        const TitleBlock& tb = doc.structure.title;
        long cutoff = 0;
        std::string why_vi, why_en;
        if (!tb.date.empty() && tb.date.year > 0 && tb.date.month > 0 && tb.date.day > 0) {
            cutoff = day_number(unsigned(tb.date.day), unsigned(tb.date.month), unsigned(tb.date.year));
            why_vi = fmt::format("ngày của báo cáo ({}/{}/{})", tb.date.day, tb.date.month, tb.date.year);
            why_en = fmt::format("the report's own date ({}/{}/{})", tb.date.day, tb.date.month, tb.date.year);
        } else if (refs_util::within_year(tb.period)) {
            const DateLit e = period_end(tb.period);
            if (e.year == 0) return;
            cutoff = day_number(e.day, e.month, e.year) + 31;  // a report is written within a month of its period
            why_vi = fmt::format("kỳ báo cáo ({}) — báo cáo không ghi ngày", refs_util::describe(tb.period, false));
            why_en = fmt::format("the period reported on ({}); the report is not dated", refs_util::describe(tb.period, true));
        } else {
            // Undated, no period in the title (a political report): the data cut-off is the
            // latest full date the report counts "đến" (up to), e.g. "đến 30/6/2025";
            // "tính đến" a month more than two months later is then in the future.
            const DateRef* latest = nullptr;
            for (const DateRef& d : doc.refs.dates) {
                if (d.date.month < 1 || d.date.month > 12 || d.date.day < 1 || d.date.day > days_in_month(d.date.month, d.date.year)) continue;
                std::string_view before = std::string_view(doc.blocks[d.block].text).substr(0, d.logical);
                while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
                if (before.ends_with(" ngày")) before.remove_suffix(std::string_view(" ngày").size());
                if (!(before.ends_with(" đến") || before.ends_with("Đến") || before.ends_with("(đến"))) continue;
                if (!latest || day_number(d.date.day, d.date.month, d.date.year) >
                                   day_number(latest->date.day, latest->date.month, latest->date.year))
                    latest = &d;
            }
            if (!latest) return;
            cutoff = day_number(latest->date.day, latest->date.month, latest->date.year) + 61;
            why_vi = fmt::format("mốc số liệu của báo cáo (đến {}/{}/{}, dòng {})", latest->date.day, latest->date.month,
                                 latest->date.year, doc.user_line(latest->span.begin));
            why_en = fmt::format("the report's data cut-off (up to {}/{}/{}, line {})", latest->date.day, latest->date.month,
                                 latest->date.year, doc.user_line(latest->span.begin));
        }
        // An estimate ("ước đạt", "(ước)") may run to the end of the period reported on, not past it: a monthly
        // report written on the 24th gives the month's figures "tính đến ngày 31/5 … ước đạt".
        long period_close = 0;
        if (refs_util::within_year(tb.period)) {
            const DateLit e = period_end(tb.period);
            if (e.year != 0) period_close = day_number(e.day, e.month, e.year);
        }
        // `shown` formats the date as written in the finding (called only for a finding)
        auto consider = [&](std::uint32_t block, std::uint32_t logical, Span span, long when, auto&& shown_text) {
            if (when <= cutoff) return;
            const std::string_view t = doc.blocks[block].text;
            // "tính đến" / "lũy kế đến" just before the date, tested on the block's text before it: those words
            // and the spaces after them hold no clause stop (. ; : ! ?), so they end the date's own clause
            // exactly when they end that text (the clause, a byte walk each way, is found only after this, and
            // the section only then: most dates are not "as of" ones).
            std::string_view before = std::string_view(t).substr(0, logical);
            while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
            const bool as_of = before.ends_with("tính đến") || before.ends_with("Tính đến") || before.ends_with("tính đến ngày") ||
                               before.ends_with("Tính đến ngày") || before.ends_with("tính đến hết") ||
                               before.ends_with("Tính đến hết") || before.ends_with("lũy kế đến") || before.ends_with("Lũy kế đến");
            if (!as_of) return;
            const int si = refs_util::section_of(doc, block);
            if (si >= 0 && doc.refs.sections[static_cast<std::size_t>(si)].tasks) return;
            const std::string_view cl = refs_util::clause(t, logical);
            if (plan_word(cl) || contains_any(cl, {"dự kiến", "Dự kiến", " sẽ ", "phấn đấu", "Phấn đấu", "dự báo", "Dự báo",
                                  "chậm nhất", "thời hạn"}) ||
                (when < period_close && has_estimate(cl)))
                return;
            if (!sink.wants(span)) return;  // past the per-file cap: counted, not built
            const std::string shown = shown_text();
            Finding& f = sink.start(span, &info());  // (built in place: Sink::start)
            f.actual = shown;
            f.message = make_text(
                sink.langs(),
                [&] {
                    return cat({"\"", shown, "\" ở sau ", why_vi,
                                " nhưng được nêu như số liệu đã có; kiểm tra lại mốc thời gian (nếu là dự kiến, ghi rõ "
                                "\"dự kiến\")."});
                },
                [&] {
                    return cat({"\"", shown, "\" is after ", why_en,
                                " yet is stated as a figure already reached; check the date (if it is a forecast, say "
                                "\"dự kiến\")."});
                });
            sink.commit();
        };
        for (const DateRef& d : doc.refs.dates) {
            if (d.date.month < 1 || d.date.month > 12 || d.date.day < 1 || d.date.day > days_in_month(d.date.month, d.date.year)) continue;
            consider(d.block, d.logical, d.span, day_number(d.date.day, d.date.month, d.date.year),
                     [&] { return fmt::format("{:02}/{:02}/{}", d.date.day, d.date.month, d.date.year); });
        }
        for (const MonthRef& m : doc.refs.months) {
            if (m.month < 1 || m.month > 12) continue;
            consider(m.block, m.logical, m.span, day_number(1, m.month, m.year),
                     [&] { return cat({"tháng ", std::to_string(m.month), "/", std::to_string(m.year)}); });
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_future_date() { return std::make_unique<FutureDate>(); }

}  // namespace rc
