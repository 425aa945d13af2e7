#include "checker/input.hpp"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <memory>
#include <mutex>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#endif
#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "checker/office.hpp"
#include "grammar/source.hpp"

namespace fs = std::filesystem;

namespace rc {
namespace {

std::string lower_ext(const std::string& path) {
    std::string e = fs::path(path).extension().string();
    std::transform(e.begin(), e.end(), e.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return e;
}

// Line and column (characters) of a byte offset in possibly invalid UTF-8.
std::pair<std::size_t, std::size_t> line_col(const std::string& s, std::size_t offset) {
    std::size_t line = 1, col = 1;
    for (std::size_t i = 0; i < offset && i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == '\n') { ++line; col = 1; }
        else if ((c & 0xC0) != 0x80) ++col;
    }
    return {line, col};
}

std::string from_utf16(const std::string& path, const std::string& bytes, bool big_endian) {
    const std::size_t n = (bytes.size() - 2) / 2;
    std::u16string u;
    u.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const auto a = static_cast<unsigned char>(bytes[2 + 2 * i]), b = static_cast<unsigned char>(bytes[3 + 2 * i]);
        u[i] = static_cast<char16_t>(big_endian ? (a << 8 | b) : (b << 8 | a));
    }
    // Validate surrogate pairs: an unpaired surrogate is an encoding error.
    for (std::size_t i = 0; i < n; ++i) {
        const char16_t c = u[i];
        if (c >= 0xD800 && c <= 0xDBFF) {
            if (i + 1 < n && u[i + 1] >= 0xDC00 && u[i + 1] <= 0xDFFF) { ++i; continue; }
        } else if (!(c >= 0xDC00 && c <= 0xDFFF)) {
            continue;
        }
        throw InputError(fmt::format("{}: byte {}: UTF-16 không hợp lệ (surrogate lẻ) / invalid UTF-16 (unpaired surrogate)", path, 2 + 2 * i));
    }
    if ((bytes.size() - 2) % 2)
        throw InputError(fmt::format("{}: byte {}: UTF-16 bị cắt cụt / truncated UTF-16", path, bytes.size() - 1));
    std::string out;
    icu::UnicodeString us(reinterpret_cast<const UChar*>(u.data()), static_cast<int32_t>(u.size()));
    us.toUTF8String(out);
    return out;
}

// Whether s[0, n) is well-formed UTF-8 (the Unicode standard's definition, which U8_NEXT
// follows) and holds no NUL byte, sixteen (AVX2: thirty-two) bytes at a time: the lookup
// algorithm of Keiser and Lemire ("Validating UTF-8 in less than one instruction per byte",
// 2021). Three table lookups of nibbles classify each byte pair; a third or fourth byte must
// follow its lead. Spaces after the text (ASCII) catch a sequence cut off at the end. Needs SSSE3
// (pshufb), asked of the CPU at run time. False for a text that is not both (the caller's
// byte loops then find what and where, for the message).
// A check run over a text in pieces (read_all feeds it what each read brings): the last 32 bytes
// checked (a sequence may go on from them), the error bits so far, the bytes not yet in a block.
struct Utf8Check {
    alignas(32) char prev[32] = {};
    alignas(32) char err[32] = {};
    char pending[32];
    std::size_t pending_n = 0;
    int width = 0;  // 32: AVX2, 16: SSSE3, 0: none (the caller's byte loops decide)
};

#if defined(__x86_64__) && defined(__GNUC__)
#define RC_UTF8_SSSE3 1
namespace utf8v {
constexpr char kTooShort = 1 << 0, kTooLong = 1 << 1, kOverlong3 = 1 << 2, kTooLarge = 1 << 3, kSurrogate = 1 << 4,
               kOverlong2 = 1 << 5, kTooLarge1000 = 1 << 6, kOverlong4 = 1 << 6;
constexpr char kTwoConts = static_cast<char>(1 << 7);
constexpr char kCarry = kTooShort | kTooLong | kTwoConts;
// The three tables (by the first byte's high and low nibble, the second byte's high nibble).
constexpr char kByte1High[16] = {
    kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong,  // 0___ ASCII
    kTwoConts, kTwoConts, kTwoConts, kTwoConts,                                      // 10__ continuation
    kTooShort | kOverlong2,                                                          // 1100
    kTooShort,                                                                       // 1101
    kTooShort | kOverlong3 | kSurrogate,                                             // 1110
    kTooShort | kTooLarge | kTooLarge1000 | kOverlong4};                             // 1111
constexpr char kByte1Low[16] = {
    kCarry | kOverlong3 | kOverlong2 | kOverlong4, kCarry | kOverlong2, kCarry, kCarry,     // ____0000 .. 0011
    kCarry | kTooLarge, kCarry | kTooLarge | kTooLarge1000,                                  // 0100, 0101
    kCarry | kTooLarge | kTooLarge1000, kCarry | kTooLarge | kTooLarge1000,                  // 011_
    kCarry | kTooLarge | kTooLarge1000, kCarry | kTooLarge | kTooLarge1000,                  // 1000, 1001
    kCarry | kTooLarge | kTooLarge1000, kCarry | kTooLarge | kTooLarge1000,                  // 1010, 1011
    kCarry | kTooLarge | kTooLarge1000, kCarry | kTooLarge | kTooLarge1000 | kSurrogate,     // 1100, 1101
    kCarry | kTooLarge | kTooLarge1000, kCarry | kTooLarge | kTooLarge1000};                 // 1110, 1111
constexpr char kByte2High[16] = {
    kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort,  // ASCII
    kTooLong | kOverlong2 | kTwoConts | kOverlong3 | kTooLarge1000 | kOverlong4,             // 1000____
    kTooLong | kOverlong2 | kTwoConts | kOverlong3 | kTooLarge,                              // 1001____
    kTooLong | kOverlong2 | kTwoConts | kSurrogate | kTooLarge,                              // 101_____
    kTooLong | kOverlong2 | kTwoConts | kSurrogate | kTooLarge,
    kTooShort, kTooShort, kTooShort, kTooShort};                                             // 11______
}  // namespace utf8v

// Blocks of 32 bytes (two of 16 with SSSE3).
[[gnu::target("ssse3")]] void check_blocks_ssse3(Utf8Check& st, const char* s, std::size_t blocks) {
    using namespace utf8v;
    const __m128i byte1_high = _mm_loadu_si128(reinterpret_cast<const __m128i*>(kByte1High));
    const __m128i byte1_low = _mm_loadu_si128(reinterpret_cast<const __m128i*>(kByte1Low));
    const __m128i byte2_high = _mm_loadu_si128(reinterpret_cast<const __m128i*>(kByte2High));
    const __m128i nibble = _mm_set1_epi8(0x0F), zero = _mm_setzero_si128();
    __m128i prev = _mm_load_si128(reinterpret_cast<const __m128i*>(st.prev + 16));
    __m128i err = _mm_load_si128(reinterpret_cast<const __m128i*>(st.err));
    for (std::size_t i = 0; i < blocks * 32; i += 16) {
        const __m128i in = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
        const __m128i prev1 = _mm_alignr_epi8(in, prev, 15);
        const __m128i special =
            _mm_and_si128(_mm_and_si128(_mm_shuffle_epi8(byte1_high, _mm_and_si128(_mm_srli_epi16(prev1, 4), nibble)),
                                        _mm_shuffle_epi8(byte1_low, _mm_and_si128(prev1, nibble))),
                          _mm_shuffle_epi8(byte2_high, _mm_and_si128(_mm_srli_epi16(in, 4), nibble)));
        const __m128i prev2 = _mm_alignr_epi8(in, prev, 14), prev3 = _mm_alignr_epi8(in, prev, 13);
        const __m128i must23 = _mm_or_si128(_mm_subs_epu8(prev2, _mm_set1_epi8(static_cast<char>(0xE0 - 0x80))),
                                            _mm_subs_epu8(prev3, _mm_set1_epi8(static_cast<char>(0xF0 - 0x80))));
        err = _mm_or_si128(err, _mm_xor_si128(_mm_and_si128(must23, _mm_set1_epi8(static_cast<char>(0x80))), special));
        err = _mm_or_si128(err, _mm_cmpeq_epi8(in, zero));  // a NUL byte
        prev = in;
    }
    _mm_store_si128(reinterpret_cast<__m128i*>(st.prev + 16), prev);
    _mm_store_si128(reinterpret_cast<__m128i*>(st.err), err);
}

// The same, thirty-two bytes at a time (the tables in both lanes; the bytes before each lane's
// first come from the lane before, by a cross-lane permute).
[[gnu::target("avx2")]] void check_blocks_avx2(Utf8Check& st, const char* s, std::size_t blocks) {
    using namespace utf8v;
    const __m256i byte1_high = _mm256_broadcastsi128_si256(_mm_loadu_si128(reinterpret_cast<const __m128i*>(kByte1High)));
    const __m256i byte1_low = _mm256_broadcastsi128_si256(_mm_loadu_si128(reinterpret_cast<const __m128i*>(kByte1Low)));
    const __m256i byte2_high = _mm256_broadcastsi128_si256(_mm_loadu_si128(reinterpret_cast<const __m128i*>(kByte2High)));
    const __m256i nibble = _mm256_set1_epi8(0x0F), zero = _mm256_setzero_si256();
    __m256i prev = _mm256_load_si256(reinterpret_cast<const __m256i*>(st.prev));
    __m256i err = _mm256_load_si256(reinterpret_cast<const __m256i*>(st.err));
    for (std::size_t i = 0; i < blocks * 32; i += 32) {
        const __m256i in = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s + i));
        const __m256i before = _mm256_permute2x128_si256(prev, in, 0x21);  // prev's high lane, in's low lane
        const __m256i prev1 = _mm256_alignr_epi8(in, before, 15);
        const __m256i special = _mm256_and_si256(
            _mm256_and_si256(_mm256_shuffle_epi8(byte1_high, _mm256_and_si256(_mm256_srli_epi16(prev1, 4), nibble)),
                             _mm256_shuffle_epi8(byte1_low, _mm256_and_si256(prev1, nibble))),
            _mm256_shuffle_epi8(byte2_high, _mm256_and_si256(_mm256_srli_epi16(in, 4), nibble)));
        const __m256i prev2 = _mm256_alignr_epi8(in, before, 14), prev3 = _mm256_alignr_epi8(in, before, 13);
        const __m256i must23 = _mm256_or_si256(_mm256_subs_epu8(prev2, _mm256_set1_epi8(static_cast<char>(0xE0 - 0x80))),
                                               _mm256_subs_epu8(prev3, _mm256_set1_epi8(static_cast<char>(0xF0 - 0x80))));
        err = _mm256_or_si256(err, _mm256_xor_si256(_mm256_and_si256(must23, _mm256_set1_epi8(static_cast<char>(0x80))), special));
        err = _mm256_or_si256(err, _mm256_cmpeq_epi8(in, zero));  // a NUL byte
        prev = in;
    }
    _mm256_store_si256(reinterpret_cast<__m256i*>(st.prev), prev);
    _mm256_store_si256(reinterpret_cast<__m256i*>(st.err), err);
}
#endif


// The check with the widest vectors the CPU has (none: width 0).
Utf8Check check_start(int width = 0) {
    Utf8Check st;
#ifdef RC_UTF8_SSSE3
    static const int best = __builtin_cpu_supports("avx2") ? 32 : __builtin_cpu_supports("ssse3") ? 16 : 0;
    st.width = width == 0 ? best : width;
#else
    (void)width;
#endif
    return st;
}

void check_run(Utf8Check& st, const char* s, std::size_t blocks) {
#ifdef RC_UTF8_SSSE3
    if (st.width == 32) check_blocks_avx2(st, s, blocks);
    else if (st.width == 16) check_blocks_ssse3(st, s, blocks);
#else
    (void)st, (void)s, (void)blocks;
#endif
}

void check_feed(Utf8Check& st, const char* s, std::size_t n) {
    if (st.width == 0) return;
    if (st.pending_n != 0) {
        const std::size_t take = std::min(n, 32 - st.pending_n);
        std::memcpy(st.pending + st.pending_n, s, take);
        st.pending_n += take;
        s += take;
        n -= take;
        if (st.pending_n < 32) return;
        check_run(st, st.pending, 1);
        st.pending_n = 0;
    }
    check_run(st, s, n / 32);
    st.pending_n = n % 32;
    std::memcpy(st.pending, s + n - st.pending_n, st.pending_n);
}

// Whether what was fed is well-formed UTF-8 without a NUL byte (false when unknown: width 0). The
// last bytes are checked with spaces after them (ASCII: a sequence cut off at the end fails).
bool check_finish(Utf8Check& st) {
    if (st.width == 0) return false;
    char tail[32];
    std::memset(tail, ' ', sizeof tail);
    std::memcpy(tail, st.pending, st.pending_n);
    check_run(st, tail, 1);
    st.pending_n = 0;
    for (const char e : st.err)
        if (e != 0) return false;
    return true;
}

// A large text is mapped, not read: its bytes are the page cache's own, so nothing is copied and
// no memory is zeroed for it (reading 100 MB into a fresh buffer cost 35 to 300 ms, mostly the
// kernel clearing the buffer's pages; mapping it, 11 ms). The mapping is read-only (the checker
// never writes to its input; a text that is not NFC is normalised in a copy) and followed by a
// page of zeros: a scan may read a little past the end, as it may past a string's terminating NUL.
constexpr std::size_t kMapMin = std::size_t{1} << 20;

// A file shortened by someone else while it is mapped makes the next read of the lost pages raise
// SIGBUS. The mappings in use are listed here, so the handler can name the file and end the run
// with exit 2, not crash (the whole run: reports of earlier files not yet written are lost).
// (Slots are taken and freed with atomics: the handler reads them without a lock. With every
// slot taken, a file is read instead.)
struct MapSlot {
    std::atomic<const char*> begin{nullptr};
    std::atomic<const char*> end{nullptr};
    std::atomic<const char*> path{nullptr};
};
constexpr std::size_t kMapSlots = 128;  // (a run holds at most kFilesAhead + --jobs files)
MapSlot g_map_slots[kMapSlots];

void write_stderr(const char* s, std::size_t n) {
    while (n > 0) {
        const ssize_t w = ::write(STDERR_FILENO, s, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return;
        s += w;
        n -= static_cast<std::size_t>(w);
    }
}

void on_sigbus(int sig, siginfo_t* info, void* context) {
    const auto* at = static_cast<const char*>(info->si_addr);
    for (MapSlot& m : g_map_slots) {
        const char* b = m.begin.load(std::memory_order_acquire);
        if (b == nullptr || at < b || at >= m.end.load(std::memory_order_relaxed)) continue;
        const char* path = m.path.load(std::memory_order_relaxed);
        if (path != nullptr) write_stderr(path, std::strlen(path));  // (null: the slot was freed meanwhile)
        static constexpr char kMsg[] =
            ": tệp bị cắt ngắn trong khi đang được kiểm tra / the file was truncated while being checked\n";
        write_stderr(kMsg, sizeof kMsg - 1);
        ::_exit(2);
    }
    // Not a mapped input: the default action (end the process with a core). (No chaining to a handler
    // installed before: one installed after us that chains back would call us forever.)
    (void)sig, (void)context;
    ::signal(SIGBUS, SIG_DFL);  // (the faulting access runs again and takes the default action)
}

// on_sigbus, installed unless it is already (checked on every mapping: a handler someone installed
// since — a test framework's — would otherwise take the signal).
bool install_sigbus_handler() {
    static std::mutex m;
    const std::lock_guard lock(m);
    struct sigaction cur {};
    if (::sigaction(SIGBUS, nullptr, &cur) != 0) return false;
    if ((cur.sa_flags & SA_SIGINFO) && cur.sa_sigaction == on_sigbus) return true;
    struct sigaction sa {};
    sa.sa_sigaction = on_sigbus;
    sa.sa_flags = SA_SIGINFO;
    sigemptyset(&sa.sa_mask);
    return ::sigaction(SIGBUS, &sa, nullptr) == 0;
}

// A text file's bytes, mapped (see kMapMin), named in g_map_slots while mapped.
class MappedFile {
public:
    // nullptr where the file cannot be mapped (then it is read).
    static std::shared_ptr<MappedFile> map(const std::string& path, int fd, std::size_t size) {
        if (!install_sigbus_handler()) return nullptr;
        const auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
        const std::size_t len = (size + page - 1) / page * page + page;
        void* const base = ::mmap(nullptr, len, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (base == MAP_FAILED) return nullptr;
        if (::mmap(base, size, PROT_READ, MAP_PRIVATE | MAP_FIXED, fd, 0) == MAP_FAILED) {
            ::munmap(base, len);
            return nullptr;
        }
        std::shared_ptr<MappedFile> m;
        try {
            m.reset(new MappedFile(path, static_cast<char*>(base), size, len));
        } catch (...) {
            ::munmap(base, len);
            throw;
        }
        for (MapSlot& slot : g_map_slots) {
            const char* expected = nullptr;
            if (slot.path.load(std::memory_order_relaxed) != nullptr) continue;
            if (!slot.path.compare_exchange_strong(expected, m->path_.c_str())) continue;
            slot.end.store(m->data_ + (size + page - 1) / page * page, std::memory_order_relaxed);  // (the last page's tail too)
            slot.begin.store(m->data_, std::memory_order_release);
            m->slot_ = &slot;
            return m;
        }
        return nullptr;  // every slot taken (the destructor unmaps)
    }
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    ~MappedFile() {
        if (slot_ != nullptr) {
            slot_->begin.store(nullptr, std::memory_order_release);
            slot_->end.store(nullptr, std::memory_order_relaxed);
            slot_->path.store(nullptr, std::memory_order_release);
        }
        ::munmap(data_, len_);
    }
    std::string_view bytes() const { return {data_, size_}; }
    // The pages holding [data + from, data + to), the last one if wholly inside, leave memory (they are the file's: read
    // again, they come back).
    void release(std::size_t from, std::size_t to) const {
        const auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
        from = from / page * page;  // (the page holding `from`: its bytes before it were copied, and it was not released)
        to = to / page * page;
        if (to > from) ::madvise(data_ + from, to - from, MADV_DONTNEED);  // (advice: its failure changes nothing)
    }

private:
    MappedFile(std::string path, char* data, std::size_t size, std::size_t len)
        : path_(std::move(path)), data_(data), size_(size), len_(len) {}
    std::string path_;
    char* data_;
    std::size_t size_, len_;
    MapSlot* slot_ = nullptr;
};

// An open input: its descriptor (closed with it unless stdin) and what fstat said.
struct OpenFile {
    int fd = STDIN_FILENO;
    bool own = false;
    bool stat_ok = false;
    struct stat st {};
    OpenFile() = default;
    OpenFile(const OpenFile&) = delete;
    OpenFile& operator=(const OpenFile&) = delete;
    ~OpenFile() {
        if (own) ::close(fd);
    }
    bool regular() const { return stat_ok && S_ISREG(st.st_mode); }
};

// Opens a file (stdin for "-"); throws InputError naming it.
void open_input(const std::string& path, OpenFile& f) {
    const bool is_stdin = path == "-";
    if (!is_stdin) {
        do f.fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        while (f.fd < 0 && errno == EINTR);
        if (f.fd < 0) {
            const int err = errno;
            std::error_code ec;
            if (fs::is_directory(path, ec)) throw InputError(fmt::format("{}: là thư mục, không phải tệp / is a directory", path));
            throw InputError(fmt::format("{}: không mở được tệp / cannot open: {}", path, std::strerror(err)));
        }
        f.own = true;
    }
    f.stat_ok = ::fstat(f.fd, &f.st) == 0;
    if (!is_stdin && f.stat_ok && S_ISDIR(f.st.st_mode))
        throw InputError(fmt::format("{}: là thư mục, không phải tệp / is a directory", path));
}

// The whole of a file (or of stdin for "-"), read 256 KB at a time into a buffer that stays in
// the cache: each piece is checked there (`check`: well-formed UTF-8 without NUL, the first pass of
// decode_text) and appended to the text, reserved at the file's size (fstat) — no zero fill of
// the text, no second pass over it from memory. A pipe, a device or a file that grew is read to
// its end. Error messages as the former ifstream reader's.
std::string read_all(const std::string& path, const OpenFile& f, Utf8Check* check) {
    const bool is_stdin = path == "-";
    const int fd = f.fd;
    std::string data;
    if (f.regular() && f.st.st_size > 0) {
        const auto size = static_cast<std::size_t>(f.st.st_size);
        data.reserve(size);
    }
    constexpr std::size_t kPiece = std::size_t{1} << 18;
    const std::unique_ptr<char[]> piece(new char[kPiece]);
    for (;;) {
        const ssize_t r = ::read(fd, piece.get(), kPiece);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) {
            if (is_stdin) break;  // (as the stream reader: what was read)
            throw InputError(fmt::format("{}: lỗi khi đọc tệp / read error", path));
        }
        if (r == 0) break;
        if (check != nullptr) check_feed(*check, piece.get(), static_cast<std::size_t>(r));
        data.append(piece.get(), static_cast<std::size_t>(r));
    }
    return data;
}

// decode_text; `checked`: the bytes (all of them) are known to be well-formed UTF-8 without a NUL
// byte (read_all's check), or not known.
std::string decode(const std::string& path, std::string bytes, bool checked) {
    auto starts = [&](const char* p, std::size_t n) { return bytes.size() >= n && std::memcmp(bytes.data(), p, n) == 0; };
    if (starts("\xFF\xFE", 2)) return from_utf16(path, bytes, false);
    if (starts("\xFE\xFF", 2)) return from_utf16(path, bytes, true);
    std::size_t start = starts("\xEF\xBB\xBF", 3) ? 3 : 0;  // (a BOM is a whole sequence: what follows is checked too)
    // One pass where SSSE3 is there: well-formed UTF-8 without a NUL byte (the common case).
    // Otherwise the byte loops below find which, and where.
    if (!checked) {
        Utf8Check check = check_start();
        check_feed(check, bytes.data() + start, bytes.size() - start);
        checked = check_finish(check);
    }
    if (!checked) {
        // NUL bytes: UTF-16 without BOM (every other byte NUL) or a binary file.
        const std::size_t nul = bytes.find('\0', start);
        if (nul != std::string::npos) {
            std::size_t nuls = 0;
            const std::size_t probe = std::min<std::size_t>(bytes.size(), 4096);
            for (std::size_t i = 0; i < probe; ++i) nuls += bytes[i] == '\0';
            if (nuls * 3 >= probe && nuls * 2 <= probe + 1)
                throw InputError(fmt::format("{}: có vẻ là UTF-16 không có BOM; hãy lưu lại dưới dạng UTF-8 / looks like UTF-16 without a BOM; save it as UTF-8", path));
            throw InputError(fmt::format("{}: byte {}: tệp nhị phân (có byte NUL), không phải văn bản / binary file (NUL byte), not text", path, nul));
        }
    }
    // Validate UTF-8 strictly (no overlongs, no surrogates) with ICU's macros.
    const auto len = static_cast<std::int32_t>(std::min<std::size_t>(bytes.size(), INT32_MAX));
    if (bytes.size() > static_cast<std::size_t>(INT32_MAX))
        throw InputError(fmt::format("{}: tệp quá lớn (trên 2 GiB) / file too large (over 2 GiB)", path));
    std::int32_t i = checked ? len : static_cast<std::int32_t>(start);
    while (i < len) {
        // well-formed sequences as U8_NEXT takes them, ASCII eight bytes at a time
        i = static_cast<std::int32_t>(utf8_run_end(bytes.data(), static_cast<std::size_t>(i), static_cast<std::size_t>(len),
                                                   [](std::int32_t) { return true; }));
        if (i >= len) break;
        const std::int32_t at = i;
        UChar32 c;
        U8_NEXT(bytes.data(), i, len, c);
        if (c < 0) {
            auto [line, col] = line_col(bytes, static_cast<std::size_t>(at));
            throw InputError(fmt::format("{}:{}:{}: byte {}: UTF-8 không hợp lệ (0x{:02X}) / invalid UTF-8", path, line, col, at,
                                         static_cast<unsigned char>(bytes[static_cast<std::size_t>(at)])));
        }
    }
    if (start) bytes.erase(0, start);
    return bytes;
}

}  // namespace

std::string decode_text(const std::string& path, std::string bytes) { return decode(path, std::move(bytes), false); }

std::optional<bool> utf8_check_simd(const char* s, std::size_t n, int width) {
#ifdef RC_UTF8_SSSE3
    if ((width == 16 && __builtin_cpu_supports("ssse3")) || (width == 32 && __builtin_cpu_supports("avx2"))) {
        Utf8Check check = check_start(width);
        // in uneven pieces, as read_all feeds it
        for (std::size_t at = 0, k = 1; at < n; at += k, k = k * 3 % 101 + 1) check_feed(check, s + at, std::min(k, n - at));
        return check_finish(check);
    }
#endif
    (void)s, (void)n, (void)width;
    return std::nullopt;
}

bool is_supported_file(const std::string& path) {
    const std::string e = lower_ext(path);
    return e == ".txt" || e == ".md" || e == ".docx" || e == ".pdf";
}

DecodedInput read_input(const std::string& path) {
    DecodedInput d;
    d.path = path;
    const std::string e = lower_ext(path);
    // (a text's first pass is made as it is read; .docx and .pdf are not text)
    const bool text = !(e == ".docx" || e == ".pdf");
    Utf8Check check = check_start();
    OpenFile f;
    open_input(path, f);
    // (not stdin, even from a file: it may be a .docx or .pdf, and is read from where it stands)
    if (text && path != "-" && f.regular() && f.st.st_size >= static_cast<off_t>(kMapMin) && f.st.st_size <= INT32_MAX) {
        if (auto m = MappedFile::map(path, f.fd, static_cast<std::size_t>(f.st.st_size))) {
            const std::string_view bytes = m->bytes();
            check_feed(check, bytes.data(), bytes.size());
            const bool utf16 = bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF");
            if (check_finish(check) && !utf16) {  // well-formed UTF-8 without NUL: the text is the mapping's
                const std::size_t bom = bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0;
                d.format = "text";
                d.shared = SharedBytes{m, bytes.substr(bom), [m, bom, done = std::size_t{0}](std::size_t n) mutable {
                                           m->release(bom + done, bom + n);  // (from the last piece's end: each page once)
                                           done = n;
                                       }};
                return d;
            }
            // UTF-16, or something the check refused: decoded (and its error reported) as a read file's
            d.format = "text";
            d.utf8 = decode(path, std::string(bytes), false);
            return d;
        }
    }
    std::string bytes = read_all(path, f, text ? &check : nullptr);
    if (e == ".docx" || (path == "-" && bytes.starts_with("PK\x03\x04"))) {
        d.format = "docx";
        OfficeText o = docx_read(path, bytes);
        d.utf8 = std::move(o.text);
        d.line_labels = std::move(o.line_labels);
        for (auto& s : o.suppressions) d.suppressions.push_back({s.rule, s.first_line, s.last_line});
    } else if (e == ".pdf" || (path == "-" && bytes.starts_with("%PDF-"))) {
        d.format = "pdf";
        OfficeText o = pdf_read(path, bytes);
        d.utf8 = std::move(o.text);
        d.line_labels = std::move(o.line_labels);
    } else {
        d.format = "text";
        d.utf8 = decode(path, std::move(bytes), text && check_finish(check));
    }
    return d;
}

std::vector<std::string> expand_inputs(const std::vector<std::string>& args) {
    std::vector<std::string> out;
    for (const std::string& a : args) {
        if (a == "-") { out.push_back(a); continue; }
        std::error_code ec;
        const auto st = fs::status(a, ec);
        if (ec || !fs::exists(st)) throw InputError(fmt::format("{}: không có tệp hoặc thư mục này / no such file or directory", a));
        if (fs::is_directory(st)) {
            std::vector<std::string> found;
            for (auto it = fs::recursive_directory_iterator(a, fs::directory_options::skip_permission_denied, ec);
                 !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
                if (it->is_regular_file(ec) && is_supported_file(it->path().string())) found.push_back(it->path().string());
            }
            if (ec) throw InputError(fmt::format("{}: không đọc được thư mục / cannot read directory: {}", a, ec.message()));
            std::sort(found.begin(), found.end());
            out.insert(out.end(), found.begin(), found.end());
        } else {
            out.push_back(a);
        }
    }
    return out;
}

}  // namespace rc
