#define BOOST_TEST_MODULE byte_scan
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cstring>
#include <random>
#include <string>

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "grammar/byte_scan.hpp"
#include "grammar/text_util.hpp"

using namespace rc;

namespace {
// Bytes drawn from a small alphabet mixing ASCII letters, digits, punctuation and UTF-8 pieces,
// so that every search meets its byte at every offset of a word.
std::string random_bytes(std::mt19937& g, std::size_t n) {
    static const std::string alphabet = std::string("aZ 0.9/!?,;-(\x7F\t") + "\xC2\xE2\xC4\x91\xE1\xBB\x87\x80\xBF\xFF\xED\xA0";
    std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
    std::string s;
    for (std::size_t i = 0; i < n; ++i) s += alphabet[pick(g)];
    return s;
}
std::string icu_lower(const std::string& s) {
    std::string out;
    icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<std::int32_t>(s.size()))).toLower(icu::Locale("vi")).toUTF8String(out);
    return out;
}
std::string utf8_of(UChar32 c) {
    char buf[4];
    std::int32_t k = 0;
    UBool err = false;
    U8_APPEND(reinterpret_cast<std::uint8_t*>(buf), k, 4, c, err);
    (void)err;
    return std::string(buf, static_cast<std::size_t>(k));
}
}  // namespace

// Each search gives what the byte-by-byte loop gives, from every start, on every length.
BOOST_AUTO_TEST_CASE(searches_equal_byte_loops) {
    std::mt19937 g(7);
    for (int round = 0; round < 300; ++round) {
        const std::string s = random_bytes(g, static_cast<std::size_t>(round % 40));
        const char* p = s.data();
        for (std::size_t i = 0; i <= s.size(); ++i) {
            std::size_t d = i;
            while (d < s.size() && !(s[d] >= '0' && s[d] <= '9')) ++d;
            BOOST_TEST(byte_scan::find_digit(p, i, s.size()) == d);
            BOOST_TEST(byte_scan::first_digit(p, i, s.size()) == d);
            std::size_t a = i;
            while (a < s.size() && s[a] != '.' && s[a] != '!' && s[a] != '?') ++a;
            BOOST_TEST(byte_scan::find_any(p, i, s.size(), '.', '!', '?') == a);
            std::size_t h = i;
            while (h < s.size() && s[h] != '\xC2' && s[h] != '\xE2') ++h;
            BOOST_TEST(byte_scan::find_any(p, i, s.size(), '\xC2', '\xE2', '\xE2') == h);
            std::size_t e = i;
            while (e < s.size() && static_cast<unsigned char>(s[e]) < 0x80) ++e;
            BOOST_TEST(byte_scan::ascii_end(p, i, s.size()) == e);
        }
    }
}

// first_digit against a byte loop with every byte value in every lane of a word, from every
// start: in full words (8 and 16 bytes), in the last (overlapping) word of a longer text and alone.
BOOST_AUTO_TEST_CASE(first_digit_every_byte_value) {
    for (int b = 0; b < 256; ++b)
        for (std::size_t len : {8u, 11u, 16u, 19u, 32u, 37u}) {
            for (std::size_t lane = 0; lane < len; ++lane) {
                std::string s(len, 'a');
                s[len - 1 - (lane + 3) % len] = '9';  // a digit elsewhere too (or b's lane)
                s[lane] = static_cast<char>(b);
                for (std::size_t i = 0; i <= len; ++i) {
                    std::size_t d = i;
                    while (d < len && !(s[d] >= '0' && s[d] <= '9')) ++d;
                    BOOST_TEST(byte_scan::first_digit(s.data(), i, len) == d, "byte " << b << " lane " << lane << " from " << i);
                }
            }
        }
}

// ascii_lower8 against a byte loop, on every byte value.
BOOST_AUTO_TEST_CASE(ascii_lower8_equals_byte_loop) {
    std::mt19937 g(5);
    std::uniform_int_distribution<int> any(0, 255);
    for (int round = 0; round < 3000; ++round) {
        std::string s(static_cast<std::size_t>(round % 29), '\0');
        for (char& ch : s) ch = static_cast<char>(round % 3 == 0 ? "\n\nA\x8A"[any(g) % 4] : any(g));
        if (s.size() >= 8) {
            std::string low = s.substr(0, 8);
            for (char& ch : low)
                if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch + 32);
            const std::uint64_t x = byte_scan::ascii_lower8(byte_scan::load8(s.data()));
            BOOST_TEST(std::memcmp(&x, low.data(), 8) == 0);
        }
    }
    for (int b = 0; b < 256; ++b) {  // every byte value in every lane
        for (int lane = 0; lane < 8; ++lane) {
            char w[8] = {'a', 'Z', '@', '[', '\x80', '\xDA', 'A', '`'};
            w[lane] = static_cast<char>(b);
            std::string low(w, 8);
            for (char& ch : low)
                if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch + 32);
            const std::uint64_t x = byte_scan::ascii_lower8(byte_scan::load8(w));
            BOOST_TEST(std::memcmp(&x, low.data(), 8) == 0);
        }
    }
}

// decode_common accepts only sequences U8_NEXT reads the same way, with the same length.
BOOST_AUTO_TEST_CASE(decode_common_agrees_with_icu) {
    std::mt19937 g(11);
    for (int round = 0; round < 2000; ++round) {
        const std::string s = random_bytes(g, 1 + static_cast<std::size_t>(round % 6));
        std::int32_t c = -2;
        const int len = byte_scan::decode_common(s.data(), 0, s.size(), c);
        if (len == 0) continue;
        std::int32_t k = 0;
        UChar32 u;
        U8_NEXT(s.data(), k, static_cast<std::int32_t>(s.size()), u);
        BOOST_TEST(u == c);
        BOOST_TEST(k == len);
    }
    for (UChar32 c = 0; c < 0x10000; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF) continue;
        const std::string s = utf8_of(c);
        std::int32_t d = -1;
        const int len = byte_scan::decode_common(s.data(), 0, s.size(), d);
        if (len) {
            BOOST_TEST(d == c);
            BOOST_TEST(static_cast<std::size_t>(len) == s.size());
        }
    }
}

namespace {
// is_upper_line and starts_lowercase as they were written on ICU alone (before their table of ICU's answers).
bool icu_upper_line(std::string_view s) {
    std::int32_t i = 0;
    const auto len = static_cast<std::int32_t>(s.size());
    int letters = 0;
    while (i < len) {
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
bool icu_starts_lowercase(std::string_view s) {
    std::int32_t i = 0;
    const auto len = static_cast<std::int32_t>(s.size());
    while (i < len) {
        UChar32 c;
        U8_NEXT(s.data(), i, len, c);
        if (c < 0) continue;
        if (u_isalpha(c)) return u_islower(c);
        if (u_isdigit(c)) return false;
    }
    return false;
}
}  // namespace

// is_upper_line and starts_lowercase give ICU's answers for every code point of the BMP (those of their table and the
// others), alone, after a capital, before a lower-case letter and after a digit, and on random mixes of the table's
// letters, ASCII, digits of other scripts, 4-byte letters and broken UTF-8.
BOOST_AUTO_TEST_CASE(case_tests_equal_icu) {
    for (UChar32 c = 0; c < 0x10000; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF) continue;
        const std::string u = utf8_of(c);
        for (const std::string& s : {u, "A" + u, u + "a", " " + u + "B", "1" + u, u + u + "C"}) {
            BOOST_TEST(is_upper_line(s) == icu_upper_line(s), "U+" << std::hex << c);
            BOOST_TEST(starts_lowercase(s) == icu_starts_lowercase(s), "U+" << std::hex << c);
        }
    }
    std::mt19937 rng(20261124);
    const auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
    for (int t = 0; t < 20000; ++t) {
        std::string s;
        const std::size_t len = static_cast<std::size_t>(pick(24));
        while (s.size() < len) {
            switch (pick(8)) {
                case 0: s += static_cast<char>(1 + pick(127)); break;
                case 1: s += static_cast<char>('A' + pick(26)); break;
                case 2: s += utf8_of(0x80 + pick(0x250 - 0x80)); break;
                case 3: s += utf8_of(0x1E00 + pick(0x100)); break;
                case 4: s += pick(2) ? "\xD9\xA3" : "\xF0\x9D\x90\x80"; break;  // ٣ (a digit), 𝐀
                case 5: s += static_cast<char>(0x80 + pick(0x80)); break;  // a lone byte: broken UTF-8
                case 6: s += " "; break;
                default: s += utf8_of(0x1EA0 + 2 * pick(0x2C)); break;  // Vietnamese capitals
            }
        }
        BOOST_TEST(is_upper_line(s) == icu_upper_line(s), s);
        BOOST_TEST(starts_lowercase(s) == icu_starts_lowercase(s), s);
    }
}

// to_lower's own path gives ICU's full lower case for every code point it takes, and the
// others (İ, Greek final sigma, 4-byte letters, broken UTF-8) still go to ICU.
BOOST_AUTO_TEST_CASE(to_lower_equals_icu) {
    for (UChar32 c = 0; c < 0x2000; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF) continue;
        std::string s = "A";
        s += utf8_of(c);
        s += "Đ";
        BOOST_TEST(to_lower(s) == icu_lower(s), "U+" << std::hex << c);
    }
    for (const std::string s : {"THÀNH PHỐ HỒ CHÍ MINH", "Quý III Năm 2024: Tăng 12,5%", "İSTANBUL", "ΟΔΟΣ", "𝐀BC", "a\xC3(b", "\xFF", ""})
        BOOST_TEST(to_lower(s) == icu_lower(s));
}

// … and on mixes of ASCII runs (its eight-byte path, at every alignment and length) with letters
// of its table, those whose lower case is longer (Ⱥ U+023A: two bytes to three) and shorter
// (ẞ U+1E9E: three to two) included, in texts of every length up to 80 bytes.
BOOST_AUTO_TEST_CASE(to_lower_mixes_equal_icu) {
    std::mt19937 rng(20261124);
    const auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
    int expanded = 0;
    for (int t = 0; t < 20000; ++t) {
        std::string s;
        const std::size_t len = static_cast<std::size_t>(pick(81));
        while (s.size() < len) {
            switch (pick(6)) {
                case 0: s += static_cast<char>(1 + pick(127)); break;  // any ASCII byte
                case 1: s += static_cast<char>(pick(2) ? 'A' + pick(26) : 'a' + pick(26)); break;
                case 2: s += utf8_of(0x80 + pick(0x250 - 0x80)); break;
                case 3: s += utf8_of(0x1E00 + pick(0x100)); break;
                case 4: s += pick(2) ? "\xC8\xBA" : "\xE1\xBA\x9E"; ++expanded; break;  // Ⱥ, ẞ
                default: s.append(static_cast<std::size_t>(pick(12)), pick(2) ? 'X' : ' '); break;
            }
        }
        if (s.find("\xC4\xB0") != std::string::npos) continue;  // U+0130 goes to ICU (above)
        BOOST_TEST(to_lower(s) == icu_lower(s), s);
    }
    BOOST_TEST(expanded > 1000);
}
