"""Plain text -> visible text.

Paragraphs are separated by blank lines; a line that starts with a list
marker, or follows a short line, starts a new block. A run of six or more
menu-like lines (a few words, no sentence punctuation, no digits or
addresses) at the start or end of the file is page navigation flattened
into the text and is not part of the policy.
"""
from __future__ import annotations

import re

from ._document import TextBuilder, source_lines

_LIST = re.compile(r"[ \t]*(?:[-*+•·▪◦]|\(?\d{1,3}[.)]|\(?[a-z][.)])[ \t]+")
_MENU_LINE = re.compile(r"[ \t]*(?:[-•][ \t]*)?[A-Za-z\u00c0-\u024f&'’/().-]+(?:[ \t]+[A-Za-z\u00c0-\u024f&'’/().-]+){0,4}[ \t]*$")
_URL_LINE = re.compile(r"[ \t]*https?://\S+[ \t]*$")
_MIN_MENU_RUN = 6


def _is_menu(line: str) -> bool:
    return bool(_MENU_LINE.match(line)) and not line.rstrip().endswith((".", ":", ","))


def _chrome_edges(src: str, lines: list[tuple[int, int]]) -> tuple[int, int]:
    """Indices [first, last) of the lines that are the policy."""
    def run(indices):
        count = 0
        last_menu = None
        for i in indices:
            line = src[lines[i][0]:lines[i][1]]
            if not line.strip():
                continue
            if _is_menu(line) or (count == 0 and _URL_LINE.match(line)):
                count += 1
                last_menu = i
            else:
                break
        return count, last_menu

    first, last = 0, len(lines)
    n, idx = run(range(len(lines)))
    if n >= _MIN_MENU_RUN and idx is not None:
        first = idx + 1
    n, idx = run(range(len(lines) - 1, first - 1, -1))
    if n >= _MIN_MENU_RUN and idx is not None:
        last = idx
    return first, last


def read_text(b: TextBuilder) -> None:
    src = b.source
    lines = source_lines(src)
    first, last = _chrome_edges(src, lines)
    if first or last < len(lines):
        dropped = lines[:first] + lines[last:]
        b.chrome.append(" ".join(src[s:e].strip() for s, e in dropped if e > s))
    out: list[tuple[int, int, bool]] = []  # (start, end, new block?) of each line of text
    new_block = True
    prev_len = 0
    prev_closed = False
    for s, e in lines[first:last]:
        line = src[s:e]
        if not line.strip():
            new_block = True
            prev_len = 0
            continue
        lm = _LIST.match(line)
        if lm:
            out.append((s + lm.end(), e, True))
        else:
            out.append((s, e, new_block or bool(prev_len and (prev_len < 60 or prev_closed))))
        new_block = False
        prev_len = len(line.strip())
        prev_closed = line.rstrip().endswith((".", "!", "?", ":", "。"))
    b.add_lines(out)
