"""Actor mentions and the Doc extensions the pipeline components share.

Components communicate through a few ``Doc._`` attributes rather than through
``doc.ents``, so the statistical NER stays intact and can be compared:

- ``doc._.kg_article``: the article's metadata as a plain dict (``id``,
  ``date``, ``title``, ``url``), set by the caller before the pipeline runs;
  roles ("the Russian leader") resolve by its date.
- ``doc._.kg_mentions``: resolved actor mentions, in document order.
- ``doc._.kg_token_actors``: token index -> tuple of mentions the token stands
  for (a name's tokens, "its", "both nations" -> two countries...).
- ``doc._.kg_speakers``: token index -> the speaker mention of the quote the
  token is in.
- ``doc._.kg_relations``: relation hits found by the relation extractor.
- ``doc._.kg_assertions``: the article's assertions as plain dicts (the
  ``triples.jsonl`` contract), the only output that must survive
  multiprocessing; the other attributes hold Python objects that spaCy cannot
  serialise between processes, so they are cleared there.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of tokens (or a single pronoun/noun) resolved to one actor."""

    start: int
    end: int
    actor_id: str
    label: str
    type: str
    method: str  # how it was resolved: gazetteer, surname, demonym, seat, metonym, role, pronoun, group, unknown
    confidence: float
    known: bool = True  # False for actors minted from NER, absent from the gazetteer
    wikidata: str | None = None


@dataclass(frozen=True, slots=True)
class RelationHit:
    """One relation found in a sentence, before it becomes an ``Assertion``."""

    subject: Mention
    relation: str
    object: Mention
    sent_start: int  # token offsets of the sentence
    sent_end: int
    negated: bool = False
    modality: str = "asserted"
    attributed_to: Mention | None = None
    confidence: float = 1.0
    rule: str = ""
    cue: int = -1  # token index of the cue word, for debugging and highlighting


_EXTENSIONS: dict[str, object] = {
    "kg_article": None,
    "kg_mentions": None,
    "kg_token_actors": None,
    "kg_speakers": None,
    "kg_relations": None,
    "kg_assertions": None,
}

INTERMEDIATE_EXTENSIONS = ("kg_mentions", "kg_token_actors", "kg_speakers", "kg_relations")


def register_extensions() -> None:
    """Register the Doc extensions (idempotent)."""
    for name, default in _EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register_extensions()
