"""Report writers. Each format is a module here with
``write(path: str, report: dict, ctx: ReportContext) -> None``; ``report`` is
the JSON report (report-json.md) of the run, the one source every format is
built from, so all reports agree."""
from __future__ import annotations

import importlib
import os
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class ReportContext:
    """What a writer may need beyond the JSON report."""

    checks: list = field(default_factory=list)  # the enabled Check objects, registry order
    rootdir: Path = Path(".")  # pytest's rootdir: JSON paths inside it are relative to it
    invocation_dir: Path = Path(".")  # where pytest was started: other JSON paths are relative to it
    config: object = None  # the effective pytest_privacylint Config

    def source_path(self, report_path: str) -> Path:
        """The file on disk behind a JSON ``path``."""
        p = Path(report_path)
        if p.is_absolute():
            return p
        inside = self.rootdir / p
        if inside.exists():
            return inside
        return self.invocation_dir / p

    def repo_root(self, path: Path) -> Path:
        """The git work tree holding ``path``, else the rootdir (SARIF uris)."""
        for d in [path.resolve().parent, *path.resolve().parents]:
            if (d / ".git").exists():
                return d
        return self.rootdir.resolve()


def writer(fmt: str):
    """The module writing format ``fmt`` (json, sarif, html)."""
    return importlib.import_module(f"{__name__}.{fmt}")


def write(fmt: str, path: str, report: dict, ctx: ReportContext) -> None:
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    writer(fmt).write(path, report, ctx)
