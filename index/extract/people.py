"""People not (or not only) in the authority file: titled names ("Senator Don Chipp", "President
Obama"), names beside "said", offices held by one person ("the Minister for Immigration"), and
later references by one part of a name ("Senator Chipp", "Pearson said")."""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Iterator
from itertools import compress

from . import listed_portfolios, lost_stops, nicknames, said_starts
from .authority import Authority, authority
from .keywords import has_any
from .mention import Mention
from .particles import PARTICLES
from .tokens import Caps, cap_words, fold, match_at, occurrences, words
from .verbs import HEADLINE_VERBS

TITLES = (
    r"(?:The\s+)?Hon\.?|Right Honourable|Right Honorable|Honourable|Honorable|"
    r"Senator|Sen\.?|Sens\.?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|Professor|President|"
    # a portfolio before the office ("Defense Minister Gantz", "Immigration Minister Evans"): without
    # it the office finder's "Defense Minister" took the place of the titled name and lost "Gantz"
    r"Immigration Minister|Defence Minister|Defense Minister|Defence Secretary|Defense Secretary|"
    r"Deputy Prime Minister|Deputy Minister|"
    r"Vice President|Prime Minister|Foreign Minister|Minister|Deputy Secretary of State|Deputy Secretary|"
    r"Attorney General|"
    r"Assistant Secretary|Under Secretary|State Secretary|Secretary of State|Secretary|Deputy Director|"
    r"Executive Director|"
    r"Director|Ambassador|General|Gen\.|King|Queen|Prince|Sheikh|Chancellor|Governor|Judge|Commissioner|"
    # a Senate page scraped without its full stops: "said Gen Charles F  Wald" (had been "Gen Charles F")
    r"Gen(?=[^\S\n]+[A-Z][a-z])|"
    r"Special Envoy|Envoy|Representative|Rep\.|Congressman|Congresswoman|Sir|Dame|Lord|Colonel|Mayor|"
    # a hard-wrapped UN speech breaks "Secretary-General" after its hyphen ("Secretary-\nGeneral Ban
    # Ki-moon"): read as one title, not "Secretary" and a general's rank before the name
    r"Chairman|Premier|Secretary-\s*General|Secretary General|Majority Leader|Minority Leader|"
    # the parties' leaders and whips of a chamber ("Senate Republican Leader Mitch McConnell")
    r"Majority Whip|Minority Whip|Republican Leader|Democratic Leader|Republican Whip|Democratic Whip|"
    # a chamber's officers and a judge, before the surname the Senate and the press name them by
    # ("Ranking Member Coburn", "Speaker Pelosi", "Justice Bhagwati"), and a navy's ranks
    r"Ranking Member|Speaker|Justice|Counselor|Vice Admiral|Rear Admiral|Admiral|"
    # offices the State Department and the White House put before a name ("Department
    # Spokesperson Ned Price", "National Security Advisor Jake Sullivan", "USAID Administrator
    # Samantha Power"); a body's name after them is no person's (_clean drops "Department")
    r"Spokesperson|Spokesman|Spokeswoman|National Security Advisor|National Security Adviser|"
    r"Deputy Administrator|Administrator|"
    # the Department's bureau heads before a name ("Senior Bureau Official Moy", "Senior Official
    # Allen"): without them "Bureau Official Moy" was no person and his calls not the Department's
    r"Senior Bureau Official|Senior Official|"
    # religious and military ranks before a name ("Pope Francis", "Archbishop Desmond Tutu",
    # "Lieutenant General Dubik"); not "Bishop" nor "Captain", surnames as often
    r"Pope|Cardinal|Archbishop|Imam|Rabbi|Ayatollah|Grand Ayatollah|Field Marshal|"
    r"Lieutenant General|Major General|Brigadier General|Brigadier|Lieutenant|"
    # a Gulf ruler's title and a monarch's style ("Emir Tamim bin Hamad Al Thani", "His Majesty
    # King Abdullah II"): without them a Gulf name was read from its second word on
    r"Emir|Crown Prince|His Holiness|His Majesty|Her Majesty|His Royal Highness|His Highness"
)
# An apostrophe may join a name ("O'Brien") but a possessive "'s" is not part of it.
# Letters beyond ASCII count ("Demirtaş", "Ní Aoláin", "Erdoğan"): LOW is a letter that is not an
# ASCII or Latin-1 capital, UP an ASCII or Latin-1 capital.
LOW = r"[^\W\d_A-ZÀ-ÖØ-Þ]"
UP = r"[A-ZÀ-ÖØ-Þ]"
# A middle initial may have lost its full stop in scraped text ("Benjamin L  Cardin").
NAME = (
    rf"{UP}(?:[a-z]{{1,2}}[A-Z]|['’][A-Z])?{LOW}+(?:['’](?![sS]\b)[^\W\d_]+)*(?:-{UP}{LOW}+|-(?!led\b|run\b|era\b|born\b)[a-z]{{2,4}}\b)?|[A-Z]{{2,}}|[A-Z]\."
    r"|[A-Z](?=[^\S\n]+[A-Z][a-z])"
)
# A title followed by one to three capitalised name words, in normal or all-capital text.
# Between the words of a titled name, one line break may stand: UN speeches are hard-wrapped
# ("including Ambassador Chris \nStevens").
_NAME_GAP = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"
# Not a title's word at the end of a place's hyphened name ("Port-au-Prince Bar Association President
# Monferrier Dorval": no prince named "Bar Association"): a title never follows a hyphen after a
# particle of two or three small letters, where "Vice-President Harris" keeps its title.
TITLED_RE = re.compile(
    rf"(?<!-[a-z]{{2}}-)(?<!-[a-z]{{3}}-)\b(?:{TITLES})(?:[^\S\n]+(?:{TITLES}))*[^\S\n]+((?:(?:al|el)-)?(?:{NAME})(?:{_NAME_GAP}(?:{NAME})){{0,2}})\b"
)
# A hyphened surname in capitals is one word: "SENATOR SARAH HANSON-YOUNG", not "… HANSON".
CAPS_WORD = r"[A-Z]{2,}(?:-[A-Z]{2,})?"
TITLED_CAPS_RE = re.compile(
    rf"\b(?:THE HON|HON|SENATOR|SEN|MR|MS|MRS|DR)\s+((?:{CAPS_WORD}\s+){{0,2}}{CAPS_WORD})\b"
)
# The first words a title can begin with ("The Hon", "Vice President"), for a quick test.
TITLE_FIRST = frozenset(re.findall(r"(?:^|\|)(?:\(\?:The\\s\+\)\?)?([A-Z][a-z]*)", TITLES)) | {"The"}
CAPS_TITLE_FIRST = frozenset({"THE", "HON", "SENATOR", "SEN", "MR", "MS", "MRS", "DR"})
# A transcript's speaker label, an office and a name in capitals before a colon: "FOREIGN MINISTER
# LE DRIAN: (Via interpreter) …", "SECRETARY BLINKEN:" (State Department transcripts).
SPEAKER_LABEL_RE = re.compile(
    r"\b(?:(?:FOREIGN|PRIME|DEPUTY|VICE|DEFENSE|DEFENCE)[^\S\n]+)?"
    r"(?:MINISTER|SECRETARY|PRESIDENT|AMBASSADOR|GOVERNOR|CHAIRMAN|SPEAKER)"
    r"[^\S\n]+((?:[A-Z][A-Z'’-]+[^\S\n]+){0,2}[A-Z][A-Z'’-]+)(?=:)"
)
LABEL_FIRST = frozenset(
    "FOREIGN PRIME DEPUTY VICE DEFENSE DEFENCE MINISTER SECRETARY PRESIDENT AMBASSADOR GOVERNOR CHAIRMAN "
    "SPEAKER".split()
)
# "said Jane Doe" is found from the verb, "Jane Doe said" and "Jane Doe, 42," from the name.
SAID_WORDS = ("said", "says", "according to")  # found with str.find (tokens.occurrences)
SAID_AFTER_RE = re.compile(
    rf"(?:{'|'.join(SAID_WORDS)})\s+((?:{NAME})[^\S\n]+(?:{NAME})(?:[^\S\n]+(?:{NAME}))?)"
)
# Tried only where said_starts.py reads back from a cue that a name can begin (change the two
# together); the first name's capital is not inside a word (the look-behind follows it).
_FIRST_NAME = rf"{UP}(?<![^\W_].)(?:{LOW}++(?:['’](?![sS]\b)[^\W\d_]++)*+(?:-{UP}{LOW}++)?|[A-Z]+|\.)"
# NAME without backtracking into its letters: what follows a name word (a space, a comma, an
# apostrophe or hyphen) is never a letter, so giving letters back cannot succeed, and trying it
# at every capitalised word cost half the search.
_NAME_ATOMIC = (
    rf"{UP}(?:['’][A-Z])?{LOW}++(?:['’](?![sS]\b)[^\W\d_]++)*+(?:-{UP}{LOW}++)?|[A-Z]{{2,}}|[A-Z]\."
    r"|[A-Z](?=[^\S\n]+[A-Z][a-z])"
)
SAID_RE = re.compile(
    rf"({_FIRST_NAME}[^\S\n]+(?:{_NAME_ATOMIC}))"
    rf"(?:(?:,([^,.\n]{{3,80}}),)?\s+(?:said|says|told)\b|,\s+(?:aged\s+)?\d{{1,2}},)"
)
# A letterhead's contact line after the portfolio ("… Multicultural Affairs Telephone: (06) …",
# "… Ethnic Affairs Parliament House"): no word of the office's name.
CONTACT_WORDS = r"(?:Telephone|Tel|Phone|Fax|Facsimile|Email|E-mail|Contact|Parliament|Address)\b"
# Words that begin a name or another office after an office's own words ("Minister of Finance
# Assen Vassilev and Minister of…", "Prime Minister of Pakistan and Mr. …").
# Military ranks abbreviated before a name ("Deputy Minister of Defense Sr. Lt. Gen. Hoang Xuan
# Chien") begin it too: no word of the portfolio.
RANKS = r"(?:Sr|Lt|Gen|Col|Maj|Brig|Adm|Capt|Sgt)(?=\.)"
OFFICE_NOT_NAME = rf"(?:The|Minister|Secretary|Mr|Mrs|Ms|Dr|Deputy|Prime|Assistant|{RANKS})"
OFFICE_RE = re.compile(
    r"\b(?:[Tt]he\s+)?(?:Shadow\s+)?"
    r"(?:(?:Immigration|Foreign|Defence|Defense|Prime|Deputy Prime|Deputy|State|General)\s+)?"
    # "Assistant Secretary of State for Western Hemisphere Affairs": the portfolio after "of State"
    r"(?:Minister|Secretary)\b(?:[^\S\n]+of[^\S\n]+State(?=[^\S\n]+for[^\S\n]))?"
    r"(?:[^\S\n]+(?:for|of)[^\S\n]+(?!The\b)[A-Z][a-z]+"
    # each word whole: "… Resources Brian McKeon" is not "… Resources Brian Mc" (a holder's name)
    rf"(?:[^\S\n]+(?:and[^\S\n]+)?(?!{OFFICE_NOT_NAME}\b|{CONTACT_WORDS})[A-Z][a-z]+\b){{0,3}})?"
    r"|\b(?:[Tt]he\s+)?Governor[- ]General\b"
    r"|\b(?:[Tt]he\s+)?(?:Deputy\s+|Assistant\s+)?Attorney\s+General\b"
    r"|\b(?:[Tt]he\s+)?(?:U\.S\.|US|American)\s+[Pp]resident\b"
    r"|\b(?:[Tt]he\s+)?(?:Vice[- ]President|Deputy President)\b|\bthe\s+(?:vice|deputy)[- ]president\b"
    # a Westminster parliament's office, held by one person ("Bill Hayden, M.P., Leader of the
    # Opposition"; a letterhead's "LEADER OF THE OPPOSITION"), not the party "the Opposition" it leads
    r"|\b(?:[Tt]he\s+)?(?i:(?:deputy\s+)?leader\s+of\s+the\s+opposition)\b"
    # the same office named the other way round ("the Prime Minister and Opposition Leader need to
    # stop playing politics"): a person, not the party
    r"|\b(?:[Tt]he\s+)?(?:Deputy\s+)?Opposition\s+Leader\b"
)
NOT_NAMES = (
    frozenset(
        """The This That These Those It He She We They You In On At For To And But Of A An As If When While
    Senator Senators Co-Chairs Congress
    Journalist Reporter Question Interviewer
    Today Human Rights Watch Press Release Media Release Department Office Government Council Senate
    Browse Following
    House Parliament Party Minister Committee Subcommittee Caucus Commission National Federal United Nations
    Democrats
    Leader Shadow Affairs Environmental Youth Multicultural Immigration Opposition Labor Liberal
    Spokesperson Spokesman Region Province District Sen Sens Rep Reps January February March April May
    June July August September October November December Jr Sr Directorate Agency Ministry Bureau
    Service Intelligence Army Force Forces Guard Command Police Assembly Resolution Convention Treaty Charter
    Protocol Covenant Statute Agreement Accord Accords
    Declaration News President Speaker Excellency Secretary Under Prime Deputy Assistant Mr Mrs Ms
    Madam Sir Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split()
    )
    | HEADLINE_VERBS
)


# A landform's word begins a place's name ("Lake Toba, Sumatra Island, said…", "Mount Sinjar"),
# and a firm's trade word ends a company's ("General Motors"): neither is a person's name. Only
# words no one is named by first ("Ricki Lake" keeps her surname; "Mills" and "Church" are surnames).
PLACE_FIRST = frozenset("Lake Mount Mt Cape Gulf Fort Isle".split())
COMPANY_WORDS = frozenset(
    "Motors Airlines Airways Corporation Corp Inc Incorporated Ltd LLC Holdings Industries Pharmaceuticals "
    "Technologies".split()
)


def _clean(name: str) -> str:
    adjectives = authority().adjectives
    parts = name.split()
    if fold(name) in adjectives or any(p.lower() in adjectives or p.title() in NOT_NAMES for p in parts):
        return ""  # "Australian Democrats", "Multicultural Affairs", "Sri Lankan": not a person's name
    if parts and (parts[0] in PLACE_FIRST or any(p in COMPANY_WORDS for p in parts)):
        return ""
    parts = [p for p in name.split() if p not in NOT_NAMES]
    while len(parts) > 1 and parts[-1] in POSTNOMINALS:
        parts.pop()  # "Thomson MP said": the letters after a member's name are no part of it
    return " ".join(p.title() if p.isupper() and len(p) > 2 else p for p in parts)


INITIALS_ONLY_RE = re.compile(r"(?:[A-Z]\.[^\S\n]*)+")  # "the Honourable D.J… Killen" garbled


def titled(text: str, caps: Caps | None = None) -> list[Mention]:
    caps = cap_words(text) if caps is None else caps
    out: list[Mention] = []
    finders = ((TITLED_RE, TITLE_FIRST), (TITLED_CAPS_RE, CAPS_TITLE_FIRST), (SPEAKER_LABEL_RE, LABEL_FIRST))
    for rx, first in finders:
        for m in match_at(rx, text, caps, first):
            found = m.group(1)
            if "   " in found and _after_said(text, m.start()):
                found, nxt = _split_at_wide_gap(found, m.start(1))
                out += nxt
            name, end = _name_prefix(found, m.start(1))
            if rx is SPEAKER_LABEL_RE and name:
                if name.split()[-1].lower() in authority().common:
                    continue  # a headline in capitals: "THE PRESIDENT MUST ACT:"
                name = name.title()  # "LE DRIAN" → "Le Drian", as the text writes it elsewhere
            if " " not in name and name.lower() in authority().common and not _honorific_name(m, name):
                continue  # "Sec. 2. General Provisions": a title word before an ordinary word
            if name and _word_title(m) and name.split()[0].lower() in authority().common:
                continue  # "the Justice Assistance Grant", "Speaker Series": the word begins a name
            if name in RETIRED:  # "Gunilla Dahlberg, Professor Emerita of Education": an office
                name = " ".join(text[m.start() : end].split())  # beside a name, no name itself
            if name and name.split()[0] not in NOT_NAMES and not INITIALS_ONLY_RE.fullmatch(name):
                out.append(Mention(m.start(), end, _styled(m, _joined_surname(name)), "person", 2))
    return out


# A scraped "…movement     said Senator Clinton              Sojourner Truth was a leader…": a name
# after the cue ends the sentence, and the run of spaces after it is the lost full stop.
SAID_BEFORE_RE = re.compile(r"\b(?:said|says)[^\S\n]+$")
WIDE_GAP_RE = re.compile(rf"[^\S\n]{{{lost_stops.WIDE},}}")


def _after_said(text: str, start: int) -> bool:
    return SAID_BEFORE_RE.search(text, max(0, start - 12), start) is not None


def _split_at_wide_gap(found: str, start: int) -> tuple[str, list[Mention]]:
    """The name before the lost full stop, and the next sentence's name it had read on into (the
    two words or more of "Sojourner Truth", not "The resolution")."""
    gap = WIDE_GAP_RE.search(found)
    if gap is None:
        return found, []
    name, end = _name_prefix(found[gap.end() :], start + gap.end())
    words = name.split()
    if len(words) < 2 or words[0].lower() in authority().common:
        return found[: gap.start()], []
    return found[: gap.start()], [Mention(start + gap.end(), end, name, "person", 2)]


RETIRED = frozenset({"Emeritus", "Emerita"})
# Titles that are also words beginning other names ("the Justice Department", "Speaker Series"):
# a name after them begins with no ordinary word.
WORD_TITLES = frozenset({"Justice", "Speaker", "Counselor"})


def _word_title(m: re.Match[str]) -> bool:
    title = m.string[m.start() : m.start(1)].split()
    return bool(title) and title[-1] in WORD_TITLES


JOINED_PARTICLE_RE = re.compile(r"(?:al|el)-(?=[A-Z])")


def _joined_surname(name: str) -> str:
    """The dictionary's name of a person a title names by a surname with its joined particle
    ("President al-Sisi" is "Abdel Fattah El Sisi", as "Sisi" alone is): the name as written when
    the surname is no one's the dictionary knows."""
    bare = JOINED_PARTICLE_RE.match(name)
    if bare is None or " " in name:
        return name
    auth = authority()
    found = {a.actor for a in auth.index.get(fold(name[bare.end() :]), ()) if len(a.keys) == 1}
    people = [aid for aid in found if auth.types[aid] == "person"]
    return auth.names[people[0]] if len(people) == 1 else name


# Titles that are part of the name a person goes by: "Pope Francis" is not called "Francis".
NAMING_TITLES = frozenset({"Pope"})


def _styled(m: re.Match[str], name: str) -> str:
    """The name with its title where the title is part of the usual name ("Pope Francis")."""
    title = m.string[m.start() : m.start(1)].split()
    return f"{title[-1]} {name}" if title and title[-1] in NAMING_TITLES and " " not in name else name


# Titles that stand only before a person's name: after them an ordinary word is a surname
# ("Senator Dole", "Mr Shorten", "Ms Worth", "Secretary Rice"), where after an office that also
# begins other names it is not ("General Practice", "Minister Assisting", "Governor General").
HONORIFICS = frozenset(
    "Senator Sen Sen. Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Congressman Congresswoman Rep. Secretary".split()
)


def _honorific_name(m: re.Match[str], name: str) -> bool:
    """Whether the one word `name` after the title of `m` is a surname though an ordinary word:
    an honorific's, three letters or more ("Dr No" is a nickname), no word of an office
    ("Mr Chairman", "Mr Foreign Minister", "Secretary General")."""
    title = m.string[m.start() : m.start(1)].split()
    return (
        len(title) == 1
        and title[0] in HONORIFICS
        and len(name) > 2
        and name not in TITLE_FIRST
        and name.lower() not in OFFICE_WORDS
    )


# Offices and a briefing's roles addressed with an honorific ("Thank you, Mr. Operator", "Madam
# Speaker", "Mr. Moderator"): no surname.
OFFICE_WORDS = frozenset(
    "chair chairman chairwoman justice acting general assisting representing operator moderator speaker "
    "president secretary".split()
)


# "AMA President, Dr Steve Hambleton, said": an office before the name, no name itself.
OFFICE_ENDS = frozenset(
    "President Secretary Director Chairman Chair Commissioner Ambassador Governor".split()
)
POSTNOMINALS = frozenset("MP MHR AO AC QC".split())
AFTER_NAME = POSTNOMINALS | frozenset("Senator Minister MR Member Leader Shadow Spokesperson".split())


# The words of a title alone, a line's: a byline's title ends its line and no name follows it.
TITLES_ONLY_RE = re.compile(rf"(?:{TITLES})(?:[^\S\n]+(?:{TITLES}))*")


def _name_prefix(found: str, start: int) -> tuple[str, int]:
    """The longest run of first words of `found` that is a name, and where it ends: a heading
    "Senator Andrew Bartlett   Leader of the …" runs on into the office that follows the name."""
    parts = found.split()
    if "\n" in found:  # a hard-wrapped name goes on, a line beginning with an ordinary word does not
        first, rest = found.split("\n", 1)
        if TITLES_ONLY_RE.fullmatch(first.strip()):
            return "", start  # "EEAS Secretary General\nBrussels, Belgium": the title's end, then a place
        if rest.split() and rest.split()[0].lower() in authority().common:
            parts = first.split()
        elif _address_line(first, rest):
            parts = first.split()
    # a title after the name begins another line's office or a postnominal: "Senator Andrew
    # Bartlett Senator for Queensland", "The Hon. Philip Ruddock MR" (media release)
    cut = next((k for k in range(1, len(parts)) if parts[k].rstrip(".") in AFTER_NAME), len(parts))
    while 1 < cut < len(parts) and parts[cut - 1] in TITLE_FIRST:
        cut -= 1  # "President Bukele Foreign Minister Hill": the next office's first word too
    cut = min(cut, run_on(found))
    for k in range(cut, 0, -1):
        name = _clean(" ".join(parts[:k]))
        if name:
            last = parts[k - 1]
            return name, found.index(last, sum(len(p) for p in parts[: k - 1])) + len(last) + start
    return "", start


# A letter's address block or a heading on its own indented line: "The Honorable Ibrahim
# Gambari\n   Under-Secretary General of the United Nations", "The Honorable Ban Ki-moon\n
# Secretary-General", "FACT CHECK: President Bush \n   Bush Downplayed …" (Senate releases). The
# next line's office, or the surname written again, begins a line of its own, not the name's last
# word; a hard-wrapped speech's "Ambassador Chris \nStevens" goes on unindented.
INDENTED_RE = re.compile(r"[^\S\n]{2,}\S")


def _address_line(first: str, rest: str) -> bool:
    """Whether the indented line `rest` after a name's first line `first` begins an office or repeats
    the surname, so the name ends with its line."""
    words = rest.split()
    if not words or not first.split() or not INDENTED_RE.match(rest):
        return False
    head = words[0]
    return head == first.split()[-1] or any(part in TITLE_FIRST for part in head.split("-"))


WORD_RE = re.compile(r"\S+")


def run_on(found: str) -> int:
    """How many first words of a name found by its pattern are the name. A scraped text's lost
    punctuation leaves wide gaps ("said Hagel    Risk assessment", "Sen  Brownback  Instead",
    "Senator Tom Harkin  D IA"), as do a letterhead's columns ("SENATOR PATRICK    LEAHY    VERMONT"):
    past such a gap the name ends before an ordinary word, a place, a party's letter or a word of
    the name again. A single space is a name's own ("Condoleezza Rice", "MR MICK YOUNG"), and so is
    any word after given names alone ("General George  Washington") but an ordinary word that is no
    surname: a given name may be a word, a place's or a body's ("said Senator Clinton   Despite
    repeated assurances", "freedom in Burma  Led by courageous Buddhist monks")."""
    spans = [(m.start(), m.group()) for m in WORD_RE.finditer(found)]
    auth = authority()
    for k in range(1, len(spans)):
        gap = found[spans[k - 1][0] + len(spans[k - 1][1]) : spans[k][0]]
        before = spans[k - 1][1].rstrip(".")
        if lost_stops.sentence_after(gap, spans[k][1], auth.common):
            return k  # "said Senator Clinton   Despite repeated assurances": given names alone too
        wide = len(gap) > 1 and "\n" not in gap and len(before) > 1  # "Edward M  Kennedy": an initial's
        if not wide:
            continue
        word = spans[k][1].strip(",;:")
        if all(w.title() in auth.given_names for _, w in spans[:k]):
            if _ordinary_word(word, auth):
                return k
            continue
        if (
            (word.lower() in auth.common and len(word) > 1)
            or len(word) == 1
            or word.lower() in (w.lower() for _, w in spans[:k])
            or auth.names_a_place(word)
        ):
            return k
    return len(spans)


def _ordinary_word(word: str, auth: Authority) -> bool:
    """Whether a capitalised word is an ordinary English word and no common surname ("Despite",
    "Led", "By"; not "Rice", "White", "Young")."""
    low = word.lower()
    return len(word) > 1 and low in auth.common and low not in auth.surname_words


_ITEM = rf"(?:{NAME})(?:[^\S\n](?:{NAME})){{0,2}}"
# A scraped "(D-IL)" after a senator's name is left as "  D IL  ": it separates two names too,
# and so do its other scraped forms "  D Calif  ", "  R Texas  ", "  D N Y  ", "  D   Mo  ", whose
# spaced letters ("N Y") no name finder reads as a word and whose end a list would stop at.
_LIST_SEP = (
    r"(?:(?:[^\S\n]{2,}[DRI][^\S\n]+(?:[A-Z]{2}|[A-Z][^\S\n][A-Z][a-z]?|[A-Z][a-z]{1,5})\b)?"
    r"(?:,[^\S\n]*(?:and[^\S\n]+)?|[^\S\n]{2,}(?:and[^\S\n]+)?|[^\S\n]+and[^\S\n]+))"
)
# A plural title before a list of names: "Senators Brownback, Dodd and Wyden", "Sens. Biden and
# Lugar", and the scraped "Senators Brownback  Dodd  Klobuchar" whose commas became spaces.
TITLED_LIST_RE = re.compile(
    rf"\b(?:Senators|Sens\.?|Representatives|Reps\.?|Congressmen|Congresswomen)[^\S\n]+"
    rf"({_ITEM}(?:{_LIST_SEP}{_ITEM})+)"
)
LIST_SPLIT_RE = re.compile(_LIST_SEP)
PLURAL_TITLES = frozenset({"Senators", "Sens", "Representatives", "Reps", "Congressmen", "Congresswomen"})
# Not a name in such a list: a state's two letters, a party and state ("R Texas", "D Wash").
NOT_LISTED_RE = re.compile(r"[A-Z]{2}|[DRI](?:[^\S\n].*)?")
INITIAL_END_RE = re.compile(r"(?:^|[^\S\n])[A-Z]\.?$")


def titled_lists(text: str, caps: Caps | None = None) -> list[Mention]:
    """Each name of a list after a plural title, one mention each; a state's two letters between
    them ("Nelson  FL") are left to the places finder."""
    out: list[Mention] = []
    if not has_any(text, PLURAL_TITLES):
        return out  # most statements: substring tests are far cheaper than a look at each capital
    caps = cap_words(text) if caps is None else caps
    first = frozenset({"Senators", "Sens", "Representatives", "Reps", "Congressmen", "Congresswomen"})
    auth = authority()
    for m in match_at(TITLED_LIST_RE, text, caps, first):
        for start, end in _list_items(m.group(1), m.start(1)):
            piece = text[start:end]
            words = piece.split()
            # a word after a given name is the surname, however ordinary ("Arlen Specter")
            cut = next(
                (
                    w
                    for k, w in enumerate(words[1:], 1)
                    if len(w) > 2 and w.lower() in auth.common and words[k - 1] not in auth.given_names
                ),
                None,
            )
            if cut is not None:  # "Senators Clinton and Specter Introduce Legislation": a headline
                end = start + piece.index(" " + cut)
                piece = text[start:end]
            name = "" if NOT_LISTED_RE.fullmatch(piece) else _clean(piece)
            if name and name.split()[0] not in NOT_NAMES and "Senators" not in name:
                out.append(Mention(start, end, name, "person", 2))
    return out


def _list_items(listed: str, offset: int) -> list[tuple[int, int]]:
    """(start, end) of each name of a list; a name split at a double space after its middle
    initial ("Edward M  Kennedy") is joined again."""
    items: list[tuple[int, int]] = []
    pos = 0
    for sep in [*LIST_SPLIT_RE.finditer(listed), None]:
        end = sep.start() if sep else len(listed)
        items.append((pos, end))
        pos = sep.end() if sep else end
    merged: list[tuple[int, int]] = []
    for start, end in items:
        prev = merged[-1] if merged else None
        if prev and INITIAL_END_RE.search(listed[prev[0] : prev[1]]) and not listed[prev[1] : start].strip():
            merged[-1] = (prev[0], end)
        else:
            merged.append((start, end))
    return [(offset + s, offset + e) for s, e in merged]


def said(text: str, caps: Caps | None = None) -> list[Mention]:
    """`caps` is accepted like the other finders' but not needed."""
    out: list[Mention] = []
    verbs = occurrences(text, SAID_WORDS)
    after = [m for m in match_at(SAID_AFTER_RE, text, verbs) if not text[m.start() - 1 : m.start()].isalnum()]
    # SAID_RE tried only where a name before a cue can begin (said_starts.py): its finditer, faster
    for m in [*after, *match_at(SAID_RE, text, said_starts.name_starts(text))]:
        group = 2 if m.re is SAID_RE and m.group(2) and _aside_name(m.group(2)) else 1
        found = m.group(group)
        kept = WORD_RE.findall(found)[: run_on(found)]
        found = found[: found.rindex(kept[-1]) + len(kept[-1])]
        name = _clean(found.strip())
        if (
            len(name.split()) >= 2
            and name.split()[-1] not in AFTER_NAME | OFFICE_ENDS
            and not _said_thing(text, m.start(group) + len(found) - len(found.lstrip()), name)
            # "The Karakalpak Movement said", "Bahrain Watch says": a body speaks, no person
            and (
                name.split()[-1].lower() not in non_person_words()
                or _titled_given(text, m.start(group) + len(found), name)
            )
        ):
            start = m.start(group) + len(found) - len(found.lstrip())
            out.append(Mention(start, m.start(group) + len(found), name, "person", 2))
    return out + _role_first(text, out)


def _role_first(text: str, found: list[Mention]) -> list[Mention]:
    """Names of two or three words set off between commas after a role, right before the cue: "The
    founder of both projects, Raqib Hameed Naik, told…" (no name before the aside for SAID_RE)."""
    out = []
    for a, b in said_starts.asides(text):
        aside = text[a:b]
        if any(a <= f.start < b for f in found) or not _aside_name(aside):
            continue
        start = a + len(aside) - len(aside.lstrip())
        out.append(Mention(start, b, _clean(aside.strip()), "person", 2))
    return [m for m in out if len(m.name.split()) >= 2]


# ", senior Iran researcher at …", ", a lawyer": a person's role in apposition after the name
ROLE_APPOSITION_RE = re.compile(r",[^\S\n]+(?:an?[^\S\n]+)?[a-z]")


def _titled_given(text: str, end: int, name: str) -> bool:
    """Whether a name whose last word also names things ("Far" of "Far East") is a person's all the
    same: a given name begins it and a role follows it ("said Tara Sepehri Far, senior Iran
    researcher at Human Rights Watch")."""
    auth, first = authority(), name.split()[0]
    given = first in auth.given_names or first in auth.place_given  # "Tara", a town in Ireland too
    return given and ROLE_APPOSITION_RE.match(text, end) is not None


def _said_thing(text: str, start: int, name: str) -> bool:
    """Whether the name of who said something is a body's or a thing's: one after "the" ("the
    Joint Chiefs, General Milley, said"), or an ordinary word that is no given name before a place
    or a word in capitals ("Embassy Kabul said", "said Get LOST"). "Mark Warner", "Grace Meng",
    "Will Smith" stay people: their surnames are neither."""
    if text[max(0, start - 4) : start].lower() == "the ":
        return True
    auth = authority()
    first, last = (w.strip(",.;:") for w in text[start:].split()[:2])
    if fold(first) not in auth.common or first.title() in auth.given_names:
        return False
    return (last.isupper() and not first.isupper()) or auth.names_a_place(last)


ASIDE_NAME_RE = re.compile(rf"[^\S\n]*((?:{NAME})(?:[^\S\n]+(?:{NAME})){{1,2}})")


def _aside_name(aside: str) -> bool:
    """Whether the aside before "said" is the speaker's own name, the words before it the office:
    "the Minister for Women, Children and Senior Citizens, Bhagawati Chaudhary, said". Not a
    body's or a place's name ("Jane Doe, Human Rights Watch, said"), nor a titled name, which the
    title finds."""
    m = ASIDE_NAME_RE.fullmatch(aside)
    if m is None or TITLED_RE.match(m.group(1)):
        return False
    words = m.group(1).split()
    common, things = authority().common, non_person_words()
    return not any(w.lower() in common or w.lower() in things or w.isupper() for w in words)


US_PRESIDENT_RE = re.compile(r"(?i)(u\.s\.|us|american) president")
OFFICE_FIRST = frozenset(
    "The Shadow Immigration Foreign Defence Defense Prime Deputy State General Minister Secretary Governor "
    "U US Attorney Assistant Vice Leader LEADER DEPUTY Opposition "
    "American".split()
)
# The joining words of an office's name written in capitals, which its name writes in lower case
# ("LEADER OF THE OPPOSITION" is "Leader of the Opposition"): as capitals, "The" was read as a
# surname of the holder and joined every sentence's "The" to the person.
SMALL_WORDS = frozenset("OF THE IN FOR".split())
# Lower-case "the" starts a match only before one of the office words.
THE_OFFICE_RE = re.compile(
    r"the(?=\s+(?:Shadow|Immigration|Foreign|Defence|Defense|Prime|Deputy|State|General|Minister|Secretary|Governor|"
    r"Attorney|Assistant|Vice|vice|deputy\s+president|Leader|Opposition\s+Leader|"
    r"U\.S\.|US|American))"  # a prefix test only: OFFICE_RE decides
)


def offices(text: str, caps: Caps | None = None) -> list[Mention]:
    """Named offices held by one person: "the Minister for Immigration and Ethnic Affairs"."""
    caps = cap_words(text) if caps is None else caps
    starts = [(p, w) for p, w in caps if w in OFFICE_FIRST]
    starts += [(m.start(), "the") for m in THE_OFFICE_RE.finditer(text)]
    out: list[Mention] = []
    given, common = authority().given_names, authority().common
    for m in match_at(OFFICE_RE, text, sorted(starts)):
        found = m.group()
        # a letterhead's "Minister for Immigration and Multicultural Affairs  Philip Ruddock": past
        # a wide gap, a given name begins the holder's name, no word of the office
        if (wide := GIVEN_AFTER_GAP_RE.search(found)) is not None and wide.group(1) in given:
            found = found[: wide.start()]
        last = LAST_WORD_RE.search(found)
        if last and last.group(1) in given and SURNAME_NEXT_RE.match(text, m.start() + len(found)):
            # "Assistant Secretary for Conflict and Stabilization Operations Anne Witkowsky": the
            # given name and surname after the office are its holder's
            found = found[: last.start()]
        found = _before_holder(found, given)
        if found == m.group() and PORTFOLIO_RE.search(found):  # no holder cut off: a listed
            # portfolio may go on past a comma ("Minister for Justice, Customs and …")
            found = text[m.start() : listed_portfolios.extend(text, m.end(), given, common)]
        if found.endswith("Secretary of State") and LOWER_RANK_RE.search(
            text, max(0, m.start() - 20), m.start()
        ):
            continue  # "our Assistant Secretary of State for Africa, Molly Phee": not the Secretary
        words = found.split()
        if words[0].lower() == "the":
            words = words[1:]
        name = " ".join(words)
        if name.isupper():  # a letterhead's "LEADER OF THE OPPOSITION": no word of it a name's
            name = " ".join(w.lower() if w in SMALL_WORDS else w.title() for w in words)
        if US_PRESIDENT_RE.search(name):
            name = "President of the United States"
        out.append(Mention(m.start(), m.start() + len(found), name, "person", 2))
    return out


# A rank written before "Secretary" makes the office another one: an "Assistant", "Under",
# "Deputy Assistant" or "Parliamentary Secretary for X" is no "Secretary for X", which no state has
# (the office finders, beginning at "Secretary", read "Secretary for Preparedness and Response"), and
# "The Assistant Secretary will …" is no Secretary of State.
RANK_BEFORE_RE = re.compile(
    r"\b(?:(?:Acting|Principal)[^\S\n]+){0,2}(?:Deputy[^\S\n]+)?(?:Assistant|Under|Parliamentary)(?:-|[^\S\n]+)\Z"
)
RANK_REACH = 50  # "Acting Principal Deputy Assistant ": the longest rank


def with_ranks(text: str, chosen: list[Mention]) -> None:
    """Put, in place, the rank written before a selected "Secretary …" office into its mention and
    name: "Assistant Secretary for Preparedness and Response", "Under-Secretary for Disarmament
    Affairs", "Deputy Assistant Secretary". Not "Secretary-General", the dictionary's UN office."""
    for m in chosen:
        if m.type != "person" or not text.startswith("Secretary", m.start):
            continue
        if m.name.startswith("Secretary-") or text.startswith("Secretary-", m.start):
            continue
        rank = RANK_BEFORE_RE.search(text, max(0, m.start - RANK_REACH), m.start)
        if rank is None:
            continue
        if m.name.startswith("Secretary"):  # the office alone: its name is the whole title
            m.name = " ".join((text[rank.start() : m.start] + m.name).split())
        # the office with its holder ("Secretary for … Affairs Hady Amr") keeps the holder's name
        m.start = rank.start()


# A rank before "Secretary of State" makes another office ("Assistant", "Under", "Deputy Assistant
# Secretary of State"), which the office pattern, beginning at "Secretary", read as the Secretary's.
LOWER_RANK_RE = re.compile(r"\b(?:Assistant|Under)[^\S\n]+\Z")


def _before_holder(found: str, given: frozenset[str]) -> str:
    """The office without its holder's given name and surname inside the portfolio's words
    ("Minister of Foreign Affairs Mukhtar Tileuberdi"): past the portfolio's first word, a given
    name that is no ordinary word ("Justice"), a capitalised word after it."""
    prep = PORTFOLIO_RE.search(found)
    if prep is None:
        return found
    common = authority().common
    for w in HOLDER_GIVEN_RE.finditer(found, prep.end()):
        if w.group(1) in given and w.group(1).lower() not in common:
            return found[: w.start()]
    return found


PORTFOLIO_RE = re.compile(r"[^\S\n](?:of|for)[^\S\n]+[A-Z][a-z]+")
HOLDER_GIVEN_RE = re.compile(r"[^\S\n]+([A-Z][a-z]+)(?=[^\S\n]+[A-Z])")
GIVEN_AFTER_GAP_RE = re.compile(r"[^\S\n]{2,}([A-Z][a-z]+)")
LAST_WORD_RE = re.compile(r"[^\S\n]+([A-Z][a-z]+)$")
SURNAME_NEXT_RE = re.compile(r"[^\S\n]+[A-Z][a-z]")


@functools.cache
def non_person_words() -> frozenset[str]:
    """Lower-case words that name things rather than people: at least twice as common in the
    authority's names of organisations, places and states as in its people's names (which hold
    some organisations filed as people). "Health", "Bank", "Islands", "Action" are no surnames."""
    return thing_words(authority())


def thing_words(auth: Authority) -> frozenset[str]:
    """non_person_words of an authority being built."""
    person: dict[str, int] = {}
    other: dict[str, int] = {}
    for name, typ in zip(auth.names, auth.types, strict=True):
        counts = person if typ == "person" else other
        for w in words(name):
            counts[w.lower()] = counts.get(w.lower(), 0) + 1
    found = {w for w, n in other.items() if w.isalpha() and n >= 2 and n >= 2 * person.get(w, 0)}
    return frozenset(found | STREET_WORDS | BUILDING_WORDS)


# The kinds of street an address names ("5/9 Sydney Avenue, Barton", "17 Sydney Rd, Manly"): the
# dictionaries file few streets, so their words are added here.
STREET_WORDS = frozenset("avenue ave road rd street st drive lane terrace parade highway boulevard".split())
# Rooms and buildings a byline names as the venue ("Washington, D.C.\nDean Acheson Auditorium"):
# the word after a name is the building's, no surname (not "Hall" nor "Church": people's names).
BUILDING_WORDS = frozenset("auditorium building room theatre theater stadium arena airport museum".split())


# Possessive letters, as in SAID_RE: a space, a hyphen or a word's end follows them, never a
# letter. The surname may have a capital inside ("DeWine", "McCain", "MacArthur") or after an
# apostrophe ("Brendan O'Connor", "KERRY O’BRIEN": some 200 such names in the press releases).
PAIR_RE = re.compile(
    rf"\b({UP}{LOW}++|[A-Z]{{3,}}+)[^\S\n]+"
    rf"({UP}(?:[a-z]{{1,2}}[A-Z]|['’][A-Z])?{LOW}++(?:-{UP}{LOW}++)?|[A-Z](?:['’][A-Z])?[A-Z]{{2,}}+)\b"
)


# A given name, a middle initial and a surname ("Antony J. Blinken", "Joseph R. Biden"): the
# initial makes it a person's name whether or not the given name is in our list.
INITIALLED_RE = re.compile(
    rf"\b({UP}{LOW}++)[^\S\n]+[A-Z]\.[^\S\n]+({UP}(?:[a-z]{{1,2}}[A-Z])?{LOW}++(?:-{UP}{LOW}++)?)\b"
)


def given_name_pairs(text: str, given: frozenset[str], caps: Caps | None = None) -> list[Mention]:
    """Two capitalised words whose first is a known given name ("Helene Teichmann"), and any
    given name with a middle initial ("Antony J. Blinken")."""
    caps = cap_words(text) if caps is None else caps
    out = _initialled(text)
    things = non_person_words()
    short_names = authority().short_names
    word_given = authority().word_given
    lowered: dict[str, bool] = {}
    # Every capitalised pair is matched, kept or not: a pair consumed by the word before
    # ("Human Rights Watch") must not start another one ("Rights Watch").
    # Some 40 pairs a statement: each word read from the match once, not once for each test.
    for m in match_at(PAIR_RE, text, caps):
        word, after = m.group(1, 2)
        first = word.title()
        if (
            first not in given
            and ((second := after.title()) in given or second in word_given)
            and (word.lower() in things or (word.isupper() and not after.isupper()))
        ):
            # "U.S. Special Envoy for Yemen Tim Lenderking", "the NSA Jake Sullivan": a place or
            # body word or an acronym before the given name took it into its pair; the name is
            # the given name's own pair
            m = PAIR_RE.match(text, m.start(2)) or m
            word, after = m.group(1, 2)
            first = word.title()
        if (fold(word), fold(after)) in short_names and (name := _clean(m.group())):
            # "Bill Shorten": a person the authority knows by a longer name ("William Richard
            # Shorten"), though both words are ordinary ones (middle_names.py)
            out.append(Mention(m.start(), m.end(), name, "person", 1))
            continue
        worded = _word_given_pair(first, after)
        if (
            (first in given or worded)
            and fold(first) not in BODY_FIRST_WORDS
            and after not in NOT_NAMES
            and first not in NOT_NAMES
            # "World Bank", "Global Health": no surname; "Ronnie White" one
            and (after.lower() not in things or _word_surname(text, first, m))
            and not _no_pair(text, m)
            and not _census_before_word(first, after)
            and (worded or not _written_as_word(text, first, lowered))
            # "in Burma  Led by courageous monks", "Burma    By targeting…", "Burma  Sincerely": a
            # scraped text's lost full stop between the two (run_on reads lost_stops)
            and run_on(m.group()) > 1
        ):
            name = _clean(m.group())
            if name:  # "American Visa": a country adjective, no name at all
                out.append(Mention(m.start(), m.end(), name, "person", 1))
    return out


# The words a Spanish, Portuguese, Italian or French body's name begins with ("the Fundacion
# Mujer, a local NGO"), some in the census's list of given names: no person's pair.
BODY_FIRST_WORDS = frozenset(
    """fundacion fundacao fondazione fondation asociacion associacao associazione association instituto
    centro comite federacion movimiento colectivo observatorio consejo comision corporacion
    confederacion sindicato""".split()
)


# Words that head a place's or a building's name after a person's ("Hunter Valley", "the Roosevelt
# Room", "Grace Church"), though common surnames too.
NAMED_PLACE_HEADS = (
    STREET_WORDS
    | BUILDING_WORDS
    | frozenset(
        "valley river lake bay mount mountain sea forest falls port town church temple court house hall "
        "park".split()
    )
)


def _word_surname(text: str, first: str, m: re.Match[str]) -> bool:
    """Whether a word that names things too ("White", "Power", "Church") is the surname after a
    known given name: a common surname of the census, and no capitalised word after it ("Samantha
    J. Power", "Ronnie White in 1999"; not "Grace Church Hall")."""
    low = m.group(2).lower()
    return (
        first in authority().given_names
        and first.lower() not in authority().index  # "Victoria Cross", a medal: the state's name first
        and low in authority().surname_words
        and low not in NAMED_PLACE_HEADS
        and NEXT_WORD_RE.match(text, m.end()) is None
        and text[m.end() : m.end() + 1] not in ("-", "'", "’")
    )


def _word_given_pair(first: str, second: str) -> bool:
    """Whether a given name that is also an ordinary word stands before a common surname that is
    none ("Frank Brennan", "Mark Latham", "Bill Hayden"; not "Grant Funding"): the surname makes
    the word a name whether or not the text writes it small ("to mark the day")."""
    auth = authority()
    return first in auth.word_given and second.title() in auth.common_surnames


def _written_as_word(text: str, first: str, seen: dict[str, bool]) -> bool:
    """Whether a given name only the census lists is written in lower case in the text, as an
    ordinary word: "Merry Christmas" where the reply says "merry Christmas" (the name then made a
    person of every "Christmas"). A name the authority's own people bear is one whatever the text
    does ("Grace Meng"). `seen` keeps the answer by name for one text."""
    if first in authority().own_given:
        return False
    if first not in seen:
        seen[first] = _as_word(text, first.lower())
    return seen[first]


def _as_word(text: str, low: str) -> bool:
    """Whether `low` stands in the text as a word of its own, not inside another ("merryment") nor
    an address ("jayne.stinson@ag.gov.au"): found with str.find, a pattern's search for each
    name had doubled the cost of the pairs' finder."""
    i = text.find(low)
    while i >= 0:
        before = text[i - 1 : i] if i else " "
        after = text[i + len(low) : i + len(low) + 1] or " "
        if not (before.isalnum() or before in "'’.@-" or after.isalnum() or after in "'’.@-"):
            return True
        i = text.find(low, i + 1)
    return False


def _census_before_word(first: str, second: str) -> bool:
    """Whether a given name only the census lists ("Sunshine", "Santa") stands before an ordinary
    word that is no common surname ("Sunshine Ethnic …", "Santa Clause"; not "Ned Price"): a name
    the authority's own people bear may take any surname ("Susan Rice"), a rarer one before a
    word is a place's or a thing's name more often than a person's."""
    auth = authority()
    low = second.lower()
    return first not in auth.own_given and low in auth.common and low not in auth.surname_words


# Heads of the names of things after a given name: "the Abraham Accords", "the David Citadel Hotel".
# None is a surname; surnames that are ordinary words ("Rice", "Power", "Church") are left alone.
THING_HEADS = frozenset(
    "accords accord agreement agreements doctrine hotel embassy consulate stadium airport cathedral "
    "mosque synagogue museum memorial prize award vaccine vaccines "
    # a bill or a newspaper named for a person or a town: "the Hijab and Chastity Bill", "the
    # Clinton Bill", "the Lincoln Journal Star"
    "bill act journal terminal harbor harbour "
    # a day kept for a people or a person: "International Roma Day", "Martin Luther King Day"
    "day".split()
)


NEXT_WORD_RE = re.compile(r"[^\S\n]+([A-Z][a-z]+)")
CODE_AFTER_RE = re.compile(r"-\d")  # "COVID-19"


def _no_pair(text: str, m: re.Match[str]) -> bool:
    """Whether a given name and the capitalised word after it are something else than a person:
    a thing ("Abraham Accords"), a company ("Johnson & Johnson COVID-19"), a product's code
    ("COVID-19"), or a people named from its place ("Hong Kongers", "New Yorkers")."""
    second = m.group(2)
    after = NEXT_WORD_RE.match(text, m.end())
    if after is not None and after.group(1).lower() in THING_HEADS:
        return True  # "David Citadel Hotel"
    if second.lower() in THING_HEADS or CODE_AFTER_RE.match(text, m.end()):
        return True
    if text[max(0, m.start() - 2) : m.start()] == "& " or text[max(0, m.start() - 1) : m.start()] == "-":
        return True  # "Johnson & Johnson", "the Ritz-Carlton Nusa Dua"
    if second.endswith("s") and fold(f"{m.group(1)} {second[:-1]}") in authority().adjectives:
        return True  # "all Sri Lankans": a people named from its two-word state, as "Hong Kongers"
    if not second.endswith("ers"):
        return False
    keys = (fold(m.group(1)), fold(second[:-3]))
    return any(a.keys == keys for a in authority().index2.get(keys, ()))


# The middle initial alone, searched first: a text has few, and the name is then tried only
# at the word before each (trying it at every capitalised word cost five times as much). Sought
# from its full stop: begun with the white space before the letter, the pattern stopped the
# engine at every space of the text (0.24 → 0.03 s over the benchmark's 3,500 statements).
INITIAL_RE = re.compile(r"\.(?<=[^\S\n][A-Z]\.)[^\S\n]")


def _initials(text: str) -> Iterator[int]:
    """Where the matches of " X. " (the white space, the letter, the stop, the white space) begin,
    none inside the one before, as that pattern's finditer finds them."""
    end = 0
    for i in INITIAL_RE.finditer(text):
        start = i.start() - 2
        if start >= end:
            yield start
            end = i.end()


def _initialled(text: str) -> list[Mention]:
    things = non_person_words()
    common = authority().common
    out: list[Mention] = []
    for start in _initials(text):
        while start > 0 and text[start - 1] in " \t":
            start -= 1
        while start > 0 and (text[start - 1].isalpha() or text[start - 1] in "'’-"):
            start -= 1  # back to the given name's first letter
        m = INITIALLED_RE.match(text, start)
        if m is None:
            continue
        first, last = m.group(1), m.group(2)
        if first in NOT_NAMES or first in TITLE_FIRST or last in NOT_NAMES:
            continue
        if first.lower() in common:
            continue  # "Section A. Further", "Plan B. The": words of a sentence, no name
        if (last.lower() in things or last.lower() in common) and not _word_surname(text, first, m):
            continue
        name = _clean(m.group())
        if name:
            out.append(Mention(m.start(), m.end(), name, "person", 1))
    return out


# A possessive "'s" is no part of the name: "Annan's letter", "Blinken’s visit" are Annan, Blinken.
# Any capital and letter, not A-Z only: "Aoláin" ended at "Aol", no word's end, and was never found.
NAME_PART_RE = re.compile(r"\b[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|-|['’](?![sS]\b))+\b")
# An Irish particle before the surname is written with it each time ("Ní Aoláin said").
GAELIC_BEFORE_RE = re.compile(r"(?:Ní|Ni|Nic|Ó|Uí|Mhic)[^\S\n]$")


_AT, _WORD = operator.itemgetter(0), operator.itemgetter(1)  # of a capitalised word's (offset, word)


def name_parts(text: str, people: list[Mention], caps: Caps | None = None) -> list[Mention]:
    """Later references to a found person by one part of the name: "Senator Chipp", "Pearson"."""
    out: list[Mention] = []
    parts: dict[str, str] = {}
    for p in people:
        words = p.name.split()
        # a joined particle is written again with its surname, which alone is found too
        # ("Prime Minister Mohammed Shia al-Sudani" … "al-Sudani said"): the surname stands for it
        joined = [w for w in words if w[:3] in ("al-", "el-") and len(w) > 5]
        words = [w.split("-", 1)[1] if w[:3] in ("al-", "el-") else w for w in words]
        # a particle is no part to look for, but leaves the name's others ("Mohammed bin Zayed")
        words = [w for w in words if w.lower() not in NAME_PARTICLES]
        if OFFICE_IN_NAME.intersection(words):
            continue  # "Foreign Minister" is an office: "the Foreign Ministers" are not it
        if len(words) >= 2 and not any(w[:1].islower() for w in words):
            for k, w in enumerate(words):
                if len(w) > 2 and w not in NOT_NAMES and not _middle_given(words, k):
                    parts.setdefault(fold(w), p.name)  # "Demirtaş" of "Selahattin Demirtas"
            given = _written_given(text, p, words)
            if given is not None:
                parts.setdefault(fold(given), p.name)
            for w in joined:  # "Al-Anabi has pledged…": the joined surname capitalised, a sentence's first
                parts.setdefault(fold(w), p.name)
        elif len(words) == 1 and _lone_surname(words[0]):
            # "Senators Harkin and Pat Roberts" … "Harkin said": a surname a title gave, alone
            parts.setdefault(fold(words[0]), p.name)
    if not parts:
        return out
    caps = cap_words(text) if caps is None else caps
    # A word followed by an apostrophe or a hyphen ("O’Brien", "Smith-Jones") or ending the text is
    # tried whatever it is: the pattern may run on past it. Where those marks stand is found once,
    # not sliced out after each of the text's capitalised words.
    marked = {i for i, _ in occurrences(text, ("'", "’", "-"))}
    marked.add(len(text))
    # The words' keys and both tests in C (map, compress): a Python step for each of a text's
    # capitalised words cost more than the rest of the function; fold is called only for the
    # rare words with a letter outside ASCII, whose lower case is not yet their key.
    caps_words = list(map(_WORD, caps))
    keys = list(map(str.lower, caps_words))
    if not all(map(str.isascii, keys)):
        keys = [k if k.isascii() else fold(w) for k, w in zip(keys, caps_words, strict=True)]
    ends = map(operator.add, map(_AT, caps), map(len, caps_words))
    wanted = map(operator.or_, map(marked.__contains__, ends), map(parts.__contains__, keys))
    starts = list(compress(caps, wanted))
    for m in match_at(NAME_PART_RE, text, starts):
        word = m.group()
        low = word.lower()  # fold's ASCII case inline, as above
        full = parts.get(low if low.isascii() else fold(word))
        capitalised = low[:3] in ("al-", "el-") and word[3:4].isupper()  # "Al-Anabi" of "al-Anabi"
        if full and (word[1:].islower() or word.isupper() or word in full.split() or capitalised):  # "DeWine"
            last = out[-1] if out else None
            if last is not None and last.name == full and not text[last.end : m.start()].strip(" \t"):
                last.end = m.end()  # "Roning Dolah" again: the whole name is one mention, not two
            else:
                before = GAELIC_BEFORE_RE.search(text, max(0, m.start() - 5), m.start())
                out.append(
                    Mention(m.start() if before is None else before.start(), m.end(), full, "person", 0)
                )
    return out


def _middle_given(words: list[str], k: int) -> bool:
    """Whether the name's word at k is a given name between its first and last: a father's name
    ("Ahmad Muhammad al-Jamal"), a second given name ("George Herbert Walker Bush"), by which no
    text refers to the person alone; another "Muhammad" is someone else. A middle surname
    ("Nicolás Maduro Moros") is no given name and stays a reference, as does the given name after
    a word that is none ("Barrister Kate Eastman": the title run into the name)."""
    given = authority().given_names
    return 0 < k < len(words) - 1 and words[k] in given and words[0] in given


def _lone_surname(word: str) -> bool:
    """Whether a person's one-word name is a surname to find alone elsewhere: capitalised as a
    name is and no ordinary word, nor any other actor's name ("Washington"), nor a title's."""
    auth, low = authority(), fold(word)
    return (
        len(word) > 3
        and word[1:].islower()
        and word not in NOT_NAMES
        and word not in TITLE_FIRST
        and low not in auth.common
        and low not in auth.index
        and low not in auth.adjectives
        and low not in non_person_words()
    )


def _written_given(text: str, p: Mention, words: list[str]) -> str | None:
    """The given name written before the surname where the person's name has another: "Tony" of
    "Secretary of State Tony Blinken" named "Antony J. Blinken" (`name_variants`), by which a
    transcript then addresses him alone ("Thank you, Tony"); so a familiar form the list lacks, as
    a word too ("Bill" of "Bill Holloway" named "William Eugene Holloway", `nicknames`)."""
    written = text[p.start : p.end].split()
    if len(written) < 2 or written[-1] != words[-1] or written[-2] in words:
        return None
    if written[-2] in authority().given_names or nicknames.familiar(written[-2], words[0]):
        return written[-2]
    return None


# Lower-case words inside a person's name (`particles`): no office's "of" or "for".
NAME_PARTICLES = frozenset(PARTICLES.split("|"))
OFFICE_IN_NAME = frozenset("Minister Secretary President Senator Senators General Director Chair".split())


def _given(word: str, given: frozenset[str], common: frozenset[str]) -> bool:
    """A word that can be a given name: one our list knows, or a capitalised word that is no
    ordinary word ("Natasha", not "Senators", "Co-Chairs", "DR", "Day")."""
    if word in given:
        return True
    return (
        word not in OFFICE_IN_NAME
        and word.isalpha()
        and word[:1].isupper()
        and word[1:].islower()
        and fold(word) not in common
    )


# Words before an office that make it another's: "the Secretary" of a State Department briefing
# is no "Deputy Secretary" named alone, as a surname is the full name's
SUBORDINATE = frozenset({"Deputy", "Vice", "Assistant", "Under", "Acting"})


def resolve_short(people: list[Mention], scraped: bool = False) -> None:
    """A one-word name ("Mr Hurford" → "Hurford") takes the full name found elsewhere ("… Hurford");
    so does a two-word surname ("Senator Stott Despoja" → "Natasha Stott Despoja") when exactly one
    longer name ends in it. In a text `scraped` of its apostrophes, a surname's possessive is the
    surname ("Judge Mukaseys background")."""
    full: dict[str, str] = {}
    longer: dict[str, set[str]] = {}
    given, common = authority().given_names, authority().common
    given_of: dict[str, set[str]] = {}  # a name's first word, when a particle follows it
    surnames = {p.name.split()[-1].lower() for p in people if p.name.strip()}
    for p in people:
        words = p.name.split()
        if len(words) >= 2 and words[-2] not in SUBORDINATE:
            full.setdefault(words[-1].lower(), p.name)
        if len(words) >= 3 and words[1].lower() in NAME_PARTICLES:
            given_of.setdefault(words[0].lower(), set()).add(p.name)
        if len(words) == 3 and _given(words[0], given, common):  # a given name, a two-word surname
            longer.setdefault(" ".join(words[-2:]).lower(), set()).add(p.name)
    for p in people:
        words = p.name.split()
        if len(words) == 1 and p.name.lower() in full and p.name != "Secretary":
            # "the Secretary" alone is no surname of another secretary's office: on a readout naming
            # "Foreign Secretary Truss" it is the Department's head, whom `holders` names by the page
            # ("Minister" is left: a letterhead's "MINISTER" is most often cut from "PRIME MINISTER")
            p.name = full[p.name.lower()]
        elif len(words) == 1 and len(names := given_of.get(p.name.lower(), set())) == 1:
            # "Sheikh Mohammed" after "Sheikh Mohammed bin Zayed Al Nahyan": an Arabic name is
            # shortened to the given name, which the particle after it marks as given
            p.name = next(iter(names))
        elif (
            len(words) == 2
            and not OFFICE_IN_NAME.intersection(words)
            and len(names := longer.get(p.name.lower(), set())) == 1
        ):
            p.name = next(iter(names))
        elif scraped and _scraped_possessive(words, surnames):
            stem = words[-1][:-1]
            p.name = full.get(stem.lower(), stem) if len(words) == 1 else " ".join([*words[:-1], stem])


def _scraped_possessive(words: list[str], surnames: set[str]) -> bool:
    """A surname and an "s" where a scrape dropped the apostrophe ("Judge Mukaseys background",
    "Senator Dick Durbins bill", "Mugabes regime"): the person the text names with that surname."""
    last = words[-1].lower()
    return len(last) > 3 and last.endswith("s") and last[:-1] in surnames


BODY_TYPES = frozenset({"legislature", "igo", "ngo", "government", "party", "media"})
# After a body's possessive: "the Knesset’s foreign affairs and defense committee chair", "the
# Council’s president". The office is one person's, the body only part of its name.
BODY_OFFICE_RE = re.compile(
    r"[’']s[^\S\n]+((?:[a-z-]+,?[^\S\n]+){0,6}?)(?:chair|chairman|chairwoman|chairperson|head|speaker|"
    r"spokesperson|spokesman|spokeswoman|president|director|leader|secretary-general)\b"
)


def body_offices(text: str, chosen: list[Mention]) -> list[Mention]:
    """An office named by the body it belongs to, as one person; it replaces the body's mention."""
    out: list[Mention] = []
    if "’s" not in text and "'s" not in text:
        return out
    for c in chosen:
        if c.type in BODY_TYPES and not c.home and (m := BODY_OFFICE_RE.match(text, c.end)) is not None:
            start = c.start - 4 if text[max(0, c.start - 4) : c.start].lower() == "the " else c.start
            office = text[m.end(1) : m.end()]
            out.append(Mention(start, m.end(), f"{office.title()} of {c.name}", "person", 2))
    return out
