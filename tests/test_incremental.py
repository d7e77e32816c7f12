"""Incremental builds: only what changed is extracted and written; the result equals a fresh build."""

import pytest
from click.testing import CliRunner

from naravard.cli import main
from naravard.graph.store import plain
from naravard.pipeline import BuildLocked, build, locked, open_store
from tests_graph_docs import DOCS, write_docs


@pytest.fixture
def docs(tmp_path):
    return write_docs(tmp_path / "docs")


def names(out):
    rows = open_store(out).query("SELECT ?n WHERE { ?e rdfs:label ?n } ORDER BY ?n").rows
    return {plain(r[0]) for r in rows}


def test_unchanged_documents_are_not_read_again(docs, tmp_path):
    out = tmp_path / "out"
    first = build([docs], out)
    assert len(first.extracted) == 2 and len(first.replaced_graphs) == 2
    again = build([docs], out)
    assert again.extracted == [] and len(again.reused) == 2 and again.replaced_graphs == []


def test_one_changed_file_is_extracted_and_replaced_alone(docs, tmp_path):
    out = tmp_path / "out"
    build([docs], out)
    (docs / "artikel.txt").write_text(DOCS["artikel.txt"].replace("Anna Lund", "Eva Strand"), encoding="utf-8")
    report = build([docs], out)
    assert [p.rsplit("/", 1)[-1] for p in report.extracted] == ["artikel.txt"]
    assert len(report.replaced_graphs) == 1 and len(report.removed_graphs) == 1  # new content, new graph
    assert "Eva Strand" in names(out) and "Anna Lund" not in names(out)


def test_removing_a_file_removes_its_facts(docs, tmp_path):
    out = tmp_path / "out"
    build([docs], out)
    (docs / "artikel.txt").unlink()
    report = build([docs], out)
    assert len(report.removed_graphs) == 1
    assert "Anna Lund" not in names(out) and "Jonas Ekberg" in names(out)


def test_incremental_and_fresh_builds_give_the_same_bytes(docs, tmp_path):
    build([docs], tmp_path / "a")
    (docs / "artikel.txt").write_text(DOCS["artikel.txt"] + "\nAnna Lund leder arbetet.\n", encoding="utf-8")
    build([docs], tmp_path / "a")
    build([docs], tmp_path / "b")
    for name in ("graph.ttl", "graph.trig", "network.html"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_a_second_build_into_the_same_folder_refuses(docs, tmp_path):
    out = tmp_path / "out"
    with locked(out):
        with pytest.raises(BuildLocked, match="another naravard build is writing"):
            build([docs], out)
        result = CliRunner().invoke(main, ["build", str(docs), "--out", str(out)])
        assert result.exit_code == 2 and "another naravard build" in result.output
    assert build([docs], out).documents  # and once the first is done, the next works
