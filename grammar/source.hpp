// The text of one input, normalised to NFC, with a map back to the user's own
// lines and columns (1-based; columns counted in characters of the original).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rc {

// Half-open range of byte offsets into SourceText::text() (the NFC text).
struct Span {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    bool empty() const { return begin >= end; }
    friend bool operator==(const Span&, const Span&) = default;
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
    // normalised to NFC with ICU; offsets of the NFC text map back to the
    // original through anchors recorded where normalisation changed a segment.
    static SourceText from_utf8(std::string path, std::string original);

    const std::string& path() const { return path_; }
    const std::string& text() const { return text_; }          // NFC
    // As decoded (UTF-8); the same string as text() when the input was already NFC.
    const std::string& original() const { return anchors_.empty() ? text_ : original_; }
    bool was_normalized() const { return !anchors_.empty(); }

    // Offset into text() -> offset into original().
    std::uint32_t to_original(std::uint32_t offset) const;
    // Offset into text() -> line/column in the original.
    Position position(std::uint32_t offset) const;
    // End position of a span (column points at the last character + 1).
    Position end_position(Span s) const;

    std::size_t line_count() const { return line_starts_.size(); }
    // 1-based line number of an offset into text().
    std::uint32_t line_of(std::uint32_t offset) const;
    // Offsets into text() of the start and end (before '\n' / "\r\n") of a 1-based line.
    Span line_span(std::uint32_t line) const;
    std::string_view line_text(std::uint32_t line) const;
    std::string_view slice(Span s) const { return std::string_view(text_).substr(s.begin, s.end - s.begin); }

private:
    struct Anchor { std::uint32_t norm, orig; };
    std::string path_;
    std::string original_;  // kept only when normalisation changed something
    std::string text_;
    std::vector<Anchor> anchors_;            // sorted by norm (and orig)
    std::vector<std::uint32_t> line_starts_;     // into text_
    std::vector<std::uint32_t> orig_line_starts_; // into original_
    // Inside lines longer than kColumnStep bytes: every ~kColumnStep bytes of the
    // original, the number of characters from the line start (sorted by offset).
    struct ColumnMark { std::uint32_t offset, chars; };
    static constexpr std::uint32_t kColumnStep = 4096;
    std::vector<ColumnMark> column_marks_;
};

// Number of code points in a UTF-8 string.
std::size_t utf8_length(std::string_view s);

}  // namespace rc
