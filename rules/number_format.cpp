// number-format: unfilled placeholders left in a draft ("hỗ trợ .... triệu đồng",
// "Phường 1 .....") and the digits of a date split by a space ("(1 5/01 ...)").
// Also a number whose separators contradict the document's convention:
// "315,260 kWh" (a ','-grouped thousand) in a document that groups thousands
// with '.', for units whose values are whole numbers (kWh, đồng, counted nouns).
#include <fmt/format.h>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <vector>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__)
#include <immintrin.h>
#endif

#include "grammar/text_util.hpp"
#include "grammar/units.hpp"

#include "rules/rule.hpp"

namespace rc {
namespace {

inline bool dig(char c) { return c >= '0' && c <= '9'; }

// The first q >= p (q < n) where a finding can be near, or n: '.' or the lead byte of '…'
// right after a space (a placeholder starts at q - 1), '/' two bytes after a space (a split
// day starts at q - 3). Such pairs are rare (one in several KB of report text, where a
// lone '.', '/' or 0xE2 comes every hundred bytes): 32 bytes are tested at a time with SSE2
// (two 16-byte masks in one word: one test and branch per 32 bytes), else 16 with GCC vector
// extensions; each mask exact.
std::size_t next_trigger(const char* d, std::size_t p, std::size_t n) {
    const auto at = [&](std::size_t q) {
        return ((d[q] == '.' || d[q] == '\xE2') && q >= 1 && d[q - 1] == ' ') || (d[q] == '/' && q >= 2 && d[q - 2] == ' ');
    };
    for (; p < n && p < 2; ++p)
        if (at(p)) return p;
#if defined(__SSE2__)
    {
        const __m128i sp = _mm_set1_epi8(' '), dot = _mm_set1_epi8('.'), e2 = _mm_set1_epi8('\xE2'), sl = _mm_set1_epi8('/');
        // bit i: a trigger at q + i (reads q - 2 .. q + 15)
        const auto mask16 = [&](std::size_t q) {
            const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(d + q));
            const __m128i x1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(d + q - 1));
            const __m128i x2 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(d + q - 2));
            const __m128i m = _mm_or_si128(
                _mm_and_si128(_mm_or_si128(_mm_cmpeq_epi8(x, dot), _mm_cmpeq_epi8(x, e2)), _mm_cmpeq_epi8(x1, sp)),
                _mm_and_si128(_mm_cmpeq_epi8(x, sl), _mm_cmpeq_epi8(x2, sp)));
            return static_cast<std::uint32_t>(_mm_movemask_epi8(m));
        };
        for (; p + 32 <= n; p += 32)
            if (const std::uint32_t m = mask16(p) | mask16(p + 16) << 16) return p + static_cast<std::size_t>(std::countr_zero(m));
        if (p + 16 <= n) {
            if (const std::uint32_t m = mask16(p)) return p + static_cast<std::size_t>(std::countr_zero(m));
            p += 16;
        }
        if (p >= n) return n;
        if (n >= 18) {  // the last 16 bytes, those already tested (before p) shifted out
            const std::uint32_t m = mask16(n - 16) >> (16 - (n - p));
            return m ? p + static_cast<std::size_t>(std::countr_zero(m)) : n;
        }
        for (; p < n; ++p)
            if (at(p)) return p;
        return n;
    }
#endif
    using V = unsigned char __attribute__((vector_size(16)));
    const auto load = [](const char* a) {
        V v;
        std::memcpy(&v, a, sizeof v);
        return v;
    };
    // the triggers among the 16 bytes at q, those before q + skip cleared: in two halves
    const auto mask = [&](std::size_t q, unsigned skip, std::uint64_t& lo, std::uint64_t& hi) {
        const V x = load(d + q), x1 = load(d + q - 1), x2 = load(d + q - 2);
        const auto m = (((x == '.') | (x == 0xE2)) & (x1 == ' ')) | ((x == '/') & (x2 == ' '));
        std::memcpy(&lo, &m, 8);
        std::memcpy(&hi, reinterpret_cast<const char*>(&m) + 8, 8);
        if (skip >= 8) {
            lo = 0;
            hi &= ~std::uint64_t{0} << (8 * (skip - 8));
        } else {
            lo &= ~std::uint64_t{0} << (8 * skip);
        }
    };
    std::uint64_t lo, hi;
    for (; p + 16 <= n; p += 16) {
        mask(p, 0, lo, hi);
        if (lo) return p + static_cast<std::size_t>(std::countr_zero(lo) >> 3);
        if (hi) return p + 8 + static_cast<std::size_t>(std::countr_zero(hi) >> 3);
    }
    if (p >= n) return n;
    if (n >= 18) {  // the last 16 bytes, those already tested (before p) cleared
        const std::size_t q = n - 16;
        mask(q, static_cast<unsigned>(p - q), lo, hi);
        if (lo) return q + static_cast<std::size_t>(std::countr_zero(lo) >> 3);
        if (hi) return q + 8 + static_cast<std::size_t>(std::countr_zero(hi) >> 3);
        return n;
    }
    for (; p < n; ++p)
        if (at(p)) return p;
    return n;
}

#if defined(__x86_64__)
// next_trigger 64 bytes at a time with AVX2 (two 32-byte masks in one word), for the pass over a
// section's whole block_text (checked at run time; the machines without it take next_trigger).
// Reads d[p - 2, n): p >= 2.
[[gnu::target("avx2")]] inline std::uint32_t trigger_mask32(const char* d, std::size_t q) {
    // bit i: a trigger at q + i (reads q - 2 .. q + 31)
    const __m256i x = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(d + q));
    const __m256i x1 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(d + q - 1));
    const __m256i x2 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(d + q - 2));
    const __m256i sp = _mm256_set1_epi8(' ');
    const __m256i m = _mm256_or_si256(
        _mm256_and_si256(_mm256_or_si256(_mm256_cmpeq_epi8(x, _mm256_set1_epi8('.')), _mm256_cmpeq_epi8(x, _mm256_set1_epi8('\xE2'))),
                         _mm256_cmpeq_epi8(x1, sp)),
        _mm256_and_si256(_mm256_cmpeq_epi8(x, _mm256_set1_epi8('/')), _mm256_cmpeq_epi8(x2, sp)));
    return static_cast<std::uint32_t>(_mm256_movemask_epi8(m));
}
[[gnu::target("avx2")]] std::size_t next_trigger_avx2(const char* d, std::size_t p, std::size_t n) {
    for (; p + 64 <= n; p += 64)
        if (const std::uint64_t m = trigger_mask32(d, p) | std::uint64_t{trigger_mask32(d, p + 32)} << 32)
            return p + static_cast<std::size_t>(std::countr_zero(m));
    if (p + 32 <= n) {
        if (const std::uint32_t m = trigger_mask32(d, p)) return p + static_cast<std::size_t>(std::countr_zero(m));
        p += 32;
    }
    if (p >= n) return n;
    if (n >= 34) {  // the last 32 bytes, those already tested (before p) shifted out
        const std::uint32_t m = trigger_mask32(d, n - 32) >> (32 - (n - p));
        return m ? p + static_cast<std::size_t>(std::countr_zero(m)) : n;
    }
    return next_trigger(d, p, n);
}
#endif

// "402,590": 1-3 digits, a comma, exactly three digits.
bool comma_thousands_shape(const std::string& t) {
    if (t.size() < 5 || t.size() > 7) return false;  // (most numbers: no search for the comma)
    const std::size_t k = t.find(',');
    if (k == std::string::npos || k == 0 || k > 3 || t.size() != k + 4) return false;
    for (std::size_t i = 0; i < t.size(); ++i)
        if (i != k && !dig(t[i])) return false;
    return true;
}

// Units whose amounts are whole numbers: a fractional reading (402,590 = 402,59) is implausible.
bool whole_unit(std::string_view unit) {
    if (unit == "kWh" || unit == "đồng") return true;
    for (const UnitEntry& e : unit_table())
        if (e.canonical == unit) return e.counted;
    return false;
}

class NumberFormat final : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo i{"number-format", Category::format, Severity::warning,
                                {"Cách viết số sai quy ước hoặc còn chỗ trống", "Malformed number or unfilled placeholder"},
                                "docs/rules/number-format.md"};
        return i;
    }

    // Would a finding at b.text[from, to) be kept (past the per-file cap it is counted, not built)?
    static bool wants(const Block& b, std::size_t from, std::size_t to, Sink& sink) {
        return sink.wants(b.to_source(static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(to)));
    }

    void report(const Block& b, std::size_t from, std::size_t to, Text msg, std::optional<std::string> sugg,
                Sink& sink) const {
        Finding& f = sink.start(b.to_source(static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(to)), &info());  // (built in place: Sink::start)
        f.actual = b.text.substr(from, to - from);
        f.message = std::move(msg);
        f.suggestion = std::move(sugg);
        sink.commit();
    }

    // Placeholders and split days in one block.
    void check_block(const Block& b, Sink& sink) const {
        static const std::string ell = "\xE2\x80\xA6";  // …
        const std::string_view t = b.text;
        const std::size_t n = t.size();
        const char* const d = t.data();
        // A finding at i needs " ." or " …" at i (placeholder: a trigger at i + 1) or " ?/" at
        // i + 1 (split day: a trigger at i + 3): `trig`, the next trigger after i, lets the loop
        // jump to trig - 3.
        std::size_t trig = 0;
        for (std::size_t i = 0; i < n; ++i) {
            if (trig < i + 1) trig = next_trigger(d, i + 1, n);
            if (trig >= n) break;
            if (trig > i + 3) {
                i = trig - 4;  // the loop's ++i takes it to trig - 3
                continue;
            }
            // only a space (placeholder) or a digit (split day) can start a finding
            if (d[i] != ' ' && !dig(d[i])) continue;
            // placeholder: a space, then 4+ dots or 2+ "…" (a 3-dot ellipsis is punctuation)
            if (t[i] == ' ' && i + 1 < n && (t[i + 1] == '.' || (t[i + 1] == ell[0] && t.compare(i + 1, 3, ell) == 0))) {
                std::size_t j = i + 1, dots = 0, ells = 0;
                while (j < n) {
                    if (t[j] == '.') { ++dots; ++j; }
                    else if (t.compare(j, 3, ell) == 0) { ++ells; j += 3; }
                    else break;
                }
                // at the end of a paragraph, "...." is an ellipsis plus a full stop:
                // a trailing placeholder needs 5+ dots ("Phường 1 .....")
                std::size_t k = j;
                while (k < n && t[k] == ' ') ++k;
                const std::size_t need = k == n ? 5 : 4;
                // dot leaders of a table of contents: the dots run into a page number that ends the line
                // ("I. Kết quả thực hiện Nghị quyết ........ 3")
                std::size_t pg = k;
                while (pg < n && dig(t[pg])) ++pg;
                const bool leader = pg > k && pg - k <= 3 && trim(std::string_view(t).substr(pg)).empty();
                if (dots + 3 * ells >= need && ells != 1 && !leader && wants(b, i + 1, j, sink)) {
                    report(b, i + 1, j,
                           text_in(sink.langs(), "Chỗ trống chưa điền \"{}\": văn bản còn ở dạng dự thảo.",
                                   "Unfilled placeholder \"{}\": the draft was not completed.",
                                   t.substr(i + 1, j - i - 1)),
                           std::nullopt, sink);
                }
                i = j - 1;
                continue;
            }
            // split day: "(1 5/01" or "ngày 1 5/01" -> "15/01"
            if (dig(t[i]) && i + 4 < n && t[i + 1] == ' ' && dig(t[i + 2]) && t[i + 3] == '/' && dig(t[i + 4]) &&
                (i + 5 >= n || !dig(t[i + 5]) || i + 6 >= n || !dig(t[i + 6]))) {
                const bool after_paren = i > 0 && t[i - 1] == '(';
                const bool after_ngay = i >= 6 && t.compare(i - 6, 6, "ngày ") == 0;
                const unsigned day = unsigned(t[i] - '0') * 10 + unsigned(t[i + 2] - '0');
                if ((after_paren || after_ngay) && day >= 10 && day <= 31 && wants(b, i, i + 3, sink)) {
                    const std::string joined = fmt::format("{}{}", t[i], t[i + 2]);
                    report(b, i, i + 3,
                           text_in(sink.langs(), "Chữ số bị tách bởi dấu cách: \"{}\" — có lẽ là \"{}\".",
                                   "Digits split by a space: \"{}\" — probably \"{}\".", t.substr(i, 3), joined),
                           joined, sink);
                }
            }
        }
    }

    void check(const Document& doc, Sink& sink) const override {
        const std::vector<Block>& bs = doc.blocks;
        const char* const buf = doc.block_text.get();
        // The blocks made by build_blocks lie in block_text in their order, each followed by '\n': its
        // triggers are sought in one pass over all of it (a trigger in a block is one in the buffer: the
        // bytes before it are the block's or the '\n' before it), and only a block holding one is read.
        // Triggers are one in several KB; a pass per block cost its start and tail for every block.
        // (checked: a document whose blocks were not made so is read block by block)
        bool in_buf = buf && !doc.structure_only && !bs.empty();
        const char* prev = buf + Document::kBlockTextPad - 1;  // each block starts past the end of the one before
        // (the buffer's end and the blocks' read once: the loop read the size again at every block, 107 000 on
        // big-10M)
        const char* const limit = in_buf ? buf + doc.block_text_size : buf;
        for (const Block* b = bs.data(), *const e = b + bs.size(); in_buf && b != e; ++b) {
            const std::string_view t = b->text;
            in_buf = t.data() > prev && t.data() + t.size() < limit;
            prev = t.data() + t.size();
        }
        if (in_buf) {
            const auto at = [&](std::size_t k) { return static_cast<std::size_t>(bs[k].text.data() - buf); };
            const std::size_t end = at(bs.size() - 1) + bs.back().text.size();
#if defined(__x86_64__)
            static const bool avx2 = __builtin_cpu_supports("avx2");
            const auto scan = avx2 ? next_trigger_avx2 : next_trigger;
#else
            const auto scan = next_trigger;
#endif
            std::size_t k = 0;
            for (std::size_t p = at(0); (p = scan(buf, p, end)) < end;) {
                // the block holding p: the last that starts at or before it
                k = static_cast<std::size_t>(std::upper_bound(bs.begin() + static_cast<std::ptrdiff_t>(k), bs.end(), p,
                                                              [&](std::size_t q, const Block& b) {
                                                                  return q < static_cast<std::size_t>(b.text.data() - buf);
                                                              }) -
                                             bs.begin()) - 1;
                check_block(bs[k], sink);
                p = at(k) + bs[k].text.size();  // the rest of the block was read
                if (++k == bs.size()) break;
            }
        } else {
            for (const Block& b : bs) check_block(b, sink);
        }
        check_separators(doc, sink);
    }

    void check_separators(const Document& doc, Sink& sink) const {
        const Claims& c = doc.claims;
        if (c.convention != Claims::Convention::vi || c.vi_evidence < 3 || c.en_evidence > 0) return;
        for (const Quantity& q : c.quantities) {
            const Number& n = q.number;
            if (!comma_thousands_shape(n.text) || q.unit.empty() || !whole_unit(q.unit)) continue;
            // a scale word ("402,590 triệu đồng") makes the decimal reading the natural one
            if (q.value != n.vi_value) continue;
            if (!sink.wants(q.span)) continue;  // past the per-file cap: counted, not built
            std::string dotted = n.text;
            dotted[dotted.find(',')] = '.';
            Finding& f = sink.start(q.span, &info());  // (built in place: Sink::start)
            f.actual = n.text;
            f.suggestion = dotted;
            f.message =
                text_in(sink.langs(),
                        "Số \"{} {}\" dùng dấu phẩy như dấu phân cách hàng nghìn, trái quy ước của văn bản "
                        "(dấu chấm phân cách hàng nghìn, dấu phẩy là dấu thập phân); nếu là {} {} thì viết \"{}\".",
                        "\"{} {}\" uses a comma as a thousands separator, against the document's convention "
                        "('.' groups thousands, ',' is the decimal mark); if {} {} is meant, write \"{}\".",
                        n.text, q.unit, dotted, q.unit, dotted);
            sink.commit();
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_number_format() { return std::make_unique<NumberFormat>(); }

}  // namespace rc
