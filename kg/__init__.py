"""geopol-kg: a knowledge graph of geopolitical relations from news articles.

The public API for scripts and notebooks:

- :func:`kg.build.build` — articles in, graph files out;
- :func:`kg.pipeline.build_nlp` / :func:`kg.pipeline.extract_article` — the
  spaCy pipeline and the pure extraction function;
- :class:`kg.graph.KnowledgeGraph` with :func:`kg.graph.rdf.to_rdf` and
  :func:`kg.graph.nx.to_networkx` views;
- :func:`kg.ontology.load_ontology` and :func:`kg.gazetteer.default_gazetteer`.

The notebook API (:mod:`kg.api`) is available from the package itself and
imported on first use, so ``import kg`` stays cheap:

- :func:`kg.rebuild` / :func:`kg.load_graph` — build or load an output folder
  as a :class:`kg.BuiltGraph` (KnowledgeGraph, ontology and SPARQL store);
- :func:`kg.sparql` (named queries or SPARQL text -> pandas DataFrame),
  :func:`kg.networkx_view` and :func:`kg.show` (the page, inline in Jupyter);
- :func:`kg.extend_ontology`, :func:`kg.validate_ontology_extension` and
  :func:`kg.save_extension` for ontology extensions;
- :func:`kg.unknown_actors` and :func:`kg.write_gazetteer_extra` for the
  gazetteer.
"""
__version__ = "0.1.0"

#: Names of :mod:`kg.api` that ``kg`` re-exports (imported on first access).
_API_NAMES = (
    "BuiltGraph",
    "ExtensionError",
    "NewActor",
    "Page",
    "Problem",
    "extend_ontology",
    "graph_ontology",
    "iri",
    "list_queries",
    "load_graph",
    "load_ontology",
    "networkx_view",
    "project_root",
    "rebuild",
    "relations_table",
    "save_extension",
    "show",
    "sparql",
    "unknown_actors",
    "validate_ontology_extension",
    "write_gazetteer_extra",
)


def __getattr__(name: str):
    if name in _API_NAMES:
        from kg import api

        value = getattr(api, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_API_NAMES))
