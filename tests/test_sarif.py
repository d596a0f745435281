"""SARIF 2.1.0 report (`--privacy-report=sarif:FILE`): every log is validated
against the official schema shipped in tests/schemas; results, notifications,
suppressions and baselineState follow outcomes.md."""
from __future__ import annotations

import json
import subprocess
import textwrap
from pathlib import Path
from urllib.parse import quote

import jsonschema
import pytest

from conftest import CHECK_IDS
from pytest_privacylint._config import Config
from pytest_privacylint._registry import default_checks
from pytest_privacylint.reports import ReportContext
from pytest_privacylint.reports import sarif

SCHEMA = json.loads((Path(__file__).parent / "schemas" / "sarif-2.1.0-rtm.5.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)

GOOD_MD = textwrap.dedent("""\
    # Privacy Policy

    Acme Widgets Ltd. ("we") runs the Acme app. Contact us at privacy@acme-widgets.co.uk.

    We keep server logs for 30 days, then delete them.
    """)
BAD_MD = textwrap.dedent("""\
    # Privacy Policy

    Acme Widgets Ltd. runs this site.

    We keep your personal data for as long as necessary.
    """)
RECIPE_MD = "# Pancakes\n\nMix flour, eggs and milk. Fry in butter for two minutes on each side.\n"


def validate(log: dict) -> None:
    errors = sorted(VALIDATOR.iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:10])


def run_reports(pytester, *args) -> tuple[pytest.RunResult, dict, dict]:
    result = pytester.runpytest("--privacy", "--privacy-report=sarif:out/r.sarif", "--privacy-report=json:out/r.json",
                                "-p", "no:cacheprovider", *args)
    log = json.loads((pytester.path / "out" / "r.sarif").read_text(encoding="utf-8"))
    rep = json.loads((pytester.path / "out" / "r.json").read_text(encoding="utf-8"))
    return result, log, rep


def region_of(ev: dict | None) -> dict:
    if ev is None:
        return {"startLine": 1, "startColumn": 1}
    return {"startLine": ev["line"], "startColumn": ev["column"], "endLine": ev["end_line"],
            "endColumn": ev["end_column"], "snippet": {"text": ev["text"]}}


def test_every_outcome_maps_per_the_table(pytester):
    pytester.makepyprojecttoml('[tool.privacylint]\nseverity = {"child-data-stance" = "warning"}\n')
    pytester.path.joinpath("good.md").write_text(GOOD_MD, encoding="utf-8")
    pytester.path.joinpath("bad.md").write_text(BAD_MD, encoding="utf-8")
    pytester.path.joinpath("recipe.md").write_text(RECIPE_MD, encoding="utf-8")
    pytester.path.joinpath("binary.txt").write_bytes(b"\x00\x01\x02\x03" * 200)
    result, log, rep = run_reports(pytester)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    validate(log)
    assert log["version"] == "2.1.0" and log["$schema"].startswith("https://")
    (run,) = log["runs"]
    assert run["columnKind"] == "unicodeCodePoints"
    driver = run["tool"]["driver"]
    assert driver["name"] == "pytest-privacylint" and driver["version"] == rep["tool"]["version"]

    # one rule per check, described from its docstring, plus the suppression rule
    rules = driver["rules"]
    assert [r["id"] for r in rules] == CHECK_IDS + ["suppression"]
    for r in rules:
        assert r["name"] and r["shortDescription"]["text"] and r["fullDescription"]["text"] and r["help"]["text"]
        assert r["helpUri"].startswith("https://") and r["helpUri"].endswith("#the-checks")
    levels = {r["id"]: r["defaultConfiguration"]["level"] for r in rules}
    assert levels["child-data-stance"] == "warning" and levels["retention-limit"] == "error"
    retention = rules[CHECK_IDS.index("retention-limit")]
    assert retention["name"] == "RetentionLimit"
    assert retention["shortDescription"]["text"] == "The policy bounds how long personal data is kept."
    assert retention["fullDescription"]["text"].startswith("That at least one category of personal data")
    assert "GDPR Art. 13(2)(a)" in retention["help"]["text"]

    # results: exactly the failures of the JSON report, at every evidence span
    expected = []
    for f in rep["files"]:
        for c in f["checks"]:
            if c["outcome"] == "fail":
                expected.append((c["id"], "warning" if c["severity"] == "warning" else "error", c["message"], f["path"],
                                 [region_of(ev) for ev in c["evidence"] or [None]]))
    got = [(r["ruleId"], r["level"], r["message"]["text"],
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            [loc["physicalLocation"]["region"] for loc in r["locations"]]) for r in run["results"]]
    assert got == expected
    assert not any(g[3] == "good.md" and g[0] in ("controller-identity", "retention-limit") for g in got)  # passes
    assert any(g[1] == "warning" and g[0] == "child-data-stance" for g in got)
    bad_retention = next(g for g in got if g[3] == "bad.md" and g[0] == "retention-limit")
    assert bad_retention[4][0]["startLine"] == 5 and "as long as necessary" in bad_retention[4][0]["snippet"]["text"]
    for r in run["results"]:
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
        assert "suppressions" not in r and "baselineState" not in r

    # errors and skips: tool execution notifications
    (inv,) = run["invocations"]
    assert inv["executionSuccessful"] is False
    notes = [(n["level"], n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], n["associatedRule"]["id"])
             for n in inv["toolExecutionNotifications"]]
    assert notes == [("error", "binary.txt", c) for c in CHECK_IDS] + [("note", "recipe.md", c) for c in CHECK_IDS]
    assert all("not a privacy policy" in n["message"]["text"]
               for n in inv["toolExecutionNotifications"] if n["level"] == "note")
    assert sorted(a["location"]["uri"] for a in run["artifacts"]) == ["bad.md", "binary.txt", "good.md", "recipe.md"]


def test_passing_run_has_no_results_and_succeeds(pytester):
    pytester.path.joinpath("good.md").write_text(GOOD_MD, encoding="utf-8")
    result, log, rep = run_reports(pytester, "-k", "retention or controller")
    result.assert_outcomes(passed=2, deselected=3)
    validate(log)
    assert log["runs"][0]["results"] == []
    assert log["runs"][0]["invocations"][0] == {"executionSuccessful": True, "toolExecutionNotifications": []}
    assert log["runs"][0]["properties"]["selection"] == "partial"


def test_uri_is_relative_to_the_git_work_tree(pytester):
    repo = pytester.path / "repo"
    (repo / "legal").mkdir(parents=True)
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    (repo / "legal" / "privacy.md").write_text(BAD_MD, encoding="utf-8")
    _, log, rep = run_reports(pytester, "repo/legal")
    validate(log)
    assert rep["files"][0]["path"] == "repo/legal/privacy.md"
    uris = {loc["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"] for loc in r["locations"]}
    assert uris == {"legal/privacy.md"}


def test_escaping_of_names_and_text_with_percent_cr_lf_colon_comma(pytester):
    name = "pri%vacy:a,b\r\nc.md"
    body = ("# Privacy Policy\r\n\r\nAcme Widgets Ltd. runs this site.\r\n"
            "We keep your personal data for as long\r\nas necessary, 100% sure: yes.\r\n")
    pytester.path.joinpath(name).write_bytes(body.encode("utf-8"))
    _, log, rep = run_reports(pytester)
    validate(log)
    raw = (pytester.path / "out" / "r.sarif").read_text(encoding="utf-8")
    assert "\r" not in raw and raw.count("\n") == len(raw.splitlines())  # JSON escapes CR/LF inside strings
    run = log["runs"][0]
    uris = {loc["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"] for loc in r["locations"]}
    assert uris == {quote(name, safe="/")} == {"pri%25vacy%3Aa%2Cb%0D%0Ac.md"}
    retention = next(r for r in run["results"] if r["ruleId"] == "retention-limit")
    region = retention["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["endLine"]) == (4, 5)
    assert region["snippet"]["text"] == "for as long\r\nas necessary"


def test_xdist_writes_the_same_bytes_as_serial(pytester, seeds):
    pytester.runpytest("--privacy", "--privacy-report=sarif:serial.sarif", "-p", "no:cacheprovider")
    pytester.runpytest("--privacy", "--privacy-report=sarif:xdist.sarif", "-p", "no:cacheprovider", "-n", "2")
    serial = (pytester.path / "serial.sarif").read_bytes()
    assert serial == (pytester.path / "xdist.sarif").read_bytes()
    validate(json.loads(serial))


# -- states the engine reports through fields (suppressions, baseline) -----------

def _check(cid, outcome="fail", **kw):
    base = {"id": cid, "outcome": outcome, "severity": "error", "message": f"{cid} message", "reason": None,
            "suppressed": None, "baselined": False, "evidence": []}
    base.update(kw)
    return base


EV = {"line": 7, "column": 3, "end_line": 7, "end_column": 20, "text": "as long as needed", "quote": "as long as needed"}


def hand_report(checks, notes=()) -> dict:
    return {
        "schema": "privacylint-report/1", "tool": {"name": "pytest-privacylint", "version": "0.1.0"},
        "mode": "strict", "config_sha256": "0" * 64, "checks": [{"id": c, "version": "1"} for c in CHECK_IDS],
        "selection": "complete",
        "files": [{"path": "policies/p.md", "sha256": "1" * 64, "format": "markdown", "encoding": "utf-8",
                   "language": "en", "mode": "strict", "notes": list(notes), "checks": checks}],
        "baseline_stale": [], "summary": {},
    }


@pytest.fixture
def ctx(tmp_path):
    (tmp_path / "policies").mkdir()
    (tmp_path / "policies" / "p.md").write_text("x", encoding="utf-8")
    return ReportContext(checks=list(default_checks()), rootdir=tmp_path, invocation_dir=tmp_path,
                         config=Config(baseline="baseline.json"))


def test_suppressed_baselined_and_suppression_notes(ctx):
    report = hand_report([
        _check("controller-identity", suppressed={"reason": "the imprint page names us", "line": 2}),
        _check("retention-limit", baselined=True, evidence=[EV, dict(EV, line=9, end_line=10, end_column=4)]),
        _check("opt-out-path", severity="warning"),
        _check("third-party-list", outcome="pass", suppressed={"reason": "listed elsewhere", "line": 4}),
        _check("child-data-stance", outcome="pass"),
    ], notes=[
        "decoded as cp1252",
        "suppression at line 3: no reason given for disable=retention-limit",
        "suppression at line 5: disable=child-data-stance suppresses nothing",
    ])
    log = sarif.build(report, ctx)
    validate(log)
    results = log["runs"][0]["results"]
    by_rule = [(r["ruleId"], r["level"], r.get("baselineState")) for r in results]
    assert by_rule == [("controller-identity", "error", "new"), ("retention-limit", "error", "unchanged"),
                       ("opt-out-path", "warning", "new"), ("suppression", "warning", "new"),
                       ("suppression", "warning", "new")]
    sup = results[0]["suppressions"]
    assert sup == [{"kind": "inSource", "status": "accepted", "justification": "the imprint page names us",
                    "location": {"physicalLocation": {"artifactLocation": {"uri": "policies/p.md"},
                                                      "region": {"startLine": 2}}}}]
    assert [loc["physicalLocation"]["region"] for loc in results[1]["locations"]] == [
        {"startLine": 7, "startColumn": 3, "endLine": 7, "endColumn": 20, "snippet": {"text": "as long as needed"}},
        {"startLine": 9, "startColumn": 3, "endLine": 10, "endColumn": 4, "snippet": {"text": "as long as needed"}}]
    notes = results[3:]
    assert [(n["message"]["text"], n["locations"][0]["physicalLocation"]["region"]["startLine"]) for n in notes] == [
        ("no reason given for disable=retention-limit", 3), ("disable=child-data-stance suppresses nothing", 5)]
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in results)


def test_no_baseline_no_baseline_state(ctx):
    ctx.config = Config()
    log = sarif.build(hand_report([_check("retention-limit")]), ctx)
    validate(log)
    assert "baselineState" not in log["runs"][0]["results"][0]


def test_unknown_check_in_report_gets_a_rule(ctx):
    report = hand_report([_check("dpo-named"), _check("dpo-named", outcome="error", reason="regex timeout")])
    log = sarif.build(report, ctx)
    validate(log)
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    (result,) = log["runs"][0]["results"]
    assert rules[result["ruleIndex"]]["id"] == "dpo-named"
    (note,) = log["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert note["associatedRule"] == {"id": "dpo-named", "index": result["ruleIndex"]}


SUPPRESSIBLE = """# Privacy policy

{comment}
Acme Ltd collects personal data. Contact us at privacy@acme-shop.io.
We use Google Analytics to measure visits; opt out at https://tools.google.com/dlpage/gaoptout.
Our service is not directed to children under 13.
We keep your personal data for as long as necessary.
"""


def test_real_suppressions_and_baseline(pytester):
    """Inline suppressions and the baseline as users write them, through the
    real plugin: the suppressed failure keeps its result with a justification,
    the reasonless and useless suppressions are `suppression` results, the
    baselined failure is `unchanged` and a new one `new`."""
    (pytester.path / "p").mkdir()
    (pytester.path / "p" / "a.md").write_text(SUPPRESSIBLE.format(
        comment="<!-- privacylint: disable=retention-limit -- set per customer contract -->"), encoding="utf-8")
    (pytester.path / "p" / "b.md").write_text(SUPPRESSIBLE.format(
        comment="<!-- privacylint: disable=opt-out-path -- reviewed -->"), encoding="utf-8")
    (pytester.path / "p" / "c.md").write_text(SUPPRESSIBLE.format(comment=""), encoding="utf-8")
    pytester.runpytest("--privacy", "p/c.md", "--privacy-baseline=baseline.toml", "--privacy-baseline-update",
                       "-p", "no:cacheprovider")
    (pytester.path / "p" / "c.md").write_text(SUPPRESSIBLE.format(comment="<!-- privacylint: disable=retention-limit -->"),
                                              encoding="utf-8")
    result, log, rep = run_reports(pytester, "p", "--privacy-baseline=baseline.toml")
    validate(log)
    got = [(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], r["ruleId"], r["level"],
            r.get("baselineState"), [s.get("justification") for s in r.get("suppressions", [])])
           for r in log["runs"][0]["results"]]
    assert got == [
        ("p/a.md", "retention-limit", "error", "new", ["set per customer contract"]),
        ("p/b.md", "retention-limit", "error", "new", []),
        ("p/b.md", "suppression", "warning", "new", []),
        ("p/c.md", "retention-limit", "error", "unchanged", []),
        ("p/c.md", "suppression", "warning", "new", []),
    ]
    notes = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]: r for r in log["runs"][0]["results"]
             if r["ruleId"] == "suppression"}
    assert notes["p/b.md"]["message"]["text"].startswith("disable=opt-out-path suppresses nothing")
    assert notes["p/c.md"]["message"]["text"].startswith("no reason given for disable=retention-limit")
    assert all(n["locations"][0]["physicalLocation"]["region"]["startLine"] == 3 for n in notes.values())
    assert result.ret == 1  # b.md's retention failure is new
