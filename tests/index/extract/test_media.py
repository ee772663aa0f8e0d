"""News organisations that statements cite, as the authority file lists them."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def media(text: str) -> dict[str, list[str]]:
    return {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text).actors if a.type == "media"}


def test_international_broadcasters_are_media_not_places_or_states() -> None:
    # HRW, 2024 (Türkiye)
    text = "Officials have indefinitely blocked the Deutsche Welle and Voice of America news platforms."
    assert media(text) == {"Deutsche Welle": ["Deutsche Welle"], "Voice of America": ["Voice of America"]}
    # HRW, 2024 (Myanmar)
    text = "His family members ran away, according to Radio Free Asia."
    assert media(text) == {"Radio Free Asia": ["Radio Free Asia"]}


def test_a_newspaper_named_in_a_briefing() -> None:
    # State Department, 2021
    text = "We condemn a raid by the Hong Kong police on the Apple Daily and arrest of executives."
    assert media(text) == {"Apple Daily": ["Apple Daily"]}


def test_a_channel_named_by_what_it_is_is_media() -> None:
    # HRW, 2024 (Ecuador)
    text = "Armed men staged a takeover of the state-owned TV channel, TC Television, on January 9."
    assert media(text) == {"TC Television": ["TC Television"]}


def test_state_media_are_the_media_of_the_state_named() -> None:
    # HRW, 2024 (China; Ethiopia)
    text = "Human Rights Watch reviewed online Chinese state media articles, company reports, and filings."
    assert media(text) == {"State media of China": ["Chinese state media"]}
    text = (
        "Ethiopia’s government released a former official. State media reported that Ethiopia’s "
        "Ministry of Justice dropped the charges."
    )
    assert media(text) == {"State media of Ethiopia": ["State media"]}


def test_an_outlet_named_again_bare_is_that_outlet_a_public_broadcaster_another() -> None:
    # State Department, Media Freedom Coalition on Apple Daily, 2021 (abridged)
    text = (
        "Hong Kong authorities forced the closure of the Apple Daily newspaper. The newspaper’s "
        "editors were arrested, amid pressure on the independence of the public broadcaster."
    )
    found = media(text)
    assert found["Apple Daily"] == ["Apple Daily", "The newspaper"]
    assert [w for name, ws in found.items() if name != "Apple Daily" for w in ws] == [
        "the public broadcaster"
    ]


def test_independent_or_local_media_are_no_actor() -> None:
    # HRW, 2024 (Kyrgyzstan)
    text = (
        "The Interior Ministry’s press service told local media that it opened a case against "
        "independent media."
    )
    assert media(text) == {}


def test_a_paper_named_by_the_noun_beside_it_is_media_wherever_the_text_names_it() -> None:
    # HRW, 2024 (Iran; Germany; Tunisia)
    text = (
        "Amir Raeesian, Saheli’s lawyer, told the Shargh media outlet on April 24. On November 18, "
        "Raeesian told Shargh that Salehi had been released. The German newspaper Handelsblatt "
        "alleged it. This clampdown targets the independent outlet Nawaat."
    )
    assert media(text) == {
        "Shargh": ["Shargh", "Shargh"],
        "Handelsblatt": ["Handelsblatt"],
        "Nawaat": ["Nawaat"],
    }


def test_a_news_agency_is_media_not_a_state_organ() -> None:
    # HRW, 2024 (Iran)
    text = "The Tasnim news agency and Fars News Agency reported the verdict."
    assert media(text) == {"Tasnim": ["Tasnim"], "Fars News Agency": ["Fars News Agency"]}


def test_a_person_set_off_after_the_noun_or_a_papers_language_is_no_medium() -> None:
    # Australian press release (broadcaster); UN speech, 2016 (United States)
    text = (
        "Why keep antagonising broadcaster, Alan Jones? We see protests against Western newspaper "
        "cartoons. The Arabic daily reported it."
    )
    assert media(text) == {}


def test_daily_as_an_adverb_names_no_newspaper() -> None:
    # U.S. Senate release, 2006, scraped without full stops: "the Maoists" had become a newspaper
    text = "the poverty and violence that they endure daily      The Maoists have shown no respect for rights"
    assert not any(a.type == "media" for a in extract(text).actors)
    assert ("Haaretz", "media") in {
        (a.name, a.type) for a in extract("He wrote in the daily Haaretz.").actors
    }


def test_a_channel_after_tv_channel_and_a_paper_before_daily_are_media() -> None:
    # HRW, Belarus, Serbia and Iran, 2024
    text = (
        "In April 2021, state TV channel ONT broadcasted a video of jailed lawyers. The court ruled "
        "that Serbia violated TV channel B92’s freedom of expression. According to Shargh daily, the "
        "voter turnout was 40 percent. Women endure daily harassment."
    )
    got = {text[s:e]: a.type for a in extract(text).actors for s, e in a.mentions}
    assert got.get("ONT") == got.get("B92") == got.get("Shargh") == "media"
    assert "Women endure" not in got
