"""A grouping of states named as a group "plus" others ("the P5+1", "the C5+1", "the GCC + 3") is
one intergovernmental grouping, not the body before the plus, and a statement titled as its own
speaks in its voice."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def _found(text: str) -> dict[str, tuple[str, list[str]]]:
    return {a.name: (a.type, [text[s:e] for s, e in a.mentions]) for a in extract(text).actors}


def test_a_group_plus_others_is_one_grouping_of_states() -> None:
    # UN General Debate speeches (2015, 2013)
    text = (
        "From that perspective, my country welcomed the agreement reached between the P5+1 and the "
        "friendly Islamic Republic of Iran on the Iranian nuclear programme. The agreement between Iran "
        "and the P5+1 is a positive and important step. Ministers of the GCC + 3 met in New York."
    )
    found = _found(text)
    assert found["P5+1"] == ("igo", ["P5+1", "P5+1"])
    assert found["GCC+3"] == ("igo", ["GCC + 3"])
    assert "Gulf Cooperation Council" not in found


def test_a_time_zones_offset_or_a_reviews_acronym_is_no_group() -> None:
    # State Department travel notice (2011); UN General Debate speech (Saint Vincent, 2010)
    text = (
        "On Monday, February 21 at 16:30 (GMT +2), Secretary Kerry will deliver an address. We "
        "reviewed the MDGs and the Mauritius Strategy +5 Review (MSI+5) this week."
    )
    assert not any("+" in name for name in _found(text))


def test_a_joint_statement_of_the_group_makes_its_calls() -> None:
    # State Department, Joint Statement of the C5+1 on the International Conference "Central and
    # South Asia: Regional Connectivity. Challenges and Opportunities" (2021)
    text = (
        "Joint Statement of the C5+1 on the International Conference\n\n"
        "The C5+1 countries affirm their commitment to enhancing engagement through our regional "
        "diplomatic platform. The C5+1 recognizes that increased connectivity supports its shared goal "
        "of a prosperous and secure Central Asia. Terrorists and third party forces must never be "
        "allowed to use Afghan territory to threaten or attack the C5+1 countries or any other country."
    )
    result = extract(text, source_name="us-state-dept/2021-07-16-joint-statement-of-the-c51.html")
    assert {a.name: a.type for a in result.actors}["C5+1"] == "igo"
    assert [d.by for d in result.demands] == ["C5+1"]
