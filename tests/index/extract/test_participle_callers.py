"""A call a participle after a comma reports is made by the subject of the clause it goes on from
("Hoang Viet Khanh published his 10-point opinion, urging the prime minister to…"), not by the
release that reports it; a clause whose verb is a modal, or the voice's own clause, stays the
voice's."""

from __future__ import annotations

from advocacy_archive.index.extract import extract
from advocacy_archive.index.models import Demand

LEAD = (
    "(New York) – The authorities should release all those detained for peaceful protest, Human "
    "Rights Watch said today. "
)


def demand_with(text: str, words: str) -> Demand:
    found = [d for d in extract(text).demands if words in d.sentence]
    assert len(found) == 1, [d.sentence for d in found]
    return found[0]


def test_an_activists_opinion_urging_the_prime_minister_is_his_call() -> None:
    # HRW, 5 March 2024 (Vietnam): an opening clause names the prime minister first
    text = LEAD + (
        "When Prime Minister Pham Minh Chinh first took office in 2021, Hoang Viet Khanh published "
        "his 10-point opinion, urging the prime minister to consider abolishing article 4 of "
        "Vietnam’s Constitution, which confirms the Communist Party’s leadership over the country."
    )
    assert demand_with(text, "urging the prime minister").by == "Hoang Viet Khanh"


def test_protesters_blocking_roads_demanding_a_release_make_their_own_demand() -> None:
    # HRW, 31 July 2024 (Pakistan)
    text = LEAD + (
        "Since July 28, protesters have blocked roads, demanding the release of detained colleagues."
    )
    assert demand_with(text, "demanding the release").by == "Protesters"


def test_a_participle_after_a_modal_clause_stays_the_voices_call() -> None:
    # HRW, 2024 (EU deforestation rules): what member states should do, urging their partners
    text = LEAD + (
        "EU member states that are ADP signatories should publicly commit to be the gold standard for "
        "EUDR implementation, urging their other European partners to do the same."
    )
    assert all(d.by == "Human Rights Watch" for d in extract(text).demands if "urging" in d.sentence)


def test_the_voices_own_recommendations_urging_someone_stay_its_call() -> None:
    # HRW, 2024 (Senegal)
    text = LEAD + (
        "Human Rights Watch outlined five key recommendations to improve human rights in Senegal, "
        "urging Faye, during his term in office, to fight impunity for security forces’ abuse."
    )
    assert demand_with(text, "urging Faye").by == "Human Rights Watch"


def test_a_student_leader_declaring_a_halt_calling_on_the_government_is_the_caller() -> None:
    # HRW, 22 July 2024 (Bangladesh): the subject no actor names is the people it describes
    text = LEAD + (
        "On July 22, a student leader declared a 48-hour halt to the protests, calling on the "
        "government to end the curfew, restore access to the internet, and stop targeting the "
        "student protesters."
    )
    assert demand_with(text, "calling on the").by == "Student leader"
