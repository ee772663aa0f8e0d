"""Who a demand asks to act: the actors named in the asked phrase, or the phrase itself when it
names someone the authority file does not know ("Treasurer Wayne Swan", "donor countries", "all
parties", "those of us who continue to support the opposition"), never a thing or a fragment of
a clause ("the adoption of policies", "the immediate end", "is detention centre regime").

The phrase comes from the pattern that found the demand: the subject before "must/should"
(narrowed here to the noun phrase next to the modal), the object of "calls on … to", the one
pressed by an imperative. Coordinated phrases are judged conjunct by conjunct ("world leaders, the
private sector, and individuals"); object pronouns are the person or organisation named before
("asking him to…" after "a letter to the President").
"""

from __future__ import annotations

import re

from ..models import Actor
from . import governed_places, listed_people, mentions, qualified_pronouns, verbs
from .clauses import clause_start

Span = tuple[int, int]
Target = tuple[Span, str]

# Heads of noun phrases that name people or bodies that can act; an office held by one ("The
# Treasurer should reverse the decision…", "the King should reach out to the political parties").
# People named by their trade whose plural PEOPLE_SUFFIX_RE does not catch: "Liberian experts should
# also fill key positions…" (HRW), "Health care personnel must…".
AGENTS = frozenset(
    """countries country states state nations nation governments government authorities authority
    administration administrations parties party members member leaders leader leadership community
    communities people peoples citizens citizen donors donor companies company businesses business
    corporations corporation firms firm industry industries organisations organizations organisation
    organization agencies agency institutions institution officials official ministers minister
    president presidents council councils committee committees commission commissions court courts
    parliament parliaments congress senate legislature legislatures lawmakers politicians
    representatives representative delegates delegations delegation allies ally partners partner
    neighbours neighbors stakeholders employers employer unions union groups group forces force
    military militaries army armies police militias militia rebels side sides men
    women children parents families family individuals sector society media press journalists
    doctors teachers schools universities banks investors shareholders consumers voters department
    departments ministry ministries office secretary ambassador envoy opposition coalition coalitions
    alliance bloc public powers superpowers bodies body board boards platforms judiciary
    judges prosecutors soldiers troops officers witnesses victims survivors outlets economies
    world humanity mankind colleagues colleague experts diplomats analysts personnel nurses
    treasurer premier premiers chancellor governor governors mayor mayors king queen monarch
    speaker chairman chairwoman chairperson attorney-general""".split()
)
# "others" names the rest asked to join ("I hope that others will step up", "encourage others to
# do the same") when it stands alone; "everyone" names no one in particular and stays out.
EVERYONE = frozenset({"others"})
# Capitalised heads that name a thing, not an actor ("the Arab Peace Initiative", "Budget").
THINGS = frozenset(
    """initiative agreement plan act bill convention treaty declaration budget report strategy
    framework program programme policy resolution charter protocol law code fund deal accord process
    summit conference day week year games olympics election elections constitution amendment
    review inquiry freedom freedoms""".split()
)
# A plural of people ("organizers", "Australians", "activists", "migrants"), not of things.
PEOPLE_SUFFIX_RE = re.compile(r"(?:ers|ors|ists|ians|ants|ents)$")
NOT_PEOPLE = frozenset(
    """numbers matters borders papers letters orders centers centres waters powers others
    grants plants corridors contents shelters tenders""".split()
)
DETERMINERS = frozenset(
    """the a an all any both each every our your their its his her those these this that other
    some many most several free certain""".split()
)
# Where a noun phrase's head ends: a preposition or relative word after it ("the impact of…").
HEAD_END_RE = re.compile(
    # "who", not "WHO" (the World Health Organization: "…for the WHO to invite Taiwan…")
    r"\s+(?:of|in|on|for|with|from|at|around|across|throughout|within|among|amongst|(?-i:who|Who)|that|which|whose|"
    r"represented|like|to|by)\b",  # "Countries throughout the region have a shared responsibility to…"
    re.I,
)
# A part of a body that names the body's members, whose head is the whole after "of": "All levels
# of government have a role to play", "all tiers of government", "both arms of government".
PART_OF_RE = re.compile(
    r"(?:(?:all|the|both|each|every|other|several)\s+)*(?:levels?|tiers?|arms?|branches|branch|spheres?)\s+of\s+(?=\S)",
    re.I,
)
# A quantifier's "of" before those it counts: "I want to urge all of my colleagues to join…",
# "each of the parties"; whom the rest names ("all of us" names no one, a pronoun).
QUANTIFIED_OF_RE = re.compile(r"(?:all|each|both|most|many|some|several)\s+of\s+(?=\S)", re.I)
SUBJECT_PRONOUNS = {
    "it": frozenset({"igo", "ngo", "government", "legislature", "party", "armed_force", "armed_group"})
}
OBJECT_PRONOUNS = {
    "him": frozenset({"person"}),
    "her": frozenset({"person"}),
    "them": frozenset(
        {
            "government",
            "igo",
            "ngo",
            "legislature",
            "party",
            "armed_group",
            "armed_force",
        }
    ),
}
# Words before a subject that end the clause it belongs to: "…, the Democrats say recent
# allegations should…" → "recent allegations"; "…inevitable and we need to…" → "we".
CLAUSE_END = frozenset(
    """is are was were has have had do does did will would can could may might say says said believe
    believes believed think thinks thought argue argues argued insist insists warn warns note notes
    stress stresses know knows that which who whom whose if when as because while although since
    whether where why how and but or so then than also therefore thus however""".split()
)
WORD_RE = re.compile(r"[^\s,;:()“”\"]+")
AS_RE = re.compile(r"\s*as\s")
LEAD_RE = re.compile(r"(?:for|on|upon)\s+(?=\S)", re.I)
# The preposition repeated before each one asked after the first, with its "in particular": "We
# appeal to the Security Council and to the great Powers to assume…", "appeals to all friendly
# countries, and to the international specialized bodies, to give…", "call upon the United Nations
# and upon the international community to…", "appeal to all countries, and in particular to
# socialist countries, not to exploit…" (some 130 in General Debate speeches).
# Only the preposition the first one asked follows is repeated: "call upon allied troops for
# assistance and to ask those troops…" and "the responsibilities they bear to the Nigerian people
# and to Africa" name no second one asked.
REPEATED_TO_RE = re.compile(
    r"(?:(?:in\s+particular|particularly|especially|above\s+all|notably|also)\s+)?(?P<p>to|on|upon)\s+(?=\S)",
    re.I,
)
PREPOSITION_BEFORE_RE = re.compile(r"(?<![\w-])(?P<p>to|on|upon)\s+$", re.I)
DISCOURSE_RE = re.compile(
    r"(?:(?:now|just\s+as|so|and|but|then|also|indeed|therefore|thus|yet|today|finally|here)\s+)+", re.I
)
# "and the members of Y" opens a second one asked, as any "and" does: "urge the Security Council
# and the members of the contact group … to intensify", "the Government and the members of the
# rebellion" (a name holding "and", "the Ministry of Trade and Industry", is one mention, not cut).
CONJUNCT_RE = re.compile(
    r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+"
    # "all countries – in particular the major economies – …"
    r"|\s+[–—]\s+(?:in\s+particular\s+|especially\s+|including\s+|notably\s+)?"
)
SELF = frozenset({"we", "i", "us"})
# A setting of place and time before the subject, with no comma after it: "At Senate Estimates this
# week the Department of Immigration will have to come clean…" asks the Department, not the Senate.
WHEN_LEAD_RE = re.compile(
    r"(?:At|In|On|During|After|Before|By)\s+[^,;:]{1,60}?\s+"
    r"(?:(?:this|next|last)\s+(?:week|month|year|morning|afternoon|evening|fortnight)|today|tomorrow|yesterday)\s+"
)
# A phrase holding one of these is a run-on clause, not a name ("Musharraf has taken off his
# uniform we"); not "her": it is also a possessive ("her government" can be asked to act).
PERSONAL_PRONOUNS = frozenset("i me we us he him she they them it".split())


def subject(text: str, start: int, end: int) -> Span | None:
    """The noun phrase right before a modal at `end`, within [start, end): the words back to
    the nearest clause boundary; None when it is the speaker ("we", "I"). A restrictive relative
    clause is part of it ("countries that have not done so to date should join…")."""
    return _relative_subject(text, start, end) or _plain_subject(text, start, end)


# A restrictive relative clause right before a modal, whose relative word is its subject: "Countries
# that aspire to join the Council should be genuinely committed…", "those of us who believe in
# democracy need to speak out", "the governments that represent them must serve them" (UN General
# Debate). Not one whose relative is the object, with a subject of its own after it ("the people
# that the Government should protect", "the countries that Israel occupies must…", "what we should").
RELATIVE_TAIL_RE = re.compile(
    r"\b(?:that|who|which)\s+(?!(?:the|a|an|we|i|you|they|he|she|it|this|these|those|our|their|his|her|its|"
    r"there|my|your|such|some|any|all|each|every|no|one)\b)[a-z][^,;:.!?“”\"()]{0,100}$"
)
# Verbs whose object may be followed by a clause of what is said to it: "tell countries that leaders
# must…" is no relative clause on "countries".
TELLING_VERBS = frozenset("tell remind show teach convince persuade warn assure inform".split())


def relative_head(text: str, start: int, clause: int, end: int) -> int | None:
    """Where the noun phrase begins that a clause opened by "that" at `clause` (clause boundaries
    cut there) describes, when the clause runs to the modal at `end` and the phrase names someone:
    "Governments that represent them must…" from the sentence start `start`; None if not."""
    that = THAT_BEFORE_RE.search(text, max(start, clause - 8), clause)
    if that is None or not RELATIVE_TAIL_RE.match(text, that.start(), end):
        return None
    found = _relative_subject(text, clause_start(text, start, that.start()), end)
    return found[0] if found is not None else None


THAT_BEFORE_RE = re.compile(r"\bthat\s*$")


def _relative_subject(text: str, start: int, end: int) -> Span | None:
    """The noun phrase naming someone before a relative clause that runs to the modal at `end`,
    with that clause; None when there is none."""
    m = RELATIVE_TAIL_RE.search(text, max(start, end - 120), end)
    if m is None:
        return None
    if RELATIVE_WORD_RE.search(text, m.start() + 1, end) or UNDERGONE_RE.match(text, end):
        return None
    those = THOSE_RE.search(text, start, m.start())
    if those is not None:
        return those.start(), len(text[:end].rstrip())
    head = _plain_subject(text, start, m.start())
    if head is None:
        return None
    phrase = text[head[0] : head[1]]
    words = phrase.split()
    if words[0].lower() in verbs.ACTION_VERBS or words[0].lower() in TELLING_VERBS:
        return None  # "…urge States that…": a verb's object, then what it is told
    if not _agent_noun(words) or not names_someone(phrase):
        return None
    return head[0], len(text[:end].rstrip())


# A second relative in the clause: the modal is its own ("a central government that would provide a
# safe haven toward which citizens can…").
RELATIVE_WORD_RE = re.compile(r"(?i:\b(?:that|which|who|whom|whose)\b)")
# What befalls the subject rather than what it is asked to do: "any country that breaks this basic
# bargain must face consequences" (annotated with no target, tune3), "The people who are conducting the
# genocide in Darfur must pay a price", "Every member who pays his or her membership fees must have an
# equal say", "children and families who have not been convicted of any crime should not be subject to
# automatic, indefinite detention" (dev: no target).
UNDERGONE_RE = re.compile(
    r"(?i:\s*(?:must|should|shall|needs?\s+to|ha(?:s|ve)\s+to|ought\s+to)\s+(?:not\s+)?"
    r"(?:have|face|pay|enjoy|receive|get|bear|suffer|be\s+subject(?:ed)?\s+to)\b)"
)


def _agent_noun(words: list[str]) -> bool:
    """Whether the words before a relative end in a noun for people or bodies ("Countries that…",
    "the two Governments which…", "EU member states that…"), not in a verb ("The resolution states
    that…", "the Education Act state that…", "Dahomey considers that…", "saying that…")."""
    last = words[-1].lower()
    if last not in AGENTS:
        return False
    if last in ("state", "states") and words[-1][:1].islower():
        before = words[-2].lower() if len(words) > 1 else ""
        return before in DETERMINERS or before == "member"
    return True


# "those", "all those", "those of us": pronouns that name people by the relative after them
THOSE_RE = re.compile(r"(?i:\b(?:all\s+(?:of\s+)?)?those(?:\s+of\s+us)?\s+$)")


def _plain_subject(text: str, start: int, end: int) -> Span | None:
    """subject() without a relative clause: the words back to the nearest clause boundary."""
    words = [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text, start, end)]
    i = len(words)
    while i > 0:
        w = words[i - 1][2].lower().strip(".’'")
        if w in CLAUSE_END and i < len(words):
            break
        i -= 1
        if text.find(",", words[i - 1][1] if i else start, words[i][0]) != -1 and i < len(words) - 1:
            break  # "…to the Government, Tony Abbott must…": a comma ends a clause before the subject
    if i >= len(words):
        return None
    first = words[i][0]
    if words[-1][2].lower() in SELF and words[-1][2] != "US":  # "The US should…" is no "us"
        return None
    when = WHEN_LEAD_RE.match(text, first, words[-1][0])
    return (when.end() if when else first), words[-1][1]


def resolve(text: str, actors: tuple[Actor, ...], span: Span, asked: bool = False) -> list[Target]:
    """The targets in one asked phrase; `asked` when it is the object of a call verb ("call on X
    to…"), where a place stands for its government."""
    ts, te = span
    lead = LEAD_RE.match(text, ts, te)  # "call for witnesses …": the "for" is not asked
    ts = lead.end() if lead else ts
    disc = DISCOURSE_RE.match(text, ts, te)
    ts = disc.end() if disc else ts
    out: list[Target] = []
    named = mentions.within(actors, ts, te)
    parts = _conjuncts(text, ts, te, [sp for sp, _ in named])
    first_to = PREPOSITION_BEFORE_RE.search(text, max(0, ts - 8), ts) if asked and len(parts) > 1 else None
    for cs, ce in parts:
        if len(parts) > 1 and AS_RE.match(text, cs, ce):
            continue  # "called on Cambodia, as a member of ASEAN, to…": what the one asked is
        if first_to and cs > ts:
            cs = _past_repeated_preposition(text, cs, ce, first_to["p"])
        out.extend(_conjunct(text, actors, cs, ce, asked))
    seen: set[str] = set()
    return [t for t in out if not (t[1] in seen or seen.add(t[1]))]  # type: ignore[func-returns-value]


def _past_repeated_preposition(text: str, cs: int, ce: int, first: str) -> int:
    """Where a later conjunct [cs, ce) of those asked starts past the preposition the first one
    asked follows ("… and to Portugal", "… and upon the international community"; "on" and
    "upon" are one), else `cs`."""
    m = REPEATED_TO_RE.match(text, cs, ce)
    same = m is not None and m["p"].lower().replace("upon", "on") == first.lower().replace("upon", "on")
    return m.end() if m is not None and same else cs


def _conjuncts(text: str, ts: int, te: int, named: list[Span]) -> list[Span]:
    """One phrase per conjunct: "world leaders, the private sector, and individuals" → three;
    a phrase with no comma or "and" is one, and so is a name ("the Syrian and Russian
    governments")."""
    cuts = [
        (m.start(), m.end())
        for m in CONJUNCT_RE.finditer(text, ts, te)
        if not any(a < m.start() < b for a, b in named)
    ]
    if not cuts:
        return [(ts, te)]
    out, start = [], ts
    for a, b in cuts:
        out.append((start, a))
        start = b
    out.append((start, te))
    return [(a, b) for a, b in out if b > a]


def _conjunct(text: str, actors: tuple[Actor, ...], ts: int, te: int, asked: bool = False) -> list[Target]:
    phrase = text[ts:te].strip()
    low = phrase.lower()
    if low == "them" and (listed := listed_people.people_before(text, actors, ts)):
        # "…spoke with Senators Sinema, Cassidy, and Manchin today. He urged them to…": the people
        # of the list, by name in the pronoun's sentence, else where the pronoun asks
        return [(sp if listed_people.same_sentence(text, sp[1], ts) else (ts, te), n) for sp, n in listed]
    if low in OBJECT_PRONOUNS:
        named = mentions.last_before(actors, ts, OBJECT_PRONOUNS[low], max(0, ts - 600))
        return [(_antecedent_span(text, actors, named, ts) or (ts, te), named)] if named else []
    if TRAILING_ADVERBS_RE.sub("", low) in SUBJECT_PRONOUNS:  # "so it certainly shouldn’t deploy…"
        same = _same_sentence_subject(text, actors, ts)  # "China is hosting the Olympics and it has…"
        if same:
            return [same]
    if low in SUBJECT_PRONOUNS:
        named = _antecedent(text, actors, ts)
        return [((ts, te), named)] if named else []
    if low == "you" or low.startswith("your "):
        return [((ts, te), phrase)]  # a letter's addressee: "we urge you to…", "your Government"
    head_end = _head_end(text, ts, te)
    if _thing_named_after(text, actors, ts, te, head_end):
        return []  # "UN Plastics Treaty Should Mandate…", "Media Freedoms Should Not Be a Target…"
    inside = [
        (sp, n)
        for sp, n in mentions.within(actors, ts, te)
        if sp[0] < head_end
        and n.lower().rsplit(" ", 1)[-1] not in THINGS  # "Arab Peace Initiative"
        # "The Paris Conference must succeed"; but a place called on by its name alone is asked
        # as its government is ("We call on Pyongyang to abandon…"; not "the Adelaide community"),
        # and so is a province or a state of a union that is asked by its name alone ("Alabama
        # should not be subjecting Smith…"): it has a government of its own
        and (
            mentions.type_of(actors, n) != "place"
            or (text[sp[0] : sp[1]] == phrase and (asked or governed_places.governed(n)))
        )
    ]
    if inside:
        return inside
    below = _named_below(text, actors, phrase) if phrase.isupper() and len(phrase) > 3 else None
    if below:
        return [((ts, te), below)]
    return [((ts, te), " ".join(phrase.split()))] if names_someone(text[ts:te]) else []


def _named_below(text: str, actors: tuple[Actor, ...], phrase: str) -> str | None:
    """The actor a headline's capitals ask, where the body names it in the same words in its own
    case: "CALLS ON ADMINISTRATION TO CONTINUE PRODUCTION" asks what "the Administration" names
    below. Capitals are read as no alias (a heading's words need not be names), so only a name the
    document itself gives counts, and only one actor's."""
    want = LEADING_THE_RE.sub("", phrase.lower())
    names = {
        a.name
        for a in actors
        for s, e in a.mentions
        if not text[s:e].isupper() and LEADING_THE_RE.sub("", text[s:e].lower()) == want
    }
    return names.pop() if len(names) == 1 else None


LEADING_THE_RE = re.compile(r"^the\s+")


def _thing_named_after(text: str, actors: tuple[Actor, ...], ts: int, te: int, head_end: int) -> bool:
    """Whether the phrase asked is a thing an actor only names: its head word, the last before any
    "of"/"for"…, is a thing's ("UN Plastics Treaty", "the United Nations reform process"). What a
    thing is asked to do has no actor to do it: no target, as for a passive ("Media Freedoms
    Should Not Be a Target" asks no one by name). Not a body whose own name holds the word ("The
    Global Fund", "the Conference on Disarmament"), nor a thing its owner holds ("the President's
    plan", "Labor’s policy on Iraq must conform …": the owner is asked, as the sets read it)."""
    words = list(THING_WORD_RE.finditer(text, ts, head_end))
    if not words or words[-1].group().lower() in TIMES:
        return False  # "Police every day have to…": a time said of the subject
    low = words[-1].group().lower()
    if low not in THINGS and not (low.endswith("s") and low[:-1] in THINGS):
        return False
    head = words[-1].end()
    for sp, _ in mentions.within(actors, ts, te):
        if sp[0] < head <= sp[1] or POSSESSIVE_RE.match(text, sp[1]):
            return False
    return True


THING_WORD_RE = re.compile(r"[^\W\d_]+")
# Thing words that are times said of the subject, not its head ("Police every day have to…").
TIMES = frozenset({"day", "days", "week", "weeks", "year", "years"})
POSSESSIVE_RE = re.compile(r"(?:['’]s\b|s['’])")


def _head_end(text: str, ts: int, te: int) -> int:
    m = HEAD_END_RE.search(text, ts, te)
    return m.start() if m else te


def _antecedent_span(text: str, actors: tuple[Actor, ...], name: str, pos: int) -> Span | None:
    """Where the pronoun's antecedent is named in the same sentence ("sent a letter to the
    President asking him to…"); None when it is named in an earlier one, and the pronoun marks
    where the demand asks ("…Thai authorities. We urged them to…")."""
    spans = [sp for sp, n in mentions.within(actors, max(0, pos - 300), pos) if n == name]
    if not spans or SENTENCE_END_RE.search(text, spans[-1][1], pos):
        return None
    return spans[-1]


SENTENCE_END_RE = re.compile(r"[.!?]\s")


def _same_sentence_subject(text: str, actors: tuple[Actor, ...], pos: int) -> Target | None:
    """The subject of the clause before "and it" in the same sentence."""
    if not AND_IT_RE.search(text, max(0, pos - 6), pos):
        return None
    # the sentence, or in a page without punctuation the words since the last lost full stop
    start = max(text.rfind(".", 0, pos), text.rfind("\n", 0, pos), pos - 200) + 1
    for stop in LOST_STOP_RE.finditer(text, start, pos):
        start = stop.end()
    named = mentions.within(actors, start, pos)
    return named[0] if named and mentions.type_of(actors, named[0][1]) != "place" else None


# "China is hosting the Olympics and it has…"; "Australia has taken action against its own soldiers…,
# so it certainly shouldn’t deploy with soldiers from other countries…" (HRW, Australia 2024)
AND_IT_RE = re.compile(r"\b(?:and|so)\s+$")
TRAILING_ADVERBS_RE = re.compile(r"(?:\s+(?:[a-z]+ly|also|still|now|too))+$")
LOST_STOP_RE = re.compile(r"[a-z][^\S\n]{2,}(?=[A-Z])")  # "…in  Darfur  The  resolution…"


def _antecedent(text: str, actors: tuple[Actor, ...], s: int) -> str | None:
    """What "it" stands for: the organisation that is the subject of the sentence before (the
    first one named in it), or nothing when it shares that place ("The European Union and the
    African Union met…") or there is none (no guessing)."""
    sent = _stop_before(text, max(0, s - 2))
    prev = _stop_before(text, max(0, sent - 1))
    orgs = SUBJECT_PRONOUNS["it"]
    named = [(sp, n) for sp, n in mentions.within(actors, prev + 1, s) if mentions.type_of(actors, n) in orgs]
    if not named:
        return None
    (_, end), first = named[0]
    if len(named) > 1 and re.match(r"\s+and\s+(?:the\s+)?$", text[end : named[1][0][0]]):
        return None
    return first


# No full stop this far back: a page scraped without punctuation, whose stops are lost (two blanks
# before a capital); a text with full stops may set words apart with two blanks for other reasons.
SCRAPED_REACH = 300


def _stop_before(text: str, pos: int) -> int:
    """Where the sentence before `pos` ends: its full stop, or in a page scraped without punctuation
    the last lost one after it ("… the worlds collective failure  It must not happen again"): there
    the last full stop may lie a whole release back, and "it" took the first body named since."""
    stop = text.rfind(".", 0, pos)
    if stop >= pos - SCRAPED_REACH:
        return stop  # a text that writes its full stops ("If the coalition’s got some point, it …")
    # a lost stop ends at the next sentence's capital: read past `pos` to see it, keep those before
    for lost in LOST_STOP_RE.finditer(text, stop + 1, min(len(text), pos + 3)):
        if lost.start() < pos:
            stop = lost.start()
    return stop


def names_someone(phrase: str) -> bool:
    """Whether a phrase no actor was found in names someone who can act: its head is a person or
    a body ("donor countries", "Protest organizers", "Treasurer Wayne Swan", "those of us
    who…"), not a thing, a pronoun or a fragment of a clause."""
    words = phrase.split()
    if not words or len(words) > 14:
        return False
    if words[0].lower() == "those" and len(words) > 1 and words[1].lower() in ("who", "of"):
        return True  # "those of us who continue to support the moderate opposition"
    if qualified_pronouns.names_people(phrase):
        return True  # "those closest to Putin", "anyone with information on …", "all those here"
    part = PART_OF_RE.match(phrase.strip()) or QUANTIFIED_OF_RE.match(phrase.strip())
    if part:
        return names_someone(phrase.strip()[part.end() :])
    head_part = HEAD_END_RE.split(" " + " ".join(words), maxsplit=1)[0].split()
    if any(w.strip(".,’'\"”)").lower() in PERSONAL_PRONOUNS for w in head_part):
        return False
    while head_part and head_part[0].lower() in DETERMINERS and len(head_part) > 1:
        head_part = head_part[1:]
    if not head_part or head_part[0].lower() in DETERMINERS:
        return False  # "all", "those": a quantifier or pronoun alone names no one
    head = head_part[-1].strip(".,’'\"”)(")
    low = head.lower()
    if phrase.isupper():
        head = low  # a headline in capitals: "EXCISION OF MELVILLE ISLAND" names no one by its capitals
    if head[:1].isupper() and len(head_part) > 1 or head.isupper() and len(head) > 1:
        return low not in THINGS and low.rstrip("s") not in THINGS  # "Treasurer Wayne Swan", "UNHCR"
    if low in EVERYONE:
        return len(head_part) == 1  # "others"; not "the rights others have"
    if low in AGENTS:
        return not (words[0].islower() and words[0].endswith("ing"))  # not "helping communities"
    before = head_part[-2].lower() if len(head_part) > 1 else ""
    if low.endswith("ing") and before.endswith("s") and before in AGENTS:  # not "family planning"
        return True  # "individuals operating in Sudan", "companies doing business with the junta"
    return bool(PEOPLE_SUFFIX_RE.search(low)) and low not in NOT_PEOPLE and not low.endswith("ments")
