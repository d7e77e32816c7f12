"""Turn files on disk into ``Document``s: the text as the user has it, whatever the format.

Loaders keep what a reader would see and nothing else; cleaning up that text is the
normaliser's job, so that every offset the pipeline reports can be traced back to this text.
Third-party parsers raise anything on malformed input, so each loader turns whatever they
raise into one ``DocumentError`` line that says what to do.
"""
from __future__ import annotations

import errno
import hashlib
import io
import logging
import os
import re
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .model import Document, DocumentError, Segment

FORMATS = {
    ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
    ".pdf": "pdf", ".docx": "docx", ".pptx": "pptx", ".html": "html", ".htm": "html",
    ".vtt": "vtt", ".srt": "srt",
}
_TEXT_FORMATS = {"text", "markdown", "html", "vtt", "srt"}
_SUPPORTED = ", ".join(sorted(FORMATS))

# Bytes that never occur in text files (tab, line breaks, form feed and ESC excluded).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\v\f\r\x1b")
_OTHER_BYTES = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
_FALLBACK_ENCODINGS = ["cp1252", "latin_1", "mac_roman"]
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .doc/.ppt, and password-protected Office files


def iter_paths(paths: Iterable[str | os.PathLike], notes: list[str] | None = None) -> Iterator[Path]:
    """Files to load, in a stable order.

    A path named explicitly is yielded whatever it is, so that ``load`` can say what is wrong
    with it; inside folders only hidden entries are skipped, and only files of a supported
    format are yielded. A file or folder reached twice (symlinks) is yielded once; a symbolic
    link that loops, or leads back into a folder already read, is noted in ``notes``.
    """
    seen_dirs: set[Path] = set()
    seen_files: set[Path] = set()
    notes = [] if notes is None else notes
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _walk(path, seen_dirs, seen_files, notes)
        elif _first_visit(path, seen_files):
            yield path


def _walk(folder: Path, seen_dirs: set[Path], seen_files: set[Path], notes: list[str]) -> Iterator[Path]:
    stack = [folder]
    while stack:
        current = stack.pop()
        if not _first_visit(current, seen_dirs):
            if current.is_symlink():
                notes.append(f"{current}: a symbolic link back into a folder already read (a loop); not read again")
            continue
        try:
            entries = sorted(os.scandir(current), key=lambda e: e.name)
        except OSError:
            yield current  # load() explains why the folder cannot be read
            continue
        subdirs = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            if path.is_dir():
                subdirs.append(path)
            elif path.suffix.lower() in FORMATS and _first_visit(path, seen_files):
                yield path
        stack.extend(reversed(subdirs))  # depth first, in name order


def _first_visit(path: Path, seen: set[Path]) -> bool:
    try:
        key = path.resolve()
    except (OSError, RuntimeError):  # a symlink loop on some Python versions
        key = path.absolute()
    if key in seen:
        return False
    seen.add(key)
    return True


MAX_MEGABYTES = 50  # a larger file is skipped (with a message saying how to raise the limit)


def load(path: str | os.PathLike, max_megabytes: float = MAX_MEGABYTES) -> Document:
    """Read one file; raise ``DocumentError`` with a one-line message when it cannot be read."""
    path = Path(path)
    name = path.name or str(path)
    fmt = FORMATS.get(path.suffix.lower())
    if path.is_dir():
        if not os.access(path, os.R_OK | os.X_OK):
            raise DocumentError(f"{name}: the folder cannot be read; check its permissions")
        raise DocumentError(f"{name}: is a folder, not a document; read it as a folder of files")
    if fmt is None:
        raise DocumentError(f"{name}: unsupported file type '{path.suffix}'; use one of {_SUPPORTED}")
    _check_size(path, name, max_megabytes)
    data = _read_bytes(path, name)
    if not data.strip():
        raise DocumentError(f"{name}: the file is empty; check that it was saved in full")
    sha = hashlib.sha256(data).hexdigest()
    if fmt in _TEXT_FORMATS:
        text, warnings = _decode(data, name)
        if fmt == "html":
            text, title = _html(text)
        else:
            title = _first_line(_title_lines(text, fmt))
        segments: tuple[Segment, ...] = ()
    else:
        loader = {"pdf": _pdf, "docx": _docx, "pptx": _pptx}[fmt]
        text, title, segments, warnings = loader(data, name)
    return Document(path=str(path), name=name, title=title, text=text, format=fmt, sha256=sha,
                    segments=segments, warnings=tuple(warnings))


def _check_size(path: Path, name: str, max_megabytes: float) -> None:
    try:
        size = path.stat().st_size
    except OSError:
        return  # _read_bytes says what is wrong
    if size > max_megabytes * 1_000_000:
        raise DocumentError(f"{name}: is {size / 1_000_000:,.0f} MB, more than the {max_megabytes:g} MB a document "
                            "may have; split it, or raise the limit with --max-megabytes")


def _read_bytes(path: Path, name: str) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        if path.is_symlink():
            raise DocumentError(f"{name}: a symbolic link to a file that does not exist; fix or remove the link") from None
        raise DocumentError(f"{name}: no such file; check the path") from None
    except PermissionError:
        raise DocumentError(f"{name}: permission denied; make the file readable and run again") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise DocumentError(f"{name}: a symbolic link that loops back on itself; fix or remove the link") from None
        raise DocumentError(f"{name}: cannot be read ({exc.strerror or exc}); check the file and run again") from None


def _decode(data: bytes, name: str) -> tuple[str, list[str]]:
    """Decode text that may come from old Windows tools; say so when it was not UTF-8."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), [f"{name}: not UTF-8; decoded as UTF-16"]
        except UnicodeDecodeError:
            pass
    controls = len(data.translate(None, _OTHER_BYTES))
    if b"\x00" in data or controls > max(2, len(data) // 20):
        raise DocumentError(f"{name}: looks like binary data, not text; check that it is a text file")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    import charset_normalizer  # only files that are not UTF-8 pay for the import

    best = charset_normalizer.from_bytes(data, cp_isolation=_FALLBACK_ENCODINGS).best()
    encoding = best.encoding if best is not None else "latin_1"
    if encoding == "latin_1" and not re.search(rb"[\x81\x8d\x8f\x90\x9d]", data):
        encoding = "cp1252"  # latin-1 plus printable quotes and dashes where latin-1 has controls
    text = data.decode(encoding, errors="replace")
    return text, [f"{name}: not UTF-8; decoded as {encoding}, save it as UTF-8 to be sure"]


def _first_line(lines: Iterable[str]) -> str:
    return next((" ".join(line.split())[:200] for line in lines if line.strip()), "")


_CUE_NOISE = re.compile(r"WEBVTT|NOTE\b|\d+$|.*-->")
_TAG = re.compile(r"<[^>]*>|\{\\[^}]*\}")


def _title_lines(text: str, fmt: str) -> Iterator[str]:
    for line in text.splitlines():
        line = line.strip()
        if fmt == "markdown":
            line = line.lstrip("#").strip()
        elif fmt in ("vtt", "srt"):
            if _CUE_NOISE.match(line):
                continue
            line = _TAG.sub("", line)
        yield line


_HTML_DROP = ("script", "style", "noscript", "template", "head", "svg", "iframe", "object")
_HTML_BLOCKS = ("address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "div", "dl",
                "dt", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
                "hr", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul")


def _html(source: str) -> tuple[str, str]:
    from bs4 import BeautifulSoup, CData, NavigableString

    soup = BeautifulSoup(source, "html.parser")
    title_tag = soup.find("title")
    title = title_tag.get_text(" ", strip=True) if title_tag else ""
    if not title and (h1 := soup.find("h1")):
        title = h1.get_text(" ", strip=True)
    for tag in soup.find_all(_HTML_DROP):
        tag.decompose()
    for string in soup.find_all(string=True):
        if type(string) not in (NavigableString, CData):  # comments, doctype, declarations
            string.extract()
        elif string.find_parent("pre") is None:
            string.replace_with(re.sub(r"\s+", " ", str(string)))
    for tag in soup.find_all("br"):
        tag.replace_with("\n")
    for tag in soup.find_all(_HTML_BLOCKS):
        tag.insert_before("\n\n")
        tag.insert_after("\n\n")
    for tag in soup.find_all("li"):
        tag.insert_before("\n• ")
        tag.insert_after("\n")
    text = soup.get_text()
    text = re.sub(r"[ \t]*\n[ \t]*", "\n", text)
    text = re.sub(r"•[ \t]*\n+", "• ", text)  # <li><p>...</p></li>
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n ")
    return text, (" ".join(title.split())[:200] or _first_line(text.splitlines()))


def _joined(parts: list[tuple[str, str, int]]) -> tuple[str, tuple[Segment, ...]]:
    """Join (kind, text, number) parts with blank lines, recording where each one lies."""
    chunks, segments, pos = [], [], 0
    for kind, text, number in parts:
        text = text.strip("\n")
        if not text.strip():
            continue
        if chunks:
            chunks.append("\n\n")
            pos += 2
        chunks.append(text)
        segments.append(Segment(kind=kind, number=number, start=pos, end=pos + len(text)))
        pos += len(text)
    return "".join(chunks), tuple(segments)


def _pdf(data: bytes, name: str):
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    encrypted = f"{name}: the PDF is encrypted; save an unencrypted copy and run again"
    if b"%PDF" not in data[:1024]:
        raise DocumentError(f"{name}: not a PDF file; check that it is a PDF, or rename it")
    with _logged("pypdf") as notes:
        try:
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise DocumentError(encrypted)
            pages = [("page", page.extract_text() or "", n) for n, page in enumerate(reader.pages, 1)]
            meta_title = (reader.metadata.title if reader.metadata is not None else None) or ""
        except DocumentError:
            raise
        except (DependencyError, FileNotDecryptedError):
            raise DocumentError(encrypted) from None
        except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on damaged files
            raise DocumentError(f"{name}: the PDF is damaged and cannot be read ({type(exc).__name__}); "
                                "open it and save or print it to a new PDF") from None
    text, segments = _joined(pages)
    if not text.strip():
        raise DocumentError(f"{name}: the PDF has no text layer (scanned pages?); run OCR on it first")
    title = " ".join(str(meta_title).split())[:200] or _first_line(text.splitlines())
    warnings = [f"{name}: the PDF has flaws that were worked around ({notes[0]})"] if notes else []
    return text, title, segments, warnings


@contextmanager
def _logged(logger_name: str) -> Iterator[list[str]]:
    """Collect a library's log warnings instead of letting them reach the user's terminal."""
    logger, notes = logging.getLogger(logger_name), []
    handler = logging.Handler(logging.WARNING)
    handler.emit = lambda record: notes.append(record.getMessage())
    propagate, logger.propagate = logger.propagate, False
    logger.addHandler(handler)
    try:
        yield notes
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def _office(data: bytes, name: str, kind: str):
    """Open a DOCX or PPTX, telling apart the usual ways such a file is not what it says."""
    if data.startswith(_OLE_MAGIC):
        raise DocumentError(f"{name}: password protected or in the old .{kind[:3].lower()} format; "
                            f"save it as .{kind.lower()} without a password")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise DocumentError(f"{name}: not a {kind} file (not a zip archive); "
                            f"open and save it again as .{kind.lower()}")
    try:
        if kind == "DOCX":
            import docx

            return docx.Document(io.BytesIO(data))
        import pptx

        return pptx.Presentation(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - the zip holds something else, or is damaged
        raise DocumentError(f"{name}: not a valid {kind} file ({type(exc).__name__}); "
                            f"open and save it again as .{kind.lower()}") from None


def _docx(data: bytes, name: str):
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = _office(data, name, "DOCX")
    lines: list[str] = []
    try:
        for child in document.element.body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                lines.append(_docx_paragraph(Paragraph(child, document)))
            elif tag == "tbl":
                lines.extend(_docx_table(Table(child, document)))
        title = document.core_properties.title or ""
    except Exception as exc:  # noqa: BLE001
        raise DocumentError(f"{name}: the DOCX file is damaged ({type(exc).__name__}); "
                            "open and save it again as .docx") from None
    text = "\n\n".join(line for line in lines if line.strip())
    warnings = [] if text else [f"{name}: no text found in the document"]
    return text, " ".join(title.split())[:200] or _first_line(text.splitlines()), (), warnings


def _docx_paragraph(paragraph) -> str:
    text, ppr, style = paragraph.text.strip(), paragraph._p.pPr, paragraph.style
    listed = style is not None and "List" in (style.name or "")
    return "• " + text if text and (listed or ppr is not None and ppr.numPr is not None) else text


def _docx_table(table) -> Iterator[str]:
    seen = set()  # merged cells repeat the same cell
    for row in table.rows:
        for cell in row.cells:
            if cell._tc in seen:
                continue
            seen.add(cell._tc)
            for paragraph in cell.paragraphs:
                yield _docx_paragraph(paragraph)
            for inner in cell.tables:
                yield from _docx_table(inner)


def _pptx(data: bytes, name: str):
    presentation = _office(data, name, "PPTX")
    parts: list[tuple[str, str, int]] = []
    title = ""
    try:
        for number, slide in enumerate(presentation.slides, 1):
            chunks = [c for shape in slide.shapes for c in _shape_texts(shape)]
            parts.append(("slide", "\n\n".join(c for c in chunks if c.strip()), number))
            if number == 1 and slide.shapes.title is not None:
                title = slide.shapes.title.text_frame.text
            if slide.has_notes_slide and slide.notes_slide.notes_text_frame is not None:
                parts.append(("notes", slide.notes_slide.notes_text_frame.text, number))
    except Exception as exc:  # noqa: BLE001
        raise DocumentError(f"{name}: the PPTX file is damaged ({type(exc).__name__}); "
                            "open and save it again as .pptx") from None
    text, segments = _joined([(k, t.replace("\v", "\n"), n) for k, t, n in parts])
    warnings = [] if text else [f"{name}: no text found in the presentation"]
    return text, " ".join(title.split())[:200] or _first_line(text.splitlines()), segments, warnings


def _shape_texts(shape) -> Iterator[str]:
    """Text of a shape in reading order; body placeholders get the bullets PowerPoint shows."""
    from pptx.shapes.group import GroupShape

    if isinstance(shape, GroupShape):
        for inner in shape.shapes:
            yield from _shape_texts(inner)
    elif getattr(shape, "has_table", False):
        yield from (cell.text for row in shape.table.rows for cell in row.cells)
    elif getattr(shape, "has_text_frame", False):
        kind = str(shape.placeholder_format.type) if shape.is_placeholder else ""
        for paragraph in shape.text_frame.paragraphs:
            text = paragraph.text.replace("\v", "\n").strip()
            ppr = paragraph._p.pPr
            tags = {child.tag.rsplit("}", 1)[-1] for child in ppr} if ppr is not None else set()
            if text and "buNone" not in tags and (tags & {"buChar", "buAutoNum"} or "BODY" in kind or "OBJECT" in kind):
                text = ("• " if paragraph.level == 0 else "- ") + text
            yield text
