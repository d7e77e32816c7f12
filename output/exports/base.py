"""The one shape every export has: ``Exporter(path)``, ``write(...)`` then ``finalize()``.

``write`` takes what the format is made from (an rdflib graph or dataset, or the network from
:func:`naravard.output.network.to_networkx`) and may be called more than once; ``finalize``
serialises everything written to a temporary file beside the target and renames it into place,
so a crash never leaves half a file and readers never see one.
"""
from __future__ import annotations

from pathlib import Path

from ...graph.serialise import write_atomic


class Exporter:
    """Base of the format modules; a subclass sets ``suffix`` and implements ``render``."""

    suffix = ""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.parts: list = []

    def write(self, source) -> None:
        """Keep ``source`` for ``finalize``; nothing touches the disk yet."""
        self.parts.append(source)

    def finalize(self) -> list[Path]:
        """Serialise what was written and put it in place; returns the files written."""
        files = self.render()
        written = []
        for path, data in files.items():
            replace(path, data)
            written.append(path)
        return written

    def render(self) -> dict[Path, bytes]:
        """The bytes of each file to write; the same input always gives the same bytes."""
        raise NotImplementedError


def replace(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder."""
    write_atomic(path, data)
