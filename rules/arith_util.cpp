#include "rules/arith_util.hpp"

#include "grammar/number_lex.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>

#include <fmt/format.h>

#include "rules/config.hpp"
#include "rules/numfmt.hpp"

namespace rc {

std::optional<Text> likely_typo(std::string_view written, std::string_view consistent, Langs langs) {
    // The digits of both, compared in step (no copies): their count, and the first two places
    // where they differ with the digits there.
    const auto digit = [](char ch) { return ch >= '0' && ch <= '9'; };
    std::size_t i = 0, j = 0, count = 0, diffs = 0;
    std::size_t at[2] = {0, 0};
    char da[2] = {0, 0}, db[2] = {0, 0};
    for (;; ++i, ++j, ++count) {
        while (i < written.size() && !digit(written[i])) ++i;
        while (j < consistent.size() && !digit(consistent[j])) ++j;
        const bool end_a = i == written.size(), end_b = j == consistent.size();
        if (end_a != end_b) return std::nullopt;  // not as many digits
        if (end_a) break;
        if (written[i] != consistent[j]) {
            if (diffs < 2) {
                at[diffs] = count;
                da[diffs] = written[i];
                db[diffs] = consistent[j];
            }
            ++diffs;
        }
    }
    if (count == 0 || diffs == 0) return std::nullopt;
    // A changed last digit, or a change in a one- or two-digit number, is no
    // evidence of a slip of the finger (any small miscount looks like that).
    if (diffs == 1 && count >= 3 && at[0] + 1 < count)
        return make_text(
            langs, [&] { return cat({written, " ↔ ", consistent, " (sai một chữ số)"}); },
            [&] { return cat({written, " ↔ ", consistent, " (one digit differs)"}); });
    if (diffs == 2 && at[1] == at[0] + 1 && da[0] == db[1] && da[1] == db[0])
        return make_text(
            langs, [&] { return cat({written, " ↔ ", consistent, " (hai chữ số bị đảo)"}); },
            [&] { return cat({written, " ↔ ", consistent, " (two digits transposed)"}); });
    return std::nullopt;
}

std::string suggest(long double value, int decimals) { return format_vi(value, decimals); }

std::string join_plus(const std::vector<std::string>& xs) {
    std::size_t n = 0;
    for (const std::string& x : xs) n += x.size() + 3;
    std::string out;  // sized once, each part appended (was a temporary string per part)
    out.reserve(n);
    for (std::size_t i = 0; i < xs.size(); ++i) {
        if (i) out += " + ";
        out += xs[i];
    }
    return out;
}

namespace {
// 10^k for kPow10Min <= k <= kPow10Max exactly as scale_of's std::pow(10.0L, round(…)) gave it
// at run time: glibc's powl, which is one unit in the last place off for some k (10^-3). Filled
// once at run time; the exponent is hidden from the optimiser (an empty asm that may change it),
// else GCC folds the table into its own correctly rounded constants (even through a volatile),
// which differ from powl's.
constexpr int kPow10Min = -30, kPow10Max = 30;
using Pow10Table = std::array<long double, kPow10Max - kPow10Min + 1>;
const Pow10Table& pow10_table() {
    static const Pow10Table t = [] {
        Pow10Table a{};
        for (int k = kPow10Min; k <= kPow10Max; ++k) {
            long double e = static_cast<long double>(k);
            asm volatile("" : "+m"(e));
            a[static_cast<std::size_t>(k - kPow10Min)] = std::pow(10.0L, e);
        }
        return a;
    }();
    return t;
}
}  // namespace

long double snap_pow10(long double s) {
    const long double a = std::fabs(s);
    const Pow10Table& t = pow10_table();
    if (a >= t.front() && a <= t.back()) {  // (false for NaN)
        // t[k] <= a < t[k + 1]. A power of ten within 1e-9 of a is t[k] or t[k + 1], and it is
        // the one 10^round(log10 a) names: its log10 is within 5e-10 of a's.
        const std::size_t k = static_cast<std::size_t>(std::upper_bound(t.begin(), t.end(), a) - t.begin()) - 1;
        for (std::size_t j = k; j <= k + 1 && j < t.size(); ++j)
            if (std::fabs(s - t[j]) <= t[j] * 1e-9L) return t[j];
        return 1;
    }
    const long double p = std::pow(10.0L, std::round(std::log10(a)));
    return std::fabs(s - p) <= p * 1e-9L ? p : 1;
}

std::string shown(const Quantity& q, long double scale) {
    // the number as written, unless it is only the first number of a compound ("239 tỷ 491 triệu")
    const long double n = q.number.vi_ok ? q.number.vi_value : q.number.en_value;
    const bool whole_figure = std::fabs(std::fabs(n * scale) - std::fabs(q.value)) <= std::fabs(q.value) * 1e-9L;
    if (std::fabs(scale_of(q) - scale) <= scale * 1e-9L && !q.number.text.empty() && whole_figure) return q.number.text;
    return format_vi_short(q.value / scale, 6);
}

// The text of a share claim says its list is partial: "trong đó", "Trong đó", " như " or " khác"
// (what four string_view::find did). Each has a space followed by "đó", "nh" or "kh": such
// spaces are found sixteen bytes at a time (GCC vector extensions, SSE2), then the words tested.
bool partial_share_words(std::string_view t) {
    const char* const d = t.data();
    const std::size_t n = t.size();
    const auto at = [&](std::size_t i) {  // the words around the space at i
        const std::string_view r = t.substr(i);
        if (r.starts_with(" như ") || r.starts_with(" khác")) return true;
        return r.starts_with(" đó") && i >= 5 && (t.substr(i - 5, 5) == "trong" || t.substr(i - 5, 5) == "Trong");
    };
    using V = unsigned char __attribute__((vector_size(16)));
    const auto load = [](const char* a) {
        V v;
        std::memcpy(&v, a, sizeof v);
        return v;
    };
    std::size_t i = 0;
    for (; i + 18 <= n; i += 16) {
        const V x = load(d + i), x1 = load(d + i + 1), x2 = load(d + i + 2);
        const auto m = (x == ' ') & ((((x1 == 'n') | (x1 == 'k')) & (x2 == 'h')) | ((x1 == 0xC4) & (x2 == 0x91)));
        std::uint64_t half[2];
        std::memcpy(half, &m, sizeof half);
        for (int h = 0; h < 2; ++h)
            for (std::uint64_t bits = half[h]; bits; bits &= bits - 1) {
                const int b = std::countr_zero(bits);
                if ((b & 7) == 0 && at(i + 8 * static_cast<std::size_t>(h) + static_cast<std::size_t>(b >> 3))) return true;
            }
    }
    for (; i < n; ++i)
        if (d[i] == ' ' && at(i)) return true;
    return false;
}

namespace {

struct Ctx {
    const Document& doc;
    Rounding rounding;
    long double margin;
    bool detail = true;  // false: the caller needs the status only (the texts of a consistent claim are skipped)
    bool status_only = false;  // no texts at all, whatever the status: the status and a finding's span
    Langs langs = Langs::both;  // the languages of the texts
    // No verdict is made of the claim (a section of a sectioned text: RuleConfig::section): an unverifiable
    // claim's reason and an inconsistent one's detail (its arithmetic again), which only its verdict
    // carries, are not written (1 900 copies of the arithmetic on big-10M).
    bool verdictless = false;
    // (always inline: GCC kept it out of line, 96 000 calls on big-10M returning a 48-byte Interval through memory)
    [[gnu::always_inline]] Interval iv(const Quantity& q) const { return interval_of(q, rounding, margin); }
};

// An unverifiable claim: its status, its span and, for its verdict, the reason in both languages. `e` is
// as default-constructed (each caller's own, before anything is written into it).
void set_unverifiable(const Ctx& cx, Evaluation& e, const Claim& c, std::string_view vi, std::string_view en) {
    e.status = ClaimStatus::unverifiable;
    e.span = c.span;
    if (!cx.verdictless) e.detail = Text{std::string(vi), std::string(en)};
}

int max_decimals(const std::vector<Quantity>& qs) {
    int d = 0;
    for (const auto& q : qs) d = std::max(d, q.decimals);
    return d;
}

// (units are views of the unit table: the same unit is nearly always the same view, known without memcmp)
[[gnu::always_inline]] inline bool same_unit(const Quantity& a, const Quantity& b) {
    return a.unit.empty() || b.unit.empty() || (a.unit.data() == b.unit.data() && a.unit.size() == b.unit.size()) ||
           a.unit == b.unit;
}

const char* qual_vi(Qualifier q) {
    switch (q) {
        case Qualifier::more_than: return "trên ";
        case Qualifier::less_than: return "dưới ";
        case Qualifier::approx: return "khoảng ";
        default: return "";
    }
}

// "57/457 = 12,4726% ∈ [12,465; 12,475)" when the computed value itself lies in the
// stated interval; else the computed interval that meets it (rounded operands).
Text consistent_detail(Langs langs, const std::string& formula, const Interval& computed, const Interval& stated, int d,
                       const char* unit = "%") {
    const std::string sx = format_interval(stated, d + 1);
    if (stated.contains(computed.mid()) || !computed.bounded()) {
        const std::string t = fmt::format("{} = {}{} ∈ {}", formula, format_vi(computed.mid(), d + 2), unit, sx);
        return same_text(langs, t);
    }
    const std::string ci = format_interval(computed, d + 2);
    return text_in(langs, "{} ∈ {}, giao với {} (các số hạng đã làm tròn)", "{} ∈ {}, meets {} (operands are rounded)",
                   formula, ci, sx);
}

// The total of shares that state none: 100 %, exact (built once).
const Quantity& hundred_percent() {
    static const Quantity h = [] {
        Quantity q;
        q.value = 100;
        q.unit = "%";
        q.exact = true;
        q.number.text = "100";
        q.number.vi_value = 100;
        return q;
    }();
    return h;
}

// total vs parts (sum, table_total, share).
void eval_sum(const Ctx& cx, const Claim& c, bool shares, Evaluation& e) {
    // the claim's own total, or for shares without one, 100 % (a pointer: no copy of the total)
    const Quantity* total = c.total ? &*c.total : shares ? &hundred_percent() : nullptr;
    if (!total || c.parts.empty()) {
        set_unverifiable(cx, e, c, "thiếu tổng số hoặc các thành phần", "the total or its parts are missing");
        return;
    }
    // (with a unit on the total, parts that agree with it agree with each other: the second test only without)
    const bool against_front = total->unit.empty();
    for (const auto& p : c.parts)
        if (!same_unit(p, *total) || (against_front && !same_unit(p, c.parts.front()))) {
            set_unverifiable(cx, e, c, fmt::format("các thành phần khác đơn vị ({} / {}), không cộng được", p.unit, total->unit),
                             fmt::format("parts in different units ({} / {}) are not added", p.unit, total->unit));
            return;
        }
    Interval S = Interval::point(0);
    for (const auto& p : c.parts) S = S + cx.iv(p);
    const Interval T = cx.iv(*total);
    // Shares of one whole ("cơ cấu") name every part unless the text says the
    // list is partial ("trong đó", "như", "… khác"): then only a sum above 100 % fires.
    const bool complete = c.complete || (shares && !partial_share_words(cx.doc.source.slice(c.span)));
    bool ok;
    if (complete) ok = intersects(S, T);
    else ok = intersects(S, Interval{-Interval::inf, T.hi, true, T.hi_open});  // parts may sum lower, never higher
    if ((ok && !cx.detail) || cx.status_only) {  // the caller needs the status only: no texts
        e.status = ok ? ClaimStatus::consistent : ClaimStatus::inconsistent;
        e.span = total->span;
        return;
    }
    long double scale = scale_of(*total);
    // a compound total ("239 tỷ 491 triệu đồng") is shown at its parts' common scale ("triệu")
    if (scale == 1 && total->number.vi_ok && std::fabs(total->number.vi_value - total->value) > 1e-9L * std::fabs(total->value)) {
        const long double ps = scale_of(c.parts.front());
        bool same = ps > 1;
        for (const auto& p : c.parts) same = same && std::fabs(scale_of(p) - ps) <= ps * 1e-9L;
        if (same && total->value >= ps) scale = ps;
    }
    const int pd = std::max(max_decimals(c.parts), 0);
    const std::string tot_s = std::string(qual_vi(total->qualifier)) + shown(*total, scale);
    e.span = total->span;
    e.actual = tot_s;
    // a breakdown given in a footnote: the user jumps to the footnote that holds the parts
    if (!c.list_span.empty())
        e.related.push_back(Related{c.list_span, Text{"các thành phần ở chú thích", "the parts in the footnote"}});
    const std::string unit = total->unit == "%" ? "%" : "";
    std::vector<std::string> xs;
    for (const auto& p : c.parts) xs.push_back(qual_vi(p.qualifier) + shown(p, scale));
    const std::string sum_s = S.bounded() ? suggest(S.mid() / scale, pd) : format_interval(S * (1 / scale), pd);
    if (ok) {
        e.status = ClaimStatus::consistent;
        const std::string rel = complete ? "=" : "≤";
        e.detail = same_text(cx.langs, cat({join_plus(xs), " = ", sum_s, unit, " ", rel, " ", tot_s, unit}));
        return;
    }
    e.status = ClaimStatus::inconsistent;
    const int td = total->decimals;
    if (complete) {
        e.arithmetic = cat({join_plus(xs), " = ", sum_s, unit, " ≠ ", tot_s, unit});
        e.expected = format_interval(S * (1 / scale), std::max(td, pd) + (S.lo == S.hi ? 0 : 1));
        // (shares: no consistent value nor typo of the 100 % — a part's typo is sought below)
        if (S.bounded() && !shares) {
            e.suggestion = td == pd ? sum_s : suggest(S.mid() / scale, td);  // (sum_s when at the same decimals)
            e.typo = likely_typo(total->number.text, *e.suggestion, cx.langs);
        }
        if (shares) {
            e.message = make_text(
                cx.langs, [&] { return cat({"Các tỷ lệ cộng lại được ", sum_s, "%, không phải 100%"}); },
                [&] { return cat({"The shares add up to ", sum_s, "%, not 100%"}); });
        } else {
            e.message = make_text(
                cx.langs, [&] { return cat({"Tổng các thành phần là ", sum_s, ", khác với tổng số đã nêu ", tot_s}); },
                [&] { return cat({"The parts add up to ", sum_s, ", not the stated total ", tot_s}); });
        }
    } else {
        e.arithmetic = cat({join_plus(xs), " = ", sum_s, unit, " > ", tot_s, unit});
        e.expected = "≤ " + format_vi(T.hi / scale, td);
        if (shares)
            e.message = make_text(
                cx.langs, [&] { return cat({"Các tỷ lệ cộng lại được ", sum_s, "%, vượt quá 100%"}); },
                [&] { return cat({"The shares add up to ", sum_s, "%, more than 100%"}); });
        else
            e.message = make_text(
                cx.langs, [&] { return cat({"Các thành phần (cộng lại ", sum_s, ") vượt quá tổng số đã nêu ", tot_s}); },
                [&] { return cat({"The parts (adding up to ", sum_s, ") exceed the stated total ", tot_s}); });
        if (S.bounded())
            e.typo = likely_typo(total->number.text, td == pd ? sum_s : suggest(S.mid() / scale, td), cx.langs);
    }
    // A typo in one part: the value that part would need, at its own precision.
    if (!e.typo && complete && T.bounded() && S.bounded()) {
        // Only when exactly one part can be explained that way (else it is a guess).
        std::optional<Text> found;
        const Quantity* which = nullptr;
        int candidates = 0;
        for (const auto& p : c.parts) {
            const Interval rest = S - cx.iv(p);
            const long double need = (T.mid() - rest.mid()) / scale_of(p);
            if (need <= 0) continue;
            const std::string n = suggest(need, p.decimals);
            if (auto t = likely_typo(p.number.text, n, cx.langs)) {
                ++candidates;
                found = std::move(t);
                which = &p;
            }
        }
        if (candidates == 1) {
            e.typo = std::move(found);
            e.related.push_back(Related{which->span, Text{"thành phần có thể gõ nhầm", "part likely mistyped"}});
        }
    }
    if (!cx.verdictless) e.detail = same_text(cx.langs, e.arithmetic);  // (a section makes no verdict)
}

// part / whole × 100 = percent (percent_of, table_percent).
void eval_percent(const Ctx& cx, const Claim& c, Evaluation& e) {
    if (!c.part || !(c.whole || c.late) || !c.percent) {
        set_unverifiable(cx, e, c, "thiếu tử số hoặc mẫu số của tỷ lệ", "the part or the base of the percentage is missing");
        return;
    }
    // an on-time rate given with the late count: the base is on time + late ("1.636/(1.636 + 10)"),
    // in the late count's unit (its text is written only for a message, below)
    const Quantity& base = c.whole ? *c.whole : *c.late;
    if (!same_unit(*c.part, base)) {
        set_unverifiable(cx, e, c, fmt::format("tử số và mẫu số khác đơn vị ({} / {})", c.part->unit, base.unit),
                         fmt::format("part and base in different units ({} / {})", c.part->unit, base.unit));
        return;
    }
    const Interval W = c.whole ? cx.iv(*c.whole) : cx.iv(*c.part) + cx.iv(*c.late);
    if (W.contains_zero()) {
        set_unverifiable(cx, e, c, "mẫu số bằng 0", "the base is zero");
        return;
    }
    Interval P = cx.iv(*c.part) / W * 100;
    Interval X = cx.iv(*c.percent);
    // "gấp 2,6 lần": the grammar stores 100·X as a percentage; show it as a multiple.
    const bool times = std::fabs(scale_of(*c.percent) - 100) < 1e-6L;
    const char* u = times ? " lần" : "%";
    if (times) {
        P = P * 0.01L;
        X = X * 0.01L;
    }
    const int d = c.percent->decimals;
    // an on-time rate may be of another figure of the sentence ("tiếp nhận 1.646 hồ sơ"): it holds when
    // it matches any of them (the message then shows part/(part + late))
    if (!c.whole && c.late)
        for (const Quantity& o : c.other_bases) {
            if (!same_unit(*c.part, o)) continue;
            const Interval B = cx.iv(o);
            if (B.contains_zero()) continue;
            if (intersects(cx.iv(*c.part) / B * 100, X)) {
                e.status = ClaimStatus::consistent;
                if (!cx.detail) return;  // the caller needs the status only: no texts
                e.span = c.percent->span;
                e.actual = c.percent->number.text + u;
                e.detail = consistent_detail(cx.langs, fmt::format("{}/{}", c.part->number.text, o.number.text),
                                             cx.iv(*c.part) / B * 100, X, d, u);
                return;
            }
        }
    const bool ok = intersects(P, X);
    if (cx.status_only || (!cx.detail && ok)) {  // the caller needs the status only: no texts
        e.status = ok ? ClaimStatus::consistent : ClaimStatus::inconsistent;
        e.span = c.percent->span;
        return;
    }
    const long double scale = c.whole ? scale_of(*c.whole) : 1;
    const std::string ratio =
        c.whole ? cat({shown(*c.part, scale), "/", shown(*c.whole, scale)})
                : cat({shown(*c.part, scale), "/(", c.part->number.text, " + ", c.late->number.text, ")"});
    const std::string computed = format_vi(P.mid(), d + 2) + u;
    const std::string stated = std::string(qual_vi(c.percent->qualifier)) + c.percent->number.text + u;
    e.span = c.percent->span;
    e.actual = c.percent->number.text + u;
    if (ok) {
        e.status = ClaimStatus::consistent;
        e.detail = consistent_detail(cx.langs, ratio, P, X, d, u);
        return;
    }
    e.status = ClaimStatus::inconsistent;
    e.arithmetic = cat({ratio, " = ", computed, " ≠ ", stated});
    e.expected = format_interval(P, d + 2);
    e.suggestion = suggest(P.mid(), d);
    e.typo = likely_typo(c.percent->number.text, *e.suggestion, cx.langs);
    if (times)
        e.message = make_text(
            cx.langs,
            [&] {
                return fmt::format("Hệ số gấp {} không khớp: {} = {}, làm tròn thành {} lần", stated, ratio, computed,
                                   *e.suggestion);
            },
            [&] {
                return fmt::format("Multiple {} does not match: {} = {}, which rounds to {} times",
                                   c.percent->number.text + "×", ratio, format_vi(P.mid(), d + 2), *e.suggestion);
            });
    else
        e.message = make_text(
            cx.langs,
            [&] {
                return cat({"Tỷ lệ ", stated, " không khớp: ", ratio, " là ", computed, ", làm tròn thành ", *e.suggestion,
                            "%"});
            },
            [&] {
                return cat({"Percentage ", stated, " does not match: ", ratio, " is ", computed, ", which rounds to ",
                            *e.suggestion, "%"});
            });
    if (!cx.verdictless) e.detail = same_text(cx.langs, e.arithmetic);  // (a section makes no verdict)
}

// The previous period's figure: the claim's own, or one derived from the change into `derived`
// (whose text, which only messages show, derived_text() writes).
const Quantity* previous_of(const Claim& c, Interval& prev, const Ctx& cx, std::optional<Quantity>& derived) {
    if (c.previous) {
        prev = cx.iv(*c.previous);
        return &*c.previous;
    }
    if (c.change && c.current) {
        // "tăng N" -> previous = current − N; "giảm N" -> current + N.
        const Interval ch = cx.iv(*c.change);
        prev = c.direction < 0 ? cx.iv(*c.current) + ch : cx.iv(*c.current) - ch;
        Quantity& q = derived.emplace(*c.current);
        q.value = prev.mid();
        return &q;
    }
    return nullptr;
}
void derived_text(const Claim& c, const Interval& prev, std::optional<Quantity>& derived) {
    if (derived) derived->number.text = format_vi_short(prev.mid() / scale_of(*c.current), 6);
}

// growth, index_growth, cagr.
void eval_growth(const Ctx& cx, const Claim& c, Evaluation& e) {
    if (c.kind == ClaimKind::index_growth && c.index && c.rate && !(c.current && (c.previous || c.change))) {
        // "bằng 92% cùng kỳ (giảm 8%)": index − 100 = ±rate.
        const int dir = c.direction ? c.direction : 1;
        const Interval I = cx.iv(*c.index) + (-100.0L);
        const Interval R = cx.iv(*c.rate) * static_cast<long double>(dir);
        const bool ok = intersects(I, R);
        if (cx.status_only || (!cx.detail && ok)) {  // the caller needs the status only: no texts
            e.status = ok ? ClaimStatus::consistent : ClaimStatus::inconsistent;
            e.span = c.rate->span;
            return;
        }
        const std::string idx = c.index->number.text + "%";
        const std::string rt = (dir < 0 ? "giảm " : "tăng ") + c.rate->number.text + "%";
        const std::string rt_en = (dir < 0 ? "down " : "up ") + c.rate->number.text + "%";
        const int d = std::max(c.index->decimals, c.rate->decimals);
        const std::string implied = format_vi(std::fabs(I.mid()), d);
        e.span = c.rate->span;
        e.actual = c.rate->number.text + "%";
        if (ok) {
            e.status = ClaimStatus::consistent;
            e.detail = make_text(
                cx.langs,
                [&] { return fmt::format("{} − 100% = {}{}% ~ {}", idx, I.mid() < 0 ? "−" : "", implied, rt); },
                [&] { return fmt::format("{} − 100% = {}{}% ~ {}", idx, I.mid() < 0 ? "−" : "", implied, rt_en); });
            return;
        }
        e.status = ClaimStatus::inconsistent;
        const bool sign_wrong = (I.hi < 0 && dir > 0) || (I.lo > 0 && dir < 0);
        e.arithmetic = cat({idx, " − 100% = ", I.mid() < 0 ? "−" : "+", implied, "% ≠ ", dir < 0 ? "−" : "+",
                            c.rate->number.text, "%"});
        e.expected = format_interval(I, d + 1);
        e.suggestion = cat({I.mid() < 0 ? "−" : "+", format_vi(std::fabs(I.mid()), c.rate->decimals), "%"});
        if (!sign_wrong)
            e.typo = likely_typo(c.rate->number.text, format_vi(std::fabs(I.mid()), c.rate->decimals), cx.langs);
        e.message = make_text(
            cx.langs,
            [&] {
                return fmt::format("Chỉ số {} nghĩa là {} {}%, không phải {}", idx, I.mid() < 0 ? "giảm" : "tăng",
                                   implied, rt);
            },
            [&] {
                return fmt::format("An index of {} means {} {}%, not {}", idx, I.mid() < 0 ? "down" : "up", implied,
                                   rt_en);
            });
        if (!cx.verdictless) e.detail = same_text(cx.langs, e.arithmetic);  // (a section makes no verdict)
        return;
    }
    if (!c.rate && !c.index && c.change && c.current && c.previous) {
        // "A năm 2025; … năm 2030 B (tăng C)": B − A = ±C
        if (!same_unit(*c.current, *c.previous) || !same_unit(*c.current, *c.change)) {
            set_unverifiable(cx, e, c, "hai kỳ khác đơn vị", "the two periods are in different units");
            return;
        }
        const int dir = c.direction ? c.direction : 1;
        const Interval D = (cx.iv(*c.current) - cx.iv(*c.previous)) * static_cast<long double>(dir);
        const Interval C = cx.iv(*c.change);
        const bool ok = intersects(D, C);
        if (cx.status_only || (!cx.detail && ok)) {  // the caller needs the status only: no texts
            e.status = ok ? ClaimStatus::consistent : ClaimStatus::inconsistent;
            e.span = c.change->span;
            return;
        }
        const long double scale = scale_of(*c.current);
        const int d = std::max({c.current->decimals, c.previous->decimals, c.change->decimals});
        const std::string cu(c.change->written_unit.empty() ? c.change->unit : c.change->written_unit);
        const std::string said = std::string(qual_vi(c.change->qualifier)) + shown(*c.change, scale) + (cu.empty() ? "" : " " + cu);
        e.span = c.change->span;
        e.actual = said;
        const std::string cs = shown(*c.current, scale), ps = shown(*c.previous, scale);
        const std::string formula = dir < 0 ? cat({ps, " − ", cs}) : cat({cs, " − ", ps});
        if (ok) {
            e.status = ClaimStatus::consistent;
            const std::string t = fmt::format("{} = {} ~ {}", formula, format_vi(D.mid() / scale, d), said);
            e.detail = same_text(cx.langs, t);
            return;
        }
        e.status = ClaimStatus::inconsistent;
        e.arithmetic = cat({formula, " = ", format_vi(D.mid() / scale, d), " ≠ ", said});
        e.expected = format_interval(D * (1 / scale), d);
        e.suggestion = suggest(D.mid() / scale, c.change->decimals);
        e.typo = likely_typo(c.change->number.text, *e.suggestion, cx.langs);
        e.message = make_text(
            cx.langs,
            [&] {
                return fmt::format("Mức {} {} không khớp với hai số liệu: {} = {}", dir < 0 ? "giảm" : "tăng", said,
                                   formula, format_vi(D.mid() / scale, d));
            },
            [&] {
                return fmt::format("The {} of {} does not match the two values: {} = {}", dir < 0 ? "fall" : "rise",
                                   said, formula, format_vi(D.mid() / scale, d));
            });
        if (!cx.verdictless) e.detail = same_text(cx.langs, e.arithmetic);  // (a section makes no verdict)
        return;
    }
    Interval prev;
    std::optional<Quantity> derived;
    const Quantity* const pq = previous_of(c, prev, cx, derived);
    const Quantity* stated = c.rate ? &*c.rate : (c.index ? &*c.index : nullptr);
    if (!c.current || !pq || !stated) {
        set_unverifiable(cx, e, c, "thiếu số liệu kỳ gốc hoặc kỳ này, không kiểm tra được tốc độ",
                         "the base or current value is not stated; the rate cannot be checked");
        return;
    }
    if (!same_unit(*c.current, *pq)) {
        set_unverifiable(cx, e, c, "hai kỳ khác đơn vị", "the two periods are in different units");
        return;
    }
    if (prev.contains_zero() || prev.hi <= 0) {
        set_unverifiable(cx, e, c, "kỳ gốc bằng 0", "the base is zero");
        return;
    }
    // "gấp 1,95 lần so với giai đoạn trước (26.018 tỷ đồng)": the index is a multiple (stored as 100·X);
    // the check and its wording are those of a multiple.
    if (!c.rate && c.kind == ClaimKind::growth && std::fabs(scale_of(*stated) - 100) < 1e-6L) {
        derived_text(c, prev, derived);
        Claim m = c;
        m.part = c.current;
        m.whole = *pq;
        m.percent = c.index;
        eval_percent(cx, m, e);  // (e is still as the caller gave it: nothing written above)
        return;
    }
    const Interval ratio = cx.iv(*c.current) / prev;
    Interval G;
    const bool is_index = !c.rate;
    if (c.kind == ClaimKind::cagr) {
        if (c.years <= 0 || ratio.lo <= 0) {
            set_unverifiable(cx, e, c, "không rõ số năm", "the number of years is unknown");
            return;
        }
        const long double n = c.years;
        G = Interval::closed((std::pow(ratio.lo, 1 / n) - 1) * 100, (std::pow(ratio.hi, 1 / n) - 1) * 100);
        if (c.direction < 0) G = G * -1.0L;
    } else if (is_index) {
        G = ratio * 100;
    } else {
        G = ratio * 100 + (-100.0L);
        if (c.direction < 0) G = G * -1.0L;  // "giảm X%": X = (1 − current/previous) × 100
    }
    const Interval X = cx.iv(*stated);
    const int d = stated->decimals;
    const bool ok = intersects(G, X);
    if (cx.status_only || (!cx.detail && ok)) {  // the caller needs the status only: no texts
        e.status = ok ? ClaimStatus::consistent : ClaimStatus::inconsistent;
        e.span = stated->span;
        return;
    }
    // the formula as shown (only when a text is wanted)
    derived_text(c, prev, derived);
    const long double scale = scale_of(*c.current);
    const std::string cs = shown(*c.current, scale), ps = shown(*pq, scale);
    const std::string formula = c.kind == ClaimKind::cagr ? fmt::format("({}/{})^(1/{}) − 1", cs, ps, c.years)
                                : is_index               ? cat({cs, "/", ps})
                                : c.direction < 0        ? cat({"1 − ", cs, "/", ps})
                                                         : cat({cs, "/", ps, " − 1"});
    const std::string computed = format_vi(G.mid(), d + 2) + "%";
    e.span = stated->span;
    e.actual = stated->number.text + "%";
    if (ok) {
        e.status = ClaimStatus::consistent;
        e.detail = consistent_detail(cx.langs, formula, G, X, d);
        return;
    }
    e.status = ClaimStatus::inconsistent;
    e.arithmetic = cat({formula, " = ", computed, " ≠ ", stated->number.text, "%"});
    e.expected = format_interval(G, d + 2);
    e.suggestion = suggest(G.mid(), d);
    if (G.mid() >= 0) e.typo = likely_typo(stated->number.text, *e.suggestion, cx.langs);
    const char* what_vi = c.kind == ClaimKind::cagr ? "Tốc độ tăng bình quân" : is_index ? "Chỉ số" : "Tốc độ tăng/giảm";
    const char* what_en = c.kind == ClaimKind::cagr ? "Average annual growth" : is_index ? "Index" : "Growth rate";
    e.message = make_text(
        cx.langs,
        [&] {
            return cat({what_vi, " ", stated->number.text, "% không khớp với số liệu hai kỳ: ", formula, " = ", computed});
        },
        [&] {
            return cat({what_en, " ", stated->number.text, "% does not match the two values: ", formula, " = ", computed});
        });
    if (!cx.verdictless) e.detail = same_text(cx.langs, e.arithmetic);  // (a section makes no verdict)
}

void eval_count(const Ctx& cx, const Claim& c, Evaluation& e) {
    if (!c.count || c.items.empty()) return set_unverifiable(cx, e, c, "không có danh sách để đếm", "no list to count");
    const long double n = static_cast<long double>(c.items.size());
    e.span = c.count->span;
    e.actual = c.count->number.text;
    if (!c.list_span.empty())
        e.related.push_back(Related{c.list_span, Text{"danh sách ở chú thích", "the list in the footnote"}});
    if (std::fabs(c.count->value - n) < 0.5L || c.count->qualifier != Qualifier::none) {
        e.status = ClaimStatus::consistent;
        e.detail = text_in(cx.langs, "{} = {} mục trong danh sách", "{} = {} items in the list", c.count->number.text,
                           c.items.size());
        return;
    }
    // a list whose ',' may join words inside an item names between items_min and n items
    if (c.items_min != 0 && c.items_min < c.items.size()) {
        const long double lo = static_cast<long double>(c.items_min);
        const std::string range = fmt::format("{}–{}", c.items_min, c.items.size());
        if (c.count->value > lo - 0.5L && c.count->value < n + 0.5L) {
            e.status = ClaimStatus::consistent;
            e.detail =
                text_in(cx.langs, "{} ∈ [{}] mục trong danh sách (dấu phẩy có thể nằm trong một mục)",
                        "{} ∈ [{}] items in the list (a comma may sit inside an item)", c.count->number.text, range);
            return;
        }
        e.status = ClaimStatus::inconsistent;
        e.arithmetic = fmt::format("{} ∉ [{}]", c.count->number.text, range);
        e.expected = range;
        const std::string noun(c.count->written_unit.empty() ? c.count->unit : c.count->written_unit);
        const std::string said = noun.empty() ? c.count->number.text : c.count->number.text + " " + noun;
        e.message =
            text_in(cx.langs, "Văn bản nêu {} nhưng chú thích liệt kê từ {} đến {} mục",
                    "The text says {} but the footnote lists {} to {} items", said, c.items_min, c.items.size());
        if (!cx.verdictless) e.detail = same_text(cx.langs, e.arithmetic);  // (a section makes no verdict)
        return;
    }
    e.status = ClaimStatus::inconsistent;
    e.arithmetic = fmt::format("{} ≠ {}", c.count->number.text, c.items.size());
    e.expected = fmt::format("{}", c.items.size());
    e.suggestion = fmt::format("{:0{}}", c.items.size(), c.count->number.leading_zero ? 2 : 1);
    const std::string noun(c.count->written_unit.empty() ? c.count->unit : c.count->written_unit);
    const std::string said = noun.empty() ? c.count->number.text : c.count->number.text + " " + noun;
    if (c.list_span.empty())  // "3 năm (2022, 2023)": the list in parentheses right after the count
        e.message = text_in(cx.langs, "Văn bản nêu {} nhưng danh sách trong ngoặc kể {} mục",
                            "The text says {} but the list in parentheses names {} items", said, c.items.size());
    else
        e.message = text_in(cx.langs, "Văn bản nêu {} nhưng chú thích liệt kê {} mục",
                            "The text says {} but the footnote lists {} items", said, c.items.size());
    if (!cx.verdictless) e.detail = same_text(cx.langs, e.arithmetic);  // (a section makes no verdict)
}

// A percentage of N items must be k/N at the shown precision (GRIM test).
void eval_granularity(const Ctx& cx, const Claim& c, Evaluation& e) {
    if (!c.whole || !c.percent) {
        set_unverifiable(cx, e, c, "thiếu số lượng N", "the number of items N is missing");
        return;
    }
    const long double N = c.whole->value;
    if (!c.whole->exact || N < 1 || N != std::floor(N) || c.percent->qualifier != Qualifier::none) {
        set_unverifiable(cx, e, c, "N không phải số đếm chính xác", "N is not an exact count");
        return;
    }
    const Interval X = cx.iv(*c.percent);
    const int d = c.percent->decimals;
    const long double k0 = std::floor(X.lo * N / 100);
    e.span = c.percent->span;
    for (long double k = std::max(0.0L, k0 - 1); k <= k0 + 2 && k <= N; ++k) {
        if (X.contains(k / N * 100)) {
            e.status = ClaimStatus::consistent;
            if (cx.detail) {
                std::string t = fmt::format("{}/{} = {}% ∈ {}", format_vi(k, 0), format_vi(N, 0), format_vi(k / N * 100, d + 2),
                                            format_interval(X, d + 1));
                e.detail = same_text(cx.langs, t);  // the same in both languages
            }
            return;
        }
    }
    e.status = ClaimStatus::inconsistent;
    if (cx.status_only) return;
    const long double k = std::clamp(std::round(c.percent->value * N / 100), 0.0L, N);
    const long double k2 = c.percent->value * N / 100 < k ? k - 1 : k + 1;
    e.actual = c.percent->number.text + "%";
    const std::string ns = format_vi(N, 0);  // N as shown (five places below)
    const std::string a = cat({format_vi(k, 0), "/", ns, " = ", format_vi(k / N * 100, d + 2), "%"});
    const std::string b = k2 >= 0 && k2 <= N ? cat({format_vi(k2, 0), "/", ns, " = ", format_vi(k2 / N * 100, d + 2), "%"})
                                             : std::string();
    e.arithmetic = cat({c.percent->number.text, "% × ", ns, " = ", format_vi_short(c.percent->value * N / 100, 4),
                        " (không nguyên / not whole)"});
    e.expected = b.empty() ? a : cat({std::min(a, b), "; ", std::max(a, b)});
    e.suggestion = suggest(k / N * 100, d);
    e.message =
        text_in(cx.langs, "{}% của {} không thể có: không có số nguyên k nào để k/{} làm tròn thành {}% (gần nhất: {})",
                "{}% of {} is impossible: no whole k makes k/{} round to {}% (nearest: {})", c.percent->number.text,
                ns, ns, c.percent->number.text, a);
    if (!cx.verdictless) e.detail = same_text(cx.langs, e.arithmetic);  // (a section makes no verdict)
}

// A part of a whole, "đạt 19/19 tiêu chí": the part cannot exceed the whole.
void eval_fraction(const Ctx& cx, const Claim& c, Evaluation& e) {
    if (!c.part || !c.whole) return set_unverifiable(cx, e, c, "thiếu tử số hoặc mẫu số", "the part or the whole is missing");
    const Quantity& x = *c.part;
    const Quantity& y = *c.whole;
    if (x.value <= y.value && !cx.detail) {  // the caller needs the status only: no texts (most fractions hold)
        e.status = ClaimStatus::consistent;
        return;
    }
    const std::string_view noun = y.written_unit.empty() ? std::string_view(y.unit) : std::string_view(y.written_unit);
    const std::string frac = cat({x.number.text, "/", y.number.text, noun.empty() ? "" : " ", noun});
    e.span = x.span.empty() ? c.span : Span{x.span.begin, y.span.end};
    e.actual = frac;
    if (x.value <= y.value) {
        e.status = ClaimStatus::consistent;
        const std::string t = fmt::format("{} ≤ {}", x.number.text, y.number.text);
        e.detail = same_text(cx.langs, t);
        return;
    }
    e.status = ClaimStatus::inconsistent;
    e.arithmetic = cat({x.number.text, " > ", y.number.text});
    e.expected = "≤ " + y.number.text;
    e.message = text_in(cx.langs,
                        "Phần {} lớn hơn toàn thể {} trong \"{}\": một phần không thể vượt quá tổng số "
                        "(tử số phải ≤ {}, hoặc mẫu số phải ≥ {})",
                        "The part {} exceeds its whole {} in \"{}\": a part cannot exceed the whole "
                        "(the part should be ≤ {}, or the whole ≥ {})",
                        x.number.text, y.number.text, frac, y.number.text, x.number.text);
    if (!cx.verdictless) e.detail = same_text(cx.langs, e.arithmetic);  // (a section makes no verdict)
}

}  // namespace

namespace {
// The claim's evaluation written into `e`, which must be as default-constructed (or cleared: Evaluation::clear).
void evaluate_into(const Ctx& cx, const Claim& c, Evaluation& e) {
    switch (c.kind) {
        case ClaimKind::sum:
        case ClaimKind::table_total: return eval_sum(cx, c, false, e);
        case ClaimKind::share: return eval_sum(cx, c, true, e);
        case ClaimKind::percent_of:
        case ClaimKind::table_percent: return eval_percent(cx, c, e);
        case ClaimKind::growth:
        case ClaimKind::index_growth:
        case ClaimKind::cagr: return eval_growth(cx, c, e);
        case ClaimKind::count_vs_list: return eval_count(cx, c, e);
        case ClaimKind::granularity: return eval_granularity(cx, c, e);
        case ClaimKind::fraction: return eval_fraction(cx, c, e);
    }
    set_unverifiable(cx, e, c, "không rõ loại", "unknown kind");
}
Evaluation evaluate_in(const Ctx& cx, const Claim& c) {
    Evaluation e;
    evaluate_into(cx, c, e);
    return e;
}
}  // namespace

Evaluation evaluate_claim(const Document& doc, const Claim& c, Rounding rounding, long double approx_margin,
                          bool details, Langs langs) {
    return evaluate_in(Ctx{doc, rounding, approx_margin, details, false, langs}, c);
}

namespace {
// The claim's status and, inconsistent, its finding's span (no text is formatted).
Evaluation status_of(const Document& doc, const Claim& c, Rounding rounding, long double approx_margin) {
    Ctx status{doc, rounding, approx_margin, false};
    status.status_only = true;
    return evaluate_in(status, c);
}
// The first test of explained_by_truncation: the claim holds when the shown figures are read as truncated.
bool holds_truncated(const Document& doc, const Claim& c, long double approx_margin) {
    return status_of(doc, c, Rounding::truncate, approx_margin).status == ClaimStatus::consistent;
}
}  // namespace

bool explained_by_truncation(const Document& doc, const Claim& c, long double approx_margin, const Evaluation& rounded) {
    if (!holds_truncated(doc, c, approx_margin)) return false;
    if (!rounded.actual || !rounded.suggestion) return true;
    auto bare = [](std::string s) {
        for (std::string_view tail : {std::string_view("%"), std::string_view(" lần")})
            if (s.ends_with(tail)) s.erase(s.size() - tail.size());
        return s;
    };
    const auto shown = parse_quantity(bare(*rounded.actual));
    const auto right = parse_quantity(bare(*rounded.suggestion));
    if (!shown || !right || shown->radius <= 0) return true;
    const long double step = 2 * shown->radius;  // one unit of the shown last digit
    const long double d = std::fabs(right->value) - std::fabs(shown->value);
    return d > 0 && d <= step * 1.001L;
}

bool rounding_applies(ClaimKind k) {
    switch (k) {
        case ClaimKind::percent_of:
        case ClaimKind::table_percent:
        case ClaimKind::growth:
        case ClaimKind::index_growth:
        case ClaimKind::cagr:
        case ClaimKind::granularity: return true;
        default: return false;
    }
}

namespace {
void reread(Quantity& x, bool to_en) {
    {
        const Number& n = x.number;
        const bool ok = to_en ? n.en_ok : n.vi_ok;
        const long double from = to_en ? n.vi_value : n.en_value;
        if (!ok || from == 0) return;
        const long double scale = x.value / from;
        const long double v = to_en ? n.en_value : n.vi_value;
        const int d = to_en ? n.en_decimals : n.vi_decimals;
        x.value = v * scale;
        x.decimals = d;
        x.radius = 0.5L * std::pow(10.0L, -d) * std::fabs(scale);
        if (d > 0) x.exact = false;
    }
}
}  // namespace

std::optional<Claim> reread_for_config(const Document& doc, const Claim& c, const RuleConfig& cfg) {
    if (cfg.convention == RuleConfig::Convention::automatic) return std::nullopt;
    const bool doc_en = doc.claims.convention == Claims::Convention::en;
    const bool to_en = cfg.convention == RuleConfig::Convention::en;
    if (doc_en == to_en) return std::nullopt;
    Claim x = c;
    for (auto* q : {&x.total, &x.part, &x.whole, &x.percent, &x.current, &x.previous, &x.rate, &x.index, &x.count, &x.change,
                    &x.late})
        if (*q) reread(**q, to_en);
    for (Quantity& p : x.parts) reread(p, to_en);
    for (Quantity& p : x.other_bases) reread(p, to_en);
    return x;
}

void check_claims_of_kind(const Document& doc, Sink& sink, ClaimKind kind) {
    const RuleConfig& cfg = sink.config();
    const bool rounded = cfg.tolerance == RuleConfig::Tolerance::round;
    const auto& claims = doc.claims.claims;
    const bool details = cfg.claim_details && !cfg.section;  // a consistent claim's text goes only to its verdict
    // The `rounding` rule asks the same of these claims: what is found here is kept for it.
    ClaimMemo* const shared = sink.claim_memo();
    ClaimMemo* const memo = rounded && rounding_applies(kind) ? shared : nullptr;
    if (memo && memo->state.size() != claims.size()) memo->state.assign(claims.size(), ClaimMemo::State::unknown);
    // the indices of the claims of `kind`: from the shared index, else by walking the claims
    std::vector<std::uint32_t> own;
    const std::vector<std::uint32_t>* of_kind = &own;
    if (shared) {
        auto& by = shared->by_kind;
        if (by.empty()) {
            by.resize(static_cast<std::size_t>(ClaimKind::fraction) + 1);
            // (the claims' place and count read once: the loop read the vector's ends again after every
            // push_back and divided by sizeof(Claim), ~33 instructions a claim)
            const Claim* const cs = claims.data();
            const std::size_t nc = claims.size();
            for (std::size_t i = 0; i < nc; ++i) {
                const auto k = static_cast<std::size_t>(cs[i].kind);
                if (k >= by.size()) by.resize(k + 1);
                by[k].push_back(static_cast<std::uint32_t>(i));
            }
        }
        const auto k = static_cast<std::size_t>(kind);
        if (k >= by.size()) by.resize(k + 1);
        of_kind = &by[k];
    } else {
        for (std::size_t i = 0; i < claims.size(); ++i)
            if (claims[i].kind == kind) own.push_back(static_cast<std::uint32_t>(i));
    }
    bool past = cfg.section && sink.at_cap();  // (changes only when this rule reports)
    // (a section's verdicts are not made: an unverifiable claim's reason is not written either; one context for
    // every claim: it was built per claim, a long double and five fields each time)
    Ctx cx{doc, rounded ? Rounding::round : Rounding::truncate, cfg.approx_margin, details, false, cfg.langs};
    cx.verdictless = cfg.section;
    Evaluation e;  // every claim's, cleared after each (Evaluation::clear)
    for (const std::uint32_t ci : *of_kind) {
        e.clear();
        const std::size_t i = ci;
        // (the configured convention is nearly always the document's own: no call, no optional<Claim>)
        const std::optional<Claim> converted =
            cfg.convention == RuleConfig::Convention::automatic ? std::nullopt : reread_for_config(doc, claims[i], cfg);
        const Claim& c = converted ? *converted : claims[i];
        if (past) {
            // Past the cap (a section's, which makes no verdicts): the status and span first, and a finding
            // that would be dropped is counted without its texts (what follows decides the same)
            const Evaluation s = status_of(doc, c, rounded ? Rounding::round : Rounding::truncate, cfg.approx_margin);
            if (s.status != ClaimStatus::inconsistent) {
                if (memo) memo->state[i] = ClaimMemo::State::not_truncation;
                continue;
            }
            // (a claim that holds when truncated may be the `rounding` rule's: decided below, with its texts)
            if (!(rounded && rounding_applies(kind) && holds_truncated(doc, c, cfg.approx_margin))) {
                if (memo) memo->state[i] = ClaimMemo::State::not_truncation;
                if (!sink.wants(s.span.empty() ? c.span : s.span)) continue;
            }
        }
        evaluate_into(cx, c, e);
        if (e.status == ClaimStatus::inconsistent && rounded && rounding_applies(kind) &&
            explained_by_truncation(doc, c, cfg.approx_margin, e)) {
            if (memo) {
                memo->state[i] = ClaimMemo::State::truncation;
                memo->truncation.insert_or_assign(i, std::move(e));
            }
            continue;  // the `rounding` rule reports it
        }
        if (memo) memo->state[i] = ClaimMemo::State::not_truncation;
        // a section's verdicts are dropped by the pipeline (RuleConfig::section): none made
        if (!cfg.section) sink.verdict(ClaimVerdict{i, e.status, {}, std::move(e.detail)});  // (e.detail is not read again)
        if (e.status != ClaimStatus::inconsistent) continue;
        Finding& f = sink.start(e.span.empty() ? c.span : e.span);  // (built in place: Sink::start)
        f.related = std::move(e.related);
        f.message = std::move(e.message);
        f.arithmetic = std::move(e.arithmetic);
        f.expected = std::move(e.expected);
        f.actual = std::move(e.actual);
        f.suggestion = std::move(e.suggestion);
        f.typo = std::move(e.typo);
        sink.commit();
        past = cfg.section && sink.at_cap();
    }
}

}  // namespace rc
