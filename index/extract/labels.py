"""U.S. legislators' party-state labels in the Associated Press style: "Reps. Jim McGovern
(D-Mass.) and Jo Ann Emerson (R-Mo.)". The abbreviation is the state, a place by the annotation
guidelines, and the name just before the label is a person's, whatever else its words may be.

The two-letter postal labels ("(D-IL)", "Durbin  D IL") are read by `places.party_states`; this
module reads the abbreviations of the AP Stylebook, which the postal codes do not cover.
"""

from __future__ import annotations

import re

from .authority import Authority
from .mention import Mention
from .people import NAME, _clean

# AP Stylebook state abbreviations → ISO 3166-2 codes. States whose names the AP writes in full
# (Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas, Utah) are matched by name.
AP_STATES = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Colo.": "CO", "Conn.": "CT",
    "Del.": "DE", "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN", "Kan.": "KS", "Ky.": "KY",
    "La.": "LA", "Md.": "MD", "Mass.": "MA", "Mich.": "MI", "Minn.": "MN", "Miss.": "MS", "Mo.": "MO",
    "Mont.": "MT", "Neb.": "NE", "Nev.": "NV", "N.H.": "NH", "N.J.": "NJ", "N.M.": "NM", "N.Y.": "NY",
    "N.C.": "NC", "N.D.": "ND", "Okla.": "OK", "Ore.": "OR", "Pa.": "PA", "R.I.": "RI", "S.C.": "SC",
    "S.D.": "SD", "Tenn.": "TN", "Vt.": "VT", "Va.": "VA", "Wash.": "WA", "W.Va.": "WV", "Wis.": "WI",
    "Wyo.": "WY", "Alaska": "AK", "Hawaii": "HI", "Idaho": "ID", "Iowa": "IA", "Maine": "ME",
    "Ohio": "OH", "Texas": "TX", "Utah": "UT",
}  # fmt: skip
LABEL_RE = re.compile(
    r"\([DRI]-(" + "|".join(re.escape(k) for k in sorted(AP_STATES, key=len, reverse=True)) + r")\)"
)
NAME_BEFORE_RE = re.compile(rf"((?:{NAME})(?:[^\S\n]+(?:{NAME})){{1,3}})[^\S\n]*$")


def labelled(text: str, auth: Authority) -> list[Mention]:
    """The state of each AP-style label as a place, and the name before the label as a person."""
    out: list[Mention] = []
    if "-" not in text or "(" not in text:
        return out
    for m in LABEL_RE.finditer(text):
        aid = auth.subdivisions.get("USA-" + AP_STATES[m.group(1)])
        if aid is None:
            continue
        out.append(Mention(m.start(1), m.end(1), auth.names[aid], "place", 2))
        before = NAME_BEFORE_RE.search(text, max(0, m.start() - 60), m.start())
        name = _clean(before.group(1)) if before is not None else ""
        if before is not None and len(name.split()) >= 2:
            out.append(Mention(before.start(1), before.end(1), name, "person", 2))
    return out
