"""States named as a joint statement's signers ("… issued by Canada, France, …") are their
governments, as in the signatory convention; the same list repeated as the statement's subject too.
Other mentions of those states stay the states."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def types(text: str) -> dict[str, str]:
    found = extract(text).actors
    return {text[s:e]: a.type for a in found for s, e in a.mentions}


def test_states_issuing_a_joint_statement_are_their_governments() -> None:
    # us-state-dept, the Friends of Sudan's joint statement (2022)
    text = (
        "Following is a joint statement on the UNITAMS-AU-IGAD Facilitated Political Process issued "
        "by Canada, France, Germany, Italy, the Kingdom of Saudi Arabia, the Netherlands, Norway, "
        "Spain, Sweden, United Arab Emirates, the United Kingdom, the United States of America, and "
        "the European Union as members of the Friends of Sudan.\n\nBegin text:\n\nCanada, France, "
        "Germany, Italy, the Kingdom of Saudi Arabia, the Netherlands, Norway, Spain, Sweden, United "
        "Arab Emirates, the United Kingdom, the United States of America, and the European Union as "
        "members of the Friends of Sudan reiterate our strong support for the combined efforts."
    )
    found = extract(text).actors
    canada = [a for a in found if a.type == "government" and "Canada" in a.name]
    assert len(canada) == 1 and len(canada[0].mentions) == 2
    typed = types(text)
    assert typed["Norway"] == typed["United Arab Emirates"] == "government"
    assert not any(t == "state" and w != "Sudan" for w, t in typed.items())


def test_states_releasing_a_statement_are_their_governments() -> None:
    # us-state-dept, on the anniversary of the Syrian uprising (2022)
    text = (
        "The following statement was released by France, Germany, Italy, the United Kingdom, and the "
        "United States of America on the occasion of the 11-year anniversary of the Syrian uprising: "
        "Eleven years ago, the Syrian people rose up peacefully. Germany hosts many refugees."
    )
    typed = types(text)
    assert typed["France"] == typed["Italy"] == "government"
    germany = {a.type: len(a.mentions) for a in extract(text).actors if "Germany" in a.name}
    assert germany == {"government": 1, "state": 1}  # the signer, and the state that hosts refugees


def test_a_statement_by_one_state_leaves_the_states() -> None:
    # us-state-dept, the Chair's statement of a Global Food Security Ministerial Meeting (2022)
    text = (
        "This statement is issued by the United States as Chair of a Global Food Security "
        "Ministerial Meeting held at United Nations Headquarters. France and Germany support it."
    )
    typed = types(text)
    assert typed["France"] == typed["Germany"] == "state"
