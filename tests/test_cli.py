"""The `privacylint` console script: isolation from the host project and exit codes."""
from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import FIXTURES

SCRIPT = shutil.which("privacylint", path=str(Path(sys.executable).parent))


def run(cwd: Path, *args: str, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    import os

    env = dict(os.environ)
    env.update(env_extra or {})
    return subprocess.run([SCRIPT, *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture
def host_project(tmp_path: Path) -> Path:
    """A project whose own pytest setup would break a plain pytest run here."""
    (tmp_path / "pyproject.toml").write_text(textwrap.dedent("""\
        [tool.pytest.ini_options]
        addopts = "--cov --definitely-not-an-option"
        required_plugins = ["pytest-cov"]
        filterwarnings = ["error"]

        [tool.privacylint]
        checks = ["retention-limit", "child-data-stance"]
        """))
    (tmp_path / "conftest.py").write_text("raise RuntimeError('the host conftest must not be imported')\n")
    (tmp_path / "test_app.py").write_text("def test_app():\n    assert False\n")
    (tmp_path / "README.md").write_text("# App\n")
    shutil.copy(FIXTURES / "seeds" / "002_007b608f8896ad77.txt", tmp_path / "privacy.txt")
    return tmp_path


def test_script_is_isolated_from_host_pytest_setup(host_project):
    r = run(host_project, "privacy.txt", "-q", env_extra={"PYTEST_ADDOPTS": "--also-not-an-option"})
    assert r.returncode in (0, 1), r.stdout + r.stderr
    assert "conftest" not in r.stderr and "--cov" not in r.stderr
    # the host's [tool.privacylint] is honoured: only its two checks ran
    last = r.stdout.strip().splitlines()[-1]
    counts = [int(w) for w in last.replace(",", " ").split() if w.isdigit()]
    assert sum(counts) == 2, r.stdout


def test_script_runs_only_policy_items_on_a_folder(host_project):
    r = run(host_project, ".", "-q", "--collect-only")
    items = [ln for ln in r.stdout.splitlines() if "::" in ln]
    assert items == ["privacy.txt::retention-limit", "privacy.txt::child-data-stance"], r.stdout + r.stderr


def test_no_policy_files_exits_zero(host_project):
    r = run(host_project, "test_app.py", "README.md")
    assert r.returncode == 0
    assert "no policy files among the given paths" in r.stdout


def test_failures_exit_one(tmp_path):
    shutil.copy(FIXTURES / "seeds" / "000_9bd793a3ee2c9d4e.txt", tmp_path / "privacy.txt")
    r = run(tmp_path, "privacy.txt", "--tb=line", "-q")
    assert r.returncode == 1
    assert "privacy.txt:1:1: retention-limit" in r.stdout


def test_bad_config_exits_four(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.privacylint]\nmode = "loose"\n')
    shutil.copy(FIXTURES / "seeds" / "000_9bd793a3ee2c9d4e.txt", tmp_path / "privacy.txt")
    r = run(tmp_path, "privacy.txt")
    assert r.returncode == 4
    assert "`mode` must be" in r.stderr and "pyproject.toml" in r.stderr


def test_eval_scores_a_labelled_folder(tmp_path):
    shutil.copy(FIXTURES / "seeds" / "002_007b608f8896ad77.txt", tmp_path / "a.txt")
    shutil.copy(FIXTURES / "seeds" / "003_5f681846c2ef2811.txt", tmp_path / "b.txt")
    labels = {"policies": {
        "a.txt": {c: {"label": "PASS"} for c in ("controller-identity", "retention-limit", "opt-out-path", "third-party-list", "child-data-stance")},
        "b.txt": {"controller-identity": {"label": "PASS"}, "retention-limit": {"label": "PASS"}, "opt-out-path": {"label": "PASS"},
                  "third-party-list": {"label": "FAIL"}, "child-data-stance": {"label": "FAIL"}},
    }}
    (tmp_path / "labels.json").write_text(__import__("json").dumps(labels))
    r = run(tmp_path, "eval", "labels.json", ".")
    assert r.returncode == 0, r.stderr
    rows = {ln.split()[0]: ln.split() for ln in r.stdout.splitlines() if ln.split()[1:2] == ["all"]}
    # b.txt retention is vague in the seed table: one false FAIL, everything else right
    assert rows["retention-limit"][2:7] == ["2", "0", "1", "0", "1"]
    assert rows["third-party-list"][2:7] == ["2", "1", "0", "0", "1"]
    assert "false FAIL" in r.stdout and "b.txt" in r.stdout
