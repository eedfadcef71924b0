"""Every core relation of ../shared/spec/core-relations.tsv, extracted from a real-looking sentence.

Each case names the relation, a sentence, the article date and the expected
(subject, object); symmetric relations may come out in either direction.
``FORMS`` puts the relations in their other grammatical forms -- passive,
nominal, apposition, coordination on either side, infinitival complement --
and ``test_every_core_relation_has_other_forms`` checks each relation has at
least one.
"""
from __future__ import annotations

import pytest

CASES = [
    ('leader-of', 'French President Emmanuel Macron arrived in Berlin on Monday.', '2024-05-01', ('Emmanuel Macron', 'France')),
    ('official-of', 'Russian Foreign Minister Sergei Lavrov spoke to reporters in Moscow.', '2024-05-01', ('Sergei Lavrov', 'Russia')),
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

D = "2024-05-01"
# (relation, form, sentence, date, (subject, object))
FORMS = [
    # (relation, form, sentence, date, (subject, object))
    ('leader-of', 'apposition', 'Emmanuel Macron, the French president, arrived in Berlin.', D, ('Emmanuel Macron', 'France')),
    ('leader-of', 'passive', 'France is led by Emmanuel Macron.', D, ('Emmanuel Macron', 'France')),
    ('leader-of', 'coordination', 'Chinese President Xi Jinping and Russian President Vladimir Putin signed a statement.', D, ('Vladimir Putin', 'Russia')),
    ('official-of', 'apposition', "Sergei Lavrov, Russia's foreign minister, spoke in Moscow.", D, ('Sergei Lavrov', 'Russia')),
    ('official-of', 'coordination', 'Russian Foreign Minister Sergei Lavrov and Chinese Foreign Minister Wang Yi met in Beijing.', D, ('Wang Yi', 'China')),
    ('member-of', 'coordination', 'Finland and Sweden joined NATO.', D, ('Sweden', 'North Atlantic Treaty Organization')),
    ('member-of', 'nominal', "Sweden's accession to NATO was approved in March.", D, ('Sweden', 'North Atlantic Treaty Organization')),
    ('member-of', 'infinitival', 'Ukraine wants to join the European Union.', D, ('Ukraine', 'European Union')),
    ('ally-of', 'nominal', 'Japan is a close ally of the United States.', D, ('Japan', 'United States')),
    ('strategic-partner', 'verb+noun', 'Russia and North Korea signed a comprehensive strategic partnership.', D, ('Russia', 'North Korea')),
    ('strategic-partner', 'nominal', "China's strategic partnership with Russia has deepened.", D, ('China', 'Russia')),
    ('meets-with', 'passive', 'Xi Jinping was received by Vladimir Putin in the Kremlin.', D, ('Vladimir Putin', 'Xi Jinping')),
    ('meets-with', 'nominal', 'The meeting between Narendra Modi and Vladimir Putin lasted two hours.', D, ('Narendra Modi', 'Vladimir Putin')),
    ('meets-with', 'infinitival', 'Joe Biden agreed to meet Xi Jinping in November.', '2023-10-01', ('Joe Biden', 'Xi Jinping')),
    ('meets-with', 'coordination', 'Narendra Modi met Vladimir Putin and Xi Jinping in Kazan.', D, ('Narendra Modi', 'Xi Jinping')),
    ('visits', 'nominal', "Narendra Modi's visit to Ukraine drew attention.", D, ('Narendra Modi', 'Ukraine')),
    ('visits', 'infinitival', 'Xi Jinping plans to visit Serbia next month.', D, ('Xi Jinping', 'Serbia')),
    ('visits', 'coordination', 'Antony Blinken visited Israel and Jordan.', D, ('Antony Blinken', 'Jordan')),
    ('invites', 'passive', 'Kim Jong Un was invited by Vladimir Putin to visit Moscow.', D, ('Vladimir Putin', 'Kim Jong Un')),
    ('invites', 'nominal', "Putin's invitation to Kim Jong Un was accepted.", D, ('Vladimir Putin', 'Kim Jong Un')),
    ('invites', 'coordination', 'China invited Brazil and India to the summit.', D, ('China', 'India')),
    ('negotiates-with', 'nominal', 'Negotiations between Israel and Hamas resumed in Cairo.', D, ('Israel', 'Hamas')),
    ('negotiates-with', 'infinitival', 'Ukraine is ready to negotiate with Russia.', D, ('Ukraine', 'Russia')),
    ('signs-agreement-with', 'nominal', "Egypt's agreement with Sudan covers water.", D, ('Egypt', 'Sudan')),
    ('signs-agreement-with', 'coordination', 'Egypt signed agreements with Sudan and Chad.', D, ('Egypt', 'Chad')),
    ('cooperates-with', 'nominal', 'Cooperation between India and Japan is growing.', D, ('India', 'Japan')),
    ('cooperates-with', 'infinitival', 'India agreed to cooperate with Japan on chips.', D, ('India', 'Japan')),
    ('praises', 'passive', 'Kenya was praised by the United Nations for its leadership.', D, ('United Nations', 'Kenya')),
    ('praises', 'coordination', 'The United Nations praised Kenya and Ghana.', D, ('United Nations', 'Ghana')),
    ('supports', 'passive', 'Ukraine is supported by Germany.', D, ('Germany', 'Ukraine')),
    ('supports', 'nominal', "Germany's support for Ukraine is firm.", D, ('Germany', 'Ukraine')),
    ('supports', 'infinitival', 'Germany pledged to support Ukraine.', D, ('Germany', 'Ukraine')),
    ('aids', 'nominal', 'American military aid to Ukraine resumed in April.', D, ('United States', 'Ukraine')),
    ('aids', 'coordination', 'Germany and France helped Moldova.', D, ('France', 'Moldova')),
    ('deploys-forces-to', 'nominal', 'The deployment of French troops to Estonia began in March.', D, ('France', 'Estonia')),
    ('deploys-forces-to', 'passive', 'British troops were deployed to Estonia.', D, ('United Kingdom', 'Estonia')),
    ('deploys-forces-to', 'infinitival', 'France plans to deploy troops to Romania.', D, ('France', 'Romania')),
    ('deploys-forces-to', 'coordination', 'Chad and Niger sent a battalion to Mali.', D, ('Niger', 'Mali')),
    ('deploys-forces-to', 'partitive', 'Russia sent thousands of troops to Belarus.', D, ('Russia', 'Belarus')),
    ('requests', 'passive', 'Serbia was urged by the European Union to recognise Kosovo.', D, ('European Union', 'Serbia')),
    ('requests', 'coordination', 'The European Union urged Serbia and Kosovo to talk.', D, ('European Union', 'Kosovo')),
    ('demands', 'nominal', "Turkey's demand that Sweden extradite the suspects angered Stockholm.", D, ('Turkey', 'Sweden')),
    ('demands', 'coordination', 'Turkey demanded that Sweden and Finland extradite the suspects.', D, ('Turkey', 'Finland')),
    ('accuses', 'passive', 'Israel was accused by Iran of attacking its consulate.', D, ('Iran', 'Israel')),
    ('accuses', 'nominal', "Iran's accusation against Israel was rejected.", D, ('Iran', 'Israel')),
    ('accuses', 'coordination', 'Iran accused Israel and the United States of the attack.', D, ('Iran', 'United States')),
    ('criticizes', 'passive', 'India was condemned by Canada over the killing.', D, ('Canada', 'India')),
    ('criticizes', 'nominal', "Canada's criticism of India grew.", D, ('Canada', 'India')),
    ('rejects', 'passive', "Guyana's claims were rejected by Venezuela.", D, ('Venezuela', 'Guyana')),
    ('rejects', 'nominal', "Venezuela's rejection of Guyana's claims was expected.", D, ('Venezuela', 'Guyana')),
    ('threatens', 'passive', 'South Korea was threatened by North Korea.', D, ('North Korea', 'South Korea')),
    ('threatens', 'nominal', "North Korea's threat against South Korea alarmed Japan.", D, ('North Korea', 'South Korea')),
    ('threatens', 'infinitival', 'North Korea threatened to attack South Korea.', D, ('North Korea', 'South Korea')),
    ('sanctions', 'passive', 'Iran was sanctioned by the United Kingdom.', D, ('United Kingdom', 'Iran')),
    ('sanctions', 'nominal', 'The European Union imposed sanctions on Russia.', D, ('European Union', 'Russia')),
    ('expels', 'passive', 'Russian diplomats were expelled by Poland.', D, ('Poland', 'Russia')),
    ('expels', 'nominal', "Poland's expulsion of Russian diplomats angered Moscow.", D, ('Poland', 'Russia')),
    ('attacks', 'nominal', "Russia's invasion of Ukraine began in 2022.", D, ('Russia', 'Ukraine')),
    ('attacks', 'infinitival', 'Israel vowed to strike Iran.', D, ('Israel', 'Iran')),
    ('attacks', 'coordination', 'Russia attacked Ukraine and Georgia.', D, ('Russia', 'Georgia')),
    ('fights', 'nominal', 'The war between Armenia and Azerbaijan ended in 2020.', D, ('Armenia', 'Azerbaijan')),
    ('fights', 'infinitival', 'Ukraine vowed to fight Russia.', D, ('Ukraine', 'Russia')),
]


@pytest.mark.parametrize(("relation", "text", "date", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_relation_is_extracted(assert_extracted, relation, text, date, expected):
    assert_extracted(text, date, (expected[0], relation, expected[1]))


def test_every_core_relation_has_a_case(spec_relations):
    assert spec_relations <= {case[0] for case in CASES}


@pytest.mark.parametrize(("relation", "form", "text", "date", "expected"), FORMS,
                         ids=[f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(FORMS)])
def test_relation_in_other_forms(assert_extracted, relation, form, text, date, expected):
    assert_extracted(text, date, (expected[0], relation, expected[1]))


def test_every_core_relation_has_other_forms(spec_relations):
    """Every relation but the two gazetteer-only ones (capital-of, located-in) appears in another form."""
    assert spec_relations - {"capital-of", "located-in"} <= {form[0] for form in FORMS}
