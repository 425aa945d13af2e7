#include "checker/output.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <stdexcept>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

namespace rc {

void write_file_atomically(const std::string& path, const std::string& content) {
    namespace fs = std::filesystem;
    const fs::path target(path);
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::string name = ".";
    name.append(target.filename().string()).append(".XXXXXX");
    std::string tmpl = (dir / name).string();
    const int fd = ::mkstemp(tmpl.data());
    if (fd < 0) throw std::runtime_error(fmt::format("{}: không ghi được tệp kết quả / cannot write output: {}", path, std::strerror(errno)));
    std::size_t off = 0;
    while (off < content.size()) {
        const ssize_t n = ::write(fd, content.data() + off, content.size() - off);
        if (n < 0) {
            if (errno == EINTR) continue;
            const int e = errno;
            ::close(fd);
            ::unlink(tmpl.c_str());
            throw std::runtime_error(fmt::format("{}: lỗi khi ghi / write error: {}", path, std::strerror(e)));
        }
        off += static_cast<std::size_t>(n);
    }
    ::fchmod(fd, 0644);
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        ::unlink(tmpl.c_str());
        throw std::runtime_error(fmt::format("{}: lỗi khi ghi / write error: {}", path, std::strerror(errno)));
    }
    if (std::rename(tmpl.c_str(), path.c_str()) != 0) {
        const int e = errno;
        ::unlink(tmpl.c_str());
        throw std::runtime_error(fmt::format("{}: không ghi được tệp kết quả / cannot write output: {}", path, std::strerror(e)));
    }
}

}  // namespace rc
