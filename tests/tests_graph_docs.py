"""Swedish snippets written for the tests: two documents that make a small graph for queries and stores."""
from pathlib import Path



DOCS = {
    "podd.txt": """PETRA: Välkommen till podden, Jonas Ekberg.

JONAS: Tack! Mitt namn är Jonas Ekberg, jag jobbar som verksamhetschef i Region Dalarna.

PETRA: Hur samverkar ni?

JONAS: Vi har sedan tidigare en regional ledningsgrupp där kommunerna sitter med. Det är roligt att vara ordförande för den ledningsgruppen. Vi har ju anställt en programsamordnare, som heter Sofia Berg, och programmet Trygg hemgång har kommit långt.
""",
    "artikel.txt": """Trygg hemgång - ett samarbete mellan Region Dalarna, Falu kommun, Borlänge kommun och FoU i Dalarna.

Anna Lund, kommunikatör på Falu kommun, berättar att Falu kommun också deltar i arbetet.
""",
}


def write_docs(folder: Path, docs: dict[str, str] = DOCS) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in docs.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


