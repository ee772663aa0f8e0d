"""A UN speech's "my people" / "our people" are the speaking state's people (a population by the
guidelines), named as the speech names them otherwise; not in other genres, not "our peoples"."""

from __future__ import annotations

from pathlib import Path

from advocacy_archive.index.extract import extract
from advocacy_archive.index.extract.own_people import ITS_OWN_RE, _its_own


def populations(text: str, source_name: str | None = None) -> dict[str, list[str]]:
    found = extract(text, source_name=source_name).actors
    return {a.name: [text[s:e] for s, e in a.mentions] for a in found if a.type == "population"}


def test_my_people_in_a_un_speech_is_the_speaking_states_people() -> None:
    # Malawi, General Debate 2018; Papua New Guinea, 2014
    text = "Today, more than 95 per cent of my people aged 16 and older have national identity cards."
    assert populations(text, "MWI_73_2018.txt") == {"People of Malawi": ["my people"]}
    text = "We are creating opportunities for our people to participate meaningfully in the economy."
    assert populations(text, "PNG_69_2014.txt") == {"People of Papua New Guinea": ["our people"]}


def test_our_people_takes_the_name_the_speech_gives_its_people() -> None:
    # Syria, General Debate 2013
    text = (
        "The Syrian people will decide their future. Terrorists from more than 83 countries are "
        "engaged in killing our people and our army."
    )
    assert populations(text, "SYR_68_2013.txt")["Syrian people"] == ["Syrian people", "our people"]


def test_our_people_outside_a_un_speech_and_our_peoples_are_no_population() -> None:
    # a senator's release; the European Union, General Debate 2016
    release = "We owe it to our people to pass this bill before the recess."
    assert "our people" not in [m for ms in populations(release).values() for m in ms]
    text = "The terrorism we are facing is a threat to our peoples, countries and economies."
    assert populations(text, "FRA_71_2016.txt") == {}


def test_its_own_people_are_the_people_of_the_government_that_acts_on_them() -> None:
    # UK at the General Debate, 2013; Senator Snowe, 2006
    text = (
        "On the issue of chemical weapons in Syria, on 21 August the Al-Assad regime committed a war "
        "crime, launching a large-scale chemical-weapon attack on its own \npeople. We will support "
        "the Syrian people."
    )
    found = {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text).actors}
    assert found["Syrian people"] == ["its own \npeople", "Syrian people"]
    text = "The Government of Sudan continues to engage in and support violence against its own people."
    found = {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text).actors}
    assert found["People of Sudan"] == ["its own people"]


def test_their_own_people_with_no_state_in_the_sentence_are_no_one_named() -> None:
    # Blinken press availability, 2022: "they" are countries in general
    text = "Russia invaded Ukraine. They have to decide what is in the best interests of their own people."
    names = [a.name for a in extract(text).actors if a.type == "population"]
    assert names == []


def test_its_own_read_from_its_tail_finds_what_the_whole_pattern_finds(corpus: Path) -> None:
    # the fast search (the pattern's literal tail first) against the pattern it stands for, on
    # real statements and on the edges of its words: "bits own", a tab or a line between words
    texts = [
        p.read_text(encoding="utf-8-sig")
        for f in ("un-speeches", "hrw-news", "press-releases", "us-senate")
        for p in (corpus / f).glob("*.txt")
    ]
    texts += [
        "bits own people; their\town\npeople",
        "_its own people its own citizens",
        "their own population-",
    ]
    assert sum(len(_its_own(t)) for t in texts) > 20  # the corpus holds the phrase: the test can fail
    for t in texts:
        assert [m.span() for m in _its_own(t)] == [m.span() for m in ITS_OWN_RE.finditer(t)]
