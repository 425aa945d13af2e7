#include "grammar/source.hpp"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <stdexcept>
#include <unordered_map>

#include <unicode/normalizer2.h>
#include <unicode/bytestream.h>
#include <unicode/utf8.h>

namespace rc {
namespace {

std::vector<std::uint32_t> line_starts_of(const std::string& s) {
    std::vector<std::uint32_t> starts{0};
    const char* const b = s.data();
    const char* const e = b + s.size();
    for (const char* p = b; (p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(e - p)))) != nullptr;)
        starts.push_back(static_cast<std::uint32_t>(++p - b));
    return starts;
}

const icu::Normalizer2& nfc() {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status) || n == nullptr) throw std::runtime_error("ICU NFC normaliser unavailable");
    return *n;
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

// One normalisation segment as ICU treats it: already NFC, or its NFC form.
struct SegmentResult {
    bool normalized = false;
    std::string out;
};
constexpr std::size_t kCachedSegment = 15;  // longer segments (rare) are not kept

SegmentResult normalize_segment(const icu::Normalizer2& n, std::string_view seg) {
    SegmentResult r;
    UErrorCode status = U_ZERO_ERROR;
    r.normalized = n.isNormalizedUTF8(seg, status);
    if (!r.normalized) {
        icu::StringByteSink<std::string> sink(&r.out);
        status = U_ZERO_ERROR;
        n.normalizeUTF8(0, seg, sink, nullptr, status);
        if (U_FAILURE(status)) r.out.assign(seg);
    }
    return r;
}

}  // namespace

std::size_t utf8_length(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

SourceText SourceText::from_utf8(std::string path, std::string original) {
    SourceText st;
    st.path_ = std::move(path);
    const icu::Normalizer2& n = nfc();
    UErrorCode status = U_ZERO_ERROR;
    if (n.isNormalizedUTF8(original, status) && U_SUCCESS(status)) {
        st.text_ = std::move(original);  // the common case: already NFC, identity map, one copy
    } else {
        st.original_ = std::move(original);
        const std::string& in = st.original_;
        // Split at normalisation boundaries; normalise each segment that needs
        // it and record an anchor where lengths change, so offsets map back.
        st.text_.reserve(in.size());
        std::int32_t i = 0;
        const auto len = static_cast<std::int32_t>(in.size());
        const char* const data = in.data();
        const bool ascii = ascii_trivial(n);
        std::unordered_map<std::string, SegmentResult> cache;
        std::string key;
        SegmentResult fresh;
        std::int32_t run = 0;  // start of the pending run of trivial segments, copied as they are
        // c: the code point at i (a segment start), j: the end of it.
        UChar32 c = 0;
        std::int32_t j = 0;
        if (len > 0) U8_NEXT(data, j, len, c);
        while (i < len) {
            // A segment of one code point that is NFC on its own, followed by a
            // boundary (or the end), is copied unchanged: extend the run.
            if (ascii && c >= 0 && c < 0x80) {
                // every ASCII character followed by another ASCII byte is such a segment
                while (j < len && static_cast<unsigned char>(data[j]) < 0x80) ++j;
                i = j - 1;
                c = static_cast<unsigned char>(data[i]);
            }
            if (props_of(n, c) & kAloneNfc) {
                if (j == len) { i = j; continue; }
                std::int32_t k = j;
                UChar32 c2;
                U8_NEXT(data, k, len, c2);
                if (props_of(n, c2) & kBoundary) {
                    i = j;
                    c = c2;
                    j = k;
                    continue;
                }
            }
            st.text_.append(data + run, static_cast<std::size_t>(i - run));
            std::int32_t seg_end = j;  // the segment: c, then every code point without a boundary before it
            while (seg_end < len) {
                std::int32_t q = seg_end;
                UChar32 d;
                U8_NEXT(data, q, len, d);
                if (d >= 0 && (d <= 0xFFFF ? (props_of(n, d) & kBoundary) != 0 : n.hasBoundaryBefore(d))) break;
                seg_end = q;
            }
            std::string_view seg(data + i, static_cast<std::size_t>(seg_end - i));
            // NFD text repeats a few hundred short segments (a letter and its marks):
            // ICU's answer for each is kept and reused.
            const SegmentResult* res = nullptr;
            if (seg.size() <= kCachedSegment) {
                key.assign(seg);
                auto it = cache.find(key);
                if (it == cache.end()) it = cache.emplace(key, normalize_segment(n, seg)).first;
                res = &it->second;
            } else {
                fresh = normalize_segment(n, seg);
                res = &fresh;
            }
            if (res->normalized) {
                st.text_.append(seg);
            } else {
                st.anchors_.push_back({static_cast<std::uint32_t>(st.text_.size()), static_cast<std::uint32_t>(i)});
                st.text_ += res->out;
                st.anchors_.push_back({static_cast<std::uint32_t>(st.text_.size()), static_cast<std::uint32_t>(seg_end)});
            }
            i = seg_end;
            run = i;
            j = i;
            if (i < len) U8_NEXT(data, j, len, c);
        }
        st.text_.append(data + run, static_cast<std::size_t>(i - run));
    }
    st.line_starts_ = line_starts_of(st.text_);
    if (!st.anchors_.empty()) st.orig_line_starts_ = line_starts_of(st.original_);
    // Column marks inside long lines, so a column costs at most kColumnStep bytes of counting.
    const std::string& orig = st.original();
    const auto& starts = st.anchors_.empty() ? st.line_starts_ : st.orig_line_starts_;
    for (std::size_t l = 0; l < starts.size(); ++l) {
        const std::uint32_t b = starts[l];
        const std::uint32_t e = l + 1 < starts.size() ? starts[l + 1] : static_cast<std::uint32_t>(orig.size());
        if (e - b <= kColumnStep) continue;
        std::uint32_t count = 0, at = b;
        for (std::uint32_t m = b + kColumnStep; m < e; m += kColumnStep) {
            std::uint32_t mark = m;
            while (mark > at && (static_cast<unsigned char>(orig[mark]) & 0xC0) == 0x80) --mark;  // a character start
            count += static_cast<std::uint32_t>(utf8_length(std::string_view(orig).substr(at, mark - at)));
            at = mark;
            st.column_marks_.push_back({mark, count});
        }
    }
    return st;
}

std::uint32_t SourceText::to_original(std::uint32_t offset) const {
    if (anchors_.empty()) return offset;
    // Last anchor whose norm offset is <= offset.
    auto it = std::upper_bound(anchors_.begin(), anchors_.end(), offset,
                               [](std::uint32_t o, const Anchor& a) { return o < a.norm; });
    if (it == anchors_.begin()) return offset;
    const Anchor& a = *std::prev(it);
    // Inside a normalised segment (between its two anchors, odd index) we map
    // to the segment start; after it, offsets advance in step.
    const auto idx = static_cast<std::size_t>(std::prev(it) - anchors_.begin());
    if (idx % 2 == 0 && offset > a.norm) return a.orig;
    return a.orig + (offset - a.norm);
}

std::uint32_t SourceText::line_of(std::uint32_t offset) const {
    auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    return static_cast<std::uint32_t>(it - line_starts_.begin());
}

Position SourceText::position(std::uint32_t offset) const {
    offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(text_.size()));
    const std::string& orig_text = original();
    const auto& starts = anchors_.empty() ? line_starts_ : orig_line_starts_;
    const std::uint32_t orig = std::min<std::uint32_t>(to_original(offset), static_cast<std::uint32_t>(orig_text.size()));
    auto it = std::upper_bound(starts.begin(), starts.end(), orig);
    const auto line = static_cast<std::uint32_t>(it - starts.begin());
    std::uint32_t start = starts[line - 1];
    std::uint32_t before = 0;  // characters between the line start and `start`
    const bool bom = line == 1 && orig_text.starts_with("\xEF\xBB\xBF");
    if (!column_marks_.empty()) {
        auto m = std::upper_bound(column_marks_.begin(), column_marks_.end(), orig,
                                  [](std::uint32_t o, const ColumnMark& c) { return o < c.offset; });
        if (m != column_marks_.begin() && std::prev(m)->offset > start) {
            before = std::prev(m)->chars - (bom ? 1 : 0);
            start = std::prev(m)->offset;
        }
    }
    std::string_view prefix(orig_text.data() + start, orig - start);
    if (before == 0 && bom && start == 0) prefix.remove_prefix(std::min<std::size_t>(3, prefix.size()));
    return {line, static_cast<std::uint32_t>(before + utf8_length(prefix) + 1)};
}

Position SourceText::end_position(Span s) const {
    if (s.end <= s.begin) return position(s.begin);
    return position(s.end);
}

Span SourceText::line_span(std::uint32_t line) const {
    if (line == 0 || line > line_starts_.size()) return {};
    const std::uint32_t b = line_starts_[line - 1];
    std::uint32_t e = line < line_starts_.size() ? line_starts_[line] - 1 : static_cast<std::uint32_t>(text_.size());
    if (e > b && text_[e - 1] == '\r') --e;
    return {b, e};
}

std::string_view SourceText::line_text(std::uint32_t line) const { return slice(line_span(line)); }

}  // namespace rc
