"""Every option of spec/config.md, through a real `[tool.privacylint]` table and the real pytest.

One test (or a few) per row of config.md's option table, plus the rules around
the table: strict validation, where the configuration is read from,
`--privacy-config`, `--privacy-show-config [FILE]` and `[[per-file]]`
overrides. `follow_symlinks` is deliberately not covered here (in progress).
"""
from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

import pytest

from conftest import CHECK_IDS

# Passes all five checks in strict mode.
GOOD = textwrap.dedent("""\
    # Privacy Policy

    Acme Widgets Ltd. ("we") runs the Acme app. Contact us at privacy@acme-widgets.co.uk.

    We keep server logs for 30 days, then delete them.

    Payments are processed by Stripe.

    You can unsubscribe with the link at the bottom of every email.

    Our service is not directed to children under 13.
    """)

# Only categories of recipients and retention tied to the account: lenient
# passes both, strict fails both (disclosures.md).
LENIENT = textwrap.dedent("""\
    # Privacy Policy

    Acme Widgets Ltd. ("we") runs the Acme app. Contact us at privacy@acme-widgets.co.uk.

    We keep your personal data as long as your account is active.

    We share data with our analytics and hosting providers.

    You can unsubscribe with the link at the bottom of every email.

    Our service is not directed to children under 13.
    """)

NO_CACHE = ("-p", "no:cacheprovider")


def write(base: Path, rel: str, text: str) -> Path:
    p = base / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return p


def toml(pytester, body: str) -> Path:
    return pytester.makepyprojecttoml(textwrap.dedent(body))


def run(pytester, *args):
    return pytester.runpytest("--privacy", *NO_CACHE, *args)


def collected(pytester, *args) -> list[str]:
    r = run(pytester, "--collect-only", "-q", *args)
    assert r.ret in (0, 5), r.stdout.str() + r.stderr.str()
    return [line for line in r.outlines if "::" in line]


def run_report(pytester, *args, name="r.json"):
    out = pytester.path / name
    r = run(pytester, f"--privacy-report=json:{out}", *args)
    return r, json.loads(out.read_text(encoding="utf-8"))


def outcomes(rep) -> dict[str, dict[str, str]]:
    """{path: {check id: outcome}} from a JSON report."""
    return {f["path"]: {c["id"]: c["outcome"] for c in f["checks"]} for f in rep["files"]}


def show_config(pytester, *args) -> dict[str, str]:
    """`--privacy-show-config` output as {key: whole line}; asserts it exits 0."""
    r = pytester.runpytest(*NO_CACHE, *args)
    assert r.ret == 0, r.stdout.str() + r.stderr.str()
    lines = {}
    for line in r.outlines:
        m = re.match(r"^([\w.-]+) = ", line)
        if m:
            lines[m.group(1)] = line
        elif line.startswith("#"):
            lines.setdefault("#", "")
            lines["#"] += line + "\n"
    return lines


# ---------------------------------------------------------------- validation

BAD_CONFIGS = [
    # (id, [tool.privacylint] body, words the one error line must contain)
    ("wrong-type-mode", 'mode = 3', ["`mode`", "strict", "lenient"]),
    ("bad-value-mode", 'mode = "loose"', ["`mode`", "strict", "lenient"]),
    ("unknown-key", 'modee = "strict"', ["modee", "unknown key"]),
    ("unknown-check-in-checks", 'checks = ["retention-limit", "no-such-check"]', ["`checks`", "no-such-check"]),
    ("unknown-check-in-severity", 'severity = {"no-such-check" = "warning"}', ["`severity`", "no-such-check"]),
    ("bad-severity-value", 'severity = {"retention-limit" = "fatal"}', ["severity", "retention-limit", "error", "warning"]),
    ("bad-include-glob", 'include = ["[*.md"]', ["`include`", "[*.md", "glob"]),
    ("bad-exclude-glob", 'exclude = ["drafts/["]', ["`exclude`", "drafts/[", "glob"]),
    ("paths-not-a-list", 'paths = "policies"', ["`paths`", "list"]),
    ("language-wrong-type", 'language = 5', ["`language`", "auto"]),
    ("controller-names-wrong-type", 'controller = {names = "Acme"}', ["controller.names", "list"]),
    ("max-file-size-bad", 'max_file_size = "big"', ["`max_file_size`", "20MB"]),
    ("regex-timeout-bad", 'regex_timeout = "soon"', ["`regex_timeout`", "seconds"]),
    ("suppressions-wrong-type", 'suppressions = "yes"', ["`suppressions`", "true", "false"]),
    ("cache-wrong-type", 'cache = 1', ["`cache`", "true", "false"]),
    ("baseline-wrong-type", 'baseline = 3', ["`baseline`", "path"]),
    ("per-file-bad-glob", '[[tool.privacylint.per-file]]\nglob = "[*.md"\nmode = "lenient"', ["per-file", "glob", "[*.md"]),
    ("per-file-bad-value", '[[tool.privacylint.per-file]]\nglob = "*.md"\nmode = "loose"', ["per-file", "`mode`", "strict"]),
    ("rule-regex-does-not-compile",
     '[[tool.privacylint.rule]]\nid = "dpo"\nmessage = "m"\nrequire = ["(unclosed"]', ["rule", "require", "(unclosed", "compile"]),
    ("rule-bad-window",
     '[[tool.privacylint.rule]]\nid = "dpo"\nmessage = "m"\nrequire = ["x"]\nwindow = "page"', ["rule", "`window`", "sentence", "paragraph"]),
]


@pytest.mark.parametrize("body,words", [pytest.param(b, w, id=i) for i, b, w in BAD_CONFIGS])
def test_invalid_config_is_a_usage_error_with_one_clear_line(pytester, body, words):
    write(pytester.path, "policy.md", GOOD)
    cfg = pytester.makepyprojecttoml("[tool.privacylint]\n" + body + "\n")
    r = run(pytester, "policy.md")
    assert r.ret == pytest.ExitCode.USAGE_ERROR
    # before any item runs
    assert not re.search(r"\d+ (passed|failed|error)", r.stdout.str())
    err = [line for line in r.errlines + r.outlines if line.strip()]
    assert len(err) == 1, err
    line = err[0]
    assert str(cfg) in line, line
    said = line.split(str(cfg), 1)[1]
    for w in words:
        assert w in said, (w, line)


def test_invalid_reports_entry_names_the_key(pytester):
    write(pytester.path, "policy.md", GOOD)
    cfg = pytester.makepyprojecttoml('[tool.privacylint]\nreports = ["xml:a.xml"]\n')
    r = run(pytester, "policy.md")
    assert r.ret == pytest.ExitCode.USAGE_ERROR
    err = [line for line in r.errlines + r.outlines if line.strip()]
    assert len(err) == 1 and str(cfg) in err[0]
    said = err[0].split(str(cfg), 1)[1]
    assert "reports" in said and "json" in said, err[0]


def test_invalid_privacy_config_file_is_named_in_the_error(pytester):
    write(pytester.path, "policy.md", GOOD)
    write(pytester.path, "ci/privacylint.toml", 'mode = "loose"\n')
    r = run(pytester, "--privacy-config", "ci/privacylint.toml", "policy.md")
    assert r.ret == pytest.ExitCode.USAGE_ERROR
    err = [line for line in r.errlines + r.outlines if line.strip()]
    assert len(err) == 1 and "privacylint.toml" in err[0] and "`mode`" in err[0], err
    r = run(pytester, "--privacy-config", "ci/missing.toml", "policy.md")
    assert r.ret == pytest.ExitCode.USAGE_ERROR
    assert "missing.toml" in r.stderr.str()


# ------------------------------------------------- where the config is read from

def test_privacy_config_reads_a_privacylint_toml_and_another_pyproject(pytester):
    write(pytester.path, "policy.md", GOOD)
    toml(pytester, '[tool.privacylint]\nchecks = ["retention-limit"]\n')
    write(pytester.path, "ci/privacylint.toml", 'checks = ["opt-out-path"]\n')
    write(pytester.path, "other/pyproject.toml", '[tool.privacylint]\nchecks = ["child-data-stance"]\n')
    assert collected(pytester, "policy.md") == ["policy.md::retention-limit"]
    assert collected(pytester, "--privacy-config", "ci/privacylint.toml", "policy.md") == ["policy.md::opt-out-path"]
    assert collected(pytester, "--privacy-config", "other/pyproject.toml", "policy.md") == ["policy.md::child-data-stance"]


def test_discovery_order_privacy_config_then_inifile_then_nearest_pyproject(pytester, monkeypatch):
    proj = pytester.path / "proj"
    write(proj, "policies/policy.md", GOOD)
    # nearest pyproject.toml walking up from the cwd
    write(proj, "pyproject.toml", '[tool.privacylint]\nchecks = ["retention-limit"]\n')
    # pytest's inifile (chosen with -c), with [tool.privacylint]
    write(proj, "ci/pyproject.toml", '[tool.pytest.ini_options]\n\n[tool.privacylint]\nchecks = ["third-party-list"]\n')
    # an inifile without [tool.privacylint] does not count
    write(proj, "ci2/pyproject.toml", '[tool.pytest.ini_options]\n')
    write(proj, "ci/privacylint.toml", 'checks = ["child-data-stance"]\n')
    # a pyproject.toml without the table on the way up is skipped
    write(proj, "sub/pyproject.toml", '[project]\nname = "sub"\nversion = "0"\n')
    (proj / "sub" / "deeper").mkdir()
    pol = str(proj / "policies" / "policy.md")

    def checks(*args):
        return [i.rsplit("::", 1)[1] for i in collected(pytester, *args, pol)]

    monkeypatch.chdir(proj)
    assert checks() == ["retention-limit"]
    assert checks("-c", "ci/pyproject.toml") == ["third-party-list"]
    assert checks("-c", "ci2/pyproject.toml") == ["retention-limit"]
    assert checks("-c", "ci/pyproject.toml", "--privacy-config", "ci/privacylint.toml") == ["child-data-stance"]
    monkeypatch.chdir(proj / "sub" / "deeper")
    assert checks() == ["retention-limit"]
    # no [tool.privacylint] anywhere from the cwd up: built-in defaults
    monkeypatch.chdir(pytester.path)
    write(pytester.path, "top.md", GOOD)
    assert collected(pytester, "top.md") == [f"top.md::{c}" for c in CHECK_IDS]
    lines = show_config(pytester, "--privacy-show-config")
    assert all("default" in lines[k] for k in ("checks", "mode", "language", "include", "exclude", "paths"))


def test_running_from_a_subfolder_still_finds_the_project_config(pytester, monkeypatch):
    toml(pytester, """\
        [tool.privacylint]
        checks = ["controller-identity", "retention-limit"]
        controller = {names = ["Globex Corporation"]}
        """)
    write(pytester.path, "policies/policy.md", GOOD)
    (pytester.path / "docs" / "api").mkdir(parents=True)
    monkeypatch.chdir(pytester.path / "docs" / "api")
    r, rep = run_report(pytester, "../../policies")
    assert [c["id"] for c in rep["checks"]] == ["controller-identity", "retention-limit"]
    (f,) = rep["files"]
    # controller.names from the project config is applied: Acme is not Globex
    assert {c["id"]: c["outcome"] for c in f["checks"]} == {"controller-identity": "fail", "retention-limit": "pass"}
    assert r.ret == pytest.ExitCode.TESTS_FAILED
    cfg = show_config(pytester, "--privacy-show-config")
    assert str(pytester.path / "pyproject.toml") in cfg["#"]
    assert "Globex Corporation" in cfg["controller.names"]


def test_linting_a_path_outside_the_rootdir_keeps_the_project_config(pytester, monkeypatch):
    proj = pytester.path / "proj"
    write(proj, "pyproject.toml", textwrap.dedent("""\
        [tool.privacylint]
        checks = ["retention-limit", "third-party-list"]
        mode = "lenient"
        """))
    write(pytester.path, "elsewhere/policy.md", LENIENT)
    monkeypatch.chdir(proj)
    r, rep = run_report(pytester, "../elsewhere/policy.md")
    assert r.ret == pytest.ExitCode.OK, r.stdout.str()
    assert [c["id"] for c in rep["checks"]] == ["retention-limit", "third-party-list"]
    assert rep["mode"] == "lenient"
    (f,) = rep["files"]
    assert f["mode"] == "lenient"
    assert [c["outcome"] for c in f["checks"]] == ["pass", "pass"]
    # report-json.md: relative to the rootdir when inside it, else as given
    rootdir = Path(next(line for line in r.outlines if line.startswith("rootdir:")).split(":", 1)[1].strip().split(",")[0])
    target = (pytester.path / "elsewhere" / "policy.md").resolve()
    if target.is_relative_to(rootdir.resolve()):
        assert f["path"] == target.relative_to(rootdir.resolve()).as_posix()
    else:
        assert f["path"] == "../elsewhere/policy.md"


# ---------------------------------------------------------- --privacy-show-config

def test_show_config_prints_values_and_their_sources_then_exits(pytester):
    write(pytester.path, "policies/policy.md", LENIENT)
    cfg = toml(pytester, """\
        [tool.privacylint]
        checks = ["retention-limit", "third-party-list"]
        severity = {"third-party-list" = "warning"}

        [[tool.privacylint.per-file]]
        glob = "policies/*.md"
        mode = "lenient"
        """)
    lines = show_config(pytester, "--privacy", "--privacy-show-config")
    assert str(cfg) in lines["#"]
    assert '"retention-limit", "third-party-list"' in lines["checks"] and str(cfg) in lines["checks"]
    assert "warning" in lines["severity"] and str(cfg) in lines["severity"]
    # without FILE: no per-file override applied
    assert '"strict"' in lines["mode"] and "default" in lines["mode"]
    assert '"auto"' in lines["language"] and "default" in lines["language"]
    # a CLI option is the source of its value
    lines = show_config(pytester, "--privacy-show-config", "--privacy-language", "en")
    assert '"en"' in lines["language"] and "default" not in lines["language"] and str(cfg) not in lines["language"]
    # no item ran
    r = pytester.runpytest(*NO_CACHE, "--privacy", "--privacy-show-config")
    assert "passed" not in r.stdout.str() and "failed" not in r.stdout.str()


def test_show_config_for_a_file_applies_per_file_overrides_later_entries_winning(pytester):
    write(pytester.path, "legal/old-terms.md", LENIENT)
    write(pytester.path, "legal/current.md", GOOD)
    cfg = toml(pytester, """\
        [tool.privacylint]
        mode = "strict"

        [[tool.privacylint.per-file]]
        glob = "legal/old-*.md"
        mode = "lenient"
        language = "fr"

        [[tool.privacylint.per-file]]
        glob = "legal/*.md"
        language = "en"
        """)
    old = show_config(pytester, "--privacy-show-config", "legal/old-terms.md")
    assert "legal/old-terms.md" in old["#"]
    assert '"lenient"' in old["mode"] and "per-file" in old["mode"] and "legal/old-*.md" in old["mode"]
    # both entries set language: the later one wins, and is named as the source
    assert '"en"' in old["language"] and "per-file" in old["language"] and "legal/*.md" in old["language"]
    cur = show_config(pytester, "--privacy-show-config=legal/current.md")
    assert '"strict"' in cur["mode"] and str(cfg) in cur["mode"] and "per-file" not in cur["mode"]
    assert '"en"' in cur["language"]


# ------------------------------------------------------------------ [[per-file]]

def test_per_file_mode_lenient_for_one_file_only_and_json_mode(pytester):
    write(pytester.path, "policies/current.md", LENIENT)
    write(pytester.path, "legacy/kept.md", LENIENT)
    write(pytester.path, "legacy/old-2019.md", LENIENT)
    toml(pytester, """\
        [tool.privacylint]
        checks = ["retention-limit", "third-party-list"]

        [[tool.privacylint.per-file]]
        glob = "legacy/*.md"
        mode = "lenient"

        [[tool.privacylint.per-file]]
        glob = "legacy/old-*.md"
        mode = "strict"
        """)
    r, rep = run_report(pytester, "policies", "legacy")
    assert rep["mode"] == "strict"
    modes = {f["path"]: f["mode"] for f in rep["files"]}
    assert modes == {"legacy/kept.md": "lenient", "legacy/old-2019.md": "strict", "policies/current.md": "strict"}
    res = outcomes(rep)
    assert res["legacy/kept.md"] == {"retention-limit": "pass", "third-party-list": "pass"}
    assert res["legacy/old-2019.md"] == {"retention-limit": "fail", "third-party-list": "fail"}
    assert res["policies/current.md"] == {"retention-limit": "fail", "third-party-list": "fail"}
    r.assert_outcomes(passed=2, failed=4)


# ------------------------------------------------------------------------ mode

def test_mode_lenient_in_config_and_privacy_mode_overrides_it(pytester):
    write(pytester.path, "policy.md", LENIENT)
    toml(pytester, '[tool.privacylint]\nmode = "lenient"\nchecks = ["retention-limit", "third-party-list"]\n')
    r, rep = run_report(pytester, "policy.md")
    assert rep["mode"] == "lenient" and rep["files"][0]["mode"] == "lenient"
    assert outcomes(rep)["policy.md"] == {"retention-limit": "pass", "third-party-list": "pass"}
    assert r.ret == pytest.ExitCode.OK

    r = run(pytester, "policy.md", "--privacy-mode", "strict")
    r.assert_outcomes(failed=2)
    text = r.stdout.str()
    assert "retention-limit: retention mentioned but no limit stated" in text
    assert "third-party-list: only categories of recipients, no named third party" in text


def test_privacy_mode_lenient_still_fails_as_long_as_necessary(pytester):
    write(pytester.path, "policy.md", LENIENT.replace("as long as your account is active", "for as long as necessary"))
    toml(pytester, '[tool.privacylint]\nchecks = ["retention-limit", "third-party-list"]\n')
    r, rep = run_report(pytester, "policy.md", "--privacy-mode", "lenient")
    assert rep["mode"] == "lenient"
    assert outcomes(rep)["policy.md"] == {"retention-limit": "fail", "third-party-list": "pass"}
    assert "retention mentioned but no limit stated" in r.stdout.str()


def test_lenient_accepts_retention_for_as_long_as_the_account_exists(pytester):
    body = LENIENT.replace("We keep your personal data as long as your account is active.",
                           "We keep your data for as long as your account exists.")
    write(pytester.path, "policy.md", body)
    toml(pytester, '[tool.privacylint]\nmode = "lenient"\nchecks = ["retention-limit"]\n')
    r = run(pytester, "policy.md")
    r.assert_outcomes(passed=1)


def test_strict_fails_retention_for_as_long_as_the_account_exists(pytester):
    body = LENIENT.replace("We keep your personal data as long as your account is active.",
                           "We keep your data for as long as your account exists.")
    write(pytester.path, "policy.md", body)
    toml(pytester, '[tool.privacylint]\nchecks = ["retention-limit"]\n')
    r = run(pytester, "policy.md")
    r.assert_outcomes(failed=1)
    assert "retention mentioned but no limit stated" in r.stdout.str()


# -------------------------------------------------------------------- language

def test_language_from_config_and_privacy_language_override(pytester):
    write(pytester.path, "policy.md", GOOD)
    # a code the checks have no vocabulary for: every item is SKIPPED with the reason (outcomes.md)
    toml(pytester, '[tool.privacylint]\nlanguage = "ja"\n')
    r, rep = run_report(pytester, "policy.md", "-rs")
    r.assert_outcomes(skipped=5)
    assert r.ret == pytest.ExitCode.OK
    assert "vocabulary for language 'ja'" in r.stdout.str()
    (f,) = rep["files"]
    assert f["language"] == "ja"
    assert [c["outcome"] for c in f["checks"]] == ["skipped"] * 5 and all(c["reason"] for c in f["checks"])

    r, rep = run_report(pytester, "policy.md", "--privacy-language", "en", name="en.json")
    assert rep["files"][0]["language"] == "en"
    assert outcomes(rep)["policy.md"] == {c: "pass" for c in CHECK_IDS}
    assert r.ret == pytest.ExitCode.OK


def test_language_auto_detects_the_policy_language(pytester):
    write(pytester.path, "en.md", GOOD)
    write(pytester.path, "de.md", textwrap.dedent("""\
        # Datenschutzerklärung

        Die Muster Software GmbH ist verantwortlich für die Verarbeitung Ihrer Daten.
        Sie erreichen uns unter datenschutz@muster-software.de.

        Wir speichern Ihre personenbezogenen Daten nur so lange, wie es für die
        genannten Zwecke erforderlich ist, und löschen Server-Protokolle nach 30 Tagen.

        Unser Angebot richtet sich nicht an Kinder unter 16 Jahren.
        """))
    toml(pytester, '[tool.privacylint]\nlanguage = "auto"\n')
    _, rep = run_report(pytester, "en.md", "de.md")
    assert {f["path"]: f["language"] for f in rep["files"]} == {"de.md": "de", "en.md": "en"}


# ------------------------------------------------------------ controller.names

def test_controller_names_requires_one_of_the_names(pytester):
    write(pytester.path, "policy.md", GOOD)
    toml(pytester, '[tool.privacylint.controller]\nnames = ["Globex Corporation"]\n')
    r = run(pytester, "policy.md", "-k", "controller")
    r.assert_outcomes(failed=1)
    assert "policy.md:" in r.stdout.str() and "controller-identity:" in r.stdout.str()

    toml(pytester, '[tool.privacylint]\ncontroller = {names = ["Globex Corporation", "Acme Widgets Ltd."]}\n')
    run(pytester, "policy.md", "-k", "controller").assert_outcomes(passed=1)


# -------------------------------------------------------------------- severity

def test_severity_warning_is_xfail_and_exit_0(pytester):
    write(pytester.path, "policy.md", LENIENT)
    toml(pytester, """\
        [tool.privacylint]
        severity = {"retention-limit" = "warning", "third-party-list" = "warning"}
        """)
    r, rep = run_report(pytester, "policy.md", "-rx")
    r.assert_outcomes(passed=3, xfailed=2)
    assert r.ret == pytest.ExitCode.OK
    text = r.stdout.str()
    assert re.search(r"XFAIL policy\.md::third-party-list - policy\.md:\d+:\d+: third-party-list: "
                     r"only categories of recipients, no named third party", text), text
    checks = {c["id"]: c for c in rep["files"][0]["checks"]}
    assert checks["retention-limit"]["outcome"] == "fail" and checks["retention-limit"]["severity"] == "warning"
    assert checks["controller-identity"]["severity"] == "error"
    assert rep["summary"]["warnings"] == 2 and rep["summary"]["failed"] == 0


# ---------------------------------------------------------------------- checks

def test_checks_limits_the_collected_items(pytester):
    write(pytester.path, "policy.md", GOOD)
    toml(pytester, '[tool.privacylint]\nchecks = ["child-data-stance", "retention-limit"]\n')
    r, rep = run_report(pytester, "policy.md", "-v")
    ids = sorted(re.findall(r"policy\.md::([\w-]+) PASSED", r.stdout.str()))
    assert ids == ["child-data-stance", "retention-limit"]
    r.assert_outcomes(passed=2)
    # registry order in the report, only the enabled checks
    assert [c["id"] for c in rep["checks"]] == ["retention-limit", "child-data-stance"]
    assert rep["selection"] == "complete"


# ----------------------------------------------------------- include / exclude

def test_default_include_and_exclude_when_walking_a_folder(pytester):
    for rel in ["site/privacy.md", "site/privacy.markdown", "site/privacy.txt", "site/privacy.html",
                "site/privacy.htm", "site/terms.rst", "site/README.md", "site/CHANGELOG.md",
                "site/LICENSE.txt", "site/CONTRIBUTING.md", "site/node_modules/pkg/policy.md"]:
        write(pytester.path, rel, GOOD)
    toml(pytester, "[tool.privacylint]\n")
    files = sorted({i.split("::")[0] for i in collected(pytester, "site")})
    assert files == ["site/privacy.htm", "site/privacy.html", "site/privacy.markdown", "site/privacy.md",
                     "site/privacy.txt"]


def test_include_and_exclude_from_config(pytester):
    for rel in ["site/privacy.md", "site/terms.rst", "site/drafts/next.md", "site/cookie-old.md"]:
        write(pytester.path, rel, GOOD)
    toml(pytester, """\
        [tool.privacylint]
        include = ["*.md", "*.rst"]
        exclude = ["drafts/", "*-old.md"]
        """)
    files = sorted({i.split("::")[0] for i in collected(pytester, "site")})
    assert files == ["site/privacy.md", "site/terms.rst"]


def test_norecursedirs_do_not_hide_policies(pytester):
    for rel in ["site/privacy.md", "site/dist/privacy.md", "site/build/privacy.html", "site/.well-known/privacy.txt"]:
        write(pytester.path, rel, GOOD)
    toml(pytester, "[tool.privacylint]\n")
    files = sorted({i.split("::")[0] for i in collected(pytester, "site")})
    assert files == ["site/.well-known/privacy.txt", "site/build/privacy.html", "site/dist/privacy.md",
                     "site/privacy.md"]



def test_cache_folders_are_never_walked(pytester):
    """.pytest_cache (and any folder with a CACHEDIR.TAG) holds no policies,
    even when a policy-like file sits in it; other dot-folders are walked."""
    write(pytester.path, "site/privacy.md", GOOD)
    write(pytester.path, "site/.well-known/privacy.txt", GOOD)
    write(pytester.path, "site/.mypy_cache/CACHEDIR.TAG", "Signature: 8a477f597d28d172789f06886806bc55\n")
    write(pytester.path, "site/.mypy_cache/notes.md", GOOD)
    toml(pytester, "[tool.privacylint]\n")
    pytester.runpytest_subprocess("--privacy", "site", "-p", "no:randomly")  # fills .pytest_cache with results
    assert (pytester.path / ".pytest_cache" / "CACHEDIR.TAG").is_file()
    write(pytester.path, ".pytest_cache/stray.md", GOOD)
    files = sorted({i.split("::")[0] for i in collected(pytester, ".")})
    assert files == ["site/.well-known/privacy.txt", "site/privacy.md"]


# ----------------------------------------------------------------------- paths

def test_paths_are_linted_when_no_path_argument_is_given(pytester):
    write(pytester.path, "legal/privacy.md", GOOD)
    write(pytester.path, "extra/app.md", GOOD)
    write(pytester.path, "extra/ignored.md", GOOD)
    write(pytester.path, "other.md", GOOD)
    toml(pytester, '[tool.privacylint]\npaths = ["legal", "extra/app.md"]\nchecks = ["retention-limit"]\n')
    assert sorted(collected(pytester)) == ["extra/app.md::retention-limit", "legal/privacy.md::retention-limit"]
    # positional arguments take precedence over `paths`
    assert collected(pytester, "other.md") == ["other.md::retention-limit"]


# --------------------------------------------------------------- max_file_size

def test_max_file_size_makes_a_larger_file_an_error_item(pytester):
    write(pytester.path, "small.md", GOOD)
    big = write(pytester.path, "big.md", GOOD + "\nFiller text about nothing in particular.\n" * 60)
    assert big.stat().st_size > 2000
    toml(pytester, '[tool.privacylint]\nmax_file_size = "1KB"\n')
    r, rep = run_report(pytester, "small.md", "big.md")
    r.assert_outcomes(passed=5, errors=5)
    assert r.ret == pytest.ExitCode.TESTS_FAILED
    assert "big.md:1:1: error:" in r.stdout.str()
    files = {f["path"]: f for f in rep["files"]}
    assert [c["outcome"] for c in files["big.md"]["checks"]] == ["error"] * 5
    reason = files["big.md"]["checks"][0]["reason"]
    assert "max_file_size" in reason and re.search(r"1,?000 bytes|1 ?KB", reason), reason


def test_error_item_text_is_the_error_line_not_a_traceback(pytester):
    write(pytester.path, "big.md", GOOD + "\nFiller text.\n" * 100)
    toml(pytester, '[tool.privacylint]\nmax_file_size = "1KB"\nchecks = ["retention-limit"]\n')
    r = run(pytester, "big.md")
    r.assert_outcomes(errors=1)
    text = r.stdout.str()
    assert "big.md:1:1: error:" in text
    assert "def setup" not in text and "from_call" not in text and "_pytest" not in text, text


# --------------------------------------------------------------- regex_timeout

def test_regex_timeout_stops_a_catastrophic_custom_rule(pytester):
    write(pytester.path, "policy.md", GOOD + "\n" + "a" * 40 + "!\n")
    toml(pytester, """\
        [tool.privacylint]
        regex_timeout = 0.3

        [[tool.privacylint.rule]]
        id = "backtracking"
        message = "never decided in time"
        require = ["(a|aa)+$"]
        """)
    r, rep = run_report(pytester, "policy.md")
    r.assert_outcomes(passed=5, errors=1)
    assert r.ret == pytest.ExitCode.TESTS_FAILED
    checks = {c["id"]: c for c in rep["files"][0]["checks"]}
    assert checks["backtracking"]["outcome"] == "error"
    assert "backtracking" in checks["backtracking"]["reason"] and "regex_timeout" in checks["backtracking"]["reason"]
    assert "policy.md:1:1: error:" in r.stdout.str()


# ------------------------------------------------------------------------ rule

RULES = """\
    [tool.privacylint]

    [[tool.privacylint.rule]]
    id = "dpo-sentence"
    message = "no DPO contact in the same sentence"
    require = ["Data Protection Officer"]
    near = ["write to"]
    window = "sentence"

    [[tool.privacylint.rule]]
    id = "dpo-paragraph"
    message = "no DPO contact in the same paragraph"
    require = ["Data Protection Officer"]
    near = ["write to"]
    window = "paragraph"

    [[tool.privacylint.rule]]
    id = "impact-assessment"
    message = "no DPIA mentioned"
    require = ["impact assessment", "DPIA"]
    severity = "warning"

    [[tool.privacylint.rule]]
    id = "any-of"
    message = "no processor named"
    require = ["Mailchimp", "Stripe"]
    """

RULE_POLICY = GOOD + textwrap.dedent("""\

    Our Data Protection Officer is Jane Roe.
    You can write to her at any time.
    """)


def test_custom_rules_become_items_like_the_built_ins(pytester):
    write(pytester.path, "policy.md", RULE_POLICY)
    toml(pytester, RULES)
    r, rep = run_report(pytester, "policy.md", "-rx")
    assert [c["id"] for c in rep["checks"]] == CHECK_IDS + ["dpo-sentence", "dpo-paragraph", "impact-assessment", "any-of"]
    res = outcomes(rep)["policy.md"]
    assert res["dpo-sentence"] == "fail"      # "write to" is in the next sentence
    assert res["dpo-paragraph"] == "pass"     # ... of the same paragraph
    assert res["impact-assessment"] == "fail"
    assert res["any-of"] == "pass"            # require: any of the regexes
    r.assert_outcomes(passed=7, failed=1, xfailed=1)
    text = r.stdout.str()
    assert re.search(r"policy\.md:\d+:\d+: dpo-sentence: no DPO contact in the same sentence", text), text
    assert "XFAIL policy.md::impact-assessment" in text and "impact-assessment: no DPIA mentioned" in text
    checks = {c["id"]: c for c in rep["files"][0]["checks"]}
    assert checks["impact-assessment"]["severity"] == "warning"
    assert checks["dpo-sentence"]["message"] == "no DPO contact in the same sentence"
    assert checks["dpo-paragraph"]["evidence"][0]["quote"] == "Data Protection Officer"


def test_custom_rules_are_selected_with_m_and_k(pytester):
    write(pytester.path, "policy.md", RULE_POLICY)
    toml(pytester, RULES)
    assert collected(pytester, "policy.md", "-m", "dpo_sentence") == ["policy.md::dpo-sentence"]
    assert collected(pytester, "policy.md", "-k", "dpo and not paragraph") == ["policy.md::dpo-sentence"]
    ids = collected(pytester, "policy.md", "-m", "privacy and not impact_assessment")
    assert len(ids) == 8 and "policy.md::impact-assessment" not in ids


# ---------------------------------------------------------------- suppressions

SUPPRESSED = textwrap.dedent("""\
    # Privacy Policy

    Acme Widgets Ltd. ("we") runs the Acme app. Contact us at privacy@acme-widgets.co.uk.

    <!-- privacylint: disable=retention-limit -- covered by the group retention schedule -->
    We keep your data for as long as necessary.

    Payments are processed by Stripe.

    You can unsubscribe with the link at the bottom of every email.

    Our service is not directed to children under 13.
    """)


def test_suppressions_are_honoured_by_default(pytester):
    write(pytester.path, "policy.md", SUPPRESSED)
    toml(pytester, "[tool.privacylint]\n")
    r, rep = run_report(pytester, "policy.md", "-rs")
    r.assert_outcomes(passed=4, skipped=1)
    assert r.ret == pytest.ExitCode.OK
    assert "suppressed: covered by the group retention schedule" in r.stdout.str()
    c = {c["id"]: c for c in rep["files"][0]["checks"]}["retention-limit"]
    assert c["outcome"] == "fail" and c["suppressed"] == {"reason": "covered by the group retention schedule", "line": 5}


def test_suppressions_false_and_privacy_no_suppress_ignore_them(pytester):
    write(pytester.path, "policy.md", SUPPRESSED)
    toml(pytester, "[tool.privacylint]\nsuppressions = false\n")
    r, rep = run_report(pytester, "policy.md")
    r.assert_outcomes(passed=4, failed=1)
    assert "retention-limit: retention mentioned but no limit stated" in r.stdout.str()
    assert {c["id"]: c for c in rep["files"][0]["checks"]}["retention-limit"]["suppressed"] is None
    toml(pytester, "[tool.privacylint]\n")
    run(pytester, "policy.md", "--privacy-no-suppress").assert_outcomes(passed=4, failed=1)


# -------------------------------------------------------------------- baseline

def test_baseline_from_config_paths_relative_to_its_folder(pytester, monkeypatch):
    write(pytester.path, "policies/accepted.md", LENIENT)
    toml(pytester, """\
        [tool.privacylint]
        baseline = "ci/privacy-baseline.toml"
        checks = ["retention-limit", "third-party-list"]
        """)
    (pytester.path / "ci").mkdir()
    r = run(pytester, "policies", "--privacy-baseline-update")
    assert r.ret == pytest.ExitCode.OK, r.stdout.str()
    baseline = pytester.path / "ci" / "privacy-baseline.toml"
    assert baseline.is_file()
    assert "../policies/accepted.md" in baseline.read_text(encoding="utf-8")

    # recorded failures are XFAIL "baselined: ...", a new failure fails
    write(pytester.path, "policies/new.md", LENIENT)
    r = run(pytester, "policies", "-rx")
    r.assert_outcomes(xfailed=2, failed=2)
    assert "XFAIL policies/accepted.md::retention-limit - baselined:" in r.stdout.str()
    # and from a subfolder, the baseline is still the project's
    (pytester.path / "policies" / "new.md").unlink()
    monkeypatch.chdir(pytester.path / "policies")
    r = run(pytester, ".")
    r.assert_outcomes(xfailed=2)
    assert r.ret == pytest.ExitCode.OK


# ----------------------------------------------------------------------- cache

COUNTING_CONFTEST = """\
    import os
    from pytest_privacylint import Check, Decision

    HERE = os.path.dirname(os.path.abspath(__file__))

    def decide(doc, ctx):
        with open(os.path.join(HERE, "calls.log"), "a") as fh:
            fh.write("call\\n")
        if "BOOM" in doc.text:
            raise RuntimeError("boom")
        return Decision.passed("counted", (0, 1))

    def pytest_privacylint_checks():
        return [Check(id="counting", version="1", title="counts its calls", decide=decide, hint="-")]
    """


def _calls(pytester) -> int:
    log = pytester.path / "calls.log"
    return len(log.read_text().split()) if log.exists() else 0


def test_cache_reuses_unchanged_files(pytester):
    pytester.makeconftest(textwrap.dedent(COUNTING_CONFTEST))
    policy = write(pytester.path, "policy.md", GOOD)
    toml(pytester, "[tool.privacylint]\n")

    def lint():
        pytester.runpytest("--privacy", "policy.md").assert_outcomes(passed=6)
        return _calls(pytester)

    assert lint() == 1
    assert lint() == 1                      # unchanged: reused
    policy.write_text(GOOD + "\nUpdated.\n", encoding="utf-8")
    assert lint() == 2                      # content changed
    toml(pytester, '[tool.privacylint]\nseverity = {"child-data-stance" = "warning"}\n')
    assert lint() == 3                      # effective configuration changed
    assert lint() == 3
    pytester.runpytest("--privacy", "policy.md", "--cache-clear").assert_outcomes(passed=6)
    assert _calls(pytester) == 4            # --cache-clear


def test_cache_false_lints_every_time(pytester):
    pytester.makeconftest(textwrap.dedent(COUNTING_CONFTEST))
    write(pytester.path, "policy.md", GOOD)
    toml(pytester, "[tool.privacylint]\ncache = false\n")
    for n in (1, 2):
        pytester.runpytest("--privacy", "policy.md").assert_outcomes(passed=6)
        assert _calls(pytester) == n


def test_error_outcomes_are_never_cached(pytester):
    pytester.makeconftest(textwrap.dedent(COUNTING_CONFTEST))
    write(pytester.path, "policy.md", GOOD + "\nBOOM\n")
    toml(pytester, "[tool.privacylint]\n")
    for n in (1, 2):
        pytester.runpytest("--privacy", "policy.md").assert_outcomes(passed=5, errors=1)
        assert _calls(pytester) == n


# --------------------------------------------------------------------- reports

def test_reports_from_config_are_written(pytester):
    write(pytester.path, "policy.md", GOOD)
    toml(pytester, '[tool.privacylint]\nreports = ["json:out/privacy.json", "sarif:out/privacy.sarif"]\n')
    r = run(pytester, "policy.md")
    assert r.ret == pytest.ExitCode.OK
    rep = json.loads((pytester.path / "out" / "privacy.json").read_text(encoding="utf-8"))
    assert rep["schema"] == "privacylint-report/1"
    assert [f["path"] for f in rep["files"]] == ["policy.md"]
    assert rep["summary"]["passed"] == 5
    sarif = json.loads((pytester.path / "out" / "privacy.sarif").read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0"


# ------------------------------------------- [[per-file]] with the other keys

def test_per_file_overrides_severity_controller_names_size_suppressions_language(pytester):
    write(pytester.path, "warn/p.md", LENIENT)
    write(pytester.path, "globex/p.md", GOOD)
    write(pytester.path, "tiny/p.md", GOOD)
    write(pytester.path, "audit/p.md", SUPPRESSED)
    write(pytester.path, "ja/p.md", GOOD)
    write(pytester.path, "plain/p.md", SUPPRESSED)
    toml(pytester, """\
        [tool.privacylint]

        [[tool.privacylint.per-file]]
        glob = "warn/*.md"
        severity = {"retention-limit" = "warning", "third-party-list" = "warning"}

        [[tool.privacylint.per-file]]
        glob = "globex/*.md"
        controller = {names = ["Globex Corporation"]}

        [[tool.privacylint.per-file]]
        glob = "tiny/*.md"
        max_file_size = "100B"

        [[tool.privacylint.per-file]]
        glob = "audit/*.md"
        suppressions = false

        [[tool.privacylint.per-file]]
        glob = "ja/*.md"
        language = "ja"
        """)
    r, rep = run_report(pytester, "warn", "globex", "tiny", "audit", "ja", "plain")
    files = {f["path"]: {c["id"]: c for c in f["checks"]} for f in rep["files"]}
    assert {k: (c["outcome"], c["severity"]) for k, c in files["warn/p.md"].items()
            if k in ("retention-limit", "third-party-list")} == {
        "retention-limit": ("fail", "warning"), "third-party-list": ("fail", "warning")}
    assert files["globex/p.md"]["controller-identity"]["outcome"] == "fail"
    assert [c["outcome"] for c in files["tiny/p.md"].values()] == ["error"] * 5
    assert files["audit/p.md"]["retention-limit"]["suppressed"] is None
    assert files["plain/p.md"]["retention-limit"]["suppressed"] is not None
    assert [c["outcome"] for c in files["ja/p.md"].values()] == ["skipped"] * 5
    # everything else passes; only the overridden files differ
    r.assert_outcomes(passed=3 + 4 + 0 + 4 + 0 + 4, xfailed=2, failed=1 + 1, errors=5, skipped=5 + 1)


def test_per_file_checks_limits_the_items_of_matching_files(pytester):
    write(pytester.path, "legacy/p.md", GOOD)
    write(pytester.path, "current/p.md", GOOD)
    toml(pytester, """\
        [tool.privacylint]

        [[tool.privacylint.per-file]]
        glob = "legacy/*.md"
        checks = ["controller-identity", "opt-out-path"]
        """)
    ids = collected(pytester, "legacy", "current")
    assert sorted(i for i in ids if i.startswith("legacy/")) == ["legacy/p.md::controller-identity",
                                                                 "legacy/p.md::opt-out-path"]
    assert len([i for i in ids if i.startswith("current/")]) == 5


def test_reports_html_from_config_is_written(pytester):
    write(pytester.path, "policy.md", GOOD)
    toml(pytester, '[tool.privacylint]\nreports = ["html:out/privacy.html"]\n')
    r = run(pytester, "policy.md")
    assert r.ret == pytest.ExitCode.OK, r.stderr.str()
    assert "<html" in (pytester.path / "out" / "privacy.html").read_text(encoding="utf-8").lower()
