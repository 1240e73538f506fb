"""Formatting for bench/load/run.sh: the label mix check, progress rows and the final table.

  table.py mix URL            normalizes labels.txt once and prints how many labels are matched/ambiguous/unmatched
  table.py header             the progress header
  table.py row SETUP ENDPOINT CONNECTIONS PER RESULT   one progress row (RESULT is common.lua's key=value line)
  table.py table ROWS.tsv     the final table, with each GET normalize row's throughput relative to /health of its setup
"""
import json
import sys
import urllib.request
from collections import Counter
from pathlib import Path

WIDTHS = (40, 22, 5, 10, 11, 9, 9, 8, 10)


def parse(result):
    values = dict(field.split("=") for field in result.split())
    requests, seconds = int(values["requests"]), float(values["seconds"])
    return {
        "rps": requests / seconds,
        "p50": float(values["p50_ms"]),
        "p99": float(values["p99_ms"]),
        "non2xx": requests - int(values["ok"]),
        "s429": int(values["s429"]),
        "s5xx": int(values["s5xx"]),
        "socket": int(values["socket_errors"]),
        "requests": requests,
        "ok_rate": int(values["ok"]) / seconds,
    }


def line(cells):
    setup, endpoint, *rest = cells
    return f"{setup:<{WIDTHS[0]}} {endpoint:<{WIDTHS[1]}}" + "".join(f" {c:>{w}}" for c, w in zip(rest, WIDTHS[2:]))


def header():
    print(line(("setup", "endpoint", "conn", "req/s", "labels/s", "p50 ms", "p99 ms", "non-2xx", "vs /health")))


def cells(setup, endpoint, connections, per, r, ratio=""):
    labels = f"{r['rps'] * int(per):,.0f}" if per else ""
    non2xx = f"{r['non2xx']:,}"
    if r["s5xx"] or r["socket"]:
        non2xx += f" ({r['s5xx']} 5xx, {r['socket']} socket errors)"
    elif r["s429"]:
        non2xx += f" ({100 * r['s429'] / r['requests']:.1f}% 429; 2xx {r['ok_rate']:,.0f}/s)"
    return (setup, endpoint, connections, f"{r['rps']:,.0f}", labels, f"{r['p50']:.2f}", f"{r['p99']:.2f}", non2xx, ratio)


def table(path):
    rows = [row.rstrip("\n").split("\t") for row in Path(path).read_text(encoding="utf-8").splitlines()]
    health = {setup: parse(result)["rps"] for setup, endpoint, _, _, result in rows if endpoint == "GET /health"}
    header()
    for setup, endpoint, connections, per, result in rows:
        r = parse(result)
        ratio = f"{r['rps'] / health[setup]:.2f}x" if endpoint.startswith("GET normalize") and setup in health else ""
        print(line(cells(setup, endpoint, connections, per, r, ratio)))
    print("req/s and latency as wrk measured them (its 2 threads share the 2 cores with nginx and the servers);")
    print("labels/s = req/s x labels per batch; vs /health = this row's req/s over GET /health on the same setup.")
    print("Rate limits were raised for every row but the last (see the header).")


def mix(url):
    labels = [l for l in (Path(__file__).parent / "labels.txt").read_text(encoding="utf-8").splitlines()
              if l and not l.startswith("#")]
    body = json.dumps({"labels": labels}).encode()
    request = urllib.request.Request(url + "/api/v1/normalize", data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request) as response:
        results = json.load(response)["results"]
    if [r["input"] for r in results] != labels:
        sys.exit("normalize answered a different list of inputs than it was sent")
    status = Counter(r["status"] for r in results)
    kinds = Counter(r["best"]["matchType"] for r in results if r["best"])
    print(f"label mix ({len(labels)} labels): {status['matched']} matched "
          f"({', '.join(f'{n} {k}' for k, n in kinds.most_common())}), "
          f"{status['ambiguous']} ambiguous, {status['unmatched']} unmatched")


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "mix":
        mix(sys.argv[2])
    elif mode == "header":
        header()
    elif mode == "row":
        print(line(cells(*sys.argv[2:6], parse(sys.argv[6]))), flush=True)
    elif mode == "table":
        table(sys.argv[2])
