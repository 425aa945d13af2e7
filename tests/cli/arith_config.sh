#!/usr/bin/env bash
# reportcheck.ini beside the file and --config change what the arithmetic rules report.
set -u
bin=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
printf 'Kết nạp 97/103 đảng viên mới, đạt 94,1%%.\n' > "$dir/a.txt"
out=$("$bin" "$dir/a.txt"); rc=$?
[ $rc -eq 0 ] || { echo "rounding is a warning, exit must be 0, got $rc"; exit 1; }
grep -q '\[rounding\]' <<<"$out" || { echo "expected a rounding warning"; echo "$out"; exit 1; }
"$bin" --fail-on warning "$dir/a.txt" >/dev/null; [ $? -eq 1 ] || { echo "--fail-on warning must exit 1"; exit 1; }
printf '[check]\ntolerance = truncate\n' > "$dir/reportcheck.ini"
out=$("$bin" "$dir/a.txt")
grep -q '\[rounding\]' <<<"$out" && { echo "tolerance = truncate must silence rounding"; exit 1; }
printf '[check]\ntolerance = sometimes\n' > "$dir/bad.ini"
"$bin" --config "$dir/bad.ini" "$dir/a.txt" >/dev/null 2>"$dir/err"; [ $? -eq 2 ] || { echo "bad config must exit 2"; exit 1; }
grep -q 'tolerance = sometimes' "$dir/err" || { echo "error must name the option"; cat "$dir/err"; exit 1; }
printf 'Kết nạp 57/457 đảng viên mới, đạt 12,46%%.\n' > "$dir/b.txt"
rm "$dir/reportcheck.ini"
"$bin" --write-baseline "$dir/bl.txt" "$dir/b.txt" >/dev/null
"$bin" --baseline "$dir/bl.txt" "$dir/b.txt" >/dev/null; [ $? -eq 0 ] || { echo "baselined finding must not fail"; exit 1; }
# Refreshing the baseline keeps what it already accepted and adds new findings.
printf 'Kết nạp 57/457 đảng viên mới, đạt 12,46%%.\nKết nạp 30/120 đoàn viên, đạt 35%%.\n' > "$dir/b.txt"
"$bin" --baseline "$dir/bl.txt" --write-baseline "$dir/bl2.txt" "$dir/b.txt" >/dev/null
[ "$(grep -vc '^#' "$dir/bl2.txt")" = 2 ] || { echo "refreshed baseline must hold 2 fingerprints"; cat "$dir/bl2.txt"; exit 1; }
grep -q "$(grep -v '^#' "$dir/bl.txt" | cut -f1)" "$dir/bl2.txt" || { echo "accepted fingerprint lost"; exit 1; }
"$bin" --baseline "$dir/bl2.txt" "$dir/b.txt" >/dev/null; [ $? -eq 0 ] || { echo "refreshed baseline must accept both"; exit 1; }
# The text report leaves fingerprints out (RuleConfig::fingerprints); JSON and SARIF show them, the baseline's.
[ "$(grep -v '^#' "$dir/bl2.txt" | cut -f1 | grep -cx '[0-9a-f]\{16\}')" = 2 ] || { echo "baseline fingerprints must be 16 hex digits"; cat "$dir/bl2.txt"; exit 1; }
fp=$(grep -v '^#' "$dir/bl2.txt" | head -1 | cut -f1)
"$bin" --format json "$dir/b.txt" | grep -q "\"fingerprint\": \"$fp\"" || { echo "JSON must show the fingerprint $fp"; exit 1; }
"$bin" --format sarif "$dir/b.txt" | grep -q "\"reportcheck/v1\": \"$fp\"" || { echo "SARIF must show the fingerprint $fp"; exit 1; }
echo ok
