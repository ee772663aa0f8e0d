"""A shadow minister's release voices its calls as his side's views ("the Federal Opposition
believes that …"): they are his, the first-listed issuer's, as the annotations credit them; a
government minister's "the Opposition" is his opponent, whose calls stay its own."""

from __future__ import annotations

from advocacy_archive.index.extract import extract

# press-releases, Senator Robert Hill (1992): the letterhead and two of the release's sentences
HILL_HEAD = (
    "MEDIA RELEASE  SENATOR ROBERT HILL\n\n"
    "LEADER OF THE OPPOSITION IN THE SENATE  SHADOW MINISTER FOR FOREIGN AFFAIRS\n\n"
)
HILL_CALLS = (
    "The Shadow Minister for Foreign Affairs, Senator Robert Hill,  today urged Australia and the "
    "international community to consider  immediate measures to encourage a return to democracy and an "
    "end  to human rights abuses in Burma.\n\n"
    "Senator Hill said the Federal Opposition believed that further  measures must be .taken to pressure "
    "the SLORC towards democracy  and the cessation of human rights abuses.\n\n"
    '"The Federal Opposition believes that the Australian Government  needs to make a greater effort to '
    'raise regional and wider international awareness of what is happening in Burma."  (ends)\n'
)
# press-releases, Gerry Hand (1992): a government minister's letterhead
HAND_HEAD = (
    "M edia Release Minister for Immigration, Local Government and Ethnic Affairs The Hon. Gerry Hand, MP\n\n"
    "Parliament House, Canberra, ACT2600\n\n"
)


def callers(text: str) -> dict[str, str | None]:
    """Each demand's first words → its `by`, the text read as a ParlInfo release."""
    found = extract(text, source_name="1992-12-03-hill-robert-214126502.txt")
    return {text[d.start : d.end][:30]: d.by for d in found.demands}


def test_the_opposition_of_a_shadow_ministers_release_is_his_voice() -> None:
    by = callers(HILL_HEAD + HILL_CALLS)
    assert by["further  measures must be .tak"] == "Robert Hill"
    assert by["the Australian Government  nee"] == "Robert Hill"


def test_the_opposition_of_a_government_ministers_release_keeps_its_calls() -> None:
    by = callers(HAND_HEAD + HILL_CALLS.split("\n\n", 1)[1])
    assert "Robert Hill" not in by.values()
    assert "Gerry Hand" not in by.values()
