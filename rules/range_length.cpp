// range-length: "5 năm 2026-2031" (six calendar years), reversed ranges
// ("giai đoạn 2025-2020"), and a plan/term whose range contradicts the same
// plan's range elsewhere in the document (same naming words, same start year).
// The count is also read before a comma ("5 năm, giai đoạn 2026-2031") and across a
// PDF line break ("Kế hoạch 5 năm | giai đoạn 2026-2031").
#include <algorithm>
#include <array>
#include <string_view>
#include <unordered_map>

#include "rules/refs_util.hpp"

namespace rc {
namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

std::string_view trim_end(std::string_view b) {
    while (!b.empty() && b.back() == ' ') b.remove_suffix(1);
    return b;
}

// "… Kế hoạch 5 năm" at the end of `b`: the stated count (1–2 digits, ≥ 2), else 0. Not after a
// duration word ("sau 5 năm, giai đoạn …", "qua 3 năm").
int count_at_end(std::string_view b) {
    b = trim_end(b);
    if (!b.ends_with(" năm")) return 0;
    b.remove_suffix(std::string_view(" năm").size());
    std::size_t k = b.size();
    while (k > 0 && digit(b[k - 1])) --k;
    if (k == b.size() || b.size() - k > 2 || k == 0 || b[k - 1] != ' ') return 0;
    int n = 0;
    for (std::size_t i = k; i < b.size(); ++i) n = n * 10 + (b[i] - '0');
    const std::string_view before = trim_end(b.substr(0, k));
    for (std::string_view w : {"sau", "Sau", "qua", "Qua", "trong", "Trong", "hơn", "gần", "khoảng", "mỗi", "mất", "còn"})
        if (before.ends_with(w) && (before.size() == w.size() || before[before.size() - w.size() - 1] == ' ')) return 0;
    return n >= 2 ? n : 0;
}

// The count the grammar does not attach: "Kế hoạch 5 năm, giai đoạn 2026-2031" (a comma before
// "giai đoạn") and, in a PDF extract, "Kế hoạch 5 năm | giai đoạn 2026-2031" with the count at the
// end of the previous block. 0 when there is none.
int detached_count(const Document& doc, const YearRange& r) {
    if (!r.stage || r.term || r.stated_years > 0 || r.block >= doc.blocks.size()) return 0;
    const Block& b = doc.blocks[r.block];
    std::string_view t = trim_end(std::string_view(b.text).substr(0, std::min<std::size_t>(r.logical, b.text.size())));
    bool stripped = false;
    for (std::string_view w : {"giai đoạn", "Giai đoạn", "GIAI ĐOẠN"})
        if (t.ends_with(w)) { t.remove_suffix(w.size()); stripped = true; break; }
    if (!stripped) return 0;
    t = trim_end(t);
    if (t.ends_with(",")) {
        t.remove_suffix(1);
        return count_at_end(t);
    }
    if (!t.empty() || r.block == 0) return 0;
    const Block& prev = doc.blocks[r.block - 1];
    if (prev.kind != Block::Kind::text || b.kind != Block::Kind::text) return 0;
    return count_at_end(prev.text);
}

class RangeLength final : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo i{"range-length", Category::year, Severity::warning,
                                {"Giai đoạn/nhiệm kỳ có số năm không khớp", "Year range of the wrong length"},
                                "docs/rules/range-length.md"};
        return i;
    }

    // "5 năm" but the range spans another number of calendar years.
    void report_count(Sink& sink, Span span, int n, int from, int to) const {
        if (!sink.wants(span)) return;  // past the per-file cap: counted, not built
        const int calendar = to - from + 1;
        Finding& f = sink.start(span, &info());  // (built in place: Sink::start)
        // (the numbers written once, the texts put together with cat: five fmt::format a finding cost ~1 000
        // instructions each)
        const std::string ns = std::to_string(n), fs = std::to_string(from), ts = std::to_string(to),
                          cs = std::to_string(calendar), es = std::to_string(from + n - 1);
        f.actual = cat({ns, " năm ", fs, "-", ts});
        f.arithmetic = cat({ts, " − ", fs, " + 1 = ", cs, " ≠ ", ns});
        f.suggestion = cat({fs, "-", es});
        f.message = make_text(
            sink.langs(),
            [&] {
                return cat({"\"", ns, " năm\" nhưng giai đoạn ", fs, "-", ts, " gồm ", cs, " năm (", fs, " đến ", ts,
                            ", tính cả hai đầu); kế hoạch ", ns, " năm bắt đầu từ ", fs, " kết thúc năm ", es, "."});
            },
            [&] {
                return cat({"\"", ns, " years\" but ", fs, "-", ts, " spans ", cs, " calendar years (", fs, " to ", ts,
                            " inclusive); a ", ns, "-year plan starting in ", fs, " ends in ", es, "."});
            });
        sink.commit();
    }

    // A PDF line break inside the range: "Kế hoạch 5 năm giai đoạn 2026 -" | "2031 của huyện"
    // (the grammar sees no range). Only with a stated count, and the second year opening the line.
    // The last bytes of a block that may end in a dash before trailing spaces: '-', the last byte of '–' (0x93)
    // or '—' (0x94), a space.
    static constexpr std::array<bool, 256> kMayEndSplit = [] {
        std::array<bool, 256> t{};
        t['-'] = t[0x93] = t[0x94] = t[' '] = true;
        return t;
    }();
    void check_split(const Document& doc, Sink& sink) const {
        // (a pointer over the blocks, their end read once: the loop read the vector's ends again and divided
        // by sizeof(Block) at every block, 24 instructions a block, 107 000 blocks on big-10M; ~11 now)
        if (doc.blocks.size() < 2) return;
        const Block* const last = doc.blocks.data() + doc.blocks.size() - 1;
        for (const Block* pa = doc.blocks.data(); pa != last; ++pa) {
            const Block& a = *pa;
            // (most blocks end in none of the dashes: their last byte, past trailing spaces, is not '-' nor
            // that of '–' / '—'; tested first, before the kinds — the next block's is another cache line)
            const std::string_view at = a.text;
            if (at.empty()) continue;
            // (one load from a table of the four last bytes, not four compares: ~0.5 M instructions on big-10M)
            if (!kMayEndSplit[static_cast<unsigned char>(at.back())]) continue;
            const Block& b = pa[1];
            if (a.kind != Block::Kind::text || b.kind != Block::Kind::text) continue;
            std::string_view t = trim_end(at);
            if (t.empty() || (t.back() != '-' && t.back() != '\x93' && t.back() != '\x94')) continue;
            bool dash = false;
            for (std::string_view d : {"-", "–", "—"})
                if (t.ends_with(d)) { t.remove_suffix(d.size()); dash = true; break; }
            if (!dash) continue;
            t = trim_end(t);
            if (t.size() < 5 || !digit(t[t.size() - 1]) || !digit(t[t.size() - 4]) || digit(t[t.size() - 5]) ||
                t[t.size() - 5] != ' ')
                continue;
            int from = 0;
            for (std::size_t i = t.size() - 4; i < t.size(); ++i) {
                if (!digit(t[i])) { from = -1; break; }
                from = from * 10 + (t[i] - '0');
            }
            const std::string_view u = b.text;
            if (from < 1000 || u.size() < 4 || (u.size() > 4 && (digit(u[4]) || u[4] == '/' || u[4] == '-'))) continue;
            int to = 0;
            for (std::size_t i = 0; i < 4; ++i) {
                if (!digit(u[i])) { to = -1; break; }
                to = to * 10 + (u[i] - '0');
            }
            if (to < from || to - from > 50) continue;
            std::string_view before = trim_end(t.substr(0, t.size() - 4));
            for (std::string_view w : {"giai đoạn", "Giai đoạn", "GIAI ĐOẠN"})
                if (before.ends_with(w)) { before.remove_suffix(w.size()); break; }
            before = trim_end(before);
            if (before.ends_with("nhiệm kỳ") || before.ends_with("Nhiệm kỳ")) continue;
            const int n = count_at_end(before);
            if (n == 0 || to - from + 1 == n) continue;
            const std::size_t count_at = std::string_view(a.text).substr(0, before.size()).rfind(' ', before.size() - 6);
            const Span first = a.to_source(static_cast<std::uint32_t>(count_at == std::string::npos ? 0 : count_at + 1),
                                           static_cast<std::uint32_t>(a.text.size()));
            const Span last = b.to_source(0, 4);
            report_count(sink, Span{first.begin, last.end}, n, from, to);
        }
    }

    void check(const Document& doc, Sink& sink) const override {
        check_split(doc, sink);
        std::unordered_map<std::string, const YearRange*> first;  // key|from -> first range
        for (const YearRange& r : doc.refs.ranges) {
            if (r.in_parens) continue;  // "nhiệm kỳ 2020 - 2025 (2021 - 2026)": a second, parallel term
            const bool named = r.term || r.stage || r.stated_years > 0;
            if (r.from > r.to) {
                if (named && r.from - r.to < 100 && sink.wants(r.span)) {
                    Finding& f = sink.start(r.span, &info());  // (built in place: Sink::start)
                    const std::string fs = std::to_string(r.from), ts = std::to_string(r.to);
                    f.actual = cat({fs, "-", ts});
                    f.suggestion = cat({ts, "-", fs});
                    f.message = make_text(
                        sink.langs(),
                        [&] { return cat({"Khoảng năm ", *f.actual, " bị đảo ngược: năm bắt đầu lớn hơn năm kết thúc."}); },
                        [&] { return cat({"Year range ", *f.actual, " is reversed: it starts after it ends."}); });
                    sink.commit();
                }
                continue;
            }
            const int detached = detached_count(doc, r);
            if (r.stated_years > 0 || detached > 0) {
                const int n = r.stated_years > 0 ? r.stated_years : detached;
                const int calendar = r.to - r.from + 1;
                if (!(calendar == n || (r.term && r.to - r.from == n))) {
                    report_count(sink, r.phrase_span.empty() ? r.span : r.phrase_span, n, r.from, r.to);
                    continue;
                }
            }
            if (!named || r.key.empty()) continue;
            std::string key = r.key;  // "key|t|from" ("p" for a plan): no format string parsed per range
            key += r.term ? "|t|" : "|p|";
            key += std::to_string(r.from);
            auto [it, fresh] = first.try_emplace(key, &r);
            if (fresh || it->second->to == r.to) continue;
            const YearRange& o = *it->second;
            if (!sink.wants(r.span)) continue;  // past the per-file cap: counted, not built
            const std::string line = std::to_string(doc.user_line(o.span.begin));
            Finding& f = sink.start(r.span, &info());  // (built in place: Sink::start)
            // (the texts put together with cat: fmt::format parsed its format string for each, ~1 000 instructions)
            f.actual = cat({std::to_string(r.from), "-", std::to_string(r.to)});
            f.expected = cat({std::to_string(o.from), "-", std::to_string(o.to)});
            f.related.push_back({o.span, {"Lần nêu trước", "Stated earlier"}});
            f.message = make_text(
                sink.langs(),
                [&] {
                    return cat({"\"", r.key, "\" ", *f.actual, " mâu thuẫn với ", *f.expected, " ở dòng ", line,
                                ": cùng năm bắt đầu nhưng khác năm kết thúc."});
                },
                [&] {
                    return cat({"\"", r.key, "\" ", *f.actual, " contradicts ", *f.expected, " on line ", line,
                                ": same start year, different end year."});
                });
            sink.commit();
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_range_length() { return std::make_unique<RangeLength>(); }

}  // namespace rc
