"""The HTML report (issue 9): content, states and escaping through pytester,
then the page in a real headless browser (Debian's chromium): the DOM after
its script ran, a non-blank screenshot, and page one of the printed PDF.

Browser tests skip when chromium (or pdftotext) is missing, except under
CI=true, where their absence fails (.ci/run installs them with apt-get)."""
from __future__ import annotations

import json
import os
import re
import shutil
import struct
import subprocess
import sys
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import CHECK_IDS, ROOT
from pytest_privacylint._registry import default_checks
from pytest_privacylint._results import state

WORDS = {"passed": "pass", "failed": "fail", "warnings": "warning", "baselined": "baselined",
         "suppressed": "suppressed", "errors": "error", "skipped": "skipped"}
ORDER = ["failed", "errors", "warnings", "baselined", "suppressed", "skipped", "passed"]
HINTS = {c.id: c.hint for c in default_checks()}

# fails retention-limit with a near-miss ("for as long as necessary"), passes the rest
POLICY = """This privacy policy explains how Acme Ltd ("we") handles personal data. Contact us at privacy@acme-shop.io.
We use Google Analytics to measure visits; opt out at https://tools.google.com/dlpage/gaoptout.
Our service is not directed to children under 13.
We keep your personal data for as long as necessary.
"""
NASTY_NAME = "a<script>&\"q'.txt"
NASTY_TEXT = POLICY + '<script>alert("owned")</script> Terms & "conditions" <b>bold</b> <img src=x onerror=alert(1)>\n'
NASTY_HTML = ("<html><body><main><h1>Privacy &amp; you</h1><p>" + POLICY.replace("\n", " ")
              + " Acme &amp; Co &lt;script&gt;alert(2)&lt;/script&gt;</p></main></body></html>")


# -- a small DOM of the report (the standard library parser, entities decoded) --

class Node:
    def __init__(self, tag: str, attrs: dict, parent: "Node | None"):
        self.tag, self.attrs, self.parent, self.children = tag, attrs, parent, []

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()

    def find_all(self, tag=None, cls=None, **attrs):
        for n in self.iter():
            if tag and n.tag != tag:
                continue
            if cls and cls not in (n.attrs.get("class") or "").split():
                continue
            if all(n.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items()):
                yield n

    def find(self, *args, **kw):
        return next(self.find_all(*args, **kw), None)

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def ancestors(self):
        p = self.parent
        while p is not None:
            yield p
            p = p.parent


VOID = {"meta", "br", "input", "img", "link", "hr", "wbr", "source", "area", "base", "col", "embed", "track"}


class _Builder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = self.cur = Node("#root", {}, None)

    def handle_starttag(self, tag, attrs):
        node = Node(tag, {k: (v if v is not None else "") for k, v in attrs}, self.cur)
        self.cur.children.append(node)
        if tag not in VOID:
            self.cur = node

    def handle_startendtag(self, tag, attrs):
        self.cur.children.append(Node(tag, dict(attrs), self.cur))

    def handle_endtag(self, tag):
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is not None and n.parent is not None:
            self.cur = n.parent

    def handle_data(self, data):
        self.cur.children.append(data)


def parse(html: str) -> Node:
    b = _Builder()
    b.feed(html)
    b.close()
    return b.root


def squash(s: str) -> str:
    return "".join(s.split())


def _run(pytester, *args, name="r.html"):
    result = pytester.runpytest("--privacy", "-p", "no:cacheprovider", f"--privacy-report=html:{name}",
                                "--privacy-report=json:r.json", *args)
    html = (pytester.path / name).read_text(encoding="utf-8")
    report = json.loads((pytester.path / "r.json").read_text(encoding="utf-8"))
    return result, report, html, parse(html)


def _sections(dom: Node) -> dict[str, Node]:
    return {s.attrs["data-path"]: s for s in dom.find_all("section", cls="policy")}


def _matrix(dom: Node) -> dict[str, dict[str, Node]]:
    table = dom.find("table", id="matrix")
    out = {}
    for tr in table.find("tbody").find_all("tr"):
        out[tr.attrs["data-path"]] = {td.attrs["data-check"]: td for td in tr.find_all("td", cls="cell")}
    return out


def _assert_links_resolve(dom: Node) -> None:
    ids = {n.attrs["id"] for n in dom.iter() if "id" in n.attrs}
    hrefs = [n.attrs["href"] for n in dom.find_all("a")]
    assert hrefs and all(h.startswith("#") for h in hrefs), [h for h in hrefs if not h.startswith("#")]
    assert not [h for h in hrefs if h[1:] not in ids]


def _span_text(dom: Node, anchor: str) -> str:
    return "".join(m.text() for m in dom.find_all("mark") if anchor in m.attrs.get("data-spans", "").split())


def _assert_matches_json(dom: Node, report: dict) -> None:
    """Matrix cells, result entries and highlights say what the JSON says."""
    matrix, sections = _matrix(dom), _sections(dom)
    assert list(matrix) == [f["path"] for f in report["files"]]
    for f in report["files"]:
        row, section = matrix[f["path"]], sections[f["path"]]
        assert list(row) == [c["id"] for c in report["checks"]]
        results = list(section.find_all("li", cls="result"))
        # failed checks first, then errors, warnings, ... passes last
        assert [ORDER.index(li.attrs["data-state"]) for li in results] == sorted(ORDER.index(state(c)) for c in f["checks"])
        for chk in f["checks"]:
            st = state(chk)
            cell = row[chk["id"]]
            assert cell.attrs["data-state"] == st and cell.text().split()[-1] == WORDS[st]
            target = cell.find("a").attrs["href"][1:]
            li = next(li for li in results if li.find("strong", cls="cid").text() == chk["id"])
            assert li.attrs["data-state"] == st
            if chk["message"]:
                assert li.find("p", cls="msg").text() == chk["message"]
            if chk["outcome"] == "fail":
                assert HINTS[chk["id"]] in li.find("p", cls="hint").text()
            else:
                assert li.find("p", cls="hint") is None
            quotes = [a for a in li.find_all("a") if a.find("q")]
            assert [a.find("q").text() for a in quotes] == [e["quote"] for e in chk["evidence"]]
            for a, ev in zip(quotes, chk["evidence"]):
                anchor = a.attrs["href"][1:]
                # the highlight holds exactly the evidence, as a reader sees it
                assert squash(_span_text(dom, anchor)) == squash(ev["quote"]), (f["path"], chk["id"], ev)
                mark = next(m for m in dom.find_all("mark") if anchor in m.attrs["data-spans"].split())
                assert chk["id"] in mark.attrs["data-checks"].split()
            if chk["evidence"]:
                assert target == quotes[0].attrs["href"][1:]  # the cell links to its span
            else:
                assert target == li.attrs["id"]


# -- through pytester ------------------------------------------------------------

def test_seeds_report_matches_the_json_and_highlights_every_evidence_span(pytester, seeds):
    result, report, html, dom = _run(pytester, "policies")
    assert result.ret == 1
    assert len(report["files"]) == 5
    _assert_matches_json(dom, report)
    _assert_links_resolve(dom)
    # labelled per check: a tag before each highlight names the check and what it is
    tags = [a.text() for a in dom.find_all("a", cls="tag")]
    assert any(t.startswith("retention-limit") and t.endswith("\u2717") for t in tags)  # a near-miss
    assert any(t.startswith("controller-identity") and t.endswith("\u2713") for t in tags)  # found
    # the visible text keeps the headings
    first = _sections(dom)["policies/000_9bd793a3ee2c9d4e.txt"]
    assert "ALSOFT Privacy Policy |" in [h.text() for h in first.find_all("h4")]
    # counts: every state of outcomes.md, in the summary and per check
    summary = {c.attrs["class"].split()[1][3:]: c.text() for c in dom.find("p", cls="summary").find_all("span", cls="count")}
    assert summary == {st: f"{report['summary'][st]} {WORDS[st]}" for st in WORDS}
    assert "5 policies, 4 failing." in dom.find("p", cls="summary").text()
    # small runs start expanded
    assert all("open" in d.attrs for d in dom.find_all("details", cls="pol"))


def test_every_state_of_outcomes_md(pytester):
    p = pytester.path
    (p / "full.txt").write_text(POLICY)  # fail (retention-limit) and passes
    (p / "warn.txt").write_text(POLICY.replace("Our service is not directed to children under 13.\n", ""))
    (p / "base.txt").write_text(POLICY)
    (p / "fixed.txt").write_text(POLICY)
    (p / "supp.md").write_text("<!-- privacylint: disable=retention-limit -- set per customer contract -->\n\n" + POLICY)
    (p / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 200)
    (p / "recipe.txt").write_text("Mix the flour and the sugar. Bake for twenty minutes at 180 degrees.\n")
    pytester.makepyprojecttoml('[[tool.privacylint.per-file]]\nglob = "warn.txt"\nseverity = { child-data-stance = "warning" }\n')
    assert pytester.runpytest("--privacy", "base.txt", "fixed.txt", "--privacy-baseline=b.toml", "--privacy-baseline-update").ret == 0
    (p / "fixed.txt").write_text(POLICY.replace("for as long as necessary", "for 30 days"))  # its entry goes stale

    result, report, html, dom = _run(pytester, ".", "--privacy-baseline=b.toml")
    states = {(f["path"], c["id"]): state(c) for f in report["files"] for c in f["checks"]}
    assert set(states.values()) == set(WORDS)  # the run covers all seven
    _assert_matches_json(dom, report)
    _assert_links_resolve(dom)
    summary = {c.attrs["class"].split()[1][3:]: c.text() for c in dom.find("p", cls="summary").find_all("span", cls="count")}
    assert summary == {st: f"{report['summary'][st]} {WORDS[st]}" for st in WORDS}
    # per-check counts under the matrix
    foot = [td.text() for td in dom.find("table", id="matrix").find("tfoot").find_all("td")]
    retention = foot[CHECK_IDS.index("retention-limit")]
    n = {st: sum(1 for (_, cid), s in states.items() if cid == "retention-limit" and s == st) for st in WORDS}
    assert n["passed"] == 1 and n["failed"] == 2
    assert retention == " ".join(f"{n[st]} {WORDS[st]}" for st in WORDS if n[st])  # zero counts left out

    sections = _sections(dom)
    binary = sections["binary.txt"]
    reason = next(f for f in report["files"] if f["path"] == "binary.txt")["checks"][0]["reason"]
    assert reason.startswith("binary data")
    assert binary.find("div", cls="doc") is None
    assert reason in binary.find("p", cls="unreadable").text() and "No text shown" in binary.text()
    assert "Skipped: not a privacy policy" in sections["recipe.txt"].text()
    assert sections["recipe.txt"].find("div", cls="doc") is not None  # readable, so shown
    assert "Suppressed at line 1: set per customer contract" in sections["supp.md"].text()
    assert "Recorded in the baseline" in sections["base.txt"].text()
    stale = dom.find("section", cls="stale")
    assert [li.text().split(" [")[0] for li in stale.find_all("li")] == ["fixed.txt :: retention-limit"]
    # the suppressed check still shows its near-miss, highlighted
    supp = next(li for li in sections["supp.md"].find_all("li", cls="result") if li.attrs["data-state"] == "suppressed")
    assert supp.find("q").text() == "for as long as necessary"


def test_everything_echoed_is_escaped(pytester):
    (pytester.path / NASTY_NAME).write_text(NASTY_TEXT)
    (pytester.path / "nasty.html").write_text(NASTY_HTML)
    result, report, html, dom = _run(pytester)
    assert [f["path"] for f in report["files"]] == sorted([NASTY_NAME, "nasty.html"])
    # only the report's own script and no element from a policy
    assert len(list(dom.find_all("script"))) == 1
    assert not list(dom.find_all("img")) and not list(dom.find_all("b"))
    assert '<script>alert("owned")' not in html and "onerror=alert" not in html.replace("onerror=alert(1)&gt;", "")
    assert "&lt;script&gt;alert(&quot;owned&quot;)&lt;/script&gt;" in html
    sections = _sections(dom)
    assert set(sections) == {NASTY_NAME, "nasty.html"}  # attribute values decode back to the name
    text = sections[NASTY_NAME].find("div", cls="doc").text()
    assert '<script>alert("owned")</script> Terms & "conditions" <b>bold</b> <img src=x onerror=alert(1)>' in text
    assert sections[NASTY_NAME].find("h2").text() == NASTY_NAME
    assert NASTY_NAME in [a.text() for a in dom.find("table", id="matrix").find_all("a")]
    html_text = sections["nasty.html"].find("div", cls="doc").text()
    assert "Acme & Co <script>alert(2)</script>" in html_text and "Privacy & you" in html_text
    assert dom.find("title").text().startswith("Privacy policy report: 2 policies")
    _assert_matches_json(dom, report)


def test_partial_run_says_which_checks_did_not_run(pytester, seeds):
    _, report, html, dom = _run(pytester, "policies", "-k", "retention")
    assert report["selection"] == "partial"
    assert "Partial run" in dom.find("section", id="overview").text()
    for tr in dom.find("table", id="matrix").find("tbody").find_all("tr"):
        cells = list(tr.find_all("td"))
        assert [td.text() for i, td in enumerate(cells) if i != 1] == ["not run"] * 4
        assert cells[1].attrs["data-check"] == "retention-limit"
    _assert_links_resolve(dom)


def test_a_file_changed_after_the_lint_is_shown_without_highlights(pytester):
    from pytest_privacylint.reports import ReportContext, html

    (pytester.path / "full.txt").write_text(POLICY)
    _, report, _, dom = _run(pytester)
    assert list(dom.find_all("mark"))
    (pytester.path / "full.txt").write_text("Edited: " + POLICY)
    ctx = ReportContext(checks=list(default_checks()), rootdir=pytester.path, invocation_dir=pytester.path)
    dom = parse(html.render(report, ctx))
    section = _sections(dom)["full.txt"]
    assert "changed after it was linted" in section.find("p", cls="unreadable").text()
    assert section.find("div", cls="doc").text().startswith("Edited: ")
    assert not list(dom.find_all("mark"))
    # the near-miss is still quoted, with where it was
    assert [q.text() for q in section.find_all("q")][:1] == ["for as long as necessary"]
    _assert_links_resolve(dom)


def test_self_contained_and_reproducible(pytester, seeds):
    _, _, html, dom = _run(pytester, "policies")
    # no external asset: no src, no <link>, no url() or @import, every link inside the page
    assert not [n for n in dom.iter() if "src" in n.attrs or n.tag in ("link", "iframe", "object", "embed", "img")]
    style = dom.find("style").text()
    assert "url(" not in style and "@import" not in style
    _assert_links_resolve(dom)
    csp = dom.find("meta", http_equiv="Content-Security-Policy").attrs["content"]
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp
    # no timestamps: a run with -n 2 writes the same bytes
    _, _, again, _ = _run(pytester, "policies", "-n", "2", name="again.html")
    assert again == html


def test_many_policies_start_collapsed_with_a_filter(pytester):
    for i in range(20):
        body = POLICY if i % 2 else POLICY.replace("for as long as necessary", "for 30 days")
        (pytester.path / f"p{i:02}.txt").write_text(body)
    _, report, html, dom = _run(pytester)
    assert len(list(dom.find_all("details", cls="pol"))) == 20
    assert not any("open" in d.attrs for d in dom.find_all("details", cls="pol"))
    toolbar = dom.find("div", id="toolbar")
    assert [o.attrs["value"] for o in toolbar.find("select", id="check").find_all("option")][1:] == CHECK_IDS
    assert "failing" in [o.attrs["value"] for o in toolbar.find("select", id="state").find_all("option")]
    rows = dom.find("table", id="matrix").find("tbody").find_all("tr")
    assert [r.attrs["data-failing"] for r in rows] == ["" if i % 2 == 0 else "retention-limit" for i in range(20)]


def test_readme_shows_the_screenshot():
    png = ROOT / "docs" / "html-report.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "## HTML report" in readme and "](docs/html-report.png)" in readme


# -- in a real browser ---------------------------------------------------------------

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
         "--disable-component-update", "--disable-sync", "--disable-quic"]


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{name} is required under CI=true (.ci/run installs it: apt-get install chromium poppler-utils)")
        pytest.skip(f"{name} is not installed (apt-get install chromium poppler-utils)")
    return path


@pytest.fixture
def chromium(tmp_path_factory):
    exe = _tool("chromium")

    def run(target: Path, *args: str, query: str = "", timeout: int = 180) -> subprocess.CompletedProcess:
        profile = tmp_path_factory.mktemp("chromium-profile")  # a new empty profile per launch
        cmd = [exe, *FLAGS, f"--user-data-dir={profile}", *args, target.as_uri() + query]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        assert proc.returncode == 0, proc.stderr[-2000:]
        return proc

    return run


def _png(path: Path) -> tuple[int, int, list[bytes], int]:
    """Decode an 8-bit RGB/RGBA PNG: width, height, rows of raw pixels, bytes per pixel."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat = 8, b""
    while pos < len(data):
        (length,), kind = struct.unpack(">I", data[pos:pos + 4]), data[pos + 4:pos + 8]
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color = struct.unpack(">IIBB", chunk[:10])
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    assert depth == 8 and color in (2, 6)
    bpp = 3 if color == 2 else 4
    raw, stride, rows, prev = zlib.decompress(idat), width * bpp, [], bytes(width * bpp)
    for y in range(height):
        ftype, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            if ftype == 1:
                line[i] = (line[i] + a) & 255
            elif ftype == 2:
                line[i] = (line[i] + b) & 255
            elif ftype == 3:
                line[i] = (line[i] + ((a + b) >> 1)) & 255
            elif ftype == 4:
                c = prev[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, rows, bpp


@pytest.fixture(scope="module")
def seeds_report(tmp_path_factory):
    """The seeds' report, written once for the browser tests."""
    d = tmp_path_factory.mktemp("seeds-report")
    shutil.copytree(ROOT / "fixtures" / "seeds", d / "policies", ignore=shutil.ignore_patterns("*.json"))
    env = {k: v for k, v in os.environ.items() if k != "PYTEST_ADDOPTS"}
    proc = subprocess.run([sys.executable, "-m", "pytest", "--privacy", "policies", "-p", "no:cacheprovider",
                           "--rootdir", str(d), "--privacy-report=html:r.html", "--privacy-report=json:r.json"],
                          cwd=d, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1, proc.stdout[-3000:]
    return d / "r.html", json.loads((d / "r.json").read_text(encoding="utf-8"))


def test_browser_dom_has_the_matrix_and_the_highlights(chromium, seeds_report):
    path, report = seeds_report
    dom = parse(chromium(path, "--dump-dom", "--virtual-time-budget=5000").stdout)
    assert "hidden" not in dom.find("div", id="toolbar").attrs  # the page's script ran
    _assert_matches_json(dom, report)
    marks = list(dom.find_all("mark", cls="hl"))
    evidence = sum(len(c["evidence"]) for f in report["files"] for c in f["checks"])
    assert len({a for m in marks for a in m.attrs["data-spans"].split()}) == evidence


def test_browser_escaping_runs_nothing_from_a_policy(chromium, pytester):
    (pytester.path / NASTY_NAME).write_text(NASTY_TEXT)
    (pytester.path / "nasty.html").write_text(NASTY_HTML)
    _run(pytester)
    dom = parse(chromium(pytester.path / "r.html", "--dump-dom", "--virtual-time-budget=5000").stdout)
    assert len(list(dom.find_all("script"))) == 1 and not list(dom.find_all("img"))
    assert dom.find("title").text() == "Privacy policy report: 2 policies, 2 failing"
    assert '<script>alert("owned")</script>' in _sections(dom)[NASTY_NAME].find("div", cls="doc").text()


def test_browser_screenshot_is_not_blank(chromium, seeds_report, tmp_path):
    path, _ = seeds_report
    shot = tmp_path / "shot.png"
    chromium(path, f"--screenshot={shot}", "--window-size=1000,700", "--hide-scrollbars")
    width, height, rows, bpp = _png(shot)
    assert (width, height) == (1000, 700)
    colours, inked = set(), 0
    for row in rows[::4]:
        for x in range(0, width * bpp, bpp * 2):
            px = row[x:x + 3]
            colours.add(px)
            inked += px != b"\xff\xff\xff"
    assert len(colours) > 20  # text, the state colours, highlights
    assert inked > 0.05 * (len(rows[::4]) * width // 2)


def test_printed_page_one_holds_the_whole_matrix(chromium, seeds_report, tmp_path):
    pdftotext = _tool("pdftotext")
    path, report = seeds_report
    pdf = tmp_path / "report.pdf"
    chromium(path, f"--print-to-pdf={pdf}", "--no-pdf-header-footer")
    page1 = subprocess.run([pdftotext, "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for f in report["files"]:
        assert f["path"] in page1
    for cid in CHECK_IDS:
        assert cid in page1
    assert "Policy text" not in page1  # the policies start on the next page
    pages = subprocess.run([pdftotext, str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "ALSOFT Privacy Policy" in pages  # and the policies are printed after it


def test_browser_filter_on_200_policies(chromium, pytester):
    for i in range(200):
        body = POLICY if i % 3 == 0 else POLICY.replace("for as long as necessary", "for 30 days")
        (pytester.path / f"p{i:03}.txt").write_text(body)
    _, report, html, _ = _run(pytester)
    failing = [f["path"] for f in report["files"] if any(c["id"] == "retention-limit" and state(c) == "failed" for c in f["checks"])]
    assert len(failing) == 67
    path = pytester.path / "r.html"
    dom = parse(chromium(path, "--dump-dom", "--virtual-time-budget=10000", query="?state=failing&check=retention-limit").stdout)
    rows = list(dom.find("table", id="matrix").find("tbody").find_all("tr"))
    assert [r.attrs["data-path"] for r in rows if "hidden" not in r.attrs] == failing
    shown = [s.attrs["data-path"] for s in dom.find_all("section", cls="policy") if "hidden" not in s.attrs]
    assert shown == failing
    assert dom.find("span", id="shown").text() == "67"
    assert not any("open" in d.attrs for d in dom.find_all("details", cls="pol"))  # collapsed
    # a link into a collapsed policy opens it
    target = f"f{[f['path'] for f in report['files']].index(failing[0])}-c1-e0"
    dom = parse(chromium(path, "--dump-dom", "--virtual-time-budget=10000", query=f"#{target}").stdout)
    mark = dom.find("mark", id=target)
    assert mark.text() == "for as long as necessary"
    assert all("open" in a.attrs for a in mark.ancestors() if a.tag == "details")


def test_a_report_left_among_the_policies_is_skipped_next_time(pytester):
    (pytester.path / "policies").mkdir()
    (pytester.path / "policies" / "p.txt").write_text(
        'This privacy policy explains how Acme Ltd ("we") handles personal data. Contact us at privacy@acme-shop.io.\n')
    assert pytester.runpytest("--privacy", "policies", "--privacy-report=html:policies/report.html").ret == 1
    result = pytester.runpytest("--privacy", "policies", "-rs")
    result.stdout.fnmatch_lines(["*policies/report.html*a pytest-privacylint HTML report, not a privacy policy*"])
    result.assert_outcomes(passed=1, failed=4, skipped=5)
