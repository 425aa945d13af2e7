#!/usr/bin/env bash
# Reports are written file by file (issue 10): the output of a run over many files,
# --jobs 2, is in input order and the same as what one-file-at-a-time runs give, in every
# format; the documents stay valid (JSON, SARIF 2.1.0 schema, JUnit XML, the HTML's
# embedded data); and peak memory does not grow with the number of files.
# $1 = reportcheck binary, $2 = source dir.
set -uo pipefail
bin="$1"; src="$2"
schema="$src/tests/data/reports/sarif-schema-2.1.0.json"
fail() { echo "FAIL: $*" >&2; exit 1; }
python3 -c 'import jsonschema' 2>/dev/null || fail "python3-jsonschema missing (scripts/deps.sh --browser)"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# make_dir DIR N: N small reports, copies of the annotated corpus (findings in most),
# under names that sort in a known order, and one file that cannot be read.
make_dir() {
    mkdir -p "$1"
    local files=("$src"/tests/corpus/*.txt) i
    for ((i = 0; i < $2; i++)); do cp "${files[i % ${#files[@]}]}" "$(printf '%s/r%05d.txt' "$1" "$i")"; done
    printf 'Tổng số 12 hộ \xff\n' >"$1/r00003x.txt"  # invalid UTF-8: an input error, in the middle
}
make_dir "$tmp/few" 24
mapfile -t files < <(find "$tmp/few" -name '*.txt' | LC_ALL=C sort)

for fmt in text json sarif junit html; do
    "$bin" --jobs 1 --fail-on never --format "$fmt" "$tmp/few" >"$tmp/j1.$fmt" 2>/dev/null
    [ $? = 2 ] || fail "$fmt: the unreadable file must give exit 2"
    "$bin" --jobs 2 --fail-on never --format "$fmt" "$tmp/few" >"$tmp/j2.$fmt" 2>/dev/null
    cmp -s "$tmp/j1.$fmt" "$tmp/j2.$fmt" || fail "$fmt: --jobs 2 differs from --jobs 1"
    "$bin" --jobs 2 --fail-on never --format "$fmt" -o "$tmp/o.$fmt" "$tmp/few" 2>/dev/null
    cmp -s "$tmp/j1.$fmt" "$tmp/o.$fmt" || fail "$fmt: -o differs from stdout"
    for f in "${files[@]}"; do
        "$bin" --jobs 1 --fail-on never --format "$fmt" "$f" >"$tmp/one-$(basename "$f").$fmt" 2>/dev/null
    done
done

# Text: the per-file outputs, summary lines dropped, concatenated in input order.
for f in "${files[@]}"; do sed '$d' "$tmp/one-$(basename "$f").text"; done >"$tmp/concat.text"
sed '$d' "$tmp/j2.text" | cmp -s - "$tmp/concat.text" || fail "text: not the per-file outputs in input order"
tail -1 "$tmp/j2.text" | grep -q '^25 tệp, .*; 1 tệp không kiểm tra được$' || fail "text: summary line: $(tail -1 "$tmp/j2.text")"

# JSON, SARIF, JUnit, HTML: each file's part equals its one-file run, in order; totals add up.
python3 - "$tmp" "$schema" "${files[@]}" <<'PY' || fail "structured formats (see above)"
import html.parser, json, os, sys, xml.etree.ElementTree as ET
import jsonschema
tmp, schema, files = sys.argv[1], sys.argv[2], sys.argv[3:]
one = lambda f, ext: os.path.join(tmp, "one-" + os.path.basename(f) + "." + ext)
bad = []
def check(cond, what):
    if not cond:
        bad.append(what)

# JSON
run = json.load(open(os.path.join(tmp, "j2.json"), encoding="utf-8"))
singles = [json.load(open(one(f, "json"), encoding="utf-8")) for f in files]
check([x["path"] for x in run["files"]] == files, "json: files not in input order")
check(run["files"] == [s["files"][0] for s in singles], "json: a file's object differs from its one-file run")
for k in run["summary"]:
    check(run["summary"][k] == sum(s["summary"][k] for s in singles), "json: summary." + k)

# SARIF: valid, and each file's results (index aside) equal its one-file run's.
sarif = json.load(open(os.path.join(tmp, "j2.sarif"), encoding="utf-8"))
errors = list(jsonschema.Draft7Validator(json.load(open(schema, encoding="utf-8"))).iter_errors(sarif))
check(not errors, "sarif: not valid SARIF 2.1.0: " + "; ".join(e.message for e in errors[:3]))
r = sarif["runs"][0]
check([a["location"]["uri"] for a in r["artifacts"]] == [s["runs"][0]["artifacts"][0]["location"]["uri"]
      for s in (json.load(open(one(f, "sarif"), encoding="utf-8")) for f in files)], "sarif: artifacts")
def strip(res):
    res = json.loads(json.dumps(res))
    for loc in res["locations"] + res.get("relatedLocations", []):
        loc["physicalLocation"]["artifactLocation"].pop("index")
    return res
want = []
for i, f in enumerate(files):
    s = json.load(open(one(f, "sarif"), encoding="utf-8"))["runs"][0]
    want += [strip(x) for x in s["results"]]
check([strip(x) for x in r["results"]] == want, "sarif: results differ from the one-file runs, in order")
indexes = [x["locations"][0]["physicalLocation"]["artifactLocation"]["index"] for x in r["results"]]
check(indexes == sorted(indexes), "sarif: results not in input order")
notes = r["invocations"][0]["toolExecutionNotifications"]
check(len(notes) == 1 and not r["invocations"][0]["executionSuccessful"], "sarif: one notification for the unreadable file")

# JUnit: the suites are the one-file runs' suites, in order; totals are their sums.
suites = ET.parse(os.path.join(tmp, "j2.junit")).getroot()
ones = [ET.parse(one(f, "junit")).getroot() for f in files]
for e in list(suites) + [o[0] for o in ones]:
    e.tail = None
check([ET.tostring(s) for s in suites] == [ET.tostring(o[0]) for o in ones], "junit: suites differ from the one-file runs")
for a in ("tests", "failures", "errors"):
    check(int(suites.get(a)) == sum(int(o.get(a)) for o in ones), "junit: testsuites " + a)

# HTML: the embedded data lists every file, as in its one-file run.
class Data(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.on = False; self.text = ""
    def handle_starttag(self, tag, attrs):
        self.on = tag == "script" and ("id", "rc-data") in attrs
    def handle_endtag(self, tag):
        self.on = False
    def handle_data(self, d):
        if self.on: self.text += d
def data(path):
    p = Data(); p.feed(open(path, encoding="utf-8").read()); return json.loads(p.text)
h = data(os.path.join(tmp, "j2.html"))
check([x["path"] for x in h["files"]] == files, "html: files not in input order")
check(h["files"] == [data(one(f, "html"))["files"][0] for f in files], "html: a file's data differs from its one-file run")
page = open(os.path.join(tmp, "j2.html"), encoding="utf-8").read()
check(all(page.count('id="file-%d"' % i) == 1 for i in range(len(files))), "html: a section per file")
for b in bad:
    print("  " + b, file=sys.stderr)
sys.exit(1 if bad else 0)
PY

# Memory: 10× more files must not need more memory (the optimised build only).
if [ "${RC_SANITIZE:-0}" != 1 ]; then
    make_dir "$tmp/small" 200
    make_dir "$tmp/large" 2000
    for fmt in text html; do
        for d in small large; do
            /usr/bin/time -f '%M' -o "$tmp/rss-$d" "$bin" --jobs 2 --fail-on never --format "$fmt" -o "$tmp/out.$fmt" "$tmp/$d" 2>/dev/null
        done
        s=$(tail -1 "$tmp/rss-small"); l=$(tail -1 "$tmp/rss-large")
        echo "$fmt: peak RSS 200 files $((s / 1024)) MB, 2000 files $((l / 1024)) MB"
        [ $((l - s)) -le 8192 ] || fail "$fmt: peak RSS grows with the number of files ($s KB -> $l KB)"
    done
fi
echo "stream: ok"
