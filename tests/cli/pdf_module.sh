#!/usr/bin/env bash
# The PDF reader is a module (reportcheck-pdf.so) loaded on the first PDF: reportcheck itself
# does not link poppler; a copied reportcheck finds the module next to it; RC_PDF_MODULE names
# another place; a missing module is exit 2 naming the file and the module, and a run with no
# PDF does not need it.
set -u
RC=$1
SRC=$2
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail=0
ok() { echo "ok: $1"; }
bad() { echo "FAIL: $1"; fail=1; }
MOD=$(dirname "$RC")/reportcheck-pdf.so
[ -f "$MOD" ] && ok "module built next to reportcheck" || bad "no $MOD"

# A one-page PDF (Helvetica, ASCII), xref offsets computed; with no lines, a page without text.
mkpdf() {
python3 - "$@" <<'PY'
import sys
lines = sys.argv[2:]
content = "BT /F1 11 Tf 72 760 Td 14 TL\n" + "".join("(%s) Tj T*\n" % l for l in lines) + "ET\n"
objs = ["<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
        "<< /Length %d >>\nstream\n%sendstream" % (len(content), content)]
out = "%PDF-1.4\n"
offs = []
for i, o in enumerate(objs):
    offs.append(len(out))
    out += "%d 0 obj\n%s\nendobj\n" % (i + 1, o)
x = len(out)
out += "xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + "".join("%010d 00000 n \n" % o for o in offs)
out += "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
open(sys.argv[1], "w").write(out)
PY
}
mkpdf "$T/a.pdf" "BAO CAO" "Tong thu dat 120 ty dong."
mkpdf "$T/scan.pdf"
printf 'Tổng thu đạt 120 tỷ đồng.\n' > "$T/a.txt"

# reportcheck does not link poppler: it is mapped only by the module.
if ldd "$RC" | grep -q poppler; then bad "reportcheck links poppler"; else ok "reportcheck does not link poppler"; fi
ldd "$MOD" | grep -q poppler && ok "the module links poppler" || bad "module without poppler"

# A copy of reportcheck with its module next to it reads the PDF.
mkdir -p "$T/bin" && cp "$RC" "$MOD" "$T/bin/"
"$T/bin/reportcheck" --fail-on never "$T/a.pdf" > "$T/out1" 2> "$T/err1"; code=$?
[ $code -eq 0 ] && ok "PDF read by the copy (exit 0)" || bad "copy: exit $code: $(cat "$T/err1")"
"$T/bin/reportcheck" --format json "$T/a.pdf" > "$T/out1j" 2>&1
grep -q '"format": "pdf"' "$T/out1j" && ok "read as a PDF" || bad "json: $(head -c 300 "$T/out1j")"
# The module's own verdict reaches the user: a page without text is exit 2 naming the file.
"$T/bin/reportcheck" "$T/scan.pdf" > /dev/null 2> "$T/err1s"; code=$?
[ $code -eq 2 ] && grep -q "scan.pdf.*no text layer" "$T/err1s" && ok "no text layer: exit 2 from the module" ||
    bad "scan: exit $code: $(cat "$T/err1s")"

# RC_PDF_MODULE names a module that is not there: exit 2, the file and the module named.
RC_PDF_MODULE="$T/none/reportcheck-pdf.so" "$RC" "$T/a.pdf" > "$T/out2" 2> "$T/err2"; code=$?
[ $code -eq 2 ] && ok "missing module: exit 2" || bad "missing module: exit $code"
grep -q "a.pdf" "$T/err2" && grep -q "reportcheck-pdf.so" "$T/err2" && ok "message names the file and the module" ||
    bad "message: $(cat "$T/err2")"
RC_PDF_MODULE="$T/none/reportcheck-pdf.so" "$RC" --lang en "$T/a.pdf" > /dev/null 2> "$T/err3"
grep -q "cannot load the PDF reader" "$T/err3" && ok "message in English too" || bad "en message: $(cat "$T/err3")"
# ... and a run with no PDF does not need the module.
RC_PDF_MODULE="$T/none/reportcheck-pdf.so" "$RC" --fail-on never "$T/a.txt" > /dev/null 2> "$T/err4"; code=$?
[ $code -eq 0 ] && ok "text checked without the module" || bad "text without module: exit $code: $(cat "$T/err4")"
# RC_PDF_MODULE naming the real module works.
RC_PDF_MODULE="$MOD" "$RC" --fail-on never "$T/a.pdf" > /dev/null 2> "$T/err5"; code=$?
[ $code -eq 0 ] && ok "RC_PDF_MODULE names the module" || bad "RC_PDF_MODULE: exit $code: $(cat "$T/err5")"
exit $fail
