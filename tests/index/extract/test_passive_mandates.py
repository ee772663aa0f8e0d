"""A need stressed of a passive clause ("it is critical it be maintained", "that UNIFIL be given …")
names no one it asks: the subject is what is done to, so the call has no target, as the guidelines
leave "the UN must be given access"; a state the subject takes on ("be actively involved") still
asks it."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def asked(text: str, source: str) -> list[list[str]]:
    """Each demand's target spans, as text."""
    return [[text[s:e] for s, e in d.target_spans] for d in extract(text, source_name=source).demands]


def test_a_passive_clause_after_it_is_critical_has_no_target() -> None:
    # press-releases, Andrew Thomson (1997)
    text = (
        "Australia is also contributing $130 000 to the\nDepartment of Humanitarian Affairs information "
        "network. The Integrated\nRegional Information Network provides vital information on humanitarian\n"
        "crises to government officers based in Canberra, Nairobi and Geneva and it\nis critical it be "
        "maintained.\n"
    )
    assert asked(text, "1997-06-11-thomson-andrew-211454588.txt") == [[]]


def test_a_body_to_be_given_the_means_is_not_the_one_asked() -> None:
    # a General Debate speech (Norway, 1985)
    text = (
        "It is of particular importance that UNIFIL be given a realistic opportunity to perform the "
        "tasks it has been assigned."
    )
    assert asked(text, "NOR_40_1985.txt") == [[]]


def test_parties_to_be_involved_are_still_asked() -> None:
    # a General Debate speech (Nepal, 1978)
    text = (
        "It is, however, essential that all parties to the conflict, including the Palestine Liberation "
        "Organization as the sole legitimate representative of the Palestinian people, should be actively "
        "involved in all efforts towards a peaceful, enduring and comprehensive solution."
    )
    targets = asked(text, "NPL_33_1978.txt")
    assert targets and "all parties to the conflict" in targets[0]
