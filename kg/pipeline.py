"""Assemble the spaCy pipeline and run extraction: ``Article -> list[Assertion]``.

Extraction is a pure function of the article text and metadata (plus the
model, ontology and gazetteer), so articles can be processed in any order, in
several processes, or on a distributed engine, and merged afterwards.
"""
from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

import kg.nlp.components  # noqa: F401  (registers the factories)
from kg.model import Article, Assertion
from kg.nlp.loading import load_model

# A single newline right after sentence-final punctuation (and closing quotes).
_PARAGRAPH_BREAK = re.compile(r"(?<=[.!?\"'\u201d\u2019])\n(?=\S)")

COMPONENTS = (
    ("kg_fixed_phrases", "kg_fixed_phrases_v1"),
    ("kg_name_norms", "kg_name_norms_v1"),
    ("kg_fixed_phrase_heads", "kg_fixed_phrase_heads_v1"),
    ("kg_paragraph_breaks", "kg_paragraph_breaks_v1"),
    ("kg_datelines", "kg_datelines_v1"),
    ("kg_actor_ruler", "kg_actor_ruler_v1"),
    ("kg_actor_resolver", "kg_actor_resolver_v1"),
    ("kg_relation_extractor", "kg_relation_extractor_v1"),
)


def build_nlp(model: str | None = None, *, ontology_files: Sequence[str | Path] = (),
              gazetteer_files: Sequence[str | Path] = (), keep_intermediate: bool = True) -> Language:
    """Load ``model`` and append the project's components.

    ``keep_intermediate=False`` drops mentions and relation hits from the Doc
    after extraction (needed for ``n_process > 1``, where Docs travel between
    processes as bytes).
    """
    nlp = load_model(model)
    ontology = [str(p) for p in ontology_files]
    gazetteer = [str(p) for p in gazetteer_files]
    # Before the model's own components: they read the norms it sets ("IS" as a name, not "is").
    nlp.add_pipe("kg_name_norms_v1", name="kg_name_norms", first=True, config={"gazetteer_files": gazetteer})
    # First of all: the merged phrases are what every later component, norms included, sees.
    nlp.add_pipe("kg_fixed_phrases_v1", name="kg_fixed_phrases", first=True, config={"ontology_files": ontology})
    nlp.add_pipe("kg_fixed_phrase_heads_v1", name="kg_fixed_phrase_heads", after="parser")
    nlp.add_pipe("kg_paragraph_breaks_v1", name="kg_paragraph_breaks", before="parser")
    nlp.add_pipe("kg_datelines_v1", name="kg_datelines", before="parser")
    nlp.add_pipe("kg_actor_ruler_v1", name="kg_actor_ruler", config={"gazetteer_files": gazetteer})
    nlp.add_pipe("kg_actor_resolver_v1", name="kg_actor_resolver",
                 config={"gazetteer_files": gazetteer, "ontology_files": ontology})
    nlp.add_pipe("kg_relation_extractor_v1", name="kg_relation_extractor",
                 config={"gazetteer_files": gazetteer, "ontology_files": ontology,
                         "keep_intermediate": keep_intermediate})
    return nlp


def make_doc(nlp: Language, article: Article) -> Doc:
    """A tokenised Doc carrying the article's metadata for the components.

    A line break after the end of a sentence becomes a space: the parser,
    trained on running text, misreads the sentence after a whitespace token
    ("\nYoon and Japanese Prime Minister Fumio Kishida held talks"). The
    text keeps its length, so character offsets still point into the
    article. The break still starts a sentence: the parser keeps a start it
    is given, and would otherwise run on after an initial-like end ('he wrote
    on X.\nEuropean Commission President ...').
    """
    doc = nlp.make_doc(_PARAGRAPH_BREAK.sub(" ", article.text))
    starts = {match.end() for match in _PARAGRAPH_BREAK.finditer(article.text)}
    for token in doc[1:]:
        if token.idx in starts:
            token.is_sent_start = True
    doc._.kg_article = {"id": article.id, "date": article.date, "title": article.title, "url": article.url}
    return doc


def assertions_of(doc: Doc) -> list[Assertion]:
    return [Assertion.from_dict(d) for d in (doc._.kg_assertions or [])]


def extract_article(nlp: Language, article: Article) -> list[Assertion]:
    """Extract one article's assertions.

    >>> nlp = build_nlp()                                           # doctest: +SKIP
    >>> a = Article("demo", "Russia accused Ukraine of shelling Kursk.", date="2024-08-10")
    >>> [(x.subject, x.relation, x.object) for x in extract_article(nlp, a)]   # doctest: +SKIP
    [('Russia', 'accuses', 'Ukraine'), ...]
    """
    return assertions_of(nlp(make_doc(nlp, article)))


@dataclass(frozen=True)
class ArticleResult:
    article: Article
    assertions: list[Assertion]
    sentences: int
    words: int


def extract_articles(nlp: Language, articles: Iterable[Article], *, n_process: int = 1,
                     batch_size: int = 16) -> Iterator[ArticleResult]:
    """Extract many articles with ``nlp.pipe``; results come in input order."""
    pending: deque[Article] = deque()

    def docs() -> Iterator[Doc]:
        for article in articles:
            pending.append(article)
            yield make_doc(nlp, article)

    for doc in nlp.pipe(docs(), n_process=n_process, batch_size=batch_size):
        article = pending.popleft()
        yield ArticleResult(article, assertions_of(doc), sum(1 for _ in doc.sents),
                            sum(1 for t in doc if not (t.is_space or t.is_punct)))
