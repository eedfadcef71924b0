"""``kg_relation_extractor_v1``: relations from ontology cues over the parse.

For each sentence the component looks up every verb and noun lemma in the
ontology's cue indexes (so a relation added in Turtle is extracted with no code
change) and reads the relation's arguments off the dependency tree:

- verb cues: subject (``nsubj``, or the ``by``-agent of a passive), object
  (``dobj``, the passive subject, or the object of one of the relation's
  prepositions), coordination on both sides, subjects inherited through
  ``xcomp``/``conj``/gerund complements ("accused X of colluding" -> X
  colludes), relative clauses and participles ("soldiers sent to assist
  Russia");
- noun cues: possessive or agent-preposition subject ("Putin's visit", "visit
  by X"), the subject of a light verb ("extended an invitation to Kim"),
  prepositional objects ("visit to North Korea"), "between X and Y";
- titles: a leadership or office noun attached to a person ("North Korean
  leader Kim Jong Un", "President Vladimir Putin") -> leader-of/official-of;
- places: gazetteer cities and regions -> capital-of/located-in.

Negation, modality (reported, alleged, intended, hypothetical) and
attribution come from the clause's ancestors, using the ontology's modality
cues, and from the speaker of an enclosing quote.
"""
from __future__ import annotations

import datetime as dt
from functools import cached_property
from collections.abc import Callable, Iterable, Iterator, Sequence, Set as AbstractSet

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.gazetteer import Gazetteer
from kg.nlp.components.actor_resolver import GROUP_METHODS, HONORIFICS, load_gazetteer, parse_date
from kg.nlp.components.actor_ruler import SPAN_KEY
from kg.nlp.components.datelines import dateline_places
from kg.nlp.mentions import INTERMEDIATE_EXTENSIONS, Mention, RelationHit
from kg.nlp.syntax import GERUND_OBJECT_PREPOSITIONS, coordinated, describes_ties, in_title_phrase, names_a_department
from kg.ontology import Ontology, RelationType, load_ontology

VERB_POS = frozenset({"VERB", "AUX"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom"})
TITLE_ABBREVIATIONS = frozenset({"capt", "col", "gen", "lt", "maj", "sgt", "adm", "cmdr", "navy", "army"})
OWNER_PREPOSITIONS = frozenset({"of", "from", "by"})
# Resolver methods by which a common noun stands for an actor ("Russian troops", "the government").
AGENT_NOUN_METHODS = frozenset({"demonym", "agent-noun"})
# Prepositions that name whom a threatened act is aimed at ("to cut ties with Qatar"); not "to"
# ("threatened to take the factory to Hungary").
THREAT_PREPOSITIONS = ("from", "with", "on", "against", "at")
# What a receiver receives comes from its agent: "faced criticism from France", "under pressure by the US".
RECEIVED_FROM = ("from", "by")
# A negation verb negates the gerund of its "from" phrase as it does its infinitive: "prevented Sweden
# from joining NATO", "refrained from attacking".
NEGATED_GERUND_PREPOSITION = "from"
# CAMEO roots of acts addressed to someone (02 appeals, 03 offers and invitations): refusing one
# rejects its maker, not an act of the refuser's own.
ADDRESSED_ROOTS = frozenset({"02", "03"})
# CAMEO roots of the use of force (18 assault, 19 fight, 20 mass violence).
FORCE_ROOTS = frozenset({"18", "19", "20"})
# Adverbials saying that coordinated subjects act together rather than on each other.
TOGETHER_WORDS = frozenset({"together", "side", "alongside", "jointly"})
COPULAS = frozenset({"be", "remain", "become", "stay"})
DEFINITE_DETERMINERS = frozenset({"the", "this", "these", "that", "those"})
# Words picking members out of a plural: "one of Havana's oldest allies".
PARTITIVES = frozenset({"one", "some", "many", "several", "two", "three", "each", "all"})
# Prepositions of a time adjunct: what they introduce happened, whatever the clause plans.
TIME_ADJUNCT_PREPOSITIONS = frozenset({"after", "following", "since", "during"})
# Conjunctions of a time clause: in the past tense, what it says happened.
TIME_CLAUSE_MARKERS = frozenset({"as", "when", "while", "after"})
# More coordinated participants than this are a list, not the sides of one symmetric event.
MAX_PARTICIPANTS = 8
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
QUESTION_MARKS = frozenset({"whether", "if"})  # "asked why ...", "asked what ...": not an accusation
MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
# Actor types that are places, never the makers of a decision or the targets of most acts.
PLACE_TYPES = frozenset({"City", "Region", "Place"})
# Entity labels whose spans may contain cue words that are not names ("last summer", "2,000 soldiers").
NON_NAME_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT",
                             "Demonym", "Surname"})

# How the evidence was found -> base confidence (multiplied by the actors' resolution confidence).
RULE_CONFIDENCE = {
    "verb": 0.9,
    "verb-passive": 0.9,
    "verb-passive-force": 0.8,
    "verb-inherited-subject": 0.8,
    "verb-clausal-object": 0.75,
    "verb-obligation": 0.75,
    "verb-condition": 0.7,
    "verb-refused-act": 0.75,
    "verb-reciprocal": 0.8,
    "verb-compound": 0.85,
    "verb-member-list": 0.8,
    "verb-guest": 0.8,
    "verb-led-body": 0.8,
    "presence": 0.75,
    "noun-refused": 0.75,
    "verb-predicate": 0.7,
    "noun": 0.85,
    "noun-light-verb": 0.8,
    "noun-inherited-subject": 0.75,
    "title": 0.95,
    "title-gazetteer": 0.85,
    "title-context": 0.7,
    "title-succession": 0.75,
    "role-noun": 0.85,
    "gazetteer-place": 0.95,
}


# Words before a title that make it no office held now ("former minister", "shadow home secretary").
NOT_SERVING = frozenset({"former", "ex", "ex-", "then", "then-", "late", "shadow"})

# Verbs of answering an act, whose act in reply comes after "with" ("retaliated with tariffs").
RESPONDING_VERBS = frozenset({"retaliate", "respond", "react", "reply", "answer"})

# Verbs of travelling in someone's party: those in it serve the one they accompany ("Scholz was accompanied
# by Environment Minister Steffi Lemke").
ACCOMPANYING_VERBS = frozenset({"accompany", "join"})

# Verbs of a head of government acting on the members of his own: the one suspended, sacked or appointed
# serves the state of the one who does it ("Libyan Prime Minister Abdulhamid Dbeibah suspended Foreign
# Minister Najla Mangoush").
PERSONNEL_VERBS = frozenset({"suspend", "dismiss", "sack", "fire", "appoint", "nominate", "reinstate", "replace"})

# Words of meetings held at a distance, which take place nowhere in particular ("spoke by phone").
REMOTE_WORDS = frozenset({"phone", "telephone", "video", "videoconference", "virtual", "virtually", "online"})

# What has not (yet) happened is less certain to be a fact than what the article reports.
MODALITY_CONFIDENCE = {"asserted": 1.0, "reported": 0.95, "alleged": 0.8, "intended": 0.8, "hypothetical": 0.7}


class RelationExtractor:
    """Find relation hits in a Doc and turn them into assertion dicts."""

    def __init__(self, ontology: Ontology, gazetteer: Gazetteer, keep_intermediate: bool = True) -> None:
        self.ontology = ontology
        self.gazetteer = gazetteer
        self.keep_intermediate = keep_intermediate
        self.verb_index = ontology.verb_cue_index()
        self.noun_index = ontology.noun_cue_index()
        self.modality_verbs = ontology.modality.verbs
        self.modality_markers = ontology.modality.markers
        self.modality_nouns = ontology.modality.nouns
        self.modality_concluding = ontology.modality.concluding
        self.negation_markers = ontology.modality.negation_markers
        self.negation_verbs = ontology.modality.negation_verbs
        self.negation_prepositions = ontology.modality.negation_prepositions
        self.light_verbs = ontology.light_verbs
        self.receiving_verbs = ontology.receiving_verbs
        relations = list(ontology.relations.values())
        # "must" -> demands: a reported clause with this auxiliary is a demand of its subject.
        self.obligation_index = _lemma_index(relations, lambda r: r.obligation_markers)
        # "until", "unless" -> demands: refusing an act until another actor acts demands that act.
        self.condition_index = _lemma_index(relations, lambda r: r.condition_markers)
        # "if" -> threatens: a condition on the relation's own cue names whom it is aimed at.
        self.cue_condition_index = _lemma_index(relations, lambda r: r.cue_condition_markers)
        # "call" -> meets-with: a verb that is a cue only with a person as its object.
        self.person_object_index = _lemma_index(relations, lambda r: r.person_object_cues)
        # "group" -> member-of: an organisation subject lists its members as objects.
        self.member_list_index = _lemma_index(relations, lambda r: r.member_list_cues)
        # "hit" -> attacks: a verb that is a cue only with a weapon or an attack as its subject.
        self.weapon_subject_index = _lemma_index(relations, lambda r: r.weapon_subject_cues)
        # "arrive" -> deploys-forces-to: with a force as its subject, a verb is a cue of this relation only.
        self.force_subject_index = _lemma_index(relations, lambda r: r.force_subject_cues)
        # "host" -> visits: the person hosted somewhere visits the place.
        self.host_index = _lemma_index(relations, lambda r: r.host_verbs)
        # "crush" -> attacks: a verb that is a cue only with an armed group acted on.
        self.armed_group_object_index = _lemma_index(relations, lambda r: r.armed_group_object_cues)
        self.body_object_index = _lemma_index(relations, lambda r: r.body_object_cues)
        # Forces and weapons say nothing: a reported clause with one as subject keeps no verbal conjunct.
        self.mute_nouns = ontology.force_nouns | ontology.equipment_nouns
        # "return" -> [(releases, "to")]: a verb that is a cue only with a thing as its object, the
        # object actor after the preposition.
        self.thing_object_index: dict[str, list[tuple[RelationType, str]]] = {}
        for relation in relations:
            for lemma, preposition in relation.thing_object_cues:
                self.thing_object_index.setdefault(lemma, []).append((relation, preposition))
        # "refuse" -> rejects: refusing a cooperative act on an actor is this relation towards it.
        self.refusal_index = _lemma_index(
            [r for r in relations if r.refused_act_object],
            lambda r: [cue[0] for cue in r.verb_cues if len(cue) == 1 and cue[0] in self.negation_verbs])
        # "will" (not) -> rejects: saying one will not do a cooperative act on an actor refuses it.
        self.refusal_marker_index = _lemma_index(relations, lambda r: r.refusal_markers)
        # "responsible", "behind" -> accuses: a speaker saying so of an actor accuses it.
        self.predicate_index = _lemma_index(relations, lambda r: r.reported_predicates)
        self.symmetric = frozenset(r.id for r in ontology.relations.values() if r.symmetric)
        # Cue words that state another relation between two people (kgo:betweenPeopleCue): "Duda has often
        # clashed with Tusk" criticises.
        self.between_people = {cue: r for r in ontology.relations.values() for cue in r.between_people_cues}
        # Events done by one actor to another: what "the attack", "the decision" may stand for.
        self.directed_events = frozenset(r.id for r in ontology.relations.values()
                                         if r.layer == "event" and not r.symmetric)
        # "visits": what being somewhere implies for one serving another state.
        self.stay_relations = tuple(sorted({p for r in ontology.relations.values() for p in r.presence_relations}))
        self.force_relations = frozenset(r.id for r in ontology.relations.values()
                                         if any(code[:2] in FORCE_ROOTS for code in r.cameo))
        # Relations whose object may be a place ("attacks", "visits", "deploys-forces-to"), once per ontology.
        self.place_relations = frozenset(
            r.id for r in ontology.relations.values()
            if any(ontology.is_a("Place", c) or ontology.is_a(c, "Place") for c in r.range if c != "Country"))
        # Nouns for people or bodies acting for an actor, or for an actor's acts, whose possessor is a party
        # for them ("met Russia's envoy", "talks with Iran's foreign minister", "refused to meet the four
        # states' demands"): agent and representative nouns, titles, and the relations' noun cues.
        self.party_nouns = frozenset().union(
            *ontology.agent_nouns_by_class.values(), ontology.representative_nouns,
            gazetteer.title_heads(),
            (cue[-1] for r in ontology.relations.values() for cue in r.noun_cues))
        self.title_heads = gazetteer.title_heads()
        # Head nouns of a state's organs, named without their state: "Foreign Ministry", "the Government";
        # and alone, its forces and resident bodies ("Army spokesman", "Police chief"; a "Salvation Army" is
        # a body of its own).
        self.organ_nouns = frozenset({"ministry", *ontology.leader_body_nouns})
        self.lone_organ_nouns = self.organ_nouns | ontology.force_nouns | ontology.resident_nouns
        # Relations whose cues are titles of people: leader-of, official-of (domain Person, standing).
        self.title_relations = frozenset(
            r.id for r in ontology.relations.values() if r.layer == "standing" and r.domain == ("Person",))
        # One-word titles that may open a person's name ("King Salman", "Emir Tamim").
        self.title_lemmas = frozenset(cue[0] for r in ontology.relations.values() if r.id in self.title_relations
                                      for cue in r.noun_cues if len(cue) == 1)
        place_relations = [r for r in ontology.relations.values()
                           if r.layer == "standing" and set(r.domain) & {"City", "Place"}]
        self.capital_relation = next((r.id for r in place_relations if r.wikidata and "P1376" in r.wikidata), None)
        # The head-of-state/government relation (Wikidata P35/P6 point from the country to the person).
        self.leader_relation = next((r for r in ontology.relations.values()
                                     if r.id in self.title_relations and "P35" in r.wikidata_inverse), None)
        self.located_relation = next((r.id for r in place_relations if r.domain == ("Place",)), None)
        # The title relation of office holders (Wikidata P39, position held).
        self.official_relation = next((r for r in ontology.relations.values()
                                       if r.id in self.title_relations and "P39" in r.wikidata), None)
        # Every word of a title cue ("deputy", "prime", "minister"): a capitalised word before a country that is
        # none of these makes the two a name ("Reform UK leader Nigel Farage").
        self.title_words = frozenset(word for r in ontology.relations.values() if r.id in self.title_relations
                                     for cue in r.noun_cues for word in cue)
        # Verb-and-claim cues whose claim's owner is answered ("deny charge", "reject accusation"):
        # claim noun -> verb lemma -> relation, for "France accused Azerbaijan ..., a charge Baku rejected".
        self.claim_rejections: dict[str, dict[str, RelationType]] = {}
        for r in ontology.relations.values():
            for cue in r.verb_cues if r.cue_owner_object else ():
                if len(cue) == 2:
                    self.claim_rejections.setdefault(cue[1], {})[cue[0]] = r
        # Hostile claims ("accusation", "charge": noun cues of accuses) and the relations answering them with a
        # denial ("deny charge", "reject accusation", "deny responsibility"), their verbs ("deny", "reject"). Not
        # every owned act is a claim: "welcome vote" answers none, and "membership" in "block membership" is no charge.
        answering = [r for r in ontology.relations.values() if r.cue_owner_object and r.hostile]
        answered = {(cue[1],) for r in answering for cue in r.verb_cues if len(cue) == 2}
        self.claim_relations = frozenset(r.id for r in ontology.relations.values()
                                         if r.hostile and answered & set(r.noun_cues))
        claims = {cue for claim in self.claim_relations for cue in ontology.relations[claim].noun_cues}
        self.claim_answers = frozenset(r.id for r in answering if any(
            len(cue) == 2 and (cue[1],) in claims for cue in r.verb_cues))
        self.denial_verbs = frozenset(cue[0] for r in answering if r.id in self.claim_answers
                                      for cue in r.verb_cues if len(cue) == 2)
        # Claim noun -> the verbs that make the claim ("charge" -> accuse, blame, ...): its maker.
        self.claim_verbs: dict[str, frozenset[str]] = {
            claim: frozenset(verb[0] for r in ontology.relations.values() if (claim,) in r.noun_cues
                             for verb in r.verb_cues if len(verb) == 1)
            for claim in self.claim_rejections}

    # -- entry point ------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        ctx = _Context(doc, self)
        hits: list[RelationHit] = ctx.hits
        for sent in doc.sents:
            ctx.sent = sent
            first = len(hits)  # this sentence's hits start here
            # Words that the sentence-level rules below start from, gathered in this one pass over the tokens.
            be_verbs: list[Token] = []
            claims: list[Token] = []
            for token in sent:
                lemma = token.lemma_.lower()
                if lemma == "be":
                    be_verbs.append(token)
                elif lemma in self.claim_rejections:
                    claims.append(token)
                if token.i in ctx.name_tokens and token.i not in ctx.title_prefixes:
                    continue  # "World War II", "Shanghai Cooperation Organization" are names, not cues
                # Each attribute read makes a string lookup: read them once, and test the (cheaper) lemma first.
                pos, dep = token.pos_, token.dep_
                is_verb = pos in VERB_POS
                if token.lower_ in self.noun_index and _is_gerund_noun(token):
                    hits.extend(self._noun_hits(token, ctx))  # "Fighting between X and Y killed dozens"
                elif lemma in self.verb_index and _acts_as_verb(token):
                    hits.extend(self._verb_hits(token, ctx))
                elif lemma in self.noun_index and pos in NOUN_POS:
                    hits.extend(self._noun_hits(token, ctx))
                if is_verb and lemma in self.person_object_index:
                    hits.extend(self._person_object_hits(token, ctx))
                if lemma in self.member_list_index and (is_verb or _verb_read_as_noun(token)):
                    hits.extend(self._member_list_hits(token, ctx))
                if is_verb and lemma in self.thing_object_index:
                    hits.extend(self._thing_object_hits(token, ctx))
                if is_verb and lemma in self.host_index:
                    hits.extend(self._guest_hits(token, ctx))
                if is_verb and lemma in self.armed_group_object_index:
                    hits.extend(self._armed_group_object_hits(token, ctx))
                if is_verb and lemma in self.body_object_index:
                    hits.extend(self._body_object_hits(token, ctx))
                if pos == "NOUN" and lemma in self.ontology.succession_nouns:
                    hits.extend(self._succession_hits(token, ctx))
                if is_verb and (lemma in self.weapon_subject_index or lemma in self.force_subject_index):
                    hits.extend(self._subject_cue_hits(token, ctx))
                if dep == "ccomp" and is_verb and self.obligation_index:
                    hits.extend(self._obligation_hits(token, ctx))
                if dep == "ccomp" and token.lemma_ == "be" and self.predicate_index:
                    hits.extend(self._predicate_hits(token, ctx))
                if dep == "advcl" and is_verb and (self.condition_index or self.cue_condition_index):
                    hits.extend(self._condition_hits(token, ctx))
            if self.refusal_index or self.refusal_marker_index:
                hits.extend(self._refusal_hits(hits[first:], ctx))
            hits.extend(self._presence_hits(hits[first:], ctx))
            hits.extend(self._rejected_claim_hits(claims, ctx))
            hits.extend(self._stay_hits(be_verbs, ctx))
            hits.extend(self._place_hits(sent, ctx))
        doc._.kg_relations = _dedupe(hits, self.symmetric)
        doc._.kg_assertions = [self._to_dict(hit, doc) for hit in doc._.kg_relations]
        if not self.keep_intermediate:
            for name in INTERMEDIATE_EXTENSIONS:
                setattr(doc._, name, None)
        return doc

    # -- verbs ------------------------------------------------------------------------
    def _verb_hits(self, verb: Token, ctx: _Context) -> Iterator[RelationHit]:
        if self._moves_forces(verb):
            return  # "US troops arrived in Nepal" is a deployment (kgo:forceSubjectCue), not a visit
        if verb.lemma_.lower() in self.receiving_verbs and any(
                c.dep_ == "dobj" and any(r.layer == "event" for r, _ in self.noun_index.get(c.lemma_.lower(), ()))
                for c in verb.children):
            # "Kim received an invitation from Putin": the event noun's relation, not a reception of Putin
            # ("received his Argentine counterpart" still is one).
            return
        matched = [(relation, cue, tokens) for relation, cue in self.verb_index[verb.lemma_.lower()]
                   if (tokens := ctx.match_verb_cue(verb, cue)) is not None]
        bare = [(relation, cue, tokens) for relation, cue, tokens in matched if cue in relation.bare_cues]
        if bare:
            # kgo:bareCue: "called on Modi" meets him; "called on Russia to withdraw" requests, and so does
            # an appeal still going on ("We are all calling on Putin"): a courtesy call is told when made.
            purposed = verb.tag_ not in {"VBD", "VBN"} or any(
                c.dep_ in {"xcomp", "ccomp"} or c.dep_ == "prep" and c.lower_ == "for"
                or c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for c in verb.children)
            bare_cues = {cue for _, cue, _ in bare}
            matched = [m for m in matched if m not in bare] if purposed else [
                m for m in matched if m in bare or m[1] not in bare_cues]
        if not matched:
            return
        longest = max(len(cue) for _, cue, _ in matched)
        if verb.dep_ == "amod" and verb.tag_ == "VBN" and any(c.tag_ == "HYPH" for c in verb.children):
            # "Iran-backed Hezbollah": the actor joined to the participle does it to the noun it describes.
            doers = ctx.actors_of_all(c for c in verb.children if c.dep_ in {"npadvmod", "compound", "nmod"}
                                      and c.i < verb.i)
            done_to = [m for m in ctx.actors_at(verb.head) if m.actor_id not in {d.actor_id for d in doers}]
            for relation, cue, _ in matched:
                if len(cue) == longest and len(cue) == 1 and relation.layer == "event":
                    yield from self._emit(relation, doers, done_to, verb, "verb-compound", ctx)
            return
        # The verb's own subjects, found once: each relation below may add to them, and the object
        # search leaves them out ("threatened to expel the soldiers": not the threatener).
        own_subjects, own_rule = self._verb_subjects(verb, ctx)
        own = frozenset(m.actor_id for m in own_subjects)
        for relation, cue, cue_tokens in matched:
            if len(cue) < longest:
                continue  # the most specific cue wins: "strike a deal" is not an attack
            subjects, subject_rule = own_subjects, own_rule
            if relation.layer == "event":
                # "a tribal leader fighting IS alongside Iraqi government forces": the ally acts too.
                allies = [m for m in ctx.actors_of_all(_prep_objects([verb], ("alongside",)))
                          if m.actor_id not in {s.actor_id for s in subjects}]
                subjects = [*subjects, *allies]
            if not subjects and _is_passive(verb):
                # "UN sanctions against Iran were lifted": the owner of the cue's own noun acts.
                subjects = ctx.actors_of_all(c for t in cue_tokens if t.dep_ == "nsubjpass" for c in t.children
                                             if c.dep_ in {"poss", "compound", "amod", "nmod"})
                subject_rule = subject_rule if not subjects else "verb-passive"
            owners = [m for t in cue_tokens if t.lemma_.lower() in self.ontology.force_nouns
                      for m in ctx.actors_of_all(c for c in t.children if c.dep_ in {"amod", "poss", "compound"})
                      if m.type == "Country"]
            if owners and not {m.actor_id for m in owners} & {m.actor_id for m in subjects}:
                # "the coalition fighting Islamic State, which has 2,500 American troops in Iraq": the
                # forces' own state keeps them there, whatever the relative pronoun was taken for.
                subjects = owners
            if relation.verbal and self._continues_report(verb, ctx):
                # "Tehran said 20 people had died and accused Israel of aggression": a verbal act
                # conjoined to a reported clause is the reporter's, not the reported subject's.
                subjects, _ = self._verb_subjects(verb.head.head, ctx)
            if subject_rule == "verb-passive-force":
                if not ctx.takes_places(relation):
                    continue  # only forces moved or fired somewhere: "troops were deployed to", "fired at"
                objects = ctx.actors_of_all(_prep_objects([verb, *cue_tokens], relation.object_prepositions))
                objects = objects or ctx.where_antecedent(verb)
                yield from self._emit(relation, subjects, objects, verb, subject_rule, ctx)
                continue
            led = [c for c in _led(verb) if c.pos_ == "NOUN" and c.lemma_.lower() not in self.ontology.leader_body_nouns
                   and c.lemma_.lower() in self.ontology.agent_nouns | self.ontology.delegation_nouns]
            if relation.id in self.title_relations and led:
                # "led the Egyptian delegation", "heads the Russian army", "a Russian delegation led by
                # Yevkurov", "Moscow's team was led by Medinsky": no head of the state; the one who leads
                # its delegation or team (kgo:delegationNoun) acts for it, an official of its owner.
                delegations = [c for c in led if c.lemma_.lower() in self.ontology.delegation_nouns]
                if delegations and self.official_relation is not None and relation.id != self.official_relation.id:
                    owners = [m for c in delegations for m in ctx.actors_of_all(
                        g for g in c.children if g.dep_ in {"poss", "amod", "compound"}) if m.type == "Country"]
                    yield from self._emit(self.official_relation, subjects, owners, verb, "verb-led-body", ctx)
                continue
            objects, object_rule = self._verb_objects(verb, relation, cue_tokens, ctx, own)
            if not objects and len(subjects) >= 2 and _has_reciprocal_object(verb, relation.object_prepositions):
                # "India and Pakistan accused each other": each acts on the other.
                objects, object_rule = subjects, "verb-reciprocal"
            rule = object_rule or subject_rule or ("verb-passive" if _is_passive(verb) else "verb")
            yield from self._emit(relation, subjects, objects, verb, rule, ctx)

    def _person_object_hits(self, verb: Token, ctx: _Context) -> Iterator[RelationHit]:
        """"Tillerson called Lavrov to discuss Syria": a verb that is a cue only with a person called.

        No particle ("called off"), object predicate ("called Putin a killer"), second object or
        clause ("called it a mistake that..."), and exactly one direct object, a person; or, in the
        passive, a person as subject and an agent ("was embraced on the tarmac by the crown prince").
        """
        if any(c.dep_ in {"prt", "oprd", "attr", "acomp", "ccomp", "dative"} for c in verb.children):
            return
        passive = _is_passive(verb)
        if passive and not any(c.dep_ == "agent" for c in verb.children):
            return
        objects = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        if not objects and passive and verb.dep_ == "conj":
            # "Xi arrived on Monday and was greeted at the airport by Tokayev": the first verb's subject.
            objects = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if len(objects) != 1:
            return
        # The person is the object itself: "called Ocalan's appeal a significant development" called no one.
        persons = [m for t in (objects[0], *objects[0].conjuncts) for m in ctx.actors_at(t) if m.type == "Person"]
        if not persons:
            return
        subjects, subject_rule = self._verb_subjects(verb, ctx)
        for relation in self.person_object_index[verb.lemma_.lower()]:
            yield from self._emit(relation, subjects, persons, verb, subject_rule or "verb", ctx)

    def _member_list_hits(self, verb: Token, ctx: _Context) -> Iterator[RelationHit]:
        """"The Alliance of Sahel States, which groups Mali, Burkina Faso and Niger": an organisation
        subject lists its members as direct objects (kgo:memberListCue)."""
        if _is_passive(verb):
            return
        # The named organisation itself ("which" stands for the noun it describes), and named members
        # only: "its customers include Boots" and "goals from Mido" are no lists of members.
        subjects = [verb.head if c.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" else c
                    for c in verb.children if c.dep_ == "nsubj"]
        if not subjects and verb.dep_ == "acl" and verb.tag_ == "VBG":
            subjects = [verb.head]  # "the bloc, comprising Mali and Niger": what the participle describes
        if not subjects and verb.dep_ in {"advcl", "xcomp"} and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                   for c in verb.children):
            # "BRICS expanded this year to include Iran and Egypt": the infinitive's understood subject.
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
        if not subjects:
            # "The CSTO groups Russia, Belarus, ...": the parser read "groups" as a noun the name compounds,
            # and its list as an apposition.
            subjects = [c for c in verb.children if c.dep_ == "compound" and c.i < verb.i]
        # "The East African Community, whose members include Burundi, Rwanda, ...": the owner of the
        # members (not of "its customers").
        member_nouns = {cue[-1] for relation in self.member_list_index[verb.lemma_.lower()]
                        for cue in relation.noun_cues}
        subjects += [p for t in subjects if t.lemma_.lower() in member_nouns and not ctx.actors_at(t)
                     for p in t.children if p.dep_ == "poss"]
        bodies = [m for t in subjects for m in ctx.actors_at(t)
                  if self.ontology.is_a(m.type, "Organization") and m.method != "agent-noun"]
        relative = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS), None)
        if not bodies and relative is not None and verb.dep_ == "relcl" and relative.i >= 2 \
                and ctx.doc[relative.i - 1].text == ",":
            # "the policies of BRICS, which includes Brazil, Russia ...": the parser hung the clause on the
            # phrase's head; the body named right before the comma is the one described.
            bodies = [m for m in ctx.actors_at(ctx.doc[relative.i - 2]) if m.end == relative.i - 1
                      and self.ontology.is_a(m.type, "Organization") and m.method != "agent-noun"]
        # ("The SCO, founded in 2001, groups China, Russia, ...": the misread noun's list a bare noun phrase.)
        listed = [t for o in verb.children
                  if o.dep_ in {"dobj", "appos"} or (o.dep_ == "npadvmod" and verb.tag_ == "NNS")
                  for t in (o, *coordinated(o))]
        # "comprises ten countries, including Vietnam and Laos": the members a plural noun lists
        listed += [g for t in listed for p in t.children if p.dep_ == "prep" and _introduces_members(p)
                   for pobj in p.children if pobj.dep_ == "pobj" for g in (pobj, *coordinated(pobj))]
        members = [m for t in listed for m in ctx.actors_at(t) if m.type != "Person"]
        if not bodies or not members:
            return
        for relation in self.member_list_index[verb.lemma_.lower()]:
            yield from self._emit(relation, members, bodies, verb, "verb-member-list", ctx)

    def _thing_object_hits(self, verb: Token, ctx: _Context) -> Iterator[RelationHit]:
        """"The US returned six artifacts to the government of Iraq": a verb that is a cue only with a
        thing (no actor, no pronoun) as its object and an actor after its preposition ("to")."""
        things = [c for c in verb.children if c.dep_ == ("nsubjpass" if _is_passive(verb) else "dobj")]
        # A common noun, not a name or pronoun: "returning Mr Livingstone to the Labour Party" returns
        # no thing. Its owner is no matter: "returned six Iraqi artifacts to Iraq".
        if len(things) != 1 or things[0].pos_ not in {"NOUN", "NUM"} or ctx.actors_at(things[0]):
            return  # a sum is a thing too: "contributed $10 million to Sudan"
        if any(len(cue) > 1 and ctx.match_verb_cue(verb, cue) is not None
               for _, cue in self.verb_index.get(verb.lemma_.lower(), ())):
            return  # a longer verb cue is more specific: "contributed troops to Afghanistan" deploys them
        # "returned a sculpture of Marcus Aurelius to Algeria", "returned dozens of artifacts to the Embassy
        # of El Salvador": the phrase may hang on the thing or its partitive. Not a "with" phrase: a noun
        # takes its own partners ("discussed relations with Russia" names no one met).
        holders = [verb, things[0], *_prep_objects(things, ("of",))]
        subjects: list[Mention] | None = None
        for relation, preposition in self.thing_object_index[verb.lemma_.lower()]:
            recipients = ctx.actors_of_all(_prep_objects(holders if preposition != "with" else [verb],
                                                         (preposition,)))
            if not recipients:
                continue
            if subjects is None:
                subjects, subject_rule = self._verb_subjects(verb, ctx)
            yield from self._emit(relation, subjects, recipients, verb, subject_rule or "verb", ctx)

    def _guest_hits(self, verb: Token, ctx: _Context) -> Iterator[RelationHit]:
        """"Mitsotakis hosted Erdogan in Athens", "Xi was received in Riyadh": the person hosted
        (kgo:hostVerb) visits the place of the verb's preposition. Not a place in a country the guest
        serves: "Putin received Lavrov in Moscow" is no visit."""
        guest_dep = "nsubjpass" if _is_passive(verb) else "dobj"
        guest_tokens = [c for c in verb.children if c.dep_ == guest_dep]
        guests = [m for m in ctx.actors_of_all(guest_tokens) if m.type == "Person"]
        if not guests:
            return
        for relation in self.host_index[verb.lemma_.lower()]:
            # The place may hang on the guest: "hosted Erdogan in Athens", on any word of the name when
            # the parser breaks it up ("hosted Ursula von der Leyen in London" hangs it on "Leyen").
            holders = [verb, *guest_tokens, *(t for m in guests for t in ctx.doc[m.start:m.end])]
            # ... or be a seat of government: "hosted Ruto at the White House".
            pobjs = _prep_objects(holders, (*relation.object_prepositions, "at"))
            places = [m for m in ctx.actors_of_all(pobjs) if self.ontology.is_a(m.type, "Place") or m.type == "Country"]
            hosted_by_country = False
            if not places and not _is_passive(verb):
                # "the Southeast Asian nation has hosted Joe Biden": a country host is the place visited (by
                # a person the gazetteer knows: "Qatar hosts Al Udeid", a base the NER took for a name).
                hosts, _ = self._verb_subjects(verb, ctx)
                places = [m for m in hosts if m.type == "Country"]
                hosted_by_country = bool(places)
            if places and not any(m.known for m in places):
                # "received Scholz at the Diaoyutai State Guesthouse in Beijing": the city of a building the
                # gazetteer lacks.
                places = ctx.places_of(pobjs) or places
            for place in places:
                visitors = [g for g in guests if not self._at_home(g, place, ctx)
                            and (g.known or not hosted_by_country)]
                yield from self._emit(relation, visitors, [place], verb, "verb-guest", ctx)

    def _at_home(self, person: Mention, place: Mention, ctx: _Context) -> bool:
        """True if ``person`` holds or held an office (any date) in the country of ``place`` (itself, if one)."""
        entry = self.gazetteer.get(place.actor_id)
        return ((entry.country or place.actor_id) if entry else place.actor_id) in ctx.offices_of(person)

    def _armed_group_object_hits(self, verb: Token, ctx: _Context) -> Iterator[RelationHit]:
        """"Nigeria vowed to crush Boko Haram", "Boko Haram was routed by Nigeria": a verb that is
        a cue only when the one it acts on is an armed group (kgo:armedGroupObjectCue)."""
        target_dep = "nsubjpass" if _is_passive(verb) else "dobj"
        targets = [t for c in verb.children if c.dep_ == target_dep for t in (c, *coordinated(c))]
        groups = [m for m in ctx.actors_of_all(targets) if self.ontology.is_a(m.type, "ArmedGroup")]
        if not groups:
            return
        subjects, subject_rule = self._verb_subjects(verb, ctx)
        for relation in self.armed_group_object_index[verb.lemma_.lower()]:
            yield from self._emit(relation, subjects, groups, verb, subject_rule or "verb", ctx)

    def _succession_hits(self, noun: Token, ctx: _Context) -> Iterator[RelationHit]:
        """"His predecessor Joko Widodo", "Boluarte's predecessor, Pedro Castillo" (kgo:successionNoun): the
        person named held the office its owner holds on the article's date, in the same state; a leader's
        predecessor led it, a minister's served it."""
        if self.leader_relation is None or self.official_relation is None:
            return
        owners = [m for c in noun.children if c.dep_ == "poss" for m in ctx.actors_at(c) if m.type == "Person"]
        named = [m for c in noun.children if c.dep_ == "appos" and c.i > noun.i
                 for m in ctx.actors_at(c) if m.type == "Person"]
        if len(owners) != 1 or not named or named[0].actor_id == owners[0].actor_id:
            return
        offices = ctx.role_organisations(owners[0], None)[:1]
        for office in offices:
            relation = self.leader_relation if ctx.leads(owners[0], office) else self.official_relation
            yield from self._emit(relation, named[:1], [office], noun, "title-succession", ctx)

    def _body_object_hits(self, verb: Token, ctx: _Context) -> Iterator[RelationHit]:
        """"Niger quit ECOWAS", "withdrew from the ICC", "pulled out of the bloc": a verb that is a cue only
        when what is left is an international organisation (its direct object, or the object of "from" or
        "of") and a state or body leaves it (kgo:bodyObjectCue). A person who "left NATO" left a post."""
        if _is_passive(verb):
            return
        # Not "withdrew its troops from the UN mission": what is taken out of a body is not the body left.
        targets = [c for c in verb.children if c.dep_ == "dobj"] or _prep_objects(
            [verb, *(c for c in verb.children if c.dep_ == "prt" or c.lower_ == "out")], ("from", "of"))
        bodies = [m for m in ctx.actors_of_all(t for c in targets for t in (c, *coordinated(c)))
                  if self.ontology.is_a(m.type, "InternationalOrganization")]
        if not bodies:
            return
        subjects, subject_rule = self._verb_subjects(verb, ctx)
        subjects = [m for m in subjects if m.type != "Person"]
        for relation in self.body_object_index[verb.lemma_.lower()]:
            yield from self._emit(relation, subjects, bodies, verb, subject_rule or "verb", ctx)

    def _visit_places(self, persons: Iterable[Mention], places: Iterable[Mention],
                      ctx: _Context) -> Iterator[tuple[Mention, Mention]]:
        """(person, place) pairs of people who serve a state now and hold no office in the place's country,
        or serve an international organisation and are in a country or its capital that seats none."""
        for place in places:
            for person in persons:
                if person.type != "Person" or self._at_home(person, place, ctx):
                    continue
                # A state served now (not "von der Leyen met Zelensky in Brussels": her office is the
                # Commission's, and her German posts are past).
                present = [m.actor_id for m in ctx.role_organisations(person, None)]
                present += [actor for holder, actor in ctx.stated_offices() if holder == person.actor_id]
                offices = [office for o in present if (office := self.gazetteer.get(o)) is not None]
                if any(office.type == "Country" for office in offices):
                    yield person, place
                elif any(self.ontology.is_a(office.type, "InternationalOrganization") for office in offices) \
                        and self._seats_no_organisation(place):
                    # "Starmer hosted von der Leyen in London": a national capital that is no body's seat.
                    yield person, place

    def _seats_no_organisation(self, place: Mention) -> bool:
        """Whether ``place`` is a country, or a country's capital, that no international body has as its seat
        (seats.tsv: Brussels seats the EU's institutions and NATO)."""
        if place.type != "Country" and self.gazetteer.country_of_capital(place.actor_id) is None:
            return False  # "Guterres spoke in New York", "in Geneva": a body's city more often than a visit
        seated = self.gazetteer.get(self.gazetteer.seats.get(place.label, ""))
        return seated is None or not self.ontology.is_a(seated.type, "InternationalOrganization")

    def _stay_hits(self, be_verbs: Sequence[Token], ctx: _Context) -> Iterator[RelationHit]:
        """"Pakistan's envoy, Mohammad Sadiq, was in Kabul": a person serving another state who is in a city
        or country is there on a visit (the relations' kgo:presenceRelation). ``be_verbs``: the sentence's
        tokens with the lemma "be"."""
        if not self.stay_relations:
            return
        for verb in be_verbs:
            if verb.lemma_ != "be" or verb.dep_ not in {"ROOT", "ccomp", "conj"}:
                continue
            places = [m for m in ctx.actors_of_all(_prep_objects([verb], ("in",))) if m.type in {"Country", "City"}]
            if not places:
                continue
            subjects, _ = self._verb_subjects(verb, ctx)
            # "Pakistan's envoy ..., Mohammad Sadiq, was in Kabul": the holder of a title subject.
            heads = {c.i for c in verb.children if c.dep_ in SUBJECT_DEPS}
            subjects += [hit.subject for hit in ctx.hits if hit.cue in heads and hit.relation in self.title_relations]
            for person, place in self._visit_places(subjects, places, ctx):
                for relation_id in self.stay_relations:
                    relation = self.ontology.relations[relation_id]
                    yield from self._emit(relation, [person], [place], verb, "presence", ctx)

    def _presence_hits(self, sentence_hits: list[RelationHit], ctx: _Context) -> Iterator[RelationHit]:
        """"Deby met Putin in Moscow", "In Warsaw, Modi held talks with Tusk": a participant who holds
        office in a state, and in none of the place's country, has the relation's kgo:presenceRelation
        (a visit) to the city or country the act happens "in"."""
        for hit in sentence_hits:
            relation = self.ontology.relations.get(hit.relation)
            if relation is None or not relation.presence_relations or hit.cue < 0:
                continue
            cue = ctx.doc[hit.cue]
            holders = [cue, cue.head] if cue.pos_ in NOUN_POS and cue.head.pos_ in VERB_POS else [cue]
            # The parser may hang the place on the partner: "held talks with Chirac in Paris".
            partners = [c for h in holders for c in h.children if c.dep_ == "dobj"]
            partners += [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
                         for g in c.children if g.dep_ == "pobj"]
            holders += partners
            # ... or the place a "where" clause describes: "flew in from the UAE, where he met MBZ".
            places = [m for m in (*ctx.actors_of_all(_prep_objects(holders, ("in",))), *ctx.where_antecedent(cue))
                      if m.type in {"Country", "City"}]
            dateline = ctx.dateline_place
            if not places and dateline is not None and hit.sent_start == dateline[0] \
                    and ctx.lead_is_placeless(ctx.doc[hit.sent_start:hit.sent_end], dateline[1]):
                # "GYEONGJU, South Korea, Oct 31 - Canadian Prime Minister Mark Carney met Xi": a lead's meeting
                # that names no place took place where the story is filed.
                places = [dateline[1]]
            for person, place in self._visit_places((hit.subject, hit.object), places, ctx):
                for implied in relation.presence_relations:
                    yield RelationHit(person, implied, place, hit.sent_start, hit.sent_end, hit.negated,
                                      hit.modality, hit.attributed_to, RULE_CONFIDENCE["presence"],
                                      "presence", hit.cue)

    def _moves_forces(self, verb: Token) -> bool:
        """"US troops arrived in Nepal": a kgo:forceSubjectCue with a force as its subject."""
        return (verb.lemma_.lower() in self.force_subject_index and not _is_passive(verb)
                and any(h.lemma_.lower() in self.ontology.force_nouns for h in _subject_heads(verb)))

    def _subject_cue_hits(self, verb: Token, ctx: _Context) -> Iterator[RelationHit]:
        """"Russian missiles hit Kyiv", "US troops arrived in Nepal": a verb that is a cue only when its
        subject is a weapon (kgo:weaponSubjectCue) or a force (kgo:forceSubjectCue), or one of the
        relation's own nouns; the weapon's, force's or act's owner acts."""
        if _is_passive(verb):
            return
        lemma = verb.lemma_.lower()
        heads = [h.lemma_.lower() for h in _subject_heads(verb)]
        candidates = [*((r, self.ontology.equipment_nouns) for r in self.weapon_subject_index.get(lemma, ())),
                      *((r, self.ontology.force_nouns) for r in self.force_subject_index.get(lemma, ()))]
        for relation, nouns in candidates:
            own_nouns = {cue[-1] for h in heads for cued, cue in self.noun_index.get(h, ()) if cued == relation}
            if not any(h in nouns or h in own_nouns for h in heads):
                continue
            subjects, subject_rule = self._verb_subjects(verb, ctx)
            own = frozenset(m.actor_id for m in subjects)
            objects, object_rule = self._verb_objects(verb, relation, [], ctx, own)
            yield from self._emit(relation, subjects, objects, verb, object_rule or subject_rule or "verb", ctx)

    def _refusal_hits(self, sentence_hits: list[RelationHit], ctx: _Context) -> Iterator[RelationHit]:
        """"Russia refused to join NATO", "Japan will not hold talks with China": a refused cooperative
        act on an actor rejects that actor (kgo:refusedActObject, kgo:refusalMarker); the act itself
        stays, negated."""
        doc = ctx.doc
        refused = [hit for hit in sentence_hits
                   if hit.negated and self._cooperative(self.ontology.relations[hit.relation])]
        for hit in refused:
            if hit.object.type == "Person" and self.ontology.relations[hit.relation].people_object:
                continue  # "refused to release the deposed president": he is held, not the one rejected
            act = doc[hit.cue]
            if act.pos_ in VERB_POS and hit.object.actor_id in {m.actor_id for m in self._verb_subjects(act, ctx)[0]}:
                # "after they declined to meet members of its cabinet": those who refuse together do not
                # reject each other.
                continue
            if hit.rule.startswith("noun-refused:"):
                # "refused talks with Ghani's government", "pulled out of a meeting with Pashinyan": the
                # refused act's partner is rejected.
                refusal = _withdrawal_verb(act) or act.head
                lemma = refusal.lemma_.lower()
                for relation in (*self.refusal_index.get(lemma, ()), *self.body_object_index.get(lemma, ())):
                    yield from self._emit(relation, [hit.subject], [hit.object], refusal, "verb-refused-act", ctx)
                continue
            verb = _light_verb(act, self.light_verbs) if act.pos_ in NOUN_POS else act
            markers = [c.lower_ for c in verb.children if c.dep_ == "aux"] if verb is not None else []
            if verb is not None and verb.lemma_.lower() in self.force_subject_index:
                # "Indian military personnel cannot stay in the Maldives": forces told where they may not be
                # refuse nothing.
                continue
            if markers and any(c.dep_ == "neg" for c in verb.children):
                # "Japan will not hold talks with China": the statement is the refusal.
                for relation in {r.id: r for m in markers for r in self.refusal_marker_index.get(m, ())}.values():
                    yield from self._emit(relation, [hit.subject], [hit.object], verb, "verb-refused-act", ctx,
                                          stated=True)
                continue
            if act.dep_ != "xcomp" or act.head.pos_ not in VERB_POS or not any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in act.children):
                # The refusal governs the act's infinitive: "denied conspiring" denies a claim.
                continue
            refusal = act.head
            for relation in self.refusal_index.get(refusal.lemma_.lower(), ()):
                yield from self._emit(relation, [hit.subject], [hit.object], refusal, "verb-refused-act", ctx)

    def _cooperative(self, relation: RelationType) -> bool:
        """A cooperative act or tie, whose refusal rejects its partner: a positive Goldstein weight, or a
        standing tie between actors ("join NATO"), not a title or a place."""
        if relation.id in self.title_relations or relation.id in {self.located_relation, self.capital_relation}:
            return False
        return relation.layer == "standing" or (relation.goldstein or 0) > 0

    def _continues_report(self, verb: Token, ctx: _Context) -> bool:
        """A conjunct of the clause a reporting verb governs: "said 20 people had died and accused X" (not
        "Merkel telephoned Putin and asked him ..., her spokesman said": a conjunct keeps an actor subject,
        unless forces or weapons, which say nothing: "said Kyrgyz troops had opened fire and accused
        Bishkek")."""
        head = verb.head
        mute = self.mute_nouns
        return (verb.dep_ == "conj" and head.dep_ == "ccomp" and head.head.pos_ in VERB_POS
                and self.modality_verbs.get(head.head.lemma_.lower()) == "reported"
                and not ctx.actors_of_all(c for c in head.children
                                          if c.dep_ in SUBJECT_DEPS and c.lemma_.lower() not in mute))

    def _verb_subjects(self, verb: Token, ctx: _Context, depth: int = 0) -> tuple[list[Mention], str]:
        if depth > 4:
            return [], ""
        if _is_passive(verb):
            agents = [pobj for agent in verb.children if agent.dep_ == "agent"
                      for pobj in agent.children if pobj.dep_ == "pobj"]
            if not agents and verb.dep_ != "acl":
                # "British troops were deployed to Estonia": a force moved or used acts for its owner.
                forces = [c for c in verb.children if c.dep_ == "nsubjpass"
                          and c.lemma_.lower() in ctx.ontology.agent_nouns]
                return ctx.actors_of_all(forces), "verb-passive-force"
            if not agents and verb.tag_ == "VBN" and verb.head.lemma_.lower() in ctx.ontology.force_nouns:
                # "the 28,500 U.S. troops stationed in South Korea", "Russian peacekeepers deployed in
                # Nagorno-Karabakh": the forces a participle describes act for their owner.
                return ctx.actors_of_all([verb.head]), "verb-passive-force"
            return ctx.actors_of_all(agents), ""
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            subject = subjects[0]
            if len(subjects) > 1 and subjects[1].left_edge.i == subject.right_edge.i + 1 and ctx.actors_at(subjects[1]):
                # "The U.N. refugee agency UNHCR criticised": a name the parser split off the noun it names.
                subject = subjects[1]
            if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                subject = _relative_antecedent(verb, subject)
                singular = verb.tag_ == "VBZ" or any(
                    c.dep_ in {"aux", "auxpass"} and (c.tag_ == "VBZ" or c.lower_ == "was") for c in verb.children)
                if singular and subject.dep_ == "conj" and subject.head.i < subject.i and (
                        last := ctx.actors_of(subject)):
                    # "pressing Aoun, Salam and Nabih Berri, who heads Amal": a clause on the last conjunct, its
                    # verb singular, describes it alone ("Russia and China, which have backed Iran": both).
                    return last, ""
            found = ctx.actors_of_all([subject])
            if not found and self.modality_verbs.get(verb.lemma_.lower()) == "reported" and (
                    subject.lemma_.lower() in ctx.ontology.agent_nouns) and not any(
                    c.dep_ in MODIFIER_DEPS for c in subject.children):
                # "Finland will close the crossing, the government said, accusing Moscow": an unowned
                # government reporting what a country will do is that country's.
                found = [m for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i
                         for g in c.children if g.dep_ == "nsubj" for m in ctx.actors_at(g) if m.type == "Country"]
            return found, ""
        head = verb.head
        inherited = "verb-inherited-subject"
        if (finite := _coordinated_finite_verb(verb)) is not None:
            found, _ = self._verb_subjects(finite, ctx, depth + 1)
            return found, inherited
        if verb.dep_ == "conj" and _acts_as_verb(head):  # "rejects and condemns": "rejects" tagged a noun
            said_of = [c for c in head.children if c.dep_ in SUBJECT_DEPS]
            if (head.dep_ == "ccomp" and head.head.pos_ in VERB_POS
                    and (not said_of or all(
                        c.pos_ == "NOUN" and not ctx.actors_at(c) and c.lemma_.lower() not in ctx.ontology.agent_nouns
                        and any(g.dep_ in {"poss", "compound", "amod"} and ctx.actors_at(g) for g in c.children)
                        for c in said_of))):
                # "Kabul said 46 civilians, most of them children, had died and accused Pakistan": a clause the
                # parser left without a subject is a misparse; the conjunct continues the report. So is a
                # statement about an actor's act or thing ("she said Washington's support was a very important
                # factor and urged Buenos Aires to keep building reserves"; not "the firms will join up and have
                # held talks").
                found, _ = self._verb_subjects(head.head, ctx, depth + 1)
                return found, inherited
            if _is_passive(head) and not _is_passive(verb):
                # "was welcomed at Erbil airport by Nechirvan Barzani and later met Masrour Barzani": the
                # conjuncts share the grammatical subject, not the passive's agent.
                shared = ctx.actors_of_all(c for c in head.children if c.dep_ == "nsubjpass")
                if shared:
                    return shared, inherited
            found, _ = self._verb_subjects(head, ctx, depth + 1)
            return found, inherited
        if verb.dep_ == "acomp" and head.pos_ in VERB_POS:  # "remains committed to carrying out attacks"
            found, _ = self._verb_subjects(head, ctx, depth + 1)
            return found, inherited
        if verb.dep_ == "xcomp" and head.dep_ == "acomp" and head.head.pos_ in VERB_POS:
            found, _ = self._verb_subjects(head.head, ctx, depth + 1)  # "is ready to negotiate with"
            return found, inherited
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].dep_ == "conj" \
                and verb.doc[verb.i - 1].pos_ == "PROPN" and (named := ctx.actors_at(verb.doc[verb.i - 1])):
            # "with Israel striking targets in Syria and Iran backing armed groups": the parser reads the
            # second doer as a conjunct of the first act's place; the name right before the gerund is its doer.
            return list(named), inherited
        if verb.dep_ in {"xcomp", "advcl"} and head.pos_ in VERB_POS:
            if head.dep_ == "acl" and head.tag_ == "VBN":  # "soldiers sent to assist Russia"
                return ctx.actors_of_all([head.head]), inherited
            if _is_passive(head) and head.dep_ != "acl":  # "troops were sent to help Russia"
                passive_subjects = [c for c in head.children if c.dep_ == "nsubjpass"]
                if passive_subjects:
                    return ctx.actors_of_all(passive_subjects), inherited
            controller = [c for c in head.children if c.dep_ in {"dobj", "dative"}]
            # "urged X to attack", and "urged the government to expel Xue": an object that can act is the doer,
            # named or not (never the one urging); a thing is not ("use Russian assets to fund a loan": the user).
            agents = [c for c in controller if ctx.actors_at(c) or c.pos_ in {"PRON", "PROPN"}
                      or c.lemma_.lower() in ctx.ontology.agent_nouns]
            if verb.dep_ == "xcomp" and agents:
                return ctx.actors_of_all(agents), inherited
            if controller and any(c.lemma_.lower() in ctx.ontology.non_state_nouns for c in controller):
                return [], ""  # "supports the Syrian opposition to defend ...": the opposition acts
            found, _ = self._verb_subjects(head, ctx, depth + 1)
            return found, inherited
        if verb.dep_ in {"pcomp", "pobj"} and head.dep_ == "prep" and head.head.pos_ in NOUN_POS \
                and head.lower_ in GERUND_OBJECT_PREPOSITIONS:
            # "accused A, B and C of colluding": the parser hangs "of" on the last conjunct ("to visit Japan
            # before making a trip" is the visitor's trip).
            first = head.head
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head
            if first.dep_ in {"dobj", "dative"} and first.head.pos_ in VERB_POS:
                return ctx.actors_of_all([first]), inherited
        if verb.dep_ in {"pcomp", "pobj"} and head.dep_ == "prep":
            governor = head.head
            if governor.dep_ == "acomp" and governor.head.pos_ in VERB_POS:
                governor = governor.head  # "remains committed to carrying out attacks": "remains"
            elif governor.pos_ not in VERB_POS:
                return [], ""
            if head.lower_ in GERUND_OBJECT_PREPOSITIONS:  # "accused X of colluding", "thanked X for helping"
                if governor.dep_ == "acl" and governor.tag_ == "VBN":
                    # "Egypt, which ..., and the UAE, accused of supplying weapons to the RSF": the actor the
                    # participle follows (the parser may hang it on the first conjunct), when named (not "an
                    # American national accused of plotting"), and not the actors coordinated with it.
                    described = max((t for t in (governor.head, *governor.head.conjuncts) if t.i < governor.i),
                                    key=lambda t: t.i, default=governor.head)
                    return [m for m in ctx.actors_at(described) if m.method not in AGENT_NOUN_METHODS], inherited
                if _is_passive(governor):
                    return ctx.actors_of_all([c for c in governor.children if c.dep_ == "nsubjpass"]), inherited
                objects = [c for c in governor.children if c.dep_ in {"dobj", "dative"}]
                if objects:
                    return ctx.actors_of_all(objects), inherited
            if head.lower_ == "in" and (supported := self._supported_party(governor, ctx)):
                return supported, inherited  # "support the Government of Iraq in crushing ISIL": Iraq
            # "angered its partners by negotiating", "met Erdogan before signing": the governor's subject;
            # of a passive, its grammatical subject ("Before meeting Mitsotakis, he was received by X": he).
            if _is_passive(governor) and head.lower_ != "by":
                passive_subjects = [c for c in governor.children if c.dep_ == "nsubjpass"]
                if passive_subjects:  # even when it names no one: never the agent
                    return ctx.actors_of_all(passive_subjects), inherited
            found, _ = self._verb_subjects(governor, ctx, depth + 1)
            return found, inherited
        if verb.dep_ == "acl" and verb.tag_ == "VBG":  # "troops fighting Ukraine"
            return ctx.actors_of_all([head]), inherited
        if _misread_finite(verb):
            return ctx.actors_of_all([head]), ""
        if _states_act_of(verb, self.modality_nouns):
            # "an invitation to Kim to visit Moscow": the invitee; "Iran's plan to build", "accepted an
            # invitation to meet Kim", "announced plans to send troops": the plan's holder.
            found = ctx.actors_of_all(_prep_objects([head], ("to",)))
            if not found:
                found = ctx.actors_of_all(c for c in head.children if c.dep_ == "poss")
            if not found and head.dep_ == "dobj" and head.head.pos_ in VERB_POS:
                found, _ = self._verb_subjects(head.head, ctx, depth + 1)
            return found, inherited
        return [], ""

    def _named_by_speaker(self, verb: Token) -> list[Token]:
        """"criticised what it calls unsafe conduct by Chinese ships": the thing a free relative names
        through a naming verb (kgo:namingVerb) is the verb's object, with the doers of its "by" phrase
        wherever the parser hung it ("condemned what it called manoeuvres by Chinese ships")."""
        clauses = [clause for clause in verb.children if clause.dep_ == "ccomp" and clause.i > verb.i
                   and clause.lemma_.lower() in self.ontology.naming_verbs
                   and any(c.dep_ == "dobj" and c.tag_ == "WP" and c.i < clause.i for c in clause.children)]
        named = [p for clause in clauses for p in clause.children
                 if p.dep_ in {"oprd", "dobj"} and p.pos_ in NOUN_POS and p.i > clause.i]
        return named + _prep_objects(clauses, ("by",))

    def _verb_objects(self, verb: Token, relation: RelationType, cue_tokens: Sequence[Token],
                      ctx: _Context, own: frozenset[str]) -> tuple[list[Mention], str]:
        """The verb cue's object actors and the rule that found them; ``own`` are the ids of the
        verb's own subjects, never its objects."""
        if _is_passive(verb):
            objects = [c for c in verb.children if c.dep_ == "nsubjpass" and c not in cue_tokens]
            # "the Polisario Front, which is backed by Algeria" (and "which seeks ... and is backed by"):
            # a relative clause's passive subject is the noun it describes.
            clause = verb.head if verb.dep_ == "conj" and not objects else verb
            if clause.dep_ == "relcl" and all(o.lower_ in RELATIVE_PRONOUNS for o in objects) and any(
                    c.dep_ in SUBJECT_DEPS and c.lower_ in RELATIVE_PRONOUNS for c in clause.children):
                objects = [clause.head]
            elif clause is not verb and clause.pos_ in VERB_POS:
                # "the Front seeks independence and is backed by Algeria": the first conjunct's subject.
                objects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
            elif not objects and verb.dep_ == "acl" and verb.head.pos_ in NOUN_POS:
                objects = [verb.head]  # "Syria's government, backed by Russia": what the participle describes
        else:
            objects = [c for c in verb.children if c.dep_ in {"dobj", "dative"} and c not in cue_tokens]
            objects += self._named_by_speaker(verb)
            direct = [c for c in verb.children if c.dep_ == "dobj"]
            if len(direct) > 1:
                # "established ties on Saturday with Bhutan, a nation neighbouring India": a later direct
                # object after a comma is an apposition the parser hung on the verb. Without the comma
                # it names the first ("meet his counterpart Italian President Sergio Mattarella").
                doc = verb.doc
                objects = [c for c in objects if c.dep_ != "dobj" or c == direct[0] or not any(
                    doc[i].text == "," for i in range(direct[0].right_edge.i + 1, c.left_edge.i))]
        if relation.layer == "standing":
            # "chaired a meeting of NATO leaders" leads no NATO: a standing tie is to the object itself or
            # through a body noun ("heads the government of Iraq") or a body its owner names ("Haiti's
            # transitional council, led by X").
            objects = [o for o in objects if ctx.actors_at(o) or o.lemma_.lower() in ctx.ontology.agent_nouns
                       or (o.tag_ == "NN" and any(c.dep_ == "poss" and ctx.actors_at(c) for c in o.children))]
        found = ctx.actors_of_all(objects, owned=not relation.symmetric, people=relation.people_object)
        if not found and relation.people_object:
            # "expelled diplomats from Poland and Germany": the parser hangs the people's country on the verb.
            # "expelled the military advisers at Pakistan's embassy": their post names it, wherever hung.
            origins = [pobj for o in objects if o.lemma_.lower() in ctx.ontology.agent_nouns
                       and not ctx.actors_at(o)
                       for pobj in (*_misattached_objects(o, ("from", "at")), *_prep_objects([o], ("at",)))]
            found = [m for m in ctx.actors_of_all(origins) if m.type == "Country"]
        if not found and (people := [t for t in cue_tokens if t.pos_ == "NOUN"
                                     and t.lemma_.lower() in ctx.ontology.non_state_nouns]):
            # "accepted 800 refugees from Syria", "hosts Syrian refugees": the cue's own people noun
            # names its people's country (the "from" phrase may hang on the verb).
            origins = [*people, *(p for t in people for p in _misattached_objects(t, ("from",)))]
            found = [m for m in ctx.actors_of_all(origins, people=True) if m.type == "Country"]
        if relation.clausal_object and objects and all(m.actor_id in own for m in found):
            # "demanded the release of its citizens detained by the US": who is to do the act named
            # (not the subject, whose citizens they are).
            acts = [(o, act, cue) for o in objects if o.pos_ == "NOUN"
                    for act, cue in self.noun_index.get(o.lemma_.lower(), ())
                    if act.layer == "event" and _match_noun_cue(o, cue)]
            found = [m for o, act, cue in acts[:1] for m in self._noun_subjects(o, act, cue, ctx)[0]
                     if m.actor_id not in own]
        prep_objects: list[Token] = []
        if not found:
            # "ratified Sweden's accession to NATO", "approved Finland's membership": a possessor named on the
            # cue's own noun is the object, before the noun's own phrase.
            found = [m for c in verb.children if c.dep_ == "dobj" and c in cue_tokens
                     for g in c.children if g.dep_ == "poss" and g.pos_ != "PRON"
                     for m in ctx.actors_at(g) if m.actor_id not in own]
        if not found:
            # "negotiated with China", and "negotiated a trade deal with China", "signed a pact with
            # Somalia": a non-actor direct object passes on its own prepositional object.
            # "signed a memorandum of understanding with X": also through the object's "of" phrase.
            of_objects = [p for o in objects for p in _prep_objects([o], ("of",))]
            # "called for an end to the Israeli attacks": the object of the cue's own preposition.
            cue_pobjs = [g for t in cue_tokens if t.dep_ == "prep" for g in t.children
                         if g.dep_ == "pobj" and g.pos_ in NOUN_POS]
            if cue_tokens and cue_tokens[-1].dep_ == "prep":
                # "lodged a protest with China": a preposition that ends the cue introduces its object.
                found = ctx.actors_of_all(g for g in cue_tokens[-1].children if g.dep_ == "pobj")
            # A phrase before the verb sets the scene: "At a meeting of the Security Council, six states
            # condemned ..." names no one condemned.
            # "the East African Community, to which both countries belong": a relative pronoun is what the
            # clause describes.
            prep_objects = [_relative_antecedent(verb, t) if relative else t
                            for t in _prep_objects(_with_participles([verb, *cue_tokens, *objects, *of_objects,
                                                                      *cue_pobjs]), relation.object_prepositions)
                            for relative in (t.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl",)
                            if t.i > verb.i or t.head.head.i != verb.i or relative]
            found = found or ctx.actors_of_all(prep_objects)
            if not found and relation.symmetric and cue_pobjs:
                # "agreed to a truce with Hamas": the partner in what the cue's preposition names.
                found = ctx.actors_of_all(_prep_objects(cue_pobjs, ("with",)))
            if not found and relation.layer != "standing":  # (a standing tie: see above)
                # "provide ammunition alongside humanitarian assistance to Turkey", "sent supplies and
                # personnel such as doctors to Nepal": the parser hangs the phrase deep in the object.
                deep = _prep_objects(_object_phrase(verb, cue_tokens, objects), relation.object_prepositions)
                if deep and (extra := ctx.actors_of_all(deep)):
                    prep_objects, found = deep, extra
            if not found:
                # "spoke by telephone with X", "talked via video link with X": the object's phrase
                # hangs on the means.
                means = [pobj for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in {"by", "via", "over"}
                         for pobj in prep.children if pobj.dep_ == "pobj" and not ctx.actors_at(pobj)]
                if means and (extra := _prep_objects(means, relation.object_prepositions)):
                    prep_objects, found = extra, ctx.actors_of_all(extra)
            if ctx.takes_places(relation):
                # "sent troops to the UN mission in Mali": the mission is no place; its "in" phrase is.
                found = [m for m in found if ctx.in_range(relation, m)]
            if not found and relation.cue_owner_object:
                # "rejected Netanyahu's accusations", "welcomed the decision of Uganda": the cue's own
                # noun stands for its owner.
                owned = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c in cue_tokens]
                found = ctx.actors_of_all(owned)
                if not found and owned and not _is_passive(verb):
                    # "welcomed the vote by the Turkish assembly": the parser hangs the act's agent on
                    # the verb, which, active, has no agent of its own.
                    found = ctx.actors_of_all(_prep_objects([verb], ("by",)))
                if not found:
                    # "Berlin rejected the accusation": the accuser of the article's accusation.
                    found = [m for o in owned for m in ctx.event_agents(o, exclude=relation.id, own=own)]
            if (not found and relation.layer == "event" and not relation.symmetric and not _is_passive(verb)
                    and objects and all(o.pos_ == "NOUN" and not ctx.actors_at(o) for o in objects)):
                # "condemned the strikes by Israel on Gaza": an active verb has no agent of its own, so a "by"
                # phrase the parser hangs on it names the doer of the act its object names.
                found = [m for m in ctx.actors_of_all(_prep_objects([verb], ("by",))) if m.actor_id not in own]
            denied = [c for c in verb.children if c.dep_ in {"xcomp", "ccomp"}]
            # "Turkey denied responsibility", "Islamabad denies any involvement": a denied claim of no one named.
            denied_claim = relation.id in self.claim_answers and any(t.dep_ == "dobj" for t in cue_tokens)
            if not found and not objects and verb.lemma_.lower() in self.denial_verbs and (
                    denied_claim or denied and not any(m.actor_id not in own for c in denied
                                                       for m in ctx.actors_of_all(s for s in c.children
                                                                                  if s.dep_ in SUBJECT_DEPS))):
                # "Rwanda denies backing the rebels" after "Congo accuses Rwanda of backing the M23": denying
                # an act answers the latest accusation of it made against the denier. Not an act of another's:
                # "Jakarta denied that Moscow had made any such request" answers no one's charge.
                found = ctx.latest_accusers(own, verb)
            if not found and relation.locative_object:
                # "suspended aid deliveries in Nigeria's Borno state": aid delivered in a country is its;
                # "voiced concern about the situation in Sudan": the topic's country.
                found = ctx.located_countries(_with_participles([verb, *cue_tokens, *objects, *prep_objects]))
            objects = objects or prep_objects
        if not found and not _is_passive(verb) and not objects and not any(
                c.dep_ in {"dobj", "oprd"} for c in verb.children):
            # "to degrade and defeat ISIL", "condemned and rejected the plan": a shared object (only
            # for a verb without one of its own: "rejected the referendum and asked the ICJ", "raised these
            # concerns in a call with Lavrov and urged him"; "called the gunmen terrorists and urged the EU",
            # its object read into the predicate, has one).
            later = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in VERB_POS and c.i > verb.i]
            found = ctx.actors_of_all(o for c in later for o in c.children if o.dep_ in {"dobj", "dative"})
        if (not found and relation.verbal and verb.dep_ == "conj" and verb.head.pos_ in VERB_POS
                and not _is_passive(verb.head) and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
                and _asks_for_a_thing(verb, ctx.ontology)):
            # "summoned Argentina's ambassador and demanded a public apology": a verbal act after an act on
            # an actor is addressed to that actor.
            addressed = [t for o in verb.head.children if o.dep_ in {"dobj", "dative"}
                         for t in (o, *(c for c in o.children if c.dep_ == "poss"))]
            found = [m for t in addressed for m in ctx.actors_at(t)
                     if m.actor_id not in own and m.type not in PLACE_TYPES]
        if not found and relation.layer == "event":
            # "Tehran condemned the strikes": a definite event noun names the article's event of
            # that kind, and the act is aimed at whoever carried it out.
            found = [m for o in objects for m in ctx.event_agents(o, exclude=relation.id, own=own)]
        relative_object = any(o.dep_ == "dobj" and o.lower_ in RELATIVE_PRONOUNS for o in verb.children)
        if not found and not _is_passive(verb) and any(
                c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in verb.children) and (
                (verb.dep_ == "relcl" and all(o.lower_ in RELATIVE_PRONOUNS
                                              for o in verb.children if o.dep_ == "dobj")
                 and not _relative_in_phrase(verb))
                or (verb.dep_ == "advcl" and relative_object)):
            # "a militant group it blames for the attacks", "the rebels that Russia backs": the object
            # is the noun the clause modifies (or the actor "a group" is in apposition to).
            head = verb.head
            if verb.dep_ == "relcl":
                found = ctx.actors_of_all([head])
                if not found and head.dep_ == "appos" and head.lemma_.lower() in ctx.ontology.group_nouns:
                    found = ctx.actors_of_all([head.head])
            if not found and relation.verbal and (verb.dep_ == "advcl" or relative_object
                                                  or head.dep_ in {"appos", "dobj"}):
                # "held joint exercises with Guyana, which Caracas denounced", "sent weapons to the
                # Somali army, a move that Ethiopian officials condemned": what is condemned is the act,
                # and the act's doer is the object.
                act = _governing_verb(head.head if head.dep_ == "appos" else head)
                if act is not None:
                    found, _ = self._verb_subjects(act, ctx)
            if found:
                return found, ""
        if not found and relation.infinitival_object:
            # "threatened to expel the Ethiopian soldiers": the threatened are the act's object.
            for clause in verb.children:
                if clause.dep_ == "xcomp" and clause.pos_ in VERB_POS:
                    direct = [c for c in clause.children if c.dep_ in {"dobj", "dative"}]
                    found = [m for m in ctx.actors_of_all(direct) if m.actor_id not in own]
                    if not found:
                        # "threatened to withdraw its troops from Somalia", "to cut ties with Qatar",
                        # "to impose sanctions on Iran": the act's prepositional object.
                        found = [m for m in ctx.actors_of_all(_prep_objects([clause, *direct], THREAT_PREPOSITIONS))
                                 if m.actor_id not in own]
                    if found:
                        return found, "verb-clausal-object"
            # "threatened a nuclear attack on the US", "warned of retaliation against South Korea": the
            # object of the threatened act, named by a noun.
            threatened = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
            threatened += _prep_objects([verb], ("of",))
            found = [m for m in ctx.actors_of_all(_prep_objects(threatened, THREAT_PREPOSITIONS))
                     if m.actor_id not in own]
            if found:
                return found, "verb-clausal-object"
            # "Iran warned that it would retaliate against Israel": the subject's own announced act.
            for clause in verb.children:
                if clause.dep_ != "ccomp" or clause.pos_ != "VERB" or not own:
                    continue
                doers = ctx.actors_of_all(c for c in clause.children if c.dep_ == "nsubj")
                if not doers:
                    continue
                if not {m.actor_id for m in doers} <= own:
                    # ... or the state the speaker serves: "Sharif warned that Pakistan would strike Afghanistan".
                    speakers = [m for m in self._verb_subjects(verb, ctx)[0] if m.actor_id in own]
                    if not all(m.actor_id in own or any(ctx.serves(s, m) for s in speakers) for m in doers):
                        continue
                targets = [c for c in clause.children if c.dep_ == "dobj"]
                # "would take countermeasures against the US": the phrase may hang on the object.
                targets += _prep_objects([clause, *targets], ("against", "on", "at"))
                found = [m for m in ctx.actors_of_all(targets) if m.actor_id not in own]
                if found:
                    return found, "verb-clausal-object"
        if not found and ctx.takes_places(relation):
            # "attacked an army base in Kandahar"; "in northern Kosovo, where troops were deployed"
            found = ctx.places_of([*objects, *prep_objects]) or ctx.where_antecedent(verb)
            if not found and (objects or any(t.pos_ in NOUN_POS for t in cue_tokens)):
                # "bombed villages in Paktika", "carried out air strikes in the Gaza Strip": the "in"
                # phrase on the verb
                found = ctx.places_of([verb])
        if not found and relation.clausal_object:
            # "X alleged that the Kremlin is providing...": the accused is the clause's subject; "expressed
            # hope that Sudan would join": the clause may hang on the cue's noun; "called for Israel to
            # halt": a "for ... to" clause.
            # "investigating allegations that Rwanda supported M23": or on the object noun's "that" clause.
            clauses = [*(c for c in verb.children if c.dep_ == "ccomp"
                         or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children))),
                       *(c for t in cue_tokens if t.pos_ in NOUN_POS for c in t.children
                         if c.dep_ in {"ccomp", "acl"} and c.pos_ in VERB_POS),
                       *(c for t in objects if t.pos_ in NOUN_POS and not ctx.actors_at(t) for c in t.children
                         if _states_act_of(c, self.modality_nouns))]
            for clause in clauses:
                question = any(c.tag_ in WH_TAGS or c.lower_ in QUESTION_MARKS for c in clause.children)
                # "investigating whether Iran supplied the drones" (kgo:questionObject), not "asked why".
                if not question or (relation.question_object and _asks_whether(clause)):
                    # "called for Bazoum to be freed": the passive subject of a "for ... to" clause is
                    # acted on, not asked to act.
                    asked = clause.dep_ == "advcl" and any(m.lower_ == "for" for m in clause.children)
                    subjects = [c for c in clause.children if c.dep_ == "nsubj" or (
                        c.dep_ == "nsubjpass" and not asked)]
                    found = ctx.actors_of_all(subjects)
                    if found:
                        return found, "verb-clausal-object"
        return found, ""

    def _obligation_hits(self, clause: Token, ctx: _Context) -> Iterator[RelationHit]:
        """'Russia said Israel must end the strikes': the speaker demands it of the clause's subject.

        Epistemic "must" is no demand: "they must be wondering", "he must have known".
        """
        auxiliaries = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
        if clause.tag_ == "VBG" or any(c.lemma_.lower() == "have" for c in auxiliaries):
            return
        relations = [relation for c in auxiliaries if c.dep_ == "aux"
                     for relation in self.obligation_index.get(c.lower_, ())]
        speech = clause.head
        if not relations or self.modality_verbs.get(speech.lemma_.lower()) != "reported":
            return
        speakers, _ = self._verb_subjects(speech, ctx)
        # "We must act," Putin said: a speaker's own state is no addressee of a demand.
        # One subject: a second is a list item the parser broke off a phrase ("the PKK and all of its
        # offshoots in Iraq, Syria and Europe must disarm" makes "Syria" a subject too).
        subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS][:1]
        objects = [o for o in ctx.actors_of_all(subjects) if not any(ctx.serves(s, o) for s in speakers)]
        for relation in relations:
            yield from self._emit(relation, speakers, objects, speech, "verb-obligation", ctx)

    def _predicate_hits(self, clause: Token, ctx: _Context) -> Iterator[RelationHit]:
        """'Kyiv said Moscow was behind the attack': a speaker predicating blame of an actor accuses it."""
        predicates = [c for c in clause.children if (c.dep_ == "acomp" and c.pos_ == "ADJ")
                      or (c.dep_ == "prep" and any(g.dep_ == "pobj" for g in c.children))]
        relations = [relation for c in predicates for relation in self.predicate_index.get(c.lower_, ())]
        speech = clause.head
        if (not relations or self.modality_verbs.get(speech.lemma_.lower()) not in {"reported", "alleged"}
                or ctx.negated(clause)):
            return
        speakers, _ = self._verb_subjects(speech, ctx)
        # "Hamas said it was behind the attack" claims responsibility; it accuses nobody.
        objects = [o for o in ctx.actors_of_all(c for c in clause.children if c.dep_ == "nsubj")
                   if not any(o.actor_id == s.actor_id or ctx.serves(s, o) for s in speakers)]
        for relation in relations:
            yield from self._emit(relation, speakers, objects, speech, "verb-predicate", ctx, stated=True)

    def _condition_hits(self, clause: Token, ctx: _Context) -> Iterator[RelationHit]:
        """'Russia will not negotiate unless Ukraine withdraws': a refusal until another acts demands it;
        'North Korea threatened to attack if the US continues the drills': a threat on a condition
        threatens whoever must meet it."""
        markers = [c.lower_ for c in clause.children if c.dep_ == "mark"]
        refused = clause.head
        if not markers or refused.pos_ not in VERB_POS:
            return
        # Only an actor who must act: "until Hamas is destroyed" demands nothing of Hamas, and "if the
        # Somaliland deal goes ahead" threatens no owner of the deal.
        objects = list({m.actor_id: m for c in clause.children if c.dep_ == "nsubj"
                        for t in (c, *c.conjuncts) for m in ctx.actors_at(t)}.values())
        conditioned: list[tuple[RelationType, Token]] = []
        if ctx.negated(refused):
            conditioned += [(relation, refused) for m in markers for relation in self.condition_index.get(m, ())]
        # The relation's own verb cue, conditioned itself or governing the conditioned act.
        governors = [refused, *([refused.head] if refused.dep_ in {"xcomp", "ccomp"} else [])]
        for relation in (r for m in markers for r in self.cue_condition_index.get(m, ())):
            cue = next((g for g in governors if g.pos_ in VERB_POS and (g.lemma_.lower(),) in relation.verb_cues), None)
            if cue is not None:
                conditioned.append((relation, cue))
        for relation, speaker in conditioned:
            subjects, _ = self._verb_subjects(speaker, ctx)
            yield from self._emit(relation, subjects, objects, speaker, "verb-condition", ctx, stated=True)

    # -- nouns ------------------------------------------------------------------------
    def _noun_hits(self, noun: Token, ctx: _Context) -> Iterator[RelationHit]:
        if noun.tag_ == "NN" and any(m.method in GROUP_METHODS for m in ctx.actors_at(noun)):
            # "applied to join the alliance": a body named before, not an alliance formed here ("the
            # two allies" still are allies of each other).
            return
        modifiers = {c.lemma_.lower() for c in noun.children if c.dep_ in {"amod", "compound", "nmod"}}
        lemma = noun.lower_ if _is_gerund_noun(noun) else noun.lemma_.lower()
        matched = [(relation, cue) for relation, cue in self.noun_index[lemma]
                   if _match_noun_cue(noun, cue) and not modifiers & set(relation.excluded_modifiers)]
        longest = max((len(cue) for _, cue in matched), default=0)
        if matched and noun.dep_ in {"dobj", "nsubjpass"}:
            # "halted its aid to Ukraine", "ended its defence cooperation with France": a noun inside a verb
            # cue of a relation that undoes the noun's (kgo:undoes) does not hold.
            verb = noun.head
            undone = {undone for relation, cue in self.verb_index.get(verb.lemma_.lower(), ())
                      if relation.undoes and len(cue) > 1 and noun in (ctx.match_verb_cue(verb, cue) or ())
                      for undone in relation.undoes}
            matched = [(relation, cue) for relation, cue in matched if relation.id not in undone]
        light = _light_verb(noun, self.light_verbs)
        for relation, cue in matched:
            if len(cue) < longest:
                continue  # "vice president" is an official, not a leader; "peace talks" negotiate
            if relation.id in self.title_relations:
                yield from self._title_hits(noun, relation, cue, ctx)
                continue
            subjects, rule = self._noun_subjects(noun, relation, cue, ctx)
            if rule != "noun-refused" and any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children) \
                    and not ctx.negated(noun):
                # "plans to guarantee Ukraine's security after any peace deal", "warned against any attack":
                # no act in particular ("rejected any talks with China" still refuses them).
                continue
            object_tokens = _prep_objects(_with_participles([noun]), relation.object_prepositions)
            objects = ctx.actors_of_all(object_tokens)
            anchor = _anchor_of(noun)
            # What the noun is said of: its anchor, or the group the noun itself stands for ("brought the two
            # NATO allies close to conflict").
            described = (ctx.actors_of_all([anchor]) if anchor is not None
                         else [m for m in ctx.actors_at(noun) if m.method in GROUP_METHODS])
            if relation.modifier_object and not objects and subjects and rule == "noun" and described:
                # "Greece, a NATO member", "Finland became an EU member state": the modifier is the body
                # (not when the subject found is what the noun is said of: "Russia, a supporter of Syria").
                owners = [m for m in subjects if m.actor_id not in {d.actor_id for d in described}]
                if owners:
                    subjects, objects = described, owners
            elif relation.modifier_object and objects and any(c.dep_ == "poss" for c in noun.children) and any(
                    other.symmetric for other, _ in matched if other is not relation):
                # "Orban, Moscow's closest ally in the bloc": the owner is the partner of the alliance, and the
                # member of the body the one the noun describes (a leader: his state).
                subjects = [nation for m in described for nation in ctx._nation_of(m)]
            elif relation.symmetric and rule == "noun" and any(
                    other.modifier_object and other is not relation for other, _ in matched):
                # "Greece and Turkey are NATO allies": a body the noun makes them members of is no party to
                # their alliance; the two described are its parties.
                bodies = {m.actor_id for other, _ in matched if other.modifier_object and other is not relation
                          for m in subjects if ctx.in_range(other, m)}
                subjects = [m for m in subjects if m.actor_id not in bodies]
                if not subjects and len(described) >= 2:
                    subjects = described
            if relation.symmetric and subjects and not objects and rule == "noun" \
                    and any(c.dep_ == "poss" for c in noun.children):
                # "Niger's allies Mali and Burkina Faso": the names the noun is given in apposition are the
                # owner's partners.
                objects = [m for c in noun.children if c.dep_ == "appos" and c.i > noun.i
                           for t in (c, *coordinated(c)) for m in ctx.actors_at(t)
                           if m.actor_id not in {s.actor_id for s in subjects}]
            receiver = _receiving_verb(noun, self.receiving_verbs)
            if receiver is not None and relation.symmetric and noun.head.lower_ == "at":
                receiver = None  # "at next week's European Council summit" is where, not what is received
            if receiver is not None:
                # "Iran faced criticism from France", "cancelled the visit under pressure from Saudi Arabia":
                # the noun's agent acts on the receiver; what is received comes "from" or "by" its agent,
                # whatever the relation's own prepositions ("demanded an apology from Japan").
                receivers = self._verb_subjects(receiver, ctx)[0]
                # The agent's phrase may hang on the verb: "drew condemnation from Japan".
                subjects = (subjects or ctx.actors_of_all(_prep_objects([noun], RECEIVED_FROM))
                            or ctx.actors_of_all(_prep_objects([receiver], relation.agent_prepositions)))
                received_by = {r.actor_id for r in receivers}
                subjects = [m for m in subjects if m.actor_id not in received_by]
                agents = {m.actor_id for m in subjects}
                objects = [m for m in objects if m.actor_id not in agents] or receivers
            if not objects:
                objects = ctx.actors_of_all(_misattached_objects(noun, relation.object_prepositions))
            if not objects and light is not None and light.dep_ == "relcl":
                objects = ctx.actors_of_all(_prep_objects([light], relation.object_prepositions))
            elif not objects and light is not None:
                # "offered Ukraine assistance", "gave Georgia $1 billion in aid": the light verb's indirect
                # object; "pledged $4.5 billion in aid to Ukraine": its phrase after the noun's.
                objects = ctx.actors_of_all(c for c in light.children if c.dep_ == "dative") or ctx.actors_of_all(
                    p for p in _prep_objects([light], relation.object_prepositions) if p.i > noun.i)
            if not objects and ctx.takes_places(relation):
                objects = ctx.places_of(object_tokens)  # "a raid on a village in Borno"
            if not objects and relation.locative_object:
                objects = ctx.located_countries([noun])  # "humanitarian assistance in Iraq"
            if not objects and relation.clausal_object:
                # "Turkey's demand that Sweden extradite ...": the clause's subject; "an investigation into
                # allegations that Rwanda armed the rebels": that of the claim the noun is about.
                claims = [t for t in _prep_objects([noun], relation.object_prepositions)
                          if t.lemma_.lower() in self.modality_nouns and not ctx.actors_at(t)]
                objects = ctx.actors_of_all(c for holder in (noun, *claims) for clause in holder.children
                                            if clause.dep_ in {"acl", "ccomp"}
                                            and any(m.lower_ == "that" for m in clause.children)
                                            for c in clause.children if c.dep_ in SUBJECT_DEPS)
            if not objects and "of" not in relation.agent_prepositions and _of_marks_object(noun):
                # "its support of Iraq", "in support of Turkey": with the subject taken, "of" names the object.
                objects = ctx.actors_of_all(_prep_objects([noun], ("of",)))
            if not objects and subjects and not relation.symmetric and rule == "noun-light-verb":
                # "cut ties with Qatar and imposed an embargo": an act conjoined to one on an actor is on it too.
                objects = ctx.conjoined_objects(light, subjects)
            if not objects and relation.symmetric and rule == "noun" and subjects and any(
                    c.dep_ == "acl" and c.tag_ == "VBN" and any(g.dep_ == "agent" for g in c.children)
                    for c in noun.children):
                # "met at the White House in talks hosted by Trump": the host meets the clause's subject.
                governor = _in_phrase_governor(noun)
                verb = _governing_verb(governor) if governor is not None else None
                if verb is not None:
                    hosts = {m.actor_id for m in subjects}
                    objects = [m for m in self._verb_subjects(verb, ctx)[0] if m.actor_id not in hosts]
            between = _prep_objects([noun], relation.participant_prepositions)
            if between and relation.symmetric:
                # "Ghani rejected a meeting between the Taliban and Afghan figures": others met; it stands.
                rule = "noun" if rule == "noun-refused" else rule
                hosts = subjects
                subjects, objects = ctx.actors_of_all(between), []
                if light is not None and (light.lemma_.lower(),) in relation.verb_cues:
                    # "Anwar hosted talks between Thailand's Phumtham and Cambodia's Hun Manet": a light
                    # verb that is a cue of the relation itself makes its subject a party too.
                    parties = {m.actor_id for m in subjects}
                    yield from self._emit(relation, [m for m in hosts if m.actor_id not in parties], subjects,
                                          light, rule, ctx)
            elif relation.symmetric and not objects:
                # "Russia, Serbia's traditional ally", "Russia is Serbia's ally": the noun's anchor
                # and its possessor are the two sides.
                anchor = _anchor_of(noun)
                if anchor is not None:
                    objects = [m for m in ctx.actors_of_all([anchor]) if m.actor_id not in
                               {s.actor_id for s in subjects}]
                if not subjects and not objects:
                    # "the worst fighting in years along their disputed frontier": the pair "their" stands for.
                    theirs = [g for p in noun.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
                              for g in o.children if g.dep_ == "poss" and g.lower_ == "their"]
                    pair = [m for g in theirs[:1] for m in ctx.actors_at(g)]
                    if len(pair) >= 2:
                        subjects = pair
                if not subjects and not objects and noun.dep_ == "pobj" and noun.head.lower_ in {"at", "during"} \
                        and noun.head.head.pos_ in VERB_POS and not any(
                            c.dep_ == "prep" and c.lower_ not in {"in", "on"} for c in noun.children):
                    # "Kishida and Xi agreed at a meeting in San Francisco": a meeting where two or more act
                    # together is theirs ("a meeting of NATO ministers" is others' too). Not a war in which
                    # they strike together: "Israel and the United States bombed Iranian sites during a
                    # 12-day war" fought on one side.
                    verb = noun.head.head
                    joint_hostility = relation.hostile and any(
                        other.hostile for other, _ in self.verb_index.get(verb.lemma_.lower(), ()))
                    parties = self._verb_subjects(verb, ctx)[0] if not joint_hostility else []
                    if len(parties) >= 2:
                        subjects = parties
            yield from self._emit(relation, subjects, objects, noun, rule, ctx)

    def _noun_subjects(self, noun: Token, relation: RelationType, cue: tuple[str, ...],
                       ctx: _Context) -> tuple[list[Mention], str]:
        cue_words = set(cue[:-1])
        with_partner = any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)  # "talks with X"
        owners = [c for c in noun.children
                  if c.dep_ == "poss" or (c.dep_ in {"amod", "compound", "nmod"} and c.lemma_.lower() not in cue_words)]
        # "the Russia-Ukraine war", "the Iran-Iraq War": both halves of a hyphenated pair own the noun.
        owners += [g for c in owners for g in c.children if g.dep_ in {"compound", "amod", "nmod"}
                   and g.i + 2 == c.i and g.nbor(1).text in {"-", "\u2013"}]
        found = ctx.actors_of_all(owners)
        if relation.symmetric and with_partner:
            # "the AUKUS submarine pact with the United States and Britain": a body before the noun names
            # the pact; its partners are the noun's own, and the pact is another's.
            named = {m.actor_id for c in owners if c.dep_ == "compound" for t in c.subtree for m in ctx.actors_at(t)
                     if ctx.ontology.is_a(m.type, "Organization")}
            found = [m for m in found if m.actor_id not in named]
        if not found and noun.dep_ == "conj" and noun.head.pos_ in NOUN_POS and _anchor_of(noun) is not None:
            # "Israel's closest ally and main arms supplier": the possessor is shared.
            found = ctx.actors_of_all(c for c in noun.head.children if c.dep_ == "poss")
        if found:
            return found, "noun"
        found = ctx.actors_of_all(_prep_objects(_with_participles([noun]), relation.agent_prepositions))
        if found:
            return found, "noun"
        light = _light_verb(noun, self.light_verbs)
        if light is not None:
            found, _ = self._verb_subjects(light, ctx)
            return found, "noun-light-verb"
        if (noun.dep_ == "dobj" and noun.head.pos_ in VERB_POS and noun.head.lemma_.lower() in self.refusal_index
                and self._cooperative(relation) and not any(code[:2] in ADDRESSED_ROOTS for code in relation.cameo)):
            # "The Taliban refused talks with the government", "rejected any cooperation with the ICC": the
            # refuser would have been the one to act (negated; the refusal rejects the partner). Not an
            # appeal or an offer, which another made to the refuser ("rejected an extradition request").
            found, _ = self._verb_subjects(noun.head, ctx)
            return found, "noun-refused"
        withdrawal = _withdrawal_verb(noun)
        if (withdrawal is not None and withdrawal.lemma_.lower() in self.body_object_index
                and self._cooperative(relation)):
            # "Aliyev pulled out of a meeting with Pashinyan", "withdrew from talks with Kyiv": the one who
            # withdraws would have been a party (and rejects the partner, as on leaving a body).
            found, _ = self._verb_subjects(withdrawal, ctx)
            return found, "noun-refused"
        if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.pos_ in VERB_POS:
            # "Biden hosted Ruto for a state visit", "hosted Lula for talks": the guest acts. The guest comes
            # before "for": an object after it is the talks' partner the parser hung on the verb ("flew to
            # Cairo for talks with Barnea, ... and Al Thani").
            guests = [m for m in ctx.actors_of_all(c for c in noun.head.head.children
                                                   if c.dep_ == "dobj" and c.i < noun.head.i)
                      if not ctx.ontology.is_a(m.type, "Place") or m.type == "Country"]
            if guests:
                return guests, "noun-inherited-subject"
        if (relation.symmetric and noun.dep_ == "pobj" and noun.head.lower_ in {"through", "under"}
                and noun.head.head.pos_ in VERB_POS and with_partner):
            # "deepening its security ties through the AUKUS pact with the United States and Britain": the one
            # who acts through (or under) a pact with others is its party.
            found, _ = self._verb_subjects(noun.head.head, ctx)
            if found:
                return found, "noun-inherited-subject"
        if noun.dep_ == "attr" and noun.head.lemma_.lower() in COPULAS:
            # "Japan is a close ally of the United States": the copula's subject.
            found, _ = self._verb_subjects(noun.head, ctx)
            if found:
                return found, "noun"
        if noun.dep_ == "appos":
            # "Indonesia, a founding member of ASEAN": what the apposition describes; not a city (the parser
            # hangs an event's renaming on the place before it: "an air strike on Hamas leaders in Doha, an
            # unprecedented attack on ...").
            found = [m for m in ctx.actors_of_all([noun.head]) if m.type not in PLACE_TYPES]
            if found:
                return found, "noun"
        met_at = noun.head.lower_ == "at" and noun.head.head.pos_ in VERB_POS and with_partner
        if relation.symmetric and noun.dep_ == "pobj" and (self._joins_meeting(noun.head) or met_at):
            # "Erdogan agreed after talks with Kristersson", "Blinken flew to Ankara for talks with
            # Erdogan", "made the request at a meeting with Rijiju": the clause's subject took part (not
            # "at next week's summit": a partner must be named).
            found, _ = self._verb_subjects(noun.head.head, ctx)
            return found, "noun-inherited-subject"
        governor = _in_phrase_governor(noun)
        if governor is not None:
            # "support for Iraq in the fight against ISIL", "helped Iraq in the war": the one
            # supported is the one engaged.
            found = self._supported_party(governor, ctx)
            if found:
                return found, "noun-inherited-subject"
            # "raised these concerns in a call with Lavrov", "agreed during talks with Kim": the
            # clause's subject takes part in the meeting; "remained steadfast in support of": the
            # clause's subject acts (no determiner: an idiom, not "in the war"; and a cooperative one:
            # "in charge of Ajax" accuses nobody).
            # A war is no meeting: "visited Warsaw during the war against Ukraine" fights nobody.
            # "said during a visit to Israel": the clause's subject is the visitor; set off by commas, the
            # person it follows ("and Blinken, during a visit to Israel, said", wherever the parser hung it).
            visiting = noun.head.lower_ == "during" and relation.id in self.place_relations
            if visiting and noun.head.i >= 2 and noun.head.nbor(-1).text == ",":
                aside = [m for m in ctx.actors_at(noun.head.nbor(-2)) if m.type == "Person"]
                if aside:
                    return aside, "noun-inherited-subject"
            # "broke off relations with Ecuador in solidarity with Mexico": the parser may hang the idiom on
            # the verb's object; it is still the verb's.
            hung_on_object = governor.dep_ == "dobj" and governor.head.pos_ in VERB_POS
            if (relation.symmetric and relation.id not in self.force_relations) or (
                    (visiting or not any(c.dep_ == "det" for c in noun.children))
                    and (governor.pos_ not in NOUN_POS or hung_on_object) and (relation.goldstein or 0) > 0):
                verb = _governing_verb(governor)
                if verb is not None:
                    found, _ = self._verb_subjects(verb, ctx)
                    return found, "noun-inherited-subject"
            if (noun.head.lower_ == "during" and noun.tag_ == "NNS" and relation.id in self.force_relations
                    and not any(c.dep_ == "det" for c in noun.children)
                    and governor.pos_ in VERB_POS and not _is_passive(governor)):
                # "Iraqi forces committed violations during operations against IS": who acts while their
                # unowned military operations go on runs them. Bare plurals only ("during the war against
                # Ukraine" is the war of its time, which a visitor merely witnessed), and no passive
                # ("civilians were killed during operations" names victims).
                found, _ = self._verb_subjects(governor, ctx)
                return found, "noun-inherited-subject"
        return [], "noun"

    def _joins_meeting(self, preposition: Token) -> bool:
        """True for "after"/"following" on a verb, and for "for" on a visit verb ("flew to Ankara for
        talks"): not "called for talks", "pressed for talks", which ask for what has not happened."""
        verb = preposition.head
        if preposition.dep_ != "prep" or verb.pos_ not in VERB_POS or verb.i == preposition.i:
            return False
        if preposition.lower_ in {"after", "following"}:
            return True
        return preposition.lower_ == "for" and any(
            relation.id in self.place_relations and (relation.goldstein or 0) > 0
            for relation, _ in self.verb_index.get(verb.lemma_.lower(), ()))

    def _supported_party(self, governor: Token, ctx: _Context) -> list[Mention]:
        """The object of the cooperative cue ``governor`` ("support for X", "helped X").

        Only cooperative relations (positive Goldstein weight) pass their object on: in
        "killed soldiers in an attack" the soldiers are not the attackers. Nor do relations to places
        ("visited Warsaw during the war against Ukraine" does not make Poland a party to the war) or
        standing ones ("Turkey joined the US in condemning Russia": both condemn).
        """
        lemma = governor.lemma_.lower()
        index = self.verb_index if governor.pos_ in VERB_POS else self.noun_index
        matches = _match_verb_cue if governor.pos_ in VERB_POS else _match_noun_cue
        if not any((relation.goldstein or 0) > 0 and relation.id not in self.place_relations
                   and relation.layer == "event" and matches(governor, cue) not in (None, False)
                   for relation, cue in index.get(lemma, ())):
            if governor.pos_ in VERB_POS:  # "reiterates [support for Iraq] in the fight": the object noun
                for obj in governor.children:
                    if obj.dep_ == "dobj" and obj.pos_ in NOUN_POS and (found := self._supported_party(obj, ctx)):
                        return found
            return []
        if governor.pos_ in VERB_POS and lemma in self.verb_index:
            if _is_passive(governor):
                return ctx.actors_of_all(c for c in governor.children if c.dep_ == "nsubjpass")
            return ctx.actors_of_all(c for c in governor.children if c.dep_ in {"dobj", "dative"})
        if governor.pos_ in NOUN_POS and lemma in self.noun_index:
            prepositions = {p for relation, _ in self.noun_index[lemma] for p in relation.object_prepositions}
            return ctx.actors_of_all(_prep_objects([governor], prepositions))
        return []

    def _names_no_other_body(self, phrase: Span, ctx: _Context) -> bool:
        """Whether the words before a name hold a title of a state only: no company or other body
        ("Apple spokesman", "US Treasury Under-Secretary"), no past or shadow office ("former minister",
        "shadow home secretary"); a department ("Justice Minister", "Foreign Ministry spokeswoman") is fine."""
        for token in phrase:
            organ = any(self._unowned_organ(m, ctx.doc) for m in ctx.actors_at(token)) or self._in_title_phrase(token)
            if token.lower_ in NOT_SERVING or (not organ and (
                    ctx.actors_at(token) or (token.ent_type_ and not names_a_department(token, self.title_heads)))):
                return False
        return True

    def _in_title_phrase(self, token: Token) -> bool:
        """Whether ``token`` is a word of a title phrase the gazetteer knows: "State" in "Deputy Secretary of
        State Kurt Campbell" is no body of its own."""
        return in_title_phrase(token.doc, token.i, token.i + 1, self.gazetteer.titles)

    def _ends_a_name(self, mention: Mention, ctx: _Context) -> bool:
        """True if a country closes a longer name the NER split: "Reform UK leader Nigel Farage" leads a
        party, not the United Kingdom. The word before is a capitalised noun that is no actor and no
        word of a title ("Deputy", "Foreign"). So too a body the gazetteer lacks, after a capitalised
        adjective: "National Security Council spokesman" names no "Security Council"."""
        if mention.type == "Country":
            parts = {"NOUN", "PROPN"}
        elif not mention.known:
            parts = {"NOUN", "PROPN", "ADJ"}
        else:
            return False
        if mention.start == 0:
            return False
        before = ctx.doc[mention.start - 1]
        return (before.is_title and before.pos_ in parts and before.dep_ in {"compound", "nmod", "amod"}
                and not ctx.actors_at(before) and before.lemma_.lower() not in self.title_words)

    def _titles_next_name(self, word: Token, ctx: _Context) -> bool:
        """Whether ``word`` is the head of a title with a person's name right after it ("President" in
        "Tajik President Emomali Rahmon"), not a word of a longer title ("Chief" of "Chief Minister")."""
        doc = word.doc
        return word.lower_ in self.title_heads and word.i + 1 < len(doc) and any(
            m.type == "Person" and m.start == word.i + 1 for m in ctx.actors_at(doc[word.i + 1]))

    def _unowned_organ(self, mention: Mention, doc: Doc) -> bool:
        """A name the gazetteer lacks for a state's organ, with no state in it: "Foreign Ministry" in
        "Foreign Ministry spokeswoman Maria Zakharova" is no organisation of its own."""
        organs = self.lone_organ_nouns if mention.end - mention.start == 1 else self.organ_nouns
        return not mention.known and mention.type != "Person" and doc[mention.end - 1].lemma_.lower() in organs

    def _title_hits(self, title: Token, relation: RelationType, cue: tuple[str, ...],
                    ctx: _Context) -> Iterator[RelationHit]:
        """'Chinese President Xi Jinping', 'the Russian leader' (resolved to a person)."""
        persons = [m for m in ctx.actors_at(title) if m.type == "Person"]
        rule = "role-noun"
        if not persons and title.dep_ in {"compound", "appos", "nmod"}:
            persons = [m for m in ctx.actors_at(title.head) if m.type == "Person"]
            rule = "title"
        if not persons:  # "Xi Jinping, China's president": the title in apposition
            persons = [m for c in title.children if c.dep_ == "appos" for m in ctx.actors_at(c) if m.type == "Person"]
            rule = "title"
        if not persons and title.tag_ == "NN":
            # "the U.S. ambassador to Malaysia, Edgard Kagan, and China's ambassador": an apposition the
            # parser made a conjunct (a comma before the name, no "and").
            doc = title.doc
            persons = [m for c in title.children if c.dep_ == "conj" and c.i > title.i
                       and any(t.text == "," for t in doc[title.i + 1:c.left_edge.i])
                       and not any(t.dep_ == "cc" for t in doc[title.i + 1:c.left_edge.i])
                       for m in ctx.actors_at(c) if m.type == "Person"]
        if not persons:  # "Pakistan's envoy for Afghanistan, Mohammad Sadiq": hung on the title's phrase
            persons = [m for pobj in _prep_objects([title], ("for", "of", "to")) for c in pobj.children
                       if c.dep_ == "appos" for m in ctx.actors_at(c) if m.type == "Person"]
        if not persons and title.tag_ == "NN" and title.i + 2 < len(title.doc) and title.nbor(1).text == ",":
            # "his Chinese counterpart, Qin Gang, signed": an apposition the parser hung elsewhere; the name
            # between commas right after the title.
            doc = title.doc
            persons = [m for m in ctx.actors_at(doc[title.i + 2]) if m.type == "Person" and m.start == title.i + 2
                       and (m.end == len(doc) or doc[m.end].is_punct)]
            rule = "title"
        if title.tag_ in {"NN", "NNP"} and title.i + 1 < len(title.doc):
            # "Marcos, Kishida and U.S. President Joe Biden held ...", "accompanied by Environment Minister
            # Steffi Lemke, Agriculture Minister Cem Ozdemir and ...": a name right after the title is its
            # holder, wherever the parser hung the two; unless it runs on into the name the title
            # modifies ("president Nursultan Abish-uly Nazarbayev").
            # "Prime Minister and Foreign Minister Sheikh Mohammed": one holds both, named after the second.
            second = next((c for c in title.children if c.dep_ == "conj" and c.lemma_.lower() in self.title_words
                           and title.nbor(1).dep_ == "cc" and not any(d.lower_ == "the" for d in title.children)
                           and all(
                               t.dep_ in MODIFIER_DEPS for t in title.doc[title.i + 2:c.i])), None)
            following = (second if second is not None and second.i + 1 < len(title.doc) else title).i + 1
            if following + 1 < len(title.doc) and title.doc[following].lower_.rstrip(".") in HONORIFICS \
                    and not ctx.actors_at(title.doc[following]):
                # "Foreign Minister Sheikh Mohammed bin Abdulrahman", "Army spokesman Colonel Amadou Abdramane":
                # the name after the form of address.
                following += 1
            next_to = [m for m in ctx.actors_at(title.doc[following])
                       if m.type == "Person" and m.start == following]
            if next_to and not (persons and persons[0].start >= next_to[0].end and not any(
                    t.text in {",", ";"} or t.dep_ == "cc" for t in title.doc[next_to[0].end:persons[0].start])):
                persons, rule = next_to, "title"
        # NER noise: "Navy Capt"; not the title itself standing for the name in apposition ("Peru's president,
        # Dina Boluarte,").
        persons = [m for m in persons if m.known or m.method == "apposition" or not ctx.has_title_word(m)]
        # "Israeli ministers Itamar Ben-Gvir and Bezalel Smotrich": the one country the modifiers name.
        shared = [m for m in ctx.actors_of_all(c for c in title.children if c.dep_ in {"amod", "compound", "poss"})
                  if m.type == "Country"] if title.tag_ in {"NNS", "NNPS"} else []
        named = [m for m in ctx.actors_of_all(c for c in title.children if c.dep_ in {"appos", "conj"})
                 if m.type == "Person" and (m.known or len(shared) == 1)] if title.tag_ in {"NNS", "NNPS"} else []
        if len(named) < 2 and title.tag_ in {"NNS", "NNPS"}:
            # "talks with their leaders, Colonel Assimi Goita and Captain Ibrahim Traore": the parser may
            # hang the names anywhere; they follow the title.
            named = list({m.actor_id: m for m in [*named, *ctx.names_listed_after(title)]
                          if m.type == "Person" and (m.known or len(shared) == 1)}.values())
        if named:
            # "the two foreign ministers, Ararat Mirzoyan and Jeyhun Bayramov": each named person holds
            # the office in the country the gazetteer gives them (the modifiers are shared), else in the one
            # country the modifiers name. The parser often makes the names conjuncts of the title rather than
            # its apposition.
            for member in named:
                organisations = ctx.role_organisations(member, title)[:1] or (shared if len(shared) == 1 else [])
                yield from self._emit(relation, [member], organisations, title, "title-gazetteer", ctx)
            return
        if not persons:
            return
        cue_words = set(cue[:-1])
        # "Kenyan opposition leader Raila Odinga", "Haitian gang leader": no office of the state (a party's
        # may be one: "UK Independence Party leader Roger Knapman").
        non_state = self.ontology.non_state_modified(title.lemma_.lower(), (
            c.lemma_.lower() for c in title.children if c.dep_ in {"amod", "compound"}))
        # Not the title of another person named right after it: "Tajik President Emomali Rahmon and Turkmen
        # President Serdar Berdimuhamedov", parsed with the first "President" a compound of the second.
        title_words = [c for c in title.children if c.dep_ in MODIFIER_DEPS and not self._titles_next_name(c, ctx)]
        modifiers = [c for c in title_words if c.lemma_.lower() not in cue_words]
        # "Kazakh Deputy Prime Minister": the parser may hang the country on a word of the title.
        # ("White House National Security Council spokesman": past a body the NER split from its name; "Lebanese
        # Parliament Speaker": past a word of the cue.)
        modifiers += [g for c in title_words if c.lemma_.lower() in cue_words
                      or all(self._ends_a_name(m, ctx) for m in ctx.actors_at(c))
                      for g in c.children if g.dep_ in MODIFIER_DEPS and g.i < c.i]
        # "Fiji's Prime Minister Sitiveni Rabuka and New Zealand Prime Minister Chris Hipkins", parsed with "Fiji"
        # the possessor of the second title: a modifier before another person's name, listed before this
        # title, is that person's.
        modifiers = [c for c in modifiers if not any(
            m.type == "Person" and m.end <= title.i
            and any(w.lower_ in {"and", ",", "or"} for w in ctx.doc[m.end:title.i])
            for t in ctx.doc[c.i + 1:title.i] for m in ctx.actors_at(t))]
        # "leader of Portugal's Chega party": a party is no office of the state that owns it.
        of_objects = [t for t in _prep_objects([title], ("of", "at"))
                      if ctx.actors_at(t) or t.lemma_.lower() not in self.ontology.non_state_nouns]
        # "leader of the liberal Progressive Slovakia party": the party's name before the noun.
        of_objects += [c for t in _prep_objects([title], ("of",)) if t.lemma_.lower() in self.ontology.non_state_nouns
                       and not ctx.actors_at(t) for c in t.children if c.dep_ == "compound"
                       and any(m.type == "Organization" for m in ctx.actors_at(c))]
        # Unknown one-word "organisations" in titles are departments ("Defense Secretary"), not actors; but
        # a leader's are parties or groups ("Vox leader Santiago Abascal", "PUK leader Bafel Talabani").
        party_leader = self.leader_relation is not None and relation.id == self.leader_relation.id and (
            title.lemma_.lower() == "leader")
        organisations = [m for m in ctx.actors_of_all(modifiers + of_objects)
                         if m.type != "Person" and ctx.ontology.is_a(m.type, "Actor")
                         and (m.known or m.end - m.start > 1 or party_leader and m.end == title.i)]
        # "the secretary of Iran's Supreme National Security Council": a body the gazetteer lacks, owned by
        # a state it knows, is an organ of that state.
        organisations = [next((o for c in ctx.doc[m.end - 1].children if c.dep_ in {"poss", "amod"}
                               for o in ctx.actors_at(c) if o.known and o.type == "Country"), m)
                         if not m.known else m for m in organisations]
        organisations = [m for m in organisations if not self._unowned_organ(m, ctx.doc)
                         and not self._ends_a_name(m, ctx)]
        before = title.doc[title.i - 2:title.i]
        if not organisations and len(before) == 2 and before[1].is_title and not ctx.actors_at(before[1]):
            # "ECOWAS Commission President Omar Touray", "African Union Commission Chairperson Moussa Faki":
            # the office of an organisation's organ (a name the parser breaks up) is the organisation's.
            organisations = [m for m in ctx.actors_at(before[0])
                             if m.known and ctx.ontology.is_a(m.type, "Organization")]
        if not organisations and title.i < persons[0].start:
            # "Cook Islands Prime Minister Mark Brown": a country right before the title, wherever the
            # parser hung it.
            start = min([title.i, *(c.left_edge.i for c in title.children
                                    if c.dep_ in MODIFIER_DEPS and c.i < title.i)])
            organisations = [m for m in ctx.actors_at(title.doc[start - 1]) if start > 0 and m.end == start
                             and m.known and m.type == "Country"]
        if not organisations:
            # "Trump's senior adviser Massad Boulos", "her spokesman Steffen Seibert": the aide of a person in
            # office acts for the state that person holds office in.
            # Not "her counterpart Wang Yi" (kgo:counterpartNoun): the other side's.
            # "an adviser to Tinubu", "senior adviser to U.S. President Donald Trump on Africa": so does one "to"
            # a person (an envoy is sent to a country or body).
            principals = [m for c in (*(c for c in title.children if c.dep_ == "poss"), *_prep_objects([title], ("to",)))
                          for m in ctx.actors_at(c)
                          if m.type == "Person" and m.actor_id != persons[0].actor_id
                          and title.lemma_.lower() not in self.ontology.counterpart_nouns]
            organisations = [country for m in principals[:1] for country in ctx.role_organisations(m, None)[:1]]
        if not organisations:
            organisations = ctx.role_organisations(persons[0], title)
            rule = "title-gazetteer" if rule == "title" else rule
        if not organisations and ctx.date is not None and (
                self.leader_relation is None or relation.id != self.leader_relation.id
                or persons[0].end - persons[0].start > 1):
            # "Foreign Minister Mohammad Javad Zarif" in a 2021 article, when the gazetteer's roles for
            # him end in 2015: an office holder stays their country's official. Leaders change, so a
            # leader's past office needs the full name ("the overthrow of President Mohamed Mursi" in
            # 2024), not a surname another may share. Undated texts keep to incumbents.
            organisations = ctx.role_organisations(persons[0], title, any_date=True)
            rule = "title-gazetteer" if rule == "title" else rule
        name = ctx.doc[persons[0].end - 1]
        if not organisations:
            # "a Russian delegation led by Deputy Defence Minister Yunus-Bek Yevkurov": the office is in the
            # state whose delegation or forces the person leads.
            organisations = ctx.led_body_countries(name)
            rule = "title" if organisations and rule == "title-gazetteer" else rule
        first = (name.head if name.dep_ == "conj" and name.head.i < name.i and title.i < name.i
                 else title.head if title.dep_ == "conj" and title.head.i < title.i else None)
        if not organisations and first is not None:
            # "Japanese Foreign Minister Yoko Kamikawa and Defence Minister Minoru Kihara": the country
            # before the first of two titled names is the second's too; else ("Japan's then Foreign Minister
            # Yoko Kamikawa and Defence Minister Minoru Kihara", the second title a conjunct of the first name)
            # the one country the first named serves.
            organisations = [m for t in ctx.doc[first.left_edge.i:first.i] for m in ctx.actors_at(t)
                             if m.known and m.type == "Country"][:1]
            if not organisations and any(t.lower_ in self.title_heads for t in ctx.doc[first.left_edge.i:first.i]):
                served = [country for m in ctx.actors_at(first) if m.type == "Person" for country in ctx._nation_of(m)]
                organisations = served if len(served) == 1 else []
            rule = "title" if organisations and rule == "title-gazetteer" else rule
        # The words before the name that name its office: "Agriculture Minister" in "..., Agriculture
        # Minister Cem Ozdemir and Transport Minister Volker Wissing", however the list is parsed.
        start = name.left_edge.i
        if persons[0].start == title.i + 1:
            start = title.i
            while start > title.sent.start and (word := ctx.doc[start - 1]).dep_ in MODIFIER_DEPS | {"det", "case"} \
                    and any(a.i in range(title.i, persons[0].end) for a in word.ancestors) \
                    and not any(m.type == "Person" for m in ctx.actors_at(word)):
                start -= 1
        phrase = ctx.doc[start:persons[0].start]
        if (not organisations and not persons[0].known and not non_state and cue not in relation.body_titles
                and cue not in relation.envoy_titles
                and title.i in {t.i for t in phrase}  # the title opens the name, not an apposition
                and (self.leader_relation is None or relation.id != self.leader_relation.id)
                and self._names_no_other_body(phrase, ctx)):
            # "Mali went further ... Foreign Minister Abdoulaye Diop said Bamako would ...": an office
            # with no country named, held by someone the gazetteer lacks, is in the country the
            # sentence before is about.
            organisations = ctx.context_country(name)
            rule = "title-context"
        if non_state:
            organisations = [o for o in organisations if o.type != "Country"]
        if cue in relation.body_titles:
            # "British director Mike Leigh": a demonym before a body's title is a nationality ("Chairman Kim
            # Jong Un", whom the gazetteer knows as North Korea's leader, still leads it).
            # Not through a body's noun: "Kyrgyz Cabinet Chairman Akylbek Japarov" heads the Kyrgyz cabinet.
            direct = {c.i for c in title.children}
            organisations = [o for o in organisations
                             if not (o.type == "Country" and o.method == "demonym" and o.end - 1 in direct)]
        if cue in relation.body_titles and organisations and organisations[0].method == "seat" \
                and organisations[0].type == "Country" and self.official_relation is not None:
            # "CIA Director William Burns": the head of a body that stands for its state (seats.tsv) serves the
            # state; he does not lead it.
            relation = self.official_relation
        if (cue == ("leader",) and organisations and ctx.ontology.is_a(organisations[0].type, "InternationalOrganization")
                and any(ctx.leads(persons[0], country) for country in ctx.role_organisations(persons[0], None))):
            # "Orban, the EU leader closest to Moscow": a leader among the body's member states, not its own.
            return
        # _emit makes the office leader-of when the gazetteer knows the person leads the state then.
        yield from self._emit(relation, persons[:1], organisations[:1], title, rule, ctx)

    # -- claims answered --------------------------------------------------------------
    def _rejected_claim_hits(self, claims: Sequence[Token], ctx: _Context) -> Iterator[RelationHit]:
        """"France accused Azerbaijan of interfering, a charge Baku rejected": the claim an apposition
        names is the clause's, and its denier answers the clause's subject. So too when the parser makes the
        claim the denying verb's object and the claim's clause its fronted complement ("India has accused
        Chinese ships of spying, a charge Beijing denies"). A claim with an owner is the cue's own case.
        ``claims``: the sentence's tokens whose lemma is a claim noun of the ontology."""
        for claim in claims:
            verbs = self.claim_rejections.get(claim.lemma_.lower())
            if not verbs or claim.tag_ != "NN" or any(c.dep_ == "poss" for c in claim.children):
                continue
            denier = next((c for c in claim.children if c.dep_ == "relcl" and c.lemma_.lower() in verbs), None)
            clause = None
            if denier is not None and claim.dep_ in {"appos", "npadvmod"}:  # the parser reads either
                clause = next((t for t in claim.ancestors if t.pos_ in VERB_POS
                               and any(c.dep_ in SUBJECT_DEPS for c in t.children)), None)
            elif claim.dep_ == "dobj" and claim.head.lemma_.lower() in verbs:
                denier = claim.head
                clause = next((c for c in denier.children if c.dep_ == "ccomp" and c.i < claim.i), None)
            if denier is None:
                yield from self._rejected_claim_by_words(claim, verbs, ctx)
                continue
            if clause is None:
                continue
            deniers = ctx.actors_of_all(c for c in denier.children if c.dep_ == "nsubj")
            accusers = ctx.actors_of_all(c for c in clause.children if c.dep_ in SUBJECT_DEPS)
            yield from self._emit(verbs[denier.lemma_.lower()], deniers, accusers, denier, "claim-rejected", ctx)

    def _rejected_claim_by_words(self, claim: Token, verbs: dict[str, RelationType],
                                 ctx: _Context) -> Iterator[RelationHit]:
        """", a charge Tallinn rejects" closing a clause, read from the words when the parser took the verb
        for a noun ("Moscow has accused Estonia of discriminating ..., a charge Tallinn rejects"): a comma,
        an article, the claim, an actor, an optional auxiliary and a form of a denying verb."""
        doc = claim.doc
        if claim.i < 2 or doc[claim.i - 1].lower_ not in {"a", "an", "the"} or doc[claim.i - 2].text != ",":
            return
        deniers = [m for m in ctx.actors_at(doc[claim.i + 1]) if m.start == claim.i + 1] \
            if claim.i + 1 < len(doc) else []
        if not deniers:
            return
        verb = deniers[0].end
        if verb + 1 < len(doc) and doc[verb].lower_ == "and":  # "a charge Moscow and Pyongyang deny"
            more = [m for m in ctx.actors_at(doc[verb + 1]) if m.start == verb + 1]
            if more:
                deniers, verb = [deniers[0], more[0]], more[0].end
        if verb < len(doc) and doc[verb].lemma_.lower() in ctx.ontology.agent_nouns:
            verb += 1  # "a charge Chinese officials have rejected"
        if verb < len(doc) and doc[verb].lower_ in {"has", "have", "had"}:
            verb += 1
        lemma = next((v for v in verbs if verb < len(doc) and doc[verb].lower_ in _verb_forms(v)), None)
        if lemma is None or (verb + 1 < len(doc) and not doc[verb + 1].is_punct):
            return
        # The claim's maker: the subject of the last verb making such a claim before the comma ("South
        # Africa's case accusing Israel of genocide, a charge Israel rejects").
        making = self.claim_verbs.get(claim.lemma_.lower(), frozenset())
        maker = next((t for t in reversed(doc[claim.sent.start:claim.i - 2])
                      if t.pos_ in VERB_POS and t.lemma_.lower() in making), None)
        if maker is None:
            return
        accusers, _ = self._verb_subjects(maker, ctx)
        # The misparse hangs the denial under the accusing verb; the denial itself is no allegation.
        modality, source = ctx.modality(doc[verb])
        yield from self._emit(verbs[lemma], deniers, accusers, doc[verb], "claim-rejected", ctx,
                              known_modality=("asserted" if modality == "alleged" else modality, source))

    # -- places -----------------------------------------------------------------------
    def _place_hits(self, sent: Span, ctx: _Context) -> Iterator[RelationHit]:
        for span in ctx.place_spans:
            if not (sent.start <= span.start < sent.end):
                continue
            place = self.gazetteer.get(span.id_)
            if place is None or place.country is None:
                continue
            country = self.gazetteer.get(place.country)
            if country is None:
                continue
            capital = self.gazetteer.country_of_capital(place.id)
            relation_id = self.capital_relation if capital is not None else self.located_relation
            if relation_id is None:
                continue
            subject = Mention(span.start, span.end, place.id, place.label, place.type, "gazetteer", 1.0, True,
                              place.wikidata)
            obj = Mention(-1, -1, country.id, country.label, country.type, "gazetteer", 1.0, True, country.wikidata)
            yield RelationHit(subject, relation_id, obj, sent.start, sent.end,
                              confidence=RULE_CONFIDENCE["gazetteer-place"], rule="gazetteer-place", cue=span.start)

    # -- shared -----------------------------------------------------------------------
    def _emit(self, relation: RelationType, subjects: list[Mention], objects: list[Mention], cue: Token,
              rule: str, ctx: _Context, stated: bool = False,
              known_modality: tuple[str, Mention | None] | None = None) -> Iterator[RelationHit]:
        """Hits for the subject-object pairs; ``stated``: the act is the statement itself (a demand
        made by refusing "until X acts"), affirmed and not in the modality of the refused act;
        ``known_modality``: (modality, source) when the caller knows it better than the cue's clause."""
        leader = self.leader_relation
        if (leader is not None and self.official_relation is not None and relation.id == self.official_relation.id
                and subjects and objects and all(ctx.leads(s, o) for s in subjects for o in objects)):
            # "his French counterpart Emmanuel Macron", "Orban was representing his own country": an office
            # title or verb for the state one is known to lead on the date is leadership.
            relation = leader
        if relation.layer == "standing" and relation.id not in self.title_relations:
            # States, not their leaders, are partners or allies: "Putin and Kim signed a partnership".
            subjects = [ctx.country_of(m) or m for m in subjects]
            objects = [ctx.country_of(m) or m for m in objects]
        if relation.infringed_nouns:
            # "condemned a violation of the sovereignty of Qatar": the owner of what a wrong infringes is its
            # victim (kgo:infringedNoun).
            objects = [m for m in objects if not _owns(ctx.doc, m, relation.infringed_nouns)]
        pairs: list[tuple[Mention, Mention]]
        if objects:
            pairs = [(s, o) for s in subjects for o in objects]
            if relation.joint_act and 2 <= len(subjects) <= MAX_PARTICIPANTS \
                    and cue.lemma_.lower() not in self.host_index:
                # "Ghana and Togo signed a deal with Benin": the co-signers are parties to each other too,
                # unless they sign for the same state ("Japan's foreign and defence ministers signed ... with");
                # co-hosts are not ("Russia and Iran have hosted several rounds of talks between ...").
                pairs += [(s, o) for k, s in enumerate(subjects) for o in subjects[k + 1:]
                          if not ctx.same_side(s, o) and not _one_region(s, o)]
        elif relation.symmetric and len(subjects) >= 2:
            if not self._cooperative(relation) and any(
                    c.lower_ in TOGETHER_WORDS or c.dep_ == "prep" and c.lower_ in relation.object_prepositions
                    and not _is_time_phrase(c) and any(g.dep_ == "pobj" for g in c.children) for c in cue.children):
                # "Britain and France fought side by side": together, not against each other ("worked
                # together" is cooperation with each other); "their fight against insurgents": against others
                # the gazetteer does not know.
                return
            if len(subjects) > MAX_PARTICIPANTS:
                return  # a list of names (a team sheet, a guest list) is no party to one meeting or war
            if cue.lemma_.lower() in self.host_index:
                return  # co-hosts of others' talks: "Iraq and Oman hosted rounds of dialogue between the two sides"
            pairs = [(s, o) for k, s in enumerate(subjects) for o in subjects[k + 1:] if not _one_region(s, o)]
        else:
            return
        negated = (ctx.negated(cue) or rule == "noun-refused") and not stated
        if relation.id in self.title_relations:
            # A title is the narrator's description ("the North Korean leader added"), not the speech.
            modality, attributed = "asserted", None
        elif known_modality is not None:
            modality, attributed = known_modality
        else:
            modality, attributed = ctx.modality(cue)
            if stated and modality not in {"reported", "alleged"}:
                modality = "asserted"
        base = RULE_CONFIDENCE.get(rule, 0.7)
        for subject, obj in pairs:
            if relation.capital_metonymy:
                obj = ctx.capital_as_country(obj)  # "fired shells at Seoul": South Korea is attacked
            if not ctx.fits(relation, subject, obj):
                # "asked Tehran and Damascus to...": a capital that cannot be a place here is its country.
                subject, obj = ctx.capital_as_country(subject, seat=True), ctx.capital_as_country(obj, seat=True)
            if subject.actor_id == obj.actor_id or not ctx.fits(relation, subject, obj):
                continue
            if (relation.layer == "event" and (relation.goldstein or 0) >= 0
                    and (obj.type == "Country" and ctx.serves(subject, obj)
                         or subject.type == "Country" and ctx.serves(obj, subject))):
                # "Blinken met U.S. military officials": an actor dealing with its own state. Hostile
                # acts stay: states do sanction, charge and arrest their own former leaders. A leader may
                # call on the body he leads ("Ocalan called on the PKK to disarm").
                continue
            if (relation.layer == "event" and relation.hostile and subject.type == "Person"
                    and ctx.in_office_in(subject, obj)):
                # "what Maduro described as an aggression against his country": one in office acts for the
                # state, not against it (its own former leaders it may still charge).
                continue
            confidence = round(base * min(subject.confidence, obj.confidence)
                               * MODALITY_CONFIDENCE.get(modality, 1.0), 3)
            stated = relation
            if subject.type == "Person" and obj.type == "Person" and cue.lemma_.lower() in self.between_people:
                stated = self.between_people[cue.lemma_.lower()]
            yield RelationHit(subject, stated.id, obj, ctx.sent.start, ctx.sent.end, negated, modality,
                              attributed, confidence, f"{rule}:{cue.lemma_.lower()}", cue.i)

    def _to_dict(self, hit: RelationHit, doc: Doc) -> dict:
        article = doc._.kg_article or {}
        start, end, sentence = _sentence_text(doc[hit.sent_start:hit.sent_end])
        return {
            "doc": article.get("id", ""),
            "subject": hit.subject.label,
            "subject_id": hit.subject.actor_id,
            "subject_type": hit.subject.type,
            "relation": hit.relation,
            "object": hit.object.label,
            "object_id": hit.object.actor_id,
            "object_type": hit.object.type,
            "sentence": sentence,
            "start_char": start,
            "end_char": end,
            "negated": hit.negated,
            "modality": hit.modality,
            "attributed_to": hit.attributed_to.label if hit.attributed_to else None,
            "confidence": hit.confidence,
            "date": article.get("date"),
            "rule": hit.rule,
        }


class _Context:
    """Per-document helpers over the resolver's output."""

    def __init__(self, doc: Doc, extractor: RelationExtractor) -> None:
        self.doc = doc
        self.extractor = extractor
        self.ontology = extractor.ontology
        self.gazetteer = extractor.gazetteer
        self.token_actors: dict[int, tuple[Mention, ...]] = doc._.kg_token_actors or {}
        self.speakers: dict[int, Mention] = doc._.kg_speakers or {}
        self.date = parse_date((doc._.kg_article or {}).get("date"))
        self.sent: Span = doc[0:0]
        self.resolved_spans = {(m.start, m.end) for m in doc._.kg_mentions or ()}
        # Gazetteer cities and regions resolved as a whole: not "Shanghai" in "Shanghai Cooperation Organization".
        self.place_spans = [span for span in doc.spans.get(SPAN_KEY, []) if span.label_ in {"City", "Region"}
                            and (span.start, span.end) in self.resolved_spans]
        self.hits: list[RelationHit] = []  # found so far, in document order of sentences
        # (person, organisation) offices the hits so far state, read up to hit number ``_offices_read``.
        self._offices: set[tuple[str, str]] = set()
        self._offices_read = 0
        # The lemmas of the sentence (start, end) ``_lemmas_of`` (lower case), for :meth:`match_verb_cue`.
        self._lemmas_of: tuple[int, int] = (-1, -1)
        self._sent_lemmas: set[str] = set()
        names = [*doc.ents, *doc.spans.get(SPAN_KEY, [])]
        # Titles inside a person's name ("King Salman", "Crown Prince Mohammed bin Salman" as one
        # entity) are still title cues: the first word of a person mention, and words of the entity
        # before the mention.
        persons = [m for m in doc._.kg_mentions or () if m.type == "Person" and m.start >= 0]
        self.title_prefixes = {m.start for m in persons if doc[m.start].lemma_.lower() in extractor.title_lemmas}
        for ent in doc.ents:
            for m in persons:
                # Also an entity of titles and forms of address right before the name ("Emir Sheikh" in
                # "Qatar's Emir Sheikh Tamim bin Hamad Al Thani").
                if ent.start < m.start < ent.end or (ent.end == m.start and all(
                        t.lower_ in HONORIFICS or t.lemma_.lower() in extractor.title_lemmas for t in ent)):
                    self.title_prefixes.update(range(ent.start, m.start))
        self.name_tokens = {i for span in names if span.label_ not in NON_NAME_LABELS
                            and not self._names_a_pair(span)
                            for i in range(span.start, span.end) if span.end - span.start > 1}

    def match_verb_cue(self, verb: Token, cue: tuple[str, ...]) -> list[Token] | None:
        """:func:`_match_verb_cue` with the ontology's naming verbs, after a cheap test: None at once when a
        word the cue needs besides its verb is nowhere in the verb's sentence (a set lookup instead of
        gathering the verb's dependents for each of its lemma's cues, the extractor's costliest step)."""
        if len(cue) > 1 and self.sent.start <= verb.i < self.sent.end:
            if self._lemmas_of != (self.sent.start, self.sent.end):
                self._lemmas_of = (self.sent.start, self.sent.end)
                self._sent_lemmas = {t.lemma_.lower() for t in self.sent}
            if not all(lemma in self._sent_lemmas for lemma in cue[1:]):
                return None
        return _match_verb_cue(verb, cue, self.ontology.naming_verbs)

    def _names_a_pair(self, span: Span) -> bool:
        """'the Iran-Iraq War' names its two sides: its head noun still counts as a cue."""
        if span.label_ != "EVENT":
            return False
        actors = {m.actor_id for t in span for m in self.token_actors.get(t.i, ()) if m.type != "Person"}
        return len(actors) >= 2

    def actors_at(self, token: Token) -> tuple[Mention, ...]:
        return self.token_actors.get(token.i, ())

    def actors_of(self, token: Token, owned: bool = True, people: bool = False) -> list[Mention]:
        """Actors a syntactic argument denotes: itself, or the owner in "X's policy".

        ``owned=False`` leaves out the owners a modifier names ("received US patents"
        meets nobody): the parties of a symmetric relation are actors themselves.
        ``people=True`` lets a demonym name the country of non-state people too
        ("freed 30 Palestinian prisoners", for relations with kgo:peopleObject).
        """
        found = self.actors_at(token)
        if not found and token.lemma_.lower() in self.ontology.relative_nouns:
            return []  # "granted asylum to Castillo's wife": a relative acts and is acted on for no one
        if not found and self.extractor._titles_next_name(token, self):
            # "Starmer and Polish Prime Minister Donald Tusk arrived", with "Minister" the conjunct and the name
            # hung elsewhere: the title stands for the person it names, not for its demonym's country.
            return [m for m in self.actors_at(token.nbor(1)) if m.type == "Person"]
        if found:
            if all(m.method == "demonym" for m in found):
                # "met his Pakistani counterpart, Ishaq Dar": the person named, not the country.
                persons = [m for c in token.children if c.dep_ == "appos" for m in self.actors_at(c)
                           if m.type == "Person"]
                if persons:
                    return persons
            return list(found)
        # "representing his own country, not the alliance": the apposition the noun is contrasted with is
        # what it is not.
        contrasted = any(c.dep_ == "neg" for c in token.children)
        for child in token.children:  # "his predecessor Jair Bolsonaro", "the militant group al-Shabaab"
            if child.dep_ == "appos" and not contrasted and self.actors_at(child):
                # "the security chiefs, Kamchybek Tashiev and Saimumin Yatimov": every person listed
                return self.actors_of_all([child], owned, people)
        if owned or token.pos_ != "NOUN" or token.lemma_.lower() in self.extractor.party_nouns:
            # A party of a symmetric act is an actor, acts for one ("met Russia's envoy") or is its act
            # ("meet the four states' demands"), not what an actor owns: "Ethiopia hosts the bloc's
            # headquarters" meets no one.
            for child in token.children:
                if child.dep_ == "poss" and self.actors_at(child):
                    if self.ontology.group_nouns.get(token.lemma_.lower()) == "country" and (
                            token.lemma_.lower() not in self.ontology.leader_body_nouns):
                        # "his country", "Sharif, whose country fought India": the state the person serves
                        # ("Kim's regime", "Blair's government" stay the leader's, as the press means them).
                        states = [state for m in self.actors_at(child)
                                  for state in (self._nation_of(m) if m.type == "Person" else [m])]
                        if states:
                            return states
                    return list(self.actors_at(child))
        if token.pos_ not in NOUN_POS:
            return []
        # "shelled Iranian positions", "condemned the ISIL attack", "rejected an offer from
        # Afghanistan", "calls by Kofi Annan": an argument that is not an actor stands for the
        # actor that owns or issues it (a known state or organisation, not a person: "the Putin era").
        non_state = self.ontology.non_state_nouns
        # Not "the Syrian opposition": non-state people are no state's, but "the Hezbollah militant
        # group" is Hezbollah's.
        states_excluded = not people and (token.lemma_.lower() in non_state or self.ontology.non_state_modified(
            token.lemma_.lower(), (c.lemma_.lower() for c in token.children if c.dep_ in {"amod", "compound"})))
        # A name the gazetteer lacks is no state's body unless it is an agent noun: "the Centre of Indian Trade
        # Unions" and "Turkish Airlines" are not India's or Turkey's, "the Russian Defence Ministry" is Russia's
        # (an organisation's organ stays its own: "the African Union Commission").
        unknown_name = token.pos_ == "PROPN" and token.lemma_.lower() not in self.extractor.party_nouns
        if owned:
            # "vetoed a U.S.-drafted U.N. Security Council resolution": the author (kgo:authorVerb) owns what
            # it put forward, before any body the noun names as its venue ("Iran-backed militias" are no Iran's).
            authors = [m for child in token.children if child.dep_ in {"amod", "compound", "nmod"}
                       for t in child.subtree if t.tag_ == "VBN" and t.lemma_.lower() in self.ontology.author_verbs
                       and t.i >= 2 and t.doc[t.i - 1].text == "-"
                       for m in self.actors_at(t.doc[t.i - 2]) if m.end == t.i - 1 and m.known and m.type != "Person"]
            if authors:
                return list({m.actor_id: m for m in authors}.values())
            for child in token.children:
                if child.dep_ in {"amod", "compound", "nmod"}:
                    # "the Iraqi and Turkish demands"; "a U.S. State Department call": one compound deeper.
                    modifiers = [child, *child.conjuncts, *(g for g in child.children if g.dep_ == "compound"
                                                            and child.dep_ == "compound")]
                    owners = [m for mod in modifiers for m in self.actors_at(mod)
                              if m.known and m.type != "Person" and self.ontology.is_a(m.type, "Actor")
                              and not ((states_excluded or unknown_name) and m.type == "Country")
                              and not describes_ties(token.doc, m.end)]
                    if owners:
                        return list({m.actor_id: m for m in owners}.values())
        # "war crimes committed by Russian forces": the agent of a participle is the owner too.
        participles = [c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"] if token.pos_ == "NOUN" else []
        # "a spokesman for the Pakistani army": whom a representative speaks for.
        owner_prepositions = OWNER_PREPOSITIONS | (
            {"for"} if token.lemma_.lower() in self.ontology.representative_nouns else set())
        # "the arrest of British journalists by Iran": the doer named by "by" owns the act, not its patient
        # ("parts of Yemen controlled by the Houthis" stay Yemen's: a participle's agent comes last).
        preps = [*sorted(token.children, key=lambda p: p.lower_ != "by"),
                 *(p for c in participles for p in c.children if p.dep_ == "agent")]
        for prep in preps:
            if prep.dep_ in {"prep", "agent"} and prep.lower_ in owner_prepositions:
                # "leaders from Saudi Arabia, Qatar and Oman": every listed owner
                owners = self.actors_of_all((pobj for pobj in prep.children if pobj.dep_ == "pobj"), owned)
                if owners:
                    return owners
        if token.lemma_.lower() in self.ontology.resident_nouns:
            # "prosecutors in Germany", "a court in Britain", "authorities in Moscow": a body sitting in a
            # country or its capital is the country's; "a police raid on its embassy in Quito": the place of
            # the act the body's noun modifies.
            where = _prep_objects([token], ("in",))
            if token.tag_ in {"NNS", "NNPS"}:  # "military juntas in Mali, Burkina Faso and Niger": each one's
                where = [t for pobj in where for t in (pobj, *pobj.conjuncts)]
            if not where and token.dep_ == "compound" and token.head.pos_ == "NOUN":
                where = [t for t in token.head.subtree if t.dep_ == "pobj" and t.head.lower_ == "in"][:1]
            owners = [country for pobj in where for m in self.actors_at(pobj)
                      for country in (self.capital_as_country(m),) if country.type == "Country"]
            if owners:
                return owners
        if token.tag_ in {"NNS", "NNPS"}:
            # "21 countries including Austria and Greece", "partners like Saudi Arabia": the named members.
            members = [pobj for prep in token.children if prep.dep_ == "prep" and _introduces_members(prep)
                       for pobj in prep.children if pobj.dep_ == "pobj"]
            return self.actors_of_all(members, owned)
        return []

    def conjoined_objects(self, verb: Token | None, subjects: Sequence[Mention]) -> list[Mention]:
        """The objects of the event acts the same subjects did with the verb this one is conjoined to."""
        if verb is None or verb.dep_ != "conj" or verb.head.pos_ not in VERB_POS:
            return []
        doers = {m.actor_id for m in subjects}
        found = {hit.object.actor_id: hit.object for hit in self.hits
                 if hit.cue == verb.head.i and hit.subject.actor_id in doers and not hit.negated
                 and self.ontology.relations[hit.relation].layer == "event"}
        return list(found.values())

    def led_body_countries(self, name: Token) -> list[Mention]:
        """The countries of the body a person leads: "a Russian delegation led by X", "X led the Russian
        delegation" (an agent noun of a country, named by its demonym or owner)."""
        relative = next((c for c in name.children if c.dep_ == "relcl" and any(
            g.dep_ == "nsubj" and g.lower_ in RELATIVE_PRONOUNS for g in c.children)), None)
        if name.dep_ == "pobj" and name.head.dep_ == "agent" and name.head.head.dep_ == "acl":
            led, bodies = name.head.head, [name.head.head.head]
        elif name.dep_ == "nsubj" or relative is not None:
            # "X led the Russian delegation", "X, who led the South African delegation"
            led = relative if relative is not None else name.head
            bodies = [c for c in led.children if c.dep_ == "dobj"]
        else:
            return []
        leader = self.extractor.leader_relation
        if leader is None or (led.lemma_.lower(),) not in leader.verb_cues:
            return []  # "led", "headed": the leader relation's own verbs
        return [m for b in bodies if b.lemma_.lower() in self.ontology.agent_nouns
                for m in self.actors_at(b) if m.type == "Country"]

    def context_country(self, name: Token) -> list[Mention]:
        """The country an office held by ``name`` is in when its title names none: the capital its
        sentence opens in ("In Moscow, Foreign Ministry spokeswoman Maria Zakharova said"), else the
        country of the one the person accompanies ("Scholz was accompanied by Environment Minister Steffi
        Lemke"), else the one the main clause of the sentence before has as subject (a country, its
        capital, an organ or official of it: "China responded cautiously. Foreign ministry spokeswoman
        Mao Ning said ..."), else the country a story is filed from (``home_country``). None when the
        sentence names another country first, when the person's own statement is for another country
        ("said Moscow welcomed" after a sentence about Armenia; "told reporters that Peru would defend
        its dignity" after a quote of Mexico's president), nor when the sentence before is about more
        than one country. A person who acts on that country or suffers its hostile act is none of its officials
        but, in a story filed from home, one of the home country's."""
        sent = name.sent
        # "In Moscow, Foreign Ministry spokeswoman Maria Zakharova said": the capital the sentence opens in.
        opening = [self.capital_as_country(m) for t in self.doc[sent.start:name.i]
                   if t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head.dep_ == "ROOT"
                   and name.dep_ == "nsubj" and name.head.i == t.head.head.i  # the person speaks or acts there
                   for m in self.actors_at(t) if m.type == "City"]
        opening = [m for m in opening if m.type == "Country"]
        if len(opening) == 1:
            return opening
        accompanied = self._accompanied_country(name) or self._listed_country(name) or self._appointer_country(name)
        if accompanied:
            return accompanied
        countries = self._subject_countries(self.doc[sent.start - 1].sent) if sent.start > 0 else {}
        if not countries and self.home_country is not None:
            # "TALLINN, May 23 - Estonia demanded ... Interior Minister Lauri Laanemets said": a story
            # filed from home names its own officials without their country.
            countries = {self.home_country.actor_id: self.home_country}
        # Nor when the sentence names another country, or someone of another country, before the title:
        # "Thailand may lose ..., according to tourism minister X", "Kamikawa held talks with Teodoro and
        # Foreign Secretary Enrique Manalo".
        own = {country.actor_id for t in self.doc[sent.start:name.i] for m in self.actors_at(t)
               for country in self._nation_of(m)}
        if len(countries) != 1 or own - set(countries):
            return []
        met = name.dep_ == "dobj" and name.head.pos_ in VERB_POS and any(
            relation.symmetric for relation, _ in self.extractor.verb_index.get(name.head.lemma_.lower(), ()))
        if met or name.dep_ == "pobj" and name.head.lower_ in {"with", "on", "against", "at"}:
            # "It put the blame squarely on Interior Minister Bruno Retailleau", "Farrell, who negotiated the
            # settlement with Commerce Minister Wang Wentao", "Lammy, who also met Vice President X": one the
            # context's country deals with or aims at is the other side's ("Arce swore in General Jose Wilson
            # Sanchez" appoints his own).
            verb = next((t for t in name.ancestors if t.pos_ in VERB_POS), None)
            while verb is not None and verb.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
                verb = verb.head  # "It called ... and put the blame on ...": the first conjunct's subject
            doers = [_relative_antecedent(verb, c) if c.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" else c
                     for c in (verb.children if verb is not None else ()) if c.dep_ in {"nsubj", "nsubjpass"}]
            if {country.actor_id for m in self.actors_of_all(doers, people=True)
                    for country in self._nation_of(m)} & set(countries):
                return []
        if self._across_from(name, set(countries)):
            # "VILNIUS - ... Belarus ... Foreign Minister Kestutis Budrys accused Minsk": then the story's home.
            home = self.home_country
            if home is not None and home.actor_id not in countries and not self._across_from(name, {home.actor_id}):
                return [home]
            return []
        said = name.head if name.dep_ == "nsubj" else None
        # ("said Russian border guards had escorted migrants" is about others' agents, not for their state.)
        spoken_for = {country.actor_id for clause in (said.children if said is not None else ())
                      if clause.dep_ == "ccomp" for c in clause.children if c.dep_ == "nsubj"
                      for m in self.actors_at(c) if m.method not in AGENT_NOUN_METHODS
                      for country in (self.capital_as_country(m),) if country.type == "Country"}
        if spoken_for - set(countries):
            return []
        return list(countries.values())

    def _across_from(self, name: Token, countries: AbstractSet[str]) -> bool:
        """Whether the titled ``name`` acts on one of ``countries`` (or deals with it) or suffers its hostile act,
        and so is no official of it: "Foreign Minister Kestutis Budrys accused Minsk" after a sentence about Belarus,
        "Israel would bar Deputy Prime Minister Yolanda Diaz" (a cue of a relation with a negative Goldstein
        weight; "Arce swore in General X" appoints his own)."""
        while name.dep_ == "conj" and name.head.i != name.i:
            name = name.head  # "bar Deputy Prime Minister X and Youth Minister Y"
        verb = name.head
        if verb.pos_ not in VERB_POS:
            return False

        def nations(tokens: Iterable[Token]) -> set[str]:
            return {country.actor_id for m in self.actors_of_all(tokens, people=True)
                    for country in self._nation_of(m)}
        if name.dep_ == "nsubj":
            aimed_at = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
            # "Foreign Minister X has held talks with Haftar in Benghazi": the partner of his talks.
            aimed_at += _prep_objects([verb, *aimed_at], ("with",))
            return bool(nations(aimed_at) & countries)
        if name.dep_ == "dobj":
            hostile = any(relation.hostile
                          for relation, _ in self.extractor.verb_index.get(verb.lemma_.lower(), ()))
            doers = [c for c in verb.children if c.dep_ == "nsubj"]
            return hostile and bool(nations(doers) & countries)
        return False

    def _subject_countries(self, sent: Span) -> dict[str, Mention]:
        """The countries the main clause of ``sent`` has as subject: a country, its capital, an organ or
        official of it ("China's foreign ministry said"), by actor id."""
        subjects = [c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not subjects and sent.root.pos_ in NOUN_POS and any(
                c.dep_ == "acl" and c.tag_ == "VBN" and c.i > sent.root.i for c in sent.root.children):
            # "Niger's junta, which seized power last July, announced ...": the parser made the subject the
            # root and its verb a participle.
            subjects = [sent.root]
        # "China's foreign ministry", "The office of President Cyril Ramaphosa": a body the owner speaks for.
        subjects += [g for c in subjects if not self.actors_at(c) for g in c.children if g.dep_ == "poss"]
        subjects += [g for c in subjects if not self.actors_at(c) for g in _prep_objects([c], ("of",))]
        if not any(self.actors_at(c) for c in subjects):
            # "Finland will close the crossing, the government said": what is said is about its subject.
            subjects = [g for c in sent.root.children if c.dep_ == "ccomp" and c.i < sent.root.i
                        for g in c.children if g.dep_ in {"nsubj", "nsubjpass"}]
        return {country.actor_id: country for c in subjects for m in self.actors_at(c)
                for country in self._nation_of(m)[:1]}

    def _listed_country(self, name: Token) -> list[Mention]:
        """The one country the other people listed with ``name`` serve: "pressing Aoun, Salam and Parliament
        Speaker Nabih Berri" (a list of one state's officials); none for a list of several states', nor for a
        pair ("met Wang Yi and Parliament Speaker X" may meet two states' officials)."""
        first = name
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        listed = [t for t in (first, *first.conjuncts) if t.i != name.i]
        people = [m for t in listed for m in self.actors_at(t) if m.type == "Person" and m.known]
        nations = [self._nation_of(m) for m in people]
        countries = {served[0].actor_id: served[0] for served in nations if served}
        return list(countries.values()) if len(people) >= 2 and len(countries) == 1 and all(nations) else []

    def _appointer_country(self, name: Token) -> list[Mention]:
        """The one country of the person who suspends, sacks or appoints the titled ``name`` (kept in
        PERSONNEL_VERBS): "Dbeibah suspended Foreign Minister Najla Mangoush", "Mangoush was suspended by
        Dbeibah"."""
        verb = name.head
        if verb.pos_ not in VERB_POS or verb.lemma_.lower() not in PERSONNEL_VERBS:
            return []
        if name.dep_ == "dobj":
            doers = [c for c in verb.children if c.dep_ == "nsubj"]
        elif name.dep_ == "nsubjpass":
            doers = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        else:
            return []
        return self._one_nation(doers)

    def _one_nation(self, tokens: Iterable[Token]) -> list[Mention]:
        """The one country the persons ``tokens`` stand for serve (each their first), or none if they serve
        several or none."""
        countries = {country.actor_id: country for c in tokens for m in self.actors_at(c) if m.type == "Person"
                     for country in self._nation_of(m)[:1]}
        return list(countries.values()) if len(countries) == 1 else []

    def _accompanied_country(self, name: Token) -> list[Mention]:
        """The one country of the person ``name`` (or the list it ends) accompanies: "Scholz was
        accompanied by Environment Minister Steffi Lemke, Agriculture Minister Cem Ozdemir and ..."."""
        # The parser often misreads a list of titled names; its words are enough: back over names,
        # titles, commas and "and" to the "by" it opens with.
        by = next((t for t in reversed(self.doc[name.sent.start:name.i])
                   if not (t.is_title or t.text == "," or t.lower_ == "and")), None)
        verb = by.head if by is not None and by.dep_ == "agent" else None
        principal = {"nsubjpass"}
        if verb is None and name.dep_ == "nsubj":
            verb, principal = name.head, {"dobj"}  # "Lemke accompanied Scholz"
        if verb is None or verb.lemma_ not in ACCOMPANYING_VERBS:
            return []
        return self._one_nation(c for c in verb.children if c.dep_ in principal)

    @cached_property
    def dateline_place(self) -> tuple[int, Mention] | None:
        """The lead sentence's start and the one city or country its dateline names ("GYEONGJU, South Korea,
        Oct 31 - ..."): where the lead's meeting took place when it names no place of its own. None without
        a dateline, or with two places ("BAMAKO/ALGIERS")."""
        if len(dateline_places(self.doc.text)) != 1:
            return None
        sentences = iter(self.doc.sents)
        dateline, lead = next(sentences, None), next(sentences, None)
        if dateline is None or lead is None:
            return None
        places = {m.actor_id: m for t in dateline for m in self.actors_at(t) if m.type in {"City", "Country"}}
        cities = [m for m in places.values() if m.type == "City"]
        place = cities[0] if len(cities) == 1 else next(iter(places.values())) if len(places) == 1 else None
        return (lead.start, place) if place is not None else None

    def lead_is_placeless(self, lead: Span, filed_from: Mention) -> bool:
        """Whether a lead names no place of its own ("in Tokyo", "into exile in Belarus"), nor the country it is
        filed from as a party ("SEOUL - Putin and Kim signed a treaty ..., alarming South Korea": a bureau's
        city), nor a call at a distance ("spoke by phone")."""
        home = self.gazetteer.get(filed_from.actor_id)
        country = (home.country or home.id) if home is not None and home.type == "City" else filed_from.actor_id
        for token in lead:
            if token.lower_ in REMOTE_WORDS:
                return False
            mentions = self.actors_at(token)
            if any(m.actor_id == country for m in mentions if m.type == "Country"):
                return False
            if token.dep_ == "pobj" and token.head.lower_ in {"in", "at"} and any(
                    m.type in {"City", "Country"} for m in mentions):
                return False
        return True

    @cached_property
    def home_country(self) -> Mention | None:
        """The country a story is filed from, when its lead is about it: the one place of its dateline is
        that country's capital, and the lead sentence's subject is the country, an organ or official of
        it ("TALLINN, May 23 - Estonia demanded ..."). None for a story filed from a visit ("BEIJING -
        German Chancellor Olaf Scholz ...") or from two places ("BAMAKO/ALGIERS")."""
        places = dateline_places(self.doc.text)
        city = self.gazetteer.lookup(places[0]) if len(places) == 1 else None
        country = self.gazetteer.country_of_capital(city.id) if city is not None and city.type == "City" else None
        lead = next((s for s in self.doc.sents if s.start > 0), None)  # the dateline is a sentence
        if country is None or lead is None or set(self._subject_countries(lead)) != {country.id}:
            return None
        return Mention(-1, -1, country.id, country.label, country.type, "metonym", 0.85, True, country.wikidata)

    def _nation_of(self, mention: Mention) -> list[Mention]:
        """The country a mention stands for: itself, the country of a capital, or the countries a person
        holds an office in, now, as the article has stated, or last when they hold none (nearest first)."""
        if mention.type != "Person":
            country = self.capital_as_country(mention)
            return [country] if country.type == "Country" else []
        serving = self.role_organisations(mention, None)
        found = {m.actor_id: m for m in serving if m.type == "Country"}
        for person, actor_id in sorted(self.stated_offices()):
            actor = self.gazetteer.get(actor_id) if person == mention.actor_id else None
            if actor is not None and actor.type == "Country":
                found.setdefault(actor_id, Mention(-1, -1, actor.id, actor.label, actor.type, "gazetteer",
                                                   mention.confidence, True, actor.wikidata))
        if not found and not serving:
            # A former office only for one who holds none now: the EU's Kaja Kallas no longer stands for
            # Estonia, whose government she led.
            found = {m.actor_id: m for m in self.role_organisations(mention, None, any_date=True)
                     if m.type == "Country"}
        return list(found.values())

    def names_listed_after(self, token: Token) -> list[Mention]:
        """The actors of a list of names after ``token`` and a comma: "their leaders, Colonel Assimi
        Goita and Captain Ibrahim Traore", or right after it when a person's name opens the list ("Israeli
        ministers Itamar Ben-Gvir and Bezalel Smotrich"). Ranks and titles may open each name; anything else
        ends it."""
        doc = token.doc
        if token.i + 1 >= len(doc):
            return []
        if doc[token.i + 1].text == ",":
            start = token.i + 2
        elif any(m.type == "Person" and m.start == token.i + 1 for m in self.actors_at(doc[token.i + 1])):
            start = token.i + 1
        else:
            return []
        found: dict[str, Mention] = {}
        for t in doc[start:self.sent.end]:
            mentions = self.actors_at(t)
            if mentions:
                for m in mentions:
                    found.setdefault(m.actor_id, m)
            elif not (t.lower_ in {",", "and"} or (t.is_title and t.pos_ == "PROPN")):
                break
        return list(found.values())

    def located_countries(self, heads: Sequence[Token]) -> list[Mention]:
        """Countries an "in" phrase of the heads names: "in northern Iraq", "in Nigeria's Borno state"."""
        return [m for m in self.actors_of_all(_prep_objects(heads, ("in",))) if m.type == "Country"]

    def actors_of_all(self, tokens: Iterable[Token], owned: bool = True, people: bool = False) -> list[Mention]:
        found: dict[str, Mention] = {}
        tokens = list(tokens)
        for token in tokens:
            for member in (token, *coordinated(token)):
                if member.i < token.i and member in tokens:
                    continue
                for mention in self.actors_of(member, owned, people):
                    found.setdefault(mention.actor_id, mention)
        return list(found.values())

    def country_of(self, mention: Mention) -> Mention | None:
        if mention.type != "Person":
            return None
        for role in self.role_organisations(mention, None):
            return role
        return None

    def role_organisations(self, person: Mention, title: Token | None, any_date: bool = False) -> list[Mention]:
        """Countries/organisations the person holds an office in on the article date.

        ``any_date``: the organisation of the role nearest to the article date, whenever it was held.
        """
        office = None
        if title is not None:
            office = self.extractor.gazetteer.titles.get(title.lemma_.lower())
        roles = [r for r in self.gazetteer.roles_of(person.actor_id) if r.active_on(self.date)]
        if any_date and not roles and self.date is not None:
            day = self.date
            nearest = sorted(self.gazetteer.roles_of(person.actor_id),
                             key=lambda r: min(abs((d - day).days) for d in (r.start, r.end) if d is not None)
                             if (r.start or r.end) else 0)
            roles = nearest[:1]
        if office and office != "effective":
            roles = [r for r in roles if r.office == office] or roles
        roles.sort(key=lambda r: (not r.effective, r.office))
        result = []
        for role in roles:
            actor = self.gazetteer.get(role.of)
            if actor is not None:
                result.append(Mention(-1, -1, actor.id, actor.label, actor.type, "gazetteer",
                                      person.confidence, True, actor.wikidata))
        return result

    def leads(self, person: Mention, actor: Mention) -> bool:
        """True if ``person`` leads ``actor`` on the article date (``Role.leads``)."""
        return any(role.of == actor.actor_id and role.leads and role.active_on(self.date)
                   for role in self.gazetteer.roles_of(person.actor_id))

    def takes_places(self, relation: RelationType) -> bool:
        """True if the relation's object may be a place ("attacks", "visits", "deploys-forces-to")."""
        return relation.id in self.extractor.place_relations

    def event_agents(self, noun: Token, exclude: str, own: frozenset[str] = frozenset(),
                     acts: bool = True) -> list[Mention]:
        """The actor behind "the attack", "the strikes": the subject of the article's first such event.

        Only a definite noun without arguments of its own, whose lemma is a cue of
        a directed event relation found in an earlier sentence; the latest such event aimed at one of the
        ``own`` actors (those who react: "Minsk denied the charge"), else the article's first, as news leads
        with its main event; never one of theirs ("Pakistan struck Iran ... Islamabad condemned the attack"
        after Iran's).

        "it" as an act's object ("Petro also condemned it") is the act its own sentence named before it
        ("denounced the strike, and Iran called it a criminal act"), else the sentence before: the
        first definite event noun there ("Brazil said the raid was a violation"), else its directed
        events, when they have one doer ("Ecuadorian police raided the embassy"); an act noun found so
        stands for nothing (``acts``): "who cast the only vote against it, called it a mistake".
        """
        if noun.lower_ in {"it", "them"} and noun.dep_ in {"dobj", "nsubjpass"}:
            # "Egypt and Turkey denounced the strike, and Iran called it a criminal act": an event noun of
            # its own sentence first. "them" (no actors the resolver found) is a plural one: "said the Israeli
            # attacks amounted to sabotage. Saudi Arabia, Qatar and Egypt also denounced them".
            tags = {"NNS"} if noun.lower_ == "them" else {"NN", "NNS"}
            for token in reversed(self.doc[self.sent.start:noun.i]):
                if token.tag_ in tags and (agents := self._event_doers(token, exclude, own)):
                    return agents
            if self.sent.start == 0:
                return []
            previous = self.doc[self.sent.start - 1].sent
            for token in previous:
                if token.tag_ in tags and (agents := self._event_doers(token, exclude, own)):
                    return agents
            if noun.lower_ == "them":
                return []
            # Not a participle that only describes ("the U.S.-backed SDF"): no act the sentence reported.
            events = [hit for hit in self.hits if hit.sent_start == previous.start and not hit.negated
                      and hit.relation != exclude and hit.relation not in self.extractor.symmetric
                      and self.ontology.relations[hit.relation].layer == "event"
                      and not hit.rule.startswith("verb-compound:")]
            doers = {hit.subject.actor_id: hit.subject for hit in events}
            return list(doers.values()) if len(doers) == 1 else []
        if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS
                                          for c in noun.children):
            return []
        if any(c.dep_ in {"poss", "compound", "amod", "nmod", "prep"} and self.actors_of_all([c])
               for c in noun.children):
            return []
        lemma = noun.lemma_.lower()
        if not acts and lemma in self.ontology.act_nouns:
            return []
        # Directed events only: "rejected the deal" does not say which of its parties is meant.
        directed = self.extractor.directed_events - {exclude}
        # Of the verb cues, the noun's own word alone: "the terms" is no act of "term X a violation" (a naming
        # verb with its predicate).
        kinds = directed & (
            {relation.id for relation, _ in self.extractor.noun_index.get(lemma, ())}
            | {relation.id for relation, cue in self.extractor.verb_index.get(lemma, ()) if len(cue) == 1})
        if kinds and all(self.ontology.relations[kind].verbal for kind in kinds) and any(
                g.dep_ == "pobj" and g.pos_ == "NOUN" and g.lemma_.lower() not in self.extractor.noun_index
                for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children):
            # "rejected the threat of climate change": a threat (a said act) of a thing that is no act is not the
            # article's threat ("the threat of sanctions" may be; "the killing of civilians" names its victims).
            return []
        # "Belgian Foreign Minister Maxime Prevot called the decision disproportionate": an act aimed at
        # Belgium is aimed at its minister.
        own = own.union(*(self.offices_held(actor_id) for actor_id in own))
        before = [hit for hit in self.hits if hit.sent_start < self.sent.start and not hit.negated
                  and hit.subject.actor_id not in own and hit.relation in directed]
        earlier = [hit for hit in before if hit.relation in kinds]
        # "Minsk denied the charge" after an article that leads with another accusation: the latest one
        # aimed at those who react is theirs.
        aimed = [hit for hit in earlier if hit.object.actor_id in own]
        if aimed:
            return [max(aimed, key=lambda hit: hit.cue).subject]
        if earlier and lemma not in self.ontology.act_nouns:
            return [min(earlier, key=lambda hit: hit.cue).subject]
        reaction = self.ontology.relations.get(exclude)
        told_without_cue = (kinds and all(self.ontology.relations[kind].verbal for kind in kinds)
                            and reaction is not None and reaction.hostile)
        if lemma in self.ontology.act_nouns or told_without_cue:
            # "the decision", "the move" (kgo:actNoun), or a claim the article told without its cue, rejected
            # ("Trump said the law allowed the government to seize farmland ... Ramaphosa rejected the
            # accusation"): the latest act of any kind done to those who react, and only that.
            done_to_them = [hit for hit in before if hit.object.actor_id in own]
            if lemma in self.ontology.act_nouns and reaction is not None and reaction.goldstein:
                # "welcomed the decision" answers a friendly act, "condemned the move" a hostile one (a claim
                # rejected may answer a request as well as a charge).
                def answered(hit: RelationHit) -> bool:
                    return (self.ontology.relations[hit.relation].goldstein or 0) * reaction.goldstein > 0
                # Only acts done to the one who reacts: a third party's "welcomed the decision" may answer an
                # act the article told without a cue ("recognised a Palestinian state").
                done_to_them = [hit for hit in done_to_them if answered(hit)]
            if done_to_them:
                return [max(done_to_them, key=lambda hit: hit.cue).subject]
            if lemma in self.ontology.act_nouns:
                return self.latest_decision_makers(lemma, own)
        if reaction is not None and not reaction.symmetric and (reaction.goldstein or 0) > 0 and any(
                cue[1:] == (lemma,) for cue in reaction.verb_cues):
            # "welcomed the deal" (a cue of praises with the noun itself): not "backed the agreement", "assisted
            # the talks" or "hosted the summit", which name no party in particular.
            return self.agreement_parties(lemma, own)
        return []

    def agreement_parties(self, lemma: str, own: frozenset[str]) -> list[Mention]:
        """The parties, other than ``own``, of the first agreement of the kind ``lemma`` names ("the deal",
        "the signing", "the truce") that the article told before this sentence: what "France welcomed the
        deal" praises. Kinds: the cooperative joint relations the word is a cue of, alone ("deal") or
        after a verb ("declare ceasefire")."""
        kinds = {relation.id for relation in self.ontology.relations.values()
                 if relation.symmetric and relation.layer == "event" and (relation.goldstein or 0) > 0
                 and ((lemma,) in relation.noun_cues or any(lemma in cue[1:] for cue in relation.verb_cues))}
        told = [hit for hit in self.hits if hit.sent_start < self.sent.start and hit.relation in kinds
                and not hit.negated and hit.modality == "asserted"]
        if not told:
            return []
        first = min(told, key=lambda hit: hit.cue)
        parties = {m.actor_id: m for hit in told if hit.cue == first.cue and hit.relation == first.relation
                   for m in (hit.subject, hit.object) if m.actor_id not in own}
        return list(parties.values())

    def _event_doers(self, noun: Token, exclude: str, own: frozenset[str]) -> list[Mention]:
        """Who did the act an event noun "it" or "them" stands for names: its owner ("the Israeli attacks"), else
        the article's event of that kind (``event_agents``)."""
        lemma = noun.lemma_.lower()
        directed = self.extractor.directed_events - {exclude}
        if directed & {relation.id for relation, _ in self.extractor.noun_index.get(lemma, ())}:
            # (A named owner: "his support" may be what another's "it" is not.)
            owners = [m for c in noun.children if c.dep_ in {"poss", "amod", "compound"} and c.pos_ != "PRON"
                      for m in self.actors_of_all([c]) if m.actor_id not in own]
            if owners:
                return owners
        return self.event_agents(noun, exclude, own, acts=False)

    def latest_decision_makers(self, lemma: str, own: frozenset[str], sentences: int = 3) -> list[Mention]:
        """Who took the decision an act noun (``lemma``) names, other than ``own``: what "welcomed the vote"
        answers when nothing was done to those who welcome it. The latest earlier decision verb of the
        noun's own word ("voted" for "the vote") anywhere before this sentence, else of any decision verb
        (kgo:decisionVerb: "voted to authorise", "approved") in the ``sentences`` sentences before.
        Negated decisions count for nothing."""
        start = self.sent.start
        for _ in range(sentences):
            if start == 0:
                break
            start = self.doc[start - 1].sent.start

        def makers(token: Token) -> list[Mention]:
            if token.pos_ not in VERB_POS or token.lemma_.lower() not in self.ontology.decision_verbs \
                    or any(c.dep_ == "neg" for c in token.children):
                return []
            found, _ = self.extractor._verb_subjects(token, self)
            return [m for m in found if m.actor_id not in own and m.type not in PLACE_TYPES]

        for token in reversed(self.doc[:self.sent.start]):
            if token.lemma_.lower() == lemma and (found := makers(token)):
                return found
        for token in reversed(self.doc[start:self.sent.start]):
            if found := makers(token):
                return found
        return []

    def latest_accusers(self, own: frozenset[str], before: Token) -> list[Mention]:
        """Who made the latest accusation (a claim relation: accuses) against one of ``own`` before the
        token ``before``: the one a denial of the act answers."""
        own = own.union(*(self.offices_held(actor_id) for actor_id in own))
        made = [hit for hit in self.hits if hit.relation in self.extractor.claim_relations and not hit.negated
                and hit.object.actor_id in own and hit.subject.actor_id not in own and hit.cue < before.i]
        return [max(made, key=lambda hit: hit.cue).subject] if made else []

    def where_antecedent(self, verb: Token) -> list[Mention]:
        """The place a "where" relative clause hangs on: "in Kosovo, where NATO troops are deployed"."""
        if verb.dep_ != "relcl" or not any(c.lower_ == "where" for c in verb.children):
            return []
        return [m for m in self.actors_of_all([verb.head]) if self.ontology.is_a(m.type, "Place")]

    def places_of(self, tokens: Iterable[Token]) -> list[Mention]:
        """Where unnamed targets are: the place or country of an "in" ("inside") phrase on each of them."""
        found: dict[str, Mention] = {}
        for token in tokens:
            for member in (token, *token.conjuncts):
                # "what it called hideouts inside Iran": the place phrase hangs on the naming verb.
                named_by = [member.head] if member.dep_ == "oprd" else [member.head.head] if (
                    member.dep_ == "pobj" and member.head.lower_ == "as") else []
                # "keeps 1,000 troops at a drone base in Niger": the place of what the act is "at" (a site, not
                # an event: "arrived ... at a summit in St Petersburg").
                sites = [pobj for prep in member.children if prep.dep_ == "prep" and prep.lower_ == "at"
                         for pobj in prep.children if pobj.dep_ == "pobj" and not self.actors_at(pobj)
                         and pobj.lemma_.lower() not in self.extractor.noun_index]
                for prep in [*member.children, *(c for v in [*named_by, *sites] for c in v.children)]:
                    if prep.dep_ != "prep" or prep.lower_ not in {"in", "inside", "on"}:
                        continue
                    for pobj in prep.children:
                        if pobj.dep_ != "pobj" or pobj.ent_type_ in {"DATE", "TIME"}:
                            continue
                        places = [m for m in self.actors_of_all([pobj]) if self.ontology.is_a(m.type, "Place")]
                        if places and not any(m.known for m in places):
                            # "in Afghanistan's Paktika province": a place the gazetteer lacks, in a known country.
                            places = [m for c in pobj.children if c.dep_ == "poss"
                                      for m in self.actors_at(c) if m.known and m.type == "Country"] or places
                        for mention in places:
                            found.setdefault(mention.actor_id, mention)
        return list(found.values())

    def same_side(self, first: Mention, second: Mention) -> bool:
        """Two people holding office in the same state or organisation (the gazetteer's or the article's)."""
        if first.type != "Person" or second.type != "Person":
            return False
        return bool(self.offices_of(first) & self.offices_of(second))

    def offices_of(self, person: Mention) -> set[str]:
        """Ids of the states and organisations ``person`` holds or held office in, by the gazetteer (any
        date) or by the article so far."""
        return self.offices_held(person.actor_id)

    def offices_held(self, actor_id: str) -> set[str]:
        """:meth:`offices_of` by actor id (none for an actor that is no person)."""
        return ({role.of for role in self.gazetteer.roles_of(actor_id)}
                | {actor for holder, actor in self.stated_offices() if holder == actor_id})

    def in_office_in(self, person: Mention, actor: Mention) -> bool:
        """True if ``person`` holds an office in ``actor`` on the article date by the gazetteer, or one the
        article gave the person ("Tinubu, who chairs ECOWAS")."""
        return any(role.of == actor.actor_id and role.active_on(self.date)
                   for role in self.gazetteer.roles_of(person.actor_id)) or any(
            holder == person.actor_id and held == actor.actor_id for holder, held in self.stated_offices())

    def serves(self, person: Mention, actor: Mention) -> bool:
        """True if ``person`` holds or held an office in ``actor``.

        Any date counts: the gazetteer's roles are not complete (deputies, earlier
        posts), and a state's own office holder is its insider either way. An office
        the article gave the person earlier counts too ("Tinubu, who chairs ECOWAS").
        """
        if person.type != "Person" or actor.type == "Person":
            return False
        if any(role.of == actor.actor_id for role in self.gazetteer.roles_of(person.actor_id)):
            return True
        return (person.actor_id, actor.actor_id) in self.stated_offices()

    def stated_offices(self) -> set[tuple[str, str]]:
        """(person, actor) pairs of the offices the article has stated so far, read incrementally."""
        for hit in self.hits[self._offices_read:]:
            if hit.relation in self.extractor.title_relations:
                self._offices.add((hit.subject.actor_id, hit.object.actor_id))
        self._offices_read = len(self.hits)
        return self._offices

    def has_title_word(self, mention: Mention) -> bool:
        titles = self.gazetteer.titles
        return any(t.lower_.rstrip(".") in titles or t.lower_.rstrip(".") in TITLE_ABBREVIATIONS
                   for t in self.doc[mention.start:mention.end])

    def capital_as_country(self, mention: Mention, seat: bool = False) -> Mention:
        """The country a capital stands for; with ``seat``, the body of a capital that is also a seat
        (seats.tsv): "accused Brussels of blackmail" accuses the EU, "police in Brussels" are Belgian."""
        if mention.type != "City":
            return mention
        country = (self.gazetteer.get(self.gazetteer.seats.get(mention.label, "")) if seat else None) or \
            self.gazetteer.country_of_capital(mention.actor_id)
        if country is None:
            return mention
        return Mention(mention.start, mention.end, country.id, country.label, country.type, "metonym",
                       round(mention.confidence * 0.85, 3), True, country.wikidata)

    def fits(self, relation: RelationType, subject: Mention, obj: Mention) -> bool:
        return any(self.ontology.is_a(subject.type, c) for c in relation.domain) and self.in_range(relation, obj)

    def in_range(self, relation: RelationType, obj: Mention) -> bool:
        return any(self.ontology.is_a(obj.type, c) for c in relation.range)

    def _clause_chain(self, token: Token) -> Iterator[Token]:
        """The token's ancestors up to the root, entering via a light verb for nouns."""
        node = token
        for _ in range(12):
            if node.head.i == node.i:
                return
            node = _coordinated_finite_verb(node) or node.head
            yield node

    def negated(self, cue: Token) -> bool:
        markers = self.extractor.negation_markers
        if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ in markers) for c in cue.children):
            return True
        light = _light_verb(cue, self.extractor.light_verbs) if cue.pos_ in NOUN_POS else None
        if light is not None and (any(c.dep_ == "neg" for c in light.children)
                                  or light.lemma_.lower() in self.extractor.negation_verbs):
            return True  # "did not hold talks", "cancelled the visit"
        node = light or cue
        if node.pos_ in VERB_POS and any(
                g.dep_ in {"det", "preconj"} and g.lower_ in markers
                for c in node.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"} for g in c.children):
            return True  # "Neither France nor Germany supported", "sent no troops"
        while node.head.i != node.i:
            if node.dep_ == "pcomp" and node.head.dep_ == "prep":
                if node.head.lower_ in self.extractor.negation_prepositions:
                    return True  # "warned Israel against attacking Iran": an act argued against
                if node.head.lower_ != NEGATED_GERUND_PREPOSITION or node.head.head.pos_ not in VERB_POS:
                    break
                node = node.head.head
            elif node.dep_ in {"xcomp", "ccomp"}:
                if node.dep_ == "ccomp" and node.i < node.head.i and any(
                        c.dep_ == "dobj" for c in node.head.children):
                    # "India has accused X of spying, a charge Beijing denies": no verb with an object of its
                    # own takes a clause before it; the parser hung the accusation on the denial.
                    break
                # "It is not clear whether Putin will meet Trump": a negated question leaves its content open.
                question = _asks_whether(node)
                node = node.head
                if question:
                    if node.lemma_.lower() in self.extractor.negation_verbs:
                        return True
                    continue
            elif (_states_act_of(node, self.extractor.modality_nouns)
                  or (node.dep_ == "acl" and node.tag_ == "VBG")) and node.head.dep_ == "dobj":
                # "declined an invitation to visit Moscow", "vetoed a resolution condemning North Korea"
                if any(c.dep_ == "det" and c.lower_ in markers for c in node.head.children):
                    return True  # "had no plans to speak to Aliyev"
                node = node.head.head
                if node.lemma_.lower() in self.extractor.negation_verbs:
                    return True
                break
            else:
                break
            if node.lemma_.lower() in self.extractor.negation_verbs or any(c.dep_ == "neg" for c in node.children):
                return True
        return False

    def modality(self, cue: Token) -> tuple[str, Mention | None]:
        markers = self.extractor.modality_markers
        verbs = self.extractor.modality_verbs
        modality: str | None = None
        nouns = self.extractor.modality_nouns
        previous = cue
        future_in_past = False
        adjunct = False
        for node in (cue, *self._clause_chain(cue)):
            came_by = previous.dep_  # how the chain reached this node
            # "agreed to the deal after talks with Kristersson", "vowed revenge after the attack": a time
            # adjunct is the narrator's fact, whatever the verb plans (it may still be reported).
            adjunct = adjunct or (came_by == "prep" and previous.lower_ in TIME_ADJUNCT_PREPOSITIONS)
            # "agreed at a meeting in Washington to begin planning": the meeting where it was agreed took place,
            # whatever the verb plans ("will sign it at a meeting" is still future; "aimed at strengthening
            # cooperation" is a gerund's "at").
            venue = came_by == "prep" and previous.lower_ == "at" and cue.dep_ == "pobj" and cue.head.i == previous.i
            # "said he would designate Kenya an ally as he hosted Ruto": a past-tense time clause happened.
            adjunct = adjunct or (came_by == "advcl" and previous.tag_ == "VBD" and any(
                m.dep_ == "mark" and m.lower_ in TIME_CLAUSE_MARKERS for m in previous.children))
            if (modality is None and node.i != cue.i and node.pos_ in VERB_POS and came_by != "conj"
                    and verbs.get(node.lemma_.lower()) == "asserted"):
                # "agreed to end months of fighting", "vowed to halt the strikes": what is ended was so.
                return "asserted", None
            if modality is None and not adjunct:
                for child in node.children:
                    if child.dep_ in {"mark", "aux"} and child.lower_ in markers:
                        modality = markers[child.lower_]
                        # "said it would investigate": reported "would" without a condition is a plan
                        future_in_past = child.lower_ == "would" and not any(
                            c.dep_ == "advcl" and any(m.dep_ == "mark" and markers.get(m.lower_) == modality
                                                      for m in c.children) for c in node.children)
                        break
            if modality is None and node.i != cue.i and _states_act_of(previous, nouns):
                modality = nouns[node.lemma_.lower()]  # "announced a plan to send troops"
            previous = node
            # "is ready to send troops": an adjective governs its infinitive as a verb would; a verb the
            # chain reached as a conjunct is a sibling ("wants closer ties and signed a deal"), not a governor.
            governs = came_by != "conj" and (
                node.pos_ in VERB_POS or (node.pos_ == "ADJ" and any(c.dep_ == "xcomp" for c in node.children)))
            # "Britain and India agreed a trade deal": the object of a concluding verb is made, not planned.
            governs = governs and not venue and not (
                came_by == "dobj" and node.lemma_.lower() in self.extractor.modality_concluding)
            if node.i != cue.i and governs and node.lemma_.lower() in verbs and not (
                    adjunct and verbs[node.lemma_.lower()] != "reported"):
                if future_in_past and verbs[node.lemma_.lower()] == "reported" and came_by == "ccomp":
                    modality = "intended"
                modality = modality or verbs[node.lemma_.lower()]
                speaker = self._first_subject(node)
                if speaker is not None and speaker.method == "speaker":
                    speaker = self.speakers.get(cue.i, speaker)  # "we will strive" -> who said it
                if speaker is not None:  # "are believed to" has no source: look further up
                    return modality, speaker
            if node.dep_ == "relcl" and node.tag_ not in {"MD"} and not _states_act_of(node, nouns) and not any(
                    c.dep_ == "aux" and c.lower_ in markers for c in node.children):
                break  # "urged X to avoid steps in Kosovo, where troops are deployed": the narrator's fact
            if node.dep_ == "acl" and node.tag_ == "VBN":
                break  # "Ukraine, invaded by Russia in 2022, asked NATO for help": a participle describes
            if node.dep_ == "appos" and node.head.pos_ in NOUN_POS:
                break  # "Greece, a NATO member, agreed to ...": an apposition describes, as a fact
        speaker = self.speakers.get(cue.i)
        if modality is None and speaker is not None:
            return "reported", speaker
        return modality or "asserted", speaker

    def _first_subject(self, verb: Token) -> Mention | None:
        found, _ = self.extractor._verb_subjects(verb, self)
        return found[0] if found else None


def _led(verb: Token) -> list[Token]:
    """What a verb acts on: its direct object, its passive subject, or the noun its participle describes
    ("a delegation led by X")."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return [verb.head]
    return [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]


def _coordinated_finite_verb(verb: Token) -> Token | None:
    """The verb a tensed conjunct the parser hung on an infinitive really continues: in "said he had
    asked Wang to release the employee and voiced concern", "voiced" is no second thing Wang is asked
    to do (an infinitive coordinates with a bare verb) but the nearest governing verb of its own tense,
    "said"; None when the conjunct is no such misparse. So too a simple past hung on a progressive
    with its auxiliaries ("expelled French forces that had been fighting militants ... and turned instead
    to Russia": the forces did not turn; "had been" does not distribute over "turned"), through the
    relative clause to the verb of the noun it describes."""
    head = verb.head
    infinitive = head.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
    progressive = (head.tag_ == "VBG" and verb.tag_ == "VBD"
                   and any(c.dep_ == "aux" and c.lemma_ == "be" for c in head.children))
    if not (verb.dep_ == "conj" and verb.tag_ in {"VBD", "VBN", "VBZ"} and (infinitive or progressive)):
        return None
    # The tagger reads a past form either way ("had urged ... and voiced").
    tenses = {"VBD", "VBN"} if verb.tag_ in {"VBD", "VBN"} else {verb.tag_}
    node = head
    for _ in range(4):
        if node.dep_ == "relcl" and node.head.head.i != node.head.i and node.head.head.pos_ in VERB_POS:
            node = node.head  # on to the verb of the noun the clause describes
        if node.head.i == node.i or node.head.pos_ not in VERB_POS:
            return None
        node = node.head
        if node.tag_ in tenses:
            return node
    return None


def _verb_read_as_noun(token: Token) -> bool:
    """A plural noun heading its sentence with a subject of its own is a verb in the third person the tagger
    misread: "The SCO, founded in 2001, groups China, Russia ..."."""
    return token.dep_ == "ROOT" and token.tag_ == "NNS" and any(c.dep_ == "nsubj" for c in token.children)


def _relative_in_phrase(clause: Token) -> bool:
    """Whether the relative pronoun of ``clause`` is the object of one of its prepositions: "the
    election, in which Ishiba's coalition is fighting" makes the election where, not whom, it fights."""
    return any(c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ in RELATIVE_PRONOUNS for g in c.children)
               for c in clause.children)


def _relative_antecedent(clause: Token, relative: Token) -> Token:
    """What a relative clause describes: its head, unless the parser hung it on a pronoun named
    before ("accusing it of harbouring members of the PKK, which has waged an insurgency"): a personal
    pronoun takes no relative clause, so the noun right before the relative pronoun is meant. A
    description in apposition to a name stands for the name."""
    head = clause.head
    if head.dep_ == "appos" and head.pos_ == "NOUN" and head.head.pos_ == "PROPN" and head.head.i < head.i:
        # "the United States, Colombia's closest security partner, which has backed Israel": the name the
        # description stands beside, not the description's owner.
        return head.head
    if head.tag_ != "PRP" or head.i > relative.i:
        return head
    before = next((t for t in reversed(clause.doc[head.i + 1:relative.i]) if not t.is_punct), None)
    return before if before is not None and before.pos_ in NOUN_POS else head


def _asks_for_a_thing(verb: Token, ontology: Ontology) -> bool:
    """The verb's only object is a thing ("demanded a public apology"), not a clause ("warned that ..."),
    people ("urged countries of origin to ...", "urge lawmakers to") or "what he called ..."."""
    if any(c.dep_ in {"ccomp", "xcomp", "oprd"} for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return len(objects) == 1 and objects[0].pos_ == "NOUN" and not any(
        c.dep_ in {"acl", "relcl"} for c in objects[0].children) and (
        objects[0].lemma_.lower() not in ontology.agent_nouns | set(ontology.group_nouns))


def _has_reciprocal_object(verb: Token, prepositions: Iterable[str]) -> bool:
    """ "accused each other", "imposed sanctions on one another", "expelled each other's ambassadors":
    the object is the subjects themselves (or theirs)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    candidates = [*objects, *_prep_objects([verb, *objects], prepositions)]
    candidates += [c for t in candidates for c in t.children if c.dep_ == "poss"]
    # spaCy heads "one another" on either word
    return any((t.lower_ == "other" and any(c.lower_ == "each" for c in t.children))
               or (t.lower_ in {"one", "another"} and any(c.lower_ in {"one", "another"} and c.lower_ != t.lower_
                                                           for c in t.children)) for t in candidates)


def _subject_heads(verb: Token) -> list[Token]:
    """The verb's active subjects, through a partitive: "Hundreds of Kenyan police officers arrived"."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return [*subjects, *(p for s in subjects if s.pos_ in {"NUM", "NOUN", "PRON"} and not s.ent_type_ == "GPE"
                         for p in _prep_objects([s], ("of",)))]


def _is_gerund_noun(token: Token) -> bool:
    """A gerund the tagger left a verb but that stands as a noun: "Fighting between Azerbaijan and
    Armenia killed dozens", "Shelling of Kharkiv continued" (a noun role and no clause of its own)."""
    return (token.tag_ == "VBG" and token.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}
            and not any(c.dep_ in {"nsubj", "nsubjpass", "dobj", "aux", "auxpass", "neg"} for c in token.children))


def _acts_as_verb(token: Token) -> bool:
    """A verb, or a word the tagger took for a noun but the parser gave a subject or particle:
    "the EU and UN hand over supplies" (only verbs take those dependents)."""
    if token.pos_ in VERB_POS:
        return True
    return token.pos_ == "NOUN" and any(c.dep_ in {"nsubj", "nsubjpass", "prt"} for c in token.children)


def _states_act_of(verb: Token, modality_nouns: dict[str, str]) -> bool:
    """True for the infinitive or "that" clause of a modality noun: "to visit" in "an invitation to
    visit Moscow", "supported" in "allegations that Rwanda supported the rebels"."""
    # A "relcl" with "that" as its mark (not its subject or object) is such a clause misparsed: "A report
    # that Israel attacked Iran was denied".
    return (verb.dep_ in {"acl", "ccomp", "relcl"} and verb.pos_ in VERB_POS
            and verb.head.lemma_.lower() in modality_nouns and verb.head.pos_ in NOUN_POS
            and any((c.dep_ == "aux" and c.lower_ == "to" and verb.dep_ != "relcl")
                    or (c.dep_ == "mark" and c.lower_ == "that") for c in verb.children))


def _asks_whether(clause: Token) -> bool:
    """True for an embedded yes/no question: "whether Iran supplied the drones"."""
    return any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in clause.children)


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children) or (
        verb.dep_ == "acl" and verb.tag_ == "VBN" and not _misread_finite(verb))


def _misread_finite(verb: Token) -> bool:
    """A past tense the parser read as a participle describing a noun, which a direct object betrays:
    "Pashinyan, whose government did not intervene, accused Azerbaijan" (a passive participle takes none)."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and any(c.dep_ == "dobj" for c in verb.children) \
        and verb.head.pos_ == "PROPN" and any(t.text == "," for t in verb.doc[verb.head.i + 1:verb.i])


def _match_verb_cue(verb: Token, cue: tuple[str, ...], naming_verbs: frozenset[str] = frozenset()
                    ) -> list[Token] | None:
    """Tokens matching the cue's extra lemmas among the verb's dependents ("hold talks").

    A naming verb's predicate counts wherever it stands (kgo:namingVerb): "called the decision
    disproportionate", "called it inhumane and completely unacceptable", "described Lula as corrupt".

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Milei", "described", "Lula", "as", "corrupt"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 1, 3],
    ...           deps=["nsubj", "ROOT", "dobj", "prep", "amod"], lemmas=["Milei", "describe", "Lula", "as", "corrupt"])
    >>> [t.text for t in _match_verb_cue(doc[1], ("describe", "corrupt"), frozenset({"describe"}))]
    ['corrupt']
    >>> _match_verb_cue(doc[1], ("describe", "corrupt")) is None  # not declared a naming verb
    True
    """
    if len(cue) == 1:
        return []
    objects = _direct_objects(verb)
    predicates = _naming_predicates(verb) if verb.lemma_.lower() in naming_verbs else []
    # Beside the verb's dependents: "sent thousands of troops", "withdrew some of its troops" (the noun
    # after a partitive object's "of"); "sent vehicles and a team" (conjoined objects); "called on Friday
    # for Britain to stay" (the mark of a "for ... to" clause); "suspended aid deliveries", "sent a
    # condolence message" (the cue noun modifies the object).
    around = [*verb.children,
              *(g for o in objects for p in o.children
                if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"),
              *(o for o in objects if o.dep_ == "conj"),
              *(m for c in verb.children if c.dep_ == "advcl" for m in c.children
                if m.dep_ == "mark" and m.lower_ == "for"),
              *(c for o in objects for c in o.children if c.dep_ == "compound"),
              # "took the dispute to the Security Council": a cue's preposition hung on its object.
              *(c for o in objects for c in o.children if c.dep_ == "prep" and c.i > o.i),
              # "called the strike an act of aggression", "called it a terrorist act": the predicate
              # noun's "of" complement or modifier.
              *(g for c in verb.children if c.dep_ == "oprd" for g in (
                  *(m for m in c.children if m.dep_ in {"amod", "compound"}),
                  *(p for prep in c.children if prep.dep_ == "prep" and prep.lower_ == "of"
                    for p in prep.children if p.dep_ == "pobj"))),
              # "gave Venezuelan diplomats 72 hours to leave": the infinitive hung on the time given.
              *(g for c in verb.children if c.dep_ in {"dobj", "npadvmod"} and c.ent_type_ in {"TIME", "DATE"}
                for g in c.children if g.dep_ in {"relcl", "acl"} and g.tag_ == "VB"),
              # "declared two Polish diplomats persona non grata": the predicate read as an apposition.
              *(c for o in objects for c in o.children if c.dep_ == "appos" and " " in c.text),
              *predicates]
    matched: list[Token] = []
    for lemma in cue[1:]:
        # "hand over supplies" parsed with "over" as a preposition: its object is the verb's; "pulled
        # out of the deal": a compound preposition's second word hangs on the first.
        candidates = [*around, *(g for m in matched if m.dep_ == "prep" for g in m.children
                                 if g.dep_ in {"pobj", "prep"})]
        found = next((c for c in candidates if c.lemma_.lower() == lemma and c not in matched
                      and not _is_time_phrase(c)), None)
        if found is None:
            return None
        matched.append(found)
    return matched


def _lemma_index(relations: Iterable[RelationType], lemmas_of: Callable[[RelationType], Iterable[str]]
                 ) -> dict[str, list[RelationType]]:
    """Lemma -> the relations that list it under one annotation, in ontology order."""
    index: dict[str, list[RelationType]] = {}
    for relation in relations:
        for lemma in lemmas_of(relation):
            index.setdefault(lemma, []).append(relation)
    return index


def _direct_objects(verb: Token) -> list[Token]:
    """The verb's direct (or passive subject) objects and their conjuncts: "sent vehicles and a team"."""
    heads = [o for o in verb.children if o.dep_ in {"dobj", "nsubjpass"}]
    return [*heads, *(c for o in heads for c in o.conjuncts if c.i > o.i)]


def _is_time_phrase(token: Token) -> bool:
    """A preposition whose object is a date or time: "called on Friday" is no "call on"."""
    return token.dep_ == "prep" and any(c.dep_ == "pobj" and c.ent_type_ in {"DATE", "TIME"} for c in token.children)


def _match_noun_cue(noun: Token, cue: tuple[str, ...]) -> bool:
    """A multiword noun cue's modifiers ("strategic partnership") must modify the noun.

    An "of" complement counts as a modifier: "a suspension of aid" is an
    "aid suspension", "the release of prisoners" a "prisoner release".
    """
    if len(cue) == 1:
        return True
    modifiers = {t.lemma_.lower() for t in noun.lefts}
    modifiers |= {t.lemma_.lower() for child in noun.lefts for t in child.lefts}
    if noun.i > 0 and noun.dep_ == "compound":
        # A flat name ("Crown Prince Mohammed bin Salman"): every word hangs on the last one.
        before = noun.doc[noun.i - 1]
        if before.dep_ in {"compound", "amod"} and before.head.i == noun.head.i:
            modifiers.add(before.lemma_.lower())
    modifiers |= {t.lemma_.lower() for prep in noun.rights if prep.dep_ == "prep" and prep.lower_ == "of"
                  for t in prep.children if t.dep_ == "pobj"}
    if noun.i > 1 and noun.doc[noun.i - 1].text in {"-", "\u2010"}:
        modifiers.add(noun.doc[noun.i - 2].lemma_.lower())  # "Vice-President Dick Cheney", however parsed
    return all(lemma in modifiers for lemma in cue[:-1])


def _prep_objects(heads: Sequence[Token], prepositions: Iterable[str]) -> list[Token]:
    """The objects of ``heads``' prepositions among ``prepositions``. A measure's is what it measures
    ("tariffs on C$30 billion of U.S. goods"), and a measure's own phrase is its noun's ("duties of 125%
    on American products")."""
    wanted = set(prepositions)
    result = []
    for head in [*heads, *(m for h in heads for m in _measures_of(h))]:
        preps = [c for c in head.children if c.dep_ in {"prep", "agent", "dative"}]
        for k, prep in enumerate(preps):
            if prep.lower_ in wanted and not (k >= 1 and preps[k - 1].lower_ != prep.lower_
                                              and any(p.lower_ == prep.lower_ for p in preps[:k - 1])):
                # A preposition repeated after another's phrase is that phrase's, however the parser hung
                # it: "relations with Ecuador in solidarity with Mexico".
                objects = [c for c in prep.children if c.dep_ == "pobj"]
                result.extend(objects)
                result.extend(g for c in objects if _is_measure(c) for g in _prep_objects([c], ("of",)))
                result.extend(named for c in prep.children if c.dep_ == "pcomp" for named in _what_is_called(c))
    return result


def _owns(doc: Doc, mention: Mention, nouns: Sequence[str]) -> bool:
    """Whether ``mention`` owns one of ``nouns``: "Qatar's sovereignty", "Qatari airspace", "the sovereignty
    and territorial integrity of Qatar"."""
    if mention.start < 0:
        return False
    token = doc[mention.end - 1]
    owned = token.head
    if token.dep_ == "pobj" and owned.lower_ == "of":
        owned = owned.head
    elif token.dep_ not in {"poss", "amod", "compound", "nmod"}:
        return False
    return any(t.lemma_.lower() in nouns for t in (owned, *owned.conjuncts))


def _verb_forms(lemma: str) -> frozenset[str]:
    """The present and past forms of a regular verb: "deny" -> deny, denies, denied.

    >>> sorted(_verb_forms("deny"))
    ['denied', 'denies', 'deny']
    >>> sorted(_verb_forms("reject"))
    ['reject', 'rejected', 'rejects']
    """
    if lemma.endswith("y"):
        return frozenset({lemma, lemma[:-1] + "ies", lemma[:-1] + "ied"})
    if lemma.endswith("e"):
        return frozenset({lemma, lemma + "s", lemma + "d"})
    return frozenset({lemma, lemma + "s", lemma + "ed"})


def _is_measure(token: Token) -> bool:
    return token.ent_type_ in {"MONEY", "PERCENT", "QUANTITY"} or token.tag_ == "CD"


def _measures_of(noun: Token) -> list[Token]:
    """The measures in a noun's own "of" phrase: "125%" in "duties of 125%"."""
    return [c for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for c in prep.children if c.dep_ == "pobj" and _is_measure(c)]


def _naming_predicates(verb: Token) -> list[Token]:
    """The predicate of a naming verb and the words modifying it: "called the raid [a flagrant violation]",
    "called it [inhumane] and completely [unacceptable]", "described Lula as [corrupt]", "described the
    strikes as a [provocation]"."""
    heads = [c for c in verb.children if c.dep_ in {"oprd", "acomp", "ccomp"} and c.pos_ in {"ADJ", "NOUN"}]
    heads += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
              for g in c.children if g.dep_ in {"pobj", "amod", "acomp"}]
    # "called Russia's move unacceptable", "called the remarks a shameful insult": the predicate parsed as a
    # modifier or apposition of the object.
    heads += [a for o in verb.children if o.dep_ == "dobj" for a in o.children
              if a.dep_ in {"amod", "appos"} and a.i > o.i]
    heads += [c for h in heads for c in h.conjuncts]
    return [*heads, *(m for h in heads for m in h.children if m.dep_ in {"amod", "compound"})]


def _what_is_called(verb: Token) -> list[Token]:
    """The noun of "what it called militant hideouts" / "what it described as camps": the thing an act
    is aimed at, in the actor's words."""
    if verb.lemma_.lower() in {"say", "claim"}:
        # "at what Tehran said were two bases of Jaish al-Adl": the attribute of the reported clause.
        return [a for c in verb.children if c.dep_ == "ccomp" and c.lemma_ == "be"
                and any(g.dep_ == "nsubj" and g.lower_ == "what" for g in c.children)
                for a in c.children if a.dep_ == "attr"]
    # "what it called ...", "what it deemed ...": the object "what" with a predicate of its own.
    if not any(c.dep_ == "dobj" and c.lower_ == "what" for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ in {"oprd", "attr"}] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]


def _misattached_objects(noun: Token, prepositions: Iterable[str]) -> list[Token]:
    """A prepositional object the parser hung on the verb instead of the noun cue right before it.

    In "acknowledged its troop deployment to Russia" the "to" phrase belongs to
    "deployment"; the small models often attach it to "acknowledged".
    """
    head = noun.head
    if noun.dep_ not in {"dobj", "pobj"} or head.i == noun.i:
        return []
    if noun.dep_ == "pobj":  # "engaged in talks with X": the verb is above the preposition
        head = head.head
    wanted = set(prepositions)
    follows = noun.right_edge.i + 1
    return [pobj for prep in head.children if prep.dep_ == "prep" and prep.i == follows and prep.lower_ in wanted
            for pobj in prep.children if pobj.dep_ == "pobj"]


def _object_phrase(verb: Token, cue_tokens: Sequence[Token], objects: Sequence[Token]) -> list[Token]:
    """The nouns inside a verb's object phrase below its head: conjuncts, and the objects of
    "alongside", "as", "including", "like" and "of" ("aid alongside weapons", "a team of medics").
    What the verb has "alongside" or "besides" its object counts as part of it.

    >>> import spacy
    >>> doc = spacy.blank("en")("sent supplies and personnel")
    >>> heads = [0, 0, 3, 1]
    >>> for token, head, dep in zip(doc, heads, ["ROOT", "dobj", "cc", "conj"]):
    ...     token.head, token.dep_ = doc[head], dep
    >>> [t.text for t in _object_phrase(doc[0], [], [doc[1]])]
    ['personnel']
    """
    start = [t for t in (*cue_tokens, *objects) if t.pos_ != "VERB" and t.dep_ in {"dobj", "nsubjpass"}]
    found = [g for p in verb.children if p.dep_ == "prep" and p.lower_ in {"alongside", "besides"}
             for g in p.children if g.dep_ == "pobj"]
    seen = {t.i for t in (*start, *found)}
    queue = [*start, *found]
    while queue:
        token = queue.pop(0)
        for child in token.children:
            if child.dep_ in {"conj", "appos"}:
                nested = [child]
            elif child.dep_ == "prep" and child.lower_ in {"alongside", "as", "including", "like", "of"}:
                nested = [g for g in child.children if g.dep_ == "pobj"]
            else:
                continue
            for noun in nested:
                if noun.i not in seen:
                    seen.add(noun.i)
                    found.append(noun)
                    queue.append(noun)
    return found


def _with_participles(tokens: Sequence[Token]) -> list[Token]:
    """The tokens and the past participles that modify them: "sanctions [imposed] on China"."""
    return [*tokens, *(c for t in tokens for c in t.children if c.dep_ == "acl" and c.tag_ == "VBN")]


def _introduces_members(prep: Token) -> bool:
    """'including', 'like', 'such as' after a plural noun list some of its members."""
    if prep.lower_ in {"including", "like"}:
        return True
    return prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)


def _anchor_of(noun: Token) -> Token | None:
    """What a relational noun is said of: the head of its apposition or the copula's subject (also for a
    noun coordinated with such a noun: "Washington, Israel's closest ally and main arms supplier")."""
    if noun.dep_ == "conj" and noun.head.pos_ in NOUN_POS and noun.head.i < noun.i:
        return _anchor_of(noun.head)
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in PARTITIVES:
        return _anchor_of(noun.head.head)  # "North Korea, one of Havana's oldest allies"
    if noun.dep_ == "appos":
        return noun.head
    if noun.dep_ == "attr" and noun.head.lemma_.lower() in COPULAS:
        return next((c for c in noun.head.children if c.dep_ in SUBJECT_DEPS), None)
    return None


def _of_marks_object(noun: Token) -> bool:
    """'Russia's invasion of Ukraine', 'in support of Turkey', 'X is an ally of Y', 'X, a member of Y':
    "of" names the object."""
    if any(c.dep_ == "poss" for c in noun.children):
        return True
    if noun.dep_ == "appos" or (noun.dep_ == "attr" and noun.head.lemma_.lower() in COPULAS):
        return True
    return (noun.dep_ == "pobj" and noun.head.lower_ == "in"
            and not any(c.dep_ == "det" for c in noun.children))


def _governing_verb(token: Token) -> Token | None:
    """The token itself if it is a verb, else its nearest verb ancestor (None at a verbless root)."""
    while token.pos_ not in VERB_POS and token.head.i != token.i:
        token = token.head
    return token if token.pos_ in VERB_POS else None


def _one_region(first: Mention, second: Mention) -> bool:
    """Two members of one regional group named as one party ("Xi and the leaders of five Central Asian
    states signed a treaty"): one side of the act, not each other's counterparts."""
    return first.method == second.method == "region" and first.start == second.start


def _withdrawal_verb(noun: Token) -> Token | None:
    """The verb a noun is withdrawn from: "pulled out of [talks]", "withdrew from [the meeting]" -> the verb
    (not "left the meeting", left after it; nor a passive)."""
    head = noun.head
    if noun.dep_ != "pobj" or head.lower_ not in {"from", "of"}:
        return None
    verb = head.head
    if head.lower_ == "of":
        if verb.lower_ != "out":
            return None
        verb = verb.head
    return verb if verb.pos_ in VERB_POS and verb.i != head.i and not _is_passive(verb) else None


def _in_phrase_governor(noun: Token) -> Token | None:
    """The word an "in"/"during" phrase holding ``noun`` hangs on: "helped Iraq [in the fight]" -> helped."""
    head = noun.head
    if noun.dep_ != "pobj" or head.lower_ not in {"in", "during"} or head.head.i == head.i:
        return None
    return head.head


def _receiving_verb(noun: Token, receiving_verbs: frozenset[str]) -> Token | None:
    """The verb whose subject receives a noun cue: "faced criticism", "came under attack", and any verb
    an "under" or "at" phrase hangs on: "cancelled the visit under pressure from Saudi Arabia", "At
    Cambodia's request, the Security Council met"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in {"under", "at"}:
        return head.head if head.head.pos_ in VERB_POS else None
    if noun.dep_ != "dobj":
        return None
    return head if head.pos_ in VERB_POS and head.lemma_.lower() in receiving_verbs else None


def _light_verb(noun: Token, light_verbs: frozenset[str]) -> Token | None:
    """The light verb a noun cue depends on: 'extended an invitation', 'engaged in talks'."""
    head = noun.head
    candidates = []
    if noun.dep_ in {"dobj", "nsubjpass"} and head.pos_ in VERB_POS:
        candidates.append(head)
    elif noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in {"in", "into"} and head.head.pos_ in VERB_POS:
        candidates.append(head.head)
    elif (noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "with"
          and head.head.lemma_.lower() in RESPONDING_VERBS):
        return head.head  # "Canada retaliated with tariffs on U.S. goods": the response is the subject's act
    elif (noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "in" and head.head.dep_ == "dobj"
          and head.head.ent_type_ == "MONEY" and head.head.head.pos_ in VERB_POS):
        candidates.append(head.head.head)  # "gave Georgia $1 billion in aid": the sum is the noun's
    elif (noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "to" and head.head.pos_ in VERB_POS
          and any(c.dep_ == "dobj" for c in head.head.children)):
        # "upgraded their relations to a strategic partnership": what the object is turned into.
        candidates.append(head.head)
    elif (noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "to" and head.head.dep_ == "dobj"
          and head.head.head.pos_ in VERB_POS):
        candidates.append(head.head.head)  # ... with "to" hung on the object: "elevated ties to a partnership"
    # "the missile attack that Iran launched against Israel": a relative clause whose object is the noun.
    candidates += [c for c in noun.children if c.dep_ == "relcl" and c.pos_ in VERB_POS
                   and any(g.dep_ == "dobj" and g.lower_ in {"that", "which"} for g in c.children)]
    return next((verb for verb in candidates if verb.lemma_.lower() in light_verbs), None)


def _sentence_text(sent: Span) -> tuple[int, int, str]:
    """Character offsets and text of ``sent`` without its edge whitespace (from the span's own tokens:
    Doc.text would join the whole document again for each assertion)."""
    tokens = [t for t in sent if not t.is_space]
    if not tokens:
        return sent.start_char, sent.start_char, ""
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return start, end, sent.doc[tokens[0].i:tokens[-1].i + 1].text


def _dedupe(hits: list[RelationHit], symmetric: frozenset[str]) -> list[RelationHit]:
    """One hit per (sentence, subject, relation, object, negation); the most confident wins."""
    best: dict[tuple, RelationHit] = {}
    for hit in hits:
        ends = (hit.subject.actor_id, hit.object.actor_id)
        if hit.relation in symmetric:
            ends = tuple(sorted(ends))
        key = (hit.sent_start, hit.relation, ends, hit.negated)
        if key not in best or hit.confidence > best[key].confidence:
            best[key] = hit
    return sorted(best.values(), key=lambda h: (h.sent_start, h.cue, h.relation, h.subject.actor_id, h.object.actor_id))


@Language.factory(
    "kg_relation_extractor_v1",
    default_config={"gazetteer_files": [], "ontology_files": [], "keep_intermediate": True},
)
def make_relation_extractor(nlp: Language, name: str, gazetteer_files: list[str], ontology_files: list[str],
                            keep_intermediate: bool) -> RelationExtractor:
    return RelationExtractor(load_ontology(ontology_files), load_gazetteer(gazetteer_files), keep_intermediate)
