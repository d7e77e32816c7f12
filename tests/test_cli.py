"""The command line, end to end on real files of every input format."""
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS

from naravard.cli import main
from naravard.ontology import NV

README = Path(__file__).resolve().parents[1] / "README.md"
ID = "https://w3id.org/naravard/id/"


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def built(runner, corpus, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(corpus["txt"].parent), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out, result


def labels(path: Path) -> set[str]:
    g = Graph()
    g.parse(path)
    return {str(o) for o in g.objects(None, RDFS.label)}


def test_build_reads_every_format(built):
    out, result = built
    found = labels(out / "graph.ttl")
    for name in ["Anna Berg", "Lena Lund", "Åsa Öberg", "Erik Sund", "Karin Ek", "Per Holm", "Maria Sjö",
                 "Johan Nilsson", "Region Dalarna", "Region Gävleborg", "Växjö kommun", "Falu kommun",
                 "Region Västmanland", "Region Jämtland Härjedalen", "Region Norrbotten"]:
        assert name in found, name
    assert "10 documents read, 0 skipped" in result.output
    assert (out / "network.html").stat().st_size > 100_000


def test_build_writes_one_named_graph_per_document_with_provenance(built):
    out, _ = built
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    docs = [g for g in ds.graphs() if (g.identifier, RDF.type, NV.Document) in g]
    assert len(docs) == 10
    names = {str(g.value(g.identifier, NV.fileName)) for g in docs}
    assert {"karin.pdf", "per.docx", "maria.pptx", "johan.html", "podd.vtt", "podd.srt"} <= names


def test_rebuild_is_byte_identical(runner, built, corpus):
    out, _ = built
    first = {n: (out / n).read_bytes() for n in ("graph.ttl", "graph.trig", "network.html")}
    again = runner.invoke(main, ["build", str(corpus["txt"].parent), "--out", str(out)])
    assert again.exit_code == 0
    assert first == {n: (out / n).read_bytes() for n in first}


def test_bad_document_is_skipped_with_one_line_and_exit_1(runner, corpus, tmp_path):
    (corpus["txt"].parent / "broken.docx").write_bytes(b"not a zip at all")
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(corpus["txt"].parent), "--out", str(out)])
    assert result.exit_code == 1
    lines = [x for x in result.output.splitlines() if "broken.docx" in x]
    assert len(lines) == 1 and "docx" in lines[0].lower()
    assert "Anna Berg" in labels(out / "graph.ttl")  # the other documents are still there


def test_missing_path_is_a_clear_error(runner, tmp_path):
    result = runner.invoke(main, ["build", str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert "no such file or folder" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json"])
def test_query_formats(runner, built, fmt):
    out, _ = built
    q = "SELECT ?name WHERE { ?p a nv:Person ; rdfs:label ?name } ORDER BY ?name"
    result = runner.invoke(main, ["query", q, "--out", str(out), "--format", fmt])
    assert result.exit_code == 0, result.output
    if fmt == "json":
        data = json.loads(result.stdout)
        assert "Anna Berg" in [b["name"]["value"] for b in data["results"]["bindings"]]
    else:
        assert "Anna Berg" in result.stdout


def test_query_from_rq_file_and_bad_query(runner, built, tmp_path):
    out, _ = built
    rq = tmp_path / "folk.rq"
    rq.write_text("SELECT ?t WHERE { ?p nv:title ?t }", encoding="utf-8")
    ok = runner.invoke(main, ["query", str(rq), "--out", str(out)])
    assert ok.exit_code == 0 and "projektledare" in ok.stdout
    bad = runner.invoke(main, ["query", "SELEKT ?x", "--out", str(out)])
    assert bad.exit_code == 2 and "not valid SPARQL" in bad.output


def test_evidence_is_reachable_from_sparql(runner, built):
    out, _ = built
    q = """SELECT ?quote ?file WHERE {
      GRAPH ?doc { ?ev rdf:predicate nv:worksFor ; nv:quote ?quote ; prov:wasDerivedFrom ?doc }
      ?doc nv:fileName ?file } ORDER BY ?file"""
    result = runner.invoke(main, ["query", q, "--out", str(out), "--format", "csv"])
    assert "karin.pdf" in result.stdout and "Region Västmanland" in result.stdout
    # the default graph holds what the documents state, not the evidence for it
    bare = runner.invoke(main, ["query", "ASK { ?ev a nv:Evidence }", "--out", str(out)])
    assert bare.exit_code == 0 and bare.stdout.strip() == "false"


def test_view_writes_html_again(runner, built, tmp_path):
    out, _ = built
    target = tmp_path / "natverk.html"
    result = runner.invoke(main, ["view", "--out", str(out), "-o", str(target)])
    assert result.exit_code == 0
    assert "Anna Berg" in target.read_text(encoding="utf-8")


def test_validate_passes_on_a_build_and_fails_on_a_broken_graph(runner, built):
    out, _ = built
    assert runner.invoke(main, ["validate", "--out", str(out)]).exit_code == 0
    g = Graph()
    g.parse(out / "graph.ttl")
    person = next(g.subjects(RDF.type, NV.Person))
    g.add((person, NV.worksFor, URIRef(ID + "project/x")))
    g.add((URIRef(ID + "project/x"), RDF.type, NV.Project))
    g.serialize(out / "graph.ttl", format="turtle")
    result = runner.invoke(main, ["validate", "--out", str(out)])
    assert result.exit_code == 1
    assert "employer must be an organisation" in result.output


def test_commands_need_a_build(runner, tmp_path):
    for command in (["query", "ASK {}"], ["view"], ["validate"]):
        result = runner.invoke(main, [*command, "--out", str(tmp_path / "empty")])
        assert result.exit_code == 2 and "run 'naravard build" in result.output


def test_every_command_has_help_with_an_example_and_a_readme_mention(runner):
    readme = README.read_text(encoding="utf-8")
    for name, command in main.commands.items():
        result = runner.invoke(main, [name, "-h"])
        assert result.exit_code == 0
        assert "Example" in result.output, name
        assert re.search(rf"naravard {name}\b", readme), f"README does not show 'naravard {name}'"
    assert runner.invoke(main, ["--version"]).output.startswith("naravard, version")


def test_explain_shows_mentions_with_quotes_and_merge_rules(runner, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "podd.txt").write_text(
        "PETRA: Välkommen, Jonas Ekberg.\n\nJONAS: Tack. Mitt namn är Jonas Ekberg och jag är verksamhetschef "
        "i Region Dalarna.\n\nPETRA: Tack Jonas.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert runner.invoke(main, ["build", str(folder), "--out", str(out)]).exit_code == 0
    result = runner.invoke(main, ["explain", "JONAS", "--out", str(out)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("Jonas Ekberg (Person) https://w3id.org/naravard/id/person/jonas-ekberg")
    assert any("person.given_name_only" in x for x in lines)
    text = (folder / "podd.txt").read_text(encoding="utf-8")
    spans = re.findall(r"podd\.txt \[(\d+):(\d+)\] ([\w.]+) \([\d.]+\): \"(.*)\"", result.output)
    assert {rule for *_, rule, _ in spans} >= {"person.speaker_label", "person.self_introduction"}
    for start, end, _, quote in spans:
        assert text[int(start):int(end)] == quote
    missing = runner.invoke(main, ["explain", "Ingen Alls", "--out", str(out)])
    assert missing.exit_code == 2 and "no entity is named" in missing.output


def test_min_confidence_drops_weaker_facts(runner, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "podd.txt").write_text(
        "PETRA: Hej.\n\nJONAS: Mitt namn är Jonas Ekberg och jag är verksamhetschef i Region Dalarna. "
        "Vi har en oerhört duktig person som heter Sara Lind.\n", encoding="utf-8")
    counts = {}
    for level in ("0", "0.7"):
        out = tmp_path / f"out{level}"
        assert runner.invoke(main, ["build", str(folder), "--out", str(out), "--min-confidence", level]).exit_code == 0
        g = Graph()
        g.parse(out / "graph.ttl")
        counts[level] = {(str(s).rsplit("/", 1)[-1], str(o).rsplit("/", 1)[-1]) for s, o in
                         g.subject_objects(NV.worksFor)}
    assert ("sara-lind", "region-dalarna") in counts["0"]  # "vi har … som heter" is a weak rule (0.6)
    assert ("sara-lind", "region-dalarna") not in counts["0.7"]
    assert ("jonas-ekberg", "region-dalarna") in counts["0.7"]


def test_a_photographer_is_the_documents_contributor_not_a_person_of_the_graph(runner, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "nyhet.txt").write_text(
        "Ny mottagning i Mora\n\nAnna Kvist är verksamhetschef på vårdcentralen i Mora. Foto: Olle Bergkvist\n",
        encoding="utf-8")
    out = tmp_path / "out"
    assert runner.invoke(main, ["build", str(folder), "--out", str(out)]).exit_code == 0
    g = Graph()
    g.parse(out / "graph.ttl")
    people = {str(g.value(s, RDFS.label)) for s in g.subjects(RDF.type, NV.Person)}
    assert people == {"Anna Kvist"}
    contributors = {(str(g.value(d, NV.fileName)), str(o)) for d, o in g.subject_objects(DCTERMS.contributor)}
    assert contributors == {("nyhet.txt", "Olle Bergkvist")}
    said = runner.invoke(main, ["explain", "olle bergkvist", "--out", str(out)])
    assert said.exit_code == 0 and "credited for a photo or the text in nyhet.txt" in said.output
