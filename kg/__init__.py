"""geopol-kg: a knowledge graph of geopolitical relations from news articles.

The public API for scripts and notebooks:

- :func:`kg.build.build` — articles in, graph files out;
- :func:`kg.pipeline.build_nlp` / :func:`kg.pipeline.extract_article` — the
  spaCy pipeline and the pure extraction function;
- :class:`kg.graph.KnowledgeGraph` with :func:`kg.graph.rdf.to_rdf` and
  :func:`kg.graph.nx.to_networkx` views;
- :func:`kg.ontology.load_ontology` and :func:`kg.gazetteer.default_gazetteer`.
"""
__version__ = "0.1.0"
