"""HTML -> visible text (disclosures.md: the policy is what a reader sees).

A linear tokenizer (one regex pass, no backtracking across tags) feeds a
:class:`TextBuilder`. Dropped as not part of the policy: ``<head>``, scripts,
styles, templates, ``<noscript>``, SVG, comments and CDATA sections (in
HTML, as in a browser, a bogus comment), hidden elements (``hidden``,
``aria-hidden``, ``display:none``), and the page chrome around the policy:
``<nav>``, ``<aside>``, cookie banners, and ``<header>``/``<footer>`` that
are not inside the policy's own ``<main>`` or ``<article>``. When the page
has a ``<main>`` or ``<article>`` holding text, only that is the policy;
otherwise menus without any marker are dropped too: a run of at least three
short links to the site's own pages, with nothing but separators between
them, at the start or end of the body or repeated on the page.

Parsed as a browser parses: ``<head>`` ends at the first tag that cannot
stand in it, or at text, without ``</head>``; a ``<template>``'s content is
parsed like the page (nested templates and comments count); ``/>`` closes
only void, SVG and MathML elements (``<div hidden />`` hides what follows).
"""
from __future__ import annotations

import html as _htmllib
import re

from ._document import TextBuilder

# Every alternative either matches or is never tried (a tag runs to its ">"
# or, like in a browser, to the end of the input; so does an unclosed quoted
# attribute value): no attempt scans ahead and fails, so tokenizing is linear.
_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<!\[CDATA\[.*?(?:\]\]>|\Z)"
    r"|<[!?][^>]*>?"
    r"|</?([A-Za-z][A-Za-z0-9:-]{0,40})([^>\"']*(?:(?:\"[^\"]*(?:\"|\Z)|'[^']*(?:'|\Z))[^>\"']*)*)(?:>|\Z)",
    re.S,
)
_ATTR = re.compile(r"""([A-Za-z_:][-A-Za-z0-9_:.]*)\s*(?:=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?""")
# (a <template>'s content is parsed like the page, nested templates and comments included; it is dropped)
_RAW_TEXT = {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript"}
# what may stand in <head>: any other start tag, or text, ends the head (its end tag is optional)
_HEAD_CONTENT = {"base", "basefont", "bgsound", "link", "meta", "noframes", "script", "style", "template", "title", "noscript", "head"}
# elements whose "/>" closes them; on other HTML elements a browser ignores the slash
_SELF_CLOSING = {"svg", "math"}
_DROP = {"head", "script", "style", "template", "noscript", "svg", "math", "iframe", "object", "canvas", "select", "button", "title"}
_CHROME = {"nav", "aside", "dialog", "menu"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen"}
_BLOCK = {
    "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details", "dialog", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot",
    "tr", "ul", "legend", "option",
}
_CELL = {"td", "th"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_CHROME_CLASS = re.compile(
    r"(?:^|[\s_-])(?:cookie-?(?:banner|consent|notice|bar|popup|law)|cc-window|navbar|nav-?bar|site-?(?:header|footer|nav|menu)"
    r"|main-?(?:menu|nav)|menu|sidebar|side-?nav|breadcrumbs?|skip-?link|topbar|top-?nav|footer-?(?:links|menu|nav))(?:$|[\s_-])",
    re.I,
)
_CHROME_ROLES = {"navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "menu", "menubar", "search"}
_MAIN_HINT = re.compile(r"<(?:main|article)\b|role\s*=\s*[\"']?main", re.I)
_RAW_END = {tag: re.compile(r"</" + tag + r"(?=[\s/>]|\Z)[^>]*>?", re.I) for tag in _RAW_TEXT}


def _attrs(raw: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in _ATTR.finditer((raw or "")[:100_000]):
        name = m.group(1).lower()
        if name in out:
            continue
        val = m.group(2)
        if val is None:
            out[name] = ""
        else:
            if val[:1] in "\"'":
                val = val[1:-1]
            out[name] = _htmllib.unescape(val)
    return out


def _is_hidden(a: dict[str, str]) -> bool:
    return (
        "hidden" in a
        or a.get("aria-hidden", "").lower() == "true"
        or bool(_HIDDEN_STYLE.search(a.get("style", "")))
        or a.get("type", "").lower() == "hidden"
    )


def _is_chrome(tag: str, a: dict[str, str]) -> bool:
    if tag in _CHROME:
        return True
    if a.get("role", "").lower() in _CHROME_ROLES:
        return True
    cls = a.get("class", "") + " " + a.get("id", "")
    return bool(cls.strip()) and bool(_CHROME_CLASS.search(cls))


_SEPARATORS = re.compile(r"[\s|•·/\\\-–—»›>,:;*()\[\]]*")
_MENU_MIN_LINKS = 3
_MENU_LINK_CHARS = 40
_MENU_LINK_WORDS = 5


def _host(href: str) -> str:
    m = re.match(r"(?:[a-z][a-z0-9+.-]*:)?//([^/?#:]+)", href.strip().lower())
    return m.group(1).removeprefix("www.") if m else ""


def _link_menus(src: str, start: int, end: int) -> list[tuple[int, int]]:
    """Source ranges of the page's menus that carry no nav/role/class marker:
    a run of blocks holding only short links to the site's own pages (at
    least three, nothing but separators between them) that is at the start
    or the end of the page, or repeated on it (disclosures.md: repeated
    menus and link lists are not the policy). A list of links to other
    sites (third parties' policies) is never a menu."""
    segs: list[list] = []  # [start, end, links [(text, href)], has_text]
    cur = [start, start, [], False]
    link_text: list[str] | None = None
    href = ""
    pos = start

    def text(chunk: str) -> None:
        nonlocal cur
        vis = _htmllib.unescape(chunk)
        if link_text is not None:
            link_text.append(vis)
        elif _SEPARATORS.fullmatch(vis) is None:
            cur[3] = True

    def boundary(at: int) -> None:
        nonlocal cur
        cur[1] = at
        if cur[2] or cur[3]:
            segs.append(cur)
        cur = [at, at, [], False]

    while True:
        m = _TOKEN.search(src, pos, end)
        if m is None:
            break
        if m.start() > pos:
            text(src[pos:m.start()])
        pos = m.end()
        tag = m.group(1)
        if tag is None:
            continue
        tag = tag.lower()
        closing = src[m.start() + 1] == "/"
        if not closing and tag in _RAW_TEXT:
            em = _RAW_END[tag].search(src, pos, end)
            pos = em.end() if em else end
            continue
        if tag == "a":
            if closing:
                if link_text is not None:
                    cur[2].append((" ".join("".join(link_text).split()), href))
                link_text = None
            else:
                link_text, href = [], _attrs(m.group(2)).get("href", "")
            continue
        if tag in _BLOCK or tag == "br":
            if link_text is not None:  # an unclosed link: its text is plain text
                cur[3] = cur[3] or bool("".join(link_text).strip())
                link_text = None
            boundary(m.start())
    if pos < end:
        text(src[pos:end])
    boundary(end)

    # runs of consecutive link-only segments
    runs: list[tuple[int, int, list]] = []
    i = 0
    while i < len(segs):
        if segs[i][3] or not segs[i][2]:
            i += 1
            continue
        j, links = i, []
        while j < len(segs) and not segs[j][3]:
            links += segs[j][2]
            j += 1
        runs.append((i, j, links))
        i = j

    def menu_like(links) -> bool:
        if len(links) < _MENU_MIN_LINKS:
            return False
        if any(not t or len(t) > _MENU_LINK_CHARS or len(t.split()) > _MENU_LINK_WORDS for t, _ in links):
            return False
        hosts = [_host(h) for _, h in links]
        absolute = [h for h in hosts if h]
        own = max(set(absolute), key=absolute.count) if absolute else ""
        internal = sum(1 for (_, h), host in zip(links, hosts)
                       if not host and not h.lower().startswith(("mailto:", "tel:", "javascript:")) or (host == own and absolute.count(own) >= _MENU_MIN_LINKS))
        return internal * 3 >= len(links) * 2

    text_idx = [k for k, sg in enumerate(segs) if sg[3]]
    first_text = text_idx[0] if text_idx else len(segs)
    last_text = text_idx[-1] if text_idx else -1
    keys: dict[tuple, int] = {}
    menus = [(i, j, links) for i, j, links in runs if menu_like(links)]
    for _, _, links in menus:
        key = tuple(t.lower() for t, _ in links)
        keys[key] = keys.get(key, 0) + 1
    out = []
    for i, j, links in menus:
        key = tuple(t.lower() for t, _ in links)
        if j <= first_text or i > last_text or keys[key] > 1:
            out.append((segs[i][0], segs[j - 1][1]))
    return out


def read_html(builder: TextBuilder, start: int = 0, end: int | None = None, *, restrict_to_main: bool = True,
              text_in: "list[tuple[int, int]] | None" = None) -> "int | None":
    """Feed the visible text of source[start:end] to the builder. When only
    the page's <main>/<article> was taken, return a bound the visible text
    of the whole page cannot exceed (each text outside hidden and chrome
    elements, plus a separator before and after it; whitespace collapsing
    and character references only shorten a text); otherwise None.
    ``text_in``: the sorted source ranges text may come from (a Markdown
    HTML block without its line breaks and Liquid tags); a gap between them
    is a space."""
    src = builder.source
    end = len(src) if end is None else end
    ranges = text_in or []
    ri = 0

    def add_text_in(a: int, z: int) -> None:
        nonlocal ri
        while ri < len(ranges) and ranges[ri][1] <= a:
            ri += 1
        k = ri
        while k < len(ranges) and ranges[k][0] < z:
            s, e = max(a, ranges[k][0]), min(z, ranges[k][1])
            if s > a:
                builder.space()
            if s < e:
                builder.add_source(s, e)
            a = e
            k += 1
        if a < z:
            builder.space()

    add_text = builder.add_source if text_in is None else add_text_in  # (a page: no wrapper per text)

    only_main = restrict_to_main and bool(_MAIN_HINT.search(src, start, end))
    # stack of (tag, kind) where kind: "drop" (never shown), "chrome", "main", "" (plain)
    stack: list[tuple[str, str]] = []
    drop = chrome = main = 0
    pos = start
    page_bound = 0  # see the docstring: what a read of the whole page could show

    # menus without markers (only where the whole body is read)
    menus = [] if only_main else _link_menus(src, start, end)
    menu_i = 0

    def in_menu(p: int) -> bool:
        nonlocal menu_i
        while menu_i < len(menus) and menus[menu_i][1] <= p:
            menu_i += 1
        return menu_i < len(menus) and menus[menu_i][0] <= p

    def visible(p: int | None = None) -> bool:
        return drop == 0 and chrome == 0 and (main > 0 or not only_main) and not (menus and p is not None and in_menu(p))

    chrome_parts: list[str] = []
    open_count: dict[str, int] = {}  # tag -> how many on the stack (a stray end tag costs O(1))

    def pop_to(tag: str) -> None:
        """Close the innermost open ``tag`` and every element inside it."""
        nonlocal drop, chrome, main
        if not open_count.get(tag):
            return
        for i in range(len(stack) - 1, -1, -1):
            if stack[i][0] == tag:
                for t, kind in stack[i:]:
                    open_count[t] -= 1
                    if kind == "drop":
                        drop -= 1
                    elif kind == "chrome":
                        chrome -= 1
                    elif kind == "main":
                        main -= 1
                del stack[i:]
                return

    while True:
        m = _TOKEN.search(src, pos, end)
        if m is None:
            break
        tok_start = m.start()
        if open_count.get("head") and src[pos:tok_start].strip():
            pop_to("head")  # text ends the head
        if tok_start > pos:
            if drop == 0 and chrome == 0:
                page_bound += tok_start - pos + 2
            if visible(pos):
                add_text(pos, tok_start)
            elif drop == 0 and (chrome or only_main or menus):
                chrome_parts.append(src[pos:tok_start])
        pos = m.end()
        tag = m.group(1)
        if tag is None:  # comment, doctype, processing instruction, CDATA: not shown
            continue
        tag = tag.lower()
        closing = src[tok_start + 1] == "/"
        if closing:
            pop_to(tag)  # the matching open element, if any
            if tag in _BLOCK or tag in _CELL:
                if tag in _CELL:
                    builder.space()
                else:
                    builder.end_block()
            if tag == "a":
                builder.close_link()
            continue
        if open_count.get("head") and tag not in _HEAD_CONTENT:
            pop_to("head")  # "<body>", "<h1>" ...: the head has ended
        a = _attrs(m.group(2))
        self_closing = tag in _SELF_CLOSING and m.group(2).rstrip().endswith("/")
        if tag in _BLOCK:
            builder.end_block()
        elif tag in _CELL:
            builder.space()
        elif tag == "img":
            alt = a.get("alt", "").strip()
            if alt and visible():
                builder.space()
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            builder.start_heading(int(tag[1]))
        if tag == "a":
            if visible(tok_start):
                builder.open_link(a.get("href", ""))
            elif drop == 0 and a.get("href"):
                chrome_parts.append(a["href"])
        if tag in _VOID or self_closing:
            continue
        if tag in _DROP or _is_hidden(a):
            kind = "drop"
        elif tag in ("main", "article") or a.get("role", "").lower() == "main":
            kind = "main"
        elif _is_chrome(tag, a) or (tag in ("header", "footer") and main == 0):
            kind = "chrome"
        else:
            kind = ""
        if tag in _RAW_TEXT:
            # raw text: only its own end tag closes it (a "<" inside a script is not a tag)
            inner = pos
            em = _RAW_END[tag].search(src, pos, end)
            pos = em.end() if em else end
            if kind == "" and tag in ("textarea", "xmp") and drop == 0 and chrome == 0:
                page_bound += (em.start() if em else end) - inner + 2
                if visible():
                    add_text(inner, em.start() if em else end)
            continue
        if kind == "drop":
            drop += 1
        elif kind == "chrome":
            chrome += 1
        elif kind == "main":
            main += 1
        if kind or len(stack) < 2000:  # past that depth plain elements are not tracked
            stack.append((tag, kind))
            open_count[tag] = open_count.get(tag, 0) + 1
    if pos < end:
        if open_count.get("head") and src[pos:end].strip():
            pop_to("head")
        if drop == 0 and chrome == 0:
            page_bound += end - pos + 2
        if visible(pos):
            add_text(pos, end)
    builder.end_block()
    if chrome_parts:
        builder.chrome.append(" ".join(" ".join(chrome_parts).split()))
    return page_bound if only_main else None
