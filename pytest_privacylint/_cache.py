"""Results cache (config.md ``cache``), modelled on black's.

One small JSON file per policy file under pytest's cache folder
(``.pytest_cache/d/privacylint``), named by a key of the file's path, the
path shown in reports, the tool and check versions, a fingerprint of the
installed code and the file's effective configuration. An entry holds the
file's size, mtime and content hash: same size and mtime is a hit; otherwise
the content hash decides. A hit gives back the full result, so it is reported
exactly as a fresh run would report it. Results holding an error are never
stored. Entries are written to a temporary name and renamed into place, so
xdist workers never read a half-written entry.
"""
from __future__ import annotations

import functools
import hashlib
import json
import os
from pathlib import Path

from . import __version__
from ._results import CheckResult, Evidence, FileResult


@functools.lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Size and mtime of every module of the installed tool and its checks:
    an edited check (an editable install) never reuses old results."""
    here = Path(__file__).resolve().parent
    from . import checks

    folders = {here, Path(checks.__file__).resolve().parent}
    h = hashlib.sha256(__version__.encode())
    for folder in sorted(folders):
        for p in sorted(folder.rglob("*.py")):
            st = p.stat()
            h.update(f"{p.name}:{st.st_size}:{st.st_mtime_ns};".encode())
    return h.hexdigest()


def _source_stamp(func) -> str:
    """Size and mtime of the file defining a check's decide function (checks
    from conftest.py files and third-party packages)."""
    try:
        st = os.stat(func.__code__.co_filename)
    except (AttributeError, OSError):
        return ""
    return f"{st.st_size}:{st.st_mtime_ns}"


def to_dict(fr: FileResult) -> dict:
    """Every field of the result, in JSON types (``from_dict`` reverses it)."""
    return {**fr.meta_json(), "checks": [
        {**c.to_json(), "hint": c.hint, "context": list(c.context),
         "explain": [dict(x, evidence=x["evidence"].to_json()) for x in c.explain]}
        for c in fr.checks
    ]}


def from_dict(d: dict) -> FileResult:
    checks = []
    for c in d["checks"]:
        c = dict(c)
        c["evidence"] = [Evidence(**e) for e in c["evidence"]]
        c["explain"] = [dict(x, evidence=Evidence(**x["evidence"])) for x in c["explain"]]
        checks.append(CheckResult(**c))
    return FileResult(**dict(d, checks=checks))


class ResultCache:
    def __init__(self, folder: Path, checks):
        self.folder = folder
        versions = ";".join(f"{c.id}={c.version}@{_source_stamp(c.decide)}" for c in checks)
        self.salt = f"{__version__}|{versions}|{code_fingerprint()}"
        self.hits = 0

    def _entry(self, path: Path, shown: str, config_sha: str) -> Path:
        key = hashlib.sha256(f"{path.resolve()}\0{shown}\0{config_sha}\0{self.salt}".encode()).hexdigest()[:40]
        return self.folder / f"{key}.json"

    def get(self, path: Path, shown: str, config_sha: str) -> FileResult | None:
        entry = self._entry(path, shown, config_sha)
        try:
            data = json.loads(entry.read_text(encoding="utf-8"))
            st = path.stat()
            if (data["size"], data["mtime_ns"]) != (st.st_size, st.st_mtime_ns):
                if st.st_size != data["size"] or hashlib.sha256(path.read_bytes()).hexdigest() != data["sha256"]:
                    return None
            result = from_dict(data["result"])
        except (OSError, ValueError, KeyError, TypeError):
            return None
        self.hits += 1
        return result

    def put(self, path: Path, shown: str, config_sha: str, result: FileResult) -> None:
        if not result.sha256 or any(c.outcome == "error" for c in result.checks):
            return
        try:
            st = path.stat()
            body = json.dumps({"size": st.st_size, "mtime_ns": st.st_mtime_ns, "sha256": result.sha256,
                               "result": to_dict(result)}, ensure_ascii=False)
            self.folder.mkdir(parents=True, exist_ok=True)
            entry = self._entry(path, shown, config_sha)
            tmp = entry.with_name(f"{entry.name}.{os.getpid()}.tmp")
            tmp.write_text(body, encoding="utf-8")
            os.replace(tmp, entry)
        except OSError:
            pass  # a cache that cannot be written only costs time
