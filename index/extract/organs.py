"""Organs of a state named by a common noun — "the government", "the authorities", "the police",
"the Administration", "the Kingdom", "this Organization" — and the state each belongs to.

A statement names the state once ("Indian authorities", "the Sudanese government") and then the
organ alone ("the authorities", "the government"). An organ word therefore takes the state of the
last organ of its kind the text named explicitly; failing that, the state the document is about
(its most-named state). Written with a capital inside a sentence ("the Government", "the Senate",
"the Administration") it is the issuing country's own organ, in Westminster and U.S. usage alike:
the country whose parties, legislature and politicians the document names most. "The Kingdom"
and "our troops" in a speech are the speaker's own state; "this Organization", "this body" in a
UN speech are the United Nations.

A lower-case organ word counts only after a determiner ("the", "its", "this"), optionally with up
to two words between ("the interim government", "the local police"), and not as the first part of
a compound ("the police station", "the government officials"). "The state government", "the local
government" are a state's provinces, not the state.

A state's intelligence community ("the intelligence community", "Russian intelligence services")
is a body of its own: naming another state's leaves "the administration" to the state named before.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import NamedTuple

from . import (
    bare_organs,
    capitals,  # read at call time: capitals names governments as organs do
    chamber_states,
    head_titles,
    lost_stops,
    military_adjective,
    monarchies,
    possessors,
    scenes,
    speech_governments,
)
from .authority import Authority
from .keywords import has_any
from .mention import Mention
from .tokens import Token, Window, fold, sentence_initial, tokens_before, word_before


class Organ(NamedTuple):
    kind: str  # which earlier mention names its state: "exec", "police", "army", …; "own", "un"
    type: str
    pattern: str  # the actor's name, "{}" for the state


ORGANS: dict[tuple[str, ...], Organ] = {
    ("government",): Organ("exec", "government", "Government of {}"),
    ("authorities",): Organ("exec", "government", "Government of {}"),
    ("regime",): Organ("regime", "government", "Government of {}"),
    ("administration",): Organ("exec", "government", "Government of {}"),
    ("cabinet",): Organ("exec", "government", "Government of {}"),
    # "the junta" is another state's government, never the issuer's own (junta_of)
    ("junta",): Organ("junta", "government", "Government of {}"),
    ("military", "junta"): Organ("junta", "government", "Government of {}"),
    ("military", "authorities"): Organ("exec", "government", "Government of {}"),
    ("military", "government"): Organ("exec", "government", "Government of {}"),
    ("police",): Organ("police", "government", "Police of {}"),
    # "the Nigeria Police Force … the police": one body (the composition reads this table too)
    ("police", "force"): Organ("police", "government", "Police of {}"),
    ("police", "service"): Organ("police", "government", "Police of {}"),
    # "police officers failing to provide arrest warrants": the state's police, as "the police" are
    ("police", "officers"): Organ("police", "government", "Police of {}"),
    ("security", "forces"): Organ("security", "government", "Security forces of {}"),
    # "detained on arrival by the security services", "Lithuanian security services detained him":
    # news reports' other word for a state's security forces, one body with them
    ("security", "services"): Organ("security", "government", "Security forces of {}"),
    ("military",): Organ("army", "armed_force", "Armed forces of {}"),
    ("army",): Organ("army", "armed_force", "Armed forces of {}"),
    ("armed", "forces"): Organ("army", "armed_force", "Armed forces of {}"),
    # the government's forces: of the state whose government the text named last, not of the last
    # army it named ("South African troops … boys used to fight government forces" in Mozambique)
    ("government", "forces"): Organ("government_army", "armed_force", "Armed forces of {}"),
    ("government", "troops"): Organ("government_army", "armed_force", "Armed forces of {}"),
    # A state's troops after a determiner: "our troops", "our reservists"; "the nine soldiers" are
    # often a group of their own (statements name them apart from the army), so not "soldiers"
    ("troops",): Organ("army", "armed_force", "Armed forces of {}"),
    ("reservists",): Organ("army", "armed_force", "Armed forces of {}"),
    # "the intelligence community", "our intelligence agencies": one body of the state's executive
    ("intelligence", "community"): Organ("intel", "government", "Intelligence community of {}"),
    ("intelligence", "agencies"): Organ("intel", "government", "Intelligence community of {}"),
    ("intelligence", "services"): Organ("intel", "government", "Intelligence community of {}"),
    ("courts",): Organ("court", "government", "Courts of {}"),
    ("court",): Organ("court", "government", "Courts of {}"),
    ("judiciary",): Organ("court", "government", "Courts of {}"),
    ("parliament",): Organ("parl", "legislature", "Parliament of {}"),
    ("legislature",): Organ("parl", "legislature", "Parliament of {}"),
    # "the lawmakers", "lawmakers would be making…": the members of the parliament named before
    ("lawmakers",): Organ("parl", "legislature", "Parliament of {}"),
    ("legislators",): Organ("parl", "legislature", "Parliament of {}"),
    # "MPs voted against the bill", "the MPs": the members of a parliament, as "lawmakers" are
    # ("Kenyan MPs" composed with its state); written in capitals, yet a common noun
    ("mps",): Organ("parl", "legislature", "Parliament of {}"),
    # "the legislative authorities", "the legislative branch": the state's legislature, not its
    # executive as "the authorities" alone
    ("legislative", "authorities"): Organ("parl", "legislature", "Parliament of {}"),
    ("legislative", "branch"): Organ("parl", "legislature", "Parliament of {}"),
    ("president",): Organ("head", "person", "President of {}"),
    # A state's ministers by portfolio, in lower case as reports write them after naming the state
    # ("the prime minister", "the foreign minister"): one person each, as "Israel’s justice
    # minister" is (state_offices.py), named alike
    ("prime", "minister"): Organ("head", "person", "Prime Minister of {}"),
    **{
        (portfolio, "minister"): Organ("head", "person", f"{portfolio.title()} Minister of {{}}")
        for portfolio in "foreign defence defense interior finance justice".split()
    },
}
# Organ words written in capitals that are common nouns all the same: "MPs" is "the members".
LOWER_ACRONYMS = frozenset({"MPs"})
SOLDIERS = "Armed forces of {}"
PARLIAMENT = "Parliament of {}"
# A legislature's chambers: "the parliament" is not one of them.
CHAMBER_NAMES = ("Senate", "House", "Upper", "Lower")
# Only with a capital: in lower case these are ordinary words ("the senate of students").
CAPITAL_ONLY: dict[tuple[str, ...], Organ] = {
    ("senate",): Organ("parl", "legislature", "Senate of {}"),
    # "Congress": the legislature of the state the text is about where that state's is a congress
    # (a report on Honduras), else the United States' (resolve)
    ("congress",): Organ("parl", "legislature", "Congress of {}"),
    ("opposition",): Organ("", "party", "Opposition"),
    ("minister",): Organ("", "person", "Minister"),
    ("department",): Organ("", "government", "Department"),
    ("kingdom",): Organ("own", "state", "{}"),
    ("organization",): Organ("un", "igo", "United Nations"),
    ("organisation",): Organ("un", "igo", "United Nations"),
}
# A state's forces named by a word that is its army only after "our"/"my" (the speaker's own state,
# as "our troops" is): "our forces", "our soldiers", "our service members", "our deployed forces".
# After "the" or "these" such words are as often a unit, a side or some soldiers the text names
# apart ("the nine soldiers", "the forces loyal to …"); "its forces" is possessed_forces.py's.
OWN_ONLY: dict[tuple[str, ...], Organ] = {
    (word,): Organ("army", "armed_force", SOLDIERS)
    for word in ("forces", "soldiers", "servicemen", "servicewomen", "servicemembers", "diggers")
}
OWN_ONLY[("service", "members")] = Organ("army", "armed_force", SOLDIERS)
# Verbs of the idiom "join forces" ("we must join our forces to promote peace"): effort, no army.
JOINING = frozenset("join joins joined joining combine combined combining pool unite".split())
# The army's members named as such after an own determiner are the army, as "our troops" are:
# "our military personnel", "our armed forces personnel" (elsewhere "personnel" is a compound's head)
MEMBERS = frozenset({"personnel"})
# After "this" in a speech: the body the speaker addresses.
# "the Assembly" of a UN speech is the General Assembly it addresses, as "the Organization" is the
# United Nations. Elsewhere it is as often a parliament named before ("Kenya's National Assembly
# … the Assembly"): kind "speech" is resolved only in a UN speech.
CAPITAL_ONLY[("assembly",)] = Organ("speech", "igo", "UN General Assembly")
# "the Secretariat" a speaker thanks or asks to reform is the UN's, which the Secretary-General leads
CAPITAL_ONLY[("secretariat",)] = Organ("speech", "igo", "United Nations Secretariat")
THIS_ONLY: dict[tuple[str, ...], Organ] = {
    ("institution",): Organ("un", "igo", "United Nations"),
    ("body",): Organ("un", "igo", "United Nations"),
    ("assembly",): Organ("un", "igo", "UN General Assembly"),
}
# Praise a speaker gives the body addressed, between "this" and its word: "this august body".
EPITHETS = frozenset({"august", "noble", "esteemed", "distinguished", "great"})
# "successive governments", "previous administrations": one state's governments one after another
PLURAL_EXECUTIVES = frozenset({"governments", "administrations"})
SUCCESSIVE = frozenset({"successive", "previous", "past", "consecutive"})
FIRST_WORDS = PLURAL_EXECUTIVES | frozenset(
    k[0] for table in (ORGANS, CAPITAL_ONLY, THIS_ONLY, OWN_ONLY) for k in table
)
DETERMINERS = frozenset("the this that its their his her our your whose these those".split())
# Words "police officers" may follow and be the state's police: a determiner, or what a bare organ
# word may follow ("by police officers", "before police officers ordered him")
OFFICERS_AFTER = DETERMINERS | bare_organs.BEFORE
# Words "security services" may follow and be the state's: a determiner, what a bare organ word may
# follow, or "of", "other" ("on the part of security services", "the Presidential Guard and other
# security services")
SERVICES_AFTER = OFFICERS_AFTER | {"of", "other"}
OWN_DETERMINERS = frozenset({"our", "my"})
# Words between a determiner and the organ that make it something else.
NOT_THE_STATES = frozenset(
    "state provincial local city municipal regional county district student world shadow tribal".split()
)
# …and words that make it some other state's or no state's, or are no modifier at all.
NOT_AN_ORGAN = frozenset(
    """opposition foreign relevant respective other statutory through to by for with from in on at of
    and or but as than about into over under after before between against without within during
    via across regarding concerning when while where whom who which whose""".split()
)
# Nouns an organ word modifies ("the police station"): then it names no organ.
COMPOUND_HEADS = frozenset(
    """station stations headquarters building buildings order orders committee committees official
    officials officer officers spokesperson spokesman spokeswoman source sources policy policies
    program programs programme programmes agency agencies employee employees staff custody chief
    chiefs commander commanders commission commissions aspects base bases operation operations
    personnel vehicle vehicles leader leaders crackdown decision decisions case cases ruling rulings
    hearing hearings proceedings records record documents data figures budget bill bills website
    report reports statement statements response action actions intervention interventions strike
    strikes aid assistance""".split()
)


# Kinds of a state's executive as a whole: "the government", "the regime", "the junta".
EXECUTIVES = ("exec", "regime", "junta")


StateAt = Callable[[list[Token], int], "tuple[int, int] | None"]  # → (state, end offset)


def organ_at(win: Window, text: str, low: str, auth: Authority, state_at: StateAt) -> list[Mention]:
    """An organ word at the window's first token, with its determiner; "the government of Sudan"
    and "the Governments of Kenya, Somalia and Uganda" name their states at once."""
    toks = win.toks
    capital = toks[0].text[:1].isupper() and toks[0].text not in LOWER_ACRONYMS
    win.has(2)
    before = tokens_before(text, toks[0].start, 3)
    prev = before[-1].text if before else ""
    if low in ("government", "governments") and head_titles.in_title(text, toks[0].start):
        return []  # "Heads of State and Government": an office's title, no state's executive
    if low in PLURAL_EXECUTIVES and prev.lower() in SUCCESSIVE and not (win.has(2) and toks[1].text == "of"):
        # "successive governments have failed": the governments of the state whose politics the
        # text is about, its issuer's own as with "the Government" ("previous administrations…")
        pattern = ORGANS[("government",)].pattern
        return [Mention(before[-1].start, toks[0].end, pattern, "government", 1, pattern, "own")]
    if low == "governments":
        return _of_states(win, 1, toks[0].start, ORGANS[("government",)], auth, state_at, each=True)
    if low == "mps" and toks[0].text != "MPs":
        return []  # "MPS 15/85": a release's number in capitals, no members
    this = prev.lower()
    if this in EPITHETS and len(before) > 1 and before[-2].text.lower() == "this":
        this = "this"  # "this august body": a speech's praise of the body it addresses
    found = _lookup(tuple(t.text.lower() for t in toks[:2]), capital, this)
    if found is None:
        found = _own_only(toks, before, text)
    if found is None:
        return []
    organ, n, this_only = found
    if capital and organ.pattern.endswith(" Minister of {}"):
        return []  # "the Prime Minister": an office's title, read as such (people.offices)
    if organ.kind == "head" and prev.lower() in DEPUTIES:
        return []  # "the Vice President" holds another office, found as such (people.offices)
    if organ.kind == "intel" and capital:
        return []  # "the Intelligence Community" is an authority name (the U.S. one) of its own
    members = win.has(n + 1) and toks[n].text.lower() in MEMBERS
    if members and organ.kind == "army" and _own_determined(before, text, toks[0].start):
        n += 1  # "our military personnel": the army's members, the army itself as "our troops" are
    elif win.has(n + 1) and toks[n].text.lower() in COMPOUND_HEADS:
        return []
    if low == "military" and n == 1 and win.has(2) and military_adjective.modifies(text, toks[1]):
        return []  # "the military coup", "Military planning": an act or a plan, no force
    if n == 2 and low == "police" and prev[:1].isalnum() and prev.lower() not in OFFICERS_AFTER:
        return []  # "Sikh police officers", "border police officers", "a dozen police officers": some
    if (
        n == 2
        and toks[1].text.lower() == "services"
        and (toks[1].text.isupper() or (prev.islower() and prev not in SERVICES_AFTER))
    ):
        return []  # "private security services", "PROTECTIVE SECURITY SERVICES": services for hire
    if organ.kind != "parl" and _inside_a_name(toks, n, prev) and not toks[0].text.isupper():
        return []  # "the Foreign Military Sales program": a word inside some other name
    if organ.kind == "army" and capital and prev[:1].isupper() and prev.lower() not in DETERMINERS:
        # "the BTS Army", "the Coalition's Green Army": the last word of a name found as such or
        # found as none (organisations.py), no state's army; a state's ("the Pakistan Army") is
        # composed with its state
        return []
    own_name = _named_government(win, n, organ, before, auth, state_at) if capital else None
    if own_name is not None:
        return [own_name]
    if prev[:1].isupper() and fold(prev) in auth.adjectives:
        return []  # "the Syrian government": composed with its country
    bare = (
        n == 1
        and (low in bare_organs.BARE_WORDS or toks[0].text in bare_organs.BARE_WORDS)
        and bare_organs.bare_at(text, toks[0].start, toks[0].end, COMPOUND_HEADS)
    )
    # "the court urged authorities": a bare organ word takes no determiner across a verb
    start, det = (-1, "") if bare else _determiner(before, organ, text, toks[0].start)
    if not det and not capital and organ.kind in POSSESSABLE and _organ_not_modifier(win, n, organ, prev):
        owned = possessors.possessor(text, toks[0].start, state_at, lambda a: auth.types[a] == "state")
        if owned is not None and owned[1] >= 0:  # "Mali’s transitional military authorities"
            name = organ_name(organ.pattern, owned[1], auth)
            # below the composition's rank: "Ghana’s supreme court" is its Supreme Court, a role
            return [Mention(owned[0], toks[n - 1].end, name, organ.type, 2, country=owned[1])]
        if owned is not None:  # "the country’s highest court": as "the court"
            start, det = owned[0], "the"
    start = toks[0].start if start < 0 else start
    if low == "government" and n == 1:
        coupled = _coupled(win, start, organ, auth, state_at)
        if coupled:
            return coupled
    if organ.pattern.endswith("{}") and organ.kind != "own" and win.has(n + 1) and toks[n].text == "of":
        named = _of_states(win, n, start, organ, auth, state_at, each=False)
        if named:
            return named
    named_first = prev[:1].isupper() and not sentence_initial(text, before[-1].start)
    if named_first and capital and low == "administration":
        agency = _agency(text, before, toks[0].end)
        if agency is not None:
            return [agency]
    # "the Biden-Harris administration", "the Ortega-Murillo regime": two leaders' names
    pair = (
        _leader_pair(text, toks[0].start)
        if prev[:1].isupper() and before[-2:-1] and before[-2].text == "-"
        else None
    )
    if organ.kind in EXECUTIVES and not det and (named_first or pair):
        # "the Howard Government", "the Srettha government": a leader's or a level's name first
        win.has(n + 2)
        state_named = _state_named_before(text, toks[: n + 2], auth, state_at) if not pair else None
        if state_named is not None:  # "The PRC government", "The Democratic Republic of Congo government"
            name = organ_name(organ.pattern, state_named[1], auth)
            return [Mention(state_named[0], toks[n - 1].end, name, organ.type, 2, country=state_named[1])]
        if (
            prev.isupper()
            and not toks[0].text.isupper()
            and (len(before) < 2 or before[-2].text.lower() not in DETERMINERS)
        ):
            return []  # "UN authorities": an acronym without a determiner is let through only for a state's
        if (
            not capital
            and len(before) > 1
            and before[-2].text[:1].isupper()
            and before[-2].text.lower() not in DETERMINERS
        ):
            return []  # "the New South Wales government": a longer name, no state's, read as none
        start, det = before[-1].start, "the"
        if len(before) > 1 and before[-2].text.lower() in DETERMINERS:
            start = before[-2].start
        # not the "Assad" of "the Al-Assad regime": the whole name is the leader's, as below
        whole = text[before[-1].start - 1 : before[-1].start] != "-"
        known = _known_government(prev, toks[n - 1].text, auth) if whole else -1
        if known >= 0:  # "the Smith regime", "the Zionist regime": a name the file gives it
            name, country = auth.names[known], auth.country[known]
            return [Mention(start, toks[n - 1].end, name, organ.type, 2, country=country)]
        leader = _leaders_state(prev, auth)
        if leader < 0 and prev in capitals.CAPITALS:
            # "the Pretoria regime", "the Hanoi authorities": a government named for its seat is
            # its state's, as "Pretoria" alone before a verb is (capitals.py)
            leader = auth.by_name.get(capitals.CAPITALS[prev], -1)
        if pair is not None:
            start = pair[0]
            leader = _leaders_state(pair[1], auth) if leader < 0 else leader
        if leader >= 0:  # "the Lukashenka regime", "the Maduro government": the leader's state's
            name = organ_name(organ.pattern, leader, auth)
            return [Mention(start, toks[n - 1].end, name, organ.type, 2, country=leader)]
        # "The Haryana government", "the Queensland Government", "the New South Wales Government",
        # "the NSW Government": a province's own government
        province = _province_named(before, auth) if prev not in capitals.CAPITALS else None
        if province is not None:
            at, place = province
            begin = before[at].start
            if at > 0 and before[at - 1].text.lower() in DETERMINERS:
                begin = before[at - 1].start
            return [Mention(begin, toks[n - 1].end, f"Government of {auth.names[place]}", "government", 1)]
    if organ.kind in EXECUTIVES and win.has(n + 2) and toks[n].text == "in":
        seated = _seated_in(win, n + 1, start, organ, auth, state_at)
        if seated:
            return seated
    if (
        not det
        and not capital
        and organ.kind not in BARE_KINDS
        and tuple(t.text.lower() for t in toks[:n]) not in BARE_PAIRS
        and not _bare_chamber(organ, prev, text, toks[0].start)
        and not bare
    ):
        return []
    speakers_body = det in ("this", "the", "our")
    if (organ.kind in ("un", "speech") and not speakers_body) or (this_only and det != "this"):
        return []
    if organ.kind == "un" and det == "our":
        # "our Organization": a member state's word for the UN, but a charity's for itself: read
        # only in a UN speech, as "the Assembly" is
        organ = organ._replace(kind="speech")
    if (
        organ.kind == "speech"
        and len(before) > 2
        and before[-2].text == "of"
        and before[-3].text[:1].isupper()
    ):
        return []  # "President of the Assembly": an office's title, whose holder is the mention
    if organ.pattern == SOLDIERS and det in ("its", "their", "his", "her", "whose"):
        return []  # "withdraw its troops": statements mark the state's forces, not these
    said = None
    if organ.kind == "parl" and n == 1:
        said = chamber_states.said(text, before, capital, toks[0].end, auth, CONGRESS_STATES)
    if said is not None and said != chamber_states.PARTY_MEMBERS:
        name = organ_name(organ.pattern, said, auth) if said >= 0 else ""
        return [Mention(start, toks[0].end, name, organ.type, 2, country=said)] if name else []
    kind = "own" if det in OWN_DETERMINERS and organ.kind not in ("un", "speech", "") else organ.kind
    kind = "own" if said == chamber_states.PARTY_MEMBERS else kind
    if low == "mps" and ((not bare and prev.lower() != "the") or _counted(text, toks[0].start)):
        return []  # "9 MPs", "your MPs", "these five MPs": some members, a party's, not the body
    # "the President" of a U.S. release is the issuer's own president even first in a sentence;
    # "MPs" are its own parliament's as "Parliament" is, wherever other states are named
    cap = low == "mps" or (capital and (organ.kind == "head" or not sentence_initial(text, toks[0].start)))
    # the name stays the pattern until resolved, save the word "parliament", which resolve tells apart
    name = PARLIAMENT_WORD if low in CHAMBER_WORDS else organ.pattern
    return [Mention(start, toks[n - 1].end, name, organ.type, 1, organ.pattern, kind, start_cap=cap)]


# After a possessive and a description, "military" is as often an adjective ("Russia’s continued
# military build-up") and "regime" a policy ("Australia's detention regime"): the first only
# before a verb or punctuation, the second only after an adjective, not a noun.
AFTER_ORGAN = frozenset("has have had is are was were will would should must can could and or".split())
NOUN_ENDINGS = ("ion", "ment", "ship", "ance", "ence", "port", "ions")


# "9 MPs", "twenty MPs", "as MPs": a number of members, or a role
COUNTED_RE = re.compile(
    r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|dozen|hundred|as))[^\S\n]+$", re.I
)


def _counted(text: str, pos: int) -> bool:
    return COUNTED_RE.search(text, max(0, pos - 10), pos) is not None


def _organ_not_modifier(win: Window, n: int, organ: Organ, prev: str) -> bool:
    toks = win.toks
    if organ.kind == "regime":
        return not prev.endswith(NOUN_ENDINGS)
    if organ.kind == "army" and n == 1 and win.has(2) and prev not in possessors.POSSESSIVES:
        # after a description "military" is as often an adjective ("Russia’s continued military
        # build-up"); right after the possessive it is the army ("Burma’s military committed
        # genocide", "Congo's army said"), its adjective use told by military_adjective
        after = toks[1].text
        return not after[:1].isalpha() or after in AFTER_ORGAN
    return True


# "the Government of National Unity", "the Government of National Accord": a government's own
# name, after "of" no state but capitalised words.
NAME_WORD_RE = re.compile(r"[A-Z][a-z]+")
# What a named government is, between its state's adjective and its name: without them "the
# Libyan interim Government of National Unity" fell to the state named last (the United States).
INTERIM_WORDS = frozenset(
    ("interim", "transitional", "provisional", "caretaker", "new", "revitalized", "revitalised")
)


def _coupled(win: Window, start: int, organ: Organ, auth: Authority, state_at: StateAt) -> list[Mention]:
    """ "the Government and people of Namibia": the government of the state named after its
    people, on "the Government" alone (the people are a mention of their own); "the Government of
    my country": the speaker's own."""
    end = win.toks[0].end
    state = speech_governments.coupled_state(win, 1, state_at, lambda a: auth.types[a] == "state")
    if state >= 0:
        name = organ_name(organ.pattern, state, auth)
        return [Mention(start, end, name, organ.type, 5, organ=speech_governments.GREETED, country=state)]
    if speech_governments.of_own_country(win, 1):
        end = win.toks[3].end
        return [Mention(start, end, organ.pattern, organ.type, 1, organ.pattern, "own")]
    return []


def _named_government(
    win: Window, n: int, organ: Organ, before: list[Token], auth: Authority, state_at: StateAt
) -> Mention | None:
    """A government named for what it is ("the Sudanese Government of National Unity"), as the
    government of the state whose adjective comes first, else of the state the text named last (not
    the issuer's, as a capitalised "Government" alone is)."""
    toks = win.toks
    if organ.kind != "exec" or not (win.has(n + 3) and toks[n].text == "of"):
        return None
    st = state_at(toks, n + 1)
    if st is not None and auth.types[st[0]] == "state":
        return None  # "the Government of Sri Lanka": a state of two words, neither a name alone
    j = n + 1
    while win.has(j + 1) and (NAME_WORD_RE.fullmatch(toks[j].text) or toks[j].text in ("and", "of")):
        j += 1
    while j > n + 1 and not NAME_WORD_RE.fullmatch(toks[j - 1].text):
        j -= 1
    words = [t.text for t in toks[n + 1 : j]]
    if len(words) < 2 or any(fold(w) in auth.adjectives or w in auth.by_name for w in words):
        return None  # "the Government of Sudan", "the Governments of Kenya and Uganda": states
    end = toks[j - 1].end
    k = len(before) - 1
    while k > 0 and before[k].text.lower() in INTERIM_WORDS:
        k -= 1  # "the Libyan interim Government of National Unity": the adjective before its kind
    prev = before[k] if k >= 0 else None
    state = auth.adjectives.get(fold(prev.text), -1) if prev is not None and prev.text[:1].isupper() else -1
    if prev is not None and state >= 0 and auth.types[state] == "state":
        start = before[k - 1].start if k > 0 and before[k - 1].text.lower() == "the" else prev.start
        return Mention(start, end, organ_name(organ.pattern, state, auth), organ.type, 5, country=state)
    prev = before[-1] if before else None
    start = prev.start if prev is not None and prev.text.lower() == "the" else toks[0].start
    return Mention(start, end, organ.pattern, organ.type, 1, organ.pattern, "named")


# How many words a state's name before an organ word may have ("Democratic Republic of Congo").
STATE_NAME_WORDS = 5
STATE_ADJECTIVE_WORDS = 3  # the most tokens a state's adjective is read over (actors._state_at)


def _state_named_before(
    text: str, organ: list[Token], auth: Authority, state_at: StateAt
) -> tuple[int, int] | None:
    """(where the phrase starts, the state) when a state's name by any of its names ends right
    before the organ word (`organ`: its tokens and two more): "The PRC government", "the DPRK
    regime", "The Democratic Republic of Congo government". A state's adjective and file name are
    composed with the role (actors.py); its other names ("PRC", "PNG", "DRC") only here. The
    longest name wins."""
    before = tokens_before(text, organ[0].start, STATE_NAME_WORDS + 1)
    if not before:
        return None
    read = before + organ  # a longer name read from a token may run on into the organ's words
    for j in range(max(0, len(before) - STATE_NAME_WORDS), len(before)):
        if not before[j].text[:1].isupper() or j + STATE_ADJECTIVE_WORDS > len(read):
            continue  # (the second: too near the end of the text for the longest adjective read)
        found = state_at(read, j)
        if found is None or found[1] != before[-1].end or auth.types[found[0]] != "state":
            continue
        if fold(text[before[j].start : found[1]]) in auth.adjectives:
            return None  # "the United States Government": composed with the role as written
        start = (
            before[j - 1].start if j > 0 and before[j - 1].text.lower() in DETERMINERS else before[j].start
        )
        return start, found[0]
    return None


def _seated_in(
    win: Window, j: int, start: int, organ: Organ, auth: Authority, state_at: StateAt
) -> list[Mention]:
    """ "the government in Khartoum", "the totalitarian regime in Cuba": one mention of the
    government of the state, or of the state whose capital, is named after "in" (token j). The
    state named last before would often be another ("threaten the government in Khartoum" in a
    release about the Senate's own bill)."""
    toks = win.toks
    win.has(j + 3)
    st = state_at(toks, j)
    if st is not None and auth.types[st[0]] == "state":
        state, end = st
    else:
        two = " ".join(t.text for t in toks[j : j + 2])
        n = 2 if two in capitals.CAPITALS else 1
        seat = two if n == 2 else toks[j].text
        state = auth.by_name.get(capitals.CAPITALS.get(seat, ""), -1)
        if state < 0:
            return []  # "the government in January", "the authorities in Rakhine State"
        end = toks[j + n - 1].end
    name = organ_name(organ.pattern, state, auth)
    return [Mention(start, end, name, organ.type, 5, country=state)]


def _leader_pair(text: str, pos: int) -> tuple[int, str] | None:
    """(where the phrase starts, the first name) for two capitalised names joined by a hyphen
    before `pos`, a government's leaders ("the Biden-Harris", "the Rudd-Gillard"), with the
    determiner before them if any."""
    before = tokens_before(text, pos, 5)
    if len(before) < 3 or not before[-3].text[:1].isupper() or before[-3].end != before[-2].start:
        return None
    if before[-2].end != before[-1].start:
        return None  # "Israel - Gaza": a dash between words, no compound name
    start = before[-3].start
    if len(before) > 3 and before[-4].text.lower() in DETERMINERS:
        start = before[-4].start
    return start, before[-3].text


# The words of a federal agency's name before "Administration": capitalised ones and the joins
# inside it ("the Food and Drug Administration", "the National Oceanic and Atmospheric
# Administration"), one space or line break apart.
AGENCY_WORDS_RE = re.compile(r"(?:(?:[A-Z][\w'’-]*|and|of|for) )+\Z")
AGENCY_JOINS = frozenset({"and", "of", "for"})
UN_FIRST = frozenset({"United", "UN", "U.N."})


def _agency(text: str, before: list[Token], end: int) -> Mention | None:
    """A U.S. agency named "… Administration" by two capitalised words or more ("the Social Security
    Administration", "the Food and Drug Administration"), a government body of its own; not a
    President's ("the Bush Administration"), whose one name follows a determiner. It had been read
    as one ("Drug Administration", "Security Administration": the U.S. government)."""
    if len(before) < 2:
        return None
    second = before[-2].text
    if second.lower() in DETERMINERS or not (second[:1].isupper() or second in AGENCY_JOINS):
        return None
    run = AGENCY_WORDS_RE.search(text, max(0, before[-1].start - 80), before[-1].end + 1)
    if run is None:
        return None
    words = text[run.start() : end].split()
    if words[-1].isupper():
        return None  # "… CALLS ON ADMINISTRATION": a headline's words
    # a determiner or an owner's possessive begins the name ("… Iraq  The Administration" scraped
    # without its full stop, "the Energy Department's National Nuclear Security Administration")
    cut = [k for k, w in enumerate(words) if w.lower() in DETERMINERS or w.endswith(("'s", "’s"))]
    words = words[cut[-1] + 1 :] if cut else words
    while words and words[0] in AGENCY_JOINS:
        words = words[1:]  # "… and Drug Administration" after no name's word: it begins after
    if len(words) < 3 or words[0] in UN_FIRST:
        return None  # the UN's transitional administrations ("United Nations Interim …") are its own
    start = text.index(words[0], run.start())
    return Mention(start, end, " ".join(words), "government", 1)


def _inside_a_name(toks: list[Token], n: int, prev: str) -> bool:
    """Whether capitalised words that are no determiner stand on both sides of the organ word.
    A chamber's word is let be: "Chairman  Senate Judiciary Committee" names its committee."""
    if n >= len(toks) or not prev[:1].isupper() or prev.lower() in DETERMINERS:
        return False
    after = toks[n].text
    return after[:1].isupper() and after.isalpha() and not after.isupper()


# Organs a state's possessive may name across a description (possessors.py).
POSSESSABLE = frozenset(
    {"exec", "regime", "junta", "police", "security", "army", "government_army", "court", "parl", "intel"}
)
# Words before a head of state's title that make it another office.
DEPUTIES = frozenset({"vice", "deputy"})


DETERMINED_RE = re.compile(
    r"\b(?:the|this|that|its|their|his|her|our|your|my|whose|these|those)(?:\s+[a-z]+){0,2}\s+$",
    re.I,
)


# Organ words that name the organ without a determiner: "harassed at checkpoints by security
# forces" is the state's security forces, "clashes between rebels and government forces" its army,
# where a bare "police" or "court" is often a compound or a generic word ("police brutality",
# "court cases").
BARE_KINDS = frozenset({"security"})
BARE_PAIRS = ("government", "forces"), ("government", "troops"), ("police", "officers")
BARE_RE = re.compile(
    r"(?:(?:security|government)\s+(?:forces|troops)|security\s+services|police\s+officers)\b"
)


# A determiner and one capitalised word, a leader's or a place's name, before the organ word.
NAMED_RE = re.compile(r"\b(?:the|this|that|its|their|our|your|my)\s+[A-Z][\w'’-]*\s+$", re.I)
HYPHENED_RE = re.compile(r"\w+-\w")
ACRONYM_BEFORE_RE = re.compile(r"(?<![\w.])[A-Z]{2,5}[^\S\n]+$")  # "PRC authorities", not "U.S."
# The same with a longer name, a state's by one of its names: "the Democratic Republic of Congo
# government", "the Russian Federation government" (organs._state_named_before decides).
NAMES_RE = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Ii]ts|[Tt]heir)\s+[A-Z][\w.'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.'’-]*){1,3}\s+$"
)


# "passed by parliament", "a bill before parliament": after a preposition a chamber's word alone
# is the state's legislature, as "Parliament" with a capital is.
CHAMBER_PREPOSITIONS = frozenset("in by to before through from into".split())
CHAMBER_RE = re.compile(r"(?:parliament|legislature)\b")
# "Parliament", "our parliament" name no state whose legislature is a congress: an Australian release
# that names the U.S. Congress and then "our Parliament" means its own (resolve). "Lawmakers" may
# be anyone's.
CHAMBER_WORDS = frozenset({"parliament", "legislature"})
PARLIAMENT_WORD = "parliament"
# "members of parliament", "a joint sitting of parliament", "the government and parliament",
# "which parliament had enacted", "They, not parliament, will make…": "parliament" (not
# "lawmakers", which "a group of lawmakers" makes some members) is the state's legislature after
# these words too. "a member of parliament" is one person's office, not the body.
CHAMBER_LINKS = frozenset("of and or nor not which".split())
MEMBER_OF_RE = re.compile(r"\b(?:[Mm]ember|MP|[Ss]peaker|[Aa]ct)[^\S\n]+of[^\S\n]+$")
# "peacemakers and parliament members": the word modifies the noun after it.
MODIFIES_RE = re.compile(r"[^\S\n]+(?:members?|speaker|building|seats?|elections?)\b")


def _has_ministers(state: int, auth: Authority) -> bool:
    """Whether a state's government has ministers: not the United States' (secretaries), not a
    union's such as the EU."""
    return state >= 0 and auth.types[state] == "state" and auth.names[state] != "United States"


_SECOND_WORDS: dict[str, frozenset[str]] = {}


def second_words() -> dict[str, frozenset[str]]:
    """The first words that begin organs of two words or more only ("foreign" of "foreign
    minister"), with the first five letters of the words that can follow them: the actor scan
    asks organ_at about them only where one follows ("foreign policy" is no organ's)."""
    if not _SECOND_WORDS:
        firsts: dict[str, set[str]] = {}
        singles = set()
        for table in (ORGANS, CAPITAL_ONLY, THIS_ONLY):
            for key in table:
                if len(key) == 1:
                    singles.add(key[0])
                else:
                    firsts.setdefault(key[0], set()).add(key[1][:5])
        _SECOND_WORDS.update({w: frozenset(s) for w, s in firsts.items() if w not in singles})
    return _SECOND_WORDS


def _bare_chamber(organ: Organ, prev: str, text: str, at: int) -> bool:
    if organ.kind != "parl":
        return False
    return prev.lower() in CHAMBER_PREPOSITIONS or _linked_chamber(text, at, prev)


def _linked_chamber(text: str, at: int, prev: str) -> bool:
    """Whether "parliament" at `at` follows a word that links it to the sentence as a body."""
    word = CHAMBER_RE.match(text, at)
    if prev not in CHAMBER_LINKS or word is None or MODIFIES_RE.match(text, word.end()):
        return False
    return prev != "of" or MEMBER_OF_RE.search(text, max(0, at - 12), at) is None


def _known_government(word: str, organ: str, auth: Authority) -> int:
    """The government the authority names by the word and the organ word together, or -1: the
    General Debates' "the Smith regime" (Rhodesia's, with no Smith of its own in the file), "the
    Zionist regime", whose first word names no leader or state to resolve."""
    for alias in auth.index2.get((fold(word), fold(organ)), ()):
        if len(alias.keys) == 2 and auth.types[alias.actor] == "government":
            return alias.actor
    return -1


def _leaders_state(word: str, auth: Authority) -> int:
    """The state of the leader a word names in the authority ("Maduro": Venezuela), or -1. Read
    here, as the organ is found, so that a later "the regime" follows it; leaders_governments.py
    names afterwards those the text itself names ("President Bush … the Bush administration")."""
    for alias in auth.index.get(fold(word), ()):
        if auth.types[alias.actor] == "person" and auth.country[alias.actor] >= 0 and alias.tokens[0] == word:
            return auth.country[alias.actor]
    return -1


# "a brutal regime", "an authoritarian regime", "a repressive dictatorial regime": a government
# judged by what it does, where "a sanctions regime", "a visa regime" are rules. The words
# between must read as judging adjectives.
EVALUATIVE_RE = re.compile(
    r"\b[Aa]n?(?:[^\S\n]+(?:[a-z]+(?:ive|ian|al|ic|ous|ary|ist|ent|ant|less|ful)|corrupt|cruel))"
    r"(?:[^\S\n]+(?:and[^\S\n]+)?[a-z]+(?:ive|ian|al|ic|ous|ary|ist|ent|ant|less|ful))?[^\S\n]+$"
)


def determined(text: str, pos: int) -> bool:
    """A determiner among the three words before `pos` (a quick test for lower-case organ words),
    or an organ that needs none."""
    if BARE_RE.match(text, pos):
        return True
    if CHAMBER_RE.match(text, pos):
        before = word_before(text, pos)
        if before.lower() in CHAMBER_PREPOSITIONS or _linked_chamber(text, pos, before):
            return True
    if text.startswith(bare_organs.BARE_WORDS, pos):
        end = pos + next(len(w) for w in bare_organs.BARE_WORDS if text.startswith(w, pos))
        if bare_organs.bare_at(text, pos, end, COMPOUND_HEADS):
            return True
    prev = word_before(text, pos)
    if prev.lower() in DETERMINERS or prev.lower() in SUCCESSIVE:
        return True
    if text.startswith("regime", pos) and EVALUATIVE_RE.search(text, max(0, pos - 40), pos):
        return True
    if prev[:1].isupper() and NAMED_RE.search(text, max(0, pos - 60), pos):
        return True  # "the Abbott government", "the Castro regime": organ_at decides
    if len(prev) > 1 and prev.isupper() and ACRONYM_BEFORE_RE.search(text, max(0, pos - 12), pos):
        return True  # "We urge PRC authorities": organ_at decides whether the acronym is a state's
    if prev[:1].isupper() and NAMES_RE.search(text, max(0, pos - 60), pos):
        return True  # "the Democratic Republic of Congo government": organ_at decides
    if possessors.after_named_owner(text, pos) and not HYPHENED_RE.match(text, pos):
        # "Burma’s army": organ_at asks whose (possessors.possessor); not "Türkiye’s
        # government-controlled internet regulator", a compound adjective
        return True
    if not prev.islower():
        return False  # after a name, a number or punctuation: no determiner of its own
    return DETERMINED_RE.search(text, max(0, pos - 40), pos) is not None or possessors.after_possessive(
        text, pos
    )


def _of_states(
    win: Window, n: int, start: int, organ: Organ, auth: Authority, state_at: StateAt, each: bool
) -> list[Mention]:
    """States after "of" at token n: one mention from `start` to the state ("the government of
    Sudan"), or with `each` one per state of a list, on the state's name (a list of signatories)."""
    toks = win.toks
    if not (win.has(n + 2) and toks[n].text == "of"):
        return []
    found: list[tuple[int, Token, Token]] = []
    j = n + 1
    while win.has(j + 1):
        first = toks[j]  # "the Netherlands": the article is part of the name's span
        if first.text.lower() == "the":
            j += 1
            win.has(j + 1)
        win.has(j + 3)
        st = state_at(toks, j) if j < len(toks) else None
        if st is None or auth.types[st[0]] != "state":
            break
        while win.has(j + 2) and toks[j + 1].start < st[1]:
            j += 1
        found.append((st[0], first, toks[j]))
        j += 1
        if not each or not win.has(j + 2) or toks[j].text not in (",", "and"):
            break
        j += 2 if toks[j].text == "," and toks[j + 1].text == "and" else 1
    out = []
    for aid, first, last in found[: None if each else 1]:
        name = organ_name(organ.pattern, aid, auth)
        lo = first.start if each else start
        # An office-holder's title leaves the state its own mention ("his election as President of
        # the United Arab Emirates"); a body's name takes it in ("the government of Sudan").
        hi = toks[n - 1].end if organ.type == "person" else last.end
        out.append(Mention(lo, hi, name, organ.type, 5, country=aid))
    return out


def _determiner(before: list[Token], organ: Organ, text: str, head: int) -> tuple[int, str]:
    """Where the phrase starts and its determiner: "the interim government", "its police"; up to two
    lower-case words may come between ("the local police"), not a province's ("the state government")."""
    for k in range(len(before) - 1, -1, -1):
        w = before[k].text
        if w.lower() in DETERMINERS or w.lower() == "my":
            return before[k].start, w.lower()
        if w.lower() in ("a", "an") and organ.kind == "regime" and k < len(before) - 1:
            return before[k].start, "a"  # "a repressive dictatorial regime" (EVALUATIVE_RE)
        if not (w.isalpha() and w.islower()) or len(before) - k > 2 or w in NOT_AN_ORGAN:
            break
        gap = text[before[k].end : before[k + 1].start if k + 1 < len(before) else head]
        if len(gap) >= lost_stops.WIDE and "\n" not in gap:
            break  # a scraped page's lost full stop: "…are watching their every move      President Bush"
        if w.endswith("s") and not w.endswith(("ous", "ss", "is", "us")):
            break  # a plural noun or a verb heads its own phrase: "This trip follows President Biden"
        if organ.kind in EXECUTIVES and w in NOT_THE_STATES:
            break
    return -1, ""


def _own_only(toks: list[Token], before: list[Token], text: str) -> tuple[Organ, int, bool] | None:
    """A word of OWN_ONLY after the speaker's own determiner ("our forces", "our deployed forces")."""
    words = tuple(t.text.lower() for t in toks[:2])
    n = 2 if words in OWN_ONLY else 1
    organ = OWN_ONLY.get(words[:n])
    if organ is None or not _own_determined(before, text, toks[0].start):
        return None
    if words[0] == "forces" and any(t.text.lower() in JOINING for t in before):
        return None  # "if we join our forces to find solutions": the idiom, no army
    return organ, n, False


def _own_determined(before: list[Token], text: str, head: int) -> bool:
    """Whether "our" or "my" determines the word after `before`, with at most two lower-case words
    between that name no other organ ("our deployed forces", not "our police forces")."""
    start, det = _determiner(before, ORGANS[("army",)], text, head)
    between = [t.text.lower() for t in before if t.start > start]
    return det in OWN_DETERMINERS and not any(w in FIRST_WORDS for w in between)


def _lookup(words: tuple[str, ...], capital: bool, prev: str) -> tuple[Organ, int, bool] | None:
    if len(words) == 2 and words in ORGANS:
        return ORGANS[words], 2, False
    one = words[:1]
    if one in ORGANS:
        return ORGANS[one], 1, False
    if capital and one in CAPITAL_ONLY:
        return CAPITAL_ONLY[one], 1, False
    if one in THIS_ONLY and prev == "this":
        return THIS_ONLY[one], 1, True
    return None


KIND_OF_NAME = {o.pattern[:-2]: o.kind for o in ORGANS.values() if o.pattern.endswith(" of {}")}
KIND_OF_TYPE = {"government": "exec", "armed_force": "army", "legislature": "parl"}
DEFENCE_RE = re.compile(r"\bDefen[cs]e\b")  # "U.S. Department of Defense", "Ministry of Defence"


# The Australian states and territories by the abbreviations releases write before their organs
# ("the NSW Government", "The WA Government", "the ACT Government"). Only there: alone they are as
# often a postal address's or a faction's ("Castle Hill NSW 2154", "the NSW Right").
PROVINCE_ABBREVIATIONS: dict[str, str] = {
    "NSW": "New South Wales",
    "WA": "Western Australia",
    "ACT": "Australian Capital Territory",
    "NT": "Northern Territory",
}


def _province_named(before: list[Token], auth: Authority) -> tuple[int, int] | None:
    """A province named by the words before an organ word, the longest name first, or by its
    abbreviation ("Queensland", "New South Wales", "NSW"): where its first word stands in `before`
    and the place. "The New South Wales Government" had been the government of
    Wales, and "the NSW Government" an Australian release's own (federal) one."""
    for size in (3, 2, 1):
        if len(before) < size:
            continue
        words = before[-size:]
        if not all(w.text[:1].isupper() for w in words):
            continue
        place = auth.by_name.get(" ".join(w.text for w in words), -1)
        if place >= 0 and auth.types[place] == "place":
            return len(before) - size, place
    place = auth.by_name.get(PROVINCE_ABBREVIATIONS.get(before[-1].text, ""), -1)
    return (len(before) - 1, place) if place >= 0 else None


def kind_of(m: Mention) -> str:
    """The kind of organ an explicitly named mention is ("Police of Thailand" → police)."""
    at = m.name.find(" of ")
    kind = KIND_OF_NAME.get(m.name[: at + 4]) if at > 0 else None
    return kind if kind is not None else KIND_OF_TYPE.get(m.type, "")


def _country(m: Mention, auth: Authority) -> int:
    if m.country >= 0:
        return m.country
    if m.aid >= 0:
        return auth.country[m.aid]
    at = m.name.find(" of ")
    if at > 0 and m.name[: at + 4] in KIND_OF_NAME:
        # an organ named with its state but found by no authority name ("the U.S. president" is
        # "President of the United States"): its state, so "the president" after it is the same
        state = auth.by_name.get(m.name[at + 4 :].removeprefix("the "), -1)
        return state if state >= 0 and auth.types[state] == "state" else -1
    return -1


PERSON_SUFFIX = re.compile(r"(?:[^m]ent|or|er|ist|ian|man|woman|ee|ary|ul|oy)$")
PERSON_WORDS = frozenset(
    "minister president premier king queen prince princess chief leader head official sheikh emir "
    "sultan judge justice secretary envoy consul".split()
)
# Nouns for bodies that end like an office-holder's ("contingent" like "agent")
# Bodies whose word ends like an office-holder's ("-ary" of "secretary", "-er" of "minister"):
# "the Georgian judiciary" is the state's courts, not a person.
NOT_PERSONS = frozenset(
    "military power border order quarter center centre headquarter contingent judiciary treasury "
    "constabulary".split()
)


def person_office(noun: str) -> bool:
    """Whether a role noun names one office-holder ("senator", "ambassador", "foreign minister"),
    not a body ("government", "parliament") or a group ("senators", "troops")."""
    head, of, _ = noun.partition(" of ")
    if of:  # "secretary of state", "chief of staff": the office's head word before its "of"
        return head.split()[-1] in PERSON_WORDS
    last = noun.split()[-1]
    if last.endswith("s") or last in NOT_PERSONS:
        return False
    return last in PERSON_WORDS or PERSON_SUFFIX.search(last) is not None


# States whose national legislature is called a congress (their constitutions' names).
CONGRESS_STATES = frozenset(
    {
        "United States",
        "Philippines",
        "Honduras",
        "Guatemala",
        "Peru",
        "Colombia",
        "Chile",
        "Argentina",
        "Mexico",
        "Brazil",
        "Paraguay",
        "Dominican Republic",
        "Micronesia",
    }
)


def _congress_of(state: int, auth: Authority) -> int:
    """The state a bare "Congress" is the legislature of: the one the text points to if its
    legislature is a congress, else the United States ("Congress should fund aid to Syria")."""
    if state >= 0 and auth.names[state] in CONGRESS_STATES:
        return state
    return auth.by_name.get("United States", -1)


def _parliament_of(state: int, auth: Authority) -> bool:
    """Whether a state's legislature may be called its parliament: a state's whose is no congress."""
    return state >= 0 and auth.types[state] == "state" and auth.names[state] not in CONGRESS_STATES


def organ_name(pattern: str, state: int, auth: Authority) -> str:
    """An organ's name for a state: "Courts of Honduras"; a legislature by the name the dictionary
    gives it where it has one ("United States Congress", which "the U.S. Congress" also is)."""
    if pattern == "{}":
        return auth.names[state]
    if pattern in ("Parliament of {}", CAPITAL_ONLY[("congress",)].pattern):
        pattern = "Parliament of {}"
        congress = f"{auth.names[state]} Congress"
        if auth.by_name.get(congress, -1) >= 0:
            return congress
    return pattern.format(of_state(auth.names[state]))


def of_state(name: str) -> str:
    """A state's name as it follows "of": "the United States", "the Netherlands", "Syria"."""
    plural = name.endswith(("Islands", "Netherlands", "Philippines", "Bahamas", "Maldives", "Comoros"))
    if plural or name.startswith(("United ", "Republic ", "Democratic ", "Central African", "Holy ")):
        return "the " + name
    return name


def _untitled(text: str, m: Mention) -> bool:
    """Whether the office is bare ("the president", not "the wounded president") and the text
    titles no one with it ("President Alvarado", "Prime Minister Netanyahu"): then it is no
    person the text met, spoke with or described."""
    if not text or len(text[m.start : m.end].split()) > 2:
        return False
    title = m.home.partition(" of ")[0]
    return re.search(rf"\b{title}[^\S\n]+[A-Z]", text) is None


def resolve(
    mentions: list[Mention],
    auth: Authority,
    speaker: int = -1,
    un_speech: bool = False,
    text: str = "",
    home_organs: bool = False,
) -> list[Mention]:
    """Each organ word named after its state; those whose state cannot be told are dropped, save
    offices that stand on their own ("the Minister", "the Opposition"). `speaker` is the state
    the metadata says speaks (a UN speech's), the own state of "our troops" if known; in a UN
    speech (`un_speech`) "this Organization" and "the Assembly" are the UN's whether or not the
    text names it. `home_organs`: the genre is one whose bare "the government" and "parliament"
    are the speaker's own until another state's are named (an Australian member's release)."""
    if not any(m.organ or m.home for m in mentions):
        return mentions
    ordered = sorted(mentions, key=lambda m: m.start)
    subject, own, un = _homes(ordered, auth)
    own = speaker if speaker >= 0 else own
    un = "United Nations" if un_speech else un
    last: dict[str, int] = {}
    named: list[int] = []
    spoken_of = (-1, -1)  # the state named last by a state, people or organ word, and where it ends
    legislatures = _legislatures(ordered, auth)
    addressee = _addressees_state(text, ordered, auth) if "Dear" in text else -1
    scenes_found = scenes.scenes(text, ordered, auth)
    bare_states: dict[str, int] = {}  # the state each kind's last bare organ word was found to be
    out = []
    for m in ordered:
        if not m.home:
            c = _country(m, auth)
            if home_organs and c >= 0 and auth.types[c] == "place":
                # "the Victorian Government … the Government": a federal member's bare government
                # stays the federal one, another state's having been named, not a province's
                c = -1
            kind = kind_of(m) if c >= 0 and m.organ != "leaders" else ""
            if kind:
                last[kind] = c
                if kind == "exec" and m.organ != speech_governments.GREETED:
                    last["ruler"] = c  # what "the regime" may be: not a government greeted
                if kind == "exec" and DEFENCE_RE.search(m.name):
                    # "the Pentagon … the military": a defence department speaks for its state's forces
                    last["army"] = c
                if kind != "intel":  # "Russian intelligence services" leave "the administration" be
                    last["any"] = c
            if c >= 0 and m.organ == "junta":
                last["junta"] = c  # "the Burmese military junta … the junta": the same one
            if c >= 0 and kind and _occupying(text, m):
                last["occupier"] = c  # "Russian occupying authorities … the occupying authorities"
            if c >= 0:
                named.append(c)
                if m.type in speech_governments.STATE_TYPES:
                    spoken_of = (c, m.end)
                last["named"] = c  # any state, its people or its leader: what "the regime" may be
                if m.type == "government" and m.name.endswith(" regime"):
                    m.name = f"Government of {of_state(auth.names[c])}"  # "the Assad regime"
            out.append(m)
            continue
        if m.organ == "un" or m.organ == "speech":
            if un and (m.organ == "un" or un_speech):
                m.name = m.home if m.home != "United Nations" else un
                m.home = ""
                out.append(m)
            continue
        scene = -1
        if "occupier" in last and _occupying(text, m):
            # "the occupying authorities" are the occupier's, never the occupied state's, whose
            # government or territory the text may have named last
            scene = last["occupier"]
        elif scenes_found and m.organ in SCENE_KINDS:
            words = text[m.start + 1 : m.end]
            # "the Labor government", "the Government": a party's or the issuer's, set anywhere
            weak = m.organ not in WEAK_SCENE_EXCEPT and words.islower() and "administration" not in words
            scene = scenes.scene_at(scenes_found, m.start, strong_only=not weak)
        if scene >= 0:
            state = scene  # "In Myanmar, the junta…": the state the sentence is set in (or occupies)
        elif m.organ == "regime":
            state = _regime_of(last, subject, speaker)
        elif m.organ == "junta":
            state = _junta_of(last, subject, (speaker, own))
        elif m.organ == "own" and m.home == "{}":  # "the Kingdom"
            state = monarchies.kingdom([own] if un_speech else [*reversed(named), subject, own], auth)
        elif m.organ == "media":
            # "official state media" with no state named: the state the statement is about, never
            # its own; where that is the speaker's, whose is not told and none is named
            state = subject if subject not in (own, speaker) else -1
        elif m.organ == "head" and "head" not in last and own >= 0 and not un_speech and _untitled(text, m):
            # "the president" of a senator's release, in lower case too, is his own state's when
            # the text titles no one "President …" and names no other state's: naming Afghanistan
            # names no Afghan president ("the president's proposal … for Afghanistan")
            state = own
        elif un_speech and own >= 0 and m.organ == "exec" and speech_governments.bare(text, m.start, m.end):
            state = speech_governments.whose(text, spoken_of, m.start, own)
        elif addressee >= 0 and text.startswith(("your", "Your"), m.start):
            state = addressee  # "Dear Prime Minister Singh, … your government": India's
        else:
            # a bare one follows the state the last bare one of its kind was found to be ("the new
            # government" of East Timor, set in Dili, then "members of the government")
            home = home_organs and _bare_home(text, m) and bare_states.get(m.organ, own) == own
            state = _state_for(m, last, subject, own, un_speech, home)
        if "{}" not in m.home:
            m.home = ""
            out.append(m)
            continue
        if m.home.endswith(" Minister of {}") and state >= 0:
            # "the foreign minister" of a State Department readout: the other state's, the United
            # States having secretaries, not ministers (nor a union of states its own)
            state = next((c for c in [state, *reversed(named), subject] if _has_ministers(c, auth)), -1)
        if m.home == ORGANS[("president",)].pattern and state >= 0:
            # "the President" in an Australian release: the president the text points to, not
            # Australia's, which has none
            state = monarchies.presidency([state, *reversed(named), subject], auth)
        if m.name == PARLIAMENT_WORD and state >= 0 and auth.names[state] in CONGRESS_STATES:
            state = next((c for c in [own, subject, *reversed(named)] if _parliament_of(c, auth)), -1)
        if m.home == CAPITAL_ONLY[("congress",)].pattern:
            state = _congress_of(state, auth)
            if state >= 0:  # named as surely as "the U.S. Congress": "The President" after it is its state's
                last["parl"] = last["any"] = state
        if state < 0:
            continue
        if home_organs and _bare_home(text, m):
            bare_states[m.organ] = state
        m.name = organ_name(m.home, state, auth)
        if m.home in (PARLIAMENT, CAPITAL_ONLY[("congress",)].pattern):  # "Congress … the lawmakers"
            m.name = legislatures.get(state, m.name)  # the legislature as the text names it
        m.country, m.home = state, ""
        out.append(m)
    return out


def _occupying(text: str, m: Mention) -> bool:
    """Whether an organ is described as an occupier's: "the occupying authorities", "Russian
    occupation forces"."""
    return "occup" in text[m.start : m.end]


# Organs a sentence's scene ("In Egypt, the authorities…") names the state of: a state's own
# bodies, not "our troops" nor the UN's.
SCENE_KINDS = frozenset(POSSESSABLE | {"head"})
# …and those "in X" inside a sentence does not: a state's rulers and its head, whom a text names
# for the state it is about ("refugees in Bangladesh fear the junta"; "aid to Ukraine … that the
# President signed")
WEAK_SCENE_EXCEPT = frozenset({"regime", "junta", "head"})


DEAR_RE = re.compile(r"\bDear[^\S\n]+(?=[A-Z])")


def _addressees_state(text: str, ordered: list[Mention], auth: Authority) -> int:
    """The state of the person a letter's salutation names ("Dear Prime Minister Singh"), whose
    government "your government" is; -1 where the salutation names no one the file knows."""
    dear = DEAR_RE.search(text)
    if dear is None:
        return -1
    for m in ordered:
        if dear.end() <= m.start < dear.end() + 40 and m.type == "person":
            aid = m.aid if m.aid >= 0 else auth.by_name.get(m.name, -1)
            return auth.country[aid] if aid >= 0 and auth.types[aid] == "person" else -1
    return -1


def _legislatures(ordered: list[Mention], auth: Authority) -> dict[int, str]:
    """Each state's legislature by the name the text gives it ("United States Congress", "National
    Assembly"), not a chamber's; "the lawmakers" before the name are its members too."""
    out: dict[int, str] = {}
    for m in ordered:
        if not m.home and m.type == "legislature" and not m.name.startswith(CHAMBER_NAMES):
            c = _country(m, auth)
            if c >= 0 and kind_of(m) == "parl":
                out.setdefault(c, m.name)
    return out


def _regime_of(last: dict[str, int], subject: int, speaker: int) -> int:
    """Whose "the regime" is: the government named last, else the state or leader named last,
    else the document's subject; never the speaking state's (a UN speech's, a senator's), which
    no statement calls a regime. A government the speech greets with its people ("our hearts
    reach out to the Government and the people of Mexico") is a friend's, which no speaker calls
    a regime either: "the white minority regime" two sentences on is South Africa's, named
    between."""
    for state in (last.get("ruler", -1), last.get("named", -1), subject):
        if state >= 0 and state != speaker:
            return state
    return -1


def _junta_of(last: dict[str, int], subject: int, own: tuple[int, int]) -> int:
    """Whose "the junta" is: the state of a junta or armed forces named before ("the Burmese
    military junta" is found as Burma's military), else the state the text is about, else the
    government named last, else the state named last; never the issuer's own ("we must act
    resolutely as the junta continues" in a senator's release on Burma), which "the junta" followed
    when resolved as "the government". A junta rules the country a statement is about: a report on
    Myanmar names Bangladesh's authorities, where the refugees are, between its mentions of the
    junta."""
    for state in (
        last.get("junta", -1),
        last.get("army", -1),
        subject,
        last.get("exec", -1),
        last.get("named", -1),
    ):
        if state >= 0 and state not in own:
            return state
    return -1


# The organ words an Australian release uses bare for the Australian Government and Parliament
# ("the government's deal to expel asylum seekers to Malaysia", "both houses of parliament").
HOME_WORDS = ("government", "parliament")


def _bare_home(text: str, m: Mention) -> bool:
    """Whether the mention is a bare "government" or "parliament" with no state's word in it."""
    words = text[m.start : m.end].lower().split()
    return len(words) <= 2 and words[-1] in HOME_WORDS


def _state_for(
    m: Mention, last: dict[str, int], subject: int, own: int, un_speech: bool = False, home: bool = False
) -> int:
    # "the Senate" is the issuer's own chamber even first in a sentence: statements name another
    # state's senate with its state ("the Philippine Senate")
    own_senate = m.home == CAPITAL_ONLY[("senate",)].pattern
    if m.organ == "named":  # "the Government of National Accord": of the state spoken of last
        return last.get("named", last.get("exec", subject))
    if un_speech and m.start_cap and m.organ == "exec" and "named" in last:
        # A UN speech writes every government with a capital and its own as "my Government":
        # "In Iraq, … the Government and the people continue" is Iraq's, the state named last.
        return last["named"]
    if m.organ == "own" or (m.start_cap and m.organ in ("exec", "parl", "head")) or own_senate:
        return own if own >= 0 else last.get(m.organ, last.get("any", subject))
    if home and own >= 0 and m.organ not in last:
        # an Australian release speaks of its own government bare until it names another's: a
        # release on the "Malaysia deal" names Malaysia most, yet "the government" is Australia's
        return own
    if m.organ == "government_army" and "exec" not in last and subject >= 0:
        return subject  # "government forces" before any government is named: the text's state's
    for key in (m.organ, "exec", "any"):
        if key in last:
            return last[key]
    return subject if subject >= 0 else own


def _homes(ordered: list[Mention], auth: Authority) -> tuple[int, int, str]:
    """The state the document is about (most named), the issuer's own state (whose parties,
    legislature and politicians it names most), and the UN's name if the text names it."""
    about: Counter[int] = Counter()
    own: Counter[int] = Counter()
    un = ""
    for m in ordered:
        if m.home:
            continue
        c = _country(m, auth)
        if c < 0:
            if m.type == "igo" and m.name in ("United Nations", "UN General Assembly", "UN Security Council"):
                un = "United Nations"
            continue
        if m.type == "state" or m.country >= 0:
            about[c] += 1
        elif m.aid >= 0 and m.type in ("party", "legislature", "person", "government"):
            own[c] += 1
    subject = about.most_common(1)[0][0] if about else -1
    home = own.most_common(1)[0][0] if own else -1
    return subject, home, un


# A party or leader before "-led": "the BJP-led government", "India’s Bharatiya Janata Party
# (BJP)-led government". The government is the state's, whoever leads it.
LED_RE = re.compile(r"(?:[^\S\n]*\([A-Z]+\))?-led[^\S\n]+(?:government|authorities|administration)\b")
THE_RE = re.compile(r"\b[Tt]he[^\S\n]+$")


def led_governments(text: str, chosen: list[Mention]) -> list[Mention]:
    """The mentions with each party or leader named before "-led government" taken into one
    mention of the state's government (resolved later as "the government" is); an acronym in
    brackets inside it ("(BJP)") goes with it."""
    if not has_any(text, ("-led ",)):
        return chosen  # nearly every statement
    led: list[Mention] = []
    for m in chosen:
        found = LED_RE.match(text, m.end) if m.type in ("party", "person") else None
        if found is not None:
            the = THE_RE.search(text, max(0, m.start - 5), m.start)
            start = the.start() if the else m.start
            led.append(
                Mention(start, found.end(), "Government of {}", "government", 1, "Government of {}", "exec")
            )
    if not led:
        return chosen
    kept = [m for m in chosen if not any(g.start <= m.start and m.end <= g.end for g in led)]
    return kept + led
