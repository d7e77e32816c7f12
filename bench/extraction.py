"""Extraction benchmark: quality on the shared annotated corpus, and throughput on a few MB.

    .venv/bin/python bench/extraction.py [--shared ../shared] [--megabytes 4]

Prints the scorer's figures (entity and relation F1, per type, duplicates, canonical labels)
against the targets of issue #3, then words per second for the whole per-document pipeline
(load, normalise, extract) and for the build (resolution, RDF, files) on a corpus made by
repeating the shared texts with their paragraphs shuffled and their places swapped for other
regions' (so that resolution sees many distinct entities, not one text again and again); and
the same for those texts run together into one long document, whose rate against the
many-document one shows a rule that grows with the square of a document's length; and one line
of the domain's words in random order, where every cue stands thousands of times.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from naravard.extract import lexicons
from naravard.pipeline import build, read

TARGETS = {"entity F1": 0.95, "relation F1": 0.85, "per type F1": 0.85, "canonical exact": 0.95}


def quality(shared: Path, work: Path) -> dict:
    out = work / "quality"
    build([shared / "corpus"], out)
    report = work / "score.json"
    subprocess.run([sys.executable, str(shared / "eval" / "score.py"), str(out / "graph.ttl"), "--gold",
                    str(shared / "eval" / "gold"), "--json", str(report)], check=True, capture_output=True)
    return json.loads(report.read_text(encoding="utf-8"))


def varied_corpus(shared: Path, folder: Path, megabytes: float, seed: int = 7) -> int:
    """Write shuffled, place-swapped copies of the shared texts until the corpus has ``megabytes``."""
    rng = random.Random(seed)
    lex = lexicons.load()
    regions = [r.short for r in lex.regions if " " not in r.short]
    sources = [p.read_text(encoding="utf-8") for p in sorted((shared / "corpus").glob("*.txt"))]
    folder.mkdir(parents=True, exist_ok=True)
    size, n = 0, 0
    while size < megabytes * 1_000_000:
        text = sources[n % len(sources)]
        paragraphs = re.split(r"\n\s*\n", text)
        head, rest = paragraphs[:3], paragraphs[3:]
        rng.shuffle(rest)
        varied = "\n\n".join(head + rest)
        for old in ("Västmanland", "Sörmland", "Östergötland"):
            varied = varied.replace(old, rng.choice(regions))
        path = folder / f"doc{n:05d}.txt"
        path.write_text(varied, encoding="utf-8")
        size += len(varied.encode("utf-8"))
        n += 1
    return n


def throughput(folder: Path, work: Path) -> dict:
    paths = sorted(folder.glob("*.txt"))
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
    t0 = time.perf_counter()
    for p in paths:
        read(p)
    extract_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    report = build([folder], work / "throughput")
    build_s = time.perf_counter() - t0
    return {"documents": len(paths), "megabytes": sum(p.stat().st_size for p in paths) / 1e6, "words": words,
            "extract_seconds": extract_s, "build_seconds": build_s, "entities": sum(report.entities.values())}


def long_document(folder: Path, work: Path, megabytes: float = 0.5) -> dict:
    """The varied texts run together into one document of ``megabytes``: a rule whose cost grows with the square
    of a document's length shows here as a rate far below the many-document one."""
    parts, size = [], 0
    for p in sorted(folder.glob("*.txt")):
        parts.append(p.read_text(encoding="utf-8"))
        size += len(parts[-1].encode("utf-8"))
        if size >= megabytes * 1_000_000:
            break
    path = work / "long" / "lang.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n\n".join(parts), encoding="utf-8")
    t0 = time.perf_counter()
    read(path)
    seconds = time.perf_counter() - t0
    return {"megabytes": path.stat().st_size / 1e6, "words": len(path.read_text(encoding="utf-8").split()),
            "seconds": seconds}


def word_salad(work: Path, words: int = 40_000) -> dict:
    """One line of the domain's words in random order ("Projekt Region nära Nätverk …"), as a broken export might
    give: every cue stands thousands of times in one document, so a rule that reads the whole text again for each
    mention shows here."""
    rng = random.Random(3)
    vocabulary = "och att vård kommun Region nära samverkan Projekt leder deltar i för Nätverk Kommun".split()
    path = work / "salad" / "sallad.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(" ".join(rng.choice(vocabulary) for _ in range(words)) + "\n", encoding="utf-8")
    t0 = time.perf_counter()
    read(path)
    return {"megabytes": path.stat().st_size / 1e6, "words": words, "seconds": time.perf_counter() - t0}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    ap.add_argument("--megabytes", type=float, default=4.0)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        rep = quality(args.shared, work)
        e, r = rep["entities"], rep["relations"]
        print("quality on the shared corpus (target in brackets)")
        print(f"  entity F1            {e['ALL']['f1']:.3f}  (>= {TARGETS['entity F1']})")
        print(f"  relation F1          {r['ALL']['f1']:.3f}  (>= {TARGETS['relation F1']})")
        for kind in ("Person", "Organisation", "Project", "CollaborationForum"):
            print(f"  {kind:20} {e[kind]['f1']:.3f}  (>= {TARGETS['per type F1']})")
        for rel in ("worksFor", "title", "leads", "participatesIn", "partOf"):
            print(f"  {rel:20} {r[rel]['f1']:.3f}")
        print(f"  duplicate nodes      {len(rep['errors']['duplicates'])}  (0)")
        print(f"  canonical exact      {rep['canonical_label_exact']:.3f}  (>= {TARGETS['canonical exact']})")
        varied_corpus(args.shared, work / "varied", args.megabytes)
        t = throughput(work / "varied", work)
        print(f"throughput on {t['documents']} varied documents, {t['megabytes']:.1f} MB, {t['words']:,} words")
        print(f"  load+normalise+extract  {t['extract_seconds']:.1f} s  {t['words'] / t['extract_seconds']:,.0f} words/s")
        print(f"  whole build             {t['build_seconds']:.1f} s  {t['words'] / t['build_seconds']:,.0f} words/s"
              f"  ({t['entities']} entities)")
        print(f"  build / extract ratio   {t['build_seconds'] / t['extract_seconds']:.2f}")
        one = long_document(work / "varied", work)
        rate, many = one["words"] / one["seconds"], t["words"] / t["extract_seconds"]
        print(f"one long document of {one['megabytes']:.1f} MB, {one['words']:,} words")
        print(f"  load+normalise+extract  {one['seconds']:.1f} s  {rate:,.0f} words/s"
              f"  ({rate / many:.2f} of the many-document rate)")
        salad = word_salad(work)
        rate = salad["words"] / salad["seconds"]
        print(f"one line of {salad['words']:,} random domain words ({salad['megabytes']:.2f} MB)")
        print(f"  load+normalise+extract  {salad['seconds']:.1f} s  {rate:,.0f} words/s"
              f"  ({rate / many:.2f} of the many-document rate)")


if __name__ == "__main__":
    main()
