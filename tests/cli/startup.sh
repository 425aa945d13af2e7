#!/usr/bin/env bash
# Start-up (CMakeLists.txt, RC_STATIC_DEPS; checker/docx.cpp): reportcheck maps few shared libraries
# when it starts. Its C++ libraries (libstdc++, ICU, Boost.Program_options, pugixml, fmt) are linked
# in; libzip (with libcrypto, libz, libbz2) is opened by the first .docx, poppler by the first PDF.
# A .docx is read all the same, also by a copy of the executable alone, and without a usable libzip
# a .docx is exit 2 naming the file and libzip while the run's text files are still checked.
set -u
RC=$1
SRC=$2
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail=0
ok() { echo "ok: $1"; }
bad() { echo "FAIL: $1"; fail=1; }

ldd "$RC" > "$T/ldd" || bad "ldd failed"
for lib in libzip libcrypto libbz2 libpoppler; do
    grep -q "$lib" "$T/ldd" && bad "$lib mapped at start: $(grep "$lib" "$T/ldd")" || ok "$lib not mapped at start"
done
if [ "${RC_STATIC:-0}" = 1 ]; then
    for lib in libstdc++ libicuuc libicudata libboost_program_options libpugixml libfmt libgcc_s; do
        grep -q "$lib" "$T/ldd" && bad "$lib is a shared library: $(grep "$lib" "$T/ldd")" || ok "$lib linked in"
    done
    n=$(grep -c '=>' "$T/ldd")
    [ "$n" -le 4 ] && ok "$n shared libraries (libc, libm, mimalloc)" || bad "$n shared libraries: $(cat "$T/ldd")"
else
    ok "shared-library build (sanitizer, fuzz or -DRC_STATIC_DEPS=OFF): its libraries not checked"
fi

# A .docx whose total does not match its parts (Python's zipfile writes it).
python3 - "$T/a.docx" <<'PY'
import sys, zipfile
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
body = "".join('<w:p><w:r><w:t>%s</w:t></w:r></w:p>' % t for t in
               ["BÁO CÁO", "Tổng thu ngân sách đạt 120 tỷ đồng, gồm thu thuế 50 tỷ đồng và thu phí 60 tỷ đồng."])
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
    z.writestr("word/document.xml", '<?xml version="1.0"?><w:document %s><w:body>%s</w:body></w:document>' % (W, body))
PY
printf 'Tổng thu ngân sách đạt 120 tỷ đồng, gồm thu thuế 50 tỷ đồng và thu phí 60 tỷ đồng.\n' > "$T/a.txt"
"$RC" --format json --fail-on never "$T/a.txt" > "$T/txt.json" 2> "$T/txt.err"
"$RC" --format json --fail-on never "$T/a.docx" > "$T/docx.json" 2> "$T/docx.err"; code=$?
[ $code -eq 0 ] && ok ".docx read (exit 0)" || bad ".docx: exit $code: $(cat "$T/docx.err")"
grep -q '"rule"' "$T/txt.json" && ok "the text's total flagged" || bad "no finding in the text: $(cat "$T/txt.json")"
python3 - "$T/txt.json" "$T/docx.json" <<'PY' && ok ".docx and text give the same findings" || bad ".docx findings differ from the text's"
import json, sys
rules = [sorted((f["rule"], f["message"]) for r in json.load(open(p))["files"] for f in r["findings"]) for p in sys.argv[1:]]
sys.exit(0 if rules[0] and rules[0] == rules[1] else 1)
PY

# The executable copied alone (no module, no libzip beside it) reads a .docx.
mkdir -p "$T/bin" && cp "$RC" "$T/bin/"
"$T/bin/reportcheck" --format json --fail-on never "$T/a.docx" > "$T/copy.json" 2> "$T/copy.err"; code=$?
[ $code -eq 0 ] && cmp -s "$T/copy.json" "$T/docx.json" && ok "the copy reads the .docx alike" ||
    bad "copy: exit $code: $(cat "$T/copy.err")"

# A libzip without its functions (an empty library of that name first on the search path):
# exit 2 naming the .docx and libzip; the text file of the same run is still reported.
soname=$(ldconfig -p | awk '/^[[:space:]]*libzip\.so\.[0-9]+ / {print $1; exit}')
if [ -n "$soname" ] && command -v cc > /dev/null; then
    mkdir -p "$T/lib" && printf 'int rc_not_libzip;\n' > "$T/empty.c"
    cc -shared -fPIC -o "$T/lib/$soname" "$T/empty.c"
    LD_LIBRARY_PATH="$T/lib" "$RC" --fail-on never "$T/a.docx" "$T/a.txt" > "$T/nozip.out" 2> "$T/nozip.err"; code=$?
    [ $code -eq 2 ] && ok "no usable libzip: exit 2" || bad "no usable libzip: exit $code"
    grep -q "a.docx" "$T/nozip.err" && grep -q "libzip" "$T/nozip.err" && ok "the error names the file and libzip: $(head -c 160 "$T/nozip.err")" ||
        bad "error message: $(cat "$T/nozip.err")"
    grep -q "a.txt" "$T/nozip.out" && ok "the text file still checked" || bad "text file not reported: $(cat "$T/nozip.out")"
else
    ok "no libzip soname in ldconfig or no C compiler: the missing-libzip case not checked"
fi
exit $fail
