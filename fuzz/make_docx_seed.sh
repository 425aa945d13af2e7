#!/usr/bin/env bash
# Writes a small but complete .docx (paragraphs, auto-numbering, a footnote,
# a table, a comment) to $1, as the docx fuzzer's seed.
set -euo pipefail
out=$(realpath -m "$1")
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
mkdir -p "$d/_rels" "$d/word/_rels"
W='xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
cat > "$d/[Content_Types].xml" <<X
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>
X
cat > "$d/_rels/.rels" <<X
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
X
cat > "$d/word/_rels/document.xml.rels" <<X
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>
X
cat > "$d/word/numbering.xml" <<X
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering $W><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>
X
cat > "$d/word/footnotes.xml" <<X
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes $W><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>Gồm: xã Tân Lập, xã Tân Hòa và thị trấn Đông Sơn.</w:t></w:r></w:p></w:footnote></w:footnotes>
X
cat > "$d/word/comments.xml" <<X
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:comments $W><w:comment w:id="0" w:author="Văn phòng"><w:p><w:r><w:t>reportcheck: bỏ qua sum-mismatch — số liệu sơ bộ</w:t></w:r></w:p></w:comment></w:comments>
X
cat > "$d/word/document.xml" <<X
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document $W><w:body>
<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>KẾT QUẢ THỰC HIỆN NHIỆM VỤ</w:t></w:r></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Kinh tế</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Tổng thu ngân sách ước đạt 152,4 tỷ đồng, đạt 76,2% dự toán, tăng 8,5% so với cùng kỳ; 03 xã đạt chuẩn</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r><w:r><w:t>.</w:t></w:r></w:p>
<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>Tổng số 120 hộ (trong đó: 70 hộ nghèo, 60 hộ cận nghèo).</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Chỉ tiêu</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Kế hoạch</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Thực hiện</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>Xã Tân Lập</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>40</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>38</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>Tổng cộng</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>40</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>38</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:sectPr/></w:body></w:document>
X
rm -f "$out"
(cd "$d" && zip -q -X -r "$out" '[Content_Types].xml' _rels word)
