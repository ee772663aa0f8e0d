"""Who makes the calls of a party's release: its member quoted or named in the letterhead speaks
for the party; a place named before another subject does not make the call."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract

# An Australian Greens release of 2006 (press-releases corpus), shortened.
GREENS = (
    "Senator Kerry Nettle  Senator for New South Wales\n\nTreat West Papuans like East Timorese\n\n"
    "Australian Greens Senator Kerry Nettle today called on the Federal Government to treat the newly "
    "arrived West Papuan asylum seekers in the same way as the East Timorese.\n\n"
    '"Australia should treat the West Papuan asylum seekers like we treated the East Timorese in the '
    '1990s," said Senator Nettle.\n'
)


def test_party_member_named_with_the_party_speaks_for_it() -> None:
    ex = extract(GREENS, issuer_hint="Australian Greens", source_name="australian-greens")
    assert ex.issuer == "Australian Greens"
    assert len(ex.demands) == 2
    assert {d.by for d in ex.demands} == {"Australian Greens"}


def test_a_place_before_a_comma_is_not_the_subject_of_demands() -> None:
    text = (
        "Laurie Ferguson MP  Shadow Minister for Immigration\n\n"
        "“Whilst it would be hard to argue that they would face persecution in contemporary East Timor, "
        "humanity demands that due to the handling of this case, they be allowed to stay,” Laurie "
        "Ferguson concluded.\n"
    )
    (d,) = extract(text).demands
    assert d.by == "Laurie Ferguson"


def test_release_filed_under_a_party_it_never_names_speaks_for_the_party() -> None:
    # A Liberal Party release of 2010 (press-releases corpus), shortened: the letterhead names the
    # senator, the catalogue the party.
    text = (
        "HOMELESS PLEDGE AMOUNTS TO $33 PER HOMELESS PERSON PER YEAR\n\nSenator Gary Humphries\n"
        "Shadow Parliamentary Secretary for Families, Housing and Human Services\n\n"
        "Today's announcement by Kevin Rudd in relation to homelessness is yet another political "
        "announcement.\n\n"
        '"We need real and practical solutions to combat homelessness and only a Coalition Government '
        'can achieve this," Senator Humphries concluded.\n'
    )
    ex = extract(text, issuer_hint="Liberal Party of Australia", source_name="liberal-party-of-australia")
    assert ex.issuer == "Liberal Party of Australia"
    (d,) = ex.demands
    assert d.by == "Liberal Party of Australia"


@pytest.mark.parametrize(
    ("said", "surname"),
    [
        # Human Rights Watch, 3 January 2024: a title with "and" in it
        (
            "said Michelle Randhawa, senior refugee and migrant rights officer at Human Rights Watch",
            "Randhawa",
        ),
        # Human Rights Watch, 11 January 2024: its own page gives the title alone
        ("said Michael Page, Middle East deputy director", "Page"),
    ],
)
def test_organisations_staff_quoted_speak_for_it(said: str, surname: str) -> None:
    text = (
        "Israel: Gaza Workers Held Incommunicado for Weeks\n\n"
        "(Jerusalem) – Israeli authorities detained thousands of workers from Gaza, Human Rights Watch "
        "said today.\n\n"
        f"“Israeli authorities detained thousands of workers for weeks without charge,” {said}.\n\n"
        f"“Israeli authorities should disclose how many workers from Gaza were detained,” {surname} said.\n"
    )
    (d,) = extract(text, issuer_hint="Human Rights Watch", source_name="hrw").demands
    assert d.by == "Human Rights Watch"


def test_joint_call_of_two_ministers_with_titles_is_the_issuers() -> None:
    # Chris Bowen's release of 21 May 2012 (press-releases corpus)
    text = (
        "The Minister for Immigration and Citizenship, Chris Bowen MP, and Minister for Home Affairs, "
        "Jason Clare MP, today called on Tony Abbott to stop standing in the way of real action on "
        "people smuggling.\n"
    )
    (d,) = extract(text, issuer_hint="Chris Bowen", source_name="bowen-chris").demands
    assert d.by == "Chris Bowen"
    assert d.targets == ("Tony Abbott",)


# A joint media release of 2 April 2020 (press-releases corpus), shortened: each signatory's words
# under a label line, and no one issuer.
JOINT = """Media Release  | For immediate release: Thursday 2 April 2020

A coalition of human rights lawyers have today called on the Morrison Government to act urgently.

David Burke, Legal Director at the Human Rights Law Centre:

“Everyone deserves to be safe in this public health crisis. The Morrison Government must allow people to
return to their families or support them in other safe housing.”

Senator Bartlett also read to the Senate a transcript of what the asylum seekers told him:

“Welcome as representatives of Australia. You must see with your own eyes.”
"""


def test_quotation_under_a_speakers_label_line_is_his_organisations() -> None:
    ex = extract(JOINT)
    (d,) = [d for d in ex.demands if d.action.startswith("allow people to return")]
    assert d.by == "Human Rights Law Centre"


def test_a_sentence_ending_in_a_colon_is_no_label() -> None:
    ex = extract(JOINT)
    (d,) = [d for d in ex.demands if "own eyes" in d.action]
    assert d.by != "Senate of Australia"
