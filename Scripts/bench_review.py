#!/usr/bin/env python3
"""Review decisions as a reviewer makes them in `agenda serve`, timed from the POST to the moment
/api/report shows them (its review revision and the agenda tab's HTML drafted again).

    python3 Scripts/bench_review.py ADDRESS SESSION_TOKEN [ROUNDS]

Each round makes one decision of each kind on what the served agenda shows — confirm and reject
a link, add one, mark a question as none, merge two questions, lead and split a formulation,
attach and detach a case, sum a case up — each followed by an undo. Prints each kind's p50 and p95
in milliseconds, and all decisions together."""
import html, json, re, statistics, sys, time, urllib.request

address, token = sys.argv[1].rstrip("/"), sys.argv[2]
rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 3

def get(path):
    with urllib.request.urlopen(f"{address}/{path}") as response:
        return json.load(response)

def post(path, body):
    request = urllib.request.Request(f"{address}/{path}", data=json.dumps(body).encode(), method="POST",
                                     headers={"Origin": address, "X-Agenda-Session": token, "Content-Type": "application/json"})
    with urllib.request.urlopen(request) as response:
        return json.load(response)

def attributes(fragment, subject):
    """The data attributes of every element of the agenda tab about `subject`."""
    found = []
    for tag in re.findall(r'<(?:li|h\d)[^>]*data-subject="%s"[^>]*>' % subject, fragment):
        found.append({k: html.unescape(v) for k, v in re.findall(r'data-([a-z]+)="([^"]*)"', tag)})
    return found

answer = get("api/report")
agenda = answer["agenda"]
questions = attributes(agenda, "question")
formulations = attributes(agenda, "formulation")
links = attributes(agenda, "link")
cases = attributes(agenda, "case")
themes = attributes(agenda, "theme")
initiatives = [n["id"] for n in answer["report"]["network"]["nodes"] if n["kind"] == "initiative"]
systemic = [n["id"] for n in answer["report"]["network"]["nodes"] if n["kind"] == "systemic-question"]
single = [q["text"] for q in questions]
decisions = {
    "confirm a link": {"link": {"question": links[0]["from"].split("\n")[0], "systemic": links[0]["systemic"], "decision": "accept"}},
    "reject a link": {"link": {"question": links[1]["from"].split("\n")[0], "systemic": links[1]["systemic"], "decision": "reject"}},
    "add a link": {"link": {"question": single[-1], "systemic": systemic[0], "decision": "accept", "note": "raakt eraan"}},
    "no research question": {"question": {"question": single[-1], "decision": "geen-onderzoeksvraag"}},
    "merge": {"question": {"question": single[-1], "decision": "samenvoegen", "with": single[-2]}},
    "lead": {"question": {"question": formulations[0]["text"], "decision": "voorop"}},
    "split": {"question": {"question": formulations[0]["text"], "decision": "apart"}},
    "attach a case": {"case": {"case": initiatives[0], "decision": "koppelen", "to": themes[-1]["text"]}},
    "detach a case": {"case": {"case": cases[0]["case"], "decision": "loskoppelen", "to": cases[0]["theme"]}},
    "sum a case up": {"case": {"case": initiatives[0], "decision": "samenvatting", "summary": "Een samenvatting."}},
}
timings = {kind: [] for kind in decisions}
timings["undo"] = []
review = answer["reviewRevision"]
for _ in range(rounds):
    for kind, decision in decisions.items():
        start = time.perf_counter()
        review = post("api/review", {"decision": decision, "reviewRevision": review})["revision"]
        shown = get("api/report")
        timings[kind].append(time.perf_counter() - start)
        assert shown["reviewRevision"] == review, f"{kind}: the decision does not show"
        start = time.perf_counter()
        post("api/undo", {"reviewRevision": review})
        shown = get("api/report")
        timings["undo"].append(time.perf_counter() - start)
        review = shown["reviewRevision"]

every = sorted(value for kind, values in timings.items() if kind != "undo" for value in values)
def line(kind, values):
    values = sorted(values)
    p95 = values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]
    return f"{kind}: {len(values)} requests, p50 {statistics.median(values) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, max {values[-1] * 1000:.0f} ms"
for kind, values in timings.items():
    print(line(kind, values))
print(line("every decision", every))
