"""The small island developing States: the UN's group of island states a speech pleads for or asks
to act ("the special case of the small island developing States", "small island developing States
(SIDS) face …", "access of SIDS to development finance", "Small island States and other
particularly vulnerable countries").

The annotation marks the group, each time it is named, as one actor of type `other` (`un-tune8/`,
`un-tune9/`, `un-tune10/`, `un-tune13/`), "SIDS" and "small island States" with it. It does not mark
a state describing itself as one ("Tonga, as a Pacific small island developing State"), nor the
words inside the name of a meeting, a body or a plan ("the Alliance of Small Island States", "the
SIDS Accelerated Modalities of Action (SAMOA) Pathway", "this year's SIDS partnership dialogue");
"the Pacific small island developing States" are a group of their own. No finder read the phrase,
so the calls on the group had no target.
"""

from __future__ import annotations

import re

from .keywords import has_any
from .mention import Mention
from .tokens import occurrences

# The plural nouns after "small island" (read back from them); "SIDS" alone.
WORDS = ("island developing States", "Island Developing States", "island developing states")
WORDS_SHORT = ("island States", "Island States", "island states")
ACRONYM = "SIDS"
# "SIDS" is read only where the speech spells the words out, once at least, in the singular or the
# plural ("Tonga, as a Pacific small island developing State (SIDS)"): elsewhere it is as often
# another thing's letters (sudden infant death syndrome).
SPELT = ("island developing State", "Island Developing State", "island developing state")
NAME = "Small island developing States"
SMALL_RE = re.compile(r"\b[Ss]mall[^\S\n]+\Z")
# A region before the group narrows it: "the Pacific small island developing States".
REGIONS: frozenset[str] = frozenset({"Pacific", "Caribbean", "African", "Atlantic", "Mediterranean"})
REGION_RE = re.compile(r"\b(?P<region>[A-Z][a-z]+)[^\S\n]+\Z")
# "the" only: "our small island States" is left to own_country.py, which keeps it from the speaker's state.
ARTICLE_RE = re.compile(r"\b[Tt]he[^\S\n]+\Z")
# "small island developing States (SIDS)": the acronym given is the same mention.
GIVEN_RE = re.compile(r"[^\S\n]*\([^\S\n]*SIDS[^\S\n]*\)")
# A name goes on after the words ("SIDS Accelerated Modalities", "Small Island Developing States
# Network", "SIDS DOCK") or "SIDS" names a meeting or a plan of the group ("the United Nations SIDS
# conference", "SIDS partnership dialogue", "SIDS-friendly" policies, "the SIDS unit" of the Secretariat).
NAME_GOES_ON_RE = re.compile(r"[^\S\n]+[A-Z]")
NAMED_AFTER_RE = re.compile(
    r"-|\s+(?:conference|dialogue|partnership|summit|meeting|forum|network|programme|units?)\b"
)
# "the Alliance of Small Island States", "the Conference on Small Island Developing States", "the
# fourth International Conference on SIDS": the words are inside a body's or a meeting's name.
# Speeches wrap lines anywhere: "… Sustainable Development\nof Small Island Developing States".
NAME_BEFORE_RE = re.compile(r"[A-Z][A-Za-z]*\s+(?:of|for|on)\s+(?:the\s+)?\Z")
# "As a SIDS, we …": the speaker's state, one of them.
ONE_OF_RE = re.compile(r"\b[Aa][^\S\n]+\Z")


def island_states(text: str) -> list[Mention]:
    """One `other` mention for each naming of the small island developing States, named alike so
    they group as one actor; a region's ("the Pacific small island developing States") apart."""
    out: list[Mention] = []
    if not has_any(text, SPELT) and not has_any(text, WORDS_SHORT):
        return out  # nearly every statement
    for pos, word in occurrences(text, (*WORDS, *WORDS_SHORT)):
        found = _group_at(text, pos, pos + len(word))
        if found is not None:
            out.append(found)
    if has_any(text, SPELT):  # "SIDS" only where the speech says what it stands for
        taken = [(m.start, m.end) for m in out]
        for pos, _ in occurrences(text, (ACRONYM,)):
            end = pos + len(ACRONYM)
            if _acronym_alone(text, pos, end) and not any(s <= pos < e for s, e in taken):
                out.append(_named_from(text, pos, end))
    return out


def _group_at(text: str, pos: int, end: int) -> Mention | None:
    """The mention of the group whose plural noun ends at `end`, read back to "small" and its
    article or region; None where the words are not the group's own."""
    small = SMALL_RE.search(text, max(0, pos - 8), pos)
    if small is None or text[end : end + 1].isalnum():
        return None
    start = small.start()
    if text[start] == "S" and NAME_BEFORE_RE.search(text, max(0, start - 40), start) is not None:
        return None  # "the Alliance of Small Island States"
    if NAMED_AFTER_RE.match(text, end) or NAME_GOES_ON_RE.match(text, end) and text[start] == "S":
        return None  # "Small Island Developing States Network", "the … States units of the Secretariat"
    given = GIVEN_RE.match(text, end)
    return _named_from(text, start, end if given is None else given.end())


def _named_from(text: str, start: int, end: int) -> Mention:
    """The mention of the group whose words run from `start` to `end`, with the region before them
    ("the Pacific SIDS", a group of its own) and its article."""
    name = NAME
    region = REGION_RE.search(text, max(0, start - 16), start)
    if region is not None and region.group("region") in REGIONS:
        name = region.group("region") + " s" + NAME[1:]
        start = region.start()
    return Mention(_article_before(text, start), end, name, "other", 1)


def _acronym_alone(text: str, pos: int, end: int) -> bool:
    """Whether "SIDS" at `pos` is a word of its own naming the group, not a name that goes on, nor
    the acronym given in brackets after the words (a state's "a small island developing State
    (SIDS)" is that state; the plural's brackets are inside its mention)."""
    if pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] in "-("):
        return False
    if ONE_OF_RE.search(text, max(0, pos - 3), pos) or NAME_BEFORE_RE.search(text, max(0, pos - 40), pos):
        return False  # "As a SIDS, we", "the fourth International Conference on SIDS"
    if NAMED_AFTER_RE.match(text, end) or NAME_GOES_ON_RE.match(text, end):
        return False
    return not text[end : end + 1].isalnum()


def _article_before(text: str, start: int) -> int:
    """Where "the" begins just before `start`, the mention's own; else `start`."""
    article = ARTICLE_RE.search(text, max(0, start - 5), start)
    return start if article is None else article.start()
