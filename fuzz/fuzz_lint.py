"""Coverage-guided fuzzing of the loaders and checks with atheris (issue 5).

    pip install -e ".[fuzz]"
    python fuzz/fuzz_lint.py -max_total_time=300 -max_len=8192 -rss_limit_mb=4096 fuzz/corpus

Each input is raw bytes plus a format (text, markdown, html): it is decoded
as a file on disk would be, read into a Document and run through every
check. Invariants: every check ends in one of the outcomes; skipped and
errored checks give a reason; every evidence span lies inside the decoded
source and its ``text`` is exactly the source slice at its line/column
(report-json.md). The only exception tolerated is the documented
``DecodeError`` (binary data is an error result for the file, not a crash).
The seed corpus (fuzz/corpus) is made from the project's fixtures on first run.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from pytest_privacylint._decode import DecodeError, decode
    from pytest_privacylint._engine import lint_document
    from pytest_privacylint._load import build_document
    from pytest_privacylint._registry import default_checks
    from pytest_privacylint._results import OUTCOMES

    CHECKS = list(default_checks())  # imports (and instruments) the check modules

FORMATS = ["text", "markdown", "html"]
_LINE = re.compile(r"\r\n|\r|\n")
ROOT = Path(__file__).resolve().parent.parent


def check_invariants(result, source: str) -> None:
    starts = [0] + [m.end() for m in _LINE.finditer(source)]
    assert len(result.checks) == len(CHECKS)
    for c in result.checks:
        assert c.outcome in OUTCOMES, c
        if c.outcome in ("error", "skipped"):
            assert c.reason, c
        for ev in c.evidence:
            assert 1 <= ev.line <= ev.end_line <= len(starts), ev
            s = starts[ev.line - 1] + ev.column - 1
            e = starts[ev.end_line - 1] + ev.end_column - 1
            assert 0 <= s <= e <= len(source), ev
            assert source[s:e] == ev.text, (c.id, ev)


def TestOneInput(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    fmt = FORMATS[fdp.ConsumeIntInRange(0, 2)]
    raw = fdp.ConsumeBytes(fdp.remaining_bytes())
    try:
        text, encoding, notes = decode(raw, fmt)
    except DecodeError:
        return
    doc = build_document(text, fmt, path="fuzz", encoding=encoding, notes=notes)
    check_invariants(lint_document(doc, checks=CHECKS), doc.source)


def seed_corpus(folder: Path) -> None:
    if folder.exists() and any(folder.iterdir()):
        return
    folder.mkdir(parents=True, exist_ok=True)
    index = {".txt": 0, ".md": 1, ".markdown": 1, ".html": 2, ".htm": 2}
    files = sorted(p for p in (ROOT / "fixtures").rglob("*") if p.suffix in index and p.stat().st_size < 8000)
    for i, p in enumerate(files[::7]):
        (folder / f"seed{i:03d}").write_bytes(bytes([index[p.suffix]]) + p.read_bytes())


if __name__ == "__main__":
    corpus = next((Path(a) for a in sys.argv[1:] if not a.startswith("-")), None)
    if corpus is not None:
        seed_corpus(corpus)
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()
