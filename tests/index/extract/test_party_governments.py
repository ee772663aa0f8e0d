"""A government named for the party that forms it ("the former Coalition government", "the
Coalition government") is the state's government, not the party; a government promised ("a
Coalition government" the voters may elect) stays the party, as the annotations keep it."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def typed(text: str, release: str) -> dict[str, tuple[str, str]]:
    """Each mention's text → (actor name, type), read as the ParlInfo release `release` (its file
    name tells the genre: an Australian member's or party's release)."""
    found = extract(text, source_name=release).actors
    return {text[s:e]: (a.name, a.type) for a in found for s, e in a.mentions}


def test_the_former_party_government_is_the_states_government() -> None:
    # press-releases, Sharman Stone (2008): the Coalition's changes as the government of the day
    text = (
        "“The former Coalition government’s changes to border protection policy - including the  "
        "excising of off-shore islands from immigration zones - caused the number of unlawful  "
        "entrants to Australia to dwindle,” Dr Stone said.\n\n"
        "“He must immediately re-engage with Indonesian border security officials who worked  "
        "cooperatively and efficiently with the former Coalition government."
    )
    found = typed(text, "2008-09-30-stone-sharman-211319152.txt")
    # the second after Indonesia's officials: the party's state, not the one named last
    assert (
        found["The former Coalition government"]
        == found["the former Coalition government"]
        == ("Government of Australia", "government")
    )


def test_a_government_promised_stays_the_party() -> None:
    # press-releases, a Coalition senator's release on refugees (Cash, 2012)
    text = (
        "This group will be given a very high priority by a Coalition government in Australia’s "
        "refugee and  humanitarian programme."
    )
    found = typed(text, "2012-03-08-cash-michaelia-211434651.txt")
    assert all(kind != "government" for _, kind in found.values())
