"""Armed groups named by what they are ("Islamic extremists", "jihadist groups", "Iranian-backed
forces", "those terrorists") are armed groups; the categories a policy speaks of are not."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def armed(text: str) -> dict[str, list[str]]:
    return {
        a.name: [text[s:e] for s, e in a.mentions] for a in extract(text).actors if a.type == "armed_group"
    }


def test_fighters_named_by_their_cause_or_origin() -> None:
    # U.S. Senate, 2006; UN speech (Syria), 2016
    text = (
        "We are a nation at war and we are at war with Islamic extremists. According to the study, "
        "more than 360,000 foreign terrorists from 83 countries have entered Syria. Turkey has even "
        "supplied those terrorists with direct military support."
    )
    found = armed(text)
    assert found["Islamic extremists"] == ["Islamic extremists"]
    assert found["Foreign terrorists"] == ["foreign terrorists"]
    assert found["Terrorists"] == ["those terrorists"]


def test_plural_bodies_of_a_conflict_and_proxies() -> None:
    # UN speech (Russia), 2013; U.S. Senate, 2007; State Department, 2022
    text = (
        "It is common knowledge that jihadist groups that include numerous radical elements are "
        "fighting there. We appreciate the threat posed by militant groups in northeastern India. "
        "Russian-backed separatists shelled the town."
    )
    found = armed(text)
    assert found["Jihadist groups"] == ["jihadist groups"]
    assert found["Militant groups"] == ["militant groups"]
    assert found["Russian-backed separatists"] == ["Russian-backed separatists"]


def test_categories_a_policy_speaks_of_are_no_actor() -> None:
    # UN speeches, 2013 and 2016
    text = (
        "We had to prevent terrorist groups from taking over an entire country. She was convicted of "
        "membership of a terrorist organization. Our courts are trying terrorists in courts of law."
    )
    assert armed(text) == {}


def test_rebel_forces_separatist_fighters_and_armed_men() -> None:
    # HRW, 2024 (Cameroon; Burkina Faso); U.S. Senate, 2007
    text = (
        "Soldiers attacked the community, which was suspected of harboring separatist fighters. "
        "Rebel forces seized the town. Armed men stormed the church."
    )
    found = armed(text)
    assert found["Separatists"] == ["separatist fighters"]
    assert found["Rebels"] == ["Rebel forces"]
    assert found["Armed men"] == ["Armed men"]


def test_a_states_armed_forces_are_no_armed_group() -> None:
    # State Department, 2022
    text = "The armed forces of Mali and paramilitary forces opened fire."
    assert armed(text) == {}


def test_rebel_forces_and_the_rebels_are_one_side() -> None:
    # U.S. Senate, 2006
    text = "Rebel forces seized the town. The rebels then looted the market."
    assert armed(text) == {"Rebels": ["Rebel forces", "The rebels"]}


def test_and_backs_no_militia() -> None:
    # HRW, 2024 (Sudan): "the RSF and affiliated militias" had made "And affiliated militias"
    text = (
        "In El Geneina, the RSF and affiliated militias attacked the Massalit. Iranian-backed militias fired."
    )
    names = {a.name for a in extract(text).actors}
    assert "And affiliated militias" not in names
    assert "Iranian-backed militias" in names
