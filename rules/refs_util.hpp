// Small helpers shared by the year/date/citation rules (range-length,
// period-mismatch, future-date, implausible-year, citation-conflict).
#pragma once
#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "rules/rule.hpp"

namespace rc::refs_util {

// "quý IV năm 2024" / "Q4 2024" ...
inline std::string describe(const Period& p, bool en) {
    static const char* roman[] = {"", "I", "II", "III", "IV"};
    switch (p.kind) {
        case Period::Kind::month: return en ? fmt::format("month {}/{}", p.month, p.year_from) : fmt::format("tháng {}/{}", p.month, p.year_from);
        case Period::Kind::quarter:
            return en ? fmt::format("Q{} {}", p.quarter, p.year_from)
                      : fmt::format("quý {} năm {}", roman[p.quarter >= 1 && p.quarter <= 4 ? p.quarter : 0], p.year_from);
        case Period::Kind::half_year:
            return en ? fmt::format("{} half of {}", p.month == 2 ? "second" : "first", p.year_from)
                      : fmt::format("6 tháng {} năm {}", p.month == 2 ? "cuối" : "đầu", p.year_from);
        case Period::Kind::nine_months: return en ? fmt::format("first 9 months of {}", p.year_from) : fmt::format("9 tháng năm {}", p.year_from);
        case Period::Kind::year: return en ? fmt::format("year {}", p.year_from) : fmt::format("năm {}", p.year_from);
        case Period::Kind::term:
        case Period::Kind::range: return fmt::format("{}-{}", p.year_from, p.year_to);
        default: return {};
    }
}

// Is the period a single stretch within one year (month, quarter, half, nine months, year)?
inline bool within_year(const Period& p) {
    return p.year_from > 0 && (p.kind == Period::Kind::month || p.kind == Period::Kind::quarter ||
                               p.kind == Period::Kind::half_year || p.kind == Period::Kind::nine_months ||
                               p.kind == Period::Kind::year);
}

// The section (index into doc.refs.sections) holding a block, or -1.
// The sections follow the text (first_block never decreases, parse_sections): the last one
// starting at or before the block, by binary search.
inline int section_of(const Document& doc, std::uint32_t block) {
    const auto& ss = doc.refs.sections;
    const auto it = std::upper_bound(ss.begin(), ss.end(), block, [](std::uint32_t b, const auto& s) { return b < s.first_block; });
    if (it == ss.begin()) return -1;
    const std::size_t i = static_cast<std::size_t>(it - ss.begin()) - 1;
    return block <= ss[i].last_block ? static_cast<int>(i) : -1;
}

// section_of for blocks asked in increasing order (a rule walking the year references, which come in
// block order): the place in the sections moves forward from the previous answer's (a binary search
// over the sections per reference was ~1 M instructions of period-mismatch on big-10M); a block before
// the previous one is searched for again. The same answer as section_of for any order.
class SectionCursor {
public:
    explicit SectionCursor(const Document& doc) : ss_(doc.refs.sections) {}
    int operator()(std::uint32_t block) {
        // ub_: the first section starting after the previous block (every one before it starts at or
        // before that block); valid for this one when the section before it starts at or before it too
        if (ub_ > 0 && ss_[ub_ - 1].first_block > block)
            ub_ = static_cast<std::size_t>(
                std::upper_bound(ss_.begin(), ss_.end(), block, [](std::uint32_t b, const auto& s) { return b < s.first_block; }) -
                ss_.begin());
        while (ub_ < ss_.size() && ss_[ub_].first_block <= block) ++ub_;
        if (ub_ == 0) return -1;
        return block <= ss_[ub_ - 1].last_block ? static_cast<int>(ub_ - 1) : -1;
    }

private:
    const std::vector<PeriodSection>& ss_;
    std::size_t ub_ = 0;
};

inline bool contains_any(std::string_view t, std::initializer_list<std::string_view> ws) {
    for (std::string_view w : ws)
        if (t.find(w) != std::string_view::npos) return true;
    return false;
}

// Whether t[i] ends a clause: '.', ';', ':', '!' , '?' (a full stop, not a decimal/thousands point).
inline bool clause_stop(std::string_view t, std::size_t i) {
    const char c = t[i];
    if (c == ';' || c == ':' || c == '!' || c == '?') return true;
    return c == '.' && (i + 1 >= t.size() || t[i + 1] == ' ');
}
// Where the clause holding logical offset `at` starts (after the previous stop) and ends (before the next).
inline std::size_t clause_begin(std::string_view t, std::size_t at) {
    while (at > 0 && !clause_stop(t, at - 1)) --at;
    return at;
}
inline std::size_t clause_end(std::string_view t, std::size_t at) {
    while (at < t.size() && !clause_stop(t, at)) ++at;
    return at;
}

// The clause around logical offset `at` in a block: from after the previous
// '.', ';', ':', '!' , '?' to before the next one.
inline std::string_view clause(std::string_view t, std::size_t at, std::size_t* begin = nullptr) {
    const std::size_t b = clause_begin(t, at), e = clause_end(t, at);
    if (begin) *begin = b;
    return std::string_view(t).substr(b, e - b);
}

}  // namespace rc::refs_util
