"""Configuration (config.md): discovery, validation, effective config per file.

Read from ``[tool.privacylint]`` of a pyproject.toml (or the top level of a
privacylint.toml). Unknown keys, wrong types, unknown check ids, bad globs
and regexes that fail to compile raise :class:`ConfigError`, which the
plugin turns into a usage error (exit 4) before any item runs.
"""
from __future__ import annotations

import dataclasses
import fnmatch
import functools
import hashlib
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

DEFAULT_INCLUDE = ("*.md", "*.markdown", "*.txt", "*.html", "*.htm")
DEFAULT_EXCLUDE = ("README*", "CHANGELOG*", "LICENSE*", "CONTRIBUTING*", "node_modules/", ".git/", ".venv/")
MODES = ("strict", "lenient")
SEVERITIES = ("error", "warning")
REPORT_FORMATS = ("json", "sarif", "html")
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(B|KB|MB|GB|KiB|MiB|GiB)?\s*$", re.I)
_UNITS = {None: 1, "b": 1, "kb": 10**3, "mb": 10**6, "gb": 10**9, "kib": 2**10, "mib": 2**20, "gib": 2**30}


class ConfigError(Exception):
    """A usage or configuration error: names the file, the key and what was expected."""


@dataclass(frozen=True)
class Rule:
    id: str
    message: str
    require: tuple[str, ...]
    near: tuple[str, ...] = ()
    window: str = "sentence"
    severity: str = "error"


@dataclass
class Config:
    paths: list[str] = field(default_factory=list)
    include: list[str] = field(default_factory=lambda: list(DEFAULT_INCLUDE))
    exclude: list[str] = field(default_factory=lambda: list(DEFAULT_EXCLUDE))
    checks: list[str] | None = None  # None: every registered check
    severity: dict[str, str] = field(default_factory=dict)
    mode: str = "strict"
    language: str = "auto"
    controller_names: list[str] = field(default_factory=list)
    per_file: list[dict] = field(default_factory=list)
    rule: list[Rule] = field(default_factory=list)
    suppressions: bool = True
    baseline: str | None = None
    max_file_size: int = 20 * 10**6
    follow_symlinks: bool = False
    regex_timeout: float = 5.0
    cache: bool = True
    reports: list[str] = field(default_factory=list)
    # where it came from: key -> "default" | file path | "command line"
    source_file: str | None = None
    origins: dict[str, str] = field(default_factory=dict)
    base_dir: str = "."

    # -- derived ---------------------------------------------------------------
    def registered_checks(self):
        """The built-in and installed checks, then the [[rule]] checks."""
        from ._registry import default_checks
        from ._rules import rule_check

        return list(default_checks()) + [rule_check(r) for r in self.rule]

    def enabled_checks(self):
        all_checks = self.registered_checks()
        if self.checks is None:
            return all_checks
        wanted = set(self.checks)
        return [c for c in all_checks if c.id in wanted]

    def baseline_path(self) -> Path | None:
        """``baseline`` from a configuration file is relative to its folder;
        from the command line, to the current directory."""
        if not self.baseline:
            return None
        if self.origins.get("baseline") == "command line":
            return Path(self.baseline)
        return Path(self.base_dir) / self.baseline

    def severity_of(self, check) -> str:
        return self.severity.get(check.id, check.default_severity)

    def for_file(self, path: str) -> "Config":
        """The effective configuration for one policy file (per-file overrides
        applied, later entries win)."""
        matching = [pf for pf in self.per_file if _glob_match(path, pf["glob"])]
        if not matching:
            return self
        cfg = dataclasses.replace(self, severity=dict(self.severity), origins=dict(self.origins))
        for pf in matching:
            for key, value in pf.items():
                if key == "glob":
                    continue
                if key == "severity":
                    cfg.severity.update(value)
                else:
                    setattr(cfg, key, value)
                cfg.origins[key] = f"{self.source_file} [[per-file]] glob={pf['glob']!r}"
        return cfg

    def as_dict(self) -> dict[str, Any]:
        d = {}
        for f in dataclasses.fields(self):
            if f.name in ("source_file", "origins", "base_dir"):
                continue
            v = getattr(self, f.name)
            if f.name == "rule":
                v = [dataclasses.asdict(r) for r in v]
            d[f.name.replace("controller_names", "controller.names").replace("per_file", "per-file")] = v
        return d

    def sha256(self) -> str:
        """Hash of what decides outcomes (where reports are written does not)."""
        d = self.as_dict()
        d.pop("reports", None)
        return hashlib.sha256(json.dumps(d, sort_keys=True, default=str).encode()).hexdigest()

    def is_excluded(self, rel_path: str) -> bool:
        return any(_glob_match(rel_path, g) for g in self.exclude)

    def is_excluded_folder(self, rel_path: str) -> bool:
        """Whether an `exclude` entry covers the folder itself (``dir/`` globs
        match folders among a path's parents)."""
        return self.is_excluded(rel_path + "/-")

    def is_included(self, rel_path: str) -> bool:
        return any(_glob_match(rel_path, g) for g in self.include) and not self.is_excluded(rel_path)


@functools.lru_cache(maxsize=65536)
def _glob_match(path: str, pattern: str) -> bool:
    """A glob matches a path when it matches the whole relative path, or (for
    patterns without a slash) any single part of it; ``dir/`` matches a folder
    of that name anywhere in the path."""
    p = PurePosixPath(path.replace("\\", "/"))
    parts = [x for x in p.parts if x not in ("/", ".")]
    if pattern.endswith("/"):
        name = pattern.rstrip("/")
        return any(fnmatch.fnmatchcase(part, name) for part in parts[:-1])
    if "/" in pattern:
        pat = pattern[2:] if pattern.startswith("./") else pattern
        return any(fnmatch.fnmatchcase("/".join(parts[i:]), pat) for i in range(len(parts)))
    return bool(parts) and fnmatch.fnmatchcase(parts[-1], pattern)


def default_config() -> Config:
    return Config()


# -- validation -------------------------------------------------------------------

def _expect(cond: bool, where: str, key: str, expected: str, got: Any) -> None:
    if not cond:
        raise ConfigError(f"{where}: `{key}` must be {expected}, got {got!r}")


def _str_list(v: Any) -> bool:
    return isinstance(v, list) and all(isinstance(x, str) for x in v)


def _check_glob(where: str, key: str, g: str) -> None:
    if not g or "\x00" in g or g.count("[") != g.count("]"):
        raise ConfigError(f"{where}: `{key}` has a bad glob {g!r} (unbalanced brackets or empty)")


def _check_regex(where: str, key: str, pattern: str) -> None:
    import regex

    try:
        regex.compile(pattern)
    except regex.error as exc:
        raise ConfigError(f"{where}: `{key}` regex {pattern!r} does not compile: {exc}") from None


def parse_size(v: Any) -> int | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        return v if v > 0 else None
    if isinstance(v, str):
        m = _SIZE.match(v)
        if m:
            return int(float(m.group(1)) * _UNITS[(m.group(2) or "b").lower()])
    return None


def _validate_table(table: dict, where: str, known_checks: set[str], *, per_file: bool = False) -> dict:
    out: dict[str, Any] = {}
    allowed = set(_VALIDATORS) - ({"per-file", "rule", "paths", "reports", "baseline", "cache"} if per_file else set())
    if "rule" in table and not per_file:
        # rules first: `checks`, `severity` and [[per-file]] may name their ids
        out.update(_v_rule(table["rule"], where, known_checks))
        known_checks = set(known_checks) | {r.id for r in out["rule"]}
    for key, value in table.items():
        if key == "rule" and not per_file:
            continue
        if key not in allowed and not (per_file and key == "glob"):
            hint = "" if not per_file else " (allowed in [[per-file]]: glob, " + ", ".join(sorted(allowed)) + ")"
            raise ConfigError(f"{where}: unknown key `{key}`{hint}; known keys: {', '.join(sorted(_VALIDATORS))}")
        if key == "glob":
            _expect(isinstance(value, str), where, "per-file.glob", "a glob string", value)
            _check_glob(where, "per-file.glob", value)
            out["glob"] = value
            continue
        out.update(_VALIDATORS[key](value, where, known_checks))
    return out


def _v_paths(v, where, known):
    _expect(_str_list(v), where, "paths", "a list of paths (strings)", v)
    return {"paths": list(v)}


def _v_globs(key):
    def f(v, where, known):
        _expect(_str_list(v), where, key, "a list of glob strings", v)
        for g in v:
            _check_glob(where, key, g)
        return {key: list(v)}
    return f


def _v_checks(v, where, known):
    _expect(_str_list(v), where, "checks", "a list of check ids", v)
    for c in v:
        if c not in known:
            raise ConfigError(f"{where}: `checks` names an unknown check id {c!r}; registered: {', '.join(sorted(known))}")
    return {"checks": list(v)}


def _v_severity(v, where, known):
    _expect(isinstance(v, dict), where, "severity", 'a table of check id -> "error" or "warning"', v)
    for k, s in v.items():
        if k not in known:
            raise ConfigError(f"{where}: `severity` names an unknown check id {k!r}; registered: {', '.join(sorted(known))}")
        _expect(s in SEVERITIES, where, f"severity.{k}", '"error" or "warning"', s)
    return {"severity": dict(v)}


def _v_mode(v, where, known):
    _expect(v in MODES, where, "mode", '"strict" or "lenient"', v)
    return {"mode": v}


def _v_language(v, where, known):
    _expect(isinstance(v, str) and (v == "auto" or re.fullmatch(r"[a-z]{2,3}", v) is not None), where, "language", '"auto" or a language code such as "en"', v)
    return {"language": v}


def _v_controller(v, where, known):
    _expect(isinstance(v, dict), where, "controller", "a table with `names`", v)
    for k in v:
        if k != "names":
            raise ConfigError(f"{where}: unknown key `controller.{k}`; known: controller.names")
    names = v.get("names", [])
    _expect(_str_list(names), where, "controller.names", "a list of strings", names)
    return {"controller_names": list(names)}


def _v_per_file(v, where, known):
    _expect(isinstance(v, list) and all(isinstance(x, dict) for x in v), where, "per-file", "an array of tables ([[tool.privacylint.per-file]])", v)
    out = []
    for i, entry in enumerate(v):
        w = f"{where} [[per-file]] #{i + 1}"
        if "glob" not in entry:
            raise ConfigError(f"{w}: `glob` is required")
        out.append(_validate_table(entry, w, known, per_file=True))
    return {"per_file": out}


def _v_rule(v, where, known):
    _expect(isinstance(v, list) and all(isinstance(x, dict) for x in v), where, "rule", "an array of tables ([[tool.privacylint.rule]])", v)
    rules = []
    for i, r in enumerate(v):
        w = f"{where} [[rule]] #{i + 1}"
        for k in r:
            if k not in ("id", "message", "require", "near", "window", "severity"):
                raise ConfigError(f"{w}: unknown key `{k}`; known: id, message, require, near, window, severity")
        rid = r.get("id")
        _expect(isinstance(rid, str) and re.fullmatch(r"[a-z][a-z0-9-]*", rid or "") is not None, w, "id", "a lower-case id such as \"dpo-contact\"", rid)
        if rid in known:
            raise ConfigError(f"{w}: `id` {rid!r} is already a registered check")
        if any(x.id == rid for x in rules):
            raise ConfigError(f"{w}: `id` {rid!r} is used by an earlier [[rule]]")
        _expect(isinstance(r.get("message"), str), w, "message", "a string", r.get("message"))
        req = r.get("require")
        _expect(_str_list(req) and bool(req), w, "require", "a non-empty list of regexes", req)
        near = r.get("near", [])
        _expect(_str_list(near), w, "near", "a list of regexes", near)
        for p in list(req) + list(near):
            _check_regex(w, "require/near", p)
        window = r.get("window", "sentence")
        _expect(window in ("sentence", "paragraph"), w, "window", '"sentence" or "paragraph"', window)
        sev = r.get("severity", "error")
        _expect(sev in SEVERITIES, w, "severity", '"error" or "warning"', sev)
        rules.append(Rule(rid, r["message"], tuple(req), tuple(near), window, sev))
    return {"rule": rules}


def _v_bool(key):
    def f(v, where, known):
        _expect(isinstance(v, bool), where, key, "true or false", v)
        return {key: v}
    return f


def _v_baseline(v, where, known):
    _expect(isinstance(v, str) and v != "", where, "baseline", "a path", v)
    return {"baseline": v}


def _v_size(v, where, known):
    n = parse_size(v)
    _expect(n is not None, where, "max_file_size", 'a size such as "20MB" or a number of bytes', v)
    return {"max_file_size": n}


def _v_timeout(v, where, known):
    _expect(isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0, where, "regex_timeout", "a positive number of seconds", v)
    return {"regex_timeout": float(v)}


def _v_reports(v, where, known):
    _expect(_str_list(v), where, "reports", 'a list of "format:path" strings', v)
    for r in v:
        parse_report_spec(r, f"{where}: `reports`")
    return {"reports": list(v)}


def parse_report_spec(spec: str, where: str = "--privacy-report") -> tuple[str, str]:
    fmt, sep, path = spec.partition(":")
    if not sep or fmt not in REPORT_FORMATS or not path:
        raise ConfigError(f"{where} entry {spec!r} must be FORMAT:FILE with FORMAT one of {', '.join(REPORT_FORMATS)}")
    return fmt, path


_VALIDATORS = {
    "paths": _v_paths,
    "include": _v_globs("include"),
    "exclude": _v_globs("exclude"),
    "checks": _v_checks,
    "severity": _v_severity,
    "mode": _v_mode,
    "language": _v_language,
    "controller": _v_controller,
    "per-file": _v_per_file,
    "rule": _v_rule,
    "suppressions": _v_bool("suppressions"),
    "baseline": _v_baseline,
    "max_file_size": _v_size,
    "follow_symlinks": _v_bool("follow_symlinks"),
    "regex_timeout": _v_timeout,
    "cache": _v_bool("cache"),
    "reports": _v_reports,
}


# -- discovery ---------------------------------------------------------------------

def read_toml_table(path: Path) -> dict | None:
    """The privacylint table of a pyproject.toml / privacylint.toml, or None."""
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the configuration file: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        return data.get("tool", {}).get("privacylint")
    if "tool" in data and "privacylint" in data["tool"]:
        return data["tool"]["privacylint"]
    return data


def find_config_file(explicit: str | None, inifile: str | os.PathLike | None, cwd: Path) -> Path | None:
    """config.md's discovery order: --privacy-config, pytest's inifile when it
    is a pyproject with [tool.privacylint], the nearest such pyproject above cwd."""
    if explicit:
        p = Path(explicit)
        if not p.is_file():
            raise ConfigError(f"--privacy-config: {explicit} does not exist or is not a file")
        return p
    if inifile:
        p = Path(inifile)
        if p.name == "pyproject.toml" and p.is_file() and read_toml_table(p) is not None:
            return p
    for d in [cwd, *cwd.parents]:
        p = d / "pyproject.toml"
        if p.is_file() and read_toml_table(p) is not None:
            return p
    return None


def load_config(path: Path | None, known_checks: set[str] | None = None, overrides: dict | None = None) -> Config:
    """Build the effective configuration; ``overrides`` come from the command line."""
    if known_checks is None:
        from ._registry import default_checks

        known_checks = {c.id for c in default_checks()}
    cfg = Config()
    origins = {f.name: "default" for f in dataclasses.fields(Config) if f.name not in ("source_file", "origins", "base_dir")}
    if path is not None:
        table = read_toml_table(path)
        if table is None:
            table = {}
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: [tool.privacylint] must be a table")
        where = f"{path} [tool.privacylint]" if path.name == "pyproject.toml" else str(path)
        values = _validate_table(table, where, known_checks)
        for k, v in values.items():
            setattr(cfg, k, v)
            origins[k] = str(path)
        cfg.source_file = str(path)
        cfg.base_dir = str(path.parent)
    for k, v in (overrides or {}).items():
        if v is None:
            continue
        setattr(cfg, k, v)
        origins[k] = "command line"
    cfg.origins = origins
    return cfg
