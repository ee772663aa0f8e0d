"""An office named by the international body it belongs to, with no holder's name after it ("the
ICC prosecutor", "the NATO secretary general") is one person, not the body."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def people(text: str, source: str) -> dict[str, list[str]]:
    return {
        a.name: [text[s:e] for s, e in a.mentions]
        for a in extract(text, source_name=source).actors
        if a.type == "person"
    }


def test_the_court_s_prosecutor_makes_his_own_call() -> None:
    # HRW news release on Sudan, 2024: the call had been the International Criminal Court's
    text = (
        "Governments should support the International Criminal Court (ICC) prosecutor\u2019s "
        "investigation into apparent war crimes and other atrocities in Darfur.\n\n"
        "On June 12, the ICC prosecutor called for cooperation and information on alleged "
        "international crimes in Darfur, including El Fasher."
    )
    got = extract(text, source_name="2024-06-19-sudan-unlawful-attacks-civilians-infrastructure.txt")
    offices = {a.name: [text[s:e] for s, e in a.mentions] for a in got.actors if a.type == "person"}
    assert offices["Prosecutor of the International Criminal Court"] == [
        "the International Criminal Court (ICC) prosecutor",
        "the ICC prosecutor",
    ]
    reported = [d for d in got.demands if "called for cooperation" in d.sentence]
    assert [d.by for d in reported] == ["Prosecutor of the International Criminal Court"]


def test_an_alliance_s_secretary_general_in_a_briefing() -> None:
    # State Department press briefing: the secretary general, not NATO itself
    text = (
        "<p>When it comes to the Polish foreign minister, as you noted, as I noted earlier, the Secretary "
        "had an opportunity to speak both with him, with the EU High Representative Josep Borrell, and "
        "the NATO secretary general today.</p>"
    )
    got = people(text, "2022-03-04-department-press-briefing-march-4-2022.html")
    assert got["Secretary-General of NATO"] == ["the NATO secretary general"]


def test_an_office_with_its_holder_named_is_left_to_the_name() -> None:
    # HRW news release, 2024: "ICC Prosecutor Karim Khan" is the person the name finders read
    text = (
        "When opening the court\u2019s probe in Afghanistan in 2021, ICC Prosecutor Karim Khan "
        "announced he would focus on abuses committed by the Taliban."
    )
    got = people(text, "2024-07-03-path-justice-afghans.txt")
    assert not any(name.startswith("Prosecutor of") for name in got)
