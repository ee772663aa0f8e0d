""" "Civil society" is an actor (typed `ngo`, as the annotation conventions type it) where it heads
its noun phrase; not where it describes the next noun or begins a name."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def _civil(text: str) -> dict[str, list[str]]:
    return {
        a.name: [text[s:e] for s, e in a.mentions]
        for a in extract(text).actors
        if a.type == "ngo" and "civil society" in a.name.lower()
    }


def test_civil_society_heading_its_phrase_is_an_ngo_with_its_nationality() -> None:
    # HRW testimony on Liberia, 2024; HRW on the Child Grant in Nepal, 2024
    text = (
        "Liberian civil society has been advocating for accountability for decades. We continue to "
        "support Liberian civil society organizations and the crucial work they do. The Child Grant "
        "has been endorsed by numerous Nepali civil society organizations."
    )
    found = _civil(text)
    liberian = ["Liberian civil society", "Liberian civil society organizations"]
    assert found["Liberian civil society"] == liberian
    assert found["Nepali civil society"] == ["Nepali civil society organizations"]


def test_bare_civil_society_acting_or_acted_on_is_an_ngo() -> None:
    # HRW on France's elections, 2024; HRW on the EU's rule of law report, 2024
    text = (
        "Civil society mobilized massively in favor of the rule of law. The incoming European "
        "Commission should be more courageous in standing up for civil society."
    )
    assert _civil(text) == {"Civil society": ["Civil society", "civil society"]}


def test_civil_society_describing_the_next_noun_or_inside_a_name_is_not_an_actor() -> None:
    # HRW releases, 2024: "civil society activists", "civil society space"; a coalition's name
    text = (
        "Authorities detained civil society activists and shrank civil society space. The Civil "
        "Society Human Rights Advocacy Platform of Liberia submitted a report."
    )
    # the platform is named whole by the organisation finder; no "Civil society" beside it
    assert set(_civil(text)) == {"Civil Society Human Rights Advocacy Platform of Liberia"}


def test_civil_society_as_a_quality_of_a_state_is_not_an_actor() -> None:
    # Julie Bishop, 2011; UN speech (USA), 2013; Senator Feingold, 2006
    text = (
        "Indonesia is a vibrant, multi-party democracy with a flourishing civil society. We support "
        "the rule of law and a strong civil society. It also means promoting civil society."
    )
    assert _civil(text) == {}
