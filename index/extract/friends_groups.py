"""Groupings of states named "the Friends of X": "the Friends of Sudan", "the Friends of the Mekong",
"the Group of Friends of Mediation", "the Friends of the Secretary-General".

Such a group is a set of states (and institutions) that meets, talks and signs as one ("Canada,
France, … as members of the Friends of Sudan reiterate …"; "We and 13 other countries and
institutions coordinate as the Friends of the Mekong"). The dictionary knows at most what the
group is a friend of and read the name as that state or region ("the Friends of Sudan" was Sudan),
or found nothing; the name is one grouping of its own, typed as the annotations type groupings of
states (the Quint, the C5+1): `igo`. A name the dictionary knows whole ("Friends of the Earth", a
charity) keeps its own entry: that match ranks above this one over the same span.
"""

from __future__ import annotations

import re

from .mention import Mention

# "Friends of", an optional "the", then the capitalised words of what the group befriends, joined
# by "and", "of" or "for" ("Children and Armed Conflict", "Freedom of Expression"); a hyphen or
# apostrophe inside a word ("Secretary-General", "Guinea-Bissau").
SPACE: str = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"  # a General Debate speech is hard-wrapped: one line break
FRIENDS_RE: re.Pattern[str] = re.compile(
    rf"\bFriends{SPACE}of{SPACE}(?P<the>the{SPACE})?"
    # a word may be a number after the first ("the COVID 19 Vaccine Global Access Facility")
    rf"(?P<run>[A-Z][\w’'-]*(?:{SPACE}(?:(?:and|of|for){SPACE})?[A-Z\d][\w’'-]*)*)"
)
# Words that begin what is named after the group, not part of its name: its statements and
# meetings ("the Friends of Sudan Joint Statement", "the Friends of the Mekong Ministerial
# Meeting", "Friends of the Mekong Ministers").
AFTER_NAME: frozenset[str] = frozenset(
    "Joint Statement Statements Ministerial Ministers Meeting Meetings Conference Summit Declaration "
    "Communique Communiqué Chair Chairs Group Partners Policy Dialogue Forum".split()
)
# A name ending in a joiner word was cut before an after-name word ("Friends of Children and").
JOINERS: tuple[str, ...] = ("and", "of", "for")
# Below every other finder over the same span: "Friends of the Earth" (the dictionary's) and "the
# nongovernmental organization Friends of Angola" (organisations.py's, rank 1) stay charities.
RANK: int = 0
# The friends of a foundation, a fund or a programme are its supporters, a charity ("Friends of the
# Truman Foundation", "Friends of the World Food Program"), not a group of states.
SUPPORTED_HEADS: frozenset[str] = frozenset(
    "Foundation Fund Program Programme Museum Library Park Festival".split()
)


def friends_groups(text: str) -> list[Mention]:
    """Each "Friends of X" named inside a sentence, one igo named "Friends of [the] X"."""
    out: list[Mention] = []
    if "Friends of" not in text:
        return out  # nearly every statement
    for m in FRIENDS_RE.finditer(text):
        if _sentence_initial(text, m.start()):
            continue  # "Friends of the United Nations, among which my Government …": supporters, no body
        words = _name_words(m.group("run"))
        if not words:
            continue
        run = " ".join(words)  # "Papua New\nGuinea" named on one line
        end = m.start("run") + _span_of(m.group("run"), words)
        name = f"Friends of {'the ' if m.group('the') else ''}{run}"
        kind = "ngo" if words[-1] in SUPPORTED_HEADS else "igo"
        out.append(Mention(m.start(), end, name, kind, RANK))
    return out


def _name_words(run: str) -> list[str]:
    """The words of the befriended name, cut before a word that begins an event's or a text's
    name, and without a joiner left at the end."""
    words: list[str] = []
    for word in run.split():
        if word in AFTER_NAME and words:
            break
        words.append(word)
    while words and words[-1] in JOINERS:
        words.pop()
    return words


def _span_of(run: str, words: list[str]) -> int:
    """The length, in `run` as written, of its first len(words) words."""
    at = 0
    for word in words:
        at = run.index(word, at) + len(word)
    return at


def _sentence_initial(text: str, at: int) -> bool:
    """Whether the group's name begins its sentence or line: "Friends" there is as often the plain
    noun ("Friends of the United Nations, among which my Government would wish to be regarded, must
    admit …") as a name."""
    before = text[:at].rstrip(" \t")
    return not before or before[-1] in ".!?:\n"
