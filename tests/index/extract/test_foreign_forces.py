"""Armed forces named by where they are not from ("foreign troops", "occupation forces",
"invading troops"), on UN General Debate speeches, an Australian release and a State Department
page: the forces of the occupation the text tells of, named by the place after them; none where a
quantifier or a predicate makes them any forces at all."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def armed_forces(text: str) -> dict[str, list[str]]:
    return {
        a.name: [text[s:e] for s, e in a.mentions] for a in extract(text).actors if a.type == "armed_force"
    }


def test_foreign_troops_from_a_place_are_named_by_it() -> None:
    # UN General Debate, Thailand, 1989
    text = "My delegation notes the announced withdrawal of foreign troops from Kampuchea."
    assert armed_forces(text) == {"Foreign forces in Cambodia": ["foreign troops"]}


def test_a_territory_occupied_by_foreign_forces() -> None:
    # Australian release, Hayden, 1982
    text = (
        "Australia supports the independence and territorial integrity of the Republic of Cyprus, "
        "and the fact that part of this territory is still occupied by foreign forces. That we deplore."
    )
    assert armed_forces(text) == {"Foreign forces": ["foreign forces"]}


def test_foreign_military_forces_and_invading_troops() -> None:
    # UN General Debate, Argentina, 1957; State Department, 2022
    text = (
        "The same did not occur in Hungary, which is still occupied by foreign military forces despite "
        "repeated resolutions condemning the Soviet Union's aggression."
    )
    assert armed_forces(text)["Foreign forces"] == ["foreign military forces"]
    text = (
        "Ukraine supplies a significant amount of the world’s wheat and corn, but this can’t happen when "
        "farmers have been forced to fight or have had to flee invading troops."
    )
    assert armed_forces(text) == {"Foreign forces": ["invading troops"]}


def test_any_foreign_forces_and_a_predicate_are_no_forces_the_text_tells_of() -> None:
    # UN General Debate, Syria
    text = (
        "Moreover, any foreign forces operating on our territories without our assent are occupying "
        "forces and must withdraw immediately."
    )
    assert armed_forces(text) == {}


def test_a_states_occupation_forces_stay_its_army() -> None:
    # the finder leaves a span a state's adjective begins to the state's army
    text = "The Israeli occupation forces continue to demolish Palestinian homes in the West Bank."
    assert "Foreign forces" not in armed_forces(text)
