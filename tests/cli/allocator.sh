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
exit $fail
