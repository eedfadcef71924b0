"""Extension files: new relations and cues without code changes, and clear errors."""
from __future__ import annotations

import pytest

from kg.errors import KGError
from kg.ontology import CORE_PATH, load_ontology


# --------------------------------------------------------------------------- #
# Valid extensions
# --------------------------------------------------------------------------- #


def test_new_relation_from_turtle(recognises_ttl):
    onto = load_ontology([recognises_ttl])
    rel = onto.relation("recognises")
    assert rel.label == "recognises"
    assert rel.layer == "event"
    assert rel.symmetric is False
    assert rel.domain == ("Actor",) and rel.range == ("Actor",)  # the defaults
    assert rel.verb_cues == (("recognise",), ("recognize",))
    assert set(rel.noun_cues) == {("recognition",), ("diplomatic", "recognition")}
    assert rel.source == str(recognises_ttl)
    assert onto.files == (str(CORE_PATH), str(recognises_ttl))

    verbs = onto.verb_cue_index()
    nouns = onto.noun_cue_index()
    assert [(r.id, c) for r, c in verbs["recognise"]] == [("recognises", ("recognise",))]
    assert [(r.id, c) for r, c in nouns["recognition"]] == [
        ("recognises", ("diplomatic", "recognition")), ("recognises", ("recognition",))]
    # the core is all still there, and the relation is in the composed graph
    assert "meets-with" in onto.relations and len(onto.relations) == len(load_ontology().relations) + 1
    assert list(onto.relations)[-1] == "recognises"
    assert len(onto.graph) > len(load_ontology().graph)


def test_extension_leaves_cached_core_alone(recognises_ttl):
    load_ontology([recognises_ttl])
    core = load_ontology()
    assert "recognises" not in core.relations
    assert "recognise" not in core.verb_cue_index()


def test_single_path_and_str_accepted(recognises_ttl):
    assert "recognises" in load_ontology(recognises_ttl).relations
    assert "recognises" in load_ontology([str(recognises_ttl)]).relations


def test_directory_loads_its_ttl_files(write_ttl, recognises_ttl):
    write_ttl('kgo:meets-with kgo:verbCue "huddle" .\n', name="more-cues.ttl")
    onto = load_ontology([recognises_ttl.parent])
    assert "recognises" in onto.relations
    assert "huddle" in onto.verb_cue_index()


def test_extension_adds_cues_to_core_relation(write_ttl):
    path = write_ttl("""
kgo:meets-with kgo:verbCue "huddle" ;
    kgo:nounCue "tete a tete" ;
    kgo:objectPreposition "alongside" .
kgo:Reported kgo:verbCue "tweet" .
kgo:Negation kgo:markerCue "hardly" .
""")
    onto = load_ontology([path])
    rel = onto.relation("meets-with")
    assert ("huddle",) in rel.verb_cues and ("meet",) in rel.verb_cues
    assert ("tete", "a", "tete") in rel.noun_cues
    assert "alongside" in rel.object_prepositions
    assert rel.source == str(CORE_PATH)  # still defined by the core
    assert onto.verb_cue_index()["huddle"][0][0].id == "meets-with"
    assert onto.modality.verbs["tweet"] == "reported"
    assert "hardly" in onto.modality.negation_markers


def test_extension_relation_with_new_class_and_union(write_ttl):
    path = write_ttl("""
kgo:Militia a owl:Class ; rdfs:subClassOf kgo:ArmedGroup ; rdfs:label "militia"@en .

kgo:arms-militia a owl:ObjectProperty ;
    rdfs:label "arms militia"@en ;
    kgo:layer kgo:EventLayer ;
    rdfs:domain kgo:Country ;
    rdfs:range [ a owl:Class ; owl:unionOf ( kgo:Militia kgo:ArmedGroup ) ] ;
    kgo:cameoCode "0712" ;
    kgo:goldstein 5.2 ;
    kgo:wikidataProperty wdt:P1234 ;
    kgo:verbCue "arm" .

kgo:co-hosts a owl:ObjectProperty , owl:SymmetricProperty ;
    rdfs:label "co-hosts"@en ;
    kgo:layer kgo:StandingLayer ;
    kgo:nounCue "co host" ;
    kgo:participantPreposition "between" .
""")
    onto = load_ontology([path])
    rel = onto.relation("arms-militia")
    assert rel.domain == ("Country",) and rel.range == ("Militia", "ArmedGroup")
    assert rel.cameo == ("0712",) and rel.goldstein == 5.2 and rel.wikidata == ("P1234",)
    assert onto.is_a("Militia", "Actor") and onto.classes["Militia"].parents == ("ArmedGroup",)
    assert [r.id for r in onto.relations_by_cameo("0712")] == ["arms-militia"]
    assert [r.id for r in onto.relations_by_cameo("0711")] == ["aids"]
    assert onto.relation("co-hosts").symmetric and onto.relation("co-hosts").layer == "standing"


def test_repeating_a_core_definition_is_harmless(write_ttl):
    path = write_ttl("""
kgo:meets-with a owl:ObjectProperty , owl:SymmetricProperty ;
    rdfs:label "meets with"@en ;
    kgo:layer kgo:EventLayer ;
    rdfs:domain kgo:Actor .
""")
    assert load_ontology([path]).relation("meets-with").layer == "event"


def test_extension_adds_actor_nouns_and_clausal_object(write_ttl):
    path = write_ttl("""
kgo:Country kgo:agentNoun "coastguard" .
kgo:Organization kgo:groupNoun "organisation" .
kgo:praises kgo:clausalObject true .
""")
    onto = load_ontology([path])
    assert "coastguard" in onto.agent_nouns and "troop" in onto.agent_nouns
    assert onto.group_nouns["organisation"] == "organization"
    assert onto.relation("praises").clausal_object
    assert not load_ontology().relation("praises").clausal_object


def test_extension_may_remap_a_ner_label(write_ttl):
    path = write_ttl('kgo:Organization kgo:nerLabel "NORP" .\n')
    assert load_ontology([path]).class_for_ner_label("NORP") == "Organization"
    assert load_ontology().class_for_ner_label("NORP") is None


# --------------------------------------------------------------------------- #
# Broken extensions
# --------------------------------------------------------------------------- #


def assert_error(paths, code, *fragments):
    with pytest.raises(KGError) as info:
        load_ontology(paths)
    err = info.value
    assert err.code == code, err.message
    for fragment in fragments:
        assert fragment in err.message, (fragment, err.message)
    return err


def test_missing_label(write_ttl):
    path = write_ttl("""
kgo:recognises a owl:ObjectProperty ;
    kgo:layer kgo:EventLayer ;
    kgo:verbCue "recognise" .
""")
    assert_error([path], "E203", str(path), "'recognises'", "rdfs:label")


def test_missing_layer(write_ttl):
    path = write_ttl("""
kgo:recognises a owl:ObjectProperty ;
    rdfs:label "recognises"@en ;
    kgo:verbCue "recognise" .
""")
    assert_error([path], "E203", str(path), "'recognises'", "kgo:layer", "kgo:EventLayer")


def test_literal_layer(write_ttl):
    path = write_ttl("""
kgo:recognises a owl:ObjectProperty ;
    rdfs:label "recognises"@en ;
    kgo:layer "event" ;
    kgo:verbCue "recognise" .
""")
    assert_error([path], "E203", str(path), "'recognises'", "not a layer")


def test_undeclared_range_class(write_ttl):
    path = write_ttl("""
kgo:recognises a owl:ObjectProperty ;
    rdfs:label "recognises"@en ;
    kgo:layer kgo:EventLayer ;
    rdfs:range [ owl:unionOf ( kgo:Country kgo:Government ) ] ;
    kgo:verbCue "recognise" .
""")
    assert_error([path], "E203", str(path), "'recognises'", "kgo:Government", "Country")


def test_foreign_range_class(write_ttl):
    path = write_ttl("""
kgo:recognises a owl:ObjectProperty ;
    rdfs:label "recognises"@en ;
    kgo:layer kgo:EventLayer ;
    rdfs:range <http://schema.org/Country> ;
    kgo:verbCue "recognise" .
""")
    assert_error([path], "E203", "'recognises'", "<http://schema.org/Country>")


@pytest.mark.parametrize("cue", ['""', '"   "'])
def test_empty_cue(write_ttl, cue):
    path = write_ttl(f"""
kgo:recognises a owl:ObjectProperty ;
    rdfs:label "recognises"@en ;
    kgo:layer kgo:EventLayer ;
    kgo:nounCue "recognition" , {cue} .
""")
    assert_error([path], "E203", str(path), "'recognises'", "empty kgo:nounCue")


def test_empty_cue_added_to_core_relation(write_ttl):
    path = write_ttl('kgo:visits kgo:verbCue "" .\n')
    assert_error([path], "E203", str(path), "'visits'", "empty kgo:verbCue")


def test_hyphenated_cue(write_ttl):
    path = write_ttl('kgo:meets-with kgo:nounCue "tete-a-tete" .\n')
    assert_error([path], "E203", str(path), "'meets-with'", "'tete a tete'")


def test_redefining_core_layer(write_ttl):
    path = write_ttl("""
kgo:meets-with a owl:ObjectProperty ;
    rdfs:label "meets with"@en ;
    kgo:layer kgo:StandingLayer .
""")
    err = assert_error([path], "E203", str(path), "'meets-with'", "layer", "'event' -> 'standing'")
    assert str(CORE_PATH) in err.message  # says where the relation is defined


def test_two_layers_in_one_file(write_ttl):
    path = write_ttl("""
kgo:recognises a owl:ObjectProperty ;
    rdfs:label "recognises"@en ;
    kgo:layer kgo:EventLayer , kgo:StandingLayer .
""")
    assert_error([path], "E203", str(path), "'recognises'", "two kgo:layer values")


def test_redefining_core_symmetry(write_ttl):
    path = write_ttl("kgo:visits a owl:SymmetricProperty .\n")
    assert_error([path], "E203", str(path), "'visits'", "symmetric")


def test_redefining_core_range(write_ttl):
    path = write_ttl("kgo:visits rdfs:range kgo:City .\n")
    assert_error([path], "E203", str(path), "'visits'", "range", "Country|Place -> City")


def test_second_label(write_ttl):
    path = write_ttl('kgo:visits rdfs:label "travels to"@en .\n')
    assert_error([path], "E203", str(path), "'visits'", "rdfs:label")


def test_conflict_between_two_extensions(write_ttl, recognises_ttl):
    later = write_ttl("kgo:recognises kgo:layer kgo:StandingLayer .\n", name="later.ttl")
    err = assert_error([recognises_ttl, later], "E203", str(later), "'recognises'", "layer")
    assert str(recognises_ttl) in err.message


def test_cue_on_undeclared_relation(write_ttl):
    path = write_ttl('kgo:meet-with kgo:verbCue "huddle" .\n')
    assert_error([path], "E203", str(path), "'meet-with'", "owl:ObjectProperty", "kgo:meets-with")


def test_cue_on_misspelt_modality(write_ttl):
    path = write_ttl('kgo:Reportd kgo:verbCue "tweet" .\n')
    assert_error([path], "E203", str(path), "'Reportd'", "kgo:Reported")


def test_marker_on_a_relation(write_ttl):
    path = write_ttl('kgo:visits kgo:markerCue "if" .\n')
    assert_error([path], "E203", str(path), "'visits'", "kgo:Modality")


def test_relation_outside_namespace(write_ttl):
    path = write_ttl("""
<http://example.org/recognises> a owl:ObjectProperty ;
    rdfs:label "recognises"@en ;
    kgo:layer kgo:EventLayer .
""")
    assert_error([path], "E203", str(path), "'recognises'", "kgo: namespace")


def test_unquoted_cameo_code(write_ttl):
    path = write_ttl("kgo:visits kgo:cameoCode 42 .\n")
    assert_error([path], "E203", str(path), "'visits'", "CAMEO")


def test_participant_preposition_needs_symmetry(write_ttl):
    path = write_ttl('kgo:visits kgo:participantPreposition "between" .\n')
    assert_error([path], "E203", str(path), "'visits'", "SymmetricProperty")


@pytest.mark.parametrize("relation,link", [
    ("visits", "rdfs:subPropertyOf"), ("meets-with", "kgo:presenceRelation"), ("cuts-aid-to", "kgo:undoes")])
def test_a_linked_relation_must_be_declared(write_ttl, relation, link):
    """rdfs:subPropertyOf, kgo:presenceRelation and kgo:undoes name another relation, which must exist."""
    path = write_ttl(f"kgo:{relation} {link} kgo:travels-to .\n")
    assert_error([path], "E203", str(path), f"'{relation}'", "kgo:travels-to", "no declared relation")


def test_presence_relation_is_read(write_ttl):
    """An extension may give another relation the visits its meetings imply."""
    path = write_ttl("kgo:cooperates-with kgo:presenceRelation kgo:visits .\n")
    onto = load_ontology([path])
    assert onto.relations["cooperates-with"].presence_relations == ("visits",)
    assert onto.relations["meets-with"].presence_relations == ("visits",)


def test_body_title_must_be_a_noun_cue(write_ttl):
    path = write_ttl('kgo:leader-of kgo:bodyTitle "rector" .\n')
    assert_error([path], "E203", str(path), "'leader-of'", "kgo:bodyTitle", "'rector'")


def test_naming_predicates_combine_with_every_naming_verb(write_ttl):
    """A notebook adds a word of disapproval, or a naming verb: each pair becomes a verb cue."""
    path = write_ttl('kgo:criticizes kgo:namingPredicate "duplicitous" .\n'
                     'kgo:MoreNamingVerbs kgo:namingVerb "deem" .\n')
    onto = load_ontology([path])
    cues = onto.relations["criticizes"].verb_cues
    assert {("call", "duplicitous"), ("brand", "duplicitous"), ("deem", "duplicitous"),
            ("deem", "violation")} <= set(cues)
    assert "deem" in onto.naming_verbs
    assert ("call", "duplicitous") not in load_ontology().relations["criticizes"].verb_cues


def test_naming_predicate_is_one_word(write_ttl):
    path = write_ttl('kgo:criticizes kgo:namingPredicate "rank hypocrisy" .\n')
    assert_error([path], "E203", str(path), "'criticizes'", "kgo:namingPredicate", "one lemma")


def test_core_relations_undo_the_relation_their_verb_cues_end():
    relations = load_ontology().relations
    assert relations["cuts-aid-to"].undoes == ("aids",)
    assert relations["eases-sanctions-on"].undoes == ("sanctions",)
    assert not relations["denies-accusations-by"].undoes  # "rejected the accusation": it was made


def test_sub_property_cycle(write_ttl):
    path = write_ttl("kgo:rejects rdfs:subPropertyOf kgo:denies-accusations-by .\n")
    assert_error([path], "E203", "'", "cycle")


def test_extension_relation_generalizes_to_a_core_one(write_ttl):
    """A notebook relation declared a kind of a core one is scored as that one by core-vocabulary gold."""
    path = write_ttl('''kgo:snubs a owl:ObjectProperty ;
    rdfs:subPropertyOf kgo:rejects ;
    rdfs:label "snubs"@en ;
    kgo:layer kgo:EventLayer ;
    kgo:verbCue "snub" .
''')
    onto = load_ontology([path])
    assert onto.relations["snubs"].broader == ("rejects",)
    assert onto.generalize("snubs", {"rejects", "accuses"}) == "rejects"
    assert onto.generalize("snubs", {"snubs"}) == "snubs"
    assert onto.generalize("snubs", {"accuses"}) is None


def test_joint_act_needs_symmetry(write_ttl):
    path = write_ttl("kgo:visits kgo:jointAct true .\n")
    assert_error([path], "E203", str(path), "'visits'", "kgo:jointAct", "SymmetricProperty")


def test_obligation_marker_is_a_single_lemma(write_ttl):
    path = write_ttl('kgo:requests kgo:obligationMarker "ought to" .\n')
    assert_error([path], "E203", str(path), "'requests'", "kgo:obligationMarker", "single lemma")


def test_thing_object_cue_is_a_verb_and_a_preposition(write_ttl):
    from kg.ontology import load_ontology

    path = write_ttl('kgo:meets-with kgo:thingObjectCue "debate" .\n')
    assert_error([path], "E203", str(path), "'meets-with'", "kgo:thingObjectCue", "return to")
    path = write_ttl('kgo:meets-with kgo:thingObjectCue "debate with" .\n')
    assert ("debate", "with") in load_ontology([path]).relations["meets-with"].thing_object_cues


def test_weapon_subject_cue_is_a_single_lemma(write_ttl):
    from kg.ontology import load_ontology

    path = write_ttl('kgo:attacks kgo:weaponSubjectCue "slam into" .\n')
    assert_error([path], "E203", str(path), "'attacks'", "kgo:weaponSubjectCue", "single lemma")
    path = write_ttl('kgo:attacks kgo:weaponSubjectCue "pound" .\n')
    assert "pound" in load_ontology([path]).relations["attacks"].weapon_subject_cues


def test_preposition_both_object_and_agent(write_ttl):
    path = write_ttl('kgo:visits kgo:objectPreposition "by" .\n')
    assert_error([path], "E203", str(path), "'visits'", "'by'")


def test_clausal_object_must_be_boolean(write_ttl):
    path = write_ttl('kgo:visits kgo:clausalObject "yes" .\n')
    assert_error([path], "E203", str(path), "'visits'", "true or false")


def test_infinitival_object_must_be_boolean(write_ttl):
    path = write_ttl('kgo:visits kgo:infinitivalObject 1 .\n')
    assert_error([path], "E203", str(path), "'visits'", "kgo:infinitivalObject", "true or false")


def test_infinitival_object_extension_is_read(write_ttl):
    from kg.ontology import load_ontology

    path = write_ttl('kgo:demands kgo:infinitivalObject true .\n')
    assert load_ontology([path]).relations["demands"].infinitival_object
    assert not load_ontology().relations["demands"].infinitival_object
    assert load_ontology().relations["threatens"].infinitival_object


def test_excluded_modifier_must_be_one_lemma(write_ttl):
    path = write_ttl('kgo:attacks kgo:excludedModifier "cyber security" .\n')
    assert_error([path], "E203", str(path), "'attacks'", "kgo:excludedModifier", "single lemma")


def test_excluded_modifier_extension_is_read(write_ttl):
    from kg.ontology import load_ontology

    path = write_ttl('kgo:attacks kgo:excludedModifier "cyber" .\n')
    assert "cyber" in load_ontology([path]).relations["attacks"].excluded_modifiers
    assert "trade" in load_ontology().relations["fights"].excluded_modifiers


def test_between_people_cue_is_one_lemma_and_extensions_add_to_it(write_ttl):
    from kg.ontology import load_ontology

    path = write_ttl('kgo:criticizes kgo:betweenPeopleCue "lash out" .\n')
    assert_error([path], "E203", str(path), "'criticizes'", "kgo:betweenPeopleCue", "single lemma")
    path = write_ttl('kgo:criticizes kgo:betweenPeopleCue "spar" .\n')
    assert "spar" in load_ontology([path]).relations["criticizes"].between_people_cues
    assert {"attack", "clash"} <= set(load_ontology().relations["criticizes"].between_people_cues)


def test_author_verbs_are_read_and_extended(write_ttl):
    from kg.ontology import load_ontology

    assert {"draft", "sponsor"} <= load_ontology().author_verbs
    path = write_ttl('kgo:ActNouns kgo:authorVerb "pen" .\n')
    assert "pen" in load_ontology([path]).author_verbs
    path = write_ttl('kgo:ActNouns kgo:authorVerb "put forward" .\n')
    assert_error([path], "E203", str(path), "kgo:authorVerb", "single lemma")


def test_bare_cue_must_be_a_verb_cue_of_the_relation(write_ttl):
    from kg.ontology import load_ontology

    path = write_ttl('kgo:meets-with kgo:bareCue "drop in on" .\n')
    assert_error([path], "E203", str(path), "'meets-with'", "kgo:bareCue", "no kgo:verbCue")
    assert ("call", "on") in load_ontology().relations["meets-with"].bare_cues


def test_capital_metonymy_flag(write_ttl):
    from kg.ontology import load_ontology

    assert load_ontology().relations["attacks"].capital_metonymy
    assert not load_ontology().relations["visits"].capital_metonymy
    path = write_ttl('kgo:sanctions kgo:capitalMetonymy true .\n')
    assert load_ontology([path]).relations["sanctions"].capital_metonymy


def test_modality_lemma_in_two_modalities(write_ttl):
    path = write_ttl('kgo:Intended kgo:verbCue "say" .\n')
    assert_error([path], "E203", str(path), "'say'", "one modality")


def test_bad_turtle_syntax_names_line(write_ttl):
    path = write_ttl("""kgo:recognises a owl:ObjectProperty ;
    rdfs:label "recognises"@en ;
    kgo:layer kgo:EventLayer
kgo:other a owl:ObjectProperty .
""")
    # PREFIXES take 6 lines plus a blank one; the statement missing its '.' ends on line 10,
    # and the parser stops on line 11, where the next subject starts.
    assert_error([path], "E201", str(path), "line 11", "kgo:other")


def test_undefined_prefix(write_ttl):
    path = write_ttl("kgo:visits kgo:verbCue ex:thing .\n")
    assert_error([path], "E201", str(path), "line 8")


def test_not_utf8(tmp_path):
    path = tmp_path / "latin1.ttl"
    path.write_bytes('# caf\xe9\n'.encode("latin-1"))
    assert_error([path], "E201", str(path), "UTF-8")


def test_missing_file(tmp_path):
    missing = tmp_path / "nope.ttl"
    assert_error([missing], "E202", str(missing))


def test_empty_directory(tmp_path):
    assert_error([tmp_path], "E202", str(tmp_path))
