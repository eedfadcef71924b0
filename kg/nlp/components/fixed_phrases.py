"""``kg_fixed_phrases_v1``: foreign fixed phrases become one token before the model reads them.

The small English model parses "declared the ambassador persona non grata" as
if "persona" were a verb with "grata" as its object, and the declared
diplomat ends up nowhere a relation cue can find. The ontology lists such
phrases (``kgo:fixedPhrase``); this component runs first, before the model's
own components, and merges each occurrence into one token whose lemma joins
the phrase's words with "_" ("persona_non_grata"), so that a verb cue can name
it ("declare persona_non_grata") and the parser sees one noun-like word. The
text and character offsets are unchanged.

The tagger still takes the merged word for a proper noun, and the parser may
then make a name before it one of its compounds ("declared Mexican ambassador
Raquel Serur persona non grata"). ``kg_fixed_phrase_heads_v1``, run after the
parser, gives such a phrase's place to the name and makes the phrase the
name's predicate (``oprd``).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from kg.ontology import load_ontology

__all__ = ["FixedPhrases", "phrase_lemma", "reattach_names"]


def phrase_lemma(phrase: str) -> str:
    """The lemma a merged phrase gets.

    >>> phrase_lemma("Persona  non grata")
    'persona_non_grata'
    """
    return "_".join(phrase.lower().split())


class FixedPhrases:
    """Merge each case-insensitive occurrence of ``phrases`` into one token.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> doc = FixedPhrases(nlp, ["persona non grata"])(nlp("They declared him Persona non grata."))
    >>> [(t.text, t.lemma_) for t in doc][2:4]
    [('him', ''), ('Persona non grata', 'persona_non_grata')]
    """

    def __init__(self, nlp: Language, phrases: Iterable[str]) -> None:
        self.phrases = sorted({" ".join(p.lower().split()) for p in phrases if len(p.split()) > 1})
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for phrase in self.phrases:
            self.matcher.add(phrase_lemma(phrase), [nlp.make_doc(phrase)])

    def __call__(self, doc: Doc) -> Doc:
        if not self.phrases:
            return doc
        spans = filter_spans(doc[start:end] for _, start, end in self.matcher(doc))
        if spans:
            with doc.retokenize() as retokenizer:
                for span in spans:
                    retokenizer.merge(span, attrs={"LEMMA": phrase_lemma(span.text)})
        return doc


def reattach_names(doc: Doc) -> Doc:
    """A merged phrase that heads proper-noun compounds gives its place to the last of them.

    >>> from spacy.tokens import Doc
    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> words = ["Quito", "declared", "Raquel", "Serur", "persona non grata"]
    >>> doc = Doc(nlp.vocab, words=words, spaces=[True, True, True, True, False],
    ...           heads=[1, 1, 4, 4, 1], deps=["nsubj", "ROOT", "compound", "compound", "dobj"],
    ...           tags=["NNP", "VBD", "NNP", "NNP", "NNP"])
    >>> [(t.text, t.dep_, t.head.text) for t in reattach_names(doc)][2:]
    [('Raquel', 'compound', 'Serur'), ('Serur', 'dobj', 'declared'), ('persona non grata', 'oprd', 'declared')]
    """
    for phrase in doc:
        if " " not in phrase.text:
            continue
        names = [c for c in phrase.children if c.dep_ == "compound" and c.i < phrase.i]
        if not names or names[-1].tag_ not in {"NNP", "NNPS"} or phrase.head.i == phrase.i:
            continue
        name, head, dep = names[-1], phrase.head, phrase.dep_
        for child in names[:-1]:
            child.head = name
        name.head, name.dep_ = head, dep
        phrase.head, phrase.dep_ = head, "oprd"
    return doc


@Language.component("kg_fixed_phrase_heads_v1")
def fixed_phrase_heads(doc: Doc) -> Doc:
    return reattach_names(doc)


@Language.factory("kg_fixed_phrases_v1", default_config={"ontology_files": []})
def make_fixed_phrases(nlp: Language, name: str, ontology_files: Sequence[str]) -> FixedPhrases:
    """Run it before the model's first component: ``nlp.add_pipe("kg_fixed_phrases_v1", first=True)``."""
    return FixedPhrases(nlp, load_ontology(ontology_files).fixed_phrases)
