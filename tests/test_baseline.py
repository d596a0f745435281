"""The baseline as a team uses it (outcomes.md; config.md `baseline`)."""
from __future__ import annotations

import json
import sys

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

# fails retention-limit with a quote ("as long as necessary"), passes the rest
POLICY = """This privacy policy explains how Acme Ltd ("we") handles personal data. Contact us at privacy@acme-shop.io.
We use Google Analytics to measure visits; opt out at https://tools.google.com/dlpage/gaoptout.
Our service is not directed to children under 13.
We keep your personal data for as long as necessary.
"""


def _json(pytester, *args):
    result = pytester.runpytest("--privacy", "--privacy-report=json:r.json", "-rx", *args)
    return result, json.loads((pytester.path / "r.json").read_text())


def test_update_writes_a_reviewable_toml_and_then_failures_are_baselined(pytester):
    (pytester.path / "policies").mkdir()
    (pytester.path / "policies" / "acme.txt").write_text(POLICY)
    (pytester.path / "ci").mkdir()
    result = pytester.runpytest("--privacy", "policies", "--privacy-baseline=ci/privacy-baseline.toml", "--privacy-baseline-update")
    assert result.ret == 0  # recording the failures accepts them
    result.stdout.fnmatch_lines(["baseline: wrote 1 entries to *privacy-baseline.toml"])
    data = tomllib.loads((pytester.path / "ci" / "privacy-baseline.toml").read_text())
    [entry] = data["failure"]
    assert entry["path"] == "../policies/acme.txt"  # relative to the baseline's own folder
    assert entry["check"] == "retention-limit" and len(entry["fingerprint"]) == 16
    assert "line" not in entry

    result, report = _json(pytester, "policies", "--privacy-baseline=ci/privacy-baseline.toml")
    result.assert_outcomes(passed=4, xfailed=1)
    result.stdout.fnmatch_lines(["XFAIL policies/acme.txt::retention-limit - baselined: policies/acme.txt:4:*retention-limit*"])
    check = next(c for c in report["files"][0]["checks"] if c["id"] == "retention-limit")
    assert check["outcome"] == "fail" and check["baselined"] is True
    assert report["summary"]["baselined"] == 1 and report["baseline_stale"] == []


def test_inserting_lines_keeps_it_baselined_and_a_new_failure_fails(pytester):
    p = pytester.path / "acme.txt"
    p.write_text(POLICY)
    assert pytester.runpytest("--privacy", "acme.txt", "--privacy-baseline=b.json", "--privacy-baseline-update").ret == 0
    assert json.loads((pytester.path / "b.json").read_text())["failure"][0]["path"] == "acme.txt"
    p.write_text("Last updated: 2026.\n\nIntroduction.\n\n" + POLICY)
    result, report = _json(pytester, "acme.txt", "--privacy-baseline=b.json")
    result.assert_outcomes(passed=4, xfailed=1)
    assert result.ret == 0
    # a new failure in the same file: drop the children sentence
    p.write_text(POLICY.replace("Our service is not directed to children under 13.\n", ""))
    result, report = _json(pytester, "acme.txt", "--privacy-baseline=b.json")
    result.assert_outcomes(passed=3, failed=1, xfailed=1)
    assert result.ret == 1
    # the same check failing on different evidence is new too
    p.write_text(POLICY.replace("for as long as necessary", "for as long as we see fit"))
    result, _ = _json(pytester, "acme.txt", "--privacy-baseline=b.json")
    result.assert_outcomes(passed=4, failed=1)


def test_fixed_failure_is_stale_and_exit_code_unchanged(pytester):
    p = pytester.path / "acme.txt"
    p.write_text(POLICY)
    pytester.makepyprojecttoml('[tool.privacylint]\nbaseline = "privacy-baseline.toml"\n')
    assert pytester.runpytest("--privacy", "acme.txt", "--privacy-baseline-update").ret == 0
    p.write_text(POLICY.replace("for as long as necessary", "for 24 months after your last order"))
    result, report = _json(pytester, "acme.txt")
    result.assert_outcomes(passed=5)
    assert result.ret == 0
    fp = tomllib.loads((pytester.path / "privacy-baseline.toml").read_text())["failure"][0]["fingerprint"]
    assert report["baseline_stale"] == [{"path": "acme.txt", "check": "retention-limit", "fingerprint": fp}]
    result.stdout.fnmatch_lines(["baseline: 1 entries no longer fail (stale)*", f"  acme.txt::retention-limit [[]{fp}[]]"])


def test_missing_or_broken_baseline_is_a_usage_error(pytester):
    pytester.makefile(".txt", acme=POLICY)
    result = pytester.runpytest("--privacy", "acme.txt", "--privacy-baseline=nope.toml")
    assert result.ret == 4
    result.stderr.fnmatch_lines(["*baseline nope.toml: no such file (create it with --privacy-baseline-update)*"])
    (pytester.path / "bad.toml").write_text("[[failure]]\npath = 3\n")
    result = pytester.runpytest("--privacy", "acme.txt", "--privacy-baseline=bad.toml")
    assert result.ret == 4
    result.stderr.fnmatch_lines(["*baseline bad.toml: failure #1 needs string keys path, check and fingerprint*"])
    result = pytester.runpytest("--privacy", "acme.txt", "--privacy-baseline-update")
    assert result.ret == 4


def test_update_with_k_keeps_entries_of_checks_that_did_not_run(pytester):
    pytester.makefile(".txt", acme=POLICY.replace("Our service is not directed to children under 13.\n", ""))
    assert pytester.runpytest("--privacy", "acme.txt", "--privacy-baseline=b.toml", "--privacy-baseline-update").ret == 0
    assert len(tomllib.loads((pytester.path / "b.toml").read_text())["failure"]) == 2
    assert pytester.runpytest("--privacy", "acme.txt", "--privacy-baseline=b.toml", "--privacy-baseline-update", "-k", "retention").ret == 0
    checks = sorted(e["check"] for e in tomllib.loads((pytester.path / "b.toml").read_text())["failure"])
    assert checks == ["child-data-stance", "retention-limit"]
