"""Accuracy regression gate: the plugin on the labelled dev corpus
(../shared/corpus/dev, beside the project) must not score below the target
nor below the figures recorded in tests/accuracy_floor.json."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import CHECK_IDS, SHARED
from pytest_privacylint._evaluate import Score

DEV = SHARED / "corpus" / "dev"
FLOOR = json.loads((Path(__file__).parent / "accuracy_floor.json").read_text(encoding="utf-8"))
TARGET_EN_F1 = 0.90

pytestmark = pytest.mark.skipif(not (DEV / "labels.json").exists(), reason=f"dev corpus not found at {DEV}")


@pytest.fixture(scope="module")
def scores(tmp_path_factory) -> dict:
    import subprocess
    import sys

    out = tmp_path_factory.mktemp("gate") / "dev.json"
    subprocess.run([sys.executable, "-m", "pytest", "--privacy", str(DEV / "policies"), "-q", "--tb=no",
                    "-p", "no:cacheprovider", "-p", "no:randomly", f"--privacy-report=json:{out}"],
                   cwd=out.parent, capture_output=True, text=True, timeout=600)
    report = json.loads(out.read_text(encoding="utf-8"))
    labels = json.loads((DEV / "labels.json").read_text(encoding="utf-8"))["policies"]
    by_name = {Path(f["path"]).name: f for f in report["files"]}
    table: dict[tuple[str, str], Score] = {}
    for name, lab in labels.items():
        f = by_name[name]
        group = "en" if lab.get("language") == "en" else "other"
        for cid in CHECK_IDS:
            got = next(c for c in f["checks"] if c["id"] == cid)
            s = table.setdefault((cid, group), Score())
            s.add(lab[cid]["label"] == "FAIL", got["outcome"] != "pass", got["outcome"] not in ("pass", "fail"))
    return table


@pytest.mark.parametrize("check_id", CHECK_IDS)
def test_english_dev_accuracy(scores, check_id):
    s = scores[(check_id, "en")]
    floor = FLOOR["en"][check_id]
    assert s.f1 >= TARGET_EN_F1, f"{check_id}: English F1 {s.f1:.3f} below the target {TARGET_EN_F1}"
    assert s.f1 >= floor["f1"] - 1e-9 and s.mcc >= floor["mcc"] - 1e-9, (
        f"{check_id}: English F1 {s.f1:.3f} / MCC {s.mcc:.3f} below the recorded {floor}")


@pytest.mark.parametrize("check_id", CHECK_IDS)
def test_other_languages_do_not_regress(scores, check_id):
    s = scores[(check_id, "other")]
    floor = FLOOR["other"][check_id]
    assert s.f1 >= floor["f1"] - 1e-9, f"{check_id}: non-English F1 {s.f1:.3f} below the recorded {floor}"
