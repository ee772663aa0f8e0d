"""People titled with their office's whole name: "Minister of Finance Assen Vassilev", "Assistant
Secretary of State for Consular Affairs Rena Bitter", "Deputy Minister of Defense Khalid bin Salman".

State Department and White House pages name foreign ministers and U.S. officials this way, and
the office alone ("Minister", "Secretary") had been the whole mention, a person called
"Minister". The office's name runs on in capitalised words until the holder's name begins; the
name is the last words of the run that name no thing (`people.non_person_words`: "Finance",
"Affairs", "Defense" end an office's name, no surname), at least two of them.
"""

from __future__ import annotations

import re

from .authority import authority
from .mention import Mention
from .people import non_person_words
from .tokens import Caps, cap_words, fold, match_at

# Envoys and special representatives too: "Special Envoy for Iran Robert Malley", "Special
# Representative for Afghanistan Tom West" (State Department pages name them so in most briefings).
HEADS = frozenset(
    """Minister Secretary Director Commissioner Adviser Advisor Administrator Ambassador Envoy
    Representative Official""".split()
)
_HEADS = "(?:" + "|".join(sorted(HEADS)) + ")"
# "Official" begins an office ("Senior Bureau Official for the Bureau of East Asian and Pacific
# Affairs Kin Moy") but ends no other office's run: in "Special Advisor for Energy Security Amos
# Hochstein, and Bureau of Energy Resources Senior Bureau Official Harry Kamian" it is inside one.
_RUN_ENDS = "(?:" + "|".join(sorted(HEADS - {"Official"})) + ")"
# a name's word, a title ("Dr. Karen Donfried") or an initial ("Jennifer R. Littlejohn")
_WORD = rf"(?:(?:Dr|Mr|Mrs|Ms|Sen|Hon)\.|[A-Z]\.|(?!{_RUN_ENDS}\b)[A-Z][\w'’-]*)"
# The office's head word, its "of" or "for", then its name and the holder's in capitalised words
# (another office's head word ends the run: "Minister of Finance Assen Vassilev and Minister of …").
# "Director General" is also written apart ("Director General for Asian and Oceanian Affairs
# Bureau Funakoshi Takehiro").
OFFICE_NAME_RE = re.compile(
    rf"{_HEADS}(?:-General|[^\S\n]General)?"
    r"[^\S\n]{1,2}(?:of|for|to)[^\S\n]{1,2}"
    rf"((?:(?:the|and|of|for|on|bin|ibn|al|el)[^\S\n]{{1,2}}|,[^\S\n]?(?=and\b|[A-Z])|{_WORD}[^\S\n]{{0,2}}){{2,16}})"
)
TITLES = frozenset(
    """Dr. Dr Mr Mr. Mrs Mrs. Ms Ms. Senator Sen. Hon Hon. Sir Dame His Her Excellency Right Honourable
    Honorable""".split()
)
# First words of an office's name, which begin the next office after a holder's name.
QUALIFIERS = frozenset(
    "Deputy Assistant Principal Acting Senior Special Under Vice Chief Executive Prime Foreign".split()
)
POSTNOMINALS = frozenset("MP AM AO AC QC SC KC OBE MBE CBE PhD Jr".split())
AFTER_HOLDER = QUALIFIERS | POSTNOMINALS
PARTICLES = frozenset("bin ibn al el de da van von".split())


def office_titled(text: str, caps: Caps | None = None) -> list[Mention]:
    caps = cap_words(text) if caps is None else caps
    out: list[Mention] = []
    for m in match_at(OFFICE_NAME_RE, text, caps, HEADS):
        whole = _before_next_office(m.group(1), text, m.end(1))
        run = _first_listed_run(_first_holders_run(whole, text), text, m.end(1))
        _add_holder(out, text, m.start(), m.start(1), run)
        if len(run) < len(whole):  # "… and AUC Head of Delegation Chairperson Moussa Faki Mahamat"
            other = AND_RE.match(whole, len(run))
            if other is not None:
                start = m.start(1) + other.end()
                _add_holder(out, text, start, start, whole[other.end() :])
    return out


def _add_holder(out: list[Mention], text: str, start: int, run_start: int, run: str) -> None:
    """The holder's mention, from the office's first word to the last of the name, if the run ends
    in one."""
    name = _holder(run, text)
    if name is not None:
        last = name[-1]
        end = text.rfind(last, run_start, run_start + len(run)) + len(last)
        out.append(Mention(start, end, " ".join(name), "person", 3))  # over the office alone


def _holder(run: str, text: str) -> list[str] | None:
    """The words of the holder's name at the end of the office's run of words."""
    words = run.split()
    while words and (not words[-1][:1].isupper() or words[-1].strip(",") in AFTER_HOLDER):
        # "… Coordination Abdul Qadir Patel and", "… Ricardo Zúniga, Deputy Assistant": what
        # follows the name (the next office's first words)
        words.pop()
    k = len(words)
    while k > 0 and _name_word(words, k - 1):
        k -= 1
    if len(words) - k == 1 and len(words) > 2 and words[k - 1][:1].isupper() and _name_word(words, k):
        k -= 1  # "Minister of Foreign Affairs Ararat Mirzoyan": a given name that names a mountain too
    if k and words[k - 1] == "and" and len(words) - k > 2 and _ordinary(words[k]):
        k += 1  # "… Trade, Industry, and Minerals Albert Muchanga": the portfolio's last word, no name
    if k and words[k - 1] == "and":
        return None  # "Secretary for … Affairs and Chris Bowen MP": another person, no holder
    if k == 0 or words[k - 1].lower() in ("of", "for", "the", "on"):
        k += 1  # "Minister of Finance Assen Vassilev": the office's name is at least one word
    if any(w.endswith(",") for w in words[k:-1]):
        return None  # "Mr. Sikandar Sultan Raja, Chief Election…": a list, not one name
    if k < len(words) - 1 and k and words[k - 1] in ARTICLES:
        k += 1  # "Ambassador to El Salvador Jean Manes": the state's name ends the office
    name = [w.strip(",") for w in words[k:] if w not in TITLES]
    while len(name) > 2 and _ordinary(name[0]) and name[0] not in authority().given_names:
        name = name[1:]  # "Minister of State for Foreign Affairs Adel al-Jubeir": "Affairs" ends the office
    if len(name) == 2 and _office_word(name[0]) and not _place(name):
        name = name[1:]  # "High Commissioner for Human Rights Bachelet": "Rights" ends the office
    # a surname alone ("Secretary of Homeland Security Mayorkas"), written as a name
    surname_only = (
        len(name) == 1
        and SURNAME_RE.fullmatch(name[0]) is not None
        and (not _ordinary(name[0]) or _titled_elsewhere(name[0], text))
        and words[-2] not in ARTICLES  # "Ambassador to El Salvador": a state's name
    )
    if all(_ordinary(w) for w in name) and not surname_only:
        return None  # a title-case headline: "… the Prime Minister of India Burma Urge"
    given = authority().given_names
    if len(name) > 2 and name[0] not in given and name[1] in given:
        name = name[1:]  # "for Energy Transformation Anna Shpitsberg": the office ends before Anna
    if not (1 if surname_only else 2) <= len(name) <= 5 or words[k - 1].endswith(",") or name[0] in PARTICLES:
        return None  # no holder's name after the office's, or a list ("Finance, Energy and Trade")
    return name


# The next office's body, written before its head word: "Molly Phee, and AUC Commissioner for …".
HEAD_RE = re.compile(_HEADS)
# and its ranks: "…, and ROK Special Representative for …"
NEXT_BODY_RE = re.compile(
    r",?[^\S\n]+and[^\S\n]+[A-Z]{2,6}(?:[^\S\n]+(?:" + "|".join(sorted(QUALIFIERS)) + r")){0,2}[^\S\n]*$"
)


def _before_next_office(run: str, text: str, end: int) -> str:
    """The office's run without the acronym of the body whose office follows it: the run stops at
    the next office's head word, and the acronym before it is no part of this holder's name."""
    if not HEAD_RE.match(text, end):
        return run
    cut = NEXT_BODY_RE.search(run)
    return run if cut is None else run[: cut.start()]


AND_RE = re.compile(r"[^\S\n]+and[^\S\n]+(?=[A-Z])")


def _first_holders_run(run: str, text: str) -> str:
    """The run up to the first holder's name when "and" joins another person's title to it:
    "Secretary of State Antony Blinken and AUC Head of Delegation Chairperson Moussa Faki"
    (the other title's head word, "Head" or "Chairperson", is none of ours to stop the run). The
    name before "and" must begin with a given name, so a portfolio's "and" ("Foreign Affairs and
    Trade Penny Wong") goes on."""
    given = authority().given_names
    for joint in AND_RE.finditer(run):
        name = _holder(run[: joint.start()], text)
        if name is not None and len(name) >= 2 and name[0] in given:
            return run[: joint.start()]
    return run


COMMA_RE = re.compile(r",[^\S\n]+(?=[A-Z])")


def _first_listed_run(run: str, text: str, end: int) -> str:
    """The run up to the first holder's name when a list goes on after a comma with the next
    person's office: "Special Representative for the DPRK Sung Kim, Japanese Ministry of Foreign
    Affairs Director General …". The run stopped at the next office's head word ("Director"), so
    what follows its last comma names that office's body, no part of this holder's name."""
    if "," not in run or not HEAD_RE.match(text, end) or _holder(run, text) is not None:
        return run
    for comma in reversed(list(COMMA_RE.finditer(run))):
        name = _holder(run[: comma.start()], text)
        if name is not None and len(name) >= 2:
            return run[: comma.start()]
    return run


def _titled_elsewhere(word: str, text: str) -> bool:
    """A surname that names a city too ("Secretary of Defense Austin") is the holder's where the
    text writes it after a person's title elsewhere ("Secretary Austin", "Mr. Austin"), as no
    city is written; no common word is ("Minister of Foreign Affairs Trade")."""
    if fold(word) in authority().common:
        return False
    return re.search(rf"\b(?:{_HEADS}|Mr|Mrs|Ms|Dr|Senator)\.?[^\S\n]+{re.escape(word)}\b", text) is not None


ARTICLES = frozenset("El La Le Las Los The the".split())
SURNAME_RE = re.compile(r"(?:Mc|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def _office_word(word: str) -> bool:
    """A word that ends an office's name, not a given name: an ordinary English word that names
    things ("Rights", "Security", "Technology"); "Park" (Park Jin) and "Bill" name people too."""
    return fold(word) in authority().common and word.lower() in non_person_words()


def _place(words: list[str]) -> bool:
    """Whether the words are a place's name: "Port Moresby"."""
    auth = authority()
    aid = auth.by_name.get(" ".join(words))
    return aid is not None and auth.types[aid] in ("place", "state")


def _ordinary(word: str) -> bool:
    """An ordinary word or a place's name, no part of a person's."""
    auth = authority()
    return fold(word) in auth.common or auth.names_a_place(word)


def _name_word(words: list[str], i: int) -> bool:
    """A word of a person's name: capitalised and naming no thing, or a particle inside one
    ("Khalid bin Salman al Saud")."""
    w = words[i]
    if w in PARTICLES:
        return i > 0 and words[i - 1][:1].isupper()
    if not w[:1].isupper():
        return False
    given = authority().given_names
    # "William Hague": a given name, and a surname after one, even when it also names a thing
    return w.strip(",").lower() not in non_person_words() or w in given or i > 0 and words[i - 1] in given
