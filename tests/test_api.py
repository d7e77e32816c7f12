"""The Python API a script uses: the README's example, run for real."""
import re
from pathlib import Path

import networkx as nx

import naravard
from tests_graph_docs import write_docs

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_script_runs(tmp_path, monkeypatch):
    script = re.search(r"<!-- api-example -->\n\n((?:    .*\n|\n)+)", README.read_text(encoding="utf-8")).group(1)
    code = "\n".join(line[4:] for line in script.splitlines())
    docs = write_docs(tmp_path / "docs")
    monkeypatch.chdir(tmp_path)
    code = code.replace("../shared/corpus", str(docs)).replace('"Regional ledningsgrupp"', '"Regional ledningsgrupp"')
    exec(compile(code, "README", "exec"), {})
    graph = nx.read_gexf(tmp_path / "natverk.gexf")
    labels = {d.get("label") for _, d in graph.nodes(data=True)}
    assert "Jonas Ekberg" in labels and "Region Dalarna" in labels


def test_query_by_name_and_by_text(tmp_path):
    out = tmp_path / "out"
    naravard.build([write_docs(tmp_path / "docs")], out)
    rows = naravard.query(out, "members", forum="Regional ledningsgrupp")
    assert {"forum": "Regional ledningsgrupp", "member": "Jonas Ekberg", "kind": "Person", "role": "leads"} in rows
    names = naravard.query(out, "SELECT ?n WHERE { ?p a nv:Person ; rdfs:label ?n } ORDER BY ?n")
    assert {"n": "Sofia Berg"} in names
    assert "people" in naravard.saved_queries()
    assert len(naravard.load_graph(out)) > 100
