""" "X is/are under an obligation to V" lays a duty on X as "X is obliged to V" does, and "we are under
an obligation to…" exhorts the speaker; its denial ("under no obligation"), a past question ("whether
they were under an obligation to…") and a relative clause ("which is under an obligation to…") ask
no one. Real sentences from UN General Debate speeches."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract


def _calls(text: str) -> list[tuple[tuple[str, ...], str]]:
    return [(d.targets, d.action) for d in extract(text, title="Statement").demands]


@pytest.mark.parametrize(
    ("text", "target", "action"),
    [
        # Canada, UN General Assembly 1968
        (
            "Violations of human rights are not restricted to southern Africa. All Member States are under "
            "an obligation to look to their own records of achievement in protecting human rights.",
            "All Member States",
            "look to their own records",
        ),
        # Somalia, UN General Assembly 1989: an adjective before the noun
        (
            "Pending the attainment of that goal, the international community is under a moral obligation "
            "to continue to provide the refugees with the humanitarian assistance and support they need.",
            "International community",
            "continue to provide the refugees",
        ),
    ],
)
def test_an_obligation_asks_its_subject(text: str, target: str, action: str) -> None:
    [(targets, found)] = _calls(text)
    assert targets == (target,)
    assert found.startswith(action)


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # Chile, UN General Assembly 1967
        (
            "We are under an obligation to change the structure of international trade and economy, because "
            "it is that structure that is today working most actively against peace.",
            "change the structure of international trade",
        ),
        # Turkey, UN General Assembly 1984
        (
            "We are all under an obligation to help the Lebanese people achieve that goal.",
            "help the Lebanese",
        ),
    ],
)
def test_our_obligation_exhorts_the_speaker(text: str, action: str) -> None:
    [(targets, found)] = _calls(text)
    assert targets == ()
    assert found.startswith(action)


@pytest.mark.parametrize(
    "text",
    [
        # Kenya, UN General Assembly 1965: a denial
        "While it is excluded from this Organization on the grounds that it has not and will not obey the "
        "Charter of the United Nations, it should be borne in mind that, denied participation in the United "
        "Nations, it is under no obligation to follow meticulously the provisions of the Charter.",
        # United States, UN General Assembly 1949: a question once put to a court
        "Since, however, the three Governments sought to support their position on legal grounds, the United "
        "States favoured submission to the International Court of Justice of the question whether they were "
        "under an obligation to carry out the treaty procedures.",
    ],
)
def test_no_obligation_asks_no_one(text: str) -> None:
    assert not [a for _, a in _calls(text) if "follow" in a or "carry out" in a]


def test_which_is_under_an_obligation_describes() -> None:
    # Cuba, UN General Assembly 1959: the relative clause describes; the main clause asks
    text = (
        "The United Nations, which is under an obligation to watch over that future, must give these "
        "countries the economic help and technical assistance which they require."
    )
    [(targets, found)] = _calls(text)
    assert targets == ("United Nations",)
    assert found.startswith("give these countries")
