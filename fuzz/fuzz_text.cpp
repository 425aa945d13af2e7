// libFuzzer target: the whole text pipeline — decode → grammar → rules → every renderer.
#include <cstdint>

#include "fuzz/fuzz_entry.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    rc::fuzz::text_one(std::string(reinterpret_cast<const char*>(data), size));
    return 0;
}
