"""News organisations that statements cite, as the authority file lists them."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def media(text: str) -> dict[str, list[str]]:
    return {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text).actors if a.type == "media"}


def test_international_broadcasters_are_media_not_places_or_states() -> None:
    # HRW, 2024 (Türkiye)
    text = "Officials have indefinitely blocked the Deutsche Welle and Voice of America news platforms."
    assert media(text) == {"Deutsche Welle": ["Deutsche Welle"], "Voice of America": ["Voice of America"]}
    # HRW, 2024 (Myanmar)
    text = "His family members ran away, according to Radio Free Asia."
    assert media(text) == {"Radio Free Asia": ["Radio Free Asia"]}


def test_a_newspaper_named_in_a_briefing() -> None:
    # State Department, 2021
    text = "We condemn a raid by the Hong Kong police on the Apple Daily and arrest of executives."
    assert media(text) == {"Apple Daily": ["Apple Daily"]}


def test_a_channel_named_by_what_it_is_is_media() -> None:
    # HRW, 2024 (Ecuador)
    text = "Armed men staged a takeover of the state-owned TV channel, TC Television, on January 9."
    assert media(text) == {"TC Television": ["TC Television"]}
