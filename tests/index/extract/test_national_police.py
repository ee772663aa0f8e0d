"""A state's police named by the words and by its national police's own name: one actor."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def names(text: str) -> dict[str, list[str]]:
    return {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text).actors}


def test_haitian_police_are_the_haitian_national_police_the_text_names() -> None:
    # hrw-news, on the Kenyan-led mission to Haiti (2024)
    text = (
        "The MSS mission is tasked with assisting Haitian police in rolling back the extreme turmoil "
        "in the country’s capital, Port-au-Prince. Haitian police will oversee the operation. What "
        "will happen, for example, if allegations emerge of abuses by Haitian National Police or MSS "
        "personnel?"
    )
    found = names(text)
    haitian = ["Haitian police", "Haitian police", "Haitian National Police"]
    assert found["National Police of Haiti"] == haitian
    assert "Police of Haiti" not in found


def test_the_police_beside_a_federal_police_keep_their_own_name() -> None:
    # press-releases, an Australian minister on airport policing (2009): a federation's police
    text = (
        "And I believe it's important therefore that as we move from a unified policing model to an "
        "all-in model, we work closely not only with the Australian Federal Police directly but with "
        "them and their counterparts, the police in states and territories, who also have a high "
        "level of expertise and an array of skills."
    )
    found = names(text)
    assert found["Federal Police of Australia"] == ["Australian Federal Police"]
