"""Inline suppressions as a user writes them (outcomes.md, config.md `suppressions`)."""
from __future__ import annotations

import json

import pytest

from pytest_privacylint import lint_text

POLICY_MD = """# Privacy policy

{comment}
Acme Ltd collects personal data. Contact us at privacy@acme-shop.io.
We use Google Analytics to measure visits; opt out at https://tools.google.com/dlpage/gaoptout.
Our service is not directed to children under 13.
"""


def _report(pytester, *args):
    result = pytester.runpytest("--privacy", "--privacy-report=json:r.json", "-rs", *args)
    return result, json.loads((pytester.path / "r.json").read_text())


def _check(report, cid):
    return next(c for c in report["files"][0]["checks"] if c["id"] == cid)


def test_suppression_with_reason_skips_the_item_and_keeps_the_outcome(pytester):
    pytester.makefile(".md", policy=POLICY_MD.format(comment="<!-- privacylint: disable=retention-limit -- set per customer contract -->"))
    result, report = _report(pytester)
    result.assert_outcomes(passed=4, skipped=1)
    result.stdout.fnmatch_lines(["SKIPPED*policy.md:3: suppressed: set per customer contract (line 3)"])
    c = _check(report, "retention-limit")
    assert c["outcome"] == "fail" and c["suppressed"] == {"reason": "set per customer contract", "line": 3}
    assert report["summary"]["suppressed"] == 1 and report["summary"]["failed"] == 0
    assert result.ret == 0


def test_suppression_in_plain_text_on_its_own_line(pytester):
    body = POLICY_MD.replace("# Privacy policy", "Privacy policy").format(
        comment="privacylint: disable=retention-limit, opt-out-path -- reviewed by legal")
    pytester.makefile(".txt", policy=body)
    result, report = _report(pytester)
    assert _check(report, "retention-limit")["suppressed"]["line"] == 3
    # opt-out passes here: naming it suppresses nothing, which is a warning note, not an item
    assert _check(report, "opt-out-path")["suppressed"] is None
    notes = report["files"][0]["notes"]
    assert any(n.startswith("suppression at line 3: disable=opt-out-path suppresses nothing") for n in notes)
    result.stdout.fnmatch_lines(["warning: policy.txt:3: disable=opt-out-path suppresses nothing*"])


@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["crlf", "cr"])
def test_suppression_in_plain_text_with_other_line_breaks(pytester, newline):
    body = POLICY_MD.replace("# Privacy policy", "Privacy policy").format(
        comment="privacylint: disable=retention-limit -- reviewed by legal").replace("\n", newline)
    (pytester.path / "policy.txt").write_bytes(body.encode())
    result, report = _report(pytester)
    assert _check(report, "retention-limit")["suppressed"] == {"reason": "reviewed by legal", "line": 3}
    result.stdout.fnmatch_lines(["SKIPPED*policy.txt:3: suppressed: reviewed by legal (line 3)"])


def test_html_comment_in_text_file_is_not_a_suppression(pytester):
    pytester.makefile(".txt", policy=POLICY_MD.format(comment="Note that privacylint: disable=retention-limit -- x is mentioned mid-line"))
    result, report = _report(pytester)
    assert _check(report, "retention-limit")["suppressed"] is None
    assert result.ret == 1


def test_suppression_without_reason_is_a_warning_and_not_applied(pytester):
    pytester.makefile(".md", policy=POLICY_MD.format(comment="<!-- privacylint: disable=retention-limit -->"))
    result, report = _report(pytester)
    result.assert_outcomes(passed=4, failed=1)
    assert _check(report, "retention-limit")["suppressed"] is None
    assert report["files"][0]["notes"] == [
        "suppression at line 3: no reason given for disable=retention-limit (write `disable=retention-limit -- why`); not applied"]
    result.stdout.fnmatch_lines(["warning: policy.md:3: no reason given for disable=retention-limit*"])


def test_suppressing_an_unknown_check_is_a_warning(pytester):
    pytester.makefile(".html", policy="<html><body><!-- privacylint: disable=retension-limit -- typo -->"
                      + POLICY_MD.format(comment="").replace("\n", "<br>\n") + "</body></html>")
    result, report = _report(pytester)
    assert any("disable=retension-limit suppresses nothing: no check 'retension-limit' ran" in n for n in report["files"][0]["notes"])
    assert result.ret == 1  # the real retention failure still fails


@pytest.mark.parametrize("how", [["--privacy-no-suppress"], []])
def test_no_suppress_for_audits(pytester, how):
    pytester.makefile(".md", policy=POLICY_MD.format(comment="<!-- privacylint: disable=retention-limit -- reason -->"))
    if not how:
        pytester.makepyprojecttoml("[tool.privacylint]\nsuppressions = false\n")
    result, report = _report(pytester, *how)
    result.assert_outcomes(passed=4, failed=1)
    assert _check(report, "retention-limit")["suppressed"] is None and report["files"][0]["notes"] == []


def test_library_api_applies_suppressions():
    res = lint_text(POLICY_MD.format(comment="<!-- privacylint: disable=child-data-stance,retention-limit -- ok -->"), "markdown")
    assert res.check("retention-limit").suppressed == {"reason": "ok", "line": 3}
    assert res.check("child-data-stance").suppressed is None  # it passes: nothing to suppress
    assert res.notes == ["suppression at line 3: disable=child-data-stance suppresses nothing: the check's outcome is pass"]
