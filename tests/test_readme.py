"""The README's configuration example is valid and documents every option."""
from __future__ import annotations

import re

from conftest import ROOT, SHARED

import pytest

from pytest_privacylint._config import load_config

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    start = README.index(title)
    nxt = README.find("\n## ", start + 1)
    return README[start: nxt if nxt > 0 else None]


def test_configuration_example_loads(tmp_path):
    block = re.search(r"```toml\n(.*?)```", _section("## Configuration"), re.S).group(1)
    (tmp_path / "pyproject.toml").write_text(block)
    cfg = load_config(tmp_path / "pyproject.toml")
    assert cfg.mode == "strict" and cfg.rule[0].id == "dpo-contact"
    assert cfg.for_file("policies/legacy/old.html").mode == "lenient"
    assert cfg.baseline_path() == tmp_path / "ci" / "privacy-baseline.toml"


def test_every_option_of_the_spec_is_documented():
    spec = SHARED / "spec" / "config.md"
    if not spec.exists():
        pytest.skip("shared spec not beside the checkout")
    keys = re.findall(r"^\| ([a-z_.-]+) \|", spec.read_text(encoding="utf-8"), re.M)
    keys = [k for k in keys if k != "key"]
    assert len(keys) >= 17
    table = _section("## Configuration")
    missing = [k for k in keys if f"| `{k}` |" not in table]
    assert missing == []
