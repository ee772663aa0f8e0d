"""An Australian release's "the Prime Minister" is the prime minister in office on its day, whom the
text names elsewhere without the title ("Julia Gillard", "Mr Rudd"); not where it names another
state's prime minister, nor where "the Prime Minister" names the role ("when he was the Prime
Minister")."""

from __future__ import annotations

from advocacy_archive.index.extract import extract
from advocacy_archive.index.extract.prime_ministers import TERMS
from advocacy_archive.index.extract.us_presidents import sitting

# Australian press release (transcript), Tony Abbott, dated 14 Jan 2011
ABBOTT = (
    "Now, just on the cabinet swearing-in. It’s pretty clear that this was a reshuffle from weakness. This "
    "reshuffle  was about the Prime Minister buying the loyalty of the faceless men who put her into office "
    "and who were  thinking of going over to Kevin Rudd. Now, it’s also pretty clear by the reaction to the "
    "reshuffle that it  hasn’t isolated Kevin Rudd, it’s goaded him.\n\n"
    "Now, the longer this government goes, the clearer it is that no cabinet that includes both Julia "
    "Gillard and  Kevin Rudd can function effectively for the public good."
)
# Australian press release, the Coalition, dated 28 Apr 2009
COALITION = (
    "Mr Rudd’s border protection policies have clearly failed. The Coalition calls on the Prime Minister "
    "to immediately launch an inquiry into Australia’s border security."
)
# Australian press release (transcript), Bob Hawke in Bangkok, dated 3 Feb 1989
HAWKE = (
    "JOURNALIST:  Mr Hawke,  the foreign Minister has said he doesn't think Australia should put an armed "
    "force in. Do you  agree with that view?\n\n"
    "if I can put. it this way, from the very generously detailed  briefing that I have been given both by "
    "the Prime Minister  and Foreign Minister Siddhi that they have optimism that this  precise issue is "
    "capable of being worked out.\n\n"
    "But I'm aware that, the Prime Minister of  Thailand has a long history of close personal friendships "
    "and  relationships with Prince Sihanouk."
)
# Australian press release (radio interview), Christopher Pyne, dated 18 Jul 2012
PYNE = (
    "Fordham: Julia Gillard seems to have a pretty good relationship with Barack Obama, the US  "
    "President.\n\n"
    "I think what it’s done is proven she’s  just not really up to the job of defending the Government. "
    "John Howard when he was the  Prime Minister; he always used to take those motions and he would use "
    "them as an  opportunity to throw back in the faces of the Opposition the Government’s position."
)


def names(text: str, surface: str, source_name: str) -> set[str]:
    ex = extract(text, source_name=source_name)
    return {a.name for a in ex.actors for s, e in a.mentions if " ".join(text[s:e].split()) == surface}


def test_the_prime_minister_is_the_one_in_office_that_the_release_names() -> None:
    # Gillard, not the Kevin Rudd the same text names, was in office in January 2011
    assert names(ABBOTT, "the Prime Minister", "2011-01-14-abbott-tony-211348127.txt") == {"Julia Gillard"}


def test_the_prime_minister_named_by_surname_alone_is_asked() -> None:
    name = "2009-04-28-unknown-211324659.txt"
    assert names(COALITION, "the Prime Minister", name) == {"Rudd"}
    ex = extract(COALITION, source_name=name)
    assert [tuple(d.targets) for d in ex.demands] == [("Rudd",)]


def test_the_host_prime_minister_of_a_visit_abroad_is_not_the_australian_one() -> None:
    assert "Hawke" not in names(HAWKE, "the Prime Minister", "1989-02-03-hawke-bob-214059106.txt")


def test_the_role_after_a_copula_is_no_one() -> None:
    found = names(PYNE, "the Prime Minister", "2012-07-18-pyne-christopher-211428922.txt")
    assert "Julia Gillard" not in found


def test_the_sitting_prime_minister_by_the_day_of_swearing_in() -> None:
    assert sitting("2010-06-23", TERMS) == "Rudd"
    assert sitting("2010-06-24", TERMS) == "Gillard"
    assert sitting("1980-01-01", TERMS) == ""


# Australian press release (transcript), Tony Abbott, dated 23 Jun 2012
ABBOTT_RIO = (
    "It doesn’t really  matter whether Julia Gillard and I talk about this.\n\n"
    "QUESTION:\n\n"
    "Greg Hunt earlier released a media statement saying that the PM has failed to win support in Rio for "
    "the  carbon tax."
)
# Australian press release (radio interview), Stephen Smith, dated 17 Nov 2009: the text names no Rudd
KELLY = (
    "FRAN KELLY: The PM came under some heavy pressure in question time yesterday over  whether the 22 "
    "asylum seekers who have left the Oceanic Viking were given any special  treatment, offered any "
    "special deal. The PM denies a deal, but lets be honest here."
)
# Australian press release (transcript), Kim Carr, dated 11 Oct 2011
PMC = "JOURNALIST: The processes, the PM&C processes regarding Mr Asher that"


def test_the_pm_is_the_prime_minister_in_office_that_the_release_names() -> None:
    assert names(ABBOTT_RIO, "the PM", "2012-06-23-abbott-tony-211375529.txt") == {"Julia Gillard"}


def test_the_pm_unnamed_is_the_office() -> None:
    assert names(KELLY, "The PM", "2009-11-17-australian-labor-party-211331314.txt") == {"Prime Minister"}


def test_the_department_of_the_pm_is_no_prime_minister() -> None:
    assert names(PMC, "the PM", "2011-10-13-gillard-julia-211361785.txt") == set()
