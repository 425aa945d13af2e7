#!/usr/bin/env bash
# Profile-guided build (gcc), run by `make build`:
#   1. BUILD-pgo-gen: an instrumented reportcheck (RC_PGO=GEN);
#   2. it checks the training texts — tests/corpus and examples one by one, and one text of
#      about 3 MB made of them, so that the sectioned path of a large file is trained too —
#      writing its profiles to BUILD-pgo-gen/profiles;
#   3. BUILD is configured with RC_PGO=USE; `make` then builds it with those profiles.
# Usage: scripts/pgo.sh BUILD JOBS
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
build=$(realpath -m "${1:?build directory}")
jobs=${2:-2}
gen=$build-pgo-gen
data=$gen/profiles

cmake -S "$src" -B "$gen" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF -DRC_PGO=GEN -DRC_PGO_DATA="$data" >/dev/null
cmake --build "$gen" -j "$jobs" --target reportcheck

rm -rf "$data"
train=("$src"/tests/corpus/*.txt "$src"/examples/*.txt)
large=$gen/train-large.txt
: > "$large"
while [ "$(stat -c %s "$large")" -lt 3000000 ]; do for f in "${train[@]}"; do cat "$f"; printf '\n\n'; done >> "$large"; done  # (blank lines between: the cuts the sectioned path takes exactly)
rc=$gen/reportcheck
# Exit code 1 means findings; 2 or more is a failure of the run itself.
run() { "$@" > /dev/null || [ $? -eq 1 ] || { echo "pgo.sh: training run failed: $*" >&2; exit 2; }; }
run "$rc" --jobs 1 --color never "${train[@]}"
run "$rc" --jobs 1 --color never "$large"
run "$rc" --jobs 1 --format json "${train[@]}"
run "$rc" --jobs 1 --format sarif "${train[@]}"
run "$rc" --jobs 1 --format html "$src"/examples/*.txt
rm -f "$large"
[ -n "$(find "$data" -name '*.gcda' -print -quit)" ] || { echo "pgo.sh: no profiles written in $data" >&2; exit 2; }

cmake -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=Release -DRC_PGO=USE -DRC_PGO_DATA="$data" >/dev/null
