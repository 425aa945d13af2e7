#pragma once
#include <iosfwd>

namespace rc {

// The whole command line: returns the exit code (0 clean, 1 findings at or
// above --fail-on, 2 usage or input error). Never throws.
int run_cli(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

}  // namespace rc
