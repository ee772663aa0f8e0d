"""A sentence that presses one call in two clauses is one demand; a clause that asks someone
new is a demand of its own (real sentences from HRW, a UN speech, a Senate release)."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def _in(text: str, sentence_start: str) -> list[tuple[int, int, tuple[str, ...]]]:
    found = extract(text, title="Statement").demands
    return [(d.start, d.end, d.targets) for d in found if d.sentence.startswith(sentence_start)]


def test_two_clauses_of_one_call_are_one_demand_spanning_both() -> None:
    sentence = (
        "No one should be held at Koro Toro without charges, and anyone currently so held should "
        "be released immediately."
    )
    text = f"Chad: End Abuses at Koro Toro Prison\n\n{sentence} Human Rights Watch said."
    [(start, end, _)] = _in(text, "No one should")
    assert text[start:end].startswith("No one should be held")
    assert text[end - 30 : end + 1].strip().endswith("released immediately.")


def test_a_relative_clause_that_repeats_the_call_adds_no_demand() -> None:
    text = (
        "Those responsible for using such weapons must be called to account before the International "
        "Criminal Court, which must at last be able to begin its independent investigations."
    )
    assert len(_in(text, "Those responsible")) == 1


def test_a_second_addressee_in_the_same_sentence_is_a_second_demand() -> None:
    text = (
        "Senator Brownback today called on the Government of Sudan to disarm the Janjaweed militias, "
        "and urged the United Nations Security Council to impose targeted sanctions."
    )
    found = _in(text, "Senator Brownback")
    assert len(found) == 2
    assert [targets for _, _, targets in found] == [("Government of Sudan",), ("UN Security Council",)]


def test_the_word_joining_the_next_call_ends_no_action() -> None:
    # an Australian interview and a UN speech: two calls in one sentence, joined by "but"/"because"
    text = (
        "If Labor hopes to appeal it can't be stuck in the past - it's got to modernise but it has got "
        "to do it without ignoring its traditional values and its traditional base.\n\n"
        "The General Assembly must find a formula for apportioning peace-keeping costs because "
        "Member States must be able to plan their contributions."
    )
    actions = [d.action for d in extract(text, title="Statement").demands]
    assert "modernise" in actions
    assert "find a formula for apportioning peace-keeping costs" in actions


def test_a_passive_call_in_a_relative_clause_shows_the_noun_it_asks_of() -> None:
    # UN General Debate, 2013 (France) and 1987: "which must be adopted soon" alone asks nothing
    text = (
        "But we cannot limit ourselves to this draft resolution, which must be adopted soon.\n\n"
        "Cooperation and trade: these are the two foci of a single policy, which must be followed."
    )
    actions = [d.action for d in extract(text, title="Statement").demands]
    assert "this draft resolution, which must be adopted soon" in actions
    assert "a single policy, which must be followed" in actions


def test_a_clause_that_asks_no_one_frames_the_call_of_the_next() -> None:
    # an Australian release (Greens, 2012) and an HRW release (Nepal, 2024): the first clause's
    # "must be done" / "need to be … separated" asks no one; the sentence is one call, on the
    # addressee its later clause names
    text = (
        "“With so many groups recognising that something must be done, it is obviously time to act and "
        "I call on my Parliamentary colleagues to support the bill.\n\n"
        "“International consensus is that medical procedures for transitioning and legal procedures for "
        "transitioning need to be completely separated, and Nepal needs to make that clear.”"
    )
    [(start, _, targets)] = _in(text, "“With so many groups")
    assert text[start:].startswith("something must be done")
    assert targets == ("my Parliamentary colleagues",)
    [(_, _, targets)] = _in(text, "“International consensus")
    assert targets == ("Nepal",)


def test_a_call_of_we_beside_a_call_on_a_named_party_is_two_demands() -> None:
    # Senate releases (tune15 Casey15, tune14 Brownback55): "we must …, and that the United States
    # must …" and "The U.S. should …, and we should …" ask two parties, one demand each
    casey = (
        "For all of these reasons, I firmly believe that we must take action to slow, stop, and reverse "
        "our greenhouse gas emissions, and that the United States must stand up as a leader in the "
        "international arena to stop global warming."
    )
    found = _in(casey, "For all of these reasons")
    assert [targets for _, _, targets in found] == [(), ("United States",)]
    assert casey[found[0][0] :].startswith("we must take action")
    brownback = (
        "The U.S. should lead the international community in imposing further economic sanctions on "
        "North Korea, and we should continue allowing North Koreans to enter the U.S. as refugees."
    )
    found = _in(brownback, "The U.S. should")
    assert len(found) == 2
    assert found[1][2] == ()


def test_a_call_of_we_that_frames_the_call_on_a_party_stays_one_demand() -> None:
    # a UN General Debate speech: what "we" must do is to press the party named after it
    text = (
        "We must make it clear to the Government of Myanmar that it must release all political "
        "prisoners without delay."
    )
    assert len(_in(text, "We must make it clear")) == 1
