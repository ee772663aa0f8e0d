"""U.S. legislators' party-state labels in the Associated Press style: "Reps. Jim McGovern
(D-Mass.) and Jo Ann Emerson (R-Mo.)". The abbreviation is the state, a place by the annotation
guidelines, and the name just before the label is a person's, whatever else its words may be.

The two-letter postal labels' states ("(D-IL)", "Durbin  D IL") are read by `places.party_states`;
this module reads the abbreviations of the AP Stylebook, which the postal codes do not cover, and
the name before either kind ("Herb Kohl (D-WI)").
"""

from __future__ import annotations

import re

from .authority import Authority
from .mention import Mention
from .people import NAME, PLURAL_TITLES, _clean
from .tokens import fold, occurrences, word_before

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
# The postal letters ("(D-WI)") are `places.party_states`' place: only the name before is read here.
_AP = "|".join(re.escape(k) for k in sorted(AP_STATES, key=len, reverse=True))
LABEL_RE = re.compile(rf"\([DRI]-(?:({_AP})|[A-Z]{{2}})\)")
NAME_BEFORE_RE = re.compile(rf"((?:{NAME})(?:[^\S\n]+(?:{NAME})){{1,3}})[^\S\n]*$")


# Scraped releases lose the label's brackets, hyphen and full stops: "Dianne Feinstein  D Calif  ",
# "Hillary Rodham Clinton  D N Y  ", "Claire McCaskill  D   Mo  ". The abbreviation is then read with
# its full stops as spaces, only between runs of two spaces after a party letter that follows a
# name: "Mo", "La" or "Pa" standing alone are words or names. Searched from the party letter, as
# `places.PARTY_STATE_RE` is (the postal letters of the same scraped form are read there).
SCRAPED_AP = {re.sub(r"\.(?=.)", " ", k).rstrip("."): v for k, v in AP_STATES.items()}
_SCRAPED = "|".join(re.escape(k) for k in sorted(SCRAPED_AP, key=len, reverse=True))
SCRAPED_LABEL_RE = re.compile(rf"[DRI][^\S\n]+({_SCRAPED})(?=[^\S\n]{{2}}|[^\S\n]*$)", re.M)
# The label's party letter after the two spaces a lost bracket leaves: found by the one keyword pass
# (tokens.occurrences), the pattern tried only there.
SCRAPED_PARTIES = ("  D ", "  R ", "  I ")


def labelled(text: str, auth: Authority) -> list[Mention]:
    """The state of each AP-style label as a place, and the name before any label as a person."""
    out: list[Mention] = scraped_labels(text, auth)
    if "-" not in text or "(" not in text:
        return out
    for m in LABEL_RE.finditer(text):
        if m.group(1) is not None:
            aid = auth.subdivisions.get("USA-" + AP_STATES[m.group(1)])
            if aid is None:
                continue
            out.append(Mention(m.start(1), m.end(1), auth.names[aid], "place", 2))
        before = NAME_BEFORE_RE.search(text, max(0, m.start() - 60), m.start())
        if before is not None:
            out += _person(before, auth)
    return out


def scraped_labels(text: str, auth: Authority) -> list[Mention]:
    """The state of each scraped AP-style label ("Barbara Boxer  D Calif  ") as a place."""
    out: list[Mention] = []
    for at, _ in occurrences(text, SCRAPED_PARTIES):
        m = SCRAPED_LABEL_RE.match(text, at + 2)
        if m is None or not word_before(text, at)[:1].isupper():
            continue  # after a name, not after a word
        aid = auth.subdivisions.get("USA-" + SCRAPED_AP[m.group(1)])
        if aid is not None:
            out.append(Mention(m.start(1), m.end(1), auth.names[aid], "place", 2))
    return out


WORD_RE = re.compile(r"\S+")


def _person(before: re.Match[str], auth: Authority) -> list[Mention]:
    """The name before a label, without the words of a title or a sentence before it ("Senators
    Russ Feingold (D-WI)"): the longest run of its last words that is a name of two words or more."""
    spans = [w.span() for w in WORD_RE.finditer(before.string, before.start(1), before.end(1))]
    for k in range(len(spans) - 1):
        first = before.string[spans[k][0] : spans[k][1]]
        if fold(first) in auth.common and len(spans) - k > 2:
            continue  # "Yesterday Herb Kohl (D-WI)": the sentence's first word ("Norm Coleman" stays)
        name = _clean(before.string[spans[k][0] : before.end(1)])
        if PLURAL_TITLES.intersection(name.split()):
            continue  # "U.S. Representatives Donald Payne (D-NJ)"
        if len(name.split()) >= 2:
            return [Mention(spans[k][0], before.end(1), name, "person", 2)]
    return []
