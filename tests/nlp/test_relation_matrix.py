"""Every core relation of ../shared/spec/core-relations.tsv, extracted from a real-looking sentence.

Each case names the relation, a sentence, the article date and the expected
(subject, object); symmetric relations may come out in either direction. A
few extra cases check the same relations in the passive, nominal and
coordinated forms.
"""
from __future__ import annotations

import csv

import pytest

CASES = [
    ('leader-of', 'French President Emmanuel Macron arrived in Berlin on Monday.', '2024-05-01', ('Emmanuel Macron', 'France')),
    ('official-of', 'Russian Foreign Minister Sergei Lavrov spoke to reporters in Moscow.', '2024-05-01', ('Sergey Lavrov', 'Russia')),
    ('member-of', 'Finland joined NATO in April.', '2023-04-10', ('Finland', 'North Atlantic Treaty Organization')),
    ('ally-of', 'Japan and the United States signed a mutual defense treaty.', '2024-05-01', ('Japan', 'United States')),
    ('strategic-partner', 'China and Pakistan have a strategic partnership that spans decades.', '2024-05-01', ('China', 'Pakistan')),
    ('capital-of', 'Protesters gathered in Nairobi on Tuesday.', '2024-05-01', ('Nairobi', 'Kenya')),
    ('located-in', 'Delegates met in Tianjin on Friday.', '2024-05-01', ('Tianjin', 'China')),
    ('meets-with', 'Narendra Modi met with Vladimir Putin in Moscow.', '2024-07-09', ('Narendra Modi', 'Vladimir Putin')),
    ('visits', 'Antony Blinken visited Israel on Monday.', '2024-05-01', ('Antony Blinken', 'Israel')),
    ('invites', 'China invited Brazil to join the initiative.', '2024-05-01', ('China', 'Brazil')),
    ('negotiates-with', 'Israel negotiated with Hamas for weeks.', '2024-05-01', ('Israel', 'Hamas')),
    ('signs-agreement-with', 'Egypt signed an agreement with Sudan on Sunday.', '2024-05-01', ('Egypt', 'Sudan')),
    ('cooperates-with', 'India will cooperate with Japan on semiconductors.', '2024-05-01', ('India', 'Japan')),
    ('praises', 'The United Nations praised Kenya for its leadership.', '2024-05-01', ('United Nations', 'Kenya')),
    ('supports', 'Germany supports Ukraine in its fight.', '2024-05-01', ('Germany', 'Ukraine')),
    ('aids', 'The United States provided Ukraine with air defence systems.', '2024-05-01', ('United States', 'Ukraine')),
    ('deploys-forces-to', 'France deployed troops to Estonia last year.', '2024-05-01', ('France', 'Estonia')),
    ('requests', 'The European Union urged Serbia to recognise Kosovo.', '2024-05-01', ('European Union', 'Serbia')),
    ('demands', 'Turkey demanded that Sweden extradite the suspects.', '2024-05-01', ('Turkey', 'Sweden')),
    ('accuses', 'Iran accused Israel of attacking its consulate.', '2024-05-01', ('Iran', 'Israel')),
    ('criticizes', 'Canada condemned India over the killing.', '2024-05-01', ('Canada', 'India')),
    ('rejects', "Venezuela rejected Guyana's claims to the region.", '2024-05-01', ('Venezuela', 'Guyana')),
    ('threatens', 'North Korea threatened South Korea with nuclear retaliation.', '2024-05-01', ('North Korea', 'South Korea')),
    ('sanctions', 'The United Kingdom sanctioned Iran on Thursday.', '2024-05-01', ('United Kingdom', 'Iran')),
    ('expels', 'Poland expelled Russian diplomats on Friday.', '2024-05-01', ('Poland', 'Russia')),
    ('attacks', 'Russia attacked Ukraine with drones overnight.', '2024-05-01', ('Russia', 'Ukraine')),
    ('fights', 'Armenia fought a war with Azerbaijan in 2020.', '2024-05-01', ('Armenia', 'Azerbaijan')),
    ('attacks', 'Ukraine was attacked by Russia with drones overnight.', '2024-05-01', ('Russia', 'Ukraine')),
    ('visits', 'The visit of Antony Blinken to Israel was brief.', '2024-05-01', ('Antony Blinken', 'Israel')),
    ('sanctions', 'Canada and Australia sanctioned Iran and Belarus.', '2024-05-01', ('Australia', 'Belarus')),
    ('meets-with', 'Talks between Egypt and Ethiopia resumed on Sunday.', '2024-05-01', ('Egypt', 'Ethiopia')),
    ('aids', 'Germany agreed to help Moldova.', '2024-05-01', ('Germany', 'Moldova')),
]


@pytest.mark.parametrize(("relation", "text", "date", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_relation_is_extracted(triples, relation, text, date, expected):
    from kg.ontology import load_ontology

    found = triples(text, date)
    subject, obj = expected
    reverse_ok = load_ontology().relations[relation].symmetric
    assert (subject, relation, obj) in found or (reverse_ok and (obj, relation, subject) in found), found


def test_every_core_relation_has_a_case(shared):
    with (shared / "spec" / "core-relations.tsv").open(encoding="utf-8") as handle:
        spec = {row["id"] for row in csv.DictReader(handle, delimiter="\t")}
    assert spec <= {case[0] for case in CASES}
