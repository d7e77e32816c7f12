"""Real files of every input format, written for tests: one known Swedish sentence in each.

Tests of later stages (the CLI, the graph) reuse ``make_corpus`` so that they read the same
files a user would have, not Documents built by hand.
"""
from __future__ import annotations

import io
from pathlib import Path

# The sentence each file carries, as it reads after normalisation.
SENTENCES = {
    "txt": "Välkommen Anna Berg, projektledare i Region Dalarna.",
    "txt_bom": "Lena Lund är samordnare för Nära vård i Region Gävleborg.",
    "txt_cp1252": 'Åsa Öberg leder projektet "Hälsa på hemmaplan" i Växjö kommun.',
    "md": "Erik Sund är förvaltningschef i Falu kommun.",
    "pdf": "Karin Ek är verksamhetschef i Region Västmanland.",
    "docx": "Per Holm är utvecklingsledare i Region Jämtland Härjedalen.",
    "pptx": "Maria Sjö leder samverkansforumet Länsgruppen för nära vård.",
    "html": "Johan Nilsson är hälso- och sjukvårdsdirektör i Region Norrbotten.",
    "vtt": "Tack, jag är biträdande hälso- och sjukvårdsdirektör i Region Västmanland.",
    "srt": "Cajsa Åkerholm är projektledare för Nära vård i Sörmland.",
}

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def make_corpus(folder: Path) -> dict[str, Path]:
    """Write one file of every supported format into ``folder``; return them by key."""
    folder.mkdir(parents=True, exist_ok=True)
    writers = {
        "txt": ("anna.txt", _txt), "txt_bom": ("lena_bom.txt", _txt_bom),
        "txt_cp1252": ("asa_cp1252.txt", _txt_cp1252), "md": ("erik.md", _md),
        "pdf": ("karin.pdf", pdf_bytes), "docx": ("per.docx", docx_bytes),
        "pptx": ("maria.pptx", pptx_bytes), "html": ("johan.html", _html),
        "vtt": ("podd.vtt", _vtt), "srt": ("podd.srt", _srt),
    }
    paths = {}
    for key, (name, write) in writers.items():
        path = folder / name
        path.write_bytes(write())
        paths[key] = path
    return paths


def _txt() -> bytes:
    return f"Möte om nära vård\n\n{SENTENCES['txt']}\n".encode()


def _txt_bom() -> bytes:
    return f"\ufeff{SENTENCES['txt_bom']}\n".encode()


def _txt_cp1252() -> bytes:
    sentence = SENTENCES["txt_cp1252"].replace('"Hälsa', "“Hälsa").replace('hemmaplan"', "hemmaplan”")
    return f"{sentence}\r\nSamverkan – region och kommun.\r\n".encode("cp1252")


def _md() -> bytes:
    return f"# Nära vård i Dalarna\n\n{SENTENCES['md']}\n\n- Mobila team\n- Trygg hemgång\n".encode()


def pdf_bytes(pages: list[str] | None = None, title: str = "Nära vård i Västmanland") -> bytes:
    """A real PDF with a text layer, one page per entry, each under the same running head."""
    from fpdf import FPDF

    pdf = FPDF()
    if FONT.exists():
        pdf.add_font("DejaVu", fname=str(FONT))
        pdf.set_font("DejaVu", size=12)
    else:  # the core font covers Swedish letters through latin-1
        pdf.set_font("Helvetica", size=12)
    pdf.set_title(title)
    for text in pages or [SENTENCES["pdf"], "Projektet Trygg hemgång drivs av Sala kommun."]:
        pdf.add_page()
        for line in ["Rapport om nära vård", text]:
            pdf.multi_cell(0, 10, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def docx_bytes() -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.title = "Rapport om nära vård"
    document.add_heading("Nära vård i Jämtland", level=1)
    document.add_paragraph(SENTENCES["docx"])
    document.add_paragraph("Mobila team", style="List Bullet")
    document.add_paragraph("Trygg hemgång", style="List Bullet")
    table = document.add_table(rows=2, cols=2)
    for row, cells in zip(table.rows, [("Namn", "Roll"), ("Eva Lind", "Projektledare")]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    document.add_paragraph("Slutord om samverkan.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def pptx_bytes() -> bytes:
    from pptx import Presentation

    presentation = Presentation()
    layout = presentation.slide_layouts[1]  # title and content
    slides = [("Nära vård i Örebro län", ["Samverkan vid utskrivning", "Mobila team"], SENTENCES["pptx"]),
              ("Nästa steg", ["Mobil läkarenhet"], "")]
    for title, bullets, notes in slides:
        slide = presentation.slides.add_slide(layout)
        slide.shapes.title.text = title
        body = slide.placeholders[1].text_frame
        body.text = bullets[0]
        for text in bullets[1:]:
            body.add_paragraph().text = text
        if notes:
            slide.notes_slide.notes_text_frame.text = notes
    out = io.BytesIO()
    presentation.save(out)
    return out.getvalue()


def _html() -> bytes:
    return f"""<!DOCTYPE html>
<html><head><title>Nära vård i Norrbotten</title>
<style>p {{ color: red; }}</style><script>var hemlig = "skript";</script></head>
<body><h1>Nära vård</h1>
<p>{SENTENCES['html']}</p>
<ul><li>Mobila team</li><li>Digital vård</li></ul>
<noscript>Aktivera JavaScript</noscript>
</body></html>""".encode()


def _vtt() -> bytes:
    return f"""WEBVTT

1
00:00:01.000 --> 00:00:04.000
<v Lisbeth Löfgren>Välkommen till Näravårdpodden.

2
00:00:04.500 --> 00:00:08.000 align:start
<v Mattias Damberg>{SENTENCES['vtt']}
""".encode()


def _srt() -> bytes:
    return f"""1
00:00:01,000 --> 00:00:04,000
Hej och välkommen till FoU-podden.

2
00:00:04,500 --> 00:00:08,000
{SENTENCES['srt']}
""".encode()
