"""`privacylint eval LABELS DIR`: score the checks on a team's own labelled
policies (labels format of disclosures.md), per check, per format and per
language, with the errors listed. FAIL is the positive class; the figures
are computed as the project's scorer computes them (a skipped or errored
check counts as a predicted FAIL); skipped cells are counted apart (`skip`)
and listed among the errors as "skipped" when the label is PASS."""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    err: int = 0
    skip: int = 0  # cells not decided (language without vocabulary, not a policy): reported apart
    errors: list = field(default_factory=list)

    def add(self, gold_fail: bool, pred_fail: bool, errored: bool, skipped: bool = False) -> None:
        self.err += errored
        self.skip += skipped
        if pred_fail and gold_fail:
            self.tp += 1
        elif pred_fail:
            self.fp += 1
        elif gold_fail:
            self.fn += 1
        else:
            self.tn += 1

    @property
    def n(self) -> int:
        return self.tp + self.fp + self.fn + self.tn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def mcc(self) -> float:
        den = math.sqrt((self.tp + self.fp) * (self.tp + self.fn) * (self.tn + self.fp) * (self.tn + self.fn))
        return (self.tp * self.tn - self.fp * self.fn) / den if den else 0.0


def _match(results: dict[str, object], name: str):
    parts = PurePosixPath(name).parts
    for path, res in results.items():
        p = PurePosixPath(path).parts
        if p[-len(parts):] == parts:
            return res
    return None


def evaluate(labels_path: str | Path, folder: str | Path, config=None) -> dict:
    from ._engine import lint_path
    from ._registry import default_checks

    labels = json.loads(Path(labels_path).read_text(encoding="utf-8"))["policies"]
    folder = Path(folder)
    results = {}
    for name in labels:
        candidates = [folder / name, folder / "policies" / name]
        path = next((c for c in candidates if c.is_file()), None)
        if path is not None:
            results[name] = lint_path(path, config, display_path=name)
    check_ids = [c.id for c in default_checks()]
    table: dict[tuple[str, str, str], Score] = {}
    missing = [n for n in labels if n not in results]
    for name, lab in labels.items():
        res = results.get(name)
        if res is None:
            continue
        for cid in check_ids:
            gold = (lab.get(cid) or {}).get("label")
            if gold not in ("PASS", "FAIL"):
                continue
            got = res.check(cid)
            outcome = got.outcome if got else "missing"
            pred_fail = outcome != "pass"
            gold_fail = gold == "FAIL"
            for group in (("all", "all"), ("format", res.format), ("language", lab.get("language") or res.language)):
                s = table.setdefault((cid, *group), Score())
                s.add(gold_fail, pred_fail, outcome in ("error", "missing"), outcome == "skipped")
                if group[0] == "all" and pred_fail != gold_fail:
                    kind = "skipped" if outcome == "skipped" else "false FAIL" if pred_fail else "false PASS"
                    why = (got.message or got.reason or outcome) if pred_fail else ((lab.get(cid) or {}).get("note") or "")
                    s.errors.append((name, kind, why))
    return {"checks": check_ids, "table": table, "missing": missing}


def format_evaluation(ev: dict) -> str:
    out = []
    header = f"{'check':22} {'group':16} {'n':>4} {'tp':>4} {'fp':>4} {'fn':>4} {'tn':>4} {'err':>4} {'skip':>4} {'prec':>6} {'rec':>6} {'f1':>6} {'mcc':>6}"
    for kind in ("all", "format", "language"):
        out.append(f"-- by {kind}" if kind != "all" else "-- all policies")
        out.append(header)
        for (cid, k, group), s in sorted(ev["table"].items(), key=lambda kv: (kv[0][1], kv[0][2], ev["checks"].index(kv[0][0]))):
            if k != kind:
                continue
            out.append(f"{cid:22} {group:16} {s.n:4} {s.tp:4} {s.fp:4} {s.fn:4} {s.tn:4} {s.err:4} {s.skip:4} "
                       f"{s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.mcc:6.3f}")
    out.append("-- errors")
    for cid in ev["checks"]:
        s = ev["table"].get((cid, "all", "all"))
        for name, kind, why in (s.errors if s else []):
            out.append(f"  {kind:10} {cid:20} {name}: {str(why)[:120]}")
    if ev["missing"]:
        out.append(f"missing: {len(ev['missing'])} labelled policies not found, e.g. {ev['missing'][:3]}")
    return "\n".join(out)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: privacylint eval LABELS.json DIR")
        return 4
    ev = evaluate(argv[0], argv[1])
    print(format_evaluation(ev))
    return 1 if ev["missing"] else 0
