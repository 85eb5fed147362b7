#!/usr/bin/env bash
# Fuzzes each reader with libFuzzer for a fixed number of executions (not part of CI).
#   Scripts/fuzz.sh [RUNS [SECONDS [TARGET...]]]   default 1000000 runs per target, no time limit;
#     readers: text markdown csv decode docx odt qdpx yaml word-styles odt-xml; interpreters (after the
#     text reader): workshop-report development-group case (the slowest: pattern matching under ASan)
# The Word, ODF, QDA and YAML targets get a dictionary: Fuzz/dictionaries/numbers.dict (0, -1,
# 2^31-1, 2^63-1, digit strings past any integer) and the format's own tokens, so that boundary
# numbers land in list starts, levels, counts and offsets rather than waiting for chance.
# LeakSanitizer is on for the readers. For the interpreters it is off unless DETECT_LEAKS=1: it
# reports the regular expressions they compile once, into globals (1.15 MB in 8,996 allocations
# after 10, 300 or 1,500 inputs alike), which it cannot follow through Swift's packed pointers.
# Crashing inputs land in Fuzz/crashes/READER/; keep each as a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-1000000}
seconds=${2:-0}
[ -n "${SKIP_BUILD:-}" ] || swift build -c release --product AgendaFuzz --build-path .build-fuzz \
  -Xswiftc -sanitize=fuzzer,address >/dev/null
binary=.build-fuzz/release/AgendaFuzz
shift $(( $# > 2 ? 2 : $# ))
targets=${*:-text markdown csv decode docx odt qdpx yaml word-styles odt-xml workshop-report development-group case}
dictionaries=$(mktemp -d)
trap 'rm -rf "$dictionaries"' EXIT
for reader in $targets; do
  corpus=Fuzz/corpus/$reader
  crashes=Fuzz/crashes/$reader
  mkdir -p "$corpus" "$crashes"
  case $reader in
    text|decode|workshop-report|development-group|case) for f in corpus/*.txt; do head -c 2048 "$f" > "$corpus/$(basename "$f")"; done ;;
    markdown) printf '# Titel\n\n## Groep een\n1. Thema\n   - notitie\n' > "$corpus/seed.md" ;;
    csv) printf 'Content;Frame\n"<p>een</p>";A\n"twee\nregels";B\n' > "$corpus/seed.csv" ;;
    docx) cp Tests/DocumentsTests/Fixtures/docx/report.docx Tests/DocumentsTests/Fixtures/docx/constructs.docx "$corpus/" ;;
    odt) cp Tests/DocumentsTests/Fixtures/odt/constructs.odt Tests/DocumentsTests/Fixtures/odt/report.odt "$corpus/" ;;
    # Unzipped parts separated by 0x1E (Fuzz/seeds/, made from the tests' hand-made documents).
    word-styles|odt-xml|qdpx) cp "Fuzz/seeds/$reader.xml" "$corpus/" ;;
    yaml) cp Fuzz/seeds/yaml.yaml "$corpus/" ;;
  esac
  case $reader in
    docx|word-styles) format=word ;;
    odt|odt-xml) format=odf ;;
    qdpx|yaml) format=$reader ;;
    *) format= ;;
  esac
  dictionary=()
  if [ -n "$format" ]; then
    cat Fuzz/dictionaries/numbers.dict "Fuzz/dictionaries/$format.dict" > "$dictionaries/$reader.dict"
    dictionary=(-dict="$dictionaries/$reader.dict")
  fi
  # Text inputs are kept to 1 KB so the pattern-heavy interpreters run a million times in
  # reasonable time; absurdly long lines and large files are unit tests (HostileInputTests).
  case $reader in docx|odt|qdpx|yaml) max_len=4096 ;; word-styles|odt-xml) max_len=8192 ;; *) max_len=${MAX_LEN:-1024} ;; esac
  case $reader in workshop-report|development-group|case) leaks=${DETECT_LEAKS:-0} ;; *) leaks=1 ;; esac
  echo "== $reader: $runs runs, inputs up to $max_len bytes"
  ASAN_OPTIONS=detect_leaks=$leaks AGENDA_FUZZ_READER=$reader "$binary" -runs="$runs" -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 -detect_leaks="$leaks" \
    -artifact_prefix="$crashes/" -print_final_stats=1 "${dictionary[@]}" "$corpus" 2>&1 | grep -E "stat::number_of_executed_units|Done|ERROR|SUMMARY" || true
done
