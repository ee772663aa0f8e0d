"""UN human rights mechanisms named by their mandate: "the UN Working Group on Arbitrary
Detention", "the UN Fact-Finding Mission on Iran", "the Independent International Commission of
Inquiry on Syria", then "the Fact-Finding Mission".

Each is a body of its own (igo), named in full as one span, not the UN whose abbreviation begins
the name nor the state or people its mandate names ("on Iran", "on People of African Descent").
The mandate tells mechanisms apart; a title without one is the mechanism of that kind the text
named before it, or the only one it names. A name without "UN" and without a mandate ("the
Working Group") is a mechanism only after one was named: elsewhere it is any group's. A name
with a mandate but without "UN" is a UN mechanism after one, or where its paragraph has named
the UN before it ("United Nations human rights experts, including … the Working Group on
Arbitrary Detention"); elsewhere it may be two states' ("the Working Group on Education").
"""

from __future__ import annotations

import re

from . import line_search
from .mention import Mention
from .rapporteurs import SP
from .tokens import sentence_initial, word_before

# A mechanism's mandate is written as a name: capitalised words and the small words between them
# ("on Enforced and Involuntary Disappearances", "on the Islamic Republic of Iran"), not a month.
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
CAPITALISED = rf"(?!(?:{MONTHS})\b)[A-Z][\w-]*"
# "and the UN …" begins another body: "and" joins only two capitalised words
JOINER = rf"(?:(?:of|on|in|for|against)(?:{SP}the)?|and){SP}"
MANDATE = rf"(?:the{SP})?{CAPITALISED}(?:{SP}(?:{JOINER})?{CAPITALISED})*"
KINDS = {"working group": "Working Group", "fact-finding mission": "Fact-Finding Mission"}
KINDS["commission of inquiry"] = "Commission of Inquiry"
KIND_WORDS = ("Working", "Fact-Finding", "Commission", "working")  # one begins every kind's name
MECHANISM_RE = re.compile(
    rf"(?:\b[Tt]he{SP})?(?P<un>(?:UN|U\.N\.|United{SP}Nations)(?:-(?:backed|mandated))?{SP})?"
    rf"(?P<independent>[Ii]ndependent{SP}(?:[Ii]nternational{SP})?)?"
    rf"(?P<kind>Working{SP}Group|Fact-Finding{SP}Mission|Commission{SP}of{SP}Inquiry)"
    rf"(?:{SP}(?:on|for){SP}(?P<topic>{MANDATE}))?"
    # In lower case after "the" a working group is named again once the text has named one in
    # full ("the UN Open-ended Working Group on Ageing … The working group was set up in 2010"), a
    # dispatch's way of writing "the Working Group"; never before, nor with its own complement
    # ("the working group of the party", "the working group on safe return").
    rf"|\b[Tt]he{SP}(?P<lower>working{SP}group)\b(?!{SP}(?:of|on|for|to)\b|-)"
)


def mechanisms(text: str, chosen: list[Mention]) -> list[Mention]:
    """Each UN mechanism's name as one igo mention, told apart by its mandate."""
    if "Working Group" not in text and "Fact-Finding" not in text and "of Inquiry" not in text:
        return []  # most statements name none
    out: list[Mention] = []
    named: dict[str, list[str]] = {}  # kind → mandates named so far
    found = list(line_search.finditer(MECHANISM_RE, text, KIND_WORDS))
    mandates = {_kind(m): {_words(m.group("topic"))} for m in found if m.group("topic")}
    for m in found:
        kind, topic = _kind(m), m.group("topic")
        if topic and not (m.group("un") or m.group("independent") or named.get(kind)):
            if not _after_the_un(text, m.start(), chosen):
                continue  # "the Working Group on Education and Skill Training" of two states
        if topic:
            named.setdefault(kind, []).append(_words(topic))
        elif named.get(kind):
            topic = named[kind][-1]
        elif m.group("un") and len(mandates.get(kind, ())) == 1:
            topic = next(iter(mandates[kind]))
        elif not m.group("un"):
            continue  # "a working group", "the working group of the party": any group
        name = f"UN {KINDS[kind]}" + (f" on {_words(topic)}" if topic else "")
        if _named_otherwise(text, m, chosen):
            continue
        out.append(Mention(m.start(), m.end(), name, "igo", 2))
    return out


def _named_otherwise(text: str, m: re.Match[str], chosen: list[Mention]) -> bool:
    """Whether the words belong to another name: a longer one ("NGO Working Group on Women"), or
    a body the dictionary knows ("UN Commission of Inquiry on Syria", "the COI")."""
    if not m.group("un") and word_before(text, m.start())[:1].isupper():
        return not sentence_initial(text, m.start())
    start, end = m.span()
    for c in chosen:
        if c.start <= start and end <= c.end and c.end - c.start > end - start:
            return True  # a longer name it is part of
        if c.type == "igo" and c.name != "United Nations" and c.start < end and start < c.end:
            return True  # a body the dictionary knows by that name
    return False


def _after_the_un(text: str, start: int, chosen: list[Mention]) -> bool:
    """Whether the paragraph before `start` names the UN or one of its bodies."""
    paragraph = text.rfind("\n", 0, start)
    return any(paragraph < c.start < start and _is_the_un(c) for c in chosen)


def _is_the_un(m: Mention) -> bool:
    return m.type == "igo" and (m.name == "United Nations" or m.name.startswith("UN "))


def _kind(m: re.Match[str]) -> str:
    return " ".join((m.group("kind") or m.group("lower")).lower().split())


def _words(topic: str) -> str:
    words = topic.split()
    if len(words) > 1 and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words)
