"""Whatever a shared drive holds: each bad file gives one clear line naming it, the other documents
are still read, and the exit status says whether anything was skipped (0 none, 1 some, 2 nothing
written). Every file here is a real file the test writes."""
from __future__ import annotations

import multiprocessing
import os
import random
import tempfile
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner

from files import pdf_bytes
from naravard.cli import main
from naravard.pipeline import build

GOOD = "Anna Berg är projektledare i Region Dalarna.\n"


@pytest.fixture
def folder(tmp_path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "bra.txt").write_text(GOOD, encoding="utf-8")
    return docs


def run(docs: Path, out: Path, *options: str):
    return CliRunner().invoke(main, ["build", str(docs), "--out", str(out), "--quiet", *options])


def labels(out: Path) -> set[str]:
    g = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    return {str(o) for o in g.objects(None, rdflib.RDFS.label)}


def one_skip(result, name: str, words: tuple[str, ...]) -> str:
    """The one output line about ``name``; it says 'skipped' and what is wrong in the user's words."""
    lines = [line for line in result.output.splitlines() if name in line]
    assert len(lines) == 1, result.output
    assert lines[0].startswith("skipped ") and any(w in lines[0].lower() for w in words), lines[0]
    assert "Traceback" not in result.output
    return lines[0]


BAD_FILES = {
    "tom.txt": (lambda: b"", ("empty",)),
    "binär.txt": (lambda: random.Random(1).randbytes(4000), ("binary",)),
    "avbruten.pdf": (lambda: pdf_bytes()[:400], ("damaged", "not a pdf", "cannot be read")),
    "krypterad.pdf": (None, ("encrypted",)),
    "inte-zip.docx": (lambda: b"PK? not really a zip archive", ("not a docx", "zip")),
}


def _encrypted_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_encryption(owner_password="ägare", user_password="hemligt")
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(0, 10, "Karin Ek är verksamhetschef i Region Västmanland.")
    return bytes(pdf.output())


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_a_bad_file_is_skipped_with_one_line_and_the_rest_is_read(folder, tmp_path, name):
    make, words = BAD_FILES[name]
    (folder / name).write_bytes(_encrypted_pdf() if make is None else make())
    result = run(folder, tmp_path / "out")
    assert result.exit_code == 1
    one_skip(result, name, words)
    assert "Anna Berg" in labels(tmp_path / "out")


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16"])
def test_legacy_and_utf16_text_is_read(folder, tmp_path, encoding):
    (folder / f"åsa-{encoding}.txt").write_bytes("Åsa Öberg är enhetschef i Växjö kommun.\n".encode(encoding))
    result = run(folder, tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert {"Åsa Öberg", "Anna Berg"} <= labels(tmp_path / "out")


def test_a_100_megabyte_text_is_skipped_at_once_naming_the_limit(folder, tmp_path):
    line = "Vi arbetar med nära vård i hela länet och samverkar med kommunerna varje vecka.\n".encode()
    with open(folder / "enorm.txt", "wb") as handle:
        for _ in range(100_000_000 // len(line) + 1):
            handle.write(line)
    assert (folder / "enorm.txt").stat().st_size > 100_000_000
    result = run(folder, tmp_path / "out")
    assert result.exit_code == 1
    assert "--max-megabytes" in one_skip(result, "enorm.txt", ("mb",))
    assert "Anna Berg" in labels(tmp_path / "out")


def test_megabyte_long_lines_are_read(folder, tmp_path):
    rng = random.Random(3)
    words = "och att vård kommun Region nära samverkan Projekt leder deltar i för Nätverk Kommun".split()
    long_line = " ".join(rng.choice(words) for _ in range(170_000))
    assert len(long_line) > 1_000_000
    (folder / "lång.txt").write_text(f"{long_line}\nKarin Ek är verksamhetschef i Region Gävleborg.\n", encoding="utf-8")
    result = run(folder, tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert {"Karin Ek", "Anna Berg"} <= labels(tmp_path / "out")


def test_zero_width_and_control_characters_do_not_reach_the_graph(folder, tmp_path):
    text = "Ka\u200brin Ek\u00ad är verksamhets\u200dchef i Region\u00a0Gävleborg.\x07\x1b\n\ufeffPer Holm\x0b leder arbetet.\n"
    (folder / "konstig.txt").write_text(text, encoding="utf-8")
    result = run(folder, tmp_path / "out")
    assert result.exit_code == 0, result.output
    g = rdflib.Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")
    literals = [str(o) for o in g.objects() if isinstance(o, rdflib.Literal)]
    assert "Karin Ek" in literals
    bad = {c for value in literals for c in value if c in "\u200b\u200d\u00ad\ufeff\x07\x1b\x0b"}
    assert not bad


def test_names_with_markup_characters_are_kept_as_text_and_escaped_in_the_view(folder, tmp_path):
    (folder / "tecken.txt").write_text(
        'Projektet "Trygg <hem> & vård" leds av Lena Lund, samordnare i Region Dalarna.\n'
        "Lena Lund är samordnare i Region Dalarna och leder Nätverket <script>alert(1)</script> & co.\n",
        encoding="utf-8")
    result = run(folder, tmp_path / "out")
    assert result.exit_code == 0, result.output
    found = labels(tmp_path / "out")  # the Turtle parses: quotes, < and & are escaped there
    assert "Lena Lund" in found
    html = (tmp_path / "out" / "network.html").read_text(encoding="utf-8")
    assert "<hem>" not in html and "<script>alert(1)" not in html


def test_file_names_with_spaces_and_swedish_letters(folder, tmp_path):
    (folder / "möte med Åsa och Örjan.txt").write_text("Örjan Ås är strateg i Umeå kommun.\n", encoding="utf-8")
    result = run(folder, tmp_path / "out")
    assert result.exit_code == 0, result.output
    g = rdflib.Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")
    names = {str(o) for o in g.objects(None, rdflib.URIRef("https://w3id.org/naravard/ontology#fileName"))}
    assert "möte med Åsa och Örjan.txt" in names and "Örjan Ås" in labels(tmp_path / "out")


def _read_as_nobody(paths: list[str], conn) -> None:
    """Read each document as the build does, as user 'nobody' (no store here: a forked child must
    not touch the parent's RocksDB threads)."""
    from naravard.pipeline import Skipped, _read_one

    os.setgid(65534)
    os.setuid(65534)
    results = [_read_one(Path(p)) for p in paths]
    conn.send([str(r) if isinstance(r, Skipped) else None for r in results])


def test_an_unreadable_file_is_skipped_with_what_to_do(tmp_path):
    """Run as an ordinary user: as root every file is readable, so the build drops to 'nobody'."""
    base = Path(tempfile.mkdtemp(prefix="naravard-perm-"))
    try:
        os.chmod(base, 0o777)
        docs = base / "docs"
        docs.mkdir()
        os.chmod(docs, 0o755)
        (docs / "bra.txt").write_text(GOOD, encoding="utf-8")
        secret = docs / "hemlig.txt"
        secret.write_text("Karin Ek är verksamhetschef i Region Västmanland.\n", encoding="utf-8")
        for path in docs.iterdir():
            os.chmod(path, 0o644)
        os.chmod(secret, 0o000)
        if os.geteuid() == 0:
            build([docs / "bra.txt"], base / "warm")  # import what reading needs before dropping privileges
            context = multiprocessing.get_context("fork")
            parent, child = context.Pipe()
            process = context.Process(target=_read_as_nobody, args=([str(docs / "bra.txt"), str(secret)], child))
            process.start()
            assert parent.poll(60), "the reader running as nobody did not answer"
            read_good, read_secret = parent.recv()
            process.join()
            assert read_good is None  # the readable file is read ...
            skipped = [read_secret]  # ... and the other one says what to do
        else:
            report = build([docs], base / "out")
            skipped = [str(s) for s in report.skipped]
            assert [Path(d).name for d in report.documents] == ["bra.txt"]
        assert len(skipped) == 1 and "hemlig.txt" in skipped[0] and "permission denied" in skipped[0]
        assert "make the file readable" in skipped[0]
    finally:
        os.chmod(base / "docs" / "hemlig.txt", 0o644)
        import shutil
        shutil.rmtree(base, ignore_errors=True)


def test_symbolic_link_loops_are_named_and_do_not_hang(folder, tmp_path):
    (folder / "sub").mkdir()
    (folder / "sub" / "tillbaka").symlink_to(folder)  # a folder loop: read once, with a warning
    (folder / "själv.txt").symlink_to(folder / "själv.txt")  # a file link that loops
    result = run(folder, tmp_path / "out")
    assert result.exit_code == 1
    one_skip(result, "själv.txt", ("loops",))
    warning = [line for line in result.output.splitlines() if "tillbaka" in line]
    assert len(warning) == 1 and warning[0].startswith("warning: ") and "loop" in warning[0]
    assert "Anna Berg" in labels(tmp_path / "out")


def test_strict_turns_a_skip_into_a_failure_that_writes_nothing(folder, tmp_path):
    out = tmp_path / "out"
    assert run(folder, out).exit_code == 0
    before = (out / "graph.ttl").read_bytes()
    (folder / "nytt.txt").write_text("Karin Ek är verksamhetschef i Region Västmanland.\n", encoding="utf-8")
    (folder / "tom.txt").write_bytes(b"")
    result = run(folder, out, "--strict")
    assert result.exit_code == 2
    one_skip(result, "tom.txt", ("empty",))
    assert "--strict" in result.output and (out / "graph.ttl").read_bytes() == before
    assert run(folder, out).exit_code == 1  # without --strict the same input builds, naming the skip
    assert "Karin Ek" in labels(out)


def test_workers_give_the_same_graph_and_the_same_skips(folder, tmp_path):
    for i, (region, title) in enumerate([("Region Gävleborg", "strateg"), ("Region Dalarna", "utredare"),
                                         ("Region Jämtland Härjedalen", "enhetschef")]):
        (folder / f"doc{i}.txt").write_text(f"Person Nummer{i} är {title} i {region}.\n", encoding="utf-8")
    (folder / "tom.txt").write_bytes(b"")
    one = run(folder, tmp_path / "one", "--workers", "1")
    two = run(folder, tmp_path / "two", "--workers", "2")
    assert one.exit_code == two.exit_code == 1
    assert sorted(one.output.splitlines()) == sorted(two.output.splitlines())
    for name in ("graph.ttl", "graph.trig", "network.html"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()
