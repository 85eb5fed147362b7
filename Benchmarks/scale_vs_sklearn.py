#!/usr/bin/env python3
"""Cluster N synthetic notes with agenda's large-set path and with scikit-learn's kNN + Leiden
pipeline, on the same data in one run, and print time, peak memory and ARI for both.

    python3 Benchmarks/scale_vs_sklearn.py --n 100000 [--seed 42] [--threads 2]

Generates the notes with ../shared/bench/make_notes.py (20 planted topics), then
- runs the release build of `agenda-bench scale` (stages with time and peak memory), and
- runs the scikit-learn pipeline in a child process of its own (so its peak memory is its own):
  TfidfVectorizer (Dutch stopwords, sublinear tf), a sparse 15-nearest-neighbour cosine graph
  (NearestNeighbors, brute force on the sparse matrix, both cores), Leiden on that graph (leidenalg,
  modularity, fixed seed).
Both are scored by the adjusted Rand index against the planted topics. The command a user runs,
`agenda cluster notes.csv --json`, is timed end to end beside them (process start, reading and
JSON output included), as is scikit-learn's whole run (reading included).

Needs scikit-learn, python-igraph and leidenalg (pip install scikit-learn leidenalg); not part
of CI. Build first: swift build -c release --product agenda-bench && swift build -c release --product agenda
"""
import argparse
import csv
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# A short list of Dutch function words; scikit-learn ships none for Dutch.
DUTCH_STOPWORDS = """aan al alle als also ben bij dan dat de deze die dit doen door dus een en er
 haar hebben heeft het hier hij hoe hun ik in is je kan kunnen maar me meer met mij naar niet nog
 nu of om omdat ons onze ook op over te tot u uit van veel voor waar wat we wel welke wie wij wordt
 worden zal ze zich zij zijn zo zoals""".split()


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_sklearn(notes_path, labels_path, k_neighbours, seed):
    """The scikit-learn side; prints one JSON line."""
    import igraph as ig
    import leidenalg
    import numpy as np
    import sklearn
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics import adjusted_rand_score
    from sklearn.neighbors import NearestNeighbors

    stages = []
    clock = time.perf_counter()

    def stage(name, start):
        stages.append({"stage": name, "seconds": time.perf_counter() - start, "peak_mb": peak_mb()})

    start = time.perf_counter()
    with open(notes_path, encoding="utf-8") as fh:
        texts = [row["text"] for row in csv.DictReader(fh)]
    with open(labels_path, encoding="utf-8") as fh:
        truth = [row["label"] for row in csv.DictReader(fh)]
    stage("read", start)

    start = time.perf_counter()
    matrix = TfidfVectorizer(stop_words=DUTCH_STOPWORDS, sublinear_tf=True, min_df=2).fit_transform(texts)
    stage("tfidf", start)

    start = time.perf_counter()
    # Both cores, and distance blocks of at most 256 MB.
    with sklearn.config_context(working_memory=256):
        nn = NearestNeighbors(n_neighbors=k_neighbours + 1, metric="cosine", algorithm="brute", n_jobs=2).fit(matrix)
        distances, indices = nn.kneighbors(matrix)
    stage("knn", start)

    start = time.perf_counter()
    sources, targets, weights = [], [], []
    for i in range(len(texts)):
        for d, j in zip(distances[i], indices[i]):
            if j != i and d < 1:
                sources.append(i)
                targets.append(int(j))
                weights.append(1 - float(d))
    graph = ig.Graph(n=len(texts), edges=list(zip(sources, targets)), directed=False)
    graph.es["weight"] = weights
    graph = graph.simplify(combine_edges="max")
    partition = leidenalg.find_partition(graph, leidenalg.ModularityVertexPartition, weights="weight", seed=seed)
    stage("leiden", start)

    ari = adjusted_rand_score(truth, np.array(partition.membership))
    print(json.dumps({"stages": stages, "total": time.perf_counter() - clock, "peak_mb": peak_mb(),
                      "clusters": len(partition), "ari": ari}))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--neighbours", type=int, default=15)
    ap.add_argument("--bench", default=os.path.join(ROOT, ".build", "release", "agenda-bench"))
    ap.add_argument("--agenda", default=os.path.join(ROOT, ".build", "release", "agenda"))
    ap.add_argument("--make-notes", default=os.path.join(ROOT, "..", "shared", "bench", "make_notes.py"))
    ap.add_argument("--sklearn-only", nargs=2, metavar=("NOTES", "LABELS"), help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.sklearn_only:
        run_sklearn(a.sklearn_only[0], a.sklearn_only[1], a.neighbours, a.seed)
        return

    work = tempfile.mkdtemp(prefix="agenda-scale-")
    notes, labels = os.path.join(work, "notes.csv"), os.path.join(work, "labels.csv")
    subprocess.run([sys.executable, a.make_notes, "--n", str(a.n), "--k", "20", "--seed", str(a.seed),
                    "--out", notes, "--labels", labels], check=True, capture_output=True)

    ours = subprocess.run([a.bench, "scale", "--notes", notes, "--labels", labels, "--threads", str(a.threads)],
                          check=True, capture_output=True, text=True).stdout
    print(f"agenda-bench scale, {a.n} notes, {a.threads} threads")
    print(ours.rstrip())
    total = float(re.search(r"^clustering total\s+([0-9.]+) s", ours, re.M).group(1))
    our_ari = float(re.search(r"^ARI\s+([0-9.\-]+)", ours, re.M).group(1))

    # What a user runs: the command line end to end, in the notes' folder, timed from outside.
    start = time.perf_counter()
    cli = subprocess.run(["/usr/bin/time", "-f", "%M", a.agenda, "cluster", notes, "--json", "--threads", str(a.threads)],
                         check=True, capture_output=True, text=True, cwd=work)
    cli_seconds = time.perf_counter() - start
    cli_mb = int(cli.stderr.strip().splitlines()[-1]) / 1024
    cli_ari = adjusted_rand(open_labels(labels), json.loads(cli.stdout)["assignments"])
    print(f"\nagenda cluster notes.csv --json (end to end): {cli_seconds:.2f} s, peak {cli_mb:.0f} MB, ARI {cli_ari:.3f}")

    theirs = json.loads(subprocess.run([sys.executable, __file__, "--sklearn-only", notes, labels,
                                        "--neighbours", str(a.neighbours), "--seed", str(a.seed)],
                                       check=True, capture_output=True, text=True).stdout)
    print(f"\nscikit-learn kNN + Leiden, {a.n} notes")
    for s in theirs["stages"]:
        print(f"{s['stage']:<10}{s['seconds']:8.3f} s   peak {s['peak_mb']:6.0f} MB")
    print(f"clusters  {theirs['clusters']}")
    print(f"ARI       {theirs['ari']:.3f}")
    sk_total = sum(s["seconds"] for s in theirs["stages"] if s["stage"] != "read")
    print(f"\nclustering (read excluded): agenda {total:.2f} s, scikit-learn {sk_total:.2f} s, "
          f"ratio {sk_total / total:.1f}x; ARI agenda {our_ari:.3f}, scikit-learn {theirs['ari']:.3f}")
    print(f"end to end (reading included): agenda cluster {cli_seconds:.2f} s, scikit-learn {theirs['total']:.2f} s, "
          f"ratio {theirs['total'] / cli_seconds:.1f}x")


def open_labels(path):
    with open(path, encoding="utf-8") as fh:
        return [row["label"] for row in csv.DictReader(fh)]


def adjusted_rand(a, b):
    """The adjusted Rand index of two labellings, without scikit-learn."""
    from collections import Counter
    from math import comb
    n = len(a)
    pairs = sum(comb(c, 2) for c in Counter(zip(a, b)).values())
    rows = sum(comb(c, 2) for c in Counter(a).values())
    cols = sum(comb(c, 2) for c in Counter(b).values())
    expected = rows * cols / comb(n, 2)
    top = (rows + cols) / 2
    return (pairs - expected) / (top - expected) if top != expected else 1.0


if __name__ == "__main__":
    main()
