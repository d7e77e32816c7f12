"""The extraction floor on the shared, hand-annotated corpus (../shared/eval beside the repo).

Holds what issue #2 and #3 promise: the scorer's own figures, not a copy of its logic.
"""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from naravard.pipeline import build

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS, GOLD = SHARED / "corpus", SHARED / "eval" / "gold"


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    if not (CORPUS.is_dir() and GOLD.is_dir()):
        pytest.skip("../shared/corpus and ../shared/eval are not beside the repo")
    out = tmp_path_factory.mktemp("eval")
    build([CORPUS], out)
    result = out / "score.json"
    subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(out / "graph.ttl"), "--gold", str(GOLD),
                    "--json", str(result)], check=True, capture_output=True)
    return json.loads(result.read_text(encoding="utf-8"))


def test_entity_and_relation_f1_hold_the_targets(report):
    assert report["entities"]["ALL"]["f1"] >= 0.95
    assert report["relations"]["ALL"]["f1"] >= 0.85


def test_canonical_labels_are_the_names_as_written(report):
    assert report["canonical_label_exact"] >= 0.95


def test_every_entity_type_holds(report):
    for kind in ("Person", "Organisation", "Project", "CollaborationForum"):
        assert report["entities"][kind]["f1"] >= 0.85, kind


def test_no_duplicate_nodes(report):
    assert report["errors"]["duplicates"] == []
