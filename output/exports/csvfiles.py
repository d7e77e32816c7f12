"""CSV: two tables, ``<stem>-nodes.csv`` and ``<stem>-edges.csv``, for spreadsheets and Gephi.

UTF-8 without a byte-order mark, comma-separated, RFC 4180 quoting; ``id``/``label`` and
``source``/``target`` are the column names Gephi's spreadsheet import looks for.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

from .table import EDGE_FIELDS, NODE_FIELDS, NetworkExporter, edge_rows, node_rows


class CsvExporter(NetworkExporter):
    suffix = ".csv"

    def render(self):
        G = self.network()
        nodes, edges = paths(self.path)
        return {nodes: _table(NODE_FIELDS, node_rows(G)), edges: _table(EDGE_FIELDS, edge_rows(G))}


def paths(target: Path) -> tuple[Path, Path]:
    """The two files a CSV export of ``target`` writes (``graf.csv``: graf-nodes.csv, graf-edges.csv)."""
    stem = target.name[:-4] if target.name.lower().endswith(".csv") else target.name
    return target.with_name(f"{stem}-nodes.csv"), target.with_name(f"{stem}-edges.csv")


def _table(fields: tuple[str, ...], rows: list[dict]) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fields)
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("true" if v is True else "false" if v is False else v)
                         for k, v in row.items()})
    return buffer.getvalue().encode("utf-8")
