"""A prosecutor's office written in lower case: "the prosecutor’s office counter-appealed", "the
chief prosecutor’s office", "Russia’s prosecutor general’s office".

Reports name a state's prosecution service so after naming the state, and a reader marks it as a
body of the state's executive, as "the Prosecutor’s Office" with capitals (a name the finders
read). Named as that capitalised form, with the state's adjective where the phrase gives its
state, so that both spellings are one actor. Only where the phrase stands on its own: after "the"
or a state's possessive, and not before a noun it modifies ("the prosecutor’s office spokesman").
"""

from __future__ import annotations

import re

from .authority import Authority
from .keywords import has_any
from .mention import Mention
from .ministries import MODIFIED_RE, owner_state

# "the prosecutor’s office", "the public prosecutor's office", "the prosecutors’ office",
# "Russia’s prosecutor general’s office"; searched back from each "office" after "prosecutor"
PROSECUTOR_RE = re.compile(
    r"(?:\b[Tt]he|\b(?P<owner>(?:[A-Z][a-z]+[^\S\n]+)?[A-Z][a-z]+)[’']s|\b[Tt]he[^\S\n]+(?P<adj>[A-Z][a-z]+))"
    r"[^\S\n]+(?P<name>(?:(?:chief|public|state|military|regional|district)[^\S\n]+)?"
    r"prosecutors?(?:[^\S\n]+general)?(?:[’']s|s[’'])[^\S\n]+office)\Z"
)
WORD = "office"


def prosecutors(text: str, chosen: list[Mention], auth: Authority) -> list[Mention]:
    """Each lower-case prosecutor's office phrase that names the body; a prosecutor composed with
    its state inside one leaves `chosen`."""
    if not has_any(text, ("prosecutor",)):
        return []  # nearly every statement
    out: list[Mention] = []
    at = text.find(WORD)
    while at >= 0:
        end = at + len(WORD)
        m = PROSECUTOR_RE.search(text, max(0, at - 70), end)
        if m is not None and not text[end : end + 1].isalnum() and not MODIFIED_RE.match(text, end):
            state = owner_state(m.group("owner"), m.group("adj"), auth)
            name = f"{state} Prosecutor’s Office" if state else "Prosecutor’s Office"
            start = m.start() if m.group("owner") is None else m.start("owner")
            out.append(Mention(start, end, name, "government", 1))
        at = text.find(WORD, end)
    # "Russia’s prosecutor general’s office": the state's prosecutor composed inside the phrase
    # is the office's word, not a person of its own; the office takes its place in the chosen
    inside = [c for c in chosen if c.type == "person" and any(_within(c, m) for m in out)]
    if inside:
        chosen[:] = [c for c in chosen if c not in inside]
    return [m for m in out if not any(c.start < m.end and m.start < c.end for c in chosen)]


def _within(c: Mention, office: Mention) -> bool:
    """Whether a person mention lies inside the office's phrase and names its prosecutor."""
    return office.start <= c.start and c.end < office.end and c.name.startswith("Prosecutor")
