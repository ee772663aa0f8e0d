"""Whose voice a party's release speaks in: the member its letterhead names, unless the party
itself speaks in the text."""

from __future__ import annotations

from pathlib import Path

from advocacy_archive.index.extract import extract

from .test_speakers import demand_with


def _release(corpus: Path, name: str):
    path = corpus / "press-releases" / name
    return extract(path.read_text(encoding="utf-8"), source_name=name)


def test_joint_statement_of_two_shadow_ministers_makes_its_calls_in_the_first_members_name(
    corpus: Path,
) -> None:
    # Filed under the party; headed "JOINT STATEMENT  KEVIN RUDD, MP  SHADOW MINISTER FOR
    # FOREIGN AFFAIRS & LAURIE FERGUSON, MP …" and never has Labor speak as such
    ex = _release(corpus, "2005-06-08-australian-labor-party-211279761.txt")
    assert ex.issuer == "Australian Labor Party"
    assert demand_with(ex.demands, "we should reserve judgment").by == "Kevin Rudd"


def test_ministers_release_filed_under_his_party_is_the_ministers(corpus: Path) -> None:
    # "Philip Ruddock MP MINISTER FOR IMMIGRATION …  Joint Media Release with: Minister for
    # Foreign Affairs, Alexander Downer …": the Liberal Party says nothing in it
    ex = _release(corpus, "2002-07-31-liberal-party-of-australia-211245823.txt")
    assert {d.by for d in ex.demands} == {"Philip Ruddock"}


def test_party_that_speaks_in_its_release_keeps_its_calls(corpus: Path) -> None:
    # Headed "Senator Andrew Bartlett Australian Democrats’ Immigration Spokesperson", but "The
    # Australian Democrats today sought Senate support for the closure of…": his words are the
    # party's, as the annotated Democrats releases credit them
    ex = _release(corpus, "2002-02-13-australian-democrats-211234193.txt")
    assert demand_with(ex.demands, "We urge the ALP").by == "Australian Democrats"
    # "…, say the Australian Democrats." names the party after its verb
    ex = _release(corpus, "2002-01-31-australian-democrats-211233887.txt")
    assert {d.by for d in ex.demands} == {"Australian Democrats"}


def test_he_after_a_quotation_is_named_before_it_not_inside_it(corpus: Path) -> None:
    # '… Scott Morrison said today. “… require the Minister to give a full explanation …,” he
    # said. “… The Minister must explain how potential conflicts …"': "he" is Morrison, not the
    # Minister his quotation speaks of
    ex = _release(corpus, "2010-05-17-australian-labor-party-211338853.txt")
    assert demand_with(ex.demands, "must explain how potential conflicts").by == "Scott Morrison"


def test_joint_ngo_release_is_its_filing_organisations_and_its_labelled_staff_speak_for_it(
    corpus: Path,
) -> None:
    # Filed under "refugee-advice-casework-service"; the text writes "Refugee Advice & Casework
    # Service", and sets out each signatory's words under a label:
    # "Sarah Dale, Centre Director and Principal Solicitor, Refugee Advice & Casework Service:"
    ex = _release(corpus, "2020-04-02-refugee-advice-casework-service-266512052.txt")
    assert ex.issuer == "Refugee Advice & Casework Service"
    assert demand_with(ex.demands, "We must ensure all people").by == "Refugee Advice & Casework Service"
    # another signatory's label keeps its own organisation
    assert demand_with(ex.demands, "must allow people to return").by == "Human Rights Law Centre"
