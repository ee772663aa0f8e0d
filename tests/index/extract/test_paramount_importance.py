"""A need stressed as "it is of paramount/utmost importance that …" is a call, as "it is important
that …" is: the word index that lets the finder read a sentence knew "importance to" only."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def calls(text: str, source: str) -> list[str]:
    return [text[d.start : d.end] for d in extract(text, source_name=source).demands]


def test_of_paramount_importance_that_is_a_call() -> None:
    # press-releases, Andrew Thomson (1997), on aid to southern Sudan and the Great Lakes region
    text = (
        "Australia will contribute $4.18 million in direct food aid and refugee\n"
        "assistance for victims of conflict and drought in southern Sudan.\n\n"
        '"It is of paramount importance that\nefforts focus on helping people recover from the effects of '
        "the devastating\nwar and these measures will assist in preventing any future outbreak of\n"
        'hostilities," Mr Thomson said.\n'
    )
    found = calls(text, "1997-06-11-thomson-andrew-211454588.txt")
    assert any(c.startswith("It is of paramount importance that") for c in found)


def test_of_paramount_importance_for_someone_to_act_is_a_call_on_them() -> None:
    # a General Debate speech (Belgium, 1990)
    text = (
        "It is thus of paramount importance for the United Nations to keep on taking all further steps "
        "needed for an Iraqi withdrawal from Kuwait."
    )
    found = extract(text, source_name="BEL_45_1990.txt").demands
    assert len(found) == 1
    assert [text[s:e] for s, e in found[0].target_spans] == ["United Nations"]
