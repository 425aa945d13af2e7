// anniversary: "kỷ niệm N năm …" whose N contradicts the start and end dates
// stated in brackets "(30/10/1963 - 30/10/2023)", or — for a few national
// anniversaries (built-in table) without stated dates — contradicts the year of
// another anniversary dated in the same paragraph.
#include <fmt/format.h>

#include <cstring>

#include "rules/rule.hpp"

namespace rc {
namespace {

struct National { const char* phrase; unsigned start; };
// Starts of national anniversaries (matched as a substring of the text after "N năm ").
constexpr National kNational[] = {
    {"thành lập Đảng Cộng sản Việt Nam", 1930},
    {"Cách mạng tháng Tám", 1945},
    {"Quốc khánh", 1945},
    {"ngày sinh Chủ tịch Hồ Chí Minh", 1890},
    {"Ngày sinh Chủ tịch Hồ Chí Minh", 1890},
    {"giải phóng miền Nam", 1975},
    {"Giải phóng miền Nam", 1975},
    {"thành lập Quân đội nhân dân Việt Nam", 1944},
    {"chiến thắng Điện Biên Phủ", 1954},
    {"Chiến thắng Điện Biên Phủ", 1954},
};

struct Mention {
    std::size_t begin, end;     // logical offsets of "kỷ niệm N năm"
    std::size_t phrase_end;     // end of the phrase (before "(" / ";" / end)
    unsigned n = 0;
    const DateRef* from = nullptr;
    const DateRef* to = nullptr;
};

class Anniversary final : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo i{"anniversary", Category::year, Severity::warning,
                                {"Số năm kỷ niệm không khớp mốc thời gian", "Anniversary count contradicts its dates"},
                                "docs/rules/anniversary.md"};
        return i;
    }

    static Mention mention(const Document& doc, const Block& b, std::uint32_t bi, std::size_t begin, std::size_t end,
                           unsigned n) {
        const std::string& t = b.text;
        Mention m{begin, end, end, n};
        std::size_t e = t.find_first_of("(;", m.end);
        std::size_t next = t.find("niệm ", m.end);
        if (e == std::string::npos) e = t.size();
        if (next != std::string::npos && next < e) e = next;
        m.phrase_end = e;
        if (e < t.size() && t[e] == '(') {
            const std::size_t close = t.find(')', e);
            if (close != std::string::npos) {
                const Span ps = b.to_source(static_cast<std::uint32_t>(e), static_cast<std::uint32_t>(close));
                for (const DateRef& d : doc.refs.dates) {
                    if (d.block != bi || d.span.begin < ps.begin || d.span.end > ps.end) continue;
                    if (!m.from) m.from = &d; else if (!m.to) m.to = &d;
                }
            }
        }
        return m;
    }

    void check(const Document& doc, Sink& sink) const override {
        for (std::uint32_t bi = 0; bi < doc.blocks.size(); ++bi) {
            const Block& b = doc.blocks[bi];
            const std::string& t = b.text;
            std::vector<Mention> ms;
            for (const char* kw : {"kỷ niệm ", "Kỷ niệm "}) {
                for (std::size_t p = t.find(kw); p != std::string::npos; p = t.find(kw, p + 1)) {
                    std::size_t q = p + std::strlen(kw);
                    unsigned n = 0;
                    std::size_t d0 = q;
                    while (q < t.size() && t[q] >= '0' && t[q] <= '9' && q - d0 < 4) n = n * 10 + unsigned(t[q++] - '0');
                    if (q == d0 || t.compare(q, 5, " năm") != 0) continue;
                    ms.push_back(mention(doc, b, bi, p, q + 5, n));
                }
            }
            // continuation items of a list of anniversaries: "kỷ niệm 93 năm …; 60 năm … (dates)"
            if (!ms.empty()) {
                const std::size_t first = ms.front().begin;
                for (std::size_t p = t.find("; ", first); p != std::string::npos; p = t.find("; ", p + 1)) {
                    std::size_t q = p + 2, d0 = q;
                    unsigned n = 0;
                    while (q < t.size() && t[q] >= '0' && t[q] <= '9' && q - d0 < 4) n = n * 10 + unsigned(t[q++] - '0');
                    if (q == d0 || t.compare(q, 5, " năm") != 0) continue;
                    ms.push_back(mention(doc, b, bi, p + 2, q + 5, n));
                }
            }
            // the year of this paragraph's dated anniversaries (all must agree)
            unsigned anchor = 0;
            bool agree = true;
            for (const Mention& m : ms)
                if (m.from && m.to) {
                    if (anchor && anchor != m.to->date.year) agree = false;
                    anchor = m.to->date.year;
                }
            if (!agree) anchor = 0;
            for (const Mention& m : ms) {
                const Span span = b.to_source(static_cast<std::uint32_t>(m.begin), static_cast<std::uint32_t>(m.end));
                if (m.from && m.to) {
                    const unsigned y0 = m.from->date.year, y1 = m.to->date.year;
                    if (y1 <= y0 || y1 - y0 == m.n) continue;
                    emit(sink, span, m.n, y0, y1, y1 - y0, true);
                    continue;
                }
                if (!anchor) continue;
                const std::string_view phrase(t.data() + m.end, m.phrase_end - m.end);
                for (const National& nat : kNational) {
                    if (phrase.find(nat.phrase) == std::string_view::npos) continue;
                    if (anchor > nat.start && anchor - nat.start != m.n)
                        emit(sink, span, m.n, nat.start, anchor, anchor - nat.start, false);
                    break;
                }
            }
        }
    }

    void emit(Sink& sink, Span span, unsigned n, unsigned y0, unsigned y1, unsigned right, bool stated) const {
        Finding f;
        f.rule = info().id;
        f.category = info().category;
        f.severity = info().default_severity;
        f.span = span;
        f.arithmetic = fmt::format("{} − {} = {} ≠ {}", y1, y0, right, n);
        f.actual = fmt::format("{}", n);
        f.suggestion = fmt::format("{}", right);
        if (stated)
            f.message = {fmt::format("Kỷ niệm {} năm không khớp mốc ghi kèm ({} - {}): phải là {} năm.", n, y0, y1, right),
                         fmt::format("The {}-year anniversary contradicts its stated dates ({} - {}): it is {} years.", n,
                                     y0, y1, right)};
        else
            f.message = {fmt::format("Kỷ niệm {} năm không khớp: sự kiện năm {}, kỷ niệm năm {} (theo mốc cùng đoạn) là {} năm.",
                                     n, y0, y1, right),
                         fmt::format("The {}-year anniversary is wrong: the event was in {}, so in {} (the year dated in "
                                     "the same paragraph) it is {} years.", n, y0, y1, right)};
        sink.report(std::move(f));
    }
};

}  // namespace

std::unique_ptr<Rule> make_anniversary() { return std::make_unique<Anniversary>(); }

}  // namespace rc
