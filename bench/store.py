"""Store benchmark: the embedded Oxigraph store against rdflib's memory store on synthetic actor graphs.

    .venv/bin/python bench/store.py [--sizes 10000 100000 1000000] [--repeat 5]

For each size it generates a graph shaped like a build (people with titles and employers,
regions, municipalities, units, projects, forums, documents, and evidence for every fact, in
one named graph per document), loads it into each store the way a build does (Oxigraph: the named
graphs and the merged default graph without evidence, bulk-loaded in parallel and compacted, as a
new store generation; rdflib: the named graphs, queried as their union), and runs every saved
query with realistic parameters. It prints load
time, each query's median latency and row count, the rdflib/Oxigraph ratio, and each store's peak
memory (each store runs in its own process, so the figures do not mix). Oxigraph's queries run in
a fresh process that opens the loaded store read-only, as ``naravard query`` does after a build,
so the load's background compaction does not run beside them.
"""
from __future__ import annotations

import argparse
import gc
import multiprocessing
import random
import resource
import signal
import statistics
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

NV = "https://w3id.org/naravard/ontology#"
ID = "https://w3id.org/naravard/id/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
PROV = "http://www.w3.org/ns/prov#wasDerivedFrom"
TITLE = "http://purl.org/dc/terms/title"
ONLY: set[str] = set()  # --queries: measure only these saved queries
LIMIT = 120  # seconds an rdflib query may take before the benchmark gives up on it
TITLES = ["projektledare", "processledare", "verksamhetschef", "utvecklingsledare", "kommunikatör", "forskare"]


def n(x: str) -> ox.NamedNode:
    return ox.NamedNode(x)


def generate(target: int, path: Path, seed: int = 1) -> dict[str, str]:
    """Write an N-Quads actor graph of about ``target`` triples; return parameters for the saved queries."""
    rng = random.Random(seed)
    quads: list[ox.Quad] = []
    people_per_doc = 20
    docs = max(1, target // 330)  # a generated document holds about 330 triples
    scale = docs
    regions = [f"Region R{i}" for i in range(21)]
    munis = [f"Kommun K{i}" for i in range(290)]
    first_person = None

    def entity(g, kind, name, sub=None, alt=None):
        iri = n(f"{ID}{kind.lower()}/{name.replace(' ', '-').lower()}")
        quads.extend([ox.Quad(iri, n(RDF_TYPE), n(NV + kind), g), ox.Quad(iri, n(LABEL), ox.Literal(name), g),
                      ox.Quad(iri, n(NV + "mentionedIn"), g, g)])
        if sub:
            quads.append(ox.Quad(iri, n(RDF_TYPE), n(NV + sub), g))
        if alt:
            quads.append(ox.Quad(iri, n(ALT), ox.Literal(alt), g))
        return iri

    def fact(g, s, p, o, quote):
        quads.append(ox.Quad(s, n(NV + p), o, g))
        ev = n(f"{ID}evidence/{len(quads)}")
        quads.extend([ox.Quad(ev, n(RDF_TYPE), n(NV + "Evidence"), g), ox.Quad(ev, n(RDF + "subject"), s, g),
                      ox.Quad(ev, n(RDF + "predicate"), n(NV + p), g), ox.Quad(ev, n(RDF + "object"), o, g),
                      ox.Quad(ev, n(PROV), g, g), ox.Quad(ev, n(NV + "quote"), ox.Literal(quote), g)])

    for d in range(docs):
        g = n(f"{ID}document/{d:016x}")
        quads.extend([ox.Quad(g, n(RDF_TYPE), n(NV + "Document"), g),
                      ox.Quad(g, n(NV + "fileName"), ox.Literal(f"doc{d}.txt"), g),
                      ox.Quad(g, n(TITLE), ox.Literal(f"Dokument {d}"), g)])
        region = entity(g, "Organisation", regions[d % 21], "Region")
        muni = entity(g, "Organisation", munis[rng.randrange(290)], "Municipality")
        unit = entity(g, "Organisation", f"Förvaltning {d % 400}", "OrganisationalUnit")
        fact(g, unit, "partOf", region, "förvaltningen i regionen")
        project = entity(g, "Project", f"Projekt {d % 900}", alt=f"projektet {d % 900}")
        forum = entity(g, "CollaborationForum", f"Ledningsgrupp {d % 300}")
        for org in (region, muni):
            fact(g, org, "participatesIn", project, "ett samarbete mellan")
            fact(g, org, "participatesIn", forum, "där både region och kommun deltar")
        for i in range(people_per_doc):
            person = entity(g, "Person", f"Person {rng.randrange(scale * 12)}")
            first_person = first_person or str(quads[-2].object.value)
            fact(g, person, "worksFor", rng.choice([region, muni, unit]), "jag jobbar som")
            quads.append(ox.Quad(person, n(NV + "title"), ox.Literal(rng.choice(TITLES)), g))
            if i % 5 == 0:
                fact(g, person, "leads", rng.choice([project, forum]), "jag leder")
            elif i % 3 == 0:
                fact(g, person, "participatesIn", forum, "jag sitter med i")
    ox.serialize(quads, path, format=ox.RdfFormat.N_QUADS)
    return {"org": regions[0], "forum": "Ledningsgrupp 0", "name": first_person}


def _time(f) -> tuple[float, object]:
    t0 = time.perf_counter()
    out = f()
    return time.perf_counter() - t0, out


def _query_oxigraph(store_path: str, params: dict, repeat: int, only: list, conn) -> None:
    """Run the saved queries in a fresh process, as ``naravard query`` does after a build."""
    ONLY.update(only)
    from naravard.graph.queries import saved
    from naravard.graph.store import EmbeddedStore

    store = EmbeddedStore(Path(store_path), read_only=True)
    results = {}
    for name, q in saved().items():
        if ONLY and name not in ONLY:
            continue
        binding = {k: v for k, v in params.items() if k in q.params}
        times, rows = [], 0
        for _ in range(repeat):
            t, res = _time(lambda: store.query(q.text, binding))
            times.append(t)
            rows = len(res.rows)
            del res
            gc.collect()  # not in the next query's time: freeing 392k rows of bridges took 5 ms there
        results[name] = (statistics.median(times), rows)
    conn.send((results, len(store), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))


def run_oxigraph(path: Path, params: dict, repeat: int, conn) -> None:
    from naravard.graph.store import write_generation

    by_graph: dict[str, list] = {}
    for q in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS):
        by_graph.setdefault(q.graph_name.value, []).append(q.triple)
    # what a build hands the store: each document graph as sorted N-Triples
    graphs = {g: ox.serialize(sorted(ts, key=str), format=ox.RdfFormat.N_TRIPLES) for g, ts in sorted(by_graph.items())}
    del by_graph
    in_documents = sum(data.count(b"\n") for data in graphs.values())
    with tempfile.TemporaryDirectory() as tmp:
        # the build's load path: merge, then a new store generation bulk-loaded in parallel, then the switch
        load_s, _ = _time(lambda: write_generation(Path(tmp) / "store", Path(tmp) / "generations", graphs))
        del graphs
        load_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        parent, child = multiprocessing.get_context("spawn").Pipe()
        process = multiprocessing.get_context("spawn").Process(
            target=_query_oxigraph, args=(str(Path(tmp) / "store"), params, repeat, sorted(ONLY), child))
        process.start()
        results, quads, query_mb = parent.recv()
        process.join()
    conn.send(("oxigraph", load_s, results, max(load_mb, query_mb), (in_documents, quads)))


def run_rdflib(path: Path, params: dict, repeat: int, conn) -> None:
    import rdflib

    from naravard.graph.queries import saved
    from naravard.graph.store import PREFIXES

    ds = rdflib.Dataset(default_union=True)
    load_s, _ = _time(lambda: ds.parse(str(path), format="nquads"))
    results = {}

    def give_up(*_):
        raise TimeoutError

    signal.signal(signal.SIGALRM, give_up)
    for name, q in saved().items():
        if ONLY and name not in ONLY:
            continue
        binding = {k: rdflib.Literal(v) for k, v in params.items() if k in q.params}
        times, rows = [], 0
        for _ in range(repeat):
            signal.alarm(LIMIT)
            try:
                t, res = _time(lambda: list(ds.query(q.text, initNs=PREFIXES, initBindings=binding)))
            except TimeoutError:
                times, rows = [float(LIMIT)], -1  # gave up: the figure is a lower bound
                break
            finally:
                signal.alarm(0)
            times.append(t)
            rows = len(res)
            del res
            gc.collect()
        results[name] = (statistics.median(times), rows)
    conn.send(("rdflib", load_s, results, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, len(ds)))


def measure(target, path, params, repeat, runner):
    parent, child = multiprocessing.Pipe()
    process = multiprocessing.Process(target=runner, args=(path, params, repeat, child))
    process.start()
    out = parent.recv()
    process.join()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--skip-rdflib-above", type=int, default=2_000_000)
    ap.add_argument("--queries", nargs="*", default=[], help="only these saved queries (default: all)")
    ap.add_argument("--rdflib-limit", type=int, default=LIMIT, help="seconds an rdflib query may take")
    args = ap.parse_args()
    globals()["LIMIT"] = args.rdflib_limit
    ONLY.update(args.queries)
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            path = Path(tmp) / f"graph-{size}.nq"
            params = generate(size, path)
            ox_name, ox_load, ox_q, ox_mem, quads = measure(size, path, params, args.repeat, run_oxigraph)
            print(f"\n== {quads[0]:,} triples in document graphs ({quads[1]:,} quads with the merged default graph)")
            rd = None
            if size <= args.skip_rdflib_above:
                rd = measure(size, path, params, args.repeat if size < 500_000 else 1, run_rdflib)
            print(f"{'':28}{'oxigraph':>12}{'rdflib':>12}{'ratio':>8}  rows")
            rd_load = f"{rd[1]:10.2f} s" if rd else "       -"
            print(f"{'load':28}{ox_load:10.2f} s{rd_load:>12}{(rd[1] / ox_load if rd else 0):8.1f}")
            for name, (t, rows) in ox_q.items():
                rt = rd[2][name][0] if rd and name in rd[2] else None
                gave_up = rt is not None and rd[2][name][1] == -1
                ratio = (">" if gave_up else " ") + f"{rt / t:7.1f}" if rt else "       -"
                rds = (f"> {LIMIT} s" if gave_up else f"{rt * 1000:9.1f} ms") if rt else "          -"
                print(f"{'query ' + name:28}{t * 1000:9.1f} ms{rds:>12}{ratio}  {rows}")
            print(f"{'peak memory':28}{ox_mem:9.0f} MB{(f'{rd[3]:9.0f} MB' if rd else '          -'):>12}")


if __name__ == "__main__":
    main()
