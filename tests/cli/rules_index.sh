#!/usr/bin/env bash
# Every registered rule has a doc page and a row in docs/rules/README.md, and the
# index names no rule that does not exist (regenerate: scripts/rules_index.py BIN).
set -u
bin=$1; src=$2
fail=0
ids=$("$bin" --list-rules | awk '{print $1}')
[ -n "$ids" ] || { echo "no rules listed"; exit 1; }
for id in $ids; do
    [ -f "$src/docs/rules/$id.md" ] || { echo "missing docs/rules/$id.md"; fail=1; }
    grep -q "\[\`$id\`\]($id.md)" "$src/docs/rules/README.md" || { echo "docs/rules/README.md lacks $id"; fail=1; }
done
for listed in $(grep -o '^| \[`[a-z-]*`\]' "$src/docs/rules/README.md" | sed 's/^| \[`//; s/`\]$//'); do
    grep -qx "$listed" <<<"$ids" || { echo "docs/rules/README.md lists unknown rule $listed"; fail=1; }
done
[ $fail = 0 ] && echo "ok: $(wc -w <<<"$ids") rules documented"
exit $fail
