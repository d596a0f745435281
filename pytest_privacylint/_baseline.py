"""The baseline: accepted failures, reviewed in pull requests (outcomes.md).

A baseline file (TOML or JSON, chosen by its extension) records each accepted
failure by file, check and a fingerprint of its normalised evidence quotes,
never by line number, so edits elsewhere in the policy keep it recorded.
Paths are relative to the baseline file's own folder. A recorded failure is
XFAIL ("baselined"); a new one fails; an entry that no longer fails is stale.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from ._config import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

VERSION = 1
_HEADER = (
    "# privacylint baseline: accepted failures of privacy-policy checks.\n"
    "# Review changes to this file like code. Paths are relative to this file's folder;\n"
    "# entries match by check and evidence fingerprint, not by line.\n"
    "# Rewrite it with: pytest --privacy --privacy-baseline=FILE --privacy-baseline-update\n"
)


def normalise(quote: str) -> str:
    return " ".join(quote.casefold().split())


def fingerprint(check: dict) -> str:
    """Of a check result in JSON form: its normalised evidence quotes."""
    quotes = "\n".join(normalise(e["quote"]) for e in check.get("evidence", ()))
    return hashlib.sha256(quotes.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Entry:
    path: str  # relative to the baseline's folder, forward slashes
    check: str
    fingerprint: str
    message: str = ""  # for the reviewer; not used to match

    def as_dict(self) -> dict:
        return {"path": self.path, "check": self.check, "fingerprint": self.fingerprint, "message": self.message}


class Baseline:
    def __init__(self, path: Path, entries: list[Entry]):
        self.path = path
        self.folder = path.resolve().parent
        self.entries = entries
        self._keys = {(e.path, e.check, e.fingerprint) for e in entries}

    @classmethod
    def load(cls, path: str | os.PathLike, *, missing_ok: bool = False) -> "Baseline":
        p = Path(path)
        if not p.exists():
            if missing_ok:
                return cls(p, [])
            raise ConfigError(f"baseline {p}: no such file (create it with --privacy-baseline-update)")
        try:
            raw = p.read_bytes()
            data = json.loads(raw) if p.suffix.lower() == ".json" else tomllib.loads(raw.decode("utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise ConfigError(f"baseline {p}: cannot be read: {exc}") from None
        items = data.get("failure", []) if isinstance(data, dict) else None
        if not isinstance(items, list):
            raise ConfigError(f"baseline {p}: expected a list `failure` of tables with path, check and fingerprint")
        entries = []
        for i, item in enumerate(items):
            if not (isinstance(item, dict) and all(isinstance(item.get(k), str) for k in ("path", "check", "fingerprint"))):
                raise ConfigError(f"baseline {p}: failure #{i + 1} needs string keys path, check and fingerprint")
            entries.append(Entry(item["path"], item["check"], item["fingerprint"], str(item.get("message", ""))))
        return cls(p, entries)

    def key(self, file_path: str | os.PathLike) -> str:
        """The baseline's name for a policy file."""
        return Path(os.path.relpath(Path(file_path).resolve(), self.folder)).as_posix()

    def has(self, key: str, check: str, fp: str) -> bool:
        return (key, check, fp) in self._keys

    def stale(self, failing: dict[tuple[str, str], set[str]]) -> list[Entry]:
        """Entries that no longer fail. ``failing`` maps (key, check) of every
        check that ran in this session to the fingerprints that failed; an
        entry whose file is gone from disk is stale too."""
        out = []
        for e in self.entries:
            ran = failing.get((e.path, e.check))
            if ran is not None and e.fingerprint not in ran:
                out.append(e)
            elif ran is None and not (self.folder / e.path).exists():
                out.append(e)
        return out

    def updated(self, failing_entries: list[Entry], ran: set[tuple[str, str]]) -> list[Entry]:
        """The rewritten list: entries of checks that did not run are kept,
        the failures of this session replace the rest."""
        kept = [e for e in self.entries if (e.path, e.check) not in ran and (self.folder / e.path).exists()]
        merged = {(e.path, e.check, e.fingerprint): e for e in kept + failing_entries}
        return sorted(merged.values(), key=lambda e: (e.path, e.check, e.fingerprint))

    def write(self, entries: list[Entry]) -> None:
        if self.path.suffix.lower() == ".json":
            body = json.dumps({"version": VERSION, "failure": [e.as_dict() for e in entries]}, indent=2, ensure_ascii=False) + "\n"
        else:
            parts = [_HEADER, f"version = {VERSION}\n"]
            for e in entries:
                parts.append("\n[[failure]]\n")
                for k, v in e.as_dict().items():
                    parts.append(f"{k} = {_toml_str(v)}\n")
            body = "".join(parts)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + f".tmp{os.getpid()}")
        tmp.write_text(body, encoding="utf-8", newline="\n")
        os.replace(tmp, self.path)


def _toml_str(s: str) -> str:
    """A TOML basic string (JSON's escapes are valid TOML escapes, except
    that TOML has no ``\\/``, which json.dumps never writes)."""
    return json.dumps(s, ensure_ascii=False).replace("\x7f", "\\u007f")
