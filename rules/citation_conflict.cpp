// citation-conflict: the same document number cited with different dates, or
// attributed to bodies of different levels, in one report; and an issuer code
// that contradicts the named issuer (a "/TW" number attributed to a provincial
// body, a "/TU" number to the Politburo). One pass, a hash map by number.
#include <unordered_map>

#include "rules/refs_util.hpp"

namespace rc {
namespace {

enum class Level { unknown, central, province, district, commune };

const char* level_vi(Level l) {
    switch (l) {
        case Level::central: return "cơ quan Trung ương";
        case Level::province: return "cấp tỉnh";
        case Level::district: return "cấp huyện/thành phố";
        case Level::commune: return "cấp xã/phường";
        default: return "";
    }
}
const char* level_en(Level l) {
    switch (l) {
        case Level::central: return "a central body";
        case Level::province: return "a provincial body";
        case Level::district: return "a district/city body";
        case Level::commune: return "a commune/ward body";
        default: return "";
    }
}

// The level of an issuer from its first words.
Level level_of(std::string_view is) {
    is = is.substr(0, 60);
    for (std::string_view w : {"Bộ Chính trị", "Bộ chính trị", "Ban Bí thư", "Trung ương", "TW", "Chính phủ", "Thủ tướng",
                               "Quốc hội", "Ban Chấp hành Trung ương"})
        if (is.find(w) != std::string_view::npos) return Level::central;
    std::size_t best = std::string_view::npos;
    Level lv = Level::unknown;
    auto look = [&](std::string_view w, Level l) {
        const std::size_t k = is.find(w);
        if (k != std::string_view::npos && (best == std::string_view::npos || k < best)) { best = k; lv = l; }
    };
    for (std::string_view w : {"Tỉnh ủy", "Tỉnh uỷ", "tỉnh"}) look(w, Level::province);
    for (std::string_view w : {"Thành ủy", "Thành uỷ", "Huyện ủy", "Huyện uỷ", "Thị ủy", "thành phố", "huyện", "thị xã", "quận"})
        look(w, Level::district);
    for (std::string_view w : {"Đảng ủy xã", "Đảng ủy phường", "xã", "phường"}) look(w, Level::commune);
    return lv;
}

std::string short_issuer(const std::string& s) {
    // at most six words
    std::size_t k = 0;
    int words = 0;
    while (k < s.size()) {
        if (s[k] == ' ' && ++words == 6) break;
        ++k;
    }
    return s.substr(0, k);
}

std::string date_str(const DateLit& d) { return fmt::format("{:02}/{:02}/{}", d.day, d.month, d.year); }

class CitationConflict final : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo i{"citation-conflict", Category::crossref, Severity::warning,
                                {"Trích dẫn văn bản mâu thuẫn", "Conflicting citation of a document"},
                                "docs/rules/citation-conflict.md"};
        return i;
    }

    void check(const Document& doc, Sink& sink) const override {
        std::unordered_map<std::string, const Citation*> dated, issued;
        for (const Citation& c : doc.refs.citations) {
            const Level lv = c.issuer.empty() ? Level::unknown : level_of(c.issuer);
            // the issuer code against the named issuer
            if (lv != Level::unknown) {
                const bool central_code = c.code == "TW";
                const bool local_code = c.code == "TU" || c.code == "HU" || c.code == "ĐU" || c.code == "QU" || c.code == "TX";
                if ((central_code && lv != Level::central) || (local_code && lv == Level::central)) {
                    Finding f = refs_util::finding(info(), c.number_span);
                    f.actual = c.number;
                    const std::string is = short_issuer(c.issuer);
                    f.related.push_back({c.issuer_span, {"Cơ quan ban hành được ghi", "The issuer as written"}});
                    f.message = {fmt::format("Ký hiệu \"/{}\" của {} số {} là văn bản của {}, nhưng được ghi là của \"{}\" ({}).",
                                             c.code, c.kind, c.number, central_code ? "cơ quan Trung ương" : "cấp ủy địa phương",
                                             is, level_vi(lv)),
                                 fmt::format("The code \"/{}\" in {} {} marks a document of {}, but the issuer is given as \"{}\" ({}).",
                                             c.code, c.kind, c.number, central_code ? "a central (Trung ương) body" : "a local Party committee",
                                             is, level_en(lv))};
                    sink.report(std::move(f));
                    continue;
                }
            }
            if (c.has_date) {
                auto [it, fresh] = dated.try_emplace(c.number, &c);
                const Citation& o = *it->second;
                if (!fresh && (o.date.day != c.date.day || o.date.month != c.date.month || o.date.year != c.date.year)) {
                    const std::uint32_t line = doc.position(o.span.begin).line;
                    Finding f = refs_util::finding(info(), c.date_span);
                    f.actual = date_str(c.date);
                    f.expected = date_str(o.date);
                    f.related.push_back({o.date_span, {"Lần dẫn trước", "Cited earlier"}});
                    f.message = {fmt::format("{} số {} được dẫn với ngày {}, nhưng dòng {} ghi cùng văn bản này ngày {}.",
                                             c.kind, c.number, date_str(c.date), line, date_str(o.date)),
                                 fmt::format("{} {} is cited as dated {}, but line {} dates the same document {}.", c.kind,
                                             c.number, date_str(c.date), line, date_str(o.date))};
                    sink.report(std::move(f));
                    continue;
                }
            }
            if (lv != Level::unknown) {
                auto [it, fresh] = issued.try_emplace(c.number, &c);
                const Citation& o = *it->second;
                const Level ol = level_of(o.issuer);
                if (!fresh && ol != lv) {
                    const std::uint32_t line = doc.position(o.span.begin).line;
                    Finding f = refs_util::finding(info(), c.issuer_span);
                    f.actual = short_issuer(c.issuer);
                    f.expected = short_issuer(o.issuer);
                    f.related.push_back({o.issuer_span, {"Lần dẫn trước", "Cited earlier"}});
                    f.message = {fmt::format("{} số {} được ghi là của \"{}\", nhưng dòng {} ghi là của \"{}\".", c.kind,
                                             c.number, short_issuer(c.issuer), line, short_issuer(o.issuer)),
                                 fmt::format("{} {} is attributed to \"{}\", but line {} attributes it to \"{}\".", c.kind,
                                             c.number, short_issuer(c.issuer), line, short_issuer(o.issuer))};
                    sink.report(std::move(f));
                }
            }
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_citation_conflict() { return std::make_unique<CitationConflict>(); }

}  // namespace rc
