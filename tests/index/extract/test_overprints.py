"""A letterhead printed bold by striking each letter eight times over, as the text of five 2002
Labor releases reads ("L L L L L L L LA A A A A A A A U U U …"): the member it names makes the
release's calls, and the struck lines add no mentions."""

from __future__ import annotations

from advocacy_archive.index.extract import extract
from advocacy_archive.index.extract.overprints import overprinted_lines

from .test_speakers import demand_with


def struck(line: str, times: int = 8) -> str:
    """`line` as those PDFs' text gives it: each letter eight times, words far apart."""
    return "        ".join(" ".join(c for c in word for _ in range(times)) for word in line.split())


HEAD = "\n\n".join(
    struck(line)
    for line in (
        "LAURIE FERGUSON MP",
        "SHADOW MINISTER FOR MULTICULTURAL AFFAIRS",
        "FEDERAL MEMBER FOR REID",
        "MEDIA RELEASE",
    )
)
# The layout of those releases (struck letterhead, date, headline, the member named in the lead,
# "Mr Ferguson said" after the call), in sentences of our own.
BODY = """

18 April 2002

MIGRANT SERVICES LEFT WAITING

Migrant resource centres have been told again that there is no money for them.

The Shadow Minister for Multicultural Affairs, Laurie Ferguson MP, said the centres had waited
two years for the review the Government promised them.

"The Government must release that review and restore the funding it cut," Mr Ferguson said.

For further information: Laurie Ferguson MP 9726 3199
"""


def test_struck_letterhead_reads_as_its_words() -> None:
    assert overprinted_lines(HEAD + BODY) == [
        "LAURIE FERGUSON MP",
        "SHADOW MINISTER FOR MULTICULTURAL AFFAIRS",
        "FEDERAL MEMBER FOR REID",
        "MEDIA RELEASE",
    ]
    # ordinary capitals, doubled letters and a page number struck alone are no letterhead
    assert overprinted_lines("MEDIA RELEASE\n\nAAA BBB  HOOLL\n\n2 2 2 2 2 2 2 2\n") == []


def test_party_release_under_a_struck_letterhead_calls_in_the_members_name() -> None:
    name = "2002-04-18-australian-labor-party-211236217.txt"
    ex = extract(HEAD + BODY, source_name=name)
    assert ex.issuer == "Australian Labor Party"  # the catalogue files it under his party
    assert demand_with(ex.demands, "must release that review").by == "Laurie Ferguson"
    # the struck lines are not read as names: no mention inside the letterhead
    assert all(s >= len(HEAD) for a in ex.actors for s, _ in a.mentions)


def test_party_release_without_a_struck_letterhead_keeps_the_partys_voice() -> None:
    name = "2002-04-18-australian-labor-party-211236217.txt"
    ex = extract(BODY.lstrip(), source_name=name)
    assert demand_with(ex.demands, "must release that review").by == "Australian Labor Party"
