"""``kg_actor_resolver_v1``: resolve mentions to canonical actors.

Input: the gazetteer matches (span group ``kg_gazetteer``) and the statistical
NER. Output: ``doc._.kg_mentions`` and ``doc._.kg_token_actors`` (see
:mod:`kg.nlp.mentions`). Resolution, in document order:

1. names, aliases and acronyms from the gazetteer (confidence 1.0);
2. surnames after a full mention ("Putin"), or of the one office holder with
   that surname on the article date;
3. demonyms ("North Korean") and the agent nouns they modify ("North Korean
   troops" -> North Korea); seats ("the Kremlin") and capitals used as
   subjects ("Pyongyang acknowledged") -> the country;
4. role nouns ("the Russian leader", "the American president") -> the office
   holder on the article date, preferring one already mentioned;
5. group nouns ("both nations", "the two leaders") and "they/their" -> the
   last coordinated pair of actors;
6. pronouns ("he", "its"), and inside quotes "we/our" -> the speaker's country;
7. other PERSON/ORG/GPE entities -> unknown actors with minted ids.

The lexical knowledge (titles, agent and group nouns) comes from the
gazetteer and the ontology; only English grammar words live here.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence, Set as AbstractSet

from spacy.attrs import LOWER, POS, TAG
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.symbols import NOUN, PRON, PROPN
from spacy.tokens import Doc, Span, Token

from kg.gazetteer import Gazetteer, GazetteerActor
from kg.ids import slugify
from kg.nlp.components.actor_ruler import SPAN_KEY, load_gazetteer
from kg.nlp.components.name_norms import capitalised_neighbours
from kg.nlp.mentions import Mention
from kg.nlp.quotes import Quote, find_quotes
from kg.nlp.syntax import (GERUND_OBJECT_PREPOSITIONS, coordinated, describes_ties, expletive_it, in_title_phrase,
                            names_a_department, tokens_with_lower)
from kg.ontology import Ontology, load_ontology

# English pronouns by what they can refer to (grammar, not domain knowledge).
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
THING_PRONOUNS = frozenset({"it", "its", "itself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
# Those who speak for someone else: "a Kremlin spokesman said he would visit China" is often the boss.
MOUTHPIECE_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "official",
                              "representative"})
REFLEXIVE_PRONOUNS = frozenset({"himself", "herself", "itself", "themselves"})
FIRST_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})
FIRST_SINGULAR = frozenset({"i", "me", "my", "mine", "myself"})
SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "yourselves"})
PAIR_DETERMINERS = frozenset({"both", "two"})
# Mentions a group noun stands for: a group named before ("the two leaders"), or a regional group's members
# ("the Baltic states"), who act as one side.
GROUP_METHODS = frozenset({"group", "region"})
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# Words that make a plural name only some of a group: "several Gulf states", "other Nordic countries".
PARTIAL_QUANTIFIERS = frozenset({"some", "several", "many", "most", "few", "other", "a", "certain", "various",
                                 "any", "no", "fellow"})
# Places are no state: "both governments" never means two cities.
PLACE_TYPES = frozenset({"City", "Region", "Place"})
# The tokens _resolve_token (and the look-ahead of "his"/"her") can give an actor, as the ids of
# Doc.to_array: coarse parts of speech, fine tags, lower-case words.
_REFERRING_POS = frozenset({NOUN, PROPN, PRON})
_REFERRING_TAGS = frozenset(get_string_id(tag) for tag in ("PRP", "PRP$", "WP$"))
_REFERRING_WORDS = frozenset(get_string_id(word) for word in ("both", "his", "her"))
# Forms of address that precede a surname without being a given name.
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "lord", "lady", "sir", "dame", "prof", "professor",
                        "gen", "general", "col", "colonel", "adm", "admiral", "sen", "senator", "rep",
                        "maj", "major", "lt", "lieut", "lieutenant", "capt", "captain", "sgt", "sergeant", "brig",
                        "brigadier", "cmdr", "cdr", "commander", "cpl", "corporal", "pvt", "private", "amb",
                        "sheikh", "sheikha", "president", "premier", "chancellor", "minister", "secretary", "comrade",
                        "prince", "princess", "crown", "emir", "king", "queen", "sultan"})

# Forms of address used with a given name alone ("Sheikh Mohammed", "Prince Faisal"), not a surname.
GIVEN_NAME_HONORIFICS = frozenset({"sheikh", "sheikha", "prince", "princess", "emir", "king", "queen", "sultan"})
CONFIDENCE = {
    "gazetteer": 1.0,
    "surname": 0.95,
    "seat": 0.9,
    "metonym": 0.85,
    "demonym": 0.85,
    "agent-noun": 0.85,
    "surname-office": 0.8,
    "role": 0.8,
    "apposition": 0.8,
    "speaker": 0.75,
    "group": 0.7,
    "region": 0.7,
    "pronoun": 0.7,
    "unknown": 0.6,
}
MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod", "npadvmod"})
# Words that make a demonym after them a region's ("South American", "Central Asian", "Latin American").
COMPASS_WORDS = frozenset({"south", "north", "east", "west", "central", "latin", "southern", "northern",
                           "eastern", "western"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# A surname alone names a country's leader of these last years before an official now in office.
RECENT_LEADER_YEARS = 10
# Mention types that "it", "they" or "its" cannot stand for: people and places.
NOT_GROUP_TYPES = frozenset({"Person", "City", "Region", "Place"})
# Prepositions of a reason or time adjunct whose "its" is the verb's object's ("praised Uganda for
# its role", "sanctioned Iraq after its invasion of Kuwait"), unlike "in its offensive" (the subject's).
OBJECT_ADJUNCT_PREPOSITIONS = frozenset({"for", "over", "after", "following", "about"})
# Complex prepositions of the same kind: "in response to its invasion", "because of its role".
OBJECT_ADJUNCT_PHRASES = frozenset({"in response to", "in retaliation for", "because of", "in protest at",
                                    "in protest against", "in protest over"})


def parse_date(value: object) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and re.match(r"^\d{4}-\d{2}-\d{2}", value):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


class ActorResolver:
    """Resolve actor mentions in a Doc; see the module docstring."""

    def __init__(self, gazetteer: Gazetteer, ontology: Ontology, spans_key: str = SPAN_KEY) -> None:
        self.gazetteer = gazetteer
        self.ontology = ontology
        self.spans_key = spans_key
        self.titles = {t.lower(): office for t, office in gazetteer.titles.items()}
        # The last words of titles ("minister" of "defence minister"), which a name may follow.
        self.title_heads = gazetteer.title_heads()
        # Head nouns of the titles of people ("ambassador", "spokesman", "minister"): the ontology's
        # noun cues of standing relations whose subject is a person.
        self.person_title_nouns = frozenset(cue[-1] for r in ontology.relations.values()
                                            if r.layer == "standing" and r.domain == ("Person",)
                                            for cue in r.noun_cues)
        self.person_title_ids = frozenset(get_string_id(noun) for noun in self.person_title_nouns)
        # Head nouns of events and texts ("agreement", "summit", "declaration" is none): a name the NER
        # ends with one ("the Reciprocal Access Agreement") is no actor.
        self.act_nouns = frozenset(cue[-1] for r in ontology.relations.values() if r.layer == "event"
                                   for cue in r.noun_cues) - ontology.agent_nouns
        self.group_nouns = ontology.group_nouns  # lemma -> "country" | "person" | "any"
        # Verbs that bring parties together ("meet", "hold talks", "sign"): the first words of the verb cues of
        # symmetric relations.
        self.meeting_verbs = frozenset(cue[0] for r in ontology.relations.values() if r.symmetric
                                       for cue in r.verb_cues)
        self.reporting_verbs = frozenset(
            lemma for lemma, modality in ontology.modality.verbs.items() if modality == "reported")
        # Verbs that ask something of others through a clause ("demanded that it withdraw", "urged that it
        # stop"): the hypothetical modality's verbs that cue a relation with a clausal object.
        clausal = {cue[0] for r in ontology.relations.values() if r.clausal_object for cue in r.verb_cues}
        self.asking_verbs = frozenset(lemma for lemma, modality in ontology.modality.verbs.items()
                                      if modality == "hypothetical" and lemma in clausal)
        # Nouns that stand for an actor when a name modifies them ("Hamas movement", "US forces").
        self.actor_nouns = frozenset(self.group_nouns).union(*ontology.agent_nouns_by_class.values())
        # Words of titles and actor or act nouns, which no name after a title has.
        self.not_given_names = frozenset(word for title in self.titles for word in title.split()) | (
            self.actor_nouns | self.act_nouns)
        # Nor a surname the NER left out of a name ("Espen Barth" + "Eide"): not "Commissioner" either.
        self.not_surnames = self.not_given_names | self.person_title_nouns
        # A word of a country's names -> the countries with a name holding it: "Congo" -> both Congos, which
        # the gazetteer gives no bare "Congo" (it is either); the one the article names in full is meant.
        self.countries_by_name_word: dict[str, set[str]] = {}
        for actor in gazetteer.actors.values():
            if actor.type == "Country":
                for name in (actor.label, *actor.aliases):
                    for word in name.split():
                        self.countries_by_name_word.setdefault(word, set()).add(actor.id)
        # Every spelling of a surname ("Zelensky", "Zelenskyy") -> the persons who bear it.
        self.surnames: dict[str, list[GazetteerActor]] = {}
        for actor in gazetteer.actors.values():
            if actor.type != "Person":
                continue
            for variant in gazetteer.surname_variants.get(actor.id, (actor.surname,) if actor.surname else ()):
                self.surnames.setdefault(variant, []).append(actor)

    # -- entry point ---------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        quotes = find_quotes(doc)
        date = parse_date((doc._.kg_article or {}).get("date"))
        state = _State(doc, date, quotes, in_office=lambda person_id: any(
            role.active_on(date) for role in self.gazetteer.roles_of(person_id)) if date is not None else False)
        candidates = self._candidates(doc)
        by_start = {span.start: span for span in candidates}
        may_refer = self._may_refer(doc)
        for sent in state.sents:
            i = sent.start
            ahead: list[tuple[Token, Token]] = []  # (pronoun, the subject named after it)
            while i < sent.end:
                span = by_start.get(i)
                if span is not None:
                    self._resolve_span(span, state)
                    i = span.end
                    continue
                if not may_refer[i]:
                    i += 1
                    continue
                token = doc[i]  # each doc[i] makes a new Token object
                subject = _cataphoric_subject(token) if not state.in_quote(token) else None
                if subject is not None and i not in state.token_actors:
                    ahead.append((token, subject))
                else:
                    self._resolve_token(token, state)
                i += 1
            for pronoun, subject in ahead:
                persons = [m for m in state.token_actors.get(subject.i, ()) if m.type == "Person"]
                if persons:
                    state.add(pronoun.i, pronoun.i + 1, state.actors[persons[0].actor_id], "pronoun")
                else:
                    self._resolve_token(pronoun, state)
            self._resolve_appositions(state)
            self._attribute_quotes(sent, quotes, state)
        doc._.kg_mentions = sorted(state.mentions, key=lambda m: (m.start, m.end, m.actor_id))
        doc._.kg_token_actors = {i: tuple(ms) for i, ms in state.token_actors.items()}
        doc._.kg_speakers = state.speakers
        return doc

    @staticmethod
    def _may_refer(doc: Doc) -> list[bool]:
        """Per token, whether :meth:`_resolve_token` can give it an actor: nouns, proper nouns, pronouns
        ("both", "whose" too). Read from an array of the tags, so that no Token object is made for the others."""
        return [pos in _REFERRING_POS or tag in _REFERRING_TAGS or lower in _REFERRING_WORDS
                for pos, tag, lower in doc.to_array([POS, TAG, LOWER]).tolist()]

    # -- candidates ----------------------------------------------------------
    def _candidates(self, doc: Doc) -> list[Span]:
        """Gazetteer matches first (longest wins), then NER entities that do not overlap."""
        titled_names = self._names_after_titles(doc)
        joined = self._cut_destinations(_join_split_names(doc.ents, self.not_surnames))
        ner_spans = [span for span in (self._trim(e) for e in self._cut_titled_names(joined, titled_names)
                                       if self.ontology.class_for_ner_label(e.label_) is not None)
                     if span is not None and not self._opens_title(span)
                     # "U.S. Secretary of State Marco Rubio": "State" is a word of his title, no body.
                     and not (span.label_ != "PERSON" and in_title_phrase(doc, span.start, span.end, self.titles))]
        ner_spans += titled_names
        other_people = [span for span in ner_spans if span.label_ == "PERSON"]
        matches = list(doc.spans.get(self.spans_key, []))  # a span group makes its Spans anew on each pass
        demonym_starts = {span.start for span in matches if span.label_ == "Demonym"}
        demonym_ends = {span.end for span in matches if span.label_ == "Demonym"}
        named = {i for span in matches for i in range(span.start, span.end)}
        full_names = [name for span in matches if span.label_ == "Surname"
                      for name in (self._untagged_full_name(span, named),) if name is not None]
        ner_spans += full_names
        gazetteer_spans = sorted((span for span in matches
                                  if not (span.label_ == "Surname" and self._other_first_name(span, other_people))
                                  and not any(n.start < span.start and n.end == span.end for n in full_names)
                                  and not (span.label_ == "Surname" and _combining_form(span, demonym_starts))
                                  and not _states_own_body(span, demonym_ends)
                                  and not _names_a_portfolio(span)
                                  and not self._opens_a_party_name(span, ner_spans)
                                  and not self._inside_longer_name(span, ner_spans, named)
                                  and not self._titled_given_name(span, other_people)
                                  and not _in_capitals(span)),
                                 key=lambda s: (-(s.end - s.start), s.start, s.label_))
        chosen: list[Span] = []
        taken: set[int] = set()
        for span in [*gazetteer_spans, *sorted(ner_spans, key=lambda s: (-(s.end - s.start), s.start))]:
            if any(i in taken for i in range(span.start, span.end)):
                continue
            chosen.append(span)
            taken.update(range(span.start, span.end))
        return sorted(chosen, key=lambda s: s.start)

    def _opens_a_party_name(self, span: Span, names: Sequence[Span]) -> bool:
        """A country's name opening an organisation's that the NER found, headed by a noun of bodies that
        are no state's (kgo:nonStateNoun): "the Bangladesh Nationalist Party", "Pakistan Peoples Party" are
        parties, not Bangladesh or Pakistan ("the Israel Defense Forces" still are Israel's)."""
        if span.label_ != "Country":
            return False
        return any(name.label_ == "ORG" and name.start <= span.start and span.end < name.end
                   and all(t.dep_ == "det" for t in span.doc[name.start:span.start])
                   and name.root.lemma_.lower() in self.ontology.non_state_nouns
                   and all(t.is_title or not t.is_alpha for t in span.doc[span.end:name.end])
                   for name in names)

    def _names_after_titles(self, doc: Doc) -> list[Span]:
        """'National Security Adviser Ajit Doval': a person's name the NER missed right after a title
        word, two or three capitalised proper nouns no entity holds, the last the one the title modifies;
        and 'Taras Kachka, Kyiv's trade representative': a two-word name a title is in apposition to."""
        ents = doc.ents  # built anew on each access
        tagged = {i for ent in ents for i in range(ent.start, ent.end)}
        starting = {ent.start: ent for ent in ents}
        names = []
        for title in tokens_with_lower(doc, self.person_title_ids):
            if title.ent_type_ == "PERSON":
                continue
            ent = starting.get(title.i + 1)
            if (ent is not None and ent.label_ != "PERSON" and not title.ent_type_ and 2 <= len(ent) <= 3
                    and title.head.i == ent.end - 1 and (ent.end == len(doc) or doc[ent.end].tag_ != "NNP")
                    and all(t.tag_ == "NNP" and t.is_title and t.is_alpha and t.lower_ not in self.not_given_names
                            for t in ent)):
                # "Government spokeswoman Yolande Makolo" with the name tagged an organisation: the title
                # modifies the name right after it, a person's.
                names.append(Span(doc, ent.start, ent.end, label="PERSON"))
                continue
            end = title.i + 1
            # Untagged words, or the rest of a non-person entity the title opens ("National Security Adviser
            # Ajit Doval" as one organisation).
            while (end < len(doc) and end - title.i <= 3 and (end not in tagged or title.ent_type_ and
                                                            doc[end].ent_iob_ == "I") and doc[end].tag_ == "NNP"
                   and doc[end].is_title and doc[end].is_alpha and doc[end].lower_ not in self.not_given_names):
                end += 1
            if end - title.i > 2 and (end == len(doc) or doc[end].tag_ != "NNP") and title.head.i == end - 1:
                names.append(Span(doc, title.i + 1, end, label="PERSON"))
            elif title.dep_ == "appos" and title.i > title.head.i and self._untagged_name(title.head, tagged):
                # "Taras Kachka, Kyiv's trade representative": the name a title is in apposition to.
                names.append(Span(doc, title.head.i - 1, title.head.i + 1, label="PERSON"))
        return names

    def _untagged_name(self, last: Token, tagged: AbstractSet[int]) -> bool:
        """Whether ``last`` ends a two-word name no entity holds: a given name compounded with it."""
        doc = last.doc
        if last.i == 0:
            return False
        given = doc[last.i - 1]
        return all(t.i not in tagged and t.tag_ == "NNP" and t.is_title and t.is_alpha
                   and t.lower_ not in self.not_given_names for t in (given, last)) and (
            given.dep_ == "compound" and given.head.i == last.i and (given.i == 0 or doc[given.i - 1].tag_ != "NNP"))

    def _cut_destinations(self, ents: Sequence[Span]) -> list[Span]:
        """"Japan's Ambassador to China Kenji Kanasugi": the NER ran the place an envoy is sent to into his
        name as one organisation. The gazetteer place after "to"/"for" on a title word is cut off, and the
        two or three capitalised words left are the person."""
        places = {span.start: span for span in ents[0].doc.spans.get(self.spans_key, [])} if ents else {}
        cut = []
        for ent in ents:
            place = places.get(ent.start)
            if ent.label_ != "PERSON" and place is not None and place.label_ in {"Country", "City", "Region"} \
                    and 2 <= ent.end - place.end <= 3 and ent.start > 1:
                before = ent.doc[ent.start - 1]
                rest = ent.doc[place.end:ent.end]
                if before.lower_ in {"to", "for"} and before.head.lower_ in self.person_title_nouns and all(
                        t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in rest):
                    ent = Span(ent.doc, place.end, ent.end, label="PERSON")
            cut.append(ent)
        return cut

    @staticmethod
    def _cut_titled_names(ents: Sequence[Span], names: Sequence[Span]) -> list[Span]:
        """The entities, each ending before a title that opens a person's name inside it."""
        cut = []
        for ent in ents:
            if any(n.start == ent.start and n.end == ent.end for n in names):
                continue  # the same words, read as a person's name after a title
            inner = next((n for n in names if ent.start < n.start and n.end <= ent.end), None)
            if inner is not None:
                if inner.start - 1 <= ent.start:
                    continue
                ent = Span(ent.doc, ent.start, inner.start - 1, label=ent.label_)
            cut.append(ent)
        return cut

    @staticmethod
    def _inside_longer_name(place: Span, names: Sequence[Span], named: AbstractSet[int] = frozenset()) -> bool:
        """'Aden' in 'the Gulf of Aden', 'Moscow' in 'Moscow State University' name something else.

        A city or region inside a longer NER name with another capitalised word is
        part of that name; "the Kursk region" (a lower-case place noun) is not. So
        is an organisation's name that ends a longer organisation's ("Security
        Council" in "Iran's Supreme National Security Council"), unless the words
        before it are a name the gazetteer knows (``named``: token indices), its
        owner ("U.S. State Department", "U.N. World Food Programme"); one that
        begins it names its owner too ("NATO Secretary General"). A demonym after a person's first name
        is a surname ("Volker Turk"), a country's name opening a person's a given name ("Israel Katz").
        """
        if place.label_ == "Demonym":
            # "Volker Turk", "Pierre English": a demonym ending a person's name is a surname.
            return any(name.label_ == "PERSON" and name.start < place.start and place.end <= name.end
                       and place.doc[name.start].is_title for name in names)
        if place.label_ == "Country":
            # "Israel Katz", "Jordan Bardella": a country's name opening a person's is a given name.
            return any(name.label_ == "PERSON" and name.start == place.start and name.end > place.end
                       and all(t.pos_ == "PROPN" and t.is_title for t in name) for name in names)
        if place.label_ in {"Person", "Surname", "Seat"}:
            return False
        if place.label_ not in {"City", "Region"}:  # an organisation
            return any(name.label_ == "ORG" and name.start < place.start and name.end == place.end
                       and any(t.is_title or t.is_upper for t in place.doc[name.start:place.start]
                               if t.lower_ not in {"the", "of"})
                       and not any(i in named for i in range(name.start, place.start))
                       for name in names)
        for name in names:
            if name.label_ == "PERSON" or not (name.start <= place.start and place.end <= name.end):
                continue
            doc = place.doc
            if any(name.start <= i < name.end and (doc[i].dep_ == "cc" or doc[i].text == ",")
                   for i in (place.start - 1, place.end)):
                continue  # "Chisinau and Kyiv": two names the NER ran together, not one
            extra = [t for t in name if not (place.start <= t.i < place.end)]
            if any(t.is_title or t.is_upper for t in extra if t.lower_ not in {"the", "of"}):
                return True
        return False

    def _opens_title(self, span: Span) -> bool:
        """"Defence" in "Defence Minister Wellington Koo": a name the NER cut out of a title."""
        doc = span.doc
        return span.end < len(doc) and f"{span.text.lower()} {doc[span.end].lower_}" in self.titles

    def _titled_given_name(self, place: Span, people: Sequence[Span]) -> bool:
        """"Wellington" in "Defence Minister Wellington Koo" is a given name: a place that begins a
        longer person's name right after a title word."""
        if place.label_ not in {"City", "Region"} or place.start == 0:
            return False
        before = place.doc[place.start - 1]
        return before.lower_ in self.title_heads and any(
            person.start == place.start and person.end > place.end for person in people)

    def _other_first_name(self, surname: Span, people: Sequence[Span]) -> bool:
        """'Michael Howard' is not John Howard: a longer NER name with another given name wins.

        Nor is a surname followed by more of the name ("Mohamed Farmaajo" is no Mr Mohamed):
        a surname ends the name it belongs to.
        """
        for person in people:
            if person.start <= surname.start and surname.end <= person.end and len(person) > len(surname):
                before = surname.doc[person.start:surname.start]
                after = surname.doc[surname.end:person.end]
                if any(t.pos_ == "PROPN" and t.lower_.rstrip(".") not in HONORIFICS
                       and t.lower_ not in self.titles for t in before):
                    return True
                if any(t.pos_ == "PROPN" for t in after):
                    return True
        return False

    def _untagged_full_name(self, surname: Span, named: AbstractSet[int]) -> Span | None:
        """'Bilawal Bhutto Zardari' (the NER found no person) is not Asif Ali Zardari: capitalised proper
        nouns compounded with a surname, that no name, title or other entity holds and no one of that surname
        the gazetteer knows bears, are another person's given names; the whole is that person's name."""
        doc = surname.doc
        start = surname.start
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and doc[start - 1].is_alpha \
                and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i in range(start - 1, surname.end) \
                and start - 1 not in named and doc[start - 1].lower_ not in self.not_given_names \
                and doc[start - 1].lower_ not in self.person_title_nouns \
                and doc[start - 1].ent_type_ in {"", "PERSON"} \
                and doc[start - 1].lower_.rstrip(".") not in HONORIFICS:
            start -= 1
        given = {t.text for t in doc[start:surname.start]}
        if not given or any(given & set(name.split()) for actor in self.surnames.get(surname.text, [])
                            for name in (actor.label, *actor.aliases)):
            return None
        return Span(doc, start, surname.end, label="PERSON")

    def _trim(self, ent: Span) -> Span | None:
        """Drop determiners, possessive markers and stray words the NER includes."""
        start, end = ent.start, ent.end
        doc = ent.doc
        while start < end and (doc[start].lower_ in {"the", "a", "an"} or not doc[start].is_title
                               and not doc[start].is_upper):
            start += 1
        # A merged fixed phrase (kg_fixed_phrases_v1, "persona non grata") is no part of a name.
        # "the Reciprocal Access Agreement with", "spoke with Dar and Indian ...": no preposition or conjunction
        # ends a name.
        while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or " " in doc[end - 1].text
                               or doc[end - 1].pos_ in {"ADP", "CCONJ"}):
            end -= 1
        if ent.label_ == "ORG":
            # "the We Continue the Change party", "the Wagner group": a lower-case noun after a name describes it.
            while end - start > 1 and doc[end - 1].is_alpha and doc[end - 1].is_lower:
                end -= 1
        if ent.label_ == "PERSON":
            # "Prince Faisal bin Farhan", "Emir Sheikh Tamim": forms of address are not part of the name.
            while start < end and doc[start].lower_.rstrip(".") in HONORIFICS:
                start += 1
            # "Commission Chairperson Mahmoud Ali Youssouf": a title word the NER ran into the name ("Minister
            # Wang" keeps a name of one word either way).
            while end - start > 2 and doc[start].lower_ in self.person_title_nouns:
                start += 1
        if start >= end or any(t.like_num for t in doc[start:end]):
            return None
        if all(t.lower_.rstrip(".") in HONORIFICS for t in doc[start:end]):
            return None  # "Lt." or "Maj. Gen." tagged as a name of its own
        return Span(doc, start, end, label=ent.label_)

    # -- spans -------------------------------------------------------------------
    def _resolve_span(self, span: Span, state: _State) -> None:
        kind = span.label_
        gaz = self.gazetteer
        if span.id_ and kind not in {"Surname", "Demonym", "Seat"}:
            actor = gaz.get(span.id_)
            if actor is None:
                return
            if actor.type in {"City", "Region"}:
                state.places.append((span.start, span.end, actor.id))
                country = gaz.country_of_capital(actor.id) if actor.type == "City" else None
                seat = gaz.get(gaz.seats.get(span.text, "")) if actor.type == "City" else None
                if seat is not None and self._used_as_agent(span):
                    # "accused Brussels of blackmail": a capital that is also a seat stands for the seat's
                    # body (seats.tsv), not its country.
                    state.add(span.start, span.end, seat, "seat")
                    return
                if country is not None and self._used_as_agent(span):
                    state.add(span.start, span.end, country, "metonym")
                    return
            if actor.type == "InternationalOrganization" and self._owned_by_a_state(span, state):
                # "Russia's Security Council", "the Russian Security Council": a state's own organ of that
                # name, not the international body.
                organ = GazetteerActor(id=f"unk/organization/{slugify(span.text)}", label=span.text,
                                       type="Organization", wikidata=None)
                state.add(span.start, span.end, organ, "unknown", known=False)
                return
            state.add(span.start, span.end, actor, "gazetteer")
            if actor.type == "Person":
                self._mark_leader_body(span, actor, state)
            if actor.type not in {"Person", "City", "Region"} and not describes_ties(span.doc, span.end):
                self._mark_agent_noun(span.root, actor, state, "agent-noun")
            return
        if kind == "Demonym":
            country = gaz.get(span.id_)
            if span.start > 0 and span.doc[span.start - 1].lower_ in COMPASS_WORDS:
                return  # "the South American country", "Central Asian states": a region's adjective
            if country is not None:
                state.add(span.start, span.end, country, "demonym")
                self._mark_agent_noun(span.root, country, state)
            return
        if kind == "Seat":
            actor = gaz.get(span.id_)
            if actor is not None:
                state.add(span.start, span.end, actor, "seat")
            return
        if kind == "Surname":
            person, method = self._resolve_surname(span.text, state)
            if person is not None:
                state.add(span.start, span.end, person, method)
                self._mark_leader_body(span, person, state)
            return
        self._resolve_unknown(span, state)

    def _owned_by_a_state(self, span: Span, state: _State) -> bool:
        """A country possesses or modifies the name: "Russia's Security Council", "the Russian Security
        Council"."""
        modifiers = [c for c in span.root.children if c.dep_ in {"poss", "amod", "compound"} and c.i < span.start]
        if not modifiers:
            return False
        demonyms = {i for d in span.doc.spans.get(self.spans_key, []) if d.label_ == "Demonym"
                    for i in range(d.start, d.end)}
        return any(c.i in demonyms or any(m.type == "Country" for m in state.token_actors.get(c.i, ()))
                   for c in modifiers)

    def _used_as_agent(self, span: Span) -> bool:
        root = span.root
        if root.dep_ in SUBJECT_DEPS or root.dep_ == "poss":
            return True
        return root.dep_ == "pobj" and root.head.dep_ == "agent"

    def _mark_agent_noun(self, token: Token, actor: GazetteerActor, state: _State,
                         method: str = "demonym") -> None:
        """'North Korean soldiers', 'South Korean intelligence officials', 'Taliban fighters' -> the actor.

        The nouns are the agent nouns of the actor's class: "fighters" act for
        an armed group, not for a country ("Syrian fighters").
        """
        coordinated = token.dep_ == "conj"  # "Nigerian and British armed forces": both countries
        if coordinated:
            token = token.head
        if token.dep_ not in MODIFIER_DEPS:
            return
        nouns = self.ontology.agent_nouns_of(actor.type)
        if not coordinated and any(c.dep_ in {"amod", "compound"} and token.i < c.i < token.head.i
                                   and self.gazetteer.country_by_demonym(c.text) is not None
                                   for c in token.head.children):
            return  # "the Greek Cypriot government" is Cyprus's: the demonym nearest the noun owns it
        # Up the modifier chain to the noun phrase's head, marking each agent noun on the way:
        # "South Korean intelligence officials", "an Afghan government offer" (-> "government").
        head = token.head
        for _ in range(3):
            if self.ontology.non_state_modified(head.lemma_.lower(), (c.lemma_.lower() for c in head.children
                                                                      if c.dep_ in {"amod", "compound"})):
                break  # "South Korean opposition lawmakers", "Syrian rebel soldiers" do not act for the state
            if head.tag_ == "VBN" and head.lemma_.lower() != "lead":
                break  # "Iranian-backed forces" are not Iran's; "Saudi-led forces" are Saudi Arabia's
            if head.lemma_.lower() in nouns and (coordinated or head.i not in state.token_actors):
                state.add(head.i, head.i + 1, actor, method)
            if head.dep_ in {"amod", "compound"} and head.head.i != head.i:
                head = head.head
                continue
            break

    def _mark_leader_body(self, span: Span, person: GazetteerActor, state: _State) -> None:
        """"the Biden administration", "the Assad regime" (kgo:leaderBodyNoun) -> the state the person led.

        The leadership held on the article's date wins; otherwise the latest one, as
        "the Trump administration" in a 2023 article is still the United States'.
        """
        body = span.root.head
        if (span.root.dep_ != "compound" or body.i in state.token_actors
                or body.lemma_.lower() not in self.ontology.leader_body_nouns):
            return
        roles = [r for r in self.gazetteer.roles_of(person.id) if r.effective]
        current = [r for r in roles if r.active_on(state.date)]
        latest = sorted(current or roles, key=lambda r: (r.start or dt.date.min, r.of), reverse=True)
        country = self.gazetteer.get(latest[0].of) if latest else None
        if country is not None and country.type == "Country":
            state.add(body.i, body.i + 1, country, "agent-noun")

    def _resolve_surname(self, surname: str, state: _State) -> tuple[GazetteerActor | None, str]:
        candidates = self.surnames.get(surname, [])
        seen = state.persons_by_surname.get(surname)
        if seen is None:  # "Zelenskyy" after "Volodymyr Zelensky": the same person, another spelling
            seen = next((state.actors[p.id] for p in candidates if p.id in state.actors), None)
        if seen is not None:
            return seen, "surname"
        holders = [p for p in candidates if any(r.active_on(state.date) for r in self.gazetteer.roles_of(p.id))]
        leaders = self._recent_leaders(candidates, state.date)
        if len(leaders) == 1 and not any(r.effective and r.active_on(state.date)
                                         for p in holders for r in self.gazetteer.roles_of(p.id)):
            # "Obama" in mid-2017 is the former president, not an official of another country in office.
            return leaders[0], "surname-office"
        if len(holders) == 1:
            return holders[0], "surname-office"
        if len(candidates) == 1:
            return candidates[0], "surname-office"
        return None, ""

    def _recent_leaders(self, candidates: Sequence[GazetteerActor], day: dt.date | None,
                        years: int = RECENT_LEADER_YEARS) -> list[GazetteerActor]:
        """Candidates who led a country (an effective role) on ``day`` or in the ``years`` before it."""
        day = day or dt.date.today()
        since = day.replace(year=day.year - years) if not (day.month == 2 and day.day == 29) else \
            dt.date(day.year - years, 2, 28)
        return [p for p in candidates if any(
            r.effective and (r.start is None or r.start <= day) and (r.end is None or r.end > since)
            for r in self.gazetteer.roles_of(p.id))]

    def _country_named_in_full(self, span: Span) -> GazetteerActor | None:
        """The one country whose longer name holds every word of ``span`` and that the article names by a
        name of its own: "Congo" after "the Democratic Republic of Congo" (none if both Congos are named).

        >>> import spacy
        >>> resolver = ActorResolver(load_gazetteer([]), load_ontology())
        >>> doc = spacy.blank("en")("DR Congo and Rwanda met. Congo accused Rwanda.")
        >>> doc.spans[SPAN_KEY] = [Span(doc, 0, 2, label="Country", span_id="Q974")]
        >>> resolver._country_named_in_full(doc[6:7]).label
        'Democratic Republic of the Congo'
        """
        words = span.text.split()
        holders = set.intersection(*(self.countries_by_name_word.get(w, set()) for w in words)) if words else set()
        if not holders:
            return None
        found = span.doc.spans.get(self.spans_key, [])
        # A whole name, not one inside a longer ("Republic of Congo" in "Democratic Republic of Congo"); or the
        # country's capital.
        named = {s.id_ for s in found if s.label_ == "Country" and not any(
            o.start <= s.start and s.end <= o.end and len(o) > len(s) for o in found if o.label_ == "Country")}
        named |= {country.id for s in found if s.label_ == "City"
                  for country in (self.gazetteer.country_of_capital(s.id_),) if country is not None}
        named &= holders
        return self.gazetteer.get(next(iter(named))) if len(named) == 1 else None

    def _resolve_unknown(self, span: Span, state: _State) -> None:
        cls = self.ontology.class_for_ner_label(span.label_)
        if cls is None:
            return
        if cls != "Person" and span[-1].lemma_.lower() in self.act_nouns:
            return  # "the Reciprocal Access Agreement", "the Athens Declaration": an act or a text, no actor
        text = span.text
        actor = self.gazetteer.lookup(text) or (state.acronyms.get(text) if text.isupper() else None)
        if actor is not None:
            state.add(span.start, span.end, actor, "gazetteer")
            return
        if span.label_ == "GPE" and (actor := self._country_named_in_full(span)) is not None:
            state.add(span.start, span.end, actor, "gazetteer")
            return
        if cls == "Person" and len(span) == 1 and span.root.dep_ in {"amod", "compound"} \
                and span.root.head.pos_ == "NOUN" and span.root.head.lemma_.lower() not in self.titles:
            return  # "Sikh extremism", "Kurdish areas": a one-word "person" modifying a common noun is none
        if names_a_department(span[-1], self.title_heads):
            return  # "Justice Minister", "National Security Minister": a department in a title, no actor
        if cls == "Person" and self._named_as_relative(span):
            return  # "his wife Emine": a relative, no actor
        last = span[-1].text
        # "Olivier Nduhungirehe ... Nduhungirehe": the surname of a person named before, whatever class
        # the NER gives the bare name.
        seen = state.persons_by_surname.get(last) if cls == "Person" or len(span) == 1 else None
        given = [w for w in span.text.lower().split()[:-1] if w.rstrip(".") not in HONORIFICS]  # "Mohd-Saaid": none
        if seen is not None and given and given[0] not in seen.label.lower().split():
            seen = None  # "Masrour Barzani" after "Nechirvan Barzani": another given name, another person
        if seen is not None:
            state.add(span.start, span.end, seen, "surname")
            return
        if cls == "Person" and len(span) == 1 and span.start > 0 and (
                span.doc[span.start - 1].lower_ in GIVEN_NAME_HONORIFICS):
            # "Sheikh Mohammed bin Abdulrahman Al Thani ... Sheikh Mohammed": a prince or sheikh is called by
            # his given name.
            person = state.persons_by_given_name.get(last)
            if person is not None:
                state.add(span.start, span.end, person, "surname")
                return
        if cls == "Person" and len(span) == 1:
            person, method = self._resolve_surname(last, state)
            if person is not None:
                state.add(span.start, span.end, person, method)
                return
        if cls != "Person" and len(span) > 1 and all(t.pos_ == "PROPN" for t in span) and (
                self._titled(span) or self._after_title(span)):
            # "Russia's deputy ambassador, Dmitry Polyanskiy", "Kazakh Foreign Minister Murat Nurtleu": the
            # NER took him for an ORG
            cls = "Person"
        if cls == "Country":
            # Every country is in the gazetteer, so an unknown GPE is a place.
            cls = "Place"
        minted = GazetteerActor(id=f"unk/{slugify(cls)}/{slugify(text)}", label=text, type=cls, wikidata=None)
        state.add(span.start, span.end, minted, "unknown", known=False)

    # -- single tokens: pronouns, role nouns, group nouns ------------------------------
    def _reporter_unnamed(self, token: Token, state: _State) -> bool:
        """A pronoun subject of what a titled person nobody named says or plans is that person: in
        "its chief prosecutor announced she intended to investigate", "she" is the prosecutor, not
        a leader named earlier in the sentence. "The minister confirmed she ..." is someone named
        before, whom the pronoun may still find."""
        verb = token.head
        if token.dep_ not in SUBJECT_DEPS or verb.dep_ != "ccomp" or verb.head.i == verb.i:
            return False
        return any(c.dep_ in SUBJECT_DEPS and c.tag_ == "NN" and not state.token_actors.get(c.i)
                   and c.lemma_.lower() in self.person_title_nouns - MOUTHPIECE_NOUNS
                   and any(d.dep_ == "poss" or (d.dep_ == "det" and d.lower_ in {"a", "an"}) for d in c.children)
                   for c in verb.head.children)

    def _named_as_relative(self, span: Span) -> bool:
        """"his wife Emine", "Emine, his wife", "Sisi's son Mahmoud": a kinship noun (kgo:relativeNoun)
        the name is in apposition to, or that modifies it."""
        relatives = self.ontology.relative_nouns
        root = span.root
        if root.dep_ == "appos" and root.head.lemma_.lower() in relatives:
            return True
        return any(c.dep_ in {"compound", "appos"} and c.lemma_.lower() in relatives
                   and not span.start <= c.i < span.end for c in root.children)

    def _resolve_token(self, token: Token, state: _State) -> None:
        if token.i in state.token_actors:
            return
        # Read once: each attribute read looks its string up (this runs for every token).
        lower, pos, tag = token.lower_, token.pos_, token.tag_
        if tag == "WP$" and token.head.dep_ in {"nsubj", "nsubjpass", "dobj"} and (
                token.head.head.dep_ == "relcl"):
            # "Chad, whose foreign ministry accused ...": the owner is what the relative clause describes.
            for mention in state.token_actors.get(token.head.head.head.i, ()):
                state.add(token.i, token.i + 1, state.actors[mention.actor_id], "pronoun")
            return
        # "spoke with Trump and Biden and thanked both": "both" standing alone is a plural pronoun.
        both = lower == "both" and token.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass"}
        if pos == "PRON" or tag in {"PRP", "PRP$"} or both:
            if lower in REFLEXIVE_PRONOUNS:
                # "his forces were defending themselves": the clause's own subject, nothing further away.
                for mention in state.clause_subject_mentions(token):
                    state.add(token.i, token.i + 1, state.actors[mention.actor_id], "pronoun")
                return
            if lower in PERSON_PRONOUNS and not state.in_quote(token):
                if self._reporter_unnamed(token, state):
                    return
                addressee = self._controller(token, state)
                if addressee is not None:
                    state.add(token.i, token.i + 1, addressee, "pronoun")
                    return
                person = state.salient_person(token, exclude=state.clause_subjects(token))
                if person is not None:
                    state.add(token.i, token.i + 1, person, "pronoun")
            elif lower in THING_PRONOUNS:
                if expletive_it(token):
                    return  # "it was impossible for Nigeria to support ...": the clause, no actor
                if lower == "it" and token.dep_ == "dobj" and any(
                        t.dep_ == "dobj" and t.pos_ == "NOUN" and t.i not in state.token_actors
                        and any(c.lower_ == "the" for c in t.children)
                        for t in token.doc[token.sent.start:token.i]):
                    # "Egypt and Turkey denounced the strike, and Iran condemned it": an object "it" takes up
                    # the definite thing its sentence had as object, no actor.
                    return
                actor = state.salient_non_person(token, self.asking_verbs)
                if actor is not None:
                    state.add(token.i, token.i + 1, actor, "pronoun")
            elif (lower in PLURAL_PRONOUNS or both) and not state.in_quote(token):
                # A pair named in the pronoun's own sentence, else a plural phrase acting for one actor
                # there ("withdrew its 1,500 troops ... and demanded their departure"), else the last pair.
                group = state.recent_group(token, sentences=1)
                actor = state.plural_antecedent(token, self.reporting_verbs, self.actor_nouns) if not group else None
                if actor is not None:
                    state.add(token.i, token.i + 1, actor, "pronoun")
                elif not group:
                    group = state.recent_group(token)
                for member in group:
                    state.add(token.i, token.i + 1, member, "group")
            return
        if pos not in {"NOUN", "PROPN"}:
            return
        named = (state.persons_by_surname.get(token.text)
                 if token.is_title and not token.ent_type_ and token.dep_ in {"nsubj", "nsubjpass", "dobj", "poss"}
                 and not any(c.dep_ in {"conj", "cc"} for c in token.children) else None)
        if named is not None:
            # "Foreign Minister Jose Manuel Albares ... Albares summoned": a surname the NER missed.
            state.add(token.i, token.i + 1, named, "surname")
            return
        if token.text.isupper() and token.text in state.acronyms:  # "the RSF" after "Rapid Support Forces"
            state.add(token.i, token.i + 1, state.acronyms[token.text], "gazetteer")
            return
        lemma = token.lemma_.lower()
        if (tag in {"NNS", "NNPS"} and self.group_nouns.get(lemma) == "country"
                and lemma not in self.ontology.counterpart_nouns):
            # Not "the South Caucasus neighbours", "its Baltic neighbours": a relational noun names some of them.
            members = self._regional_group(token)
            if members:  # "the Baltic states", "five Central Asian countries": all the members
                for actor in members:
                    state.add(token.i, token.i + 1, actor, "region")
                return
        if tag in {"NN", "NNP"} and lemma in self.ontology.agent_nouns:  # the model tags "ministry" NNP
            body = state.repeated_agent_noun(token)
            if body is not None:  # "Ukraine's foreign ministry said ... Foreign ministry spokesman Tykhyi"
                state.add(token.i, token.i + 1, body, "agent-noun")
                return
        if lemma in self.ontology.counterpart_nouns and tag == "NN":
            other = state.counterpart(token)
            if other is not None:  # "cut ties with Morocco, accusing its neighbour": Morocco
                state.add(token.i, token.i + 1, other, "group")
            return
        if lemma in self.group_nouns and self.group_nouns[lemma] not in {"any", "country", "person"} \
                and tag == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
                and not any(c.dep_ in {"amod", "compound", "poss"} or (c.dep_ == "prep" and any(
                    g.dep_ == "pobj" for g in c.children)) for c in token.children):
            # Not "the bloc of seven": a name or complement of its own; "accused the bloc of serving
            # foreign interests" (a gerund the parser hung on the noun) still refers back.
            # "who chairs the bloc": the body of that class named last, within three sentences.
            kind = self.group_nouns[lemma]
            body = state.last_named(token, lambda m: m.type.lower() == kind, sentences=3)
            if body is not None:
                state.add(token.i, token.i + 1, body, "group")
            return
        if (lemma in self.ontology.epithet_nouns and tag == "NN"
                and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
                and not any(c.dep_ in {"poss", "prep", "appos"} for c in token.children)):
            # "an insurgency against the Turkish state": the one country its demonym names (not "the
            # Indian state of Kerala", a region).
            named = {m.actor_id: m for c in token.children if c.dep_ in {"amod", "compound"}
                     for m in state.token_actors.get(c.i, ()) if m.known and m.type == "Country"}
            if len(named) == 1:
                state.add(token.i, token.i + 1, state.actors[next(iter(named))], "agent-noun")
                return
        if (lemma in self.ontology.epithet_nouns and tag == "NN"
                and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
                and any(c.dep_ in {"amod", "compound"} for c in token.children)
                and not any(c.dep_ in {"poss", "prep", "appos"} or any(m.known for m in state.token_actors.get(c.i, ()))
                            for c in token.children)):
            # "Mexico broke off relations with the Andean country", "the Caribbean nation's police": the
            # country named last, not one its own clause's subject names.
            verb = token.head
            while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
                verb = verb.head
            own = {m.actor_id for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < token.i
                   for m in state.token_actors.get(c.i, ())}
            # ... nor a subject's own country: "Trump threatened sanctions on the South American country".
            own |= {country.id for actor_id in list(own)
                    for country in (self._country_of(state.actors[actor_id], state),) if country is not None}
            country = state.last_named(token, lambda m: m.type == "Country" and m.actor_id not in own, sentences=2)
            if country is not None:
                state.add(token.i, token.i + 1, country, "group")
            return
        if lemma in self.group_nouns and self._is_pair_phrase(token) and any(
                c.dep_ in {"appos", "conj"} and c.i > token.i and c.pos_ == "PROPN" for c in token.children):
            # "the two foreign ministers, Ararat Mirzoyan and Jeyhun Bayramov": the names that follow.
            state.pending_appositions.append((token, None))
            return
        if lemma in self.group_nouns and self._is_pair_phrase(token):
            kind = self.group_nouns[lemma]
            # "both leaders" are people (or their states' leaders); "both nations" any actors of a state.
            accept = (lambda a: a.type == "Person") if kind == "person" else None
            if kind == "country":
                # "an agreement between two governments" after "Goma and Bukavu": cities have none, nor
                # have people the gazetteer does not know (the NER may take a town for a person).
                accept = lambda a: a.type not in PLACE_TYPES and (  # noqa: E731
                    a.type != "Person" or self.gazetteer.get(a.id) is not None)
            title = self._title(token) if kind == "person" else None
            office = title[1] if title is not None and " " in title[0] else None
            known_leaders: Callable[[GazetteerActor], bool] | None = None
            if office is not None:
                # "the two defence ministers": people who hold that office, not any pair named last.
                accept = (lambda a: a.type == "Person" and any(
                    r.office == office and r.active_on(state.date) for r in self.gazetteer.roles_of(a.id)))
            elif title is not None and title[1] == "effective":
                # "the two leaders": not two ministers named last ("Rubio and Shibani also attended"); one
                # the gazetteer gives no office on the date may lead (its roles are not complete).
                def accept(a: GazetteerActor) -> bool:
                    current = [r for r in self.gazetteer.roles_of(a.id) if r.active_on(state.date)]
                    return a.type == "Person" and (not current or any(r.effective for r in current))

                def known_leaders(a: GazetteerActor) -> bool:
                    return a.type == "Person" and any(
                        r.leads and r.active_on(state.date) for r in self.gazetteer.roles_of(a.id))
            # "the neighbours", "the rivals": a relational noun's definite plural is a pair.
            size = _pair_size(token) or (2 if lemma in self.ontology.counterpart_nouns else None)
            # "the two sides", "both governments": actors of different states ("Lavrov and Ushakov" are one side).
            side = (lambda a: (self._country_of(a, state) or a).id) if kind != "person" else None  # noqa: E731
            if kind == "person" and office is None and not any(
                    (c.dep_ == "conj" or c.lower_ == "and") for c in token.children):
                # "Xi held talks with Putin on Thursday, when the two leaders signed": just that many
                # people named before it in its own sentence, as parties to one meeting ("Pashinyan thanked
                # the U.S. president, and the two leaders said" means others).
                count = _pair_size(token) or 2
                named = state.sentence_persons(token, self.meeting_verbs)
                if len(named) == count and (accept is None or all(accept(a) for a in named)):
                    for actor in named:
                        state.add(token.i, token.i + 1, actor, "group")
                    return
            # "Pezeshkian and Sudani oversaw the signing ... a U.S. drone strike killed Soleimani and
            # al-Muhandis ... Both leaders condemned": the last pair the gazetteer knows to lead on the date,
            # before a pair of others named last.
            group = state.recent_group(token, sentences=None, accept=known_leaders, size=size) \
                if known_leaders is not None else []
            group = group or state.recent_group(token, sentences=2, accept=accept, size=size, side=side)
            if not group and size is not None and size > 2:
                # "Spain, Ireland and Norway recognised ... Abbas thanked the three governments": a list of
                # that many named anywhere before is rarer, and surer, than the article's most named three.
                group = state.recent_group(token, sentences=None, accept=accept, size=size, side=side)
            if not group and kind in {"country", "any"} and size in {2, 3}:
                # "urged both sides to show restraint" with no pair in sight: the article's two
                # countries, not a pair named in passing paragraphs earlier ("Malian soldiers and
                # Russian mercenaries" in a story about Mali and Algeria); "the three countries".
                country_of = lambda a: self._country_of(a, state)  # noqa: E731
                # "Muizzu paid a state visit to China, where he was received by Xi. The two governments
                # upgraded their relations": the countries the sentence before names, when just that many.
                # Only a group with one of the article's own countries: after a sentence of third
                # parties reacting, the two countries are still the article's.
                salient = state.salient_countries(token, size, country_of)
                nearby = state.sentence_countries(token, size, country_of, self.reporting_verbs)
                group = nearby if set(nearby) & set(salient) else salient
            if not group:
                group = state.recent_group(token, sentences=None, accept=accept, size=size, side=side)
            if not group and kind == "person" and _pair_size(token) in {2, 3} and office is None:
                # "X held talks with Y. The two presidents signed ...": the last two people named ("Anwar
                # hosted Hun Manet and Phumtham. The three men met": the last three).
                # Never the clause's own subject: "Trump telephoned both leaders".
                own = state.clause_subjects(token)
                count = _pair_size(token)
                group = [a for a in state.recent_persons(token, count)
                         if (accept is None or accept(a)) and a.id not in own]
                group = group if len(group) == count else []
            if self.group_nouns[lemma] == "country":
                group = [self._country_of(a, state) or a for a in group]
            for actor in _unique(group):
                state.add(token.i, token.i + 1, actor, "group")
            return
        titled = self._titled_earlier(token, state)
        if titled is not None:  # "Crown Prince Mohammed bin Salman ... The crown prince said"
            state.add(token.i, token.i + 1, titled, "role")
            return
        title = self._title(token)
        # "Niger's military rulers", "Russian officials" are a body, not one office holder.
        if title is not None and tag not in {"NNS", "NNPS"} and not self._is_name_modifier(token):
            if any(c.dep_ == "appos" and c.i > token.i for c in token.children):
                # "Ukraine's new president, Viktor Yushchenko": decided once the name is resolved.
                state.pending_appositions.append((token, title))
                return
            person = self._resolve_role(token, *title, state)
            if person is not None:
                state.add(token.i, token.i + 1, person, "role")

    def _resolve_appositions(self, state: "_State") -> None:
        """A role noun with a person in apposition is that person, whoever the gazetteer has in the
        office on the date ("Iran's president, Mohammad Khatami" in an undated text); without one,
        the office holder."""
        for token, title in state.pending_appositions:
            if title is None:  # a pair phrase: every person named after it
                names = [c for c in token.children if c.dep_ in {"appos", "conj"} and c.i > token.i]
                names += [g for c in names for g in c.conjuncts if g.i > c.i]
                people = {m.actor_id: m for c in names for m in state.token_actors.get(c.i, ())
                          if m.type == "Person"}
                for mention in people.values():
                    state.add(token.i, token.i + 1, state.actors[mention.actor_id], "apposition",
                              known=mention.known)
                continue
            named = [m for c in token.children if c.dep_ == "appos"
                     for m in state.token_actors.get(c.i, ()) if m.type == "Person"]
            if named:
                state.add(token.i, token.i + 1, state.actors[named[0].actor_id], "apposition",
                          known=named[0].known)
                continue
            person = self._resolve_role(token, *title, state)
            if person is not None:
                state.add(token.i, token.i + 1, person, "role")
        state.pending_appositions.clear()

    @staticmethod
    def _titled_earlier(token: Token, state: "_State") -> GazetteerActor | None:
        """The person this article named with the title "the <title>" repeats, if any.

        Only a definite, singular, lower-case title with nothing but title words
        before it: "the crown prince", "the foreign minister" (not "Saudi
        Arabia's crown prince", which names its own country).
        """
        if token.tag_ != "NN" or not token.is_lower or not state.titled:
            return None
        words = [c for c in token.lefts if c.dep_ in {"compound", "amod"}]
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) or any(
                c.dep_ in {"poss", "nmod"} or c.ent_type_ for c in token.lefts):
            return None
        phrase = " ".join([*(w.lower_ for w in words), token.lower_])
        holders = state.titled.get(phrase)
        if not holders:
            return None
        # "President Muizzu ... was received by President Xi ... the president's secretary": the holder the
        # article names most often so far, the latest on a tie.
        named = Counter(m.actor_id for m in state.mentions if m.start < token.i)
        return max(reversed(holders), key=lambda a: named[a.id])

    def _after_title(self, span: Span) -> bool:
        """A name right after a title word that modifies it: "Transport Minister Rashad Nabiyev"."""
        if span.start == 0:
            return False
        before = span.doc[span.start - 1]
        return before.lower_ in self.title_heads and before.dep_ == "compound" and before.head in span

    def _titled(self, span: Span) -> bool:
        """A name in apposition to the title of a person: "the ambassador, Dmitry Polyanskiy" or
        "Dmitry Polyanskiy, Russia's deputy ambassador"."""
        root = span.root
        if root.dep_ == "appos" and root.head.lemma_.lower() in self.person_title_nouns:
            return True
        return any(c.dep_ == "appos" and c.lemma_.lower() in self.person_title_nouns
                   and not (span.start <= c.i < span.end) for c in root.children)

    def _is_pair_phrase(self, token: Token) -> bool:
        if token.tag_ not in {"NNS", "NNPS"}:
            return False
        if any(c.lower_ in PAIR_DETERMINERS for c in token.children
               if c.dep_ in {"det", "nummod", "predet", "quantmod", "amod"}):
            return True
        if (_pair_size(token) or 0) > 2 and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return True  # "the three countries": a definite group named before ("three countries" is new)
        # "the Southeast Asian neighbours", "the nuclear-armed rivals": the definite plural of a relational
        # noun names both sides (not "the neighbours of Russia", "Russia's neighbours").
        return (token.lemma_.lower() in self.ontology.counterpart_nouns
                and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
                and not any(c.dep_ in {"poss", "prep"} for c in token.children))

    def _regional_group(self, token: Token) -> list[GazetteerActor]:
        """The member countries a plural state noun names after a regional adjective the gazetteer lists
        ("the Baltic states", "the leaders of five Central Asian states"), when it names them all: no "several"
        or "other", and a number, if said, of all the members."""
        modifiers = [c for c in token.children if c.i < token.i and c.dep_ in {"amod", "compound", "nmod"}]
        if not modifiers or any(c.lower_ in PARTIAL_QUANTIFIERS for c in token.children):
            return []
        start = min(t.i for c in modifiers for t in c.subtree)
        words = [t.text for t in token.doc[start:token.i] if t.dep_ not in {"det", "nummod", "predet", "punct"}]
        members = self.gazetteer.regional_groups.get(" ".join(words).lower(), ())
        count = _count_said(token)
        if not members or (count is not None and count != len(members)):
            return []
        return [actor for member in members if (actor := self.gazetteer.get(member)) is not None]

    def _title(self, token: Token) -> tuple[str, str] | None:
        """(title phrase, office) of a role noun: 'prime minister' -> head_of_government."""
        lemma = token.lemma_.lower()
        if lemma not in self.title_heads:
            return None  # every title phrase ends with one of these words
        compounds = [c.lemma_.lower() for c in token.children if c.dep_ in {"compound", "amod"} and c.i < token.i]
        candidates = [f"{compounds[-1]} {lemma}"] if compounds else []
        for phrase in (*candidates, lemma):
            office = self.titles.get(phrase)
            if office is not None:
                return phrase, office
        return None

    @staticmethod
    def _controller(token: Token, state: "_State") -> GazetteerActor | None:
        """The person told or urged to act, for a possessive in what they are to do: "told Putin to stop his
        attacks on Kyiv" (his = Putin's, not the teller's)."""
        if token.dep_ != "poss":
            return None
        clause = next((t for t in token.ancestors if t.dep_ == "xcomp" and t.pos_ in {"VERB", "AUX"}), None)
        if clause is None:
            return None
        people = [m for c in clause.head.children if c.dep_ in {"dobj", "dative"}
                  for m in state.token_actors.get(c.i, ()) if m.type == "Person"]
        return state.actors.get(people[0].actor_id) if len(people) == 1 else None

    @staticmethod
    def _is_name_modifier(token: Token) -> bool:
        """'leader' in 'North Korean leader Kim Jong Un' is a title, not a coreferent; so is the first of two
        titles one person holds ('First Deputy Prime Minister and Economy Minister Yulia Svyrydenko')."""
        doc = token.doc
        after = token.i + 1
        if after + 1 < len(doc) and doc[after].lower_ == "and" and not any(c.lower_ == "the" for c in token.children):
            # over "and" and the second title's capitalised words to the name ("the prime minister and
            # Zelensky" are two people)
            second = after + 1
            while second < min(len(doc), token.i + 6) and doc[second].is_title and doc[second].ent_type_ != "PERSON":
                second += 1
            after = second if second > after + 1 else token.i + 1
        return token.dep_ in {"compound", "appos"} and token.head.pos_ == "PROPN" or (
            after < len(doc) and doc[after].pos_ == "PROPN" and doc[after].ent_type_ == "PERSON")

    def _resolve_role(self, token: Token, phrase: str, office: str, state: _State) -> GazetteerActor | None:
        country = None
        for child in token.children:
            if child.dep_ in MODIFIER_DEPS:
                country = state.country_at(child.i)
                if country is not None:
                    break
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        country = state.country_at(pobj.i)
        if country is None:
            if token.tag_ != "NN" or not any(c.lower_ == "the" for c in token.children):
                return None
            if any(c.dep_ in MODIFIER_DEPS and state.token_actors.get(c.i) for c in token.children):
                # "the EU leader closest to Moscow": a leader of another body, not the last one named; in
                # apposition, the person described ("Orban, the EU leader with the closest ties to ...").
                anchor = token.head if token.dep_ == "conj" else token
                described = [anchor.head] if anchor.dep_ == "appos" else []
                described += [c for c in token.children if c.dep_ == "appos"]  # the parser may invert the two
                start = token.left_edge.i
                if start >= 2 and token.doc[start - 1].text == ",":
                    described.append(token.doc[start - 2])  # "Orban, the EU leader ...", however it is parsed
                person = next((m for t in described for m in state.token_actors.get(t.i, ()) if m.type == "Person"),
                              None)
                return state.actors.get(person.actor_id) if person is not None else None
            # "the prime minister": the most recent person holding that title on the date
            # (the US president is also head of government, but not "the prime minister").
            for mention in reversed(state.mentions):
                if mention.type != "Person":
                    continue
                roles = [r for r in self.gazetteer.roles_of(mention.actor_id) if r.active_on(state.date)]
                if any(phrase in r.title.lower() or (office == "effective" and r.effective) for r in roles):
                    return self.gazetteer.get(mention.actor_id) or state.actors.get(mention.actor_id)
            return None
        holders = self.gazetteer.office_holders(country.id, office, on=state.date)
        # "the Iranian president" is Iran's President, who is head of government there: a holder
        # whose title is the phrase itself wins over the office the phrase usually means.
        titled = [r for r in self.gazetteer.office_holders(country.id, None, on=state.date)
                  if r.title.lower() == phrase]
        holders = titled or holders
        if not holders:
            return None
        mentioned = {m.actor_id for m in state.mentions}
        for role in holders:
            if role.person in mentioned:
                return self.gazetteer.get(role.person)
        return self.gazetteer.get(holders[-1].person)

    def _country_of(self, actor: GazetteerActor, state: _State) -> GazetteerActor | None:
        if actor.type != "Person":
            return None
        roles = [r for r in self.gazetteer.roles_of(actor.id) if r.active_on(state.date)]
        roles.sort(key=lambda r: (not r.effective, r.office != "head_of_state"))
        for role in roles:
            country = self.gazetteer.get(role.of)
            if country is not None:
                return country
        return None

    # -- quotes ------------------------------------------------------------------------
    def _attribute_quotes(self, sent: Span, quotes: Sequence[Quote], state: _State) -> None:
        """Find the speaker of quotes that end in this sentence; resolve we/our/I inside."""
        for quote in quotes:
            if not (sent.start <= quote.end - 1 < sent.end) or quote.start in state.quote_done:
                continue
            state.quote_done.add(quote.start)
            speaker = self._speaker(quote, state)
            if speaker is None and state.last_quote is not None and quote.follows(state.last_quote[0]):
                speaker = state.last_quote[1]
            if speaker is None:
                continue
            state.last_quote = (quote, speaker)
            country = self._country_of(speaker, state) if speaker.type == "Person" else speaker
            doc = sent.doc
            for i in range(quote.start, quote.end):
                state.speakers[i] = state.mention_for(speaker, "speaker")
                lower = doc[i].lower_
                if i in state.token_actors:
                    continue
                if lower in FIRST_PLURAL and country is not None:
                    state.add(i, i + 1, country, "speaker")
                elif lower in FIRST_SINGULAR:
                    state.add(i, i + 1, speaker, "speaker")

    def _speaker(self, quote: Quote, state: _State) -> GazetteerActor | None:
        doc = state.doc
        for sent in {doc[quote.start].sent, doc[quote.end - 1].sent}:
            for token in sent:
                if quote.start <= token.i < quote.end or token.lemma_.lower() not in self.reporting_verbs:
                    continue
                for child in token.children:
                    if child.dep_ in SUBJECT_DEPS and not (quote.start <= child.i < quote.end):
                        if child.i not in state.token_actors and child.lower_ in PERSON_PRONOUNS:
                            person = state.last_quote[1] if state.last_quote else state.salient_person(child)
                            if person is not None:
                                state.add(child.i, child.i + 1, person, "pronoun")
                        actors = state.token_actors.get(child.i)
                        if actors:
                            return state.actors[actors[0].actor_id]
        return None


class _State:
    """Per-document resolution state: mentions so far and salience."""

    def __init__(self, doc: Doc, date: dt.date | None, quotes: Sequence[Quote],
                 in_office: Callable[[str], bool] = lambda person_id: False) -> None:
        self.doc = doc
        self.date = date
        self.in_office = in_office  # whether a person (id) holds an office on the article's date
        self.sents = list(doc.sents)
        self.sent_of = {i: k for k, s in enumerate(self.sents) for i in range(s.start, s.end)}
        self.quote_tokens = {i for q in quotes if q.is_speech for i in range(q.start, q.end)}
        self.mentions: list[Mention] = []
        self.token_actors: dict[int, list[Mention]] = {}
        self.actors: dict[str, GazetteerActor] = {}
        self.persons_by_surname: dict[str, GazetteerActor] = {}
        self.persons_by_given_name: dict[str, GazetteerActor] = {}  # the latest of that given name
        self.acronyms: dict[str, GazetteerActor] = {}
        self.places: list[tuple[int, int, str]] = []
        self.speakers: dict[int, Mention] = {}
        self.quote_done: set[int] = set()
        self.last_quote: tuple[Quote, GazetteerActor] | None = None
        # Titles written before a name in this article ("Crown Prince Mohammed bin Salman"), lower case.
        self.titled: dict[str, list[GazetteerActor]] = {}
        # Role nouns with a name in apposition, resolved at the end of their sentence.
        self.pending_appositions: list[tuple[Token, tuple[str, str] | None]] = []

    def _title_before(self, start: int) -> str:
        """The capitalised title words right before a name: "crown prince" in "Crown Prince Mohammed ..."."""
        k = start
        while k > 0 and self.doc[k - 1].is_title and self.doc[k - 1].pos_ in {"PROPN", "NOUN"} \
                and self.doc[k - 1].dep_ == "compound" and k - 1 not in self.token_actors:
            k -= 1
        return " ".join(t.lower_ for t in self.doc[k:start])

    def add(self, start: int, end: int, actor: GazetteerActor, method: str, known: bool = True) -> Mention:
        mention = Mention(start, end, actor.id, actor.label, actor.type, method,
                          CONFIDENCE.get(method, 0.6), known, actor.wikidata)
        self.actors[actor.id] = actor
        self.mentions.append(mention)
        for i in range(start, end):
            self.token_actors.setdefault(i, []).append(mention)
        if actor.type == "Person" and method in {"gazetteer", "unknown"} and end - start > 1:
            surname = actor.surname or self.doc[end - 1].text
            namesake = self.persons_by_surname.get(surname)
            if namesake is None or not self.in_office(namesake.id) or self.in_office(actor.id):
                # "President Joseph Aoun ... his predecessor Michel Aoun ... congratulated Aoun": a namesake
                # named later does not displace the one in office.
                self.persons_by_surname[surname] = actor
            self.persons_by_given_name[self.doc[start].text] = actor
            title = self._title_before(start)
            if title:
                holders = self.titled.setdefault(title, [])
                if actor in holders:
                    holders.remove(actor)
                holders.append(actor)  # the latest last
        elif actor.type not in NOT_GROUP_TYPES and method == "gazetteer" and end - start > 1:
            # "the Rapid Support Forces ... the RSF": the initials of a name used in the article.
            initials = "".join(t.text[0] for t in self.doc[start:end] if t.text[:1].isupper())
            if len(initials) >= 2:
                self.acronyms.setdefault(initials, actor)
        return mention

    def mention_for(self, actor: GazetteerActor, method: str) -> Mention:
        return Mention(-1, -1, actor.id, actor.label, actor.type, method, CONFIDENCE.get(method, 0.6),
                       not actor.id.startswith("unk/"), actor.wikidata)

    def in_quote(self, token: Token) -> bool:
        return token.i in self.quote_tokens

    def country_at(self, i: int) -> GazetteerActor | None:
        for mention in self.token_actors.get(i, ()):
            if mention.type == "Country":
                return self.actors[mention.actor_id]
        return None

    def _recent(self, token: Token, accept, sentences: int = 3) -> GazetteerActor | None:
        """Most recent accepted mention before ``token``, preferring subjects, within N sentences.

        The pronoun's own sentence is searched first: in "Pashinyan spoke with
        Pezeshkian and assured him", "him" is Pezeshkian, not the subject of
        the sentence before.
        """
        idx = self.sent_of[token.i]
        # The pronoun's own sentence up to it, then each earlier sentence, nearest first: in "Modi's
        # visit to Moscow was criticised in Kyiv. He embraced Putin", "he" is Modi, not the subject of
        # the sentence before that.
        spans = [(self.sents[idx].start, token.i)]
        spans += [(self.sents[k].start, self.sents[k].end) for k in range(idx - 1, max(-1, idx - sentences), -1)]
        for start, end in spans:
            own_sentence = start == spans[0][0]
            best: Mention | None = None
            best_subject: Mention | None = None
            main_subject: Mention | None = None
            for mention in self.mentions:
                if mention.start >= end or mention.start < start or not accept(mention):
                    continue
                best = mention
                root = self.doc[mention.end - 1]
                # A subject, or the possessor of one ("Modi's visit ... was criticised").
                subject = root if root.dep_ in SUBJECT_DEPS else root.head if (
                    root.dep_ == "poss" and root.head.dep_ in SUBJECT_DEPS) else None
                if subject is not None:
                    best_subject = mention
                    # An earlier sentence's main clause's subject: "Armenia says Azerbaijani troops crossed
                    # into its territory. In September 2022 it asked ..." (in the pronoun's own sentence,
                    # the nearest subject: "Saudi Arabia criticised it, while Hezbollah pledged its fight").
                    if subject.head.dep_ == "ROOT" and not own_sentence:
                        main_subject = mention
            chosen = main_subject or best_subject or best
            if chosen is not None:
                return self.actors.get(chosen.actor_id)
        return None

    def repeated_agent_noun(self, token: Token, sentences: int = 3) -> GazetteerActor | None:
        """The actor of the same agent noun, with the same other modifiers, named with its owner in the
        last N sentences: "Ukraine's foreign ministry said ... the foreign ministry added" is
        Ukraine's. Not an indefinite one ("a ministry") or one with an owner of its own.

        Ownerless nouns are looked up only when an earlier one had an owner, so the first "the
        ministry" of an article stays unresolved.
        """
        if any(c.dep_ == "det" and c.lower_ != "the" for c in token.children) or any(
                c.dep_ in {"poss", "amod", "compound", "nmod"} and c.i in self.token_actors for c in token.children):
            return None

        def modifiers(noun: Token) -> set[str]:
            return {c.lemma_.lower() for c in noun.children
                    if c.dep_ in {"amod", "compound"} and c.i not in self.token_actors}
        own = modifiers(token)
        window_start = self.sents[max(0, self.sent_of[token.i] - sentences + 1)].start
        for earlier in reversed(self.doc[window_start:token.i]):
            if earlier.lemma_.lower() != token.lemma_.lower() or earlier.tag_ not in {"NN", "NNP"}:
                continue
            owners = [m for m in self.token_actors.get(earlier.i, ()) if m.method in {"agent-noun", "demonym"}]
            if owners and modifiers(earlier) == own:
                return self.actors.get(owners[0].actor_id)
        return None

    def last_named(self, token: Token, accept, sentences: int = 2) -> GazetteerActor | None:
        """The accepted mention nearest before ``token`` within N sentences, whatever its role: an epithet
        ("the West African country") follows the last name, not the last subject."""
        window_start = self.sents[max(0, self.sent_of[token.i] - sentences + 1)].start
        found = [m for m in self.mentions if window_start <= m.start < token.i and accept(m)]
        return self.actors.get(max(found, key=lambda m: m.start).actor_id) if found else None

    def counterpart(self, token: Token) -> GazetteerActor | None:
        """The other side a possessed counterpart noun stands for: the last actor of a state-like kind the
        sentence named before it that is not the possessor ("its neighbour"); none when the noun has a
        name of its own ("its rival Saudi Arabia") or no pronoun possessor ("Russia's neighbour")."""
        owners = [m for c in token.children if c.dep_ == "poss" and c.tag_ == "PRP$"
                  for m in self.token_actors.get(c.i, ())]
        if not owners or any(c.dep_ in {"appos", "compound"} for c in token.children) or (
                token.dep_ == "compound" and token.head.pos_ == "PROPN"):
            return None
        owned_by = {m.actor_id for m in owners}
        start = self.sents[self.sent_of[token.i]].start
        others = [m for m in self.mentions if start <= m.start and m.end <= token.i
                  and m.actor_id not in owned_by and m.type not in NOT_GROUP_TYPES]
        if not others and self.sent_of[token.i] > 0:
            # "Moldova imports its power from Romania. Bucharest would help its neighbour": the one other
            # actor the sentence before names, when it names just one.
            before = self.sents[self.sent_of[token.i] - 1]
            others = [m for m in self.mentions if before.start <= m.start < before.end
                      and m.actor_id not in owned_by and m.type not in NOT_GROUP_TYPES]
            others = others if len({m.actor_id for m in others}) == 1 else []
        return self.actors.get(others[-1].actor_id) if others else None

    def salient_person(self, token: Token, exclude: frozenset[str] = frozenset()) -> GazetteerActor | None:
        return self._recent(token, lambda m: m.type == "Person" and m.method != "speaker"
                            and m.actor_id not in exclude)

    def clause_subjects(self, token: Token) -> frozenset[str]:
        """Actors of the subject of the clause in which ``token`` is an object ("Kerry ... urged him").

        A non-reflexive object pronoun does not refer to its own clause's subject.
        """
        return frozenset(m.actor_id for m in self.clause_subject_mentions(token))

    def clause_subject_mentions(self, token: Token) -> list[Mention]:
        """Mentions of the subject of the clause in which ``token`` is an object, or []."""
        if token.dep_ not in {"dobj", "dative", "pobj"}:
            return []
        verb = self._clause_verb(token)
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        return [m for c in subjects for m in self.token_actors.get(c.i, ())]

    @staticmethod
    def _clause_verb(token: Token) -> Token:
        """The verb whose subject is the understood subject of the clause ``token`` is an object in.

        "Kerry raised concerns ... and urged him": the first conjunct; "Ankara held up the bid,
        accusing it of ...": a participle's understood subject is its clause's.
        """
        verb = token.head.head if token.dep_ == "pobj" else token.head
        for _ in range(4):
            if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
                break
            participle = verb.dep_ == "advcl" and verb.tag_ == "VBG"
            if verb.dep_ != "conj" and not participle or verb.head.i == verb.i:
                break
            verb = verb.head
        return verb

    def salient_non_person(self, token: Token, asking_verbs: frozenset[str] = frozenset()) -> GazetteerActor | None:
        # "Pyongyang acknowledged its deployment": the subject of the governing verb first.
        head = token.head
        while head.dep_ not in {"ROOT"} and head.pos_ not in {"VERB", "AUX"}:
            head = head.head
        # "Britain runs the islands ... the General Assembly demanded that it withdraw": the subject of what
        # one asks for is another than the one asking, and may be in the sentence before.
        asked = (token.dep_ in {"nsubj", "nsubjpass"} and head.dep_ == "ccomp"
                 and head.head.lemma_.lower() in asking_verbs)
        adjunct_object = self._adjunct_object(token, head)
        if adjunct_object is not None:
            return adjunct_object
        # An object pronoun is never its own verb's subject: "The Philippines condemned it". Nor is the
        # possessor of a predicate noun: "Russia remains its main supplier of weapons".
        is_object = token.dep_ in {"dobj", "pobj", "dative"} or (token.dep_ == "poss" and token.head.dep_ == "attr")
        for child in head.children:
            if child.dep_ in SUBJECT_DEPS and not is_object:
                for mention in self.token_actors.get(child.i, ()):
                    if mention.type != "Person":
                        return self.actors[mention.actor_id]
        governor = head.head if head.dep_ == "xcomp" else None
        if head.dep_ == "pcomp" and head.head.lower_ in GERUND_OBJECT_PREPOSITIONS:
            governor = head.head.head  # "accused Paris of lending its support": the gerund's, too
        understood: set[int] = set()
        if governor is not None and governor.i != head.i:
            # "Germany urged Russia to withdraw its troops": an infinitive's understood subject is the
            # object of the verb that governs it, when that object names an actor; "accused Ukraine of
            # attacking it": so no object of that infinitive or gerund is it.
            for child in governor.children:
                if child.dep_ in {"dobj", "dative"}:
                    if is_object:
                        understood.update(t.i for t in child.subtree)
                        continue
                    for mention in self.token_actors.get(child.i, ()):
                        if mention.type != "Person":
                            return self.actors[mention.actor_id]
        # "Spanish Judge Baltasar Garzon": a demonym describing a named person is no antecedent of "it".
        # A sentence's first word refers back to the sentence before: "The Polisario Front rejected the
        # plan. Its secretary-general, Brahim Ghali, ...".
        first = token.i == self.sents[self.sent_of[token.i]].start
        # So does the main clause's subject after an adjunct: "In September 2022 it asked the bloc".
        opening = self.doc[self.sents[self.sent_of[token.i]].start:token.i]
        first = first or (token.dep_ == "nsubj" and token.head.dep_ == "ROOT" and all(
            t.dep_ in {"prep", "pobj", "npadvmod", "advmod", "nummod", "punct", "compound", "det", "amod"}
            for t in opening))
        # "Chilean President Gabriel Boric also condemned it": an object pronoun is nothing its own
        # clause's subject phrase names, modifiers included.
        subject_phrase = {t.i for m in self.clause_subject_mentions(token)
                          for t in _subject_phrase_head(self.doc[m.end - 1]).subtree
                          } if token.dep_ in {"dobj", "pobj"} or is_object else set()
        subject_phrase |= understood
        if token.dep_ == "poss" and is_object:  # "Russia remains its main supplier": not the copula's subject
            subject_phrase |= {t.i for c in head.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
        if asked:
            subject_phrase |= {t.i for c in head.head.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}

        def accept(m: Mention) -> bool:
            return m.type not in NOT_GROUP_TYPES and m.start not in subject_phrase and not (
                m.method == "demonym" and self.doc[m.end - 1].head.pos_ == "PROPN"
                and self.doc[m.end - 1].head.ent_type_ == "PERSON")

        if subject_phrase:
            # "Finland joined, but Ankara held up Stockholm's bid, accusing it": an object pronoun's
            # antecedent is in its own clause when the clause names another actor, not in a sibling.
            clause = {t.i for t in self._clause_verb(token).subtree}
            local = [m for m in self.mentions if m.start < token.i and m.start in clause and accept(m)]
            if local:
                return self.actors.get(local[-1].actor_id)
        predicate_possessor = token.dep_ == "poss" and is_object
        return self._recent(token, accept, sentences=2 if first or predicate_possessor or asked else 1)

    def _adjunct_object(self, token: Token, verb: Token) -> GazetteerActor | None:
        """"The UN imposed sanctions on Iraq after its invasion of Kuwait": a possessive "its" in a
        reason or time adjunct of the verb is the actor its object phrase names last."""
        noun = token.head
        prep = noun.head
        if not (token.dep_ == "poss" and noun.dep_ == "pobj" and prep.dep_ in {"prep", "pcomp"}):
            return None
        if token.i + 1 < len(self.doc) and self.doc[token.i + 1].lower_ == "own":
            return None  # "in response to its own losses": the subject's
        if not (prep.lower_ in OBJECT_ADJUNCT_PREPOSITIONS and prep.head.i == verb.i and verb.i < prep.i):
            # "in response to its invasion": the phrase's first word hangs on the verb.
            start = next((t for t in self.doc[max(verb.i + 1, token.i - 4):token.i] if t.head.i == verb.i
                          and self.doc[t.i:token.i].text.lower() in OBJECT_ADJUNCT_PHRASES), None)
            if start is None:
                return None
            prep = start
        subject_tokens = {t.i for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
        clause = {t.i for t in verb.subtree}
        candidates = [m for i in range(verb.i + 1, prep.i) if i in clause and i not in subject_tokens
                      and self.doc[i].head.i != i
                      for m in self.token_actors.get(i, ()) if m.type not in NOT_GROUP_TYPES]
        return self.actors.get(candidates[-1].actor_id) if candidates else None

    def plural_antecedent(self, token: Token, reporting_verbs: frozenset[str],
                          actor_nouns: frozenset[str]) -> GazetteerActor | None:
        """One actor that "they/their" can stand for, within the sentence.

        "Iraqi forces seized the university in their battle with ISIL": a plural
        noun phrase acting for an actor, preferably the subject of the governing
        verb; "the Government of Iraq and the Iraqi people in their fight": a
        coordination whose members all name the same actor.
        """
        def actor_of(tok: Token) -> Mention | None:
            """The non-person actor a noun phrase head names or belongs to ("the Government of Iraq")."""
            for candidate in (tok, *(c for c in tok.children if c.dep_ in {"amod", "compound", "poss"}),
                              *(p for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "of"
                                for p in prep.children if p.dep_ == "pobj")):
                for mention in self.token_actors.get(candidate.i, ()):
                    if mention.type not in NOT_GROUP_TYPES:
                        return mention
            return None

        def plural_actor(tok: Token) -> GazetteerActor | None:
            mention = next((m for m in self.token_actors.get(tok.i, ())
                            if m.type not in NOT_GROUP_TYPES), None)
            if mention is None and tok.tag_ in {"NNS", "NNPS"} and tok.pos_ == "NOUN":
                mention = next((m for c in tok.children if c.dep_ == "poss"  # "its troops"
                                for m in self.token_actors.get(c.i, ()) if m.type not in NOT_GROUP_TYPES),
                               None)
            # "Iraqi forces", "the Houthis", "the Taliban" (a group, whatever its tag), not "Russia".
            if mention is not None and (tok.tag_ in {"NNS", "NNPS"} or mention.type not in {"Country"}):
                return self.actors[mention.actor_id]
            return None

        head = token.head
        while head.dep_ != "ROOT" and head.pos_ not in {"VERB", "AUX"}:
            head = head.head
        for _ in range(2):  # "The Taliban said they had attacked": up through the reported clause
            for child in head.children:
                if child.dep_ in SUBJECT_DEPS and child.i < token.i and (actor := plural_actor(child)) is not None:
                    return actor
            if head.dep_ != "ccomp" or head.head.lemma_.lower() not in reporting_verbs:
                break
            head = head.head
        sent = self.sents[self.sent_of[token.i]]
        candidates: list[GazetteerActor] = []
        for tok in sent:
            if tok.i >= token.i:
                break
            conjuncts = [t for t in tok.conjuncts if t.i < token.i]
            if tok.dep_ != "conj" and conjuncts:
                owners = [actor_of(t) for t in (tok, *conjuncts)]
                if all(owners) and len({m.actor_id for m in owners if m}) == 1:
                    candidates.append(self.actors[owners[0].actor_id])  # type: ignore[union-attr]
                    continue
            if self._modifies_thing(tok, actor_nouns):
                continue  # "Counter-IED training for the Iraqi Army helping them": a name modifying a thing
            if (actor := plural_actor(tok)) is not None:
                candidates.append(actor)
        return candidates[-1] if candidates else None

    def _modifies_thing(self, token: Token, actor_nouns: frozenset[str]) -> bool:
        """A token of a name that, as a whole, is a compound modifier of a noun naming no actor
        ("Counter-IED training", not "the Hamas movement")."""
        ids = {m.actor_id for m in self.token_actors.get(token.i, ())}
        root = token
        # Compare indices: spaCy makes a new Token object on every access, so "root.head is not root" never
        # stops at the sentence root (a verbless "Russia and China and their allies." hung here).
        while root.head.i != root.i and ids & {m.actor_id for m in self.token_actors.get(root.head.i, ())}:
            root = root.head  # up to the head of the name ("Counter-IED" -> "IED")
        modified = root
        while modified.dep_ == "compound":
            modified = modified.head
        return (modified is not root and modified.i not in self.token_actors
                and modified.lemma_.lower() not in actor_nouns)

    def sentence_persons(self, token: Token, meeting_verbs: AbstractSet[str]) -> list[GazetteerActor]:
        """The distinct people named before ``token`` in its own sentence (not its quoted speakers), when all
        are parties to one meeting: the subject and objects of one of ``meeting_verbs`` ("held talks with")."""
        start = self.sents[self.sent_of[token.i]].start
        people: list[GazetteerActor] = []
        verbs: set[int] = set()
        for mention in self.mentions:
            if start <= mention.start < token.i and mention.type == "Person" and mention.method not in {
                    "speaker", *GROUP_METHODS}:
                actor = self.actors[mention.actor_id]
                if actor not in people:
                    people.append(actor)
                word = self.doc[mention.end - 1]
                verb = next((t for t in word.ancestors if t.pos_ in {"VERB", "AUX"}), None)
                verbs.add(verb.i if verb is not None and verb.lemma_.lower() in meeting_verbs else -1)
        return people if len(verbs) == 1 and -1 not in verbs else []

    def recent_persons(self, token: Token, count: int) -> list[GazetteerActor]:
        """The last ``count`` distinct people named in this or the previous sentence, or []."""
        idx = self.sent_of[token.i]
        start = self.sents[max(0, idx - 1)].start
        people: list[GazetteerActor] = []
        for mention in reversed(self.mentions):
            if start <= mention.start < token.i and mention.type == "Person" and mention.method != "speaker":
                actor = self.actors[mention.actor_id]
                if actor not in people:
                    people.append(actor)
        return list(reversed(people[:count])) if len(people) >= count else []

    def _country_named(self, mention: Mention,
                       country_of: Callable[[GazetteerActor], GazetteerActor | None]) -> GazetteerActor | None:
        """The country a mention names: itself, or for a person the country ``country_of`` gives."""
        actor = self.actors[mention.actor_id]
        if actor.type == "Country":
            return actor
        return country_of(actor) if actor.type == "Person" else None

    def sentence_countries(self, token: Token, size: int,
                           country_of: Callable[[GazetteerActor], GazetteerActor | None] = lambda a: None,
                           reporting_verbs: frozenset[str] = frozenset()) -> list[GazetteerActor]:
        """The countries the sentence before ``token`` names, if exactly ``size`` (a person counts for the
        country ``country_of`` gives). Not the phrase's own sentence: in "China criticised the
        rapprochement, while the US praised the two governments" its actors are others. Nor a speaker
        of a reporting verb: in "State Department spokesman Matthew Miller said Iran had violated ...",
        the US comments on the parties."""
        previous = self.sent_of[token.i] - 1
        countries: dict[str, GazetteerActor] = {}
        for m in self.mentions:
            if previous < 0 or m.method in GROUP_METHODS or self.sent_of[m.start] != previous:
                continue
            subject = _subject_phrase_head(self.doc[m.end - 1])
            if subject.dep_ == "nsubj" and subject.head.lemma_.lower() in reporting_verbs:
                continue
            country = self._country_named(m, country_of)
            if country is not None:
                countries.setdefault(country.id, country)
        return list(countries.values()) if len(countries) == size else []

    def salient_countries(self, token: Token, size: int = 2,
                          country_of: Callable[[GazetteerActor], GazetteerActor | None] = lambda a: None,
                          ) -> list[GazetteerActor]:
        """The ``size`` countries named in most sentences before ``token``, if they clearly lead; else [].

        Each must be named in at least two sentences and in more than any other
        country: a tie leaves the group open, and the caller falls back to the last
        group named. Sentences, not mentions, are counted: "Malian soldiers" names
        Mali once. A person named counts for the country ``country_of`` gives
        ("Yoon" for South Korea).
        """
        countries: dict[str, GazetteerActor] = {}
        named: set[tuple[str, int]] = set()
        for m in self.mentions:
            if m.start >= token.i or m.method in GROUP_METHODS:
                continue
            country = self._country_named(m, country_of)
            if country is not None:
                countries[country.id] = country
                named.add((country.id, self.sent_of[m.start]))
        # Counted in sentence order, so that ties rank the same in every run (a set's own order changes with
        # the interpreter's string hashing).
        counts: Counter[str] = Counter(actor_id for actor_id, _ in sorted(named, key=lambda pair: (pair[1], pair[0])))
        ranked = counts.most_common(size + 1)
        if len(ranked) < size or ranked[size - 1][1] < 2 or (
                len(ranked) > size and ranked[size][1] == ranked[size - 1][1]):
            return []
        return [countries[actor_id] for actor_id, _ in ranked[:size]]

    def recent_group(self, token: Token, sentences: int | None = 2,
                     accept: Callable[[GazetteerActor], bool] | None = None,
                     size: int | None = None,
                     side: Callable[[GazetteerActor], str] | None = None) -> list[GazetteerActor]:
        """The last coordinated pair (or more) of actors, looking back ``sentences`` sentences.

        A word already resolved to a group ("the two leaders") counts as one.
        ``sentences=None`` looks back to the start of the document: "both
        governments" in a closing paragraph still means the article's pair.
        ``accept`` keeps only groups whose members it accepts ("both leaders"
        skips "Brazil and the Caribbean Community"). ``size`` keeps only groups of that
        many ("the three countries" is no pair). ``side`` keeps only groups whose members
        are all on different sides ("the two sides" is not "Lavrov and Ushakov").
        """
        idx = self.sent_of[token.i]
        first = 0 if sentences is None else max(0, idx - sentences + 1)
        for k in range(idx, first - 1, -1):
            best: list[GazetteerActor] = []
            for tok in self.sents[k]:
                if tok.i >= token.i:
                    break
                if tok.dep_ == "conj" or tok.i not in self.token_actors:
                    continue
                grouped = [m for m in self.token_actors[tok.i] if m.method in GROUP_METHODS]
                if len(grouped) >= 2:
                    actors = _unique(self.actors[m.actor_id] for m in grouped)
                else:
                    members = [tok, *coordinated(tok)]
                    if any(c.dep_ == "cc" and c.lower_ == "or" for t in members for c in t.children):
                        continue  # "Tehrik-e-Taliban Pakistan, or the Pakistani Taliban": one actor, two names
                    actors = _unique(self.actors[m.actor_id] for t in members
                                     for m in self.token_actors.get(t.i, ())[:1])
                    if len(actors) != len(members):
                        continue
                if len(actors) >= 2 and (accept is None or all(accept(a) for a in actors)) and (
                        size is None or len(actors) == size) and (
                        side is None or len({side(a) for a in actors}) == len(actors)):
                    if best and _in_agent_phrase(tok):
                        # "Thailand and Cambodia signed an accord in a ceremony witnessed by Trump and Anwar,
                        # months after the two neighbours fought": the witnesses of an act are not its parties.
                        continue
                    best = actors
            if best:
                return best
        return []


def _in_agent_phrase(token: Token) -> bool:
    """Whether ``token`` is (in) the agent of a passive participle: "a ceremony witnessed by Trump"."""
    return any(t.dep_ == "agent" or (t.dep_ == "prep" and t.lower_ == "by" and t.head.tag_ == "VBN")
               for t in token.ancestors if t.i < token.i)


def _cataphoric_subject(token: Token) -> Token | None:
    """The name a possessive "his"/"her" looks ahead to: in "On his first trip to China in seven years, Modi
    told Xi", the opening phrase before the subject is about the subject (a proper noun), not about the
    last person named before. None when the pronoun is not in such a phrase."""
    if token.lower_ not in {"his", "her"} or token.dep_ != "poss":
        return None
    node = token.head
    while node.head.i != node.i and node.head.pos_ not in {"VERB", "AUX"}:
        node = node.head
    verb = node.head
    if node.dep_ not in {"prep", "advcl", "npadvmod"} or node.i > verb.i or verb.i == node.i:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN" or subject.i < token.i:
        return None
    return subject


def _join_split_names(ents: Sequence[Span], not_names: AbstractSet[str] = frozenset()) -> list[Span]:
    """The NER's entities, with a person's name it cut in two joined again: "Ana Cecilia" + "Gervasi"
    (two touching person entities of proper nouns, the first a compound of the second), and a surname it
    left out: "Espen Barth" + "Eide" (a capitalised proper noun no entity holds, which the name's last word
    is a compound of, and no word of ``not_names``: not "Commissioner"), and the rest of a hyphenated
    surname: "Phumzile Mlambo" + "-Ngcuka"."""
    joined: list[Span] = []
    for ent in ents:
        doc = ent.doc
        if ent.label_ == "PERSON" and ent.end < len(doc) and not doc[ent.end].ent_type_ and (
                doc[ent.end].pos_ == "PROPN" and doc[ent.end].is_title and doc[ent.end].is_alpha
                and doc[ent.end].lower_ not in not_names
                and ent[-1].dep_ == "compound" and ent[-1].head.i == ent.end):
            ent = Span(doc, ent.start, ent.end + 1, label="PERSON")
        end = ent.end
        while (ent.label_ == "PERSON" and end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
               and not doc[end].whitespace_ and doc[end + 1].is_title and doc[end + 1].is_alpha
               and not doc[end + 1].ent_type_):
            end += 2  # "Phumzile Mlambo" + "-Ngcuka": a double surname the NER cut at its hyphen
        if end > ent.end:
            ent = Span(doc, ent.start, end, label="PERSON")
        last = joined[-1] if joined else None
        if (last is not None and last.label_ == ent.label_ == "PERSON" and last.end == ent.start
                and all(t.pos_ == "PROPN" for t in (*last, *ent)) and last[-1].dep_ == "compound"
                and last[-1].head.i in range(ent.start, ent.end)):
            joined[-1] = Span(ent.doc, last.start, ent.end, label="PERSON")
            continue
        joined.append(ent)
    return joined


def _subject_phrase_head(token: Token) -> Token:
    """The subject a mention token belongs to: itself, or the subject it modifies ("Chilean" in
    "Chilean President Gabriel Boric")."""
    while token.dep_ not in SUBJECT_DEPS and token.head.i != token.i and token.head.pos_ in {"NOUN", "PROPN"}:
        token = token.head
    return token


def _count_said(token: Token) -> int | None:
    """The number a noun's numeral modifier says ("five Central Asian states": 5), None if none or unread."""
    for child in token.children:
        if child.dep_ == "nummod":
            return int(child.text) if child.text.isdigit() else NUMBER_WORDS.get(child.lower_)
    return None


def _pair_size(token: Token) -> int | None:
    """2 for "the two leaders" / "both men", 3 for "the three presidents", None if no number is said."""
    for child in token.children:
        if child.lower_ in {"both", "two"}:
            return 2
        if child.dep_ == "nummod" and child.like_num:
            try:
                return int(child.text)
            except ValueError:
                return {"three": 3, "four": 4}.get(child.lower_)
    return None


def _unique(actors: Iterable[GazetteerActor]) -> list[GazetteerActor]:
    seen: dict[str, GazetteerActor] = {}
    for actor in actors:
        seen.setdefault(actor.id, actor)
    return list(seen.values())


def _combining_form(span: Span, demonym_starts: set[int]) -> bool:
    """"Franco" in "the Franco-German alliance" joins a demonym as a country's combining form; it is
    no surname (a pair of surnames, "the Merkel-Sarkozy talks", has no demonym after the hyphen)."""
    doc = span.doc
    return (span.end + 1 < len(doc) and doc[span.end].text in {"-", "\u2013"} and not span[-1].whitespace_
            and not doc[span.end].whitespace_ and span.end + 1 in demonym_starts)


def _states_own_body(span: Span, demonym_ends: AbstractSet[int]) -> bool:
    """A name an international body shares with a state's organs, after a demonym: the "Security Council"
    of "Russian Security Council Secretary Sergei Shoigu" is Russia's, not the UN's (an acronym is the
    body's own: "the Russian UN envoy")."""
    return span.label_ == "InternationalOrganization" and span.start in demonym_ends and not span.text.isupper() \
        and " " in span.text


# Words after which a one-word name is a government portfolio, not the body of that name: "Labour Minister
# Ghazi al-Gosaibi", "the Federal Labour Agency" (the Labour Party's "Labour leader" still leads it).
PORTFOLIO_WORDS = frozenset({"minister", "ministry", "secretary", "department", "agency"})


def _names_a_portfolio(span: Span) -> bool:
    """A one-word organisation name (not an acronym) right before a portfolio word: "Labour Minister"."""
    doc = span.doc
    return (span.label_ == "Organization" and span.end - span.start == 1 and not span.text.isupper()
            and span.end < len(doc) and doc[span.end].lower_ in PORTFOLIO_WORDS)


def _in_capitals(span: Span) -> bool:
    """An all-capital match inside an all-capital headline: "IS" in "WHAT IS NEXT FOR BRITAIN"
    is a word, not the Islamic State. A word beside it in capitals too gives it away.

    >>> import spacy
    >>> doc = spacy.blank("en")("WHAT IS NEXT as IS fighters fled")
    >>> _in_capitals(doc[1:2]), _in_capitals(doc[4:5])
    (True, False)
    """
    if not span.text.isupper():
        return False
    # A capitalised neighbour that is itself a name ("IS fighters fled to SYRIA") gives nothing away.
    return any(not t.ent_type_ for t in capitalised_neighbours(span.doc, span.start, span.end))


@Language.factory(
    "kg_actor_resolver_v1",
    default_config={"gazetteer_files": [], "ontology_files": [], "spans_key": SPAN_KEY},
)
def make_actor_resolver(nlp: Language, name: str, gazetteer_files: list[str],
                        ontology_files: list[str], spans_key: str) -> ActorResolver:
    return ActorResolver(load_gazetteer(gazetteer_files), load_ontology(ontology_files), spans_key)
