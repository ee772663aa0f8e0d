"""A group the document names with a describing word ("older people", "transgender people",
"migrant workers") is that group wherever the same two words recur. populations.py finds the phrase
only where no verb can stand before the describing word (after an article, a preposition, first in a
sentence); after a verb or "and" ("should protect older people", "journalists and media workers") the
word might be a verb's object or a list's noun, but where the document has already used the phrase as
a group's name, the same words elsewhere are that group again."""

from __future__ import annotations

import re

from .mention import Mention
from .populations import NUMBER_RE, SIZES, UNDELIMITING

# Words that say how many or what kind of anyone ("young people", "innocent people", "ordinary
# people"): the annotation marks them only where the statement is about them, which their recurring
# says nothing of; nor does a number ("two children" once is not "two children" again).
NOT_DESCRIBING = UNDELIMITING | SIZES
TWO_WORDS_RE = re.compile(r"([a-z][a-z-]*[a-z]) ([a-z]+)")


def elsewhere(text: str, found: list[Mention]) -> list[Mention]:
    """The other occurrences of the two-word groups (describing word and noun) found in the text."""
    named = [(_key(text, m), m) for m in found if m.type == "population" and not m.weak]
    seeds = {key: m.name for key, m in named if key is not None}
    if not seeds:
        return []
    taken = {(m.start, m.end) for m in found}
    out: list[Mention] = []
    for (word, noun), name in seeds.items():
        if not _again(text, word, noun, [m for key, m in named if key == (word, noun)]):
            continue
        # the word with a capital first in a sentence; the noun in lower case, not a title's ("the
        # Rights of Older Persons")
        first = f"[{word[0].upper()}{word[0]}]{re.escape(word[1:])}"
        pattern = re.compile(rf"(?<![\w’'-]){first}[^\S\n]+{noun}(?![\w-])")
        # tried only where the word's tail stands (a C search), not at every character
        at = text.find(word[1:], 1)
        while at != -1:
            hit = pattern.match(text, at - 1)
            if hit is not None and (hit.start(), hit.end()) not in taken:
                out.append(Mention(hit.start(), hit.end(), name, "population", 2))
            at = text.find(word[1:], at + 1)
    return out


def _again(text: str, word: str, noun: str, seeds: list[Mention]) -> bool:
    """Whether the describing word and the noun both occur outside the seeds' own spans: a match
    the seeds do not hold has its own of each (a match that began at a seed's word would be that
    seed). Most groups are named once, and a count spares compiling and running a pattern."""
    for part in (word[1:], noun):
        inside = sum(text.count(part, m.start, m.end) for m in seeds)
        if text.count(part) <= inside:
            return False
    return True


def _key(text: str, m: Mention) -> tuple[str, str] | None:
    """The describing word and noun of a group named by its two words as written ("Older people"
    at "older people"), or None for any other name ("Afghan refugees", "Protesters in Kabul")."""
    pair = TWO_WORDS_RE.fullmatch(m.name.lower())
    if pair is None or " ".join(text[m.start : m.end].lower().split()) != m.name.lower():
        return None
    word, noun = pair.group(1), pair.group(2)
    # in lower case as written: a sentence's first word may be a verb ("Allow lawyers to…"), or a
    # capital a name's ("Black people" is found wherever it stands)
    if word in NOT_DESCRIBING or NUMBER_RE.fullmatch(word) or not text[m.start].islower():
        return None
    return (word, noun)
