#include "grammar/text_util.hpp"

#include "grammar/byte_scan.hpp"

#include <unicode/uchar.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace rc {
namespace {
bool space_at(std::string_view s, std::size_t i, std::size_t& len) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') { len = 1; return true; }
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) { len = 2; return true; }
    return false;
}
}  // namespace

std::size_t leading_space(std::string_view s) {
    std::size_t i = 0, len = 0;
    while (i < s.size() && space_at(s, i, len)) i += len;
    return i;
}

std::size_t trailing_space(std::string_view s) {
    std::size_t n = s.size();
    while (n > 0) {
        const unsigned char c = static_cast<unsigned char>(s[n - 1]);
        if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') { --n; continue; }
        if (c == 0xA0 && n >= 2 && static_cast<unsigned char>(s[n - 2]) == 0xC2) { n -= 2; continue; }
        break;
    }
    return s.size() - n;
}

std::string_view trim_both(std::string_view s) {
    s.remove_prefix(leading_space(s));
    s.remove_suffix(trailing_space(s));
    return s;
}

bool is_upper_line(std::string_view s) {
    std::int32_t i = 0;
    const auto len = static_cast<std::int32_t>(s.size());
    int letters = 0;
    while (i < len) {
        // ASCII without ICU (its letters are A-Z and a-z, the lower case a-z): most lines of
        // prose end here at their second letter.
        const unsigned char a = static_cast<unsigned char>(s[static_cast<std::size_t>(i)]);
        if (a < 0x80) {
            if (a >= 'a' && a <= 'z') return false;
            letters += a >= 'A' && a <= 'Z';
            ++i;
            continue;
        }
        UChar32 c;
        U8_NEXT(s.data(), i, len, c);
        if (c < 0) continue;
        if (u_isalpha(c)) {
            if (u_islower(c)) return false;
            ++letters;
        }
    }
    return letters >= 2;
}

bool starts_lowercase(std::string_view s) {
    std::int32_t i = 0;
    const auto len = static_cast<std::int32_t>(s.size());
    while (i < len) {
        const unsigned char a = static_cast<unsigned char>(s[static_cast<std::size_t>(i)]);
        if (a < 0x80) {  // ASCII without ICU: letters A-Z, a-z, digits 0-9
            if ((a | 0x20) >= 'a' && (a | 0x20) <= 'z') return a >= 'a';
            if (a >= '0' && a <= '9') return false;
            ++i;
            continue;
        }
        UChar32 c;
        U8_NEXT(s.data(), i, len, c);
        if (c < 0) continue;
        if (u_isalpha(c)) return u_islower(c);
        if (u_isdigit(c)) return false;
    }
    return false;
}

std::string to_lower(std::string_view s) {
    // Text of ASCII, Latin (below U+0250) and Latin Extended Additional (Vietnamese) letters, in
    // well-formed UTF-8: the full lower case ICU applies is each code point's simple one
    // (SpecialCasing has no context-free or Vietnamese rule there but for U+0130, left to ICU).
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        std::int32_t c = 0;
        const int len = byte_scan::decode_common(s.data(), i, s.size(), c);
        if (len == 0 || !((c < 0x250 && c != 0x130) || (c >= 0x1E00 && c <= 0x1EFF))) {
            static const icu::Locale vi("vi");  // built once (a Locale per call cost more than the lowering)
            out.clear();
            icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<std::int32_t>(s.size()))).toLower(vi).toUTF8String(out);
            return out;
        }
        i += static_cast<std::size_t>(len);
        if (c < 0x80) {
            out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
            continue;
        }
        const UChar32 l = u_tolower(c);
        if (l < 0x80) {
            out += static_cast<char>(l);
        } else if (l < 0x800) {
            out += static_cast<char>(0xC0 | (l >> 6));
            out += static_cast<char>(0x80 | (l & 0x3F));
        } else {  // below U+10000: every lower case of the accepted ranges
            out += static_cast<char>(0xE0 | (l >> 12));
            out += static_cast<char>(0x80 | ((l >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (l & 0x3F));
        }
    }
    return out;
}

}  // namespace rc
