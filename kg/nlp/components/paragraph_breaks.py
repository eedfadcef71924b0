"""``kg_paragraph_breaks_v1``: a blank line ends a sentence, whatever the parser thinks.

Runs before the parser, which keeps the sentence starts it is given. Without
it the small model may read a paragraph and the list after it as one
sentence ("... a battle to avoid the wooden spoon.\\n\\n- M Blair (Edinburgh),
A Craig (Glasgow), ..."), and a relation cue in the paragraph then takes every
name of the list as an argument.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["mark_paragraph_breaks"]


def mark_paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence at the first token after each whitespace token holding a blank line.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> doc = mark_paragraph_breaks(nlp("One line.\\n\\nAnother"))
    >>> [t.text for t in doc if t.is_sent_start]
    ['One', 'Another']
    """
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    return doc


@Language.component("kg_paragraph_breaks_v1")
def paragraph_breaks(doc: Doc) -> Doc:
    return mark_paragraph_breaks(doc)
