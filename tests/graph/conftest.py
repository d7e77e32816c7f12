import pytest

from naravard.pipeline import build
from tests_graph_docs import write_docs


@pytest.fixture(scope="module")
def fixture_build(tmp_path_factory):
    base = tmp_path_factory.mktemp("fixture")
    out = base / "out"
    build([write_docs(base / "docs")], out)
    return out
