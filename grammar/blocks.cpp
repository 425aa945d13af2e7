// Reflow: source lines -> logical blocks, keeping a map back to the source.
#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>

#include "grammar/byte_scan.hpp"
#include "grammar/document.hpp"
#include "grammar/structure_lex.hpp"
#include "grammar/text_util.hpp"
#if defined(__x86_64__)
#include <immintrin.h>
#elif defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace rc {

std::uint32_t Block::to_source_pieces(std::uint32_t logical) const {
    if (pieces.size() == 1) return pieces[0].source + std::min(logical, pieces[0].length);  // (to_source's own case)
    if (pieces.empty()) return 0;
    auto it = std::upper_bound(pieces.begin(), pieces.end(), logical,
                               [](std::uint32_t o, const Piece& p) { return o < p.logical; });
    const Piece& p = it == pieces.begin() ? pieces.front() : *std::prev(it);
    const std::uint32_t delta = std::min(logical - std::min(logical, p.logical), p.length);
    return p.source + delta;
}

Span Block::to_source_span_pieces(std::uint32_t begin, std::uint32_t end) const {
    if (end <= begin) {
        const auto s = to_source_pieces(begin);
        return {s, s};
    }
    const std::uint32_t last = to_source_pieces(end - 1);
    return {to_source_pieces(begin), last + 1};
}

Span Block::source_span() const {
    if (pieces.empty()) return {};
    return {pieces.front().source, pieces.back().source + pieces.back().length};
}

namespace {

struct Line {
    std::uint32_t number;     // 1-based
    Span span;                // trimmed content
    std::string_view text;    // trimmed
    bool blank;
};

// The source's lines, trimmed: only their spans are kept (8 bytes a line, not a Line's 40:
// a 10 MB text has 200 000 lines, held while its blocks are built).
class Lines {
public:
    explicit Lines(const SourceText& src) : src_(src) {}
    // (a span packed in a word: built in registers, not stored as two halves and read back as one)
    void push_back(std::uint32_t begin, std::uint32_t end) { spans_.push_back(begin | (std::uint64_t{end} << 32)); }
    void reserve(std::size_t n) { spans_.reserve(n); }
    std::size_t size() const { return spans_.size(); }
    Line operator[](std::size_t i) const {
        const auto begin = static_cast<std::uint32_t>(spans_[i]), end = static_cast<std::uint32_t>(spans_[i] >> 32);
        const std::string_view t(src_.text().data() + begin, end - begin);  // (inside the text)
        return {static_cast<std::uint32_t>(i + 1), Span{begin, end}, t, t.empty()};
    }

private:
    const SourceText& src_;
    std::vector<std::uint64_t> spans_;
};

// ends_sentence of a line ending in a closing quote, bracket or markup (out of line: rare).
[[gnu::noinline]] bool ends_sentence_closed(std::string_view t) {
    using namespace std::string_view_literals;
    // Strip closing quotes/brackets/markup before looking at the final punctuation.
    while (!t.empty()) {
        if (t.ends_with("\xE2\x80\x9D"sv) || t.ends_with("\xE2\x80\x99"sv)) { t.remove_suffix(3); continue; }  // ” ’
        char c = t.back();
        if (c == ')' || c == '"' || c == '*' || c == '\'' || c == ']') { t.remove_suffix(1); continue; }
        break;
    }
    if (t.empty()) return false;
    char c = t.back();
    return c == '.' || c == ':' || c == ';' || c == '!' || c == '?';
}

// Whether a line ends a sentence: its last byte, but for closing quotes, brackets and markup after the mark.
// (Inline: most lines end in a mark or in a byte that closes nothing — a letter, a digit, ',' —, decided by that
// byte; the call was ~22 instructions a line of the line pass.)
inline bool ends_sentence(std::string_view t) {
    if (t.empty()) return false;
    const char c = t.back();
    if (c == '.' || c == ':' || c == ';' || c == '!' || c == '?') return true;
    if (!(c == ')' || c == '"' || c == '*' || c == '\'' || c == ']' || c == '\x9D' || c == '\x99')) return false;
    return ends_sentence_closed(t);
}

// memcpy for a line: sixteen bytes at a time, the last sixteen overlapping (a profile-guided build expanded
// memcpy here to `rep movsq`, slow to start for the ~90 bytes of a line). Reads and writes only [0, n).
inline void copy_line(char* dst, const char* src, std::size_t n) {
#if defined(__SSE2__)
    const auto copy16 = [&](std::size_t i) {
        _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + i), _mm_loadu_si128(reinterpret_cast<const __m128i*>(src + i)));
    };
    if (n >= 16) {
        if (n > 64) {
            for (std::size_t i = 0; i + 32 < n; i += 32) {
                copy16(i);
                copy16(i + 16);
            }
        } else if (n > 32) {
            copy16(0);
            copy16(16);
        } else {
            copy16(0);
        }
        if (n > 32) copy16(n - 32);
        copy16(n - 16);
        return;
    }
#endif
    if (n >= 8) {
        std::uint64_t a, b;
        std::memcpy(&a, src, 8);
        std::memcpy(&b, src + n - 8, 8);
        std::memcpy(dst, &a, 8);
        std::memcpy(dst + n - 8, &b, 8);
    } else if (n >= 4) {
        std::uint32_t a, b;
        std::memcpy(&a, src, 4);
        std::memcpy(&b, src + n - 4, 4);
        std::memcpy(dst, &a, 4);
        std::memcpy(dst + n - 4, &b, 4);
    } else {
        for (std::size_t i = 0; i < n; ++i) dst[i] = src[i];
    }
}

bool is_page_number(std::string_view t) {
    if (t.empty() || t.size() > 4) return false;
    return std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_table_row(std::string_view t) { return t.size() >= 2 && t.front() == '|'; }

// A line that opens a new block whatever precedes it in hard-wrapped text:
// a "Phần thứ …" part heading.
bool forced_start(std::string_view t) {
    return t.starts_with("Ph\xE1\xBA\xA7n th\xE1\xBB\xA9 ") ;  // "Phần thứ "
}

}  // namespace

namespace {

// Document::text_marks. Each byte of block_text is classed by its two nibbles (a class bit is set when the low
// nibble's table and the high nibble's table both hold it; each class below is a product of the two):
enum : unsigned {
    kDigitBit = 1,     // 0x30-0x39
    kStopBit1 = 2,     // '!' '.'
    kStopBit2 = 4,     // '?'
    kSupBit = 8,       // 0xC2 0xE2
    kGlueBit = 16,     // '"' ')' '.'
    kAlphaBit1 = 32,   // 'A'-'O' 'a'-'o', and with kAlphaBit2 every byte >= 0x80
    kAlphaBit2 = 64,   // 'P'-'Z' 'p'-'z'
    kCloseBit = 128,   // ' ' '"' '\'' ')' (with 0xE2, compared apart: what may follow a sentence's stop)
};
constexpr std::array<std::uint8_t, 16> kLowNibble = [] {
    std::array<std::uint8_t, 16> t{};
    for (unsigned lo = 0; lo < 16; ++lo) {
        unsigned v = 0;
        if (lo <= 9) v |= kDigitBit;
        if (lo == 1 || lo == 0xE) v |= kStopBit1;
        if (lo == 0xF) v |= kStopBit2;
        if (lo == 2) v |= kSupBit;
        if (lo == 2 || lo == 9 || lo == 0xE) v |= kGlueBit;
        if (lo >= 1) v |= kAlphaBit1;
        if (lo <= 0xA) v |= kAlphaBit2;
        if (lo == 0 || lo == 2 || lo == 7 || lo == 9) v |= kCloseBit;
        t[lo] = static_cast<std::uint8_t>(v);
    }
    return t;
}();
constexpr std::array<std::uint8_t, 16> kHighNibble = [] {
    std::array<std::uint8_t, 16> t{};
    t[2] = kStopBit1 | kGlueBit | kCloseBit;
    t[3] = kDigitBit | kStopBit2;
    t[4] = t[6] = kAlphaBit1;
    t[5] = t[7] = kAlphaBit2;
    // A byte >= 0x80 is one a digit run may be glued to: both alpha bits on its high nibble (every low nibble holds
    // one of them), so that the glue class needs no test of the sign bit apart (a movemask and an OR per 32 bytes:
    // −1.3 M instructions on big-10M).
    for (unsigned hi = 8; hi < 16; ++hi) t[hi] = kAlphaBit1 | kAlphaBit2;
    t[0xC] = t[0xE] = kSupBit | kAlphaBit1 | kAlphaBit2;
    return t;
}();

// The marks are written in two steps: a chunk's classes (its digits, its stops, its superscript lead bytes, the
// bytes a digit run may be glued to, and — kept aside — the bytes that may follow a sentence's stop), then, once
// the next chunk's are known (a chunk's last stop and last runs read the next chunk's first bytes), its marks.
struct MarkState {
    std::uint64_t close = 0;     // the closing bytes of the chunk before
    std::uint64_t before_d = 0;  // the digits and the glue bytes of the chunk before that
    std::uint64_t before_g = 0;
};

// Chunk o's marks (o[kGluedMark] held its glue bytes, o[kStopMark] its stops), the next chunk's classes at
// next (its digits) and next_close.
[[gnu::always_inline]] inline void finish_chunk(std::uint64_t* o, const std::uint64_t* next, std::uint64_t next_close, MarkState& st) {
    const std::uint64_t d = o[Document::kDigitMark], dn = next[Document::kDigitMark], g = o[Document::kGluedMark];
    o[Document::kStopMark] &= (st.close >> 1) | (next_close << 63);
    const std::uint64_t starts = d & ~((d << 1) | (st.before_d >> 63));
    const std::uint64_t glued = (g << 1) | (st.before_g >> 63);
    std::uint64_t five = 0;
    // bit k: bytes k + 1 .. k + 4 are digits (the last ones read the next chunk's first bytes); asked only of a chunk
    // with a run not glued (most chunks have none, or no digit at all: −0.4 M instructions on big-10M)
    if (starts & ~glued)
        five = ((d >> 1) | (dn << 63)) & ((d >> 2) | (dn << 62)) & ((d >> 3) | (dn << 61)) & ((d >> 4) | (dn << 60));
    o[Document::kGluedMark] = starts & (glued | five);
    st.before_d = d;
    st.before_g = g;
    st.close = next_close;
}

// A chunk's classes byte by byte (where there is no AVX2); returns its closing bytes.
inline std::uint64_t classes_bytes(const char* p, std::uint64_t* o) {
    std::uint64_t m[4] = {0, 0, 0, 0}, close = 0;
    for (unsigned k = 0; k < 64; ++k) {
        const auto c = static_cast<unsigned char>(p[k]);
        const unsigned v = kLowNibble[c & 15] & kHighNibble[c >> 4];
        const std::uint64_t bit = std::uint64_t{1} << k;
        if (v & kDigitBit) m[Document::kDigitMark] |= bit;
        if (v & (kStopBit1 | kStopBit2)) m[Document::kStopMark] |= bit;
        if (v & kSupBit) m[Document::kSupLeadMark] |= bit;
        if ((v & (kGlueBit | kAlphaBit1 | kAlphaBit2)) || c >= 0x80) m[Document::kGluedMark] |= bit;
        if ((v & kCloseBit) || c == 0xE2) close |= bit;
    }
    for (unsigned k = 0; k < 4; ++k) o[k] = m[k];
    return close;
}

#if defined(__x86_64__)
[[gnu::target("avx2"), gnu::always_inline]] inline std::uint64_t mm32(__m256i v) {
    return static_cast<std::uint32_t>(_mm256_movemask_epi8(v));
}
// (bits: contiguous, below bit 7. c & bits plus 0x80 less its lowest bit reaches bit 7 exactly when c & bits is not 0, and
// stays below 0x100: one add where a compare with zero needed a NOT of its mask after: −0.6 M instructions on big-10M)
[[gnu::target("avx2"), gnu::always_inline]] inline std::uint64_t any32(__m256i c, unsigned bits) {
    return mm32(_mm256_add_epi8(_mm256_and_si256(c, _mm256_set1_epi8(static_cast<char>(bits))),
                                _mm256_set1_epi8(static_cast<char>(0x80 - (bits & (0u - bits))))));
}
// (out: room for chunks + 1 groups of words, the last written zero)
[[gnu::target("avx2")]] void marks_avx2(const char* s, std::size_t chunks, std::uint64_t* out) {
    const __m256i low_t = _mm256_broadcastsi128_si256(_mm_loadu_si128(reinterpret_cast<const __m128i*>(kLowNibble.data())));
    const __m256i high_t = _mm256_broadcastsi128_si256(_mm_loadu_si128(reinterpret_cast<const __m128i*>(kHighNibble.data())));
    const __m256i nibble = _mm256_set1_epi8(15);
    constexpr std::size_t K = Document::kMarkKinds;
    MarkState st;
    for (std::size_t k = 0; k < chunks; ++k) {
        std::uint64_t d = 0, stop = 0, sup = 0, glue = 0, close = 0;
        for (unsigned h = 0; h < 2; ++h) {
            const __m256i x = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s + 64 * k + 32 * h));
            const __m256i c = _mm256_and_si256(_mm256_shuffle_epi8(low_t, _mm256_and_si256(x, nibble)),
                                               _mm256_shuffle_epi8(high_t, _mm256_and_si256(_mm256_srli_epi16(x, 4), nibble)));
            const unsigned sh = 32 * h;
            d |= mm32(_mm256_slli_epi16(c, 7)) << sh;    // kDigitBit to the sign
            stop |= any32(c, kStopBit1 | kStopBit2) << sh;
            sup |= mm32(_mm256_slli_epi16(c, 4)) << sh;  // kSupBit to the sign
            glue |= any32(c, kGlueBit | kAlphaBit1 | kAlphaBit2) << sh;  // (bytes >= 0x80 included: kHighNibble)
            // (kCloseBit is the sign; the bytes 0xE2 ORed in before the one movemask: −0.5 M instructions on big-10M)
            close |= mm32(_mm256_or_si256(c, _mm256_cmpeq_epi8(x, _mm256_set1_epi8('\xE2')))) << sh;
        }
        std::uint64_t* const o = out + K * k;
        o[Document::kDigitMark] = d;
        o[Document::kStopMark] = stop;
        o[Document::kSupLeadMark] = sup;
        o[Document::kGluedMark] = glue;
        if (k > 0) finish_chunk(o - K, o, close, st);
        else st.close = close;
    }
    std::uint64_t* const last = out + K * chunks;
    for (std::size_t i = 0; i < K; ++i) last[i] = 0;
    if (chunks > 0) finish_chunk(last - K, last, 0, st);
}
#endif

// Where the text marks start in block_text's allocation for a source of n bytes (after the bytes block_text may
// use, n + 1 + 2 pads, rounded up to 64), and how many bytes they may take (used <= n + 1 + pad).
constexpr std::size_t marks_offset(std::size_t n) { return (n + 1 + 2 * Document::kBlockTextPad + 63) & ~std::size_t{63}; }
constexpr std::size_t marks_bytes(std::size_t n) {
    return 8 * Document::kMarkKinds * ((n + 1 + Document::kBlockTextPad + 63) / 64 + 1);
}

// The marks of `chunks` chunks of 64 bytes at s into out (room for chunks + 1 groups of words, the last
// written zero): by the AVX2 pass where the CPU has it, unless `bytewise`, else byte by byte.
void marks_of(const char* s, std::size_t chunks, std::uint64_t* m, bool bytewise) {
    constexpr std::size_t K = Document::kMarkKinds;
#if defined(__x86_64__)
    static const bool avx2 = __builtin_cpu_supports("avx2");
    if (avx2 && !bytewise) {
        marks_avx2(s, chunks, m);
        return;
    }
#endif
    MarkState st;
    for (std::size_t k = 0; k < chunks; ++k) {
        const std::uint64_t close = classes_bytes(s + 64 * k, m + K * k);
        if (k > 0) finish_chunk(m + K * (k - 1), m + K * k, close, st);
        else st.close = close;
    }
    for (std::size_t i = 0; i < K; ++i) m[K * chunks + i] = 0;
    if (chunks > 0) finish_chunk(m + K * (chunks - 1), m + K * chunks, 0, st);
}

// Document::text_marks over block_text[0, used) (the bytes after it, up to used + kBlockTextPad, are '\n').
void mark_text(Document& doc, std::size_t used) {
    const std::size_t chunks = (used + 63) / 64;  // (the last ends before used + 64)
    // (and a group of '\n' past them; room for them was made after block_text's bytes: see build_blocks)
    std::uint64_t* const m = reinterpret_cast<std::uint64_t*>(doc.block_text.get() + marks_offset(doc.source.text().size()));
    doc.text_marks = m;
    marks_of(doc.block_text.get(), chunks, m, false);
}

}  // namespace

std::vector<std::uint64_t> text_marks_for_test(std::string_view s, bool bytewise) {
    const std::size_t chunks = (s.size() + 63) / 64;
    std::string padded(s);
    padded.resize(64 * (chunks + 1), '\n');  // (as block_text: '\n' after the text)
    std::vector<std::uint64_t> m(Document::kMarkKinds * (chunks + 1), ~std::uint64_t{0});
    marks_of(padded.data(), chunks, m.data(), bytewise);
    return m;
}

bool looks_pdf_extracted(const Document::ReflowCounts& c) {
    return c.text_lines >= 20 && c.alternating * 10 >= c.text_lines * 8 && c.open_long * 4 >= c.text_lines;
}

void build_blocks(Document& doc) {
    const SourceText& src = doc.source;
    const char* const text = src.text().data();
    // A line's trimmed span (a BOM opening the text dropped).
    const auto trimmed_line = [&](std::uint32_t n) {
        Span s = src.line_span(n);
        const std::string_view raw(text + s.begin, s.end - s.begin);
        const std::string_view trimmed = trim(raw);
        s.begin += static_cast<std::uint32_t>(trimmed.data() - raw.data());
        s.end = s.begin + static_cast<std::uint32_t>(trimmed.size());
        if (n == 1 && src.slice(s).starts_with("\xEF\xBB\xBF")) s.begin += 3;
        return s;
    };
    const auto line_of = [&](std::uint32_t n, Span s) {
        const std::string_view t(text + s.begin, s.end - s.begin);
        return Line{n, s, t, t.empty()};
    };
    // Word-exported text (what a text is unless told or found otherwise) has its blocks made in the pass that
    // counts the lines: each line is read once, and no list of the lines is kept. If the counts then say PDF
    // text, those blocks are dropped and the PDF reflow runs over the lines again. (The structure-only pass,
    // over a whole large text, keeps the two passes: its blocks are reserved by the count of its lines of text.)
    const bool borrow = doc.structure_only;
    const bool word_pass = !borrow && !(doc.style_given && doc.style == TextStyle::pdf_extract);
    bool pdf = false;  // (read by append: false until the counts are known)

    // (The structure-only pass sizes it after the loop, for its joined blocks only: see `borrow`.)
    const std::size_t pad = Document::kBlockTextPad;
    // (and, after them, room for the text marks: one allocation, freed with the blocks)
    doc.block_text.reset(borrow ? nullptr : new char[marks_offset(src.text().size()) + marks_bytes(src.text().size())]);
    doc.text_marks = nullptr;
    char* const buf = doc.block_text.get();
    if (buf) std::memset(buf, '\n', pad);
    std::size_t used = pad;
    doc.blocks.clear();
    doc.pieces.clear();
    if (word_pass) {
        // at most one block and one piece per line (not yet counted): no reallocation (the blocks view the pieces)
        doc.blocks.reserve(src.line_count() + 1);
        doc.pieces.reserve(src.line_count() + 1);
    }
    bool open = false;  // the last of doc.blocks is open (lines are appended to it in place)
    std::string_view prev_text;
    bool prev_caps = false;
    bool prev_heading = false;  // the previous line starts with a heading label
    // PDF text: parentheses left open by the block so far, and the lines since the
    // first of them was opened. A list in parentheses whose members end with ';' or
    // ':' at a hard wrap ("(Quang Trung: 98,21 tỷ đồng; / Thanh Sơn: …)") is still
    // the same sentence; the count is bounded so a stray '(' cannot swallow a page.
    int paren_depth = 0;
    int paren_lines = 0;
    constexpr int kMaxParenLines = 4;
    auto close = [&] {
        open = false;
        paren_depth = 0;
        paren_lines = 0;
    };
    // The structure-only pass (over a whole large text) leaves a block of one line in the source (its
    // view) and copies only the blocks of two lines or more, into a buffer of their size made after
    // the loop (the join decisions read the lines, not the blocks' texts; until then a joined block's
    // `text` has only its size right).
    auto append = [&](const Line& l, Block::Kind kind = Block::Kind::text) {
        const auto len = static_cast<std::uint32_t>(l.text.size());
        if (!open) {
            Block& cur = doc.blocks.emplace_back();  // built in place
            cur.kind = kind;
            cur.first_line = l.number;
            open = true;
            if (borrow) {
                cur.text = l.text;
            } else {
                copy_line(buf + used, l.text.data(), len);
                cur.text = std::string_view(buf + used, len);
                used += len;
                buf[used++] = '\n';
            }
            Piece& pc = doc.pieces.emplace_back();  // (its fields stored in place)
            pc.source = l.span.begin;
            pc.length = len;
            cur.pieces = std::span<const Piece>(&pc, 1);
        } else {
            Block& cur = doc.blocks.back();
            const auto logical = static_cast<std::uint32_t>(cur.text.size() + 1);
            if (!borrow) {
                buf[used - 1] = ' ';  // (was the block's closing '\n')
                copy_line(buf + used, l.text.data(), len);
                used += len;
                buf[used++] = '\n';
            }
            cur.text = std::string_view(cur.text.data(), logical + len);
            Piece& pc = doc.pieces.emplace_back();
            pc.logical = logical;
            pc.source = l.span.begin;
            pc.length = len;
            cur.pieces = std::span<const Piece>(cur.pieces.data(), cur.pieces.size() + 1);
        }
        Block& cur = doc.blocks.back();
        cur.last_line = l.number;
        if (!pdf) return;  // the open parentheses are only asked about in PDF text
        if (paren_depth > 0) ++paren_lines;
        // (most lines open none, and close none or none open: memchr passes them)
        // (and the brackets of a line that has some are found eight bytes at a time: a byte loop over those lines was 4.8 M
        // instructions of a 2.5 MB PDF-style text's 231 M)
        if (std::memchr(l.text.data(), '(', len) || (paren_depth > 0 && std::memchr(l.text.data(), ')', len))) {
            const char* const p = l.text.data();
            for (std::size_t i = byte_scan::find_any(p, 0, len, '(', ')', ')'); i < len; i = byte_scan::find_any(p, i + 1, len, '(', ')', ')')) {
                if (p[i] == '(') ++paren_depth;
                else if (paren_depth > 0) --paren_depth;
            }
        }
        if (paren_depth == 0) paren_lines = 0;
    };
    // A blank line or a table row, in either style; false for a line of text.
    const auto blank_or_row = [&](const Line& l) {
        if (l.blank) {
            if (!pdf) close();
            return true;
        }
        if (is_table_row(l.text)) {
            close();
            append(l, Block::Kind::table_row);
            close();
            prev_text = {};
            return true;
        }
        return false;
    };
    // A line of Word-exported text: one paragraph per line unless the previous line was hard-wrapped
    // mid-sentence. (A line starting in lower case is not all capitals; whether it is a heading
    // and the previous line all capitals is asked only when that decides.)
    const auto word_line = [&](const Line& l) {
        if (blank_or_row(l)) return;
        bool join = open && starts_lowercase(l.text) && !ends_sentence(prev_text) && !is_table_row(prev_text);
        if (join) {
            HeadingLabelLex lab;
            join = !lex_heading_label(l.text, lab) && !is_upper_line(prev_text);
        }
        if (!join) close();
        append(l);
        prev_text = l.text;
    };

    // PDF-extracted text: a blank line after almost every line of text (counted over the lines
    // followed by another: a line of text, and whether the next is blank).
    std::size_t alternating = 0, text_lines = 0;
    std::size_t open_long = 0;  // lines over 60 bytes that end no sentence (read below only for that test)
    bool prev_blank = true;
    // The source's lines, trimmed, for the reflow below: only their spans are kept (8 bytes a line, not a Line's 40:
    // a 10 MB text has 200 000 lines, held while its blocks are built). Without the Word pass (a text told to be PDF,
    // the structure-only pass) they are kept by this loop, not trimmed again below.
    Lines lines(src);
    if (!word_pass) lines.reserve(src.line_count());
    // The Word pass stops making blocks when the counts of its first kGuessAt lines already say PDF text (a PDF-style
    // text made its Word blocks whole, to drop them); from there the loop keeps the lines, and the blocks are made after
    // it in the style the counts of every line say (Word text after all: from the kept lines, as the structure-only pass
    // makes them). The style is decided as before. (4 096 lines: the sections of big-10M, Word text with a PDF report
    // here and there, look like PDF text at 64 or 1 024 lines of text, and its blocks were then made twice: +1.5 M
    // instructions; none does at 2 048 lines of text.)
    constexpr std::uint32_t kGuessAt = 4096;
    const auto count = [&](Span s) __attribute__((always_inline)) {
        const bool is_blank = s.end == s.begin;
        open_long += s.end - s.begin > 60 && !ends_sentence(std::string_view(text + s.begin, s.end - s.begin));
        if (!prev_blank) {
            ++text_lines;
            alternating += is_blank;
        }
        prev_blank = is_blank;
    };
    std::uint32_t n = 1;
    const auto word_lines = [&](std::uint32_t to) __attribute__((always_inline)) {
        for (; n <= to; ++n) {
            const Span s = trimmed_line(n);
            count(s);
            word_line(line_of(n, s));
        }
    };
    bool stopped = false;  // the Word pass stopped by its guess (the lines kept from there)
    if (word_pass) {
        // (the guess between two loops, not a test at every line)
        word_lines(static_cast<std::uint32_t>(std::min<std::size_t>(src.line_count(), kGuessAt)));
        if (!doc.style_given && n <= src.line_count() && looks_pdf_extracted({text_lines, alternating, open_long})) {
            stopped = true;
            lines.reserve(src.line_count());
            for (std::uint32_t m = 1; m < n; ++m) {  // (the lines read so far, trimmed again)
                const Span k = trimmed_line(m);
                lines.push_back(k.begin, k.end);
            }
        } else {
            word_lines(static_cast<std::uint32_t>(src.line_count()));
        }
    }
    if (!word_pass || stopped) {
        for (; n <= src.line_count(); ++n) {
            const Span s = trimmed_line(n);
            lines.push_back(s.begin, s.end);
            count(s);
        }
    }
    doc.reflow_counts = {text_lines, alternating, open_long};
    pdf = doc.style_given ? doc.style == TextStyle::pdf_extract : looks_pdf_extracted(doc.reflow_counts);
    doc.style = pdf ? TextStyle::pdf_extract : TextStyle::word_export;
    if (!word_pass || pdf || stopped) {
        if (word_pass) {  // PDF text after all, or a pass stopped by its guess: the blocks made again
            doc.blocks.clear();
            doc.pieces.clear();
            used = pad;
            close();
            prev_text = {};
        } else {
            doc.blocks.reserve(text_lines + 1);  // at most one block per non-blank line: no reallocation
            doc.pieces.reserve(text_lines + 1);  // one piece per non-blank line: no reallocation (the blocks view it)
        }
        if (word_pass && !stopped) {  // (PDF text found by the counts only: its lines trimmed again; the Word pass does not keep them, most texts being Word text)
            lines.reserve(src.line_count());
            for (std::uint32_t n = 1; n <= src.line_count(); ++n) {
                const Span s = trimmed_line(n);
                lines.push_back(s.begin, s.end);
            }
        }
        // Footnote bodies gathered at the end ("CHÚ THÍCH", then "1 …", "2 …"): each
        // body is one block however it is wrapped. Without the header, PDF text's
        // region starts at the last body "1 …" followed by a body "2 …".
        // (Only PDF text reads the region.)
        std::size_t region = lines.size();
        for (std::size_t i = 0; pdf && i < lines.size(); ++i) {
            if (lines[i].blank || !is_footnote_header(lines[i].text)) continue;
            // only a header followed by a body "1 …" (a "Ghi chú:" above a table is not one)
            std::size_t k = i + 1;
            while (k < lines.size() && lines[k].blank) ++k;
            int m = 0;
            if (k < lines.size() && lex_body_marker(lines[k].text, m) && m == 1) region = i;
        }
        if (region == lines.size() && pdf) {
            bool seen2 = false;
            for (std::size_t i = lines.size(); i-- > 0;) {
                int m = 0;
                if (lines[i].blank || !lex_body_marker(lines[i].text, m)) continue;
                if (m == 2) seen2 = true;
                if (m == 1 && seen2) { region = i; break; }
            }
        }
        int next_body = 1;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const Line l = lines[i];
            if (!pdf) {  // (the structure-only pass over Word text, or a Word pass its guess stopped)
                word_line(l);
                continue;
            }
            if (blank_or_row(l)) continue;
            if (is_page_number(l.text)) continue;  // page number alone on a line (PDF)
            const bool caps = is_upper_line(l.text);
            bool join = false;
            if (i >= region) {
                // Footnote region: a body marker with the expected number opens a block,
                // anything else continues the current body.
                int m = 0;
                const bool marker = lex_body_marker(l.text, m) && m >= next_body && m <= next_body + 2;
                if (marker) next_body = m + 1;
                join = open && !marker && i != region && !is_footnote_header(prev_text);
                if (!join) close();
                append(l);
                prev_text = l.text;
                prev_caps = caps;
                prev_heading = false;
                continue;
            }
            HeadingLabelLex lab;
            const bool heading = lex_heading_label(l.text, lab);
            if (open) {
                // PDF, hard wraps: join unless the previous line ended a sentence;
                // all-caps titles join only with all-caps lines.
                if (forced_start(l.text)) join = false;
                else if (prev_caps) join = caps && !forced_start(prev_text);
                else join = !ends_sentence(prev_text) ||
                            (paren_depth > 0 && paren_lines < kMaxParenLines && !prev_text.ends_with('.') &&
                             !heading && !forced_start(l.text));
                // A heading label opens a block (a Roman one only when it is not the
                // end of a wrapped phrase: "Đại hội lần thứ / XIV. Triển khai …");
                // a heading line continues only on a lower-case line.
                if (heading && join)
                    join = lab.style == HeadingStyle::roman && !caps && !prev_heading;
                else if (prev_heading && !prev_caps && join)
                    join = starts_lowercase(l.text);
            }
            if (!join) close();
            append(l);
            prev_text = l.text;
            prev_caps = caps;
            prev_heading = heading;
        }
    }
    close();
    if (borrow) {  // the joined blocks' texts, from their pieces
        std::size_t size = pad;
        for (const Block& b : doc.blocks)
            if (b.pieces.size() > 1) size += b.text.size() + 1;
        doc.block_text.reset(new char[size + pad]);
        char* const out = doc.block_text.get();
        std::memset(out, '\n', pad);
        for (Block& b : doc.blocks) {
            if (b.pieces.size() < 2) continue;
            char* const at = out + used;
            for (const Piece& p : b.pieces) {
                if (p.logical) at[p.logical - 1] = ' ';
                std::memcpy(at + p.logical, src.text().data() + p.source, p.length);
            }
            used += b.text.size();
            out[used++] = '\n';
            b.text = std::string_view(at, b.text.size());
        }
        std::memset(out + used, '\n', pad);
        doc.text_marks = nullptr;
    } else {
        std::memset(buf + used, '\n', pad);
        mark_text(doc, used);
    }
    doc.block_text_size = used;
}

}  // namespace rc
