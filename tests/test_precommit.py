"""The pre-commit hook (.pre-commit-hooks.yaml), for real: `pre-commit
try-repo` against this checkout in a temporary git repository. pre-commit
builds the hook's virtual environment by pip-installing this checkout (PyPI
for the build backend and the dependencies).

The checkout is first snapshotted as it is on disk (tracked and untracked,
not ignored files) into a one-commit repository: try-repo on a dirty work
tree would take modified tracked files but not new ones, and a clean
snapshot lets the second run reuse the hook environment."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import FIXTURES, ROOT

IN_CI = os.environ.get("CI") == "true"
HOOKS = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
BAD_POLICY = "# Privacy Policy\n\nAcme Widgets Ltd. runs this site.\n\nWe keep your personal data for as long as necessary.\n"
# Markdown files that are not policies but would fail if they were linted
NOT_POLICIES = {
    "README.md": "# Widgets\n\nThe app stores personal data for as long as necessary.\n",
    "CHANGELOG.md": "# Changelog\n\n- We now keep personal data for as long as necessary.\n",
    "docs/guide.md": "# Guide\n\nThe app collects personal data such as your email address.\n",
    "docs/install.md": "# Install\n\nUsers' personal data is stored in the database.\n",
    "cookie-policy.md": "# Cookie policy\n\nWe use cookies to process personal data about your visits.\n",
}


def test_hook_definition():
    (hook,) = HOOKS
    assert hook["id"] == "privacylint" and hook["entry"] == "privacylint" and hook["language"] == "python"
    assert hook["types_or"] == ["markdown", "html", "plain-text"]
    assert hook["require_serial"] is True
    assert hook["files"] == "(?i)(privacy|datenschutz|confidentialit|privacidad|privacidade|riservatezza|privacyverklaring)"


@pytest.mark.parametrize("path,linted", [
    ("PRIVACY.md", True), ("PRIVACY_POLICY.md", True), ("docs/privacy-policy.html", True), ("legal/Privacy.txt", True),
    ("datenschutz.md", True), ("Datenschutzerklaerung.html", True), ("politique-de-confidentialite.md", True),
    ("politica-de-privacidad.md", True), ("politica-de-privacidade.txt", True), ("informativa-riservatezza.md", True),
    ("privacyverklaring.md", True),
    ("README.md", False), ("CHANGELOG.md", False), ("docs/guide.md", False), ("cookie-policy.md", False),
    ("COOKIES.md", False), ("privacy.py", False), ("privacy.json", False),
])
def test_hook_selects_policy_files_by_name_and_type(path, linted):
    from identify.identify import tags_from_filename

    (hook,) = HOOKS
    selected = bool(re.search(hook["files"], path)) and bool(tags_from_filename(path) & set(hook["types_or"]))
    assert selected is linted


def test_manifest_is_valid():
    exe = Path(sys.executable).parent / "pre-commit"
    if not exe.exists():
        if IN_CI:
            pytest.fail("pre-commit is required under CI=true")
        pytest.skip("pre-commit not installed")
    subprocess.run([str(exe), "validate-manifest", str(ROOT / ".pre-commit-hooks.yaml")], check=True)


def _git(repo: Path, *args: str, env=None) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, env=env)


def snapshot_of_this_checkout(dest: Path, env: dict) -> Path:
    listed = subprocess.run(["git", "ls-files", "-z", "-co", "--exclude-standard"], cwd=ROOT, check=True,
                            capture_output=True).stdout.decode().split("\0")
    for rel in filter(None, listed):
        src = ROOT / rel
        if src.is_file() or src.is_symlink():
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / rel, follow_symlinks=False)
    _git(dest, "init", "-q", env=env)
    _git(dest, "add", "-A", env=env)
    _git(dest, "commit", "-q", "-m", "snapshot", env=env)
    return dest


@pytest.mark.slow
def test_try_repo_lints_only_the_policy_and_fails_then_passes(tmp_path):
    exe = Path(sys.executable).parent / "pre-commit"
    if not exe.exists() or shutil.which("git") is None:
        if IN_CI:
            pytest.fail("pre-commit and git are required under CI=true")
        pytest.skip("pre-commit or git not installed")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "GITHUB_", "PRE_COMMIT", "GIT_"))}
    env.update({"PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
                "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"})
    checkout = snapshot_of_this_checkout(tmp_path / "checkout", env)
    repo = tmp_path / "project"
    repo.mkdir()
    _git(repo, "init", "-q")
    for name, text in NOT_POLICIES.items():
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text(text, encoding="utf-8")
    (repo / "PRIVACY.md").write_text(BAD_POLICY, encoding="utf-8")
    _git(repo, "add", "-A")

    def try_repo() -> subprocess.CompletedProcess:
        return subprocess.run([str(exe), "try-repo", str(checkout), "privacylint", "--all-files", "--verbose", "--color=never"],
                              cwd=repo, env=env, capture_output=True, text=True, timeout=900)

    p = try_repo()
    out = p.stdout + p.stderr
    if p.returncode != 0 and "collected" not in out and not IN_CI:
        pytest.skip(f"pre-commit could not build the hook environment (offline?): {out[-800:]}")
    assert p.returncode == 1, out
    assert re.search(r"privacylint\.+Failed", out) and "uncommitted changes" not in out, out
    assert "collected 5 items" in out
    assert "PRIVACY.md:5:28: retention-limit: retention mentioned but no limit stated" in out
    for name in NOT_POLICIES:
        assert f"{name}::" not in out and f"{name}:" not in out.replace("rootdir:", "")

    shutil.copy(FIXTURES / "seeds" / "002_007b608f8896ad77.txt", repo / "PRIVACY.md")  # discloses everything
    _git(repo, "add", "-A")
    p = try_repo()
    out = p.stdout + p.stderr
    assert p.returncode == 0, out
    assert re.search(r"privacylint\.+Passed", out) and "5 passed" in out, out
