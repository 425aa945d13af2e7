// Claims AST: quantities as written and the arithmetic claims made with them.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/source.hpp"

namespace rc {

// An optional value kept on the heap, with std::optional's interface. A claim
// names two to four of its ten possible quantities; boxing them keeps a Claim
// at ~0.3 KB instead of 2.7 KB, which is what large documents pay for.
template <class T>
class Opt {
public:
    Opt() = default;
    Opt(std::nullopt_t) {}
    Opt(const T& v) : p_(std::make_unique<T>(v)) {}
    Opt(T&& v) : p_(std::make_unique<T>(std::move(v))) {}
    Opt(const std::optional<T>& o) : p_(o ? std::make_unique<T>(*o) : nullptr) {}
    Opt(std::optional<T>&& o) : p_(o ? std::make_unique<T>(std::move(*o)) : nullptr) {}
    Opt(const Opt& o) : p_(o.p_ ? std::make_unique<T>(*o.p_) : nullptr) {}
    Opt(Opt&&) noexcept = default;
    Opt& operator=(const Opt& o) {
        if (this != &o) p_ = o.p_ ? std::make_unique<T>(*o.p_) : nullptr;
        return *this;
    }
    Opt& operator=(Opt&&) noexcept = default;
    Opt& operator=(std::nullopt_t) {
        p_.reset();
        return *this;
    }
    ~Opt() = default;

    bool has_value() const { return p_ != nullptr; }
    explicit operator bool() const { return p_ != nullptr; }
    void reset() { p_.reset(); }
    template <class... A>
    T& emplace(A&&... a) {
        p_ = std::make_unique<T>(std::forward<A>(a)...);
        return *p_;
    }
    T& operator*() { return *p_; }
    const T& operator*() const { return *p_; }
    T* operator->() { return p_.get(); }
    const T* operator->() const { return p_.get(); }
    T& value() {
        if (!p_) throw std::bad_optional_access();
        return *p_;
    }
    const T& value() const {
        if (!p_) throw std::bad_optional_access();
        return *p_;
    }
    std::optional<T> to_optional() const { return p_ ? std::optional<T>(*p_) : std::nullopt; }

private:
    std::unique_ptr<T> p_;
};

// Number as written, with both possible readings of its separators.
// Vietnamese: '.' groups thousands, ',' is the decimal mark.
struct Number {
    std::string text;           // as written: "3.482,125"
    // (the long doubles first, the flags packed after the ints: 80 bytes, not 112 — a Quantity of every
    // figure is kept, and copied into each claim naming it)
    long double vi_value = 0;   // "3.482,125" -> 3482.125
    long double en_value = 0;
    int vi_decimals = 0;        // decimals shown in that reading
    int en_decimals = 0;
    bool vi_ok = true;          // readable in the Vietnamese convention
    bool en_ok = false;         // readable in the English convention ("4,300" -> 4300)
    bool grouped = false;       // contains a thousands separator in the chosen reading
    bool leading_zero = false;  // "05"
};

enum class Qualifier { none, more_than, less_than, approx, reached };

// A unit's name: a view of a string that lives as long as the program — the unit table's
// (grammar/units.hpp) or a string literal. A std::string does not convert to it (its text would go
// away with it): assigning one is a compile error, not a dangling view. A std::string_view still
// converts (the claim scan passes the table's views through its own), so a view of a temporary would
// dangle: give it only views of the table or of literals. (Compares, prints and formats as the
// std::string_view it is.)
struct UnitName : std::string_view {
    constexpr UnitName() = default;
    constexpr UnitName(const char* literal) : std::string_view(literal) {}
    constexpr UnitName(std::string_view v) : std::string_view(v) {}  // of the table or of a literal
    UnitName(const std::string&) = delete;
};

// A number with its scale, unit or counted noun and qualifier.
struct Quantity {
    // (members ordered by alignment: 176 bytes, not 256)
    Number number;
    long double value = 0;      // in base units: "1,5 triệu" -> 1.5e6, "12 tỷ 450 triệu" -> 12.45e9
    long double radius = 0;     // half the unit of the last shown digit, in base units
    Span span;                  // in SourceText::text()
    int decimals = 0;           // decimals shown
    Qualifier qualifier = Qualifier::none;
    // (views of the unit table or of literals: a copy of a Quantity copies no unit text)
    UnitName unit;          // canonical: "%", "đồng", "ha", "hộ", "người", "công trình" ... ("" unknown)
    UnitName written_unit;  // the unit/noun as written ("danh mục công trình"), "" if none
    // Added by the claim grammar (additive): an integer count of a counted noun
    // ("04 hộ", "474 văn bản") is exact; rules may then use radius 0.
    bool exact = false;

    // (user-provided, so that value-initialisation — vector::emplace_back(), Opt — runs the member
    // initialisers alone, without zero-filling the ~220 bytes first: every member is initialised above)
    Quantity() {}

    long double lo() const { return value - radius; }
    long double hi() const { return value + radius; }
};

enum class ClaimKind {
    sum,            // total = sum(parts) (complete) or >= (partial "trong đó")
    percent_of,     // part / whole = percent ("a/b …, đạt X%", "chiếm X%", "đạt X% kế hoạch")
    growth,         // current vs previous, "tăng/giảm X%"
    index_growth,   // "bằng X% cùng kỳ (giảm Y%)": X and Y must agree
    cagr,           // average annual growth over a period with both ends
    share,          // shares of one whole summing to 100%
    count_vs_list,  // a count in the text vs the items its footnote lists
    granularity,    // a percentage of N items must be k/N
    table_total,    // a "Tổng/Cộng" row or column vs its members
    table_percent,  // a "%" column vs the ratio of two columns
    fraction,       // "đạt 19/19 tiêu chí": a part of a whole, X ≤ Y (no percentage stated)
};

const char* to_string(ClaimKind k);

struct Claim {
    ClaimKind kind = ClaimKind::sum;
    Span span;                       // the whole claim in the source
    std::size_t block = 0;           // where it was found (for tables, the row's block)

    // sum, share, table_total
    Opt<Quantity> total;
    std::vector<Quantity> parts;
    bool complete = false;           // "gồm", closed set, "còn lại": any mismatch fires; "trong đó": only parts > total

    // percent_of, granularity, table_percent: part / whole (x100) = percent; fraction: part ≤ whole
    Opt<Quantity> part, whole, percent;
    // percent_of of an on-time rate given with the late count ("đúng hạn 1.636 hồ sơ, đạt 99,39%
    // (trễ hạn 10 hồ sơ)"): no whole; the base is part + late.
    Opt<Quantity> late;
    // … and the sentence's other figures of the same noun ("trong kỳ tiếp nhận 1.646 hồ sơ"), any of
    // which the rate may be of instead: the rate holds when it matches part/(part + late) or part/base.
    std::vector<Quantity> other_bases;

    // growth, index_growth, cagr
    Opt<Quantity> current, previous, rate, index;
    int direction = 0;               // +1 tăng, -1 giảm, 0 stated as an index
    int years = 0;                   // cagr: number of years compounded
    // Added by the claim grammar (additive): the absolute change stated with a
    // rate ("tăng 26,35 tấn so tháng trước (+9,01%)"): previous = current - change.
    Opt<Quantity> change;

    // count_vs_list
    Opt<Quantity> count;
    std::vector<std::string> items;
    // A list mixing ';' and ',' ("A, B; C"): the ',' may join words inside an item, so the list
    // names between items_min (the ';' pieces) and items.size() items (0: exactly items.size()).
    std::size_t items_min = 0;
    Span list_span;                  // the footnote body holding the list (count_vs_list) or the parts (sum)

    std::string note;                // grammar's remark for --dump-claims
};

struct Claims {
    std::vector<Quantity> quantities;  // every quantity recognised, in source order
    std::vector<Claim> claims;         // in source order
    // The document's dominant number convention, decided from unambiguous numbers.
    enum class Convention { vi, en, mixed } convention = Convention::vi;
    std::size_t vi_evidence = 0, en_evidence = 0;
};

}  // namespace rc
