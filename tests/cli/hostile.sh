#!/usr/bin/env bash
# Hostile inputs: each gives a clear error (exit 2, naming the file) or a
# normal result (exit 0/1) — never a crash, a hang, unbounded memory or a
# silently skipped file. Inputs are generated here, never committed.
set -u
RC=$1
SRC=$2
T=$(mktemp -d)
trap 'chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"' EXIT
fail=0
big=1; [ "${RC_SANITIZE:-0}" = 1 ] && big=0   # the 1 GB case only in the optimised build

# run NAME ALLOWED_CODES MAX_SECONDS MAX_RSS -- args...   (MAX_RSS in MB, or in KB with a k: 47800k)
run() {
    local name=$1 allowed=$2 secs=$3 maxrss=$4; shift 5
    /usr/bin/time -f '%M' -o "$T/rss" timeout -s KILL "$secs" "$RC" "$@" >"$T/out" 2>"$T/err"
    local code=$? rss_kb; rss_kb=$(tail -1 "$T/rss" 2>/dev/null || echo 0)
    local rss=$(( rss_kb / 1024 )) max_kb
    if [[ "$maxrss" == *k ]]; then max_kb=${maxrss%k}; else max_kb=$(( maxrss * 1024 )); fi
    if [[ " $allowed " != *" $code "* ]]; then
        echo "FAIL: $name: exit $code (allowed: $allowed)"; head -c 600 "$T/err"; echo; fail=1; return
    fi
    if [ "$rss_kb" -gt "$max_kb" ]; then echo "FAIL: $name: peak RSS ${rss_kb} KB > ${max_kb} KB"; fail=1; return; fi
    if [ "$code" = 2 ] && ! [ -s "$T/err" ]; then echo "FAIL: $name: exit 2 without a message"; fail=1; return; fi
    echo "ok: $name (exit $code, ${rss} MB)"
}
names_file() {  # the error message names the file
    grep -qF -- "$1" "$T/err" && echo "ok: message names $1" || { echo "FAIL: message does not name $1"; cat "$T/err"; fail=1; }
}

# Invalid UTF-8 at the start, middle, end; UTF-16 without BOM; binary; empty.
printf '\xff\xfeabc' | tail -c +2 > "$T/start.txt"
printf 'Tổng số 12 hộ\n\xc3\x28 giữa\n' > "$T/middle.txt"
printf 'Tổng số 12 hộ\xe1\x80' > "$T/end.txt"
for f in start middle end; do run "invalid UTF-8 ($f)" "2" 20 200 -- "$T/$f.txt"; names_file "$f.txt"; done
printf 'T\0\xf4\x1en\0g\0 \0s\0\xd1\x1e \0' > "$T/utf16.txt"
run "UTF-16 without BOM" "2" 20 200 -- "$T/utf16.txt"; names_file "utf16.txt"
head -c 4096 /dev/urandom > "$T/random.txt"; printf '\0' >> "$T/random.txt"
run "binary file" "2" 20 200 -- "$T/random.txt"
: > "$T/empty.txt"
run "empty file" "0" 20 200 -- "$T/empty.txt"

# A 10^5-digit number, 10^4 nested parentheses, 10^6 footnote references.
python3 - "$T" <<'PY'
import sys
t = sys.argv[1]
open(t + '/digits.txt', 'w').write('Tổng số ' + '9' * 100000 + ' hộ, tăng ' + '1' * 50000 + ',5% so với cùng kỳ.\n')
open(t + '/parens.txt', 'w').write('Tổng ' + '(' * 10000 + '12 hộ' + ')' * 10000 + ' trong đó: ' + '(' * 10000 + '\n')
with open(t + '/footnotes.txt', 'w') as f:
    sup = str.maketrans('0123456789', '⁰¹²³⁴⁵⁶⁷⁸⁹')
    for i in range(1, 1000001):
        f.write('chỉ tiêu' + str(i).translate(sup) + ' ')
        if i % 20 == 0: f.write('\n')
    f.write('\n')
    for i in range(1, 1001):
        f.write(str(i).translate(sup) + ' Nội dung chú thích.\n')
# 100 MB on one line
with open(t + '/oneline.txt', 'w') as f:
    chunk = 'Tổng thu ngân sách đạt 1.234,5 tỷ đồng (trong đó: thu nội địa 1.000 tỷ đồng, thu khác 234,5 tỷ đồng), tăng 12,5% so với cùng kỳ; '
    n = (100 * 1024 * 1024) // len(chunk.encode())
    f.write(chunk * n)
    f.write('\n')
PY
run "10^5-digit number" "0 1" 60 400 -- "$T/digits.txt"
run "10^4 nested parentheses" "0 1" 60 400 -- "$T/parens.txt"
run "10^6 footnote references" "0 1" 180 1500 -- --format json -o "$T/fn.json" "$T/footnotes.txt"
# (30 s in the optimised build: 2.4 s idle; it took 38 s while each section's cut searched back to the
# text's start for a line break, html10)
run "100 MB single line" "0 1" $([ $big = 1 ] && echo 30 || echo 300) 2000 -- --format json -o "$T/oneline.json" "$T/oneline.txt"
rm -f "$T/oneline.txt" "$T/oneline.json" "$T/fn.json"

# Real report text with every line break removed (a PDF export without line breaks): 8 MB on
# one line, dense with findings. Each finding's excerpt, column and fingerprint must cost the
# finding's neighbourhood, not the line (it was quadratic: 2 MB took 5 s, 10 MB in JSON > 21 GB).
python3 - "$SRC" "$T" <<'PY'
import glob, sys
src, t = sys.argv[1], sys.argv[2]
text = ' '.join(open(p, encoding='utf-8').read().replace('\n', ' ') for p in sorted(glob.glob(src + '/tests/corpus/*.txt')))
with open(t + '/realline.txt', 'w', encoding='utf-8') as f:
    f.write((text + ' ') * ((8 * 1024 * 1024) // len(text.encode()) + 1))
    f.write('\n')
PY
# Peak RSS ≤ 2 × input + 30 MB (8.34 MB: 47 797 KB, the issue's bound in KB) in the optimised build,
# every format (measured, mem5: text 31–32, JSON 32–33 MB; mem6: SARIF 32, HTML 42 MB, was 35 and
# 106 MB; 24 Nov: text 30, JSON and SARIF 31 MB). HTML measured 47.4–48.6 MB and JUnit 33–46 MB
# until html10 (24 Nov): HTML escaped the one 8 MB line into its part's buffer whole (grown by
# doubling to 16 MB, 24 MB while it moved) and JUnit built a file's suite as one pugixml tree
# (7.6 MB) printed into a stream grown to 8 MB; both now write a piece at a time into the file's
# spool: HTML 32 196–32 328 KB, JUnit 31 716–31 836 KB. (They varied from run to run with the machine's load:
# mimalloc gives freed pages back to the system only some time after the free — decommit_delay 25 ms,
# whole segments 500 ms — so a slow run held less of what it freed before the peak; HTML with
# MIMALLOC_DECOMMIT_DELAY=0 measured 35 868–36 372 KB.) The sanitizer build keeps the old bound (ASan's own overhead).
real_lim=$(( (2 * $(stat -c %s "$T/realline.txt") + 30 * 1024 * 1024) / 1024 ))k
for fmt in text json sarif junit html; do
    case "$big:$fmt" in 1:*) lim=$real_lim ;; *) lim=600 ;; esac
    run "8 MB of report text on one line ($fmt)" "1" 30 $lim -- --format $fmt -o "$T/realline.out" "$T/realline.txt"
done
rm -f "$T/realline.txt" "$T/realline.out"

# 10 MB of report text with its line breaks (documents concatenated, like big-10M.txt): checked
# in 512 KB sections, the footnote and heading rules over the whole text. Peak RSS ≤ 2 × input
# + 30 MB (measured, mem5: text 47, JSON 49 MB against 50 MB; mem6: 39–40 MB in every format,
# SARIF and HTML were 58 and 97 MB).
python3 - "$SRC" "$T" <<'PY'
import glob, sys
src, t = sys.argv[1], sys.argv[2]
text = '\n\n'.join(open(p, encoding='utf-8').read() for p in sorted(glob.glob(src + '/tests/corpus/*.txt'))) + '\n\n'
with open(t + '/ten.txt', 'w', encoding='utf-8') as f:
    f.write(text * ((10 * 1024 * 1024) // len(text.encode()) + 1))
PY
ten_lim=$(( 2 * $(stat -c %s "$T/ten.txt") / 1048576 + 30 ))
for fmt in text sarif html json; do
    if [ "$big" = 1 ]; then lim=$ten_lim; else lim=600; fi
    run "10 MB of report text, sectioned ($fmt)" "1" 60 $lim -- --format $fmt -o "$T/ten.out" "$T/ten.txt"
done
grep -q '"footnote-sequence"' "$T/ten.out" && grep -q '"heading-sequence"' "$T/ten.out" && echo "ok: footnote and heading rules ran" || { echo "FAIL: no footnote/heading findings in a sectioned text"; fail=1; }
rm -f "$T/ten.txt" "$T/ten.out"

# 16 MB, the largest text whose footnote and heading rules run over the whole text
# (kWholeStructureLimit): that pass's blocks and structure come on top of the source.
# Peak RSS ≤ 2 × input + 30 MB = 60 MB (measured, mem6: 52 MB in every format; 60–62 MB before,
# when the pass's block vector kept its buffer through every section).
python3 - "$SRC" "$T" <<'PY'
import glob, sys
src, t = sys.argv[1], sys.argv[2]
text = '\n\n'.join(open(p, encoding='utf-8').read() for p in sorted(glob.glob(src + '/tests/corpus/*.txt'))) + '\n\n'
with open(t + '/sixteen.txt', 'w', encoding='utf-8') as f:
    f.write(text * ((16 * 1000 * 1000) // len(text.encode())))
PY
sixteen_lim=$(( 2 * $(stat -c %s "$T/sixteen.txt") / 1048576 + 30 ))
for fmt in text json; do
    if [ "$big" = 1 ]; then lim=$sixteen_lim; else lim=800; fi
    run "16 MB of report text, sectioned ($fmt)" "1" 90 $lim -- --format $fmt -o "$T/sixteen.out" "$T/sixteen.txt"
done
grep -q '"footnote-sequence"' "$T/sixteen.out" && echo "ok: footnote rules ran on 16 MB" || { echo "FAIL: no footnote findings in the 16 MB text"; fail=1; }
rm -f "$T/sixteen.txt" "$T/sixteen.out"

if [ "$big" = 1 ]; then
    python3 - "$T" <<'PY'
import sys, unicodedata
para = ('Tổng số hộ nghèo là 1.250 hộ (trong đó: 700 hộ ở xã Tân Lập, 550 hộ ở xã Tân Hòa), giảm 5,2% so với cùng kỳ.\n\n')
# every other paragraph in NFD (as a Mac export): the NFC text is made in place
with open(sys.argv[1] + '/big.txt', 'w') as f:
    block = (para + unicodedata.normalize('NFD', para)) * 5000
    n = (1024 * 1024 * 1024) // len(block.encode()) + 1
    for _ in range(n): f.write(block)
PY
    # peak RSS ≤ 2 × input + 30 MB (issue 10): 2 × 1 024 + 30 MB.
    run "1 GB file, half NFD" "0 1" 600 2078 -- --format json -o "$T/big.json" "$T/big.txt"
    rm -f "$T/big.txt" "$T/big.json"
fi

# Paths: a directory with no supported files, a dangling link, an unreadable file.
mkdir -p "$T/emptydir"
run "directory without reports" "2" 20 200 -- "$T/emptydir"
ln -s "$T/nowhere.txt" "$T/dangling.txt"
run "dangling link" "2" 20 200 -- "$T/dangling.txt"; names_file "dangling.txt"
printf 'x 1\n' > "$T/secret.txt"; chmod 000 "$T/secret.txt"
if [ "$(id -u)" != 0 ]; then run "unreadable file" "2" 20 200 -- "$T/secret.txt"; names_file "secret.txt"; fi
run "output to an unwritable path" "2" 20 200 -- -o /proc/version "$SRC/README.md"

# Truncated and encrypted .docx, a zip bomb, XML with entity declarations.
"$SRC/fuzz/make_docx_seed.sh" "$T/ok.docx"
head -c 700 "$T/ok.docx" > "$T/truncated.docx"
run "truncated .docx" "2" 20 200 -- "$T/truncated.docx"; names_file "truncated.docx"
printf '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1EncryptedPackage' > "$T/encrypted.docx"
run "encrypted .docx" "2" 20 200 -- "$T/encrypted.docx"; names_file "encrypted.docx"
python3 - "$T" <<'PY'
import sys, zipfile
t = sys.argv[1]
with zipfile.ZipFile(t + '/bomb.docx', 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', '<Types/>')
    z.writestr('word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>' + 'A' * (1024 * 1024 * 1024) + '</w:t></w:r></w:p></w:body></w:document>')
lol = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
with zipfile.ZipFile(t + '/entities.docx', 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', '<Types/>')
    z.writestr('word/document.xml', lol + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol3; 12 hộ</w:t></w:r></w:p></w:body></w:document>')
PY
run "zip bomb" "2" 60 600 -- "$T/bomb.docx"; names_file "bomb.docx"
run "XML entity declarations" "0 1 2" 20 300 -- "$T/entities.docx"
grep -q 'lollollol' "$T/out" && { echo "FAIL: entities were expanded"; fail=1; } || echo "ok: entities not expanded"

# HTML/JS and control characters in the text are inert in every format.
printf 'Tổng số <script>document.title="pwned"</script> 12 hộ "><img src=x onerror=alert(1)> </style>\x01\x1b[31m\n' > "$T/inject.txt"
for f in json sarif junit html; do
    run "injection ($f)" "0 1" 20 200 -- --format "$f" -o "$T/inject.$f" "$T/inject.txt"
done
python3 -c "import json,sys; [json.load(open(sys.argv[1]+'/inject.'+f)) for f in ('json','sarif')]" "$T" && echo "ok: JSON/SARIF parse" || { echo "FAIL: JSON/SARIF invalid"; fail=1; }
python3 -c "import xml.dom.minidom,sys; xml.dom.minidom.parse(sys.argv[1]+'/inject.junit')" "$T" && echo "ok: JUnit is XML" || { echo "FAIL: JUnit invalid XML"; fail=1; }
if grep -q '<script>document.title' "$T/inject.html" || grep -q '<img src=x' "$T/inject.html"; then echo "FAIL: raw HTML from the document in the report"; fail=1; else echo "ok: HTML escaped"; fi
exit $fail
