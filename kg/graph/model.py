"""Merge assertions from many articles into one graph model.

The model keeps every article's assertions and derives nodes and edges from
them on demand, so merging is order-independent and idempotent: adding the
same article twice, or articles in another order, gives the same graph; an
article can be replaced or removed without touching the others.

>>> from kg.model import Assertion
>>> a = Assertion("d1", "Russia", "Q159", "Country", "strategic-partner", "North Korea", "Q423",
...               "Country", "Both nations entered into a strategic partnership.", 0, 50, date="2025-09-03")
>>> g = KnowledgeGraph(symmetric={"strategic-partner"}); g.add_assertions("d1", [a]); g.add_assertions("d1", [a])
>>> [(e.subject, e.relation, e.object, e.evidence_count) for e in g.edges()]
[('Q159', 'strategic-partner', 'Q423', 1)]
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from kg.model import Article, Assertion


@dataclass(frozen=True)
class ActorNode:
    id: str
    label: str
    type: str
    wikidata: str | None
    known: bool
    mentions: int


@dataclass(frozen=True)
class Edge:
    """All evidence for one (subject, relation, object, polarity); symmetric ends are sorted."""

    subject: str
    relation: str
    object: str
    negated: bool
    evidence: tuple[Assertion, ...]

    @property
    def key(self) -> str:
        return f"{self.relation}:negated" if self.negated else self.relation

    @property
    def evidence_count(self) -> int:
        return len(self.evidence)

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(sorted({a.doc for a in self.evidence}))

    @property
    def first_date(self) -> str | None:
        dates = sorted(a.date for a in self.evidence if a.date)
        return dates[0] if dates else None

    @property
    def last_date(self) -> str | None:
        dates = sorted(a.date for a in self.evidence if a.date)
        return dates[-1] if dates else None

    @property
    def confidence(self) -> float:
        """Noisy-or of the independent pieces of evidence: more reports, more confidence."""
        remaining = 1.0
        for assertion in self.evidence:
            remaining *= 1.0 - assertion.confidence
        return round(1.0 - remaining, 3)

    @property
    def modality(self) -> str:
        """'asserted' if any evidence asserts it, else the most frequent modality."""
        counts = Counter(a.modality for a in self.evidence)
        if counts.get("asserted"):
            return "asserted"
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]

    @property
    def attributed_to(self) -> tuple[str, ...]:
        return tuple(sorted({a.attributed_to for a in self.evidence if a.attributed_to}))


def _with_date(assertion: Assertion, article: Article | None) -> Assertion:
    if assertion.date or article is None or not article.date:
        return assertion
    return Assertion.from_dict({**assertion.to_dict(), "date": article.date})


class KnowledgeGraph:
    """Assertions per article, plus the article metadata; nodes and edges are derived."""

    def __init__(self, symmetric: Iterable[str] = ()) -> None:
        self.symmetric = frozenset(symmetric)
        self._assertions: dict[str, tuple[Assertion, ...]] = {}
        self._articles: dict[str, Article] = {}

    # -- building ------------------------------------------------------------------
    def add_article(self, article: Article, assertions: Iterable[Assertion]) -> None:
        """Add or replace one article and its assertions."""
        self._articles[article.id] = article
        self.add_assertions(article.id, assertions)

    def add_assertions(self, doc_id: str, assertions: Iterable[Assertion]) -> None:
        article = self._articles.get(doc_id)
        items = {_with_date(a, article) for a in assertions if a.doc == doc_id}
        self._assertions[doc_id] = tuple(sorted(items, key=Assertion.sort_key))

    def remove_article(self, doc_id: str) -> None:
        self._assertions.pop(doc_id, None)
        self._articles.pop(doc_id, None)

    # -- reading -------------------------------------------------------------------
    @property
    def articles(self) -> list[Article]:
        return [self._articles[k] for k in sorted(self._articles)]

    def assertions(self) -> Iterator[Assertion]:
        for doc_id in sorted(self._assertions):
            yield from self._assertions[doc_id]

    def actors(self) -> list[ActorNode]:
        info: dict[str, tuple[str, str]] = {}
        counts: Counter[str] = Counter()
        for a in self.assertions():
            for actor_id, label, kind in ((a.subject_id, a.subject, a.subject_type),
                                          (a.object_id, a.object, a.object_type)):
                counts[actor_id] += 1
                info.setdefault(actor_id, (label, kind))
        return [ActorNode(actor_id, info[actor_id][0], info[actor_id][1],
                          actor_id if _is_qid(actor_id) else None, not actor_id.startswith("unk/"),
                          counts[actor_id])
                for actor_id in sorted(info)]

    def edges(self) -> list[Edge]:
        groups: dict[tuple[str, str, str, bool], list[Assertion]] = {}
        for a in self.assertions():
            s, o = a.subject_id, a.object_id
            if a.relation in self.symmetric and o < s:
                s, o = o, s
            groups.setdefault((s, a.relation, o, a.negated), []).append(a)
        return [Edge(s, r, o, neg, tuple(ev)) for (s, r, o, neg), ev in sorted(groups.items())]

    def stats(self) -> dict[str, object]:
        edges = self.edges()
        by_relation = Counter(e.relation for e in edges if not e.negated)
        return {
            "articles": len(self._articles),
            "assertions": sum(len(v) for v in self._assertions.values()),
            "actors": len(self.actors()),
            "relations": sum(by_relation.values()),
            "relations_by_type": dict(sorted(by_relation.items())),
        }


def _is_qid(actor_id: str) -> bool:
    return actor_id[:1] == "Q" and actor_id[1:].isdigit()
