"""A government named for its leader: "the Bush administration", "the Biden administration", "the
Maduro regime" are the government of the leader's state, whatever state the text named last.

The organ word ("administration", "regime") is resolved to a state by the text around it, and a
U.S. senator's "The Bush administration" after a paragraph on Khartoum had become the government
of Sudan. The leader's name says whose: the state the authority file gives the person the text
names with that surname ("President Bush"), else the one person the file knows by that name or
surname. A state's adjective or name ("the German government", "the UK government") is no leader.
"""

from __future__ import annotations

import re

from .authority import Authority
from .mention import Mention
from .organs import of_state
from .tokens import fold

LED_RE = re.compile(
    r"(?:[Tt]he\s+)?([A-Z][\w'’-]+)(?:['’]s)?\s+(?:[Aa]dministration|[Gg]overnment|[Rr]egime)"
)


_SURNAMES: dict[int, dict[str, frozenset[int]]] = {}


def surname_states(auth: Authority) -> dict[str, frozenset[int]]:
    """The states of the people the file knows, by their surname ("bush" → the United States);
    built once per authority, on the first leader's government met."""
    key = id(auth)
    if key not in _SURNAMES:
        found: dict[str, set[int]] = {}
        for aid, name in enumerate(auth.names):
            if auth.types[aid] == "person" and " " in name:
                found.setdefault(fold(name.split()[-1]), set()).add(auth.country[aid])
        _SURNAMES[key] = {k: frozenset(v) for k, v in found.items()}
    return _SURNAMES[key]


def _leader_state(surname: str, people: list[Mention], auth: Authority) -> int:
    """The state of the person called so: one the text names, else the file's only one."""
    key = fold(surname)
    if key in auth.adjectives or auth.names_a_place(surname):
        return -1  # "the German government", "the UK government": no leader's name
    named = {p.name for p in people if p.name.split()[-1] == surname}
    states = {auth.country[aid] for n in named if (aid := auth.by_name.get(n, -1)) >= 0}
    if not named:
        aliases = auth.index.get(key, [])
        states = {auth.country[a.actor] for a in aliases if auth.types[a.actor] == "person"}
        if not aliases:
            states = set(surname_states(auth).get(key, ()))
    states.discard(-1)
    return next(iter(states)) if len(states) == 1 else -1


def _own_surname(surname: str, own: int, auth: Authority) -> bool:
    """Whether a person of the page's own state bears the surname in the file ("Clinton")."""
    key = fold(surname)
    aliases = auth.index.get(key, [])
    return own in surname_states(auth).get(key, ()) or any(
        auth.country[a.actor] == own for a in aliases if auth.types[a.actor] == "person"
    )


def link(text: str, mentions: list[Mention], auth: Authority, own: int = -1) -> list[Mention]:
    """Rename each government named for its leader after the leader's state. On a U.S. government
    page (own: the United States, else -1) one whose leader the text names but whose state nothing
    tells is dropped rather than left the page's own, which "the Raisi administration" had become:
    the file knows the U.S. presidents, and the organ word alone made it the speaker's."""
    people: list[Mention] | None = None
    unknown: list[Mention] = []
    own_government = f"Government of {of_state(auth.names[own])}" if own >= 0 else ""
    for m in mentions:
        if m.type != "government" or not m.name.startswith("Government of "):
            continue
        led = LED_RE.fullmatch(text, m.start, m.end)
        if led is None:
            continue  # nearly every government: no leader's name before the organ word
        if people is None:
            people = [p for p in mentions if p.type == "person"]
        # "the Ortega-Murillo regime", "the Biden-Harris administration": the first leader's;
        # "the BJP-led government" is one name
        names = led.group(1).split("-")
        pair = len(names) == 2 and all(n[:1].isupper() and len(n) > 2 for n in names)
        names = names if pair else [led.group(1)]  # "Al-Assad" is one name too
        state = next((st for name in names if (st := _leader_state(name, people, auth)) >= 0), -1)
        if state < 0 and m.name == own_government and any(p.name.split()[-1] == names[0] for p in people):
            if not _own_surname(names[0], own, auth):  # "President-Elect Raisi": a leader, not ours
                unknown.append(m)
                continue
        if state >= 0 and auth.types[state] == "state":
            m.name, m.country = f"Government of {of_state(auth.names[state])}", state
    return [m for m in mentions if not any(m is u for u in unknown)]


# "the administration", "this administration", "the previous administration": no state or leader
# named with it.
ADMINISTRATION_RE = re.compile(
    r"(?:[Tt]he|[Tt]his|[Tt]hat|[Oo]ur)\s+(?:(?:previous|last|current|new|full|present)\s+)?[Aa]dministration"
)


def own_administration(text: str, mentions: list[Mention], own: int, auth: Authority) -> None:
    """Rename, in place, "the administration" of a U.S. government page as the speaking state's
    government: a State Department briefing's "Does the administration agree?" after a question
    on the Palestinian Authority is the Biden administration, not the Authority."""
    name = f"Government of {of_state(auth.names[own])}"
    for m in mentions:
        if m.type == "government" and m.name != name and ADMINISTRATION_RE.fullmatch(text, m.start, m.end):
            m.name, m.country = name, own


# A government named by its leader's full name or title: "President Boakai’s administration",
# "Saddam Hussein's tyrannical regime", "the Nicolas Maduro regime", "The administration of
# President Javier Milei". The finders read the leader as a person there, and the sets mark the
# whole phrase as the government it names.
ORGAN_WORDS = r"(?:[Aa]dministration|[Gg]overnment|[Rr]egime|[Cc]abinet)"
OWNED_RE = re.compile(rf"['’]s(?:\s+[a-z]+){{0,2}}?\s+{ORGAN_WORDS}\b")  # "’s new unity government"
NAMED_AFTER_RE = re.compile(r"\s+(?:[Aa]dministration|[Rr]egime)\b")  # "the Hun Sen regime"
THE_BEFORE_RE = re.compile(r"[Tt]he\s+$")
# "the Administration of United States President Donald Trump": no full stop between ("the
# Government of France. Assistant Secretary Medina" is two sentences), but an initial ("U.S.")
OF_BEFORE_RE = re.compile(rf"[Tt]he\s+{ORGAN_WORDS}\s+of\s+(?:(?:[A-Z]\.)+\s+|[A-Z][a-z]+\s+){{0,2}}$")
# A leader's time in office, not the government: "during then-President Jammeh’s administration"
# (the sets mark the leader there), "under President X's government".
TENURE_RE = re.compile(
    r"\b(?:during|throughout|under|since|until|after|before)\s+(?:the\s+)?(?:then-)?$", re.I
)


def _led_span(text: str, p: Mention) -> tuple[int, int] | None:
    """The span of the government a person's mention names, if its words make it one."""
    before = text[max(0, p.start - 60) : p.start]
    owned = OWNED_RE.match(text, p.end)
    if owned is not None:
        return None if TENURE_RE.search(before) else (p.start, owned.end())
    after = NAMED_AFTER_RE.match(text, p.end)
    the = THE_BEFORE_RE.search(before)
    if after is not None and the is not None:
        return p.start - len(the.group()), after.end()
    of = OF_BEFORE_RE.search(before)
    if of is not None:
        return p.start - len(of.group()), p.end
    return None


def led_by_person(text: str, mentions: list[Mention], auth: Authority) -> list[Mention]:
    """Replace each leader's mention that names a government ("President Boakai’s administration")
    by the government of the leader's state, the one the file gives the person; a leader it does not
    know names a government of its own ("President Boakai’s administration"): the states the text
    names around the leader are as often another ("Blinken's call with Prime Minister Henry")."""
    if not any(w in text for w in ("dministration", "overnment", "egime", "abinet")):
        return mentions
    found: list[Mention] = []
    people: list[Mention] = [p for p in mentions if p.type == "person"]
    for p in people:
        span = _led_span(text, p)
        if span is None:
            continue
        aid = p.aid if p.aid >= 0 else auth.by_name.get(p.name, -1)
        state = auth.country[aid] if aid >= 0 else _leader_state(p.name.split()[-1], people, auth)
        if aid >= 0 and (state < 0 or auth.types[state] != "state"):
            continue  # the UN's Secretary-General, a party's leader: no state's government
        if state >= 0 and auth.types[state] == "state":
            name = f"Government of {of_state(auth.names[state])}"
        else:  # a leader the file does not know: the text around names other states as often as not
            name = " ".join(text[span[0] : span[1]].split()).removeprefix("the ").removeprefix("The ")
            state = -1
        found.append(Mention(span[0], span[1], name, "government", 5, country=state))
    if not found:
        return mentions
    kept = [m for m in mentions if not any(f.start <= m.start and m.end <= f.end for f in found)]
    return kept + found
