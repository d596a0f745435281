"""JUnit XML (`--junitxml`): pytest's default junit family keeps no file or
line attributes, so report viewers parse `path:line:col: check-id: message`
from the start of each failure message."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from conftest import CHECK_IDS

LOCATION = re.compile(r"^(?P<path>[^\n]+?):(?P<line>\d+):(?P<col>\d+): (?P<check>[a-z0-9-]+): (?P<message>[^\n]+)$")
BAD_MD = "# Privacy Policy\n\nAcme Widgets Ltd. runs this site.\n\nWe keep your personal data for as long as necessary.\n"


def cases(xml_path: Path) -> dict[tuple[str, str], list[ET.Element]]:
    root = ET.parse(xml_path).getroot()
    return {(tc.get("classname"), tc.get("name")): [ch for ch in tc if ch.tag != "properties"] for tc in root.iter("testcase")}


def expected_first_lines(report: dict) -> dict[tuple[str, str], str]:
    out = {}
    for f in report["files"]:
        for c in f["checks"]:
            ev = (c["evidence"] or [{"line": 1, "column": 1}])[0]
            out[(f["path"], c["id"])] = f"{f['path']}:{ev['line']}:{ev['column']}: {c['id']}: {c['message']}"
    return out


def test_failure_messages_start_with_the_location(pytester):
    pytester.makepyprojecttoml('[tool.privacylint]\nseverity = {"child-data-stance" = "warning"}\n')
    (pytester.path / "legal").mkdir()
    (pytester.path / "legal" / "privacy.md").write_text(BAD_MD, encoding="utf-8")
    (pytester.path / "legal" / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 200)
    pytester.runpytest("--privacy", "--junitxml=junit.xml", "--privacy-report=json:r.json", "-p", "no:cacheprovider")
    report = json.loads((pytester.path / "r.json").read_text(encoding="utf-8"))
    expected = expected_first_lines(report)
    got = cases(pytester.path / "junit.xml")
    assert {name for (_, name) in got} == set(CHECK_IDS)
    failures = {k: v[0] for k, v in got.items() if v and v[0].tag == "failure"}
    assert len(failures) == 4  # child-data-stance is a warning: xfail, not a failure
    for (classname, name), el in failures.items():
        first = el.get("message").splitlines()[0]
        m = LOCATION.match(first)
        assert m, first
        assert m.group("path") == "legal/privacy.md" and m.group("check") == name
        assert first == expected[("legal/privacy.md", name)]
        assert el.text.startswith(first)  # the body repeats it, with evidence and hint
    retention = failures[next(k for k in failures if k[1] == "retention-limit")].get("message")
    assert retention.startswith("legal/privacy.md:5:28: retention-limit: retention mentioned but no limit stated\n")
    # a warning (xfail): the reason is the same first line
    (warn,) = [v[0] for k, v in got.items() if v and v[0].get("type") == "pytest.xfail"]
    assert warn.get("message") == expected[("legal/privacy.md", "child-data-stance")]
    # an unreadable file: an error naming path:1:1 and the reason
    errors = [v[0] for v in got.values() if v and v[0].tag == "error"]
    assert len(errors) == 5
    assert all("legal/binary.txt:1:1: error: binary data" in e.get("message") for e in errors)


def test_console_script_writes_the_same_junit(tmp_path):
    (tmp_path / "privacy.md").write_text(BAD_MD, encoding="utf-8")
    exe = Path(sys.executable).parent / "privacylint"
    p = subprocess.run([str(exe), "privacy.md", "--junitxml=out/junit.xml", "-k", "retention"], cwd=tmp_path,
                       capture_output=True, text=True)
    assert p.returncode == 1, p.stdout + p.stderr
    got = cases(tmp_path / "out" / "junit.xml")
    (failure,) = got[("privacy.md", "retention-limit")]
    assert failure.get("message").splitlines()[0] == \
        "privacy.md:5:28: retention-limit: retention mentioned but no limit stated"
