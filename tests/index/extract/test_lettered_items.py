"""Lettered items: a line opening "(a) The …", "(ii) The …" after a full stop or a colon begins a
sentence, as a bulleted item's line does (list_items). Presidential memoranda and executive orders
on the White House pages set out their directives as such items, one paragraph each; read as one
sentence, "(b) The NSC staff will …" ran on into "(c) The Office … shall …" and each directive lost
its own sentence, its addressee or both."""

from __future__ import annotations

from advocacy_archive.index.extract import extract
from advocacy_archive.index.extract.tokens import sentences

# National Security Memorandum on the President's Intelligence Priorities (White House, 2022)
NSM = (
    "Due to the evolving nature of the challenges we face as a Nation, I direct the following process "
    "to govern the development and execution of the PIP and ensure that it remains current and "
    "instructive:\n"
    "(a) The National Security Council (NSC) Deputies Committee, as described in NSM-2 or a successor "
    "directive, shall convene not less than every 2 years to update the PIP and recommend its approval "
    "by the President. Should there be a lack of consensus among the Deputies, the NSC Principals "
    "Committee shall review the PIP and recommend its approval by the President. Any lack of consensus "
    "among the NSC Principals Committee shall be presented to the President for decision.\n"
    "(b) The NSC staff will facilitate this review through a Restricted Interagency Policy Committee "
    "process, as necessary.\n"
    "(c) The Office of the Director of National Intelligence (ODNI), in close consultation with NSC "
    "staff, shall further establish and manage a robust National Intelligence Priorities Framework "
    "(NIPF) process which responds to the PIP."
)


def _split(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences(text)]


def test_a_lettered_item_after_a_full_stop_or_a_colon_begins_a_sentence() -> None:
    split = _split(NSM)
    assert split[0].endswith("current and instructive:")
    assert split[1].startswith("The National Security Council (NSC) Deputies Committee")
    passive = "Any lack of consensus among the NSC Principals Committee shall be presented to the President"
    assert passive + " for decision." in split
    assert split[-2] == (
        "The NSC staff will facilitate this review through a Restricted Interagency Policy Committee "
        "process, as necessary."
    )
    assert split[-1].startswith("The Office of the Director of National Intelligence (ODNI)")


def test_a_lettered_item_after_a_semicolon_runs_on() -> None:
    # General Debate, Guinea 1971: items of one enumeration, each closed by a semicolon
    text = (
        "Therefore, in my Government's view, the Assembly at its twenty-sixth session should aim at the "
        "following:\n(a)\tStrengthening the role of the United Nations with regard to the solution of "
        "international problems;\n(b)\tAchieving universality for the Organization."
    )
    assert _split(text)[1:] == [
        "Strengthening the role of the United Nations with regard to the solution of international "
        "problems;\n(b)\tAchieving universality for the Organization."
    ]


def test_each_lettered_directive_is_a_demand_of_its_own() -> None:
    doc = extract(NSM, issuer_hint="The White House")
    spans = [NSM[d.start : d.end] for d in doc.demands]
    # the Deputies Committee's directive, once swallowed by the lead-in's sentence, is found
    convene = [d.targets for d in doc.demands if "shall convene" in NSM[d.start : d.end]]
    assert len(convene) == 1 and "Deputies Committee" in convene[0]
    # the passive directive ends at its own full stop, not in the NSC staff's and the ODNI's items
    (passive,) = [x for x in spans if x.startswith("Any lack of consensus")]
    assert passive.rstrip(".").endswith("presented to the President for decision")
