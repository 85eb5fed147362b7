#!/usr/bin/env python3
"""Many reviewers at once on a team server (Scripts/bench_team.sh starts it): each signs in with
her own token and sends EACH link decisions one after the other, every one with a note of its
own. Prints throughput and the p50/p95 of the answers, then checks through `agenda log --json`
that every decision is stored exactly once with its author and that the review in force is the
history replayed (no lost update).

    python3 Scripts/bench_team.py ADDRESS TOKENS_FILE EACH AGENDA DATABASE SERVER_PID [kill]

With `kill`, the server is killed with SIGKILL once 200 decisions are answered; then every
decision answered 200 must be in the database, and `agenda db check` must find no problem."""
import json, os, signal, statistics, subprocess, sys, threading, time, urllib.error, urllib.request

address, tokens_file, each, agenda, database, server = sys.argv[1].rstrip("/"), sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5], int(sys.argv[6])
kill = len(sys.argv) > 7 and sys.argv[7] == "kill"
people = [line.rstrip("\n").split("\t") for line in open(tokens_file, encoding="utf-8") if line.strip()]

def run(*arguments):
    return subprocess.run([agenda, *arguments, "--db", database], capture_output=True, text=True, check=True).stdout

def items(kind):
    return json.loads(run("list", kind, "--json"))

questions = sorted({node.get("text") or node["label"] for node in items("question")})
systemic = [node["id"] for node in items("systemic-question")]

def request(path, token, body=None):
    headers = {"Cookie": f"agenda-access={token}"}
    data = None
    if body is not None:
        headers.update({"Origin": address, "X-Agenda-Session": session, "Content-Type": "application/json"})
        data = json.dumps(body).encode()
    with urllib.request.urlopen(urllib.request.Request(f"{address}/{path}", data=data, headers=headers, method="POST" if data else "GET")) as response:
        return response.status, response.read()

status, page = request("?access=" + people[0][1], people[0][1])
session = page.decode().split('"sessionToken":"')[1].split('"')[0]
answered, failed, latencies, lock = [], [], [], threading.Lock()

def reviewer(index, name, token):
    for number in range(each):
        pair = index * each + number
        note = f"{name} besluit {number}"
        body = {"decision": {"link": {"question": questions[pair % len(questions)], "systemic": systemic[(pair // len(questions)) % len(systemic)],
                                      "decision": "accept" if number % 2 == 0 else "reject", "note": note}}}
        started = time.perf_counter()
        try:
            status, _ = request("api/review", token, body)
        except urllib.error.HTTPError as error:
            status = error.code
        except OSError:
            return  # the server is gone
        with lock:
            latencies.append(time.perf_counter() - started)
            (answered if status == 200 else failed).append((name, note, status))
            if kill and len(answered) == 200:
                os.kill(server, signal.SIGKILL)

started = time.perf_counter()
threads = [threading.Thread(target=reviewer, args=(index, name, token)) for index, (name, token) in enumerate(people)]
for thread in threads: thread.start()
for thread in threads: thread.join()
elapsed = time.perf_counter() - started
latencies.sort()
print(f"{len(people)} reviewers x {each} decisions: {len(answered)} answered 200, {len(failed)} not, in {elapsed:.1f} s: "
      f"{len(answered) / elapsed:.1f} decisions/s, p50 {statistics.median(latencies) * 1000:.0f} ms, p95 {latencies[int(len(latencies) * 0.95) - 1] * 1000:.0f} ms")

history = json.loads(run("log", "--json"))
stored, last = [], {}
for entry in history:
    link = json.loads(entry["change"]).get("link")
    if link:
        stored.append((entry["author"], link["note"]))
        last[(link["question"], link["systemic"])] = link["note"]
problems = []
if len(set(stored)) != len(stored): problems.append("a decision is stored twice")
missing = [note for name, note, _ in answered if (name, note) not in set(stored)]
if missing: problems.append(f"{len(missing)} decisions answered 200 are not stored, such as {missing[0]}")
if not kill and len(stored) != len(people) * each: problems.append(f"{len(stored)} decisions stored, not {len(people) * each}")
if kill: print(f"killed with SIGKILL after 200 answers: {len(stored)} stored, every one of the {len(answered)} answered among them" if not missing else "")
subprocess.run([agenda, "corrections", "export", "--db", database, "-o", "in-force"], capture_output=True, check=True)
review = open("in-force/agenda-review.yaml", encoding="utf-8").read()
lost = [note for note in last.values() if f"note: {note}\n" not in review]
if lost or review.count("note: ") != len(last): problems.append(f"the review in force is not the history replayed ({len(lost)} lost)")
else: print(f"no lost update: the review in force is the last of {len(stored)} decisions on each of {len(last)} links")
if kill:
    check = subprocess.run([agenda, "db", "check", "--db", database], capture_output=True, text=True)
    print(check.stdout.strip())
    if check.returncode != 0: problems.append("agenda db check: " + check.stderr.strip())
for problem in problems: print("FAIL:", problem)
sys.exit(1 if problems else 0)
