#pragma once
#include <memory>
#include <ostream>
#include <string>

namespace rc {

// A file written through a temporary file beside it and renamed into place by commit(),
// so an interrupted run never leaves half a report. The temporary file is removed unless
// committed. Throws std::runtime_error with a message naming the path (when the temporary
// file cannot be created, or on a write error at commit()).
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
    std::string path_, tmp_;
    std::unique_ptr<Buf> buf_;
    std::unique_ptr<std::ostream> os_;
    bool committed_ = false;
};

// Writes `content` to `path` atomically (AtomicFile).
void write_file_atomically(const std::string& path, const std::string& content);

}  // namespace rc
