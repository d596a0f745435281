"""Accuracy regression gate: the plugin on the labelled dev corpus
(../shared/corpus/dev, beside the project) must not score below the target
nor below the figures recorded in tests/accuracy_floor.json; on the
spec-written policies in fixtures/holdout, holdout2, holdout3, holdout4
and holdout5 (each written from the spec alone by someone who had not
seen the checks; each was measured once as the honest estimate, and tuned on
since: holdout2, holdout3 and holdout4 for every error their first runs
showed, holdout5 for those whose phrasing generalises, see their READMEs;
holdout4 and holdout5 also hold de/fr/es/pt/it/nl policies) it must not
score below the recorded figures.

Other languages: the policies in a language with vocabularies (de, fr, es,
pt, it, nl) are scored together ("other") against the issue's target and the
recorded floors. Cells a check skipped (a language without vocabulary, e.g.
the corpus's Czech and Japanese policies) are reported apart from the F1
figures: they must carry the reason, and are not counted as predictions."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import CHECK_IDS, FIXTURES, SHARED
from pytest_privacylint._evaluate import Score

DEV = SHARED / "corpus" / "dev"
FLOOR = json.loads((Path(__file__).parent / "accuracy_floor.json").read_text(encoding="utf-8"))
TARGET_EN_F1 = 0.90
TARGET_OTHER_F1 = 0.85  # issue 6: every check on the de/fr/es/pt/it/nl dev policies together

# the held-out sets (fixtures/NAME) and the language groups each is scored in
HOLDOUT_SETS = {"holdout": ("en",), "holdout2": ("en",), "holdout3": ("en",), "holdout4": ("en", "other"), "holdout5": ("en", "other")}
needs_dev = pytest.mark.skipif(not (DEV / "labels.json").exists(), reason=f"dev corpus not found at {DEV}")


def run_and_score(policies, labels_path, out) -> dict:
    """Run the plugin on a folder, score its JSON report against the labels
    per check, English apart from other languages."""
    import subprocess
    import sys

    subprocess.run([sys.executable, "-m", "pytest", "--privacy", str(policies), "-q", "--tb=no",
                    "-p", "no:cacheprovider", f"--privacy-report=json:{out}"],
                   cwd=out.parent, capture_output=True, text=True, timeout=600)
    report = json.loads(out.read_text(encoding="utf-8"))
    labels = json.loads(labels_path.read_text(encoding="utf-8"))["policies"]
    by_name = {Path(f["path"]).name: f for f in report["files"]}
    table: dict = {"skipped": []}
    for name, lab in labels.items():
        f = by_name[name]
        group = "en" if lab.get("language", "en") == "en" else "other"
        for cid in CHECK_IDS:
            got = next(c for c in f["checks"] if c["id"] == cid)
            if got["outcome"] == "skipped":  # reported apart, not a prediction
                table["skipped"].append((name, lab.get("language"), cid, got.get("reason") or ""))
                continue
            s = table.setdefault((cid, group), Score())
            s.add(lab[cid]["label"] == "FAIL", got["outcome"] != "pass", got["outcome"] not in ("pass", "fail"))
    return table


@pytest.fixture(scope="module")
def scores(tmp_path_factory) -> dict:
    return run_and_score(DEV / "policies", DEV / "labels.json", tmp_path_factory.mktemp("gate") / "dev.json")


@pytest.fixture(scope="module")
def holdout_scores(tmp_path_factory):
    """The scores of one held-out set, run once per set."""
    cache: dict[str, dict] = {}

    def scores_of(name: str) -> dict:
        if name not in cache:
            folder = FIXTURES / name
            cache[name] = run_and_score(folder, folder / "labels.json", tmp_path_factory.mktemp("gate") / f"{name}.json")
        return cache[name]

    return scores_of


@pytest.mark.parametrize("name,group", [(name, group) for name, groups in HOLDOUT_SETS.items() for group in groups])
@pytest.mark.parametrize("check_id", CHECK_IDS)
def test_holdout_accuracy_does_not_regress(holdout_scores, name, group, check_id):
    s = holdout_scores(name)[(check_id, group)]
    floor = FLOOR[name][group][check_id]
    assert s.f1 >= floor["f1"] - 1e-9, f"{check_id} ({group}): {name} F1 {s.f1:.3f} below the recorded {floor}"


@needs_dev
@pytest.mark.parametrize("check_id", CHECK_IDS)
def test_english_dev_accuracy(scores, check_id):
    s = scores[(check_id, "en")]
    floor = FLOOR["en"][check_id]
    assert s.f1 >= TARGET_EN_F1, f"{check_id}: English F1 {s.f1:.3f} below the target {TARGET_EN_F1}"
    assert s.f1 >= floor["f1"] - 1e-9 and s.mcc >= floor["mcc"] - 1e-9, (
        f"{check_id}: English F1 {s.f1:.3f} / MCC {s.mcc:.3f} below the recorded {floor}")


@needs_dev
@pytest.mark.parametrize("check_id", CHECK_IDS)
def test_other_languages_do_not_regress(scores, check_id):
    s = scores[(check_id, "other")]
    floor = FLOOR["other"][check_id]
    assert s.f1 >= TARGET_OTHER_F1, f"{check_id}: de/fr/es/pt/it/nl F1 {s.f1:.3f} below the target {TARGET_OTHER_F1}"
    assert s.f1 >= floor["f1"] - 1e-9, f"{check_id}: non-English F1 {s.f1:.3f} below the recorded {floor}"


@needs_dev
def test_skipped_cells_are_reported_apart(scores, record_property):
    """Skipped cells are not F1 figures: each is a language without
    vocabulary, with the reason; their count is recorded (and printed with -rA)."""
    from pytest_privacylint.checks import controller_identity

    skipped = scores["skipped"]
    by_lang: dict[str, int] = {}
    for name, lang, cid, reason in skipped:
        assert lang not in controller_identity.LANGUAGES, f"{name} {cid}: skipped in a supported language ({reason})"
        assert f"vocabulary for language {lang!r}" in reason, f"{name} {cid}: skipped without the language reason: {reason!r}"
        by_lang[lang] = by_lang.get(lang, 0) + 1
    record_property("skipped_cells", by_lang)
    print(f"skipped cells apart from the F1 figures: {by_lang or 'none'}")
    assert set(by_lang) <= set(FLOOR.get("skipped_languages", [])), (
        f"skipped cells in {sorted(by_lang)}; expected only {FLOOR.get('skipped_languages')}")
