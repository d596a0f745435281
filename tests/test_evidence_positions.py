"""Evidence positions point into the file on disk: for every fixture, every
evidence span's (line, column)..(end_line, end_column) slice of the decoded
file is exactly its `text` (report-json.md), in Markdown, HTML and text."""
from __future__ import annotations

import re

import pytest

from conftest import FIXTURES
from pytest_privacylint import lint_path
from pytest_privacylint._decode import decode

FILES = sorted(p for p in FIXTURES.rglob("*") if p.suffix in (".md", ".html", ".txt"))


def slice_by_position(text: str, line: int, col: int, end_line: int, end_col: int) -> str:
    starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]
    return text[starts[line - 1] + col - 1: starts[end_line - 1] + end_col - 1]


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_evidence_slices_match_the_file(path):
    fmt = {"md": "markdown", "html": "html", "txt": "text"}[path.suffix[1:]]
    text, _, _ = decode(path.read_bytes(), fmt)
    for check in lint_path(path).checks:
        for ev in check.evidence:
            assert slice_by_position(text, ev.line, ev.column, ev.end_line, ev.end_column) == ev.text, check.id
            assert ev.quote and " ".join(ev.quote.split()) == ev.quote
