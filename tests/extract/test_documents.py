"""Loading real files of every format, and every way a file can fail to load."""
from __future__ import annotations

import hashlib
import io
import os
import zipfile
from pathlib import Path

import pytest

from files import SENTENCES, docx_bytes, pdf_bytes, pptx_bytes
from naravard.extract.documents import iter_paths, load
from naravard.extract.model import DocumentError


def flat(text: str) -> str:
    return " ".join(text.replace("“", '"').replace("”", '"').split())


@pytest.mark.parametrize("key, fmt, title", [
    ("txt", "text", "Möte om nära vård"),
    ("txt_bom", "text", SENTENCES["txt_bom"]),
    ("txt_cp1252", "text", "Åsa Öberg leder projektet “Hälsa på hemmaplan” i Växjö kommun."),
    ("md", "markdown", "Nära vård i Dalarna"),
    ("pdf", "pdf", "Nära vård i Västmanland"),
    ("docx", "docx", "Rapport om nära vård"),
    ("pptx", "pptx", "Nära vård i Örebro län"),
    ("html", "html", "Nära vård i Norrbotten"),
    ("vtt", "vtt", "Välkommen till Näravårdpodden."),
    ("srt", "srt", "Hej och välkommen till FoU-podden."),
])
def test_every_format_loads(corpus, key, fmt, title):
    path = corpus[key]
    doc = load(path)
    assert (doc.format, doc.title, doc.name, doc.path) == (fmt, title, path.name, str(path))
    assert doc.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert SENTENCES[key] in flat(doc.text)
    assert (doc.warnings != ()) == (key == "txt_cp1252")


def test_text_formats_keep_the_file_as_it_is(corpus):
    for key in ("txt", "md", "vtt", "srt"):
        assert load(corpus[key]).text == corpus[key].read_text(encoding="utf-8")


def test_bom_is_stripped(corpus):
    doc = load(corpus["txt_bom"])
    assert doc.text == SENTENCES["txt_bom"] + "\n"


def test_cp1252_is_detected_and_named_in_a_warning(corpus):
    doc = load(corpus["txt_cp1252"])
    assert "“Hälsa på hemmaplan”" in doc.text and "–" in doc.text
    assert doc.warnings == (f"{corpus['txt_cp1252'].name}: not UTF-8; decoded as cp1252, save it as UTF-8 to be sure",)


def test_latin1_bytes_that_cp1252_lacks_still_decode(tmp_path):
    path = tmp_path / "gammal.txt"
    path.write_bytes("Gävle kommun".encode("latin-1") + b"\x81\n")
    doc = load(path)
    assert doc.text.startswith("Gävle kommun") and "not UTF-8" in doc.warnings[0]


def test_pdf_has_one_segment_per_page(corpus):
    doc = load(corpus["pdf"])
    assert [(s.kind, s.number) for s in doc.segments] == [("page", 1), ("page", 2)]
    first, second = (doc.text[s.start:s.end] for s in doc.segments)
    assert SENTENCES["pdf"] in first and "Sala kommun" in second
    assert doc.text[doc.segments[0].end:doc.segments[1].start] == "\n\n"


def test_pdf_title_falls_back_to_first_line(tmp_path):
    path = tmp_path / "utan.pdf"
    path.write_bytes(pdf_bytes(title=""))
    assert load(path).title == "Rapport om nära vård"


def test_docx_keeps_order_lists_and_tables(corpus):
    text = load(corpus["docx"]).text
    parts = text.split("\n\n")
    assert parts[:4] == ["Nära vård i Jämtland", SENTENCES["docx"], "• Mobila team", "• Trygg hemgång"]
    assert parts[4:] == ["Namn", "Roll", "Eva Lind", "Projektledare", "Slutord om samverkan."]


def test_pptx_segments_slides_and_notes(corpus):
    doc = load(corpus["pptx"])
    assert [(s.kind, s.number) for s in doc.segments] == [("slide", 1), ("notes", 1), ("slide", 2)]
    slide, notes, slide2 = (doc.text[s.start:s.end] for s in doc.segments)
    assert slide == "Nära vård i Örebro län\n\n• Samverkan vid utskrivning\n\n• Mobila team"
    assert notes == SENTENCES["pptx"]
    assert slide2 == "Nästa steg\n\n• Mobil läkarenhet"
    assert doc.text == "\n\n".join([slide, notes, slide2])


def test_pptx_reads_groups_tables_and_text_boxes(tmp_path):
    from pptx import Presentation
    from pptx.util import Inches

    presentation = Presentation()
    slide = presentation.slides.add_slide(presentation.slide_layouts[6])  # blank
    group = slide.shapes.add_group_shape()
    group.shapes.add_textbox(Inches(1), Inches(1), Inches(3), Inches(1)).text_frame.text = "Samverkansrådet"
    table = slide.shapes.add_table(1, 2, Inches(1), Inches(3), Inches(4), Inches(1)).table
    table.cell(0, 0).text, table.cell(0, 1).text = "Anna Berg", "Region Dalarna"
    path = tmp_path / "grupp.pptx"
    presentation.save(path)
    doc = load(path)
    assert doc.text == "Samverkansrådet\n\nAnna Berg\n\nRegion Dalarna"
    assert doc.title == "Samverkansrådet"  # no title placeholder: the first line


def test_utf16_with_bom_is_read(tmp_path):
    path = tmp_path / "anteckningar.txt"
    path.write_bytes("Möte i Härnösand".encode("utf-16"))
    doc = load(path)
    assert doc.text == "Möte i Härnösand" and "UTF-16" in doc.warnings[0]


def test_html_drops_scripts_and_marks_list_items(corpus):
    text = load(corpus["html"]).text
    assert "skript" not in text and "color" not in text and "JavaScript" not in text
    assert "html" not in text.split()  # the doctype is not text
    assert text.split("\n\n") == ["Nära vård", SENTENCES["html"], "• Mobila team", "• Digital vård"]


def test_html_title_falls_back_to_h1(tmp_path):
    path = tmp_path / "sida.htm"
    path.write_text("<h1>Trygg  hemgång</h1><p>Text<br>på två rader</p><li><p>Punkt</p></li>", encoding="utf-8")
    doc = load(path)
    assert doc.title == "Trygg hemgång"
    assert doc.text == "Trygg hemgång\n\nText\npå två rader\n\n• Punkt"


def _encrypted_pdf() -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes())))
    writer.encrypt(user_password="hemligt", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _zip_without_document() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("hej.txt", "inte ett dokument")
    return out.getvalue()


ERRORS = [
    ("tom.txt", b"", "tom.txt: the file is empty"),
    ("blank.md", b"  \n\n ", "blank.md: the file is empty"),
    ("bild.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "bild.txt: looks like binary data, not text"),
    ("styr.txt", bytes(range(1, 9)) * 20 + b"text", "styr.txt: looks like binary data, not text"),
    ("anteckningar.docx", b"just text", "anteckningar.docx: not a DOCX file (not a zip archive); "
                                         "open and save it again as .docx"),
    ("bilder.pptx", b"just text", "bilder.pptx: not a PPTX file (not a zip archive)"),
    ("zip.docx", _zip_without_document(), "zip.docx: not a valid DOCX file"),
    ("gammal.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "gammal.docx: password protected or in the old"),
    ("trasig.pdf", pdf_bytes()[:3000], "trasig.pdf: the PDF is damaged and cannot be read"),
    ("rapport.pdf", _encrypted_pdf(), "rapport.pdf: the PDF is encrypted; save an unencrypted copy and run again"),
    ("falsk.pdf", b"hello, not a pdf", "falsk.pdf: not a PDF file"),
    ("tabell.xlsx", b"PK", "tabell.xlsx: unsupported file type '.xlsx'"),
    ("utan_suffix", b"text", "utan_suffix: unsupported file type ''"),
]


@pytest.mark.parametrize("name, data, message", ERRORS, ids=[e[0] for e in ERRORS])
def test_errors_name_the_file_and_what_to_do(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(DocumentError) as caught:
        load(path)
    text = str(caught.value)
    assert text.startswith(message)
    assert "\n" not in text and ";" in text  # one line: what is wrong; what to do


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(DocumentError, match=r"^saknas\.txt: no such file; check the path$"):
        load(tmp_path / "saknas.txt")
    with pytest.raises(DocumentError, match=r"^mapp: is a folder"):
        (tmp_path / "mapp").mkdir()
        load(tmp_path / "mapp")


def test_unreadable_file(tmp_path):
    path = tmp_path / "hemlig.txt"
    path.write_text("Hej", encoding="utf-8")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("permissions do not apply to this user (root)")
        with pytest.raises(DocumentError, match=r"^hemlig\.txt: permission denied"):
            load(path)
    finally:
        path.chmod(0o644)


def test_pdf_with_owner_password_only_is_read(tmp_path):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes())))
    writer.encrypt(user_password="", owner_password="ägare", algorithm="RC4-128")
    path = tmp_path / "skyddad.pdf"
    with path.open("wb") as out:
        writer.write(out)
    assert SENTENCES["pdf"] in load(path).text


def test_pdf_without_text_asks_for_ocr(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    path = tmp_path / "skannad.pdf"
    path.write_bytes(bytes(pdf.output()))
    with pytest.raises(DocumentError, match="no text layer.*OCR"):
        load(path)


def test_office_files_load_from_their_bytes_alone(tmp_path):
    for name, data in [("a.docx", docx_bytes()), ("b.pptx", pptx_bytes())]:
        (tmp_path / name).write_bytes(data)
        assert load(tmp_path / name).text


def test_iter_paths_walks_folders_in_order(tmp_path):
    for rel in ["b/z.txt", "b/a.md", "a.pdf", "c/d/e.vtt", ".dold/x.txt", "b/.dold.txt", "b/bild.png"]:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in iter_paths([tmp_path])]
    assert found == ["a.pdf", "b/a.md", "b/z.txt", "c/d/e.vtt"]


def test_iter_paths_yields_named_files_as_given(tmp_path):
    named = [tmp_path / "saknas.txt", tmp_path / ".dold.txt", tmp_path / "saknas.txt"]
    assert list(iter_paths(named)) == named[:2]  # load() says what is wrong with them


def test_iter_paths_survives_symlink_loops(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a" / "loop").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "a" / "y.txt").symlink_to(tmp_path / "a" / "x.txt")
    found = list(iter_paths([tmp_path, tmp_path / "a"]))
    assert [p.name for p in found] == ["x.txt"]


def test_loading_prints_nothing(corpus, tmp_path, capsys):
    for path in corpus.values():
        load(path)
    (tmp_path / "trasig.pdf").write_bytes(pdf_bytes()[:3000])
    with pytest.raises(DocumentError):
        load(tmp_path / "trasig.pdf")
    assert capsys.readouterr() == ("", "")


def test_paths_may_be_strings(corpus):
    assert load(str(corpus["txt"])).name == corpus["txt"].name
    assert list(iter_paths([str(corpus["txt"])])) == [Path(corpus["txt"])]
