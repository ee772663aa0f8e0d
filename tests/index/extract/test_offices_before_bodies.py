"""An office, then "and", then a body: "the election of a new President, Prime Minister and
Parliament" names a person's office and a legislature, not one body called "Prime Minister and
Parliament"."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def test_an_office_and_a_body_are_two_actors_not_one_body() -> None:
    # General Debate, Kenya 2012, on Somalia
    text = (
        "We are encouraged by recent developments in Somalia, in particular the election of a new "
        "President,\nPrime Minister and Parliament and the adoption of a\nnew Constitution."
    )
    found = {a.name: (a.type, [text[s:e] for s, e in a.mentions]) for a in extract(text).actors}
    assert "Prime Minister and Parliament" not in found
    assert found["Prime Minister"] == ("person", ["Prime Minister"])
    assert [t for t, _ in found.values()].count("legislature") == 1


def test_a_department_named_for_an_office_keeps_its_whole_name() -> None:
    # Australian releases: the department is one body, its name beginning with "Department"
    text = "A spokesman for the Department of the Prime Minister and Cabinet said the review had begun."
    names = [a.name for a in extract(text).actors]
    assert any("Prime Minister and Cabinet" in n for n in names), names
