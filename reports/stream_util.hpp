// Helpers of the streaming writers (reports/report.hpp): a spool for the parts of a
// document written before its head, and the splicing of a dumped JSON skeleton.
#pragma once
#include <cstddef>
#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>

namespace rc {

// Text kept in memory up to `memory_limit` bytes, beyond that appended to an unlinked temporary
// file in $TMPDIR (else /tmp), and copied out in order. Throws std::runtime_error when
// the temporary file cannot be created or written.
class Spool {
public:
    explicit Spool(std::size_t memory_limit = std::size_t{1} << 20) : limit_(memory_limit) {}
    ~Spool();
    Spool(const Spool&) = delete;
    Spool& operator=(const Spool&) = delete;
    void append(std::string_view s);
    // Writes everything appended so far to `out`, in order.
    void copy_to(std::ostream& out);
    // The same into another spool (a file's part spooled on its worker, then into the run's).
    void copy_to(Spool& out);

private:
    void drain(const std::function<void(std::string_view)>& to);
    void write_out(std::string_view s);
    std::string mem_;
    std::size_t limit_;
    int fd_ = -1;
};

// A file's part is built in a string on its worker; past this many bytes it is moved to a spool
// of its own, so a report of 10 MB is neither held whole nor doubled while it grows.
constexpr std::size_t kPartChunk = std::size_t{1} << 20;

// Moves `buf` to the end of `spool` (created on first use) once it holds kPartChunk bytes or more.
void spill_part(std::string& buf, std::shared_ptr<Spool>& spool);

// The dump of a JSON skeleton whose array holds one placeholder string, cut around it:
// `prefix` ends with '[', each element goes after `sep_indent` (",\n" + indent, or "," in
// compact dumps; the first element without the comma), `close` ("\n" + indent, or "")
// comes before `rest`, which starts with ']'. An empty array is prefix + rest ("[]"),
// as nlohmann::json writes it.
struct ArraySplice {
    std::string prefix, indent, close, rest;
    bool pretty = true;
    // The separator written before an element (`first`: no comma) and the element,
    // re-indented to its depth.
    std::string element(std::string_view dumped, bool first) const;
};
// Appends `s` to `out` with `indent` after each line break (a nested dump at its depth).
void append_reindented(std::string& out, std::string_view s, std::string_view indent);

ArraySplice split_array(const std::string& dumped, std::string_view placeholder);

// Replaces the placeholder string value in `dumped` with `value_dump` (an indent-2 dump),
// re-indented to the placeholder's line.
std::string splice_value(const std::string& dumped, std::string_view placeholder, const std::string& value_dump);

}  // namespace rc
