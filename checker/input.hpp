// Input readers: bytes on disk -> valid UTF-8 text (plain text, .docx, .pdf).
#pragma once
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "grammar/source.hpp"

namespace rc {

// An input that cannot be checked; the message names the file and position.
class InputError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct DecodedInput {
    std::string path;     // as given ("-" for stdin)
    std::string format;   // "text", "docx", "pdf"
    std::string utf8;     // valid UTF-8, BOM removed
    // A large text file, mapped (checker/input.cpp, kMapMin): its text is here (valid UTF-8, BOM
    // removed, not yet NFC), kept alive by `shared.keep`, and utf8 is empty.
    SharedBytes shared;
    std::string_view text() const { return shared.keep ? shared.text : std::string_view(utf8); }
    // .docx/.pdf: location label per line of utf8 (index = line - 1), e.g. "đoạn 12",
    // "bảng 2, hàng 3", "trang 3, dòng 14"; empty for plain text.
    std::vector<std::string> line_labels;
    // .docx comments "reportcheck: bỏ qua <rule-id> — <lý do>": rule suppressed on lines [first, last] (1-based).
    struct Suppression {
        std::string rule;
        std::uint32_t first_line = 0;
        std::uint32_t last_line = 0;
    };
    std::vector<Suppression> suppressions;
};

// Plain text: UTF-8 with or without BOM; UTF-16LE/BE with BOM converted.
// Throws InputError for invalid UTF-8 (with the byte offset, line and column),
// binary content (NUL bytes) and UTF-16 without BOM.
std::string decode_text(const std::string& path, std::string bytes);

// Reads a file (or stdin for "-") and decodes it by its kind.
DecodedInput read_input(const std::string& path);

// Expands directories into the supported files below them (sorted); files are
// kept as given. Throws InputError for a path that does not exist.
std::vector<std::string> expand_inputs(const std::vector<std::string>& args);

bool is_supported_file(const std::string& path);

// For the unit tests: the one-pass check of decode_text (well-formed UTF-8 and no NUL byte) with
// 16-byte (SSSE3) or 32-byte (AVX2) vectors; nullopt where that width is not there.
std::optional<bool> utf8_check_simd(const char* s, std::size_t n, int width);

}  // namespace rc
