#!/usr/bin/env bash
# The second round of hostile inputs (issue #27), each made here, through `agenda` as a user runs
# it, each in a fresh folder with a fresh database: wall time, peak memory (GNU time's maximum
# RSS) and what agenda said.
#   Scripts/bench_hostile.sh [AGENDA_BINARY]   default .build/release/agenda
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
agenda=$(realpath "${1:-$root/.build/release/agenda}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

run() {  # run NAME COMMAND…   (in a folder NAME prepared by the caller)
  local name=$1; shift
  local status=0
  ( cd "$name" && /usr/bin/time -f "%e %M" -o time.txt timeout 120 "$agenda" "$@" > out.txt 2> err.txt ) || status=$?
  read -r seconds kilobytes < <(tail -n 1 "$name/time.txt")
  local outcome
  if [ "$status" = 0 ]; then outcome="read: $(tail -n 1 "$name/out.txt" | cut -c1-70)"; else outcome="exit $status: $(head -n 1 "$name/err.txt" | sed 's|/[^ ]*/||' | cut -c1-90)…"; fi
  printf '%-30s %6.2f s %6d MB  %s\n' "$name" "$seconds" $((kilobytes / 1024)) "$outcome"
}

# A 2 GB text file (sparse: nothing written) and a 200 MB CSV of one line: refused by size.
mkdir big-text && truncate -s 2G big-text/groot.txt
run big-text ingest groot.txt --kind notes
mkdir one-line-csv && { printf 'Text;Group\n'; head -c $((200 << 20)) /dev/zero | tr '\0' 'a'; } > one-line-csv/bord.csv
run one-line-csv ingest bord.csv
# A corpus.yaml whose anchors are mapping keys nine levels deep (583 bytes).
mkdir alias-keys && python3 - alias-keys/corpus.yaml <<'PY'
import sys
lines = ["a0: &a0 [x, y, z, w, v]"]
for level in range(1, 10):
    p = f"*a{level - 1}"
    lines.append(f"a{level}: &a{level} {{ {p} : 1, [{p}, {p}] : 2, [{p}] : 3, [{p}, 1] : 4, [{p}, 2] : 5 }}")
open(sys.argv[1], "w").write("\n".join(lines) + "\ndocuments: []\n")
PY
run alias-keys ingest .
# Word and ODF lists that start at 2^63-1.
mkdir huge-start && python3 - huge-start <<'PY'
import sys, zipfile
folder = sys.argv[1]
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
numbering = f'<w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="9223372036854775807"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="9223372036854775807"/></w:lvlOverride></w:num></w:numbering>'
item = lambda t: f'<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>{t}</w:t></w:r></w:p>'
with zipfile.ZipFile(f"{folder}/lijst.docx", "w") as z:
    z.writestr("word/document.xml", f'<w:document {W}><w:body>{item("Een")}{item("Twee")}{item("Drie")}</w:body></w:document>')
    z.writestr("word/numbering.xml", numbering)
O = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
with zipfile.ZipFile(f"{folder}/lijst-odf.odt", "w") as z:
    z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
    z.writestr("content.xml", f'<office:document-content {O}><office:body><office:text><text:list><text:list-item text:start-value="9223372036854775807"><text:p>Een</text:p></text:list-item><text:list-item><text:p>Twee</text:p></text:list-item></text:list></office:text></office:body></office:document-content>')
PY
run huge-start ingest lijst.docx lijst-odf.odt --kind notes
cp -r huge-start cluster-huge-start
run cluster-huge-start cluster lijst.docx
# A CSV whose quote opens on line 5,002 of 10,000 and never closes.
mkdir open-quote && { echo 'Text;Group'; for i in $(seq 1 5000); do echo "Notitie $i;A"; done; echo '"Open;A'; for i in $(seq 5001 9998); do echo "Notitie $i;A"; done; } > open-quote/bord.csv
run open-quote ingest bord.csv
# A good file and a broken one in one ingest: nothing stored.
mkdir good-and-bad && echo "Een notitie" > good-and-bad/goed.txt && printf 'PK\003\004kapot' > good-and-bad/kapot.docx
run good-and-bad ingest goed.txt kapot.docx --kind notes
