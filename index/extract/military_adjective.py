""" "Military" as an adjective: "Military planning", "the anticipated military advantage", "the
military coup in Burma", "our military drawdown".

The bare word names a state's armed forces ("the military must stop", "the military said") as a
noun, but as often it only describes the noun after it, and then the phrase names an act, a plan or
a thing, no force (a State Department briefing's "the military withdrawal", a dozen times, had
been the United States' forces; "the military coup in Burma" too). The word after tells: a verb,
a modal, a preposition or punctuation leaves "military" a noun; another lowercase word it
describes. Nouns that still name the forces ("military forces", "military units") keep them.
"""

from __future__ import annotations

import re

from .tokens import Token

# Words after "military" that leave it the forces: verbs and modals ("the military has", "the
# military took"), function words ("the military in Myanmar", "the military and police").
NOUN_FOLLOWERS = frozenset(
    """has have had is are was were be been being will would should must can could may might
    shall cannot does did do and or but nor to in on of for from with without within at by as
    into onto against under over through after before during since until toward towards that
    which who whom whose than then also still now again already itself themselves alone there
    here not never always only just even too so if when where while because out up down off
    said says say took takes take began begins begin continues continue remains remain holds hold
    shot struck fought made makes held led went goes came comes saw sees told tells kept keeps left
    won got gets sent sends stood ran gave gives brought built cut hit put set seized seems seem
    appears appear wants want needs need""".split()
)
# Nouns after it whose phrase still names the armed forces: "our military forces", "Thai military
# units", "military personnel", "Israeli military police".
FORCE_NOUNS = frozenset("forces force units unit personnel troops police".split())


# "members of the military receive…": the forces, whose members a verb follows
MEMBERS_RE = re.compile(r"\bmembers?[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?$", re.I)


def modifies(text: str, after: Token) -> bool:
    """Whether "military" before the token `after` is an adjective: a lowercase word that is no
    verb, modal or function word ("coup", "withdrawal", "planning", "advantage")."""
    next_word = after.text
    if not next_word.isalpha() or not next_word.islower():
        return False
    if next_word in NOUN_FOLLOWERS or next_word in FORCE_NOUNS:
        return False
    # past tenses and adverbs: "the military arrested", "the military reportedly"
    if next_word.endswith(("ed", "ly")):
        return False
    military = text.rfind("ilitary", 0, after.start)
    return MEMBERS_RE.search(text, max(0, military - 30), max(0, military - 1)) is None
