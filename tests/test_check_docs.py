"""Each check documents itself in fixed sections (what, why, passes, fails,
near-misses), and the examples in its docs give the outcome they claim."""
from __future__ import annotations

import re

import pytest

from pytest_privacylint import default_checks, lint_text
from pytest_privacylint._check import DOC_SECTIONS

CHECKS = list(default_checks())
_EXAMPLE = re.compile(r'^\s*- "(?P<text>.+)"(?:\s*->\s*(?P<message>.+?))?\s*$')


def examples(check):
    section = None
    for line in check.doc.splitlines():
        if line.strip() in DOC_SECTIONS:
            section = line.strip()
            continue
        m = _EXAMPLE.match(line)
        if m and section in ("Passes", "Fails", "Near-misses"):
            yield section, m.group("text").replace('\\"', '"'), m.group("message")


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.id)
def test_docstring_has_every_section(check):
    lines = [ln.strip() for ln in check.doc.splitlines()]
    for section in DOC_SECTIONS:
        assert section in lines, f"{check.id}: missing section {section!r}"
    assert check.anchor and check.hint


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.id)
def test_docstring_examples_hold(check):
    found = list(examples(check))
    assert any(s == "Passes" for s, _, _ in found) and any(s != "Passes" for s, _, _ in found), check.id
    for section, text, message in found:
        res = lint_text("Privacy Policy\n\n" + text, "text", checks=[check]).check(check.id)
        want = "pass" if section == "Passes" else "fail"
        assert res.outcome == want, f"{check.id} {section}: {text!r} gave {res.outcome} ({res.message})"
        if message:
            assert res.message == message, f"{check.id}: {text!r}"
