// implausible-year: "năm 2203", "đến năm 1023" — a four-digit year far outside
// the report's time frame that a one-digit slip away is a year of that frame.
// Digits glued to a year in PDF text ("năm 203012" = 2030 + footnote 12,
// "20247" = 2024 + footnote 7) are never read as a year here: only exactly
// four digits are, and a footnote reference inside them skips the year.
#include <algorithm>
#include <cstdlib>

#include "rules/refs_util.hpp"

namespace rc {
namespace {

class ImplausibleYear final : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo i{"implausible-year", Category::year, Severity::warning,
                                {"Năm không hợp lý (gõ nhầm)", "Implausible year (typo)"},
                                "docs/rules/implausible-year.md"};
        return i;
    }

    // The report's year: its own date, else its period, else the median year mentioned.
    static int horizon(const Document& doc) {
        const TitleBlock& tb = doc.structure.title;
        if (tb.date.year > 0) return tb.date.year;
        if (tb.period.year_to > 0) return tb.period.year_to;
        std::vector<int> ys;
        for (const YearRef& y : doc.refs.years)
            if (y.digits.size() == 4 && y.year >= 1900 && y.year <= 2100) ys.push_back(y.year);
        for (const YearRange& r : doc.refs.ranges)
            if (r.to >= 1900 && r.to <= 2100) ys.push_back(r.to);
        if (ys.empty()) return 0;
        std::nth_element(ys.begin(), ys.begin() + static_cast<std::ptrdiff_t>(ys.size() / 2), ys.end());
        return ys[ys.size() / 2];
    }

    // The year of [h-25, h+25] one slip away (one digit changed, or two neighbours swapped), nearest to h.
    static int neighbour(int y, int h) {
        char d[5];
        std::snprintf(d, sizeof d, "%04d", y);
        int best = 0;
        auto consider = [&](const char* c) {
            // (four digits, as nearly always: read here, not by atoi)
            const bool digits = c[0] >= '0' && c[0] <= '9' && c[1] >= '0' && c[1] <= '9' && c[2] >= '0' && c[2] <= '9' &&
                                c[3] >= '0' && c[3] <= '9' && c[4] == 0;
            const int v = digits ? (c[0] - '0') * 1000 + (c[1] - '0') * 100 + (c[2] - '0') * 10 + (c[3] - '0') : std::atoi(c);
            if (std::abs(v - h) <= 25 && (best == 0 || std::abs(v - h) < std::abs(best - h))) best = v;
        };
        for (int i = 0; i < 4; ++i) {
            for (char c = '0'; c <= '9'; ++c) {
                if (c == d[i]) continue;
                char e[5];
                std::copy(d, d + 5, e);
                e[i] = c;
                consider(e);
            }
            if (i < 3) {
                char e[5];
                std::copy(d, d + 5, e);
                std::swap(e[i], e[i + 1]);
                consider(e);
            }
        }
        return best;
    }

    void check(const Document& doc, Sink& sink) const override {
        const int h = horizon(doc);
        if (h == 0) return;
        for (const YearRef& y : doc.refs.years) {
            if (y.digits.size() != 4) continue;
            if (y.year >= 1800 && y.year <= h + 100) continue;
            // a footnote reference inside the digits: not a year
            if (std::any_of(doc.structure.footnote_refs.begin(), doc.structure.footnote_refs.end(),
                            [&](const FootnoteRef& r) { return r.span.begin >= y.span.begin && r.span.begin < y.span.end; }))
                continue;
            const std::string_view t = doc.blocks[y.block].text;
            if (refs_util::contains_any(refs_util::clause(t, y.nam), {"kỷ niệm", "Kỷ niệm", "lịch sử", "thế kỷ", "di tích", "trước Công nguyên"}))
                continue;
            // an old year in a sentence of history: a capital founded, a dynasty, a battle, a temple built
            if (y.year < 1800 &&
                refs_util::contains_any(refs_util::clause(t, y.nam),
                                        {"định đô", "dời đô", "triều", "vua ", "Vua ", "khởi nghĩa", "Khởi nghĩa", "chiến thắng",
                                         "Chiến thắng", "được xây dựng", "xây dựng từ", "thời Lý", "thời Trần", "thời Lê",
                                         "thời Mạc", "thời Nguyễn", "nhà Lý", "nhà Trần", "nhà Lê", "nhà Nguyễn", "Thăng Long"}))
                continue;
            const int s = neighbour(y.year, h);
            if (s == 0) continue;
            if (!sink.wants(y.span)) continue;  // past the per-file cap: counted, not built
            Finding& f = sink.start(y.span, &info());  // (built in place: Sink::start)
            f.actual = y.digits;
            // (the integers written once, the texts put together with cat: fmt::format parsed its format string)
            const std::string ys = std::to_string(y.year), hs = std::to_string(h), ss = std::to_string(s);
            f.suggestion = ss;
            f.message = make_text(
                sink.langs(),
                [&] { return cat({"Năm ", ys, " nằm ngoài khoảng thời gian của báo cáo (năm ", hs, "); có lẽ là năm ", ss, "."}); },
                [&] { return cat({"Year ", ys, " is far outside the report's time frame (", hs, "); probably ", ss, "."}); });
            sink.commit();
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_implausible_year() { return std::make_unique<ImplausibleYear>(); }

}  // namespace rc
