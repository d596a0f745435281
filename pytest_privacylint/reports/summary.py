"""The short terminal summary: counts per check, failing files."""
from __future__ import annotations

from .._results import state
from .text import safe


def summary_lines(files, checks) -> list[str]:
    files = sorted(files, key=lambda f: f["path"])
    rows = []
    width = max([len(c.id) for c in checks] + [5])
    rows.append(f"{'check':{width}}  {'pass':>5} {'fail':>5} {'warn':>5} {'error':>5} {'skip':>5}")
    failing: dict[str, list[str]] = {}
    for c in checks:
        n = {"pass": 0, "fail": 0, "warn": 0, "error": 0, "skipped": 0}
        for f in files:
            r = next((x for x in f["checks"] if x["id"] == c.id), None)
            if r is None:
                continue
            if r["outcome"] == "fail" and r["severity"] == "warning":
                n["warn"] += 1
            else:
                n[r["outcome"]] += 1
            if state(r) in ("failed", "errors"):
                failing.setdefault(f["path"], []).append(c.id)
        rows.append(f"{c.id:{width}}  {n['pass']:5} {n['fail']:5} {n['warn']:5} {n['error']:5} {n['skipped']:5}")
    rows.append(f"{len(files)} policy files, {len(failing)} failing")
    for path, ids in failing.items():
        rows.append(safe(f"  {path}: {', '.join(ids)}"))
    return rows
