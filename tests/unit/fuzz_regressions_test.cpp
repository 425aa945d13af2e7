// Every input a fuzzer ever crashed on (fuzz/regressions/<target>/*) runs
// through the same entry points as the fuzzers, in the ordinary (and the
// sanitizer) test build.
#define BOOST_TEST_MODULE fuzz_regressions
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "fuzz/fuzz_entry.hpp"
#include "rc_version.hpp"

namespace fs = std::filesystem;

namespace {
std::size_t run_dir(const char* sub, void (*one)(const std::string&)) {
    std::size_t n = 0;
    const fs::path dir = fs::path(RC_SOURCE_DIR) / "fuzz" / "regressions" / sub;
    if (!fs::exists(dir)) return 0;
    for (const auto& e : fs::directory_iterator(dir)) {
        if (!e.is_regular_file() || e.path().filename() == ".gitkeep") continue;
        std::ifstream in(e.path(), std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        BOOST_TEST_CHECKPOINT(e.path().string());
        one(bytes);
        ++n;
    }
    return n;
}
}  // namespace

BOOST_AUTO_TEST_CASE(text_regressions) {
    const std::size_t n = run_dir("text", rc::fuzz::text_one);
    BOOST_TEST_MESSAGE(n << " text regression inputs");
    BOOST_TEST(n >= 1u);
}

BOOST_AUTO_TEST_CASE(docx_regressions) {
    const std::size_t n = run_dir("docx", rc::fuzz::docx_one);
    BOOST_TEST_MESSAGE(n << " docx regression inputs");
}
