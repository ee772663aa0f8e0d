"""A minister's letterhead in capitals lists the offices the member holds one after another; each
is that member's, not a person "Minister" of its own."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def people_of(text: str) -> dict[tuple[int, int], str]:
    """Each person mention's span → the actor's name."""
    ex = extract(text)
    return {(s, e): a.name for a in ex.actors if a.type == "person" for s, e in a.mentions}


def test_every_office_of_a_capitalised_letterhead_is_the_members() -> None:
    # the letterhead of a joint ministers' media release (press-releases, 2012)
    text = (
        "CHRIS BOWEN MP\n\nMINISTER FOR IMMIGRATION AND CITIZENSHIP\n\n"
        "JASON CLARE MP  MINISTER FOR HOME AFFAIRS  MINISTER FOR JUSTICE  MINISTER FOR DEFENCE MATERIEL\n\n"
        "MEDIA RELEASE\n\n12 May 2012\n\n"
        "The Minister for Immigration and Citizenship, Chris Bowen MP, and Minister for Home  Affairs, "
        "Jason Clare MP, said another asylum seeker boat was intercepted today."
    )
    found = people_of(text)
    line = text.index("JASON CLARE MP")
    offices = [s for s, e in found if line < s < text.index("\n", line)]
    assert len(offices) >= 3  # the member and the offices after his name
    assert all(found[span] == "Jason Clare" for span in found if line <= span[0] < text.index("\n", line))
    assert "Minister" not in found.values()


def test_a_headline_after_the_letterhead_names_no_staff_of_the_member() -> None:
    # the same letterhead over a later release (press-releases, 2012): "ABBOTT" in the headline
    # under the last office is the one the ministers press, not the voice's staff
    text = (
        "CHRIS BOWEN MP\n\nMINISTER FOR IMMIGRATION AND CITIZENSHIP\n\n"
        "JASON CLARE MP  MINISTER FOR HOME AFFAIRS  MINISTER FOR JUSTICE  MINISTER FOR DEFENCE MATERIEL"
        "\n\n\n\nMEDIA RELEASE\n\n21 June 2012\n\n\n\n"
        "MORE ABBOTT BOATS AS DESTRUCTIVE NEGATIVITY  CONTINUES\n\n"
        "Mr Clare said it was time the Opposition stopped voting no to offshore processing.\n\n"
        "“If Mr Abbott is serious about stopping the boats he must stop saying no and pass our  "
        "legislation to allow asylum seekers to be processed offshore in Malaysia and Nauru.”"
    )
    ex = extract(text, source_name="2012-06-21-clare-jason-211375373.txt")
    pressed = [d for d in ex.demands if "If Mr Abbott" in d.sentence]
    assert pressed and pressed[0].targets == ("Abbott",)
