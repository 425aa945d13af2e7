// libFuzzer target: the .docx reader (zip + XML) and the pipeline behind it.
#include <cstdint>

#include "fuzz/fuzz_entry.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    rc::fuzz::docx_one(std::string(reinterpret_cast<const char*>(data), size));
    return 0;
}
