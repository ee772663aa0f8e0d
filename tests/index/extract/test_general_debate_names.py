"""Names as UN General Debate speeches write them: on sentences from the speeches."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def actors(text: str) -> dict[str, tuple[str, list[str]]]:
    return {a.name: (a.type, [text[s:e] for s, e in a.mentions]) for a in extract(text).actors}


def test_a_state_whose_name_has_a_lower_case_particle_is_found_as_written() -> None:
    # Nigeria, 2006: the curly apostrophe of the UN's records, and a name wrapped over two lines
    text = (
        "With respect to Côte d’Ivoire, Nigeria welcomes the recent efforts by all parties. But we "
        "must not allow the elections in Côte \nd’Ivoire to be postponed beyond 31 December 2006."
    )
    assert actors(text)["Côte d'Ivoire"] == ("state", ["Côte d’Ivoire", "Côte \nd’Ivoire"])


def test_the_un_organs_and_groupings_speeches_name_are_intergovernmental() -> None:
    # Ireland, 2007; Fiji, 2011; Venezuela, 2018: they were a government and NGOs, or cut short
    text = (
        "We must ensure that the United Nations Peacebuilding \nCommission and Peacebuilding Fund "
        "are organized and \nresourced to fulfil their important mandate. Fiji is currently the "
        "Chair of the Melanesian \nSpearhead Group (MSG), whose membership includes Vanuatu. That "
        "is why we advocate the emergence of such a world from the Movement of Non-Aligned "
        "Countries, the emergence of a world of justice."
    )
    found = actors(text)
    assert found["UN Peacebuilding Commission"][0] == "igo"
    assert found["UN Peacebuilding Fund"] == ("igo", ["Peacebuilding Fund"])
    assert found["Melanesian Spearhead Group"] == ("igo", ["Melanesian \nSpearhead Group", "MSG"])
    assert found["Non-Aligned Movement"] == ("igo", ["Movement of Non-Aligned Countries"])


def test_the_caribbean_is_a_region() -> None:
    # Argentina, 2019
    text = (
        "We also continue to work with other Governments in Latin America and the Caribbean on "
        "reaching the consensus needed to create a regional legal body."
    )
    assert actors(text)["Caribbean"] == ("place", ["Caribbean"])


def test_a_secretary_general_s_title_wrapped_after_its_hyphen_is_one_title() -> None:
    # Cameroon, 2009: it was a person "Secretary" and "General Ban Ki-moon" (a general's rank)
    text = "Allow me also to pay tribute to Secretary-\nGeneral Ban Ki-moon for his tireless work."
    assert actors(text) == {"Ban Ki-moon": ("person", ["Secretary-\nGeneral Ban Ki-moon"])}


def test_a_body_of_an_intergovernmental_organisation_is_intergovernmental() -> None:
    # the Bahamas, 2017: it was an NGO
    text = (
        "In this context, the Bahamas has presented its candidature once again for a seat on the "
        "Council of the International Maritime Organization in category C."
    )
    assert actors(text)["Council of the International Maritime Organization"][0] == "igo"


def test_a_director_general_of_an_organisation_is_a_person() -> None:
    # Trinidad and Tobago, 2021: it was an NGO
    text = (
        "The Trinidad and Tobago Chairmanship took it one step further and raised with the "
        "Director General of the World Health Organisation, the convening of a global summit."
    )
    assert actors(text)["Director General of the World Health Organisation"][0] == "person"


def test_a_peninsula_named_by_its_people_is_a_place_also_across_a_line_break() -> None:
    # Mongolia, 2007 (hard-wrapped as the UN's records of the 2000s are)
    text = (
        "Mongolia welcomes the progress achieved in the six-party talks on the \ndenuclearization "
        "of the Korean peninsula. It hopes for a peaceful reunification of the Korean \npeninsula."
    )
    assert actors(text)["Korean peninsula"] == ("place", ["Korean peninsula", "Korean \npeninsula"])


def test_a_region_named_by_a_hyphenated_compound_is_one_place() -> None:
    # Vanuatu, 2017: it was Asia and the Pacific, two places
    text = "My Government is also concerned about threats to peace and security in the Asia-Pacific region."
    assert {n: a for n, a in actors(text).items() if a[0] == "place"} == {
        "Asia-Pacific region": ("place", ["Asia-Pacific region"])
    }


def test_a_region_named_with_its_compass_word_keeps_it() -> None:
    # Russia, 2013: it was "Africa region", named Africa
    text = (
        "Many problems affecting today’s world are reflected in the uncertainty surrounding the "
        "development of events in the Middle East and North Africa overall. Another perspective has "
        "been reflected in the attempts made to determine who is and is not legitimate among the "
        "leaders of the Middle East and North Africa region."
    )
    assert actors(text)["North Africa"] == ("place", ["North Africa", "North Africa region"])


def test_the_secretariat_of_a_un_speech_is_the_uns() -> None:
    # Viet Nam, 2017; a speech is known by its file's name (the UN's country code, session, year)
    text = (
        "Our thanks also go to the Secretary-General and the Secretariat. Only 10 months into his "
        "term of office, he has initiated reforms."
    )
    found = {a.name: a.type for a in extract(text, source_name="VNM_72_2017.txt").actors}
    assert found["United Nations Secretariat"] == "igo"


def test_the_african_union_s_peace_and_security_council_is_not_the_security_council() -> None:
    # Angola, 2016: its "Security Council" was the UN's
    text = (
        "Angola has been engaged, in both the United Nations Security Council and the African Union "
        "Peace and Security Council, in seeking bilateral and multilateral solutions."
    )
    found = actors(text)
    assert found["UN Security Council"] == ("igo", ["United Nations Security Council"])
    assert found["African Union Peace and Security Council"] == (
        "igo",
        ["African Union Peace and Security Council"],
    )


def test_this_august_body_a_speaker_addresses_is_the_united_nations() -> None:
    # Kenya, 2010
    text = (
        "When I last addressed the General Assembly two years ago, I briefed this august body on "
        "the major steps taken by my country to resolve the political difficulties."
    )
    found = extract(text, source_name="KEN_65_2010.txt").actors
    assert {a.name: [text[s:e] for s, e in a.mentions] for a in found}["United Nations"] == [
        "this august body"
    ]


def test_the_people_of_a_place_named_by_its_demonym_are_a_population() -> None:
    # Pakistan, 2017: the Kashmiris were not marked, their place was
    text = (
        "India has deployed nearly 700,000 troops in occupied Kashmir to suppress the legitimate "
        "struggle of the Kashmiris. Hundreds of innocent Kashmiris have been killed or injured."
    )
    assert actors(text)["Kashmiris"] == ("population", ["Kashmiris", "Kashmiris"])


def test_the_rohingyas_are_the_rohingya() -> None:
    # Pakistan, 2017; the people's own plural written with an "s" too
    text = (
        "The ethnic cleansing of the Rohingyas is not just an affront to all norms of humanity. "
        "The Rohingya are fleeing."
    )
    assert actors(text)["Rohingya"] == ("population", ["Rohingyas", "Rohingya"])


def test_a_state_under_the_name_it_had_in_the_assembly_is_that_state() -> None:
    # Netherlands, 1967; Austria, 1985; Libya, 1972: a former name was none, or a place
    text = (
        "The war in Viet-Nam in particular continues to stir deep emotions. In Kampuchea the "
        "military occupation continues. The Libyan Arab Republic will not stand idly by."
    )
    found = actors(text)
    assert found["Vietnam"] == ("state", ["Viet-Nam"])
    assert found["Cambodia"] == ("state", ["Kampuchea"])
    assert found["Libya"] == ("state", ["Libyan Arab Republic"])


def test_a_region_written_with_the_is_a_place() -> None:
    # Lebanon, 2016; Tunisia, 1985: regions the dictionaries lack
    text = (
        "Lebanon will remain in the heart of the oppressed Levant. There is uncertainty and "
        "instability in the Maghreb, and countries south of the Sahara are dependent on aid."
    )
    found = actors(text)
    assert [found[n] for n in ("Levant", "Maghreb", "Sahara")] == [
        ("place", ["Levant"]),
        ("place", ["Maghreb"]),
        ("place", ["Sahara"]),
    ]


def test_the_group_named_in_full_with_in_is_one_mention_not_a_state_and_a_region() -> None:
    # United States, 2016
    text = "We face the mindless medieval menace of the Islamic State in Iraq and the Levant (ISIL)."
    found = actors(text)
    assert found["Islamic State"][0] == "armed_group"
    assert "Levant" not in found and "Iraq" not in found


def test_the_west_kanaks_and_moslems_are_named() -> None:
    # Russia's General Debate speech, 2014; Solomon Islands', 1992; Bangladesh's, 1979
    text = (
        "Russia has been accused by the West of meddling, and the West Papuans and the West "
        "Australian election were named. We support the Kanaks in their struggle. The rights of "
        "Moslems in Palestine must be respected. Tom West met East-West negotiators."
    )
    found = [(text[s:e], a.type) for a in extract(text).actors for s, e in a.mentions]
    assert found.count(("West", "place")) == 1  # only the side of the world
    assert ("Kanaks", "population") in found
    assert ("Moslems in Palestine", "population") in found


def test_west_new_guinea_is_a_place_not_the_state_guinea() -> None:
    # UN General Debate, Australia, 1962; Australian releases name it by its later names
    text = (
        "Australia welcomes the United Nations Temporary Executive Authority in West New Guinea. "
        "Guinea voted for the resolution, and Irian Jaya is now administered by Indonesia."
    )
    got = actors(text)
    assert got["West New Guinea"] == ("place", ["West New Guinea", "Irian Jaya"])
    assert got["Guinea"] == ("state", ["Guinea"])
