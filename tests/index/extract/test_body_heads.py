"""An office named by its title and an organisation ("the prosecutor of the International Criminal
Court (ICC)", "the head of the Refugee Council") is one person, not the organisation."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def found(text: str, source: str) -> dict[str, tuple[str, list[str]]]:
    return {
        a.name: (a.type, [text[s:e] for s, e in a.mentions]) for a in extract(text, source_name=source).actors
    }


def test_the_prosecutor_of_a_court_is_a_person_with_its_acronym() -> None:
    # HRW, letter on Venezuela, 2024: it had been the ICC, typed igo
    text = (
        "The prosecutor of the International Criminal Court (ICC), Karim Khan, on the basis of his "
        "office\u2019s preliminary examination, has identified several factors."
    )
    got = found(text, "2024-08-27-human-rights-watch-letter-presidents-brazil-colombia-and-mexico.txt")
    people = [v for v in got.values() if v[0] == "person"]
    assert ["The prosecutor of the International Criminal Court (ICC)"] in [v[1][:1] for v in people]
    assert "International Criminal Court" not in got


def test_the_head_of_a_charity_is_a_person() -> None:
    # Australian release (Morrison, 2010): it had been the Refugee Council, an NGO
    text = (
        "\u201cTo appoint the head of the Refugee Council to a panel which reviews the reappointment of "
        "RRT members presents a serious challenge.\u201d"
    )
    got = found(text, "2010-05-17-australian-labor-party-211338.txt")
    assert got["Head of the Refugee Council"] == ("person", ["the head of the Refugee Council"])
    assert "Refugee Council" not in got


def test_the_head_of_an_agency_is_the_one_who_calls() -> None:
    # White House press briefing, 2021: the director's call, not the World Health Organization's
    text = (
        "The director of the World Health Organization has called on the West not to administer a "
        "third booster shot until the poorer countries have been vaccinated."
    )
    result = extract(text, source_name="2021-08-04-press-briefing-by-press-secretary-jen-psaki.html")
    names = {a.name: a.type for a in result.actors}
    assert names.get("Director of the World Health Organization") == "person"
    assert "World Health Organization" not in names
    assert [d.by for d in result.demands] == ["Director of the World Health Organization"]


def test_an_office_said_of_someone_leaves_the_body() -> None:
    # State Department remarks, 2022: "as the leader of ASEAN" says what Indonesia is (as tune3's
    # "Orlov is the co-chair of Memorial" marks the NGO); ASEAN stays the body
    text = (
        "And the success of this effort is in no small measure due to Indonesia\u2019s leadership as our "
        "country coordinator, but also as the leader of ASEAN."
    )
    got = found(text, "2022-05-13-secretary-antony-j-blinken-and-indonesian-foreign-minister.html")
    assert got["Association of Southeast Asian Nations"] == ("igo", ["ASEAN"])
    assert not any(v[0] == "person" for v in got.values())


def test_the_leaders_of_a_body_are_no_one_person() -> None:
    # Turnbull, transcript, 2017: the G20's leaders, several people, are not read as one office
    text = "The communique will reflect the determination of the leaders of the G20 to send a strong message."
    got = found(text, "2017-07-08-turnbull-malcolm-249540202.txt")
    assert not any(v[0] == "person" for v in got.values())


def test_the_president_of_the_assembly_wrapped_is_one_person() -> None:
    # UN General Debate speech (Spain, 2009), "of" ending a line: the Assembly's president, one
    # person; the General Assembly had stood as a mention of its own beside a bare "the President"
    text = (
        " Spain is therefore pleased that the President of \nthe General Assembly has proposed that "
        "the debate at \nthis new session focus on \u201cEffective responses to \nglobal crises\u201d."
    )
    got = found(text, "ESP_64_2009.txt")
    # the span a speech on one line gives (hard_wraps reads the wrap as a space)
    assert got["President of the General Assembly"] == ("person", ["President of \nthe General Assembly"])
    assert not any(v[0] == "igo" for v in got.values())


def test_the_president_of_a_council_wrapped_is_its_named_holder() -> None:
    # UN General Debate speech (Denmark, 2011), the line wrapped before "of": the European Council's
    # president, the person named after it, not the Council
    text = (
        "First of all, I would like to \nalign myself with the statement made by the President \nof the "
        "European Council, Mr. Herman van Rompuy, on \nbehalf of the European Union (see )."
    )
    got = found(text, "DNK_66_2011.txt")
    people = [v[1] for v in got.values() if v[0] == "person"]
    # the span a speech on one line gives (hard_wraps reads the wrap as a space)
    assert ["President \nof the European Council", "Mr. Herman van Rompuy"] in people
    assert "European Council" not in got
