"""Behaviour of `pytest --privacy` as users run it (through pytester)."""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import CHECK_IDS, FIXTURES

GOOD_MD = textwrap.dedent("""\
    # Privacy Policy

    Acme Widgets Ltd. ("we") runs the Acme app. Contact us at privacy@acme-widgets.co.uk.

    We keep server logs for 30 days, then delete them.
    """)


def _report(pytester, *args, name="r.json"):
    result = pytester.runpytest("--privacy", f"--privacy-report=json:{name}", "-p", "no:cacheprovider", *args)
    return result, json.loads((pytester.path / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name,body", [
    ("policy.md", GOOD_MD),
    ("policy.html", "<html><body><main><h1>Privacy</h1><p>" + GOOD_MD.replace("\n", " ") + "</p></main></body></html>"),
    ("policy.txt", GOOD_MD.replace("# ", "")),
])
def test_each_format_gives_one_item_per_check(pytester, name, body):
    pytester.path.joinpath(name).write_text(body, encoding="utf-8")
    result = pytester.runpytest("--privacy", "--collect-only", "-q", "-p", "no:cacheprovider")
    ids = [line for line in result.outlines if "::" in line]
    assert ids == [f"{name}::{c}" for c in CHECK_IDS]


def test_nothing_collected_without_the_flag(pytester):
    pytester.path.joinpath("policy.md").write_text(GOOD_MD, encoding="utf-8")
    result = pytester.runpytest("-p", "no:cacheprovider")
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED


def test_engine_not_imported_without_the_flag(tmp_path):
    (tmp_path / "test_x.py").write_text("def test_x():\n    pass\n")
    code = textwrap.dedent("""\
        import sys, pytest
        rc = pytest.main(["-q", "-p", "no:cacheprovider", sys.argv[1]])
        loaded = sorted(m for m in sys.modules if m.startswith("pytest_privacylint") and m not in ("pytest_privacylint", "pytest_privacylint.plugin", "pytest_privacylint.hookspecs"))
        print("LOADED", loaded, "regex" in sys.modules)
        """)
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, cwd=tmp_path)
    line = next(ln for ln in out.stdout.splitlines() if ln.startswith("LOADED"))
    assert line == "LOADED [] False", out.stdout


def test_markers_and_keywords_select_checks(pytester):
    pytester.path.joinpath("policy.md").write_text(GOOD_MD, encoding="utf-8")
    r = pytester.runpytest("--privacy", "--collect-only", "-q", "-m", "privacy and not third_party_list", "-p", "no:cacheprovider")
    ids = [line for line in r.outlines if "::" in line]
    assert "policy.md::third-party-list" not in ids and len(ids) == 4
    r = pytester.runpytest("--privacy", "--collect-only", "-q", "-k", "retention", "-p", "no:cacheprovider")
    assert [line for line in r.outlines if "::" in line] == ["policy.md::retention-limit"]


def test_failure_text_starts_with_location_and_has_hint(pytester):
    pytester.path.joinpath("policy.md").write_text(
        "# Privacy Policy\n\nAcme Widgets Ltd. runs this site.\n\nWe keep your personal data for as long as necessary.\n",
        encoding="utf-8")
    result = pytester.runpytest("--privacy", "-k", "retention", "-p", "no:cacheprovider")
    result.assert_outcomes(failed=1)
    text = result.stdout.str()
    assert "policy.md:5:" in text and "retention-limit: retention mentioned but no limit stated" in text
    assert "hint:" in text
    assert "Traceback" not in text and "def runtest" not in text


def test_passing_evidence_is_shown_with_rP(pytester):
    pytester.path.joinpath("policy.md").write_text(GOOD_MD, encoding="utf-8")
    result = pytester.runpytest("--privacy", "-k", "retention", "-rP", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)
    assert "30 days" in result.stdout.str()


def test_unreadable_file_errors_and_the_run_goes_on(pytester):
    pytester.path.joinpath("good.md").write_text(GOOD_MD, encoding="utf-8")
    pytester.path.joinpath("binary.txt").write_bytes(b"\x00\x01\x02\x03" * 200)
    result, rep = _report(pytester)
    outcomes = result.parseoutcomes()
    assert outcomes["errors"] == 5
    assert outcomes.get("passed", 0) + outcomes.get("failed", 0) == 5
    assert "binary.txt:1:1: error: binary data" in result.stdout.str()
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    files = {f["path"]: f for f in rep["files"]}
    assert [c["outcome"] for c in files["binary.txt"]["checks"]] == ["error"] * 5
    assert files["binary.txt"]["checks"][0]["reason"].startswith("binary data")


def test_error_and_xfail_items_are_reported_without_a_traceback_formatted(pytester):
    # pytest formats a traceback for an error at setup and for an xfail,
    # reading and parsing source files (about 70 ms an item), then this
    # plugin shows the message alone: an error item or a warning is told
    # by its message, and a run of many costs what a run of failures does
    pytester.makeconftest("""
        import pytest

        styles = []
        _orig = pytest.ExceptionInfo.getrepr

        def counted(self, *args, **kwargs):
            styles.append(kwargs.get("style", "long"))
            return _orig(self, *args, **kwargs)

        pytest.ExceptionInfo.getrepr = counted

        def pytest_terminal_summary(terminalreporter):
            tracebacks = [s for s in styles if s != "value"]
            terminalreporter.write_line(f"TRACEBACKS {sorted(set(tracebacks))} {len(tracebacks)}")
        """)
    policies = pytester.mkdir("policies")
    seed = next((FIXTURES / "seeds").glob("000_*.txt"))
    policies.joinpath("weak.txt").write_bytes(seed.read_bytes())  # three checks fail
    policies.joinpath("binary.txt").write_bytes(b"\x00\x01\x02\x03" * 200)
    severity = "".join(f'"{c}" = "warning"\n' for c in CHECK_IDS)
    pytester.makepyprojecttoml("[tool.privacylint.severity]\n" + severity)
    result = pytester.runpytest("--privacy", "policies", "-p", "no:cacheprovider", "-rx")
    result.assert_outcomes(errors=5, passed=2, xfailed=3)
    result.stdout.fnmatch_lines(["*binary.txt:1:1: error: binary data*", "XFAIL policies/weak.txt::retention-limit - *retention-limit: no retention period stated*"])
    result.stdout.fnmatch_lines(["TRACEBACKS [] 0"])  # none formatted, not even in a short or native style


@pytest.mark.skipif(not os.access("/", os.W_OK) or os.geteuid() == 0, reason="root can read any file")
def test_permission_denied_is_an_error_item(pytester):
    p = pytester.path.joinpath("secret.md")
    p.write_text(GOOD_MD, encoding="utf-8")
    p.chmod(0)
    result = pytester.runpytest("--privacy", "-p", "no:cacheprovider")
    result.assert_outcomes(errors=5)


def test_json_report_matches_spec_shape(pytester):
    pytester.path.joinpath("policy.md").write_text(GOOD_MD, encoding="utf-8")
    _, rep = _report(pytester)
    assert list(rep) == ["schema", "tool", "mode", "config_sha256", "checks", "selection", "files", "baseline_stale", "summary"]
    assert rep["schema"] == "privacylint-report/1" and rep["selection"] == "complete"
    f = rep["files"][0]
    assert list(f) == ["path", "sha256", "format", "encoding", "language", "mode", "notes", "checks"]
    assert f["path"] == "policy.md" and f["format"] == "markdown"
    assert [c["id"] for c in f["checks"]] == CHECK_IDS
    assert list(f["checks"][0]) == ["id", "outcome", "severity", "message", "reason", "suppressed", "baselined", "evidence"]


def test_a_file_named_twice_with_keep_duplicates_is_one_entry_with_each_check_once(pytester):
    pytester.path.joinpath("policy.md").write_text(GOOD_MD, encoding="utf-8")
    result, rep = _report(pytester, "policy.md", "policy.md", "--keep-duplicates")
    assert [f["path"] for f in rep["files"]] == ["policy.md"]
    assert [c["id"] for c in rep["files"][0]["checks"]] == CHECK_IDS
    assert rep["summary"]["files"] == 1 and sum(rep["summary"][k] for k in ("passed", "failed")) == len(CHECK_IDS)
    assert rep["selection"] == "complete"
    assert "1 policy files" in result.stdout.str()


def test_json_selection_partial_with_k(pytester):
    pytester.path.joinpath("policy.md").write_text(GOOD_MD, encoding="utf-8")
    _, rep = _report(pytester, "-k", "retention")
    assert rep["selection"] == "partial"


@pytest.mark.parametrize("workers", [[], ["-n", "2"]], ids=["serial", "xdist"])
def test_json_lists_every_collected_file_when_x_stops_the_run(pytester, seeds, workers):
    """report-json.md: every collected file appears once, even those -x left unrun."""
    names = sorted(f"policies/{f.name}" for f in seeds.iterdir())
    result, rep = _report(pytester, "-x", *workers)
    # pytest-xdist mostly ends a run stopped by -x as interrupted (its own exit code 2)
    assert result.ret in ((1, pytest.ExitCode.INTERRUPTED) if workers else (1,)) and rep["selection"] == "partial"
    assert [f["path"] for f in rep["files"]] == names
    unrun = [f for f in rep["files"] if not f["checks"]]
    assert unrun, "-x stops after the first failure: some files have no check run"
    for f in unrun:
        data = pytester.path.joinpath(f["path"]).read_bytes()
        assert f["sha256"] == hashlib.sha256(data).hexdigest() and f["encoding"] == "utf-8" and f["language"] == "en"
        assert f["notes"] == ["no check ran on this file: the session stopped before its items"]
    ran = sum(len(f["checks"]) for f in rep["files"])
    assert sum(rep["summary"][k] for k in ("passed", "failed", "errors", "skipped")) == ran
    assert rep["summary"]["files"] == len(names) == 5


def test_xdist_json_identical_to_serial_and_each_file_read_once(pytester, seeds):
    pytester.makeconftest(textwrap.dedent("""\
        import os
        from pytest_privacylint import _load
        _orig = _load.read_bytes
        def counting(path, max_size):
            with open(os.path.join(os.path.dirname(__file__), "reads.log"), "a") as fh:
                fh.write(os.path.basename(str(path)) + "\\n")
            return _orig(path, max_size)
        _load.read_bytes = counting
        """))
    _, serial = _report(pytester, name="serial.json")
    (pytester.path / "reads.log").unlink()
    result, parallel = _report(pytester, "-n", "2", name="parallel.json")
    assert (pytester.path / "serial.json").read_bytes() == (pytester.path / "parallel.json").read_bytes()
    reads = (pytester.path / "reads.log").read_text().split()
    assert sorted(reads) == sorted(p.name for p in seeds.iterdir())


def test_config_paths_used_when_no_path_given(pytester):
    d = pytester.path / "legal"
    d.mkdir()
    d.joinpath("privacy.md").write_text(GOOD_MD, encoding="utf-8")
    pytester.path.joinpath("other.md").write_text(GOOD_MD, encoding="utf-8")
    pytester.makepyprojecttoml('[tool.privacylint]\npaths = ["legal"]\n')
    result = pytester.runpytest("--privacy", "--collect-only", "-q", "-p", "no:cacheprovider")
    ids = [line for line in result.outlines if "::" in line]
    assert ids and all(i.startswith("legal/privacy.md::") for i in ids)


def test_bad_config_is_a_usage_error_naming_key(pytester):
    pytester.path.joinpath("policy.md").write_text(GOOD_MD, encoding="utf-8")
    pytester.makepyprojecttoml('[tool.privacylint]\nmodee = "strict"\n')
    result = pytester.runpytest("--privacy", "-p", "no:cacheprovider")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert "unknown key `modee`" in result.stderr.str() and "pyproject.toml" in result.stderr.str()


def test_exclude_defaults_skip_readme(pytester):
    pytester.path.joinpath("README.md").write_text(GOOD_MD, encoding="utf-8")
    pytester.path.joinpath("privacy.md").write_text(GOOD_MD, encoding="utf-8")
    result = pytester.runpytest("--privacy", "--collect-only", "-q", "-p", "no:cacheprovider")
    assert not any(line.startswith("README.md::") for line in result.outlines)
    assert any(line.startswith("privacy.md::") for line in result.outlines)


def test_explain_check_prints_docs(pytester):
    result = pytester.runpytest("--privacy-explain", "retention-limit")
    assert result.ret == 0
    assert "What it checks" in result.stdout.str() and "Why it matters" in result.stdout.str()


def test_conftest_can_add_a_check_through_the_hook(pytester):
    pytester.makeconftest(textwrap.dedent("""\
        import pytest
        from pytest_privacylint import Check, Decision

        def decide(doc, ctx):
            i = doc.text.find("Data Protection Officer")
            if i < 0:
                return Decision.failed("no data protection officer named")
            return Decision.passed("DPO named", (i, i + len("Data Protection Officer")))

        def pytest_privacylint_checks():
            return [Check(id="dpo-named", version="1", title="DPO named", decide=decide, hint="name your DPO")]
        """))
    pytester.path.joinpath("policy.md").write_text(GOOD_MD + "\nOur Data Protection Officer reads every request.\n", encoding="utf-8")
    result, rep = _report(pytester, "-k", "dpo")
    result.assert_outcomes(passed=1)
    assert rep["files"][0]["checks"][0]["id"] == "dpo-named"
    assert rep["files"][0]["checks"][0]["evidence"][0]["line"] == 7


def test_explain_file_check_lists_candidates(pytester):
    pytester.path.joinpath("policy.md").write_text(
        "# Privacy\n\nAcme Ltd keeps your personal data for as long as necessary.\n", encoding="utf-8")
    result = pytester.runpytest("--privacy-explain", "policy.md::retention-limit")
    assert result.ret == 0
    out = result.stdout.str()
    assert "policy.md::retention-limit: fail" in out
    assert "3:" in out and "as long as necessary" in out


def test_runs_without_xdist_installed_or_enabled(pytester):
    pytester.path.joinpath("policy.md").write_text(GOOD_MD, encoding="utf-8")
    result = pytester.runpytest("--privacy", "-p", "no:xdist", "-p", "no:cacheprovider", "-k", "retention")
    result.assert_outcomes(passed=1)


def test_failure_section_keeps_other_tests_teardown_output(pytester, seeds):
    """Policy items' quiet setup/teardown reports are dropped from the
    terminal reporter (linear failure section); other tests' teardown
    sections still print."""
    pytester.makepyfile(test_other="""
        import pytest

        @pytest.fixture
        def noisy():
            yield
            print("teardown says hello")

        def test_fails(noisy):
            assert False
    """)
    result = pytester.runpytest("--privacy", "policies", "test_other.py", "-p", "no:randomly")
    result.assert_outcomes(failed=13, passed=13)
    result.stdout.fnmatch_lines(["*Captured stdout teardown*", "teardown says hello"])
    out = result.stdout.str()
    failures = out[out.index("= FAILURES =") : out.index("short test summary info")]
    assert failures.count("hint:") == 12
