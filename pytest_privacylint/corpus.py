"""Lint a corpus of policies outside pytest: serially, or on a Dask cluster.

For audits of thousands of policies (docs/scale.md)::

    from distributed import Client, LocalCluster
    from pytest_privacylint.corpus import lint_paths, report

    with Client(LocalCluster(n_workers=2, processes=True)) as client:
        results = lint_paths(paths, client=client, root="corpus/")
    json_report = report(results)

Dask schedules the work (files go in batches, one task per batch); results
are plain picklable objects and come back in the order of ``paths``, so a
report built from a cluster run is byte for byte the serial one.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

from ._config import Config, default_config
from ._engine import lint_path
from ._results import FileResult


def _shown(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return Path(os.path.abspath(path)).relative_to(os.path.abspath(root)).as_posix()
        except ValueError:
            pass
    return Path(path).as_posix()


def _lint_batch(batch: list[tuple[str, str]], config: Config) -> list[FileResult]:
    return [lint_path(p, config, display_path=shown) for p, shown in batch]


def lint_paths(paths: Iterable[str | os.PathLike], config: Config | None = None, *, client=None,
               batch: int = 64, root: str | os.PathLike | None = None) -> list[FileResult]:
    """Lint every file in ``paths`` (in that order). With ``client`` (a
    ``distributed.Client``) the batches run on its workers; without, here.
    Report paths are relative to ``root`` when given."""
    cfg = config or default_config()
    root_path = Path(root) if root is not None else None
    items = [(os.fspath(p), _shown(Path(p), root_path)) for p in paths]
    batches = [items[i:i + batch] for i in range(0, len(items), max(1, batch))]
    if client is None:
        chunks = [_lint_batch(b, cfg) for b in batches]
    else:
        cfg_future = client.scatter(cfg, broadcast=True)
        chunks = client.gather(client.map(_lint_batch, batches, config=cfg_future, pure=False))
    return [r for chunk in chunks for r in chunk]


def report(results: list[FileResult], config: Config | None = None, checks=None) -> dict:
    """The JSON report (report-json.md) of a corpus run."""
    from .reports import json as json_report

    cfg = config or default_config()
    checks = list(checks) if checks is not None else cfg.enabled_checks()
    return json_report.build([r.to_json() for r in results], mode=cfg.mode, config_sha256=cfg.sha256(),
                             checks=checks, selection="complete")
