"""Every pass phrasing and near-miss in fixtures/<check-id>/ (written from the
spec alone, before the checks were tuned) gives its expected outcome and message."""
from __future__ import annotations

import json

import pytest

from conftest import CHECK_IDS, FIXTURES
from pytest_privacylint import lint_path


def _cases():
    for cid in CHECK_IDS:
        cases = FIXTURES / cid / "cases.json"
        if not cases.exists():
            continue
        for name, want in json.loads(cases.read_text(encoding="utf-8")).items():
            folder = "pass" if want["outcome"] == "pass" else "fail"
            yield pytest.param(cid, FIXTURES / cid / folder / name, want, id=f"{cid}/{folder}/{name}")


@pytest.mark.parametrize("check_id,path,want", list(_cases()))
def test_fixture(check_id, path, want):
    res = lint_path(path).check(check_id)
    assert res.outcome == want["outcome"], f"{res.message} ({want['why']})"
    if want["outcome"] == "fail":
        assert res.message == want["message"], want["why"]


def test_every_check_has_fixtures():
    for cid in CHECK_IDS:
        cases = json.loads((FIXTURES / cid / "cases.json").read_text(encoding="utf-8"))
        files = {p.name for sub in ("pass", "fail") for p in (FIXTURES / cid / sub).iterdir()}
        assert set(cases) == files
        assert sum(c["outcome"] == "fail" for c in cases.values()) >= 3
