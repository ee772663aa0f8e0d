"""People named where a page credits someone rather than says something about them: photo credits
("© 2024 AP Photo/Altaf Qadri", "© 2022 John Holmes for Human Rights Watch") and media contacts
("Media Contact: Noah Schultz-Byard 0427 604 760", "Contact: Luke Friedrich, 651/645-0323").

Such names stand without a title or a "said", so the other finders of people miss them, and the
dictionary may take a surname for a place ("Waterford"). The annotation guidelines mark them as
people. The structure alone tells them: a credit's pieces after "©" and a year, a name followed
by a telephone number.
"""

from __future__ import annotations

import re

from .authority import authority
from .mention import Mention
from .people import NAME, NOT_NAMES, TITLED_RE, _clean, non_person_words
from .place_phrases import known_alias
from .tokens import fold

_NAME_WORDS = rf"(?:{NAME})(?:[^\S\n]+(?:{NAME})){{1,2}}"
# "© 2024 AP Photo/Aurelien Morissard": the credit runs to the end of its line.
CREDIT_RE = re.compile(r"©[^\S\n]*(?:\d{4}[^\S\n]+)?([^\n]{3,120})")
CREDIT_SPLIT_RE = re.compile(r"[^\S\n]*/[^\S\n]*|[^\S\n]+for[^\S\n]+")
# A telephone number: "0427 604 760", "02 6270 5464", "202 224 4524", "651/645-0323",
# "(02) 6277 7700", digits in groups, at least eight in all; the name ends just before it, on its
# line ("Kirsty Waterford  02 6270 5464", "contact Serena Rogers on 0419 833 571").
PHONE_RE = re.compile(r"(?<![\d/.-])\(?\d{2,4}\)?(?:[^\S\n]|[/.-])\d{3,4}(?:[^\S\n]|[.-])?\d{3,4}(?![\d])")
# Runs of digits and separators that may hold a number: found first, as a pattern that starts
# with a digit scans five times faster than PHONE_RE, whose optional bracket comes first.
DIGITS_RE = re.compile(r"\d\d[\d ()/.-]{6,14}\d")
CONTACT_REACH = 1500  # characters from either end of the page
WORD_RE = re.compile(r"[^\s,;:]+")
NAME_WORD_RE = re.compile(NAME)
NAME_FULL_RE = re.compile(_NAME_WORDS)
# What a photo agency's credit ends in ("Getty Images", "AP Photo"): the agency, not a person.
AGENCY_WORDS = frozenset({"Photo", "Photos", "Images", "Pictures", "Photography", "Agency"})


def _person(
    text: str, start: int, piece: str, staffed: bool = False, labelled: bool = False
) -> Mention | None:
    """A mention of the person `piece` names, if it is two or three words of a name and no word
    of it is one that names things ("Getty Images", "Human Rights Watch", "AP Photo"). A name
    whose bracket says whose staff it is (`staffed`) may bear a place's name; one just after a
    "Contact:" label (`labelled`) may be in capitals."""
    piece = piece.strip()
    if not NAME_FULL_RE.fullmatch(piece):
        return None
    # a name in capitals after a label is read in title case ("PARIS LORD": Paris Lord)
    shown = piece.title() if labelled and piece.isupper() else piece
    words = shown.split()
    # A given name may also begin places ("Luke" of "St Luke"): only the later words are tested.
    things = frozenset() if staffed else non_person_words()
    if any(w.isupper() for w in words) or any(w.lower() in things or w in AGENCY_WORDS for w in words[1:]):
        return None
    if TITLED_RE.match(shown):
        return None  # "Senator Andrew Bartlett": a titled name, found with its title elsewhere
    # a staff member's surname may be a country's or its adjective's ("Alister Jordan"): only the
    # given name is held to the test of names
    name = shown if staffed and _clean(words[0]) == words[0] else _clean(shown)
    if len(name.split()) < 2 or name != shown or (labelled and name.split()[0] in NOT_NAMES):
        return None  # a word of it is no name ("Press Office", "National Desk")
    return Mention(start, start + len(piece), name, "person", 2)


def credited(text: str) -> list[Mention]:
    out: list[Mention] = []
    if "©" in text:
        for m in CREDIT_RE.finditer(text):
            pos = m.start(1)
            for part in CREDIT_SPLIT_RE.split(m.group(1)):
                found = _person(text, text.index(part, pos), part) if part.strip() else None
                if found is None and part.strip():
                    found = _agency(text, text.index(part, pos), part)
                if found is not None:
                    out.append(found)
                pos = text.index(part, pos) + len(part)
    # A media contact stands in a page's header or footer: only those are read (a long speech's
    # middle holds figures, not telephone numbers).
    if len(text) > 2 * CONTACT_REACH:
        runs = [
            *DIGITS_RE.finditer(text, 0, CONTACT_REACH),
            *DIGITS_RE.finditer(text, len(text) - CONTACT_REACH),
        ]
    else:
        runs = list(DIGITS_RE.finditer(text))
    for run in runs:
        phone = PHONE_RE.search(text, max(0, run.start() - 1), run.end())
        if phone is None or sum(c.isdigit() for c in phone.group()) < 8:
            continue
        found = _named_before(text, phone.start())
        if found is not None:
            out.append(found)
    return out


# A credit's agency, which the annotators mark as a medium: the one that passed the picture on
# ("NurPhoto via AP Photo", "Sipa USA via AP Images", "Corbis via Getty Images": the distributor
# after "via" is most often in the dictionary, the agency before it seldom) or one whose name
# says it makes pictures ("Planet Labs PBC", satellite images). Its name is its capitalised words.
VIA_RE = re.compile(r"[^\S\n]+via[^\S\n]+")
AGENCY_NAME_RE = re.compile(r"(?:[A-Z][\w&-]*[^\S\n]+){0,3}[A-Z][\w&-]*")
PICTURE_WORDS = frozenset({"Labs", "Photo", "Photos", "Images", "Pictures", "Imagery"})
AGAIN_RE = re.compile(r"[^©\n]{0,20}?©[^\S\n]*(?:\d{4}[^\S\n]+)?")  # a word or two, then ©
NO_AGENCY = frozenset({"Private", "User", "Pool", "File", "Handout"})


def _agency(text: str, start: int, piece: str) -> Mention | None:
    """The agency a credit's piece names before "via", or by a word for pictures, as a medium:
    not a person's name, nor a name the dictionary knows (it types it), nor an office's."""
    via = VIA_RE.search(piece)
    head = piece[: via.start()] if via else piece
    again = AGAIN_RE.match(head)  # "© Image © 2024 Planet Labs PBC": the line's first © took it in
    lead = again.end() if again else len(head) - len(head.lstrip())
    name = AGENCY_NAME_RE.match(head, lead)
    if name is None:
        return None
    words = name.group().split()
    if via is None:
        last = max((k for k, w in enumerate(words) if k and w in PICTURE_WORDS), default=0)
        if not last:
            return None
        # "Planet Labs PBC Infrared satellite image …": the name ends at the word for pictures
        # and a company's letters after it
        words = words[: last + 2 if last + 1 < len(words) and words[last + 1].isupper() else last + 1]
        name = AGENCY_NAME_RE.match(head, lead, lead + len(" ".join(words)))
        if name is None or name.group() != " ".join(words):
            return None
    if via is not None and name.end() != len(head.rstrip()):
        return None  # "Eduardo Soteras for Agence France Press", "Channel 12": no name alone
    if words[0] in NO_AGENCY or any(w in NOT_NAMES for w in words):
        return None  # "Iranian Presidency Office via AP Photo": a body's, not an agency
    auth = authority()
    if known_alias(auth, name.group()) or known_alias(auth, words[0]) or fold(words[0]) in auth.adjectives:
        return None  # "AP Photos": the dictionary's agency, named by its own alias
    if NAME_FULL_RE.fullmatch(name.group()) and _person(text, start + name.start(), name.group()):
        return None  # "Oriane Zerah via AP Photos": the photographer
    return Mention(start + name.start(), start + name.end(), name.group(), "media", 2)


# A bracket between a contact's name and the number that says whose staff the person is
# ("Alister Jordan (Mr Rudd’s Office) 0417 …", "Allen Clark (Media Adviser) 0439 …"): the name
# ends before it, and is a person's even where a word of it names a place ("Jordan").
STAFF_NOTE_RE = re.compile(
    r"\((?=[^()\n]{0,40}\b(?i:office|adviser|advisor|ministerial|departmental|secretary|director)\b)"
    r"[^()\n]{2,40}\)[^\S\n]*$"
)
# A contact label just before the name ("MEDIA CONTACT: PARIS LORD 0427 …"): a name in capitals
# there is a person's, not a heading's words.
CONTACT_LABEL_RE = re.compile(r"(?i:contacts?)[^\S\n]*:[^\S\n]*$")


def _named_before(text: str, end: int) -> Mention | None:
    """The person whose name ends just before `end` on its line, read back word by word (a
    pattern searched from the line's start cost most of this module's time)."""
    line_start = max(text.rfind("\n", 0, end) + 1, end - 80)
    note = STAFF_NOTE_RE.search(text, line_start, end)
    if note is not None:
        end = note.start()
    words = list(WORD_RE.finditer(text, line_start, end))
    if words and words[-1].group() in ("on", "at"):
        end = words.pop().start()  # "contact Serena Rogers on 0419 …", "contact Wes Sholtes at (202) …"
    name: list[re.Match[str]] = []
    for w in reversed(words):
        if len(name) == 3 or not NAME_WORD_RE.fullmatch(w.group()):
            break
        if name and text[w.end() : name[0].start()].strip(" \t"):
            break  # "Contact: Scot Montrey": the colon ends the name
        name.insert(0, w)
    if len(name) < 2 or text[name[-1].end() : end].strip(" \t,"):
        return None
    labelled = CONTACT_LABEL_RE.search(text, line_start, name[0].start()) is not None
    piece = text[name[0].start() : name[-1].end()]
    return _person(text, name[0].start(), piece, staffed=note is not None, labelled=labelled)
