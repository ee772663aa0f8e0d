"""One person named in full by a familiar and a formal given name: on sentences from the corpus."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def people(text: str, source: str | None = None) -> dict[str, list[str]]:
    found = extract(text, source_name=source).actors
    return {a.name: [text[s:e] for s, e in a.mentions] for a in found if a.type == "person"}


def test_a_senator_named_bernie_in_the_release_and_bernard_under_the_letter_is_one() -> None:
    # U.S. Senate release, December 2007: "Bernie Sanders" and "Senator Sanders" were two people
    text = (
        "Senators Menendez, John Kerry (D-MA), Bernie Sanders (I-VT), Christopher Dodd (D-CT) and "
        'Jeff Bingaman (D-NM) are urging the president to secure an agreement.   "All over the world, '
        'people grapple with the crisis of global warming," said Senator Sanders.   Sincerely,   '
        "JOHN KERRY United States Senator   BERNARD SANDERS United States Senator"
    )
    found = people(text, "04Dec2007Biden6.txt")
    assert "Bernard Sanders" not in found  # the release's own form, the first it gives in full
    assert found["Bernie Sanders"][:2] == ["Bernie Sanders", "Senator Sanders"]
    assert any("BERNARD SANDERS" in m for m in found["Bernie Sanders"])


def test_a_nominee_named_in_full_and_then_bill_is_one_his_children_others() -> None:
    # White House nominations page, June 2021: "Bill Holloway" and "Bill" were a person apart
    text = (
        "William Eugene Holloway, Nominee for Member of the Board of Directors of the National "
        "Institute of Building Sciences\nBill Holloway is Vice President, Principal, and Director of "
        "Delaware Operations. Bill and his wife of 37 years, Cathy, reside in Chadds Ford, Pennsylvania "
        "and together they have two adult children, Megan Holloway and Ben Holloway, both of "
        "Wilmington, Delaware."
    )
    found = people(text, "2021-06-09-president-biden-announces-five-key-nominations.html")
    assert found["William Eugene Holloway"] == ["William Eugene Holloway", "Bill Holloway", "Bill"]
    assert found["Ben Holloway"] == ["Ben Holloway"]  # Ben is no form of William


def test_a_philanthropist_named_susan_and_sue_is_one() -> None:
    # Australian minister's speech, November 2017: "Sue Alberti" stood apart from "Susan Alberti"
    text = (
        "to our philanthropic leads, such as Susan Alberti and Brenda Shanahan, who have given so much "
        "over so long. It leaves people susceptible to the long-term complications of diabetes, as of "
        "course Sue Alberti is particularly conscious of because of her personal experience."
    )
    found = people(text, "2017-11-14-hunt-greg-251560282.txt")
    assert found["Susan Alberti"] == ["Susan Alberti", "Sue Alberti"]


def test_a_senator_bylined_bob_and_stated_as_robert_is_named_as_the_byline_writes_him() -> None:
    # U.S. Senate release, July 2007: the byline's "Bob Casey" and the attached statement's "Robert
    # P. Casey, Jr." are one senator; each written once, the byline's form, the first, names him
    text = (
        "WASHINGTON, DC - U.S. Senator Bob Casey (D-PA) today spoke on the Senate floor in support of "
        "mandatory reductions in global warming pollution. We must take action now to slow, stop and "
        "reverse our greenhouse gas emissions or the problem will become more severe and the solution "
        "more drastic, said Senator Casey. Senator Caseys entire statement for the record is attached. "
        "### Statement of U.S. Senator Robert P. Casey, Jr. Global Warming and Climate Change "
        "Legislation Thursday, July 19, 2007 Mr. President, I rise today to talk about one of the most "
        "important issues facing our world."
    )
    found = extract(text, source_name="19Jul2007Casey15.txt")
    names = [a.name for a in found.actors if a.type == "person"]
    assert "Bob Casey" in names and "Robert P. Casey" not in names
    assert {d.by for d in found.demands} == {"Bob Casey"}


def test_a_senator_called_steve_four_times_and_stephen_once_is_steve() -> None:
    # Australian TV transcript, June 2011: "Stephen Fielding saw that" came last, and named him
    text = (
        "LYNDAL CURTIS: Welcome to Capital Hill. Well, the Opposition's proposal for a  plebiscite died "
        "in the Senate this morning as Family First Senator Steve Fielding sided with  the government "
        "to knock off an Opposition attempt to bring debate about the plebiscite on.\n\n"
        "LYNDAL CURTIS: Russell Broadbent, was there any surprise this morning that Steve  Fielding "
        "decided to side with the government to knock off your idea for a plebiscite?\n\n"
        "RICHARD MARLES: Well, I think Steve Fielding saw through what was an obvious stunt. It would "
        "have been an enormously costly exercise without any measurable  result for the Australian "
        "people, and Stephen Fielding saw that."
    )
    found = people(text, "2011-06-22-lyndal-curtis-211356214.txt")
    assert "Stephen Fielding" not in found
    assert found["Steve Fielding"][-1] == "Stephen Fielding"
