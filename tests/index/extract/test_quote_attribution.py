"""Who speaks a Senate release's quotations: the one named in its attribution, also when the text
lost the quotation's closing mark or names him beside the issuing senator."""

from __future__ import annotations

from pathlib import Path

from advocacy_archive.index.extract import extract

from .test_speakers import demand_with


def test_a_quotation_closes_before_its_attribution_verb(corpus: Path) -> None:
    # '"It's time for our nation to do much more…worldwide, said Esta Soler, President of the
    # Family Violence Prevention Fund.  We commend…"': no closing mark before "said"
    name = "01Nov2007Biden17.txt"
    ex = extract((corpus / "us-senate" / name).read_text(encoding="utf-8"), source_name=name)
    assert demand_with(ex.demands, "do much more to protect women").by == "Esta Soler"
    # the quotation before stays Larry Cox's ('"…," Mr. Cox continued. "Until now…')
    assert demand_with(ex.demands, "We need a consistent vision").by == "Larry Cox"


def test_senators_listed_beside_the_issuer_speak_their_own_quotations(corpus: Path) -> None:
    # "Senators Menendez, Biden, Kerry, Sanders, Dodd and Bingaman…" in Biden's release; then
    # '"…America needs to lead the effort…," said Senator Kerry.'
    name = "04Dec2007Biden6.txt"
    ex = extract((corpus / "us-senate" / name).read_text(encoding="utf-8"), source_name=name)
    assert ex.issuer == "Joe Biden"
    assert demand_with(ex.demands, "lead the effort to help at-risk").by == "John Kerry"
    assert demand_with(ex.demands, "demonstrate responsible leadership").by == "Christopher Dodd"
    # the joint call of the senators named together stays the issuer's
    assert demand_with(ex.demands, "are urging the president to secure").by == "Joe Biden"
