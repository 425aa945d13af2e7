// The text of one input, normalised to NFC, with a map back to the user's own
// lines and columns (1-based; columns counted in characters of the original).
#pragma once
#include <cstdint>
#include <cstring>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/byte_scan.hpp"

namespace rc {

// Half-open range of byte offsets into SourceText::text() (the NFC text).
struct Span {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    bool empty() const { return begin >= end; }
    friend bool operator==(const Span&, const Span&) = default;
};

// UTF-8 bytes held by something else — a read-only mapping of a file — and kept alive, as long
// as any view of them is in use, by `keep`.
struct SharedBytes {
    std::shared_ptr<const void> keep;
    std::string_view text;
    // If set: the bytes before text.data() + n are no longer needed in memory (they may still be
    // read; for a mapping, they come back from the file), so a copy does not double the peak.
    std::function<void(std::size_t n)> release;
};

struct Position {
    std::uint32_t line = 0;    // 1-based
    std::uint32_t column = 0;  // 1-based, in characters (code points) of the original line
    friend bool operator==(const Position&, const Position&) = default;
};

class SourceText {
public:
    SourceText() = default;
    // `original` must be valid UTF-8 (readers guarantee it). The text is
    // normalised to NFC with ICU, in place (the original's bytes are reused, so a large
    // input is held once); each segment normalisation changed is recorded with its place
    // and length in the original and the number of code points it had there, so every
    // offset of the NFC text maps back to the user's own line and column.
    static SourceText from_utf8(std::string path, std::string original);
    // The same for bytes held elsewhere (valid UTF-8 as well): an NFC text (the common case) is
    // viewed where it lies, shared with `bytes.keep`, never copied; any other is normalised from
    // the bytes straight into a buffer of its own (in place in the mapping, its pages would be
    // copied one fault at a time: slower), releasing them (`bytes.release`) as it reads.
    static SourceText from_shared(std::string path, SharedBytes bytes);
    // The part [b, e) of `whole`'s NFC text, as from_utf8(whole.path(), that part) makes it,
    // without asking ICU again: cut where a normalisation segment may start (ICU's
    // hasBoundaryBefore at b and at e, as the sections of a large text are cut: after a line
    // break or a space), a part of an NFC text is NFC; its line starts are the whole text's,
    // shifted. A part cut elsewhere goes through from_utf8. The part views the whole's bytes
    // (shared with it, not copied).
    static SourceText from_nfc_part(const SourceText& whole, std::size_t b, std::size_t e);

    const std::string& path() const { return path_; }
    // NFC. The bytes live as long as this SourceText or any copy or part of it. (A part's view
    // is not followed by a NUL byte: what follows it is the rest of the whole text.)
    std::string_view text() const { return text_; }
    bool was_normalized() const { return !segments_.empty(); }

    // Offset into text() -> byte offset into the original (as decoded).
    std::uint32_t to_original(std::uint32_t offset) const;
    // Offset into text() -> line/column in the original.
    Position position(std::uint32_t offset) const { return position(offset, 0); }
    // The same, its line found from `line_hint` as line_of(offset, hint) finds it (a writer going
    // through sorted findings passes the previous one's line).
    Position position(std::uint32_t offset, std::uint32_t line_hint) const;
    // End position of a span (column points at the last character + 1).
    Position end_position(Span s) const;

    std::size_t line_count() const { return line_starts_.size(); }
    // How many column marks the long lines have (for the tests: a mark left out changes no position, only its cost).
    std::size_t column_marks_for_test() const { return column_marks_.size(); }
    // 1-based line number of an offset into text().
    std::uint32_t line_of(std::uint32_t offset) const;
    // The same, from a line the caller knows to be the offset's or before it (the writer has the
    // offset's position; finish_findings the previous finding's line, the findings sorted): that
    // line when it holds the offset (two loads), else a search forward from it in steps of 1, 2,
    // 4, … lines (findings lie ~35 lines apart on big-10M: ~10 steps, not the 18 of a search
    // over every line); any other hint, the plain search.
    std::uint32_t line_of(std::uint32_t offset, std::uint32_t hint) const {
        const std::size_t n = line_starts_.size();
        if (hint - 1 >= n || line_starts_[hint - 1] > offset) return line_of(offset);
        if (hint == n || offset < line_starts_[hint]) return hint;
        return line_after(offset, hint);
    }
    // Offsets into text() of the start and end (before '\n' / "\r\n") of a 1-based line.
    Span line_span(std::uint32_t line) const {  // (inline: the writers and rules call it per line)
        if (line == 0 || line > line_starts_.size()) return {};
        const std::uint32_t b = line_starts_[line - 1];
        std::uint32_t e = line < line_starts_.size() ? line_starts_[line] - 1 : static_cast<std::uint32_t>(text_.size());
        if (e > b && text_[e - 1] == '\r') --e;
        return {b, e};
    }
    std::string_view line_text(std::uint32_t line) const;
    std::string_view slice(Span s) const { return text_.substr(s.begin, s.end - s.begin); }

private:
    // A segment normalisation changed: [norm_b, norm_e) in text_ was [orig_b, orig_e) in
    // the original, which had `extra` more code points than the NFC text before the
    // segment (`extra_after` up to its end), so columns count the original's characters.
    struct Segment {
        std::uint32_t norm_b = 0, norm_e = 0, orig_b = 0, orig_e = 0, extra = 0, extra_after = 0;
    };
    // The changed segments, compact (a dense NFD text has one every few bytes): each as four
    // varints (gap since the previous one — the same in both texts —, both lengths, its
    // extra code points, zigzag), with the whole state every kBlock segments.
    class Segments {
    public:
        void push(const Segment& s);
        bool empty() const { return count_ == 0; }
        // A loop that pushes many segments keeps the place of the next record in locals (the
        // members would be read again after every store through the text's bytes): `left`
        // records of four one-byte varints may be written at `at` before the next block, which
        // push() starts. commit() takes the `written` records and their last end.
        struct Cursor {
            std::uint8_t* at = nullptr;
            std::uint32_t left = 0, last_norm_e = 0, written = 0;
        };
        Cursor cursor() {
            Cursor c;
            c.last_norm_e = last_norm_e_;
            if (count_ % kBlock != 0) {  // (a block started: its chunk has room for all of it)
                c.at = chunks_.back().get() + put_;
                c.left = static_cast<std::uint32_t>(kBlock - count_ % kBlock);
            }
            return c;
        }
        void commit(const Cursor& c) {
            if (c.written == 0) return;
            count_ += c.written;
            put_ = static_cast<std::size_t>(c.at - chunks_.back().get());
            last_norm_e_ = c.last_norm_e;
        }
        // The last segment with norm_b <= offset; false if none.
        bool last_at_or_before(std::uint32_t offset, Segment& out) const;

    private:
        static constexpr std::size_t kBlock = 32;
        // The records in chunks of kChunk bytes that never move (no doubling copy as a dense
        // NFD text grows them; a deque of bytes cost a call per byte); a block of kBlock
        // records (at most kMaxRecord bytes each) is never split between two chunks.
        static constexpr std::size_t kChunk = std::size_t{1} << 16, kMaxRecord = 4 * 5;
        struct Mark { std::uint32_t norm_b, orig_b, extra, at; };  // at: its first record, in its chunk
        // kChunk bytes, not zeroed (a record is read only after it is written; zeroing a chunk cost
        // each small NFD file of a batch a 64 KB memset); copied whole with the text.
        struct Chunk {
            std::unique_ptr<std::uint8_t[]> bytes = std::make_unique_for_overwrite<std::uint8_t[]>(kChunk);
            Chunk() = default;
            Chunk(Chunk&&) noexcept = default;
            Chunk& operator=(Chunk&&) noexcept = default;
            Chunk(const Chunk& o) { *this = o; }
            Chunk& operator=(const Chunk& o) {
                if (!bytes) bytes = std::make_unique_for_overwrite<std::uint8_t[]>(kChunk);  // (moved from)
                if (o.bytes && this != &o) std::memcpy(bytes.get(), o.bytes.get(), kChunk);
                return *this;
            }
            std::uint8_t* get() const { return bytes.get(); }
        };
        std::vector<Chunk> chunks_;
        std::vector<std::size_t> chunk_first_;           // the first mark of each chunk
        std::size_t put_ = kChunk;                       // the next byte in the last chunk
        std::vector<Mark> marks_;
        std::size_t count_ = 0;
        std::uint32_t last_norm_e_ = 0;  // the previous segment's end (its gap is from there)
    };
    std::string path_;
    std::shared_ptr<const void> keep_;  // what holds text_'s bytes: a string of its own, or shared
    std::string_view text_;
    void own(std::string text);  // keep_ and text_ from a string of its own
    // NFC over `t` in place, recording the changed segments.
    void normalize(std::string& t);
    // NFC of data[0, size), known NFC before `from` (a boundary), written at `out` (== data: in
    // place; else room for `size` bytes), recording the changed segments. Returns the bytes written
    // there; what would not fit (an NFC longer than its input) is in `rest`, to append. With
    // `release`: called with (n, w) as the reading passes every 4 MB — the input before n no longer
    // needed, w bytes of NFC written at `out`.
    std::size_t normalize_to(const char* data, std::size_t size, std::size_t from, char* out, std::string& rest,
                             const std::function<void(std::size_t, std::size_t)>* release);
    Segments segments_;
    // `offset`, or the start of the changed segment it is inside (maps to the segment's start).
    std::uint32_t snap(std::uint32_t offset) const;
    // Code points the original has beyond the NFC text in segments starting before `offset`.
    std::uint32_t extra_before(std::uint32_t offset) const;
    std::vector<std::uint32_t> line_starts_;     // into text_ (the original has the same lines)
    // line_of(offset) when line_starts_[hint] <= offset (hint < line_count()).
    std::uint32_t line_after(std::uint32_t offset, std::uint32_t hint) const;
    void mark_columns();                         // fills column_marks_ from text_ and line_starts_
    // Inside lines longer than kColumnStep bytes: every ~kColumnStep bytes of text_,
    // the number of its characters from the line start (sorted by offset).
    struct ColumnMark { std::uint32_t offset, chars; };
    static constexpr std::uint32_t kColumnStep = 4096;
    std::vector<ColumnMark> column_marks_;
};

// Number of code points in a UTF-8 string.
std::size_t utf8_length(std::string_view s);

// The end of the run of well-formed UTF-8 from i on whose code points `keep` accepts: the
// first ill-formed sequence (as ICU's U8_NEXT: no overlong form, surrogate, or code point
// past U+10FFFF; a truncated sequence at `end`), the first code point other than ASCII that
// `keep` refuses, or end. ASCII is skipped eight bytes at a time without asking `keep`.
// With `stop` (<= end): the scan also ends at a code point boundary at or after stop (the end
// of a code point that crosses it, or of a run of ASCII that does; the sequences are read up to
// `end`); a result below stop is where the run ended.
template <class Keep>
inline std::size_t utf8_run_end(const char* s, std::size_t i, std::size_t stop, std::size_t end, Keep keep) {
    const auto u = [s](std::size_t at) { return static_cast<std::uint32_t>(static_cast<unsigned char>(s[at])); };
    for (;;) {
        i = byte_scan::ascii_end(s, i, end);
        if (i >= stop) return i;
        const std::uint32_t lead = u(i);
        std::uint32_t c;
        std::size_t k;
        if (lead < 0xE0) {
            if (lead < 0xC2 || end - i < 2) return i;
            const std::uint32_t t1 = u(i + 1) ^ 0x80;  // a continuation byte: 0..0x3F
            if (t1 > 0x3F) return i;
            c = (lead & 0x1F) << 6 | t1;
            k = 2;
        } else if (lead < 0xF0) {
            if (end - i < 3) return i;
            const std::uint32_t t1 = u(i + 1) ^ 0x80, t2 = u(i + 2) ^ 0x80;
            if ((t1 | t2) > 0x3F) return i;
            c = (lead & 0x0F) << 12 | t1 << 6 | t2;
            if (c < 0x800 || (c >> 11) == 0x1B) return i;  // overlong, or a surrogate (D800..DFFF)
            k = 3;
        } else {
            if (lead > 0xF4 || end - i < 4) return i;
            const std::uint32_t t1 = u(i + 1) ^ 0x80, t2 = u(i + 2) ^ 0x80, t3 = u(i + 3) ^ 0x80;
            if ((t1 | t2 | t3) > 0x3F) return i;
            c = (lead & 0x07) << 18 | t1 << 12 | t2 << 6 | t3;
            if (c < 0x10000 || c > 0x10FFFF) return i;
            k = 4;
        }
        if (!keep(static_cast<std::int32_t>(c))) return i;
        i += k;
    }
}

template <class Keep>
inline std::size_t utf8_run_end(const char* s, std::size_t i, std::size_t end, Keep keep) {
    return utf8_run_end(s, i, end, end, keep);
}

// The end of the run of code points of s[i, end) each NFC on its own with a boundary before it
// (by ICU's NFC data: the text up to there is NFC, and a normalisation segment may start at
// each of them): the first code point that is not, one past the BMP, an ill-formed sequence, or
// end. Sixteen bytes at a time where SSE2 is there. (Exposed for the unit tests.)
std::size_t nfc_trivial_end(const char* s, std::size_t i, std::size_t end);

}  // namespace rc
