"""A grouping of states named "the Friends of X" ("the Friends of Sudan", "the Friends of the Mekong")
is one intergovernmental grouping, not the state or region it befriends, and makes its own calls;
the friends of a programme are its supporters, a charity."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def _found(text: str) -> dict[str, tuple[str, list[str]]]:
    return {a.name: (a.type, [text[s:e] for s, e in a.mentions]) for a in extract(text).actors}


def test_the_friends_of_a_region_are_a_grouping_of_states() -> None:
    # State Department, "The United States and the Friends of the Mekong: Proven Partners for the
    # Mekong Region" (2021): the group was found nowhere
    text = (
        "We and 13 other countries and institutions coordinate as the Friends of the Mekong, which "
        "this year celebrates 10 years of cooperation. At this week’s Friends of the Mekong "
        "ministerial meeting, we welcomed the Mekong River Commission (MRC) Secretariat."
    )
    found = _found(text)
    assert found["Friends of the Mekong"] == ("igo", ["Friends of the Mekong", "Friends of the Mekong"])


def test_the_friends_of_a_state_are_not_the_state_and_make_their_own_call() -> None:
    # State Department, "Friends of Sudan Statement on Publication of UNITAMS Summary Report"
    # (2022): "the Friends of Sudan" was read as Sudan, and its call credited to the Department
    text = (
        "The Friends of Sudan call on all relevant Sudanese stakeholders to engage in the next phase "
        "of a political process to resolve the political crisis in Sudan."
    )
    result = extract(text)
    found = {a.name: (a.type, [text[s:e] for s, e in a.mentions]) for a in result.actors}
    assert found["Friends of Sudan"] == ("igo", ["Friends of Sudan"])
    assert found["Sudan"] == ("state", ["Sudan"])
    assert [d.by for d in result.demands] == ["Friends of Sudan"]


def test_a_hard_wrapped_name_is_read_across_its_line_break() -> None:
    # UN General Debate, Papua New Guinea (2001)
    text = "We are grateful to the Friends of Papua New\nGuinea group, comprising Australia, Japan, the"
    assert _found(text)["Friends of Papua New Guinea"][0] == "igo"


def test_the_friends_of_a_programme_are_its_supporters() -> None:
    # U.S. Senate release, Dole (2007)
    text = (
        "The bill is supported by food security organizations including Christian Children's Fund, "
        "Bread for the World, Heifer International, Friends of the World Food Program and the "
        "Congressional Hunger Center, among others."
    )
    assert _found(text)["Friends of the World Food Program"][0] == "ngo"


def test_friends_at_a_sentences_start_are_no_group() -> None:
    # UN General Debate, Ireland (1987): "Friends" begins the sentence, the friends are no body
    text = (
        "Of course it is an imperfect institution operating in a very imperfect world. Friends of the "
        "United Nations, among which my Government would wish to be regarded, must admit that there has "
        "been and remains an element of truth in those claims."
    )
    assert "Friends of the United Nations" not in {
        name for name, (typ, _) in _found(text).items() if typ == "igo"
    }
