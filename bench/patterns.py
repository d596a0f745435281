"""Where the engine's time goes, pattern by pattern.

usage: python bench/patterns.py [PATH ...] [--top 25]

Wraps every compiled Pattern (pytest_privacylint._patterns) with a timer,
lints the given files (default: the fixtures) through the library API and
prints the patterns that cost the most: total seconds, calls, and where the
pattern was compiled. A tool for making checks faster, not a benchmark.
"""
from __future__ import annotations

import argparse
import collections
import sys
import time
import traceback
from pathlib import Path

from pytest_privacylint import _patterns

ROOT = Path(__file__).resolve().parent.parent
cost: dict[str, list] = collections.defaultdict(lambda: [0.0, 0, ""])
_orig_init = _patterns.Pattern.__init__


def _init(self, pattern, flags=_patterns.FLAGS):
    _orig_init(self, pattern, flags)
    frame = next((f for f in reversed(traceback.extract_stack()[:-1]) if "_patterns.py" not in f.filename), None)
    if frame is not None:
        cost[pattern][2] = f"{Path(frame.filename).name}:{frame.lineno}"


def _timed(name):
    orig = getattr(_patterns.Pattern, name)

    def wrapper(self, *args, **kwargs):
        t0 = time.perf_counter()
        try:
            out = orig(self, *args, **kwargs)
            if name == "finditer":
                out = list(out)
            return out
        finally:
            c = cost[self.pattern]
            c[0] += time.perf_counter() - t0
            c[1] += 1
    return wrapper


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="*", type=Path, default=[ROOT / "fixtures"])
    ap.add_argument("--top", type=int, default=25)
    a = ap.parse_args()
    _patterns.Pattern.__init__ = _init
    for name in ("search", "match", "fullmatch", "finditer"):
        setattr(_patterns.Pattern, name, _timed(name))
    from pytest_privacylint import lint_path  # checks compile their patterns now

    files = []
    for p in a.paths:
        files += sorted(f for f in p.rglob("*") if f.suffix in (".md", ".txt", ".html")) if p.is_dir() else [p]
    t0 = time.perf_counter()
    for f in files:
        lint_path(f)
    total = time.perf_counter() - t0
    in_patterns = sum(c[0] for c in cost.values())
    print(f"{len(files)} files in {total:.2f}s; {in_patterns:.2f}s inside patterns")
    for pattern, (secs, calls, where) in sorted(cost.items(), key=lambda kv: -kv[1][0])[: a.top]:
        print(f"{secs:7.3f}s {calls:7d} calls  {where:28} {pattern[:90]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
