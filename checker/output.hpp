#pragma once
#include <memory>
#include <ostream>
#include <string>

namespace rc {

// A file written through a temporary file beside it and renamed into place by commit(),
// so an interrupted run never leaves half a report. The temporary file is removed unless
// committed. A path that is a device, a FIFO or a terminal (/dev/null, /dev/stdout) is
// written straight through instead (renaming over it would replace the device); a symbolic
// link is followed (its target is replaced, the link stays). Throws std::runtime_error with
// a message naming the path (when the temporary file cannot be created, the path is a
// directory, or on a write error at commit()).
class AtomicFile {
public:
    explicit AtomicFile(std::string path);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;
    std::ostream& stream() { return *os_; }
    void commit();

private:
    class Buf;
    std::string path_, tmp_, final_;  // final_: path_ with a symbolic link resolved
    bool direct_ = false;              // path_ is not a regular file: written in place
    std::unique_ptr<Buf> buf_;
    std::unique_ptr<std::ostream> os_;
    bool committed_ = false;
};

// Writes `content` to `path` atomically (AtomicFile).
void write_file_atomically(const std::string& path, const std::string& content);

}  // namespace rc
