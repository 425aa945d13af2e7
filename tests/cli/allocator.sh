#!/usr/bin/env bash
# The allocator's options (checker/allocator.cpp): mimalloc's large OS pages are on from the
# process's start, before the first allocation (for its first segment; the executable's constructor
# turns them off again, which mimalloc does not print and this does not check), unless the user's
# MIMALLOC_LARGE_OS_PAGES says otherwise; either way the report is the same.
set -u
RC=$1
SRC=$2
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail=0
ok() { echo "ok: $1"; }
bad() { echo "FAIL: $1"; fail=1; }
if ! ldd "$RC" | grep -q libmimalloc; then
    echo "ok: not linked with mimalloc (a sanitizer or -DRC_MIMALLOC=OFF build): nothing to check"
    exit 0
fi
# (mimalloc prints each option's value at its start with MIMALLOC_VERBOSE=1)
MIMALLOC_VERBOSE=1 "$RC" --version > /dev/null 2> "$T/on"
grep -q "option 'large_os_pages': 1" "$T/on" && ok "large OS pages on by default" || bad "large OS pages not on: $(grep large_os "$T/on")"
MIMALLOC_VERBOSE=1 MIMALLOC_LARGE_OS_PAGES=0 "$RC" --version > /dev/null 2> "$T/off"
grep -q "option 'large_os_pages': 0" "$T/off" && ok "the user's MIMALLOC_LARGE_OS_PAGES=0 is kept" || bad "user's setting overridden: $(grep large_os "$T/off")"
MIMALLOC_VERBOSE=1 mimalloc_large_os_pages=0 "$RC" --version > /dev/null 2> "$T/lower"
grep -q "option 'large_os_pages': 0" "$T/lower" && ok "and written in lower case (mimalloc reads it so)" || bad "lower-case setting overridden: $(grep large_os "$T/lower")"
# The first segment is made with the option set: a run over a text that needs some memory makes
# the same report either way, and with the option on mimalloc advises its segment (a 1 MB text
# sectioned: past kWholeDocumentLimit).
for i in 1 2 3; do cat "$SRC"/tests/corpus/*.txt; done > "$T/big.txt"
"$RC" --jobs 1 --fail-on never --format json "$T/big.txt" > "$T/a.json" 2>&1
MIMALLOC_LARGE_OS_PAGES=0 "$RC" --jobs 1 --fail-on never --format json "$T/big.txt" > "$T/b.json" 2>&1
cmp -s "$T/a.json" "$T/b.json" && ok "the same report with and without large OS pages" || bad "reports differ"
[ -s "$T/a.json" ] && grep -q '"findings"' "$T/a.json" && ok "report written" || bad "no report"

# ... and the first segment is made in 2 MiB pages: the run takes far fewer page faults than with
# the option off (~520 against ~2 500 here). Measured where the kernel gives huge pages on advice
# only ([madvise]: with [always] both runs get them, with [never] neither), and not judged if the
# kernel fell back to small pages meanwhile (thp_fault_fallback, memory too fragmented). This is
# what caught libstdc++'s exception pool, linked statically, allocating after the option was unset.
faults() {  # minor page faults of one run: faults ENV...
    python3 - "$RC" "$T/big.txt" "$@" <<'PY'
import os, sys
env = dict(os.environ, **dict(a.split("=", 1) for a in sys.argv[3:]))
null = os.open(os.devnull, os.O_WRONLY)  # (posix_spawn: no forked copy of Python adds its faults)
pid = os.posix_spawn(sys.argv[1], [sys.argv[1], "--jobs", "1", "--fail-on", "never", sys.argv[2]], env,
                     file_actions=[(os.POSIX_SPAWN_DUP2, null, 1)])
_, status, usage = os.wait4(pid, 0)
sys.exit(1) if os.waitstatus_to_exitcode(status) else print(usage.ru_minflt)
PY
}
fallbacks() { awk '$1 == "thp_fault_fallback" {print $2}' /proc/vmstat; }
if grep -q '\[madvise\]' /sys/kernel/mm/transparent_hugepage/enabled 2> /dev/null; then
    f0=$(fallbacks)
    on=$(faults) && off=$(faults MIMALLOC_LARGE_OS_PAGES=0)
    if [ "$(fallbacks)" != "$f0" ]; then
        ok "the kernel fell back to small pages during the runs: faults ($on, $off) not judged"
    elif [ "$on" -lt $((off * 2 / 3)) ]; then
        ok "first segment in large pages: $on page faults, $off without"
    else
        bad "first segment not in large pages: $on page faults, $off without"
    fi
else
    ok "transparent huge pages not on advice here: the page faults not compared"
fi
exit $fail
