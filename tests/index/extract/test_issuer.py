"""The issuing organisation, found by general cues: who speaks, signs or reports, not who is asked."""

from __future__ import annotations

from pathlib import Path

import pytest

from advocacy_archive.index.extract import extract


def test_organisation_asked_to_act_is_not_the_issuer() -> None:
    text = (
        "ASEAN Environmental Rights Declaration Needs Transparency\n\n"
        "An Association of Southeast Asian Nations (ASEAN) working group should show it is genuinely "
        "interested in engaging with civil society, as it resumes drafting today in Kuala Lumpur.\n\n"
        "The working group released its first draft in March 2024. Human Rights Watch made a submission "
        "in April raising concerns over the text’s lack of protections for Indigenous peoples. "
        "ASEAN has said little since. Human Rights Watch research in Indonesia shows the risks."
    )
    assert extract(text).issuer == "Human Rights Watch"


def test_memo_sender_is_the_issuer() -> None:
    text = (
        "To: The Prime Minister of Australia, Mr John Howard\n\n"
        "From: David Cockroft, General Secretary\n\n"
        "Dear Prime Minister,\n\nI believe it is my urgent duty to advise you and your government "
        "that its refusal to allow the migrants on board the vessel Tampa to disembark places Australia "
        "in breach of international conventions."
    )
    assert extract(text).issuer == "David Cockroft"


def test_person_urged_is_not_the_issuer() -> None:
    text = (
        "Senator Don Chipp, Leader of the Australian Democrats, today urged the Minister for Immigration, "
        "Mr Hurford, to treat the new refugees with compassion.\n\n"
        '"In the past, Mr Hurford has claimed that these refugees are coming to reap benefits. '
        'Mr Hurford has been wrong before," Senator Chipp said.'
    )
    assert extract(text).issuer in ("Don Chipp", "Australian Democrats")


def test_being_named_often_does_not_make_an_issuer(corpus: Path) -> None:
    # A General Assembly speech names the United Nations throughout; it does not issue it, and
    # without its file name nothing in the text says which delegation speaks.
    text = (corpus / "un-speeches" / "GBR_71_2016.txt").read_text(encoding="utf-8")
    found = extract(text)
    assert sum(len(a.mentions) for a in found.actors if a.name == "United Nations") >= 3
    assert found.issuer is None


def test_speech_made_on_behalf_of_a_state_is_issued_by_it(corpus: Path) -> None:
    # "I stand before those present on behalf of France to issue several appeals."
    text = (corpus / "un-speeches" / "FRA_71_2016.txt").read_text(encoding="utf-8")
    assert extract(text).issuer == "France"


def test_lead_naming_two_organisations_gives_the_first(corpus: Path) -> None:
    # "…, Human Rights Watch and the Drug Policy Alliance said today."; the Alliance's director
    # is quoted more often than anyone from Human Rights Watch.
    path = corpus / "hrw-news" / "2024-07-15-us-drug-linked-deportations-soar-despite-state-reforms.txt"
    assert extract(path.read_text(encoding="utf-8")).issuer == "Human Rights Watch"


def test_photographer_credited_in_a_caption_is_not_the_issuer() -> None:
    text = (
        "Rafah: Evacuation Plans Unlawful\n\n"
        "Click to expand Image People inspect the rubble of a house in Rafah. "
        "© 2023 Mohammed Abed/AFP via Getty Images\n\n"
        "Forcing the people of Gaza from their homes would be a war crime, said Nadia Hardman, refugee "
        "and migrant rights researcher at Human Rights Watch. Human Rights Watch has documented the "
        "attacks since October."
    )
    assert extract(text).issuer == "Human Rights Watch"


def test_organisation_citing_its_own_record_is_the_issuer(corpus: Path) -> None:
    # HRW's only mention: "Human Rights Watch has condemned solitary confinement practices in the US"
    path = corpus / "hrw-news" / "2024-07-29-us-should-end-solitary-confinement-immigrants.txt"
    ex = extract(path.read_text(encoding="utf-8"))
    assert ex.issuer == "Human Rights Watch"
    # not "X has called…": the Council of Europe's commissioner reported in HRW's Peru release
    path = corpus / "hrw-news" / "2024-06-27-peru-walks-back-anti-trans-guidance-health-system.txt"
    assert (
        extract(path.read_text(encoding="utf-8")).issuer
        != "Council of Europe’s Commissioner for Human Rights"
    )


def test_contributor_organisation_in_a_letterhead_is_the_issuer(corpus: Path) -> None:
    # "CRC for Contamination Assessment and Remediation of the Environment" heads the release;
    # the scientist it quotes is not its issuer
    name = "2012-11-14-crc-for-contamination-assessment-and-remediation-of-the-environment-211385137.txt"
    ex = extract((corpus / "press-releases" / name).read_text(encoding="utf-8"), source_name=name)
    assert ex.issuer == "CRC for Contamination Assessment and Remediation of the Environment"


def test_party_contributor_is_the_issuer_where_the_text_cannot_tell(corpus: Path) -> None:
    # Two shadow ministers head the release jointly, so the text alone names no one issuer; the
    # catalogue files it under their party, the Australian Labor Party (the contributor field of
    # its file name), which the authority file knows. A letterhead printed with every letter
    # repeated, which no rule can read, is the same case.
    name = "2003-11-15-australian-labor-party-211261342.txt"
    text = (corpus / "press-releases" / name).read_text(encoding="utf-8")
    assert extract(text).issuer is None
    assert extract(text, source_name=name).issuer == "Australian Labor Party"


def test_page_of_a_known_publisher_is_issued_by_it_whoever_its_text_names(corpus: Path) -> None:
    # A Human Rights Watch news page that never names Human Rights Watch: the page furniture it was
    # saved with ("Get updates on human rights issues…", "Click to expand Image") is hrw.org's.
    path = corpus / "hrw-news" / "2024-03-21-cameroon-government-bans-opposition-coalitions.txt"
    text = path.read_text(encoding="utf-8")
    assert "Human Rights Watch" not in text
    assert extract(text).issuer == "Human Rights Watch"
    # without the furniture the text decides; with it, a page reporting what another
    # organisation said is still the publisher's
    caption = "Click to expand Image A protest in Geneva. © 2024 Private\n\n"
    statement = "Amnesty International today called on the Swiss authorities to release the protesters."
    assert extract(statement).issuer == "Amnesty International"
    assert extract(caption + statement).issuer == "Human Rights Watch"


def test_the_issuing_department_speaking_of_itself_is_the_issuer() -> None:
    # a State Department page (state.gov): "the Department" is the Department of State itself
    text = (
        "The United States stands with all Bulgarians whose work drives reforms forward, and the "
        "Department will continue to use its authorities to promote accountability for corrupt actors."
    )
    ex = extract(text, source_url="https://www.state.gov/designation-of-bulgarian-officials/")
    assert ex.issuer == "U.S. Department of State"
    assert "Department" not in {a.name for a in ex.actors}
    assert any(a.name == "U.S. Department of State" for a in ex.actors)


def test_a_web_pages_byline_names_no_actor() -> None:
    # state.gov pages open with their byline; who signs the page is the record's, as a dateline is
    page = (
        "https://www.state.gov/the-united-states-strongly-condemns-the-russian-missile-attack-against-odesa/"
    )
    text = (
        "Antony J. Blinken, Secretary of State\nThe United States strongly condemns the Russian missile "
        "attack on the Ukrainian port of Odesa today."
    )
    ex = extract(text, source_url=page)
    assert ex.issuer == "U.S. Department of State"
    assert {a.type for a in ex.actors} == {"state", "place"}
    # a plain text file has no byline: the same line names its person there
    assert any(a.name == "Antony J. Blinken" for a in extract(text).actors)


def test_a_letters_signature_names_its_issuer_whoever_it_reports_on(corpus: Path) -> None:
    # HRW's letter to EU ministers on UNRWA (2024) names UNRWA 28 times and is signed
    # "Yours sincerely, Bruno Stagno Ugarte, Chief Advocacy Officer, Human Rights Watch"
    path = corpus / "hrw-news" / "2024-02-07-letter-eu-and-eu-foreign-and-development-ministers-unrwa.txt"
    assert extract(path.read_text(encoding="utf-8-sig")).issuer == "Human Rights Watch"


def test_a_letters_addressee_is_not_its_issuer(corpus: Path) -> None:
    # a joint letter "to Member and Observer States of the United Nations Human Rights Council"
    name = "2024-05-30-bahrain-joint-letter-human-rights-situation-member-and-observer-states-united.txt"
    text = (corpus / "hrw-news" / name).read_text(encoding="utf-8-sig")
    assert extract(text).issuer != "UN Human Rights Council"


def test_a_contributor_written_given_name_first_is_named_as_the_text_writes_it(corpus: Path) -> None:
    # Trove files most releases "surname-given" ("ruddock-philip") and some "given-surname"
    # ("senator-george-brandis"): the issuer was "Brandis George"
    for name, issuer in (
        ("2011-04-27-senator-george-brandis-211351915.txt", "George Brandis"),
        ("2003-07-28-ruddock-philip-211255893.txt", "Philip Ruddock"),
    ):
        text = (corpus / "press-releases" / name).read_text(encoding="utf-8")
        assert extract(text, source_name=name).issuer == issuer


def test_a_photo_credit_for_the_issuer_is_no_body_of_its_own() -> None:
    # HRW's captions: "© 2024 Rositsa Raleva for Human Rights Watch"; the credit was an NGO
    # "Rositsa Raleva for Human Rights Watch" and the release's issuer
    text = (
        "Click to expand Image Migrant workers in Doha, Qatar, 2024. © 2024 Rositsa Raleva for Human "
        "Rights Watch\n\nQatar risks backsliding. Human Rights Watch stressed that abusive employers "
        "must be held to account."
    )
    found = extract(text)
    assert found.issuer == "Human Rights Watch"
    assert ("Rositsa Raleva", "person") in {(a.name, a.type) for a in found.actors}


@pytest.mark.parametrize(
    ("name", "issuer"),
    [
        # "SPEECH BY THE PRIME MINISTER", an Indira Gandhi memorial lecture naming her 16 times
        ("1989-02-10-hawke-bob-214059184.txt", "Bob Hawke"),
        # an "ELECTORATE TALK" that never names its speaker
        ("1977-05-01-fraser-malcolm-213719289.txt", "Malcolm Fraser"),
        # a Prime Minister's release naming the Prime Minister only by office
        ("2013-07-12-rudd-kevin-211397058.txt", "Kevin Rudd"),
        ("2011-10-22-o-connor-brendan-211362297.txt", "Brendan O'Connor"),
    ],
)
def test_a_release_the_text_does_not_sign_is_its_contributors(corpus: Path, name: str, issuer: str) -> None:
    text = (corpus / "press-releases" / name).read_text(encoding="utf-8")
    assert extract(text, source_name=name).issuer == issuer


def test_a_member_in_the_letterhead_issues_the_release_the_catalogue_credits_to_another(corpus: Path) -> None:
    # "CHRIS BOWEN MP / MINISTER FOR IMMIGRATION AND CITIZENSHIP", filed under Robert McClelland
    name = "2011-12-05-mcclelland-robert-211365325.txt"
    text = (corpus / "press-releases" / name).read_text(encoding="utf-8")
    assert extract(text, source_name=name).issuer == "Chris Bowen"
    # "THE HON BRENDAN O’CONNOR MP / MINISTER FOR HOME AFFAIRS", Chris Uhlmann's interview of him
    # filed under the interviewer (read as the issuer while "O’Connor" was no surname)
    name = "2010-11-05-chris-uhlmann-211345683.txt"
    text = (corpus / "press-releases" / name).read_text(encoding="utf-8")
    assert extract(text, source_name=name).issuer == "Brendan O'Connor"


def test_an_interviewer_the_catalogue_credits_is_not_named_the_issuer(corpus: Path) -> None:
    # the catalogue writes interviewers given name first ("barry-cassidy"); the text spells him
    # "Barrie", and the Minister he interviews is who released the transcript
    name = "2011-09-11-barry-cassidy-211360068.txt"
    text = (corpus / "press-releases" / name).read_text(encoding="utf-8")
    assert extract(text, source_name=name).issuer != "Barry Cassidy"


@pytest.mark.parametrize(
    "name",
    [
        # hrw.org pages (their photo captions' "Click to expand Image") reporting on others at length
        "2024-02-09-israel-rafah-evacuation-plans-catastrophic-unlawful.txt",  # was Benjamin Netanyahu
        "2024-08-13-tanzanian-arrests-bad-omen-upcoming-elections.txt",  # was the Police of Tanzania
        "2024-07-04-african-union-conference-addresses-pregnant-and-parenting-students.txt",
    ],
)
def test_a_page_with_its_publishers_furniture_is_the_publishers(corpus: Path, name: str) -> None:
    text = (corpus / "hrw-news" / name).read_text(encoding="utf-8-sig")
    assert extract(text).issuer == "Human Rights Watch"


def test_the_body_a_submission_is_addressed_to_did_not_write_it(corpus: Path) -> None:
    # "Malawi: Submission to the UN Committee on Economic, Social and Cultural Rights" had the
    # issuer "Committee on Economic" (the name cut at its comma)
    name = "2024-08-14-malawi-submission-un-committee-economic-social-and-cultural-rights.txt"
    ex = extract((corpus / "hrw-news" / name).read_text(encoding="utf-8-sig"))
    assert ex.issuer == "Human Rights Watch"
    committee = ("Committee on Economic, Social and Cultural Rights", "igo")
    assert committee in {(a.name, a.type) for a in ex.actors}


def test_an_interview_filed_under_its_interviewer_is_the_interviewees(corpus: Path) -> None:
    # "The Hon. Scott Morrison MP / Minister for Immigration …  Interview with Ben Fordham":
    # the catalogue files it under "ben-fordham"; the issuer had been "Fordham Ben"
    name = "2014-02-20-ben-fordham-211404368.txt"
    text = (corpus / "press-releases" / name).read_text(encoding="utf-8")
    assert extract(text, source_name=name).issuer == "Scott Morrison"


def test_a_letterhead_in_columns_names_the_member_the_catalogue_does_not(corpus: Path) -> None:
    # "LEADER OF THE OPPOSITION  THE HON. TONY ABBOTT MHR  FEDERAL MEMBER FOR WARRINGAH" on one
    # line heads Abbott's radio interview, which the catalogue files under Mitch Fifield, a name
    # the text never writes: no issuer had been found
    name = "2013-04-22-fifield-mitch-211393791.txt"
    ex = extract((corpus / "press-releases" / name).read_text(encoding="utf-8"), source_name=name)
    assert ex.issuer == "Tony Abbott"
    assert {d.by for d in ex.demands} == {"Tony Abbott"}


@pytest.mark.parametrize(
    "name",
    [
        # HRW's Daily Brief: a column in the first person under links to its German and French
        # editions, never naming its publisher
        "mission-to-haiti.txt",  # was the UN Security Council
        "the-eu-rewards-repression.txt",  # was the European Union
        "blasphemy-is-bogus.txt",  # was none
        # "Family members … told Human Rights Watch"; "The following quote can be attributed to
        # Niku Jafarnia, Yemen and Bahrain researcher at Human Rights Watch:" (was the United Nations)
        "2024-06-07-yemen-houthis-detain-un-staff-and-civil-society-representatives.txt",
        # "Testimony of John Sifton, Asia Advocacy Director, Human Rights Watch" (was the BJP)
        "2024-02-15-testimony-us-house-tom-lantos-human-rights-commission.txt",
        # "Human Rights Watch recommends that the Committee ask Zambia's government:" (was none)
        "2024-04-05-zambia-submission-african-committee-experts-rights-and-welfare-child.txt",
        # "Human Rights Watch Briefing Note on Human Rights in Sri Lanka" (was the UN High Commissioner)
        "2024-06-21-human-rights-watch-briefing-note-human-rights-sri-lanka.txt",
        # a report "researched and written by Fereshta Abbasi, Afghanistan researcher at Human Rights
        # Watch", whose witnesses "told Human Rights Watch" (was the ICRC it quotes)
        "nodate-a-disaster-for-the-foreseeable-future-.txt",
    ],
)
def test_a_page_that_names_its_publisher_seldom_is_still_the_publishers(corpus: Path, name: str) -> None:
    text = (corpus / "hrw-news" / name).read_text(encoding="utf-8-sig")
    assert extract(text).issuer == "Human Rights Watch"


@pytest.mark.parametrize(
    "text",
    [
        # whom witnesses talk to did the research
        "The United Nations has said at least 13 staff were detained. Family members and colleagues of "
        "some of those detained told Human Rights Watch that Houthi authorities have not revealed the "
        "locations of the people they detained, according to a friend who spoke to Human Rights Watch.",
        # the organisation recommending wrote the submission
        "The Ministry of Green Economy and Environment has launched a project in Kabwe. Human Rights "
        "Watch recommends that the Committee ask Zambia’s government: what steps it has taken.",
    ],
)
def test_an_organisation_that_interviews_or_recommends_is_the_issuer(text: str) -> None:
    assert extract(text).issuer == "Human Rights Watch"


def test_a_joint_letters_addressee_is_not_its_issuer() -> None:
    # the opening of a joint NGO letter on hrw.org (2024): its address line names the Council
    text = (
        "Joint NGO letter Calls for Renewal of UN Commission on Human Rights in South Sudan\n\n"
        "To Permanent Representatives of Member and Observer States of the United Nations (UN) Human "
        "Rights Council\n\n20 February 2024\n\nExcellencies,\n\n"
        "Ahead of the UN Human Rights Council’s 55th session, we, the undersigned non-governmental "
        "organisations, write to urge your delegation to support a full extension of the mandate of the "
        "UN Commission on Human Rights in South Sudan.\n\n"
        "The Human Rights Council should request the Commission to present an oral update.\n"
    )
    assert extract(text).issuer is None


@pytest.mark.parametrize(
    "name",
    [
        # addressed "to Member States of the United Nations Human Rights Council" in its title
        "2024-03-21-joint-ngo-statement-iran-member-states-united-nations-human-rights-council.txt",
        # signed by 91 organisations, one a line: none of them alone issued it
        "2024-02-26-joint-ngo-letter-calls-renewal-un-commission-human-rights-south-sudan-critical.txt",
        # "the Committee to Protect Journalists documented …": a source the letter cites
        "2024-05-30-bahrain-joint-letter-human-rights-situation-member-and-observer-states-united.txt",
    ],
)
def test_a_joint_letter_without_one_signatory_has_no_issuer(corpus: Path, name: str) -> None:
    assert extract((corpus / "hrw-news" / name).read_text(encoding="utf-8-sig")).issuer is None


def test_a_joint_letters_coordinator_named_again_is_its_issuer(corpus: Path) -> None:
    # "Sincerely, [2 Coordinating organizations] Human Rights Watch, Human Rights Now, [32
    # organizations …] …, Human Rights Watch, …": listed above the rest and again among them
    name = "2024-05-29-joint-letter-japanese-government-take-actions-protect-independence-icc.txt"
    text = (corpus / "hrw-news" / name).read_text(encoding="utf-8-sig")
    assert extract(text).issuer == "Human Rights Watch"


def test_an_organisations_name_alone_on_the_first_line_is_the_masthead(corpus: Path) -> None:
    # an hrw.org video transcript: "Human Rights Watch" on its first line, then the experts it
    # interviewed speak, each under a caption line ("Vrinda Grover, Lawyer, India")
    text = (corpus / "hrw-news" / "human-rights-watch.txt").read_text(encoding="utf-8")
    assert extract(text).issuer == "Human Rights Watch"


def test_a_department_the_catalogue_abbreviates_is_the_issuer() -> None:
    # the immigration department's statement on Manus, 2017 (filed as "dept-of-immigration-and-
    # border-protection"): it calls itself "the Department" and named the processing centre most
    text = (
        "Statement on conditions at the former Manus RPC\n\n"
        "Recent media reporting regarding conditions at the former Manus Regional Processing Centre "
        "(RPC) fails to acknowledge that those still residing there are doing so by choice. From that "
        "time, the Department’s staff no longer had authority to remain at the RPC. We categorically "
        "reject all claims about the RPC."
    )
    ex = extract(text, source_name="2017-11-10-dept-of-immigration-and-border-protection-251503694.txt")
    assert ex.issuer == "Department of Immigration and Border Protection"
