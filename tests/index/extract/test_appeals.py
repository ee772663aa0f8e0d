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
            "the Governments and the leaders of the parties concerned",
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
