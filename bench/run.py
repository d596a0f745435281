"""The benchmark (issues 5 and 8); never a timed unit test.

usage:
  python bench/run.py [--sizes 100,1000,10000] [--big 10KB,1MB,10MB,50MB] [--repeat 3] [--no-dask] [--markdown FILE]
        the performance table (bench/scale.py): floor, engine, zero-work
        plugin, pytest --privacy serial and -n 2, cold and warm, Dask;
        files/s, MB/s, engine/floor, pytest/zero-work, peak RSS
  python bench/run.py --files [--repeat N] [PATH ...]
        time each fixture file (load + all checks), slowest first
  python bench/run.py --hostile [--only LABELS] [--sizes BYTES ...] [--no-series] [--no-fresh]
        hostile inputs and the linear-growth series
  python bench/run.py --repeated FOLDER [--repeated-size BYTES]
        each policy in FOLDER repeated to BYTES (default 2 MB): s and s/MB
  python bench/run.py --items [--copies N]
        pytest --privacy on N copies of a seed policy (default 40), its items
        shown as failures, warnings (xfail), baselined (xfail) and errors:
        seconds and milliseconds per item, in a new process each

``--files`` prints, per file, the median time of N runs (load + all
checks), then files/s and MB/s over the whole set.

``--hostile`` writes adversarial inputs into a temporary folder (issue 5:
2 MB of "a", 1 MB of repeated "opt-out ", 100,000 email-like tokens, a 10 MB
policy, plus reader worst cases), lints each once with the default
configuration (``max_file_size`` 20 MB) and prints: input, size, seconds
(in this process, after the warm-up), CPU seconds (with those of the second
process that decides a long document's checks), the seconds of ``pytest --privacy
FILE`` in a new process (column "fresh s": what a user waits, start-up and
pattern compilation included), the outcome of every check, whether the
regex guard fired. Each must finish in under 5 s, judged on the fresh time
(column "ok"). Then it lints policies of 10 KB .. 50 MB built
deterministically from fixtures/seeds (paragraphs shuffled with a fixed
seed and repeated; ``max_file_size`` raised) and prints seconds per MB, which
stays flat when time grows linearly: once from every seed, once from the
seeds whose retention and child-data checks fail (no evidence to stop at:
those checks read every sentence).
"""
from __future__ import annotations

import argparse
import dataclasses
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from pytest_privacylint import default_checks, lint_path

ROOT = Path(__file__).resolve().parent.parent
LIMIT_S = 5.0
HEAD = "Privacy Policy\n\nThis privacy policy explains how we process your personal data.\n\n"


def policy_files(paths: list[Path]) -> list[Path]:
    out = []
    for p in paths:
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.suffix.lower() in (".md", ".txt", ".html", ".htm", ".markdown"))
        else:
            out.append(p)
    return out


def fixture_times(a) -> None:
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


# -- hostile inputs ------------------------------------------------------------

# seeds whose retention-limit and child-data-stance fail (the spec's table):
# a policy of their paragraphs gives those checks no evidence to stop at, so
# they read every sentence (the worst case for the early stops)
NO_STOP_SEEDS = ("000", "001", "003")


def seed_paragraphs(only: tuple[str, ...] = ()) -> list[str]:
    paras: list[str] = []
    for f in sorted((ROOT / "fixtures" / "seeds").glob("*.txt")):
        if only and not f.name.startswith(only):
            continue
        text = f.read_text(encoding="utf-8").replace("\r\n", "\n")
        paras += [p.strip() for p in text.split("\n\n") if p.strip()]
    return paras


def policy_of_size(size: int, seed: int = 5, only: tuple[str, ...] = ()) -> str:
    """A policy of about ``size`` bytes: the seed policies' paragraphs (of
    the seeds named in ``only``, else all), shuffled with a fixed seed,
    repeated until the size is reached."""
    paras = seed_paragraphs(only)
    rng = random.Random(seed)
    out: list[str] = []
    n = 0
    while n < size:
        batch = paras[:]
        rng.shuffle(batch)
        for p in batch:
            out.append(p)
            n += len(p.encode("utf-8")) + 2
            if n >= size:
                break
    return "\n\n".join(out) + "\n"


def hostile_inputs() -> list[tuple[str, str, bytes]]:
    """(label, file name, bytes): the issue's four, each also after a
    policy heading (so the checks run rather than skip as "not a policy"),
    and the readers' worst cases."""
    emails = " ".join(f"user{i}.name@mail{i % 997}.example-corp.com" for i in range(100_000))
    a2 = "a" * 2_000_000
    opt = "opt-out " * (1_000_000 // 8)
    pol10 = policy_of_size(10_000_000)
    rows = [
        ('2 MB of "a"', "a.txt", a2),
        ('2 MB of "a", policy heading', "a-policy.txt", HEAD + a2),
        ('1 MB of "opt-out "', "optout.txt", opt),
        ('1 MB of "opt-out ", policy heading', "optout-policy.txt", HEAD + opt),
        ("100,000 email-like tokens", "emails.txt", emails),
        ("100,000 emails, policy heading", "emails-policy.txt", HEAD + emails),
        ("10 MB policy (seeds)", "policy-10mb.txt", pol10),
        ("10 MB policy as Markdown", "policy-10mb.md", pol10),
        ("10 MB policy, no early stop", "policy-10mb-nostop.txt", policy_of_size(10_000_000, only=NO_STOP_SEEDS)),
        ("2 MB one line of words", "oneline.txt", HEAD + "We keep data " * 150_000),
        ("2 MB of vague retention sentences", "vague.txt", HEAD + "We retain your personal data for our records. " * 43_000),
        ('2 MB one line of "Acme Inc. (\"we\")"', "decl.txt", HEAD + 'Acme Inc. ("we") runs this site. ' * 60_000),
        ("2 MB one line of a heading in capitals", "caps.txt", HEAD + "OUR COMMITMENT TOWARDS CHILDREN'S PRIVACY " * 48_000),
        ("HTML 10,000 nested <div>", "nested.html",
         "<html><body><h1>Privacy Policy</h1>" + "<div>" * 10_000 + "<p>" + policy_of_size(20_000).replace("\n\n", "</p><p>") + "</p>" + "</div>" * 10_000),
        ("HTML 5 MB attribute", "attr.html", "<p title=\"" + "x" * 5_000_000 + "\">" + policy_of_size(20_000) + "</p>"),
        ('HTML 1 MB of "<a "', "tags.html", HEAD + "<a " * 333_333),
        ("HTML 100,000 <nav> + </x>", "nav.html", "<p>" + policy_of_size(20_000) + "</p>" + "<nav></x>" * 100_000),
        ('Markdown 1 MB of "[x]("', "links.md", HEAD + "[x](" * 250_000),
        ('Markdown 1 MB of "<b x "', "mdtags.md", HEAD + "<b x " * 200_000),
        ("Markdown 500,000 short lines", "lines.md", HEAD + "=\n" * 500_000),
        ("text 500,000 short lines", "lines.txt", HEAD + "=\n" * 500_000),
        ("25 MB (over max_file_size)", "big.txt", policy_of_size(25_000_000)),
    ]
    return [(label, name, body.encode("utf-8")) for label, name, body in rows]


def _cpu() -> float:
    """CPU seconds of this process and of its children that ended (a long
    document's second process, see pytest_privacylint._twoproc)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def lint_once(path: Path, cfg=None):
    from pytest_privacylint import _patterns

    before = len(_patterns.fired)
    t0, c0 = time.perf_counter(), _cpu()
    res = lint_path(path, cfg)
    dt = time.perf_counter() - t0
    lint_once.cpu = _cpu() - c0
    guard = len(_patterns.fired) > before or any("regex guard" in (c.reason or "") for c in res.checks)
    return dt, res, guard


def fresh_run(path: Path) -> float:
    """Wall seconds of what a user runs, in a new process: ``pytest --privacy
    FILE`` with this plugin only (plugins of the test extra, such as
    hypothesis's, which adds about 1 s to pytest's start, are not loaded):
    pytest's start, the imports, compiling and analysing the patterns,
    linting and the report."""
    import os
    import subprocess

    env = dict(os.environ, PYTEST_DISABLE_PLUGIN_AUTOLOAD="1")
    cmd = [sys.executable, "-m", "pytest", "-p", "pytest_privacylint.plugin", "-p", "no:cacheprovider", "-q", "--privacy", path.name]
    t0 = time.perf_counter()
    run = subprocess.run(cmd, cwd=path.parent, env=env, capture_output=True, text=True)
    dt = time.perf_counter() - t0
    if run.returncode not in (0, 1):
        raise RuntimeError(f"pytest --privacy {path.name} exited {run.returncode}:\n{run.stdout[-2000:]}{run.stderr[-2000:]}")
    return dt


def outcome_cell(res) -> str:
    return " ".join(f"{c.outcome[:4]}" for c in res.checks)


def warm_up() -> float:
    """Import every check, compile every language's patterns and derive
    their needles and prefixes (the prefilter's analysis, done on the first
    text long enough to use it) outside the timing: a run pays this once
    per process, whatever it lints. Returns the seconds it took."""
    from pytest_privacylint import lint_text
    from pytest_privacylint._config import default_config

    t0 = time.perf_counter()
    langs = {lang for c in default_checks() for lang in (c.languages or ("en",))}
    for lang in sorted(langs):
        lint_text(HEAD + "We keep your e-mail address (privacy@acme.org) for 30 days.", config=dataclasses.replace(default_config(), language=lang))
    lint_text(policy_of_size(100_000))  # past the prefilter's threshold: every pattern's needles and prefixes
    return time.perf_counter() - t0


def hostile(a) -> int:
    print("checks: " + ", ".join(c.id for c in default_checks()))
    print(f"warm-up, once per process (imports, compiling and analysing every pattern): {warm_up():.2f} s")
    slow = 0
    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'input':38} {'MB':>6} {'s':>7} {'cpu s':>7} {'fresh s':>7}  {'ok':3} {'guard':5}  outcomes (per check, in order) / reason")
        for label, name, body in hostile_inputs():
            if a.only and not any(o in label for o in a.only.split("|")):
                continue
            p = Path(tmp) / name
            p.write_bytes(body)
            dt, res, guard = lint_once(p)
            fresh = fresh_run(p) if a.fresh else None
            ok = (fresh if fresh is not None else dt) < LIMIT_S
            slow += not ok
            reasons = {c.reason for c in res.checks if c.reason}
            extra = f"  ({'; '.join(sorted(reasons))[:90]})" if reasons else ""
            fresh_cell = f"{fresh:7.2f}" if fresh is not None else f"{'-':>7}"
            print(f"{label:38} {len(body) / 1e6:6.2f} {dt:7.2f} {lint_once.cpu:7.2f} {fresh_cell}  {'yes' if ok else 'NO':3} {'YES' if guard else 'no':5}  "
                  f"{outcome_cell(res)}{extra}", flush=True)
            p.unlink()
        if a.series:
            series(a, Path(tmp))
    return 1 if slow else 0


def series(a, tmp: Path) -> None:
    from pytest_privacylint._config import default_config

    cfg = dataclasses.replace(default_config(), max_file_size=200 * 10**6)
    for title, only in (("seed policy", ()), ("no early stop (seeds " + "/".join(NO_STOP_SEEDS) + ")", NO_STOP_SEEDS)):
        print()
        print(f"linear growth, {title} (max_file_size raised to 200 MB): {'size':>8} {'s':>8} {'cpu s':>8} {'cpu s/MB':>8}  outcomes")
        for size in a.sizes:
            p = tmp / f"policy-{size}.txt"
            p.write_text(policy_of_size(size, only=only), encoding="utf-8")
            dt, res, guard = lint_once(p, cfg)
            mb = p.stat().st_size / 1e6
            print(f"{'':47} {_human(size):>8} {dt:8.2f} {lint_once.cpu:8.2f} {lint_once.cpu / mb:8.2f}  {outcome_cell(res)}{'  GUARD' if guard else ''}", flush=True)
            p.unlink()


def items(a) -> int:
    """What an item costs pytest by how it is shown: ``pytest --privacy`` in a
    new process on ``a.copies`` copies of seed 000 (three of its five checks
    fail), as they are, with every check a warning (xfail), with their
    failures in a baseline (xfail), and with every file over
    ``max_file_size`` (an error item each)."""
    import subprocess

    seed = next((ROOT / "fixtures" / "seeds").glob("000*.txt"))
    ids = [c.id for c in default_checks()]
    variants = [
        ("failures as they are", ""),
        ("every check a warning", "[tool.privacylint.severity]\n" + "".join(f'"{i}" = "warning"\n' for i in ids)),
        ("failures baselined", "[tool.privacylint]\nbaseline = \"baseline.json\"\n"),
        ("every file over max_file_size", "[tool.privacylint]\nmax_file_size = 100\n"),
    ]
    env = dict(os.environ, PYTEST_DISABLE_PLUGIN_AUTOLOAD="1")
    base = [sys.executable, "-m", "pytest", "-p", "pytest_privacylint.plugin", "-p", "no:cacheprovider", "-q", "--privacy", "policies"]
    print(f"{a.copies} copies of {seed.name}, {a.copies * len(ids)} items, pytest --privacy in a new process")
    print(f"{'shown as':32} {'s':>7} {'ms/item':>8}  summary")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "policies"
        folder.mkdir()
        for k in range(a.copies):
            (folder / f"policy-{k:03d}.txt").write_bytes(seed.read_bytes())
        for label, toml in variants:
            (Path(tmp) / "pyproject.toml").write_text(toml, encoding="utf-8")
            if "baseline" in toml:  # record the failures first, outside the timing
                subprocess.run(base + ["--privacy-baseline-update"], cwd=tmp, env=env, capture_output=True, check=False)
            t0 = time.perf_counter()
            run = subprocess.run(base, cwd=tmp, env=env, capture_output=True, text=True)
            dt = time.perf_counter() - t0
            summary = run.stdout.strip().splitlines()[-1] if run.stdout.strip() else run.stderr.strip()[-200:]
            print(f"{label:32} {dt:7.2f} {dt * 1000 / (a.copies * len(ids)):8.1f}  {summary}", flush=True)
    return 0


def repeated(a) -> int:
    """Each policy file under ``a.repeated`` (a folder), its bytes repeated
    up to ``a.repeated_size``, linted once (``max_file_size`` raised):
    seconds and seconds per MB, slowest first. A real policy repeated is
    what a user would build to try a large file; unlike the seed policy it
    keeps its failing checks failing, so they read the whole text."""
    from pytest_privacylint._config import default_config

    cfg = dataclasses.replace(default_config(), max_file_size=10 * a.repeated_size)
    print(f"warm-up, once per process: {warm_up():.2f} s")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for f in policy_files([a.repeated]):
            data = f.read_bytes()
            if not data:
                continue
            p = Path(tmp) / ("policy" + f.suffix)
            p.write_bytes(data * max(1, a.repeated_size // len(data)))
            dt, res, guard = lint_once(p, cfg)
            size = p.stat().st_size
            rows.append((dt / size * 1e6, dt, size, f.name, res.language, outcome_cell(res), guard))
            p.unlink()
    rows.sort(reverse=True)
    print(f"{'policy':48} {'lang':4} {'MB':>6} {'s':>6} {'s/MB':>6}  guard  outcomes")
    for per, dt, size, name, lang, cell, guard in rows:
        print(f"{name[:48]:48} {lang:4} {size / 1e6:6.2f} {dt:6.2f} {per:6.2f}  {'YES' if guard else 'no':5}  {cell}")
    per = sorted(r[0] for r in rows)
    if per:
        print(f"{len(rows)} policies: s/MB median {statistics.median(per):.2f}, max {per[-1]:.2f}")
    return 0


def _human(n: int) -> str:
    return f"{n // 10**6} MB" if n >= 10**6 else f"{n // 1000} KB"


def main() -> None:
    if {"-h", "--help"} & set(sys.argv[1:]):
        print(__doc__)  # every mode and its options (each mode's parser knows only its own)
        return
    if not {"--files", "--hostile", "--repeated", "--items"} & {arg.split("=")[0] for arg in sys.argv[1:]}:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        import scale

        sys.exit(scale.main(sys.argv[1:]))
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", action="store_true", help="time each fixture file")
    ap.add_argument("paths", nargs="*", type=Path, default=[ROOT / "fixtures"])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--top", type=int, default=10, help="show the slowest N files")
    ap.add_argument("--hostile", action="store_true", help="time the hostile inputs and the linear-growth series")
    ap.add_argument("--only", default="", help="with --hostile: only inputs whose label contains one of these ('|'-separated)")
    ap.add_argument("--no-series", dest="series", action="store_false", help="with --hostile: skip the growth series")
    ap.add_argument("--no-fresh", dest="fresh", action="store_false",
                    help="with --hostile: skip timing each input again in a new pytest process (then 'ok' judges the in-process time)")
    ap.add_argument("--sizes", type=int, nargs="*",
                    default=[10_000, 100_000, 1_000_000, 5_000_000, 10_000_000, 50_000_000],
                    help="byte sizes of the growth series")
    ap.add_argument("--repeated", type=Path, help="time each policy file in this folder, repeated to --repeated-size bytes")
    ap.add_argument("--repeated-size", type=int, default=2_000_000, help="with --repeated: bytes per repeated policy")
    ap.add_argument("--items", action="store_true", help="time pytest --privacy by how its items are shown (fail, xfail, error)")
    ap.add_argument("--copies", type=int, default=40, help="with --items: copies of the seed policy")
    a = ap.parse_args()
    if a.items:
        sys.exit(items(a))
    if a.repeated:
        sys.exit(repeated(a))
    if a.hostile:
        sys.exit(hostile(a))
    fixture_times(a)


if __name__ == "__main__":
    main()
