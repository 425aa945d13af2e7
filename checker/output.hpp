#pragma once
#include <string>

namespace rc {

// Writes `content` to `path` atomically: a temporary file beside it, then
// rename, so an interrupted run never leaves half a report. Throws
// std::runtime_error with a message naming the path.
void write_file_atomically(const std::string& path, const std::string& content);

}  // namespace rc
