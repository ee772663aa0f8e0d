"""An opposition release's "the Minister" is the government's minister it answers, not the shadow
minister who issues it."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def names_of(text: str) -> dict[str, str]:
    """Each person mention as written → the actor's name."""
    ex = extract(text)
    return {text[s:e]: a.name for a in ex.actors if a.type == "person" for s, e in a.mentions}


def test_the_minister_of_a_shadow_ministers_release_is_not_he() -> None:
    # a Coalition shadow minister's media statement (press-releases, 1992)
    text = (
        "Speaking from Port Hedland this evening, Shadow Minister for Immigration and Ethnic Affairs, "
        'Philip Ruddock said, "The refugee determination system has been out of control for some '
        "time. Testimony to this is the enormous backlog of 23,000 cases still in the system and the "
        "changes announced by the Minister today will do nothing to address that backlog.\n\n"
        "The Minister has wasted the opportunity to regain control of Australia's national borders."
    )
    found = names_of(text)
    assert found["Philip Ruddock"] == "Philip Ruddock"
    assert found["the Minister"] != "Philip Ruddock"
    assert found["The Minister"] != "Philip Ruddock"


def test_the_minister_of_a_ministers_release_is_still_he() -> None:
    # the same shape of a minister's own release (press-releases): his office names him
    text = (
        "Speaking in Canberra today, the Minister for Immigration and Ethnic Affairs, Philip Ruddock "
        "said the changes would clear the backlog of 23,000 cases.\n\n"
        "The Minister said the Government would act on the review within the month."
    )
    assert names_of(text)["The Minister"] == "Philip Ruddock"


def test_a_shadow_letterhead_office_cut_to_its_last_word_stays_his() -> None:
    # a Labor shadow minister's letterhead (press-releases, 1999): the office line is found as
    # "MINISTER", after its "SHADOW"
    text = (
        "LAURIE BRERETON MP\n\nSHADOW MINISTER FOR FOREIGN AFFAIRS\n\n8 December 1999\n\nCHECHNYA\n\n"
        "The Shadow Minister for Foreign Affairs, Laurie Brereton, today condemned the Russian "
        "bombardment of Grozny."
    )
    found = names_of(text)
    assert {name for written, name in found.items() if "MINISTER" in written} == {"Laurie Brereton"}
