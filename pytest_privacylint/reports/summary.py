"""The short terminal summary: counts per check, failing files, suppression
warnings and the baseline's stale entries."""
from __future__ import annotations

from .._results import state
from .._suppress import NOTE_FORM
from .text import safe

# JSON summary states, as columns
COLUMNS = (("passed", "pass"), ("failed", "fail"), ("warnings", "warn"), ("baselined", "base"),
           ("suppressed", "supp"), ("errors", "error"), ("skipped", "skip"))


def summary_lines(files, checks) -> list[str]:
    files = sorted(files, key=lambda f: f["path"])
    width = max([len(c.id) for c in checks] + [5])
    rows = [f"{'check':{width}}  " + " ".join(f"{title:>5}" for _, title in COLUMNS)]
    failing: dict[str, list[str]] = {}
    for c in checks:
        n = dict.fromkeys((name for name, _ in COLUMNS), 0)
        for f in files:
            r = next((x for x in f["checks"] if x["id"] == c.id), None)
            if r is None:
                continue
            st = state(r)
            n[st] += 1
            if st in ("failed", "errors"):
                failing.setdefault(f["path"], []).append(c.id)
        rows.append(f"{c.id:{width}}  " + " ".join(f"{n[name]:5}" for name, _ in COLUMNS))
    rows.append(f"{len(files)} policy files, {len(failing)} failing")
    for path, ids in failing.items():
        rows.append(safe(f"  {path}: {', '.join(ids)}"))
    return rows


def note_lines(files) -> list[str]:
    """Suppressions without a reason or that suppress nothing: warnings, not items."""
    out = []
    for f in sorted(files, key=lambda f: f["path"]):
        for note in f.get("notes", ()):
            m = NOTE_FORM.match(note)
            if m:
                out.append(safe(f"warning: {f['path']}:{m.group(1)}: {m.group(2)}"))
    return out


def baseline_lines(baseline, stale, written=None) -> list[str]:
    if written is not None:
        return [safe(f"baseline: wrote {written} entries to {baseline.path}")]
    if not stale:
        return []
    out = [safe(f"baseline: {len(stale)} entries no longer fail (stale); remove them or rewrite "
                f"{baseline.path} with --privacy-baseline-update:")]
    out += [safe(f"  {e.path}::{e.check} [{e.fingerprint}]") for e in stale]
    return out
