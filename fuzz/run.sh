#!/usr/bin/env bash
# Runs each fuzz target for a bounded time: fuzz/run.sh BUILD_DIR SECONDS
# Seeds come from the project's own fixtures; new inputs go to a temporary
# corpus (the repository is never written, except that a crashing input is
# copied to fuzz/regressions/<target>/ so it becomes a regression test).
set -uo pipefail
build=$1
secs=${2:-60}
src=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
run() {
    local target=$1; shift
    mkdir -p "$work/$target/corpus" "$work/$target/seeds"
    for s in "$@"; do [ -e "$s" ] && cp -r "$s"/. "$work/$target/seeds/" 2>/dev/null || true; done
    echo "== $target: ${secs}s"
    "$build/fuzz_$target" "$work/$target/corpus" "$work/$target/seeds" \
        -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -artifact_prefix="$work/$target/" -print_final_stats=1 2>"$work/$target.log"
    local rc=$?
    grep -E '^stat::number_of_executed_units|^#[0-9]+.*DONE' "$work/$target.log" | tail -2
    if [ $rc -ne 0 ]; then
        status=1
        tail -40 "$work/$target.log"
        mkdir -p "$src/fuzz/regressions/$target"
        for a in "$work/$target"/crash-* "$work/$target"/timeout-* "$work/$target"/oom-* "$work/$target"/leak-*; do
            [ -f "$a" ] || continue
            cp "$a" "$src/fuzz/regressions/$target/"
            echo "fuzz: $target failed; input saved as fuzz/regressions/$target/$(basename "$a")"
        done
    fi
}
mkdir -p "$work/text-seeds" "$work/docx-seeds"
find "$src/examples" "$src/tests/corpus" "$src/tests/data" -name '*.txt' -size -64k -exec cp {} "$work/text-seeds/" \; 2>/dev/null
"$src/fuzz/make_docx_seed.sh" "$work/docx-seeds/seed.docx"
run text "$work/text-seeds" "$src/fuzz/regressions/text"
run docx "$work/docx-seeds" "$src/fuzz/regressions/docx"
exit $status
