#!/usr/bin/env python3
"""Merges the bench parts (sizes, browser, Criterion) into one JSON file and prints the table
with budgets. Usage: report.py <work dir> <out.json>"""
import datetime
import glob
import json
import os
import platform
import sys

work, out_path = sys.argv[1], sys.argv[2]


def load(name):
    path = os.path.join(work, name)
    return json.load(open(path)) if os.path.exists(path) else None


sizes = load("sizes.json")
browser = load("load.json") or {}
core = {}
for bench in glob.glob("target/criterion/1000_cops/*/new"):
    meta = json.load(open(os.path.join(bench, "benchmark.json")))
    est = json.load(open(os.path.join(bench, "estimates.json")))
    core[meta["function_id"]] = round(est["median"]["point_estimate"] / 1e6, 3)

rows = []  # (figure, value, budget, ok or None)


def row(figure, value, budget="", ok=None):
    rows.append((figure, value, budget, ok))


def kb(n):
    return f"{n / 1000:,.1f} KB"


def ms(x):
    if x is None:
        return "—"
    a = abs(x)
    return f"{x:,.0f} ms" if a >= 100 else f"{x:,.1f} ms" if a >= 1 or a == 0 else f"{x * 1000:,.0f} µs"


def ratio(a, b):
    return f"{a / b:.1f}×" if a and b else "—"


if sizes:
    p, b = sizes["practica"], sizes["baseline"]
    for name, f in sorted(p["files"].items(), key=lambda kv: -kv[1]["raw"]):
        row(f"file {name}", f"{kb(f['raw'])} raw · {kb(f['gzip'])} gz · {kb(f['brotli'])} br")
    fv, bv = p["first_visit"], b["first_visit"]
    row("first visit, gzip -9", kb(fv["gzip"]), "≤ 150 KB", fv["gzip"] <= 150_000)
    row("first visit, brotli / raw", f"{kb(fv['brotli'])} / {kb(fv['raw'])}")
    row("service-worker precache adds (gzip)", kb(p["precache_extra"]["gzip"]))
    row("baseline counter first visit, gzip", kb(bv["gzip"]))
    row("Práctica / baseline (gzip)", ratio(fv["gzip"], bv["gzip"]))

L = browser.get("load", {})
if L:
    net = browser["network"]
    cond = f"{net['downloadThroughput'] * 8 / 1e6:.1f} Mbit/s, {net['latency']} ms, CPU ×{browser['cpu_throttling']}, median of {browser['runs']}"
    row("LOAD", cond)
    for name in ("practica", "baseline"):
        for kind in ("cold", "warm"):
            r = L.get(name, {}).get(kind)
            if not r:
                continue
            budget, ok = "", None
            if name == "practica":
                limit = 1500 if kind == "cold" else 500
                budget, ok = f"≤ {limit} ms", r["interactive_ms"] is not None and r["interactive_ms"] <= limit
            sw = " (SW controls)" if r.get("service_worker_controls") else ""
            row(f"{name} {kind}{sw}: FCP / interactive", f"{ms(r['fcp_ms'])} / {ms(r['interactive_ms'])}", budget, ok)
    for kind in ("cold", "warm"):
        a, b = L.get("practica", {}).get(kind), L.get("baseline", {}).get(kind)
        if a and b:
            row(f"Práctica / baseline interactive, {kind}", ratio(a["interactive_ms"], b["interactive_ms"]))

S = browser.get("scale", {})
if S:
    row("SCALE", "Chromium, no throttling")
    for n in sorted(S, key=int):
        r = S[n]
        big = int(n) >= 1000
        row(f"{n} CoPs: export file / storage", f"{kb(r['file_bytes'])} / {r['storage_chars'] / 1000:,.0f} k chars")
        extra = r.get("startup_extra_ms")
        row(f"{n} CoPs: start-up (beyond empty app)", f"{ms(r.get('startup_ms'))} ({'+' if (extra or 0) >= 0 else ''}{ms(extra)})",
            "≤ +150 ms" if big else "", (extra is not None and extra <= 150) if big else None)
        row(f"{n} CoPs: dashboard render", ms(r.get("dashboard_ms")))
        w = r.get("rating_work_ms")
        row(f"{n} CoPs: rating change, handler+DOM+layout / to next frame",
            f"{ms(w)} / {ms(r.get('rating_to_frame_ms'))}", "≤ 16 ms" if big else "", (w is not None and w <= 16) if big else None)
        k = r.get("keystroke_to_saved_ms")
        row(f"{n} CoPs: keystroke → saved (300 ms debounce)", ms(k))
        if "keystroke_writes" in r:
            whole = r["keystroke_other_cops_written"] > 0
            row(f"{n} CoPs: keystroke writes", f"{r['keystroke_writes']} record(s), {r['keystroke_bytes_written']:,} chars; other CoPs {r['keystroke_other_cops_written']}, meta {r['keystroke_meta_written']}",
                "never the whole workspace", not whole)
        row(f"{n} CoPs: export → download", ms(r.get("export_ms")))
        ip = r.get("import_preview_ms")
        row(f"{n} CoPs: import → preview", ms(ip), "≤ 300 ms" if big else "", (ip is not None and ip <= 300) if big else None)

Q = browser.get("quota", {})
if Q:
    row("QUOTA", f"{Q.get('cops_that_fit', '?'):,} CoP records of {Q.get('record_chars', 0):,} chars fit in an empty localStorage")
    fa = Q.get("full_at_start")
    if fa:
        row("localStorage 100% full at start: saved CoPs shown", str(fa["cops_shown"]), "shown", fa["cops_shown"])
        for a in fa["alerts"]:
            row("  app says", a[:90])
    row("localStorage nearly full, long edit: 'not saved' banner", str(Q.get("banner_shown")), "shown", Q.get("banner_shown"))
    if Q.get("banner_text"):
        row("  banner says", Q["banner_text"][:90])

if core:
    row("CORE (Criterion, native, 1,000 CoPs)", "median")
    for name, v in core.items():
        row(f"core: {name}", ms(v))

for e in browser.get("errors", []):
    row("ERROR", e)

result = {
    "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
    "machine": f"{platform.machine()}, {os.cpu_count()} cores",
    "budgets": {"first_visit_gzip_bytes": 150_000, "interactive_cold_ms": 1500, "interactive_warm_ms": 500,
                "edit_ms_1000": 16, "startup_extra_ms_1000": 150, "import_preview_ms_1000": 300},
    "sizes": sizes, "browser": browser, "core_ms": core,
    "table": [{"figure": f, "value": v, "budget": b, "pass": ok} for f, v, b, ok in rows],
}
with open(out_path, "w") as f:
    json.dump(result, f, indent=2, ensure_ascii=False)

w1 = max(len(r[0]) for r in rows)
w2 = min(60, max(len(str(r[1])) for r in rows))
for f, v, b, ok in rows:
    mark = "" if ok is None else ("PASS" if ok else "FAIL")
    print(f"{f:<{w1}}  {v:<{w2}}  {b:<26} {mark}")
print(f"\nwritten to {out_path}")
