"""The notebooks in notebooks/: committed without outputs, and they run top to bottom.

Each notebook is executed once (module-scoped fixture) with nbclient in a real
ipykernel (kernel ``python3``, which must resolve to the Python running the
tests), in a temporary working directory. The environment points its outputs
at a temporary folder (``KG_NOTEBOOK_OUTPUT``, ``KG_EXTENSIONS_DIR``), so the
run writes nothing into the repository. A cell that raises fails the test.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("matplotlib")
pytest.importorskip("pandas")

REPO = Path(__file__).resolve().parents[2]
NOTEBOOK_DIR = REPO / "notebooks"
NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("*.ipynb"))
EXPECTED = ["01-explore.ipynb", "02-extend-ontology.ipynb", "03-gazetteer.ipynb"]
CELL_TIMEOUT = 300  # seconds; a build of the notebook articles takes a few


def test_the_notebooks_are_there():
    assert [p.name for p in NOTEBOOKS] == EXPECTED


# --------------------------------------------------------------------------- #
# Committed form: no outputs
# --------------------------------------------------------------------------- #

@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_committed_notebook_has_no_outputs(path: Path):
    raw = json.loads(path.read_text(encoding="utf-8"))
    dirty = [cell.get("id") for cell in raw["cells"] if cell["cell_type"] == "code"
             and (cell.get("outputs") or cell.get("execution_count") is not None)]
    assert not dirty, (f"{path.name}: cells {dirty} have outputs or execution counts; run "
                       f"`python tests/notebooks/strip_outputs.py {path.relative_to(REPO)}` before committing")
    assert not any("execution" in cell.get("metadata", {}) for cell in raw["cells"]), "execution timings left in"
    assert set(raw["metadata"]) <= {"kernelspec", "language_info"}, f"extra notebook metadata: {set(raw['metadata'])}"
    assert raw["metadata"]["kernelspec"]["name"] == "python3"
    nbformat.validate(nbformat.reads(path.read_text(encoding="utf-8"), as_version=4))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_starts_with_markdown_and_explains_its_steps(path: Path):
    nb = nbformat.read(path, as_version=4)
    assert nb.cells[0].cell_type == "markdown" and nb.cells[0].source.startswith("# ")
    markdown = [c for c in nb.cells if c.cell_type == "markdown"]
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert len(markdown) >= len(code) // 2, "explain the steps in markdown cells"
    assert len({c.id for c in nb.cells}) == len(nb.cells)


# --------------------------------------------------------------------------- #
# Execution
# --------------------------------------------------------------------------- #

def _run(nb, workdir: Path):
    client = nbclient.NotebookClient(nb, kernel_name="python3", timeout=CELL_TIMEOUT,
                                     resources={"metadata": {"path": str(workdir)}})
    client.execute()
    return nb


@pytest.fixture(scope="module")
def kernel_env(tmp_path_factory, repo_snapshot):
    """Environment variables the kernels start with (restored afterwards); the repository
    snapshot is taken first."""
    base = tmp_path_factory.mktemp("notebooks")
    values = {
        "KG_PROJECT_ROOT": str(REPO),
        "KG_NOTEBOOK_OUTPUT": str(base / "output"),
        "KG_EXTENSIONS_DIR": str(base / "extensions"),
        "PYTHONPATH": os.pathsep.join([str(REPO), *filter(None, [os.environ.get("PYTHONPATH")])]),
        "MPLCONFIGDIR": str(base / "matplotlib"),
    }
    saved = {key: os.environ.get(key) for key in values}
    os.environ.update(values)
    try:
        yield base
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@pytest.fixture(scope="module")
def run_notebook(kernel_env):
    """run_notebook(name) -> the executed notebook (each notebook runs once per module)."""
    done: dict[str, object] = {}

    def run(name: str):
        if name not in done:
            workdir = kernel_env / "cwd" / Path(name).stem
            workdir.mkdir(parents=True)
            done[name] = _run(nbformat.read(NOTEBOOK_DIR / name, as_version=4), workdir)
        return done[name]

    return run


def _outputs(nb, kind: str | None = None):
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        for output in cell.outputs:
            if kind is None or output.output_type == kind:
                yield cell, output


def _text(nb) -> str:
    parts = []
    for _, output in _outputs(nb):
        if output.output_type == "stream":
            parts.append(output.text)
        elif "data" in output:
            parts.append(output.data.get("text/plain", ""))
            parts.append(output.data.get("text/html", ""))
    return "\n".join(parts)


def test_kernel_is_the_test_python(kernel_env):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(
        "import json, sys\nprint(json.dumps({'executable': sys.executable, 'prefix': sys.prefix}))")]
    workdir = kernel_env / "cwd" / "kernel-check"
    workdir.mkdir(parents=True)
    _run(nb, workdir)
    seen = json.loads(nb.cells[0].outputs[0].text)
    assert Path(seen["prefix"]) == Path(sys.prefix), (
        f"kernel python3 runs {seen['executable']}, not the test interpreter {sys.executable}: "
        f"install ipykernel into this environment")
    assert Path(seen["executable"]).parent == Path(sys.executable).parent


@pytest.mark.parametrize("name", EXPECTED)
def test_notebook_runs_without_errors_or_warnings(run_notebook, name):
    nb = run_notebook(name)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.execution_count for c in code), "every code cell ran"
    stderr = [(cell.id, output.text) for cell, output in _outputs(nb, "stream") if output.name == "stderr"]
    assert not stderr, f"{name} wrote to stderr: {stderr}"


def test_explore_builds_the_graph_and_shows_plots_tables_and_page(run_notebook, kernel_env):
    nb = run_notebook("01-explore.ipynb")
    out = kernel_env / "output" / "explore"
    assert (out / "store").is_dir() and (out / "triples.jsonl").is_file(), "built into the temporary folder"
    images = [o for _, o in _outputs(nb) if "data" in o and "image/png" in o.data]
    tables = [o for _, o in _outputs(nb) if "data" in o and "<table" in o.data.get("text/html", "")]
    frames = [o for _, o in _outputs(nb) if "data" in o and "<iframe srcdoc=" in o.data.get("text/html", "")]
    assert len(images) >= 3 and len(tables) >= 8 and len(frames) == 2
    text = _text(nb)
    for expected in ("Vladimir Putin", "strategic-partner", "North Korea – Russia", "partner"):
        assert expected in text


def test_extension_notebook_new_relation_in_triples_sparql_and_page(run_notebook, kernel_env):
    import kg

    nb = run_notebook("02-extend-ontology.ipynb")
    after = kernel_env / "output" / "extend" / "after"
    triples = [json.loads(line) for line in (after / "triples.jsonl").read_text(encoding="utf-8").splitlines()]
    mediations = {(t["subject"], t["object"]) for t in triples if t["relation"] == "mediates-between"}
    assert {("Qatar", "Israel"), ("Qatar", "Hamas"), ("Oman", "Iran"),
            ("Community of Sant'Egidio", "Mozambique")} <= mediations
    before = kernel_env / "output" / "extend" / "before"
    assert "mediates-between" not in (before / "triples.jsonl").read_text(encoding="utf-8")

    # in a SPARQL result: the notebook's own output, and the same query here
    text = _text(nb)
    assert "kgo:mediates-between" in text and "Community of Sant'Egidio" in text
    result = kg.sparql(after, "SELECT ?m WHERE { ?m kgo:mediates-between ?p . ?p rdfs:label 'Israel' }")
    assert list(result.m) == ["kgr:Q846"]

    # in the page: the build's graph.html and the page displayed inline
    assert "mediates between" in (after / "graph.html").read_text(encoding="utf-8")
    frames = [o.data["text/html"] for _, o in _outputs(nb) if "data" in o and "<iframe" in o.data.get("text/html", "")]
    assert frames and all("mediates between" in frame for frame in frames)

    # the extension it saved is the file the repository ships, and it validated cleanly
    saved = kernel_env / "extensions" / "mediation.ttl"
    shipped = REPO / "pipelines" / "extensions" / "mediation.ttl"
    assert saved.read_text(encoding="utf-8") == shipped.read_text(encoding="utf-8")
    assert "same as pipelines/extensions/mediation.ttl: True" in text
    assert "clashes-with-core" in text and "missing-layer" in text  # the broken example's problems


def test_gazetteer_notebook_makes_unknown_actors_known(run_notebook, kernel_env):
    import kg

    nb = run_notebook("03-gazetteer.ipynb")
    before = kg.load_graph(kernel_env / "output" / "gazetteer" / "before")
    after = kg.load_graph(kernel_env / "output" / "gazetteer" / "after")
    unknown_before = set(kg.unknown_actors(before).label)
    assert {"Afonso Dhlakama", "Badr Albusaidi", "Lukoil"} <= unknown_before
    assert "Steve Witkoff" not in unknown_before  # the package gazetteer knows him (curated/roles.tsv)
    actors_after = after.actors().set_index("label")
    for name in unknown_before:
        assert actors_after.loc[name, "known"], name
    assert kg.unknown_actors(after).empty
    assert "unknown actors left: 0" in _text(nb)
    assert len(after.info["gazetteer_files"]) == 2


def test_notebooks_wrote_nothing_into_the_repository(run_notebook, repo_snapshot):
    for name in EXPECTED:
        run_notebook(name)
    assert _snapshot() == repo_snapshot


WATCHED = (REPO / "output" / "notebooks", REPO / "pipelines", REPO / "notebooks")


def _snapshot() -> dict[str, float]:
    return {str(path): path.stat().st_mtime for folder in WATCHED if folder.exists()
            for path in sorted(folder.rglob("*")) if path.is_file()}


@pytest.fixture(scope="module")
def repo_snapshot() -> dict[str, float]:
    """The files (and times) of the folders a notebook could write to, before any notebook ran."""
    return _snapshot()
