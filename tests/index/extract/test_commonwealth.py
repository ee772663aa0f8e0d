""" "The Commonwealth" of an Australian release is the federal government, grouped with "the
Government"; in a release on the Commonwealth of Nations, and in a name ("the Commonwealth Bank"),
it is not. Real sentences of Australian press releases (ParlInfo)."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def names(text: str, source_name: str) -> dict[str, list[str]]:
    return {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text, source_name=source_name).actors}


def test_the_commonwealth_of_a_release_is_the_government() -> None:
    # Australian Democrats release, 2001 (Stott Despoja)
    text = (
        "Tasmanians want to have the benefits of a strong tertiary education system recognised by the "
        "Federal Government and the Labor Party. “Tasmania suffers a serious ‘brain drain’ because it "
        "does not get a fair go from the Commonwealth, receiving a lower number of funded places per "
        "capita than the other states.”"
    )
    found = names(text, "2001-10-10-stott-despoja-natasha-211229952.txt")
    government = next(ms for ms in found.values() if "the Federal Government" in ms)
    assert "the Commonwealth" in government


def test_commonwealth_before_what_a_government_pays_is_the_government() -> None:
    # Minister for Justice release, 1991 (Tate)
    text = (
        "The Government will not cut legal aid. The cumulative effect of the funding cut and the GST "
        "cost increases means a loss of $31.5m in Commonwealth legal aid funding. If this saving was "
        "found directly from funding for Legal Aid Commissions there would have to be agreement between "
        "the Commonwealth and the States as funding is the subject of Commonwealth/State agreements."
    )
    found = names(text, "1991-12-18-tate-michael-214100131.txt")
    government = next(ms for ms in found.values() if "The Government" in ms)
    assert government.count("Commonwealth") == 2
    assert "the Commonwealth" in government


def test_a_call_on_the_commonwealth_targets_the_government() -> None:
    # Australian Greens release, 2010 (Ludlam)
    text = (
        "The Australian Greens are calling on the Commonwealth to immediately freeze the supply of "
        "Australian radio encryption technology to the Burmese military."
    )
    demands = extract(text, source_name="2010-01-05-ludlam-scott-211332908.txt").demands
    assert any("Government of Australia" in d.targets for d in demands)


def test_the_commonwealth_of_nations_is_not_the_government() -> None:
    # Foreign Minister transcript, 2014 (Bishop): a state let back into the association
    text = (
        "The Australian Government is committed to working with Fiji. We will continue to encourage "
        "Fiji to come back into the Commonwealth and Pacific Islands Forum."
    )
    found = names(text, "2014-02-06-bishop-julie-211403802.txt")
    assert not any("the Commonwealth" in ms for ms in found.values())


def test_a_name_beginning_with_commonwealth_is_not_the_government() -> None:
    # Labor doorstop transcript (ParlInfo): "the Commonwealth Bank" is a bank
    text = (
        "We have seen that at the Commonwealth Bank people have lost millions. The Government has "
        "done nothing about it."
    )
    found = names(text, "2018-04-20-shorten-bill-211999999.txt")
    assert not any(m.startswith("the Commonwealth") for ms in found.values() for m in ms)
