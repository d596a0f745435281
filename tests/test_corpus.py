"""Corpus runs through the library API: serial and on a Dask LocalCluster
give the same results (docs/scale.md)."""
from __future__ import annotations

import os

import pytest

from conftest import FIXTURES

from pytest_privacylint.corpus import lint_paths, report
from pytest_privacylint.reports.json import dumps


def _corpus():
    files = sorted(p for p in (FIXTURES / "holdout").iterdir() if p.suffix in (".md", ".txt", ".html"))
    return files + sorted((FIXTURES / "seeds").glob("*.txt"))


def test_serial_corpus_run_matches_lint_path_per_file():
    files = _corpus()
    results = lint_paths(files, root=FIXTURES, batch=7)
    assert [r.path for r in results] == [p.relative_to(FIXTURES).as_posix() for p in files]
    rep = report(results)
    assert rep["summary"]["files"] == len(files) and rep["selection"] == "complete"


def test_dask_local_cluster_gives_the_serial_report():
    distributed = pytest.importorskip("distributed") if os.environ.get("CI") != "true" else __import__("distributed")
    files = _corpus()
    serial = dumps(report(lint_paths(files, root=FIXTURES)))
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with distributed.Client(cluster) as client:
            results = lint_paths(files, client=client, root=FIXTURES, batch=5)
    assert dumps(report(results)) == serial
