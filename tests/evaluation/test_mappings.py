"""The mapping files parse and name only relations the ontology defines."""
from __future__ import annotations

from kg.evaluation.mappings import (
    assertion_pentaclasses,
    cameo_pentaclass,
    check_mappings,
    load_igo_codes,
    load_pentaclasses,
    load_re3d_mapping,
    relation_pentaclasses,
)
from kg.ontology import load_ontology

RE3D_EVALUATED = {"FightingAgainst", "AlliesOf", "CommWith", "Likes", "Dislikes", "InChargeOf"}


def test_mapping_files_are_consistent_with_the_ontology():
    assert check_mappings(load_ontology()) == []


def test_re3d_mapping_covers_the_six_types():
    mapping = load_re3d_mapping()
    assert {t for t, m in mapping.items() if m.evaluated} == RE3D_EVALUATED
    assert set(mapping["InChargeOf"].relations) == {"leader-of", "official-of"}
    assert {"criticizes", "accuses", "threatens", "sanctions", "rejects", "demands"} <= set(
        mapping["Dislikes"].relations)
    assert "meets-with" in mapping["CommWith"].relations
    assert all(m.direction in {"either", "as-annotated"} for m in mapping.values())


def test_pentaclass_table_covers_every_cameo_root():
    table = load_pentaclasses()
    assert sorted(table) == [f"{n:02d}" for n in range(1, 21)]
    assert (cameo_pentaclass("0211"), cameo_pentaclass("042"), cameo_pentaclass("073"),
            cameo_pentaclass("112"), cameo_pentaclass("190")) == (0, 1, 2, 3, 4)
    assert cameo_pentaclass("x") is None


def test_relation_classes_come_from_their_cameo_codes():
    onto = load_ontology()
    assert relation_pentaclasses(onto.relations["accuses"]) == {3}
    assert relation_pentaclasses(onto.relations["deploys-forces-to"]) == {2, 4}
    assert relation_pentaclasses(onto.relations["leader-of"]) == frozenset()


def test_announced_intentions_take_cameo_03_or_13():
    onto = load_ontology()
    assert assertion_pentaclasses(onto.relations["aids"], "asserted") == {2}
    assert assertion_pentaclasses(onto.relations["aids"], "intended") == {1}  # "agreed to help": 03
    assert assertion_pentaclasses(onto.relations["attacks"], "intended") == {3}  # "vowed to strike": 13
    assert assertion_pentaclasses(onto.relations["attacks"], "alleged") == {4}
    assert assertion_pentaclasses(onto.relations["aids"], "hypothetical") == {0}  # "is considering": 014
    assert assertion_pentaclasses(onto.relations["attacks"], "hypothetical") == {4}
    assert assertion_pentaclasses(onto.relations["leader-of"], "intended") == frozenset()


def test_refusals_take_cameo_12():
    onto = load_ontology()
    # "will not lift the ban", "refused to meet": a negated cooperative act is a rejection
    assert assertion_pentaclasses(onto.relations["eases-sanctions-on"], "intended", negated=True) == {3}
    assert assertion_pentaclasses(onto.relations["meets-with"], "asserted", negated=True) == {3}
    # an announced appeal is still an appeal (CAMEO 03 has no intent to appeal)
    assert assertion_pentaclasses(onto.relations["requests"], "intended") == {0}
    # "did not attack" is no event
    assert assertion_pentaclasses(onto.relations["attacks"], "asserted", negated=True) == frozenset()


def test_reduced_relations_are_verbal_conflict_in_the_conflibert_labels():
    """Root 16 is class 3 in the ConfliBERT labels (see the comment in pentaclass.tsv), 14/15/17 class 4."""
    onto = load_ontology()
    assert relation_pentaclasses(onto.relations["sanctions"]) == {3}  # 163
    assert relation_pentaclasses(onto.relations["cuts-aid-to"]) == {3}  # 162
    assert relation_pentaclasses(onto.relations["reduces-relations-with"]) == {3}  # 161, 164
    assert relation_pentaclasses(onto.relations["withdraws-forces-from"]) == {2}  # 0874
    assert relation_pentaclasses(onto.relations["expels"]) == {3}  # 166
    assert relation_pentaclasses(onto.relations["withdraws-peacekeepers-from"]) == {3}  # 1661, 1662
    assert relation_pentaclasses(onto.relations["deports"]) == {4}  # 174
    assert relation_pentaclasses(onto.relations["denies-accusations-by"]) == {0}  # 016
    assert relation_pentaclasses(onto.relations["blockades"]) == {4}  # 191
    assert relation_pentaclasses(onto.relations["apologizes-to"]) == {1}  # 055
    assert relation_pentaclasses(onto.relations["expresses-concern-about"]) == {0}  # 012
    assert relation_pentaclasses(onto.relations["expresses-hope-about"]) == {0}  # 013
    assert relation_pentaclasses(onto.relations["coerces"]) == {4}  # 17


def test_igo_codes():
    codes = load_igo_codes()
    assert codes["IGOUNO"] == "United Nations"
    assert codes["IGOWSTNAT"] == "North Atlantic Treaty Organization"
    assert all(code.startswith("IGO") for code in codes)
