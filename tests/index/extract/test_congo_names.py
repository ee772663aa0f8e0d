""" "Congo" in a text naming the Democratic Republic of the Congo: on sentences from the corpus."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def states(text: str, source: str | None = None) -> dict[str, list[str]]:
    found = extract(text, source_name=source).actors
    return {a.name: [text[s:e] for s, e in a.mentions] for a in found if a.type == "state"}


def test_congo_after_the_democratic_republic_is_that_state() -> None:
    # HRW, May 2024: each "Congo" was the Republic of the Congo, an actor apart from the report's state
    text = (
        "Soldiers patrol in Kinshasa, Democratic Republic of Congo, on May 19, 2024, after Congo's "
        "army said it had foiled a coup. The attempted coup occurred at a time when armed conflict "
        "in eastern Congo has intensified."
    )
    assert states(text) == {"Democratic Republic of the Congo": ["Democratic Republic of Congo", "Congo"]}
    # "Congo's army" is the army of that state, one mention of the army, not of the state
    army = [a for a in extract(text).actors if a.type == "armed_force"]
    assert [(a.name, [text[s:e] for s, e in a.mentions]) for a in army] == [
        ("Armed forces of the Democratic Republic of the Congo", ["Congo's army"])
    ]


def test_congo_beside_the_republic_named_as_such_stays_the_republic() -> None:
    text = (
        "Refugees from the Democratic Republic of the Congo crossed into the Republic of the Congo. "
        "Congo has hosted them for years."
    )
    assert states(text)["Republic of the Congo"] == ["Republic of the Congo", "Congo"]


def test_a_un_speech_keeps_the_uns_name_for_the_republic() -> None:
    # the UN's records call the Republic of the Congo "the Congo"
    text = "We welcome the agreement between the Democratic Republic of the Congo and the Congo."
    assert states(text, "AGO_70_2015.txt")["Republic of the Congo"] == ["Congo"]
