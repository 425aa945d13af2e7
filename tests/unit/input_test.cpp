#define BOOST_TEST_MODULE input
#include <boost/test/unit_test.hpp>

#include <random>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/utf8.h>

#include "checker/input.hpp"
#include "checker/pipeline.hpp"
#include "grammar/document.hpp"
#include "grammar/source.hpp"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>

using namespace rc;

namespace {
std::string u16(const std::u16string& s, bool be, bool bom = true) {
    std::string out;
    if (bom) out += be ? "\xFE\xFF" : "\xFF\xFE";
    for (char16_t c : s) {
        const char hi = static_cast<char>(c >> 8), lo = static_cast<char>(c & 0xFF);
        if (be) { out += hi; out += lo; } else { out += lo; out += hi; }
    }
    return out;
}
std::string error_of(const std::string& bytes) {
    try {
        decode_text("t.txt", bytes);
    } catch (const InputError& e) {
        return e.what();
    }
    return "";
}
}  // namespace

BOOST_AUTO_TEST_SUITE(decoding)

BOOST_AUTO_TEST_CASE(utf8_without_and_with_bom) {
    BOOST_TEST(decode_text("a.txt", "Tổng số 12 hộ") == "Tổng số 12 hộ");
    BOOST_TEST(decode_text("a.txt", "\xEF\xBB\xBFTổng số") == "Tổng số");
}

BOOST_AUTO_TEST_CASE(utf16_le_and_be_with_bom) {
    const std::u16string s = u"Tổng số 12 hộ\n𝟙";  // includes a surrogate pair
    BOOST_TEST(decode_text("a.txt", u16(s, false)) == "Tổng số 12 hộ\n𝟙");
    BOOST_TEST(decode_text("a.txt", u16(s, true)) == "Tổng số 12 hộ\n𝟙");
}

BOOST_AUTO_TEST_CASE(utf16_errors) {
    BOOST_TEST(error_of(u16(u"ab", false, false)).find("UTF-16") != std::string::npos);
    std::string odd = u16(u"ab", false) + "x";
    BOOST_TEST(error_of(odd).find("truncated") != std::string::npos);
    std::string lone = u16(std::u16string(1, char16_t(0xD800)), true);
    BOOST_TEST(error_of(lone).find("surrogate") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(invalid_utf8_start_middle_end) {
    BOOST_TEST(error_of("\xC3 đầu").find("t.txt:1:1: byte 0") == 0);
    const std::string mid = error_of("dòng một\ntăng \xFF 5%");
    BOOST_TEST(mid.find("t.txt:2:6: byte 18") == 0, mid);
    const std::string end = error_of("cuối \xE1\xBA");  // truncated 3-byte sequence
    BOOST_TEST(end.find("t.txt:1:6: byte 7") == 0, end);
    BOOST_TEST(error_of("\xC0\xAF").find("byte 0") != std::string::npos);      // overlong
    BOOST_TEST(error_of("\xED\xA0\x80").find("byte 0") != std::string::npos);  // surrogate
}

// UTF-8 is validated sixteen bytes at a time (where the CPU has SSSE3), the byte loop then
// finding the place of an error: acceptance and the message (byte, line, column) must be
// U8_NEXT's, for ill-formed sequences at every offset of a block, cut off at the end, after a
// BOM, in texts of every length around the 16-byte blocks.
BOOST_AUTO_TEST_CASE(validation_equals_u8_next) {
    const auto reference = [](const std::string& bytes) -> std::string {
        const std::size_t start = bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0;
        const auto len = static_cast<std::int32_t>(bytes.size());
        for (auto i = static_cast<std::int32_t>(start); i < len;) {
            const std::int32_t at = i;
            UChar32 c;
            U8_NEXT(bytes.data(), i, len, c);
            if (c < 0) {
                std::size_t line = 1, col = 1;
                for (std::int32_t k = 0; k < at; ++k) {
                    const auto b = static_cast<unsigned char>(bytes[static_cast<std::size_t>(k)]);
                    if (b == '\n') { ++line; col = 1; }
                    else if ((b & 0xC0) != 0x80) ++col;
                }
                char head[64];
                std::snprintf(head, sizeof head, "t.txt:%zu:%zu: byte %d: ", line, col, at);
                return head;
            }
        }
        return "";
    };
    const std::vector<std::string> good = {"a", " ", "\n", "\x7F", "\xC2\x80", "\xDF\xBF", "\xC3\xA0", "\xE0\xA0\x80",
                                           "\xE1\xBB\x87", "\xED\x9F\xBF", "\xEE\x80\x80", "\xEF\xBF\xBF",
                                           "\xF0\x90\x80\x80", "\xF4\x8F\xBF\xBF", "\xF3\xBF\xBF\xBF"};
    const std::vector<std::string> bad = {"\x80", "\xBF", "\xC0\x80", "\xC1\xBF", "\xC2", "\xC2\xC2", "\xE0\x80\x80",
                                          "\xE0\x9F\xBF", "\xED\xA0\x80", "\xED\xBF\xBF", "\xE1\xBB", "\xE1\x41",
                                          "\xF0\x80\x80\x80", "\xF0\x8F\xBF\xBF", "\xF4\x90\x80\x80", "\xF5\x80\x80\x80",
                                          "\xF8\x88\x80\x80\x80", "\xFF", "\xFE", "\xF0\x90\x80"};
    std::uint32_t seed = 2024;
    const auto next = [&] { seed = seed * 1103515245u + 12345u; return (seed >> 16) & 0x7FFF; };
    std::size_t errors = 0;
    for (int round = 0; round < 20000; ++round) {
        std::string s = round % 7 == 0 ? "\xEF\xBB\xBF" : "";
        const std::size_t pieces = next() % (round % 100 == 0 ? 3000 : 40);
        const bool with_error = next() % 2;
        const std::size_t where = pieces ? next() % pieces : 0;
        for (std::size_t k = 0; k < pieces; ++k)
            s += with_error && k == where ? bad[next() % bad.size()] : good[next() % good.size()];
        const std::string expected = reference(s);
        std::string got;
        try {
            const std::string out = decode_text("t.txt", s);
            BOOST_TEST_REQUIRE(out == (s.starts_with("\xEF\xBB\xBF") ? s.substr(3) : s));
        } catch (const InputError& e) {
            got = e.what();
        }
        if (expected.empty()) {
            BOOST_TEST_REQUIRE(got.empty(), "round " << round << ": " << got);
        } else {
            ++errors;
            BOOST_TEST_REQUIRE(got.find(expected) == 0, "round " << round << ": " << got << " / " << expected);
        }
    }
    BOOST_TEST(errors > 5000u);
}

BOOST_AUTO_TEST_CASE(binary_is_refused) {
    const std::string e = error_of(std::string("PK\x03\x04\0\0\x01\x02rest", 12));
    BOOST_TEST(e.find("NUL") != std::string::npos, e);
}

BOOST_AUTO_TEST_CASE(empty_file_has_no_findings) {
    BOOST_TEST(decode_text("e.txt", "").empty());
    const FileReport r = check_text("e.txt", "text", "", RuleConfig{});
    BOOST_TEST(r.result.findings.empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(source_map)

BOOST_AUTO_TEST_CASE(nfc_text_is_identity) {
    const SourceText s = SourceText::from_utf8("a", "Hà Nội\ntăng 5%");
    BOOST_TEST(!s.was_normalized());
    const auto off = static_cast<std::uint32_t>(s.text().find("5%"));
    BOOST_TEST(s.position(off).line == 2u);
    BOOST_TEST(s.position(off).column == 6u);
}

BOOST_AUTO_TEST_CASE(nfd_positions_point_at_original_columns) {
    // "Tổng" in NFD: o + U+0302 (circumflex) + U+0309 (hook above).
    const std::string nfd = "To\xCC\x82\xCC\x89ng so\xCC\x82\xCC\x81 12 ho\xCC\xA3\xCC\x82\ndu\xCC\x9Bo\xCC\x9B\xCC\x81i 45%";
    const SourceText s = SourceText::from_utf8("nfd.txt", nfd);
    BOOST_TEST(s.was_normalized());
    BOOST_TEST(s.text() == "Tổng số 12 hộ\ndưới 45%");
    auto pos = [&](std::string_view needle) { return s.position(static_cast<std::uint32_t>(s.text().find(needle))); };
    // Original code points before "12": T o ̂ ̉ n g ␠ s o ̂ ́ ␠ = 12, so column 13
    // (in the NFC text it would be column 9).
    BOOST_TEST(pos("12").line == 1u);
    BOOST_TEST(pos("12").column == 13u);
    // Line 2: d u ̛ o ̛ ́ i ␠ = 8 code points before "45".
    BOOST_TEST(pos("45%").line == 2u);
    BOOST_TEST(pos("45%").column == 9u);
    // A position inside a normalised letter maps to the start of that letter.
    BOOST_TEST(pos("ổ").column == 2u);
}

BOOST_AUTO_TEST_CASE(crlf_lines) {
    const SourceText s = SourceText::from_utf8("a", "một\r\nhai 12\r\n");
    BOOST_TEST(s.line_text(2) == "hai 12");
    BOOST_TEST(s.position(static_cast<std::uint32_t>(s.text().find("12"))).column == 5u);
}

// from_utf8 copies runs of code points that ICU says are NFC on their own and
// normalises only the segments around them: its text and offset map must be those
// of asking ICU segment by segment (the plain algorithm, written out here), on mixed
// NFC/NFD text with Vietnamese letters, stacked marks, Hangul jamo (which compose),
// a letter + mark that stays apart (U+0338 after 'x'), astral characters and a
// combining mark at the very start.
namespace {
// The plain algorithm from_utf8 must equal: ICU's whole-text check, then segment by segment (a
// code point and every one after it without a boundary before it), each segment ICU does not call
// NFC replaced by its NFC. anchors: (NFC offset, original offset) at each changed segment's start
// and end.
struct SegRef {
    std::string text;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> anchors;
};
SegRef seg_reference(const icu::Normalizer2& n, const std::string& in) {
    SegRef r;
    UErrorCode status = U_ZERO_ERROR;
    if (n.isNormalizedUTF8(in, status)) { r.text = in; return r; }
    const auto len = static_cast<std::int32_t>(in.size());
    for (std::int32_t i = 0; i < len;) {
        std::int32_t e = i;
        UChar32 c;
        U8_NEXT(in.data(), e, len, c);
        while (e < len) {
            std::int32_t j = e;
            U8_NEXT(in.data(), j, len, c);
            if (c >= 0 && n.hasBoundaryBefore(c)) break;
            e = j;
        }
        const std::string_view seg(in.data() + i, static_cast<std::size_t>(e - i));
        status = U_ZERO_ERROR;
        if (n.isNormalizedUTF8(seg, status)) {
            r.text.append(seg);
        } else {
            r.anchors.push_back({static_cast<std::uint32_t>(r.text.size()), static_cast<std::uint32_t>(i)});
            std::string out;
            icu::StringByteSink<std::string> sink(&out);
            status = U_ZERO_ERROR;
            n.normalizeUTF8(0, seg, sink, nullptr, status);
            r.text += out;
            r.anchors.push_back({static_cast<std::uint32_t>(r.text.size()), static_cast<std::uint32_t>(e)});
        }
        i = e;
    }
    return r;
}
// SourceText::to_original by the reference's anchors (inside a changed segment: its start).
std::uint32_t seg_to_orig(const SegRef& r, std::uint32_t off) {
    auto it = std::upper_bound(r.anchors.begin(), r.anchors.end(), off, [](std::uint32_t o, const auto& a) { return o < a.first; });
    if (it == r.anchors.begin()) return off;
    const auto idx = static_cast<std::size_t>(std::prev(it) - r.anchors.begin());
    const auto& a = *std::prev(it);
    if (idx % 2 == 0 && off > a.first) return a.second;
    return a.second + (off - a.first);
}
// Line and column (code points of the original, a leading BOM not counted) of an original offset.
Position orig_position(const std::string& orig, std::uint32_t r) {
    const std::size_t ls = r == 0 ? std::string::npos : orig.rfind('\n', r - 1);
    const std::size_t line_start = ls == std::string::npos ? 0 : ls + 1;
    auto col = static_cast<std::uint32_t>(utf8_length(std::string_view(orig).substr(line_start, r - line_start)) + 1);
    if (line_start == 0 && orig.starts_with("\xEF\xBB\xBF") && r >= 3) --col;
    return {static_cast<std::uint32_t>(std::count(orig.begin(), orig.begin() + r, '\n') + 1), col};
}
// from_utf8(text) against the reference and ICU's normalize() of the whole text: the NFC text,
// to_original at every offset, position() at every character start, end_position of every
// character of the NFC text.
void check_from_utf8(const icu::Normalizer2& n, const std::string& text, const std::string& what) {
    const SegRef r = seg_reference(n, text);
    std::string whole;
    icu::StringByteSink<std::string> sink(&whole);
    UErrorCode status = U_ZERO_ERROR;
    n.normalizeUTF8(0, text, sink, nullptr, status);
    BOOST_TEST_REQUIRE(U_SUCCESS(status));
    const SourceText s = SourceText::from_utf8("t.txt", text);
    BOOST_TEST_REQUIRE(s.text() == whole, "NFC text differs from ICU's normalize(): " << what);
    BOOST_TEST_REQUIRE(s.text() == r.text, "NFC text differs from the segment reference: " << what);
    BOOST_TEST_REQUIRE(s.was_normalized() == !r.anchors.empty(), what);
    const std::string_view t = s.text();
    std::uint32_t prev = 0;
    for (std::uint32_t o = 0; o <= t.size(); ++o) {
        const std::uint32_t want = seg_to_orig(r, o);
        BOOST_TEST_REQUIRE(s.to_original(o) == want, "to_original(" << o << "): " << what);
        if (o < t.size() && (static_cast<unsigned char>(t[o]) & 0xC0) == 0x80) continue;
        BOOST_TEST_REQUIRE((s.position(o) == orig_position(text, want)), "position(" << o << "): " << what);
        if (o > 0) BOOST_TEST_REQUIRE((s.end_position({prev, o}) == orig_position(text, want)), "end_position(" << o << "): " << what);
        prev = o;
    }
}
}  // namespace

// from_utf8 copies runs of code points that ICU says are NFC on their own and
// normalises only the segments around them: its text and offset map must be those
// of asking ICU segment by segment (the plain algorithm, seg_reference), on mixed
// NFC/NFD text with Vietnamese letters, stacked marks, Hangul jamo (which compose),
// a letter + mark that stays apart (U+0338 after 'x'), astral characters and a
// combining mark at the very start.
BOOST_AUTO_TEST_CASE(nfc_map_equals_segment_by_segment_reference) {
    UErrorCode st = U_ZERO_ERROR;
    const icu::Normalizer2& n = *icu::Normalizer2::getNFCInstance(st);
    const std::vector<std::string> pieces = {
        "a", " ", "1", "\n", "Tổng", "đạt", "o\xCC\x82\xCC\x89", "a\xCC\xA3", "u\xCC\x9Bo\xCC\x9B\xCC\x81",
        "\xCC\x81", "\xE1\x84\x80\xE1\x85\xA1", "x\xCC\xB8", "\xF0\x9F\x98\x80", "\xF0\x9D\x85\x97\xF0\x9D\x85\xA5",
        "e\xCC\x81\xCC\xA3", "Ệ", "\xC3\xA9", "%", "ñ", "n\xCC\x83",
        // a mark after a trivial run's last code point that is not ASCII, marks past the BMP,
        // two-byte marks other than U+03xx, a mark NFC replaces (U+0340), a mark after a letter
        // that already has one
        "\xC4\x91\xCC\x81", "\xD2\x83", "a\xF0\x9D\x85\xA5", "\xCD\x80", "\xE1\xBB\x87\xCC\x82", "\xD6\x91"};
    std::uint32_t seed = 12345;
    auto next = [&] { seed = seed * 1103515245u + 12345u; return (seed >> 16) & 0x7FFF; };
    for (int round = 0; round < 1500; ++round) {
        std::string text;
        const int count = 1 + static_cast<int>(next() % 40);
        for (int k = 0; k < count; ++k) text += pieces[next() % pieces.size()];
        const SegRef r = seg_reference(n, text);
        const SourceText s = SourceText::from_utf8("mix.txt", text);
        BOOST_TEST_REQUIRE(s.text() == r.text, "text differs for round " << round);
        for (std::uint32_t off = 0; off <= s.text().size(); ++off)
            BOOST_TEST_REQUIRE(s.to_original(off) == seg_to_orig(r, off), "offset " << off << " of round " << round);
    }
}

// The fast path for Vietnamese letters in NFD (an ASCII letter, one or two of the marks Vietnamese
// uses, then a code point with a boundary before it) keeps ICU's answer per base and marks: for every
// ASCII base (the vowels and every other byte) and every single mark and ordered pair of the eight
// marks (grave, acute, tilde, hook above, dot below, circumflex, breve, horn: both orders of tone
// and shape mark, as NFD and as other tools write them), followed by each of: nothing (the text's
// end), another such letter straight after (adjacent segments, "ươ"), a space, a line break, an
// ASCII letter, đ, a precomposed letter, CJK, an emoji, a third Vietnamese mark, and marks the fast
// path does not take (U+0338, U+0340, U+20D0, U+1D165) — and the precomposed bases (ă â ê ô ơ ư and
// capitals, é) with the same marks (the general path) — from_utf8 must give ICU's normalize() of
// the whole text and the segment reference's map (every offset and position).
BOOST_AUTO_TEST_CASE(vietnamese_nfd_letters_equal_icu) {
    UErrorCode st = U_ZERO_ERROR;
    const icu::Normalizer2& n = *icu::Normalizer2::getNFCInstance(st);
    const std::vector<std::string> marks = {"\xCC\x80", "\xCC\x81", "\xCC\x83", "\xCC\x89", "\xCC\xA3", "\xCC\x82", "\xCC\x86", "\xCC\x9B"};
    std::vector<std::string> seqs;
    for (const auto& a : marks) {
        seqs.push_back(a);
        for (const auto& b : marks) seqs.push_back(a + b);
    }
    const std::vector<std::string> after = {"", " ", "\n", "t", "\xC4\x91", "\xE1\xBB\x87", "\xE4\xB8\xAD", "\xF0\x9F\x98\x80",
                                            "\xCC\x81", "\xCC\xB8", "\xCD\x80", "\xE2\x83\x90", "\xF0\x9D\x85\xA5", "\r\n"};
    std::vector<std::string> bases;
    for (int b = 1; b < 0x80; ++b) bases.push_back(std::string(1, static_cast<char>(b)));
    for (const char* b : {"ă", "â", "ê", "ô", "ơ", "ư", "Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "é", "đ"}) bases.push_back(b);
    std::size_t texts = 0;
    for (const auto& base : bases) {
        for (std::size_t f = 0; f < after.size(); ++f) {
            // one text per base and follower: every mark sequence, each followed by the follower
            // ("" : the next letter straight after), and one text per sequence at the very end
            std::string text = "x ";
            for (const auto& m : seqs) text += base + m + after[f];
            check_from_utf8(n, text, "base " + base + " follower " + std::to_string(f));
            ++texts;
        }
        if (static_cast<unsigned char>(base[0]) >= 'a' || base.size() > 1)
            for (const auto& m : seqs) {
                check_from_utf8(n, base + m, "alone: base " + base);
                check_from_utf8(n, "Vi" + base + m, "at the end: base " + base);
            }
    }
    BOOST_TEST(texts > 1900u);
}

// Random texts of NFD Vietnamese letters (a base vowel or consonant and zero to three marks, most
// of them Vietnamese, some not) mixed with ASCII words, precomposed Vietnamese, other Latin, CJK,
// emoji, Hangul jamo, stray combining marks (at the start too), line breaks and a BOM: from_utf8
// against ICU and the segment reference at every offset.
BOOST_AUTO_TEST_CASE(vietnamese_nfd_random_mixes_equal_icu) {
    UErrorCode st = U_ZERO_ERROR;
    const icu::Normalizer2& n = *icu::Normalizer2::getNFCInstance(st);
    const std::vector<std::string> vn_marks = {"\xCC\x80", "\xCC\x81", "\xCC\x83", "\xCC\x89", "\xCC\xA3", "\xCC\x82", "\xCC\x86", "\xCC\x9B"};
    const std::vector<std::string> other_marks = {"\xCC\xB8", "\xCD\x80", "\xCD\x85", "\xCC\x88", "\xE2\x83\x90", "\xF0\x9D\x85\xA5", "\xD6\x91"};
    const std::string bases = "aeiouyAEIOUYdnghtxqQ1 .";
    const std::vector<std::string> others = {
        "Tổng ", "đạt", "số ", "12,5", " ", " ", "\n", "\r\n", "ng", "th", "ñ", "é", "ß", "ø", "Å", "\xE4\xB8\xAD\xE6\x96\x87",
        "\xF0\x9F\x98\x80", "\xE1\x84\x80\xE1\x85\xA1", "\xE2\x80\x9C", "\xE2\x80\x93", "ư", "Ệ", "\xC4\x91", "\xCC\x81", "\xCD\x80"};
    std::uint32_t seed = 2026;
    const auto next = [&] { seed = seed * 1103515245u + 12345u; return (seed >> 16) & 0x7FFF; };
    for (int round = 0; round < 2500; ++round) {
        std::string text = round % 7 == 3 ? "\xEF\xBB\xBF" : "";
        const int count = 1 + static_cast<int>(next() % 60);
        for (int k = 0; k < count; ++k) {
            if (next() % 3 == 0) {
                text += others[next() % others.size()];
                continue;
            }
            text += bases[next() % bases.size()];
            const unsigned marks = next() % 8 < 6 ? 1 + next() % 2 : next() % 4;
            for (unsigned m = 0; m < marks; ++m)
                text += next() % 10 == 0 ? other_marks[next() % other_marks.size()] : vn_marks[next() % vn_marks.size()];
        }
        check_from_utf8(n, text, "round " + std::to_string(round));
    }
}

BOOST_AUTO_TEST_CASE(bom_does_not_count_as_a_column) {
    const SourceText s = SourceText::from_utf8("a", "\xEF\xBB\xBFTổng 12");
    BOOST_TEST(s.position(static_cast<std::uint32_t>(s.text().find("12"))).column == 6u);
}

BOOST_AUTO_TEST_SUITE_END()

// Columns inside very long lines come from marks every few KB: they must equal a
// plain count from the line start, in NFC and in NFD input alike.
BOOST_AUTO_TEST_CASE(columns_in_long_lines) {
    std::string line;
    for (int i = 0; i < 3000; ++i) line += "Tổng thu đạt 1.234,5 tỷ đồng; ";  // ~100 KB, multi-byte characters
    for (const bool nfd : {false, true}) {
        std::string text = "dòng một\n" + line + "\nkết thúc\n";
        if (nfd) {
            // "ổ" and "đạt" decomposed: o + ̂ + ̉, a + ̣ (the combining marks follow their base).
            std::string d;
            for (std::size_t i = 0; i < text.size();) {
                if (text.compare(i, 3, "ổ") == 0) { d += "o\xCC\x82\xCC\x89"; i += 3; }
                else if (text.compare(i, 3, "ạ") == 0) { d += "a\xCC\xA3"; i += 3; }
                else d += text[i++];
            }
            text = d;
        }
        const SourceText src = SourceText::from_utf8("long.txt", text);
        const std::string& orig = text;
        const std::size_t line2 = orig.find('\n') + 1;
        for (std::size_t probe : {std::size_t{0}, std::size_t{4095}, std::size_t{4096}, std::size_t{50001}, line.size() - 5}) {
            // the NFC offset of the probe-th character boundary at or before `probe` bytes into line 2 (NFC text)
            const std::string_view t = src.text();
            const std::size_t nfc_line2 = t.find('\n') + 1;
            std::size_t off = nfc_line2 + std::min(probe, t.find('\n', nfc_line2) - nfc_line2);
            while ((static_cast<unsigned char>(t[off]) & 0xC0) == 0x80) --off;
            const Position p = src.position(static_cast<std::uint32_t>(off));
            BOOST_TEST(p.line == 2u);
            const std::size_t orig_off = src.to_original(static_cast<std::uint32_t>(off));
            BOOST_TEST(p.column == utf8_length(std::string_view(orig).substr(line2, orig_off - line2)) + 1,
                       "nfd=" << nfd << " probe=" << probe);
        }
        BOOST_TEST(src.position(static_cast<std::uint32_t>(src.text().rfind("kết"))).line == 3u);
        BOOST_TEST(src.position(static_cast<std::uint32_t>(src.text().rfind("kết"))).column == 1u);
    }
}

// Every line longer than the column step has its marks (mark_columns passes sixteen short lines at a time): texts of
// short lines, of lines just under and over the step, of sixteen-line groups longer than a step without a long line,
// a long line at every place in a group, and a long last line.
BOOST_AUTO_TEST_CASE(column_marks_of_every_long_line) {
    std::mt19937 rng(1124);
    const auto pick = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
    for (int round = 0; round < 300; ++round) {
        std::string text;
        std::size_t expected = 0;
        const std::size_t n = 1 + pick(60);
        for (std::size_t k = 0; k < n; ++k) {
            std::size_t len;  // bytes of the line with its '\n'
            switch (pick(6)) {
                case 0: len = 4096 + pick(3); break;           // 4096..4098
                case 1: len = 4097 + pick(9000); break;        // long
                case 2: len = 200 + pick(400); break;          // sixteen of these pass a step
                default: len = 1 + pick(80); break;
            }
            const bool last = k + 1 == n && pick(2);          // a last line without '\n'
            text.append(len - 1, static_cast<char>('a' + pick(26)));
            if (!last) text += '\n';
            const std::size_t m = len - (last ? 1 : 0);
            expected += m == 0 ? 0 : (m - 1) / 4096;  // (a line of m bytes: (m - 1) / 4096 marks)
        }
        const SourceText src = SourceText::from_utf8("t.txt", text);
        BOOST_TEST(src.column_marks_for_test() == expected, "round " << round);
    }
    for (std::size_t at = 0; at < 50; ++at) {  // one long line among 50 short ones, at every place
        std::string text;
        for (std::size_t k = 0; k < 50; ++k) text += std::string(k == at ? 5000 : 10, 'x') + "\n";
        BOOST_TEST(SourceText::from_utf8("t.txt", text).column_marks_for_test() == 1u, "at " << at);
    }
}

// The NFC text is written over the original's bytes (one copy of a large input): every
// offset must still map to the original exactly. Random texts of NFC and NFD Vietnamese,
// marks out of canonical order (reordered, same length), a composition exclusion whose
// NFC is longer than its input (U+0958 -> U+0915 U+093C: output waits for room), CRLF, a
// BOM and a line over the column-mark step. For every character boundary o of the NFC
// text, r = to_original(o): NFC(original[0, r)) is a prefix of text[0, o) — the same when
// text[o] is ASCII (never inside a changed segment) — and line and column are those of r
// counted in the original.
BOOST_AUTO_TEST_CASE(in_place_normalisation_maps_every_offset) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    BOOST_REQUIRE(U_SUCCESS(status));
    const auto normalize = [&](std::string_view s) {
        std::string out;
        icu::StringByteSink<std::string> sink(&out);
        UErrorCode st = U_ZERO_ERROR;
        nfc->normalizeUTF8(0, s, sink, nullptr, st);
        return out;
    };
    const std::vector<std::string> pieces = {
        "Tổng ", "số ", "12,5 ", "hộ ", "\n", "\r\n", " ", "đạt ", "1.234 ",
        "To\xCC\x82\xCC\x89ng ",            // NFD "Tổng"
        "du\xCC\x9Bo\xCC\x9B\xCC\x81i ",   // NFD "dưới"
        "ho\xCC\xA3\xCC\x82 ",              // NFD "hộ", marks in canonical order
        "ho\xCC\x82\xCC\xA3 ",              // the same with the marks reversed (NFC reorders)
        "x\xCC\x82\xCC\xA3",                // no precomposed form: stays two marks, reordered
        "\xE0\xA5\x98\xE0\xA5\x98",         // U+0958 twice: NFC is longer than the input
        "a\xCC\xA3",                        // NFD "ạ", same byte length as NFC
    };
    std::uint32_t seed = 12345;
    const auto next = [&] { return seed = seed * 1103515245u + 12345u; };
    for (int round = 0; round < 6; ++round) {
        std::string orig = round % 2 ? "\xEF\xBB\xBF" : "";
        const int n = round == 5 ? 1600 : 400;
        for (int k = 0; k < n; ++k) {
            std::string p = pieces[(next() >> 8) % pieces.size()];
            if (round == 5 && (p == "\n" || p == "\r\n")) p = " ";  // one long line
            orig += p;
        }
        const SourceText src = SourceText::from_utf8("r.txt", orig);
        const std::string_view t = src.text();
        BOOST_TEST(t == normalize(orig));
        BOOST_TEST(src.was_normalized());
        BOOST_TEST(src.to_original(static_cast<std::uint32_t>(t.size())) == orig.size());
        const std::size_t step = round == 5 ? 7 : 1;
        for (std::size_t o = 0; o <= t.size(); o += step) {
            if (o < t.size() && (static_cast<unsigned char>(t[o]) & 0xC0) == 0x80) continue;
            const std::uint32_t r = src.to_original(static_cast<std::uint32_t>(o));
            BOOST_REQUIRE(r <= orig.size());
            const std::string head = normalize(std::string_view(orig).substr(0, r));
            BOOST_TEST((head.size() <= o && t.compare(0, head.size(), head) == 0), "round " << round << " offset " << o);
            if (o < t.size() && static_cast<unsigned char>(t[o]) < 0x80) BOOST_TEST(head.size() == o, "round " << round << " offset " << o);
            const std::size_t ls = orig.rfind('\n', r == 0 ? 0 : r - 1);
            const std::size_t line_start = r == 0 || ls == std::string::npos ? 0 : ls + 1;
            std::size_t col = utf8_length(std::string_view(orig).substr(line_start, r - line_start)) + 1;
            if (line_start == 0 && orig.starts_with("\xEF\xBB\xBF") && r >= 3) --col;
            const Position p = src.position(static_cast<std::uint32_t>(o));
            BOOST_TEST(p.line == std::count(orig.begin(), orig.begin() + r, '\n') + 1, "round " << round << " offset " << o);
            BOOST_TEST(p.column == col, "round " << round << " offset " << o);
        }
    }
}

// The sections of a large text are parts of its NFC text (SourceText::from_nfc_part): cut
// at a normalisation boundary, a part must be exactly what from_utf8 makes of its bytes
// (text, lines, positions, offsets), without ICU being asked again; cut anywhere else
// (before a combining mark, or an ill-formed byte) it goes through from_utf8. Random NFC,
// NFD and mixed texts, some with ill-formed bytes (a .docx's text is not validated), parts cut
// at every character start.
BOOST_AUTO_TEST_CASE(nfc_part_equals_from_utf8_of_its_bytes) {
    const std::vector<std::string> pieces = {
        "Tổng ", "số ", "12,5", "\n", "\r\n", "\n\n", " ", "đạt ", "To\xCC\x82\xCC\x89ng ", "ho\xCC\x82\xCC\xA3",
        "\xCC\x81", "\xE1\x84\x80\xE1\x85\xA1", "\xE1\x85\xA1", "x\xCC\xB8", "\xF0\x9F\x98\x80",
        "\xF0\x9D\x85\x97\xF0\x9D\x85\xA5", "\xE0\xA5\x98", "a", "\xEF\xBB\xBF", "\xFF", "\xC3", "\xE1\xBA", "\x80", "\xED\xA0\x80"};
    std::uint32_t seed = 4242;
    const auto next = [&] { seed = seed * 1103515245u + 12345u; return (seed >> 16) & 0x7FFF; };
    std::size_t at_boundary = 0, inside = 0;
    for (int round = 0; round < 300; ++round) {
        std::string orig;
        const int count = 1 + static_cast<int>(next() % 60);
        for (int k = 0; k < count; ++k) orig += pieces[next() % pieces.size()];
        if (round % 50 == 7) orig += std::string(9000, 'x') + " \n" + std::string(5000, 'y');  // long lines: column marks
        const SourceText whole = SourceText::from_utf8("w.txt", orig);
        const std::string_view t = whole.text();
        std::vector<std::size_t> cuts;  // character starts
        for (std::size_t i = 0; i <= t.size(); ++i)
            if (i == t.size() || (static_cast<unsigned char>(t[i]) & 0xC0) != 0x80) cuts.push_back(i);
        for (int k = 0; k < 8; ++k) {
            std::size_t b = cuts[next() % cuts.size()], e = cuts[next() % cuts.size()];
            if (k == 0) b = 0;
            if (k == 1) e = t.size();
            if (b > e) std::swap(b, e);
            const SourceText part = SourceText::from_nfc_part(whole, b, e);
            const SourceText ref = SourceText::from_utf8("w.txt", std::string(t.substr(b, e - b)));
            BOOST_TEST_REQUIRE(part.text() == ref.text(), "round " << round << " part " << b << ".." << e);
            BOOST_TEST_REQUIRE(part.path() == ref.path());
            BOOST_TEST_REQUIRE(part.was_normalized() == ref.was_normalized());
            BOOST_TEST_REQUIRE(!ref.was_normalized());
            ((b < t.size() && t[b] == '\xCC') || (e < t.size() && t[e] == '\xCC') ? inside : at_boundary) += 1;
            BOOST_TEST_REQUIRE(part.line_count() == ref.line_count(), "round " << round << " part " << b << ".." << e);
            for (std::uint32_t l = 0; l <= ref.line_count() + 1; ++l) BOOST_TEST_REQUIRE((part.line_span(l) == ref.line_span(l)));
            for (std::uint32_t o = 0; o <= ref.text().size() + 1; ++o) {
                BOOST_TEST_REQUIRE((part.position(o) == ref.position(o)), "round " << round << " offset " << o);
                BOOST_TEST_REQUIRE(part.to_original(o) == ref.to_original(o), "round " << round << " offset " << o);
                BOOST_TEST_REQUIRE(part.line_of(o) == ref.line_of(o));
            }
        }
    }
    BOOST_TEST(at_boundary > 1000u);  // most parts are cut at a boundary
    BOOST_TEST(inside > 50u);         // some before a combining mark (through from_utf8)
}

// Line starts are found 64 bytes at a time in pieces of 16 KiB (AVX2), or sixteen at a time: every
// line of texts of newlines at every place (runs of them longer than the 255 blocks a byte counter
// holds and than a piece, a newline as the first and the last byte, on both sides of a piece's end,
// lengths not a multiple of 16 or 64) must be the one a plain scan finds.
BOOST_AUTO_TEST_CASE(line_starts_equal_a_plain_scan) {
    std::uint32_t seed = 99;
    const auto next = [&] { seed = seed * 1103515245u + 12345u; return (seed >> 16) & 0x7FFF; };
    std::vector<std::string> texts = {"", "\n", "a", "\n\n", std::string(16 * 255 * 2 + 17, '\n'), std::string(4097, 'x') + "\n",
                                      std::string(40000, '\n'), std::string(16383, 'x') + "\n\n" + std::string(16381, 'y') + "\n\n\n"};
    for (int round = 0; round < 220; ++round) {
        std::string t;
        const std::size_t len = round < 100 ? next() % 70 : round < 200 ? next() % 9000 : 20000 + next() * 3;
        const unsigned density = 1 + next() % 40;
        for (std::size_t i = 0; i < len; ++i) t += next() % density == 0 ? '\n' : (next() % 3 ? 'a' : '\r');
        texts.push_back(t);
    }
    for (const std::string& t : texts) {
        const SourceText s = SourceText::from_utf8("l.txt", t);
        std::vector<std::size_t> starts = {0};
        for (std::size_t i = 0; i < t.size(); ++i)
            if (t[i] == '\n') starts.push_back(i + 1);
        BOOST_TEST_REQUIRE(s.line_count() == starts.size());
        for (std::size_t l = 0; l < starts.size(); ++l) {
            const Span sp = s.line_span(static_cast<std::uint32_t>(l + 1));
            BOOST_TEST_REQUIRE(sp.begin == starts[l]);
            std::size_t end = l + 1 < starts.size() ? starts[l + 1] - 1 : t.size();
            if (end > starts[l] && t[end - 1] == '\r') --end;
            BOOST_TEST_REQUIRE(sp.end == end);
        }
    }
}

// utf8_length (columns in position(), 16 bytes, then 8, then byte by byte) counts exactly the
// bytes a byte loop counts as not continuation bytes, on random bytes of every kind (including
// ill-formed ones), every length up to 600 and across the 255-block counter flush, at every alignment.
BOOST_AUTO_TEST_CASE(utf8_length_equals_a_byte_count) {
    std::uint32_t seed = 7;
    const auto next = [&] { seed = seed * 1103515245u + 12345u; return (seed >> 16) & 0x7FFF; };
    const auto plain = [](std::string_view s) {
        std::size_t n = 0;
        for (unsigned char c : s) n += (c & 0xC0) != 0x80;
        return n;
    };
    for (int round = 0; round < 3000; ++round) {
        const std::size_t len = round < 2500 ? next() % 600 : 16 * 255 + next() % 9000;
        std::string t(len + 16, '\0');
        const unsigned kind = next() % 4;
        for (char& c : t) {
            const unsigned r = next();
            c = static_cast<char>(kind == 0 ? r & 0xFF : kind == 1 ? (r % 3 ? 'a' + r % 26 : 0x80 | (r & 0x3F))
                                  : kind == 2 ? (r % 2 ? 0xBF : 0xC0) : (r % 2 ? 0x7F : 0x80));
        }
        const std::size_t at = next() % 16;
        const std::string_view v(t.data() + at, len);
        BOOST_TEST_REQUIRE(utf8_length(v) == plain(v), "length " << len << " at " << at);
    }
}

// utf8_run_end (the scan under from_utf8 and decode_text) must accept exactly what ICU's
// U8_NEXT accepts: random byte strings of ASCII, lead bytes of every kind (C0/C1, E0 and ED
// with their edge continuation bytes, F0/F4/F5, stray continuation bytes), truncated at random.
BOOST_AUTO_TEST_CASE(utf8_run_end_accepts_what_u8_next_accepts) {
    const std::vector<unsigned char> alphabet = {'a', ' ', '\n', 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2,
                                                 0xC3, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF3, 0xF4, 0xF5, 0xFF};
    std::uint32_t seed = 77;
    const auto next = [&] { seed = seed * 1103515245u + 12345u; return (seed >> 16) & 0x7FFF; };
    for (int round = 0; round < 200000; ++round) {
        std::string s;
        const std::size_t len = 1 + next() % 12;
        for (std::size_t k = 0; k < len; ++k) s += static_cast<char>(alphabet[next() % alphabet.size()]);
        // reference: the first offset where U8_NEXT fails (a whole sequence decoded each step)
        std::size_t ref = s.size();
        std::vector<std::int32_t> cps;
        for (std::int32_t i = 0, n = static_cast<std::int32_t>(s.size()); i < n;) {
            const std::int32_t at = i;
            UChar32 c;
            U8_NEXT(s.data(), i, n, c);
            if (c < 0) { ref = static_cast<std::size_t>(at); break; }
            cps.push_back(c);
        }
        std::vector<std::int32_t> seen;
        const std::size_t got = utf8_run_end(s.data(), 0, s.size(), [&](std::int32_t c) { seen.push_back(c); return true; });
        BOOST_TEST_REQUIRE(got == ref, "round " << round);
        std::vector<std::int32_t> non_ascii;
        for (std::int32_t c : cps) if (c >= 0x80) non_ascii.push_back(c);
        BOOST_TEST_REQUIRE((seen == non_ascii), "round " << round);
        // a refused code point ends the run at its start
        if (!non_ascii.empty()) {
            const std::size_t stop = utf8_run_end(s.data(), 0, s.size(), [&](std::int32_t c) { return c != non_ascii.back(); });
            std::size_t at = 0;  // the start of the first code point equal to the last one
            for (std::int32_t i = 0, n = static_cast<std::int32_t>(s.size()); i < n;) {
                const std::int32_t b = i;
                UChar32 c;
                U8_NEXT(s.data(), i, n, c);
                if (c == non_ascii.back()) { at = static_cast<std::size_t>(b); break; }
            }
            BOOST_TEST_REQUIRE(stop == at, "round " << round);
        }
    }
}

// Text from a .docx is not validated as UTF-8: from_utf8 must treat ill-formed bytes as it
// did when ICU checked the whole text first (the same text and offsets as asking ICU segment
// by segment, ill-formed sequences never joining a segment's boundary test).
BOOST_AUTO_TEST_CASE(ill_formed_bytes_as_before) {
    UErrorCode st = U_ZERO_ERROR;
    const icu::Normalizer2& n = *icu::Normalizer2::getNFCInstance(st);
    const std::vector<std::string> pieces = {"Tổng ", "a", "\n", "o\xCC\x82\xCC\x89", "\xCC\x81", "\xFF", "\xC3", "\xE1\xBA",
                                             "\x80", "\xED\xA0\x80", "\xF0\x9F\x98\x80", "\xE0\x80\x80", "x\xCC\xB8"};
    std::uint32_t seed = 31;
    const auto next = [&] { seed = seed * 1103515245u + 12345u; return (seed >> 16) & 0x7FFF; };
    for (int round = 0; round < 3000; ++round) {
        std::string text;
        const int count = 1 + static_cast<int>(next() % 12);
        for (int k = 0; k < count; ++k) text += pieces[next() % pieces.size()];
        // the reference: ICU's whole-text check, then segment by segment (the code before the scan)
        const std::string ref = source_map::seg_reference(n, text).text;
        BOOST_TEST_REQUIRE(SourceText::from_utf8("bad.txt", text).text() == ref, "round " << round);
    }
}

// ICU's answer is cached per distinct short segment (an open-addressing table that grows):
// thousands of distinct letter + marks segments, each seen a few times, some at the very end
// of the text (fewer than 16 bytes after them), must give ICU's NFC of the whole text.
BOOST_AUTO_TEST_CASE(segment_cache_with_many_distinct_segments) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    BOOST_REQUIRE(U_SUCCESS(status));
    std::uint32_t seed = 5;
    const auto next = [&] { seed = seed * 1103515245u + 12345u; return (seed >> 16) & 0x7FFF; };
    for (int round = 0; round < 40; ++round) {
        std::string text;
        const int count = round < 20 ? 1 + static_cast<int>(next() % 8) : 6000;
        for (int k = 0; k < count; ++k) {
            text += static_cast<char>(round % 2 ? 'a' + next() % 4 : next() % 2 ? 'a' + next() % 26 : 'A' + next() % 26);
            const int marks = 1 + static_cast<int>(next() % 4);
            for (int m = 0; m < marks; ++m) {
                char buf[4];
                std::int32_t len = 0;
                UBool err = false;
                // (often the same first marks, so that many segments share their first 8 bytes)
                const bool common = m + 1 < marks && next() % 4 != 0;
                U8_APPEND(buf, len, 4, static_cast<UChar32>(common ? 0x301 + 0x22 * (next() % 2) : 0x300 + next() % 0x46), err);
                BOOST_REQUIRE(!err);
                text.append(buf, static_cast<std::size_t>(len));
            }
            if (next() % 5 == 0) text += ' ';
        }
        std::string expected;
        icu::StringByteSink<std::string> sink(&expected);
        status = U_ZERO_ERROR;
        nfc->normalizeUTF8(0, text, sink, nullptr, status);
        const SourceText src = SourceText::from_utf8("marks.txt", text);
        BOOST_TEST_REQUIRE(src.text() == expected, "round " << round);
        BOOST_TEST_REQUIRE(src.to_original(static_cast<std::uint32_t>(src.text().size())) == text.size());
    }
}

// The changed segments' records are kept in fixed chunks, a block of 32 records never split
// between two chunks: a text with 200 000 segments (many chunks), gaps of every varint length
// (up to 70 000 bytes of ASCII between two segments) and segments at the very start and end
// must map every character boundary of the NFC text to the original's line and column, in
// the SourceText itself and in a copy of it.
BOOST_AUTO_TEST_CASE(segment_records_across_chunks) {
    struct Piece { std::string orig, nfc; };
    const std::vector<Piece> segs = {{"a\xCC\xA3", "ạ"}, {"o\xCC\x82\xCC\x89", "ổ"}, {"e\xCC\x81", "é"},
                                     {"u\xCC\x9B\xCC\x81", "ứ"}, {"A\xCC\x80", "À"}};
    std::uint32_t seed = 77;
    const auto next = [&] { seed = seed * 1103515245u + 12345u; return (seed >> 16) & 0x7FFF; };
    std::string text, expected;
    for (int k = 0; k < 200000; ++k) {
        const Piece& p = segs[next() % segs.size()];
        text += p.orig;
        expected += p.nfc;
        const unsigned r = next() % 1000;
        const std::string gap = k % 70000 == 1000 ? std::string(70000 + next() % 5, 'x') : r < 5 ? std::string(200 + next() % 2000, 'y')
                              : r < 100 ? "\n" : r < 400 ? "ng " : r < 700 ? "Tổng" : "";
        text += gap;
        expected += gap;
    }
    text += "e\xCC\x81";
    expected += "é";
    // line and column (1-based, code points) of every offset of the original
    std::vector<Position> at(text.size() + 1);
    std::uint32_t line = 1;
    std::uint32_t count = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        at[i] = {line, count + 1};
        if (i == text.size()) break;
        if (text[i] == '\n') { ++line; count = 0; }
        else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++count;
    }
    const SourceText src = SourceText::from_utf8("chunks.txt", text);
    BOOST_TEST_REQUIRE(src.text() == expected);
    const SourceText copy = src;
    const std::string_view t = src.text();
    std::size_t checked = 0;
    for (std::uint32_t o = 0; o <= t.size(); ++o) {
        if (o < t.size() && (static_cast<unsigned char>(t[o]) & 0xC0) == 0x80) continue;
        const std::uint32_t r = src.to_original(o);
        BOOST_TEST_REQUIRE(r <= text.size());
        BOOST_TEST_REQUIRE(copy.to_original(o) == r);
        if (o % 7 == 0 || o + 1 >= t.size()) {
            BOOST_TEST_REQUIRE((src.position(o) == at[r]), "offset " << o);
            BOOST_TEST_REQUIRE((copy.position(o) == at[r]), "offset " << o);
        }
        ++checked;
    }
    BOOST_TEST(checked > 1000000u);
    BOOST_TEST(src.to_original(static_cast<std::uint32_t>(t.size())) == text.size());
}

// The one-pass check of decode_text, both vector widths: true exactly for well-formed UTF-8
// (U8_NEXT) without a NUL byte; random mixes of good and bad sequences and NUL bytes, every
// length from 0 to 200 (so every tail length of both block sizes) and a few long texts.
BOOST_AUTO_TEST_CASE(simd_check_equals_u8_next_and_no_nul) {
    const std::vector<std::string> good = {"a", " ", "\n", "\x7F", "\xC2\x80", "\xDF\xBF", "\xC3\xA0", "\xE0\xA0\x80",
                                           "\xE1\xBB\x87", "\xED\x9F\xBF", "\xEE\x80\x80", "\xEF\xBF\xBF",
                                           "\xF0\x90\x80\x80", "\xF4\x8F\xBF\xBF", "\xF3\xBF\xBF\xBF", "\xE1\xBA\xA1"};
    const std::vector<std::string> bad = {"\x80", "\xBF", "\xC0\x80", "\xC1\xBF", "\xC2", "\xC2\xC2", "\xE0\x80\x80",
                                          "\xE0\x9F\xBF", "\xED\xA0\x80", "\xED\xBF\xBF", "\xE1\xBB", "\xE1\x41",
                                          "\xF0\x80\x80\x80", "\xF0\x8F\xBF\xBF", "\xF4\x90\x80\x80", "\xF5\x80\x80\x80",
                                          "\xF8\x88\x80\x80\x80", "\xFF", "\xFE", "\xF0\x90\x80", std::string(1, '\0')};
    std::uint32_t seed = 4242;
    const auto next = [&] { seed = seed * 1103515245u + 12345u; return (seed >> 16) & 0x7FFF; };
    std::size_t tested = 0, refused = 0;
    for (int round = 0; round < 30000; ++round) {
        std::string s;
        const std::size_t want = round < 20000 ? static_cast<std::size_t>(round % 201) : 1000 + next() % 3000;
        const bool with_error = next() % 2;
        while (s.size() < want) s += good[next() % good.size()];
        if (with_error) {
            const std::string& b = bad[next() % bad.size()];
            s.insert(s.empty() ? 0 : next() % (s.size() + 1), b);  // (may cut a good sequence too)
        }
        bool expected = s.find('\0') == std::string::npos;
        for (std::int32_t i = 0, n = static_cast<std::int32_t>(s.size()); expected && i < n;) {
            UChar32 c;
            U8_NEXT(s.data(), i, n, c);
            if (c < 0) expected = false;
        }
        for (const int width : {16, 32}) {
            const std::optional<bool> got = utf8_check_simd(s.data(), s.size(), width);
            if (!got) continue;
            ++tested;
            refused += !*got;
            BOOST_TEST_REQUIRE(*got == expected, "round " << round << " width " << width << " size " << s.size());
        }
    }
    BOOST_TEST(refused > tested / 5);
}

// A NUL byte anywhere (the one-pass check finds it; the byte loop names it), in ASCII and in
// Vietnamese text, at every offset of texts up to 100 bytes (every third past 40).
BOOST_AUTO_TEST_CASE(nul_byte_named_at_every_offset) {
    for (const char* unit : {"abcdefgh", "Vi\xE1\xBB\x87t Nam "}) {
        std::string base;
        while (base.size() < 100) base += unit;
        for (std::size_t len = 1; len <= 100; ++len) {
            for (std::size_t at = 0; at < len; at += (len > 40 ? 3 : 1)) {
                std::string s = base.substr(0, len);
                s[at] = '\0';
                const std::string e = error_of(s);
                // (a short text with NUL bytes often enough is taken for UTF-16 without a BOM, as before)
                const bool named = e.find(": byte " + std::to_string(at) + ": ") != std::string::npos && e.find("NUL") != std::string::npos;
                BOOST_TEST_REQUIRE((named || e.find("UTF-16") != std::string::npos), len << " " << at << ": " << e);
            }
        }
    }
}

// nfc_trivial_end (the scan of from_utf8, by blocks and by pairs of bytes) against ICU asked code
// point by code point: the run ends at the first ill-formed sequence (U8_NEXT), code point past
// the BMP, or code point that is not NFC on its own (isNormalized) or has no boundary before it
// (hasBoundaryBefore). Random mixes of NFC Vietnamese (long runs, so the 16-byte blocks are
// taken whole), its NFD marks, punctuation of the U+2000 block (some of which are not NFC),
// other scripts (Greek, Cyrillic, Hangul and its jamo, CJK, an emoji) and ill-formed bytes, from
// every offset.
BOOST_AUTO_TEST_CASE(nfc_trivial_end_equals_icu) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    BOOST_TEST_REQUIRE(U_SUCCESS(status));
    const std::vector<std::string> common = {"a", "b", " ", "\n", "1", ".", "\xC3\xA0", "\xC3\xAA", "\xC4\x91", "\xC6\xB0",
                                             "\xC6\xA1", "\xC4\x83", "\xE1\xBA\xA1", "\xE1\xBB\x87", "\xE1\xBB\xB9", "\xE1\xBA\xBF",
                                             "\xE1\xBB\x9D", "\xE1\xBA\x80"};
    const std::vector<std::string> rare = {
        "\xCC\x81", "\xCC\x80", "\xCC\xA3", "\xCC\x89", "\xCC\x83", "\xCD\x80",  // combining marks; U+0340 (not NFC)
        "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x93", "\xE2\x80\xA6", "\xE2\x80\x80", "\xE2\x80\x81",  // U+2000, U+2001: not NFC
        "\xCE\xB1", "\xCE\x85", "\xD0\x96", "\xD0\xB9", "\xEA\xB0\x80", "\xE1\x84\x80", "\xE1\x85\xA1", "\xE4\xB8\xAD",
        "\xE2\x84\xA6", "\xEF\xAC\x81", "\xF0\x9F\x98\x80", "\xC3", "\x80", "\xBF", "\xC0\x80", "\xE0\x80\x80", "\xED\xA0\x80",
        "\xE1\xBB", "\xE1\xBB\x41", "\xF5", "\xFF", "\xC2\xA0", "\xCB\x86", "\xDF\xBF", "\xE0\xA4\xA4", "\xE0\xA5\x98"};
    const auto reference = [&](const std::string& s, std::size_t i) {
        const auto n = static_cast<std::int32_t>(s.size());
        for (auto k = static_cast<std::int32_t>(i); k < n;) {
            const std::int32_t at = k;
            UChar32 c;
            U8_NEXT(s.data(), k, n, c);
            if (c < 0 || c > 0xFFFF || !nfc->hasBoundaryBefore(c)) return static_cast<std::size_t>(at);
            UErrorCode st = U_ZERO_ERROR;
            if (!nfc->isNormalized(icu::UnicodeString(c), st) || U_FAILURE(st)) return static_cast<std::size_t>(at);
        }
        return s.size();
    };
    std::uint32_t seed = 99;
    const auto next = [&] { seed = seed * 1103515245u + 12345u; return (seed >> 16) & 0x7FFF; };
    std::size_t long_runs = 0;
    for (int round = 0; round < 6000; ++round) {
        std::string s;
        const std::size_t pieces = next() % (round % 10 == 0 ? 400 : 80);
        const unsigned rarity = 1 + next() % 60;  // one rare piece in about `rarity`
        for (std::size_t k = 0; k < pieces; ++k)
            s += next() % rarity == 0 ? rare[next() % rare.size()] : common[next() % common.size()];
        for (std::size_t i = 0; i <= s.size(); i += (s.size() > 200 ? 7 : 1)) {
            const std::size_t want = reference(s, i), got = nfc_trivial_end(s.data(), i, s.size());
            long_runs += want >= i + 40;
            BOOST_TEST_REQUIRE(got == want, "round " << round << " from " << i << " size " << s.size());
        }
    }
    BOOST_TEST(long_runs > 10000u);
}

// read_input: a regular file, an empty one, a named pipe (no size known: read on to its end), a
// directory and a missing file (the messages of the former reader).
BOOST_AUTO_TEST_CASE(read_input_files_pipes_and_errors) {
    const auto dir = std::filesystem::temp_directory_path() / ("rc-input-test-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    struct Remove {
        std::filesystem::path p;
        ~Remove() {
            std::error_code ec;
            std::filesystem::remove_all(p, ec);
        }
    } remove{dir};
    std::string text;
    for (int k = 0; k < 30000; ++k) text += "Doanh thu \xC4\x91\xE1\xBA\xA1t 12,5 t\xE1\xBB\xB7 \xC4\x91\xE1\xBB\x93ng.\n";
    {
        std::ofstream(dir / "a.txt", std::ios::binary) << "\xEF\xBB\xBF" << text;
        std::ofstream(dir / "e.txt", std::ios::binary);
    }
    BOOST_TEST((read_input((dir / "a.txt").string()).text() == text));  // (1.08 MB: mapped)
    BOOST_TEST(read_input((dir / "e.txt").string()).utf8.empty());
    const std::string fifo = (dir / "p.txt").string();
    BOOST_TEST_REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    std::thread writer([&] { std::ofstream(fifo, std::ios::binary) << text; });
    const DecodedInput piped = read_input(fifo);
    writer.join();
    BOOST_TEST((piped.utf8 == text));
    const auto message = [](const std::string& path) {
        try {
            read_input(path);
        } catch (const InputError& e) {
            return std::string(e.what());
        }
        return std::string();
    };
    // A piece's check carried into the next: an ill-formed sequence or a NUL byte at and around the
    // 256 KB piece boundaries gives decode_text's message (the bytes checked as they are read).
    std::string big;
    while (big.size() < 600000) big += "Vi\xE1\xBB\x87t Nam \xC4\x91\xE1\xBA\xA1t ";
    const auto decode_message = [](const std::string& path, const std::string& bytes) {
        try {
            decode_text(path, bytes);
        } catch (const InputError& e) {
            return std::string(e.what());
        }
        return std::string();
    };
    const std::string bad_path = (dir / "b.txt").string();
    for (const std::size_t at : {std::size_t{262141}, std::size_t{262142}, std::size_t{262143}, std::size_t{262144},
                                 std::size_t{262145}, std::size_t{524287}, std::size_t{524288}, big.size() - 1}) {
        for (const std::string& b : {std::string("\xE1\xBB"), std::string("\x80"), std::string(1, '\0'), std::string("\xF0\x90\x80")}) {
            std::string s = big;
            s.insert(at, b);
            std::ofstream(bad_path, std::ios::binary | std::ios::trunc) << s;
            const std::string expected = decode_message(bad_path, s);
            BOOST_TEST_REQUIRE(!expected.empty());
            BOOST_TEST_REQUIRE(message(bad_path) == expected, at);
        }
        std::size_t cut = at;  // well-formed, cut at the sequence start at or before `at`
        while (cut > 0 && (static_cast<unsigned char>(big[cut]) & 0xC0) == 0x80) --cut;
        const std::string s = big.substr(0, cut);
        std::ofstream(bad_path, std::ios::binary | std::ios::trunc) << s;
        BOOST_TEST_REQUIRE((read_input(bad_path).utf8 == s), at);
    }
    BOOST_TEST(message(dir.string()).find("is a directory") != std::string::npos);
    BOOST_TEST(message((dir / "none.txt").string()).find("cannot open: No such file or directory") != std::string::npos);
}

namespace {

// A temporary directory, removed with everything in it.
struct TempDir {
    std::filesystem::path p;
    explicit TempDir(const std::string& name)
        : p(std::filesystem::temp_directory_path() / (name + "-" + std::to_string(::getpid()))) {
        std::filesystem::create_directories(p);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(p, ec);
    }
};

std::string file_bytes(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string nfd(const std::string& s) {
    UErrorCode status = U_ZERO_ERROR;
    std::string out;
    icu::StringByteSink<std::string> sink(&out);
    icu::Normalizer2::getNFDInstance(status)->normalizeUTF8(0, s, sink, nullptr, status);
    BOOST_TEST_REQUIRE(U_SUCCESS(status));
    return out;
}

}  // namespace

// Shared bytes that are not NFC are normalised straight into a buffer of the text's own: the same
// text, positions and line starts as from_utf8 makes of the same bytes, the shared bytes never
// written, released every 4 MB as they are read (in increasing order, within the text), and the
// text followed by zero bytes. An NFC longer than its input (U+0958 has no composed form: 3 bytes
// become 6) is made whole as well.
BOOST_AUTO_TEST_CASE(from_shared_normalises_into_a_buffer_of_its_own) {
    const std::string line = "Doanh thu \xC4\x91\xE1\xBA\xA1t 12,5 t\xE1\xBB\xB7 \xC4\x91\xE1\xBB\x93ng, t\u0103ng 6,25%.\n";
    std::string mixed;
    for (std::size_t k = 0; mixed.size() < (std::size_t{9} << 20); ++k) mixed += k % 5 == 2 ? nfd(line) : line;
    std::string longer = mixed.substr(0, 4000);
    for (int k = 0; k < 300; ++k) longer += "\xE0\xA5\x98 ";  // U+0958, its NFC two code points
    longer += nfd(line);
    for (const std::string* body : {&mixed, &longer}) {
        auto held = std::make_shared<const std::string>(*body);
        std::vector<std::size_t> released;
        const SourceText shared = SourceText::from_shared("t.txt", SharedBytes{held, *held, [&](std::size_t n) { released.push_back(n); }});
        const SourceText read = SourceText::from_utf8("t.txt", *body);
        BOOST_TEST_REQUIRE(read.was_normalized());
        BOOST_TEST_REQUIRE((shared.text() == read.text()));
        BOOST_TEST((*held == *body));
        if (shared.text().size() <= body->size())  // (in the buffer: 64 zero bytes after the text, as a mapping's zero page)
            for (std::size_t k = 0; k < 64; ++k) BOOST_TEST_REQUIRE(shared.text().data()[shared.text().size() + k] == '\0', k);
        else
            BOOST_TEST(shared.text().data()[shared.text().size()] == '\0');  // (a string: its NUL)
        BOOST_TEST(shared.line_count() == read.line_count());
        for (std::uint32_t o = 0; o <= shared.text().size(); o += body == &mixed ? 4099 : 7) {
            BOOST_TEST_REQUIRE((shared.position(o) == read.position(o)), o);
            BOOST_TEST_REQUIRE(shared.to_original(o) == read.to_original(o), o);
        }
        if (body == &mixed) {
            BOOST_TEST(released.size() == 2u);  // (at 4 MB and at 8 MB read)
            BOOST_TEST(std::is_sorted(released.begin(), released.end()));
            BOOST_TEST((!released.empty() && released.front() >= (std::size_t{4} << 20) && released.back() <= body->size()));
        } else {
            BOOST_TEST(released.empty());  // (less than 4 MB)
            BOOST_TEST(shared.text().size() > body->size());
        }
    }
}

// The unchanged runs between the changed segments are written into the buffer by the block tests as they
// read them (RunCopy), and only the rest is copied when a changed segment ends the run: the same text and
// positions as from_utf8 (which normalises in place, without that) for texts of random pieces — long NFC
// runs of every kind the block tests pass (ASCII, Vietnamese letters, three-byte letters), NFD letters
// that end a run at any offset in a block, code points the tests refuse (CJK, an emoji, U+0958 whose NFC
// is longer, Hangul jamo whose NFC is shorter) — and the 64 bytes after the text zero. A block test that
// counted bytes without writing them, or wrote them one place off, fails it.
BOOST_AUTO_TEST_CASE(from_shared_runs_written_as_read) {
    const std::vector<std::string> nfc_words = {
        "thu ", "ng\xC3\xA2n s\xC3\xA1\x63h ", "\xC4\x91\xE1\xBA\xA1t ", "t\xE1\xBB\xB7 ", "\xC4\x91\xE1\xBB\x93ng, ",
        "ph\xC6\xB0\xE1\xBB\x9Dng ", "12.345,67 ", "\xE1\xBA\xA0\xE1\xBB\x8C ", "\xE2\x80\x9C\x62\xC3\xA1o c\xC3\xA1o\xE2\x80\x9D ", "\n"};
    const std::vector<std::string> odd = {"\xE4\xB8\xAD", "\xF0\x9F\x98\x80", "\xE0\xA5\x98", "\xE1\x84\x80\xE1\x85\xA1\xE1\x86\xA8",
                                          "e\xCC\x81", "a\xCC\x82\xCC\x81", "\xCC\x81"};
    std::mt19937 rng(2411);
    for (int round = 0; round < 200; ++round) {
        std::string body;
        const std::size_t target = 200 + rng() % (round < 150 ? 3000 : 70000);
        while (body.size() < target) {
            const unsigned pick = rng() % 10;
            if (pick < 7) {  // a run of NFC words, long or short
                for (unsigned k = rng() % (pick < 3 ? 120 : 6); k-- > 0;) body += nfc_words[rng() % nfc_words.size()];
            } else if (pick < 9) {
                body += nfd(nfc_words[1 + rng() % 8]);  // NFD Vietnamese letters
            } else {
                body += odd[rng() % odd.size()];
            }
            if (rng() % 4 == 0) body += std::string(rng() % 40, 'x');  // shifts the next piece within a block
        }
        auto held = std::make_shared<const std::string>(body);
        const SourceText shared = SourceText::from_shared("t.txt", SharedBytes{held, *held, nullptr});
        const SourceText read = SourceText::from_utf8("t.txt", body);
        BOOST_TEST_REQUIRE((shared.text() == read.text()), "round " << round);
        BOOST_TEST_REQUIRE((*held == body));
        if (shared.was_normalized() && shared.text().size() <= body.size())
            for (std::size_t k = 0; k < 64; ++k) BOOST_TEST_REQUIRE(shared.text().data()[shared.text().size() + k] == '\0', k);
        for (std::uint32_t o = 0; o <= shared.text().size(); o += 1 + rng() % 97) {
            BOOST_TEST_REQUIRE((shared.position(o) == read.position(o)), o);
            BOOST_TEST_REQUIRE(shared.to_original(o) == read.to_original(o), o);
        }
    }
}

namespace {

// The THPeligible line of /proc/self/smaps for the mapping that holds `p`: 1 where the kernel may back it
// with 2 MiB pages, 0 where not, -1 where it does not say.
int thp_eligible(const void* p) {
    std::ifstream smaps("/proc/self/smaps");
    const auto at = reinterpret_cast<std::uintptr_t>(p);
    bool inside = false;
    for (std::string l; std::getline(smaps, l);) {
        std::uintptr_t b = 0, e = 0;
        if (std::sscanf(l.c_str(), "%lx-%lx ", &b, &e) == 2 && l.find(':') > l.find(' ')) {
            inside = b <= at && at < e;
            continue;
        }
        if (inside && l.starts_with("THPeligible:")) return std::atoi(l.c_str() + 12);
    }
    return -1;
}

}  // namespace

// The buffer a text of up to 32 MiB is normalised into is advised to 2 MiB pages (its page clearing
// was ~4 ms of big-10M's run): aligned to 2 MiB, and eligible where the kernel has transparent huge
// pages. A larger text is normalised into 4 KiB pages: the same text and positions as from_utf8's.
BOOST_AUTO_TEST_CASE(from_shared_buffer_pages) {
    const std::string line = "Chi ng\xC3\xA2n s\xC3\xA1" "ch 3.482,125 t\xE1\xBB\xB7 \xC4\x91\xE1\xBB\x93ng, \xC4\x91\xE1\xBA\xA1t 6,25%.\n";
    std::string thp;
    {
        std::ifstream f("/sys/kernel/mm/transparent_hugepage/enabled");
        std::getline(f, thp);
    }
    for (const std::size_t size : {std::size_t{3} << 20, std::size_t{33} << 20}) {
        std::string body;
        for (std::size_t k = 0; body.size() < size; ++k) body += k % 3 == 1 ? nfd(line) : line;
        auto held = std::make_shared<const std::string>(body);
        const SourceText shared = SourceText::from_shared("t.txt", SharedBytes{held, *held, nullptr});
        BOOST_TEST_REQUIRE(shared.was_normalized());
        BOOST_TEST_REQUIRE((shared.text().data() < held->data() || shared.text().data() >= held->data() + held->size()));
        if (size < (std::size_t{32} << 20)) {
            BOOST_TEST(reinterpret_cast<std::uintptr_t>(shared.text().data()) % (std::size_t{2} << 20) == 0u);
            if (thp.find("[always]") != std::string::npos || thp.find("[madvise]") != std::string::npos)
                BOOST_TEST(thp_eligible(shared.text().data()) == 1);
        }
        const SourceText read = SourceText::from_utf8("t.txt", body);
        BOOST_TEST_REQUIRE((shared.text() == read.text()));
        for (std::size_t k = 0; k < 64; ++k) BOOST_TEST_REQUIRE(shared.text().data()[shared.text().size() + k] == '\0', k);
        for (std::uint32_t o = 0; o <= shared.text().size(); o += 100003) BOOST_TEST_REQUIRE((shared.position(o) == read.position(o)), o);
    }
}

// A text file of 1 MB or more is mapped (checker/input.cpp, kMapMin), not read: the same text
// whether NFC or not and with a BOM or not (normalised where it lies, positions mapped back as for
// a read text), the same errors, and the file on disk never written. Just under 1 MB: read.
BOOST_AUTO_TEST_CASE(read_input_maps_large_files) {
    const TempDir dir("rc-map-test");
    const std::string line = "Doanh thu \xC4\x91\xE1\xBA\xA1t 12,5 t\xE1\xBB\xB7 \xC4\x91\xE1\xBB\x93ng, t\u0103ng 6,25%.\n";
    std::string nfc_text, mixed;
    while (nfc_text.size() < 1300000) nfc_text += line;
    for (std::size_t k = 0; mixed.size() < 1300000; ++k) mixed += k % 7 == 3 ? nfd(line) : line;
    mixed += nfd("Cu\xE1\xBB\x91i c\xC3\xB9ng.");  // NFD up to the last byte
    BOOST_TEST_REQUIRE(nfd(line) != line);
    const auto path = (dir.p / "big.txt").string();
    for (const std::string* body : {&nfc_text, &mixed})
        for (const bool bom : {false, true}) {
            const std::string on_disk = (bom ? "\xEF\xBB\xBF" : "") + *body;
            std::ofstream(path, std::ios::binary | std::ios::trunc) << on_disk;
            DecodedInput in = read_input(path);
            BOOST_TEST_REQUIRE(in.shared.keep != nullptr);
            BOOST_TEST(in.utf8.empty());
            BOOST_TEST((in.text() == *body));
            const SourceText mapped = SourceText::from_shared(path, std::move(in.shared));
            const SourceText read = SourceText::from_utf8(path, *body);
            BOOST_TEST_REQUIRE((mapped.text() == read.text()));
            BOOST_TEST(mapped.was_normalized() == (body == &mixed));
            BOOST_TEST(mapped.line_count() == read.line_count());
            for (std::uint32_t o = 0; o <= mapped.text().size(); o += 997) {
                BOOST_TEST_REQUIRE((mapped.position(o) == read.position(o)), o);
                BOOST_TEST_REQUIRE(mapped.to_original(o) == read.to_original(o), o);
            }
            BOOST_TEST((file_bytes(path) == on_disk));  // (a read-only mapping: the file is as it was)
        }
    // UTF-16 with a BOM: converted (not mapped)
    {
        std::u16string u;
        while (u.size() < 700000) u += u"Doanh thu \u0111\u1EA1t 12,5 t\u1EF7 \u0111\u1ED3ng.\n";
        std::ofstream(path, std::ios::binary | std::ios::trunc) << u16(u, false);
        const DecodedInput in = read_input(path);
        BOOST_TEST(!in.shared.keep);
        BOOST_TEST(in.utf8.size() > 800000u);
        BOOST_TEST(in.utf8.starts_with("Doanh thu \xC4\x91"));
    }
    // ill-formed UTF-8 and a NUL byte past 1 MB: decode_text's message, naming line and column
    for (const std::string& b : {std::string("\xE1\xBB"), std::string(1, '\0')}) {
        std::string s = nfc_text;
        s.insert(1200003, b);
        std::ofstream(path, std::ios::binary | std::ios::trunc) << s;
        std::string got, expected;
        try {
            read_input(path);
        } catch (const InputError& e) {
            got = e.what();
        }
        try {
            decode_text(path, s);
        } catch (const InputError& e) {
            expected = e.what();
        }
        BOOST_TEST_REQUIRE(!expected.empty());
        BOOST_TEST(got == expected);
    }
    // stdin from a large file: read, never mapped (it may be a .docx or .pdf, and is read from where it stands)
    {
        std::ofstream(path, std::ios::binary | std::ios::trunc) << "skipped\n" << nfc_text;
        const int saved = ::dup(STDIN_FILENO), fd = ::open(path.c_str(), O_RDONLY);
        BOOST_TEST_REQUIRE((saved >= 0 && fd >= 0));
        BOOST_TEST_REQUIRE(::lseek(fd, 8, SEEK_SET) == 8);
        ::dup2(fd, STDIN_FILENO);
        ::close(fd);
        const DecodedInput in = read_input("-");
        ::dup2(saved, STDIN_FILENO);
        ::close(saved);
        BOOST_TEST(!in.shared.keep);
        BOOST_TEST((in.utf8 == nfc_text));
    }
    // just under 1 MiB: read into a string
    const std::string small = nfc_text.substr(0, nfc_text.rfind('\n', (std::size_t{1} << 20) - 2) + 1);
    std::ofstream(path, std::ios::binary | std::ios::trunc) << small;
    const DecodedInput in = read_input(path);
    BOOST_TEST(!in.shared.keep);
    BOOST_TEST((in.utf8 == small));
}

// A mapped file cut short by someone else while it is checked: reading the lost pages raises
// SIGBUS, and the run ends naming the file, with exit 2 (an unreadable input), not a crash.
BOOST_AUTO_TEST_CASE(mapped_file_cut_short_ends_with_exit_2) {
    const TempDir dir("rc-map-cut-test");
    const auto path = (dir.p / "cut.txt").string(), err = (dir.p / "stderr.txt").string();
    std::string text;
    while (text.size() < 3000000) text += "Doanh thu \xC4\x91\xE1\xBA\xA1t 12,5 t\xE1\xBB\xB7 \xC4\x91\xE1\xBB\x93ng.\n";
    std::ofstream(path, std::ios::binary) << text;
    const pid_t pid = ::fork();
    BOOST_TEST_REQUIRE(pid >= 0);
    if (pid == 0) {  // the child: read it mapped, cut the file, read on
        const int fd = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (fd < 0 || ::dup2(fd, STDERR_FILENO) < 0) ::_exit(10);
        const DecodedInput in = read_input(path);
        if (!in.shared.keep) ::_exit(11);
        if (::truncate(path.c_str(), 0) != 0) ::_exit(12);
        unsigned sum = 0;
        for (const char c : in.text()) sum += static_cast<unsigned char>(c);
        ::_exit(sum == 0 ? 13 : 0);  // (reached only if the lost pages could be read)
    }
    int status = 0;
    BOOST_TEST_REQUIRE(::waitpid(pid, &status, 0) == pid);
    BOOST_TEST_REQUIRE(WIFEXITED(status), "signal " << (WIFSIGNALED(status) ? WTERMSIG(status) : 0));
    BOOST_TEST(WEXITSTATUS(status) == 2);
    const std::string message = file_bytes(err);
    BOOST_TEST(message.starts_with(path + ": "), message);
    BOOST_TEST(message.find("truncated while being checked") != std::string::npos, message);
}

// line_of(offset, hint) — the writer's hint (its position's line) and finish_findings' (the previous
// finding's line, searched forward in growing steps) — is line_of(offset) for every offset and every
// hint (0, before, at and after the line, past the last line), on texts of 1 … 3 000 lines of random
// lengths, with empty lines, a text without a line break and the empty text.
BOOST_AUTO_TEST_CASE(line_of_with_a_hint_equals_line_of) {
    std::uint32_t seed = 31;
    const auto next = [&] { seed = seed * 1103515245u + 12345u; return (seed >> 16) & 0x7FFF; };
    std::vector<std::string> texts = {"", "x", "\n", "\n\n\n", "ab\ncd"};
    for (int round = 0; round < 40; ++round) {
        std::string t;
        const std::size_t lines = 1 + next() % (round < 30 ? 40 : 3000);
        for (std::size_t l = 0; l < lines; ++l) t += std::string(next() % 9, 'a') + (next() % 4 ? "\n" : "\r\n");
        texts.push_back(t);
    }
    std::size_t checked = 0;
    for (const std::string& t : texts) {
        const SourceText s = SourceText::from_utf8("h.txt", t);
        const auto n = static_cast<std::uint32_t>(s.line_count());
        for (std::uint32_t o = 0; o <= t.size() + 1; ++o) {
            const std::uint32_t want = s.line_of(o);
            const std::uint32_t step = n > 200 ? 1 + next() % 97 : 1;  // (large texts: a sample of hints)
            for (std::uint32_t h = 0; h <= n + 2; h += step) {
                BOOST_TEST_REQUIRE(s.line_of(o, h) == want, "offset " << o << " hint " << h << " of " << n << " lines");
                ++checked;
            }
            BOOST_TEST_REQUIRE(s.line_of(o, want) == want);
            BOOST_TEST_REQUIRE(s.line_of(o, n + 7) == want);
        }
    }
    BOOST_TEST(checked > 100000u);
}

// position(offset, line_hint) — the text writer passes the previous finding's line — is position(offset)
// for every offset and hint, on texts of NFD and NFC lines (changed segments before, at and after
// line starts), short and long lines (column marks), and a BOM.
BOOST_AUTO_TEST_CASE(position_with_a_line_hint_equals_position) {
    std::uint32_t seed = 17;
    const auto next = [&] { seed = seed * 1103515245u + 12345u; return (seed >> 16) & 0x7FFF; };
    const std::vector<std::string> pieces = {"a", " ", "\n", "\r\n", "To\xCC\x82\xCC\x89ng", "ho\xCC\xA3\xCC\x82", "đạt", "1.234",
                                             "\xE0\xA5\x98", std::string(5000, 'x')};
    std::size_t checked = 0;
    for (int round = 0; round < 12; ++round) {
        std::string t = round % 4 == 0 ? "\xEF\xBB\xBF" : "";
        const int count = 20 + static_cast<int>(next() % 200);
        for (int k = 0; k < count; ++k) {
            const std::string& p = pieces[next() % pieces.size()];
            if (p.size() == 5000 && round % 3 != 0) continue;  // long lines in a third of the texts
            t += p;
        }
        const SourceText s = SourceText::from_utf8("p.txt", t);
        const auto n = static_cast<std::uint32_t>(s.line_count());
        for (std::uint32_t o = 0; o <= s.text().size() + 1; o += (s.text().size() > 3000 ? 1 + next() % 13 : 1)) {
            const Position want = s.position(o);
            for (std::uint32_t h = 0; h <= n + 1; ++h) {
                BOOST_TEST_REQUIRE((s.position(o, h) == want), "round " << round << " offset " << o << " hint " << h);
                ++checked;
            }
        }
    }
    BOOST_TEST(checked > 10000u);
}
