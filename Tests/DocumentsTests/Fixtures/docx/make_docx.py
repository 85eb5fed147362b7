#!/usr/bin/env python3
"""Writes the .docx fixtures of the Word reader's tests (standard library only).

    python3 make_docx.py CORPUS_REPORT.txt OUTPUT_FOLDER

- report.docx: the workshop report as Word would hold it: one paragraph per line, list items as
  Word's automatic numbering (bullets, 1 / 1. / 1), a. / b), i.) with the marker only in
  numbering.xml, group headings in the "Kop 2" heading style, tabs as w:tab.
- constructs.docx: one construct each: heading styles (Title, Heading 1, Kop 2), numbering that
  counts on by itself and nests, a table, a hyperlink, a simple field, a field code, a soft line
  break, a tab, a footnote reference and deleted text.
- hostile files: a DOCTYPE with an external entity, nested entity expansion, a zip bomb entry,
  and a cut-off archive.
"""
import re
import sys
import zipfile
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""
DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org" TargetMode="External"/></Relationships>"""
STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}><w:style w:type="paragraph" w:styleId="Kop2"><w:name w:val="heading 2"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/></w:style><w:style w:type="paragraph" w:styleId="Standaard"><w:name w:val="Normal"/></w:style></w:styles>"""

# Abstract numbering: 1 bullets; 2 "%1"; 3 "%1."; 4 "%1)"; 5 letters "%1."; 6 letters "%1)"; 7 roman "%1."
FORMATS = {1: ("bullet", "·"), 2: ("decimal", "%1"), 3: ("decimal", "%1."), 4: ("decimal", "%1)"),
           5: ("lowerLetter", "%1."), 6: ("lowerLetter", "%1)"), 7: ("lowerRoman", "%1.")}


def abstract_nums():
    out = []
    for aid, (fmt, text) in FORMATS.items():
        levels = "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt if i == 0 else ["decimal", "lowerLetter", "lowerRoman"][min(i, 2)]}"/><w:lvlText w:val="{text if i == 0 else "%" + str(i + 1) + "."}"/></w:lvl>'
            for i in range(3))
        out.append(f'<w:abstractNum w:abstractNumId="{aid}">{levels}</w:abstractNum>')
    return "".join(out)


def para(text, num=None, style=None):
    ppr = ""
    if style or num:
        ppr = "<w:pPr>"
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if num:
            ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
        ppr += "</w:pPr>"
    runs = ""
    for i, piece in enumerate(text.split("\t")):
        if i:
            runs += "<w:r><w:tab/></w:r>"
        if piece:
            runs += f'<w:r><w:t xml:space="preserve">{escape(piece)}</w:t></w:r>'
    return f"<w:p>{ppr}{runs}</w:p>"


def write(path, body, numbering, extra=None):
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{body}</w:body></w:document>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/_rels/document.xml.rels", DOC_RELS)
        z.writestr("word/styles.xml", STYLES)
        z.writestr("word/numbering.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {W}>{abstract_nums()}{numbering}</w:numbering>')
        z.writestr("word/document.xml", document)
        for name, data in (extra or {}).items():
            z.writestr(name, data)


ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}


def report(source, target):
    nums, body = [], []
    last_letter = None
    for raw in open(source, encoding="utf-8").read().split("\n"):
        line = raw.replace("[image: ]", "")
        stripped = line.strip(" \t")
        m_bullet = re.match(r"^[·•\-*]\s+(.*)$", stripped)
        m_num = re.match(r"^(\d{1,2})([.)]?)[ \t]+(\D.*)$", stripped)
        m_alpha = re.match(r"^([a-z]{1,4})([.)])[ \t]+(.+)$", stripped)
        if m_bullet and m_bullet.group(1).strip():
            nums.append((len(nums) + 1, 1, 1, 0))
            body.append(para(m_bullet.group(1), (len(nums), 0)))
        elif m_num:
            aid = {"": 2, ".": 3, ")": 4}[m_num.group(2)]
            nums.append((len(nums) + 1, aid, int(m_num.group(1)), 0))
            body.append(para(m_num.group(3), (len(nums), 0)))
            last_letter = None
        elif m_alpha and (len(m_alpha.group(1)) == 1 or m_alpha.group(1) in ROMAN):
            word, punct, text = m_alpha.groups()
            is_roman = word in ROMAN and not (len(word) == 1 and last_letter is not None and ord(word) == ord(last_letter) + 1)
            if is_roman and (last_letter is not None or len(word) > 1):
                nums.append((len(nums) + 1, 7, ROMAN[word], 0))
            else:
                nums.append((len(nums) + 1, 5 if punct == "." else 6, ord(word) - 96, 0))
                last_letter = word
            body.append(para(text, (len(nums), 0)))
        elif re.match(r"^Groep\s+\S+(\s+en\s+\S+)?$", stripped):
            body.append(para(stripped, style="Kop2"))
        else:
            body.append(para(line.rstrip()))
    numbering = "".join(
        f'<w:num w:numId="{nid}"><w:abstractNumId w:val="{aid}"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride></w:num>'
        for nid, aid, start, _ in nums)
    write(target, "".join(body), numbering)


def constructs(target):
    body = [
        para("Verslag van de regiodag", style="Titel"),
        para("Eerste deel", style="Heading1"),
        para("Groep noord", style="Kop2"),
        para("Werkgevers betrekken", (1, 0)),
        para("Goede voorbeelden delen", (2, 1)),
        para("Subsidies eenvoudiger maken", (2, 1)),
        para("Passend werk", (1, 0)),
        para("Regelruimte", (3, 0)),
        '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>cel een</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>cel twee</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
        '<w:p><w:r><w:t xml:space="preserve">Zie </w:t></w:r><w:hyperlink r:id="rId9"><w:r><w:t>de website</w:t></w:r></w:hyperlink><w:r><w:t xml:space="preserve"> en </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>pagina 3</w:t></w:r></w:fldSimple><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "x" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>, link</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:del><w:r><w:delText>weg</w:delText></w:r></w:del><w:r><w:t>.</w:t></w:r></w:p>',
        '<w:p><w:r><w:t>regel een</w:t><w:br/><w:t>regel twee</w:t><w:tab/><w:t>na tab</w:t></w:r></w:p>',
    ]
    # numId 1: decimal "%1." counting on by itself; numId 2: its second level; numId 3: bullets.
    numbering = '<w:num w:numId="1"><w:abstractNumId w:val="3"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="3"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>'
    write(target, "".join(body), numbering)


def hostile(folder):
    xxe = f'<?xml version="1.0"?>\n<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<w:document {W}><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>'
    laughs = '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)) + f']>\n<w:document {W}><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>'
    for name, document in (("external-entity.docx", xxe), ("billion-laughs.docx", laughs)):
        with zipfile.ZipFile(f"{folder}/{name}", "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("[Content_Types].xml", CONTENT_TYPES)
            z.writestr("word/document.xml", document)
    # An entry that inflates to 64 MiB of spaces inside a valid-looking document.
    bomb = f'<?xml version="1.0"?>\n<w:document {W}><w:body><w:p><w:r><w:t>' + " " * (64 << 20) + "</w:t></w:r></w:p></w:body></w:document>"
    with zipfile.ZipFile(f"{folder}/zip-bomb.docx", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("word/document.xml", bomb)
    data = open(f"{folder}/constructs.docx", "rb").read()
    open(f"{folder}/truncated.docx", "wb").write(data[: len(data) // 2])


if __name__ == "__main__":
    source, folder = sys.argv[1], sys.argv[2]
    report(source, f"{folder}/report.docx")
    constructs(f"{folder}/constructs.docx")
    hostile(folder)
