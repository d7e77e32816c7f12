"""Interrupted and crashed builds: the previous outputs and store stay as they were; the next build works."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from naravard.graph import store as store_module
from naravard.graph.store import EmbeddedStore, plain
from naravard.pipeline import build, open_store
from tests_graph_docs import DOCS, write_docs

OUTPUTS = ("graph.ttl", "graph.trig", "network.html")


@pytest.fixture
def docs(tmp_path):
    return write_docs(tmp_path / "docs")


def snapshot(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def quads(out: Path) -> set[str]:
    store = open_store(out)
    try:
        return {str(q) for q in store.quads()}
    finally:
        store.close()


def change(docs: Path) -> None:
    (docs / "artikel.txt").write_text(DOCS["artikel.txt"].replace("Anna Lund", "Eva Strand"), encoding="utf-8")


@pytest.mark.parametrize("where", ["bulk_load_parallel", "apply_changes"])
def test_ctrl_c_while_the_store_is_written_leaves_everything_as_it_was(docs, tmp_path, monkeypatch, where):
    out = tmp_path / "out"
    build([docs], out)
    before, store_before = snapshot(out), quads(out)
    change(docs)
    monkeypatch.setattr(store_module, "FULL_RELOAD_SHARE", 0.0 if where == "bulk_load_parallel" else 1.0)
    real = getattr(EmbeddedStore, where)

    def interrupted(self, *args, **kwargs):
        real(self, *args, **kwargs)  # the new generation is (half) written ...
        raise KeyboardInterrupt  # ... when the user presses Ctrl-C

    monkeypatch.setattr(EmbeddedStore, where, interrupted)
    with pytest.raises(KeyboardInterrupt):
        build([docs], out)
    assert snapshot(out) == before and quads(out) == store_before
    assert not list((out / ".naravard" / "stores").glob("*.tmp"))  # no half generation left behind
    monkeypatch.setattr(EmbeddedStore, where, real)
    build([docs], out)
    fresh = tmp_path / "fresh"
    build([docs], fresh)
    assert snapshot(out) == snapshot(fresh) and quads(out) == quads(fresh)


@pytest.mark.parametrize("share", [0.0, 1.0])
def test_changing_the_store_in_place_or_reloading_it_gives_the_same_store(docs, tmp_path, monkeypatch, share):
    monkeypatch.setattr(store_module, "FULL_RELOAD_SHARE", share)
    out = tmp_path / "out"
    build([docs], out)
    change(docs)
    (docs / "ny.txt").write_text("Karin Ek är verksamhetschef i Region Gävleborg.\n", encoding="utf-8")
    build([docs], out)
    (docs / "podd.txt").unlink()
    build([docs], out)
    fresh = tmp_path / "fresh"
    build([docs], fresh)
    assert quads(out) == quads(fresh)
    labels = {plain(r[0]) for r in open_store(out).query("SELECT ?n WHERE { ?e rdfs:label ?n }").rows}
    assert "Eva Strand" in labels and "Karin Ek" in labels and "Jonas Ekberg" not in labels
    assert len(list((out / ".naravard" / "stores").iterdir())) <= 2  # the current and the previous generation


def test_a_store_from_before_generations_is_taken_over(docs, tmp_path):
    out = tmp_path / "out"
    build([docs], out)
    real = (out / "store").resolve()
    (out / "store").unlink()
    os.rename(real, out / "store")  # a plain directory, as builds before store generations left it
    change(docs)
    build([docs], out)
    assert (out / "store").is_symlink() and "Eva Strand" in {
        plain(r[0]) for r in open_store(out).query("SELECT ?n WHERE { ?e rdfs:label ?n }").rows}


def test_a_build_killed_at_any_moment_leaves_a_working_graph(tmp_path):
    """SIGKILL (a crash, a power cut) at several moments of a real build: each output file and the
    store are either the previous build's or the new build's, never half of one; the next build works."""
    shared = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
    if not shared.is_dir():
        pytest.skip("../shared/corpus is not beside the repo")
    docs = tmp_path / "docs"
    docs.mkdir()
    for path in sorted(shared.iterdir())[:3]:
        (docs / path.name).write_bytes(path.read_bytes())
    out = tmp_path / "out"

    def command(target: Path) -> list[str]:
        return [sys.executable, "-m", "naravard", "build", str(docs), "--out", str(target), "--quiet"]

    subprocess.run(command(out), check=True)
    for i, fraction in enumerate((0.15, 0.35, 0.55, 0.75, 0.9)):
        old_files, old_store = snapshot(out), quads(out)
        (docs / "extra.txt").write_text(f"Karin Ek{i} är verksamhetschef i Region Gävleborg.\n", encoding="utf-8")
        reference = tmp_path / f"reference{i}"
        started = time.monotonic()
        subprocess.run(command(reference), check=True)
        took = time.monotonic() - started
        new_files, new_store = snapshot(reference), quads(reference)
        for cached in (out / ".naravard" / "extractions").glob("*"):
            cached.unlink()  # so that the build does the whole work again and is killed somewhere inside
        process = subprocess.Popen(command(out))
        time.sleep(took * fraction)
        process.send_signal(signal.SIGKILL)
        process.wait()
        now = snapshot(out)
        for name in OUTPUTS:
            assert now[name] in (old_files[name], new_files[name]), f"{name} is half written"
        assert quads(out) in (old_store, new_store)
        subprocess.run(command(out), check=True)  # the next build works and completes the new graph
        assert snapshot(out) == new_files and quads(out) == new_store
        assert not list(out.glob(".*.tmp")) and not list((out / ".naravard" / "stores").glob("*.tmp"))


def test_ctrl_c_in_the_cli_exits_130_and_says_nothing_changed(docs, tmp_path, monkeypatch):
    from click.testing import CliRunner

    from naravard import pipeline
    from naravard.cli import main

    out = tmp_path / "out"
    build([docs], out)
    before = snapshot(out)

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(EmbeddedStore, "apply_changes", interrupted)
    monkeypatch.setattr(EmbeddedStore, "bulk_load_parallel", interrupted)
    change(docs)
    result = CliRunner().invoke(main, ["build", str(docs), "--out", str(out), "--quiet"])
    assert result.exit_code == 130
    assert "Interrupted" in result.output and "as the previous build left them" in result.output
    assert snapshot(out) == before and pipeline.open_store(out).query("ASK { ?p rdfs:label \"Anna Lund\" }").boolean
