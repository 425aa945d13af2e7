// The allocator's options, set before anything allocates (linked into the reportcheck executable
// with mimalloc only: see CMakeLists.txt, RC_MIMALLOC).
//
// Large OS pages for the first segment: mimalloc takes its memory from the system in segments of
// 32 MiB, and the first one holds all of a run over a text of ~10 MB. Advised to transparent huge
// pages (what `MIMALLOC_LARGE_OS_PAGES=1` does), it is made 2 MiB at a time, a page fault each,
// instead of 4 KiB at a time: big-10M's 5 540 page faults fall to 646 and its run from ~127 to
// ~115 ms (bench/README.md, "io4"). The segments after it (a 100 MB text keeps ~60 MB of findings)
// are made in 4 KiB pages as before: with every segment in 2 MiB pages big-100M's time spread over
// 0.85-1.20 s on this machine, and earlier sessions saw the kernel stall compacting memory for
// them. Where the kernel has no transparent huge pages (or refuses the advice), nothing changes.
//
// Set from .preinit_array, not main() nor a constructor: the first allocation (libstdc++'s
// exception pool, in its own constructor) makes the first segment, and a segment keeps the pages
// it was made with. Unset again by this executable's constructor, which runs after every shared
// library's, once it has made sure the first segment exists: it allocates a block of its own, kept
// to the end. (With libstdc++ linked statically (RC_STATIC_DEPS), the exception pool's constructor
// is one of this executable's own and may run after this one: unset before any allocation, the
// first segment came in 4 KiB pages and big-10M's page faults went from 647 to 5 162.)
// mimalloc reads each option from its environment variable once, when it is first asked, unless
// it was set before: a user's own MIMALLOC_LARGE_OS_PAGES is left to decide alone.
#include <strings.h>

#include <mimalloc.h>

namespace {

bool g_first_segment = false;  // the option was set here, for the first segment only
void* volatile g_in_the_first_segment = nullptr;  // never freed: the first segment stays

void large_pages_from_the_start(int, char**, char** envp) {
    for (char** e = envp; e && *e; ++e)  // (mimalloc reads its variables' names in any case)
        if (::strncasecmp(*e, "MIMALLOC_LARGE_OS_PAGES=", 24) == 0) return;
    mi_option_set(mi_option_large_os_pages, 1);
    g_first_segment = true;
}

[[gnu::constructor]] void small_pages_after_the_first_segment() {
    if (!g_first_segment) return;
    g_in_the_first_segment = mi_malloc(1);
    mi_option_set(mi_option_large_os_pages, 0);
}

}  // namespace

// (run by the dynamic loader before any library's constructor, with main's arguments)
[[gnu::section(".preinit_array"), gnu::used]] static void (*const preinit_allocator)(int, char**, char**) =
    large_pages_from_the_start;
