#!/usr/bin/env python3
"""Writes report-styled.docx: the workshop report as Word's list buttons make it (python-docx).

    python3 -m venv /tmp/docx && /tmp/docx/bin/pip install python-docx==1.2.0
    /tmp/docx/bin/python make_styled_docx.py CORPUS_REPORT.txt OUTPUT_FOLDER

Every list item is a paragraph in one of python-docx's default list styles, whose numbering
sits in styles.xml and not on the paragraph: bullets in 'List Bullet', numbers in 'List Number',
letters in 'List Number 2', roman numerals in 'List Number 3'. Where the report's numbering
starts again, the paragraph carries what Word's "Restart at 1" writes: its own w:numPr naming a
new list instance (w:num) of the style's list with a w:lvlOverride/w:startOverride. Group
headings are 'Heading 2' (add_heading), every other line a plain paragraph; blank lines stay
empty paragraphs, so a paragraph's position is its line in the text.

The ODF copy, report.odt, is this file converted by LibreOffice:

    soffice --headless --convert-to odt --outdir ../odt report-styled.docx && mv ../odt/report-styled.odt ../odt/report.odt
"""
import re
import sys

import docx
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}


def style_num_id(document, style_name):
    ppr = document.styles[style_name].element.pPr
    return ppr.numPr.numId.val


def restart(document, paragraph, num_id, start):
    """Gives `paragraph` a new instance of list `num_id` that starts at `start`, as Word does."""
    numbering = document.part.numbering_part.element
    abstract = next(n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == str(num_id)).find(qn("w:abstractNumId")).get(qn("w:val"))
    new_id = max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(new_id))
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), abstract)
    num.append(a)
    override = OxmlElement("w:lvlOverride")
    override.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride")
    so.set(qn("w:val"), str(start))
    override.append(so)
    num.append(override)
    numbering.append(num)
    ppr = paragraph._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(new_id))
    numpr.append(ilvl)
    numpr.append(nid)
    ppr.append(numpr)


def report(source, target):
    document = docx.Document()
    # What Word would show next in each style's list; a different number restarts the list.
    expected = {}
    last_letter = None
    for raw in open(source, encoding="utf-8").read().split("\n"):
        line = raw.replace("[image: ]", "")
        stripped = line.strip(" \t")
        m_bullet = re.match(r"^[·•\-*]\s+(.*)$", stripped)
        m_num = re.match(r"^(\d{1,2})([.)]?)[ \t]+(\D.*)$", stripped)
        m_alpha = re.match(r"^([a-z]{1,4})([.)])[ \t]+(.+)$", stripped)
        item = None
        if m_bullet and m_bullet.group(1).strip():
            item = ("List Bullet", None, m_bullet.group(1))
        elif m_num:
            item = ("List Number", int(m_num.group(1)), m_num.group(3))
            last_letter = None
        elif m_alpha and (len(m_alpha.group(1)) == 1 or m_alpha.group(1) in ROMAN):
            word, _, text = m_alpha.groups()
            is_roman = word in ROMAN and not (len(word) == 1 and last_letter is not None and ord(word) == ord(last_letter) + 1)
            if is_roman and (last_letter is not None or len(word) > 1):
                item = ("List Number 3", ROMAN[word], text)
            else:
                item = ("List Number 2", ord(word) - 96, text)
                last_letter = word
        if item:
            style, number, text = item
            paragraph = document.add_paragraph(text, style=style)
            if number is not None:
                if expected.get(style, 1) != number:
                    restart(document, paragraph, style_num_id(document, style), number)
                expected[style] = number + 1
            # A new numbered item opens new letter and roman lists under it.
            if style == "List Number":
                expected["List Number 2"] = expected["List Number 3"] = None
            if style == "List Number 2":
                expected["List Number 3"] = None
        elif re.match(r"^Groep\s+\S+(\s+en\s+\S+)?$", stripped):
            document.add_heading(stripped, level=2)
        else:
            document.add_paragraph(line.rstrip())
    document.save(target)


if __name__ == "__main__":
    report(sys.argv[1], f"{sys.argv[2]}/report-styled.docx")
