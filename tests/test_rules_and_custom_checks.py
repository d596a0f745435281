"""Custom checks: declarative [[tool.privacylint.rule]] tables, and Python
checks from another installed package (the README's example package)."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "privacylint-dpo"

POLICY = """This privacy policy explains how Acme Ltd ("we") handles personal data. Contact us at privacy@acme-shop.io.
We have appointed a data protection officer.
You can write to our officer at dpo@acme-shop.io.
"""

RULE = """
[[tool.privacylint.rule]]
id = "dpo-contact"
message = "no data protection officer with a contact address"
require = ["data protection officer"]
near = ["[\\\\w.]+@[\\\\w-]+\\\\.\\\\w+"]
window = "{window}"
"""


@pytest.mark.parametrize("window, outcome", [("sentence", "fail"), ("paragraph", "pass")])
def test_rule_becomes_an_item_with_evidence(pytester, window, outcome):
    body = POLICY if window == "sentence" else POLICY.replace(".\nYou can", ". You can")
    pytester.makefile(".txt", policy=body)
    pytester.makepyprojecttoml("[tool.privacylint]\n" + RULE.format(window=window))
    result = pytester.runpytest("--privacy", "-m", "dpo_contact", "--privacy-report=json:r.json")
    report = json.loads((pytester.path / "r.json").read_text())
    assert [c["id"] for c in report["checks"]][-1] == "dpo-contact"
    res = next(c for c in report["files"][0]["checks"] if c["id"] == "dpo-contact")
    assert res["outcome"] == outcome
    if outcome == "fail":
        result.assert_outcomes(failed=1, deselected=5)
        # the nearest attempt is the evidence, located in the file
        result.stdout.fnmatch_lines(["policy.txt:2:21: dpo-contact: no data protection officer with a contact address",
                                     "  2 | We have appointed a data protection officer."])
        assert res["evidence"][0]["quote"] == "data protection officer"
    else:
        result.assert_outcomes(passed=1, deselected=5)


def test_rule_severity_and_k_selection(pytester):
    pytester.makefile(".txt", policy=POLICY)
    pytester.makepyprojecttoml("[tool.privacylint]\n" + RULE.format(window="sentence") + 'severity = "warning"\n')
    result = pytester.runpytest("--privacy", "-k", "dpo", "-rx")
    result.assert_outcomes(xfailed=1, deselected=5)
    assert result.ret == 0


def test_catastrophic_user_regex_is_an_error_item_naming_the_rule(pytester):
    pytester.makefile(".txt", policy=POLICY + "a" * 40 + "!\n")
    pytester.makepyprojecttoml('[tool.privacylint]\nregex_timeout = 0.3\n'
                               '[[tool.privacylint.rule]]\nid = "runaway"\nmessage = "m"\nrequire = ["(a|aa)+$"]\n')
    result = pytester.runpytest("--privacy", "-k", "runaway", "--privacy-report=json:r.json")
    result.assert_outcomes(errors=1, deselected=5)
    result.stdout.fnmatch_lines(["*policy.txt:1:1: error: rule 'runaway' stopped by the regex guard after 0.3s (regex_timeout)*"])
    report = json.loads((pytester.path / "r.json").read_text())
    res = next(c for c in report["files"][0]["checks"] if c["id"] == "runaway")
    assert res["outcome"] == "error" and "regex_timeout" in res["reason"]


def test_rule_with_bad_regex_or_clashing_id_is_a_usage_error(pytester):
    pytester.makefile(".txt", policy=POLICY)
    pytester.makepyprojecttoml('[tool.privacylint]\n[[tool.privacylint.rule]]\nid = "x"\nmessage = "m"\nrequire = ["(unclosed"]\n')
    result = pytester.runpytest("--privacy")
    assert result.ret == 4
    assert "pyproject.toml [tool.privacylint] [[rule]] #1: `require/near` regex '(unclosed' does not compile" in result.stderr.str()
    pytester.makepyprojecttoml('[tool.privacylint]\n[[tool.privacylint.rule]]\nid = "opt-out-path"\nmessage = "m"\nrequire = ["x"]\n')
    result = pytester.runpytest("--privacy")
    assert result.ret == 4
    result.stderr.fnmatch_lines(["*`id` 'opt-out-path' is already a registered check*"])


def test_checks_option_can_name_a_rule(pytester):
    pytester.makefile(".txt", policy=POLICY)
    pytester.makepyprojecttoml('[tool.privacylint]\nchecks = ["dpo-contact", "retention-limit"]\n' + RULE.format(window="sentence"))
    result = pytester.runpytest("--privacy", "-v")
    result.stdout.fnmatch_lines(["*policy.txt::retention-limit*", "*policy.txt::dpo-contact*"])
    result.assert_outcomes(failed=2)


@pytest.fixture(scope="module")
def installed_example(tmp_path_factory) -> Path:
    """The README's example package, installed with pip into its own folder."""
    target = tmp_path_factory.mktemp("site")
    src = tmp_path_factory.mktemp("src") / "privacylint-dpo"
    shutil.copytree(EXAMPLE, src)
    proc = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
                           "--target", str(target), str(src)], capture_output=True, text=True)
    if proc.returncode != 0:
        pytest.fail(f"pip install of the example package failed:\n{proc.stderr}")
    assert list(target.glob("privacylint_dpo-0.1.0.dist-info"))
    return target


def test_check_from_an_installed_package_is_collected_and_reported(pytester, installed_example, monkeypatch):
    monkeypatch.setenv("PYTHONPATH", str(installed_example))
    pytester.makefile(".txt", policy=POLICY)
    result = pytester.runpytest("--privacy", "-v", "--privacy-report=json:r.json")
    result.stdout.fnmatch_lines(["*policy.txt::dpo-contact FAILED*",
                                 "policy.txt:2:21: dpo-contact: DPO named but no contact given",
                                 "  hint: name your data protection officer and give their email address in the same*"])
    report = json.loads((pytester.path / "r.json").read_text())
    assert {"id": "dpo-contact", "version": "1"} in report["checks"]
    # its documentation is available like a built-in's
    result = pytester.runpytest("--privacy-explain", "dpo-contact")
    result.stdout.fnmatch_lines(["dpo-contact (version 1): data protection officer with a contact", "*What it checks*"])


def test_library_api_finds_the_installed_package_check(installed_example, tmp_path):
    policy = tmp_path / "p.txt"
    policy.write_text(POLICY.replace("officer.\nYou can write to our officer at", "officer at"))
    code = ("import json, sys; from pytest_privacylint import lint_path; "
            "r = lint_path(sys.argv[1]); print(json.dumps({c.id: c.outcome for c in r.checks}))")
    out = subprocess.run([sys.executable, "-c", code, str(policy)], capture_output=True, text=True,
                         env={"PYTHONPATH": str(installed_example), "PATH": ""}, check=True).stdout
    assert json.loads(out)["dpo-contact"] == "pass"


def test_a_checks_prepare_runs_for_the_documents_language_before_any_check_decides():
    from pytest_privacylint import Check, Decision, lint_text

    calls = []

    def check(cid, languages=None, fail=False):
        def prepare(lang):
            calls.append((cid, "prepare", lang))
            if fail:
                raise RuntimeError("broken vocabulary")

        def decide(doc, ctx):
            calls.append((cid, "decide", ctx.language))
            if fail:
                raise RuntimeError("broken vocabulary")
            return Decision.passed("seen", (0, 5))
        return Check(id=cid, version="1", title=cid, decide=decide, prepare=prepare, languages=languages)

    text = ("Datenschutzerklärung\n\nWir verarbeiten Ihre personenbezogenen Daten nur, soweit dies für den Betrieb"
            " der Website erforderlich ist. Verantwortlich ist die Muster GmbH.\n")
    res = lint_text(text, checks=[check("a-check"), check("fr-only", languages=("fr",)), check("broken", fail=True)])
    assert calls == [("a-check", "prepare", "de"), ("broken", "prepare", "de"),
                     ("a-check", "decide", "de"), ("broken", "decide", "de")]
    assert [c.outcome for c in res.checks] == ["pass", "skipped", "error"]
    assert "broken vocabulary" in res.checks[2].reason  # reported by decide, on its own item
