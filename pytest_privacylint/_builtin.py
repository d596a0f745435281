"""The five built-in checks, registered through the public hook."""
from __future__ import annotations

from ._check import Check
from .hookspecs import hookimpl


@hookimpl
def privacylint_checks():
    from .checks import (
        child_data_stance,
        controller_identity,
        opt_out_path,
        retention_limit,
        third_party_list,
    )

    return [
        Check.from_module(m)
        for m in (controller_identity, retention_limit, opt_out_path, third_party_list, child_data_stance)
    ]
