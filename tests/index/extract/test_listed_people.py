"""An object "them" after a list of people asks those people: a White House statement reports
the President urging three senators he spoke with. A sentence from a page of the us-white-house
corpus."""

from __future__ import annotations

from advocacy_archive.index.extract import extract

WHITE_HOUSE = "The White House"


def test_them_after_a_list_of_senators_asks_the_senators() -> None:
    # us-white-house, Statement by Press Secretary Jen Psaki on Negotiations with Congress (2021)
    text = (
        "The President also spoke with Senators Sinema, Cassidy, and Manchin today. He urged them to "
        "continue their work with other Democrats and Republicans to develop a bipartisan proposal that "
        "he hopes will be more responsive to the country’s pressing infrastructure needs."
    )
    demands = extract(text, issuer_hint=WHITE_HOUSE).demands
    assert len(demands) == 1
    assert set(demands[0].targets) == {"Sinema", "Cassidy", "Manchin"}
    # the pronoun marks where the call asks them: the names are in the sentence before
    assert {text[a:b] for a, b in demands[0].target_spans} == {"them"}
