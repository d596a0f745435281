"""--privacy-explain and --privacy-show-config."""
from __future__ import annotations

import json

from ._config import Config, ConfigError
from .reports.text import safe


def explain(target: str, cfg: Config) -> str:
    from ._registry import default_checks

    all_checks = {c.id: c for c in default_checks()}
    if "::" not in target:
        check = all_checks.get(target)
        if check is None:
            raise ConfigError(f"--privacy-explain: unknown check {target!r}; registered: {', '.join(all_checks)}")
        head = f"{check.id} (version {check.version}): {check.title}"
        return "\n".join([head, "=" * len(head), "", check.doc, "", f"Legal anchor: {check.anchor}", f"Fix: {check.hint}"])
    path, _, cid = target.rpartition("::")
    check = all_checks.get(cid)
    if check is None:
        raise ConfigError(f"--privacy-explain: unknown check {cid!r}; registered: {', '.join(all_checks)}")
    from ._engine import lint_path

    res = lint_path(path, cfg, checks=[check], explain=True).checks[0]
    out = [safe(f"{path}::{cid}: {res.outcome}" + (f": {res.message}" if res.message else "") + (f" ({res.reason})" if res.reason else ""))]
    if not res.explain:
        out.append("  no candidate spans considered")
    for cand in res.explain:
        ev = cand["evidence"]
        mark = "accepted" if cand["accepted"] else "rejected"
        out.append(safe(f"  {ev.line}:{ev.column}: {mark} by rule '{cand['rule']}': {ev.quote[:160]}"))
    return "\n".join(out)


def show_config(cfg: Config, path: str | None) -> str:
    eff = cfg.for_file(path) if path else cfg
    lines = [f"# effective configuration{' for ' + path if path else ''}"]
    lines.append(f"# read from: {cfg.source_file or 'built-in defaults'}")
    for key, value in eff.as_dict().items():
        attr = key.replace("controller.names", "controller_names").replace("per-file", "per_file")
        origin = eff.origins.get(attr, "default")
        lines.append(f"{key} = {json.dumps(value, default=str)}    # {origin}")
    return "\n".join(lines)
