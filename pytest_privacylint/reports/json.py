"""The machine-readable report (report-json.md): reproducible bytes, files
sorted by path, checks in registry order, no timestamps."""
from __future__ import annotations

import json

from .. import __version__
from .._results import state

SCHEMA = "privacylint-report/1"


def build(files: list[dict], *, mode: str, config_sha256: str, checks, selection: str, baseline_stale=()) -> dict:
    """``files`` are file entries in their JSON form (``FileResult.to_json()``)."""
    order = {c.id: i for i, c in enumerate(checks)}
    files = sorted(files, key=lambda f: f["path"])
    summary = {"files": len(files), "passed": 0, "failed": 0, "errors": 0, "skipped": 0,
               "warnings": 0, "suppressed": 0, "baselined": 0}
    out_files = []
    for f in files:
        d = dict(f, checks=list(f["checks"]))
        d["checks"].sort(key=lambda c: order.get(c["id"], len(order)))
        for c in d["checks"]:
            summary[state(c)] += 1
        out_files.append(d)
    return {
        "schema": SCHEMA,
        "tool": {"name": "pytest-privacylint", "version": __version__},
        "mode": mode,
        "config_sha256": config_sha256,
        "checks": [{"id": c.id, "version": c.version} for c in checks],
        "selection": selection,
        "files": out_files,
        "baseline_stale": list(baseline_stale),
        "summary": summary,
    }


def dumps(report: dict) -> str:
    return json.dumps(report, indent=2, ensure_ascii=False) + "\n"


def write(path: str, report: dict, ctx=None) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(dumps(report))
