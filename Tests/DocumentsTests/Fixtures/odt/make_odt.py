#!/usr/bin/env python3
"""Writes the hand-made .odt fixtures of the LibreOffice reader's tests (standard library only).

    python3 make_odt.py OUTPUT_FOLDER

- constructs.odt: one construct each: a text:h per level, a paragraph in a heading style
  ("Kop 1" by its display name, a style based on it), nested lists with a numbered and a
  lettered level, a bullet list, a list header, a list that continues another, an item that
  restarts, a table, spaces (text:s), a tab, a line break, a link, a footnote, an annotation and
  deleted text (tracked changes).
- hostile files: a DOCTYPE with an external entity, nested entity expansion, a zip bomb entry
  (honest, and with headers that claim a small size), a huge text:s count, and a cut-off archive.

The report fixtures are LibreOffice's own conversions of the Word fixtures (Debian's
libreoffice-writer-nogui):

    soffice --headless --convert-to odt --outdir . ../docx/report.docx
    soffice --headless --convert-to odt --outdir . ../docx/report-styled.docx
    soffice --headless --convert-to "txt:Text (encoded):UTF8" --outdir /tmp/lo report-styled.odt && mv /tmp/lo/report-styled.txt report-styled.lo.txt
    soffice --headless --convert-to "txt:Text (encoded):UTF8" --outdir /tmp/lo ../docx/report-styled.docx && mv /tmp/lo/report-styled.txt ../docx/report-styled.lo.txt

The .lo.txt files are what LibreOffice shows: one line per paragraph, with each list item's
number or bullet.
"""
import sys
import zipfile

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:xml="http://www.w3.org/XML/1998/namespace"')
MIMETYPE = "application/vnd.oasis.opendocument.text"
MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/></manifest:manifest>"""

STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {NS} office:version="1.3"><office:styles>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Kop_20_1" style:display-name="Kop 1" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="Eigen_20_kop" style:display-name="Eigen kop" style:family="paragraph" style:parent-style-name="Kop_20_1"/>
<style:style style:name="Gewoon" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level=""/>
<text:list-style style:name="Nummers">
<text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/>
<text:list-level-style-number text:level="2" style:num-suffix=")" style:num-format="a"/>
<text:list-level-style-number text:level="3" style:num-suffix="." style:num-format="i"/>
</text:list-style>
<text:list-style style:name="Bolletjes">
<text:list-level-style-bullet text:level="1" text:bullet-char="•"/>
<text:list-level-style-bullet text:level="2" text:bullet-char="◦"/>
</text:list-style>
</office:styles></office:document-styles>"""


def content(body, automatic=""):
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS} office:version="1.3">'
            f"<office:automatic-styles>{automatic}</office:automatic-styles>"
            f"<office:body><office:text>{body}</office:text></office:body></office:document-content>")


def entry(name):
    """A zip entry with a fixed date, so that the same script writes the same bytes."""
    return zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))


def write(path, content_xml, styles=STYLES, compress=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", compress) as z:
        z.writestr(entry("mimetype"), MIMETYPE, compress_type=zipfile.ZIP_STORED)
        z.writestr(entry("META-INF/manifest.xml"), MANIFEST, compress_type=compress)
        z.writestr(entry("styles.xml"), styles, compress_type=compress)
        z.writestr(entry("content.xml"), content_xml, compress_type=compress)


def constructs(target):
    automatic = '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard" style:list-style-name="Nummers"/>'
    body = (
        '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>weg</text:p></text:deletion></text:changed-region></text:tracked-changes>'
        '<text:h text:outline-level="1">Verslag van de regiodag</text:h>'
        '<text:p text:style-name="Kop_20_1">Eerste deel</text:p>'
        '<text:h text:outline-level="2">Groep noord</text:h>'
        '<text:list xml:id="L1" text:style-name="Nummers">'
        '<text:list-item><text:p text:style-name="P1">Werkgevers betrekken</text:p>'
        '<text:list><text:list-item><text:p>Goede voorbeelden delen</text:p></text:list-item>'
        '<text:list-item><text:p>Subsidies eenvoudiger maken</text:p>'
        '<text:list><text:list-item><text:p>Regels tellen</text:p></text:list-item></text:list>'
        '</text:list-item></text:list></text:list-item>'
        '</text:list>'
        '<text:p text:style-name="Standard">Tussendoor</text:p>'
        '<text:list text:continue-list="L1" text:style-name="Nummers">'
        '<text:list-item><text:p>Passend werk</text:p></text:list-item>'
        '<text:list-header><text:p>Zonder nummer</text:p></text:list-header>'
        '</text:list>'
        '<text:list text:style-name="Bolletjes"><text:list-item><text:p>Regelruimte</text:p></text:list-item></text:list>'
        '<text:list text:style-name="Nummers"><text:list-item text:start-value="7"><text:p>Zeven</text:p></text:list-item>'
        '<text:list-item><text:p>Acht</text:p></text:list-item></text:list>'
        '<text:p text:style-name="Eigen_20_kop">Tweede deel</text:p>'
        '<table:table table:name="T"><table:table-row><table:table-cell><text:p>cel een</text:p></table:table-cell>'
        '<table:table-cell><text:p>cel twee</text:p></table:table-cell></table:table-row></table:table>'
        '<text:p>Zie <text:a xlink:href="https://example.org">de website</text:a><text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>'
        '<text:note-body><text:p>voetnoot</text:p></text:note-body></text:note><office:annotation><dc:creator>X</dc:creator><text:p>commentaar</text:p></office:annotation>'
        '<text:change text:change-id="c1"/> en<text:s text:c="3"/>pagina <text:span>3</text:span>.</text:p>'
        '<text:p>regel een<text:line-break/>regel twee<text:tab/>na tab</text:p>'
    )
    write(target, content(body, automatic))


def hostile(folder):
    xxe = f'<?xml version="1.0"?>\n<!DOCTYPE office:document-content [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n' + content("<text:p>&xxe;</text:p>").split("\n", 1)[1]
    laughs = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
              + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
              + ']>\n' + content("<text:p>&lol9;</text:p>").split("\n", 1)[1])
    write(f"{folder}/external-entity.odt", xxe)
    write(f"{folder}/billion-laughs.odt", laughs)
    # An entry that inflates to 64 MiB of spaces inside a valid-looking document.
    with zipfile.ZipFile(f"{folder}/zip-bomb.odt", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr(entry("mimetype"), MIMETYPE, compress_type=zipfile.ZIP_STORED)
        z.writestr(entry("content.xml"), content("<text:p>" + " " * (64 << 20) + "</text:p>"), compress_type=zipfile.ZIP_DEFLATED)
    # The same bomb whose headers claim content.xml inflates to 1,000 bytes: only counting while
    # inflating stops it.
    data = bytearray(open(f"{folder}/zip-bomb.odt", "rb").read())
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (start := data.find(signature, start)) >= 0:
            name_at = start + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at:name_at + 11] == b"content.xml":
                data[start + offset:start + offset + 4] = (1000).to_bytes(4, "little")
            start += 4
    open(f"{folder}/zip-bomb-lying.odt", "wb").write(bytes(data))
    # One text:s asking for two billion spaces, a thousand times.
    write(f"{folder}/huge-spaces.odt", content('<text:p>a' + '<text:s text:c="2000000000"/>' * 1000 + 'b</text:p>'))
    data = open(f"{folder}/constructs.odt", "rb").read()
    open(f"{folder}/truncated.odt", "wb").write(data[: len(data) // 2])


if __name__ == "__main__":
    folder = sys.argv[1]
    constructs(f"{folder}/constructs.odt")
    hostile(folder)
