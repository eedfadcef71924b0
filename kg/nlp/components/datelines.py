"""``kg_datelines_v1``: a wire dateline ("BANGKOK, July 29 -") is no part of the first sentence.

Runs before the parser, which keeps the sentence starts it is given. Without
it the small model reads "BANGKOK/PHNOM PENH, July 29 - Thailand accused
Cambodia ..." as one clause with two subjects and takes the city for the one
that accuses.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["DATELINE", "dateline_places", "mark_datelines"]

# At the start of a line: a place in capitals of three letters or more ("BANGKOK/PHNOM PENH",
# "WASHINGTON"), optionally ", Ukraine" or ", July 29", optionally "(Reuters)", then a dash and a
# capitalised word or a quote ("NATO - the alliance - met" has no dateline).
DATELINE = re.compile(
    r"^[ \t]*(?=[A-Z.'/ -]*[A-Z]{3})[A-Z][A-Z.'\-]*(?:[ /][A-Z][A-Z.'\-]*)*"
    r"(?:,[ \t]*[A-Z][a-z]+\.?(?:[ \t][A-Z][a-z]+)*(?:[ \t]\d{1,2})?)*"
    r"(?:[ \t]*\([A-Za-z .]+\))?[ \t]+[-\u2013\u2014]{1,2}[ \t]+(?=[A-Z\"\u201c'\u2018])",
    re.MULTILINE)


SENTENCE_END = frozenset({".", "!", "?"})


def dateline_places(text: str) -> list[str]:
    """The places a text's opening dateline names, in title case (none when it has no dateline).

    >>> dateline_places("TALLINN, May 23 - Estonia demanded ...")
    ['Tallinn']
    >>> dateline_places("BANGKOK/PHNOM PENH, July 29 (Reuters) - Thailand ...")
    ['Bangkok', 'Phnom Penh']
    >>> dateline_places("PORT-AU-PRINCE, June 26 - Kenyan police ...")
    ['Port-Au-Prince']
    >>> dateline_places("Estonia demanded on Thursday ...")
    []
    """
    match = DATELINE.match(text)
    if match is None:
        return []
    places = re.split(r"[,(]", match.group(0), maxsplit=1)[0]
    return [" ".join(place.split()).title() for place in places.split("/") if place.strip()]


def mark_datelines(doc: Doc) -> Doc:
    """Start a sentence at the first token after each dateline, and keep that sentence whole up to its
    full stop: given one start, the small parser sometimes adds more right after it ("ATHENS, Dec 7 -
    Greece | and | Turkey signed ...").

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> doc = mark_datelines(nlp("KYIV, July 29 (Reuters) - Russia struck Kyiv."))
    >>> [t.text for t in doc if t.is_sent_start]
    ['KYIV', 'Russia']
    >>> [t.is_sent_start for t in doc][-4:]
    [True, False, False, False]
    >>> [t.text for t in mark_datelines(nlp("US - China talks resumed.")) if t.is_sent_start]
    ['US']
    >>> [t.text for t in mark_datelines(nlp("NATO - the alliance - met.")) if t.is_sent_start]
    ['NATO']
    """
    starts = {token.idx: token for token in doc}
    for match in DATELINE.finditer(doc.text):
        token = starts.get(match.end())
        if token is not None and token.i > 0:
            token.is_sent_start = True
            for following in doc[token.i + 1:]:
                if following.is_sent_start:
                    break
                following.is_sent_start = False
                if following.text in SENTENCE_END:
                    break
    return doc


@Language.component("kg_datelines_v1")
def datelines(doc: Doc) -> Doc:
    return mark_datelines(doc)
