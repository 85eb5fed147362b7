#!/usr/bin/env python3
"""How far the report's note maps show the clusters as regions: of each note's five nearest
notes on a map, the share in its own cluster (and, for comparison, in its group's theme),
averaged over the notes; per map level, read from the report a user opens.

    python3 Benchmarks/map_neighbours.py out/index.html [--near 5]

Chance is about the share of a note's cluster among the map's other notes."""
import argparse, json, re, statistics

parser = argparse.ArgumentParser()
parser.add_argument("report")
parser.add_argument("--near", type=int, default=5)
args = parser.parse_args()
page = open(args.report, encoding="utf-8").read()
data = json.loads(re.search(r'<script id="report-data" type="application/json">(.*?)</script>', page, re.S).group(1))

def shares(xs, ys, labels):
    n = len(xs)
    result = []
    for i in range(n):
        order = sorted((j for j in range(n) if j != i), key=lambda j: ((xs[i] - xs[j]) ** 2 + (ys[i] - ys[j]) ** 2, j))[: args.near]
        if labels[i] < 0:
            continue
        result.append(sum(labels[j] == labels[i] for j in order) / len(order))
    return result

def chance(labels):
    n = len(labels)
    counts = {c: labels.count(c) for c in set(labels)}
    return statistics.mean((counts[c] - 1) / (n - 1) for c in labels if c >= 0) if n > 1 else 1

levels = {}
for m in data["maps"]:
    if len(m["x"]) < 6:
        continue
    row = levels.setdefault(m["level"], {"maps": 0, "cluster": [], "theme": [], "chance": []})
    row["maps"] += 1
    row["cluster"] += shares(m["x"], m["y"], m["clusters"])
    row["theme"] += shares(m["x"], m["y"], m["themes"])
    row["chance"].append(chance(m["clusters"]))
for level, row in levels.items():
    print(f"{level}: {row['maps']} map(s); nearest {args.near} on the map in the note's cluster {statistics.mean(row['cluster']):.3f} "
          f"(chance {statistics.mean(row['chance']):.3f}), in its theme {statistics.mean(row['theme']) if row['theme'] else float('nan'):.3f}")
