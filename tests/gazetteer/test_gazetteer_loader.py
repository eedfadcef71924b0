"""Loading: caching, extra files, errors. (Load speed is measured, not asserted: no timed tests.)"""
from __future__ import annotations

import datetime as dt

import pytest

from kg.gazetteer import Gazetteer, Role, default_gazetteer


def test_default_is_cached():
    assert default_gazetteer() is default_gazetteer()


def test_types(gaz):
    types = {a.type for a in gaz.actors.values()}
    assert types == {"Country", "Person", "InternationalOrganization", "Organization", "ArmedGroup", "City",
                     "Region"}
    assert all(isinstance(r, Role) for r in gaz.roles)
    assert gaz.titles["prime minister"] == "head_of_government"


def test_extra_files(tmp_path):
    extra_org = tmp_path / "my_orgs.tsv"
    extra_org.write_text("id\tlabel\ttype\tacronyms\taliases\tsource\n"
                         "org/test-front\tTest Liberation Front\tArmedGroup\tTLF\tThe Front\tlocal\n",
                         encoding="utf-8")
    extra_roles = tmp_path / "my_roles.tsv"
    extra_roles.write_text("person\tof\toffice\ttitle\teffective\tstart\tend\tsource\n"
                           "person/vladimir-putin\torg/test-front\tsecretary_general\tChairman\tyes\t"
                           "2020-01-01\t\tlocal\n", encoding="utf-8")
    gaz = Gazetteer.load(extra_files=[extra_org, extra_roles])
    assert gaz.lookup("TLF").label == "Test Liberation Front"
    assert gaz.lookup("the Front").id == "org/test-front"
    (role,) = gaz.office_holders("org/test-front", "effective", on=dt.date(2021, 1, 1))
    assert role.person == "person/vladimir-putin"
    assert any(p["pattern"] == "TLF" for p in gaz.ruler_patterns())
    assert default_gazetteer().lookup("TLF") is None


def test_bad_extra_file(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("name\tthing\nx\ty\n", encoding="utf-8")
    with pytest.raises(ValueError, match="matches no gazetteer file format"):
        Gazetteer.load(extra_files=[bad])


def test_explicit_data_dir(data_dir):
    gaz = Gazetteer.load(data_dir)
    assert gaz.get("Q159").label == "Russia"
