"""A title-case headline's verb after its subject is no word of the subject's name: "Philippines’
Marcos Addresses Australian Parliament" names Marcos, the president the text names again, not a
person "Marcos Addresses" of his own (HRW headlines)."""

from __future__ import annotations

from advocacy_archive.index.extract import extract

# Human Rights Watch dispatch, 27 Feb 2024 (headline and first sentences)
MARCOS = (
    "Philippines’ Marcos Addresses Australian Parliament Amid Abuses\n\n"
    "Australian lawmakers attending Philippine President Ferdinand Marcos Jr.’s address before a joint "
    "sitting of parliament in Canberra on Wednesday should take his human rights rhetoric with a grain of "
    "salt.\n\nAustralian-Philippine relations have improved since President Marcos took office in 2022."
)
# Human Rights Watch news release, 6 Aug 2024 (headline and first sentence)
HASINA = (
    "Bangladesh: Prime Minister Hasina Resigns amid Mass Protests\n\n"
    "(London) – Bangladesh Prime Minister Sheikh Hasina resigned on August 5, 2024, and fled the country "
    "after weeks of student protests, Human Rights Watch said today."
)


def people(text: str, source: str) -> dict[str, list[str]]:
    ex = extract(text, source_name=source)
    return {a.name: [text[s:e] for s, e in a.mentions] for a in ex.actors if a.type == "person"}


def test_a_headline_verb_after_a_surname_is_not_part_of_the_name() -> None:
    found = people(MARCOS, "2024-02-27-philippines-marcos-addresses-australian-parliament-amid-abuses.txt")
    assert len(found) == 1
    (mentions,) = found.values()
    assert mentions[0] == "Marcos"  # the headline's, with the president's other mentions


def test_a_headline_verb_after_a_title_and_surname_is_not_part_of_the_name() -> None:
    found = people(HASINA, "2024-08-06-bangladesh-prime-minister-hasina-resigns-amid-mass-protests.txt")
    assert not any("Resigns" in m for ms in found.values() for m in ms)
    assert any("Prime Minister Hasina" in ms and "Sheikh Hasina" in " ".join(ms) for ms in found.values())
