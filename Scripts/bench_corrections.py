#!/usr/bin/env python3
"""Corrections as a person makes them in `agenda serve`, timed from the POST to the moment
/api/report shows them.

    python3 Scripts/bench_corrections.py ADDRESS SESSION_TOKEN [ROUNDS] [--no-check]

For every group with two clusters or more, the first note of a cluster is moved to the next
cluster (POST /api/corrections), /api/report is read until it shows the note there, and the move
is undone (POST /api/undo) the same way. Prints each kind's p50 and p95 in milliseconds.
--no-check times without checking where the note went (for versions that moved it wrongly)."""
import json, statistics, sys, threading, time, urllib.request

address, token = sys.argv[1].rstrip("/"), sys.argv[2]
check = "--no-check" not in sys.argv
arguments = [a for a in sys.argv if a != "--no-check"]
rounds = int(arguments[3]) if len(arguments) > 3 else 3
origin = address

def get(path):
    with urllib.request.urlopen(f"{address}/{path}") as response:
        return json.load(response)

def post(path, body):
    request = urllib.request.Request(f"{address}/{path}", data=json.dumps(body).encode(), method="POST",
                                     headers={"Origin": origin, "X-Agenda-Session": token, "Content-Type": "application/json"})
    with urllib.request.urlopen(request) as response:
        return json.load(response)

def holder(report, group, note):
    ids = [n["id"] for n in report["notes"]]
    for cluster in report["groups"][group]["clusters"]:
        if note in [ids[i] for i in cluster["notes"]]:
            return cluster["label"]

timings = {"move": [], "undo": []}
# Meanwhile a second client reads the page's data over and over: reads should not wait behind corrections.
reads, done = [], threading.Event()
def reader():
    while not done.is_set():
        start = time.perf_counter()
        get("api/report")
        reads.append(time.perf_counter() - start)
        time.sleep(0.01)
thread = threading.Thread(target=reader)
thread.start()
answer = get("api/report")
revision, report = answer["revision"], answer["report"]
ids = [n["id"] for n in report["notes"]]
for _ in range(rounds):
    for group, card in enumerate(report["groups"]):
        clusters = card["clusters"]
        if len(clusters) < 2:
            continue
        source = next((c for c in clusters if len(c["notes"]) >= 2), None)
        if source is None:
            continue
        target = clusters[(clusters.index(source) + 1) % len(clusters)]["label"]
        note = ids[source["notes"][0]]
        start = time.perf_counter()
        revision = post("api/corrections", {"correction": {"pin": {"note": note, "cluster": target}}, "revision": revision})["revision"]
        shown = get("api/report")
        timings["move"].append(time.perf_counter() - start)
        assert not check or (shown["revision"] == revision and holder(shown["report"], group, note) == target), f"group {group}: the move does not show"
        start = time.perf_counter()
        revision = post("api/undo", {"revision": revision})["revision"]
        shown = get("api/report")
        timings["undo"].append(time.perf_counter() - start)
        assert not check or holder(shown["report"], group, note) == source["label"], f"group {group}: the undo does not show"

done.set()
thread.join()
timings["read during corrections"] = reads
for kind, values in timings.items():
    values = sorted(values)
    p95 = values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]
    print(f"{kind}: {len(values)} requests, p50 {statistics.median(values) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, max {values[-1] * 1000:.0f} ms")
