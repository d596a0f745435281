"""Which paths a run lints: symbolic links and folders pytest hides.

- A symbolic link that cannot be followed (broken, a loop, or leaving the
  linted roots while ``follow_symlinks`` is false) is not silently dropped:
  it becomes a file entry whose checks are all errors (outcomes.md).
- pytest's ``norecursedirs`` (dist/, build/, dot-folders) do not hide
  policies (config.md); only the configuration's ``exclude`` does. Inside
  such a folder only policy files are collected, never test modules.
"""
from __future__ import annotations

import errno
import fnmatch
import os
from pathlib import Path


def link_problem(path: Path, roots: list[Path], follow_symlinks: bool) -> str | None:
    """Why the symbolic link ``path`` cannot be followed, or None."""
    try:
        target = path.resolve(strict=True)
    except FileNotFoundError:
        return f"broken symbolic link: its target {_readlink(path)} does not exist"
    except RuntimeError:  # Python < 3.13 reports loops this way
        return f"symbolic link loop: {_readlink(path)} never reaches a file"
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return f"symbolic link loop: {_readlink(path)} never reaches a file"
        return f"symbolic link cannot be followed: {exc.strerror or exc}"
    if target.is_dir() and _is_within(path.parent.resolve(), target):
        return f"symbolic link loop: it points to its own folder {target}"
    if not follow_symlinks and not any(_is_within(target, r) for r in roots):
        return f"symbolic link leaves the linted paths (target {target}); set follow_symlinks = true to follow it"
    return None


def _readlink(path: Path) -> str:
    try:
        return os.readlink(path)
    except OSError:
        return "?"


def _is_within(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def matches_norecurse(path: Path, patterns: list[str]) -> bool:
    """pytest's own test for ``norecursedirs``: the folder's name (or path)."""
    return any(fnmatch.fnmatch(path.name, p) or fnmatch.fnmatch(str(path), p) for p in patterns)


def is_virtualenv(path: Path) -> bool:
    return (path / "pyvenv.cfg").is_file() or (path / "conda-meta" / "history").is_file()


def hidden_ancestor(path: Path, roots: list[Path], patterns: list[str]) -> bool:
    """True when a folder between the given root holding ``path`` and the
    path itself is one pytest's ``norecursedirs`` would have hidden."""
    p = Path(os.path.abspath(path))
    base = max((r for r in roots if _is_within(p, r)), key=lambda r: len(r.parts), default=None)
    if base is None:
        return False
    for parent in p.parents:
        if parent == base or len(parent.parts) < len(base.parts):
            return False
        if matches_norecurse(parent, patterns):
            return True
    return False
