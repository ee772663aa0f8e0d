"""A quotation goes on after its attribution in a Senate scrape that lost its punctuation: the
sentences after "…said X" in the same paragraph are X's, not the release's senator's."""

from __future__ import annotations

from pathlib import Path

from advocacy_archive.index.extract import continued_quotes

from .test_speakers import demand_with, extracted


def test_sentence_after_a_quoted_colleagues_attribution_is_his(corpus: Path) -> None:
    # U.S. Senate: '"These immigrants should not be punished for losing a loved one on 9/11," said
    # Maloney. "Our country must act with compassion…"', scraped as "…on 9 11   said Maloney   Our
    # country must act with compassion in the treatment of all the victims of 9 11…"
    ex = extracted(corpus, "us-senate", "27Feb2007Lautenberg268.txt")
    assert demand_with(ex.demands, "act with compassion").by == "Carolyn Maloney"


def test_the_quotation_goes_on_over_the_paragraph(corpus: Path) -> None:
    # U.S. Senate: "Menendez said   We are standing together as Americans … Unless the ruling military
    # junta in Burma lets international aid workers provide assistance … Now is not a time to
    # consolidate power  it is a time to accept the world s cooperation and compassion"
    ex = extracted(corpus, "us-senate", "8May2008Obama83.txt")
    assert demand_with(ex.demands, "consolidate power").by == "Bob Menendez"
    # "…said Kennedy    The Burmese Government must do its part as well…"
    assert demand_with(ex.demands, "do its part as well and allow").by == "Ted Kennedy"
    # "Senator Brownback said     The current Iraqi refugee crisis is one of grief and sorrow   At
    # over 4 million refugees … The focus of this situation should be kept on assisting those affected"
    ex = extracted(corpus, "us-senate", "7Dec2007Levin10.txt")
    assert demand_with(ex.demands, "assisting those affected").by == "Sam Brownback"


def test_a_new_paragraph_or_a_long_stretch_is_the_release_again(corpus: Path) -> None:
    # U.S. Senate: "…said  Sen  Brownback  Instead   China has chosen to strengthen its military and
    # economic ties with Khartoum … Background  The resolution points out … The measure calls on
    # China to urge Sudan…": the background, far past the quotation, is Menendez's release
    ex = extracted(corpus, "us-senate", "27Jun2007Menendez259.txt")
    assert demand_with(ex.demands, "send a clear message").by == "Sam Brownback"
    assert demand_with(ex.demands, "The measure calls on").by == "Robert Menendez"
    # "…said Senator Clinton          The resolution approved by the Senate…": a paragraph's run
    text = "the Government of Sudan   said Senator Clinton          The resolution approved by the Senate"
    assert continued_quotes.speaker_before(text, text.index("The resolution")) is None


def test_a_stop_kept_is_no_lost_one() -> None:
    # a punctuated page: the sentence after '…, said Senator Smith.' is the release's narration
    text = "It must end now, said Senator Smith.   The bill would require the Secretary to report."
    assert continued_quotes.speaker_before(text, text.index("The bill")) is None


def test_an_attribution_with_a_description_after_the_name_goes_on(corpus: Path) -> None:
    # U.S. Senate: '"…desperately need help," said Councilman Eric Gioia, who represents Woodside,
    # Sunnyside … in the New York City Council. "Small businesses are the backbone … Con Ed needs to
    # step up…"', scraped with its commas lost to two spaces: the description runs to the lost stop
    ex = extracted(corpus, "us-senate", "01Aug2006Schumer368.txt")
    assert "Gioia" in str(demand_with(ex.demands, "Con Ed needs to step up").by)
    text = (
        "said Sen  Cardin  a Member of the Senate Foreign Relations Committee    It is important that we act"
    )
    span = continued_quotes.speaker_before(text, text.index("It is"))
    assert span is not None and text[span[0] : span[1]] == "Sen  Cardin"


def test_a_description_holds_no_lost_stop() -> None:
    # the name's description ends at the first run of three spaces: what follows is the quotation
    text = "said Senator Smith  who chairs the panel   The bill must pass   said the panel   We agree"
    span = continued_quotes.speaker_before(text, text.index("The bill"))
    assert span is not None and text[span[0] : span[1]] == "Senator Smith"
