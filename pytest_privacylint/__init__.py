"""pytest-privacylint: lint privacy policies for required disclosures.

The library API (the pytest plugin is a thin layer over it)::

    from pytest_privacylint import lint_path, lint_text
    result = lint_path("policies/privacy.md")
    for check in result.checks:
        print(check.id, check.outcome, check.message)

Results are plain, picklable dataclasses, so ``lint_path`` can be mapped
over a corpus with multiprocessing or Dask.
"""
__version__ = "0.1.0"

from ._check import Check, CheckContext  # noqa: E402
from ._config import Config, ConfigError, load_config  # noqa: E402
from ._document import Document  # noqa: E402
from ._engine import lint_document, lint_path, lint_text  # noqa: E402
from ._registry import default_checks  # noqa: E402
from ._results import CheckResult, Decision, Evidence, FileResult  # noqa: E402
from .hookspecs import hookimpl  # noqa: E402

__all__ = [
    "Check",
    "CheckContext",
    "CheckResult",
    "Config",
    "ConfigError",
    "Decision",
    "Document",
    "Evidence",
    "FileResult",
    "default_checks",
    "hookimpl",
    "lint_document",
    "lint_path",
    "lint_text",
    "load_config",
]
