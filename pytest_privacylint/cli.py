"""The ``privacylint`` console script: only the policy items, isolated from
the host project's pytest setup (its ini options, PYTEST_ADDOPTS and
conftest.py files). Exit codes are pytest's, except that "nothing
collected" (5) becomes 0: pre-commit passes whatever files changed.

usage: privacylint [PATH ...] [pytest and --privacy-* options]
       privacylint eval LABELS.json DIR     score the checks on labelled policies
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

NO_POLICY = "privacylint: no policy files among the given paths"


def build_args(argv: list[str], cwd: Path) -> list[str]:
    from importlib.resources import files

    from ._config import find_config_file

    ini = str(files("pytest_privacylint") / "isolated.ini")
    args = ["-c", ini, "--noconftest", "-p", "no:cacheprovider", "-p", "no:python", "-p", "no:doctest", "--privacy"]
    explicit = next((a.split("=", 1)[1] if "=" in a else None for a in argv if a.startswith("--privacy-config")), None)
    if not any(a.startswith("--privacy-config") for a in argv):
        found = find_config_file(None, None, cwd)
        if found is not None:
            args += ["--privacy-config", str(found)]
            root = found.parent
        else:
            root = cwd
    else:
        root = Path(explicit).resolve().parent if explicit else cwd
    if not any(a.startswith("--rootdir") for a in argv):
        args.append(f"--rootdir={root}")
    return args + argv


_TAKES_VALUE = {"-c", "-k", "-m", "-p", "-n", "-o", "--rootdir", "--privacy-config", "--privacy-report", "--privacy-mode",
                "--privacy-language", "--privacy-explain", "--privacy-baseline", "--tb", "--dist", "--maxfail", "--junitxml", "--junit-xml"}


def drop_non_policies(argv: list[str], cwd: Path) -> tuple[list[str], int, int]:
    """Remove file arguments that are not policy files (include/exclude of the
    configuration); return the new argv, how many paths were given and kept."""
    from ._config import Config, find_config_file, load_config

    try:
        cfg = load_config(find_config_file(None, None, cwd))
    except Exception:  # reported properly by the pytest run itself
        cfg = Config()
    out, given, kept = [], 0, 0
    prev = ""
    for a in argv:
        if not a.startswith("-") and prev not in _TAKES_VALUE:
            given += 1
            p = Path(a)
            if p.is_file() and not cfg.is_included(p.name if not p.is_absolute() else p.name) and not cfg.is_included(a.replace(os.sep, "/")):
                prev = a
                continue
            kept += 1
        out.append(a)
        prev = a
    return out, given, kept


def main(argv: list[str] | None = None) -> int:
    import pytest

    from ._config import ConfigError

    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["eval"]:
        from ._evaluate import main as eval_main

        return eval_main(argv[1:])
    os.environ.pop("PYTEST_ADDOPTS", None)
    argv, given, kept = drop_non_policies(argv, Path.cwd())
    if given and not kept:
        print(NO_POLICY)
        return 0
    try:
        args = build_args(argv, Path.cwd())
    except ConfigError as exc:
        print(f"privacylint: error: {exc}", file=sys.stderr)
        return 4
    code = int(pytest.main(args))
    if code == 5:
        print(NO_POLICY)
        return 0
    return code


if __name__ == "__main__":
    sys.exit(main())
