"""HTML -> visible text (disclosures.md: the policy is what a reader sees).

A linear tokenizer (one regex pass, no backtracking across tags) feeds a
:class:`TextBuilder`. Dropped as not part of the policy: ``<head>``, scripts,
styles, templates, ``<noscript>``, SVG, comments and CDATA sections (in
HTML, as in a browser, a bogus comment), hidden elements (``hidden``,
``aria-hidden``, ``display:none``), and the page chrome around the policy:
``<nav>``, ``<aside>``, cookie banners, and ``<header>``/``<footer>`` that
are not inside the policy's own ``<main>`` or ``<article>``. When the page
has a ``<main>`` or ``<article>`` holding text, only that is the policy.
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
_RAW_TEXT = {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "template", "noscript"}
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


def read_html(builder: TextBuilder, start: int = 0, end: int | None = None, *, restrict_to_main: bool = True) -> bool:
    """Feed the visible text of source[start:end] to the builder; return
    whether only the page's <main>/<article> was taken."""
    src = builder.source
    end = len(src) if end is None else end
    only_main = restrict_to_main and bool(_MAIN_HINT.search(src, start, end))
    # stack of (tag, kind) where kind: "drop" (never shown), "chrome", "main", "" (plain)
    stack: list[tuple[str, str]] = []
    drop = chrome = main = 0
    pos = start

    def visible() -> bool:
        return drop == 0 and chrome == 0 and (main > 0 or not only_main)

    chrome_parts: list[str] = []
    open_count: dict[str, int] = {}  # tag -> how many on the stack (a stray end tag costs O(1))
    while True:
        m = _TOKEN.search(src, pos, end)
        if m is None:
            break
        tok_start = m.start()
        if tok_start > pos:
            if visible():
                builder.add_source(pos, tok_start)
            elif drop == 0 and (chrome or only_main):
                chrome_parts.append(src[pos:tok_start])
        pos = m.end()
        tag = m.group(1)
        if tag is None:  # comment, doctype, processing instruction, CDATA: not shown
            continue
        tag = tag.lower()
        closing = src[tok_start + 1] == "/"
        if closing:
            # pop to the matching open element, if any
            if open_count.get(tag):
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
                        break
            if tag in _BLOCK or tag in _CELL:
                if tag in _CELL:
                    builder.space()
                else:
                    builder.end_block()
            if tag == "a":
                builder.close_link()
            continue
        a = _attrs(m.group(2))
        self_closing = m.group(2).rstrip().endswith("/")
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
            if visible():
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
            if kind == "" and tag in ("textarea", "xmp") and visible():
                builder.add_source(inner, em.start() if em else end)
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
        if visible():
            builder.add_source(pos, end)
    builder.end_block()
    if chrome_parts:
        builder.chrome.append(" ".join(" ".join(chrome_parts).split()))
    return only_main
