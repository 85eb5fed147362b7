#!/usr/bin/env python3
"""Time agenda's GraphML export next to NetworkX's write_graphml on the same graph, in one run.

    python3 Benchmarks/export_vs_networkx.py --n 10000 [--repeat 3]

Generates N synthetic notes with ../shared/bench/make_notes.py, runs the release build of
agenda-bench (store the graph, export it), reads the exported file with NetworkX and times
NetworkX writing that same graph. Needs networkx (pip install networkx); not part of CI.
Build first: swift build -c release --product agenda-bench
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--bench", default=os.path.join(ROOT, ".build", "release", "agenda-bench"))
    ap.add_argument("--make-notes", default=os.path.join(ROOT, "..", "shared", "bench", "make_notes.py"))
    a = ap.parse_args()
    import networkx as nx

    work = tempfile.mkdtemp(prefix="agenda-bench-")
    notes, labels = os.path.join(work, "notes.csv"), os.path.join(work, "labels.csv")
    subprocess.run([sys.executable, a.make_notes, "--n", str(a.n), "--k", "20", "--seed", str(a.seed),
                    "--out", notes, "--labels", labels], check=True, capture_output=True)
    ours = []
    for _ in range(a.repeat):
        out = subprocess.run([a.bench, "export", "--notes", notes, "--labels", labels,
                              "--graphml", os.path.join(work, "agenda.graphml")],
                             check=True, capture_output=True, text=True).stdout
        ours.append(float(re.search(r"^graphml\s+([0-9.]+) s", out, re.M).group(1)))
    print(out.strip())
    graph = nx.read_graphml(os.path.join(work, "agenda.graphml"))
    theirs = []
    for _ in range(a.repeat):
        start = time.perf_counter()
        nx.write_graphml(graph, os.path.join(work, "networkx.graphml"))
        theirs.append(time.perf_counter() - start)
    best_ours, best_theirs = min(ours), min(theirs)
    print(f"graph: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")
    print(f"agenda GraphML export     best of {a.repeat}: {best_ours:.3f} s")
    print(f"networkx write_graphml    best of {a.repeat}: {best_theirs:.3f} s")
    print(f"ratio networkx / agenda: {best_theirs / best_ours:.1f}x")


if __name__ == "__main__":
    main()
