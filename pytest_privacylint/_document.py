"""The document a check reads: the visible text of a policy with a map back to
the decoded source (line and column, exact source slice).

Every format reader (``_html``, ``_markdown``, ``_plaintext``) feeds a
:class:`TextBuilder`; the builder produces a :class:`Document` whose ``text``
is the visible text: blocks (paragraphs, list items, headings, table rows)
separated by ``"\\n"``, whitespace inside a block collapsed to one space.
Offsets into ``text`` map back to the source through a list of segments,
found by bisection; lines and columns come from bisecting line starts.
"""
from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass, field
from typing import Iterator, NamedTuple

from ._results import Evidence

# line breaks are \r\n, \r and \n only (report-json.md)
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_WS = re.compile(r"[ \t\n\r\f\v\u00a0\u2000-\u200b\u2028\u2029\u3000\ufeff]+")
_WS_CHARS = " \t\n\r\f\v\u00a0" + "".join(map(chr, range(0x2000, 0x200C))) + "\u2028\u2029\u3000\ufeff"  # those of _WS
# whitespace that does not stand as written: runs of two or more, and any
# whitespace character other than a plain space (a single space between two
# words is copied with them, so a line of prose is one segment, not one per
# word); character references
# (written as "a whitespace other than a space, and the run after it" or "a
# space and at least one more": the same matches, but a single space between
# words fails at once instead of entering a repeat)
_BREAK = (r"[\t\n\r\f\v\u00a0\u2000-\u200b\u2028\u2029\u3000\ufeff][ \t\n\r\f\v\u00a0\u2000-\u200b\u2028\u2029\u3000\ufeff]*"
          r"|[ ][ \t\n\r\f\v\u00a0\u2000-\u200b\u2028\u2029\u3000\ufeff]+")
# characters a reader never sees inside a word: soft hyphen, word joiner
# ("Un&shy;subscribe" reads "Unsubscribe"); dropped from the text
_INVISIBLE = "\u00ad\u2060"
_BREAK += rf"|[{_INVISIBLE}]+"
_BREAK_WS = re.compile(_BREAK)
_BREAK_WS_OR_ENTITY = re.compile(_BREAK + r"|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")


def source_lines(src: str, start: int = 0) -> list[tuple[int, int]]:
    """(start, end) offsets of every line of ``src`` from ``start``, the end
    before the line break (\n, \r\n or \r)."""
    out = []
    s = start
    for m in _LINE_BREAK.finditer(src, start):
        out.append((s, m.start()))
        s = m.end()
    if s < len(src):  # a last line without a break
        out.append((s, len(src)))
    return out


class Block(NamedTuple):
    """A paragraph, list item, table row or heading of the visible text (a
    named tuple, like Sentence: a file of short lines has one per line)."""

    kind: str  # "heading" or "text"
    level: int  # heading level (1-6), 0 for text
    start: int
    end: int


@dataclass(frozen=True)
class Link:
    """A hyperlink: the span of its visible text, and its target."""

    start: int
    end: int
    href: str


class Sentence(NamedTuple):
    """A sentence of the visible text (a named tuple: a long policy has
    hundreds of thousands, and a tuple is the cheapest to make)."""

    start: int
    end: int
    block: int  # index into Document.blocks


class TextBuilder:
    """Accumulates visible text with its source mapping, block by block."""

    def __init__(self, source: str):
        self.source = source
        self.parts: list[str] = []
        self.length = 0
        # parallel lists: visible start, source start, source end, exact copy?
        self.seg_vis: list[int] = []
        self.seg_src: list[int] = []
        self.seg_src_end: list[int] = []
        self.seg_exact: list[bool] = []
        self.blocks: list[Block] = []
        self.links: list[Link] = []
        self.chrome: list[str] = []  # visible text removed as page chrome
        self._block_start = 0
        self._block_kind = "text"
        self._block_level = 0
        self._block_code = False
        self.code_blocks: set[int] = set()  # indices of blocks that are lines of code
        self._space_pending = False
        self._open_links: list[tuple[int, str]] = []

    # -- text -------------------------------------------------------------
    def _emit(self, vis: str, src_start: int, src_end: int, exact: bool) -> None:
        if self._space_pending and self.length > self._block_start:
            self.parts.append(" ")
            self.seg_vis.append(self.length)
            self.seg_src.append(src_start)
            self.seg_src_end.append(src_start)
            self.seg_exact.append(False)
            self.length += 1
        self._space_pending = False
        self.parts.append(vis)
        self.seg_vis.append(self.length)
        self.seg_src.append(src_start)
        self.seg_src_end.append(src_end)
        self.seg_exact.append(exact)
        self.length += len(vis)

    def space(self) -> None:
        self._space_pending = True

    def next_offset(self) -> int:
        """Where the next visible character will land (after a pending space)."""
        return self.length + (1 if self._space_pending and self.length > self._block_start else 0)

    def add_source(self, start: int, end: int, decode_entities: bool = True) -> None:
        """Add the source slice [start, end) as visible text (whitespace
        collapsed, character references decoded when asked)."""
        if start < end:
            piece = self.source[start:end]
            core = piece.strip(_WS_CHARS)
            if not core:  # whitespace only
                self._space_pending = True
                return
            if core.isprintable() and "  " not in core and not (decode_entities and "&" in core):
                # whitespace around one run of text with single spaces and no character reference
                # (a printable text holds no whitespace but spaces, and no invisible character)
                lead = piece.find(core[0])
                if lead:
                    self._space_pending = True
                self._emit(core, start + lead, start + lead + len(core), True)
                if lead + len(core) < len(piece):
                    self._space_pending = True
                return
        self._add_scanned(start, end, decode_entities)

    def _add_scanned(self, start: int, end: int, decode_entities: bool) -> None:
        """add_source, one whitespace run or character reference at a time."""
        src = self.source
        pos = start
        pattern = _BREAK_WS_OR_ENTITY if decode_entities else _BREAK_WS
        for m in pattern.finditer(src, start, end):
            if m.start() > pos:
                self._add_run(pos, m.start())
            tok = m.group()
            if tok[0] in _INVISIBLE:
                pass  # not seen: nothing added
            elif tok[0] == "&":
                ch = html.unescape(tok)
                if ch == tok:  # unknown reference: keep as written
                    self._emit(tok, m.start(), m.end(), True)
                elif ch in _INVISIBLE:
                    pass
                elif _WS.fullmatch(ch):
                    self._space_pending = True
                else:
                    self._emit(ch, m.start(), m.end(), False)
            else:
                self._space_pending = True
            pos = m.end()
        if end > pos:
            self._add_run(pos, end)

    def _add_run(self, start: int, end: int) -> None:
        """A slice whose only whitespace is single spaces: copied as is, but
        a space at either edge becomes a pending space."""
        src = self.source
        if src[start] == " ":
            self._space_pending = True
            start += 1
        trailing = start < end and src[end - 1] == " "
        if trailing:
            end -= 1
        if start < end:
            self._emit(src[start:end], start, end, True)
        if trailing:
            self._space_pending = True

    def add_lines(self, lines: "list[tuple[int, int, bool]]") -> None:
        """Source lines, each ``(start, end, new_block)``: ``end_block()``
        first when ``new_block``, else ``space()``; then ``add_source(start,
        end, decode_entities=False)``. The same result as those calls, made
        in one loop: a plain text file has a call per line, and a line of
        printable text without runs of spaces is copied without them."""
        src, emit = self.source, self._emit
        for s, e, new_block in lines:
            if new_block:
                self.end_block()
            else:
                self._space_pending = True
            piece = src[s:e]
            if piece and piece.isprintable() and piece[0] != " " and piece[-1] != " " and "  " not in piece:
                emit(piece, s, e, True)
            else:
                self.add_source(s, e, decode_entities=False)

    def add_text(self, vis: str, src_start: int, src_end: int) -> None:
        """Add replacement text standing for the source slice."""
        self._emit(vis, src_start, src_end, False)

    # -- structure ----------------------------------------------------------
    def end_block(self) -> None:
        self._space_pending = False
        if self.length > self._block_start:
            if self._block_code:
                self.code_blocks.add(len(self.blocks))
            self.blocks.append(Block(self._block_kind, self._block_level, self._block_start, self.length))
            self.parts.append("\n")
            self.seg_vis.append(self.length)
            src = self.seg_src_end[-1] if self.seg_src_end else 0
            self.seg_src.append(src)
            self.seg_src_end.append(src)
            self.seg_exact.append(False)
            self.length += 1
        self._block_start = self.length
        self._block_kind = "text"
        self._block_level = 0
        self._block_code = False

    def start_code(self) -> None:
        """The next block is a line of a code block: text, never a heading
        by inference ("# or, in CI:" inside a fence)."""
        self.end_block()
        self._block_code = True

    def start_heading(self, level: int) -> None:
        self.end_block()
        self._block_kind = "heading"
        self._block_level = level

    def open_link(self, href: str) -> None:
        self._open_links.append((self.next_offset(), href))

    def close_link(self) -> None:
        if self._open_links:
            start, href = self._open_links.pop()
            if href:
                self.links.append(Link(min(start, self.length), self.length, href))

    def add_link(self, start: int, end: int, href: str) -> None:
        self.links.append(Link(start, end, href))

    def build(self, **meta) -> "Document":
        self.end_block()
        text = "".join(self.parts)
        self.blocks = _infer_headings(text, self.blocks, self.code_blocks)
        return Document(
            text=text,
            source=self.source,
            blocks=self.blocks,
            links=sorted(self.links, key=lambda link: (link.start, link.end)),
            chrome=self.chrome,
            _seg_vis=self.seg_vis,
            _seg_src=self.seg_src,
            _seg_src_end=self.seg_src_end,
            _seg_exact=self.seg_exact,
            **meta,
        )


_SENTENCE_LIKE_END = (".", ",", ";", "!", "?", '"', "”")


_ASCII_LETTER = re.compile(r"[A-Za-z]")


def _heading_like(text: str, b: Block) -> bool:
    if b.end - b.start > 80:
        return False
    s = text[b.start:b.end]
    return (
        len(s.split()) <= 10
        and not s.endswith(_SENTENCE_LIKE_END)
        and "@" not in s
        and "://" not in s
        and not s[:1].islower()
        and (_ASCII_LETTER.search(s) is not None if s.isascii() else any(c.isalpha() for c in s))
    )


def _infer_headings(text: str, blocks: list[Block], code: "set[int] | frozenset[int]" = frozenset()) -> list[Block]:
    """Short title-like text blocks followed by a paragraph are headings
    (plain text, and bold-only lines in Markdown and HTML); lines of code
    blocks (``code``: their indices) never are."""
    out = list(blocks)
    like = [False] * len(out)  # _heading_like of each text block, once
    for i, b in enumerate(out):
        like[i] = b.kind == "text" and i not in code and _heading_like(text, b)
    for i in range(len(out) - 1):
        if not like[i]:
            continue
        nxt = out[i + 1]
        if nxt.kind == "heading" or like[i + 1]:
            continue
        b = out[i]
        out[i] = Block("heading", 7, b.start, b.end)
    return out


_ABBREV = frozenset(
    "inc ltd llc co corp e.g i.e etc vs no nr mr mrs ms dr st jr sr u.s u.k p.o ca approx art sec fig dept ave "
    "gmbh s.a s.l b.v n.v s.r.l s.p.a pty pvt plc ag bzw z.b ggf vgl ca incl".split()
)
_SENT_CHAR = re.compile(r"[.!?。！？]")
# the end mark first, then "not after another" (a lookbehind in front would be
# tried at every character; this way the scan skips to the marks)
_SENT_END = re.compile(r"[.!?](?<![.!?].)[.!?]*[\"'”’)\]]*(?=\s)|[。！？]")


@dataclass
class Document:
    text: str
    source: str
    blocks: list[Block]
    links: list[Link]
    chrome: list[str]
    _seg_vis: list[int]
    _seg_src: list[int]
    _seg_src_end: list[int]
    _seg_exact: list[bool]
    path: str = ""
    format: str = "text"
    encoding: str = "utf-8"
    notes: list[str] = field(default_factory=list)
    language: str = "en"
    _line_starts: list[int] | None = None
    _sentences: list[Sentence] | None = None
    _block_starts: list[int] | None = None
    _heading_of: list[int] | None = None
    _link_starts: list[int] | None = None
    # results shared by checks (channels, prefilter hits ...), keyed by name;
    # a cache only: never part of equality or the repr
    _memo: dict = field(default_factory=dict, repr=False, compare=False)

    def memo(self, key, compute):
        """``compute()`` once per document (and ``key``): work shared by checks."""
        key = (key, self.language, id(self.text))
        try:
            return self._memo[key]
        except KeyError:
            value = self._memo[key] = compute()
            return value

    # -- structure ----------------------------------------------------------
    @property
    def sentences(self) -> list[Sentence]:
        if self._sentences is None:
            out: list[Sentence] = []
            text = self.text
            # blocks holding no sentence-ending character are one sentence each
            # (no per-block search: a file of many short lines stays cheap)
            ends = [m.start() for m in _SENT_CHAR.finditer(text)]
            ei, n_ends = 0, len(ends)
            match = _SENT_END.match
            for bi, b in enumerate(self.blocks):
                while ei < n_ends and ends[ei] < b.start:
                    ei += 1
                if ei == n_ends or ends[ei] >= b.end:
                    if b.end > b.start:
                        out.append(Sentence(b.start, b.end, bi))
                    continue
                # the matches of _SENT_END.finditer(text, b.start, b.end): every
                # match starts at an end character, so only those are tried
                start = done = b.start
                while ei < n_ends and ends[ei] < b.end:
                    at = ends[ei]
                    ei += 1
                    if at < done:
                        continue  # (inside the last match)
                    m = match(text, at, b.end)
                    if m is None:
                        continue
                    done = m.end()
                    if text[at] == "." and _is_abbreviation(text, at, b.start):
                        continue
                    if done - start > 1:
                        out.append(Sentence(start, done, bi))
                    start = done
                    while start < b.end and text[start] == " ":
                        start += 1
                if b.end > start:
                    out.append(Sentence(start, b.end, bi))
            self._sentences = out
        return self._sentences

    def block_index(self, offset: int) -> int:
        if self._block_starts is None:
            self._block_starts = [b.start for b in self.blocks]
        return max(0, bisect.bisect_right(self._block_starts, offset) - 1)

    def section_heads(self) -> list[int]:
        """For each block, the index of the nearest heading block at or
        before it (itself if a heading), or -1: the sections."""
        if self._heading_of is None:
            last = -1
            self._heading_of = []
            for i, b in enumerate(self.blocks):
                if b.kind == "heading":
                    last = i
                self._heading_of.append(last)
        return self._heading_of

    def heading_for(self, offset: int) -> Block | None:
        """The nearest heading at or before ``offset`` (its section)."""
        if not self.blocks:
            return None
        i = self.section_heads()[self.block_index(offset)]
        return self.blocks[i] if i >= 0 else None

    def section_title(self, offset: int) -> str:
        h = self.heading_for(offset)
        return self.text[h.start:h.end] if h else ""

    def links_in(self, start: int, end: int) -> list[Link]:
        if self._link_starts is None:
            self._link_starts = [link.start for link in self.links]
        i = bisect.bisect_left(self._link_starts, start)
        out = []
        for link in self.links[i:]:
            if link.start >= end:
                break
            out.append(link)
        return out

    def iter_blocks(self, kind: str | None = None) -> Iterator[tuple[int, Block]]:
        for i, b in enumerate(self.blocks):
            if kind is None or b.kind == kind:
                yield i, b

    # -- positions ----------------------------------------------------------
    def source_offset(self, vis: int, *, end: bool = False) -> int:
        """Map an offset in ``text`` to an offset in ``source``; an ``end``
        offset (exclusive) maps to the end of the segment it closes."""
        if not self._seg_vis:
            return 0
        probe = vis - 1 if end and vis > 0 else vis
        i = max(bisect.bisect_right(self._seg_vis, probe) - 1, 0)
        if self._seg_exact[i]:
            return min(self._seg_src[i] + (vis - self._seg_vis[i]), self._seg_src_end[i])
        return self._seg_src_end[i] if end else self._seg_src[i]

    def line_col(self, src_offset: int) -> tuple[int, int]:
        """1-based line and column (code points) of a source offset."""
        if self._line_starts is None:
            self._line_starts = [0] + [m.end() for m in _LINE_BREAK.finditer(self.source)]
        i = bisect.bisect_right(self._line_starts, src_offset) - 1
        return i + 1, src_offset - self._line_starts[i] + 1

    def line_text(self, line: int) -> str:
        if self._line_starts is None:
            self.line_col(0)
        starts = self._line_starts
        s = starts[line - 1]
        e = starts[line] if line < len(starts) else len(self.source)
        return self.source[s:e].rstrip("\r\n")

    def quote(self, start: int, end: int) -> str:
        return _WS.sub(" ", self.text[start:end]).strip()

    def evidence(self, start: int, end: int) -> Evidence:
        text = self.text
        end = min(max(end, start), len(text))
        while start < end and text[start] in " \n":
            start += 1
        while end > start and text[end - 1] in " \n":
            end -= 1
        s = self.source_offset(start)
        e = self.source_offset(end, end=True)
        if e < s:
            e = s
        line, col = self.line_col(s)
        end_line, end_col = self.line_col(e)
        return Evidence(line, col, end_line, end_col, self.source[s:e], self.quote(start, end))


def _is_abbreviation(text: str, dot: int, floor: int) -> bool:
    i = dot
    while i > floor and (text[i - 1].isalnum() or text[i - 1] == "."):
        i -= 1
    word = text[i:dot].lower()
    if not word:
        return False
    if word in _ABBREV:
        return True
    if len(word) == 1 and word.isalpha():  # initials: "J. Smith"
        return True
    if word.isdigit() and dot + 2 < len(text) and text[dot + 2].isdigit():
        return False
    # "www.acme.com." is an end; "1." as a list number is not a sentence
    return word.isdigit() and len(word) <= 2 and dot - floor <= 3
