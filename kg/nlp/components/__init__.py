"""The project's spaCy pipeline components, one module each.

Importing this package registers the factories:

- ``kg_fixed_phrases_v1``: foreign fixed phrases ("persona non grata") become one token (runs first)
- ``kg_fixed_phrase_heads_v1``: a name the parser put under a merged phrase heads it again (after the parser)
- ``kg_name_norms_v1``: gazetteer acronyms that spell a word ("IS", "WHO") get a name's norm (runs first)
- ``kg_paragraph_breaks_v1``: a blank line ends a sentence (runs before the parser)
- ``kg_datelines_v1``: a wire dateline ("BANGKOK, July 29 -") is its own sentence (before the parser)
- ``kg_actor_ruler_v1``: gazetteer names, aliases, demonyms, seats -> span group
- ``kg_actor_resolver_v1``: mentions -> canonical actors (coreference included)
- ``kg_relation_extractor_v1``: ontology cues over the dependency parse -> assertions
"""
from kg.nlp.components import (  # noqa: F401
    actor_resolver, actor_ruler, datelines, fixed_phrases, name_norms, paragraph_breaks, relation_extractor,
)
