"""The hooks a third party implements to add checks.

A package adds checks by exposing a module with a ``privacylint_checks``
implementation under the ``privacylint.checks`` entry-point group::

    [project.entry-points."privacylint.checks"]
    acme = "acme_privacy_checks"

The library's own :class:`pluggy.PluginManager` (project name
``"privacylint"``) loads that group, so ``lint_path`` finds the same checks
with or without pytest. The built-in checks register through the same hook.
"""
from __future__ import annotations

import pluggy

hookspec = pluggy.HookspecMarker("privacylint")
hookimpl = pluggy.HookimplMarker("privacylint")


@hookspec
def privacylint_checks():
    """Called once, when the check registry is built.

    Return a list of :class:`pytest_privacylint.Check` objects (for a check
    written as a module, ``Check.from_module(module)``). Check ids must be
    unique across all plugins; a duplicate id is a usage error.
    """


class PytestBridge:
    """The same hook declared for pytest's plugin manager (added through
    ``pytest_addhooks``), so a ``conftest.py`` or a pytest plugin can also add
    checks to a pytest run. pytest only sees hooks named ``pytest_*``, hence
    the prefix."""

    @pluggy.HookspecMarker("pytest")
    def pytest_privacylint_checks(self):
        """Called once per pytest run with ``--privacy``, after the library's
        own registry; return a list of Check objects."""
