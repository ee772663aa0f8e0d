"""Whose "the Government" is in a UN General Debate speech: on sentences from the speeches."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def governments(text: str, source: str) -> dict[str, list[str]]:
    found = extract(text, source_name=source).actors
    return {a.name: [text[s:e] for s, e in a.mentions] for a in found if a.type == "government"}


def test_the_government_and_people_of_a_state_are_that_states() -> None:
    # Namibia, 1993: both had gone to Namibia, the speaker, and Guyana's to the state named before
    text = (
        "On behalf of the Government and people of Namibia, I wish to extend our deepest sympathy "
        "and heartfelt condolences to the Government and friendly people of India on the heavy "
        "loss of life. The President of the Assembly hails from a friendly country, Guyana, which "
        "did so much for the Namibian people. The Government and people of Guyana spared no effort."
    )
    found = governments(text, "NAM_48_1993.txt")
    assert found["Government of Namibia"] == ["the Government"]
    assert found["Government of India"] == ["the Government"]
    assert found["Government of Guyana"] == ["The Government"]


def test_a_bare_government_is_the_speakers_unless_its_sentence_names_another_state() -> None:
    # Angola, 1999, and Cabo Verde, 1999: the first had gone to Zambia, named with Lusaka before
    text = (
        "I would like now to refer to the situation in Angola, where five years have passed since "
        "the Lusaka Protocol was signed in Zambia. The Government continues to ensure the "
        "functioning of the democratic institutions. Cape Verde follows developments in "
        "neighbouring Guinea-Bissau, where the Government is making preparations for elections."
    )
    found = governments(text, "AGO_54_1999.txt")
    assert found["Government of Angola"] == ["The Government"]
    assert found["Government of Guinea-Bissau"] == ["the Government"]


def test_the_government_of_my_country_is_the_speakers() -> None:
    # Guatemala, 1975: it had gone to Belize, the state named last
    text = (
        "The people of Belize deserve a just settlement. The Government of my country has "
        "repeatedly attempted to seek a judicial solution."
    )
    found = governments(text, "GTM_30_1975.txt")
    assert found["Government of Guatemala"] == ["The Government of my country"]


def people(text: str, source: str) -> dict[str, list[str]]:
    found = extract(text, source_name=source).actors
    return {a.name: [text[s:e] for s, e in a.mentions] for a in found if a.type == "population"}


def test_the_people_of_a_state_of_two_words_or_with_its_article_are_its_people() -> None:
    # South Sudan, 2013, and Sudan, 1963: they were "the people of South" and the state Sudan
    text = (
        "First, I would like to express the heartfelt condolences of the Government and the people "
        "of South \nSudan to the people of Kenya. The reaction of the Government and people of the "
        "Sudan to the recent turn of events was one of dismay."
    )
    found = people(text, "SSD_68_2013.txt")
    assert found["South Sudanese people"] == ["the people of South \nSudan"]
    assert found["Sudanese people"] == ["people of the Sudan"]


def test_peoples_alone_are_no_group_however_often_a_speech_says_it() -> None:
    # Mexico, 1963: "peoples" had been one population of nineteen mentions
    text = (
        "The peoples of Latin America have long striven for peace. All peoples have the right to "
        "self-determination, and the Organization must serve the peoples who seek it. Peoples "
        "everywhere look to the Assembly, for peoples cannot live in fear."
    )
    found = people(text, "MEX_18_1963.txt")
    assert "Peoples" not in found
    assert found == {"Peoples of Latin America": ["peoples of Latin America"]}


def test_the_san_francisco_charter_is_no_person() -> None:
    # Colombia, 1962: "Francisco Charter" had been a person, and every "the Charter" after him
    text = (
        "But when they discussed and finally agreed on the San Francisco Charter, five great "
        "Powers of that time were given a veto. The precepts of the Charter constitute a volume of "
        "wisdom."
    )
    found = extract(text, source_name="COL_17_1962.txt").actors
    assert [a.name for a in found if a.type == "person"] == []


def test_the_president_of_a_session_is_the_assemblys_not_the_speakers() -> None:
    # Chad, 1977, and Democratic Republic of the Congo, 2005: they were Chad's and the Congo's
    text = (
        "Allow me to offer you most sincere congratulations on your election as President of the "
        "thirty-second session of the General Assembly. I also congratulate the President at the "
        "fifty-ninth\nsession, Mr. Jean Ping."
    )
    found = extract(text, source_name="TCD_32_1977.txt").actors
    names = {a.name: [text[s:e] for s, e in a.mentions] for a in found if a.type == "person"}
    # "on your election as President of …" is a role (role_predicates), no mention of a person
    assert names["President of the General Assembly"] == ["the President"]
    assert "President of Chad" not in names


def test_the_president_a_speech_speaks_of_with_the_assemblys_business_is_its_chair() -> None:
    # Trinidad and Tobago, 2013, and the Bahamas, 2017: they were Trinidad's and Mexico's president
    text = (
        "Nowhere else is that principle more recognizable than in the General \nAssembly. "
        "Trinidad and Tobago is confident that the \nPresident will discharge his mandate with "
        "distinction. I commend the President and the Secretary-General for convening the recent "
        "high-level meeting."
    )
    found = extract(text, source_name="TTO_68_2013.txt").actors
    names = {a.name: [text[s:e] for s, e in a.mentions] for a in found if a.type == "person"}
    assert names["President of the General Assembly"] == ["the \nPresident", "the President"]


def test_a_government_greeted_with_its_people_is_no_later_regime() -> None:
    # Sri Lanka, General Debate 1985 (abridged): condolences to Mexico, then apartheid
    text = (
        "Our hearts reach out to the Government and the people of Mexico at this hour. Tumultuous "
        "events are unfolding in South Africa. The repressive acts of the white minority regime have "
        "been extended to affect even little children."
    )
    found = {
        a.name: [text[s:e] for s, e in a.mentions]
        for a in extract(text, source_name="LKA_40_1985.txt").actors
    }
    assert found["Government of Mexico"] == ["the Government"]
    assert found["Government of South Africa"] == ["the white minority regime"]
