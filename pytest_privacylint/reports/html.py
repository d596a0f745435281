"""The HTML report people read (``--privacy-report=html:FILE``).

One self-contained file: no external assets, no network, works offline and
prints. It holds an overview matrix (policy x check, every state of
outcomes.md, counts) and, for each policy, its results (failed checks first,
with message, near-miss quotes and hint) above its visible text with the
evidence spans highlighted and labelled per check. Each matrix cell links to
its span (or to the result when the decision rests on something missing).

Built from the JSON report only, plus a read-only re-read of each policy to
show its visible text; an evidence span is highlighted only where it maps
back to exactly the line/column the JSON names. Everything echoed from a
policy, a path or a message is escaped; a Content-Security-Policy lets only
this file's own script and style run. Output is reproducible (no
timestamps).
"""
from __future__ import annotations

import base64
import bisect
import hashlib
import re
from html import escape

from .._results import state

# outcomes.md states: (JSON summary name, word shown, symbol), in the order
# results are listed (most urgent first)
STATES = (
    ("failed", "fail", "\u2717"),
    ("errors", "error", "\u26a0"),
    ("warnings", "warning", "!"),
    ("baselined", "baselined", "\u2248"),
    ("suppressed", "suppressed", "\u2298"),
    ("skipped", "skipped", "\u2013"),
    ("passed", "pass", "\u2713"),
)
WORD = {name: word for name, word, _ in STATES}
SYMBOL = {name: sym for name, _, sym in STATES}
RANK = {name: i for i, (name, _, _) in enumerate(STATES)}
# order of the counts, as outcomes.md lists the states
COUNT_ORDER = ("passed", "failed", "warnings", "baselined", "suppressed", "errors", "skipped")
EXPLAIN = {
    "passed": "the disclosure was found",
    "failed": "missing or only a near-miss; fails the run",
    "warnings": "missing, severity warning; does not fail the run",
    "baselined": "missing, but recorded in the baseline as accepted",
    "suppressed": "switched off in the policy with a reason",
    "errors": "the file could not be read or the check could not finish",
    "skipped": "not decidable (language without vocabulary, not a privacy policy)",
}
COLLAPSE_OVER = 12  # more policies than this: their sections start collapsed
PALETTE = 8  # highlight colours, one per check (cycled)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def esc(value) -> str:
    """Text for HTML content and attribute values: markup characters and
    quotes escaped, control characters (invalid in HTML) shown as U+FFFD."""
    return escape(_CONTROL.sub("\ufffd", str(value)), quote=True)


def write(path: str, report: dict, ctx) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(render(report, ctx))


# -- locating evidence in the visible text ----------------------------------

def _load(entry: dict, ctx):
    """The policy's Document, or the reason why its text cannot be shown."""
    from .._load import LoadError, load_document

    checks = entry["checks"]
    if checks and all(c["outcome"] == "error" for c in checks):
        return None, None  # unreadable: the reasons say why
    try:
        src = ctx.source_path(entry["path"])
        max_size = 20 * 10**6
        if ctx.config is not None:
            max_size = ctx.config.for_file(entry["path"]).max_file_size
        doc, digest = load_document(src, max_size=max_size, display_path=entry["path"])
    except LoadError as exc:
        return None, f"the text cannot be shown: {exc}"
    except Exception as exc:  # a report must not stop the session
        return None, f"the text cannot be shown: {type(exc).__name__}: {exc}"
    if entry.get("sha256") and digest != entry["sha256"]:
        return doc, "the file changed after it was linted: its current text is shown without highlights"
    return doc, None


def _locate(doc, ev: dict, line_starts: list[int]) -> tuple[int, int] | None:
    """The span of ``doc.text`` whose evidence is exactly ``ev`` (same
    start and end line/column), or None."""
    want = (ev["line"], ev["column"], ev["end_line"], ev["end_column"])
    try:
        s = line_starts[ev["line"] - 1] + ev["column"] - 1
        e = line_starts[ev["end_line"] - 1] + ev["end_column"] - 1
    except (IndexError, KeyError, TypeError):
        return None
    text = doc.text
    n = len(text)

    def same(a: int, b: int) -> bool:
        got = doc.evidence(a, b)
        return (got.line, got.column, got.end_line, got.end_column) == want

    # the source offset of a visible offset grows with it: invert by bisection
    a = bisect.bisect_left(range(n + 1), s, key=doc.source_offset)
    b = bisect.bisect_right(range(n + 1), e, key=lambda v: doc.source_offset(v, end=True)) - 1
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if 0 <= a < b <= n and same(a, b):
        return a, b
    # otherwise: the occurrence of the quote that maps to exactly this place
    quote = ev.get("quote") or ""
    if quote:
        pattern = re.compile(r"\s+".join(re.escape(w) for w in quote.split()))
        for m in pattern.finditer(text):
            if same(m.start(), m.end()):
                return m.start(), m.end()
    return None


# -- rendering ----------------------------------------------------------------

class _Span:
    __slots__ = ("start", "end", "anchor", "check_index", "check_id", "found", "result_anchor")

    def __init__(self, start, end, anchor, check_index, check_id, found, result_anchor):
        self.start, self.end, self.anchor = start, end, anchor
        self.check_index, self.check_id, self.found = check_index, check_id, found
        self.result_anchor = result_anchor


def _tag(span: _Span) -> str:
    what = "found" if span.found else "near-miss"
    return (f'<a class="tag k{span.check_index % PALETTE} {"found" if span.found else "near"}" '
            f'href="#{span.result_anchor}" title="{esc(span.check_id)}: {what}">'
            f'{esc(span.check_id)} {"&#x2713;" if span.found else "&#x2717;"}</a>')


def _render_text(doc, spans: list[_Span]) -> str:
    """The visible text, block by block (headings kept), with the spans
    highlighted; overlapping spans split into marked pieces."""
    text = doc.text
    spans = sorted(spans, key=lambda sp: (sp.start, -sp.end))
    starts = [sp.start for sp in spans]
    opened: set[int] = set()
    out = []
    for b in doc.blocks:
        # the spans overlapping this block (spans are few: a linear filter is fine)
        hi = bisect.bisect_left(starts, b.end)
        live = [sp for sp in spans[:hi] if sp.end > b.start]
        cuts = sorted({b.start, b.end, *(min(max(x, b.start), b.end) for sp in live for x in (sp.start, sp.end))})
        parts = []
        for a, z in zip(cuts, cuts[1:]):
            active = [sp for sp in live if sp.start < z and sp.end > a]
            piece = esc(text[a:z])
            if not active:
                parts.append(piece)
                continue
            ident = ""
            for sp in active:
                if id(sp) in opened:
                    continue
                opened.add(id(sp))
                # one label per check where its spans nest or touch
                if not any(o is not sp and o.check_id == sp.check_id and id(o) in opened for o in active):
                    parts.append(_tag(sp))
                if ident:
                    parts.append(f'<span class="pt" id="{sp.anchor}"></span>')
                else:
                    ident = f' id="{sp.anchor}"'
            inner = active[-1]  # the one that started last
            classes = f"hl k{inner.check_index % PALETTE} {'found' if inner.found else 'near'}"
            if len(active) > 1:
                classes += " multi"
            checks = " ".join(sp.check_id for sp in active)
            anchors = " ".join(sp.anchor for sp in active)
            parts.append(f'<mark{ident} class="{classes}" data-checks="{esc(checks)}" data-spans="{anchors}">{piece}</mark>')
        body = "".join(parts)
        if b.kind == "heading":
            out.append(f'<h4 class="ph">{body}</h4>')
        else:
            out.append(f"<p>{body}</p>")
    # a span anchor not placed (cannot happen when spans lie in blocks): keep links valid
    for sp in spans:
        if id(sp) not in opened:
            out.append(f'<span id="{sp.anchor}"></span>')
    return "\n".join(out)


def _state_badge(st: str) -> str:
    return f'<span class="badge st-{st}">{SYMBOL[st]} {WORD[st]}</span>'


def _counts(counts: dict[str, int], *, skip_zero: bool = False) -> str:
    items = []
    for st in COUNT_ORDER:
        n = counts.get(st, 0)
        if skip_zero and not n:
            continue
        zero = "" if n else " zero"
        items.append(f'<span class="count st-{st}{zero}" title="{esc(EXPLAIN[st])}">{n} {WORD[st]}</span>')
    return " ".join(items)


def _result_item(fi: int, ci: int, chk: dict, check, st: str, locations: list, entry_anchor: str) -> str:
    parts = [f'<li id="{entry_anchor}" class="result st-{st}" data-state="{st}">',
             f'<div class="rhead">{_state_badge(st)} <strong class="cid k{ci % PALETTE}">{esc(chk["id"])}</strong>']
    if check is not None and check.title and check.title != chk["id"]:
        parts.append(f' <span class="ctitle">{esc(check.title)}</span>')
    if check is not None and check.anchor:
        parts.append(f' <span class="anchor">{esc(check.anchor)}</span>')
    parts.append("</div>")
    if chk.get("message"):
        parts.append(f'<p class="msg">{esc(chk["message"])}</p>')
    if chk.get("reason"):
        parts.append(f'<p class="reason">{"Skipped" if chk["outcome"] == "skipped" else "Error"}: {esc(chk["reason"])}</p>')
    sup = chk.get("suppressed")
    if sup:
        parts.append(f'<p class="reason">Suppressed at line {esc(sup.get("line", "?"))}: {esc(sup.get("reason", ""))}</p>')
    if chk.get("baselined"):
        parts.append('<p class="reason">Recorded in the baseline as an accepted failure.</p>')
    evidence = chk.get("evidence") or []
    if evidence:
        label = "Evidence" if chk["outcome"] == "pass" else "Near-miss quotes"
        parts.append(f'<p class="evlabel">{label}:</p><ul class="evidence">')
        for ev, loc in zip(evidence, locations):
            where = f'line {ev["line"]}, column {ev["column"]}'
            quote = f'<q>{esc(ev.get("quote") or ev.get("text") or "")}</q>'
            if loc:
                parts.append(f'<li><a href="#{loc}">{quote}</a> <span class="where">{where}</span></li>')
            else:
                parts.append(f'<li>{quote} <span class="where">{where} (not in the visible text shown below)</span></li>')
        parts.append("</ul>")
    elif chk["outcome"] == "fail":
        parts.append('<p class="evlabel">Nothing close was found in the policy.</p>')
    if chk["outcome"] == "fail" and check is not None and check.hint:
        parts.append(f'<p class="hint"><span>How to fix:</span> {esc(check.hint)}</p>')
    parts.append("</li>")
    return "".join(parts)


def _file_section(fi: int, entry: dict, col: dict[str, int], by_id: dict, ctx, collapsed: bool) -> tuple[str, dict]:
    """The policy's section, and the matrix link of each of its checks."""
    fid = f"f{fi}"
    checks = entry["checks"]
    doc, problem = _load(entry, ctx)
    spans: list[_Span] = []
    located: dict[str, list] = {}
    if doc is not None and problem is None:
        line_starts = [0] + [m.end() for m in _LINE_BREAK.finditer(doc.source)]
        for chk in checks:
            ci = col.get(chk["id"], len(col))
            locs = []
            for ei, ev in enumerate(chk.get("evidence") or []):
                try:
                    where = _locate(doc, ev, line_starts)
                except Exception:  # a report must not stop the session: list it unhighlighted
                    where = None
                if where is None:
                    locs.append(None)
                    continue
                anchor = f"{fid}-c{ci}-e{ei}"
                spans.append(_Span(where[0], where[1], anchor, ci, chk["id"], chk["outcome"] == "pass", f"{fid}-c{ci}"))
                locs.append(anchor)
            located[chk["id"]] = locs
    links = {}
    items = []
    ordered = sorted(checks, key=lambda c: (RANK[state(c)], col.get(c["id"], len(col))))
    counts: dict[str, int] = {}
    for chk in ordered:
        st = state(chk)
        counts[st] = counts.get(st, 0) + 1
        ci = col.get(chk["id"], len(col))
        entry_anchor = f"{fid}-c{ci}"
        locs = located.get(chk["id"]) or [None] * len(chk.get("evidence") or [])
        links[chk["id"]] = next((a for a in locs if a), entry_anchor)
        items.append(_result_item(fi, ci, chk, by_id.get(chk["id"]), st, locs, entry_anchor))
    failing = counts.get("failed", 0) + counts.get("errors", 0)
    states = " ".join(sorted({state(c) for c in checks}))
    fails = " ".join(c["id"] for c in checks if state(c) in ("failed", "errors"))
    meta = [entry.get("format", ""), entry.get("encoding", ""), entry.get("language", ""),
            f'mode {entry.get("mode", "")}']
    if entry.get("sha256"):
        meta.append(f'sha256 {entry["sha256"][:12]}')
    head = (f'<section class="policy" id="{fid}" data-path="{esc(entry["path"])}" data-states="{states}" '
            f'data-failing="{esc(fails)}">'
            f'<details class="pol"{"" if collapsed else " open"}><summary><h2>{esc(entry["path"])}</h2> '
            f'<span class="counts">{_counts(counts, skip_zero=True)}</span></summary>')
    body = [f'<p class="meta">{esc(" · ".join(m for m in meta if m))}</p>']
    for note in entry.get("notes") or []:
        body.append(f'<p class="note">Note: {esc(note)}</p>')
    body.append(f'<h3>Results{" — " + str(failing) + " failing" if failing else ""}</h3><ol class="results">')
    body.extend(items)
    body.append("</ol>")
    if doc is None and problem is None:
        reasons = sorted({c.get("reason") or "" for c in checks} - {""})
        body.append('<p class="unreadable">No text shown: every check of this file ended in an error. '
                    f'{esc("; ".join(reasons))}</p>')
    else:
        if problem:
            body.append(f'<p class="unreadable">{esc(problem)}</p>')
        if doc is not None:
            body.append('<details class="text" open><summary><h3>Policy text</h3> '
                        '<span class="sub">as a reader sees it, evidence highlighted</span></summary>'
                        f'<div class="doc">{_render_text(doc, spans)}</div></details>')
    body.append("</details></section>")
    return head + "\n".join(body), links


def _hash(code: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode() + "'"


def render(report: dict, ctx) -> str:
    check_ids = [c["id"] for c in report.get("checks", [])]
    for f in report["files"]:
        for c in f["checks"]:
            if c["id"] not in check_ids:
                check_ids.append(c["id"])
    col = {cid: i for i, cid in enumerate(check_ids)}
    by_id = {c.id: c for c in getattr(ctx, "checks", None) or []}
    files = report["files"]
    collapsed = len(files) > COLLAPSE_OVER

    sections, rows = [], []
    per_check = {cid: {} for cid in check_ids}
    totals: dict[str, int] = {}
    for fi, entry in enumerate(files):
        section, links = _file_section(fi, entry, col, by_id, ctx, collapsed)
        sections.append(section)
        results = {c["id"]: c for c in entry["checks"]}
        cells = []
        fails = []
        for cid in check_ids:
            chk = results.get(cid)
            if chk is None:
                cells.append('<td class="cell none" data-state="none">not run</td>')
                continue
            st = state(chk)
            per_check[cid][st] = per_check[cid].get(st, 0) + 1
            totals[st] = totals.get(st, 0) + 1
            if st in ("failed", "errors"):
                fails.append(cid)
            tip = chk.get("message") or chk.get("reason") or ""
            cells.append(f'<td class="cell st-{st}" data-check="{esc(cid)}" data-state="{st}">'
                         f'<a href="#{links[cid]}" title="{esc(tip)}">{SYMBOL[st]} {WORD[st]}</a></td>')
        rows.append(f'<tr data-section="f{fi}" data-failing="{esc(" ".join(fails))}" data-path="{esc(entry["path"])}">'
                    f'<th scope="row"><a href="#f{fi}">{esc(entry["path"])}</a></th>{"".join(cells)}</tr>')

    head_cells = []
    for cid in check_ids:
        chk = by_id.get(cid)
        title = f' title="{esc(chk.title)}"' if chk is not None and chk.title else ""
        head_cells.append(f'<th scope="col" class="k{col[cid] % PALETTE}"{title}>{esc(cid)}</th>')
    count_cells = "".join(f'<td class="ccount">{_counts(per_check[cid], skip_zero=True) or "&nbsp;"}</td>' for cid in check_ids)
    failing_files = sum(1 for r in files if any(state(c) in ("failed", "errors") for c in r["checks"]))
    options = "".join(f'<option value="{esc(cid)}">{esc(cid)}</option>' for cid in check_ids)
    legend = "".join(f'<li>{_state_badge(st)} {esc(EXPLAIN[st])}</li>' for st in COUNT_ORDER)
    partial = ""
    if report.get("selection") == "partial":
        partial = ('<p class="note">Partial run: -k, -m, --lf or -x left some checks unrun; '
                   'cells marked “not run” were not decided.</p>')
    stale = report.get("baseline_stale") or []
    stale_html = ""
    if stale:
        stale_html = ('<section class="stale"><h2>Baseline entries that no longer fail</h2><ul>'
                      + "".join(f'<li>{esc(s.get("path", ""))} :: {esc(s.get("check", ""))} '
                                f'<span class="where">[{esc(s.get("fingerprint", ""))}]</span></li>' for s in stale)
                      + "</ul></section>")
    tool = report.get("tool", {})
    csp = f"default-src 'none'; style-src {_hash(CSS)}; script-src {_hash(JS)}; img-src data:"
    page = PAGE.format(
        csp=esc(csp),
        css=CSS,
        js=JS,
        title=esc(f"Privacy policy report: {len(files)} policies, {failing_files} failing"),
        nfiles=len(files),
        nfailing=failing_files,
        tool=esc(f'{tool.get("name", "pytest-privacylint")} {tool.get("version", "")}'),
        mode=esc(report.get("mode", "")),
        partial=partial,
        totals=_counts(totals),
        head_cells="".join(head_cells),
        rows="\n".join(rows),
        count_cells=count_cells,
        options=options,
        legend=legend,
        sections="\n".join(sections),
        stale=stale_html,
    )
    return page


CSS = """
:root{--fg:#1f2328;--muted:#57606a;--line:#d0d7de;--bg:#fff;
--pass:#137333;--pass-bg:#e6f4ea;--fail:#a50e0e;--fail-bg:#fce8e6;--warn:#7a4f01;--warn-bg:#fef3cd;
--base:#3949ab;--base-bg:#e8eaf6;--supp:#6a1b9a;--supp-bg:#f3e5f5;--err:#fff;--err-bg:#b3261e;
--skip:#5f6368;--skip-bg:#f1f3f4}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Liberation Sans",Arial,sans-serif;color:var(--fg);
background:var(--bg);margin:0 auto;max-width:1200px;padding:16px 24px 64px}
h1{font-size:1.6em;margin:.2em 0}
h2{font-size:1.15em;margin:0;display:inline;word-break:break-all}
h3{font-size:1em;margin:1em 0 .4em}
a{color:#0b57d0}
.sub,.meta,.where{color:var(--muted);font-size:.9em}
.note{background:var(--warn-bg);border-left:4px solid #d29922;padding:4px 10px}
.toolbar{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center;margin:12px 0;padding:8px 12px;
background:#f6f8fa;border:1px solid var(--line);border-radius:6px}
.toolbar label{white-space:nowrap}
.toolbar input[type=search]{min-width:16em}
.toolbar button{font:inherit;padding:2px 10px}
.scroll{overflow:auto;max-height:80vh}
table.matrix{border-collapse:collapse;font-size:.92em;margin:8px 0}
.matrix th,.matrix td{border:1px solid var(--line);padding:3px 8px;text-align:left;white-space:nowrap}
.matrix thead th{background:#f6f8fa;position:sticky;top:0}
.matrix tbody th{font-weight:normal}
.matrix tbody th a{color:var(--fg)}
.matrix td.cell a{display:block;color:inherit;text-decoration:none;font-weight:600}
.matrix tfoot td{font-size:.85em;white-space:normal;vertical-align:top}
.matrix tfoot .count{display:block}
.st-passed{background:var(--pass-bg);color:var(--pass)}
.st-failed{background:var(--fail-bg);color:var(--fail)}
.st-warnings{background:var(--warn-bg);color:var(--warn)}
.st-baselined{background:var(--base-bg);color:var(--base)}
.st-suppressed{background:var(--supp-bg);color:var(--supp)}
.st-errors{background:var(--err-bg);color:var(--err)}
.st-skipped{background:var(--skip-bg);color:var(--skip)}
td.none{color:var(--muted);font-style:italic}
.count.zero{opacity:.5;font-weight:normal}
.badge,.count{display:inline-block;border-radius:10px;padding:0 8px;font-size:.85em;font-weight:600;white-space:nowrap}
.summary .count{font-size:1em;margin:2px 0}
ul.legend{list-style:none;padding:0;margin:4px 0;columns:2;font-size:.9em}
section.policy{border:1px solid var(--line);border-radius:6px;margin:14px 0;padding:0}
section.policy>details>summary{padding:8px 12px;cursor:pointer;background:#f6f8fa;border-radius:6px}
section.policy>details[open]>summary{border-bottom:1px solid var(--line);border-radius:6px 6px 0 0}
section.policy>details>:not(summary){margin-left:14px;margin-right:14px}
details.text>summary{cursor:pointer}
details.text>summary h3{display:inline}
ol.results{list-style:none;padding:0;margin:0}
li.result{background:none;color:var(--fg);border-left:5px solid var(--line);padding:4px 10px;margin:8px 0}
li.result.st-failed{border-color:var(--fail)}li.result.st-errors{border-color:var(--err-bg)}
li.result.st-warnings{border-color:#d29922}li.result.st-baselined{border-color:var(--base)}
li.result.st-suppressed{border-color:var(--supp)}li.result.st-passed{border-color:var(--pass)}
li.result.st-skipped{border-color:var(--skip)}
li.result p{margin:2px 0}
.msg{font-weight:600}
.ctitle{color:var(--muted)}
.anchor{font-size:.85em;color:var(--muted);border:1px solid var(--line);border-radius:4px;padding:0 4px}
.reason{color:var(--muted)}
.hint{background:#f6f8fa;padding:4px 8px;border-radius:4px}
.hint span{font-weight:600}
.evlabel{font-size:.9em;color:var(--muted)}
ul.evidence{margin:2px 0 4px;padding-left:20px}
q{font-style:italic}
.unreadable{background:var(--fail-bg);color:var(--fail);padding:6px 10px;border-radius:4px}
.doc{font-family:Georgia,"Times New Roman",serif;font-size:1.02em;line-height:1.65;max-width:52em;
padding:4px 0 12px;overflow-wrap:anywhere}
.doc p{margin:.55em 0}
.doc h4.ph{font-family:system-ui,sans-serif;font-size:1.02em;margin:1.1em 0 .3em}
mark.hl{color:inherit;padding:1px 0;border-bottom:2px solid var(--pass)}
mark.hl.near{border-bottom:2px dashed var(--fail)}
mark.hl.multi{outline:1px dotted #333}
mark:target,.flash{outline:3px solid #0b57d0;outline-offset:2px}
li.result:target{outline:2px solid #0b57d0}
a.tag{font:600 .68em/1.2 system-ui,sans-serif;vertical-align:.35em;border-radius:3px;padding:0 3px;
margin:0 2px;text-decoration:none;color:#1f2328;border:1px solid rgba(0,0,0,.25);white-space:nowrap}
a.tag.near{color:var(--fail)}
.k0{background:#fff1a8}.k1{background:#cfe6ff}.k2{background:#d4f2cc}.k3{background:#ffdcc8}
.k4{background:#e7d6ff}.k5{background:#c8efea}.k6{background:#ffd4e5}.k7{background:#e6e6e6}
[hidden]{display:none!important}
footer{margin-top:32px;color:var(--muted);font-size:.85em}
@page{size:A4;margin:12mm}
@page overview{size:A4 landscape}
@media print{
.overview{page:overview}
.scroll{overflow:visible;max-height:none}
body{font-size:9pt;max-width:none;padding:0}
.toolbar,.noprint{display:none!important}
.overview{break-after:page}
.matrix{font-size:8pt}
.matrix th,.matrix td{padding:1px 4px}
.matrix thead th{position:static}
a{color:inherit;text-decoration:none}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
section.policy{break-before:page;border:none}
li.result{break-inside:avoid}
}
"""

JS = """
(function(){
var $=function(s){return Array.prototype.slice.call(document.querySelectorAll(s));};
var q=document.getElementById('q'),st=document.getElementById('state'),ck=document.getElementById('check');
function match(el,cells){
  var want=st.value,check=ck.value,text=q.value.trim().toLowerCase();
  if(text&&el.getAttribute('data-path').toLowerCase().indexOf(text)<0)return false;
  if(want==='all'&&!check)return true;
  return cells.some(function(c){
    if(check&&c.getAttribute('data-check')!==check)return false;
    var s=c.getAttribute('data-state');
    return want==='all'||(want==='failing'?(s==='failed'||s==='errors'):s===want);
  });
}
function apply(){
  var shown=0;
  $('#matrix tbody tr').forEach(function(tr){
    var ok=match(tr,Array.prototype.slice.call(tr.querySelectorAll('td.cell')));
    tr.hidden=!ok;
    var sec=document.getElementById(tr.getAttribute('data-section'));
    if(sec)sec.hidden=!ok;
    if(ok)shown++;
  });
  document.getElementById('shown').textContent=shown;
}
function fromQuery(){
  var p=new URLSearchParams(location.search);
  if(p.get('state'))st.value=p.get('state');
  if(p.get('check'))ck.value=p.get('check');
  if(p.get('q'))q.value=p.get('q');
  if(p.get('open')==='all')setOpen(true);
}
function setOpen(v){$('details').forEach(function(d){d.open=v;});}
function reveal(){
  var id=decodeURIComponent(location.hash.slice(1));
  var el=id&&document.getElementById(id);
  if(!el)return;
  for(var p=el.parentElement;p;p=p.parentElement){
    if(p.tagName==='DETAILS')p.open=true;
    if(p.hidden)p.hidden=false;
  }
  el.scrollIntoView({block:'center'});
}
[q,st,ck].forEach(function(el){el.addEventListener('input',apply);el.addEventListener('change',apply);});
document.getElementById('expand').addEventListener('click',function(){setOpen(true);});
document.getElementById('collapse').addEventListener('click',function(){setOpen(false);});
window.addEventListener('hashchange',reveal);
window.addEventListener('beforeprint',function(){$('details').forEach(function(d){d.open=true;});});
document.getElementById('toolbar').hidden=false;
fromQuery();apply();reveal();
})();
"""

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="{tool}">
<title>{title}</title>
<style>{css}</style>
</head>
<body>
<section class="overview" id="overview">
<h1>Privacy policy report</h1>
<p class="summary"><strong>{nfiles} policies, {nfailing} failing.</strong> Results: {totals}</p>
<p class="sub">{tool} · mode {mode}. Each cell links to the evidence in the policy text,
or to the result when the decision rests on something missing.</p>
{partial}
<div class="toolbar" id="toolbar" hidden>
<label>Show <select id="state">
<option value="all">all policies</option>
<option value="failing">with failing checks (fail or error)</option>
<option value="failed">with a fail</option>
<option value="errors">with an error</option>
<option value="warnings">with a warning</option>
<option value="baselined">with a baselined failure</option>
<option value="suppressed">with a suppressed check</option>
<option value="skipped">with a skipped check</option>
<option value="passed">with a passing check</option>
</select></label>
<label>in <select id="check"><option value="">any check</option>{options}</select></label>
<label>path <input type="search" id="q" placeholder="filter by file name"></label>
<span><span id="shown">{nfiles}</span> of {nfiles} shown</span>
<button type="button" id="expand">Expand all</button>
<button type="button" id="collapse">Collapse all</button>
</div>
<div class="scroll">
<table class="matrix" id="matrix">
<thead><tr><th scope="col">policy</th>{head_cells}</tr></thead>
<tbody>
{rows}
</tbody>
<tfoot><tr><th scope="row">counts</th>{count_cells}</tr></tfoot>
</table>
</div>
<ul class="legend">{legend}</ul>
</section>
{stale}
<main id="policies">
{sections}
</main>
<footer>Written by {tool}. Positions are line and column in the file on disk; highlighted text is what a reader sees.</footer>
<script>{js}</script>
</body>
</html>
"""
