#!/usr/bin/env bash
# Validates SARIF output against the SARIF 2.1.0 JSON schema (tests/data/reports/
# sarif-schema-2.1.0.json) with python3-jsonschema: the hand-built fixture (all fields used:
# related locations, notifications for unreadable files), and the CLI's output on a small report.
# $1 = reportcheck binary, $2 = source dir.
set -uo pipefail
bin="$1"; src="$2"
unit="$(dirname "$bin")/tests/reports_test"
schema="$src/tests/data/reports/sarif-schema-2.1.0.json"
fail() { echo "FAIL: $*" >&2; exit 1; }
python3 -c 'import jsonschema' 2>/dev/null || fail "python3-jsonschema missing (scripts/deps.sh --browser)"
[ -x "$unit" ] || fail "missing $unit"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

validate() {
  python3 - "$schema" "$1" <<'PY'
import json, sys, jsonschema
schema = json.load(open(sys.argv[1], encoding="utf-8"))
doc = json.load(open(sys.argv[2], encoding="utf-8"))
v = jsonschema.Draft7Validator(schema)
errors = sorted(v.iter_errors(doc), key=lambda e: list(e.absolute_path))
for e in errors[:10]:
    print("  at /" + "/".join(map(str, e.absolute_path)) + ": " + e.message, file=sys.stderr)
sys.exit(1 if errors else 0)
PY
}

RC_SARIF_OUT="$tmp/fixture.sarif" "$unit" --run_test=sarif_golden >/dev/null 2>&1 || fail "reports_test sarif_golden failed"
validate "$tmp/fixture.sarif" || fail "fixture SARIF is not valid SARIF 2.1.0"

# The validator must reject a broken log (so this test can fail).
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); d["runs"][0]["results"][0]["level"]="fatal"; json.dump(d,open(sys.argv[2],"w"))' \
  "$tmp/fixture.sarif" "$tmp/broken.sarif"
if validate "$tmp/broken.sarif" 2>/dev/null; then fail "validator accepted an invalid level"; fi

# The CLI's SARIF on a small report (whatever the rules find).
printf 'BÁO CÁO\nTổng số hộ là 120 hộ, gồm 50 hộ nông nghiệp và 60 hộ phi nông nghiệp.\nTỷ lệ đạt 45,5%%.\n' >"$tmp/bao cáo.txt"
"$bin" --format sarif "$tmp/bao cáo.txt" >"$tmp/cli.sarif" 2>"$tmp/cli.err"
[ -s "$tmp/cli.sarif" ] || { cat "$tmp/cli.err" >&2; fail "no SARIF from the CLI"; }
validate "$tmp/cli.sarif" || fail "CLI SARIF is not valid SARIF 2.1.0"
grep -q '"columnKind": "unicodeCodePoints"' "$tmp/cli.sarif" || fail "columnKind missing"
echo "sarif_schema: ok"
