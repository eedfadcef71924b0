"""Small repairs of the dependency parse that several components need.

The small English model sometimes attaches the first of two coordinated
names as a modifier of the second: in "Yoon and Japanese Prime Minister
Fumio Kishida held talks" it makes "Yoon" an ``amod`` of "Minister" with
the "and" hanging on it, and no ``conj`` arc at all (or one to "Minister"
inside the same noun phrase). :func:`coordinated` gives a token's conjuncts
including such stranded ones.
"""
from __future__ import annotations

from collections.abc import Iterator, Set as AbstractSet

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

__all__ = ["GERUND_OBJECT_PREPOSITIONS", "coordinated", "describes_ties", "expletive_it", "in_title_phrase",
           "listed_appositions", "names_a_department", "stranded_conjuncts", "tokens_with_lower"]

# A gerund after these has the governing verb's object as its understood subject: "accused X of
# colluding", "thanked X for helping", "prevented X from joining", "warned X against attacking"; after
# others ("by", "before", "after") the governor's subject.
GERUND_OBJECT_PREPOSITIONS = frozenset({"of", "for", "from", "against"})

_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})

# Verbs whose "it" subject may stand for the clause that follows: "it was impossible for X to ...",
# "it seems that ...".
_EXTRAPOSING_VERBS = frozenset({"be", "seem", "appear", "become", "remain"})


def describes_ties(doc, end: int) -> bool:
    """True if the name ending before token ``end`` opens a hyphenated participle: "al Qaeda-linked
    militants", "Iran-backed militias" are tied to the name, not its own; "Saudi-led" forces are led by it.
    """
    return (end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].tag_ == "VBN"
            and doc[end + 1].lemma_.lower() != "lead")
_COORDINATORS = frozenset({"and", "or"})


def expletive_it(token: Token) -> bool:
    """Whether ``token`` is an "it" that stands for a clause with a subject of its own, not for an actor:
    "said it was impossible for Nigeria to support ...", "it is clear that Russia wants war", "it was time
    for China to act", "it is believed that Iran ...". "It is ready to sign" (no subject of its own in the
    clause) and "it said that ..." (a speaker) still refer back.

    >>> import spacy                                                     # doctest: +SKIP
    >>> nlp = spacy.load("en_core_web_sm")                              # doctest: +SKIP
    >>> expletive_it(nlp("It is important for France to stay.")[0])   # doctest: +SKIP
    True
    >>> expletive_it(nlp("It is ready to sign the deal.")[0])          # doctest: +SKIP
    False
    """
    if token.lower_ != "it" or token.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = token.head
    if not (verb.lemma_.lower() in _EXTRAPOSING_VERBS or token.dep_ == "nsubjpass" and verb.tag_ == "VBN"):
        return False
    # The clause hangs on the verb, or on its complement ("a mistake for Japan to leave", "time for China to act").
    holders = [verb, *(c for c in verb.children if c.dep_ in {"acomp", "attr"})]
    return any(clause.dep_ in {"ccomp", "advcl", "relcl", "xcomp"} and clause.i > verb.i
               and any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
               and (clause.dep_ == "ccomp" or any(c.dep_ == "mark" and c.lower_ in {"for", "that"}
                                                  for c in clause.children))
               for holder in holders for clause in holder.children)


def stranded_conjuncts(head: Token) -> list[Token]:
    """Name-like modifiers in ``head``'s left subtree that carry a coordinator but no conjunct.

    >>> import spacy                                                     # doctest: +SKIP
    >>> doc = spacy.load("en_core_web_sm")("Yoon and Japanese Prime Minister Fumio Kishida met.")  # doctest: +SKIP
    >>> [t.text for t in stranded_conjuncts(doc[6])]                    # doctest: +SKIP
    ['Yoon']
    """
    found = []
    for token in head.lefts:
        for node in token.subtree:
            # The conjunct arc, if any, stays inside the same noun phrase ("Yoon" conj "Minister").
            if (node.dep_ in _MODIFIER_DEPS and (node.pos_ == "PROPN" or node.is_title) and node.i < head.i
                    and any(c.dep_ == "cc" and c.lower_ in _COORDINATORS for c in node.children)
                    and all(c.i < head.i for c in node.children if c.dep_ == "conj")):
                found.append(node)
    return found


def listed_appositions(head: Token) -> list[Token]:
    """Names of a list that the parser hung on ``head`` as an apposition.

    In "Saudi Arabia, the UAE, Bahrain and Egypt cut ties" the small model
    makes "UAE" an ``appos`` of "Arabia" and "Bahrain", "Egypt" its
    conjuncts. A proper-name apposition with an "and" conjunct of its own is
    read as the rest of the list; "Russia, Serbia's ally" (no conjunct) and
    "the two countries, Russia and China" (a common-noun head) are not.
    """
    if head.pos_ != "PROPN":
        return []
    found = []
    for child in head.children:
        if child.dep_ != "appos" or child.pos_ != "PROPN" or not child.conjuncts:
            continue
        if any(c.dep_ == "cc" and c.lower_ == "and" for t in (child, *child.conjuncts) for c in t.children):
            found.extend([child, *child.conjuncts])
    return found


def coordinated(token: Token) -> list[Token]:
    """``token.conjuncts`` plus its stranded conjuncts and listed appositions (see those functions)."""
    return [*token.conjuncts, *stranded_conjuncts(token), *listed_appositions(token)]


def tokens_with_lower(doc: Doc, ids: AbstractSet[int]) -> Iterator[Token]:
    """The tokens of ``doc`` whose lower-case form has a string id (hash) in ``ids``, in order. They are
    picked from an array of ids: a loop over the Doc would make a Token object for every word.

    >>> import spacy
    >>> from spacy.strings import get_string_id
    >>> doc = spacy.blank("en")("The Minister met the minister's envoy")
    >>> [t.i for t in tokens_with_lower(doc, {get_string_id("minister")})]
    [1, 4]
    """
    for i, lower in enumerate(doc.to_array(LOWER).tolist()):
        if lower in ids:
            yield doc[i]


def in_title_phrase(doc, start: int, end: int, titles: AbstractSet[str]) -> bool:
    """Whether tokens ``start:end`` are words of a title phrase in ``titles`` (lower case), or one: "State"
    in "Deputy Secretary of State Kurt Campbell" is no body of its own.

    >>> import spacy
    >>> doc = spacy.blank("en")("U.S. Secretary of State Marco Rubio")
    >>> in_title_phrase(doc, 3, 4, {"secretary of state"}), in_title_phrase(doc, 0, 1, {"secretary of state"})
    (True, False)
    """
    low, high = max(0, start - 4), min(len(doc), start + 6)
    # The phrase texts are built from the tokens' texts: slicing the Doc for each of the
    # thirty candidate phrases made Spans and joined their text anew (a tenth of the resolver's time).
    words = [(t.text.lower(), t.whitespace_) for t in doc[low:high]]
    for first in range(low, start + 1):
        phrase = ""
        for last in range(first + 1, min(len(doc), first + 6) + 1):
            word, space = words[last - 1 - low]
            if last >= end and phrase + word in titles:
                return True
            phrase += word + space
    return False


def names_a_department(token: Token, title_heads: AbstractSet[str]) -> bool:
    """Whether ``token`` is in a name the NER calls an organisation that opens a title: the department
    of "Justice Minister", "Treasury Secretary", "National Security Minister", not a body of its own. A
    leader's is a party or group ("Vox leader Santiago Abascal"); a name of two or three words is a
    department only before a minister's, secretary's or commissioner's title ("Monetary Affairs
    Commissioner", "Business and Trade Secretary"; "Electoral Commission President" heads a body)."""
    doc = token.doc
    if token.ent_type_ != "ORG":
        return False
    start, end = token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    last = doc[end - 1]
    # "Business and Trade Secretary": the parser may hang the name on its first word.
    root = doc[start:end].root if doc[start:end].root.dep_ == "nmod" and last.dep_ == "conj" else last
    office = root.head.lemma_.lower()
    if root.dep_ not in {"compound", "nmod"} or (root.dep_ == "nmod" and root is last) or office == "leader":
        return False
    if end - start == 1:
        return office in title_heads
    return (end - start <= 3 and office in {"minister", "secretary", "commissioner"} and root.head.i == end
            and all(t.is_title or t.lower_ in {"and", "&"} for t in doc[start:end]))
