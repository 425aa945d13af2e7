// Hand-built claims for the arithmetic rule tests.
#pragma once
#include <cmath>
#include <ostream>
#include <string>
#include <string_view>

#include "grammar/document.hpp"
#include "rules/config.hpp"
#include "rules/engine.hpp"

namespace rct {

// A quantity written as `text` (Vietnamese notation) times `scale`.
// (`unit`: a string literal — Quantity::unit is a view of a string that lives as long as the program)
inline rc::Quantity q(const std::string& text, std::string_view unit = "", long double scale = 1, bool exact = false,
                      rc::Qualifier qual = rc::Qualifier::none) {
    rc::Quantity x;
    x.number.text = text;
    std::string t;
    int dec = 0;
    bool after = false;
    for (char ch : text) {
        if (ch == '.') continue;
        if (ch == ',') { after = true; t.push_back('.'); continue; }
        if (after) ++dec;
        t.push_back(ch);
    }
    x.number.vi_value = std::stold(t);
    x.number.vi_decimals = dec;
    x.number.leading_zero = text.size() > 1 && text[0] == '0' && text[1] != ',';
    x.decimals = dec;
    x.value = x.number.vi_value * scale;
    x.radius = 0.5L * std::pow(10.0L, -dec) * scale;
    x.unit = unit;
    x.exact = exact;
    x.qualifier = qual;
    static std::uint32_t pos = 0;
    x.span = rc::Span{pos, pos + static_cast<std::uint32_t>(text.size())};
    pos += 10;
    return x;
}
inline rc::Quantity pct(const std::string& text, rc::Qualifier qual = rc::Qualifier::none) {
    return q(text, "%", 1, false, qual);
}
inline rc::Quantity cnt(const std::string& text, std::string_view unit) { return q(text, unit, 1, true); }

inline rc::Document doc_with(std::vector<rc::Claim> claims) {
    rc::Document d;
    d.source = rc::SourceText::from_utf8("t.txt", std::string(2000, 'x'));
    for (auto& c : claims) {
        if (c.span.empty()) c.span = rc::Span{0, 1};
        d.claims.claims.push_back(std::move(c));
    }
    return d;
}

inline rc::CheckResult run(std::vector<rc::Claim> claims, const rc::RuleConfig& cfg = {}) {
    return rc::run_rules(doc_with(std::move(claims)), cfg);
}

}  // namespace rct

namespace rc {
inline std::ostream& operator<<(std::ostream& o, Severity s) { return o << to_string(s); }
inline std::ostream& operator<<(std::ostream& o, ClaimStatus s) { return o << to_string(s); }
}  // namespace rc
