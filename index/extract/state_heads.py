"""Heads of state and government named by their office and state: "His Majesty the King of Bhutan",
"the Emir of Qatar", "Amir of the State of Kuwait", "the President of France", "the Supreme Leader of
Iran", "the leader of the Islamic Republic of Iran", wrapped or not ("President of" ending a line,
"the Russian Federation" opening the next).

UN speeches greet and thank rulers so, and the annotation guidelines mark the office as the one
person who holds it. The state's name inside the office had been the whole mention (a reader saw
Bhutan, a state, where the speech names its king), or "the President" and the state stood as two
mentions. Found from the state's mention, looking back over "of" (and "the") for the office's
title: a text has few states, so this costs little. "The Prime Minister of Spain" is found whole
by people.OFFICE_RE already; ministers of a portfolio ("Minister for Foreign Affairs of …") are
left to it.
"""

from __future__ import annotations

import re

from .authority import Authority
from .mention import Mention
from .organs import of_state

# Between the words of "of (the)": a space or a line's end, as UN speeches are wrapped ("Mr. Vladimir
# Putin, President of \nthe Russian Federation"), never a blank line.
GAP = r"(?=\s)[^\S\n]*\n?[^\S\n]*"
# The office's title just before "of (the) <state>", read backwards from the state's start.
TITLE_BEFORE_RE = re.compile(
    r"(?:\b[Tt]he[^\S\n]+)?\b((?:(?:Vice|Deputy)[- ])?(?:President|[Pp]resident|King|Queen|Emir|Amir|Sultan|"
    # news style writes a ruler's or head of government's title in lower case: "the king of Saudi
    # Arabia" (a Senate floor statement), "emir of Qatar" (HRW), "the deputy prime minister of
    # Cambodia"; still the one person who holds the office. Not "the foreign minister of Germany":
    # holders.py gives a minister the name of the one person the page titles so ("German Foreign
    # Minister Annalena Baerbock"), which an office named for its state would lose.
    r"(?P<lower>(?:(?:vice|deputy)[- ])?(?:king|queen|emir|amir|sultan|crown[^\S\n]+prince|"
    r"prime[^\S\n]+minister))|"
    r"Crown[^\S\n]+Prince|Grand[^\S\n]+Duke|Prince|Head[^\S\n]+of[^\S\n]+State|Supreme[^\S\n]+Leader|"
    # Germany's and Austria's head of government: "the Chancellor of Germany", "then Chancellor of
    # the Federal Republic of Germany" (not the Exchequer's, whose "of" is followed by no state)
    r"(?:Federal[^\S\n]+)?Chancellor|"
    # "the Prime Minister of PNG", "the Foreign Minister of the Kingdom of Saudi Arabia", "the
    # Governor-General of Australia", "the Ambassador of France": people.OFFICE_RE reads a state
    # after "of" only in the form "Australia" (not "PNG", "the Kingdom of …"), and a bare "Foreign
    # Minister" or "Ambassador" stood as one mention, the state as another
    r"(?P<added>Prime[^\S\n]+Minister|(?:Foreign|Defen[cs]e)[^\S\n]+Minister|Governor[- ]General|Ambassador)|"
    # "stated by the leader of the Islamic Republic of Iran": the ruler, in lower case
    r"[Ll]eader))"
    rf"{GAP}of{GAP}(?:the{GAP})?$"
    # a letterhead in capitals: "GOVERNOR-GENERAL OF THE COMMONWEALTH OF AUSTRALIA", "PRIME
    # MINISTER OF JAPAN"
    r"|(?:\bTHE[^\S\n]+)?\b(?P<capitals>PRIME[^\S\n]+MINISTER|GOVERNOR[- ]GENERAL|PRESIDENT|KING|QUEEN)"
    rf"{GAP}OF{GAP}(?:THE{GAP})?$"
    # the head of an Australian state's government: "the Premier of South Australia", "Premier of
    # Queensland" (a place, which the state's name is here)
    r"|(?:\b[Tt]he[^\S\n]+)?\b(?P<premier>Premier)"
    rf"{GAP}of{GAP}$"
    # Iran's ruler is also "the Supreme Leader in Iran" (the U.S. at the General Debate, 2013):
    # one person, not one more mention of the state
    r"|(?:\b[Tt]he[^\S\n]+)?\b(?P<supreme>Supreme[^\S\n]+Leader)[^\S\n]+in[^\S\n]+$"
)
# An office said of someone, not standing for them: "when he was (the) Premier of Queensland", "is
# going to be a great Premier of Queensland", "Do you really want, as Premier of South Australia,
# someone who…", "ACQUIRED AS PRIME MINISTER OF AUSTRALIA". Read for the offices added here only.
PREDICATE_BEFORE_RE = re.compile(
    r"\b(?:was|is|were|be|been|become|becomes|became|as|AS)\s+(?:(?:the|a|an)\s+)?(?:[a-z]+\s+){0,2}\Z"
)
# What stands just before a state's mention that "of (the)" may end, spaces doubled or wrapped as
# releases print them ("the Premier of  Victoria").
BEFORE_STATE_RE = re.compile(r"\b(?:of|the|in|OF|THE)\s+$")
LOOK_BACK = 40  # characters: the longest title with its determiner and "of the"
# How every match of TITLE_BEFORE_RE ends, at the state: "of", "of the", "OF THE" or "Leader in",
# with the space each alternative's GAP or "[^\S\n]+" requires (looser: any white space, no word
# boundary). A state after "the" or "in" that no "of" or "Supreme Leader" precedes ("with the
# United States", "in Syria": eight in ten of those BEFORE_STATE_RE lets through) can hold no
# title, and is not searched back over LOOK_BACK characters for one.
OFFICE_END_RE = re.compile(r"(?:(?:of|OF)\s+(?:(?:the|THE)\s+)?|Leader\s+in\s+)$")


def state_heads(text: str, chosen: list[Mention], auth: Authority) -> list[Mention]:
    """The offices before a state's mention, each one person spanning title and state. The person
    keeps the state (`country`): "the government" after "the President of Indonesia" is still
    Indonesia's, as it was when the state stood as a mention of its own."""
    out: list[Mention] = []
    if " of " not in text and "Supreme Leader" not in text and " OF " not in text:
        return out
    for c in chosen:
        if (
            c.type not in ("state", "place")
            or c.home
            or not BEFORE_STATE_RE.search(text[max(0, c.start - 8) : c.start])
            or not OFFICE_END_RE.search(text, max(0, c.start - LOOK_BACK), c.start)
        ):
            continue  # most states follow no "of": read back only where one does
        m = TITLE_BEFORE_RE.search(text, max(0, c.start - LOOK_BACK), c.start)
        if m is None or (c.type == "place") != (m.group("premier") is not None):
            continue  # a place has a premier, a state the other offices
        if (
            m.group("added") or m.group("lower") or m.group("capitals") or m.group("premier")
        ) and PREDICATE_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "when he was the Premier of Queensland", "as Premier of South Australia": a role
        title = " ".join(
            (m.group(1) or m.group("capitals") or m.group("premier") or m.group("supreme")).split()
        )
        # "PRIME MINISTER", "prime minister": the office's name is "Prime Minister" either way
        title = title.title() if title.isupper() or m.group("lower") else title[:1].upper() + title[1:]
        state = c.country if c.country >= 0 else (auth.country[c.aid] if c.aid >= 0 else -1)
        name = f"{title} of {of_state(c.name)}"
        out.append(Mention(m.start(), c.end, name, "person", 2, country=state))
    return out
