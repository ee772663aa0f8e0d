"""Names as UN General Debate speeches write them: on sentences from the speeches."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def actors(text: str) -> dict[str, tuple[str, list[str]]]:
    return {a.name: (a.type, [text[s:e] for s, e in a.mentions]) for a in extract(text).actors}


def test_a_state_whose_name_has_a_lower_case_particle_is_found_as_written() -> None:
    # Nigeria, 2006: the curly apostrophe of the UN's records, and a name wrapped over two lines
    text = (
        "With respect to Côte d’Ivoire, Nigeria welcomes the recent efforts by all parties. But we "
        "must not allow the elections in Côte \nd’Ivoire to be postponed beyond 31 December 2006."
    )
    assert actors(text)["Côte d'Ivoire"] == ("state", ["Côte d’Ivoire", "Côte \nd’Ivoire"])
