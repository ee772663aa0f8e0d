"""The trigger words decide which sentences each demand pattern is tried on: a sentence whose
demand rests on one word alone must still be found."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def test_encouraging_further_progress_is_a_call_in_a_sentence_with_no_other_call_word() -> None:
    # a communiqué's wish; "encourage" is the only word of a call in it
    (d,) = extract("We encourage further progress in the talks between the two sides.").demands
    assert d.action.startswith("further progress")


def test_a_desire_for_someone_to_act_calls_on_them() -> None:
    # "desire" alone sends no sentence to the call-on pattern; "desire for" does
    (d,) = extract("We share the desire for the Government of Sudan to end the fighting.").demands
    assert (d.kind, d.targets, d.action) == ("call_on", ("Government of Sudan",), "end the fighting")
