#!/usr/bin/env bash
# --dump-structure prints the outline: headings with level and numbers, list
# items, footnote references with their body's line, tables.
set -u
RC=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cat > "$T/r.txt" <<'TXT'
I. KẾT QUẢ
1. Kinh tế
a) Nông nghiệp
Sản lượng lúa đạt 1.250 tấn¹.
- Hỗ trợ 12 hộ.
¹ Số liệu của Chi cục Thống kê.
| Chỉ tiêu | Kế hoạch | Thực hiện |
|---|---|---|
| Lúa | 100 | 95 |
TXT
out=$("$RC" --dump-structure "$T/r.txt")
fail=0
expect() { grep -qF -- "$1" <<<"$out" && echo "ok: $1" || { echo "FAIL: missing '$1'"; fail=1; }; }
expect "L0 roman I. [1] line 1: KẾT QUẢ"
expect "  L1 arabic 1. [1] line 2: Kinh tế"
expect "    L2 letter a) [a] line 3: Nông nghiệp"
expect "list-items 1"
expect "footnote-ref 1 superscript line 4 body line 6"
expect "table line 7 rows 2 cols 3"
[ "$fail" = 0 ] || echo "$out"
exit $fail
