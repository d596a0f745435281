"""Markdown -> visible text.

Line based, linear: front matter, HTML comments, scripts and styles, Liquid
tags, reference definitions and images are not shown; headings, list items,
table rows and paragraphs become blocks; link URLs are kept beside the link
text (``Document.links``); emphasis markers and escapes are removed. HTML
blocks are read by the HTML reader, each as one piece up to its blank line
(an element opened on one line, a hidden <div>, spans the lines below).
"""
from __future__ import annotations

import re

from ._document import TextBuilder, source_lines
from ._html import read_html

_FRONT = re.compile(r"\A(?:\ufeff)?(---|\+\+\+)[ \t]*(?:\r\n|\r|\n)")
# Liquid tags hold no braces: a stray "{%" scans only to the next brace
_SKIP = re.compile(r"<!--.*?(?:-->|\Z)|<(script|style|template)\b.*?(?:</\1\s*>|\Z)|\{%[^{}]*?%\}|\{#[^{}]*?#\}", re.S | re.I)
_ATX = re.compile(r"[ ]{0,3}(#{1,6})(?:[ \t]+|$)")
_SETEXT = re.compile(r"[ ]{0,3}(=+|-+)[ \t]*$")
_RULE = re.compile(r"[ ]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_LIST = re.compile(r"[ \t]*(?:[-*+•]|\d{1,9}[.)])[ \t]+")
_QUOTE = re.compile(r"[ ]{0,3}>[ \t]?")
_FENCE = re.compile(r"[ ]{0,3}(`{3,}|~{3,})")
_REFDEF = re.compile(r"[ ]{0,3}\[([^\]\n]{1,500})\]:[ \t]*<?(\S{1,2000}?)>?(?:[ \t]+.*)?$")
_HTML_BLOCK = re.compile(
    r"[ ]{0,3}</?(?:address|article|aside|blockquote|body|center|dd|details|div|dl|dt|figure|footer|form|h[1-6]|head|header|html|"
    r"iframe|li|main|nav|ol|p|pre|section|table|tbody|td|th|thead|tr|ul|br|hr|span|a|strong|b|em|i|img|small|font|meta|link"
    r"|noscript|dialog|menu|summary|fieldset|figcaption|legend|caption|tfoot|title|search|noframes|option|optgroup)\b",
    re.I,
)
# a line that none of the block rules below can take: its first character
# after blanks begins no heading, rule, fence, quote, list item, table row,
# HTML block or reference definition (the line after is checked apart: it
# may make this one a setext heading)
_PLAIN = re.compile(r"[ \t]*[^\s#>\-*+•\d|<\[`~=_:]")
_TABLE_SEP = re.compile(r"[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{1,}:?[ \t]*)*\|?[ \t]*$")
# Linear: a failed attempt at a "[" or "<" scans at most to the next "[" or
# "<" (link text, URLs and tag attributes exclude the opener; a URL may hold
# one level of balanced parentheses), so attempts never rescan the same
# characters; quoted parts stop at their closing quote.
_INLINE = re.compile(
    r"!\[[^\[\]\n]{0,500}\]\((?:[^()\[\]\n]|\([^()\[\]\n]*\))*\)"  # image: not shown
    r"|\[([^\[\]\n]{0,1000})\]\([ \t]*<?((?:[^()\[\]\s<>]|\([^()\[\]\s<>]*\))*)>?(?:[ \t]+(?:\"[^\"\n]{0,500}\"|'[^'\n]{0,500}'))?[ \t]*\)"
    r"|\[([^\[\]\n]{1,1000})\]\[([^\[\]\n]{0,500})\]"
    r"|<((?:https?|mailto|ftp):[^<>\s]{1,2000}|[\w.+-]{1,200}@[\w-]{1,200}(?:\.[\w-]{1,200}){1,10})>"
    r"|<(/?)([A-Za-z][A-Za-z0-9-]{0,30})([^<>\"'\n]*(?:(?:\"[^\"\n]*\"|'[^'\n]*')[^<>\"'\n]*)*)>"
    r"|\\([\\`*_{}\[\]()#+\-.!|<>~])"
    # emphasis, strike, code ticks, table bars; every alternative begins with a
    # plain character ("*" then "*{0,2}" for "*{1,3}", "_" before its lookbehind)
    # so re skips straight to the characters that can begin one (14x faster)
    r"|\*\*{0,2}|~~|``*|_(?<![A-Za-z0-9]_)_{0,2}|__{0,2}(?![A-Za-z0-9])|\|"
)
_CLOSING_HASHES = re.compile(r"(?<![ \t])[ \t]+#+[ \t]*$")
_HREF = re.compile(r"""href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
_BREAK_TAGS = {"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "hr", "section"}


def front_matter(src: str) -> "tuple[int, int, int] | None":
    """The YAML/TOML front matter: (start, end) of its body between the
    "---"/"+++" lines, and where its closing line ends; None when the file
    has none."""
    m = _FRONT.match(src)
    if not m:
        return None
    # a line of its own, whatever the line breaks (\r\n, \r or \n)
    closer = re.compile(r"(?<![^\r\n])(?:" + re.escape(m.group(1)) + r"|\.\.\.)[ \t]*(?![^\r\n])")
    c = closer.search(src, m.end())
    return (m.end(), c.start(), c.end()) if c else None


def read_markdown(b: TextBuilder) -> None:
    src = b.source
    fm = front_matter(src)
    start = fm[2] if fm else 0
    skips = [(s.start(), s.end()) for s in _SKIP.finditer(src, start)]
    refs: dict[str, str] = {}
    lines = source_lines(src, start)
    for line_start, line_end in lines:
        rm = _REFDEF.match(src, line_start, line_end)
        if rm:
            refs[rm.group(1).lower()] = rm.group(2)
    si = 0
    fence: str | None = None
    html_block = False
    html_ranges: list[tuple[int, int]] = []  # the HTML block's lines, read as one piece when it ends

    def end_html_block() -> None:
        nonlocal html_block
        if html_ranges:  # one reading: an element (a hidden <div>) spans its lines
            read_html(b, html_ranges[0][0], html_ranges[-1][1], restrict_to_main=False, text_in=list(html_ranges))
            html_ranges.clear()
        html_block = False

    i = 0
    while i < len(lines):
        ls, le = lines[i]
        i += 1
        # clip the line by skipped regions (comments, scripts, Liquid tags)
        while si < len(skips) and skips[si][1] <= ls:
            si += 1
        ranges = []
        pos = ls
        j = si
        while j < len(skips) and skips[j][0] < le:
            if skips[j][0] > pos:
                ranges.append((pos, skips[j][0]))
            pos = max(pos, skips[j][1])
            j += 1
        if pos < le:
            ranges.append((pos, le))
        fully_skipped = not ranges and le > ls
        if fully_skipped:
            continue
        line = src[ls:le]
        if fence is not None:
            if line.strip().startswith(fence):
                fence = None
                b.end_block()
            else:
                b.start_code()
                _inline_ranges(b, ranges, refs, plain=True)
            continue
        if not line.strip():
            end_html_block()
            b.end_block()
            continue
        if html_block:
            html_ranges.extend(ranges)
            continue
        if _PLAIN.match(line) and not (i < len(lines) and _SETEXT.match(src[lines[i][0]:lines[i][1]])):
            b.space()  # a paragraph's line: what the last branch below does with it
            _inline_ranges(b, ranges, refs)
            if _hard_break(line):
                b.end_block()
            continue
        fm = _FENCE.match(line)
        if fm:
            fence = fm.group(1)[0] * 3
            b.end_block()
            continue
        if _HTML_BLOCK.match(line) and _looks_like_html_block(line):
            html_block = True
            b.end_block()
            html_ranges.extend(ranges)
            continue
        if _REFDEF.match(src, ls, le):
            continue
        hm = _ATX.match(line)
        if hm:
            b.start_heading(len(hm.group(1)))
            content = ls + hm.end()
            trimmed = _CLOSING_HASHES.sub("", line[hm.end():])
            _inline_ranges(b, _clip(ranges, content, content + len(trimmed)), refs)
            b.end_block()
            continue
        if _RULE.match(line):
            b.end_block()
            continue
        if i < len(lines) and _SETEXT.match(src[lines[i][0]:lines[i][1]]) and not _LIST.match(line):
            level = 1 if src[lines[i][0]:lines[i][1]].strip()[0] == "=" else 2
            b.start_heading(level)
            _inline_ranges(b, ranges, refs)
            b.end_block()
            i += 1
            continue
        if _TABLE_SEP.match(line) and "-" in line:
            continue
        offset = ls
        while True:  # blockquote markers, possibly nested
            qm = _QUOTE.match(src, offset, le)
            if not qm or qm.end() == offset:
                break
            offset = qm.end()
        lm = _LIST.match(src, offset, le)
        if lm:
            b.end_block()
            offset = lm.end()
        elif line.lstrip().startswith("|"):
            b.end_block()
        else:
            b.space()
        _inline_ranges(b, _clip(ranges, offset, le), refs)
        if _hard_break(line):
            b.end_block()
    end_html_block()


def _hard_break(line: str) -> bool:
    """The line ends its block: two trailing spaces or a <br>."""
    return line.endswith("  ") or line.rstrip().endswith(("<br>", "<br/>"))


def _looks_like_html_block(line: str) -> bool:
    s = line.strip()
    return s.startswith("<") and not re.match(r"<(https?|mailto):", s)


def _clip(ranges: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    out = []
    for s, e in ranges:
        s2, e2 = max(s, start), min(e, end)
        if s2 < e2:
            out.append((s2, e2))
    return out


def _inline_ranges(b: TextBuilder, ranges, refs, plain: bool = False) -> None:
    for s, e in ranges:
        if plain:
            b.add_source(s, e, decode_entities=False)
        else:
            _inline(b, s, e, refs)
        b.space()


def _inline(b: TextBuilder, start: int, end: int, refs: dict[str, str]) -> None:
    src = b.source
    pos = start
    for m in _INLINE.finditer(src, start, end):
        if m.start() > pos:
            b.add_source(pos, m.start())
        pos = m.end()
        tok = m.group()
        if tok.startswith("!["):
            continue
        if m.group(2) is not None and tok.startswith("["):
            # [text](url)
            vis_start = b.next_offset()
            _inline(b, m.start(1), m.end(1), refs)
            b.add_link(vis_start, b.length, m.group(2))
            continue
        if m.group(3) is not None:
            href = refs.get((m.group(4) or m.group(3)).lower(), "")
            vis_start = b.next_offset()
            _inline(b, m.start(3), m.end(3), refs)
            if href:
                b.add_link(vis_start, b.length, href)
            continue
        if m.group(5) is not None:
            url = m.group(5)
            vis_start = b.next_offset()
            b.add_source(m.start(5), m.end(5), decode_entities=False)
            b.add_link(vis_start, b.length, url if ":" in url.split("@")[0] else "mailto:" + url)
            continue
        if m.group(7) is not None:
            tag = m.group(7).lower()
            if tag == "a":
                if m.group(6):
                    b.close_link()
                else:
                    hm = _HREF.search(m.group(8) or "")
                    b.open_link(next((g for g in hm.groups() if g is not None), "") if hm else "")
            elif tag in _BREAK_TAGS:
                b.end_block()
            else:
                b.space() if tag in ("td", "th", "img") else None
            continue
        if m.group(9) is not None:
            b.add_text(m.group(9), m.start(), m.end())
            continue
        if tok == "|":
            b.space()
        # emphasis markers, code ticks: not shown
    if end > pos:
        b.add_source(pos, end)
