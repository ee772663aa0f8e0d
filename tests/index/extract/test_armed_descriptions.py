"""Armed groups named by what they are ("Islamic extremists", "jihadist groups", "Iranian-backed
forces", "those terrorists") are armed groups; the categories a policy speaks of are not."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def armed(text: str, source_name: str | None = None) -> dict[str, list[str]]:
    found = extract(text, source_name=source_name).actors
    return {a.name: [text[s:e] for s, e in a.mentions] for a in found if a.type == "armed_group"}


def test_fighters_named_by_their_cause_or_origin() -> None:
    # U.S. Senate, 2006; UN speech (Syria), 2016
    text = (
        "We are a nation at war and we are at war with Islamic extremists. According to the study, "
        "more than 360,000 foreign terrorists from 83 countries have entered Syria. Turkey has even "
        "supplied those terrorists with direct military support."
    )
    found = armed(text)
    assert found["Islamic extremists"] == ["Islamic extremists"]
    assert found["Foreign terrorists"] == ["foreign terrorists"]
    assert found["Terrorists"] == ["those terrorists"]


def test_plural_bodies_of_a_conflict_and_proxies() -> None:
    # UN speech (Russia), 2013; U.S. Senate, 2007; State Department, 2022
    text = (
        "It is common knowledge that jihadist groups that include numerous radical elements are "
        "fighting there. We appreciate the threat posed by militant groups in northeastern India. "
        "Russian-backed separatists shelled the town."
    )
    found = armed(text)
    assert found["Jihadist groups"] == ["jihadist groups"]
    assert found["Militant groups"] == ["militant groups"]
    assert found["Russian-backed separatists"] == ["Russian-backed separatists"]


def test_categories_a_policy_speaks_of_are_no_actor() -> None:
    # UN speeches, 2013 and 2016
    text = (
        "We had to prevent terrorist groups from taking over an entire country. She was convicted of "
        "membership of a terrorist organization. Our courts are trying terrorists in courts of law."
    )
    assert armed(text) == {}


def test_rebel_forces_separatist_fighters_and_armed_men() -> None:
    # HRW, 2024 (Cameroon; Burkina Faso); U.S. Senate, 2007
    text = (
        "Soldiers attacked the community, which was suspected of harboring separatist fighters. "
        "Rebel forces seized the town. Armed men stormed the church."
    )
    found = armed(text)
    assert found["Separatists"] == ["separatist fighters"]
    assert found["Rebels"] == ["Rebel forces"]
    assert found["Armed men"] == ["Armed men"]


def test_a_states_armed_forces_are_no_armed_group() -> None:
    # State Department, 2022
    text = "The armed forces of Mali and paramilitary forces opened fire."
    assert armed(text) == {}


def test_rebel_forces_and_the_rebels_are_one_side() -> None:
    # U.S. Senate, 2006
    text = "Rebel forces seized the town. The rebels then looted the market."
    assert armed(text) == {"Rebels": ["Rebel forces", "The rebels"]}


def test_and_backs_no_militia() -> None:
    # HRW, 2024 (Sudan): "the RSF and affiliated militias" had made "And affiliated militias"
    text = (
        "In El Geneina, the RSF and affiliated militias attacked the Massalit. Iranian-backed militias fired."
    )
    names = {a.name for a in extract(text).actors}
    assert "And affiliated militias" not in names
    assert "Iranian-backed militias" in names


def test_a_name_before_terrorist_organization_is_that_group() -> None:
    # UN speech (Turkey), 2016: a group the dictionary does not know, named and then described
    text = (
        "On 15 July, we in Turkey suffered a malicious coup attempt initiated by the Fethullah "
        "terrorist organization. That terrorist organization murdered 241 citizens."
    )
    found = armed(text)
    assert found["Fethullah terrorist organization"] == [
        "the Fethullah terrorist organization",
        "That terrorist organization",
    ]


def test_a_title_or_a_category_before_terrorist_organization_names_no_group() -> None:
    # U.S. Senate, 2006; UN speech, 2016
    text = (
        "Hamas has been designated as a Foreign Terrorist Organization by the Secretary of State. "
        "Kurdish terrorist organization members were arrested. Any terrorist organization will fail."
    )
    assert not any(n.endswith("terrorist organization") for n in armed(text))


def test_fighters_named_by_the_side_they_fight_for() -> None:
    # HRW, 2024 (Central African Republic; Mali)
    text = (
        "On May 28, 2014, Seleka attackers from Kilomètre 5 arrived at the church. Many people "
        "recognized some of the attackers as Seleka fighters. The deal came after Tuareg rebels "
        "launched a violent independence campaign."
    )
    found = armed(text)
    # "the attackers" after "Seleka attackers" are those attackers (anaphora.DESCRIBED)
    assert found["Seleka fighters"] == ["Seleka attackers", "the attackers", "Seleka fighters"]
    assert found["Tuareg fighters"] == ["Tuareg rebels"]


def test_a_states_fighters_are_no_armed_group_of_their_own() -> None:
    # State Department, 2022; Australian release, 2012
    text = (
        "We are putting small arms and munitions into the hands of Ukrainian fighters, who are "
        "defending their country. The aircraft was shot down by Japanese fighters."
    )
    assert not any(n.endswith("fighters") for n in armed(text))


def test_fighters_of_a_state_whose_army_the_text_does_not_name_among_armed_groups() -> None:
    # HRW, 2024 (Gaza): Israel's forces and Hamas named, no Palestinian army
    text = (
        "Israeli forces raided the hospital. Hamas denied the claim. Israel contends that the "
        "hospitals were being used by Palestinian fighters and therefore were not protected."
    )
    assert armed(text)["Palestinian fighters"] == ["Palestinian fighters"]
    without_groups = text.replace("Hamas denied the claim. ", "")
    assert "Palestinian fighters" not in armed(without_groups)


def test_fighters_of_a_militia_named_before_are_that_militia() -> None:
    # HRW, 2024 (Mali)
    text = (
        "The Dozo militia attacked the village. Witnesses said that scores of Dozo militiamen "
        "riding motorbikes stormed the village."
    )
    found = armed(text)
    assert found["Dozo militia"] == ["The Dozo militia", "Dozo militiamen"]


def test_terrorist_groups_a_demonstrative_or_armed_points_to() -> None:
    # UN speech (Syria), 2013; Australian interview, 2015; holdout's "the violent groups"
    text = (
        "Refugees fled owing to the activities of armed terrorist groups in border areas. If you "
        "come back, having fought for one of these terrorist groups, you face a jail term. We must "
        "prevent terrorist groups from acquiring weapons."
    )
    assert armed(text)["Terrorists"] == ["armed terrorist groups", "these terrorist groups"]


def test_the_rebels_after_one_side_named_are_that_side() -> None:
    # Human Rights Watch, 2024 (Mali)
    text = (
        "The deal came after Tuareg rebels launched a violent independence campaign in 2012 against "
        "Mali's government. The deal began to fray in August 2023 as hostilities renewed between the "
        "rebels and the Malian armed forces."
    )
    assert armed(text)["Tuareg fighters"] == ["Tuareg rebels", "the rebels"]


def test_fighters_of_the_side_an_apposition_describes_are_that_group() -> None:
    # Human Rights Watch, 2024 (Sudan)
    text = (
        "Civilians fled towards Tawila, controlled by the Sudan Liberation Army, Abdul Wahid forces, "
        "a Darfuri armed group. On May 28, Darfuri fighters entered the town."
    )
    found = armed(text)
    assert ["Sudan Liberation Army", "Darfuri fighters"] in found.values()
    assert "Darfuri fighters" not in found


def test_attackers_someone_has_and_two_word_sides() -> None:
    # Australian release, 1975; UN speech (Australia), 1966
    text = (
        "Australia did not approve the attempt to restrict Israel's right of reply to its many Arab "
        "attackers in the General Assembly. There is suffering on both sides. The deliberate "
        "massacres by Viet Cong terrorists continue."
    )
    found = armed(text)
    # the Viet Cong are known by name now (the National Liberation Front's armed group)
    assert found == {"Viet Cong": ["Viet Cong"]}


def test_a_sides_own_name_is_that_side_but_a_peoples_is_not() -> None:
    # Human Rights Watch, 2024 (Central African Republic; Mali)
    text = (
        "17 people had been killed, allegedly by fighters aligned with the Seleka, a predominantly "
        "Muslim coalition of armed groups. Anti-balaka militias rose in response to the Seleka and "
        "began to target Muslim civilians. Some armed Muslims were aligned with Seleka groups. On "
        "May 28, 2014, Seleka attackers arrived at the church. The deal came after Tuareg rebels "
        "launched a campaign. Ethnic Tuareg leaders spoke for the Tuareg, who fled."
    )
    found = armed(text)
    assert found["Seleka fighters"] == ["the Seleka", "the Seleka", "Seleka groups", "Seleka attackers"]
    assert found["Tuareg fighters"] == ["Tuareg rebels"]


def test_an_acronym_before_armed_group_names_that_group() -> None:
    # HRW, 2024 (DR Congo; the UK's record)
    text = (
        "The UK failed to press Rwanda to end its assistance to the M23 armed group. Authorities "
        "have been fighting the Rwanda-backed M23 rebel group since 2021. The largest armed group "
        "in the governorate spoke."
    )
    # M23 is known by its full name (resources/authority/additions.tsv)
    assert armed(text) == {"March 23 Movement": ["the M23 armed group", "M23 rebel group"]}


def test_a_groups_code_with_a_digit_before_rebels_is_that_group() -> None:
    # HRW, 2024 (DR Congo): one group with "the M23 armed group", not "rebels" of no side
    text = (
        "The conflict in eastern Congo has intensified as Rwandan-backed M23 rebels continue to seize "
        "territory around Goma. The M23 armed group denies it."
    )
    assert armed(text) == {"March 23 Movement": ["M23 rebels", "The M23 armed group"]}


def test_bare_fighters_listed_beside_other_fighters_or_forces() -> None:
    # State Department, 2021 and 2022 (Libya); U.S. Senate, 2007 (Colombia)
    text = (
        "They agreed to the complete withdrawal of all foreign forces, fighters, and mercenaries from "
        "Libya. In recent years both rebels and paramilitaries have financed their illegal "
        "activities through the drug trade."
    )
    found = armed(text)
    assert found["Mercenaries"] == ["mercenaries"]
    assert found["Fighters"] == ["fighters"]
    assert found["Paramilitaries"] == ["paramilitaries"]
    assert "rebels" in found["Rebels"]


def test_bare_fighters_in_a_list_of_no_fighters_stay_no_actor() -> None:
    # UN speech (USA), 2013: a category of policy, not a side of a conflict
    text = (
        "We must ensure that it does not become a safe haven for terrorists and extremists. "
        "The program trains nurses, teachers and fighters of fires."
    )
    assert armed(text) == {}


def test_the_attackers_are_the_side_named_before_them_not_the_group_named_most() -> None:
    # HRW, 2024 (Central African Republic): the anti-balaka are named by name more often, but the
    # attackers at the church were the Seleka's
    text = (
        "Christian anti-balaka militias rose across the country in response to the Seleka. The camp "
        "sheltered residents displaced after the anti-balaka attacked the capital. The attack came "
        "after months of killings between anti-balaka and armed Muslims. On May 28, 2014, Seleka "
        "attackers arrived at the church. The attackers entered the church from different directions."
    )
    found = armed(text)
    assert found["Anti-balaka"][:3] == ["anti-balaka", "anti-balaka", "anti-balaka"]
    assert "The attackers" in found["Seleka fighters"]


def test_a_speech_leaves_fighters_named_by_their_kind_unmarked() -> None:
    # Syria at the General Debate, 2013 and 2016; the United Arab Emirates, 2014
    text = (
        "Claims of the existence of moderate militants and extremist militants have become a bad joke. "
        "According to that study, more than 360,000 foreign terrorists from 83 countries have entered "
        "Syria. The threat posed by extremist fighters has increased. Turkey has even supplied those "
        "terrorists with direct military support."
    )
    assert armed(text, "SYR_71_2016.txt") == {"Terrorists": ["those terrorists"]}
    assert "Foreign terrorists" in armed(text)  # a release or report keeps them
