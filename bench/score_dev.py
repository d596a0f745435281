"""Lint a labelled corpus through the library API, write a JSON report and
score it with ../shared/tools/score.py.

usage: python bench/score_dev.py [CORPUS_DIR] [--lang en] [--show-errors] [--check ID]
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pytest_privacylint import default_checks, lint_path
from pytest_privacylint._config import default_config
from pytest_privacylint.reports import json as json_report

HERE = Path(__file__).resolve().parent.parent
SHARED = HERE.parent / "shared"


def main(argv: list[str]) -> int:
    corpus = Path(argv[0]) if argv and not argv[0].startswith("-") else SHARED / "corpus" / "dev"
    rest = argv[1:] if argv and not argv[0].startswith("-") else argv
    files = sorted(p for p in (corpus / "policies").iterdir() if p.is_file())
    t0 = time.perf_counter()
    results = [lint_path(p, display_path=str(p.relative_to(corpus))) for p in files]
    elapsed = time.perf_counter() - t0
    cfg = default_config()
    report = json_report.build([r.to_json() for r in results], mode=cfg.mode, config_sha256=cfg.sha256(), checks=default_checks(), selection="complete")
    out = Path(tempfile.mkdtemp()) / "report.json"
    json_report.write(str(out), report)
    print(f"{len(files)} files in {elapsed:.2f}s; report {out}")
    return subprocess.call([sys.executable, str(SHARED / "tools" / "score.py"), str(corpus / "labels.json"), str(out), *rest])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
