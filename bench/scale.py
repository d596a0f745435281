"""Performance and scale benchmark (issue 8): engine against the floor, pytest
against the zero-work plugin, cold and warm cache, xdist, Dask. Run it as
``python bench/run.py`` (the benchmark's entry) or directly.

usage: python bench/run.py [--sizes 100,1000,10000] [--big 10KB,1MB,10MB,50MB]
                           [--repeat 3] [--no-dask] [--workdir DIR] [--markdown FILE]

Corpora are built deterministically from the project's fixtures (real
policies, varied by shuffling their paragraphs with a fixed seed). Each
measurement is the median of --repeat runs, with the spread (max - min).
Rows:
  floor        read + decode + one regex search pass (the issue's pattern)
  engine       the library API: load + all checks, one process
  zero-work    pytest replaying the recorded outcomes (../shared/tools/zerowork_plugin.py)
               with the same options as the pytest rows after it (-n 2, output)
  pytest ...   pytest --privacy end to end: serial / -n 2, cold / warm cache,
               --tb=line, and default output at N <= 1,000
  dask         corpus.lint_paths on LocalCluster(n_workers=2, processes=True)
Peak RSS sums the process tree (controller plus workers), sampled every 50 ms.
Never a unit test: run it by hand, paste the table into the README.
"""
from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FLOOR = regex.compile(
    r"(?i)\b(privacy|personal (?:data|information)|retain|retention|delete|keep|store|opt[- ]?out|unsubscribe"
    r"|third[- ]part(?:y|ies)|share|children|child|minors?|contact|e-?mail|controller)\b"
)
EXTS = (".md", ".txt", ".html")


# -- corpora ---------------------------------------------------------------------

def sources() -> list[Path]:
    files = []
    for folder in ("seeds", "holdout", "languages"):
        files += sorted(p for p in (ROOT / "fixtures" / folder).rglob("*") if p.suffix in EXTS)
    return files


def shuffled(text: str, rng: random.Random, html: bool) -> str:
    parts = text.split("\n\n")
    if len(parts) < 3:
        return text
    head, body, tail = parts[:1], parts[1:-1], parts[-1:]
    if not html:
        head, body, tail = [], parts, []
    rng.shuffle(body)
    return "\n\n".join(head + body + tail)


def build_corpus(folder: Path, n: int) -> Path:
    if folder.exists() and len(list(folder.iterdir())) == n:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    src = sources()
    rng = random.Random(n)
    for i in range(n):
        p = src[i % len(src)]
        text = p.read_text(encoding="utf-8", errors="replace")
        (folder / f"p{i:05d}{p.suffix}").write_text(shuffled(text, rng, p.suffix == ".html"), encoding="utf-8")
    return folder


def build_big(folder: Path, size: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / f"big-{size}.txt"
    if out.exists() and out.stat().st_size >= size:
        return out
    rng = random.Random(size)
    paras = []
    for p in sources():
        if p.suffix == ".txt":
            paras += [x for x in p.read_text(encoding="utf-8", errors="replace").split("\n\n") if x.strip()]
    chunks, total = [], 0
    while total < size:
        para = rng.choice(paras)
        chunks.append(para)
        total += len(para.encode("utf-8")) + 2
    out.write_text("\n\n".join(chunks), encoding="utf-8")
    return out


# -- measuring -------------------------------------------------------------------

class PeakRSS:
    """Peak resident memory of this process and its children, summed."""

    def __init__(self):
        import psutil

        self.psutil = psutil
        self.peak = 0
        self._stop = threading.Event()

    def __enter__(self):
        self._t = threading.Thread(target=self._run, daemon=True)
        self._t.start()
        return self

    def _run(self):
        me = self.psutil.Process()
        while not self._stop.is_set():
            total = 0
            try:
                for p in [me] + me.children(recursive=True):
                    try:
                        total += p.memory_info().rss
                    except self.psutil.Error:
                        pass
            except self.psutil.Error:
                pass
            self.peak = max(self.peak, total)
            self._stop.wait(0.05)

    def __exit__(self, *exc):
        self._stop.set()
        self._t.join()


def measure(fn, repeat: int):
    times, peak = [], 0
    for _ in range(repeat):
        with PeakRSS() as rss:
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
        peak = max(peak, rss.peak)
    return statistics.median(times), max(times) - min(times), peak


def files_of(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in EXTS)


def floor_pass(files: list[Path]) -> None:
    from pytest_privacylint._decode import decode

    for f in files:
        text = decode(f.read_bytes(), f.suffix.lstrip("."))[0]
        for _ in FLOOR.finditer(text):
            pass


def engine_pass(files: list[Path], cfg, root: Path | None = None) -> list:
    """Load and check every file (the results, named as a report names them)."""
    from pytest_privacylint import lint_path

    return [lint_path(f, cfg, display_path=f.relative_to(root).as_posix() if root else None) for f in files]


def pytest_cmd(folder: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", "--rootdir", str(folder), *args]


def run(cmd: list[str], cwd: Path, env=None) -> None:
    subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)


# -- the benchmark ---------------------------------------------------------------

def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="100,1000,10000")
    ap.add_argument("--big", default="10KB,1MB,10MB,50MB")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-dask", action="store_true")
    ap.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "privacylint-bench")
    ap.add_argument("--markdown", type=Path, default=None, help="also write the table here")
    a = ap.parse_args(argv)

    from pytest_privacylint._config import Config, parse_size
    from pytest_privacylint.corpus import lint_paths, report
    from pytest_privacylint.reports.json import write as write_json

    cfg = Config(max_file_size=100 * 10**6, cache=False)
    rows: list[tuple] = []
    t_start = time.perf_counter()

    def row(corpus, what, files_n, mb, t, spread, peak, note=""):
        rows.append((corpus, what, files_n, mb, t, spread, peak, note))
        print(f"{corpus:>10} {what:<28} {t:8.2f}s ±{spread:5.2f} {files_n / t:9.1f} files/s {mb / t:8.2f} MB/s "
              f"{peak / 2**20:7.0f} MB  {note}", flush=True)

    zw_dir = SHARED / "tools"
    for n in [int(x) for x in a.sizes.split(",") if x]:
        folder = build_corpus(a.workdir / f"corpus-{n}", n)
        files = files_of(folder)
        mb = sum(f.stat().st_size for f in files) / 1e6
        name = f"N={n}"
        floor = measure(lambda: floor_pass(files), a.repeat)
        row(name, "floor", n, mb, *floor)
        results: list = []
        engine = measure(lambda: results.__setitem__(slice(None), engine_pass(files, cfg, folder)), a.repeat)
        row(name, "engine", n, mb, *engine, note=f"engine/floor {engine[0] / floor[0]:.1f}x")
        rep = folder.parent / f"report-{n}.json"
        write_json(str(rep), report(results, cfg))  # what the zero-work plugin replays
        env = dict(os.environ, PYTHONPATH=str(zw_dir) + os.pathsep + os.environ.get("PYTHONPATH", ""))
        outputs = [("--tb=line", ["--tb=line"])] + ([("default output", [])] if n <= 1000 else [])
        for label, extra in outputs:
            for workers in ([], ["-n", "2"]):
                wl = " -n 2" if workers else ""
                # pytest's own cost with the same options (xdist included): the floor for this row
                zw = measure(lambda: run(pytest_cmd(folder, "-p", "zerowork_plugin", "--zerowork", str(rep), ".",
                                                    *workers, *extra), folder, env), a.repeat)
                row(name, f"zero-work{wl} {label}", n, mb, *zw)
                clear = pytest_cmd(folder, "--privacy", ".", "--cache-clear", *workers, *extra)
                cold = measure(lambda: run(clear, folder), a.repeat)
                row(name, f"pytest{wl} cold {label}", n, mb, *cold,
                    note=f"/(zero-work+engine) {cold[0] / (zw[0] + engine[0] / (2 if workers else 1)):.2f}")
                # the cold runs left the cache full
                warm = measure(lambda: run(pytest_cmd(folder, "--privacy", ".", *workers, *extra), folder), a.repeat)
                row(name, f"pytest{wl} warm {label}", n, mb, *warm, note=f"/zero-work {warm[0] / zw[0]:.2f}")
        if not a.no_dask and n == max(int(x) for x in a.sizes.split(",")):
            from distributed import Client, LocalCluster

            def dask_run():
                with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cl:
                    with Client(cl) as client:
                        lint_paths(files, cfg, client=client, root=folder)

            d = measure(dask_run, a.repeat)
            row(name, "dask LocalCluster(2)", n, mb, *d, note=f"/engine {d[0] / engine[0]:.2f}")

    for spec in [x for x in a.big.split(",") if x]:
        size = parse_size(spec)
        f = build_big(a.workdir / "big", size)
        mb = f.stat().st_size / 1e6
        floor = measure(lambda: floor_pass([f]), a.repeat)
        row(spec, "floor", 1, mb, *floor)
        engine = measure(lambda: engine_pass([f], cfg), a.repeat)
        row(spec, "engine", 1, mb, *engine, note=f"engine/floor {engine[0] / floor[0]:.1f}x")

    total = time.perf_counter() - t_start
    head = (f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
            f"{time.strftime('%Y-%m-%d')}; median of {a.repeat}, benchmark took {total / 60:.1f} min")
    print(head)
    if a.markdown:
        lines = [head, "", "| corpus | run | s (median) | spread | files/s | MB/s | peak RSS MB | note |",
                 "|---|---|---:|---:|---:|---:|---:|---|"]
        for corpus, what, n, mb, t, spread, peak, note in rows:
            lines.append(f"| {corpus} | {what} | {t:.2f} | {spread:.2f} | {n / t:.1f} | {mb / t:.2f} | {peak / 2**20:.0f} | {note} |")
        a.markdown.write_text("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
