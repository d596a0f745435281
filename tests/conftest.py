from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"
CHECK_IDS = ["controller-identity", "retention-limit", "opt-out-path", "third-party-list", "child-data-stance"]


@pytest.fixture
def seeds(pytester: pytest.Pytester) -> Path:
    """The five seed policies copied into the pytester folder."""
    d = pytester.path / "policies"
    d.mkdir()
    for p in (FIXTURES / "seeds").glob("*.txt"):
        shutil.copy(p, d / p.name)
    return d
