"""Building blocks for the annotated corpus (issue 9).

Documents are written as paragraphs with inline annotations; the builder lays
them out in the Word-export style (one paragraph per line) or the PDF-extract
style (hard-wrapped, a blank line between lines, glued footnote digits, page
numbers alone on lines), and writes the sidecar <name>.expect with the exact
line and column of every expected outcome.

Inline annotations (stripped from the text):
  ⟦f:RULE|text⟧     expected finding RULE at `text` (line and column pinned)
  ⟦F:RULE|text⟧     expected finding RULE on the line of `text` (any column)
  ⟦c:KIND:STATUS⟧   a claim of KIND (consistent|inconsistent) starts here
  ⟦n:why⟧           the line holding this point is a near-miss: no finding
  ⟦fn:KEY⟧          footnote reference (numbered in order of appearance)
  ⟦fn:KEY:N⟧        footnote reference forced to number N (sequence errors)
  ⟦k⟧ … ⟦/k⟧        keep together: the PDF wrapper never breaks inside
Everything a document claims is computed here with exact arithmetic; the helpers
assert that a "correct" figure is consistent under rounding to the decimals shown
and that an injected error is not.
"""
import re
import subprocess
import unicodedata
from decimal import Decimal, ROUND_HALF_UP
from fractions import Fraction

SUP = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


# ----------------------------------------------------------------- numbers

def vi(x, dec=0, group=True):
    """Vietnamese notation: '.' groups thousands, ',' is the decimal mark."""
    q = Decimal(1).scaleb(-dec)
    d = Decimal(str(x)) if not isinstance(x, Fraction) else Decimal(x.numerator) / Decimal(x.denominator)
    d = d.quantize(q, rounding=ROUND_HALF_UP)
    neg = d < 0
    s = f"{abs(d):.{dec}f}"
    ip, _, fp = s.partition(".")
    if group and len(ip) > 3:
        parts = []
        while len(ip) > 3:
            parts.insert(0, ip[-3:])
            ip = ip[:-3]
        parts.insert(0, ip)
        ip = ".".join(parts)
    out = ip + ("," + fp if dec else "")
    return ("-" if neg else "") + out


def rnd(x, dec):
    q = Decimal(1).scaleb(-dec)
    d = Decimal(x.numerator) / Decimal(x.denominator) if isinstance(x, Fraction) else Decimal(str(x))
    return Fraction(d.quantize(q, rounding=ROUND_HALF_UP))


def pct(a, b, dec=2):
    """a/b*100 rounded; returns (Fraction exact, formatted)."""
    p = Fraction(a) / Fraction(b) * 100
    return p, vi(p, dec)


def interval(v, dec):
    h = Fraction(1, 2 * 10 ** dec)
    return Fraction(v) - h, Fraction(v) + h


def ratio_consistent(a, adec, b, bdec, p, pdec, scale=100):
    """Does a/b*scale meet p when every figure stands for its rounding interval?"""
    alo, ahi = interval(a, adec)
    blo, bhi = interval(b, bdec)
    plo, phi = interval(p, pdec)
    lo = alo / bhi * scale
    hi = ahi / blo * scale
    return not (hi < plo or lo >= phi)


def transpose(s):
    """Swap the last pair of differing adjacent digits of a formatted number."""
    chars = list(s)
    idx = [i for i, c in enumerate(chars) if c.isdigit()]
    for j in range(len(idx) - 1, 0, -1):
        a, b = idx[j - 1], idx[j]
        if b == a + 1 and chars[a] != chars[b] and not (a == 0 and chars[b] == "0"):
            chars[a], chars[b] = chars[b], chars[a]
            return "".join(chars)
    raise ValueError("no transposable pair in " + s)


def typo(s):
    """A realistic typo: two digits transposed, else the first digit changed."""
    try:
        return transpose(s)
    except ValueError:
        d = int(s[0])
        return str(d + 1 if d < 9 else d - 1) + s[1:]


def parse_vi(s):
    s = s.replace(".", "").replace(",", ".")
    return Fraction(Decimal(s))


def decs(s):
    return len(s.split(",")[1]) if "," in s else 0


# ----------------------------------------------------------------- layout

TOKEN = re.compile(r"⟦(fn|f|F|c|n|k|/k)(?::([^⟧]*))?⟧")


class Doc:
    def __init__(self, name, style="word", nfd=False, width=86, page_every=44):
        self.name = name
        self.style = style  # "word" | "pdf"
        self.nfd = nfd
        self.width = width
        self.page_every = page_every
        self.lines = []      # physical lines (NFC)
        self.expect = []     # (line, col|None, kind, payload, comment)
        self.comments = {}   # line -> comment for the sidecar
        self.fn_next = 1
        self.fn_numbers = {}
        self.fn_bodies = []  # (number, text, key) in order of definition
        self.fn_pending = [] # Word: bodies to emit after the current paragraph
        self.page = 1
        self.since_page = 0
        self.queued = []     # (key, text) bodies for references of the next paragraph
        self.pending_fn = None

    def note(self, key, text):
        self.queued.append((key, text))

    # -- footnotes
    def fn_number(self, key, forced=None):
        if key in self.fn_numbers:
            return self.fn_numbers[key]
        n = forced if forced else self.fn_next
        self.fn_next = n + 1
        self.fn_numbers[key] = n
        return n

    def footnote(self, key, text, number=None):
        """Register a body; `number` for an unreferenced body."""
        n = number if number else self.fn_numbers[key]
        if self.style == "word":
            self.fn_pending.append((n, text))
        else:
            self.fn_bodies.append((n, text))

    # -- markup
    def _parse(self, para):
        """Strip markup: plain text, events [(pos, kind, payload)], keep ranges."""
        out, events, keeps, kstart = [], [], [], None
        pos, i = 0, 0
        text = ""
        for m in TOKEN.finditer(para):
            text += para[i:m.start()]
            i = m.end()
            kind, arg = m.group(1), m.group(2)
            if kind in ("f", "F"):
                rule, _, shown = arg.partition("|")
                events.append((len(text), "finding", (rule, kind == "f")))
                text += shown
            elif kind == "c":
                k, st = arg.split(":")
                assert st in ("consistent", "inconsistent"), arg
                events.append((len(text), "claim", (k, st)))
            elif kind == "n":
                events.append((len(text), "none", arg))
            elif kind == "fn":
                parts = arg.split(":")
                n = self.fn_number(parts[0], int(parts[1]) if len(parts) > 1 else None)
                events.append((len(text), "fnref", n))
                text += str(n).translate(SUP) if self.style == "word" else str(n)
            elif kind == "k":
                kstart = len(text)
            elif kind == "/k":
                # a claim's whole sentence stays on one line (its span may start at the subject)
                has_claim = any(kstart <= p and k2 == "claim" for p, k2, _ in events)
                keeps.append((0 if has_claim else kstart, len(text)))
                kstart = None
        text += para[i:]
        assert "⟦" not in text and "⟧" not in text, text
        return text, events, keeps

    def _emit(self, line):
        self.lines.append(line)

    def blank(self):
        self._emit("")

    def _wrap(self, text, keeps):
        if self.style == "word" or len(text) <= self.width:
            return [(0, text)]
        inside = lambda p: any(a < p < b for a, b in keeps)
        res, start = [], 0
        while len(text) - start > self.width:
            cut = None
            for p in range(start + self.width, start + 20, -1):
                if p < len(text) and text[p] == " " and not inside(p):
                    nxt = text[p + 1:p + 2]
                    if nxt and (nxt.isdigit() or nxt in "-+(") :
                        continue
                    cut = p
                    break
            if cut is None:  # a long keep: break after it
                for p in range(start + self.width, len(text)):
                    if text[p] == " " and not inside(p) and not (text[p + 1:p + 2].isdigit()):
                        cut = p
                        break
            if cut is None:
                break
            res.append((start, text[start:cut]))
            start = cut + 1
        res.append((start, text[start:]))
        return res

    def para(self, markup, blank_after=True):
        text, events, keeps = self._parse(markup)
        if self.pending_fn:
            self.queued.append(self.pending_fn)
            self.pending_fn = None
        for key, body in self.queued:
            self.footnote(key, body)
        self.queued = []
        pieces = self._wrap(text, keeps)
        for k, (start, piece) in enumerate(pieces):
            end = pieces[k + 1][0] if k + 1 < len(pieces) else 10 ** 9
            last = k == len(pieces) - 1
            # PDF text: trailing spaces on some lines, like the real exports
            line = piece + (" " if self.style == "pdf" and (len(self.lines) % 3 == 0) else "")
            self._emit(line)
            ln = len(self.lines)
            for pos, kind, payload in events:
                if start <= pos < end:
                    col = min(pos - start, len(piece)) + 1
                    self._record(ln, col, kind, payload, line)
            if self.style == "pdf":
                self.blank()
                self._page_tick()
        if self.style == "word":
            if blank_after:
                self.blank()
            for n, body in self.fn_pending:
                self._emit(f"{str(n).translate(SUP)} {body}")
                self.blank()
            self.fn_pending = []

    def _page_tick(self):
        self.since_page += 1
        if self.since_page >= self.page_every:
            self.since_page = 0
            self.page += 1
            self._emit(f"{self.page} ")
            self.blank()

    def _record(self, ln, col, kind, payload, line):
        if kind == "finding":
            rule, pin = payload
            self.expect.append((ln, col if pin else None, "finding", rule))
        elif kind == "claim":
            self.expect.append((ln, None, "claim", payload))
        elif kind == "none":
            self.expect.append((ln, None, "none", payload))
        elif kind == "fnref":
            pass

    def raw(self, line):
        """A line exactly as given (headings, title block, table rows)."""
        self.para(line, blank_after=True)

    def lines_raw(self, lines):
        for l in lines:
            self.para(l, blank_after=False)
        if self.style == "word":
            self.blank()

    def pdf_footnotes(self, heading="CHÚ THÍCH"):
        if self.style != "pdf" or not self.fn_bodies:
            return
        self._emit(" " + heading)
        self.blank()
        for n, body in sorted(self.fn_bodies, key=lambda x: x[0]):
            self.para(f"{n} {body}")

    # -- output
    def write(self, outdir):
        import os
        pdf = self.style == "pdf"
        if pdf:
            self.pdf_footnotes()
        text = "\n".join(self.lines) + "\n"
        lines_nfc = self.lines
        if self.nfd:
            conv = subprocess.run(["uconv", "-x", "any-nfd"], input=text.encode(), capture_output=True, check=True)
            text_out = conv.stdout.decode()
            assert text_out == unicodedata.normalize("NFD", text)
        else:
            text_out = text
        with open(os.path.join(outdir, self.name + ".txt"), "w", encoding="utf-8") as f:
            f.write(text_out)
        out = [f"# {self.name}.txt — {'PDF-extracted' if pdf else 'Word-exported'}, "
               f"{'NFD' if self.nfd else 'NFC'}; generated by tests/corpus/tools/ (do not edit by hand)",
               "# finding <line>[:<col>] <rule> | claim <line> <kind> <status> | none <line>"]
        for ln, col, kind, payload in sorted(self.expect, key=lambda e: (e[0], e[1] or 0)):
            if kind == "finding":
                if col is not None and self.nfd:
                    col = len(unicodedata.normalize("NFD", lines_nfc[ln - 1][:col - 1])) + 1
                out.append(f"finding {ln}:{col} {payload}" if col else f"finding {ln} {payload}")
            elif kind == "claim":
                out.append(f"claim {ln} {payload[0]} {payload[1]}")
            else:
                out.append(f"# near-miss: {payload}")
                out.append(f"none {ln}")
        with open(os.path.join(outdir, self.name + ".expect"), "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")
        return sum(1 for e in self.expect)


def orphan_body(d, text):
    """A footnote body nobody references: numbered after the last reference."""
    n = d.fn_next
    d.fn_next += 1
    if d.style == "word":
        d._emit(f"{str(n).translate(SUP)} {text}")
        d.expect.append((len(d.lines), 1, "finding", "footnote-unreferenced"))
        d.blank()
    else:
        d.fn_bodies.append((n, text))
        d.orphan_pdf = n
