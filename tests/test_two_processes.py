"""A long document's checks are decided by two processes (``_twoproc``):
the results are those one process gives, in the same order, and nothing is
lost when the second process dies.

Each case runs in a new interpreter: a forked child is only made by a
process with one thread, as a plain ``pytest`` run is (an xdist worker is
not, and decides in one process)."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from pytest_privacylint import _twoproc

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux") or _twoproc._cores() < 2,
                                reason="a second process only on Linux with two cores or more")

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"


# a script part that counts the forks of its process in ``forks``
COUNT_FORKS = """
    import os
    forks = []
    real_fork = os.fork
    def counting_fork():
        forks.append(1)
        return real_fork()
    os.fork = counting_fork
"""


def _fresh(*code: str) -> dict:
    """Run the ``code`` parts in a new interpreter; the JSON it printed last."""
    script = "".join(textwrap.dedent(part) for part in code)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout.splitlines()[-1])


def test_both_processes_take_items_and_the_results_come_back_in_order():
    got = _fresh("""
        import json, os, time
        from pytest_privacylint import _twoproc
        me = os.getpid()
        def fn(i):
            time.sleep(0.05)
            return (i * i, os.getpid() != me)
        res = _twoproc.map_split(fn, 8)
        print(json.dumps({"can": _twoproc.can_split(), "values": [v for v, _ in res],
                          "by": sorted({other for _, other in res})}))
    """)
    assert got == {"can": True, "values": [i * i for i in range(8)], "by": [False, True]}


@pytest.mark.parametrize("how", ["os._exit(3)", "raise RuntimeError('broken')", "os.kill(os.getpid(), 9)"])
def test_what_a_dead_second_process_took_is_done_by_the_first(how):
    got = _fresh(f"""
        import json, os, time
        from pytest_privacylint import _twoproc
        me = os.getpid()
        def fn(i):
            if os.getpid() != me:
                {how}
            time.sleep(0.02)
            return (i, os.getpid() == me)
        print(json.dumps(_twoproc.map_split(fn, 6)))
    """)
    assert got == [[i, True] for i in range(6)]


def test_when_fork_fails_this_process_takes_every_item():
    got = _fresh("""
        import json, os
        from pytest_privacylint import _twoproc
        def no_fork():
            raise OSError(11, "Resource temporarily unavailable")
        os.fork = no_fork
        me = os.getpid()
        print(json.dumps(_twoproc.map_split(lambda i: (i, os.getpid() == me), 5)))
    """)
    assert got == [[i, True] for i in range(5)]


def test_a_long_policy_gets_the_results_one_process_gives():
    """Every seed policy repeated past the split size: outcome, message,
    evidence, context lines and explain candidates are those of a single
    process, and the split happened (one fork per policy)."""
    got = _fresh(COUNT_FORKS, f"""
        import json
        from pathlib import Path
        from pytest_privacylint import _twoproc, lint_text
        out = {{}}
        for f in sorted(Path({str(SEEDS)!r}).glob("*.txt")):
            text = f.read_text(encoding="utf-8")
            text = text * (250_000 // len(text) + 1)
            for split in (False, True):
                _twoproc.SPLIT_FROM = 200_000 if split else 10**12
                n = len(forks)
                res = lint_text(text, explain=True)
                out.setdefault(f.name, []).append({{
                    "forks": len(forks) - n,
                    "checks": [dict(c.to_json(), context=c.context, explain=[
                        dict(e, evidence=e["evidence"].to_json()) for e in c.explain]) for c in res.checks],
                }})
        print(json.dumps(out))
    """)
    assert len(got) == 5
    for name, (one, two) in got.items():
        assert one["forks"] == 0 and two["forks"] == 1, name
        assert two["checks"] == one["checks"], name
    outcomes = [c["outcome"] for runs in got.values() for c in runs[0]["checks"]]
    assert {"pass", "fail"} <= set(outcomes)


CUSTOM = """
    import json, os, time
    from pytest_privacylint import Check, Decision, _twoproc, _patterns, default_checks, lint_text
    from pytest_privacylint._config import default_config
    _twoproc.SPLIT_FROM = 1000
    me = os.getpid()
    ran_here = []

    def slow(doc, ctx):
        time.sleep(0.3)
        return Decision.passed("slow")

    def where(doc, ctx):
        ran_here.append(os.getpid() == me)
        return Decision.passed("where")

    runaway = _patterns.compile(r"(?:a|aa)+b")
    _patterns.compiled.remove(runaway)

    def fires(doc, ctx):
        runaway.search("a" * 60 + "c")
        return Decision.passed("never")

    checks = [Check(id="slow", version="1", title="slow", decide=slow, pure=True),
              Check(id="fires", version="1", title="fires", decide=fires, pure=True),
              Check(id="where", version="1", title="where", decide=where)]
    cfg = default_config()
    cfg.regex_timeout = 0.2
    res = lint_text("Privacy policy. We keep your personal data. " * 100, config=cfg, checks=checks)
"""


def test_a_check_not_marked_pure_is_decided_in_this_process():
    got = _fresh(CUSTOM, """
        print(json.dumps({"ran_here": ran_here, "outcomes": [c.outcome for c in res.checks]}))
    """)
    assert got["ran_here"] == [True]
    assert got["outcomes"] == ["pass", "error", "pass"]


def test_the_costliest_checks_are_started_first_and_the_results_keep_their_order():
    """Two processes take the checks costliest first (``Check.cost``): a
    costly check last in the list is not left to start when the others
    are done."""
    got = _fresh("""
        import json, time
        from pytest_privacylint import Check, Decision, _twoproc, lint_text
        _twoproc.SPLIT_FROM = 1000

        def started(doc, ctx):
            t = time.monotonic()
            time.sleep(0.3)
            return Decision.passed(repr(t))

        checks = [Check(id=f"c{i}", version="1", title="c", decide=started, pure=True, cost=cost)
                  for i, cost in enumerate((1.0, 1.0, 9.0))]
        res = lint_text("Privacy policy. We keep your personal data. " * 100, checks=checks)
        print(json.dumps({"ids": [c.id for c in res.checks], "started": [float(c.message) for c in res.checks]}))
    """)
    assert got["ids"] == ["c0", "c1", "c2"]
    first, second, costly = got["started"]
    assert costly < max(first, second) - 0.2  # started with the first, not after it


def test_the_guard_firing_in_the_second_process_is_an_error_item_and_recorded_here():
    got = _fresh(CUSTOM, """
        fires = res.check("fires")
        print(json.dumps({"reason": fires.reason, "fired": _patterns.fired}))
    """)
    assert "stopped by the regex guard" in got["reason"] and "'fires'" in got["reason"]
    assert got["fired"] == [r"(?:a|aa)+b"]


def test_pytest_privacy_on_a_long_policy_forks_once_and_reports_as_one_process(pytester, monkeypatch):
    """As a user runs it: ``pytest --privacy`` on a policy over a million
    characters, with the split and without (``SPLIT_FROM`` raised by a
    conftest): the same report, and one fork."""
    seed = (SEEDS / "000_9bd793a3ee2c9d4e.txt").read_text(encoding="utf-8")
    pytester.path.joinpath("policy.txt").write_text(seed * (1_100_000 // len(seed) + 1), encoding="utf-8")
    pytester.makeconftest(textwrap.dedent(COUNT_FORKS) + textwrap.dedent("""
        from pytest_privacylint import _twoproc
        if os.environ.get("NO_SPLIT"):
            _twoproc.SPLIT_FROM = 10**12
        def pytest_terminal_summary(terminalreporter):
            terminalreporter.write_line(f"forks={len(forks)}")
    """))
    reports = {}
    for split in (True, False):
        if not split:
            monkeypatch.setenv("NO_SPLIT", "1")
        result = pytester.runpytest_subprocess("--privacy", "policy.txt", "-p", "no:cacheprovider",
                                               f"--privacy-report=json:{split}.json")
        result.assert_outcomes(passed=2, failed=3)
        result.stdout.fnmatch_lines([f"forks={1 if split else 0}"])
        reports[split] = json.loads((pytester.path / f"{split}.json").read_text())
    assert reports[True] == reports[False]
