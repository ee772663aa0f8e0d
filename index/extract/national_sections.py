"""A charity's national section, named by the charity and its country: "Oxfam America", "Amnesty
International USA", "Save the Children Australia", "Physicians for Human Rights Israel".

The dictionary reads the charity ("Oxfam") and then the state ("America" → the United States) as
two actors; the whole name is one organisation, a charity as its parent is, and no mention of the
state. Only a charity's name is read on: after an intergovernmental body's the country most often
begins the next phrase ("at the United Nations Israel is accused …", "in the Security Council
Argentina is …", "the chairmanship of ECOWAS Ghana is …").
"""

from __future__ import annotations

from .authority import Authority
from .mention import Mention


def national_sections(text: str, cands: list[Mention], auth: Authority) -> list[Mention]:
    """Each charity the dictionary found followed by one space and a state's name, as one charity
    named by both ("World Vision India"); a comma or a line between them keeps them two."""
    charities = [c for c in cands if c.aid >= 0 and c.type == "ngo"]
    if not charities:
        return []  # most statements name no charity
    states = {c.start: c for c in cands if c.aid >= 0 and auth.types[c.aid] == "state"}
    out: list[Mention] = []
    for c in charities:
        state = states.get(c.end + 1)
        if state is None or text[c.end] != " ":
            continue
        name = " ".join(text[c.start : state.end].split())
        out.append(Mention(c.start, state.end, name, "ngo", c.rank))
    return out
