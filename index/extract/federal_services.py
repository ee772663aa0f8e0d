"""A U.S. federal agency named as a "Service": "the National Weather Service", "the Immigration and
Naturalization Service", "the Secret Service", "the U.S. Public Health Service".

"Service" is no head word of organisations.py: outside a U.S. government's own text it ends as
many charities' names ("Jesuit Refugee Service", "Aboriginal Legal Service", an Australian
release's) as agencies'. In a U.S. senator's release or a State Department or White House page, a
capitalised name ending in it is the government's agency, `government` as the guidelines type
U.S. agencies; names the authority file knows ("Church World Service") keep its entry, which
reads the same span.
"""

from __future__ import annotations

import re

from .authority import authority
from .mention import Mention
from .tokens import fold
from .verbs import HEADLINE_VERBS

SERVICE_RE = re.compile(r"\bServices?\b")
# The words of the name before "Service": capitalised ones, and "and" inside a name ("Immigration
# and Naturalization", "Animal and Plant Health Inspection"); an "of" or "for" ends it: "the
# Department of Health and Human Services" is the department, which organisations.py names.
# One space between words: a scraped list's gaps ("American Red Cross   CARE   Catholic Relief
# Services") part names.
WORD_BEFORE_RE = re.compile(r"([A-Z][\w'’-]*|and) \Z")  # not "Act." ending a sentence
# A name after "of" or "for" is a longer name's complement: "the Office of Internal Oversight
# Services" (the UN's), "the Department of Health and Human Services".
COMPLEMENT_RE = re.compile(r"\b(?:of|for)[^\S\n]+(?:the[^\S\n]+)?\Z")
# Words that begin a sentence or a phrase before a name, no word of it.
LEADING = frozenset("The A An This That In On At For By With From Its His Her Their Our".split())
# The state's name before an agency's is a mention of its own, as before "U.S. Department of …"
# ("U.S.", which the word pattern stops at, "US", "United States").
STATE_WORDS = frozenset({"US", "States"})
# A kind of service, no body: "Civil Service", "Foreign Service" (a personnel system of the State
# Department, as "Foreign Service officers" say), "Debt Service", "a Memorial Service".
KINDS = frozenset(
    """Civil Foreign Senior Debt Memorial Funeral Prayer Church Community Military National Public
    Selective Distinguished Meritorious Customer Consular Passport Human Financial Armed""".split()
)
# A capitalised word or a member noun after the name makes it a modifier of something else: "the
# Foreign Service Officer Test", "Secret Service agents".
AFTER_RE = re.compile(r"[^\S\n]+(?:[A-Z]|(?:officers?|agents?|employees?|personnel|members?|staff)\b)")
MAX_WORDS = 7


def federal_services(text: str) -> list[Mention]:
    """The federal agencies named "… Service" in a U.S. government's text."""
    if "Service" not in text:
        return []
    out = []
    for m in SERVICE_RE.finditer(text):
        if AFTER_RE.match(text, m.end()):
            continue
        start = _name_start(text, m.start())
        if start is not None:
            name = " ".join(text[start : m.end()].split())
            out.append(Mention(start, m.end(), name, "government", 1))
    return out


def _name_start(text: str, at: int) -> int | None:
    """Where the name ending in the "Service" at `at` begins, or None where no name precedes it."""
    words: list[tuple[int, str]] = []
    while len(words) < MAX_WORDS:
        w = WORD_BEFORE_RE.search(text, max(0, at - 40), at)
        if w is None or _outside_name(w[1]):
            break
        words.append((w.start(), w[1]))
        at = w.start()
    while words and words[-1][1] == "and":
        words.pop()  # "Sen. Burr and Forest Service": the name begins after it
    if not words or words[0][1] == "and" or all(w in KINDS or w == "and" for _, w in words):
        return None  # "the Foreign and Civil Service"
    start = words[-1][0]
    if COMPLEMENT_RE.search(text, max(0, start - 10), start) or _foreign(words[-1][1]):
        return None
    return start


def _outside_name(word: str) -> bool:
    """Whether a word before the name is none of it: an article, the state's name, a headline's
    verb, an owner ("Russia's Federal Security Service")."""
    return word in LEADING or word in STATE_WORDS or word in HEADLINE_VERBS or word.endswith(("’s", "'s"))


def _foreign(word: str) -> bool:
    """Whether the name begins with another state's or body's adjective: "the European External
    Action Service" is the EU's, "the Ukrainian State Border Guard Service" Ukraine's."""
    auth = authority()
    aid = auth.adjectives.get(fold(word), -1)
    return aid >= 0 and aid != auth.by_name.get("United States", -1)
