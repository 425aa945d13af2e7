#!/usr/bin/env python3
"""Writes 100-page .docx files built from the project's own text reports.
Usage: make_docx.py OUT_DIR report.txt...   (python3 standard library only)"""
import os
import sys
import zipfile
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      '</Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')


def para(text):
    if text.startswith('|'):
        return None
    return '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % escape(text)


def table(rows):
    out = ['<w:tbl>']
    for r in rows:
        cells = [c.strip() for c in r.strip().strip('|').split('|')]
        if all(set(c) <= set('-: ') for c in cells):
            continue
        out.append('<w:tr>' + ''.join('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % escape(c) for c in cells) + '</w:tr>')
    out.append('</w:tbl>')
    return ''.join(out)


def main():
    out_dir, sources = sys.argv[1], sys.argv[2:]
    lines = []
    for s in sources:
        with open(s, encoding='utf-8') as f:
            lines.extend(l.rstrip('\n') for l in f if l.strip())
    # ~40 paragraphs a page
    per_doc = 4000
    for n in range(5):
        body, rows = [], []
        start = (n * 977) % max(1, len(lines))
        for i in range(per_doc):
            l = lines[(start + i) % len(lines)]
            if l.startswith('|'):
                rows.append(l)
                continue
            if rows:
                body.append(table(rows))
                rows = []
            body.append(para(l))
        if rows:
            body.append(table(rows))
        doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s<w:sectPr/></w:body></w:document>'
               % (W, ''.join(body)))
        with zipfile.ZipFile(os.path.join(out_dir, 'report-%02d.docx' % n), 'w', zipfile.ZIP_DEFLATED) as z:
            z.writestr('[Content_Types].xml', CT)
            z.writestr('_rels/.rels', RELS)
            z.writestr('word/document.xml', doc)


if __name__ == '__main__':
    main()
