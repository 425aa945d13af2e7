#!/usr/bin/env bash
# The progress bar: on stderr when it is a terminal and the run lasts (RC_PROGRESS_DELAY_MS
# stands in for the one second), never when stderr is piped, never over a text report
# scrolling on the same terminal; erased at the end; words in the --lang language.
set -u
RC=$1
SRC=$2
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail=0
ok() { echo "ok: $1"; }
bad() { echo "FAIL: $1"; fail=1; }
# A terminal for stdout and stderr: util-linux `script` runs the command on a new pty.
on_tty() {  # on_tty LOG COMMAND (a shell string)
    script -qec "$2" "$1" >/dev/null 2>&1
}
if ! on_tty "$T/probe" "true"; then echo "FAIL: no pty (util-linux script)"; exit 1; fi
mkdir -p "$T/in"
for i in 1 2 3 4 5; do mkdir -p "$T/in/$i"; cp "$SRC"/tests/corpus/*.txt "$T/in/$i/"; done
n=$(find "$T/in" -name '*.txt' | wc -l)

# Many files, report to a file, stderr a terminal: the bar counts files and MB.
on_tty "$T/log1" "RC_PROGRESS_DELAY_MS=0 '$RC' --jobs 1 --fail-on never -o '$T/r.json' --format json '$T/in'"
tr '\r' '\n' < "$T/log1" > "$T/lines1"
grep -qE "^\[#*\.*\] [0-9]+/$n tệp · [0-9]+/[0-9]+ MB" "$T/lines1" && ok "bar with files and MB" || { bad "no bar: $(head -c 300 "$T/log1")"; }
grep -qE "^\[#*\.*\] [0-9]+/$n tệp" "$T/lines1" && ok "bar counts files" || bad "bar count"
# The last thing written on the terminal is the erasure (spaces, then a carriage return).
last=$(tr '\r' '\n' < "$T/log1" | grep -v '^Script' | grep -v '^$' | tail -1)
[ -z "$(echo "$last" | tr -d ' ')" ] && ok "bar erased at the end" || bad "bar left on screen: '$last'"
grep -q '"version": 1' "$T/r.json" && ok "report written" || bad "report missing"

# English words with --lang en.
on_tty "$T/log2" "RC_PROGRESS_DELAY_MS=0 '$RC' --lang en --jobs 1 --fail-on never -o '$T/r2.json' --format json '$T/in'"
tr '\r' '\n' < "$T/log2" | grep -qE "^\[#*\.*\] [0-9]+/$n files" && ok "--lang en: files" || bad "--lang en bar"

# The default delay: a quick run on a terminal shows nothing.
on_tty "$T/log3" "'$RC' --jobs 1 --fail-on never -o '$T/r3.txt' '$SRC/tests/corpus/01-ubnd-quy-2023-q1-word.txt'"
grep -qE '\[[#.]{30}\]' "$T/log3" && bad "bar on a quick run" || ok "no bar on a run shorter than a second"

# Text report on the same terminal: no bar over it.
on_tty "$T/log4" "RC_PROGRESS_DELAY_MS=0 '$RC' --jobs 1 --fail-on never '$T/in'"
grep -qE '\[[#.]{30}\]' "$T/log4" && bad "bar drawn over the text report" || ok "no bar while the report scrolls on the terminal"

# stderr piped: nothing but the report.
RC_PROGRESS_DELAY_MS=0 "$RC" --jobs 1 --fail-on never -o "$T/r5.json" --format json "$T/in" 2>"$T/err5" >/dev/null
[ -s "$T/err5" ] && bad "stderr piped got: $(head -c 200 "$T/err5")" || ok "nothing on a piped stderr"
exit $fail
