"""Which paths a run lints: symbolic links that cannot be followed become
error entries (outcomes.md), and folders pytest hides still give up their
policies (config.md `include`, `follow_symlinks`)."""
from __future__ import annotations

import json
import os

import pytest

from conftest import FIXTURES

SEED = sorted((FIXTURES / "seeds").glob("*.txt"))[0].read_text(encoding="utf-8")

pytestmark = pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="symbolic links")


def _files(pytester, *args):
    result = pytester.runpytest("--privacy", "--privacy-report=json:r.json", *args)
    report = json.loads((pytester.path / "r.json").read_text())
    return result, {f["path"]: f for f in report["files"]}


def _reasons(entry):
    return {c["outcome"] for c in entry["checks"]}, {c["reason"] for c in entry["checks"]}


@pytest.fixture
def tree(pytester):
    pol = pytester.path / "pol"
    outside = pytester.path / "outside"
    pol.mkdir()
    outside.mkdir()
    (pol / "a.txt").write_text(SEED)
    (outside / "o.txt").write_text(SEED)
    os.symlink("nothere.txt", pol / "broken.txt")
    os.symlink("loop.md", pol / "loop.md")
    os.symlink("../outside/o.txt", pol / "out.txt")
    os.symlink("../outside", pol / "outdir")
    os.symlink(".", pol / "self")
    os.symlink("a.txt", pol / "inside.txt")
    return pol


def test_links_that_cannot_be_followed_are_error_entries(pytester, tree):
    result, files = _files(pytester, "pol")
    assert set(files) == {"pol/a.txt", "pol/inside.txt", "pol/broken.txt", "pol/loop.md", "pol/out.txt", "pol/outdir", "pol/self"}
    assert _reasons(files["pol/broken.txt"]) == ({"error"}, {"broken symbolic link: its target nothere.txt does not exist"})
    assert _reasons(files["pol/loop.md"]) == ({"error"}, {"symbolic link loop: loop.md never reaches a file"})
    outcomes, reasons = _reasons(files["pol/out.txt"])
    assert outcomes == {"error"} and reasons.pop().startswith("symbolic link leaves the linted paths (target ")
    assert _reasons(files["pol/outdir"])[0] == {"error"}
    assert _reasons(files["pol/self"])[1].pop().startswith("symbolic link loop: it points to its own folder")
    assert files["pol/inside.txt"]["checks"] == files["pol/a.txt"]["checks"]  # a link inside the roots is linted
    result.stdout.fnmatch_lines(["*pol/broken.txt:1:1: error: broken symbolic link*"])
    assert result.ret == 1
    assert "self/self" not in result.stdout.str()


def test_follow_symlinks_true_follows_links_leaving_the_roots(pytester, tree):
    pytester.makepyprojecttoml("[tool.privacylint]\nfollow_symlinks = true\n")
    _, files = _files(pytester, "pol")
    assert files["pol/out.txt"]["checks"] == files["pol/a.txt"]["checks"]
    assert files["pol/outdir/o.txt"]["checks"] == files["pol/a.txt"]["checks"]
    # broken links and loops stay errors
    assert _reasons(files["pol/broken.txt"])[0] == _reasons(files["pol/self"])[0] == {"error"}


def test_policies_in_folders_pytest_hides_are_linted(pytester):
    for folder in ("dist", "build", ".well-known", "site/_build"):
        (pytester.path / folder).mkdir(parents=True)
        (pytester.path / folder / "privacy.txt").write_text(SEED)
    (pytester.path / "build" / "test_generated.py").write_text("def test_x():\n    assert False\n")
    (pytester.path / "node_modules" / "pkg").mkdir(parents=True)
    (pytester.path / "node_modules" / "pkg" / "privacy.md").write_text(SEED)
    (pytester.path / ".venv").mkdir()
    (pytester.path / ".venv" / "privacy.txt").write_text(SEED)
    result, files = _files(pytester)
    assert set(files) == {"dist/privacy.txt", "build/privacy.txt", ".well-known/privacy.txt", "site/_build/privacy.txt"}
    assert "test_generated" not in result.stdout.str()  # only policies are taken from hidden folders
    # without --privacy, pytest's own collection is unchanged
    result = pytester.runpytest("--co", "-q")
    assert "privacy.txt" not in result.stdout.str() and result.ret == 5


def test_a_file_replaced_by_a_link_leaving_the_roots_after_collection_is_not_followed(pytester, tree):
    """Collection saw a plain file; by the time it is read it is a link out
    of the linted paths (a race, or a hostile hook): an error, not its target."""
    pytester.makeconftest(
        "import os\n"
        "def pytest_collection_finish(session):\n"
        "    p = os.path.join(str(session.config.rootpath), 'pol', 'a.txt')\n"
        "    os.remove(p)\n"
        "    os.symlink('../outside/o.txt', p)\n"
    )
    _, files = _files(pytester, "pol/a.txt")
    outcomes, reasons = _reasons(files["pol/a.txt"])
    assert outcomes == {"error"} and reasons.pop().startswith("symbolic link leaves the linted paths (target ")
