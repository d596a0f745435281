"""Held-out multilingual fixtures (fixtures/languages, written from the spec
alone by someone who did not read the checks): every case through the
library API, its target check must give the expected outcome and message."""
from __future__ import annotations

import json

import pytest

from conftest import FIXTURES
from pytest_privacylint import lint_path

ROOT = FIXTURES / "languages"
CASES = json.loads((ROOT / "cases.json").read_text(encoding="utf-8")) if (ROOT / "cases.json").exists() else {}


@pytest.mark.parametrize("name", sorted(CASES))
def test_language_fixture(name):
    case = CASES[name]
    res = lint_path(ROOT / name).check(case["check"])
    assert res.outcome == case["outcome"], (
        f"{name} {case['check']}: {res.outcome} ({res.message or res.reason}); expected {case['outcome']}: {case['why']}")
    if case["outcome"] == "fail" and case.get("message"):
        assert res.message == case["message"], f"{name} {case['check']}: {case['why']}"
