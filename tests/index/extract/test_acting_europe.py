""" "Europe" as the subject of what it will, must or is doing is the European Union, one actor with
"the EU"; "Europe" as a place (after a preposition, in a list, in a passive or a definition) stays
the place."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def groups(text: str, source_name: str | None = None) -> dict[str, list[str]]:
    found = extract(text, source_name=source_name).actors
    return {a.name: [text[s:e] for s, e in a.mentions] for a in found}


def test_europe_that_acts_is_the_european_union() -> None:
    # the European Union at the General Debate, 2016 and 2013
    text = (
        "The past 12 months have been difficult, not least for the European Union (EU). Europe "
        "will always stand for a free and open world governed by the rule of law. We do so "
        "because Europe is ready to continue to play its role in the world."
    )
    found = groups(text, "EU_71_2016.txt")
    assert found["European Union"] == ["European Union", "EU", "Europe", "Europe"]
    assert "Europe" not in found


def test_europe_as_a_place_stays_the_place() -> None:
    # the European Union, 2016; Germany, 2013
    text = (
        "The European Union will help. Over the past several months, Europe has been confronted "
        "by the refugee crisis. It links the anxieties of the Middle East, Africa, Asia, Europe "
        "and America. Europe is a community of shared cultures."
    )
    found = groups(text, "EU_71_2016.txt")
    assert found["Europe"] == ["Europe", "Europe", "Europe"]
    assert found["European Union"] == ["European Union"]
