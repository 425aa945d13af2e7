// anniversary: "kỷ niệm N năm …" whose N contradicts the start and end stated in
// brackets — full dates "(30/10/1963 - 30/10/2023)", month/year "(9/1973 - 9/2023)"
// or years "(1945 - 2023)" — or, for a few national anniversaries (built-in table)
// without stated dates, contradicts the year of another anniversary dated in the
// same paragraph, else the year of a single-year report. Every item of a list
// ("kỷ niệm 93 năm …; 60 năm … (…) và 12 năm … (…)", also joined by ", ") is judged
// on its own; a paragraph split by a hard line break inside "kỷ niệm N | năm" or
// inside the bracket (PDF extracts) is read as one.
#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <optional>
#include <string_view>
#include <vector>

#include "grammar/byte_scan.hpp"
#include "rules/refs_util.hpp"
#include "rules/rule.hpp"

namespace rc {
namespace {

struct National { const char* phrase; unsigned start; };
// Starts of national anniversaries (the text after "N năm " and an optional "Ngày " / "Lễ " begins with one).
constexpr National kNational[] = {
    {"thành lập Đảng Cộng sản Việt Nam", 1930},
    {"Thành lập Đảng Cộng sản Việt Nam", 1930},
    {"Cách mạng tháng Tám", 1945},
    {"Cách mạng Tháng Tám", 1945},
    {"Quốc khánh", 1945},
    {"sinh Chủ tịch Hồ Chí Minh", 1890},
    {"giải phóng miền Nam", 1975},
    {"Giải phóng miền Nam", 1975},
    {"thành lập Quân đội nhân dân Việt Nam", 1944},
    {"chiến thắng Điện Biên Phủ", 1954},
    {"Chiến thắng Điện Biên Phủ", 1954},
};

// Consecutive text blocks read as one: a hard line break inside "kỷ niệm N | năm …" or
// inside an open bracket "(03/02/1930 - | 03/02/2023)" does not end the item.
struct View {
    struct Seg { std::size_t at; std::uint32_t block; };
    std::string text;
    std::vector<Seg> segs;
    const Document* doc = nullptr;

    const Seg& seg(std::size_t p) const {
        auto it = std::upper_bound(segs.begin(), segs.end(), p, [](std::size_t o, const Seg& s) { return o < s.at; });
        return it == segs.begin() ? segs.front() : *std::prev(it);
    }
    std::uint32_t source(std::size_t p) const {
        const Seg& s = seg(p);
        const Block& b = doc->blocks[s.block];
        return b.to_source(static_cast<std::uint32_t>(std::min(p - s.at, b.text.size())));
    }
    Span span(std::size_t begin, std::size_t end) const {
        if (end <= begin) return {source(begin), source(begin)};
        return {source(begin), source(end - 1) + 1};
    }
};

bool digit(char c) { return c >= '0' && c <= '9'; }

// t holds "niệm " (ni E1 BB 87 m, space): found through its rarest byte, 0x87 (the last
// byte of ệ, about one byte in 200 of Vietnamese text), with memchr, not through 'n'.
bool has_niem(std::string_view t) {
    constexpr std::string_view niem = "niệm ";
    static_assert(niem.size() == 7 && niem[4] == '\x87');
    if (t.size() < niem.size()) return false;
    const char* const s = t.data();
    const char* const last = s + t.size() - 2;  // 0x87 needs "m " after it
    for (const char* p = s + 4; p < last;) {
        p = static_cast<const char*>(std::memchr(p, '\x87', static_cast<std::size_t>(last - p)));
        if (!p) return false;
        if (std::memcmp(p - 4, niem.data(), niem.size()) == 0) return true;
        ++p;
    }
    return false;
}

// The block ends inside an item: "… kỷ niệm 50" before "năm …", or an unclosed "(".
bool continues(std::string_view t, std::string_view next) {
    if (next.empty()) return false;
    std::size_t e = t.size();
    while (e > 0 && digit(t[e - 1])) --e;
    constexpr std::string_view niem = "niệm ";
    if (e < t.size() && e >= niem.size() && std::string_view(t).substr(e - niem.size(), niem.size()) == niem &&
        next.rfind("năm ", 0) == 0)
        return true;
    // the last '(' (memrchr: most blocks have none, and a byte loop from the end read them whole)
    const void* const open_p = t.empty() ? nullptr : memrchr(t.data(), '(', t.size());
    if (!open_p) return false;
    const std::size_t open = static_cast<std::size_t>(static_cast<const char*>(open_p) - t.data());
    if (t.find(')', open) != std::string::npos) return false;
    const std::size_t close = next.find(')'), reopen = next.find('(');
    return close != std::string::npos && close < reopen && close < 40;
}

// "(dd/mm/yyyy - dd/mm/yyyy)", "(mm/yyyy - mm/yyyy)", "(yyyy - yyyy)", "(từ … đến …)".
struct Stated { unsigned from = 0, to = 0; bool full = false; };

std::optional<Stated> stated_range(std::string_view s) {
    std::size_t p = 0;
    auto spaces = [&] { while (p < s.size() && s[p] == ' ') ++p; };
    auto word = [&](std::string_view w) {
        if (s.substr(p, w.size()) != w) return false;
        p += w.size();
        return true;
    };
    auto date = [&](unsigned& year, bool& day) {
        spaces();
        word("ngày ");
        unsigned groups = 0, len = 0, v = 0;
        for (;;) {
            len = 0, v = 0;
            while (p < s.size() && digit(s[p]) && len < 5) v = v * 10 + unsigned(s[p++] - '0'), ++len;
            if (len == 0) return false;
            ++groups;
            if (len == 4) break;
            if (len > 2 || groups == 3 || p >= s.size() || (s[p] != '/' && s[p] != '.')) return false;
            ++p;
        }
        if (p < s.size() && digit(s[p])) return false;
        if (v < 1000 || v > 2200) return false;
        year = v;
        day = groups == 3;
        return true;
    };
    Stated r;
    bool d0 = false, d1 = false;
    spaces();
    word("từ ");
    if (!date(r.from, d0)) return std::nullopt;
    spaces();
    if (!word("-") && !word("–") && !word("—") && !word("đến")) return std::nullopt;
    if (!date(r.to, d1)) return std::nullopt;
    spaces();
    if (p != s.size()) return std::nullopt;
    r.full = d0 && d1;
    return r;
}

struct Mention {
    std::size_t begin, end;     // view offsets of "kỷ niệm N năm" / "N năm"
    std::size_t phrase_end = 0; // end of the phrase (before "(" / ";" / the next item / end)
    unsigned n = 0;
    bool direct = true;         // after "kỷ niệm" (not a later item of a list)
    std::optional<Stated> stated;
};

unsigned number_before_nam(const std::string& t, std::size_t& q) {
    const std::size_t d0 = q;
    unsigned n = 0;
    while (q < t.size() && digit(t[q]) && q - d0 < 4) n = n * 10 + unsigned(t[q++] - '0');
    if (q == d0 || (q < t.size() && digit(t[q])) || t.compare(q, 5, " năm") != 0) return 0;
    if (q + 5 < t.size() && t[q + 5] != ' ') return 0;  // "năm" as a word
    return n;
}

class Anniversary final : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo i{"anniversary", Category::year, Severity::warning,
                                {"Số năm kỷ niệm không khớp mốc thời gian", "Anniversary count contradicts its dates"},
                                "docs/rules/anniversary.md"};
        return i;
    }

    // The year of a report that speaks about a single year, if no other year is named in
    // the paragraph (a political report, or "Năm 2021: …" in a later report, has none).
    static unsigned report_year(const Document& doc, const std::string& t) {
        const Period& p = doc.structure.title.period;
        if (!refs_util::within_year(p) || p.year_from != p.year_to) return 0;
        const unsigned y = unsigned(p.year_from);
        for (std::size_t i = 0; i + 4 <= t.size(); ++i) {
            if (!digit(t[i]) || (i > 0 && digit(t[i - 1]))) continue;
            std::size_t j = i;
            unsigned v = 0;
            while (j < t.size() && digit(t[j])) v = v * 10 + unsigned(t[j++] - '0');
            if (j - i == 4 && v >= 1900 && v <= 2200 && v != y && v != y + 1) return 0;
            i = j;
        }
        return y;
    }

    // Blocks [first, last] read as one (a link joins block j to j + 1), checked when one of them
    // holds "niệm " (no "kỷ niệm " can start in the others, nor across the joins).
    void check_group(const Document& doc, std::uint32_t first, std::uint32_t last, Sink& sink) const {
        View v;
        v.doc = &doc;
        for (std::uint32_t b = first; b <= last; ++b) {
            if (b > first) v.text += ' ';
            v.segs.push_back({v.text.size(), b});
            v.text += doc.blocks[b].text;
        }
        check_view(doc, v, sink);
    }

    void check(const Document& doc, Sink& sink) const override {
        const auto& bs = doc.blocks;
        const auto n = static_cast<std::uint32_t>(bs.size());
        // block j continues into j + 1 (the groups are the maximal runs of links)
        const auto link = [&](std::uint32_t j) {
            return bs[j].kind == Block::Kind::text && j + 1 < n && bs[j + 1].kind == Block::Kind::text &&
                   continues(bs[j].text, bs[j + 1].text);
        };
        // The blocks holding "niệm ": a block's text is its trimmed source lines joined by single
        // spaces, so each holds "niệm" in its own source span. Those are found in the source
        // (memchr for 0x87, the last byte of ệ), mapped to their blocks, and checked there;
        // the groups around them are grown link by link. A block that does not map to the
        // source (no pieces nor one inline piece: not built from it) sends the rule back to reading
        // every block.
        std::vector<std::uint32_t> marked;  // blocks holding "niệm ", ascending
        bool mapped = true;
        for (const Block& b : bs)
            if (b.pieces.empty() && !b.text.empty()) {
                mapped = false;
                break;
            }
        if (mapped) {
            const std::string_view src = doc.source.text();
            const char* const s = src.data();
            const auto starts = [&](std::uint32_t k) { return bs[k].source_span().begin; };
            for (std::size_t p = 4; p + 1 < src.size(); ++p) {  // "ni" E1 BB [87] "m"
                const void* hit = std::memchr(s + p, '\x87', src.size() - 1 - p);
                if (!hit) break;
                p = static_cast<std::size_t>(static_cast<const char*>(hit) - s);
                if (s[p + 1] != 'm' || std::memcmp(s + p - 4, "ni\xE1\xBB", 4) != 0) continue;
                // the last block starting at or before the occurrence
                std::uint32_t lo = 0, hi = n;
                while (lo < hi) {
                    const std::uint32_t mid = lo + (hi - lo) / 2;
                    if (starts(mid) <= p) lo = mid + 1;
                    else hi = mid;
                }
                if (lo == 0) continue;
                const std::uint32_t k = lo - 1;
                if ((marked.empty() || marked.back() != k) && has_niem(bs[k].text)) marked.push_back(k);
            }
        } else {
            for (std::uint32_t k = 0; k < n; ++k)
                if (has_niem(bs[k].text)) marked.push_back(k);
        }
        std::uint32_t done = 0;  // blocks before this one belong to groups already checked
        for (const std::uint32_t m : marked) {
            if (m < done) continue;
            std::uint32_t first = m, last = m;
            while (first > done && link(first - 1)) --first;
            while (link(last)) ++last;
            check_group(doc, first, last, sink);
            done = last + 1;
        }
    }

    void check_view(const Document& doc, const View& v, Sink& sink) const {
        const std::string& t = v.text;
        // The mentions are numbers of one to four digits before " năm" (number_before_nam): after
        // "kỷ niệm " / "Kỷ niệm " (direct), or after "; ", ", " or " và " from the first direct one on
        // (the later items of a list: "kỷ niệm 93 năm …; 60 năm … (…) và 12 năm … (…)"). Found from
        // the digits, in one pass (a find per keyword and separator stopped at every space and 'k').
        constexpr std::string_view kKeywords[] = {"kỷ niệm ", "Kỷ niệm "};
        constexpr std::string_view kSeparators[] = {"; ", ", ", " và "};
        std::vector<Mention> ms;
        struct Item {
            Mention m;
            std::size_t sep;  // where its separator starts
        };
        std::vector<Item> items;
        const auto ends_with_at = [&](std::size_t d, std::string_view w) {
            return d >= w.size() && std::string_view(t).substr(d - w.size(), w.size()) == w;
        };
        for (std::size_t d = byte_scan::find_digit(t.data(), 0, t.size()); d < t.size();) {
            std::size_t q = d;  // d starts a run of digits
            if (const unsigned n = number_before_nam(t, q)) {
                if (ends_with_at(d, kKeywords[0]) || ends_with_at(d, kKeywords[1])) {
                    ms.push_back({d - kKeywords[0].size(), q + 5, 0, n, true, {}});
                } else {
                    for (const std::string_view sep : kSeparators)
                        if (ends_with_at(d, sep)) {
                            items.push_back({{d, q + 5, 0, n, false, {}}, d - sep.size()});
                            break;
                        }
                }
            }
            while (d < t.size() && digit(t[d])) ++d;
            d = byte_scan::find_digit(t.data(), d, t.size());
        }
        if (ms.empty()) return;
        const std::size_t first = ms.front().begin;  // (ascending)
        for (const Item& i : items)
            if (i.sep >= first) ms.push_back(i.m);
        std::sort(ms.begin(), ms.end(), [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
        for (std::size_t k = 0; k < ms.size(); ++k) {
            Mention& m = ms[k];
            // the phrase ends at the first '(' or ';', "niệm " or the next mention
            const std::size_t lim = k + 1 < ms.size() ? std::min(ms[k + 1].begin, t.size()) : t.size();
            // (the first '(' or ';' by two memchr bounded by lim: a byte loop read ~300 bytes a mention)
            std::size_t e = std::max(m.end, lim);
            if (m.end < lim)
                for (const char stop : {'(', ';'})
                    if (const void* at = std::memchr(t.data() + m.end, stop, std::min(e, lim) - m.end))
                        e = std::min(e, static_cast<std::size_t>(static_cast<const char*>(at) - t.data()));
            e = std::min(e, lim);
            constexpr std::string_view niem = "niệm ";
            // "niệm " starting before e (the window ends where such a one would)
            const std::size_t next =
                std::string_view(t).substr(0, std::min(t.size(), e + niem.size() - 1)).find(niem, std::min(m.end, e));
            if (next != std::string_view::npos && next < e) e = next;
            m.phrase_end = e;
            if (e < t.size() && t[e] == '(') {
                const std::size_t close = t.find(')', e);
                if (close != std::string::npos) m.stated = stated_range(std::string_view(t).substr(e + 1, close - e - 1));
            }
        }
        // the year of this paragraph's dated anniversaries (all must agree)
        unsigned anchor = 0;
        bool agree = true;
        for (const Mention& m : ms)
            if (m.stated && (m.direct || m.stated->full)) {
                if (anchor && anchor != m.stated->to) agree = false;
                anchor = m.stated->to;
            }
        if (!agree) anchor = 0;
        const unsigned year = anchor ? 0 : report_year(doc, t);
        for (const Mention& m : ms) {
            const Span span = v.span(m.begin, m.end);
            if (m.stated) {
                const unsigned y0 = m.stated->from, y1 = m.stated->to;
                if (y1 <= y0 || y1 - y0 == m.n) continue;
                // "5 năm thực hiện Nghị quyết (2019 - 2023)" in a list: calendar years, not an anniversary
                if (!m.direct && !m.stated->full && y1 - y0 + 1 == m.n) continue;
                emit(sink, span, m.n, y0, y1, y1 - y0, Basis::stated);
                continue;
            }
            if (!anchor && !year) continue;
            std::string_view phrase(t.data() + m.end, m.phrase_end - m.end);
            while (!phrase.empty() && phrase.front() == ' ') phrase.remove_prefix(1);
            // the event is what the anniversary is of: "… năm [Ngày|Lễ] <event>", not an occasion
            // named further on ("kỷ niệm 20 năm thành lập trường nhân dịp Quốc khánh")
            for (std::string_view w : {"Ngày lễ ", "ngày lễ ", "Ngày ", "ngày ", "Lễ ", "lễ "})
                if (phrase.starts_with(w)) { phrase.remove_prefix(w.size()); break; }
            for (const National& nat : kNational) {
                if (!phrase.starts_with(nat.phrase)) continue;
                if (anchor) {
                    if (anchor > nat.start && anchor - nat.start != m.n)
                        emit(sink, span, m.n, nat.start, anchor, anchor - nat.start, Basis::paragraph);
                } else if (year > nat.start && year - nat.start != m.n && year + 1 - nat.start != m.n) {
                    // a report on year Y may name next year's anniversaries (plans): Y or Y + 1
                    emit(sink, span, m.n, nat.start, year, year - nat.start, Basis::report);
                }
                break;
            }
        }
    }

    enum class Basis { stated, paragraph, report };

    void emit(Sink& sink, Span span, unsigned n, unsigned y0, unsigned y1, unsigned right, Basis basis) const {
        if (!sink.wants(span)) return;  // past the per-file cap: counted, not built
        Finding& f = sink.start(span, &info());  // (built in place: Sink::start)
        // (the integers written once, the texts put together with cat: fmt::format parsed its format string for
        // each of four or five texts, ~1 000 instructions each)
        const std::string ns = std::to_string(n), y0s = std::to_string(y0), y1s = std::to_string(y1),
                          rs = std::to_string(right);
        f.arithmetic = cat({y1s, " − ", y0s, " = ", rs, " ≠ ", ns});
        f.actual = ns;
        f.suggestion = rs;
        const Langs l = sink.langs();
        if (basis == Basis::stated)
            f.message = make_text(
                l, [&] { return cat({"Kỷ niệm ", ns, " năm không khớp mốc ghi kèm (", y0s, " - ", y1s, "): phải là ", rs, " năm."}); },
                [&] {
                    return cat({"The ", ns, "-year anniversary contradicts its stated dates (", y0s, " - ", y1s, "): it is ", rs,
                                " years."});
                });
        else if (basis == Basis::paragraph)
            f.message = make_text(
                l,
                [&] {
                    return cat({"Kỷ niệm ", ns, " năm không khớp: sự kiện năm ", y0s, ", kỷ niệm năm ", y1s,
                                " (theo mốc cùng đoạn) là ", rs, " năm."});
                },
                [&] {
                    return cat({"The ", ns, "-year anniversary is wrong: the event was in ", y0s, ", so in ", y1s,
                                " (the year dated in the same paragraph) it is ", rs, " years."});
                });
        else
            f.message = make_text(
                l,
                [&] {
                    return cat({"Kỷ niệm ", ns, " năm không khớp: sự kiện năm ", y0s, ", năm ", y1s, " của báo cáo là ", rs,
                                " năm (", std::to_string(right + 1), " năm nếu là kế hoạch năm sau)."});
                },
                [&] {
                    return cat({"The ", ns, "-year anniversary is wrong: the event was in ", y0s, ", so in ", y1s,
                                " (the report's year) it is ", rs, " years (", std::to_string(right + 1),
                                " if it is next year's plan)."});
                });
        sink.commit();
    }
};

}  // namespace

std::unique_ptr<Rule> make_anniversary() { return std::make_unique<Anniversary>(); }

}  // namespace rc
