// The allocator's options, set before anything allocates (linked into the reportcheck executable
// with mimalloc only: see CMakeLists.txt, RC_MIMALLOC).
//
// Large OS pages: mimalloc takes its memory from the system in segments of 32 MiB (one holds all of
// a run over big-10M). Advised to transparent huge pages (what `MIMALLOC_LARGE_OS_PAGES=1` does),
// a segment is made 2 MiB at a time, one page fault each, instead of 4 KiB at a time: big-10M's
// 5 400 page faults fall to 640 (bench/README.md, "io4"). Where the kernel has no transparent
// huge pages (or the advice is refused), it is made as before.
//
// Set from .preinit_array, not main() nor a constructor: the first allocation (libstdc++'s
// exception pool, in its own constructor) makes the first segment, and a segment keeps the pages
// it was made with. mimalloc reads each option from its environment variable once, when it is
// first asked, unless it was set before: the user's own MIMALLOC_LARGE_OS_PAGES is left to decide.
#include <cstring>

#include <mimalloc.h>

namespace {

void set_allocator_options(int, char**, char** envp) {
    for (char** e = envp; e && *e; ++e)
        if (std::strncmp(*e, "MIMALLOC_LARGE_OS_PAGES=", 24) == 0) return;
    mi_option_set(mi_option_large_os_pages, 1);
}

}  // namespace

// (run by the dynamic loader before any library's constructor, with main's arguments)
[[gnu::section(".preinit_array"), gnu::used]] static void (*const preinit_allocator)(int, char**, char**) = set_allocator_options;
