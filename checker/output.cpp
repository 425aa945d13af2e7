#include "checker/output.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <streambuf>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

namespace rc {

// An output buffer over a file descriptor; the first write error is kept for commit().
class AtomicFile::Buf final : public std::streambuf {
public:
    explicit Buf(int fd) : fd_(fd), buf_(std::size_t{1} << 18) { setp(buf_.data(), buf_.data() + buf_.size()); }
    int fd() const { return fd_; }
    int error() const { return error_; }

protected:
    int_type overflow(int_type c) override {
        if (!drain()) return traits_type::eof();
        if (!traits_type::eq_int_type(c, traits_type::eof())) {
            *pptr() = traits_type::to_char_type(c);
            pbump(1);
        }
        return traits_type::not_eof(c);
    }
    std::streamsize xsputn(const char* s, std::streamsize n) override {
        if (n >= static_cast<std::streamsize>(buf_.size())) {  // large parts go straight to the file
            if (!drain() || !put(s, static_cast<std::size_t>(n))) return 0;
            return n;
        }
        return std::streambuf::xsputn(s, n);
    }
    int sync() override { return drain() ? 0 : -1; }

private:
    bool put(const char* p, std::size_t n) {
        while (n > 0 && !error_) {
            const ssize_t w = ::write(fd_, p, n);
            if (w < 0) {
                if (errno == EINTR) continue;
                error_ = errno;
                break;
            }
            p += w;
            n -= static_cast<std::size_t>(w);
        }
        return !error_;
    }
    bool drain() {
        const bool ok = put(pbase(), static_cast<std::size_t>(pptr() - pbase()));
        setp(buf_.data(), buf_.data() + buf_.size());
        return ok;
    }
    int fd_;
    int error_ = 0;
    std::vector<char> buf_;
};

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
    namespace fs = std::filesystem;
    struct stat st {};
    if (::stat(path_.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
        if (S_ISDIR(st.st_mode))
            throw std::runtime_error(fmt::format("{}: là một thư mục, không ghi được tệp kết quả / is a directory, cannot write output", path_));
        // A device, a FIFO or a terminal (/dev/null, /dev/stdout, a pipe): written straight
        // through. Renaming a temporary file over it would replace the device itself.
        const int fd = ::open(path_.c_str(), O_WRONLY | O_CLOEXEC);
        if (fd < 0) throw std::runtime_error(fmt::format("{}: không ghi được tệp kết quả / cannot write output: {}", path_, std::strerror(errno)));
        direct_ = true;
        buf_ = std::make_unique<Buf>(fd);
        os_ = std::make_unique<std::ostream>(buf_.get());
        return;
    }
    // A symbolic link: the file it points to is replaced, the link stays.
    fs::path target(path_);
    std::error_code ec;
    if (fs::is_symlink(fs::symlink_status(target, ec))) {
        const fs::path resolved = fs::weakly_canonical(target, ec);
        if (!ec) target = resolved;
    }
    final_ = target.string();
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::string name = ".";
    name.append(target.filename().string()).append(".XXXXXX");
    tmp_ = (dir / name).string();
    const int fd = ::mkstemp(tmp_.data());
    if (fd < 0) throw std::runtime_error(fmt::format("{}: không ghi được tệp kết quả / cannot write output: {}", path_, std::strerror(errno)));
    buf_ = std::make_unique<Buf>(fd);
    os_ = std::make_unique<std::ostream>(buf_.get());
}

AtomicFile::~AtomicFile() {
    if (committed_) return;
    ::close(buf_->fd());
    if (!direct_) ::unlink(tmp_.c_str());
}

void AtomicFile::commit() {
    os_->flush();
    const int fd = buf_->fd();
    committed_ = true;  // the descriptor is closed below whatever happens
    int e = buf_->error();
    if (!e && !*os_) e = EIO;
    if (direct_) {
        if (::close(fd) != 0 && !e) e = errno;
        if (e) throw std::runtime_error(fmt::format("{}: lỗi khi ghi / write error: {}", path_, std::strerror(e)));
        return;
    }
    ::fchmod(fd, 0644);
    if (!e && ::fsync(fd) != 0) e = errno;
    if (::close(fd) != 0 && !e) e = errno;
    if (e) {
        ::unlink(tmp_.c_str());
        throw std::runtime_error(fmt::format("{}: lỗi khi ghi / write error: {}", path_, std::strerror(e)));
    }
    if (std::rename(tmp_.c_str(), final_.c_str()) != 0) {
        e = errno;
        ::unlink(tmp_.c_str());
        throw std::runtime_error(fmt::format("{}: không ghi được tệp kết quả / cannot write output: {}", path_, std::strerror(e)));
    }
}

void write_file_atomically(const std::string& path, const std::string& content) {
    AtomicFile f(path);
    f.stream() << content;
    f.commit();
}

}  // namespace rc
