// citation-conflict: the same document number cited with different dates, or
// attributed to bodies of different levels, in one report; and an issuer code
// that contradicts the named issuer (a "/TW" number attributed to a provincial
// body, a "/TU" number to the Politburo). One pass, a hash map by number; state-style numbers restart every
// year, so the same number on another day of another year is another document.
#include <array>
#include <string_view>
#include <unordered_map>
#include <vector>

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

// The level of an issuer from its first words: central when a central body is named anywhere
// in them, else the level of the word that comes first (at one place, the earlier in the list).
// One pass over the (at most 60) bytes, trying only the words that start with the byte there.
Level level_of(std::string_view is) {
    is = is.substr(0, 60);
    static constexpr std::string_view kCentral[] = {"Bộ Chính trị", "Bộ chính trị", "Ban Bí thư", "Trung ương", "TW",
                                                    "Chính phủ", "Thủ tướng", "Quốc hội", "Ban Chấp hành Trung ương"};
    struct Word {
        std::string_view w;
        Level l;
    };
    static constexpr Word kLocal[] = {
        {"Tỉnh ủy", Level::province}, {"Tỉnh uỷ", Level::province}, {"tỉnh", Level::province},
        {"Thành ủy", Level::district}, {"Thành uỷ", Level::district}, {"Huyện ủy", Level::district},
        {"Huyện uỷ", Level::district}, {"Thị ủy", Level::district}, {"thành phố", Level::district},
        {"huyện", Level::district}, {"thị xã", Level::district}, {"quận", Level::district},
        {"Đảng ủy xã", Level::commune}, {"Đảng ủy phường", Level::commune}, {"xã", Level::commune},
        {"phường", Level::commune}};
    static constexpr auto kStarts = [] {  // the first bytes of all these words
        std::array<bool, 256> t{};
        for (std::string_view w : kCentral) t[static_cast<unsigned char>(w[0])] = true;
        for (const Word& w : kLocal) t[static_cast<unsigned char>(w.w[0])] = true;
        return t;
    }();
    Level lv = Level::unknown;
    for (std::size_t p = 0; p < is.size(); ++p) {
        const char c = is[p];
        if (!kStarts[static_cast<unsigned char>(c)]) continue;
        const std::string_view rest = is.substr(p);
        for (std::string_view w : kCentral)
            if (w[0] == c && rest.starts_with(w)) return Level::central;
        if (lv == Level::unknown)
            for (const Word& w : kLocal)
                if (w.w[0] == c && rest.starts_with(w.w)) {
                    lv = w.l;
                    break;
                }
    }
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

// A state-style number without its year ("01/NQ-CP", "1250/QĐ-UBND"; not "12/2023/NQ-HĐND", not the Party's
// "08-NQ/TU"): administrative documents are numbered from 01 again every calendar year (Nghị định
// 30/2020/NĐ-CP), so the same number dated on another day of another year names another document.
bool numbered_per_year(const std::string& n) {
    const std::size_t slash = n.find('/');
    if (slash == 0 || slash == std::string::npos) return false;
    for (std::size_t i = 0; i < slash; ++i)
        if (n[i] < '0' || n[i] > '9') return false;
    const std::size_t next = n.find('/', slash + 1);
    if (next == std::string::npos) return true;
    for (std::size_t i = slash + 1; i < next; ++i)
        if (n[i] < '0' || n[i] > '9') return true;
    return false;  // a year between the slashes
}

// A code that does not fix the issuer's level: every People's Committee and Council signs "/…-UBND",
// "/…-HĐND", and a provincial city's Thành ủy signs "-…/TU" like the Tỉnh ủy. Two citations of such a number
// naming issuers of different levels with different dates are two documents ("Kế hoạch số 01/KH-UBND
// ngày 03/01/2024 của UBND tỉnh, UBND huyện ban hành Kế hoạch số 01/KH-UBND ngày 05/01/2024").
bool level_free(const Citation& c, Level a, Level b) {
    const std::string_view code = c.code;
    if (code.find("UBND") != std::string_view::npos || code.find("HĐND") != std::string_view::npos ||
        code.find("MTTQ") != std::string_view::npos)
        return a != Level::central && b != Level::central;
    if (code == "TU") return (a == Level::province || a == Level::district) && (b == Level::province || b == Level::district);
    return false;
}

// The issuer named before the citation when none follows it: "…, UBND huyện ban hành Kế hoạch số …".
Level level_before(const Document& doc, const Citation& c) {
    const std::string_view t = doc.blocks[c.block].text;
    std::string_view before = std::string_view(t).substr(0, std::min<std::size_t>(c.logical, t.size()));
    const std::size_t cut = before.find_last_of(",;:.(");
    if (cut != std::string_view::npos) before.remove_prefix(cut + 1);
    const std::size_t bh = before.rfind(" ban hành ");
    if (bh == std::string_view::npos) return Level::unknown;
    return level_of(before.substr(0, bh));
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
        const std::vector<Citation>& cs = doc.refs.citations;
        // the level of each citation's issuer, found once (an earlier citation's is read again for each
        // later one of its number)
        std::vector<Level> levels(cs.size(), Level::unknown);
        const auto level = [&](const Citation& o) { return levels[static_cast<std::size_t>(&o - cs.data())]; };
        for (std::size_t i = 0; i < cs.size(); ++i)
            if (!cs[i].issuer.empty()) levels[i] = level_of(cs[i].issuer);
        for (const Citation& c : cs) {
            const Level lv = level(c);
            // the issuer code against the named issuer
            if (lv != Level::unknown) {
                const bool central_code = c.code == "TW";
                const bool local_code = c.code == "TU" || c.code == "HU" || c.code == "ĐU" || c.code == "QU" || c.code == "TX";
                if ((central_code && lv != Level::central) || (local_code && lv == Level::central)) {
                    if (!sink.wants(c.number_span)) continue;  // past the per-file cap: counted, not built
                    Finding& f = sink.start(c.number_span, &info());  // (built in place: Sink::start)
                    f.actual = c.number;
                    const std::string is = short_issuer(c.issuer);
                    f.related.push_back({c.issuer_span, {"Cơ quan ban hành được ghi", "The issuer as written"}});
                    f.message = make_text(
                        sink.langs(),
                        [&] {
                            return fmt::format(
                                "Ký hiệu \"/{}\" của {} số {} là văn bản của {}, nhưng được ghi là của \"{}\" ({}).",
                                c.code, c.kind, c.number, central_code ? "cơ quan Trung ương" : "cấp ủy địa phương", is,
                                level_vi(lv));
                        },
                        [&] {
                            return fmt::format(
                                "The code \"/{}\" in {} {} marks a document of {}, but the issuer is given as \"{}\" "
                                "({}).",
                                c.code, c.kind, c.number,
                                central_code ? "a central (Trung ương) body" : "a local Party committee", is,
                                level_en(lv));
                        });
                    sink.commit();
                    continue;
                }
            }
            if (c.has_date) {
                auto [it, fresh] = dated.try_emplace(c.number, &c);
                const Citation& o = *it->second;
                const Level la = lv != Level::unknown ? lv : level_before(doc, c);
                const Level lo = !o.issuer.empty() ? level(o) : level_before(doc, o);
                // another year's document of the same number: its date differs in more than the year
                // (only the year differing, "14/12/2023" / "14/12/2022", is the usual slip of one digit)
                const bool next_year = numbered_per_year(c.number) && o.date.year != c.date.year &&
                                       (o.date.day != c.date.day || o.date.month != c.date.month);
                const bool two_documents =
                    next_year || (la != Level::unknown && lo != Level::unknown && la != lo && level_free(c, la, lo));
                if (!fresh && !two_documents &&
                    (o.date.day != c.date.day || o.date.month != c.date.month || o.date.year != c.date.year)) {
                    if (!sink.wants(c.date_span)) continue;
                    const std::uint32_t line = doc.user_line(o.span.begin);
                    Finding& f = sink.start(c.date_span, &info());  // (built in place: Sink::start)
                    f.actual = date_str(c.date);
                    f.expected = date_str(o.date);
                    f.related.push_back({o.date_span, {"Lần dẫn trước", "Cited earlier"}});
                    f.message = text_in(sink.langs(),
                                        "{} số {} được dẫn với ngày {}, nhưng dòng {} ghi cùng văn bản này ngày {}.",
                                        "{} {} is cited as dated {}, but line {} dates the same document {}.", c.kind,
                                        c.number, *f.actual, line, *f.expected);
                    sink.commit();
                    continue;
                }
            }
            if (lv != Level::unknown) {
                auto [it, fresh] = issued.try_emplace(c.number, &c);
                const Citation& o = *it->second;
                const Level ol = level(o);
                const bool dated_apart = c.has_date && o.has_date &&
                                         (o.date.day != c.date.day || o.date.month != c.date.month || o.date.year != c.date.year);
                if (!fresh && ol != lv && !(dated_apart && level_free(c, lv, ol))) {
                    if (!sink.wants(c.issuer_span)) continue;
                    const std::uint32_t line = doc.user_line(o.span.begin);
                    Finding& f = sink.start(c.issuer_span, &info());  // (built in place: Sink::start)
                    f.actual = short_issuer(c.issuer);
                    f.expected = short_issuer(o.issuer);
                    f.related.push_back({o.issuer_span, {"Lần dẫn trước", "Cited earlier"}});
                    f.message =
                        text_in(sink.langs(), "{} số {} được ghi là của \"{}\", nhưng dòng {} ghi là của \"{}\".",
                                "{} {} is attributed to \"{}\", but line {} attributes it to \"{}\".", c.kind, c.number,
                                *f.actual, line, *f.expected);
                    sink.commit();
                }
            }
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_citation_conflict() { return std::make_unique<CitationConflict>(); }

}  // namespace rc
