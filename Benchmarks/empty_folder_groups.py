#!/usr/bin/env python3
"""Cluster each self-grouped group of the bundled corpus as a new user would: its notes written
to a file, `agenda cluster FILE --json` in an empty folder and again with --corpus at the bundled
corpus; print the adjusted Rand index of each against the group's own themes.

    swift build -c release --product agenda
    python3 Benchmarks/empty_folder_groups.py [--agenda .build/release/agenda]

Needs nothing beyond Python 3 (the ARI is computed here).
"""
import argparse
import collections
import json
import os
import shutil
import subprocess
import tempfile
from math import comb

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def adjusted_rand_index(a, b):
    n = len(a)
    pairs = collections.Counter(zip(a, b))
    sum_ij = sum(comb(v, 2) for v in pairs.values())
    sum_a = sum(comb(v, 2) for v in collections.Counter(a).values())
    sum_b = sum(comb(v, 2) for v in collections.Counter(b).values())
    expected = sum_a * sum_b / comb(n, 2)
    maximum = (sum_a + sum_b) / 2
    return 0.0 if maximum == expected else (sum_ij - expected) / (maximum - expected)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--agenda", default=os.path.join(ROOT, ".build", "release", "agenda"))
    a = ap.parse_args()
    corpus = os.path.join(ROOT, "corpus")
    work = tempfile.mkdtemp()
    try:
        subprocess.run([a.agenda, "ingest", corpus], cwd=work, check=True, capture_output=True)
        notes = json.loads(subprocess.run([a.agenda, "list", "note", "--json"], cwd=work, check=True, capture_output=True, text=True).stdout)
        groups = collections.OrderedDict()
        for note in notes:
            p = note["properties"]
            groups.setdefault((p.get("workshop", ""), p.get("group", "")), []).append((note["text"], p.get("theme")))
        rows = []
        for (workshop, group), items in groups.items():
            themed = [(t, th) for t, th in items if th]
            if len(set(th for _, th in themed)) < 2:
                continue
            folder = tempfile.mkdtemp(dir=work)
            with open(os.path.join(folder, "notes.txt"), "w", encoding="utf-8") as f:
                f.write("\n".join(t.replace("\n", " ") for t, _ in themed) + "\n")
            found = {}
            for mode, extra in [("empty", []), ("corpus", ["--corpus", corpus])]:
                run = subprocess.run([a.agenda, "cluster", "notes.txt", "--json"] + extra, cwd=folder, capture_output=True, text=True, check=True)
                found[mode] = json.loads(run.stdout)["assignments"]
            truth = [th for _, th in themed]
            rows.append((f"{group} ({workshop})", len(themed), adjusted_rand_index(truth, found["empty"]), adjusted_rand_index(truth, found["corpus"]), found["empty"] == found["corpus"]))
        for name, n, empty, with_corpus, same in rows:
            print(f"{name:45} {n:3} notes  empty folder {empty:6.3f}  --corpus {with_corpus:6.3f}  {'same' if same else 'differ'}")
        print(f"mean ARI: empty folder {sum(r[2] for r in rows) / len(rows):.3f}, --corpus {sum(r[3] for r in rows) / len(rows):.3f}; "
              f"the same clusters in {sum(r[4] for r in rows)} of {len(rows)} groups")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
