#!/usr/bin/env bash
# Every CLI exit code: 0 clean, 1 findings at or above --fail-on, 2 usage/input error.
set -u
RC=$1
SRC=$2
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail=0
expect() {  # expect CODE DESCRIPTION -- command...
    local want=$1 what=$2; shift 3
    "$@" >"$T/out" 2>"$T/err"; local got=$?
    if [ "$got" -ne "$want" ]; then
        echo "FAIL: $what: exit $got, expected $want"; sed 's/^/  out: /' "$T/out" | head -5; sed 's/^/  err: /' "$T/err" | head -5; fail=1
    else
        echo "ok: $what"
    fi
}
contains() {  # contains FILE TEXT DESCRIPTION
    if grep -qF -- "$2" "$1"; then echo "ok: $3"; else echo "FAIL: $3: '$2' not in $1"; sed 's/^/  /' "$1" | head -5; fail=1; fi
}

printf 'Năm 2024, toàn phường có 120 hộ nghèo.\n' > "$T/clean.txt"
printf '' > "$T/empty.txt"
printf 'tăng \xff 5%%\n' > "$T/bad.txt"
printf 'PK\003\004\000\000binary' > "$T/bin.txt"

expect 0 "clean file" -- "$RC" "$T/clean.txt"
expect 0 "empty file" -- "$RC" "$T/empty.txt"
expect 0 "--version" -- "$RC" --version
contains "$T/out" "reportcheck " "--version prints the version"
expect 0 "--help" -- "$RC" --help
contains "$T/out" "Cách dùng / Usage" "--help is Vietnamese with English"
expect 0 "--list-rules" -- "$RC" --list-rules
expect 2 "no input" -- "$RC"
expect 2 "unknown option" -- "$RC" --frobnicate "$T/clean.txt"
expect 2 "bad --format" -- "$RC" --format xml "$T/clean.txt"
expect 2 "bad --lang" -- "$RC" --lang fr "$T/clean.txt"
expect 2 "bad --fail-on" -- "$RC" --fail-on sometimes "$T/clean.txt"
expect 2 "missing file" -- "$RC" "$T/nope.txt"
contains "$T/err" "nope.txt" "missing file is named"
expect 2 "invalid UTF-8" -- "$RC" "$T/bad.txt"
contains "$T/err" "bad.txt:1:6: byte 6" "invalid UTF-8 names file, line, column and byte"
expect 2 "binary file" -- "$RC" "$T/bin.txt"
# An input error does not stop the other files from being checked.
expect 2 "bad + good file" -- "$RC" --format json "$T/bad.txt" "$T/clean.txt"
contains "$T/out" "\"path\": \"$T/clean.txt\"" "the good file is still reported"
# Directories are walked for supported files.
mkdir -p "$T/dir/sub"; cp "$T/clean.txt" "$T/dir/sub/a.txt"; printf 'x' > "$T/dir/ignored.bin"
expect 0 "directory" -- "$RC" --format json "$T/dir"
contains "$T/out" "sub/a.txt" "directory walked"
expect 2 "directory with no supported files" -- "$RC" "$T/dir/sub/../../dir/sub/nonexistent"
# stdin
expect 0 "stdin" -- bash -c "printf 'Có 12 hộ.\n' | '$RC' -"
# Output to a file, atomically; an unwritable path is an error.
expect 0 "-o file" -- "$RC" --format json -o "$T/report.json" "$T/clean.txt"
contains "$T/report.json" "\"version\": 1" "report written"
expect 2 "-o unwritable" -- "$RC" -o "$T/no/such/dir/r.json" "$T/clean.txt"
# -o to a FIFO or a device (/dev/null, /dev/stdout) is written through, never replaced by a
# renamed file (as root that once turned /dev/null into a regular file).
mkfifo "$T/pipe"
( timeout 20 cat "$T/pipe" > "$T/from-pipe" ) &
reader=$!
expect 0 "-o FIFO" -- timeout 20 "$RC" --format json -o "$T/pipe" "$T/clean.txt"
wait "$reader"
[ -p "$T/pipe" ] && echo "ok: -o FIFO: still a FIFO" || { echo "FAIL: -o FIFO: the FIFO was replaced"; fail=1; }
contains "$T/from-pipe" "\"version\": 1" "-o FIFO: the report went through it"
# A symbolic link is followed: its target gets the report, the link stays a link.
printf 'old' > "$T/target.json"; ln -s target.json "$T/link.json"
expect 0 "-o symlink" -- "$RC" --format json -o "$T/link.json" "$T/clean.txt"
[ -L "$T/link.json" ] && echo "ok: -o symlink: still a link" || { echo "FAIL: -o symlink: the link was replaced"; fail=1; }
contains "$T/target.json" "\"version\": 1" "-o symlink: the target holds the report"
mkdir -p "$T/outdir"
expect 2 "-o directory" -- "$RC" -o "$T/outdir" "$T/clean.txt"
contains "$T/err" "outdir" "-o directory: the path is named"
# Bad config file.
printf '[check]\ntolerance = sloppy\n' > "$T/bad.ini"
expect 2 "bad --config" -- "$RC" --config "$T/bad.ini" "$T/clean.txt"
contains "$T/err" "bad.ini" "config error names the file"
# The checker never writes next to its inputs.
before=$(ls -A "$T" | sort | tr '\n' ' ')
"$RC" "$T/clean.txt" >/dev/null 2>&1
after=$(ls -A "$T" | sort | tr '\n' ' ')
[ "$before" = "$after" ] && echo "ok: nothing written beside the input" || { echo "FAIL: files appeared: $after"; fail=1; }

# Findings: the bundled example has errors -> 1; --fail-on never -> 0.
if [ -f "$SRC/examples/bao-cao-kt-xh-quy-iii-2024.txt" ] && [ "$("$RC" --list-rules | wc -l)" -gt 0 ]; then
    expect 1 "example has errors" -- "$RC" "$SRC/examples/bao-cao-kt-xh-quy-iii-2024.txt"
    expect 0 "--fail-on never" -- "$RC" --fail-on never "$SRC/examples/bao-cao-kt-xh-quy-iii-2024.txt"
fi
exit $fail
