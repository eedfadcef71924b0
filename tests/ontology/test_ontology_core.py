"""The core ontology: agrees with the spec, is complete, and its cues are sound."""
from __future__ import annotations


import pytest
import rdflib
from rdflib import OWL, RDF, RDFS, SKOS

from kg.errors import KGError
from kg.model import MODALITIES
from kg.nlp.components.fixed_phrases import phrase_lemma
from kg.ontology import CORE_PATH, NAMESPACE, Ontology, load_ontology

KGO = rdflib.Namespace(NAMESPACE)
DCTERMS = rdflib.Namespace("http://purl.org/dc/terms/")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")


# --------------------------------------------------------------------------- #
# The Turtle file itself
# --------------------------------------------------------------------------- #


@pytest.fixture(scope="module")
def raw_graph() -> rdflib.Graph:
    graph = rdflib.Graph()
    graph.parse(CORE_PATH, format="turtle")
    return graph


def test_core_turtle_parses(raw_graph):
    assert len(raw_graph) > 500


def test_ontology_header(raw_graph):
    onto = rdflib.URIRef("https://w3id.org/geokg/ontology")
    assert (onto, RDF.type, OWL.Ontology) in raw_graph
    for prop in (OWL.versionInfo, OWL.versionIRI, RDFS.label, DCTERMS.description, DCTERMS.license):
        assert raw_graph.value(onto, prop) is not None, prop


def test_core_is_cached_and_reloadable():
    from kg import ontology as module

    assert load_ontology() is load_ontology()
    module._core_graph.cache_clear()
    module._core_ontology.cache_clear()
    fresh = load_ontology()
    assert fresh is load_ontology() and "meets-with" in fresh.relations


def test_repr(onto):
    assert isinstance(onto, Ontology)
    assert "relations" in repr(onto)
    assert onto.files == (str(CORE_PATH),)


# --------------------------------------------------------------------------- #
# Agreement with the spec (../shared/spec/core-relations.tsv)
# --------------------------------------------------------------------------- #


def test_relation_matches_spec(onto, spec_row):
    rel = onto.relations.get(spec_row["id"])
    assert rel is not None, f"{spec_row['id']} missing from core.ttl"
    assert rel.id == spec_row["id"]
    assert rel.iri == NAMESPACE + spec_row["id"]
    assert rel.layer == spec_row["layer"]
    assert rel.symmetric is spec_row["symmetric"]
    assert rel.domain == spec_row["subject"]
    assert rel.range == spec_row["object"]
    assert set(rel.cameo) == spec_row["cameo"]
    assert set(rel.plover) == spec_row["plover"]
    assert rel.goldstein == spec_row["goldstein"]
    if spec_row["wikidata_inverse"]:
        assert set(rel.wikidata_inverse) == spec_row["wikidata"]
        assert rel.wikidata == ()
    else:
        assert set(rel.wikidata) == spec_row["wikidata"]
        assert rel.wikidata_inverse == ()
    assert rel.source == str(CORE_PATH)


def test_relations_beyond_spec_are_complete_cameo_events(onto, spec_rows):
    """The spec lists what the ontology must have; what core.ttl adds is fully coded event vocabulary."""
    extra = set(onto.relations) - {row["id"] for row in spec_rows}
    assert extra == {"eases-sanctions-on", "releases", "investigates", "coerces", "expresses-sympathy-with",
                     "agrees-with", "declares-ceasefire-with", "extradites", "cuts-aid-to",
                     "reduces-relations-with", "withdraws-forces-from", "withdraws-peacekeepers-from",
                     "deports", "denies-accusations-by", "blockades",
                     "apologizes-to", "expresses-concern-about", "expresses-hope-about"}
    for rel_id in extra:
        rel = onto.relations[rel_id]
        assert rel.layer == "event" and rel.cameo and rel.plover and rel.goldstein is not None, rel_id
        assert rel.verb_cues and rel.label and rel.definition, rel_id


def test_turtle_types_match_loader(onto, raw_graph):
    """The loader's view agrees with the raw triples for symmetry and layer."""
    for rel in onto.relations.values():
        iri = rdflib.URIRef(rel.iri)
        assert (iri, RDF.type, OWL.ObjectProperty) in raw_graph
        assert ((iri, RDF.type, OWL.SymmetricProperty) in raw_graph) is rel.symmetric
        layer = KGO.StandingLayer if rel.layer == "standing" else KGO.EventLayer
        assert (iri, KGO.layer, layer) in raw_graph


def test_goldstein_is_decimal(raw_graph):
    for value in raw_graph.objects(None, KGO.goldstein):
        assert value.datatype == rdflib.XSD.decimal, value


def test_wikidata_values_are_iris(raw_graph):
    for pred in (KGO.wikidataProperty, KGO.wikidataInverseProperty):
        for value in raw_graph.objects(None, pred):
            assert isinstance(value, rdflib.URIRef)
            assert str(value).startswith("http://www.wikidata.org/prop/direct/P")


# --------------------------------------------------------------------------- #
# Completeness
# --------------------------------------------------------------------------- #


def test_every_relation_documented_and_cued(onto):
    for rel in onto.relations.values():
        assert rel.label and rel.definition, rel.id
        assert rel.verb_cues or rel.noun_cues, f"{rel.id} has no cue"
        assert all(cue for cue in rel.verb_cues + rel.noun_cues), rel.id


def test_event_relations_are_coded(onto):
    for rel in onto.relations.values():
        if rel.layer == "event":
            assert rel.cameo and rel.plover and rel.goldstein is not None, rel.id


# The sixteen event types of PLOVER (openeventdata/PLOVER, CAMEO2PLOVER).
PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def test_plover_codes_are_plover_types(onto):
    for rel in onto.relations.values():
        assert set(rel.plover) <= PLOVER_TYPES, rel.id


def test_finer_relations_generalise_as_plover_files_them(onto):
    """PLOVER files CAMEO 161, 162 and 164 under SANCTION with the core's sanctions and expels."""
    for rel_id in ("reduces-relations-with", "cuts-aid-to"):
        assert onto.relations[rel_id].plover == ("SANCTION",)
        assert onto.generalize(rel_id, {"sanctions", "rejects", "criticizes"}) == "sanctions"
    # Voiced concern is a mild criticism (both PLOVER ACCUSE).
    assert onto.generalize("expresses-concern-about", {"criticizes", "accuses"}) == "criticizes"
    # A border closed to a neighbour: PLOVER's COERCE, which the core lacks, read as a ban.
    assert onto.generalize("blockades", {"sanctions", "attacks", "threatens"}) == "sanctions"


def test_prepositions_consistent(onto):
    for rel in onto.relations.values():
        assert not set(rel.object_prepositions) & set(rel.agent_prepositions), rel.id
        if rel.participant_prepositions:
            assert rel.symmetric, rel.id


PARTICLES = frozenset({"over", "out", "off", "up", "down"})


def test_cue_prepositions_introduce_the_object(onto):
    """A preposition right after a cue's verb ("side with", "call on") is an object preposition,
    unless the cue names its object as well ("call for sanction"). One after the cue's noun ("lodge
    protest with") introduces the object by itself, as the extractor reads it. So does one ending a bare
    cue (kgo:bareCue: "called on Modi" meets him), which another relation shares."""
    prepositions = {
        p
        for rel in onto.relations.values()
        for p in rel.object_prepositions + rel.agent_prepositions + rel.participant_prepositions
    }
    for rel in onto.relations.values():
        for cue in rel.verb_cues:
            for k, lemma in enumerate(cue[1:], start=1):
                if lemma in PARTICLES and k == 1:
                    continue  # "hand over supplies": a particle, not the preposition of "concern over X"
                if lemma in prepositions and k == len(cue) - 1 == 1 and cue not in rel.bare_cues:
                    assert lemma in rel.object_prepositions, (rel.id, cue)


def test_no_cue_belongs_to_two_relations(onto):
    """Except a noun whose modifier is the object of one relation (kgo:modifierObject) and a party of the
    other: "NATO allies" are members of NATO, "a US ally" is an ally of the US; and a cue of two relations
    whose subjects are of different classes: a person who chairs a body leads it, a state is its member; and
    a bare cue (kgo:bareCue), which the verb's clause decides between: "called on Modi" meets him, "called on
    Russia to withdraw" requests."""
    owner: dict[tuple[str, str, tuple[str, ...]], str] = {}
    for rel in onto.relations.values():
        for kind, cues in (("verb", rel.verb_cues), ("noun", rel.noun_cues)):
            for cue in cues:
                key = (kind, cue[0] if kind == "verb" else cue[-1], cue)
                if key in owner and kind == "noun" and (
                        onto.relations[owner[key]].modifier_object != rel.modifier_object):
                    continue
                if key in owner and not set(onto.relations[owner[key]].domain) & set(rel.domain):
                    continue
                if key in owner and (cue in rel.bare_cues or cue in onto.relations[owner[key]].bare_cues):
                    continue
                assert key not in owner, f"{kind} cue {cue} in {owner.get(key)} and {rel.id}"
                owner[key] = rel.id


SAMPLE_ARTICLE_CUES = [
    # putin-kim-beijing.txt: phrase -> (relation, kind, cue, preposition it needs)
    ("met with", "meets-with", "verb", ("meet",), "with"),
    ("meeting", "meets-with", "noun", ("meeting",), None),
    ("bilateral discussion", "meets-with", "noun", ("discussion",), None),
    ("expressed gratitude for", "praises", "verb", ("express", "gratitude"), "for"),
    ("assistance", "aids", "noun", ("assistance",), None),
    ("assist Russia", "aids", "verb", ("assist",), None),
    ("visit to North Korea", "visits", "noun", ("visit",), "to"),
    ("strategic partnership", "strategic-partner", "noun", ("strategic", "partnership"), None),
    ("mutual defense agreement", "ally-of", "noun", ("mutual", "defense", "agreement"), None),
    ("invitation to Kim", "invites", "noun", ("invitation",), "to"),
    ("extended an invitation", "invites", "verb", ("extend", "invitation"), "to"),
    ("troop deployment to Russia", "deploys-forces-to", "noun", ("troop", "deployment"), "to"),
    ("send soldiers", "deploys-forces-to", "verb", ("send", "soldier"), "to"),
    ("has alleged", "accuses", "verb", ("allege",), None),
    ("accused China ... of", "accuses", "verb", ("accuse",), None),
    ("providing North Korea with", "aids", "verb", ("provide",), None),
    ("colluding", "cooperates-with", "verb", ("collude",), None),
    ("dismissed the claims", "rejects", "verb", ("dismiss",), None),
    ("support Russia", "supports", "verb", ("support",), None),
]


@pytest.mark.parametrize("phrase,rel_id,kind,cue,prep", SAMPLE_ARTICLE_CUES,
                         ids=[row[0] for row in SAMPLE_ARTICLE_CUES])
def test_sample_article_is_covered(onto, phrase, rel_id, kind, cue, prep):
    index = onto.verb_cue_index() if kind == "verb" else onto.noun_cue_index()
    head = cue[0] if kind == "verb" else cue[-1]
    assert (rel_id, cue) in [(rel.id, c) for rel, c in index.get(head, [])], phrase
    if prep:
        assert prep in onto.relation(rel_id).object_prepositions, phrase


# --------------------------------------------------------------------------- #
# Cue form: lower-case spaCy lemmas
# --------------------------------------------------------------------------- #

CUE_PREDICATES = ("verbCue", "nounCue", "markerCue", "objectPreposition", "agentPreposition",
                  "participantPreposition", "agentNoun", "groupNoun")


def test_a_cue_word_joined_by_underscores_is_a_fixed_phrase():
    """"declare persona_non_grata" can only match if "persona non grata" is merged into one token."""
    ontology = load_ontology()
    lemmas = {phrase_lemma(phrase) for phrase in ontology.fixed_phrases}
    assert lemmas
    for relation in ontology.relations.values():
        for cue in (*relation.verb_cues, *relation.noun_cues):
            for word in cue:
                assert "_" not in word or word in lemmas, (relation.id, cue)


def test_cue_literals_are_clean(raw_graph):
    for name in CUE_PREDICATES:
        for subject, value in raw_graph.subject_objects(KGO[name]):
            text = str(value)
            where = f"{subject} kgo:{name} {text!r}"
            assert isinstance(value, rdflib.Literal), where
            assert text == text.lower(), where
            assert text == " ".join(text.split()) and text, where
            if text != "n't":
                # "_" joins the words of a fixed phrase, which is one token ("persona_non_grata").
                assert all(ch.isalpha() or ch in " _" for ch in text), where
                assert all(word.strip("_") == word for word in text.split()), where


# Verbs whose base form is another verb's past form: out of context the tagger reads "will found" as
# "find"; in text "founded" is lemmatised "found".
PAST_FORM_HOMOGRAPHS = {"found": "find"}


def lemma_mismatches(nlp, cues, kind):
    """Cues whose lemmas are not what spaCy's lemmatiser gives for them in context.

    A cue is a valid lemma sequence if lemmatising it (inside a verb or noun
    frame) gives the cue back: "troops" would come back as "troop".
    """
    frame, offset = ("They will {} .", 2) if kind == "verb" else ("They saw the {} .", 3)
    bad = []
    for cue in cues:
        doc = nlp(frame.format(" ".join(cue)))
        lemmas = tuple(tok.lemma_.lower() for tok in doc[offset: offset + len(cue)])
        if kind == "verb" and cue[0] in PAST_FORM_HOMOGRAPHS and lemmas[0] == PAST_FORM_HOMOGRAPHS[cue[0]]:
            continue
        if lemmas != tuple(cue):
            bad.append((cue, lemmas))
    return bad


def test_lemma_check_catches_inflected_cue(nlp):
    assert nlp("the troops")[1].lemma_ == "troop"
    assert lemma_mismatches(nlp, [("troops",)], "noun") == [(("troops",), ("troop",))]
    assert lemma_mismatches(nlp, [("send", "troops")], "verb") == [(("send", "troops"), ("send", "troop"))]
    assert lemma_mismatches(nlp, [("met",)], "verb")
    assert not lemma_mismatches(nlp, [("found",)], "verb")  # a homograph of "find"
    assert nlp("Mercosur was founded by Argentina .")[2].lemma_ == "found"


@pytest.mark.parametrize("surface,lemma", [
    ("They held talks with Iran .", {"held": "hold", "talks": "talk"}),
    ("Putin met Kim and sent troops .", {"met": "meet", "sent": "send", "troops": "troop"}),
    ("The US imposed sanctions and an arms embargo .", {"sanctions": "sanction", "arms": "arm"}),
    ("Hostilities between the allies ended .", {"Hostilities": "hostility", "allies": "ally"}),
    ("Peace negotiations and congratulations .", {"negotiations": "negotiation",
                                                   "congratulations": "congratulation"}),
])
def test_inflected_forms_reach_cue_lemmas(nlp, onto, surface, lemma):
    doc = nlp(surface)
    got = {tok.text: tok.lemma_.lower() for tok in doc}
    all_cue_lemmas = {
        word
        for rel in onto.relations.values()
        for cue in rel.verb_cues + rel.noun_cues
        for word in cue
    }
    for text, expected in lemma.items():
        assert got[text] == expected
        assert expected in all_cue_lemmas


def test_relation_cues_are_lemmas(nlp, onto):
    bad = []
    for rel in onto.relations.values():
        # Naming predicates are checked where they stand, as predicates ("called it unacceptable").
        verb_cues = [cue for cue in rel.verb_cues
                     if not (len(cue) == 2 and cue[0] in onto.naming_verbs and cue[1] in rel.naming_predicates)]
        bad += [(rel.id, *m) for m in lemma_mismatches(nlp, verb_cues, "verb")]
        bad += [(rel.id, *m) for m in lemma_mismatches(nlp, rel.noun_cues, "noun")]
    assert not bad


def test_naming_predicates_are_lemmas(nlp, onto):
    """A naming predicate is a noun or an adjective as spaCy lemmatises it after "called it (a)"."""
    bad = []
    for rel in onto.relations.values():
        for word in rel.naming_predicates:
            as_noun = nlp(f"They called it a {word} .")[4].lemma_.lower()
            as_adjective = nlp(f"They called it {word} .")[3].lemma_.lower()
            if word not in {as_noun, as_adjective}:
                bad.append((rel.id, word, as_noun, as_adjective))
    assert not bad


def test_actor_nouns_are_lemmas(nlp, onto):
    nouns = sorted(onto.agent_nouns | set(onto.group_nouns))
    assert not lemma_mismatches(nlp, [(n,) for n in nouns], "noun")


def test_modality_verbs_are_lemmas(nlp, onto):
    verbs = sorted(set(onto.modality.verbs) | set(onto.modality.negation_verbs))
    assert not lemma_mismatches(nlp, [(v,) for v in verbs], "verb")


def test_negation_marker_lemmas(nlp, onto):
    doc = nlp("They didn't meet and won't meet, and can't.")
    for tok in doc:
        if tok.dep_ == "neg":
            assert tok.lemma_.lower() in onto.modality.negation_markers
    modal_lemmas = {tok.lemma_.lower() for tok in doc if tok.tag_ == "MD"}
    assert modal_lemmas == {"will", "can"}
    assert set(onto.modality.markers) >= modal_lemmas


# --------------------------------------------------------------------------- #
# Cue indexes
# --------------------------------------------------------------------------- #


def test_verb_index_heads_and_order(onto):
    index = onto.verb_cue_index()
    assert [(r.id, c) for r, c in index["strike"]][0] == ("signs-agreement-with", ("strike", "deal"))
    assert ("attacks", ("strike",)) in [(r.id, c) for r, c in index["strike"]]
    hold = [(r.id, c) for r, c in index["hold"]]
    assert ("meets-with", ("hold", "talk")) in hold
    for pairs in index.values():
        lengths = [len(c) for _, c in pairs]
        assert lengths == sorted(lengths, reverse=True)


def test_noun_index_heads_and_order(onto):
    index = onto.noun_cue_index()
    president = [(r.id, c) for r, c in index["president"]]
    assert president[0] == ("official-of", ("vice", "president"))
    assert ("leader-of", ("president",)) in president
    agreement = [r.id for r, _ in index["agreement"]]
    assert agreement[0] == "ally-of" and agreement[-1] == "signs-agreement-with"
    for head, pairs in index.items():
        assert all(c[-1] == head for _, c in pairs)


def test_indexes_are_copies(onto):
    onto.verb_cue_index()["meet"].clear()
    assert onto.verb_cue_index()["meet"]


# --------------------------------------------------------------------------- #
# Classes, NER labels, CAMEO look-up, errors
# --------------------------------------------------------------------------- #


def test_actor_classes(onto):
    assert set(onto.classes) == {"Actor", "Country", "Person", "Organization",
                                 "InternationalOrganization", "ArmedGroup", "Place", "City",
                                 "Region"}
    assert onto.classes["Country"].parents == ("Actor", "Place")
    for cls in onto.classes.values():
        assert cls.label and cls.iri == NAMESPACE + cls.id


@pytest.mark.parametrize("cls,ancestor,expected", [
    ("InternationalOrganization", "Actor", True),
    ("InternationalOrganization", "Organization", True),
    ("ArmedGroup", "Actor", True),
    ("Country", "Place", True),
    ("Country", "Actor", True),
    ("City", "Place", True),
    ("City", "Actor", False),
    ("Person", "Place", False),
    ("Actor", "Country", False),
    ("Person", "Person", True),
    (NAMESPACE + "Region", NAMESPACE + "Place", True),
])
def test_is_a(onto, cls, ancestor, expected):
    assert onto.is_a(cls, ancestor) is expected


@pytest.mark.parametrize("label,cls", [
    ("GPE", "Country"), ("PERSON", "Person"), ("ORG", "Organization"), ("LOC", "Place"),
    ("FAC", "Place"), ("NORP", None), ("DATE", None), ("gpe", "Country"),
])
def test_class_for_ner_label(onto, label, cls):
    assert onto.class_for_ner_label(label) == cls


@pytest.mark.parametrize("code,expected", [
    ("040", ["meets-with"]),
    ("044", ["meets-with"]),
    ("0431", []),           # host a visit: no relation under 0431, 043 or 04
    ("04", []),             # a root is broader than any of its base codes
    ("051", ["praises"]),
    ("0521", ["supports"]),  # falls back to the root 05
    ("062", ["cooperates-with", "deploys-forces-to"]),
    ("0711", ["aids"]),
    ("190", ["attacks"]),
    ("195", ["attacks", "fights"]),
    ("1121", ["accuses"]),
    ("11", []),
    ("", []),
])
def test_relations_by_cameo(onto, code, expected):
    assert [rel.id for rel in onto.relations_by_cameo(code)] == expected


def test_relation_lookup(onto):
    assert onto.relation("meets-with").id == "meets-with"
    assert onto.relation(NAMESPACE + "visits").id == "visits"
    with pytest.raises(KGError) as info:
        onto.relation("meet-with")
    assert info.value.code == "E203"
    message = str(info.value)
    assert "'meet-with'" in message and "meets-with" in message and "leader-of" in message


def test_clausal_object_relations(onto):
    assert {r.id for r in onto.relations.values() if r.clausal_object} == {
        "accuses", "criticizes", "demands", "requests", "aids", "expresses-hope-about", "investigates"}


def test_condition_markers(onto):
    assert {r.id: r.condition_markers for r in onto.relations.values() if r.condition_markers} == {
        "demands": ("until", "unless")}


def test_joint_acts(onto):
    assert {r.id for r in onto.relations.values() if r.joint_act} == {"meets-with", "signs-agreement-with"}


def test_obligation_markers(onto):
    assert {r.id: r.obligation_markers for r in onto.relations.values() if r.obligation_markers} == {
        "demands": ("must",)}


def test_agent_and_group_nouns(onto):
    assert {"troop", "soldier", "force", "official", "military", "government"} <= onto.agent_nouns
    assert onto.group_nouns["nation"] == "country"
    assert onto.group_nouns["country"] == "country"
    assert onto.group_nouns["leader"] == "person"
    assert onto.group_nouns["side"] == "any"
    assert onto.group_nouns["bloc"] == "internationalorganization"  # "who chairs the bloc"
    assert onto.group_nouns["group"] == "armedgroup"  # "the group said"
    assert set(onto.group_nouns.values()) == {"country", "person", "any", "internationalorganization",
                                              "armedgroup"}


# --------------------------------------------------------------------------- #
# Modality and the graph-model vocabulary
# --------------------------------------------------------------------------- #


def test_modality_cues(onto):
    cues = onto.modality
    assert set(cues.modalities) == set(MODALITIES)
    assert set(cues.verbs.values()) | set(cues.markers.values()) == set(MODALITIES)
    # asserted has only verbs that presuppose what they govern ("end the fighting"), no markers
    assert {v for v, m in cues.verbs.items() if m == "asserted"} == {"end", "halt"}
    assert "asserted" not in cues.markers.values()
    assert cues.verbs["say"] == "reported"
    assert cues.verbs["allege"] == "alleged"
    assert cues.verbs["plan"] == "intended"
    assert cues.markers["if"] == "hypothetical"
    assert cues.markers["would"] == "hypothetical"
    assert {"not", "n't", "never", "no", "neither", "nor"} <= cues.negation_markers
    assert {"refuse", "decline", "fail"} <= cues.negation_verbs
    assert not set(cues.verbs) & set(cues.markers)


GRAPH_MODEL = ["Event", "Mention", "Article", "StandingRelation", "relation", "subject", "object",
               "evidenceCount", "mentionCount", "firstDate", "lastDate", "confidence", "modality",
               "negated", "attributedTo", "sentence", "startChar", "endChar", "rule", "inArticle",
               "actorType", "iso3", "unknownActor"]


@pytest.mark.parametrize("name", GRAPH_MODEL)
def test_graph_model_vocabulary(raw_graph, onto, name):
    iri = KGO[name]
    assert raw_graph.value(iri, RDFS.label) is not None
    assert raw_graph.value(iri, SKOS.definition) is not None
    assert name not in onto.relations


def test_graph_model_reuses_prov(raw_graph):
    assert (KGO.Event, RDFS.subClassOf, PROV.Activity) in raw_graph
    assert (KGO.Mention, RDFS.subClassOf, PROV.Entity) in raw_graph
    assert (KGO.Article, RDFS.subClassOf, PROV.Entity) in raw_graph
    assert (KGO.inArticle, RDFS.subPropertyOf, PROV.wasDerivedFrom) in raw_graph
