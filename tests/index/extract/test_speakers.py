"""Who makes each demand: the statement's voice unless the text credits the demand to someone
else (the subject of the call, the speaker of a quotation or of reported speech)."""

from __future__ import annotations

from pathlib import Path

import pytest

from advocacy_archive.index.extract import extract
from advocacy_archive.index.ingest.pipeline import analyse
from advocacy_archive.index.models import Demand, Extraction


def demand_with(demands: tuple[Demand, ...], words: str) -> Demand:
    """The one demand whose action or sentence holds `words` (the action first: a sentence may
    hold two demands)."""
    found = [d for d in demands if words in " ".join(d.action.split())]
    if not found:
        found = [d for d in demands if words in " ".join(d.sentence.split())]
    assert len(found) == 1, [d.sentence for d in found]
    return found[0]


def extracted(corpus: Path, genre: str, name: str) -> Extraction:
    """The extraction of one corpus file, read as the archive reads it (its name as metadata)."""
    return extract((corpus / genre / name).read_text(encoding="utf-8"), source_name=name)


def test_senator_quoted_in_another_senators_release_makes_his_demand(corpus: Path) -> None:
    # No punctuation survives: "…committed by the Sudanese government  said  Sen  Brownback"
    name = "27Jun2007Menendez259.txt"
    ex = extract((corpus / "us-senate" / name).read_text(encoding="utf-8"), source_name=name)
    assert demand_with(ex.demands, "should be using its economic").by == "Sam Brownback"
    # "The measure calls on China… It also calls on China…": the senator's own resolution
    assert demand_with(ex.demands, "It also calls on China").by == "Robert Menendez"
    # "…calls on China to urge  Sudan to allow … to comply with U N resolutions demanding that…":
    # Sudan, the object of "to urge", is not who asks, though the U N before "resolutions" is named
    assert demand_with(ex.demands, "Sudan to allow the entry").by == "Robert Menendez"


def test_quotation_running_on_without_attribution_keeps_its_speaker(corpus: Path) -> None:
    name = "20Jul2004Dewine488.txt"
    ex = extract((corpus / "us-senate" / name).read_text(encoding="utf-8"), source_name=name)
    # '…repeat itself," said DeWine. "Arguments over … we must act quickly. Our bill…"'
    assert demand_with(ex.demands, "we must act quickly").by == "Mike DeWine"


def test_party_that_makes_the_calls_is_the_voice_of_its_members_release(corpus: Path) -> None:
    # Three shadow ministers' release: "Today, Labor calls on Tony Abbott to…"
    name = "2015-09-07-marles-richard-215658275.txt"
    ex = extract((corpus / "press-releases" / name).read_text(encoding="utf-8"), source_name=name)
    assert ex.issuer == "Richard Marles"
    assert demand_with(ex.demands, "work with the UNHCR").by == "Australian Labor Party"
    assert demand_with(ex.demands, "Labor calls on Tony Abbott").by == "Australian Labor Party"


def test_a_release_one_member_heads_is_hers_though_her_party_calls(corpus: Path) -> None:
    # "OFFICE OF SENATOR SARAH HANSON-YOUNG … The Australian Greens have said that the people on a
    # boat … should have their claims … assessed": one member's release speaks in her voice (dev's
    # Chipp, Fischer and Stott Despoja releases credit the member, Marles's joint one the party)
    name = "2016-06-22-hanson-young-sarah-229786976.txt"
    ex = extract((corpus / "press-releases" / name).read_text(encoding="utf-8"), source_name=name)
    assert demand_with(ex.demands, "The Australian Greens have said").by == "Sarah Hanson-Young"
    assert demand_with(ex.demands, "engage with Indonesia and the UNHCR").by == "Sarah Hanson-Young"


def test_a_ministers_interview_speaks_in_his_voice_not_his_opponents_party(corpus: Path) -> None:
    # Sky News transcript (Pyne, 2013): "Labor wants…" there is what the minister says of Labor
    name = "2013-11-17-pyne-christopher-211400757.txt"
    ex = extract((corpus / "press-releases" / name).read_text(encoding="utf-8"), source_name=name)
    assert ex.issuer == "Christopher Pyne"
    assert demand_with(ex.demands, "Labor should stop standing on their digs").by == "Christopher Pyne"


def test_a_question_about_the_opposing_party_does_not_make_it_the_voice(corpus: Path) -> None:
    # Fraser's release on the flag (1982): "Why does the Labor Party want to cause divisiveness…?"
    # asks about his opponents; "We should look forward to the Bicentenary…" is the Prime Minister's
    name = "1982-07-06-fraser-malcolm-242206568.txt"
    ex = extract((corpus / "press-releases" / name).read_text(encoding="utf-8"), source_name=name)
    assert ex.issuer == "Malcolm Fraser"
    assert demand_with(ex.demands, "look forward to the Bicentenary").by == "Malcolm Fraser"


def test_an_organisations_officer_by_a_title_before_his_name_speaks_for_it(corpus: Path) -> None:
    # Maritime Union release (2001): "THE Maritime Union deplores… National Secretary Paddy Crumlin
    # described…"; then "“People smuggling has to be combated,” he said."
    name = "2001-08-30-maritime-union-of-australia-211227844.txt"
    ex = extract((corpus / "press-releases" / name).read_text(encoding="utf-8"), source_name=name)
    assert ex.issuer == "Maritime Union"
    assert demand_with(ex.demands, "People smuggling has to be combated").by == "Maritime Union"


def test_an_organisations_call_a_members_release_reports_is_not_its_voice() -> None:
    # A Labor release of 13 April 2003 reports the Red Cross's call; Senator Nettle's release of
    # 6 July 2004 makes her own (both press-releases corpus), here in one member's release
    text = (
        "Senator Kerry Nettle\nSenator for New South Wales\n\n"
        "The Red Cross has called on the Occupying Powers to restore order from the anarchy that has "
        "prevailed in Baghdad for several days now.\n\n"
        "“I challenge Senator Vanstone to visit the detainees in those Residential Housing Projects, to "
        "hear their stories and then tell us that they are not imprisoned,” Senator Nettle said.\n"
    )
    ex = extract(text)
    assert demand_with(ex.demands, "restore order").by == "International Committee of the Red Cross"
    assert demand_with(ex.demands, "visit the detainees").by == "Kerry Nettle"


def test_member_quoted_in_her_own_release_speaks_for_herself() -> None:
    text = (
        "Refugees need to be protected, not towed back to their persecutors, the Australian Greens "
        "have said.\n\n“The Government should be finding safe ways for them to reach Australia,” the "
        "Greens’ immigration spokesperson, Senator Sarah Hanson-Young said."
    )
    ex = extract(text, source_name="2014-11-29-hanson-young-sarah-211415666.txt")
    assert {d.by for d in ex.demands} == {"Sarah Hanson-Young"}


def test_communique_is_the_voice_of_the_council_that_issued_it(corpus: Path) -> None:
    name = "1980-02-28-peacock-andrew-213735791.txt"
    ex = extract((corpus / "press-releases" / name).read_text(encoding="utf-8"), source_name=name)
    assert ex.issuer == "Andrew Peacock"  # the minister's release of the ANZUS communiqué
    assert demand_with(ex.demands, "The Council called on Vietnam").by == "ANZUS Council"


def test_joint_statement_published_by_the_state_department_is_the_coalitions(corpus: Path) -> None:
    path = (
        corpus
        / "us-state-dept"
        / "2021-05-29-media-freedom-coalition-statement-on-the-arrest-of-roman-protasevich.html"
    )
    ex = analyse(path, path.read_bytes()).extraction
    assert ex.issuer == "U.S. Department of State"
    assert (
        demand_with(ex.demands, "Those responsible must be held accountable").by == "Media Freedom Coalition"
    )


def test_staff_quoted_by_their_organisation_speak_for_it() -> None:
    text = (
        "Tanzania: Police Linked to Killings at Gold Mine\n\n"
        "Police have killed six people near the mine since February, Human Rights Watch said today.\n\n"
        "“The authorities should investigate these deaths,” said Oryem Nyeko, senior Tanzania "
        "researcher at Human Rights Watch."
    )
    ex = extract(text)
    assert demand_with(ex.demands, "should investigate").by == "Human Rights Watch"


def test_staff_whose_title_joins_two_regions_speak_for_their_organisation() -> None:
    # "Europe and Central Asia director": the "and" inside the title is no second person
    text = (
        "Uzbekistan: Imprisoned for Criticizing the President\n\n"
        "A blogger was sentenced to five years in prison, Human Rights Watch said today.\n\n"
        "“The government should urgently repeal the offense,” said Hugh Williamson, Europe and "
        "Central Asia director at Human Rights Watch. “Uzbekistan’s partners should renew calls for "
        "justice,” said Niku Jafarnia, Yemen and Bahrain researcher at Human Rights Watch."
    )
    ex = extract(text)
    assert demand_with(ex.demands, "urgently repeal").by == "Human Rights Watch"
    assert demand_with(ex.demands, "renew calls").by == "Human Rights Watch"


def test_reported_speech_is_credited_to_the_one_who_said_it() -> None:
    text = (
        "Dear Prime Minister,\n\nWe are writing to urge you to extend the child grant to all districts. "
        "It was encouraging when the foreign minister, Penny Wong, said the government intended to do so. "
        "She also said the grant amount should be increased.\n\nYours sincerely,\n\n"
        "Elaine Pearson\n\nAsia Director\n\nHuman Rights Watch"
    )
    ex = extract(text)
    assert ex.issuer == "Human Rights Watch"  # the letter's sign-off
    assert demand_with(ex.demands, "grant amount should be increased").by == "Penny Wong"
    assert demand_with(ex.demands, "extend the child grant").by == "Human Rights Watch"


# Others' calls reported with a verb of speech or judgement before "and called on" (HRW,
# Kazakhstan 10 July 2024, Peru 27 June 2024), credited to HRW before; and the same verb used as an
# adjective, which lends no subject (Australian Greens, 1 March 2006).
COORDINATED = [
    (
        "In 2023, the United Nations Committee against Torture expressed concern about “violence against "
        "individuals on the basis of their actual or perceived sexual orientation or gender identity” and "
        "called on the authorities to end such violence, Human Rights Watch said.",
        "Committee against Torture",
    ),
    (
        "US Congressman Robert García also criticized the decree and called for the United States "
        "Department of State to do more to support Peruvian LGBT people.",
        "Robert García",
    ),
    (
        "Greens Senator Kerry Nettle today dismissed the Immigration Minister's announced progress of "
        "changes to her department as 'peripheral' and called for more far reaching reforms.",
        None,  # the release's voice, which a sentence alone lacks; not "Immigration Minister"
    ),
]


@pytest.mark.parametrize(("sentence", "by"), COORDINATED)
def test_a_call_coordinated_with_a_verb_of_speech_is_its_subjects(sentence: str, by: str | None) -> None:
    (d,) = extract(sentence).demands
    assert d.by == by


def test_the_object_of_a_verb_of_speech_before_and_called_on_is_not_who_calls(corpus: Path) -> None:
    # HRW, joint letter on the ICC, 29 May 2024: "Israeli Prime Minister Benjamin Netanyahu has also
    # publicly denounced the ICC and called on governments to thwart the court’s efforts …" is
    # Netanyahu's call, not the ICC's (the one named last before "and called on")
    ex = extracted(
        corpus,
        "hrw-news",
        "2024-05-29-joint-letter-japanese-government-take-actions-protect-independence-icc.txt",
    )
    assert demand_with(ex.demands, "thwart the court").by == "Benjamin Netanyahu"


def test_a_courts_order_is_the_courts_call(corpus: Path) -> None:
    # HRW, Gaza, 7 May 2024: the ICJ's orders, reported, are the court's calls, not HRW's: "twice"
    # stands between the subject and its verb, and "The court’s March order" is the court's
    ex = extracted(corpus, "hrw-news", "2024-05-07-gaza-israel-flouts-world-court-orders.txt")
    assert demand_with(ex.demands, "has twice ordered").by == "International Court of Justice"
    assert demand_with(ex.demands, "March order required").by == "International Court of Justice"


# Others' calls an HRW release reports with a described subject in the past or perfect (HRW,
# Dominican Republic 3 July 2024, killer robots 2 May 2024, Bangladesh 6 August 2024), credited to
# HRW before; a coordination that names someone and a bare "the senators" (DeWine's joint release)
# stay with the named and the voice.
DESCRIBED = [
    (
        "Local organizations have urged Congress to amend the penal code to legalize abortion under "
        "three circumstances.",
        "Local organizations",
    ),
    (
        "Most treaty proponents have called for prohibitions on autonomous weapons systems that by their "
        "nature operate without meaningful human control or that target people.",
        "Most treaty proponents",
    ),
    (
        "Student leaders and opposition leaders called for calm, and activists gathered to protect "
        "minority Hindu religious sites.",
        "Student leaders and opposition leaders",
    ),
    (
        "The senators also called on the United States and the international community to declare that "
        "the international Genocide Convention has been triggered.",
        None,  # the release's voice, which a sentence alone lacks
    ),
    (
        "Both groups need it and need it to be an effective Organization.",
        None,  # "need" is no past tense (Sudan, General Debate 1975)
    ),
]


@pytest.mark.parametrize(("sentence", "by"), DESCRIBED)
def test_a_reported_call_of_a_described_subject_is_theirs(sentence: str, by: str | None) -> None:
    (d,) = extract(sentence).demands
    assert d.by == by


def test_a_reported_call_of_named_and_described_subjects_is_the_named_ones(corpus: Path) -> None:
    # "Human Rights Watch and Egyptian, regional, and international human rights groups urged the EU…"
    name = "2024-06-28-sisi-governments-repression-taints-egypt-eu-investment-conference.txt"
    path = corpus / "hrw-news" / name
    ex = extract(path.read_text(encoding="utf-8"))
    assert demand_with(ex.demands, "human rights groups urged the EU").by == "Human Rights Watch"


# A quotation after "X said:" / "X said," is X's (HRW, Iran 12 July 2024); before, the search for
# the verb ended one character inside the quotation and never matched.
# (folder, file, words of the demand, its speaker): "…, Pezeshkian said: “Regarding hijab, we should
# not enforce it …”"; in a joint release, "Senator Lautenberg said, “… We need to put our strengths…”"
LABELLED_QUOTES = (
    (
        "hrw-news",
        "2024-07-12-iran-new-president-should-confront-rights-abuses.txt",
        "not enforce it",
        "Masoud Pezeshkian",
    ),
    ("us-senate", "30Jul2007Mikulski315.txt", "We need to put our strengths", "Frank Lautenberg"),
)


def test_a_quotation_after_its_speakers_said_is_his(corpus: Path) -> None:
    got = {}
    for folder, name, words, _ in LABELLED_QUOTES:
        text = (corpus / folder / name).read_text(encoding="utf-8")
        got[name] = demand_with(extract(text, source_name=name).demands, words).by
    assert got == {name: speaker for _, name, _, speaker in LABELLED_QUOTES}


def test_a_quotation_after_said_of_someone_named_as_a_place_of_is_not_theirs() -> None:
    # HRW, Ethiopia 15 March 2024: the prisoner speaks, not the jail he was held in
    text = (
        "A 42-year-old former prisoner at Jail Ogaden told us: “We cannot forgive him for what he has "
        "done to our people. He must face justice for what he has done.”"
    )
    assert demand_with(extract(text).demands, "face justice").by is None


def test_participle_after_an_object_is_the_call_of_the_sentence_subject(corpus: Path) -> None:
    # "Senator Corzine and … Lautenberg wrote to the White House urging the United States to…"
    name = "29Jun2004Corzine201.txt"
    ex = extract((corpus / "us-senate" / name).read_text(encoding="utf-8"), source_name=name)
    assert demand_with(ex.demands, "wrote to the White House urging").by == "Jon S. Corzine"


def test_government_that_urged_is_the_government_named_before(corpus: Path) -> None:
    # HRW, India: "In response to the farmers’ protest, the government has urged dialogue."
    path = corpus / "hrw-news" / "2024-02-29-india-protect-farmers-right-peaceful-protest.txt"
    ex = extract(path.read_text(encoding="utf-8"))
    assert demand_with(ex.demands, "the government has urged dialogue").by == "Government of India"


def test_court_ruling_reported_is_the_courts_demand(corpus: Path) -> None:
    # "In another key ruling, the Supreme Court has ruled in July that a person should be allowed to…"
    path = (
        corpus
        / "hrw-news"
        / "2024-08-08-letter-prime-minister-oli-regarding-human-rights-agenda-new-government.txt"
    )
    ex = extract(path.read_text(encoding="utf-8"))
    assert "Supreme Court" in (demand_with(ex.demands, "has ruled in July").by or "")


def test_officials_of_the_publishing_government_speak_with_its_voice(corpus: Path) -> None:
    # state.gov: "Deputy Secretary of State Wendy Sherman met yesterday with … and called for an end to…"
    path = (
        corpus
        / "us-state-dept"
        / "2022-04-29-deputy-secretary-shermans-meeting-with-leader-of-the-democratic-opposition-of-be.html"
    )
    ex = analyse(path, path.read_bytes()).extraction
    assert {d.by for d in ex.demands} == {"U.S. Department of State"}


def test_joint_call_with_the_publishing_governments_official_is_the_voice(corpus: Path) -> None:
    # state.gov readout: "Secretary Blinken and Foreign Minister Mangoush emphasized the need for…"
    path = (
        corpus
        / "us-state-dept"
        / "2021-06-17-secretary-blinkens-call-with-libyan-interim-foreign-minister-mangoush.html"
    )
    ex = analyse(path, path.read_bytes()).extraction
    assert demand_with(ex.demands, "Foreign Minister Mangoush emphasized").by == "U.S. Department of State"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # State Department, 2022: a special representative's call in a trilateral call's readout
        (
            "In a March 14 trilateral call, U.S. Special Representative for the DPRK Sung Kim and ROK "
            "Special Representative Noh Kyu-duk discussed the launches. Special Representative Kim "
            "strongly condemned the launches. He called on the DPRK to cease its unlawful and "
            "destabilizing activities and instead engage in dialogue.",
            "He called on the DPRK",
        ),
        # State Department, 2022: a joint call whose U.S. side is titled with its state first
        (
            "North Macedonia’s Foreign Minister, Bujar Osmani, and U.S. Assistant Secretary of State for "
            "European and Eurasian Affairs, Dr. Karen Donfried, led the dialogue. They called on Russia "
            "to cease its unprovoked war immediately and fully withdraw from Ukraine.",
            "They called on Russia",
        ),
        # State Department, 2021: a bureau head's call in a meeting's readout
        (
            "Senior Bureau Official for the Bureau of East Asian and Pacific Affairs Kin Moy participated "
            "in the meeting. Senior Bureau Official Moy urged partners to take immediate action to hold "
            "the Burmese military accountable to the ASEAN five-point consensus.",
            "Senior Bureau Official Moy urged partners",
        ),
    ],
)
def test_envoys_of_the_publishing_government_speak_with_its_voice(text: str, words: str) -> None:
    ex = extract(text, source_url="https://www.state.gov/a-readout/")
    assert demand_with(ex.demands, words).by == "U.S. Department of State"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # State Department, 2022: a chair's statement the United States issued
        (
            "The following statement was issued on May 19 by the United States as Chair of a Global Food "
            "Security Ministerial Meeting held at United Nations Headquarters.\n\nWe also call on all UN "
            "Member States to work together to mitigate the mid-term and long-term impacts of recent "
            "shocks to global agriculture and food systems.",
            "We also call on all UN Member States",
        ),
        # State Department, 2022: the Quad's joint statement, released by the Secretary with his peers
        (
            "The following is the joint statement released by the Secretary of State of the United States "
            "and the Foreign Ministers of the Governments of Australia, India, and Japan.\n\nIn this "
            "context, we call on all countries to ensure that territory under their control is not used "
            "to launch terror attacks.",
            "we call on all countries",
        ),
    ],
)
def test_a_statement_the_publishing_government_signs_is_in_its_voice(text: str, words: str) -> None:
    ex = extract(text, source_url="https://www.state.gov/a-statement/")
    assert demand_with(ex.demands, words).by == "U.S. Department of State"


def test_joint_call_of_two_senators_is_the_first_named_senators(corpus: Path) -> None:
    # "Because of this controversy  Menendez and Reid called on Secretary Rice to advance…"
    name = "11Jan2007Menendez411.txt"
    ex = extract((corpus / "us-senate" / name).read_text(encoding="utf-8"), source_name=name)
    assert demand_with(ex.demands, "Menendez and Reid called on").by == "Robert Menendez"


def test_joint_statement_a_department_publishes_is_its_signatories(corpus: Path) -> None:
    # "The text of the following statement was released by the G7 foreign ministers of Canada, …"
    path = (
        corpus
        / "us-state-dept"
        / "2022-05-30-g7-foreign-ministers-statement-on-the-launch-of-an-intercontinental-ballistic-mi.html"
    )
    ex = analyse(path, path.read_bytes()).extraction
    assert ex.issuer == "U.S. Department of State"
    assert demand_with(ex.demands, "We urge the DPRK to facilitate access").by == "G7"


def test_a_bodys_own_document_makes_the_bodys_call(corpus: Path) -> None:
    # HRW: "The African Union's Agenda 2063, a blueprint for …, calls for investments in education"
    path = corpus / "hrw-news" / "2024-06-21-africa-pre-primary-education-children-benefits-everyone.txt"
    ex = extract(path.read_text(encoding="utf-8"))
    assert demand_with(ex.demands, "Agenda 2063").by == "African Union"
    # HRW: "The Human Rights Council’s April 4 resolution calls for restricting the Myanmar military’s…"
    path = corpus / "hrw-news" / "2024-04-04-un-shows-conflicting-approaches-myanmar-crisis.txt"
    ex = extract(path.read_text(encoding="utf-8"))
    assert demand_with(ex.demands, "April 4 resolution calls for").by == "UN Human Rights Council"


def test_an_office_holder_named_with_a_possessive_speaks_for_himself(corpus: Path) -> None:
    # "On March 1, Russia’s Prosecutor General ordered the communications authority RosKomNadzor to…"
    path = corpus / "us-state-dept" / "2022-03-03-media-crackdown-in-russia.html"
    ex = analyse(path, path.read_bytes()).extraction
    assert demand_with(ex.demands, "ordered the communications authority").by == "Russia’s Prosecutor General"


def test_senator_another_senator_joined_is_not_his_staff(corpus: Path) -> None:
    # "Sen. Elizabeth Dole, today joined Sen. Dick Durbin (D-Ill.) to introduce…"; later
    # '"…," Durbin said. "… we must provide them with the basic building blocks…"'
    name = "21Mar2007Dole164.txt"
    ex = extract((corpus / "us-senate" / name).read_text(encoding="utf-8"), source_name=name)
    assert demand_with(ex.demands, "we must provide them").by == "Dick Durbin"


def test_president_of_an_organisation_known_by_its_initials_speaks_for_it(corpus: Path) -> None:
    # AMA release: "the AMA's Federal President, Dr Kerryn Phelps, said today …"; '"…," Dr Phelps said.'
    name = "2002-02-24-australian-medical-association-211234425.txt"
    ex = extract((corpus / "press-releases" / name).read_text(encoding="utf-8"), source_name=name)
    assert ex.issuer == "Australian Medical Association"
    assert {d.by for d in ex.demands} == {"Australian Medical Association"}


def test_authority_that_issued_an_order_makes_its_call(corpus: Path) -> None:
    # HRW: "the Iraqi Communications and Media Commission issued a directive ordering all media
    # outlets to replace the term…"
    path = corpus / "hrw-news" / "2024-05-20-iraq-repeal-anti-lgbt-law.txt"
    d = demand_with(extract(path.read_text(encoding="utf-8")).demands, "issued a directive ordering")
    assert d.by == "Iraqi Communications and Media Commission"
    assert d.targets == ("all media outlets",)
    # HRW: "…X … stated that the Indian government issued “executive orders” requiring…": the
    # government right before "issued", not the company that reported it
    path = (
        corpus
        / "hrw-news"
        / "2024-04-08-indias-general-elections-technology-and-human-rights-questions-and-answers.txt"
    )
    d = demand_with(extract(path.read_text(encoding="utf-8")).demands, "issued “executive orders”")
    assert d.by == "Government of India"


def test_a_senate_headline_in_capitals_is_the_senators_call(corpus: Path) -> None:
    # "…AUTHOR OF SENATE RESOLUTION REITERATES CALL ON CHINA TO ACT": no one named "Senate
    # Resolution Reiterates" calls
    name = "07Aug2007Menendez208.txt"
    ex = extract((corpus / "us-senate" / name).read_text(encoding="utf-8"), source_name=name)
    assert demand_with(ex.demands, "REITERATES CALL ON CHINA").by == "Robert Menendez"


def test_she_is_the_subject_of_the_sentence_before_not_whom_it_named_last() -> None:
    # State Department, 2021: the Deputy Secretary, not the Prime Minister she met, calls on Cambodia
    text = (
        "Deputy Secretary Sherman assured the Prime Minister that the United States intends to work "
        "with Cambodia in its role as 2022 ASEAN Chair. She also called on Cambodia, as a member of "
        "ASEAN, to hold the Burmese military regime accountable to ASEAN’s Five-Point Consensus."
    )
    ex = extract(text, source_url="https://www.state.gov/deputy-secretary-of-state-wendy-shermans-visit/")
    demand = demand_with(ex.demands, "She also called on Cambodia")
    assert demand.by == "U.S. Department of State"
    assert demand.targets == ("Cambodia",)  # "as a member of ASEAN" says what Cambodia is


def test_he_after_a_sentence_naming_its_subject_first_is_that_subject() -> None:
    # HRW, 2024: the blogger, not the president he called on to resign, called for a rally
    text = (
        "A court sentenced the blogger Otkirbek Sobirov to two years in prison. "
        "The verdict says that Sobirov, who admitted he was frustrated about the gas cuts, sent messages "
        "in which he criticized state policies and called on President Shavkat Mirziyoyev to resign. "
        "He also called for a rally against gas and electricity shortages in Kokand."
    )
    assert demand_with(extract(text).demands, "a rally").by == "Otkirbek Sobirov"


def test_a_briefers_turn_label_is_no_part_of_who_speaks() -> None:
    # State Department press briefing, 2021: the spokesperson speaks for the Department
    text = (
        "QUESTION: Is the U.S. pressing Ghani specifically to form a national unity government?\n"
        "MR PRICE: We have always said that this process has to be Afghan-led and Afghan-owned.\n"
        "QUESTION: Thanks."
    )
    ex = extract(text, source_url="https://www.state.gov/briefings/department-press-briefing-july-8-2021/")
    assert demand_with(ex.demands, "Afghan-led").by == "U.S. Department of State"


def test_two_titled_people_who_jointly_urge_make_the_first_ones_call() -> None:
    # HRW, Georgia, 9 May 2024: the second name ("Olivér Várhelyi") is not found as a person
    text = (
        "Georgia: Foreign Influence Bill Threatens Rights\n\n"
        "(Berlin, May 9, 2024) – The Georgian parliament’s introduction of a bill threatens fundamental "
        "rights in the country, Human Rights Watch said today.\n\n"
        "On April 16, Joseph Borrell, the European Union’s foreign policy chief, and Olivér Várhelyi, "
        "its commissioner for EU enlargement, jointly urged authorities to withdraw the bill."
    )
    ex = extract(text)
    assert ex.issuer == "Human Rights Watch"
    assert demand_with(ex.demands, "jointly urged").by == "Joseph Borrell"


@pytest.mark.parametrize(
    "text",
    [
        # HRW's report on pre-primary education in Uganda (2024): sources it does not name
        "Families said fees were high. A teacher at Palenga Primary School in Omoro district said: "
        "“I think the government should attach pre-primary to all UPE schools.”",
        "Parents spoke of distances. A 12-year-old boy from Omoro district said: “Every child should "
        "first go to nursery.”",
        # HRW on Tanzania's Maasai (2024): the speaker after the quotation
        "“We have been educated that we should go to the hospital when pregnant,” one woman said.",
    ],
)
def test_an_unnamed_sources_call_is_not_the_issuers(text: str) -> None:
    # the guidelines mark no actor for an anonymous source, and a reported call is its maker's
    ex = extract("Human Rights Watch said today that schools are failing.\n\n" + text)
    assert ex.issuer == "Human Rights Watch"
    assert ex.demands and all(d.by is None for d in ex.demands if "should" in d.sentence)


def test_a_named_sources_call_stays_with_the_voice_when_staff() -> None:
    # "said Elaine Pearson, Asia director at Human Rights Watch": the voice's own staff
    text = (
        "Human Rights Watch said today that the protests are peaceful.\n\n"
        "“The Indian authorities have an obligation to uphold the right to peaceful protest,” said "
        "Elaine Pearson, Asia director at Human Rights Watch."
    )
    ex = extract(text)
    assert [d.by for d in ex.demands] == ["Human Rights Watch"]


def test_a_senators_page_reproducing_a_caucus_statement_gives_its_calls_to_the_caucus(corpus: Path) -> None:
    # "The following is a joint statement issued by the Senate Women s Caucus on Burma": the
    # apostrophe lost, the name read from the text stops at "Women"; the caucus's mention runs on
    ex = extracted(corpus, "us-senate", "27Sep2007Collins297.txt")
    assert ex.issuer == "Susan Collins"  # the senator's office still issued the page
    caucus = "Senate Women's Caucus on Burma"
    assert demand_with(ex.demands, "We call on the military regime").by == caucus
    assert demand_with(ex.demands, "keep a watchful eye").by == caucus


def test_a_participles_caller_is_not_the_body_spoken_before(corpus: Path) -> None:
    # "President Bush spoke before the United Nations  calling for a new round of … sanctions"
    ex = extracted(corpus, "us-senate", "27Sep2007Collins297.txt")
    assert demand_with(ex.demands, "calling for a new round").by == "George Bush"


def test_the_one_a_participle_asks_by_pronoun_is_not_its_caller(corpus: Path) -> None:
    # "…all of the women Senators sent a letter to U.N. Secretary General Ban Ki-Moon, urging him
    # to ask Iran for Dr. Esfandiari's release": the titles hide the "to" before his name
    ex = extracted(corpus, "us-senate", "27Jun2007Mikulski364.txt")
    assert demand_with(ex.demands, "urging him to ask Iran").by == "Barbara A. Mikulski"


def test_an_authority_instructing_them_by_its_orders_makes_the_call(corpus: Path) -> None:
    # "…the LRTA issued orders to transportation offices and car rental companies, instructing
    # them to prohibit women from traveling…": HRW reports the authority's order
    ex = extracted(corpus, "hrw-news", "2024-03-04-yemen-warring-parties-restrict-womens-movement.txt")
    found = demand_with(ex.demands, "instructing them to prohibit women")
    assert found.by == "Houthi Land Transport Regulatory Authority"


def test_a_name_modifying_the_next_is_not_the_participles_caller(corpus: Path) -> None:
    # "Senate Democratic Leader Harry Reid today sent the following letter to President Bush,
    # urging him to…": Reid writes, not the Senate his title names
    ex = extracted(corpus, "us-senate", "17Apr2006Reid129.txt")
    assert demand_with(ex.demands, "urging him to use the upcoming visit").by == "Harry Reid"


def test_an_adverb_in_ly_between_subject_and_call_verb_leaves_the_subject_the_caller(corpus: Path) -> None:
    # "The Israeli foreign minister has also specifically urged the United Kingdom to oppose…":
    # HRW reports the minister's call; "specifically" hid the subject, and HRW was credited
    ex = extracted(corpus, "hrw-news", "2024-01-10-world-court-hear-genocide-case-against-israel.txt")
    assert demand_with(ex.demands, "specifically urged the United Kingdom").by == "Foreign Minister of Israel"


def test_a_body_whose_report_found_and_called_for_makes_the_call(corpus: Path) -> None:
    # "…the final report of the TRRC found that Jammeh and 69 of his associates committed crimes
    # against humanity, and called for their prosecution.": the commission's call, not HRW's
    ex = extracted(corpus, "hrw-news", "2024-05-15-gambia-landmark-swiss-conviction-ex-official.txt")
    assert "Reparations Commission" in (demand_with(ex.demands, "called for their prosecution").by or "")


def test_peer_the_headline_lists_asking_alone_makes_his_call(corpus: Path) -> None:
    # "SEN. COLEMAN, REP. KIRK CALL ON U.N. AMBASSADOR BOLTON…": Kirk is Coleman's peer
    ex = extracted(corpus, "us-senate", "21Dec2005Coleman331.txt")
    # "This year, Kirk spearheaded a letter-writing campaign …, asking their UN Ambassadors to…"
    assert demand_with(ex.demands, "stop voting for anti-Israel").by == "Mark Kirk"
    # "In the letters, Sen. Coleman and Rep. Kirk urged…" and the headline: the release's calls
    assert demand_with(ex.demands, "such reforms").by == "Norm Coleman"
    assert demand_with(ex.demands, "OPPOSE TWO-YEAR").by == "Norm Coleman"


def test_peer_named_with_others_or_after_and_is_not_asking_alone(corpus: Path) -> None:
    # "Schumer along with Assemblyman Michael Gianaris and Councilmen Eric Gioia and Peter Vallone
    # called on Consolidated Edison…"
    ex = extracted(corpus, "us-senate", "01Aug2006Schumer368.txt")
    assert demand_with(ex.demands, "restitution to the bus").by == ex.issuer
    # "…Patrick Leahy (D-Vt.) and Bernie Sanders called on President Bush to withdraw his threat…"
    ex = extracted(corpus, "us-senate", "29Mar2007Leahy383.txt")
    assert demand_with(ex.demands, "withdraw his threat").by == ex.issuer


def test_speaker_named_after_a_lost_full_stop_speaks_the_sentence_before(corpus: Path) -> None:
    # "…free market economies in those countries     Berlusconi said      Only democracy…"
    ex = extracted(corpus, "us-senate", "01Mar2006Durbin18.txt")
    assert demand_with(ex.demands, "All of our efforts must").by == "Silvio Berlusconi"
    # "…said Durbin      We must work together…": the quotation after its speaker stays his
    assert demand_with(ex.demands, "We must work together").by == "Dick Durbin"
    # "…for this population   Feingold said    Many of the Hmong…" in Kohl's release
    ex = extracted(corpus, "us-senate", "17Feb2005Kohl1.txt")
    assert demand_with(ex.demands, "sincere hope").by == "Russ Feingold"


def test_sentence_after_one_attribution_and_before_another_goes_on_the_first(corpus: Path) -> None:
    # "…who suffered     said John Kerry      The Ambassador and his career should not be made a
    # scapegoat …          Senator Kennedy said     What happened in Armenia was genocide"
    ex = extracted(corpus, "us-senate", "07Jun2006Kerry113.txt")
    assert demand_with(ex.demands, "scapegoat").by == "John Kerry"


def test_what_it_requires_is_the_speakers_call_not_the_body_named_before() -> None:
    # White House statement (the January 6th anniversary): "It" is the work just named, and the
    # need is the President's; Congress, named before, asks nothing
    text = (
        "They launched a violent and deadly assault on the people’s house, as our duly elected Congress "
        "carried out the sacred ritual of our republic and certified the Electoral College vote.\n\n"
        "Six months later, we can say unequivocally that democracy did prevail—and that we must all "
        "continue the work to protect and preserve it. It requires all of us working together—Democrats, "
        "Republicans, and independents—on behalf of the common good to restore decency, honor, and "
        "respect for the rule of law."
    )
    ex = extract(text, source_url="https://www.whitehouse.gov/briefing-room/statements-releases/2021/07/06/")
    d = demand_with(ex.demands, "restore decency")
    assert ex.issuer is not None and d.by == ex.issuer  # the White House, not "United States Congress"
