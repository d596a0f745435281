"""The check registry: PluginManager("privacylint") with the built-ins and
every plugin of the ``privacylint.checks`` entry-point group."""
from __future__ import annotations

import functools

import pluggy

from . import hookspecs
from ._check import Check

ENTRY_POINT_GROUP = "privacylint.checks"


class RegistryError(Exception):
    """Checks could not be registered (duplicate id, bad plugin)."""


def make_plugin_manager(extra_plugins=()) -> pluggy.PluginManager:
    from . import _builtin

    pm = pluggy.PluginManager("privacylint")
    pm.add_hookspecs(hookspecs)
    pm.register(_builtin, name="privacylint-builtin")
    pm.load_setuptools_entrypoints(ENTRY_POINT_GROUP)
    for plugin in extra_plugins:
        if not pm.is_registered(plugin):
            pm.register(plugin)
    return pm


def collect_checks(pm: pluggy.PluginManager) -> list[Check]:
    """All registered checks, built-ins first, in registration order."""
    checks: list[Check] = []
    seen: dict[str, Check] = {}
    # pluggy calls the last registered first: reverse to keep registration order
    for result in reversed(pm.hook.privacylint_checks()):
        for check in result or ():
            if not (isinstance(check, Check) or (hasattr(check, "id") and callable(getattr(check, "decide", None)))):
                raise RegistryError(f"a privacylint_checks hook returned {check!r}, not a pytest_privacylint.Check")
            if check.id in seen:
                raise RegistryError(f"two checks share the id {check.id!r}")
            seen[check.id] = check
            checks.append(check)
    return checks


@functools.lru_cache(maxsize=1)
def default_checks() -> tuple[Check, ...]:
    return tuple(collect_checks(make_plugin_manager()))
