"""Engine time per file over the fixtures, through the library API.

usage: python bench/run.py [--repeat N] [PATH ...]

No targets yet: it shows what every vocabulary costs as it grows. Prints,
per file, the median time of N runs (load + all checks), then files/s and
MB/s over the whole set.
"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from pytest_privacylint import lint_path

ROOT = Path(__file__).resolve().parent.parent


def policy_files(paths: list[Path]) -> list[Path]:
    out = []
    for p in paths:
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.suffix.lower() in (".md", ".txt", ".html", ".htm", ".markdown"))
        else:
            out.append(p)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="*", type=Path, default=[ROOT / "fixtures"])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--top", type=int, default=10, help="show the slowest N files")
    a = ap.parse_args()
    files = policy_files(a.paths)
    lint_path(files[0])  # import and compile once, outside the timing
    rows = []
    for f in files:
        times = []
        for _ in range(a.repeat):
            t0 = time.perf_counter()
            lint_path(f)
            times.append(time.perf_counter() - t0)
        rows.append((statistics.median(times), max(times) - min(times), f.stat().st_size, f))
    total = sum(r[0] for r in rows)
    size = sum(r[2] for r in rows)
    print(f"{'ms':>8} {'spread':>8} {'KB':>8}  file (slowest {a.top})")
    for t, spread, sz, f in sorted(rows, key=lambda r: r[0], reverse=True)[: a.top]:
        print(f"{t * 1000:8.2f} {spread * 1000:8.2f} {sz / 1024:8.1f}  {f.relative_to(ROOT) if f.is_relative_to(ROOT) else f}")
    print(f"{len(files)} files, {size / 1e6:.2f} MB in {total:.3f} s (median of {a.repeat}): "
          f"{len(files) / total:.0f} files/s, {size / 1e6 / total:.2f} MB/s")


if __name__ == "__main__":
    main()
