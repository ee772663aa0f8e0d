"""Agreements: a treaty, a pact, a compact is a document states sign, not a body that acts. "the
United Nations Framework Convention on Climate Change" (the dictionary's IGO entry), "the Pact for
the Future", "the Glasgow Climate Pact", "the Compact of Free Association" are named in speeches and
statements as texts adopted, ratified, implemented; the annotation marks none of them (README: names
of treaties, documents and programmes are not actors), and an archive listing them among the bodies
that spoke or were asked misleads its reader.

A name is an agreement's when its head noun is one: its last word, or the word before its first
"of", "on", "for"… ("Pact for the Future", "Convention on Climate Change"). A body named after an
agreement keeps its own head ("the Collective Security Treaty Organization", "the Parties to the
Nauru Agreement", "the Friends of the Comprehensive Nuclear-Test-Ban Treaty"), and a name that holds
a word for people is a movement's ("the Asia Indigenous Peoples Pact", an NGO).
"""

from __future__ import annotations

from .mention import Mention

# The head nouns of an agreement's name.
AGREEMENT_HEADS: frozenset[str] = frozenset(
    "Convention Treaty Covenant Protocol Pact Compact Agreement Accord Accords".split()
)
# The words after which a name's complement begins: its head stands before the first of them.
COMPLEMENT_WORDS: frozenset[str] = frozenset("of on for against to in between among".split())
# Words for people, which make a name a movement's or a group's, not a text's.
PEOPLE_WORDS: frozenset[str] = frozenset("Peoples People Women Youth Workers Farmers Citizens".split())


def is_agreement(name: str) -> bool:
    """Whether a mention's name is an agreement's: "UN Framework Convention on Climate Change"."""
    words = name.split()
    if len(words) < 2 or PEOPLE_WORDS.intersection(words):
        return False
    head = next((words[k - 1] for k in range(1, len(words)) if words[k] in COMPLEMENT_WORDS), words[-1])
    return head in AGREEMENT_HEADS


def without_agreements(mentions: list[Mention]) -> list[Mention]:
    """The mentions that name no agreement (a person is never one)."""
    return [m for m in mentions if m.type == "person" or not is_agreement(m.name)]
