"""``kg_name_norms_v1``: gazetteer acronyms that spell a function word are read as names.

The model's embeddings see a token's NORM, and the norm of "IS" (the Islamic
State) is "is", of "WHO" (the World Health Organization) "who". The tagger and
parser then read the name as the word: "a tribal leader fighting IS alongside
Iraqi forces" gets "IS" as an auxiliary heading the clause, and "Iraqi troops
pushed IS out of Mosul" loses its object. Runs first, before the model's own
components, and gives such tokens the norm of a name of the same actor that is
not a word ("isil"), or else the last word of its label ("organization"). The
text, lemma and offsets are untouched; only what the statistical components
see changes.

The same holds for a person's name that opens with a word ("To Lam", Vietnam's
party leader, was parsed as "held talks with | to Lam"): the first word of
such a name, written as the gazetteer writes the whole name, gets the norm of
the gazetteer's most common given name.

Which names: single-token, all-capital gazetteer names of at least two letters
whose lower-case form is one of spaCy's English stop words; and persons' names
of two words or more whose first word, capitalised, is one. Countries are left
out: the news the model was trained on names "US" thousands of times, and
measured on the ConfliBERT train sentences a new norm for it only moved parses
that were right. An all-capital headline ("WHAT IS NEXT") keeps its words: a
capitalised word beside the token leaves it alone.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.gazetteer import Gazetteer
from kg.nlp.components.actor_ruler import load_gazetteer

__all__ = ["NameNorms", "capitalised_neighbours", "word_like_given_names", "word_like_names"]

# Pattern kinds that are not names of the actor itself.
NON_NAME_KINDS = frozenset({"Demonym", "Seat", "Surname"})


def _is_acronym(text: str) -> bool:
    return len(text) >= 2 and text.isalpha() and text.isupper()


def capitalised_neighbours(doc: Doc, start: int, end: int) -> list[Token]:
    """The words right before and after ``doc[start:end]`` written in capitals: beside an
    acronym, the sign of an all-capital headline ("WHAT IS NEXT").

    >>> import spacy
    >>> doc = spacy.blank("en")("WHAT IS NEXT as IS fighters fled")
    >>> [t.text for t in capitalised_neighbours(doc, 1, 2)], capitalised_neighbours(doc, 4, 5)
    (['WHAT', 'NEXT'], [])
    """
    return [doc[i] for i in (start - 1, end)
            if 0 <= i < len(doc) and doc[i].is_alpha and len(doc[i]) > 1 and doc[i].text.isupper()]


def word_like_names(gazetteer: Gazetteer, words: Iterable[str] = STOP_WORDS) -> dict[str, str]:
    """Map each word-like acronym of the gazetteer to the norm its tokens should get.

    >>> from kg.gazetteer import default_gazetteer
    >>> norms = word_like_names(default_gazetteer())
    >>> norms["IS"], norms["WHO"]
    ('isis', 'organization')
    >>> "NATO" in norms, "US" in norms
    (False, False)
    """
    words = {w.lower() for w in words}
    out: dict[str, str] = {}
    for pattern in gazetteer.ruler_patterns():
        text = pattern["pattern"]
        if pattern["label"] in NON_NAME_KINDS | {"Country"} or not _is_acronym(text) \
                or text.lower() not in words:
            continue
        actor = gazetteer.actors[pattern["id"]]
        others = [n.lower() for n in actor.aliases if _is_acronym(n) and n.lower() not in words]
        out[text] = others[0] if others else actor.label.split()[-1].lower()
    return dict(sorted(out.items()))


def word_like_given_names(gazetteer: Gazetteer, words: Iterable[str] = STOP_WORDS) -> dict[tuple[str, ...], str]:
    """Map each person's name that opens with a word (as token texts) to the norm its first word should get:
    the gazetteer's most common given name that is no word.

    >>> from kg.gazetteer import default_gazetteer
    >>> names = word_like_given_names(default_gazetteer())
    >>> names[("To", "Lam")] == names[("Than", "Shwe")], ("Kim", "Jong", "Un") in names
    (True, False)
    """
    words = {w.lower() for w in words}
    persons = [a for a in gazetteer.actors.values() if a.type == "Person"]
    given = Counter(a.label.split()[0].lower() for a in persons
                    if len(a.label.split()) > 1 and a.label.split()[0].lower() not in words)
    if not given:
        return {}
    norm = min(given, key=lambda name: (-given[name], name))
    names = {tuple(name.split()) for a in persons for name in (a.label, *a.aliases)}
    return {name: norm for name in sorted(names)
            if len(name) > 1 and name[0].lower() in words and name[0][:1].isupper() and name[0].isalpha()}


class NameNorms:
    """Set the NORM of word-like acronyms from ``norms`` (text -> norm), outside capitalised runs, and
    of the first word of persons' names that open with a word from ``given_names`` (words -> norm)."""

    def __init__(self, norms: Mapping[str, str], given_names: Mapping[tuple[str, ...], str] | None = None) -> None:
        self.norms = dict(norms)
        self.given_names: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for name, norm in (given_names or {}).items():
            self.given_names.setdefault(name[0], []).append((name, norm))

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            norm = self.norms.get(token.text)
            if norm is not None and not capitalised_neighbours(doc, token.i, token.i + 1):
                token.norm_ = norm  # not in "WHAT IS NEXT", a headline in capitals where the acronym is the word
            for name, given in self.given_names.get(token.text, ()):
                if tuple(t.text for t in doc[token.i:token.i + len(name)]) == name:
                    token.norm_ = given  # "held talks with To Lam"
                    break
        return doc


@Language.factory("kg_name_norms_v1", default_config={"gazetteer_files": []})
def make_name_norms(nlp: Language, name: str, gazetteer_files: Sequence[str]) -> NameNorms:
    """Run it before the model's first component: ``nlp.add_pipe("kg_name_norms_v1", first=True)``."""
    gazetteer = load_gazetteer(gazetteer_files)
    return NameNorms(word_like_names(gazetteer), word_like_given_names(gazetteer))
