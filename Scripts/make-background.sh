#!/usr/bin/env bash
# Makes the background of Dutch workshop language that ships with the toolkit
# (Sources/Workspace/Resources/background.txt and lexicon.yaml) from the bundled corpus, through
# the same readers `agenda ingest` uses. Run it after changing the corpus, then commit the files.
set -euo pipefail
cd "$(dirname "$0")/.."
# The resources must exist for the package to build; start from empty ones the first time.
mkdir -p Sources/Workspace/Resources
[ -f Sources/Workspace/Resources/background.txt ] || : > Sources/Workspace/Resources/background.txt
[ -f Sources/Workspace/Resources/lexicon.yaml ] || cp corpus/lexicon.yaml Sources/Workspace/Resources/lexicon.yaml
swift run agenda-bench background --corpus corpus --output Sources/Workspace/Resources
