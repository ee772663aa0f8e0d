"""Appeals in the shapes of UN General Assembly speeches: an adverb or a setting between "appeal"
and "to", the progressive, an appeal for a thing or a clause, and the noun made from the rostrum;
real sentences from the general debates, and appeals named or lodged, which ask no one."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract


@pytest.mark.parametrize(
    ("text", "asked", "action"),
    [
        # Bolivia 1987
        (
            "Bolivia, in its traditional spirit of peace, appeals earnestly to the Governments and the "
            "leaders of the parties concerned to take constructive decisions and make meaningful efforts "
            "to reach solutions to these conflicts.",
            "the leaders of the parties concerned",  # one of two asked, after "the Governments"
            "take constructive decisions",
        ),
        # Nepal 1963
        (
            "I should like to appeal here to the Government of South Viet-Nam to show goodwill and "
            "tolerance towards its own people.",
            "the Government of South Viet-Nam",
            "show goodwill",
        ),
        # Saint Vincent and the Grenadines 2024
        (
            "I am appealing to the international community, our dear friends, to assist us not with "
            "further burdensome loans, but with requisite grants.",
            "international community",
            "assist us",
        ),
        # Guinea 1984
        (
            "The Republic of Guinea makes an urgent appeal from this rostrum to the international "
            "community to give its complete support to the OAU in its delicate search for a peaceful "
            "and lasting solution.",
            "international community",
            "give its complete support",
        ),
        # Zaire 1994: an appeal for a thing
        (
            "From this rostrum, Zaire issues a fervent appeal to the international community for support "
            "equal to the difficulties experienced by our population.",
            "international community",
            "support equal to the difficulties",
        ),
        # Equatorial Guinea 2000: an appeal for a clause
        (
            "On foreign debt, we fervently appeal to donors that they cancel the foreign debt of the "
            "developing countries.",
            "donors",
            "they cancel the foreign debt",
        ),
    ],
)
def test_appeal_made_here_asks_whom_it_is_addressed_to(text: str, asked: str, action: str) -> None:
    assert_one_call(text, asked, action)


def assert_one_call(text: str, asked: str, action: str) -> None:
    """The text holds one demand: this act, asked of this actor."""
    demands = extract(text).demands
    assert len(demands) == 1
    assert demands[0].action.startswith(action)
    assert asked in " ".join(text[a:b] for a, b in demands[0].target_spans)


@pytest.mark.parametrize(
    "text",
    [
        "The Government appealed to the Supreme Court for a review of the verdict.",
        "That proposal is appealing to many countries for its simplicity.",
        "In response to the appeal of the Secretary-General, we contributed $10 million to the fund.",
    ],
)
def test_appeal_lodged_named_or_an_adjective_asks_no_one(text: str) -> None:
    assert extract(text).demands == ()


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # Togo 1975: the second one asked after "and to"
        (
            "So that those principles may triumph, we urgently appeal to the Security Council and to the "
            "great Powers to assume their responsibilities fully and to take up the challenge of the racist "
            "Government of South Africa.",
            "Security Council",
            "great Powers",
        ),
        # Timor-Leste 2008
        (
            "As a friend of the United States, I humbly appeal to its next Administration and to Congress to "
            "lift the embargo against Cuba.",
            "its next Administration",
            "Congress",
        ),
        # Cambodia 1971: all those asked generic
        (
            "That is why, in accordance with the principles enunciated in the Hague Convention of 1954, the "
            "Khmer Government has again addressed a solemn appeal to all Member States and to all men of "
            "goodwill to help it to convert the Park of Angkor into a demilitarized, neutralized zone placed "
            "under international control.",
            "Member States",
            "all men of goodwill",
        ),
        # Algeria 1962: the second set apart by commas
        (
            "Algeria, from this rostrum, appeals to all friendly countries, and to the international "
            "specialized bodies, to give it all the aid and assistance possible.",
            "all friendly countries",
            "international specialized bodies",
        ),
        # Belgium 1984: "and in particular to"
        (
            "Belgium appeals urgently to the United Nations and in particular to its specialized agencies to "
            "spare no effort and to use all the means at their disposal to fight the scourge of recession "
            "and its consequences.",
            "United Nations",
            "specialized agencies",
        ),
        # Guinea 1992: "and especially to"
        (
            "My Government appeals to the world Organization, and especially to the Security Council, to "
            "give unreserved support to the implementation of that plan.",
            "world Organization",
            "Security Council",
        ),
        # Paraguay 1989: "call upon … and on …"
        (
            "We call upon the international financial community and on the Governments of industrial nations "
            "to press on in a joint effort designed to strengthen the structures of production and finance "
            "in the developing economies.",
            "international financial community",
            "Governments of industrial nations",
        ),
    ],
)
def test_each_one_appealed_to_after_a_repeated_to_is_asked(text: str, first: str, second: str) -> None:
    demands = extract(text).demands
    assert len(demands) == 1
    asked = [text[a:b] for a, b in demands[0].target_spans]
    assert any(first in t for t in asked) and any(second in t for t in asked), asked


def test_one_asked_in_particular_is_followed_by_what_is_asked() -> None:
    # Mauritania 1981 (OCR kept): "in particular" qualifies the one asked, no list follows
    text = (
        "We call on them in particular to respond more responsibly and with greater good will to tho "
        "untiring efforts and good offices of both the Organization of the Islamic Conference and the "
        "non-aligned countries."
    )
    demands = extract(text).demands
    assert len(demands) == 1
    assert demands[0].action.startswith("respond more responsibly")


def test_a_to_phrase_after_no_preposition_of_a_call_is_no_second_one_asked() -> None:
    # Morocco 1968: "to Africa" is what the leaders bear responsibilities to
    text = (
        "In the exceptional circumstances Nigeria is experiencing, we fervently hope that the secessionist "
        "leaders, fully aware of the responsibilities they bear to the Nigerian people and to Africa, will "
        "heed the Organization of African Unity’s appeal to them to put an end to the hostilities."
    )
    for demand in extract(text).demands:
        assert "Africa" not in [text[a:b] for a, b in demand.target_spans]
