"""Security (issue 5): linting writes nothing and opens no sockets; reports
escape what they echo from a policy (name and text)."""
from __future__ import annotations

import hashlib
import json
import os
import sys
import textwrap

import pytest

from conftest import FIXTURES

HOSTILE_TEXT = (
    "# Privacy Policy \x1b[31mRED\x1b[0m\n\n"
    "Acme \"Widgets\u202e\" Ltd. runs this app: 100% yours, no 'tricks'. Contact us at privacy@acme-widgets.co.uk.\r\n\r\n"
    "We keep <script>alert('x')</script> server logs for 30 days,\rthen delete them. \x1b]0;title\x07 \x1b[2J\n\n"
    "Our service is not directed to children under 13 \x08\x08\x7f.\n"
)
# quotes, %, :, comma, ANSI escape, <script>, CR and LF in a file name
HOSTILE_NAME = "we\"ird 'name' 100%: a,b \x1b[31m<script>x\u202ertl\rcr\nlf.md"


def _snapshot(folder):
    out = {}
    for p in sorted(folder.rglob("*")):
        st = p.lstat()
        out[str(p.relative_to(folder))] = (hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else None,
                                           st.st_mtime_ns, st.st_mode)
    return out


def test_linting_changes_no_file_and_writes_nothing_beside_them(pytester):
    d = pytester.path / "policies"
    d.mkdir()
    for p in list((FIXTURES / "seeds").glob("*.txt")) + sorted((FIXTURES / "retention-limit").rglob("*.*"))[:10]:
        (d / p.name).write_bytes(p.read_bytes())
    (d / "page.html").write_text("<html><body><main><h1>Privacy</h1><p>We keep personal data 30 days.</p></main></body></html>")
    (d / "binary.md").write_bytes(bytes(range(256)) * 10)
    (d / "crlf.txt").write_bytes(b"Privacy policy\r\n\r\nWe keep personal data for 30 days.\r\n")
    before = _snapshot(d)
    result = pytester.runpytest("--privacy", "policies", "--privacy-report=json:r.json", "-p", "no:cacheprovider")
    assert result.ret in (0, 1)
    assert _snapshot(d) == before


def test_no_network_during_a_full_run(pytester):
    """A conftest replaces every way to open a connection or resolve a name;
    a full run (every check, every format, JSON report) must not try."""
    pytester.makeconftest(textwrap.dedent("""\
        import os, socket

        LOG = os.path.join(os.path.dirname(__file__), "network.log")

        def _blocked(*args, **kwargs):
            with open(LOG, "a") as fh:
                fh.write(repr(args)[:200] + "\\n")
            raise OSError("network blocked by the test")

        class _NoSocket(socket.socket):
            def __init__(self, *args, **kwargs):
                _blocked(*args)

        socket.socket = _NoSocket
        socket.create_connection = _blocked
        socket.getaddrinfo = _blocked
        socket.gethostbyname = _blocked
        """))
    d = pytester.path / "policies"
    d.mkdir()
    for p in (FIXTURES / "seeds").glob("*.txt"):
        (d / p.name).write_bytes(p.read_bytes())
    (d / "links.html").write_text(
        '<h1>Privacy</h1><p>We share personal data with <a href="https://stripe.com/privacy">Stripe</a>. '
        'See <a href="http://example.org/policy">our policy</a>; contact privacy@acme.example.</p>'
        '<img src="https://tracker.example/p.gif"><link rel="stylesheet" href="https://cdn.example/x.css">')
    result = pytester.runpytest("--privacy", "policies", "--privacy-report=json:r.json", "-p", "no:cacheprovider")
    assert result.ret in (0, 1)
    assert len(json.loads((pytester.path / "r.json").read_text())["files"]) == 6
    assert not (pytester.path / "network.log").exists(), (pytester.path / "network.log").read_text()


def _hostile_run(pytester):
    d = pytester.path / "policies"
    d.mkdir()
    (d / HOSTILE_NAME).write_text(HOSTILE_TEXT, encoding="utf-8")
    (d / "plain.md").write_text("# Privacy\n\nWe keep personal data as long as necessary.\n", encoding="utf-8")
    return pytester.runpytest("--privacy", "policies", "--privacy-report=json:r.json", "-p", "no:cacheprovider",
                              "-rA", "--color=no", "-v")


@pytest.mark.skipif(sys.platform == "win32", reason="control characters are not allowed in Windows file names")
def test_json_report_is_valid_and_escapes_control_characters(pytester):
    _hostile_run(pytester)
    raw = (pytester.path / "r.json").read_bytes()
    report = json.loads(raw)  # valid JSON
    assert not any(b < 0x20 and b not in (0x0a,) for b in raw)  # control characters only as \\u escapes
    paths = sorted(f["path"] for f in report["files"])
    assert paths == sorted(["policies/" + HOSTILE_NAME, "policies/plain.md"])
    hostile = next(f for f in report["files"] if f["path"].endswith("lf.md"))
    texts = [ev["text"] for c in hostile["checks"] for ev in c["evidence"]]
    assert any("30 days" in t for t in texts)
    assert any("<script>" in t for t in texts) or any("<script>" in f["path"] for f in report["files"])


@pytest.mark.skipif(sys.platform == "win32", reason="control characters are not allowed in Windows file names")
def test_terminal_output_never_carries_raw_control_characters_from_a_policy(pytester):
    """pytest prints node ids raw (PASSED/FAILED lines with -v/-rA): a
    policy's file name with control characters gets an escaped node name and
    id, and the failure text and summary escape LF in a path."""
    result = _hostile_run(pytester)
    out = result.stdout.str() + result.stderr.str()
    assert not any(line.startswith("lf.md") for line in result.outlines)  # the name's LF did not break a line
    assert "\x1b" not in out and "\r" not in out and "\x07" not in out and "\x08" not in out and "\x7f" not in out
    assert "\u202e" not in out  # a right-to-left override would reorder the line shown
    assert "INTERNALERROR" not in out


def test_a_policy_text_named_on_the_command_line_is_not_run_as_a_doctest(pytester):
    """pytest's doctest plugin collects every ``.txt`` file named on the
    command line: a policy's ">>>" lines would run as Python, and a policy
    in cp1252 would stop the collection. Only the policy items run; a file
    matching ``--doctest-glob`` is still a doctest too."""
    marker = pytester.path / "RAN"
    (pytester.path / "policy.txt").write_text(
        "Privacy Policy\n\nAcme Ltd runs this app. We process your personal data.\n\n"
        f">>> open({str(marker)!r}, 'w').write('x')\n1\n", encoding="utf-8")
    (pytester.path / "latin.txt").write_bytes("Privacy Policy\n\nCafé Ltd processes your personal data.\n".encode("cp1252"))
    (pytester.path / "test_examples.txt").write_text(">>> 1 + 1\n2\n", encoding="utf-8")
    result = pytester.runpytest("--privacy", "-p", "no:cacheprovider", "policy.txt", "latin.txt", "test_examples.txt")
    outcomes = result.parseoutcomes()
    assert not marker.exists()
    assert "error" not in outcomes and "errors" not in outcomes
    assert sum(outcomes.get(k, 0) for k in ("passed", "failed", "skipped")) == 3 * 5 + 1  # 15 policy items, one doctest
    assert "test_examples.txt::test_examples.txt PASSED" in "\n".join(pytester.runpytest(
        "--privacy", "-p", "no:cacheprovider", "-v", "test_examples.txt").outlines)
