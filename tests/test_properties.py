"""Property tests at the library API (issue 5): for any text in any format,
and any bytes on disk, every check returns one of the outcomes, and every
evidence span lies inside the file with ``text`` equal to the decoded source
between its positions (report-json.md)."""
from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pytest_privacylint import lint_path, lint_text
from pytest_privacylint._decode import decode
from pytest_privacylint._document import _WS
from pytest_privacylint._load import build_document
from pytest_privacylint._results import OUTCOMES

FORMATS = ("text", "markdown", "html")
SUFFIX = {"text": ".txt", "markdown": ".md", "html": ".html"}

# policy phrases (so checks find evidence) and markup/noise fragments
PHRASES = [
    "Privacy Policy", "We keep server logs for 30 days, then delete them.", "Acme Widgets Ltd. runs this app.",
    "Contact us at privacy@acme-widgets.co.uk.", "Payments are processed by Stripe.", "personal data",
    "Unsubscribe with the link in every email.", "Our service is not directed to children under 13.",
    "for as long as necessary", "opt-out", "Google Analytics", "www.acme.com/privacy", "+44 20 7946 0000",
]
NOISE = [
    "<p>", "</p>", "<div hidden>", "</div>", "<a href=\"mailto:a@b.co\">", "</a>", "<script>", "</script>", "<!--", "-->",
    "<![CDATA[", "]]>", "&amp;", "&nbsp;", "&#64;", "&bogus;", "<br>", "<h2>", "</h2>", "<", ">", "\"", "'",
    "# ", "## ", "- ", "* ", "1. ", "> ", "```", "---", "|", "[", "](", ")", "[x]: http://x.y", "**", "_", "\\", "`",
    "{% x %}", "\n", "\n\n", "\r\n", "\r", "\t", "  ", " ", "\x00", "\u00a0", "\ufeff", "\u2028", "é", "日本", "😀",
]
fragments = st.lists(st.sampled_from(PHRASES + NOISE) | st.text(max_size=8), max_size=40).map(" ".join)
any_text = fragments | st.text(max_size=300)

starts_re = re.compile(r"\r\n|\r|\n")


def assert_invariants(result, source: str) -> None:
    starts = [0] + [m.end() for m in starts_re.finditer(source)]
    assert result.checks
    for c in result.checks:
        assert c.outcome in OUTCOMES
        if c.outcome in ("error", "skipped"):
            assert c.reason
        for ev in c.evidence:
            assert 1 <= ev.line <= ev.end_line <= len(starts)
            assert ev.column >= 1 and ev.end_column >= 1
            s = starts[ev.line - 1] + ev.column - 1
            e = starts[ev.end_line - 1] + ev.end_column - 1
            line_end = starts[ev.line] if ev.line < len(starts) else len(source)
            end_line_end = starts[ev.end_line] if ev.end_line < len(starts) else len(source)
            assert s <= line_end and e <= end_line_end and s <= e <= len(source)
            assert source[s:e] == ev.text, (c.id, ev)
            assert ev.quote == _WS.sub(" ", ev.quote).strip(" ")


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=any_text, fmt=st.sampled_from(FORMATS))
def test_lint_text_outcomes_and_evidence_slices(text, fmt):
    assert_invariants(lint_text(text, fmt), text)


@settings(max_examples=120, deadline=None)
@given(text=any_text, fmt=st.sampled_from(FORMATS))
def test_document_offsets_map_inside_the_source(text, fmt):
    doc = build_document(text, fmt)
    n = len(doc.text)
    for vis in range(0, n + 1, max(1, n // 25)):
        s = doc.source_offset(vis)
        e = doc.source_offset(vis, end=True)
        assert 0 <= s <= len(text) and 0 <= e <= len(text)
    for b in doc.blocks:
        assert 0 <= b.start <= b.end <= n
    for link in doc.links:
        assert 0 <= link.start <= link.end <= n
    for sent in doc.sentences:
        ev = doc.evidence(sent.start, sent.end)
        assert ev.quote == _WS.sub(" ", doc.text[sent.start:sent.end]).strip()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400) | fragments.map(lambda s: s.encode("utf-8", "surrogatepass")),
       encoding=st.sampled_from(["raw", "utf-16", "cp1252", "utf-8-sig"]), fmt=st.sampled_from(FORMATS))
def test_lint_path_any_bytes(tmp_path, data, encoding, fmt):
    """Any bytes on disk give a result for every check, never an exception;
    when decoded, evidence slices match the decoded text."""
    if encoding != "raw":
        try:
            data = data.decode("utf-8").encode(encoding)
        except (UnicodeDecodeError, UnicodeEncodeError):
            pass
    p = tmp_path / ("policy" + SUFFIX[fmt])
    p.write_bytes(data)
    result = lint_path(p)
    if result.checks[0].outcome == "error":
        assert all(c.outcome == "error" and c.reason for c in result.checks)
        return
    text, _, _ = decode(data, fmt)
    assert_invariants(result, text)


lines_md = st.lists(st.sampled_from(PHRASES + NOISE + ["===", "---", "  ", "Title", "<br>", "9) x", "• x", ": x", "~~~"])
                    | st.text(max_size=6), max_size=30).map(lambda xs: "".join(x + ("\n" if i % 3 == 2 else " ") for i, x in enumerate(xs)))


@settings(max_examples=200, deadline=None)
@given(text=lines_md)
def test_markdown_paragraph_lines_read_as_the_block_rules_read_them(text):
    """The Markdown reader's shortcut for paragraph lines (_PLAIN) gives
    the document the full set of block rules gives: same text, blocks,
    links and source offsets."""
    import pytest_privacylint._markdown as md

    fast = build_document(text, "markdown")
    saved = md._PLAIN
    md._PLAIN = re.compile(r"(?!)")  # never: every line through the block rules
    try:
        slow = build_document(text, "markdown")
    finally:
        md._PLAIN = saved
    assert fast.text == slow.text
    assert fast.blocks == slow.blocks
    assert fast.links == slow.links
    assert [fast.source_offset(v) for v in range(len(fast.text) + 1)] == [slow.source_offset(v) for v in range(len(slow.text) + 1)]


html_page = st.lists(
    st.sampled_from(PHRASES + NOISE + [
        "<main>", "</main>", "<article>", "</article>", '<div role="main">', "</div>", "<nav>", "</nav>",
        "<header>", "</header>", "<footer>", "</footer>", "<script>x < y</script>", "<textarea>a <b> c</textarea>", "<xmp>" + "raw text, shown as written " * 3 + "</xmp>",
        "<p>", "</p>", "<td>", "<li>", '<img alt="logo">', "<br>", "&amp;", "&nvlt;", "&#x1F600;", "&bogus;", "\n\n",
        "  ", '<span hidden>', "</span>", "<!-- c -->", '<a href="/x">', "</a>", "<h2>", "</h2>", "<head>", "<title>t</title>",
    ]) | st.text(max_size=6), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(page=html_page)
def test_html_page_bound_is_never_below_the_whole_page_text(page):
    """The HTML reader reads a page a second time, whole, only when its
    <main>/<article> may hold under 30% of it: the bound it gives after the
    main-only read must never be below what the whole read shows."""
    from pytest_privacylint._document import TextBuilder
    from pytest_privacylint._html import read_html

    bound = read_html(TextBuilder(page))
    whole = TextBuilder(page)
    assert read_html(whole, restrict_to_main=False) is None
    if bound is not None:
        assert whole.length <= bound


source_lines_strategy = st.lists(st.sampled_from(PHRASES + NOISE + ["", " ", "  x", "x  y", "a\tb", " lead", "trail ", "\u00a0", "&amp;", "\u00ad"])
                                 | st.text(max_size=8), max_size=30)


@settings(max_examples=300, deadline=None)
@given(pieces=source_lines_strategy, breaks=st.lists(st.booleans(), max_size=30), code=st.booleans())
def test_add_lines_gives_what_the_calls_line_by_line_give(pieces, breaks, code):
    """TextBuilder.add_lines (the plain-text reader's loop) makes the same
    text, blocks, segments and source offsets as end_block()/space() and
    add_source(decode_entities=False) called for each line."""
    from pytest_privacylint._document import TextBuilder

    src = "\n".join(pieces)
    lines, pos = [], 0
    for i, piece in enumerate(pieces):
        lines.append((pos, pos + len(piece), breaks[i] if i < len(breaks) else False))
        pos += len(piece) + 1
    fast, slow = TextBuilder(src), TextBuilder(src)
    for b in (fast, slow):
        if code:  # the block before is a line of code: its end is end_block()'s own
            b.start_code()
            b.add_text("x", 0, 0)
    fast.add_lines(lines)
    for s, e, new_block in lines:
        slow.end_block() if new_block else slow.space()
        slow.add_source(s, e, decode_entities=False)
    a, b = fast.build(), slow.build()
    assert a.text == b.text
    assert a.blocks == b.blocks
    assert (a._seg_vis, a._seg_src, a._seg_src_end, a._seg_exact) == (b._seg_vis, b._seg_src, b._seg_src_end, b._seg_exact)
    assert [a.source_offset(v) for v in range(len(a.text) + 1)] == [b.source_offset(v) for v in range(len(b.text) + 1)]


_WS_PIECES = [" ", "  ", "\n", "\t", "\r\n", "\u00a0", "\u2003", "\u200b", "\u3000", "\ufeff", "\x85", "\u202f"]


@settings(max_examples=400, deadline=None)
@given(pieces=st.lists(st.sampled_from(_WS_PIECES + ["word", "Acme", "&amp;", "&", "&#233;", "\u00ad", "\u2060", "é", "x y"])
                       | st.text(max_size=6), max_size=12),
       decode=st.booleans(), spaced=st.booleans())
def test_add_source_gives_what_a_scan_of_each_whitespace_run_gives(pieces, decode, spaced):
    """TextBuilder.add_source takes a slice of text between whitespace in one
    step: the same text, segments and source offsets as reading it one
    whitespace run or character reference at a time."""
    from pytest_privacylint._document import TextBuilder

    src = "".join(pieces)
    fast, slow = TextBuilder(src), TextBuilder(src)
    for b in (fast, slow):
        b.add_text("x", 0, 0)
        if spaced:
            b.space()
    fast.add_source(0, len(src), decode_entities=decode)
    slow._add_scanned(0, len(src), decode)
    for b in (fast, slow):
        b.add_text("y", len(src), len(src))
    a, b = fast.build(), slow.build()
    assert a.text == b.text
    assert (a._seg_vis, a._seg_src, a._seg_src_end, a._seg_exact) == (b._seg_vis, b._seg_src, b._seg_src_end, b._seg_exact)
    assert [a.source_offset(v) for v in range(len(a.text) + 1)] == [b.source_offset(v) for v in range(len(b.text) + 1)]
