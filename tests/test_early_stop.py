"""A check may stop once its decision and evidence can no longer change
(``CheckContext.explain`` False, the default): retention-limit at its first
limit, child-data-stance at the first sentence stating the first-ranked
rule any sentence states (read rule by rule), controller-identity's name
rules at the first accepted name and its channels at the first real one.
Stopping must never change what a user sees: on every fixture policy, outcome, message and evidence are the
same as in a full run that lists every candidate (``explain=True``)."""
from __future__ import annotations

from pathlib import Path

import pytest

from pytest_privacylint import lint_path

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted(p for p in (ROOT / "fixtures").rglob("*") if p.suffix in (".md", ".txt", ".html"))


def _seen(result):
    return [(c.id, c.outcome, c.message, c.reason, [(e.line, e.column, e.end_line, e.end_column, e.text) for e in c.evidence])
            for c in result.checks]


def test_there_are_fixtures_where_stopping_early_skips_candidates():
    """The early stop is real: some policy's full run lists candidates after
    the evidence (else the equality test below would prove nothing)."""
    skipped = 0
    for f in FILES[:200]:
        full = lint_path(f, explain=True)
        for c in full.checks:
            if c.outcome == "pass" and c.evidence and c.explain:
                last = max(x["evidence"].line for x in c.explain)
                skipped += last > c.evidence[-1].end_line
    assert skipped > 10


@pytest.mark.parametrize("chunk", range(4))
def test_stopping_early_changes_no_outcome_message_or_evidence(chunk):
    files = FILES[chunk::4]
    assert files
    differ = [str(f.relative_to(ROOT)) for f in files if _seen(lint_path(f)) != _seen(lint_path(f, explain=True))]
    assert not differ
