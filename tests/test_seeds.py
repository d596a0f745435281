"""The spec's expected table on the five seed policies (disclosures.md)."""
from __future__ import annotations

import json

from conftest import CHECK_IDS, FIXTURES

EXPECTED = json.loads((FIXTURES / "seeds" / "expected.json").read_text(encoding="utf-8"))


def test_seed_table_through_pytest(pytester, seeds):
    result = pytester.runpytest("--privacy", "policies", "--privacy-report=json:r.json", "-p", "no:cacheprovider", "--tb=no")
    result.assert_outcomes(failed=12, passed=13)
    report = json.loads((pytester.path / "r.json").read_text(encoding="utf-8"))
    got = {f["path"].split("/")[-1]: {c["id"]: c["outcome"] for c in f["checks"]} for f in report["files"]}
    want = {name: {cid: row[cid] for cid in CHECK_IDS} for name, row in EXPECTED.items()}
    assert got == want
    assert report["summary"]["failed"] == 12 and report["summary"]["passed"] == 13


def test_seed_near_miss_messages(pytester, seeds):
    pytester.runpytest("--privacy", "policies", "--privacy-report=json:r.json", "-p", "no:cacheprovider", "--tb=no")
    report = json.loads((pytester.path / "r.json").read_text(encoding="utf-8"))
    msg = {(f["path"].split("/")[-1], c["id"]): c["message"] for f in report["files"] for c in f["checks"]}
    assert msg[("003_5f681846c2ef2811.txt", "retention-limit")] == "retention mentioned but no limit stated"
    assert msg[("004_ecca0b68b7b9c7fe.txt", "retention-limit")] == "retention mentioned but no limit stated"
    assert msg[("000_9bd793a3ee2c9d4e.txt", "third-party-list")] == "only categories of recipients, no named third party"
