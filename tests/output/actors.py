"""A small build of two Swedish documents, as RDF, for tests of views and exports.

Region Dalarna (län 20) with Falu kommun (2080) in one document, Region Västmanland (19) with
Västerås stad (1980) in the other; Anna Berg is in both and ties them. Written as the pipeline
writes a build: ``graph.trig`` with one named graph per document and evidence for every relation,
``graph.ttl`` with their merge.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

import rdflib
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

from naravard.graph.serialise import trig, turtle

NV = rdflib.Namespace("https://w3id.org/naravard/ontology#")
ID = "https://w3id.org/naravard/id/"
PROTOKOLL = "protokoll_dalarna.txt"
PODD = "podd_vastmanland.txt"

# key: (path, label, classes, aliases, titles, codes)
ENTITIES = {
    "anna": ("person/anna-berg", "Anna Berg", ["Person"], ["Anna", "A. Berg"], ["verksamhetschef"], {}),
    "erik": ("person/erik-lund", "Erik Lund", ["Person"], [], ["projektledare"], {}),
    "sara": ("person/sara-fredin", "Sara Fredin", ["Person"], ["Sara"], ["programsamordnare"], {}),
    "dalarna": ("organisation/region-dalarna", "Region Dalarna", ["Organisation", "Region"],
                ["regionen"], [], {"lanskod": "20"}),
    "falun": ("organisation/falu-kommun", "Falu kommun", ["Organisation", "Municipality"],
              ["Falun"], [], {"kommunkod": "2080"}),
    "vastmanland": ("organisation/region-vastmanland", "Region Västmanland",
                    ["Organisation", "Region"], ["regionen"], [], {"lanskod": "19"}),
    "vasteras": ("organisation/vasteras-stad", "Västerås stad", ["Organisation", "Municipality"],
                 ["Västerås"], [], {"kommunkod": "1980"}),
    "trygg": ("project/trygg-hemgang", "Trygg hemgång", ["Project"], [], [], {}),
    "program": ("project/program-nara-vard", "Program Nära vård", ["Project"], [], [], {}),
    "forum": ("forum/samverkansgrupp-for-nara-vard", "Samverkansgrupp för Nära vård",
              ["CollaborationForum"], ["samverkansgruppen"], [], {}),
}
# document: (mentions, [(subject, relation, object, quote)])
DOCUMENTS = {
    PROTOKOLL: (["anna", "erik", "dalarna", "falun", "trygg", "forum"], [
        ("anna", "worksFor", "dalarna", "Anna Berg, verksamhetschef i Region Dalarna"),
        ("anna", "leads", "forum", "Anna Berg leder samverkansgruppen"),
        ("erik", "worksFor", "falun", "Erik Lund på Falu kommun"),
        ("erik", "leads", "trygg", "projektledare Erik Lund driver Trygg hemgång"),
        ("falun", "participatesIn", "forum", "Falu kommun deltar i samverkansgruppen"),
        ("trygg", "partOf", "forum", "Trygg hemgång ingår i samverkansgruppens arbete"),
    ]),
    PODD: (["anna", "sara", "vastmanland", "vasteras", "program"], [
        ("sara", "worksFor", "vastmanland", "Sara Fredin, programsamordnare i Region Västmanland"),
        ("sara", "leads", "program", "Sara leder Program Nära vård"),
        ("vasteras", "participatesIn", "program", "Västerås stad är med i programmet"),
        ("anna", "participatesIn", "program", "Anna Berg från Dalarna deltar i Program Nära vård"),
    ]),
}


def iri(key: str) -> rdflib.URIRef:
    return rdflib.URIRef(ID + ENTITIES[key][0])


def label(key: str) -> str:
    return ENTITIES[key][1]


def dataset(documents: dict = DOCUMENTS, entities: dict = ENTITIES) -> rdflib.Dataset:
    """One named graph per document, holding the entities it mentions and the relations it states."""
    ds = rdflib.Dataset()
    for name, (mentions, relations) in documents.items():
        doc = rdflib.URIRef(ID + "document/" + hashlib.sha256(name.encode()).hexdigest()[:16])
        g = ds.graph(doc)
        g.add((doc, RDF.type, NV.Document))
        g.add((doc, NV.fileName, rdflib.Literal(name)))
        g.add((doc, DCTERMS.title, rdflib.Literal(name.rsplit(".", 1)[0].replace("_", " "))))
        for key in mentions:
            path, text, classes, aliases, titles, codes = entities[key]
            node = rdflib.URIRef(ID + path)
            g.add((node, RDFS.label, rdflib.Literal(text)))
            for cls in classes:
                g.add((node, RDF.type, NV[cls]))
            for alias in aliases:
                g.add((node, SKOS.altLabel, rdflib.Literal(alias)))
            for title in titles:
                g.add((node, NV.title, rdflib.Literal(title)))
            for code, value in codes.items():
                g.add((node, NV[code], rdflib.Literal(value)))
            g.add((node, NV.mentionedIn, doc))
        for i, (subject, relation, obj, quote) in enumerate(relations):
            s, o = rdflib.URIRef(ID + entities[subject][0]), rdflib.URIRef(ID + entities[obj][0])
            g.add((s, NV[relation], o))
            evidence = rdflib.URIRef(f"{ID}evidence/{doc.rsplit('/', 1)[-1]}-{i}")
            for p, v in ((RDF.type, NV.Evidence), (RDF.subject, s), (RDF.predicate, NV[relation]),
                         (RDF.object, o), (PROV.wasDerivedFrom, doc),
                         (NV.quote, rdflib.Literal(quote)), (NV.startOffset, rdflib.Literal(i * 100)),
                         (NV.endOffset, rdflib.Literal(i * 100 + len(quote))),
                         (NV.confidence, rdflib.Literal(0.9))):
                g.add((evidence, p, v))
    return ds


def merged(ds: rdflib.Dataset) -> rdflib.Graph:
    graph = rdflib.Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def write_build(folder: Path, documents: dict = DOCUMENTS, entities: dict = ENTITIES) -> Path:
    """A build folder as ``naravard build`` leaves it (graph.trig and graph.ttl)."""
    folder.mkdir(parents=True, exist_ok=True)
    ds = dataset(documents, entities)
    (folder / "graph.trig").write_text(trig(ds), encoding="utf-8")
    (folder / "graph.ttl").write_text(turtle(merged(ds)), encoding="utf-8")
    return folder
