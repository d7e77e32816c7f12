"""JSON-LD: the merged graph, compacted with the build's prefixes, for web developers.

rdflib compacts; its output order follows Python's set order, so nodes are sorted by ``@id`` and
every array by its JSON text (JSON-LD arrays are unordered sets here: the graph has no lists).
"""
from __future__ import annotations

import json

from ...graph.serialise import WRITE_PREFIXES
from .base import Exporter
from .rdf import merged


class JsonLdExporter(Exporter):
    suffix = ".jsonld"

    def render(self):
        graph = merged(self.parts)
        context = dict(sorted(WRITE_PREFIXES.items()))
        text = graph.serialize(format="json-ld", context=context, auto_compact=True)
        document = _canonical(json.loads(text))
        if "@graph" not in document:  # a single node is written without @graph
            body = {k: v for k, v in document.items() if k != "@context"}
            document = {"@context": document.get("@context", context),
                        "@graph": [body] if body else []}
        document["@graph"].sort(key=lambda node: (str(node.get("@id", "")), _text(node)))
        data = json.dumps(document, ensure_ascii=False, sort_keys=True, indent=1) + "\n"
        return {self.path: data.encode("utf-8")}


def _canonical(value):
    if isinstance(value, dict):
        return {key: _canonical(item) for key, item in value.items()}
    if isinstance(value, list):
        return sorted((_canonical(item) for item in value), key=_text)
    return value


def _text(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
