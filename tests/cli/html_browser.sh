#!/usr/bin/env bash
# Opens the HTML report of a hostile fixture (document text with <script>, an <img onerror>,
# </style>, control characters; see tests/unit/reports_test.cpp) in headless Chromium and checks
# the live DOM: our script ran (counts, highlights, the pop-up card), the injected ones did not.
# $1 = reportcheck binary, $2 = source dir.
set -uo pipefail
bin="$1"
unit="$(dirname "$bin")/tests/reports_test"
fail() { echo "FAIL: $*" >&2; exit 1; }
[ -x "$unit" ] || fail "missing $unit (build the reports_test target)"
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || fail "chromium not installed (scripts/deps.sh --browser)"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
RC_HTML_OUT="$tmp/report.html" "$unit" --run_test=html_structure >/dev/null 2>&1 || fail "reports_test could not write the HTML"
[ -s "$tmp/report.html" ] || fail "no HTML written"

dump() {  # $1 = URL suffix, $2 = output
  timeout 90 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$(mktemp -d -p "$tmp")" --virtual-time-budget=3000 \
    --dump-dom "file://$tmp/report.html$1" >"$2" 2>"$tmp/chromium.log" || { cat "$tmp/chromium.log" >&2; fail "chromium failed"; }
  [ -s "$2" ] || fail "empty DOM dump"
}
has()   { grep -qF -- "$2" "$1" || fail "DOM ${1##*/} lacks: $2"; }
lacks() { ! grep -qF -- "$2" "$1" || fail "DOM ${1##*/} contains: $2"; }
count() { grep -oF -- "$2" "$1" | wc -l; }

dump "" "$tmp/dom.html"
d="$tmp/dom.html"
# Our script ran: body marked, the filter counter filled in.
grep -q '<body class="js[^"]*" data-view="doc"' "$d" || fail "page script did not run"
has "$d" 'Đang hiện 4/4 phát hiện'
# Summary counts.
has "$d" '<b id="n-errors">2</b>'
has "$d" '<b id="n-warnings">2</b>'
has "$d" '<b id="n-consistent">1</b>'
# Highlights in place (errors red, warnings amber), one card per finding.
[ "$(count "$d" 'class="hl e"')" -ge 2 ] || fail "error highlights missing"
[ "$(count "$d" 'class="hl w"')" -ge 3 ] || fail "warning highlights missing"
[ "$(count "$d" '<li class="card ')" -eq 4 ] || fail "expected 4 cards"
# Nothing injected ran or parsed as markup.
grep -q '<title>Kết quả kiểm tra số liệu</title>' "$d" || fail "document.title changed: $(grep -o '<title>[^<]*' "$d")"
lacks "$d" 'PWNED</title>'
lacks "$d" 'data-pwned="1"'
lacks "$d" '<img'
[ "$(count "$d" '<style')" -eq 1 ] || fail "an injected <style> element exists"
[ "$(count "$d" '<script')" -eq 2 ] || fail "an injected <script> element exists"
has "$d" '&lt;script&gt;document.title="PWNED"&lt;/script&gt;'
has "$d" '&lt;/style&gt;&lt;style&gt;body{display:none}&lt;/style&gt;'

# The explanation card opens on the highlight of finding 0-0 (link #h0-0): arithmetic, suggestion.
dump "#h0-0" "$tmp/card.html"
c="$tmp/card.html"
grep -q '<div id="panel" role="dialog"' "$c" || fail "card panel did not open"
panel=$(sed -n '/<div id="panel"/,/<script/p' "$c")
grep -qF '820 + 450 = 1.270 ≠ 1.250' <<<"$panel" || fail "card lacks the arithmetic"
grep -qF '<span class="sugg">1.270</span>' <<<"$panel" || fail "card lacks the suggested value"
grep -qF 'Vị trí liên quan' <<<"$panel" || fail "card lacks the related locations"
grep -qF 'class="hl e cur"' "$c" || fail "the opened highlight is not marked"
# Drive the page like a user (a test-only script appended to a copy): filters, rule select,
# the verified-claims toggle, a click on a highlight. Results land in data-t* attributes.
python3 - "$tmp/report.html" "$tmp/driven.html" <<'PY'
import sys
html = open(sys.argv[1], encoding="utf-8").read()
driver = """<script>
(function(){
var d=document,b=d.body,r={};
function q(s){return d.querySelectorAll(s).length;}
function change(el){el.dispatchEvent(new Event('change'));}
var err=d.querySelector('input[data-sev=error]');err.checked=false;change(err);
r.t1=d.getElementById('count').textContent+'|'+q('main .hl.e')+'|'+q('main .card:not([hidden])');
err.checked=true;change(err);
var sel=d.getElementById('f-rule');sel.value='fixture-percent';change(sel);
r.t2=q('main .card:not([hidden])')+'|'+q('main .hl.w')+'|'+q('main .hl.e');
sel.value='';change(sel);
var ok=d.getElementById('f-ok');ok.checked=true;change(ok);
r.t3=b.classList.contains('show-ok')+'|'+getComputedStyle(d.querySelector('.ok')).backgroundColor;
d.querySelector('a.hl[data-f="0-1"]').click();
var p=d.getElementById('panel');
r.t4=p.hidden+'|'+p.querySelectorAll('.card').length+'|'+(p.textContent.indexOf('12,47%')>=0);
d.querySelector('.tabs button[data-view=list]').click();
r.t5=b.getAttribute('data-view')+'|'+getComputedStyle(d.querySelector('.doc')).display;
for(var k in r)b.setAttribute('data-'+k,r[k]);
})();
</script>"""
i = html.rfind("</body>")
open(sys.argv[2], "w", encoding="utf-8").write(html[:i] + driver + html[i:])
PY
cp "$tmp/driven.html" "$tmp/report.html"
dump "" "$tmp/driven.dom"
v="$tmp/driven.dom"
has "$v" 'data-t1="Đang hiện 2/4 phát hiện|0|2"'        # errors off: 2 warnings left, no red
has "$v" 'data-t2="1|1|0"'                              # rule filter: one card, one highlight
has "$v" 'data-t3="true|rgb(215, 245, 227)"'            # verified claims turn green
has "$v" 'data-t4="false|1|true"'                       # click: the card pops up
has "$v" 'data-t5="list|none"'                          # list view hides the text
echo "html_browser: ok"
