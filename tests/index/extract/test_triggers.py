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


def test_every_trigger_family_has_a_bit_of_its_own() -> None:
    # Two families sharing a bit send each other's sentences to the wrong finder, silently: the
    # twenty-second session merged two branches that both took 1 << 22 ("There can be no impunity"
    # and "it is in the interest of X to").
    from advocacy_archive.index.extract import calls, no_impunity, triggers

    bits = [getattr(triggers, name) for name in dir(triggers) if name.isupper()]
    bits = [b for b in bits if isinstance(b, int) and b > 0 and b & (b - 1) == 0 and b != triggers.ANY]
    bits += [bit for bit, _ in calls.FAMILIES] + [no_impunity.BIT]
    assert len(bits) == len(set(bits)), sorted(b for b in bits if bits.count(b) > 1)
