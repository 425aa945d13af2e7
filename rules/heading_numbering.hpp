// What heading-sequence reads of a block besides the headings (also the pipeline's, which keeps
// such blocks for that rule when it gathers the structure of a sectioned text).
#pragma once
#include <string_view>

namespace rc {

// A block that opens a numbering of its own: an appendix ("PHỤ LỤC I", "Phụ lục 02") or a lettered
// part above the Roman headings ("A. KẾT QUẢ THỰC HIỆN NĂM 2023"); the headings under it start again.
bool opens_numbering(std::string_view block_text);

}  // namespace rc
