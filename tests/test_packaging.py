"""An install puts everything under the one import name `naravard`, never a bare `graph` or `output`."""
import configparser
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_installed_environment_has_no_generic_top_level_modules(tmp_path):
    probe = ("import importlib.util as u, naravard.graph, naravard.output, naravard.extract, naravard.ontology;"
             "print([m for m in ('graph', 'output', 'extract', 'ontology', 'cli', 'pipeline') if u.find_spec(m)])")
    result = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_setup_cfg_maps_every_folder_under_naravard():
    cfg = configparser.ConfigParser()
    cfg.read(ROOT / "setup.cfg", encoding="utf-8")
    packages = cfg["options"]["packages"].split()
    assert packages == ["naravard", "naravard.extract", "naravard.graph", "naravard.ontology", "naravard.output",
                        "naravard.output.exports"]
    assert cfg["options"]["package_dir"].split() == ["naravard", "=", "."]
    data = cfg["options.package_data"]
    assert "*.ttl" in data["naravard.ontology"] and "lexicons/*.tsv" in data["naravard.extract"]
