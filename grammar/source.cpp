#include "grammar/source.hpp"
#include "grammar/byte_scan.hpp"

#include <algorithm>
#include <bit>
#include <atomic>
#include <cstring>
#include <deque>
#include <stdexcept>
#include <unordered_map>
#include <sys/mman.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#include <immintrin.h>
#endif

#include <unicode/normalizer2.h>
#include <unicode/bytestream.h>
#include <unicode/utf8.h>

namespace rc {
namespace {

#if defined(__SSE2__)
// The newlines of the 64 bytes at p, a bit each.
[[gnu::target("avx2")]] inline std::uint64_t newlines64_avx2(const char* p) {
    const __m256i nl = _mm256_set1_epi8('\n');
    const auto lo = static_cast<std::uint32_t>(_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(p)), nl)));
    const auto hi = static_cast<std::uint32_t>(_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 32)), nl)));
    return std::uint64_t{hi} << 32 | lo;
}

// The line starts after the newlines of b[i, e) (e - i a multiple of 64), appended to `starts`, in
// pieces of 16 KiB (read twice while in the cache): the newlines of a piece counted, the vector
// grown by that many at once, then their offsets written without a capacity test each.
[[gnu::target("avx2,popcnt,bmi")]] void line_starts_avx2(const char* b, std::size_t i, std::size_t e, std::vector<std::uint32_t>& starts) {
    constexpr std::size_t kPiece = std::size_t{16} << 10;
    while (i < e) {
        const std::size_t pe = std::min(e, i + kPiece);
        std::size_t count = 0;
        for (std::size_t k = i; k < pe; k += 64) count += static_cast<std::size_t>(std::popcount(newlines64_avx2(b + k)));
        std::size_t at = starts.size();
        starts.resize(at + count);
        std::uint32_t* out = starts.data() + at;
        for (std::size_t k = i; k < pe; k += 64)
            for (std::uint64_t m = newlines64_avx2(b + k); m != 0; m &= m - 1)
                *out++ = static_cast<std::uint32_t>(k + static_cast<std::size_t>(std::countr_zero(m)) + 1);
        i = pe;
    }
}
#endif

// 0, then the offset after every '\n'. 64 bytes at a time where the CPU has AVX2 (counted, then
// written: big-10M's from_shared 60.1 -> 53.2 M instructions, of which this was 12.5 M), else sixteen at a time where SSE2 is there (every
// x86-64): the newlines taken from each 16-byte mask (memchr per line costs a call per 50 bytes),
// the vector reserved for a line every 64 bytes and doubled past that (was a count pass over the
// whole text to reserve it exactly: a second read of it from memory, 0.5 M of 1.4 M on the sample).
std::vector<std::uint32_t> line_starts_of(std::string_view s) {
    std::vector<std::uint32_t> starts;
    const char* const b = s.data();
    const std::size_t n = s.size();
    starts.reserve(n / 64 + 16);
    starts.push_back(0);
    std::size_t i = 0;
#if defined(__SSE2__)
    // (line_starts_avx2 is compiled for BMI1 and POPCNT as well: asked too, though every AVX2 CPU has them)
    static const bool avx2 = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("bmi") && __builtin_cpu_supports("popcnt");
    if (avx2) {
        i = n / 64 * 64;
        line_starts_avx2(b, 0, i, starts);
    }
    const __m128i nl = _mm_set1_epi8('\n');
    for (; i + 16 <= n; i += 16) {
        auto mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(b + i)), nl)));
        for (; mask != 0; mask &= mask - 1) starts.push_back(static_cast<std::uint32_t>(i + static_cast<std::size_t>(std::countr_zero(mask)) + 1));
    }
#endif
    for (; i < n; ++i)
        if (b[i] == '\n') starts.push_back(static_cast<std::uint32_t>(i + 1));
    return starts;
}

const icu::Normalizer2& nfc() {
    static const icu::Normalizer2* const inst = [] {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
        if (U_FAILURE(status) || n == nullptr) throw std::runtime_error("ICU NFC normaliser unavailable");
        return n;
    }();
    return *inst;
}

// What ICU's NFC says about one BMP code point, asked once per code point and
// kept: whether a normalisation segment may start before it (hasBoundaryBefore)
// and whether it is NFC on its own. A text made of such code points, each
// followed by a boundary, is copied without asking ICU segment by segment.
constexpr std::uint8_t kKnown = 1, kBoundary = 2, kAloneNfc = 4;
std::atomic<std::uint8_t> g_props[0x10000];

[[gnu::noinline]] std::uint8_t props_fill(const icu::Normalizer2& n, UChar32 c) {
    if (c < 0 || c > 0xFFFF) return 0;  // not cached: the caller takes the general path
    char buf[4];
    std::int32_t len = 0;
    UBool err = false;
    U8_APPEND(buf, len, 4, c, err);
    UErrorCode status = U_ZERO_ERROR;
    const bool alone = !err && n.isNormalizedUTF8(std::string_view(buf, static_cast<std::size_t>(len)), status) && U_SUCCESS(status);
    const auto p = static_cast<std::uint8_t>(kKnown | (n.hasBoundaryBefore(c) ? kBoundary : 0) | (alone ? kAloneNfc : 0));
    g_props[c].store(p, std::memory_order_relaxed);
    return p;
}

inline std::uint8_t props_of(const icu::Normalizer2& n, UChar32 c) {
    if (static_cast<std::uint32_t>(c) <= 0xFFFF)
        if (const std::uint8_t p = g_props[c].load(std::memory_order_relaxed)) return p;
    return props_fill(n, c);
}

// True when every ASCII character is, by ICU's data, NFC on its own with a
// boundary before it (so a run of ASCII bytes is a run of trivial segments).
bool ascii_trivial(const icu::Normalizer2& n) {
    static const bool yes = [&] {
        for (UChar32 c = 0; c < 0x80; ++c)
            if ((props_of(n, c) & (kBoundary | kAloneNfc)) != (kBoundary | kAloneNfc)) return false;
        return true;
    }();
    return yes;
}

constexpr std::uint8_t kTrivial = kBoundary | kAloneNfc;

// The per-code-point test of trivial_end: NFC on its own with a boundary before it (BMP only).
inline bool trivial_cp(const icu::Normalizer2& n, std::int32_t c) {
    if (c > 0xFFFF) return false;  // not in the table
    std::uint8_t p = g_props[c].load(std::memory_order_relaxed);
    if (p == 0) p = props_fill(n, c);
    return (p & kTrivial) == kTrivial;
}

#if defined(__SSE2__)
// The same answers by pairs of bytes, for the 16-byte scan: per lead byte and the byte after it
// (index lead | next << 8, as two bytes load on x86): 0 not asked yet; kPair2 a well-formed
// two-byte sequence whose code point passes trivial_cp; kPairNo anything else (a code point that
// does not pass, ASCII, a continuation or an ill-formed pair, a four-byte lead); or, for a
// well-formed start of a three-byte sequence of which some code points pass, kGroup3 plus its
// group ((lead & 0x0F) << 6 | (next & 0x3F)), whose entry in g_group3 has the bit (third byte
// & 0x3F) of each code point that passes. Made from g_props, code point by code point, the first
// time a pair is met.
constexpr std::uint16_t kPair2 = 1, kPairNo = 2, kGroup3 = 3;
std::atomic<std::uint16_t> g_pair[0x10000];
std::atomic<std::uint64_t> g_group3[kGroup3 + 16 * 64];

// Whole groups of code points that pass trivial_cp, for the block test of trivial_blocks: bit
// (lead - 0xC0) for a two-byte lead all 64 of whose code points pass; bit 32 for the three-byte
// group E1 BA (U+1E80..U+1EBF), bit 33 for E1 BB (U+1EC0..U+1EFF), the Vietnamese letters with
// their tone marks. Found from g_props (ICU's answers) when pair_fill first meets such a group.
std::atomic<std::uint64_t> g_whole{0};
std::atomic<std::uint32_t> g_lead2_asked{0};  // two-byte leads whose groups were asked (bit lead - 0xC0)
constexpr std::uint64_t kWholeE1BA = std::uint64_t{1} << 32, kWholeE1BB = std::uint64_t{1} << 33;

[[gnu::noinline]] std::uint16_t pair_fill(const icu::Normalizer2& n, std::uint32_t lead, std::uint32_t next) {
    std::uint16_t v = kPairNo;
    const bool cont = (next & 0xC0) == 0x80;
    if (lead >= 0xC2 && lead <= 0xDF && cont) {
        const std::uint32_t bit = std::uint32_t{1} << (lead - 0xC0);
        if (!(g_lead2_asked.load(std::memory_order_relaxed) & bit)) {  // the lead's 64 pairs at once
            bool whole = true;
            for (std::uint32_t t = 0; t < 64; ++t) {
                const bool pass = trivial_cp(n, static_cast<std::int32_t>((lead & 0x1F) << 6 | t));
                whole = whole && pass;
                g_pair[lead | (0x80 | t) << 8].store(pass ? kPair2 : kPairNo, std::memory_order_relaxed);
            }
            if (whole) g_whole.fetch_or(bit, std::memory_order_relaxed);
            g_lead2_asked.fetch_or(bit, std::memory_order_relaxed);
        }
        if (trivial_cp(n, static_cast<std::int32_t>((lead & 0x1F) << 6 | (next & 0x3F)))) v = kPair2;
    } else if (lead >= 0xE0 && lead <= 0xEF && cont && !(lead == 0xE0 && next < 0xA0) && !(lead == 0xED && next >= 0xA0)) {
        std::uint64_t bits = 0;  // (E0 80..9F: overlong; ED A0..BF: surrogates)
        for (std::uint32_t t = 0; t < 64; ++t)
            if (trivial_cp(n, static_cast<std::int32_t>((lead & 0x0F) << 12 | (next & 0x3F) << 6 | t))) bits |= std::uint64_t{1} << t;
        if (bits != 0) {
            v = static_cast<std::uint16_t>(kGroup3 + ((lead & 0x0F) << 6 | (next & 0x3F)));
            // (a thread that sees v before these bits sees none: it takes the code point path)
            g_group3[v].store(bits, std::memory_order_relaxed);
        }
        if (bits == ~std::uint64_t{0} && lead == 0xE1 && (next == 0xBA || next == 0xBB))
            g_whole.fetch_or(next == 0xBA ? kWholeE1BA : kWholeE1BB, std::memory_order_relaxed);
    }
    g_pair[lead | next << 8].store(v, std::memory_order_relaxed);
    return v;
}

// The block test's constants, made from g_whole (per thread; made again when g_whole has grown):
// the longest range of two-byte leads whose groups are whole (as signed bytes, one below its first
// and one above its last; none: nothing is above 127), and 0xFF for each whole E1 group.
struct WholeTables {
    std::uint64_t whole = 0;
    __m128i below2 = _mm_set1_epi8(127), above2 = _mm_set1_epi8(-128);
    __m128i e1ba = _mm_setzero_si128(), e1bb = _mm_setzero_si128();
    void make(std::uint64_t w) {
        int best = 0, best_at = 0;
        for (int k = 0, run = 0; k < 32; ++k) {
            run = (w >> k & 1) ? run + 1 : 0;
            if (run > best) {
                best = run;
                best_at = k - run + 1;
            }
        }
        if (best > 0) {
            below2 = _mm_set1_epi8(static_cast<char>(0xC0 + best_at - 1));
            above2 = _mm_set1_epi8(static_cast<char>(0xC0 + best_at + best));
        }
        e1ba = _mm_set1_epi8(static_cast<char>(w & kWholeE1BA ? 0xFF : 0));
        e1bb = _mm_set1_epi8(static_cast<char>(w & kWholeE1BB ? 0xFF : 0));
        whole = w;
    }
};
thread_local WholeTables t_whole;

#endif

// Where the block tests write the bytes they pass, when normalize_to writes into a buffer of its own
// (from_shared): the run of unchanged text it copies at the next changed segment is then written as
// it is read, from the registers the test loaded, instead of being read again by a memcpy of the run
// (8.7 M instructions on big-10M). The run's byte at x goes to at + (x - run); its bytes [run,
// copied) are written. A store may write a few bytes past those it passes (the rest of a block):
// they are the run's bytes at their places, and whatever follows the run is written over them later
// (within kBufferTail past the text's end at most: see from_shared).
struct RunCopy {
    char* at;
    std::size_t run, copied;
    // [copied, i) written: the bytes the caller's own scans passed since the last block test
    void upto(const char* s, std::size_t i) {
        if (copied >= i) return;
        const std::size_t k = i - copied;
        char* const d = at + (copied - run);
        if (k <= 16) {  // (most: a few bytes of a code point scan; both halves loaded before either is stored)
            if (k >= 8) {
                std::uint64_t x, y;
                std::memcpy(&x, s + copied, 8);
                std::memcpy(&y, s + i - 8, 8);
                std::memcpy(d, &x, 8);
                std::memcpy(d + k - 8, &y, 8);
            } else {
                for (std::size_t q = 0; q < k; ++q) d[q] = s[copied + q];
            }
        } else {
            std::memcpy(d, s + copied, k);
        }
        copied = i;
    }
};

#if defined(__SSE2__)
// trivial_blocks' test of a block taken whole, 32 bytes at a time where the CPU has AVX2: from i
// on while 35 bytes are left, the blocks every byte of which is ASCII, or that pass the same test as
// the 16-byte one (each lead in the range of whole two-byte groups or E1 then BA / BB where those
// are whole, followed by exactly its continuation bytes). Returns the start of the first block that
// does not (a code point boundary), where the 16-byte loop goes on.
// With `rc`, each block passed is written there (with the two bytes after it, where its last code
// point may end).
template <bool kCopy>
[[gnu::target("avx2")]] std::size_t whole_blocks_avx2(const WholeTables& t, const char* s, std::size_t i, std::size_t end, RunCopy* rc) {
    char* const to = kCopy ? rc->at - rc->run : nullptr;  // (to + x: where the run's byte x goes)
    const __m256i below2 = _mm256_broadcastsi128_si256(t.below2), above2 = _mm256_broadcastsi128_si256(t.above2);
    const __m256i e1ba = _mm256_broadcastsi128_si256(t.e1ba), e1bb = _mm256_broadcastsi128_si256(t.e1bb);
    const __m256i lead_e1 = _mm256_set1_epi8(static_cast<char>(0xE1)), ba = _mm256_set1_epi8(static_cast<char>(0xBA));
    const __m256i bb = _mm256_set1_epi8(static_cast<char>(0xBB)), c0 = _mm256_set1_epi8(static_cast<char>(0xC0));
    while (i + 35 <= end) {
        const __m256i x = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s + i));
        const auto high = static_cast<std::uint32_t>(_mm256_movemask_epi8(x));
        if (high == 0) {
            if constexpr (kCopy) _mm256_storeu_si256(reinterpret_cast<__m256i*>(to + i), x);
            i += 32;
            continue;
        }
        if (t.whole == 0) return i;
        const auto l2 = static_cast<std::uint32_t>(_mm256_movemask_epi8(_mm256_and_si256(_mm256_cmpgt_epi8(x, below2), _mm256_cmpgt_epi8(above2, x))));
        const auto l3 = static_cast<std::uint32_t>(_mm256_movemask_epi8(_mm256_cmpeq_epi8(x, lead_e1)));
        const __m256i y = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s + i + 1));  // the byte after each
        const auto second = static_cast<std::uint32_t>(_mm256_movemask_epi8(
            _mm256_or_si256(_mm256_and_si256(_mm256_cmpeq_epi8(y, ba), e1ba), _mm256_and_si256(_mm256_cmpeq_epi8(y, bb), e1bb))));
        const std::uint32_t contb = high & static_cast<std::uint32_t>(_mm256_movemask_epi8(_mm256_cmpgt_epi8(c0, x)));
        const std::uint64_t expect = std::uint64_t{l2} << 1 | std::uint64_t{l3} << 1 | std::uint64_t{l3} << 2;
        if ((l3 & ~second) != 0 || (high & ~contb) != (l2 | l3) || static_cast<std::uint32_t>(expect) != contb) return i;
        const auto spill = static_cast<unsigned>(expect >> 32);
        if (spill != 0 && ((static_cast<unsigned char>(s[i + 32]) & 0xC0) != 0x80 ||
                           (spill > 1 && (static_cast<unsigned char>(s[i + 33]) & 0xC0) != 0x80)))
            return i;
        if constexpr (kCopy) {
            _mm256_storeu_si256(reinterpret_cast<__m256i*>(to + i), x);
            std::uint16_t two;
            std::memcpy(&two, s + i + 32, 2);
            std::memcpy(to + i + 32, &two, 2);
        }
        i += 32 + static_cast<std::size_t>(std::bit_width(spill));
    }
    return i;
}

// From i (a code point boundary) on, sixteen bytes at a time while 19 bytes are left: ASCII bytes
// pass; each lead byte's pair is looked up in g_pair (and a three-byte sequence's third byte in
// g_group3); the continuation bytes must be exactly those of the sequences passed. Returns the
// start of the first block that does not pass whole (or the first lead byte in it that does not
// pass, when the bytes before it do), a code point boundary, where the code point path goes on.
// With `rc` (kCopy), every block passed is written there as well (RunCopy), the bytes before i first;
// rc->copied is then the result.
template <bool kCopy>
[[gnu::noinline]] std::size_t trivial_blocks(const icu::Normalizer2& n, const char* s, std::size_t i, std::size_t end, RunCopy* rc) {
    if constexpr (kCopy) rc->upto(s, i);
    char* const to = kCopy ? rc->at - rc->run : nullptr;  // (to + x: where the run's byte x goes)
    // (returns through here: with kCopy the bytes up to the result are written)
    const auto done = [rc](std::size_t r) __attribute__((always_inline)) {
        if constexpr (kCopy) rc->copied = std::max(rc->copied, r);
        (void)rc;
        return r;
    };
    // a block passed at i: its 16 bytes and the two after it (where its last code point may end)
    const auto put = [s, to](std::size_t at, __m128i x) __attribute__((always_inline)) {
        if constexpr (kCopy) {
            _mm_storeu_si128(reinterpret_cast<__m128i*>(to + at), x);
            std::uint16_t two;
            std::memcpy(&two, s + at + 16, 2);
            std::memcpy(to + at + 16, &two, 2);
        }
        (void)s, (void)to, (void)at, (void)x;
    };
    const __m128i below_lead = _mm_set1_epi8(static_cast<char>(0xBF));
    WholeTables& t = t_whole;
    std::uint64_t whole = g_whole.load(std::memory_order_relaxed);
    if (whole != t.whole) t.make(whole);
    static const bool avx2 = __builtin_cpu_supports("avx2");
    bool passed = false;  // the last 16-byte block passed whole
    while (i + 19 <= end) {  // a lead byte at i + 15 reads four bytes
        if (avx2 && passed) {  // after a block that passed whole (in an NFD text the first one seldom does):
            // blocks of 32 bytes while they pass whole; the first one that does not goes below
            i = whole_blocks_avx2<kCopy>(t, s, i, end, rc);
            if (i + 19 > end) break;
        }
        passed = false;
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
        const auto high = static_cast<unsigned>(_mm_movemask_epi8(x));
        if (high == 0) {
            if constexpr (kCopy) _mm_storeu_si128(reinterpret_cast<__m128i*>(to + i), x);
            i += 16;
            passed = true;
            continue;
        }
        if (whole != 0) {
            // The block at once: every byte ASCII, a continuation, a lead in the range of whole
            // two-byte groups, or E1 followed by BA / BB where those groups are whole; each lead
            // followed by exactly its continuation bytes (those past the block: tested below).
            const unsigned l2 = static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(x, t.below2), _mm_cmplt_epi8(x, t.above2))));
            const unsigned l3 = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8(static_cast<char>(0xE1)))));
            const __m128i y = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i + 1));  // the byte after each
            const unsigned second = static_cast<unsigned>(_mm_movemask_epi8(
                _mm_or_si128(_mm_and_si128(_mm_cmpeq_epi8(y, _mm_set1_epi8(static_cast<char>(0xBA))), t.e1ba),
                             _mm_and_si128(_mm_cmpeq_epi8(y, _mm_set1_epi8(static_cast<char>(0xBB))), t.e1bb))));
            const unsigned contb = high & static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(x, _mm_set1_epi8(static_cast<char>(0xC0)))));
            const unsigned expect = l2 << 1 | l3 << 1 | l3 << 2;
            if ((l3 & ~second) == 0 && (high & ~contb) == (l2 | l3) && (expect & 0xFFFF) == contb) {
                const unsigned spill = expect >> 16;
                if (spill == 0 || ((static_cast<unsigned char>(s[i + 16]) & 0xC0) == 0x80 &&
                                   (spill < 2 || (static_cast<unsigned char>(s[i + 17]) & 0xC0) == 0x80))) {
                    put(i, x);
                    i += 16 + static_cast<std::size_t>(std::bit_width(spill));
                    passed = true;
                    continue;
                }
            }
        }
        const unsigned lead = high & static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpgt_epi8(x, below_lead)));
        unsigned covered = 0;  // the continuation bytes of the sequences passed (bits 16, 17: past the block)
        unsigned m = lead;
        for (; m != 0; m &= m - 1) {
            const unsigned p = static_cast<unsigned>(std::countr_zero(m));
            std::uint32_t w;
            std::memcpy(&w, s + i + p, 4);
            std::uint16_t v = g_pair[w & 0xFFFF].load(std::memory_order_relaxed);
            if (v == 0) v = pair_fill(n, w & 0xFF, w >> 8 & 0xFF);
            if (v == kPair2) {
                covered |= 1u << (p + 1);
            } else if (v >= kGroup3 && (g_group3[v].load(std::memory_order_relaxed) >> (w >> 16 & 0x3F) & 1)) {
                covered |= 3u << (p + 1);  // the third byte: a continuation, by the mask below or the test after it
            } else {
                break;
            }
        }
        const unsigned cont = high & ~lead;
        if (m != 0) {  // the lead at p did not pass: when the bytes up to it did, the code point path starts there
            const unsigned upto = (2u << std::countr_zero(m)) - 1;
            if (((covered ^ cont) & upto) == 0) {
                put(i, x);
                i += static_cast<std::size_t>(std::countr_zero(m));
            }
            return done(i);
        }
        if ((covered & 0xFFFF) != cont) return done(i);
        const unsigned spill = covered >> 16;  // continuation bytes past the block: each one tested
        if (spill != 0 && ((static_cast<unsigned char>(s[i + 16]) & 0xC0) != 0x80 ||
                           (spill > 1 && (static_cast<unsigned char>(s[i + 17]) & 0xC0) != 0x80)))
            return done(i);
        put(i, x);
        i += 16 + static_cast<std::size_t>(std::bit_width(spill));  // the next code point
        if (const std::uint64_t g = g_whole.load(std::memory_order_relaxed); g != whole) {  // pair_fill found whole groups
            whole = g;
            t.make(g);
        }
    }
    return done(i);
}
#endif

// The end of the run of code points from i on that are NFC on their own and have a boundary
// before them (the first one that is not, one past the BMP, an ill-formed sequence, or end),
// when ASCII is all such (ascii_trivial). Code point by code point with the table for sixteen
// bytes (in an NFD text the run ends within a few), then by blocks (trivial_blocks) where SSE2
// is there; where a block does not pass whole, the code point path decides. With `rc`, the
// blocks' bytes are written there too (RunCopy; where SSE2 is missing, nothing is).
inline std::size_t trivial_end(const icu::Normalizer2& n, const char* s, std::size_t i, std::size_t end, RunCopy* rc = nullptr) {
    const auto keep = [&n](std::int32_t c) { return trivial_cp(n, c); };
#if defined(__SSE2__)
    for (;;) {
        const std::size_t stop = i + 19 <= end ? i + 16 : end;
        i = utf8_run_end(s, i, stop, end, keep);
        if (i < stop || i >= end) return std::min(i, end);
        i = rc != nullptr ? trivial_blocks<true>(n, s, i, end, rc) : trivial_blocks<false>(n, s, i, end, nullptr);
    }
#else
    (void)rc;
    return utf8_run_end(s, i, end, keep);
#endif
}

// Four bytes in little-endian order (a record of four one-byte varints, as last_at_or_before reads it).
inline void store_le32(std::uint8_t* p, std::uint32_t w) {
    if constexpr (std::endian::native == std::endian::big) w = __builtin_bswap32(w);
    std::memcpy(p, &w, 4);
}

// U8_NEXT (i < len), the two-byte sequences first: the combining marks of NFD text (U+0300..).
__attribute__((always_inline)) inline void next_cp(const char* s, std::int32_t& i, std::int32_t len, UChar32& c) {
    const auto b = static_cast<std::uint32_t>(static_cast<unsigned char>(s[i]));
    if (b - 0xC2u < 0x1Eu && i + 1 < len) {
        const std::uint32_t t = static_cast<std::uint32_t>(static_cast<unsigned char>(s[i + 1])) ^ 0x80;
        if (t < 0x40) {
            c = static_cast<UChar32>((b & 0x1F) << 6 | t);
            i += 2;
            return;
        }
    }
    U8_NEXT(s, i, len, c);
}

// One normalisation segment as ICU treats it: already NFC, or its NFC form.
struct SegmentResult {
    bool normalized = false;
    std::string out;
    std::uint32_t merged = 0;  // code points of the segment minus those of its NFC (modulo 2^32)
};
constexpr std::size_t kCachedSegment = 15;  // longer segments (rare) are not kept

SegmentResult normalize_segment(const icu::Normalizer2& n, std::string_view seg);

// ICU's answer per distinct short segment (up to kCachedSegment bytes): an open-addressing
// table keyed by the segment's bytes packed in two words (was an unordered_map of strings:
// a string copy, a byte hash and a memcmp per segment).
class SegmentCache {
public:
    SegmentCache() : slots_(256) {}
    // `readable16`: 16 bytes from seg.data() may be read (the bytes past the segment are masked).
    __attribute__((always_inline)) const SegmentResult& get(const icu::Normalizer2& n, std::string_view seg, bool readable16) {
        const std::size_t len = seg.size();
        if (len <= 8 && readable16) {  // a letter and its marks in NFD text: one word, b = 0
            std::uint64_t a;
            std::memcpy(&a, seg.data(), 8);
            if (len < 8) a &= (std::uint64_t{1} << (8 * len)) - 1;
            const std::size_t m = slots_.size() - 1;
            for (std::size_t h = static_cast<std::size_t>(((a * 0x9E3779B97F4A7C15ULL) ^ len) >> 20);; ++h) {
                const Slot& sl = slots_[h & m];
                if (sl.len == len && sl.a == a && sl.b == 0) return *sl.res;
                if (sl.len == 0) break;
            }
        }
        return get_slow(n, seg, readable16);
    }

private:
    [[gnu::noinline]] const SegmentResult& get_slow(const icu::Normalizer2& n, std::string_view seg, bool readable16) {
        std::uint64_t a = 0, b = 0;
        const std::size_t len = seg.size();
        if (readable16) {
            std::memcpy(&a, seg.data(), 8);
            std::memcpy(&b, seg.data() + 8, 8);
            const auto mask = [](std::size_t k) { return k >= 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * k)) - 1; };
            a &= mask(len);
            b &= len > 8 ? mask(len - 8) : 0;
        } else {
            char buf[16] = {};
            std::memcpy(buf, seg.data(), len);
            std::memcpy(&a, buf, 8);
            std::memcpy(&b, buf + 8, 8);
        }
        const std::size_t m = slots_.size() - 1;
        std::size_t h = static_cast<std::size_t>(((a * 0x9E3779B97F4A7C15ULL) ^ (b * 0xC2B2AE3D27D4EB4FULL) ^ len) >> 20);
        for (;; ++h) {
            Slot& sl = slots_[h & m];
            if (sl.len == 0) break;
            if (sl.len == len && sl.a == a && sl.b == b) return *sl.res;
        }
        results_.push_back(normalize_segment(n, seg));
        slots_[h & m] = {a, b, &results_.back(), len};
        if (results_.size() * 2 > slots_.size()) grow();
        return results_.back();
    }

    struct Slot {
        std::uint64_t a = 0, b = 0;
        const SegmentResult* res = nullptr;  // in results_ (a deque: it never moves)
        std::size_t len = 0;                 // 0: empty (a cached segment is never empty)
    };
    void grow() {
        std::vector<Slot> old(slots_.size() * 2);
        old.swap(slots_);
        const std::size_t m = slots_.size() - 1;
        for (const Slot& sl : old) {
            if (sl.len == 0) continue;
            std::size_t h = static_cast<std::size_t>(((sl.a * 0x9E3779B97F4A7C15ULL) ^ (sl.b * 0xC2B2AE3D27D4EB4FULL) ^ sl.len) >> 20);
            while (slots_[h & m].len != 0) ++h;
            slots_[h & m] = sl;
        }
    }
    std::vector<Slot> slots_;
    std::deque<SegmentResult> results_;  // (a deque: references stay valid as it grows)
};

SegmentResult normalize_segment(const icu::Normalizer2& n, std::string_view seg) {
    SegmentResult r;
    UErrorCode status = U_ZERO_ERROR;
    r.normalized = n.isNormalizedUTF8(seg, status);
    if (!r.normalized) {
        icu::StringByteSink<std::string> sink(&r.out);
        status = U_ZERO_ERROR;
        n.normalizeUTF8(0, seg, sink, nullptr, status);
        if (U_FAILURE(status)) r.out.assign(seg);
        // (modulo 2^32: a rare segment gains code points, e.g. U+0958 -> U+0915 U+093C; the
        // differences position() takes are exact all the same)
        r.merged = static_cast<std::uint32_t>(utf8_length(seg)) - static_cast<std::uint32_t>(utf8_length(r.out));
    }
    return r;
}


// Vietnamese letters in NFD text: an ASCII letter followed by one or two of the marks Vietnamese
// uses — U+0300 grave, U+0301 acute, U+0303 tilde, U+0309 hook above, U+0323 dot below (the five
// tones), U+0302 circumflex, U+0306 breve, U+031B horn — each two bytes, CC then 80..BF. ICU's
// answer for such a segment (normalize_segment of its bytes, as SegmentCache would ask) is kept in
// a table indexed directly by the base byte and the marks in the order met (either order: each
// order is its own entry), so the segment loop's fast path finds it without decoding, hashing or
// packing a key. An entry is one word: 0 not asked yet; kVnNfc the segment is NFC already;
// kVnGeneral its NFC is longer than 4 bytes (the general path takes it); or, with kVnChanged in
// its low byte, the segment's record but for its gap in bytes 1..3 (as Segments stores a record of
// one-byte varints: the NFC's length, the segment's length, the code points merged, zigzag — under
// 64) and the NFC's bytes in bits 32..63. Filled the first time an entry is met; every thread
// writes the same value (ICU's answer).
constexpr std::uint8_t kVnMarkByte[8] = {0x80, 0x81, 0x83, 0x89, 0xA3, 0x82, 0x86, 0x9B};
constexpr unsigned kVnNoMark = 8;  // the second mark's index when there is one mark
constexpr std::uint64_t kVnNfc = 1, kVnChanged = 2, kVnGeneral = 3;
std::atomic<std::uint64_t> g_vn[128 * 8 * 9];

// The marks by the second byte of their two (after CC): `first` holds the index (0..7) times 9
// (the first mark's place in g_vn), `second` the index; 0xFF for every other byte (U+0300..U+033F
// that are not Vietnamese marks, and bytes that are not continuation bytes). A mark is taken only
// when ICU says it has no boundary before it (so it belongs to the letter's segment, as the general
// path would find). Filled once, by vn_marks_of (every user calls it first).
struct VnMarks {
    std::uint8_t first[256], second[256];
};
VnMarks g_vn_marks;
const VnMarks& vn_marks_of(const icu::Normalizer2& n) {
    static const bool filled = [&n] {
        std::memset(&g_vn_marks, 0xFF, sizeof g_vn_marks);
        for (unsigned k = 0; k < 8; ++k)
            if (!(props_of(n, static_cast<UChar32>(0x300 | (kVnMarkByte[k] & 0x3F))) & kBoundary)) {
                g_vn_marks.first[kVnMarkByte[k]] = static_cast<std::uint8_t>(k * 9);
                g_vn_marks.second[kVnMarkByte[k]] = static_cast<std::uint8_t>(k);
            }
        return true;
    }();
    (void)filled;
    return g_vn_marks;
}

[[gnu::noinline]] std::uint64_t vn_fill(const icu::Normalizer2& n, const char* seg, std::size_t len, std::size_t slot) {
    const SegmentResult r = normalize_segment(n, std::string_view(seg, len));
    std::uint64_t v = kVnGeneral;
    if (r.normalized) {
        v = kVnNfc;
    } else if (!r.out.empty() && r.out.size() <= 4 && len < 0x80 && r.merged < 64) {
        std::uint32_t bytes = 0;
        std::memcpy(&bytes, r.out.data(), r.out.size());
        v = kVnChanged | std::uint64_t{r.out.size()} << 8 | std::uint64_t{len} << 16 | std::uint64_t{r.merged << 1} << 24 |
            std::uint64_t{bytes} << 32;
    }
    g_vn[slot].store(v, std::memory_order_relaxed);
    return v;
}

// The fast path's inner loop, out of line so that its state stays in registers (in from_utf8 it
// lived on the stack, read again after every store through the text's bytes). From s.i (a
// boundary) on, while at least 16 bytes are left: ASCII; a two-byte code point NFC on its own with
// a boundary before it, followed by ASCII (đ); and a segment of an ASCII letter, one or two
// Vietnamese marks and then ASCII whose g_vn entry is known: NFC already (it stays in the run) or
// changed, written here when the run since the last changed segment is at most 16 bytes, the
// output is 20 bytes or more behind the reading (the run's two words and the letter's four bytes
// are written inside input already read) and the record's block has room. Called when nothing
// waits in `pending`; it does nothing unless s.i is ASCII (or the end) and the NFC text written is
// less than 112 bytes past the last record's end (every record here is one word of four one-byte
// varints: after the first, the output is at the last record's end, and a gap is at most 16).
// Stops, with s.i at a boundary, before anything else; the caller's loop takes that as before.
struct VnState {
    std::int32_t i, run;
    std::size_t w;
    std::uint32_t extra;
    std::uint8_t* at;  // the record cursor (SourceText::Segments::Cursor)
    std::uint32_t left, last_norm_e, written;
};

[[gnu::noinline]] void vn_scan(const icu::Normalizer2& n, const char* const data, char* const dst, const std::int32_t text_len, VnState& s) {
    const auto len = static_cast<std::size_t>(text_len);
    auto i = static_cast<std::size_t>(s.i), run = static_cast<std::size_t>(s.run);
    std::size_t w = s.w;
    std::uint32_t last = s.last_norm_e;  // the last record's end
    std::uint8_t* rec = s.at;            // the next record
    std::uint8_t* const rec_end = s.at + 4 * std::size_t{s.left};
    const auto u = [data](std::size_t k) { return static_cast<std::uint32_t>(static_cast<unsigned char>(data[k])); };
    if constexpr (std::endian::native != std::endian::little) return;  // (the ASCII scan below reads words)
    // (then every segment below has its ASCII letter at or after i, and every gap fits one byte)
    if (len < 24 || (i < len && u(i) >= 0x80) || static_cast<std::uint32_t>(w) - last >= 112) return;
    const std::size_t limit = len - 24;  // a word is read at k <= limit; a segment found is 16 bytes or more before the end
    for (;;) {
        std::size_t k = i;
        std::uint64_t high;
        for (;;) {  // ASCII, eight bytes at a time
            if (k > limit) goto out;
            high = byte_scan::load8(data + k) & byte_scan::kHigh;
            if (high != 0) break;
            k += 8;
        }
        k += static_cast<std::size_t>(std::countr_zero(high) >> 3);
        const std::uint32_t lead = u(k);
        if (lead != 0xCC) {
            // a two-byte code point, NFC on its own with a boundary before it, then ASCII (a boundary)
            if (lead - 0xC2u < 0x1Eu && (u(k + 1) & 0xC0) == 0x80 && u(k + 2) < 0x80 &&
                trivial_cp(n, static_cast<std::int32_t>((lead & 0x1F) << 6 | (u(k + 1) & 0x3F)))) {
                i = k + 2;
                continue;
            }
            break;
        }
        const std::uint32_t m1 = g_vn_marks.first[u(k + 1)];
        if (m1 == 0xFF) break;
        std::size_t p = k + 2;
        std::uint32_t m2 = kVnNoMark;
        if (u(p) == 0xCC) {
            const std::uint32_t m = g_vn_marks.second[u(p + 1)];
            if (m != 0xFF) {
                m2 = m;
                p += 2;
            }
        }
        if (u(p) >= 0x80) break;  // (ASCII has a boundary before it; anything else: the caller asks)
        const std::size_t b = k - 1;
        const std::uint64_t v = g_vn[std::size_t{u(b)} * 72 + m1 + m2].load(std::memory_order_relaxed);
        if (static_cast<std::uint8_t>(v) != kVnChanged) {
            if (v != kVnNfc) break;  // not asked yet, or not for this path
            i = p;
            continue;
        }
        const std::size_t gap = b - run;
        if (gap > 16 || w + 20 > p || rec == rec_end) break;
        std::uint64_t x, y;  // both loaded before either is stored (the ranges may overlap)
        std::memcpy(&x, data + run, 8);
        std::memcpy(&y, data + run + 8, 8);
        std::memcpy(dst + w, &x, 8);
        std::memcpy(dst + w + 8, &y, 8);
        w += gap;
        const auto bytes = static_cast<std::uint32_t>(v >> 32);
        std::memcpy(dst + w, &bytes, 4);
        // the record: its gap, then the entry's bytes 1..3 (the entry's low byte is kVnChanged)
        store_le32(rec, static_cast<std::uint32_t>(v) - static_cast<std::uint32_t>(kVnChanged) + (static_cast<std::uint32_t>(w) - last));
        rec += 4;
        w += v >> 8 & 0xFF;
        last = static_cast<std::uint32_t>(w);
        run = p;
        i = p;
    }
out:
    s.i = static_cast<std::int32_t>(i);
    s.run = static_cast<std::int32_t>(run);
    s.w = w;
    if (rec != s.at) {
        const auto r = static_cast<std::uint32_t>((rec - s.at) / 4);
        for (const std::uint8_t* q = s.at; q != rec; q += 4) s.extra += q[3] >> 1u;  // the code points merged (zigzag, >= 0)
        s.at = rec;
        s.left -= r;
        s.written += r;
        s.last_norm_e = last;
    }
}

}  // namespace

std::size_t nfc_trivial_end(const char* s, std::size_t i, std::size_t end) {
    const icu::Normalizer2& n = nfc();
    return ascii_trivial(n) ? trivial_end(n, s, i, end) : i;  // (every ASCII character is, by ICU's data)
}

// The bytes that are not continuation bytes (10xxxxxx), as a byte loop counts them: sixteen at a
// time where SSE2 is there (continuation bytes are -128..-65 as signed bytes; per-byte counters
// summed before they can wrap), then eight in a word, then byte by byte (position() counts a
// column this way on every call: 4 instructions a byte before).
std::size_t utf8_length(std::string_view s) {
    const char* const p = s.data();
    const std::size_t n = s.size();
    std::size_t cont = 0, i = 0;
#if defined(__SSE2__)
    const __m128i lim = _mm_set1_epi8(-0x40);
    while (i + 16 <= n) {
        const std::size_t stop = std::min(n & ~std::size_t{15}, i + 16 * 255);
        __m128i acc = _mm_setzero_si128();
        for (; i < stop; i += 16)
            acc = _mm_sub_epi8(acc, _mm_cmplt_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i)), lim));
        const __m128i sums = _mm_sad_epu8(acc, _mm_setzero_si128());
        cont += static_cast<std::size_t>(_mm_cvtsi128_si32(sums)) + static_cast<std::size_t>(_mm_extract_epi16(sums, 4));
    }
#endif
    if (i + 8 <= n) {
        std::uint64_t x;
        std::memcpy(&x, p + i, 8);
        const std::uint64_t c = x & ~(x << 1) & 0x8080808080808080ULL;  // bit 7 set, bit 6 clear
        cont += static_cast<std::size_t>(((c >> 7) * 0x0101010101010101ULL) >> 56);
        i += 8;
    }
    for (; i < n; ++i) cont += (static_cast<unsigned char>(p[i]) & 0xC0) == 0x80;
    return n - cont;
}

namespace {

// Where a text stops being known NFC without asking ICU: an NFC Vietnamese text is one run of
// code points each NFC on its own with a boundary before it (trivial_end). Returns t.size()
// for such a text; otherwise a place before which the text is NFC and where a boundary is (the
// start of the run's last code point), from which ICU must look.
std::size_t nfc_known_until(const icu::Normalizer2& n, std::string_view t) {
    if (!ascii_trivial(n)) return 0;
    const std::size_t run_end = trivial_end(n, t.data(), 0, t.size());
    if (run_end == t.size() || run_end == 0) return run_end;
    std::size_t from = run_end - 1;
    while ((static_cast<unsigned char>(t[from]) & 0xC0) == 0x80) --from;
    return from;
}

}  // namespace

void SourceText::own(std::string text) {
    auto held = std::make_shared<std::string>(std::move(text));
    text_ = *held;
    keep_ = std::move(held);
}

SourceText SourceText::from_utf8(std::string path, std::string original) {
    SourceText st;
    st.path_ = std::move(path);
    std::string t = std::move(original);  // NFC input (the common case): identity map, no copy
    st.normalize(t);
    st.own(std::move(t));
    st.line_starts_ = line_starts_of(st.text_);
    st.mark_columns();
    return st;
}

namespace {

// Zero bytes after a text normalised into a buffer of its own (as a mapped file has a zero page
// after it, and a string one NUL).
constexpr std::size_t kBufferTail = 64;

// A buffer this size or smaller is advised to 2 MiB pages (x86-64's transparent huge pages): a text of
// 1 to 32 MiB, whose fixed costs weigh most. The kernel here zeroes a 4 KiB page it faults in at ~2.8 GB/s
// and a 2 MiB page at ~15 GB/s (a microbenchmark touching 32 MiB: 11.7 against 2.2 ms): big-10M's 10 MiB
// buffer took ~4 ms of page clearing in 4 KiB pages (its MADV_POPULATE_WRITE calls). Larger buffers stay
// in 4 KiB pages: where the kernel compacts memory to make 2 MiB pages on demand (`defrag` = madvise),
// big-1G's text waited 1.5 s more for it, big-100M's 0.2 s in one run of three (io2). Here the exposure
// is at most 16 such pages, as for the allocator's first segment (checker/allocator.cpp).
constexpr std::size_t kHugePage = std::size_t{2} << 20;
constexpr std::size_t kHugeBufferMax = std::size_t{32} << 20;

// n bytes and kBufferTail more, in anonymous pages of their own (unmapped with the last holder).
std::shared_ptr<char> fresh_buffer(std::size_t n) {
    const std::size_t len = n + kBufferTail;
    if (len <= kHugeBufferMax) {
        // Whole 2 MiB pages, aligned (a 2 MiB page is only made at an aligned address, in a mapping that
        // covers it): mapped one page longer, then the unaligned head and tail unmapped.
        const std::size_t huge_len = (len + kHugePage - 1) / kHugePage * kHugePage;
        void* const m = ::mmap(nullptr, huge_len + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (m == MAP_FAILED) throw std::bad_alloc();
        char* const b = static_cast<char*>(m);
        const std::size_t head = (kHugePage - reinterpret_cast<std::uintptr_t>(b) % kHugePage) % kHugePage;
        if (head != 0) ::munmap(b, head);
        ::munmap(b + head + huge_len, kHugePage - head);  // (never empty: head < kHugePage)
        char* const p = b + head;
        ::madvise(p, huge_len, MADV_HUGEPAGE);  // (where it fails, 4 KiB pages as below)
        return std::shared_ptr<char>(p, [huge_len](char* q) { ::munmap(q, huge_len); });
    }
    void* const p = ::mmap(nullptr, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) throw std::bad_alloc();
    return std::shared_ptr<char>(static_cast<char*>(p), [len](char* q) { ::munmap(q, len); });
}

// A fresh buffer's pages made a few MB at a time, each run in one call (MADV_POPULATE_WRITE), ahead of the
// writing, instead of a page fault per page as it is written: big-10M 7 571 -> 5 036 faults, ~1.7 ms of
// ~110 (a fault costs ~1.1 us here, a populated page ~0.6 us). Never more than kAhead past the NFC written
// so far: populated whole at once, a 63 MB NFD text peaked 22 MB higher (the input it is normalised from
// is released as it is read, and its NFC is shorter than the buffer), big-1G's 50 MB. (Linux 5.14; where
// the call fails or is missing, the writes fault the pages in.)
class AheadPages {
public:
    static constexpr std::size_t kAhead = std::size_t{5} << 20;
    AheadPages(char* p, std::size_t len) : p_(p), len_(len) { upto(0); }
    // `written` bytes have been written: the pages up to written + kAhead are made.
    void upto(std::size_t written) {
#ifdef MADV_POPULATE_WRITE
        static const auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
        std::size_t e = std::min(written + kAhead, len_);
        if (e < len_) e -= e % page;  // (made_ stays a page boundary until the end)
        if (e <= made_) return;
        ::madvise(p_ + made_, e - made_, MADV_POPULATE_WRITE);
        made_ = e;
#else
        (void)written;
#endif
    }

private:
    char* p_;
    std::size_t len_, made_ = 0;
};

}  // namespace

SourceText SourceText::from_shared(std::string path, SharedBytes bytes) {
    const std::string_view t = bytes.text;
    const icu::Normalizer2& n = nfc();
    const std::size_t from = nfc_known_until(n, t);
    UErrorCode status = U_ZERO_ERROR;
    SourceText st;
    st.path_ = std::move(path);
    if (from != t.size() && !(n.isNormalizedUTF8(t.substr(from), status) && U_SUCCESS(status))) {
        // Normalised from the shared bytes straight into a buffer of its own (one pass over the
        // text, no copy first), the shared bytes released as they are read: a 1 GB text is not
        // held twice.
        std::shared_ptr<char> buf = fresh_buffer(t.size());
        AheadPages ahead(buf.get(), t.size() + kBufferTail);
        const std::function<void(std::size_t, std::size_t)> step = [&](std::size_t read, std::size_t written) {
            if (bytes.release) bytes.release(read);  // (every 4 MB read)
            ahead.upto(written);
        };
        std::string rest;  // (NFC longer than the text: the output past the buffer)
        const std::size_t w = st.normalize_to(t.data(), t.size(), from, buf.get(), rest, &step);
        if (w + rest.size() <= t.size()) {
            std::memcpy(buf.get() + w, rest.data(), rest.size());
            std::memset(buf.get() + w + rest.size(), 0, kBufferTail);  // (the writing may have run ahead of w)
            st.text_ = std::string_view(buf.get(), w + rest.size());
            st.keep_ = std::move(buf);
        } else {
            std::string whole(buf.get(), w);
            whole += rest;
            buf.reset();
            st.own(std::move(whole));
        }
        bytes = {};
    } else {
        st.keep_ = std::move(bytes.keep);
        st.text_ = t;
    }
    st.line_starts_ = line_starts_of(st.text_);
    st.mark_columns();
    return st;
}

void SourceText::normalize(std::string& t) {
    const icu::Normalizer2& n = nfc();
    const std::size_t from = nfc_known_until(n, t);  // before `from` the text is NFC, and a boundary is at `from`
    UErrorCode status = U_ZERO_ERROR;
    if (from == t.size() || (n.isNormalizedUTF8(std::string_view(t).substr(from), status) && U_SUCCESS(status))) return;
    std::string rest;
    t.resize(normalize_to(t.data(), t.size(), from, t.data(), rest, nullptr));
    t += rest;
}

std::size_t SourceText::normalize_to(const char* const data, const std::size_t size, const std::size_t from, char* const out,
                                     std::string& rest, const std::function<void(std::size_t, std::size_t)>* release) {
    const icu::Normalizer2& n = nfc();
    const bool ascii = ascii_trivial(n);
    const VnMarks& vn = vn_marks_of(n);  // (the fast path for Vietnamese letters in NFD)
    {
        // Split at normalisation boundaries and normalise each segment that needs it, writing
        // the NFC text at `out` — over the original's bytes already read when out == data (the
        // input is held once): NFC is almost always no longer than its input; output that would
        // overtake the reading waits in `pending`. Each changed segment is recorded, so offsets
        // map back.
        SourceText& st = *this;
        auto i = static_cast<std::int32_t>(from);  // the text before `from` is copied as it is
        const auto len = static_cast<std::int32_t>(size);
        // The input before `release_at` is released once the reading passes it (a mapping's pages,
        // so that its copy does not double the peak).
        constexpr std::size_t kReleaseStep = std::size_t{4} << 20;
        std::size_t release_at = release != nullptr ? kReleaseStep : SIZE_MAX;
        std::size_t w = 0;         // bytes of NFC text written in place
        bool waiting = false;      // pending has bytes not written yet (kept here: the string's size is
                                   // read again after every store through `data`)
        std::string pending;
        std::size_t pending_at = 0;
        // NFC bytes [p, p + k); the input before `limit` has been read.
        const auto put = [&](const char* p, std::size_t k, std::size_t limit) __attribute__((always_inline)) {
            if (!waiting && w + k <= limit) {
                if (out + w != p) {
                    if (k <= 16) {  // the short runs between segments of NFD text: no call
                        // both halves loaded before either is stored (the ranges may overlap)
                        if (k >= 8) {
                            std::uint64_t x, y;
                            std::memcpy(&x, p, 8);
                            std::memcpy(&y, p + k - 8, 8);
                            std::memcpy(out + w, &x, 8);
                            std::memcpy(out + w + k - 8, &y, 8);
                        } else if (k >= 4) {
                            std::uint32_t x, y;
                            std::memcpy(&x, p, 4);
                            std::memcpy(&y, p + k - 4, 4);
                            std::memcpy(out + w, &x, 4);
                            std::memcpy(out + w + k - 4, &y, 4);
                        } else if (k != 0) {  // 1 to 3 bytes: the first, the middle and the last
                            const char x = p[0], y = p[k / 2], z = p[k - 1];
                            out[w] = x;
                            out[w + k / 2] = y;
                            out[w + k - 1] = z;
                        }
                    } else {
                        std::memmove(out + w, p, k);
                    }
                }
                w += k;
                if (limit >= release_at) [[unlikely]] {
                    (*release)(limit, w);
                    release_at = limit + kReleaseStep;
                }
            } else {
                pending.append(p, k);
                const std::size_t m = std::min(pending.size() - pending_at, limit - w);
                std::memcpy(out + w, pending.data() + pending_at, m);
                w += m;
                pending_at += m;
                waiting = pending_at != pending.size();
                if (!waiting) {
                    pending.clear();
                    pending_at = 0;
                }
            }
        };
        std::uint32_t extra = 0;
        SegmentCache cache;
        SegmentResult fresh;
        std::int32_t run = 0;  // start of the pending run of trivial segments, copied as they are
        // The run written as the block tests read it (RunCopy), into a buffer of its own only: in place,
        // their stores land behind the reading, over bytes the scans may read again (a code point's
        // start found backwards). Not while output waits, nor when the NFC written is longer than the
        // input read (then put() keeps the run in `pending`).
        const bool own_buffer = out != data;
        RunCopy copy{out, 0, 0};
        RunCopy* sink = nullptr;
        const auto rebase = [&] {  // run or w moved
            copy.at = out + w;
            copy.run = static_cast<std::size_t>(run);
            copy.copied = copy.run;
            sink = own_buffer && !waiting && w <= copy.run ? &copy : nullptr;
        };
        rebase();
        // put() of the run's bytes [run, b): those the block tests wrote are counted, not copied
        const auto put_run = [&](std::int32_t b) __attribute__((always_inline)) {
            auto at = static_cast<std::size_t>(run);
            if (sink != nullptr && copy.copied > at) {
                const std::size_t d = std::min(copy.copied, static_cast<std::size_t>(b)) - at;
                w += d;
                at += d;
            }
            put(data + at, static_cast<std::size_t>(b) - at, static_cast<std::size_t>(b));
        };
        // c: the code point at i (a segment start), j: the end of it.
        UChar32 c = 0;
        std::int32_t j = i;
        U8_NEXT(data, j, len, c);
        std::int32_t seg_end = 0, next_j = -1;
        UChar32 next_c = 0;
        while (i < len) {
            // A run of code points each NFC on its own with a boundary before it: every one but
            // the last is a segment copied unchanged; the last one is taken below (what follows
            // it may join its segment). The whole of an NFC Vietnamese text is such a run.
            if (ascii) {
                // Fast path: runs of trivial code points, each ending at an ASCII letter followed
                // by one or two Vietnamese marks and then a code point with a boundary before it
                // (or the end): that segment's NFC from g_vn, without the general steps below.
                // Anything else leaves the loop at a boundary (the start of the run's last code
                // point, or of the code point that stopped it) with c and j set there, and the
                // general path takes it as before.
                SourceText::Segments::Cursor cur = st.segments_.cursor();
                for (;;) {
                    if (!waiting) {
                        VnState vs{i, run, w, extra, cur.at, cur.left, cur.last_norm_e, cur.written};
                        vn_scan(n, data, out, len, vs);
                        i = vs.i;
                        const bool moved = vs.run != run;
                        run = vs.run;
                        w = vs.w;
                        extra = vs.extra;
                        cur.at = vs.at;
                        cur.left = vs.left;
                        cur.last_norm_e = vs.last_norm_e;
                        cur.written = vs.written;
                        if (moved) rebase();
                    }
                    std::int32_t k = static_cast<std::int32_t>(byte_scan::ascii_end(data, static_cast<std::size_t>(i), static_cast<std::size_t>(len)));
                    if (k == len) {
                        i = len;
                        break;
                    }
                    if (k == i || static_cast<unsigned char>(data[k]) != 0xCC) {
                        const auto t = static_cast<std::int32_t>(trivial_end(n, data, static_cast<std::size_t>(k), static_cast<std::size_t>(len), sink));
                        if (t == len) {
                            i = len;
                            break;
                        }
                        if (t == k || static_cast<unsigned char>(data[t]) != 0xCC || static_cast<unsigned char>(data[t - 1]) >= 0x80) {
                            if (t > k) {  // the run's last code point
                                i = t - 1;
                                while ((static_cast<unsigned char>(data[i]) & 0xC0) == 0x80) --i;
                            } else {      // the ASCII letter before k, or k itself (a boundary)
                                i = k > i ? k - 1 : k;
                            }
                            j = i;
                            U8_NEXT(data, j, len, c);
                            break;
                        }
                        k = t;
                    }
                    // data[k - 1] is ASCII (the segment's start, with a boundary before it), data[k] is CC
                    std::int32_t p = k + 2;
                    std::uint32_t m1 = 0xFF, m2 = kVnNoMark;
                    if (p <= len) m1 = vn.first[static_cast<unsigned char>(data[k + 1])];
                    if (p + 2 <= len && static_cast<unsigned char>(data[p]) == 0xCC) {
                        const std::uint32_t m = vn.second[static_cast<unsigned char>(data[p + 1])];
                        if (m != 0xFF) {
                            m2 = m;
                            p += 2;
                        }
                    }
                    bool fast = m1 != 0xFF;
                    if (fast && p < len && static_cast<unsigned char>(data[p]) >= 0x80) {  // (ASCII has a boundary before it)
                        std::int32_t q = p;
                        UChar32 d;
                        next_cp(data, q, len, d);
                        fast = d >= 0 && d <= 0xFFFF && (props_of(n, d) & kBoundary) != 0;
                    }
                    std::uint64_t v = 0;
                    if (fast) {
                        const std::size_t slot = static_cast<std::size_t>(static_cast<unsigned char>(data[k - 1])) * 72 + m1 + m2;
                        v = g_vn[slot].load(std::memory_order_relaxed);
                        if (v == 0) v = vn_fill(n, data + k - 1, static_cast<std::size_t>(p - k + 1), slot);
                        fast = v != kVnGeneral;
                    }
                    if (!fast) {
                        i = k - 1;
                        c = static_cast<unsigned char>(data[i]);
                        j = k;
                        break;
                    }
                    if (v != kVnNfc) {  // kVnChanged
                        const std::int32_t b = k - 1;
                        const auto out_len = static_cast<std::uint32_t>(v >> 8 & 0xFF), merged = static_cast<std::uint32_t>(v >> 25 & 0x7F);
                        const auto bytes = static_cast<std::uint32_t>(v >> 32);
                        st.segments_.commit(cur);
                        put_run(b);
                        const auto nb = static_cast<std::uint32_t>(waiting ? w + (pending.size() - pending_at) : w);
                        st.segments_.push({nb, nb + out_len, static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(p), extra, extra + merged});
                        cur = st.segments_.cursor();
                        if (!waiting && w + 4 <= static_cast<std::size_t>(p)) {
                            // (the four bytes lie in input already read: those past the NFC are written over later)
                            std::memcpy(out + w, &bytes, 4);
                            w += out_len;
                        } else {
                            char out[4];
                            std::memcpy(out, &bytes, 4);
                            if (out_len > 4) __builtin_unreachable();  // (vn_fill keeps at most 4 bytes)
                            put(out, out_len, static_cast<std::size_t>(p));
                        }
                        extra += merged;
                        run = p;
                        rebase();
                    }
                    i = p;
                }
                st.segments_.commit(cur);
                if (i == len) break;
                const auto t_end = static_cast<std::int32_t>(trivial_end(n, data, static_cast<std::size_t>(i), static_cast<std::size_t>(len), sink));
                if (t_end == len) {
                    i = len;
                    break;
                }
                if (t_end > j) {
                    std::int32_t last = t_end - 1;
                    while ((static_cast<unsigned char>(data[last]) & 0xC0) == 0x80) --last;
                    // The run's last code point is NFC on its own with a boundary before it; the
                    // one at t_end is not both. When it has no boundary before it (a combining
                    // mark: NFD text), it joins the last one's segment: straight to the segment,
                    // without decoding the last one again (the steps below would reach the same).
                    std::int32_t q = t_end;
                    UChar32 d;
                    next_cp(data, q, len, d);
                    if (d >= 0 && d <= 0xFFFF && !(props_of(n, d) & kBoundary)) {
                        i = last;
                        seg_end = q;
                        goto segment;
                    }
                    i = j = last;
                    U8_NEXT(data, j, len, c);
                }
            }
            // A segment of one code point that is NFC on its own, followed by a
            // boundary (or the end), is copied unchanged: extend the run.
            if (ascii && c >= 0 && c < 0x80) {
                // every ASCII character followed by another ASCII byte is such a segment
                j = static_cast<std::int32_t>(byte_scan::ascii_end(data, static_cast<std::size_t>(j), static_cast<std::size_t>(len)));
                i = j - 1;
                c = static_cast<unsigned char>(data[i]);
            }
            if (props_of(n, c) & kAloneNfc) {
                if (j == len) { i = j; continue; }
                std::int32_t k = j;
                UChar32 c2;
                if (const int l = byte_scan::decode_common(data, static_cast<std::size_t>(k), static_cast<std::size_t>(len), c2)) k += l;
                else U8_NEXT(data, k, len, c2);
                if (props_of(n, c2) & kBoundary) {
                    i = j;
                    c = c2;
                    j = k;
                    continue;
                }
            }
            seg_end = j;  // the segment: c, then every code point without a boundary before it
        segment:  // [i, seg_end) is in the segment
            put_run(i);
            next_j = -1;
            while (seg_end < len) {
                std::int32_t q = seg_end;
                UChar32 d;
                next_cp(data, q, len, d);
                if (d >= 0 && (d <= 0xFFFF ? (props_of(n, d) & kBoundary) != 0 : n.hasBoundaryBefore(d))) {
                    next_c = d;  // the next segment's first code point, decoded once
                    next_j = q;
                    break;
                }
                seg_end = q;
            }
            std::string_view seg(data + i, static_cast<std::size_t>(seg_end - i));
            // NFD text repeats a few hundred short segments (a letter and its marks):
            // ICU's answer for each is kept and reused.
            const SegmentResult* res = nullptr;
            if (seg.size() <= kCachedSegment) {
                res = &cache.get(n, seg, static_cast<std::size_t>(len - i) >= 16);
            } else {
                fresh = normalize_segment(n, seg);
                res = &fresh;
            }
            if (res->normalized) {
                put(seg.data(), seg.size(), static_cast<std::size_t>(seg_end));
            } else {
                // bytes of NFC text so far: written, and waiting in `pending`
                const auto nb = static_cast<std::uint32_t>(waiting ? w + (pending.size() - pending_at) : w);
                st.segments_.push({nb, static_cast<std::uint32_t>(nb + res->out.size()), static_cast<std::uint32_t>(i),
                                   static_cast<std::uint32_t>(seg_end), extra, extra + res->merged});
                extra += res->merged;
                put(res->out.data(), res->out.size(), static_cast<std::size_t>(seg_end));
            }
            i = seg_end;
            run = i;
            rebase();
            if (next_j >= 0) {
                c = next_c;
                j = next_j;
            } else {
                j = i;
                if (i < len) U8_NEXT(data, j, len, c);
            }
        }
        put_run(i);
        rest.assign(pending, pending_at);
        return w;
    }
}

// Column marks inside long lines, so a column costs at most kColumnStep bytes of counting.
// The lines are found long by their starts alone (a plain loop over the starts, no line's end
// computed for each), the last line after them.
void SourceText::mark_columns() {
    const std::string_view orig = text_;
    const auto& starts = line_starts_;
    const auto mark_line = [&](std::uint32_t b, std::uint32_t e) {
        std::uint32_t count = 0, at = b;
        for (std::uint32_t m = b + kColumnStep; m < e; m += kColumnStep) {
            std::uint32_t mark = m;
            while (mark > at && (static_cast<unsigned char>(orig[mark]) & 0xC0) == 0x80) --mark;  // a character start
            count += static_cast<std::uint32_t>(utf8_length(orig.substr(at, mark - at)));
            at = mark;
            column_marks_.push_back({mark, count});
        }
    };
    const std::size_t lines = starts.size();
    const std::uint32_t* const st = starts.data();
    // Sixteen lines at a time when together they are not longer than one step (most lines of a text are short: a test a
    // line was 1.8 M instructions for big-10M, done for the whole text and again for its sections).
    std::size_t l = 0;
    while (l + 16 < lines) {
        if (st[l + 16] - st[l] <= kColumnStep) {
            l += 16;
            continue;
        }
        for (const std::size_t stop = l + 16; l < stop; ++l)
            if (st[l + 1] - st[l] > kColumnStep) mark_line(st[l], st[l + 1]);
    }
    for (; l + 1 < lines; ++l)
        if (st[l + 1] - st[l] > kColumnStep) mark_line(st[l], st[l + 1]);
    if (lines != 0 && static_cast<std::uint32_t>(orig.size()) - st[lines - 1] > kColumnStep)
        mark_line(st[lines - 1], static_cast<std::uint32_t>(orig.size()));
}

SourceText SourceText::from_nfc_part(const SourceText& whole, std::size_t b, std::size_t e) {
    const std::string_view w = whole.text_;
    e = std::min(e, w.size());
    b = std::min(b, e);
    const icu::Normalizer2& n = nfc();
    // A normalisation boundary before the code point at `at` (the start and end of the text are).
    const auto boundary = [&](std::size_t at) {
        if (at == 0 || at >= w.size()) return true;
        auto i = static_cast<std::int32_t>(at);
        UChar32 c;
        U8_NEXT(w.data(), i, static_cast<std::int32_t>(w.size()), c);
        if (c < 0) return false;
        return c <= 0xFFFF ? (props_of(n, c) & kBoundary) != 0 : static_cast<bool>(n.hasBoundaryBefore(c));
    };
    if (!boundary(b) || !boundary(e)) return from_utf8(whole.path_, std::string(w.substr(b, e - b)));
    // whole = P + S + R with a boundary before S and before R: NFC(whole) = NFC(P) + NFC(S) +
    // NFC(R), and whole is NFC. A text and its NFC are canonically equivalent, so neither is a
    // proper prefix of the other (their NFDs would differ in length): NFC(P) = P, then NFC(S) = S.
    SourceText st;
    st.path_ = whole.path_;
    st.keep_ = whole.keep_;  // the whole's bytes, viewed, not copied
    st.text_ = w.substr(b, e - b);
    // Line starts: 0, then every start of the whole text in (b, e], shifted.
    const auto lo = std::upper_bound(whole.line_starts_.begin(), whole.line_starts_.end(), static_cast<std::uint32_t>(b));
    const auto hi = std::upper_bound(lo, whole.line_starts_.end(), static_cast<std::uint32_t>(e));
    st.line_starts_.reserve(static_cast<std::size_t>(hi - lo) + 1);
    st.line_starts_.push_back(0);
    const auto shift = static_cast<std::uint32_t>(b);
    for (auto it = lo; it != hi; ++it) st.line_starts_.push_back(*it - shift);
    st.mark_columns();
    return st;
}

namespace {

inline std::uint8_t* put_varint(std::uint8_t* out, std::uint32_t v) {
    while (v >= 0x80) {
        *out++ = static_cast<std::uint8_t>(v | 0x80);
        v >>= 7;
    }
    *out++ = static_cast<std::uint8_t>(v);
    return out;
}

inline std::uint32_t le32(std::uint32_t w) {
    if constexpr (std::endian::native == std::endian::big) return __builtin_bswap32(w);
    return w;
}

inline std::uint32_t get_varint(const std::uint8_t*& in) {
    std::uint32_t v = 0;
    for (int shift = 0;; shift += 7) {
        const std::uint8_t b = *in++;
        v |= static_cast<std::uint32_t>(b & 0x7F) << shift;
        if (!(b & 0x80)) return v;
    }
}

}  // namespace

__attribute__((always_inline)) inline void SourceText::Segments::push(const Segment& s) {
    if (count_ % kBlock == 0) {
        if (kChunk - put_ < kBlock * kMaxRecord) {
            chunks_.emplace_back();
            chunk_first_.push_back(marks_.size());
            put_ = 0;
        }
        marks_.push_back({s.norm_b, s.orig_b, s.extra, static_cast<std::uint32_t>(put_)});
    }
    const std::uint32_t d = s.extra_after - s.extra;  // modulo 2^32; zigzag keeps a small loss small
    const auto sd = static_cast<std::int32_t>(d);
    std::uint8_t* const base = chunks_.back().get();
    std::uint8_t* p = base + put_;
    p = put_varint(p, s.norm_b - last_norm_e_);
    p = put_varint(p, s.norm_e - s.norm_b);
    p = put_varint(p, s.orig_e - s.orig_b);
    p = put_varint(p, (static_cast<std::uint32_t>(sd) << 1) ^ static_cast<std::uint32_t>(sd >> 31));
    put_ = static_cast<std::size_t>(p - base);
    last_norm_e_ = s.norm_e;
    ++count_;
}

bool SourceText::Segments::last_at_or_before(std::uint32_t offset, Segment& out) const {
    auto m = std::upper_bound(marks_.begin(), marks_.end(), offset, [](std::uint32_t o, const Mark& k) { return o < k.norm_b; });
    if (m == marks_.begin()) return false;
    --m;
    const std::size_t first = static_cast<std::size_t>(m - marks_.begin()) * kBlock;
    const std::size_t end = std::min(count_, first + kBlock);
    const std::size_t mark = static_cast<std::size_t>(m - marks_.begin());
    const auto chunk = std::upper_bound(chunk_first_.begin(), chunk_first_.end(), mark) - chunk_first_.begin() - 1;
    const std::uint8_t* at = chunks_[static_cast<std::size_t>(chunk)].get() + m->at;
    // Each record is four varints, almost always one byte
    // each (read as one word; a record is at least four bytes, so the word is inside it).
    const auto record = [&at](std::uint32_t& gap, std::uint32_t& nlen, std::uint32_t& olen, std::uint32_t& z) __attribute__((always_inline)) {
        std::uint32_t w;
        std::memcpy(&w, at, 4);
        if ((w & 0x80808080u) == 0) {
            w = le32(w);
            gap = w & 0xFF;
            nlen = (w >> 8) & 0xFF;
            olen = (w >> 16) & 0xFF;
            z = w >> 24;
            at += 4;
        } else {
            gap = get_varint(at);
            nlen = get_varint(at);
            olen = get_varint(at);
            z = get_varint(at);
        }
    };
    std::uint32_t gap, nlen, olen, z;
    record(gap, nlen, olen, z);
    Segment cur;
    cur.norm_b = m->norm_b;
    cur.orig_b = m->orig_b;
    cur.extra = m->extra;
    cur.norm_e = cur.norm_b + nlen;
    cur.orig_e = cur.orig_b + olen;
    cur.extra_after = cur.extra + ((z >> 1) ^ (0u - (z & 1)));
    std::size_t k = first + 1;
#if defined(__SSE2__)
    // Four records of one-byte varints (no byte with its high bit: nearly every record) at a time,
    // SSE2: position() decoded ~16 records a call at ~28 instructions each (6 700 calls on big-10M: ~3 M
    // of last_at_or_before's 5.2 M, the rest its searches). A record is the 32-bit lane [gap, nlen, olen, z]; the segment ends and the extra code
    // points are prefix sums over the lanes, the segments starting at or before `offset` a prefix of
    // them (starts never decrease). Only the running ends are kept; the last segment taken is
    // rebuilt from its record and those ends when the vector steps stop.
    if (end - k >= 4) {
        const __m128i byte = _mm_set1_epi32(0xFF), one = _mm_set1_epi32(1), flip = _mm_set1_epi32(INT32_MIN);
        const __m128i off = _mm_xor_si128(_mm_set1_epi32(static_cast<int>(offset)), flip);
        __m128i ne = _mm_set1_epi32(static_cast<int>(cur.norm_e));  // the running norm_e, in every lane
        // per lane, over the records taken: gap + olen (orig_e's steps), the extra code points, and for the
        // last four only, gap + nlen (norm_e's steps not yet in `ne`)
        __m128i so = _mm_setzero_si128(), sx = _mm_setzero_si128(), sn = _mm_setzero_si128();
        bool took = false, stop = false;
        while (end - k >= 4) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at));
            if (_mm_movemask_epi8(v) != 0) break;  // a varint of two bytes or more: the scalar loop
            const __m128i g = _mm_and_si128(v, byte), n = _mm_and_si128(_mm_srli_epi32(v, 8), byte);
            const __m128i gn = _mm_add_epi32(g, n);
            __m128i a = _mm_add_epi32(gn, _mm_slli_si128(gn, 4));  // prefix sums: norm_e - ne after each record
            a = _mm_add_epi32(a, _mm_slli_si128(a, 8));
            const __m128i starts = _mm_sub_epi32(_mm_add_epi32(ne, a), n);  // each record's norm_b
            const __m128i past = _mm_cmpgt_epi32(_mm_xor_si128(starts, flip), off);
            const __m128i go = _mm_add_epi32(g, _mm_and_si128(_mm_srli_epi32(v, 16), byte));
            const __m128i z = _mm_srli_epi32(v, 24);
            const __m128i x = _mm_xor_si128(_mm_srli_epi32(z, 1), _mm_sub_epi32(_mm_setzero_si128(), _mm_and_si128(z, one)));
            const int mask = _mm_movemask_ps(_mm_castsi128_ps(past));
            if (mask == 0) {  // all four taken
                ne = _mm_add_epi32(ne, _mm_shuffle_epi32(a, 0xFF));
                so = _mm_add_epi32(so, go);
                sx = _mm_add_epi32(sx, x);
                at += 16;
                k += 4;
                took = true;
                continue;
            }
            const int c = std::countr_zero(static_cast<unsigned>(mask));  // the records taken: 0 … 3
            if (c > 0) {
                sn = _mm_andnot_si128(past, gn);
                so = _mm_add_epi32(so, _mm_andnot_si128(past, go));
                sx = _mm_add_epi32(sx, _mm_andnot_si128(past, x));
                at += 4 * static_cast<std::size_t>(c);
                took = true;
            }
            stop = true;  // the next record starts after `offset`
            break;
        }
        if (took) {  // the last record taken, from its bytes and the ends after it
            const auto sum = [](__m128i v) {
                v = _mm_add_epi32(v, _mm_shuffle_epi32(v, 0x4E));
                v = _mm_add_epi32(v, _mm_shuffle_epi32(v, 0xB1));
                return static_cast<std::uint32_t>(_mm_cvtsi128_si32(v));
            };
            std::uint32_t w;
            std::memcpy(&w, at - 4, 4);
            w = le32(w);
            const std::uint32_t zl = w >> 24;
            cur.norm_e = static_cast<std::uint32_t>(_mm_cvtsi128_si32(ne)) + sum(sn);
            cur.orig_e += sum(so);
            cur.extra_after += sum(sx);
            cur.norm_b = cur.norm_e - ((w >> 8) & 0xFF);
            cur.orig_b = cur.orig_e - ((w >> 16) & 0xFF);
            cur.extra = cur.extra_after - ((zl >> 1) ^ (0u - (zl & 1)));
        }
        if (stop) k = end;
    }
#endif
    for (; k < end; ++k) {
        record(gap, nlen, olen, z);
        const std::uint32_t norm_b = cur.norm_e + gap;
        if (norm_b > offset) break;
        cur.norm_b = norm_b;
        cur.orig_b = cur.orig_e + gap;  // the text between two segments is the same in both
        cur.extra = cur.extra_after;
        cur.norm_e = norm_b + nlen;
        cur.orig_e = cur.orig_b + olen;
        cur.extra_after = cur.extra + ((z >> 1) ^ (0u - (z & 1)));
    }
    out = cur;
    return true;
}

std::uint32_t SourceText::snap(std::uint32_t offset) const {
    Segment s;
    if (!segments_.last_at_or_before(offset, s)) return offset;
    return offset > s.norm_b && offset < s.norm_e ? s.norm_b : offset;
}

std::uint32_t SourceText::extra_before(std::uint32_t offset) const {
    Segment s;
    if (offset == 0 || !segments_.last_at_or_before(offset - 1, s)) return 0;
    return s.extra_after;
}

std::uint32_t SourceText::to_original(std::uint32_t offset) const {
    if (segments_.empty()) return offset;
    offset = snap(offset);
    Segment s;
    if (!segments_.last_at_or_before(offset, s)) return offset;
    // At a segment's start: its start in the original; after it, offsets advance in step.
    if (offset == s.norm_b) return s.orig_b;
    return s.orig_e + (offset - s.norm_e);
}

std::uint32_t SourceText::line_of(std::uint32_t offset) const {
    auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    return static_cast<std::uint32_t>(it - line_starts_.begin());
}

std::uint32_t SourceText::line_after(std::uint32_t offset, std::uint32_t hint) const {
    // line_starts_[lo] <= offset; gallop until a start past it (or the end), then search between
    std::size_t lo = hint, step = 1, hi = lo + 1;
    const std::size_t n = line_starts_.size();
    while (hi < n && line_starts_[hi] <= offset) {
        lo = hi;
        step *= 2;
        hi = lo + step;
    }
    hi = std::min(hi, n);
    const auto it = std::upper_bound(line_starts_.begin() + static_cast<std::ptrdiff_t>(lo) + 1,
                                     line_starts_.begin() + static_cast<std::ptrdiff_t>(hi), offset);
    return static_cast<std::uint32_t>(it - line_starts_.begin());
}

Position SourceText::position(std::uint32_t offset, std::uint32_t line_hint) const {
    offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(text_.size()));
    // Inside a changed segment: its start (the NFC text and the original share every
    // line break and every byte outside changed segments). One lookup gives the snap and the
    // code points merged before the offset (was snap() and extra_before(), a lookup each):
    // a segment's `extra` is the previous one's `extra_after`.
    Segment seg;
    const bool in_seg = !segments_.empty() && segments_.last_at_or_before(offset, seg);
    std::uint32_t extra_at = 0;  // extra_before(offset)
    if (in_seg) {
        if (offset > seg.norm_b && offset < seg.norm_e) offset = seg.norm_b;
        extra_at = offset > seg.norm_b ? seg.extra_after : seg.extra;
    }
    const std::uint32_t line = line_of(offset, line_hint);
    std::uint32_t start = line_starts_[line - 1];
    const std::uint32_t line_start = start;
    std::uint32_t chars = 0;  // characters of the NFC text between the line start and `start`
    if (!column_marks_.empty()) {
        auto m = std::upper_bound(column_marks_.begin(), column_marks_.end(), offset,
                                  [](std::uint32_t o, const ColumnMark& c) { return o < c.offset; });
        if (m != column_marks_.begin() && std::prev(m)->offset > start) {
            chars = std::prev(m)->chars;
            start = std::prev(m)->offset;
        }
    }
    chars += static_cast<std::uint32_t>(utf8_length(std::string_view(text_.data() + start, offset - start)));
    if (!segments_.empty()) {  // the code points normalisation merged, in segments between the line start and offset
        // (the last segment before the line start is `seg` itself when `seg` starts before it)
        chars += extra_at - (in_seg && seg.norm_b < line_start ? seg.extra_after : extra_before(line_start));
    }
    if (line == 1 && offset >= 3 && text_.starts_with("\xEF\xBB\xBF")) --chars;  // a BOM is not a column
    return {line, chars + 1};
}

Position SourceText::end_position(Span s) const {
    if (s.end <= s.begin) return position(s.begin);
    return position(s.end);
}

std::string_view SourceText::line_text(std::uint32_t line) const { return slice(line_span(line)); }

}  // namespace rc
