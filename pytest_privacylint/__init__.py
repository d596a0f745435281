"""pytest-privacylint: lint privacy policies for required disclosures.

The library API (the pytest plugin is a thin layer over it)::

    from pytest_privacylint import lint_path, lint_text
    result = lint_path("policies/privacy.md")
    for check in result.checks:
        print(check.id, check.outcome, check.message)

Results are plain, picklable dataclasses, so ``lint_path`` can be mapped
over a corpus with multiprocessing or Dask.

Names are imported lazily: pytest imports this package for its plugin in
every run, and a run without ``--privacy`` must not load the engine.
"""
from __future__ import annotations

import importlib

__version__ = "0.1.0"

_EXPORTS = {
    "Check": "._check",
    "CheckContext": "._check",
    "CheckResult": "._results",
    "Candidate": "._results",
    "Config": "._config",
    "ConfigError": "._config",
    "Decision": "._results",
    "Document": "._document",
    "Evidence": "._results",
    "FileResult": "._results",
    "default_checks": "._registry",
    "hookimpl": ".hookspecs",
    "lint_document": "._engine",
    "lint_path": "._engine",
    "lint_text": "._engine",
    "load_config": "._config",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'pytest_privacylint' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(list(globals()) + __all__)
