"""The results cache (config.md `cache`): a hit reports exactly what a fresh
run reports, errors are never cached, and it stays out of the way."""
from __future__ import annotations

import json
import os

POLICY = """This privacy policy explains how Acme Ltd ("we") handles personal data. Contact us at privacy@acme-shop.io.
We use Google Analytics to measure visits; opt out at https://tools.google.com/dlpage/gaoptout.
We keep your personal data for as long as necessary.
"""


def _run(pytester, *args):
    result = pytester.runpytest("--privacy", "--privacy-report=json:r.json", "-rA", *args)
    return result, (pytester.path / "r.json").read_bytes()


def test_warm_run_reports_the_same_and_reuses_results(pytester):
    pytester.makefile(".txt", a=POLICY, b=POLICY.replace("Acme Ltd", "Bcme Ltd"))
    cold, cold_json = _run(pytester)
    warm, warm_json = _run(pytester)
    assert "results cache" not in cold.stdout.str()
    warm.stdout.fnmatch_lines(["results cache: 2 of 2 files unchanged, results reused"])
    assert warm_json == cold_json
    cold.assert_outcomes(passed=6, failed=4)
    warm.assert_outcomes(passed=6, failed=4)  # never SKIPPED
    # failure text and evidence sections are the same, not just the outcomes
    strip = lambda r: [line for line in r.stdout.lines if "seconds" not in line and " in " not in line and "cache" not in line]
    assert strip(warm) == strip(cold)


def test_changed_content_is_linted_again_and_a_touch_is_a_hit(pytester):
    p = pytester.makefile(".txt", a=POLICY)
    _run(pytester)
    st = p.stat()
    os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))  # same bytes, new mtime (a fresh checkout)
    result, _ = _run(pytester)
    result.stdout.fnmatch_lines(["results cache: 1 of 1 files unchanged, results reused"])
    p.write_text(POLICY.replace("for as long as necessary", "for 30 days"))
    result, report = _run(pytester)
    assert "results cache" not in result.stdout.str()
    checks = json.loads(report)["files"][0]["checks"]
    assert next(c for c in checks if c["id"] == "retention-limit")["outcome"] == "pass"


def test_config_change_misses_and_cache_false_disables(pytester):
    pytester.makefile(".txt", a=POLICY)
    _run(pytester)
    pytester.makepyprojecttoml('[tool.privacylint]\nmode = "lenient"\n')
    result, _ = _run(pytester)
    assert "results cache" not in result.stdout.str()
    result, _ = _run(pytester)
    assert "results cache: 1 of 1" in result.stdout.str()
    pytester.makepyprojecttoml('[tool.privacylint]\nmode = "lenient"\ncache = false\n')
    _run(pytester)
    result, _ = _run(pytester)
    assert "results cache" not in result.stdout.str()


def test_errors_are_never_cached(pytester):
    pytester.makefile(".txt", a=POLICY + "a" * 40 + "!\n")
    pytester.makepyprojecttoml('[tool.privacylint]\nregex_timeout = 0.2\n'
                               '[[tool.privacylint.rule]]\nid = "runaway"\nmessage = "m"\nrequire = ["(a|aa)+$"]\n')
    first, _ = _run(pytester, "-k", "runaway")
    second, _ = _run(pytester, "-k", "runaway")
    first.assert_outcomes(errors=1, deselected=5)
    second.assert_outcomes(errors=1, deselected=5)
    assert "results cache" not in second.stdout.str()


def test_without_cacheprovider_or_with_cache_clear(pytester):
    pytester.makefile(".txt", a=POLICY)
    for args in (["-p", "no:cacheprovider"], ["-p", "no:cacheprovider"]):
        result, _ = _run(pytester, *args)
        result.assert_outcomes(passed=3, failed=2)
        assert "results cache" not in result.stdout.str()
    assert not (pytester.path / ".pytest_cache").exists()
    _run(pytester)
    result, _ = _run(pytester, "--cache-clear")
    assert "results cache" not in result.stdout.str()


def test_xdist_workers_share_the_cache(pytester):
    for i in range(6):
        pytester.makefile(".txt", **{f"p{i}": POLICY.replace("Acme", f"Acme{i}")})
    cold, cold_json = _run(pytester, "-n", "2")
    warm, warm_json = _run(pytester, "-n", "2")
    serial, serial_json = _run(pytester)
    warm.stdout.fnmatch_lines(["results cache: 6 of 6 files unchanged, results reused"])
    assert cold_json == warm_json == serial_json
