"""Offices named for the person who holds them: one actor's mentions carry one name.

A statement names a person with the title of the office ("Foreign Minister Andrew Peacock",
"Secretary David Cockcroft") or beside it ("Philip Ruddock\\nMinister for Immigration …",
"Tim Fischer, Shadow Minister for Trade"), then the office alone ("the Foreign Minister", "the
Minister", "the Secretary"). The annotation guidelines mark the office alone as that person when
the text identifies them, so an office mention takes the holder's name:
- beside the person's name, separated by no more than a comma or a line break;
- elsewhere, when exactly one person of the text was named with that title. An office "of" a
  state or body ("President of the United States") is left alone: the person titled "President"
  may be another state's.
"""

from __future__ import annotations

import bisect
import re

from .authority import authority
from .mention import Mention

# Words an office's name holds; a name with none of them is a person's own.
OFFICE_WORDS = frozenset(
    """minister secretary president treasurer premier governor chancellor ambassador director
    commissioner spokesperson spokesman spokeswoman chairman chairperson chair leader attorney
    secretary-general envoy chairwoman ranking""".split()
)
# What may stand between a name and its office: a comma, spaces, a few line breaks, and the
# letters after a member's name, with or without a comma before them ("Kevin Rudd MP  Shadow
# Minister for Foreign Affairs", "The Hon Julie Bishop, MP  Shadow Minister for Foreign Affairs"),
# also with stops ("JULIA GILLARD M.P. Shadow Minister for Population & Immigration").
GAP_RE = re.compile(
    r"[^\S\n]*(?:,?[^\S\n]*(?:(?:MP|MHR|AO|AC|QC)\b|M\.[^\S\n]?P\.|M\.H\.R\.))?[^\S\n]*,?[^\S\n]*"
    r"(?:\n[^\S\n]*){0,4}"
)
# A letterhead's or a transcript title's office, then the name under or after it with its
# honorific: "PRIME MINISTER\n\nTHE HON. MALCOLM TURNBULL MP", "TRANSCRIPT OF THE PRIME MINISTER
# THE HON. TONY ABBOTT MP", whose transcript's "PRIME MINISTER:" then is he. Not after a comma:
# "…, Foreign Minister of New Zealand, the Honourable Andrew Peacock" is a list's next person.
HONOURED_RE = re.compile(r"[^\S\n]*(?:\n[^\S\n]*){0,4}(?:THE|The)[^\S\n]+(?:HON|Hon)\.?[^\S\n]+")
# An office, then after a comma the honourable who holds it, as releases introduce their minister:
# "the Minister for Immigration and Ethnic Affairs, the Hon. M.J.R. MacKellar", "The Minister for
# Foreign Affairs, the Hon Tony Street MP"; or the excellency, as UN speeches style a head of state
# or the Secretary-General: "the Secretary-General, His Excellency Mr. António Guterres", "The Amir
# of Kuwait, His Highness Sheikh …". HONOURED_RE leaves the comma out for lists of people each
# before their office, which LISTED_OFFICE_RE tells apart.
APPOSED_HONOURED_RE = re.compile(
    r"[^\S\n]*,[^\S\n]*(?:\n[^\S\n]*){0,2}(?:(?:(?:THE|The|the)[^\S\n]+)?(?:Right[^\S\n]+)?"
    r"(?:HON|Hon|Honourable|Honorable)\b\.?"
    r"|(?:His|Her)[^\S\n]+(?:Excellency|Majesty|(?:Royal[^\S\n]+)?Highness)\b)[^\S\n]*"
)
# "…, Foreign Minister of New Zealand, the Honourable Andrew Peacock, Foreign Minister of Australia":
# the honourable's own office follows his name, so the office before him is the previous person's.
LISTED_OFFICE_RE = re.compile(r"[^,\n]{1,30}?,[^\S\n]*(?:the[^\S\n]+)?((?:[\w-]+[^\S\n]+){0,3}[\w-]+)")
# The word just before a position, with the spaces after it.
LEFT_WORD_RE = re.compile(r"\b([A-Za-z]+)[^\S\n]+$")
# Initials and a surname ("M.J.R. MacKellar", "M.J.R.MacKellar"), which a hard-wrapped release
# may break after the initials.
INITIALLED_RE = re.compile(r"(?:[A-Z]\.\s{0,4})+([A-Z][\w'’-]+)")
# After the name, an office found without its article: "Ken Hackett, the President of Catholic
# Relief Services". Before a name, "…, Foreign Minister of New Zealand, the Honourable Andrew
# Peacock" is the next person of a list.
# A past or present holder said so: "When Willy Brandt, then Chancellor of the Federal Republic of
# Germany, spoke", "Ms. Clinton, now Secretary of State".
GAP_THE_RE = re.compile(GAP_RE.pattern + r"(?:(?:then|now|later|formerly)[^\S\n]+)?(?:the[^\S\n]+)?")
# A letterhead lists a member's offices one after another, apart by spaces or a line break and no
# comma ("The Hon Julie Bishop, MP  Shadow Minister for Foreign Affairs  Deputy Leader of the
# Opposition  Member for Curtin", "KEVIN RUDD MP\nSHADOW MINISTER FOR FOREIGN AFFAIRS\nSHADOW MINISTER
# FOR TRADE"): each is held by the one named before the first. A comma lists other people's offices
# ("Prime Minister John Howard, the Treasurer, …").
LISTED_NEXT_RE = re.compile(r"[^\S\n]*(?:\n[^\S\n]*){0,2}")
# In capitals the office is found as its head word alone ("MINISTER" of "JASON CLARE MP  MINISTER FOR
# HOME AFFAIRS  MINISTER FOR JUSTICE"): its portfolio, the capitals after "FOR" or "OF", stands
# between it and the next office of the list, which that member holds too (not a person "Minister").
UPPER_LISTED_NEXT_RE = re.compile(
    r"[^\S\n]+(?:FOR|OF)(?:[^\S\n]+(?:[A-Z][A-Z’'-]*|&))+" + LISTED_NEXT_RE.pattern
)
# "a Prime Minister elected by Parliament": an office named indefinitely is held by no one known.
NOT_HELD_RE = re.compile(r"\b(?:[Aa]n?|[Ee]very|[Aa]ny|[Nn]o)[^\S\n]+$")
VOCATIVE_RE = re.compile(r"\b(?:Mr|Madam|Madame|Mister)\.?[^\S\n]+(?:$|(?=[A-Z]))")
# An interviewer's question opens by addressing the one asked, who answers in the next turn:
# "QUESTION:\n\nPrime Minister, Scott Morrison says …", "JOURNALIST: Prime Minister, Phillip
# Hudson from The Herald Sun". The bare office comes right after the asker's speaker label (and an
# "Oh"); a person named after its comma is the question's subject or the asker, not the holder. A
# line wrapped before an office ("directed at a male\n\nPrime Minister, am I wrong?") is no turn.
ADDRESS_START_RE = re.compile(r"(?:^|\n)[^\S\n]*[A-Z][A-Z .'’-]*:\s*(?:Oh[^\S\n]+)?$")
# What a speaker label's mention may leave before it on its line: the label's other capitals
# ("PRIME MINISTER:" found as "MINISTER").
LABEL_LEAD_RE = re.compile(r"[A-Z .]*")
# The next turn's speaker label: capitals at a line's start before a colon.
NEXT_LABEL_RE = re.compile(r"^[^\S\n]*([A-Z][A-Z .'’-]*):", re.M)
ADDRESS_OFFICE_RE = re.compile(r"(?:Prime[^\S\n]+)?Minister|Premier|Senator|Treasurer|Secretary")
# The post an office mention leaves after it, then a comma before its holder: "the U.S. Ambassador
# to Thailand, Ralph "Skip" Boyce", "The U.S. Special Envoy for Sudan, Scott Gration". The post is
# capitalised words (a state, a region, a subject) without a comma: in "Assistant Secretary for
# Democracy, Human Rights, and Labor" what follows the first comma is no person.
POST_RE = re.compile(
    r"[^\S\n]+(?:to|for|on)[^\S\n]+(?:the[^\S\n]+)?"
    r"((?:[A-Z][\w.'’-]*[^\S\n]+(?:(?:of|and|the)[^\S\n]+)*){0,4}[A-Z][\w.'’-]*)"
)
POSTED_RE = re.compile(POST_RE.pattern + r",[^\S\n]*")
OF_BEFORE_RE = re.compile(r"\bof(?:[^\S\n]+the)?[^\S\n]+$")
# Between that comma and the holder's mention: given names and a nickname the mention may leave out
# ("Ralph "Skip" Boyce" found as "Boyce"), or a title ("Dr. Cary Fowler", "Ambassador Sung").
HOLDER_LEAD_RE = re.compile(r"(?:(?:[A-Z][\w.'’-]*|\"[A-Z][\w'’-]*\"|“[A-Z][\w'’-]*”)[^\S\n]+){0,3}")
# Offices every state has one of: "the President" alone is no more the one titled "President
# Obama" than the Assembly's president or another state's.
MANY_HOLDERS = frozenset({"president"})
# The word of an opposition member's office ("Shadow Minister for …"), no office of government.
SHADOW: str = "shadow"
SHADOW_BEFORE_RE = re.compile(r"(?i:\bshadow[^\S\n]+)$")
# A state's other offices named with the state ("Prime Minister of Pakistan" for "the prime
# minister"): held, like its president, by the person of that state the text titles so.
STATE_OFFICES = frozenset({"prime minister", "premier", "chancellor"})
THE_RE = re.compile(r"^(?:the|The|THE)\s+")


def _words(name: str) -> list[str]:
    return THE_RE.sub("", name).lower().split()


def _has_office_word(name: str) -> bool:
    return not OFFICE_WORDS.isdisjoint(name.lower().split())


# A monarch's throne named for the realm ("the King of Bahrain", "the Emir of Qatar", "the Crown
# Prince of Saudi Arabia"): an office, whose holder a statement names beside it ("The King of
# Bahrain, King Hamad bin Isa Al Khalifa, …"). Only with "of": "King Hamad" and "Martin Luther
# King" are people's names, so these words stay out of OFFICE_WORDS, which every name is tried by.
THRONE_RE = re.compile(r"(?:Crown Prince|King|Queen|Emir|Amir|Sultan|Grand Duke)[^\S\n]+of[^\S\n]")


def _is_office(name: str) -> bool:
    """Whether a person mention's name is an office's, not a person's own."""
    return _has_office_word(name) or THRONE_RE.match(name) is not None


def _titled_counts(text: str, people: list[Mention]) -> dict[str, int]:
    """How often each person is written with "President" before the name."""
    counts: dict[str, int] = {}
    for p in people:
        if "resident" in text[p.start : p.end] and text[p.start : p.end] != p.name:
            counts[p.name] = counts.get(p.name, 0) + 1
    return counts


def _titles(text: str, people: list[Mention]) -> dict[str, set[str]]:
    """Title → the people named with it ("foreign minister" → {"Andrew Peacock"})."""
    found: dict[str, set[str]] = {}
    seen: set[tuple[str, str]] = set()
    for p in people:
        span = text[p.start : p.end]
        if span == p.name or (span, p.name) in seen:
            continue  # no title, or one already read: most mentions of most people
        seen.add((span, p.name))
        # "Deputy Secretary Sherman" for "Wendy Sherman": the title ends where a name word begins
        low = span.lower()
        at = min((i for w in p.name.lower().split() if (i := low.find(w)) >= 0), default=-1)
        title = " ".join(_words(span[:at])) if at > 0 else ""
        if title and OFFICE_WORDS.intersection(title.split()):
            found.setdefault(title, set()).add(p.name)
    return found


def link(
    text: str,
    chosen: list[Mention],
    signers: tuple[tuple[str, str], ...] = (),
    own: int = -1,
    un_speech: bool = False,
    sitting: str = "",
) -> None:
    """Rename office mentions after their holder, in place. `signers` are names and titles the
    page gives beside its text: its byline's ("Antony J. Blinken", "Secretary of State"): "the
    Secretary" of a page he signs, and "Mr. Secretary" in its transcript, are he. `own` is the
    speaking state if the metadata tells it; in a UN speech (`un_speech`) the president the text
    titles by name is the Assembly's ("I congratulate President Ashe"), no state's."""
    is_office: dict[str, bool] = {}  # by name: most people are mentioned many times
    offices: list[Mention] = []
    people: list[Mention] = []
    for m in chosen:
        if m.type == "person":
            office = is_office.get(m.name)
            if office is None:
                office = is_office[m.name] = _is_office(m.name)
            (offices if office else people).append(m)
    if not offices:
        return  # most statements: no office named alone
    titles = _titles(text, people)
    counts = _titled_counts(text, people)
    if signers:
        times = _times_titled(text, people)
        offices = [o for o in offices if not _signed(o, signers, titles, times)]
    if not offices or not people:
        return
    ordered = sorted(people, key=lambda p: p.start)
    starts = [p.start for p in ordered]
    held = [o for o in offices if _held(text, o)]
    # the titles the text writes before names, before offices beside a name add theirs
    titled_in_text = {title: set(names) for title, names in titles.items()}
    alone = []
    asked: list[tuple[Mention, Mention]] = []
    thrones: dict[str, set[str]] = {}  # a throne's name -> the holders named beside it
    labels = [m for m in chosen if m.type == "person" and _speaker_label(text, m)] if held else []
    last: Mention | None = None  # the office last given the holder named beside it
    for o in sorted(held, key=lambda m: m.start):
        answer = _answer(text, o, labels)
        if answer is not None:
            asked.append((o, answer))  # named after the loop, once the answer's label has its holder
            continue
        beside = _beside(text, o, ordered, starts)
        if beside is None and last is not None and _listed_next(text, last, o):
            beside = last  # "…Shadow Minister for Foreign Affairs  Deputy Leader of the Opposition"
        if beside is None:
            alone.append(o)
            continue
        last = o
        holder = beside.name
        # "the Minister for Immigration …, Philip Ruddock": the full title names its holder for the
        # short ones elsewhere ("The Minister", a letterhead's "MINISTER"), if what is written
        # holds an office word of that title (not a "Deputy" named "Deputy Secretary") and the
        # holder's name is a full one, or a surname after a title ("…, Mr Hurford")
        title, written = _words(o.name), _words(text[o.start : o.end])
        named = _full(holder) or _titled_surname(text, beside)
        if _has_office_word(" ".join(written)) and set(written) <= set(title) and named:
            titles.setdefault(" ".join(title), set()).add(holder)
        if THRONE_RE.match(o.name):
            thrones.setdefault(o.name, set()).add(holder)
        o.name = holder
    for o in alone:
        if len(thrones.get(o.name, ())) == 1:
            # "His Highness the Amir of the State of Kuwait" after "Sheikh Sabah …, Amir of the
            # State of Kuwait": the one holder the text named beside that throne
            o.name = next(iter(thrones[o.name]))
            continue
        if _formerly_held(text, o, titles):
            continue
        if " of " not in o.name:
            titled = _titled(_words(o.name), titles, _shadowed(text, o))
        else:
            head = o.name.partition(" of ")[0].lower()
            titled = _head_of(
                o, titled_in_text if head in STATE_OFFICES else titles, -2 if un_speech else own, counts
            ) or _sitting_president(text, o, titles, own, sitting)
        if titled is None and " of " not in o.name:
            # named by the dictionary for the office it most often is ("Secretary General" is the
            # UN's), written as the text's own person's title: "Arab League Secretary General Amr
            # Moussa … the Secretary General"
            titled = _titled(_words(text[o.start : o.end]), titles)
        elif titled is None and _one_holder_office(o.name):
            # a state's office the dictionary names "… of the United States", written as the title
            # the text gives one person: "The U.S. Special Envoy will also …" after "U.S. Special
            # Envoy Lenderking"; the written words with their state, not a bare "the Ambassador"
            written = _words(text[o.start : o.end])
            if len(written) > 1 and not _within_other_office(text, o):
                titled = _titled(written, titles)
        if titled is not None:
            o.name = titled
    for o, answer in asked:
        # the label's holder is known by now; a label no one's name took leaves the office be
        if not _has_office_word(answer.name):
            o.name = answer.name


def _formerly_held(text: str, o: Mention, titles: dict[str, set[str]]) -> bool:
    """Whether an office alone is written as a past holder's ("the former Secretary-General of the
    United Nations, Mr. Kofi Annan" in a speech that thanks "our Secretary-General, His Excellency
    Mr. António Guterres"): not the one the text titles without that word. A text that titles
    someone so ("former President Clinton") names him for it."""
    before = LEFT_WORD_RE.search(text, max(0, o.start - 12), o.start)
    if before is None or before.group(1).lower() not in FORMER:
        return False
    return not titles.get(" ".join([before.group(1).lower(), *_words(text[o.start : o.end])]))


def _answer(text: str, o: Mention, labels: list[Mention]) -> Mention | None:
    """The speaker label answering the question an office opens: the next turn's, if a person's
    mention ("PRIME MINISTER:", "MR RUDDOCK:"); a label read as no one's ("PM:") tells nothing."""
    if not labels or not _opens_question(text, o):
        return None
    turn = NEXT_LABEL_RE.search(text, o.end)
    if turn is None:
        return None
    return next((m for m in labels if turn.start(1) <= m.start < turn.end(1)), None)


def _within_other_office(text: str, o: Mention) -> bool:
    """Whether the words before an office make it another's: "Vice Minister of Unification",
    "Former Chairman of …", "Office of the Secretary of Defense"."""
    before = LEFT_WORD_RE.search(text, max(0, o.start - 20), o.start)
    if before is not None and before.group(1).lower() in NOT_HOLDING:
        return True
    return OF_BEFORE_RE.search(text, max(0, o.start - 8), o.start) is not None


def _one_holder_office(name: str) -> bool:
    """Whether an office "… of <state>" has one holder at a time the text may title by name: not a
    president or prime minister, whom `_head_of` reads by the state's people."""
    head = name.partition(" of ")[0].lower()
    return " of " in name and head not in MANY_HOLDERS and head not in STATE_OFFICES


# After "President", the body or company it heads or the name it titles: "the first
# African-American President of Delaware State AFL-CIO", "Bond was the President and CEO of
# Infusion Media Partners", "standing between President Sadat and President Begin, President Carter".
OTHER_HEAD_AFTER_RE = re.compile(
    r"[^\S\n]+(?:of[^\S\n]+(?:the[^\S\n]+)?[A-Z]|and[^\S\n]+(?:CEO|Chief|Founder|COO)\b|[A-Z][a-z])"
)
# Before it, a staff title: "Special Assistant to the President", "Senior Advisor to the
# President". A nominee's biography tells of the staff of past presidents (and of a university's)
# in these words; the staff title says whom the staffer served, not who is in office.
STAFF_BEFORE_RE = re.compile(
    r"(?:Assistant|Advis[eo]r|Counsel(?:or)?|Aide)[^\S\n]+to[^\S\n]+(?:the[^\S\n]+)?$"
)
# Titles of someone who no longer holds the office, or holds another: "former President Clinton".
NOT_HOLDING = frozenset("former late vice deputy acting then".split())
# Of those, the ones that say the holder is past: "the former Secretary-General".
FORMER = frozenset("former late then outgoing".split())


def _head_of(o: Mention, titles: dict[str, set[str]], own: int, titled_times: dict[str, int]) -> str | None:
    """Who "the President" resolved to a state's ("President of the United States") is: the one
    person of that state the text titles "President" ("President Bush"), as a U.S. senator's
    "the President" is the President Bush the release names. Whose state a person is the
    authority file tells; a president of another state ("President Putin") is not the one.
    A president the file does not know ("President Mirziyoyev") is the one of the state a report
    is about when the text titles no other president: not of the speaker's own state, whose
    "the President" the text need not name while naming a foreign one (`own` -2: of no state)."""
    head, _, state = o.name.partition(" of ")
    if head.lower() not in MANY_HOLDERS and head.lower() not in STATE_OFFICES:
        return None
    office = head.lower().split()
    auth = authority()
    # "President of the United States" as the text writes it: the state's name has no article
    sid = o.country if o.country >= 0 else auth.by_name.get(THE_RE.sub("", state), -1)
    if sid < 0:
        return None
    titled = {
        name
        for title, names in titles.items()
        if title.split()[-len(office) :] == office and NOT_HOLDING.isdisjoint(title.split())
        for name in names
    }
    whose = {name: auth.country[aid] if (aid := auth.by_name.get(name, -1)) >= 0 else -1 for name in titled}
    # a president of that state, or one the file does not know ("President Faye" beside the
    # "President Macky Sall" it knows as Senegal's): two are none. The speaking state's own
    # president the file knows: one it does not is another state's.
    holders = [name for name, c in whose.items() if c == sid or (c < 0 and sid != own)]
    if len(holders) > 1:
        holders = _most_titled(holders, titled_times)
    if len(holders) != 1:
        return None
    unknown = whose[holders[0]] < 0
    if unknown and (own == -2 or len(whose) > 1 or titled_times.get(holders[0], 0) < 2):
        # titled so more than once: a former president named once is not the one a report
        # speaks of, whom the text may name otherwise
        return None
    return holders[0]


def _sitting_president(
    text: str, o: Mention, titles: dict[str, set[str]], own: int, sitting: str
) -> str | None:
    """On a U.S. page, the one person the text titles "President" ("President George W. Bush")
    under the surname of the president in office that day, for "the President" of the United
    States: the authority file may not know him, and a president named once is otherwise taken for
    one of the past (`_head_of`). None for another state's president or a page with no day."""
    head, _, state = o.name.partition(" of ")
    if not sitting or own < 0 or head.lower() != "president" or OTHER_HEAD_AFTER_RE.match(text, o.end):
        return None
    if STAFF_BEFORE_RE.search(text, max(0, o.start - 30), o.start):
        return None
    if (o.country if o.country >= 0 else authority().by_name.get(THE_RE.sub("", state), -1)) != own:
        return None
    named = {
        name
        for title, names in titles.items()
        if title.split()[-1:] == ["president"] and NOT_HOLDING.isdisjoint(title.split())
        for name in names
        if name.split()[-1] == sitting
    }
    return next(iter(named)) if len(named) == 1 else None


def _most_titled(names: list[str], titled_times: dict[str, int]) -> list[str]:
    """Of several presidents of one state, the one the text titles so most, at least twice as
    often as any other: a briefing's "President Biden" five times beside one "President Obama"
    of the past; none when no one stands out."""
    ranked = sorted(names, key=lambda n: -titled_times.get(n, 0))
    first, second = (titled_times.get(n, 0) for n in ranked[:2])
    return ranked[:1] if first >= 2 and first >= 2 * second else []


def _signed(
    o: Mention,
    signers: tuple[tuple[str, str], ...],
    titles: dict[str, set[str]],
    times: dict[tuple[str, str], int],
) -> bool:
    """Rename an office alone after the page's signer who holds it ("the Secretary", "Mr.
    Secretary" on a page the Secretary of State signs); whether it was. A person the text itself
    names with the title comes first ("Secretary Blinken … The Secretary"), and the title's words
    must stand in the signer's in order: "the State Secretary" is no Secretary of State."""
    said = _words(o.name)
    if " of " in o.name:
        # "the Secretary of State" on the page he signs: whom the text titles so, else the signer
        if not any(said == _words(title) for _, title in signers):
            return False
        signer = (
            _titled(said, titles)
            or _titled(said[:1], titles)
            or _secretary_among_others(said[:1], said, titles, times)
        )
        o.name = signer or next(name for name, title in signers if said == _words(title))
        return True
    signer = _titled(said, titles)
    if signer is None:
        # the person the text titles with the signer's office alone ("Secretary of State
        # Blinken", "Secretary Blinken" beside "Defense Secretary Austin"), else the signer
        signer = next(
            (
                _unqualified(_words(title), titles)
                or _unqualified(said, titles)
                or _secretary_among_others(said, _words(title), titles, times)
                or name
                for name, title in signers
                if _within(said, _words(title))
            ),
            None,
        )
    if signer is not None:
        o.name = signer
    return signer is not None


def _unqualified(said: list[str], titles: dict[str, set[str]]) -> str | None:
    """The one person titled just so ("Secretary Blinken") once those the text also titles with a
    longer office ending so ("Defense Secretary Austin", "Deputy Secretary of State Sherman") are
    set aside: they hold that office, the signer's is the plain one."""
    n = len(said)
    qualified = {
        p
        for title, people in titles.items()
        if len(title.split()) > n and title.split()[-n:] == said
        for p in people
    }
    plain = titles.get(" ".join(said), set()) - qualified
    return next(iter(plain)) if len(plain) == 1 else None


def _secretary_among_others(
    said: list[str], signer: list[str], titles: dict[str, set[str]], times: dict[tuple[str, str], int]
) -> str | None:
    """Of several people a briefing titles just so ("Secretary Blinken", "Secretary Austin"), the
    one holding the signer's office: those the text titles with another office holding the word
    ("Secretary of Defense Austin", "former Secretary Pompeo") set aside, the one titled so most,
    by half again as often as any other (13 "Secretary Blinken" beside 8 "Secretary Austin"), as
    a briefing speaks most of the Department's own head; none when no one stands out."""
    plain = titles.get(" ".join(said), set())
    if len(plain) < 2:
        return None
    others = {
        p for title, people in titles.items() if _another_office(title.split(), said, signer) for p in people
    }
    key = " ".join(said)
    ranked = sorted(plain - others, key=lambda p: -times.get((key, p), 0))
    if not ranked:
        return None
    first = times.get((key, ranked[0]), 0)
    second = times.get((key, ranked[1]), 0) if len(ranked) > 1 else 0
    return ranked[0] if first >= 3 and 2 * first > 3 * second else None


def _another_office(title: list[str], said: list[str], signer: list[str]) -> bool:
    """A longer title holding the words that is not the signer's ("secretary of defense",
    "defense secretary", "former secretary"; not "u.s. secretary of state")."""
    if len(title) <= len(said) or not _within(said, title):
        return False
    return title[-len(signer) :] != signer or not NOT_HOLDING.isdisjoint(title)


def _times_titled(text: str, people: list[Mention]) -> dict[tuple[str, str], int]:
    """How often each person is written with each title: (title, name) → mentions."""
    counts: dict[tuple[str, str], int] = {}
    for p in people:
        span = text[p.start : p.end]
        if span == p.name:
            continue
        low = span.lower()
        at = min((i for w in p.name.lower().split() if (i := low.find(w)) >= 0), default=-1)
        if at > 0:
            key = (" ".join(_words(span[:at])), p.name)
            counts[key] = counts.get(key, 0) + 1
    return counts


def _full(name: str) -> bool:
    """A given name and a surname, not one word or an initial ("Ian", "M.")."""
    return len(name.split()) > 1 and "." not in name


def _titled_surname(text: str, p: Mention) -> bool:
    """A one-word name written after a title ("Mr Hurford", "Senator Chipp"): a surname, unless a
    given name ("Mr Michael" at a line's end)."""
    if not p.name.isalpha() or len(p.name) < 3 or p.name in authority().given_names:
        return False
    return " ".join(text[p.start : p.end].split()[1:]) == p.name


def _held(text: str, o: Mention) -> bool:
    """Whether an office mention stands for someone the text may name: not "Mr. President"
    (the speech addresses the chair, whoever was named before), not "a Prime Minister". "Madam
    Minister" in a transcript addresses the minister the text names ("Foreign Minister Payne")."""
    before = max(0, o.start - 8)
    vocative = VOCATIVE_RE.search(text, before, o.start) or VOCATIVE_RE.match(text, o.start)
    if vocative and not MANY_HOLDERS.isdisjoint(_words(o.name)):
        return False
    return NOT_HELD_RE.search(text, before, o.start) is None


def _beside(text: str, o: Mention, people: list[Mention], starts: list[int]) -> Mention | None:
    """The person named right before or after the office ("Tim Fischer, Shadow Minister for
    Trade", "MINISTER FOR IMMIGRATION …\n\nSenator Nick Bolkus"); `people` in text order.
    A possessive office names its staff beside it, not its holder: "MEDIA ENQUIRIES: Lynne Adams
    Minister's Office" is the minister's press officer."""
    if text.startswith(":", o.end):
        return None  # a transcript's speaker label ("PRIME MINISTER:"): the name before ends a turn
    if text.startswith(("'s", "’s"), o.end):
        return None
    i = bisect.bisect_left(starts, o.start)
    posted = _posted_holder(text, o, people, i)
    if posted is not None:
        return posted
    apposed = APPOSED_HONOURED_RE.match(text, o.end)
    if apposed is not None and not _lists_own_office(text, apposed.end()):
        # the honourable after the comma holds it, whoever was named before ("the Leader of the
        # Opposition, Mr Whitlam, the Minister for …, the Hon. M.J.R. MacKellar")
        after = people[i] if i < len(people) else None
        if after is not None and o.end < after.start <= apposed.end():
            return after
        return _by_surname(text, apposed.end(), people)
    for p in people[max(0, i - 1) : i + 1]:
        if p.start > o.start and text.startswith(":", p.end):
            continue  # the next turn's speaker ("… Prime Minister.\n\nSCOTT MORRISON:")
        gap = (p.end, _written_start(text, o)) if p.end <= o.start else (o.end, p.start)
        gap_re, most = (GAP_THE_RE, 17) if p.end <= o.start else (GAP_RE, 12)  # ", formerly the "
        if 0 <= gap[1] - gap[0] <= most and gap_re.fullmatch(text, *gap):
            return p
        if p.start > o.start and 0 <= gap[1] - gap[0] <= 20 and HONOURED_RE.fullmatch(text, *gap):
            return p
    return None


def _listed_next(text: str, last: Mention, o: Mention) -> bool:
    """Whether an office follows the office last given its holder in a letterhead's list: right
    after it, or in capitals after the portfolio its mention left out."""
    if LISTED_NEXT_RE.fullmatch(text, last.end, o.start):
        return True
    upper = text[last.start : last.end].isupper() and text[o.start : o.end].isupper()
    return upper and UPPER_LISTED_NEXT_RE.fullmatch(text, last.end, o.start) is not None


def _opens_question(text: str, o: Mention) -> bool:
    """Whether an office opens a transcript's question, addressing the one asked ("Prime Minister,
    do you want …"), not a person named after its comma ("Prime Minister, Scott Morrison says")."""
    return (
        ADDRESS_OFFICE_RE.fullmatch(text, o.start, o.end) is not None
        and text.startswith(",", o.end)
        and ADDRESS_START_RE.search(text, max(0, o.start - 30), o.start) is not None
    )


def _speaker_label(text: str, m: Mention) -> bool:
    """Whether a mention is a transcript's speaker label: a line of its own ending in a colon
    ("PRIME MINISTER:")."""
    if not text.startswith(":", m.end):
        return False  # nearly every mention: the line is looked back over for the few before a colon
    line_start = text.rfind("\n", 0, m.start) + 1
    return LABEL_LEAD_RE.fullmatch(text, line_start, m.start) is not None


def _posted_holder(text: str, o: Mention, people: list[Mention], i: int) -> Mention | None:
    """The person named after an office's post and a comma ("the U.S. Ambassador to Thailand,
    Ralph "Skip" Boyce"); `people[i]` is the first person at or after the office."""
    posted = POSTED_RE.match(text, o.end)
    if posted is None or i >= len(people) or OF_BEFORE_RE.search(text, max(0, o.start - 8), o.start):
        return None  # "the Special Representative of the Secretary-General for …, Ms. X": his envoy
    after = people[i]
    lead = HOLDER_LEAD_RE.fullmatch(text, posted.end(), after.start) if after.start >= posted.end() else None
    return after if lead is not None else None


def _written_start(text: str, o: Mention) -> int:
    """Where the office begins as written, with the words of its name its mention left out before
    it: "THE HON. MALCOLM TURNBULL MP  PRIME MINISTER" whose letterhead mention is "MINISTER"."""
    start = o.start
    name = set(o.name.lower().split())
    # its article and capitalised words only: "Chris Bowen MP, and  Parliamentary Secretary for
    # Immigration and …" leaves its "and" out of the office, whose name has one
    while (
        (word := LEFT_WORD_RE.search(text, max(0, start - 20), start))
        and (word.group(1)[0].isupper() or word.group(1) == "the")
        and word.group(1).lower() in name
    ):
        start = word.start(1)
    return start


def _by_surname(text: str, name_start: int, people: list[Mention]) -> Mention | None:
    """The person the text names elsewhere by the surname of an honourable whose initials kept him
    from being read as a name: "the Hon. M.J.R. MacKellar" is the release's "Mr MacKellar"."""
    initialled = INITIALLED_RE.match(text, name_start)
    if initialled is None:
        return None
    surname = initialled.group(1)
    return next((p for p in people if p.name == surname or p.name.endswith(" " + surname)), None)


def _lists_own_office(text: str, name_start: int) -> bool:
    """Whether the honourable named at `name_start` is followed by an office of his own, as in a
    list of people each before their office."""
    listed = LISTED_OFFICE_RE.match(text, name_start)
    return listed is not None and _has_office_word(listed.group(1))


def _within(words: list[str], title: list[str]) -> bool:
    """Whether the words stand together, in order, in the title."""
    n = len(words)
    return any(title[k : k + n] == words for k in range(len(title) - n + 1))


def _shadowed(text: str, o: Mention) -> bool:
    """Whether the office found is a shadow one cut from its first word: a letterhead's "SHADOW
    MINISTER FOR FOREIGN AFFAIRS" found as "MINISTER" is the shadow minister's."""
    return SHADOW_BEFORE_RE.search(text, max(0, o.start - 8), o.start) is not None


def _titled(office: list[str], titles: dict[str, set[str]], shadow: bool = False) -> str | None:
    said = " ".join(office)
    holders = set(titles.get(said, ()))
    if len(holders) == 1:
        # one person titled just so ("Secretary Blinken") is meant before those whose title holds
        # the word ("Assistant Secretary Chung")
        return next(iter(holders))
    if len(office) > 1:  # "the State Secretary" after "German State Secretary Miguel Berger"
        for title, people in titles.items():
            if title.split()[-len(office) :] == office:
                holders |= people
    # "the Minister": any title holding the word ("Immigration Minister", "Secretary of State"),
    # but a shadow one's: an opposition release's "the Minister" is the government's minister it
    # attacks, never the "Shadow Minister for Immigration" who issues it
    if len(office) == 1 and said not in MANY_HOLDERS:
        for title, people in titles.items():
            if said in (words := title.split()) and (shadow or SHADOW not in words):
                holders |= people
    return next(iter(holders)) if len(holders) == 1 else None
