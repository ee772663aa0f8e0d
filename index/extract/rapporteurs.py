"""A UN special rapporteur: "the UN Special Rapporteur on torture", "the United Nations special
rapporteur on the promotion and protection of human rights", then "the Special Rapporteur".

A special rapporteur is one person holding a mandate, marked as a person like any office held by
one ("the U.S. president"), not as the UN whose abbreviation the title begins with. A title
followed at once by its holder's name ("UN Special Rapporteur on Torture Juan Méndez") is one
mention of that person. The mandate ("on torture") tells rapporteurs apart; a title without one
("the Special Rapporteur") is the rapporteur the text names, the last one named before it where
it names several. Plural "special rapporteurs" are several mandates, left to the UN's mention.
A country mandate is written in full or by its country alone ("on the situation of human rights
in Iran", "on human rights in the Iran", "on Iran"): one rapporteur, named as the text first does.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from . import line_search
from .authority import authority
from .mention import Mention
from .tokens import fold

SP = r"[^\S\n]+"
# Words that end a mandate's wording: a verb or a clause after the title ("… on torture has noted").
ENDS = (
    r"has|have|had|having|is|was|were|will|would|said|says|stated|noted|called|urged|who|whose|"
    r"which|that|at|for|from|during|after|before|ahead|also|expressed|"
    r"highlighted|found|reported|visited|stressed|condemned|wrote|told|following|specifically|"
    r"explicitly|previously|recently|repeatedly|publicly|should|must|can|could|may|might|shall"
)
# "and", "to" go on in a mandate's words ("on freedom of opinion and expression", "on the right to
# food"), not before another body or a verb ("… on torture and the Working Group", "… to visit").
GOES_ON = rf"(?!and{SP}(?:the|a|an|other)\b)(?:(?<=[Rr]ight )|(?!to\b))"
# A mandate's words after "on": "torture", "the situation of human rights in Eritrea".
# A word's "’s" before a capitalised word is a country name's: "the Democratic People’s Republic of
# Korea" is one country, not "the Democratic People".
WORD = r"[\w-]+(?:['’]s(?=[^\S\n]+[A-Z]))?"
MANDATE = rf"(?:the{SP})?{WORD}(?:{SP}(?!(?:{ENDS})\b){GOES_ON}{WORD}){{0,11}}(?!\w)"
RAPPORTEUR_RE = re.compile(
    rf"(?:\b[Tt]he{SP})?(?:(?:[Ff]ormer|[Cc]urrent|[Tt]hen)(?:-|{SP}))?"
    rf"(?P<un>(?:UN|U\.N\.|United{SP}Nations)(?:{SP}\(UN\))?{SP})?"
    rf"[Ss]pecial{SP}[Rr]apporteur(?![\w])"
    rf"(?:{SP}on{SP}(?P<topic>{MANDATE}))?"
)


def rapporteurs(text: str, chosen: list[Mention]) -> list[Mention]:
    """Each special rapporteur's title as a person; one holder's name right after it joins it."""
    if "apporteur" not in text:
        return []  # most statements name none
    persons = sorted((c for c in chosen if c.type == "person"), key=lambda c: c.start)
    titles = [_title(m, persons) for m in line_search.finditer(RAPPORTEUR_RE, text, ("apporteur",))]
    mandates = [t for t in titles if t.topic]
    wordings: dict[str, str] = {}  # a mandate's country or topic → its first wording
    for t in mandates:
        wordings.setdefault(_compared(t.topic), _topic_words(t.topic))
    out: list[Mention] = []
    for t in titles if any(t.un or t.topic for t in titles) else ():
        if t.holder is not None:  # "UN Special Rapporteur on Torture Juan Méndez": the person
            out.append(Mention(t.start, t.holder.end, t.holder.name, "person", 3, aid=t.holder.aid))
        else:
            out.append(Mention(t.start, t.end, _name(t, mandates, wordings), "person", 2))
    return out


class Title(NamedTuple):
    start: int
    end: int
    un: bool
    topic: str
    holder: Mention | None


def _title(m: re.Match[str], persons: list[Mention]) -> Title:
    """A title as found, cut before the holder's name its mandate's words ran on into."""
    end, topic = m.end(), m.group("topic") or ""
    first = m.start("topic") if topic else end
    holder = next((p for p in persons if first < p.start <= end + 1), None)
    if holder is not None and holder.start > end:
        holder = holder if holder.start == end + 1 and m.string[end] == " " else None
    elif holder is not None:
        end = holder.start - 1
        topic = m.string[first:end].strip()
    return Title(m.start(), end, m.group("un") is not None, topic, holder)


def _name(t: Title, mandates: list[Title], wordings: dict[str, str]) -> str:
    """ "UN Special Rapporteur on torture"; without a mandate, the one the text names before it,
    else the only one it names at all."""
    topic = t.topic
    if not topic:
        before = [m.topic for m in mandates if m.start < t.start]
        only = {_compared(m.topic) for m in mandates}
        topic = before[-1] if before else (mandates[0].topic if len(only) == 1 else "")
    return f"UN Special Rapporteur on {wordings[_compared(topic)]}" if topic else "UN Special Rapporteur"


# The lower-case words inside a name: "the Democratic People’s Republic of Korea", "Right to Food".
JOINING: frozenset[str] = frozenset("of the and to on in for".split())


def _topic_words(topic: str) -> str:
    """A mandate as one name, however it is capitalised ("on Torture", "on torture"); a country
    as the text writes it ("in Iran", "on Burundi", "on the Democratic People’s Republic of Korea"),
    not "in iran"."""
    words = topic.split()
    if len(words) > 1 and words[0].lower() == "the":
        words = words[1:]
    if _proper_name(words):
        return " ".join(words)  # "Burundi", "Democratic People’s Republic of Korea"
    low = " ".join(words).lower()
    country = COUNTRY_MANDATE_RE.match(low)
    if country is not None:  # the mandate's own words in lower case, the country's as written
        kept = len(country.group().split())
        return " ".join([*low.split()[:kept], *words[kept:]])
    return low


def _proper_name(words: list[str]) -> bool:
    """Whether a mandate's words are a name, a country's: all capitalised (but the joining words)
    and one of them no ordinary word ("Korea", "Burundi"); a title-case topic is no name ("the
    Right to Food", "Torture")."""
    common = authority().common
    return all(w[:1].isupper() and not w.isupper() or w in JOINING for w in words) and any(
        fold(w) not in common for w in words if w not in JOINING
    )


# The words a country mandate's full wording adds to its country: "the situation of human rights
# in", "the human rights situation in", "human rights in"; articles anywhere ("in the Iran").
COUNTRY_MANDATE_RE = re.compile(r"^(?:situation of )?human rights (?:situation )?in ")


def _compared(topic: str) -> str:
    """A mandate as two wordings of it share it: its country alone for a country mandate."""
    words = " ".join(w for w in _topic_words(topic).lower().split() if w != "the")
    return COUNTRY_MANDATE_RE.sub("", words)
