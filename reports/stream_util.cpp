#include "reports/stream_util.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <functional>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

#include <fmt/format.h>

namespace rc {

namespace {

[[noreturn]] void spool_error(const char* what) {
    throw std::runtime_error(fmt::format("không ghi được tệp tạm của báo cáo / cannot {} the report's temporary file: {}", what,
                                         std::strerror(errno)));
}

// "\n" -> "\n" + indent (JSON strings never hold a raw line break).
std::string reindent(std::string_view s, std::string_view indent) {
    std::string out;
    out.reserve(s.size() + s.size() / 16);
    for (const char c : s) {
        out += c;
        if (c == '\n') out += indent;
    }
    return out;
}

}  // namespace

void append_reindented(std::string& out, std::string_view s, std::string_view indent) {
    for (std::size_t b = 0; b < s.size();) {
        const std::size_t nl = s.find('\n', b);
        if (nl == std::string_view::npos) {
            out.append(s.substr(b));
            break;
        }
        out.append(s.substr(b, nl + 1 - b));
        out.append(indent);
        b = nl + 1;
    }
}

Spool::~Spool() {
    if (fd_ >= 0) ::close(fd_);
}

void Spool::write_out(std::string_view s) {
    if (fd_ < 0) {
        const char* dir = std::getenv("TMPDIR");
        std::string tmpl = std::string(dir && *dir ? dir : "/tmp") + "/reportcheck-spool.XXXXXX";
        fd_ = ::mkstemp(tmpl.data());
        if (fd_ < 0) spool_error("create");
        ::unlink(tmpl.c_str());  // removed when closed, whatever happens
    }
    std::size_t off = 0;
    while (off < s.size()) {
        const ssize_t n = ::write(fd_, s.data() + off, s.size() - off);
        if (n < 0) {
            if (errno == EINTR) continue;
            spool_error("write");
        }
        off += static_cast<std::size_t>(n);
    }
}

void spill_part(std::string& buf, std::shared_ptr<Spool>& spool) {
    if (buf.size() < kPartChunk) return;
    if (!spool) spool = std::make_shared<Spool>();
    spool->append(buf);
    buf.clear();
}

void Spool::append(std::string_view s) {
    if (mem_.size() + s.size() <= limit_) {
        mem_.append(s);
        return;
    }
    write_out(mem_);
    mem_.clear();
    if (s.size() >= limit_) write_out(s);
    else mem_.append(s);
}

void Spool::drain(const std::function<void(std::string_view)>& to) {
    if (fd_ >= 0) {
        if (::lseek(fd_, 0, SEEK_SET) < 0) spool_error("read");
        std::vector<char> buf(std::size_t{1} << 20);
        for (;;) {
            const ssize_t n = ::read(fd_, buf.data(), buf.size());
            if (n < 0) {
                if (errno == EINTR) continue;
                spool_error("read");
            }
            if (n == 0) break;
            to(std::string_view(buf.data(), static_cast<std::size_t>(n)));
        }
        ::close(fd_);
        fd_ = -1;
    }
    to(mem_);
    mem_.clear();
    mem_.shrink_to_fit();
}

void Spool::copy_to(std::ostream& out) {
    drain([&](std::string_view s) { out << s; });
}

void Spool::copy_to(Spool& out) {
    drain([&](std::string_view s) { out.append(s); });
}

ArraySplice split_array(const std::string& dumped, std::string_view placeholder) {
    const std::string quoted = fmt::format("\"{}\"", placeholder);
    const std::size_t q = dumped.find(quoted);
    if (q == std::string::npos || q == 0) throw std::logic_error("split_array: placeholder missing");
    ArraySplice a;
    const std::size_t after = q + quoted.size();
    const std::size_t close = dumped.find(']', after);
    if (dumped[q - 1] == '[') {  // compact
        a.pretty = false;
        a.prefix = dumped.substr(0, q);
        a.rest = dumped.substr(after);
        return a;
    }
    const std::size_t nl = dumped.rfind('\n', q);
    a.prefix = dumped.substr(0, nl);
    a.indent = dumped.substr(nl + 1, q - nl - 1);
    a.close = dumped.substr(after, close - after);
    a.rest = dumped.substr(close);
    return a;
}

std::string ArraySplice::element(std::string_view dumped, bool first) const {
    std::string out = first ? "" : ",";
    if (!pretty) return out.append(dumped);
    out += '\n';
    out += indent;
    out += reindent(dumped, indent);
    return out;
}

std::string splice_value(const std::string& dumped, std::string_view placeholder, const std::string& value_dump) {
    const std::string quoted = fmt::format("\"{}\"", placeholder);
    const std::size_t q = dumped.find(quoted);
    if (q == std::string::npos) throw std::logic_error("splice_value: placeholder missing");
    const std::size_t ls = dumped.rfind('\n', q) == std::string::npos ? 0 : dumped.rfind('\n', q) + 1;
    std::size_t e = ls;
    while (e < q && dumped[e] == ' ') ++e;
    std::string out = dumped.substr(0, q);
    out += reindent(value_dump, std::string_view(dumped).substr(ls, e - ls));
    out += std::string_view(dumped).substr(q + quoted.size());
    return out;
}

}  // namespace rc
