"""A chamber's officers, a judge and a counselor are titles before the surname they name."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def persons(text: str) -> list[str]:
    return sorted(text[s:e] for a in extract(text).actors if a.type == "person" for s, e in a.mentions)


def test_ranking_member_speaker_and_justice_name_their_holders() -> None:
    # Senate hearing, 2007; State Department briefing, 2022; Australian release, 2002
    text = (
        "I congratulate Chairman Durbin and Ranking Member Coburn for their work. Would you advise "
        "Speaker Pelosi against her visit? Howard knew that the evidence against Justice Kirby was "
        "false."
    )
    got = persons(text)
    assert {"Ranking Member Coburn", "Speaker Pelosi", "Justice Kirby"} <= set(got)


def test_a_programme_named_for_justice_is_no_judge() -> None:
    # Senate release, 2007: a grant programme, not a Justice Assistance
    text = "The Justice Assistance Grant (JAG) formula component of the Byrne program is eliminated."
    assert persons(text) == []
