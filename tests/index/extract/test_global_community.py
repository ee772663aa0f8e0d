"""The phrase "the global community" is the international community, one actor with it; "a global community
of …" that a speech hopes for is not."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def groups(text: str, source_name: str | None = None) -> dict[str, list[str]]:
    found = extract(text, source_name=source_name).actors
    return {a.name: [text[s:e] for s, e in a.mentions] for a in found}


def test_the_global_community_is_the_international_community() -> None:
    # U.S. Senate, the senators' letter of 4 December 2007 (04Dec2007Biden6)
    text = (
        "The United States and the global community must make commitments to deep reductions in "
        "greenhouse gas emissions, but addressing global warming cannot just be about reducing emissions."
    )
    assert groups(text, "04Dec2007Biden6.txt")["International community"] == ["global community"]
    # Brownback's release of 13 July 2005 (tune7 marks both as one actor)
    text = (
        "issued a report with recommendations for the international community to deal with the dire "
        "human rights situation there. It is a matter of the highest moral responsibility for each of us "
        "individually, for Congress, for the United States, and for the global community to do all we can."
    )
    found = groups(text, "13Jul2005Brownback51.txt")["International community"]
    assert found == ["international community", "global community"]


def test_a_global_community_hoped_for_is_no_actor() -> None:
    # Mongolia at the General Debate, 2023; El Salvador, 2014
    for text in (
        "to further strengthen the role and position of the United Nations as a global community of human"
        " solidarity.",
        "We must unite and integrate our peoples and Governments in a global community committed to the"
        " values of peace.",
    ):
        assert "International community" not in groups(text, "MNG_78_2023.txt")


def test_our_global_community_is_found_and_a_word_ending_in_the_is_no_determiner() -> None:
    # A General Debate speech (bulk UN set): "our", then the words, as the pattern read back from
    # "global community" finds it (speed: the pattern no longer begins at the determiner)
    text = (
        "aimed at reviving defunct alliances and military blocs, are increasingly pushing our global "
        "community towards the precipice of a much more perilous catastrophe."
    )
    assert groups(text, "ERI_78_2023.txt")["International community"] == ["global community"]
    # the same words with the determiner on the line before, or ending another word: no actor
    for before in ("pushing our\nglobal community", "pushing lathe global community"):
        assert "International community" not in groups(text.replace("pushing our global community", before))
