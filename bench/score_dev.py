"""Lint a labelled corpus through the library API, write a JSON report and
score it with ../shared/tools/score.py.

usage: python bench/score_dev.py [CORPUS_DIR] [--lang en [fr ...]] [--show-errors] [--check ID] [--per-language]

``--lang de fr es`` is passed on as ``--lang de --lang fr --lang es``;
``--per-language`` prints one table per labelled language (and one for the
non-English languages with vocabularies together), with the skipped cells
(languages without vocabulary) counted apart.
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


VOCAB_LANGUAGES = ("de", "fr", "es", "pt", "it", "nl")


def _expand_lang(args: list[str]) -> list[str]:
    """``--lang de fr`` -> ``--lang de --lang fr`` (score.py takes one per flag)."""
    out, i = [], 0
    while i < len(args):
        if args[i] == "--lang":
            i += 1
            while i < len(args) and not args[i].startswith("-"):
                out += ["--lang", args[i]]
                i += 1
            continue
        out.append(args[i])
        i += 1
    return out


def _skipped(report: Path, labels: Path) -> dict[str, int]:
    import json

    rep = json.loads(report.read_text(encoding="utf-8"))
    langs = {Path(k).name: v.get("language") for k, v in json.loads(labels.read_text(encoding="utf-8"))["policies"].items()}
    out: dict[str, int] = {}
    for f in rep["files"]:
        for c in f["checks"]:
            if c["outcome"] == "skipped":
                lang = langs.get(Path(f["path"]).name, "?")
                out[lang] = out.get(lang, 0) + 1
    return out


def main(argv: list[str]) -> int:
    corpus = Path(argv[0]) if argv and not argv[0].startswith("-") else SHARED / "corpus" / "dev"
    rest = argv[1:] if argv and not argv[0].startswith("-") else argv
    per_language = "--per-language" in rest
    rest = _expand_lang([a for a in rest if a != "--per-language"])
    folder = corpus / "policies" if (corpus / "policies").is_dir() else corpus  # fixtures/holdout: policies beside labels.json
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.name not in ("labels.json", "README.md"))
    t0 = time.perf_counter()
    results = [lint_path(p, display_path=str(p.relative_to(folder))) for p in files]
    elapsed = time.perf_counter() - t0
    cfg = default_config()
    report = json_report.build([r.to_json() for r in results], mode=cfg.mode, config_sha256=cfg.sha256(), checks=default_checks(), selection="complete")
    out = Path(tempfile.mkdtemp()) / "report.json"
    json_report.write(str(out), report)
    print(f"{len(files)} files in {elapsed:.2f}s; report {out}")
    score = [sys.executable, str(SHARED / "tools" / "score.py"), str(corpus / "labels.json"), str(out)]
    if not per_language:
        return subprocess.call([*score, *rest])
    import json

    labelled = sorted({v.get("language") for v in json.loads((corpus / "labels.json").read_text(encoding="utf-8"))["policies"].values()})
    rc = 0
    for lang in labelled:
        print(f"\n== {lang}")
        rc |= subprocess.call([*score, *rest, "--lang", lang])
    print(f"\n== {' '.join(VOCAB_LANGUAGES)} together")
    rc |= subprocess.call([*score, *rest, *[x for lang in VOCAB_LANGUAGES for x in ("--lang", lang)]])
    skipped = _skipped(out, corpus / "labels.json")
    print("\nskipped cells (language without vocabulary; scored as FAIL by score.py): "
          + (", ".join(f"{k}: {v}" for k, v in sorted(skipped.items())) or "none"))
    return rc


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
