"""Organisations the authority file does not know, read from capitalised phrases with a head word
("the Syrian Emergency Task Force", "the Joint Standing Committee on Migration", "the National
Crime Authority"): where the name begins and ends in the phrase, and what type its words make it."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from operator import itemgetter

from . import (
    executive_bodies,
    forces_names,
    organs,
    owned_programmes,
    people,
    place_organs,
    role_predicates,
    ruling_councils,
)
from .actors import ROLE_NAMES
from .actors import _trie as prefix_tree  # one prefix-tree pattern builder
from .authority import authority
from .mention import Mention
from .tokens import Caps, cap_words, fold, match_at, occurrences, sentence_initial
from .verbs import ACTION_VERBS, HEADLINE_VERBS

# Head words that make a capitalised phrase an organisation, with the type they imply.
HEADS: dict[str, str] = {
    "International": "ngo",
    "Watch": "ngo",
    "Foundation": "ngo",
    "Federation": "ngo",
    "Coalition": "ngo",
    "Association": "ngo",
    "Network": "ngo",
    "Institute": "ngo",
    "Institution": "ngo",  # a think tank's: "the Brookings Institution", "the Hoover Institution"
    "Centre": "ngo",
    "Center": "ngo",
    "Society": "ngo",
    "Alliance": "ngo",
    "Pact": "ngo",
    "Trust": "ngo",
    "Campaign": "ngo",
    "Initiative": "ngo",  # "the Nobel Women’s Initiative"; but see _plan
    "Forum": "ngo",
    "Force": "armed_force",  # a state's ("the Qods Force"); see _force for a task force, a police force
    "Union": "ngo",
    "League": "ngo",
    "Movement": "ngo",
    "Council": "ngo",
    "Committee": "ngo",
    "Subcommittee": "legislature",  # a committee's part: "the Subcommittee on Human Rights and the Law"
    # members of a chamber met over one cause: "the Senate Women's Caucus", "the Congressional Black
    # Caucus" are a body of their own, not one more mention of the Senate; only with their chamber
    "Caucus": "legislature",
    "Commission": "ngo",
    "Organisation": "ngo",
    "Organization": "ngo",
    "Project": "ngo",
    # typed `other` as the annotations type universities: neither a charity nor a state's organ
    "University": "other",
    "Fund": "ngo",
    "Group": "ngo",
    "Party": "party",
    "Ministry": "government",
    "Department": "government",
    "Command": "government",
    "Agency": "government",
    # a state's organs named by what they are: "the Federal Bureau of Investigation", "the
    # National Intelligence Directorate", "the Civil Aviation Authority" (not "Administration",
    # "Division" nor "Police": "the Biden-Harris Administration" is the President's government,
    # "the New South Wales Division" a party's, "the Indonesian Police" composed with its state)
    "Bureau": "government",
    "Directorate": "government",
    "Authority": "government",
    "Court": "government",
    "Parliament": "legislature",
    "Assembly": "legislature",
    "Senate": "legislature",
    "Army": "armed_group",
    "Brigade": "armed_group",
    "Front": "armed_group",
    "News": "media",
    "Times": "media",
    "Post": "media",
    "Herald": "media",
    # a broadcaster's or a paper's own name ends in what it is: "Channels TV", "Nigerian Television",
    # "Vatican Radio", "Premium Times", "the Daily Telegraph", "the Kyiv Post", "Apple Daily" (not
    # "Gazette" nor "Journal": "the Official Gazette", "the Journal of Neuroscience" publish no news)
    "TV": "media",
    "Television": "media",
    "Radio": "media",
    "Tribune": "media",
    "Telegraph": "media",
    "Chronicle": "media",
    "Daily": "media",
    "Magazine": "media",
}
# The head words a wrapped line may begin with (wrapped_names): the capitalised ones only, since a
# line's first word is capitalised whatever it is.
# "Parliament" begins a letterhead's address line ("Minister for Reconciliation\nParliament House").
# (typed: wrapped_names builds its keywords from it at import, where mypyc cannot infer the type)
WRAPPED_HEADS: tuple[str, ...] = tuple(
    h for h in HEADS if h[:1].isupper() and h not in ("International", "Watch", "Parliament")
)
# Any head word inside a phrase (a superset of what _organisation looks at: a quick rejection).
# A prefix tree: a flat alternation of the words cost 1.7 times as much.
HEAD_RE = re.compile(prefix_tree([(w, "") for w in HEADS]))
HEAD_WORDS = tuple(HEADS)
# First words of an initiative that is a plan states put forward, not an organisation: "the Arab
# Peace Initiative", "the African Renewable Energy Initiative", "the Three Seas Initiative".
REGIONAL = frozenset("Arab African Asian Pan-African Gulf Three Two Four".split())
# Words that begin a capitalised run without being a name's: articles, a clause's conjunction
# ("Since Human Rights Watch began…"), dates, a question's verb ("Is Minsk Group alive?"), a
# note's reference ("See Human Rights Watch, “They Don’t…”"), and page furniture (HRW's captions
# "Click to expand Image Front gate of…", a Senate page's "Latest News").
LEADING_STOP = frozenset(
    """The A An In On At For This That Our Their Its His Her My Your Today Yesterday But And As If When
    While Since Because Although Though Unless Until Whereas Image Photo Latest Sen Senator Is Are
    Was Were Does Did Has Have Had Can Could Would Should See January February March April May June
    July August September October November December Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday""".split()
)
# Phrases built like a body's name that name none: the President's annual address; the legal
# designation the Secretary of State gives a group ("designated as a Foreign Terrorist Organization").
# A treaty's own word for the states bound by it ("our obligations as a State Party", "the High
# Contracting Parties") names states, not a political party.
NO_BODIES = frozenset(
    {
        "State of the Union",
        "Foreign Terrorist Organization",
        "Foreign Terrorist Organizations",
        "State Party",
        "State Parties",
        "States Parties",
        "Contracting Party",
        "Contracting Parties",
        "High Contracting Party",
        "High Contracting Parties",
    }
)
# Legal forms and registration numbers after a body's name, in letterheads.
CORPORATE = frozenset("Limited Ltd Ltd. Inc Inc. Incorporated ABN ACN".split())
# Documents a body issues, named after it: the name before them is the body's.
DOCUMENTS = frozenset("Resolution Resolutions Declaration Report Statement Communiqué Decision Fact".split())
DELEGATES = frozenset("Representatives Members Delegates Delegations Co-Chairs Chairs".split())
# What a body holds or has, named before it: "the Third Meeting of the India-U.S. Counternarcotics
# Working Group", "the Charter of the Cultural Property Advisory Committee": the body is the actor.
OCCASIONS = frozenset("Meeting Meetings Session Sessions Charter Round Anniversary Launch Opening".split())
ORDINALS = frozenset(
    "First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Annual Inaugural".split()
)
# The state organs' head words, which also head a law's sections ("Sec. 2. Emergency Authority.").
ORGAN_HEADS = frozenset({"Bureau", "Directorate", "Authority"})
SECTION_RE = re.compile(r"(?:^|\n|\d\.)[^\S\n]*$")
LED = ("-led", "-backed", "-linked", "-aligned", "-based", "-run")
LED_AFTER = ("-funded", "-sponsored", "-supported", "-owned", "-controlled", "-organized", "-organised")
DATE_WORDS = frozenset(
    """January February March April May June July August September October November December Monday
    Tuesday Wednesday Thursday Friday Saturday Sunday""".split()
)
# Possessive: what may follow a word (a space, or the phrase's end) is none of its characters,
# so giving them back never helps, and it cost every capitalised word followed by no other.
CAP = r"(?:[A-Z][\w'’.-]*+|\d++(?![^\W\d_]))"  # "Article 19", not "… of 16th Street"
# A line may end after a joining word inside a name ("the Truth and\nReconciliation Commission"),
# never after a capitalised one: a heading's last word and the next line's first are two phrases.
JOIN = r"(?:of|for|on|and|the|a|de|against)(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*(?=[A-Z]))"
# A list of one-word names inside a name, its last item after "and": "the Truth, Reconciliation and
# Reparations Commission", "the Committee on Economic, Social and Cultural Rights", "the Department of
# Immigration, Multicultural and Indigenous Affairs". One word an item, so a list of bodies ("X
# Foundation, Y Network and Z") is no name; "and the" begins another phrase, as in JOIN.
LISTED = r"(?:,[^\S\n]+[A-Z][\w'’-]*+)+,?[^\S\n]+and[^\S\n]+(?=[A-Z])"
ORG_RE = re.compile(rf"{CAP}(?:{LISTED}{CAP}|[^\S\n]+(?:{JOIN})*{CAP})+")
PLAIN_ORG_RE = re.compile(rf"{CAP}(?:[^\S\n]+(?:{JOIN})*{CAP})+")  # the same, no list inside
LIST_ITEM_RE = re.compile(r"((?:[A-Z][\w'’-]*[^\S\n]+)*[A-Z][\w'’-]*),")  # an item and its comma
LIST_TAIL_RE = re.compile(r",?[^\S\n]+and[^\S\n]+((?:[A-Z][\w'’-]*+[^\S\n]*)+)")
LIST_TAIL_WORDS = 3
JOINED_LINE_RE = re.compile(r"[^\S\n](?:of|for|on|and|the|a|de|against)[^\S\n]*\n\Z")


PERSON_TITLES = frozenset("Senator Sen Representative Rep Mr Mrs Ms Dr President Secretary Minister".split())
# Words of an office one person holds: "the election of a new President, Prime Minister and
# Parliament", "the President and Government of Sierra Leone" name the office and then the body.
OFFICE_WORDS = frozenset(
    "President Vice Prime Minister Speaker Premier King Queen Governor Chancellor".split()
)
AND_RE = re.compile(r"[^\S\n]+and[^\S\n]*\n?[^\S\n]*(?:the[^\S\n]*\n?[^\S\n]*)?(?=\S)")


def _an_office(words: list[str]) -> bool:
    """Whether the words before an "and" are an office alone ("President", "Prime Minister"), which
    no organisation's name begins with ("the Department of the Prime Minister and Cabinet" does not
    begin with the office)."""
    words = words[1:] if words[:1] == ["The"] else words
    return bool(words) and all(w.strip(".,") in OFFICE_WORDS for w in words)


def _pieces(m: re.Match[str]) -> list[tuple[int, str]]:
    """Split "X Foundation and the Y Foundation" into two phrases, and "the House and Senate"
    (chambers.py names each); keep "Ministry of A and B"."""
    out = []
    pos = 0
    phrase = m.group()
    if "and" not in phrase:
        return [(m.start(), phrase)]
    for sep in AND_RE.finditer(phrase):
        left = phrase[pos : sep.start()].split()
        # "and the" begins a new noun phrase ("Russia and the European Union"): no name runs on
        # across it, so the left part stands alone even when it is no organisation
        new_phrase = sep.group().rstrip().endswith("the")
        right = AND_RE.split(phrase[sep.end() :], 1)[0].split()
        # "… Nuclear Weapons and Security Council resolutions"; "The United States and African Union
        # Commission (AUC) convened…": a state, then a body (the sentence's "The" is no part of a name)
        known = _known(left[1:] if left[:1] == ["The"] else left) or _known(right)
        person = bool(right) and right[0].rstrip(".") in PERSON_TITLES  # "… Refugees and Senator Leahy"
        person = person or _an_office(left)
        # "the Commission for Truth, Reconciliation and Healing and for the Compensation and
        # Reparations Authority": a second complement after "and" begins a second body's name
        new_phrase = new_phrase or right[:2] in (["for", "the"], ["of", "the"])
        ends_name = left and (left[-1] in HEADS or left[-1] in ("Government", "House"))
        # "the University of Illinois and Northwestern University": a whole name, then another's
        # ("the Department of Health and Human Services" ends in no head word)
        whole = len(left) > 2 and left[0] in HEADS and left[1] == "of"
        ends_name = ends_name or whole and bool(right) and right[-1].rstrip(".,;:") in HEADS
        if left and (new_phrase or ends_name or known or person):
            out.append((m.start() + pos, phrase[pos : sep.start()]))
            pos = sep.end()
    out.append((m.start() + pos, phrase[pos:]))
    return out


def organisations(text: str, caps: Caps | None = None, every_line: bool = False) -> list[Mention]:
    """The organisations named in the text; `every_line` tries every capitalised word, not only
    those on lines with a head word (the same result, slower: what the shortcut is tested against)."""
    caps = cap_words(text) if caps is None else caps
    out: list[Mention] = []
    programmes: set[str] = set()
    for m0 in _phrases(text, caps if every_line else _on_head_lines(text, caps)):
        if not HEAD_RE.search(m0.group()):
            continue  # no head word, no organisation: most capitalised phrases
        for m in _sentences(m0):
            for start, piece in _pieces(m):
                for at, words in _after_the(start, piece):
                    programmes.add(owned_programmes.programme_name(words))
                    found = _organisation(text, at, words)
                    if found is not None:
                        out.append(found)
    programmes.discard("")
    # a state's programme named bare elsewhere in the document is no body either
    return [m for m in out if m.name not in programmes] if programmes else out


def _phrases(text: str, caps: Caps) -> Iterator[re.Match[str]]:
    """The capitalised phrases at `caps`; where a list a phrase holds is none inside a name
    ("in Nakuru, Eldoret, and Meru. The Police Reforms Working Group"), the phrases without it."""
    for m in match_at(ORG_RE, text, caps):
        if "," not in m.group() or _name_list(m.group()):
            yield m
        else:
            inside = caps[bisect_left(caps, m.start(), key=_START) : bisect_left(caps, m.end(), key=_START)]
            yield from match_at(PLAIN_ORG_RE, text, inside)


def _name_list(phrase: str) -> bool:
    """Whether the list a phrase holds (LISTED) is one inside a name: no item a name the dictionary
    knows ("the governments of Canada, Israel and European Union"; "the General Assembly,
    Excellencies, Ladies and Gentlemen"), and a last item of a few words ending the name or
    heading it ("… and Cultural Rights", "… and Reparations Commission"), not a run of capitals
    that goes on ("Bureau of Population, Refugees, and Migration Acting Principal Deputy …")."""
    items = LIST_ITEM_RE.findall(phrase)
    if any(_known(item.split()) or _known(item.split()[-1:]) for item in items):
        return False
    last = LIST_TAIL_RE.search(phrase, phrase.rfind(","))
    tail = last.group(1).split() if last else []
    short = len(tail) <= LIST_TAIL_WORDS and tail[-1:] != [] and tail[-1] not in TITLE_WORDS
    return bool(tail) and (short or tail[-1] in HEADS)


# Titles a run of capitals after a list may end in: a person, not a name's last word.
TITLE_WORDS = frozenset("Secretary Director Minister President Chair Professor".split())


THE_RE = re.compile(r"[^\S\n]+the[^\S\n]+(?=[A-Z])")
PREPOSITIONS = frozenset({"of", "for", "on", "and", "to", "against"})


def _after_the(start: int, piece: str) -> list[tuple[int, list[str]]]:
    """The phrase, and the name a "the" after a word no preposition begins: "Today the Department
    of Justice is …" names the Department, which the cut at that "the" (_sentence_end) left out."""
    out = [(start, piece.split())]
    for the in THE_RE.finditer(piece):
        before = piece[: the.start()].rsplit(None, 1)[-1] if piece[: the.start()].strip() else ""
        if before and before not in PREPOSITIONS:
            out.append((start + the.end(), piece[the.end() :].split()))
            break  # the rest is tried whole; a later "the" is cut there again
    return out


def _on_head_lines(text: str, caps: Caps) -> Caps:
    """The capitalised words on the lines where a head word appears (as HEAD_RE finds it, even
    inside a word), and on the line before when it ends in a joining word: no phrase crosses
    another line break, so no other line holds a phrase with a head.
    Most lines of a statement have none, and ORG_RE need not be tried on them."""
    out: Caps = []
    # The head words read from the document's one keyword pass: HEAD_RE run over the text stopped
    # at every capital of its words' first letters (0.14 → 0.05 s over the benchmark).
    hits = occurrences(text, HEAD_WORDS)
    i = done = 0
    while i < len(hits):
        at = hits[i][0]
        start = text.rfind("\n", 0, at) + 1
        if start > done + 1 and JOINED_LINE_RE.search(text, max(0, start - 12), start):
            # "the Truth and\nReconciliation Commission"; a line already read is not read again
            start = max(done, text.rfind("\n", 0, start - 1) + 1)
        end = text.find("\n", at)  # no head word holds a line break
        end = len(text) if end < 0 else end
        done = end
        out += caps[bisect_left(caps, start, key=_START) : bisect_left(caps, end, key=_START)]
        i = bisect_left(hits, end, i, key=_START)  # the first on a later line
    return out


_START = itemgetter(0)


# A sentence's end inside a capitalised phrase, a layout's run of spaces (a scraped letterhead),
# or a "The" after its first word, which begins another name ("Click to expand Image The United
# Nations Security Council’s…", "… with the Center for Naval Analyses   The report will…").
SENTENCE_END_RE = re.compile(r"(?<=[^\W\d_]{3}\.)[^\S\n]+(?=[A-Z])|[^\S\n]+(?=The\b)|[^\S\n]{3,}")
WHOLE_RE = re.compile(r".+", re.S)


def _sentences(m: re.Match[str]) -> list[re.Match[str]]:
    """The phrase cut where a sentence or a name ends inside it: "… Revolutionary Guard Corps – Qods
    Force. The Syrian Emergency Task Force briefed us" holds two names."""
    phrase = m.group()
    if ". " not in phrase and "The" not in phrase[1:] and "   " not in phrase:
        return [m]
    spans: list[tuple[int, int]] = []
    pos = 0
    for end in SENTENCE_END_RE.finditer(phrase):
        if "." not in phrase[pos : end.start() - 1].rsplit(" ", 1)[-1]:  # not "U.S.", "St."
            spans.append((pos, end.start()))
            pos = end.end()
    spans.append((pos, len(phrase)))
    found = (WHOLE_RE.match(m.string, m.start() + a, m.start() + b) for a, b in spans)
    return [f for f in found if f is not None]


def _sentence_end(words: list[str]) -> list[str]:
    """Cut at a full stop that ends a sentence ("… Freedom Report. This", "… TO CHANGE. On"), not
    at "St." or "U.S."; and at a "the" that follows no preposition ("May 15 the Organization")."""
    for k, w in enumerate(words[:-1]):
        if w.endswith(".") and len(w) > 3 and "." not in w[:-1] and w[:-1].isalpha():
            return [*words[:k], w[:-1]]
        if k and w == "the" and words[k - 1] not in ("of", "for", "on", "and", "to", "against"):
            return words[:k]
    last = words[-1] if words else ""
    if last.endswith(".") and len(last) > 4 and last[:-1].isalpha():
        return [*words[:-1], last[:-1]]  # "… the Media Freedom Coalition.": the sentence's stop
    return words


# The thousands of a number written with a comma: the digits before it are a count, no name's word
COUNT_GOES_ON_RE = re.compile(r",\d{3}\b")


def _organisation(text: str, start: int, words: list[str]) -> Mention | None:
    start, words = _trimmed(text, start, _sentence_end(words))
    start, words = _named_part(text, start, words)
    while words and words[-1] in ("of", "for", "on", "and", "the", "a", "de"):
        words = words[:-1]
    if (
        len(words) > 2
        and words[-2] == "of"
        and words[-1].isdigit()
        and COUNT_GOES_ON_RE.match(text, _end(text, start, words))
    ):
        words = words[
            :-2
        ]  # "a survey by Makerere University of 5,000 grade 6 students": a count, not "Group of 77"
    if len(words) < 2 or any(w.isupper() and len(w) > 1 for w in words[1:]) and not words[0].isupper():
        return None
    if " ".join(words) in NO_BODIES:
        return None
    # A head word first names an organisation only before its complement: "Department of Health",
    # "Committee to Protect Journalists"; "Senate Democrats and Labor" is no legislature.
    if words[0] in OFFICE_FIRST and words[1] in ("of", "for") or tuple(words[:3]) in TWO_WORD_OFFICES:
        # "President of the General Assembly", "Minister for Immigration": an office held by
        # one person, a person as the guidelines type it, not the body its name ends with
        if role_predicates.is_role(text, start):
            return None  # "his election as President of the General Assembly": the Assembly's own
        committee = _committee_office(text, start, words)
        if committee is not None:
            return committee
        surname = words[-1][:1].isupper() or words[-1].startswith(("al-", "el-"))  # "Abdullah al-Swaha"
        if len(words) > 4 and words[-2] in authority().given_names and surname:
            words = words[:-2]  # "Secretary for Management and Resources Brian McKeon": its holder
        return Mention(start, _end(text, start, words), " ".join(words), "person", 1)
    if _run_on(text, start, words):
        return None  # the dictionary finds the body by its own name
    typ = None if _state_named(words) else HEADS.get(words[-1])
    if typ is None and words[1] in ("of", "for", "on", "to", "against"):
        typ = HEADS.get(words[0])
        if words[:2] == ["Committee", "on"] and LEGISLATIVE.intersection(words):
            typ = "legislature"  # "the Committee on Homeland Security and Governmental Affairs"
    if typ is None and len(words) > 3 and words[2] in ("of", "for") and words[1] in STATE_ORGAN_HEADS:
        typ = _state_organ(words)
    if typ is None and place_organs.place_head(words, STATE_ORGAN_HEADS, _place_named):
        typ = "government"  # "the Kansas Department of Education": the state's body, no place
    if typ is None and ("  " not in text[start : _end(text, start, words)] or _one_name_across_gaps(words)):
        typ = _head_before_complement(words)
    if words[-1] == "Initiative" and _plan(words) or owned_programmes.owned_programme(words):
        return None  # a programme of states or of a state's organ, no body
    if (
        typ is None
        and len(words) > 2
        and (words[-1].isdigit() or words[-1] in ("Region", "Office"))
        and words[-2] not in ("Resolution", "Resolutions")  # "Security Council Resolution 1706"
    ):
        typ = HEADS.get(words[-2]) or HEADS.get(words[-3])  # "… Operations Command Region 4"
    army_of = ""
    body = next(
        (
            k
            for k in range(1, len(words) - 1)
            if words[k] in BODY_HEADS and words[k + 1] in ("on", "of", "for", "against")
        ),
        0,
    )
    if words[-1] == "Forces" and typ is None and not (_known(words) or _known(words[1:])):
        # not a head word of HEADS: "Armed Forces Research Institute of …" is an institute's name
        typ = forces_names.forces_type(
            words
        )  # the known "Sudan’s Rapid Support Forces" stays the dictionary's
        army_of = forces_names.forces_state(words) if typ == "armed_force" else ""  # as "the Sudanese army"
    elif typ == "armed_force":
        typ = _force(words)
    elif words[-1] == "Army" and fold(words[0]) in authority().adjectives:
        typ = "armed_force"  # "the Syrian Arab Army": a state's army, not a rebel one
        army_of = _army_of(words)
    elif words[-2:] in (["News", "Agency"], ["Press", "Agency"]):
        typ = "media"  # "the Fars News Agency", "the Polish Press Agency": a medium, no state's organ
    elif words[-1] == "Agency" and FIRM_CLIENTS_RE.search(words[-2]):
        return None  # "the Creative Artists Agency": a firm that represents them, no state's agency
    elif words[-1] in ("Center", "Centre") and words[-2] in VENUES:
        typ = "place"  # "the Los Angeles Convention Center": where a summit met
    elif words[0] == "Presidential":
        typ = "government"  # "the Presidential Council" of Libya, Yemen: the executive
    elif typ == "ngo" and LIBERATION_RE.search(" ".join(words)):
        typ = "armed_group"
    if typ is None and body:  # "the Joint Standing Committee on Migration", "the Senate Committee on …"
        typ = _body_type(words[: body + 1])
    if typ is None:
        return _before_state(text, start, words)
    end = _end(text, start, words)
    if CAUCUS in words and not CHAMBERS.intersection(words) and not CHAMBER_AFTER_RE.match(text, end):
        return None  # "the Labor Caucus", "the Democratic Caucus": a party's members, read as the party
    start, words = _wrapped_start(text, start, words)
    if len(words) > 2 and words[0].endswith(("’s", "'s")) and _possessor(words[0][:-2]):
        # "India’s Bharatiya Janata Party": a state's party; its name is its own. "the AFP’s State
        # Department correspondent": an agency's reporter covering the Department, no body of AFP
        if words[0][:-2].isupper():  # the agency is an actor of its own; a state's span stays
            start = text.index(words[1], start + len(words[0]))  # whole ("Sudan’s Sovereign Council")
        words = words[1:]
        known = _known_actor(words)
        if known >= 0:  # the dictionary's body, by its name and type: "Sudan’s Sovereign Council"
            return Mention(start, end, authority().names[known], authority().types[known], 1)
    name = ROLE_NAMES["armed_force"].format(army_of) if army_of else " ".join(words)
    if MEMBER_RE.match(text, end):
        return None  # "the American Council member": a member, the body's name only a modifier
    if typ == "armed_group" and _no_armed_group(text, start, end, name):
        return None
    if words[-1] in ORGAN_HEADS and text.startswith(".", end) and _section_heading(text, start):
        return None  # "Section 1. Emergency Authority. (a) To provide…": a section's heading
    if (
        "United Nations" in name
        or name.startswith("UN ")
        or _igo_first(words[0])
        or IGO_RE.search(name)
        or _igo_named_first(words)
        or _igo_named_after_of(words)
        or _joint_body(words)
    ):
        typ = "igo"  # "the ANZUS Council", "the ASEAN Intergovernmental Commission": the IGO's body
    elif words[-1] in BODY_HEADS:
        typ = _body_type(words)
    elif body:
        typ = _body_type(words[: body + 1])
    if typ == "ngo":
        typ = _state_body_type(words)
    return Mention(start, end, name, typ, 1)


# A body set up to advise the executive is its organ, as the annotations type the "Settlement
# Advisory Council" and the "Commonwealth Immigration Advisory Council" (also "the Immigration
# Detention Advisory Group", "the Overseas Schools Advisory Council of the Department of State");
# an intergovernmental one was typed `igo` before this is asked.
ADVISORY = "Advisory"
# A city's or a shire's council is local government: "Liverpool City Council", "the New York City
# Council", "the Auburn City Council" (not "the Refugee Council": a council of no local area).
LOCAL_AREAS = frozenset("City Shire Municipal Town Borough County".split())
# Courts' and elections' governing bodies are the state's: "the Supreme Judicial Council", "the
# High Judicial Council", "the Council of the Judiciary", "the Supreme Electoral Council" (the
# legislature's "Judiciary Committee" is typed a committee before this is asked).
JUSTICE_AND_ELECTIONS = frozenset({"Judicial", "Judiciary", "Electoral"})
# A body its possessor or its complement places inside a state organ takes the organ's type: "the
# Government's National Broadband Network", "Parliament's Migration Committee", "the National
# Security Committee of Cabinet".
ORGAN_TYPES = {"Government": "government", "Cabinet": "government", "Parliament": "legislature"}
# Words before "Coalition" that make it the parties' ("the Liberal and National Country Party
# Coalition"), not an alliance of associations.
PARTY_WORDS_BEFORE_COALITION = frozenset({"Party", "Parties"})
# A continent's intergovernmental organisations name their organs after its adjective: "the African
# Commission on Human and Peoples' Rights", "the African Committee of Experts on the Rights and
# Welfare of the Child" (the African Union's), "the Inter-American Commission on Human Rights" (not
# "Arab": "the Arab Commission for Human Rights" is an NGO; nor a centre or a network: "the
# European Center for Constitutional and Human Rights").
CONTINENTAL = frozenset({"African", "European", "Inter-American"})
CONTINENTAL_ORGANS = frozenset({"Commission", "Committee"})
# A commission named by its head word first, then "for" or "of" what it is for ("the Commission for
# Truth, Reconciliation and Healing", "the Commission of Inquiry on Enforced Disappearances", "the
# Commission of Audit") is one a state set up, as one named before its head word is (`_body_type`):
# the annotators type commissions the state's. Not "Commission on …", the UN's naming ("the
# Commission on Human Rights", "the Commission on Sustainable Development"), nor "… against …"
# ("the International Commission against Impunity"); a committee so named is often a civil society
# body's ("the Committee to Protect Journalists") and keeps its type.
COMMISSION = "Commission"
STATE_COMMISSION_WORDS = frozenset({"of", "for"})


def _state_body_type(words: list[str]) -> str:
    """The type of a body its head word made an NGO, where its other words make it a state's organ,
    a party's or a continent's organisation's: an advisory body, a local council, a body of the
    Government or of Cabinet, "the African Commission on …"."""
    owner = words[0][:-2] if words[0].endswith(("’s", "'s")) else ""
    if owner in ORGAN_TYPES:
        return ORGAN_TYPES[owner]
    if len(words) > 2 and words[-2] == "of" and words[-1] in ORGAN_TYPES:
        return ORGAN_TYPES[words[-1]]
    if ADVISORY in words or words[-1] == "Council" and words[-2] in LOCAL_AREAS:
        return "government"
    if ruling_councils.ruling_council(words):
        return "government"  # a junta or a transitional council: the state's government
    if executive_bodies.executive_body(words):
        return "government"  # "the National Climate Task Force", "the NSC Principals Committee"
    if any(w.removesuffix("’s").removesuffix("'s") in JUSTICE_AND_ELECTIONS for w in words):
        return "government"
    if words[-1] == "Coalition" and words[-2] in PARTY_WORDS_BEFORE_COALITION:
        return "party"
    if words[0] in CONTINENTAL and words[1] in CONTINENTAL_ORGANS:
        return "igo"
    if words[0] == COMMISSION and words[1] in STATE_COMMISSION_WORDS:
        return "ngo" if INTERNATIONAL.intersection(words) else "government"
    return "ngo"


FRONT_AND_CENTER_RE = re.compile(r"[^\S\n]+and[^\S\n]+[Cc]ent(?:er|re)\b")


def _no_armed_group(text: str, start: int, end: int, name: str) -> bool:
    """Whether a name its head word makes an armed group ("Front", "Army", "Brigade") is none: the
    idiom "front and center" ("The Indo-Pacific Front and Center", a heading), or the short form
    of a longer name written before it, whose type is its own ("the United Front Work Department
    (UFWD) … a target of the United Front": a Chinese Communist Party department)."""
    if FRONT_AND_CENTER_RE.match(text, end):
        return True
    if name.endswith(" Army") and _nicknamed_army(name.split()[:-1]):
        return True
    return re.search(rf"\b{re.escape(name)}[^\S\n]+[A-Z]", text[:start]) is not None


# A movement "for the liberation of" a land fights for it, as a "Liberation Front" or "Army" does:
# "the National Movement for the Liberation of Azawad" (Tuareg), "the Movement for the Liberation of
# the Congo", "the Sudan People's Movement for the Liberation". Not any "Liberation Movement": in the
# General Debates that is also a party ("the Arab Liberation Movement"), the West Papuans' umbrella
# body and Zionism as Israel described it (5 of 23 such names there).
LIBERATION_RE = re.compile(r"\bMovement for the Liberation\b")


# Words that name what an army fights for or who raised it: "Kosovo Liberation Army", "Lord's
# Resistance Army", "Irish Republican Army", "New People's Army", "the Red Army".
FIGHTING_WORDS = frozenset(
    """liberation resistance revolutionary republican independence national people's peoples popular
    red islamic rebel guerrilla patriotic salvation democratic defence defense secret free royal
    imperial mujahideen""".split()
)


def _nicknamed_army(words: list[str]) -> bool:
    """Whether "X Army" the dictionary lacks is a fan base's or a campaign's nickname, no armed
    group: its words before "Army" are ordinary ones or an unknown acronym ("the BTS Army", "the
    Bees Army", "the Coalition's Green Army", "Youth Army"), none a fighting word, a nation's
    adjective or a name of its own ("Arakan Army", "Mahdi Army", "Free Syrian Army")."""
    auth = authority()

    def ordinary(word: str) -> bool:
        low = fold(word)
        if low in FIGHTING_WORDS or low in auth.adjectives:
            return False
        # a plural noun names no nation nor place ("Bees"); a possessive its owner ("Coalition's")
        plural = low.endswith("s") and not low.endswith("ss") and len(low) > 3
        return word.isupper() or low in auth.common or plural or word.endswith(("’s", "'s"))

    return bool(words) and all(ordinary(w) for w in words)


def _possessor(word: str) -> bool:
    """Whether a possessive before a body's name is its owner's, no word of it: a state's
    ("India’s") or an acronym's ("AFP’s"), where "People’s", "Women’s" begin names."""
    return fold(word) in authority().adjectives or len(word) > 1 and word.isupper()


# An agency named for the people it represents ("Creative Artists Agency", "Writers Agency") is a
# firm; a state's is named for what it does ("Fisheries", "Medicines", "Homeless Services").
FIRM_CLIENTS_RE = re.compile(r"(?:ists|ers|ors)$")


# Nouns for what a building hosts, before "Center": "the Los Angeles Convention Center" is a
# venue, a place, where "the Carter Center" and "the Simon Wiesenthal Center" are bodies.
VENUES = frozenset("Convention Conference Exhibition Congress Trade Shopping Events Sports Aquatic".split())


PREVIOUS_LINE_RE = re.compile(r"([A-Z][\w.-]*)[^\S\n]*\n[^\S\n]*\Z")


def _wrapped_start(text: str, start: int, words: list[str]) -> tuple[int, list[str]]:
    """The name begun on the line before where its first two words are a known name's first ("the
    United\nNations International Research and Training Institute…"): the finder reads no phrase
    across a line break after a capitalised word, as a heading's last word ends one."""
    m = PREVIOUS_LINE_RE.search(text, max(0, start - 30), start)
    if m is None or not words or (fold(m[1]), fold(words[0])) not in authority().index2:
        return start, words
    return m.start(), [m[1], *words]


def _before_state(text: str, start: int, words: list[str]) -> Mention | None:
    """The body named before "of <a state>" where the whole phrase names none: "the Customs Union
    of Russia, Belarus and Kazakhstan" ("the Declaration of the Russian Federation" has no head).
    A body named for the one state it serves is named whole, the state a word of its name, not a
    mention of its own: "the Mental Health Council of Australia", "the Election Commission of
    India", "the Civil Society Human Rights Advocacy Platform of Liberia"."""
    if not _state_named(words):
        return None
    of = len(words) - 1 - words[::-1].index("of")
    end = _end(text, start, words)
    several = _more_states(text, end)  # "of Russia, Belarus and Kazakhstan": a body of several states
    if of > 1 and words[of - 1] == PLATFORM and not several and not _plan(words[:of]):
        return Mention(start, end, " ".join(words), "ngo", 1)
    body = _organisation(text, start, words[:of]) if of > 1 and words[of - 1] in HEADS else None
    if body is None or body.type not in NAMED_FOR_STATE or _spaced(text, body.start, body.end) != body.name:
        return body  # a state's army, party or chamber is named as its state's (organs.py)
    if words[of - 1] == "Court" or several:
        return body  # "the Supreme Court of India": organs.py names a state's courts as its courts
    return Mention(body.start, end, _spaced(text, body.start, end), body.type, 1)


def _spaced(text: str, start: int, end: int) -> str:
    return " ".join(text[start:end].split())


# Civil society groups joined in one body, named for their state: "the Civil Society Human Rights
# Advocacy Platform of Liberia". No head word elsewhere: "the Beijing Platform for Action", "the Buenos
# Aires Platform" are programmes states adopted, "a platform of …" a party's programme.
PLATFORM = "Platform"
# The types of bodies named whole with the state they serve; a state's army, party and chamber
# are left to the finders that name them as the state's ("the Army of Lebanon").
NAMED_FOR_STATE = frozenset({"ngo", "other", "government"})
# The word after a state's name that continues a list of states: the body is several states'.
STATE_LIST_RE = re.compile(r"(?:,|[^\S\n]+and)[^\S\n]+(?:the[^\S\n]+)?([A-Z][\w-]*)")


def _more_states(text: str, end: int) -> bool:
    """Whether another state's name follows the state's ("… of Russia, Belarus and Kazakhstan"),
    not another body's ("… of Australia and the Brain and Mind Research Institute")."""
    m = STATE_LIST_RE.match(text, end)
    auth = authority()
    return m is not None and any(auth.types[a.actor] == "state" for a in auth.index.get(fold(m[1]), ()))


def _named_part(text: str, start: int, words: list[str]) -> tuple[int, list[str]]:
    """The words that name the body, where a phrase holds more: a headline's subject and verb
    ("Increase Economic Pressure on Sudan Passes Senate"), a member ("Sen Cardin a Member of the
    Senate Foreign Relations Committee"), where it is followed ("the Department of State on
    Facebook and Twitter")."""
    verb = max((k for k, w in enumerate(words) if w in HEADLINE_VERBS), default=-1)
    if verb >= 0:
        words = words[verb + 1 :]
        start = text.index(words[0], start) if words else start
    start, words = _out_of_clause(text, start, words)
    member = next((k for k, w in enumerate(words[:-2]) if _member_at(words, k)), -1)
    if member >= 0:
        rest = words[member + 2 :]
        rest = rest[1:] if rest[:1] == ["the"] else rest
        if rest:  # "the Ranking Member of the" ending a phrase cut at a run of spaces names nothing more
            words, start = rest, text.index(rest[0], start)
    if "on" in words and set(words[words.index("on") + 1 :]) <= PLATFORMS:
        words = words[: words.index("on")]
    for joint in ("of", "for"):
        at = words.index(joint) if joint in words[1:] else -1
        if at > 0 and not any(w in HEADS or w in OFFICE_FIRST for w in words[:at]):
            rest = words[at + 2 :] if words[at + 1 : at + 2] == ["the"] else words[at + 1 :]
            # "the DNA of the Liberal Party", a photo's "© 2024 Rositsa Raleva for Human Rights Watch"
            if len(rest) > 1 and _known(rest):
                words, start = rest, text.index(rest[0], start)
            elif len(rest) > 2 and (k := _known_end(rest)):
                # "Deputy Commander of Headquarters U S  European Command": an office of a body the
                # phrase ends with, whatever words the office's holder puts before its name
                words, start = rest[k:], text.index(rest[k], text.index(rest[0], start))
    while words and words[0] in CONNECTORS:  # "… for the Labor Party" after a dropped office
        words = words[1:]
        start = text.index(words[0], start) if words else start
    # "High Council for National Reconciliation Chairman Abdullah Abdullah": the body ends where
    # its officer's title and name begin
    words = _without_holder(_owners_thing(words))
    officer = next((k for k, w in enumerate(words[1:], 1) if _officer_at(words, k)), 0)
    while officer > 2 and words[officer] in LAST_OFFICERS and words[officer - 1] in OFFICE_MODIFIERS:
        officer -= 1  # "Department of State Special Representative for …": the office's own word
    if officer > 1:
        words = words[:officer]
    return start, words


# Pronouns and auxiliaries no body's name holds: a bullet written in title case ("The United States
# Announced That It Will Launch a Working Group …") is a clause, and a name begins after them.
TITLE_CASE_CLAUSE = frozenset("It They We He She That Will Would Shall Announced".split())
MODALS = frozenset({"Will", "Would", "Shall"})


def _out_of_clause(text: str, start: int, words: list[str]) -> tuple[int, list[str]]:
    """The body's name in a phrase that runs through a clause's pronoun or auxiliary: the words
    after the clause ("… That It Will Launch a Working Group"). A phrase that ends in one is left
    alone: a scraped release's "by the U N  Security Council  We must" has lost a full stop, and
    the dictionary, not this finder, knows the Council before the gap."""
    clause = [k for k, w in enumerate(words) if w in TITLE_CASE_CLAUSE]
    if not clause:
        return start, words
    after = words[clause[-1] + 1 :]
    if words[clause[-1]] in MODALS and after and after[0].lower() in ACTION_VERBS:
        after = after[1:]  # "Will Launch a Working Group": the modal's verb is no part of the name
    if len(after) > 1:
        at = start
        for word in words[: clause[-1] + 1]:  # past the clause's words, so "a" is not found in them
            at = text.index(word, at) + len(word)
        return text.index(after[0], at), after
    return start, words


OFFICERS = frozenset("Chairman Chairperson Chairwoman Chair Director Spokesperson Spokesman".split())
# An office that ends bodies' names as well ("the Office of the U.S. Trade Representative"): an
# officer's only where more words follow it, the office's complement or its holder's name.
LAST_OFFICERS = frozenset({"Representative", "Envoy", "Coordinator", "Counselor"})
OFFICE_MODIFIERS = frozenset("Special Deputy Senior Acting Chief Assistant Executive".split())


def _officer_at(words: list[str], k: int) -> bool:
    return words[k] in OFFICERS or words[k] in LAST_OFFICERS and k < len(words) - 1


def _owners_thing(words: list[str]) -> list[str]:
    """The body whose possessive begins a thing it owns, no body itself: "the Department of
    Labor’s Findings on the Worst Forms of Child Labor", "the Department of Commerce’s Country
    Commercial Guides" (not "the Department of State’s Foreign Service Institute": a body's)."""
    k = next((k for k, w in enumerate(words[1:-1], 1) if w.endswith(("’s", "'s"))), 0)
    if not k or not any(w in HEADS for w in words[:k]) or fold(words[k][:-2]) in authority().people:
        return words  # "the Center for Children’s Rights Studies": a people's possessive, the name's
    if any(w in HEADS or w in OWNED_BODIES for w in words[k + 1 :]):
        return words  # "the Department of the Treasury’s Office of Foreign Assets Control"
    return [*words[:k], words[k][:-2]]


# A body's parts whose names no head word ends: after an owner's possessive, still a body.
OWNED_BODIES = frozenset("Office Service Administration Division".split())


def _without_holder(words: list[str]) -> list[str]:
    """The name without its holder's name glued after the complement: "the head of the National
    Council of Human Rights Moushira Khattab" (a State Department readout), two words neither
    ordinary nor a known actor's or place's after an ordinary one ("Rights", "Affairs")."""
    if len(words) < 5 or not any(w in ("of", "for", "on") for w in words[1:-3]):
        return words
    if words[0] in OFFICE_FIRST or words[0] in OFFICE_MODIFIERS:
        return words  # "Acting Coordinator for the Global Engagement Center Leah Bray": an office
    auth = authority()
    last = words[-2:]
    if not all(w.isalpha() and w.istitle() for w in last) or fold(words[-3]) not in auth.common:
        return words
    if any(fold(w) in auth.common or fold(w) in auth.index for w in last):
        return words
    return words[:-2]


CONNECTORS = frozenset({"of", "for", "on", "and", "the", "a", "de"})


MEMBER_WORDS = frozenset({"Member", "Members"})
# A committee's senior member of the minority party, one person's office: "Ranking Member on the
# Senate Foreign Relations Committee", "Ranking Member of the Senate Appropriations Committee".
RANKING_MEMBER: tuple[str, str] = ("Ranking", "Member")
# A party's member on a committee ("Biden, the top Democrat on the Foreign Relations Committee"):
# the committee is the body, the member no part of its name.
PARTY_MEMBERS = frozenset("Democrat Republican Democrats Republicans".split())


def _member_at(words: list[str], k: int) -> bool:
    w, after = words[k], words[k + 1]
    if k == 1 and tuple(words[:2]) == RANKING_MEMBER:
        return False  # "Ranking Member of …": one person's office, which the office check reads whole
    return w in MEMBER_WORDS and after == "of" or w in PARTY_MEMBERS and after == "on"


def _trimmed(text: str, start: int, words: list[str]) -> tuple[int, list[str]]:
    """The words of the phrase that can be the organisation's name, and where they begin."""
    # "On May 5 Senate …": a date; "the Hamas-led Palestinian Authority": who leads it, no part of it
    while words and (words[0] in LEADING_STOP or words[0].isdigit() or words[0].endswith(LED)):
        start = text.index(words[1], start + len(words[0])) if len(words) > 1 else start
        words = words[1:]
    cut = next((k for k, w in enumerate(words) if k and _dated(words, k)), None)
    if cut is not None:
        words = words[:cut]  # "the Committee on January 18": a date, not the committee's subject
    cut = next((k for k, w in enumerate(words) if k and w in DOCUMENTS), None)
    if cut is not None and len(words) > cut + 2 and words[cut + 1] == "of":
        # "Joint Statement of the Third Meeting of the … Working Group": who issues it comes after
        after = cut + 3 if words[cut + 2] == "the" else cut + 2
        start = text.index(words[after], start + len(" ".join(words[:after])))
        words, cut = words[after:], None
    if cut is not None:
        # "UN Security Council Resolution 2254": the council's document, the council named in it;
        # "the Biden-DeWine Senate Resolution": a document, no body
        words = words[:cut] if _known(words[:cut]) else []
    if words and words[-1].endswith(LED + LED_AFTER) and len(words) > 1:
        # "a Department of Transportation-led program", "a Department of Defense-funded study": the
        # body leads or funds what follows, the suffix is no part of its name
        words = [*words[:-1], words[-1][: words[-1].rindex("-")]]
    if words and words[-1].endswith(("s'", "s’")) and len(words[-1]) > 3:
        words = [*words[:-1], words[-1][:-1]]  # "the Organization of American States’ joint declaration"
    if words and words[-1].endswith(("'s", "’s")):
        words = [*words[:-1], words[-1][:-2]]  # "the Department of the Treasury’s press release"
        if len(words) > 2 and words[-2] == "of" and _state_named(words):
            words = words[:-2]  # "I assure the Assembly of Syria’s commitment": the state's own
    legal = next((k for k, w in enumerate(words) if k > 1 and w in CORPORATE), 0)
    if legal:  # "Australian Medical Association Limited  ABN 37 008 426 793": the association
        words = words[:legal]
    held = _held_office(words)
    if held:  # "Department of Homeland Security Secretary Alejandro Mayorkas": its secretary after it
        words = words[:held]
    office = next((k for k in range(1, len(words) - 1) if _office_at(words, k)), 0)
    if office:  # "said Levin  Chairman of the Senate Armed Services Committee": the office begins
        start = text.index(words[office], start + len(" ".join(words[:office])))
        words = words[office:]
    worker = _worker_for(words)
    if worker:  # "© 2022 John Holmes for Human Rights Watch": a person working for the body
        start = text.index(words[worker], start + len(" ".join(words[:worker])))
        words = words[worker:]
    while len(words) > 3 and words[0] in ORDINALS:
        start = text.index(words[1], start + len(words[0]))  # "Third Meeting of the … Working Group"
        words = words[1:]
    if len(words) > 2 and (words[0] in DELEGATES or words[0] in OCCASIONS) and words[1] == "of":
        # "Representatives of the Arab League": the body is the actor its delegates stand for, and
        # that holds the meeting named
        cut = 3 if words[2] == "the" else 2
        start = text.index(words[cut], start + len(" ".join(words[:cut]))) if len(words) > cut else start
        words = words[cut:]
    return start, words


def _worker_for(words: list[str]) -> int:
    """Where the body begins after a person's name and "for" ("John Holmes for Human Rights
    Watch", a photo credit) or "of" ("Meg Gurry of LaTrobe University"), or 0: the name is a known
    given name and one or two more words, none a body's head ("Physicians for Human Rights",
    "George Mason Center for …" stay whole)."""
    k = next((k for k in (2, 3) if k < len(words) - 1 and words[k] in ("for", "of")), 0)
    if not k or words[0] not in authority().given_names or any(w in HEADS for w in words[1:k]):
        return 0
    return k + 1


# An office a body's official holds, written after the body's name and before the holder's:
# "Bureau of Near Eastern Affairs Assistant Secretary Yael Lempert", "… Ambassador-at-Large Beth
# Van Schaack". The ranks before it belong to the office ("Acting Principal Deputy Assistant").
HELD_OFFICES = ("Secretary", "Minister", "Ambassador", "Administrator", "Director", "Spokesperson")
HELD_RANKS = frozenset("Acting Principal Deputy Assistant Under Senior Special".split())


def _held_office(words: list[str]) -> int:
    """Where the office of the body's official begins after a whole "Head of …" name, or 0: a
    holder's name must end the phrase, two words that name no thing (people.non_person_words:
    "Intelligence", "Affairs"), so "Office of the Director of National Intelligence" and
    "Committee of Ministers" stay whole."""
    if len(words) < 6 or words[0] not in HEADS or words[1] != "of" or not _holder_named(words[-2:]):
        return 0
    for k in range(3, len(words) - 2):
        if words[k].startswith(HELD_OFFICES):
            while k > 3 and words[k - 1] in HELD_RANKS:
                k -= 1
            return k if words[k - 1] not in ("of", "for", "the", "and", "on") else 0
    return 0


def _holder_named(last: list[str]) -> bool:
    """Whether the words are a person's name: capitalised, none naming a thing or a body."""
    things = people.non_person_words()
    return all(
        w[:1].isupper() and w[1:].islower() and w.lower() not in things and w not in HEADS for w in last
    )


def _office_at(words: list[str], k: int) -> bool:
    return words[k] in OFFICE_FIRST and words[k + 1] in ("of", "for")


def _army_of(words: list[str]) -> str:
    """The state whose armed forces an army is, as "of" takes it, when the army is named for the
    state alone ("the Lebanese Army") or for its formal name ("the Syrian Arab Army" of the Syrian
    Arab Republic), so that it groups with "the Syrian army"; "" for an army named otherwise
    ("the Kosovo Liberation Army", "the Sudan People's Liberation Army")."""
    auth = authority()
    state = auth.adjectives[fold(words[0])]
    if auth.types[state] != "state":
        return ""
    if len(words) > 2 and not _known([*words[:-1], "Republic"], "state"):
        return ""
    return organs.of_state(auth.names[state])


def _plan(words: list[str]) -> bool:
    """Whether an initiative is a plan of states: a peace plan, or one named for a region or by a
    state's adjective ("the Arab Peace Initiative", "the European Green Deal Initiative")."""
    if "Peace" in words or words[0] in REGIONAL or fold(words[0]) in authority().adjectives:
        return True
    # a programme named for the city that adopted it: "the Buenos Aires Platform", "the Beijing Platform"
    return words[-1] == "Platform" and (_known(words[:1], "place") or _known(words[:2], "place"))


def _force(words: list[str]) -> str:
    """A force is a state's armed force, but a task force is a working group ("the Syrian Emergency
    Task Force", "the Financial Action Task Force") and a police force the state's executive."""
    before = words[-2] if len(words) > 1 else ""
    return {"Task": "ngo", "Police": "government"}.get(before, "armed_force")


def _dated(words: list[str], k: int) -> bool:
    """Whether a date or a term begins at word k: "the Security Council on 10 July", "election to
    the Council for the 2022-2024 term", a citation's "Financial Times 13 December 2006", "Irish
    Times 1997"; not "the Group of 20", "Region 4"."""
    w = words[k]
    if w in DATE_WORDS or YEAR_RE.fullmatch(w) and k == len(words) - 1:
        return True  # a year at the end; within a name it is the name's ("Dignity 2026 Coalition")
    if not w.isdigit():
        return False
    if words[k - 1] in ("on", "for", "the", "in", "since"):
        return True
    # a range's first date: "29 September-1 October", a seminar's dates after its venue
    return k + 1 < len(words) and words[k + 1].rstrip("-–") in DATE_WORDS


# Where a body is followed, not part of its name.
PLATFORMS = frozenset("Facebook Twitter Instagram YouTube TikTok Telegram WhatsApp LinkedIn X and".split())
YEAR_RE = re.compile(r"1[89]\d\d|20\d\d")


def _known_end(words: list[str]) -> int:
    """Where the longest known name of two words or more that ends the words begins, or 0."""
    return next((k for k in range(1, len(words) - 1) if _known(words[k:])), 0)


def _known_actor(words: list[str]) -> int:
    """The authority's actor whose alias the words are, or -1."""
    keys = tuple(fold(w) for w in words)
    auth = authority()
    found = auth.index.get(keys[0], []) if len(keys) == 1 else auth.index2.get((keys[0], keys[1]), [])
    return next((a.actor for a in found if a.keys == keys and not a.weak), -1)


def _known(words: list[str], typ: str = "") -> bool:
    """Whether the words are an alias in the authority file: "the League of Arab States and European
    Union" is two bodies, as the first is a whole name."""
    keys = tuple(fold(w) for w in words)
    auth = authority()
    if not keys:
        return False
    found = auth.index.get(keys[0], []) if len(keys) == 1 else auth.index2.get((keys[0], keys[1]), [])
    return any(a.keys == keys and (not typ or auth.types[a.actor] == typ) for a in found)


# The dictionary's bodies a run-on phrase may end with, and those named by a proper name no word
# of a sentence modifies ("Human Rights Watch", "the Sydney Morning Herald"); an intergovernmental
# body's name is often a description another body's name holds ("the National Security Council").
RUN_ON_TYPES = frozenset({"ngo", "igo", "media"})
PROPER_NAMED = frozenset({"ngo", "media"})


def _run_on(text: str, start: int, words: list[str]) -> bool:
    """Whether the words are a known body's name run on from words that are no part of it: another
    known body ("Human Rights First Human Rights Watch", a list of signatories without its commas),
    a scraped heading's words ("… 2023 Assault on Israel Human Rights Watch research found"), or
    a sentence's first ordinary words ("Previous Human Rights Watch reports", "Based on Human
    Rights Watch research"). The name of a body's part ("Council of the European Union") or of
    another body built on it ("the Syrian Human Rights Committee") holds a head word or no ordinary
    word before it."""
    k = next((k for k in range(1, len(words)) if _known_type(words[k:]) in RUN_ON_TYPES), 0)
    if not k or _known(words):
        return False
    before = words[:k]
    if _known_type(before) in RUN_ON_TYPES:
        return True
    if any(w in HEADS or w in OFFICE_FIRST for w in before):
        return False
    if before[-1][:1].isupper() and any(w.islower() for w in before):
        return True  # a heading's function word, and a capitalised word right before the name
    return (
        _known_type(words[k:]) in PROPER_NAMED
        and sentence_initial(text, start)
        and all(w.islower() or fold(w) in authority().common for w in before)
    )


def _known_type(words: list[str]) -> str:
    """The type of the authority's actor whose (not weak) alias the words are, or ""."""
    known = _known_actor(words) if words else -1
    return authority().types[known] if known >= 0 else ""


# Heads of a civil society body's name that a complement may follow: "the Gulf Centre for Human
# Rights", "the Bahrain Institute for Rights and Democracy", "the Syrian Network for Human Rights".
NGO_HEADS = frozenset(w for w, t in HEADS.items() if t == "ngo") - {"International", "Watch"}
# A state's organ named for what it works on takes one too: "the National Directorate for Human
# Rights", "the Bureau for Humanitarian Assistance", "the Agency for Cooperation" (not "Ministry"
# nor "Department", whose "of" names the portfolio and is found as such).
COMPLEMENT_HEADS = NGO_HEADS | {"Directorate", "Bureau", "Agency", "Authority", "University"}


def _head_before_complement(words: list[str]) -> str | None:
    """The type of a name whose head word stands inside it, before "for" or "of" and what the body
    works for, after a place's or a people's name: no ordinary phrase ("Security Council on
    Syria": the dictionary's body before its subject, not a name of its own)."""
    for k in range(1, len(words) - 2):
        if words[k] in ("International", "and") and words[k + 1][:1].isupper() and not words[k - 1].isupper():
            # the name's own words: "the United Nations International Research and Training
            # Institute for …", "the Woodrow Wilson International Center for Scholars"; after an
            # acronym it ends a name ("PEN International Rafto Foundation for …", a scraped list)
            continue
        if words[k] in HEADS or words[k] in PREPOSITIONS:
            if words[k] not in COMPLEMENT_HEADS or words[k + 1] not in ("for", "of"):
                return None  # "Secretary General of the Organization of …", "… Campaign Cairo Institute"
            if any(w[:1].islower() and w != "and" for w in words[:k]):
                return None  # "Lay a Strong Foundation for All Children": a headline's sentence
            if _known(words[: k + 1]) or _state_named(words):
                return None  # "the Human Rights Council of …": a known body, then its subject
            return HEADS[words[k]]
    return None


# The most words a complement may have when gaps of two spaces fall inside a phrase: a scraped
# list's gaps part names, and a name ran on into the next ("… Jewish Students  Australian Air League
# Australian Association of …"); an OCR'd release's gaps fall anywhere, inside one name ("Ethnic
# Communities' Council of  Tasmania", "Australian Council of  Social Service"), whose complement
# is short.
GAPPED_COMPLEMENT_WORDS = 3


def _one_name_across_gaps(words: list[str]) -> bool:
    """Whether a phrase with gaps inside is one name: its complement after "of" or "for" a few
    words, no given name ("the Business Council of Australia Jennifer  Westacott" runs on into a
    person's) nor acronym."""
    k = next((i for i, w in enumerate(words) if w in ("of", "for")), 0)
    complement = words[k + 1 :]
    given = authority().given_names
    # an acronym after a gap is the name's own, repeated ("U S  Agency for International
    # Development  USAID", a Senate page scraped without its brackets), or another body's
    runs_on = any(w in given or w.isupper() for w in complement)
    return k > 0 and 0 < len(complement) <= GAPPED_COMPLEMENT_WORDS and not runs_on


# A state's organ named by its head word and complement after the state's name: "the U.S.
# Department of Agriculture", "the U.S. Department of Justice" (U.S. senators' releases and State
# Department pages name federal departments so). Without it the head word stood second, where no
# rule looked, and only "U.S." was found.
STATE_ORGAN_HEADS = frozenset(w for w, t in HEADS.items() if t == "government")


def _state_organ(words: list[str]) -> str | None:
    """`government` where the name's first word names a state and its head word follows; not
    before a possessive ("the U.S. Department of the Treasury’s Office of Foreign Assets Control"
    names the office, which the dictionary knows by its own name)."""
    if any(w.endswith(("’s", "'s")) for w in words):
        return None
    return "government" if _known(words[:1], "state") else None


def _place_named(words: list[str]) -> bool:
    """Whether the words are a place's name in the dictionary ("Kansas", "New York City"); not a
    state's: a state's organs the dictionary knows by their own names ("U S  Department of Homeland
    Security" on a scraped Senate page is the U.S. Department of Homeland Security)."""
    return _known(words, "place")


def _state_named(words: list[str]) -> bool:
    """Whether the name ends in "of <a state>": "the Declaration of the Russian Federation" is a
    document, its last word the state's ("Federation"), not the head of an organisation's name."""
    if "of" not in words:
        return False
    tail = words[len(words) - words[::-1].index("of") :]
    tail = tail[1:] if tail[:1] == ["the"] else tail
    return _known(tail, "state")


def _section_heading(text: str, start: int) -> bool:
    return SECTION_RE.search(text, max(0, start - 8), start) is not None


# What a legislator's committee office follows when it is said of the legislator: by a copula
# ("Durbin is also the Chairman of …", "As Chairman of …, I"), with the office's own "the" or rank
# between, it is predicated, and the guidelines mark an office only predicated of someone by its
# place, the committee; after the name or its comma ("Senator Kit Bond, Vice Chairman of …", "said
# Levin  Chairman of …") it stands in apposition. Not a sentence's "The Chairman of …", its holder.
PREDICATED_RE = re.compile(
    r"\b(?:[Ii]s|was|[Aa]s|became|named|also|currently),?(?:[^\S\n]+(?:the|Vice|Deputy|Acting))*[^\S\n]*\Z"
)
SAID_OF_NAMED_RE = re.compile(r"\b(?!The\b)[A-Z][\w.'’-]*[,)]?(?:[^\S\n]+(?:the|Vice))*[^\S\n]*\Z")
# A committee's one-person offices, its chair's and its minority's senior member's. In apposition
# after the legislator's name ("U.S. Sen. Dick Lugar, the Ranking Member on the Senate Foreign
# Relations Committee", "said Senator Biden, Chairman of the Senate Foreign Relations Committee")
# the Senate sets annotated since tune9 mark the office as the senator, the committee inside it not
# again. A staff office stays the committee's ("Policy Director of the House Budget Committee" in a
# nominee's career).
CHAIRS = frozenset({"Chair", "Chairman", "Chairwoman", "Chairperson", "Ranking"})
# The rank the phrase leaves out before the office: "Vice Chairman of the Senate Intelligence
# Committee", "Senator John Warner  Former Chairman of …".
RANK_BEFORE_RE = re.compile(r"\b(?:Vice|Deputy|Acting|Former)[^\S\n]+\Z")
# The committee's acronym in brackets after its name, within the office's phrase: "Chairman of the
# Senate Permanent Subcommittee on Investigations (PSI)".
ACRONYM_AFTER_RE = re.compile(r"[^\S\n]*\([A-Z]{2,9}\)")


def _committee_office(text: str, start: int, words: list[str]) -> Mention | None:
    """A legislator's office in a committee (a committee, subcommittee, commission or caucus of a
    legislature) said of the legislator: the committee, when predicated ("Senator Durbin is also the
    Chairman of the Senate … Subcommittee") or a staff office; the person, a chair's or ranking
    member's office in apposition, with its rank and the committee's acronym. None for an office of
    another body, or one said of no one named (the office finder's person)."""
    office = 2 if tuple(words[:2]) == RANKING_MEMBER else 1  # "Ranking Member on …" is one office
    if len(words) < office + 3 or office == 1 and words[1] != "of":
        return None
    predicated = PREDICATED_RE.search(text, max(0, start - 40), start) is not None
    if not predicated and not SAID_OF_NAMED_RE.search(text, max(0, start - 40), start):
        return None
    cut = office + 2 if words[office + 1] == "the" else office + 1
    if BODY_HEADS.isdisjoint(words[cut:]):
        return None  # "John William Ashe, President of the General Assembly": the UN's office
    at = start + len(" ".join(words[:cut]))
    body = _organisation(text, text.index(words[cut], at), words[cut:])
    if body is None or body.type != "legislature":
        return None
    if predicated or words[0] not in CHAIRS:
        return body
    rank = RANK_BEFORE_RE.search(text, max(0, start - 8), start)
    begin = start if rank is None else rank.start()
    end = body.end if (acronym := ACRONYM_AFTER_RE.match(text, body.end)) is None else acronym.end()
    return Mention(begin, end, _spaced(text, begin, body.end), "person", 1)


def _end(text: str, start: int, words: list[str]) -> int:
    """Where the name made of `words`, found at `start`, ends in the text."""
    return text.find(words[-1], start + len(" ".join(words[:-1]))) + len(words[-1])


# The first word of an office's name ("President of …", "Secretary-General of …").
OFFICE_FIRST = frozenset(
    """President Vice-President Secretary Secretary-General Under-Secretary-General Chair Chairman
    Chairwoman Chairperson Director Director-General Minister Speaker Commissioner Governor Mayor
    Ombudsman High-Commissioner""".split()
)


# Names only groupings of states take: "the Group of 20", "the Eurasian Economic Union", "the
# Gulf Cooperation Council", "the Economic Community of West African States", and a body named for
# its number of member states, "the Eighteen-Nation Disarmament Committee", "the Ten-Nation Committee"
# (the General Debates of the 1960s name them some 500 times; not "most-favoured-nation"); and the
# diplomatic groups of states formed over one crisis, "the International Syria Support Group", "the
# Trilateral Contact Group", "the Lima Support Group", "the International Support Group for Lebanon"
# (every one of some 250 in the General Debates and of the 17 in the corpus is states' or their
# ministers', none an association's), and the UN's "Group of Friends of Mediation / on Climate and
# Security" (member states rallying to a cause; about 40 in the General Debates).
IGO_RE = re.compile(
    r"^Group of \d+$|\bEconomic (?:Union|Community)\b|\bCooperation Council\b|\bof States$"
    r"|\b(?:Contact|Support) Group(?: (?:for|on) .+)?$|^Group of Friends (?:of|on|for)\b"
    r"|\b(?i:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|twenty)-[Nn]ations?\b"
)
MEMBER_RE = re.compile(r"[^\S\n]+(?:members?|representatives?|delegates?)\b")


def _igo_first(word: str) -> bool:
    """Whether the word alone names an intergovernmental organisation in the authority file."""
    return word.isupper() and any(
        authority().types[a.actor] == "igo" for a in authority().index.get(word.lower(), ())
    )


# The heads of the bodies two governments set up together, and the words of the private or
# public-private bodies named the same way ("the U.S.-ASEAN Business Council", "the U.S.-India
# Gandhi-King Development Foundation", "the U.S.-Pakistan Women's Council" stay NGOs).
JOINT_HEADS = frozenset("Alliance Council Committee Group Forum Commission Dialogue Mechanism".split())
PRIVATE_WORDS = frozenset("Business Foundation Women's Women’s Chamber Centre Center Institute".split())


def _joint_body(words: list[str]) -> bool:
    """Whether the name is a body of two states or intergovernmental organisations named by a pair of
    them: "the U.S.-Japan Alliance", "the U.S.-EU Trade and Technology Council", "the NATO-Russia
    Council", "the U.S.-Egypt Climate Working Group". No NGO: the governments are its members."""
    parts = words[0].split("-")
    if len(parts) != 2 or words[-1] not in JOINT_HEADS or PRIVATE_WORDS.intersection(words):
        return False
    auth = authority()
    for part in parts:
        key = fold(part)
        if key not in auth.adjectives and not any(
            auth.types[a.actor] in ("state", "igo") for a in auth.index.get(key, ())
        ):
            return False
    return True


def _igo_named_first(words: list[str]) -> bool:
    """Whether the name begins with an intergovernmental organisation's whole name: "the
    Organization for the Prohibition of Chemical Weapons Executive Council" is its organ."""
    auth = authority()
    for k in range(len(words) - 1, 1, -1):
        aid = auth.by_name.get(" ".join(words[:k]), -1)
        if aid >= 0:
            return auth.types[aid] == "igo"
    return False


def _igo_named_after_of(words: list[str]) -> bool:
    """Whether a head word's complement is an intergovernmental organisation's name: "the Council
    of the International Maritime Organization", "the Executive Council of the Organization for
    the Prohibition of Chemical Weapons", "the Preparatory Commission for the International
    Criminal Court" are its organs, no NGO."""
    k = next((i for i in range(1, len(words) - 1) if words[i] in ("of", "for")), 0)
    if not k or words[k - 1] not in HEADS:
        return False
    tail = words[k + 2 :] if words[k + 1] == "the" else words[k + 1 :]
    return _known(tail, "igo")


# Offices of two words, followed by what they head ("Director General of the World Health
# Organization"): one person, as OFFICE_FIRST's.
TWO_WORD_OFFICES = frozenset(
    (*office.split(), prep)
    for office in ("Director General", "Secretary General", "Executive Director", "High Commissioner")
    for prep in ("of", "for")
) | {(*RANKING_MEMBER, prep) for prep in ("of", "on")}


# A committee or commission named before its head word is a state's or a legislature's body
# ("the Senate Foreign Relations Committee", "the Securities and Exchange Commission", "the
# National Human Rights Commission"), unless the name makes it international ("the International
# Law Commission", "the International Rescue Committee" keep their type).
BODY_HEADS = frozenset({"Committee", "Subcommittee", "Commission", "Caucus"})
CAUCUS = "Caucus"
# The words that make a caucus a chamber's members' (in 60 bulk Senate releases saying "Caucus",
# every such one was); a party's caucus without them is its members, the party as before
CHAMBERS = frozenset({"Senate", "House", "Congressional", "Parliamentary"})
# A caucus said to sit in a chamber is the chamber's members': "an unofficial Burma Caucus in the
# Senate".
CHAMBER_AFTER_RE = re.compile(r"[^\S\n]+(?:in|of)[^\S\n]+(?:the[^\S\n]+)?(?:Senate|House|Congress)\b")
INTERNATIONAL = frozenset(
    {"International", "Nations", "UN", "European", "Inter-American", "African", "World"}
)
# Words that make a committee a legislature's: its chamber, or the subjects legislatures divide into
# ("the Environment and Public Works Committee", "the Committee on Homeland Security and Governmental
# Affairs", "the Energy Committee" in Senate releases).
LEGISLATIVE = frozenset(
    """Senate House Parliamentary Congressional Joint Select Standing Judiciary Appropriations Relations
    Services Intelligence Finance Budget Estimates Privileges Ethics Rules Oversight Affairs Legislation
    References Environment Energy Homeland Commerce Agriculture Veterans Banking Transportation
    Works""".split()
)


def _body_type(words: list[str]) -> str:
    if INTERNATIONAL.intersection(words):
        return HEADS[words[-1]] if words[-1] in HEADS else "ngo"
    if words[-1] == "Commission":
        return "government"
    if words[-1] in ("Subcommittee", CAUCUS):
        # a committee's part ("the Human Rights and the Law Subcommittee"); a caucus read as a body
        # is a chamber's members' (the party's is left to the party: _organisation)
        return "legislature"
    return "legislature" if LEGISLATIVE.intersection(words) else "ngo"
