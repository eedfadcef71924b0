"""Quotations: find quoted stretches of text so speech can be attributed.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> doc = nlp('“We will help you in every way we can,” he said. It was “ironic.”')
>>> [(q.start, q.end, q.is_speech) for q in find_quotes(doc)]
[(1, 11, True), (18, 20, False)]
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.attrs import IS_SPACE, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

OPENING = {"“": "”", "«": "»", "„": "“"}
STRAIGHT = '"'
MIN_SPEECH_TOKENS = 5  # shorter quotes are scare quotes or titles ("colluding", "America First")
_MARK_IDS = frozenset(get_string_id(mark) for mark in (*OPENING, *OPENING.values(), STRAIGHT))  # as token ORTHs


@dataclass(frozen=True, slots=True)
class Quote:
    """Tokens ``start:end`` inside quotation marks (the marks excluded)."""

    start: int
    end: int
    is_speech: bool
    paragraph_start: int  # character offset of the paragraph the quote opens in

    def follows(self, previous: "Quote") -> bool:
        """True if this quote continues ``previous`` in the same paragraph."""
        return previous.end <= self.start and previous.paragraph_start == self.paragraph_start


def find_quotes(doc: Doc) -> list[Quote]:
    """Pair quotation marks into quotes; unbalanced marks are ignored."""
    quotes: list[Quote] = []
    open_at: int | None = None
    closing = ""
    # Tracked while walking the tokens: Doc.text would join every token again for each quote.
    paragraph_start = opened_paragraph = 0
    for token in _marks_and_spaces(doc):
        text = token.text
        if "\n" in text:
            paragraph_start = token.idx + text.rfind("\n") + 1
        if open_at is None:
            if text in OPENING or text == STRAIGHT:
                open_at, closing, opened_paragraph = token.i, OPENING.get(text, STRAIGHT), paragraph_start
            continue
        if text == closing or (closing == STRAIGHT and text == STRAIGHT) or (text in OPENING.values() and text != "“"):
            quotes.append(_make_quote(doc, open_at + 1, token.i, opened_paragraph))
            open_at = None
        elif "\n" in text:  # a quote does not run past its paragraph unclosed
            open_at = None
    return quotes


def _marks_and_spaces(doc: Doc) -> Iterator[Token]:
    """The quotation marks and whitespace tokens (where line breaks are) of ``doc``, in order: no
    other token changes what :func:`find_quotes` does, and picking them from an array of token ids
    spares making a Token object for every word."""
    for i, (orth, is_space) in enumerate(doc.to_array([ORTH, IS_SPACE]).tolist()):
        if is_space or orth in _MARK_IDS:
            yield doc[i]


def _make_quote(doc: Doc, start: int, end: int, paragraph_start: int) -> Quote:
    words = [t for t in doc[start:end] if not t.is_punct and not t.is_space]
    is_speech = len(words) >= MIN_SPEECH_TOKENS and any(t.pos_ in {"VERB", "AUX"} or not t.pos_ for t in words)
    return Quote(start, end, is_speech, paragraph_start)
