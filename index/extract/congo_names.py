""" "Congo" where the text names the Democratic Republic of the Congo: that state, not its neighbour.

The dictionary gives the bare "Congo" to the Republic of the Congo (Brazzaville), as the United
Nations' records do ("the Congo"). News, rights reports and U.S. releases write it for the larger
state once they have named it in full: "DR Congo: Second Term Should Focus on Rights … Congo's
President Felix Tshisekedi", "armed conflict in eastern Congo", "a senior Congo researcher at
Human Rights Watch". Read as the neighbour, the main state of such a text was split in two, its
government and army with it ("Congo's army said"). So where the Democratic Republic is named and
the Republic never by a name of its own ("Republic of the Congo", "Congo-Brazzaville",
"Brazzaville"), "Congo" and what it composes are the Democratic Republic's. A UN speech keeps the
UN's usage.
"""

from __future__ import annotations

import re

from .authority import Authority
from .mention import Mention

DEMOCRATIC = "Democratic Republic of the Congo"
REPUBLIC = "Republic of the Congo"
# the neighbour named by a name of its own: then a bare "Congo" may be either
OWN_NAME_RE = re.compile(r"Brazzaville|(?<!Democratic )(?<!Democratic\n)Republic\s+of\s+(?:the\s+)?Congo\b")
BARE_RE = re.compile(r"(?:[Tt]he\s+)?Congo(?:’s|'s)?")


def unify(text: str, chosen: list[Mention], auth: Authority) -> None:
    """Give, in place, the bare "Congo" and its compositions to the Democratic Republic where the
    text names it and not the Republic by its own name."""
    if "Congo" not in text or OWN_NAME_RE.search(text):
        return  # most statements; or both states may be meant
    drc, roc = auth.by_name.get(DEMOCRATIC, -1), auth.by_name.get(REPUBLIC, -1)
    if drc < 0 or roc < 0 or not any(m.aid == drc or m.country == drc for m in chosen):
        return
    for m in chosen:
        if m.aid == roc and BARE_RE.fullmatch(text, m.start, m.end):
            m.aid, m.name = drc, DEMOCRATIC
        elif m.country == roc and m.aid != roc:
            m.country, m.name = drc, m.name.replace(f"the {REPUBLIC}", f"the {DEMOCRATIC}")
