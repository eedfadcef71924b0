"""The persistent graph store: an Oxigraph database (RocksDB) in ``OUT/store``.

* :func:`write_store` writes a whole dataset (default graph plus one named
  graph per article, see :mod:`kg.graph.rdf`) into a new store folder with
  pyoxigraph's bulk loader.
* :class:`StagedStore` is how ``kg build`` replaces the store: the new store is
  written into a hidden sibling folder ``OUT/.kg-store-new-XXXX`` and, only once
  the whole build has succeeded, swapped in by two renames
  (``store`` -> ``.kg-store-old-XXXX``, new -> ``store``) after which the old
  one is deleted. A build that fails or is interrupted before the swap leaves
  ``OUT/store`` as it was; a crash between the two renames leaves the old store
  under ``.kg-store-old-XXXX``, and :func:`recover` (run by every build and
  every reader) puts it back.
* :func:`open_store` opens the store read-only for queries (several readers at
  once are fine). An output folder without a store but with ``graph.ttl`` is
  loaded into an in-memory store instead.
* :func:`load_knowledge_graph` reads the articles and their assertions back
  from the per-article graphs, so ``kg build --append`` can re-derive the whole
  graph (events, counts, the page) from the store plus the new articles.

The store is the source of truth for ``--append``; ``triples.jsonl``,
``graph.ttl`` and ``graph.html`` are views of it, rewritten by every build.
"""
from __future__ import annotations

import gc
import os
import secrets
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

from kg.io.atomic import fsync_dir
from kg.graph.model import KnowledgeGraph
from kg.graph.rdf import MODALITY_NAMES, PREFIXES, Quad, actor_id_of
from kg.model import Article, Assertion
from kg.ontology import NAMESPACE, Ontology
from kg.store.errors import StoreErrors, store_error

__all__ = ["STORE_DIRNAME", "StagedStore", "load_knowledge_graph", "open_store", "recover",
           "store_dir", "to_oxigraph", "write_store"]

STORE_DIRNAME = "store"
NEW_PREFIX = ".kg-store-new-"
OLD_PREFIX = ".kg-store-old-"


def store_dir(graph_dir: str | os.PathLike[str]) -> Path:
    return Path(graph_dir) / STORE_DIRNAME


# --------------------------------------------------------------------------- #
# rdflib terms -> pyoxigraph terms
# --------------------------------------------------------------------------- #

class _Converter:
    """Converts terms, reusing the pyoxigraph objects of repeated IRIs."""

    def __init__(self) -> None:
        self.iris: dict[str, ox.NamedNode] = {}

    def iri(self, value: str) -> ox.NamedNode:
        node = self.iris.get(value)
        if node is None:
            node = self.iris[value] = ox.NamedNode(value)
        return node

    def term(self, term: object):
        if isinstance(term, URIRef):
            return self.iri(str(term))
        if isinstance(term, BNode):
            return ox.BlankNode(str(term))
        if isinstance(term, Literal):
            if term.language:
                return ox.Literal(str(term), language=term.language)
            if term.datatype is not None:
                return ox.Literal(str(term), datatype=self.iri(str(term.datatype)))
            return ox.Literal(str(term))
        raise TypeError(f"unsupported RDF term {term!r}")

    def quad(self, quad: Quad) -> ox.Quad:
        s, p, o, g = quad
        graph = ox.DefaultGraph() if g is None else self.iri(str(g))
        return ox.Quad(self.term(s), self.iri(str(p)), self.term(o), graph)


def to_oxigraph(quads: Iterable[Quad]) -> Iterator[ox.Quad]:
    """Convert the view's quads (rdflib terms) to pyoxigraph quads."""
    converter = _Converter()
    for quad in quads:
        yield converter.quad(quad)


# --------------------------------------------------------------------------- #
# Writing and swapping
# --------------------------------------------------------------------------- #

def write_store(quads: Iterable[Quad], path: str | os.PathLike[str]) -> int:
    """Write ``quads`` into a new store at ``path`` (which must not exist); return the quad count."""
    path = Path(path)
    if path.exists():
        raise FileExistsError(path)
    count = 0

    def counted() -> Iterator[ox.Quad]:
        nonlocal count
        for quad in to_oxigraph(quads):
            count += 1
            yield quad

    store = ox.Store(str(path))
    try:
        store.bulk_extend(counted())
        store.flush()
        store.optimize()
    finally:
        del store
        gc.collect()  # pyoxigraph closes the database when the object goes away
    return count


class StagedStore:
    """A new store written next to the live one and swapped in by :meth:`publish`.

    >>> with StagedStore(out) as staged:                  # doctest: +SKIP
    ...     write_store(quads, staged.path)
    ...     staged.publish()          # only reached if everything before succeeded

    Leaving the block without :meth:`publish` (an exception, an interrupt)
    deletes the staged folder and leaves ``out/store`` untouched.
    """

    def __init__(self, out: str | os.PathLike[str]) -> None:
        self.out = Path(out)
        self.path = self.out / f"{NEW_PREFIX}{secrets.token_hex(6)}"
        self.published = False

    def __enter__(self) -> StagedStore:
        self.out.mkdir(parents=True, exist_ok=True)
        recover(self.out)
        return self

    def __exit__(self, *exc: object) -> None:
        if not self.published:
            shutil.rmtree(self.path, ignore_errors=True)

    def publish(self) -> None:
        """Swap the staged store in as ``out/store``; the previous one is deleted."""
        target = self.out / STORE_DIRNAME
        old = None
        if target.exists():
            old = self.out / f"{OLD_PREFIX}{secrets.token_hex(6)}"
            os.rename(target, old)
        try:
            os.rename(self.path, target)
        except BaseException:
            if old is not None:
                os.rename(old, target)
            raise
        self.published = True
        fsync_dir(self.out)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)


def recover(out: str | os.PathLike[str]) -> None:
    """Repair what an interrupted build left behind in ``out``.

    A store swap interrupted between its two renames is undone (the previous
    store is put back); staged stores of builds that never finished, and old
    stores that a finished swap did not get to delete, are removed.
    """
    out = Path(out)
    if not out.is_dir():
        return
    target = out / STORE_DIRNAME
    olds = sorted(p for p in out.iterdir() if p.name.startswith(OLD_PREFIX) and p.is_dir())
    if not target.exists() and olds:
        os.rename(olds[-1], target)
        olds = olds[:-1]
    for leftover in olds + [p for p in out.iterdir() if p.name.startswith(NEW_PREFIX)]:
        shutil.rmtree(leftover, ignore_errors=True)


# --------------------------------------------------------------------------- #
# Reading
# --------------------------------------------------------------------------- #

def open_store(graph_dir: str | os.PathLike[str]) -> ox.Store:
    """The graph of a build's output folder, for reading.

    ``graph_dir/store`` is opened read-only; without it, ``graph_dir/graph.ttl``
    is loaded into an in-memory store (no named graphs then). A folder with
    neither raises E601.
    """
    graph_dir = Path(graph_dir)
    path = graph_dir / STORE_DIRNAME
    if not path.exists() and any(p.name.startswith(OLD_PREFIX) for p in _entries(graph_dir)):
        try:
            recover(graph_dir)
        except OSError:
            pass
    if path.is_dir():
        try:
            return ox.Store.read_only(str(path))
        except OSError as exc:
            raise store_error(StoreErrors.E602, path=path, detail=str(exc).splitlines()[0]) from None
    turtle = graph_dir / "graph.ttl"
    if turtle.is_file():
        store = ox.Store()
        try:
            store.bulk_load(path=str(turtle), format=ox.RdfFormat.TURTLE)
        except (SyntaxError, OSError, ValueError) as exc:
            raise store_error(StoreErrors.E602, path=turtle, detail=str(exc).splitlines()[0]) from None
        return store
    raise store_error(StoreErrors.E601, path=graph_dir)


def _entries(folder: Path) -> list[Path]:
    try:
        return list(folder.iterdir())
    except OSError:
        return []


_ARTICLES = """
SELECT ?doc ?title ?date ?url WHERE { GRAPH ?g {
  ?a a kgo:Article ; dcterms:identifier ?doc .
  OPTIONAL { ?a dcterms:title ?title } OPTIONAL { ?a dcterms:date ?date } OPTIONAL { ?a schema:url ?url }
} }"""

_MENTIONS = """
SELECT ?doc ?s ?p ?o ?sentence ?start ?end ?neg ?mod ?att ?conf ?date ?rule WHERE { GRAPH ?g {
  ?m a kgo:Mention ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kgo:inArticle ?a ;
     kgo:sentence ?sentence ; kgo:startChar ?start ; kgo:endChar ?end ; kgo:negated ?neg ;
     kgo:modality ?mod ; kgo:confidence ?conf ; kgo:rule ?rule .
  ?a dcterms:identifier ?doc .
  OPTIONAL { ?m kgo:attributedTo ?att } OPTIONAL { ?m dcterms:date ?date }
} }"""

_ACTORS = "SELECT ?a ?label ?type WHERE { ?a rdfs:label ?label ; a ?type }"


def _value(term) -> str | None:
    return None if term is None else term.value


def load_knowledge_graph(store: ox.Store, ontology: Ontology) -> KnowledgeGraph:
    """Rebuild the :class:`KnowledgeGraph` (articles and assertions) from a store's article graphs."""
    kg = KnowledgeGraph(symmetric=(r.id for r in ontology.relations.values() if r.symmetric))
    actors: dict[str, tuple[str, str]] = {}
    for row in store.query(_ACTORS, prefixes=PREFIXES):
        type_iri = row["type"].value
        kind = type_iri[len(NAMESPACE):] if type_iri.startswith(NAMESPACE) else "Actor"
        actors.setdefault(row["a"].value, (row["label"].value, kind))
    articles: dict[str, Article] = {}
    for row in store.query(_ARTICLES, prefixes=PREFIXES):
        doc = row["doc"].value
        articles[doc] = Article(doc, "", title=_value(row["title"]), date=_value(row["date"]),
                                url=_value(row["url"]))
    by_doc: dict[str, list[Assertion]] = {doc: [] for doc in articles}
    for row in store.query(_MENTIONS, prefixes=PREFIXES):
        s, o = row["s"].value, row["o"].value
        subject, subject_type = actors.get(s, (actor_id_of(s), "Actor"))
        obj, object_type = actors.get(o, (actor_id_of(o), "Actor"))
        att = row["att"]
        attributed = None if att is None else actors.get(att.value, (actor_id_of(att.value), ""))[0]
        relation = row["p"].value
        doc = row["doc"].value
        by_doc.setdefault(doc, []).append(Assertion(
            doc=doc, subject=subject, subject_id=actor_id_of(s), subject_type=subject_type,
            relation=relation[len(NAMESPACE):] if relation.startswith(NAMESPACE) else relation,
            object=obj, object_id=actor_id_of(o), object_type=object_type,
            sentence=row["sentence"].value, start_char=int(row["start"].value),
            end_char=int(row["end"].value), negated=row["neg"].value == "true",
            modality=MODALITY_NAMES.get(URIRef(row["mod"].value), "asserted"),
            attributed_to=attributed, confidence=float(row["conf"].value),
            date=_value(row["date"]), rule=row["rule"].value))
    for doc in sorted(by_doc):
        article = articles.get(doc) or Article(doc, "")
        kg.add_article(article, by_doc[doc])
    return kg
