"""`extract(text) -> Extraction`: every finder in order, the selection of the longest mentions, their
grouping into actors, the issuer and the demands (the pipeline the package's docstring tells).

It lives apart from the package's `__init__` so that it is compiled with the finders: setup.py
compiles every module of the package but its `__init__`, which must stay pure Python to choose
between the compiled modules and their sources (compiled.py). Run from `__init__`, this function,
`_select` (seven calls a document) and `_group` were interpreted in the compiled build, and each of
the hundred calls a document into a finder went through Python's calling convention: a twentieth
of the compiled build's time (benchmarks/RESULTS.md, h37_speed).
"""

from __future__ import annotations

import re

from ..models import Actor, Extraction
from . import (
    abd_names,
    acronyms,
    acting_europe,
    actors,
    agreements,
    anaphora,
    appositions,
    arabic_places,
    armed_descriptions,
    bare_groups,
    body_heads,
    body_offices,
    body_people,
    body_titles,
    broadcasters,
    capitals,
    chambers,
    civil_society,
    coalitions,
    commonwealth,
    companies,
    compass_places,
    compass_states,
    congo_names,
    conjuncts,
    context,
    counted_organisations,
    credits,
    defined_offices,
    development_partners,
    federal_services,
    floor_address,
    foreign_forces,
    friends_groups,
    genres,
    given_before,
    global_community,
    group_references,
    hard_wraps,
    holders,
    hyphens,
    introduced_bodies,
    introduced_names,
    islamic_republics,
    island_states,
    kin,
    labels,
    leaders_governments,
    legislatures_of,
    lost_apostrophes,
    media_names,
    member_states,
    ministries,
    missions,
    misspelt_names,
    name_keys,
    name_variants,
    named_parties,
    nation_nouns,
    national_armies,
    national_police,
    national_sections,
    nicknames,
    nominees,
    office_titles,
    oppositions,
    organisations,
    organs,
    overprints,
    own_country,
    own_people,
    particles,
    party_governments,
    patronymics,
    people,
    people_plurals,
    peoples,
    place_phrases,
    place_surnames,
    places,
    plain_aliases,
    plus_groups,
    policy_names,
    populations,
    possessed_forces,
    possessive_peoples,
    prime_ministers,
    prosecutors,
    rapporteurs,
    recurring_groups,
    recurring_surnames,
    relatives,
    role_names,
    role_predicates,
    ruling_parties,
    senator_groups,
    senator_lists,
    ships,
    short_names,
    sides,
    signatory_states,
    signatures,
    speech_bodies,
    speech_fighters,
    spelt_names,
    staff_titles,
    state_heads,
    state_media,
    state_offices,
    state_partners,
    surnames,
    title_offices,
    titled_names,
    un_mechanisms,
    un_offices,
    unnamed_powers,
    upper_names,
    us_presidents,
    warring_parties,
    waters,
    web_addresses,
    wrapped_names,
)
from .authority import Authority, authority
from .demand_merge import merge_within_sentences
from .demands import find_demands
from .issuer import find_issuer
from .mention import Mention
from .tokens import cap_words


def _select(cands: list[Mention], taken: list[Mention] | None = None) -> list[Mention]:
    """Longest span first; the same span may carry several actors only when composed
    ("the Syrian and Russian governments")."""
    chosen = list(taken or [])
    if not cands:
        return chosen  # no acronyms or name parts to add: most documents
    size = max([m.end for m in chosen + cands], default=0) + 1
    occupied = bytearray(size)  # one byte per character: overlap tests stay linear
    for c in chosen:
        occupied[c.start : c.end] = b"\x01" * (c.end - c.start)
    # The chosen mentions by span, needed only when a composed mention meets a taken span: built then.
    by_span: dict[tuple[int, int], list[Mention]] | None = None
    for m in sorted(cands, key=lambda m: (-(m.end - m.start), -m.rank, m.start)):
        if occupied.find(1, m.start, m.end) == -1:
            chosen.append(m)
            occupied[m.start : m.end] = b"\x01" * (m.end - m.start)
            if by_span is not None:
                by_span.setdefault((m.start, m.end), []).append(m)
        elif m.rank == 4:
            if by_span is None:
                by_span = {}
                for c in chosen:
                    by_span.setdefault((c.start, c.end), []).append(c)
            same = by_span.get((m.start, m.end), [])
            if same and all(c.rank == 4 and c.name != m.name for c in same):
                chosen.append(m)
                same.append(m)
    return chosen


def _within(inner: Mention, outer: Mention) -> bool:
    """Whether `inner` lies inside `outer` or its article ("the Nepali Congress" of "Nepali Congress
    party")."""
    return outer.start - len("the ") <= inner.start and inner.end <= outer.end


def _commonest_type(ms: list[Mention]) -> str:
    """The type most of the mentions have; on a tie the one met first (as Counter.most_common)."""
    first = ms[0].type
    if all(m.type == first for m in ms):
        return first  # nearly every actor: no counting
    counts: dict[str, int] = {}
    for m in ms:
        counts[m.type] = counts.get(m.type, 0) + 1
    return max(counts, key=counts.__getitem__)  # max keeps the first of equals


def _commonest_name(ms: list[Mention]) -> str:
    """The writing most of the mentions have; on a tie the authority file's, else the one with
    fewer capitals, else the fuller ("… of the Treasury")."""
    counts: dict[str, int] = {}
    known: set[str] = set()
    for m in ms:
        counts[m.name] = counts.get(m.name, 0) + 1
        if m.aid >= 0:
            known.add(m.name)
    # on a tie, the writing of a sentence before a headline's capitals ("HMONG refugees")
    return max(counts, key=lambda n: (counts[n], n in known, -sum(map(str.isupper, n)), len(n)))


def _by_name(mentions: list[Mention]) -> dict[str, list[Mention]]:
    """The mentions by the actor they name, in text order: names written differently join when
    `name_keys` says they are one (an article, a letterhead's capitals, "Department of the
    Treasury", "Department of Treasury"); a body's or group's also when its words are only
    ordered otherwise ("women and girls", "girls and women"), a person's never."""
    by_written: dict[str, list[Mention]] = {}
    for m in mentions:  # by the name as given first: the keys are read once a name
        by_written.setdefault(m.name, []).append(m)
    by_name: dict[str, list[Mention]] = {}
    joined = False
    for name, ms in by_written.items():
        k = name_keys.key(name)
        if ms[0].type != "person":
            k = name_keys.unordered(k)
        if k in by_name:
            joined = True
        by_name.setdefault(k, []).extend(ms)
    if joined:  # rare: the first met decides a tie of names or types
        for ms in by_name.values():
            ms.sort(key=lambda m: m.start)
    return by_name


def _group(mentions: list[Mention]) -> tuple[Actor, ...]:
    by_name = _by_name(mentions)
    result = []
    for ms in by_name.values():
        name = ms[0].name if all(m.name == ms[0].name for m in ms) else _commonest_name(ms)
        name = name.replace("’", "'")
        if "  " in name or "\n" in name:  # a name read across a wrapped line
            name = " ".join(name.split())
        typ = _commonest_type(ms)
        spans = tuple(sorted({(m.start, m.end) for m in ms}))
        result.append(Actor(name, typ, spans))
    result.sort(key=lambda a: a.mentions[0])
    return tuple(result)


# A body's head word standing alone ("the Department", "this Ministry") where nothing in the text
# names a body it could stand for: the issuing body speaking of itself, as a State Department page
# says "the Department" and a ministry's release "the Ministry".
HEAD_WORDS = frozenset("Department Ministry Office Agency Commission Committee Council Embassy".split())


# A web page's byline, its first line: "Antony J. Blinken, Secretary of State", "Ned Price,
# Department Spokesperson", "Office of the Spokesperson". Short, no sentence, a name and a title
# or an office: who signs the page, which the issuer already says.
BYLINE_RE = re.compile(r"(?:Office of [^,.!?:\n]{3,60}|[^,!?:\n]{3,40}, [^,.!?:\n]{3,50})[^\S\n]*(?:\n|$)")


def _byline_end(text: str, genre: str) -> int:
    """Where a web page's byline ends, or 0 when the page has none (or is no web page)."""
    if genre != "web":
        return 0
    m = BYLINE_RE.match(text)
    return m.end() if m else 0


SIGNER_RE = re.compile(r"((?:[A-Z][\w'’-]*\.?[^\S\n]+){1,3}[A-Z][\w'’-]+), ([^,.!?:\n]+?)[^\S\n]*\n?$")


def _signers(byline: str, hints: genres.Hints) -> tuple[tuple[str, str], ...]:
    """Who the page says holds an office, beside its text: the person and title of its byline
    ("Antony J. Blinken, Secretary of State"), and on the Department of State's own pages its head,
    whom "the Secretary" names there."""
    out = []
    m = SIGNER_RE.fullmatch(byline)
    if m:
        out.append((m.group(1), m.group(2)))
    if hints.publisher == "U.S. Department of State":
        out.append(("U.S. Secretary of State", "Secretary of State"))
    return tuple(out)


def _issuer_named_by_head(found: tuple[Actor, ...], issuer: str | None) -> tuple[Actor, ...]:
    words = set(issuer.split()) if issuer else set()
    heads = [a for a in found if a.name in HEAD_WORDS and a.name in words]
    if not heads or issuer is None:
        return found
    own = next((a for a in found if a.name == issuer), None)
    spans = tuple(sorted({s for a in heads for s in a.mentions} | set(own.mentions if own else ())))
    merged = Actor(issuer, own.type if own else heads[0].type, spans)
    rest = [a for a in found if a not in heads and a is not own]
    return tuple(sorted([*rest, merged], key=lambda a: a.mentions[0]))


def _publishers_state(publisher: str, auth: Authority) -> int:
    """The state whose government or legislature publishes a page ("U.S. Department of State"),
    or -1 for any other publisher (Human Rights Watch)."""
    aid = auth.by_name.get(publisher, -1)
    if aid < 0 or auth.types[aid] not in ("government", "legislature"):
        return -1
    return auth.country[aid]


def extract(
    text: str,
    *,
    title: str | None = None,
    issuer_hint: str | None = None,
    source_name: str | None = None,
    source_url: str | None = None,
) -> Extraction:
    """Find the actors named in `text`, the demands made, and the issuing organisation.

    Everything but `text` is optional metadata, used by the conventions of each genre (genres.py):
    `issuer_hint` the publisher or sender the file names, `source_name` the file's name
    ("GBR_71_2016.txt", "10Dec2007Martinez17.txt"), `source_url` the page's own address.
    `title` is accepted for callers that keep it apart from the text; offsets always refer to `text`.
    """
    auth = authority()
    hints = genres.hints(source_name, source_url, issuer_hint)
    # a speech's "our troops" are the speaking state's, whatever state it names most
    own = auth.by_name.get(hints.state, -1) if hints.state else -1
    if hints.genre == "senate":
        own = auth.by_name.get("United States", -1)
    elif hints.genre == "release":  # a ParlInfo release: an Australian member's or party's
        own = auth.by_name.get("Australia", -1)
    elif hints.publisher and own < 0:
        own = _publishers_state(hints.publisher, auth)
    # a U.S. senator's release, a State Department or White House page: "the Senate", "the
    # Administration", "the President" are the United States', whatever state it names most
    us_page = own >= 0 and own == auth.by_name.get("United States") and hints.genre in ("senate", "web")
    text = hyphens.plain(text)  # "Hanson‐Young": the hyphen every finder writes, for actors and speakers
    # "Burma s military government": actors are read with the scrape's lost apostrophes put back
    stored, text = text, lost_apostrophes.restored(text)
    text = hard_wraps.joined(text)  # "the United \nNations Stabilization Mission": one name across a wrap
    caps = cap_words(text)  # shared: most finders only try matches at capitalised words
    # "AFP" of an Australian release: its Federal Police, not the news agency (own state first)
    cands = context.settle(actors.scan(text, auth, caps, lost_apostrophes.scraped(stored)), text, auth, own)
    cands = plain_aliases.settle(cands, text, auth)  # "… Calling for Immediate Action in Darfur"
    cands += national_sections.national_sections(text, cands, auth)  # "Oxfam America": one charity
    cands += people.titled(text, caps) + people.titled_lists(text, caps) + people.said(text, caps)
    cands += people.offices(text, caps) + people.given_name_pairs(text, auth.given_names, caps)
    cands += abd_names.abd_names(text)  # "Abdulhadi Al-Khawaja": an Abd… given name no list holds
    cands += relatives.who_named(text)  # "a story from Bianca Hall, who used …"
    cands += kin.kin(text, auth)  # "Malanga’s son Marcel": the son, not his father
    cands += introduced_names.introduced(text, auth, caps)  # "journalist Daniel Pearl"
    cands += introduced_bodies.introduced(text, auth)  # "the Israeli rights group Yesh Din"
    cands += appositions.appositions(text, auth) + state_offices.state_offices(text, auth)
    cands += role_names.role_names(text, auth)
    cands += credits.credited(text) + places.listed_places(text) + labels.labelled(text, auth)
    cands += signatures.signatures(text)
    cands += recurring_surnames.recurring_surnames(text, auth, caps, cands)  # "Alexei Navalny" … "Navalny"
    kinds = place_phrases.kind_words(text)  # one search for the area words both place finders read
    cands += place_phrases.places(text, auth, kinds, cands)  # some lie in the dictionary's places
    cands += ships.ships(text) + places.party_states(text, auth) + places.continent_parts(text, auth)
    cands += compass_places.compass_places(text, auth, cands)  # "North Kivu": a compass word and a name
    cands += arabic_places.arabic_places(text, auth)  # "Khirbet Zanuta", "Deir al-Balah"
    cands += office_titles.office_titled(text, caps) + state_media.state_media(text, auth)
    cands += title_offices.title_offices(text)  # "the Attorney General’s Office": a body, no person
    cands += media_names.media_names(text, auth) + broadcasters.broadcasters(text, auth)
    cands += legislatures_of.legislatures(text, auth)  # "the Congress of Peru"
    cands += sides.sides(text, auth) + nation_nouns.nation_nouns(text, auth, caps)  # "the Lebanese"
    cands += unnamed_powers.unnamed_powers(text)  # "certain countries", "major Powers"
    cands += island_states.island_states(text)  # "small island developing States (SIDS)", "SIDS"
    cands += state_partners.state_partners(text, auth, own)  # "Kazakhstan’s international partners"
    cands += development_partners.development_partners(text)  # "our development partners"
    cands += possessive_peoples.possessive_peoples(text, auth)  # "Gaza’s population", "Tasmania’s people"
    cands += warring_parties.warring_parties(text, auth)  # "Sudan’s warring parties", "both warring parties"
    # "a fair go from the Commonwealth": an Australian release's federal government; a speech's is the
    # Commonwealth of Nations
    cands += commonwealth.commonwealth(text, auth, -1 if hints.genre == "un-speech" else own)
    if hints.genre == "un-speech":  # "all Member States": the Organization's members, asked to act
        cands += member_states.member_states(text)
    bodies = organisations.organisations(text, caps)
    if hints.genre == "un-speech":  # "the Fourth Committee": the Organization's, not a charity
        speech_bodies.retype(bodies, text)
    cands += bodies + places.places(text, caps, kinds)
    cands += companies.companies(text)  # "OOO Transoil", "Nord Gold PLC": a company, by its legal form
    cands += waters.waters(text)  # "the Gulf of Guinea": the water, not the Gulf and the state
    cands += plus_groups.plus_groups(text, auth)  # "the P5+1", "the GCC+3": a grouping of states, not the GCC
    cands += friends_groups.friends_groups(text)  # "the Friends of Sudan": a grouping of states, not Sudan
    cands += civil_society.civil_society(text, auth)  # "Liberian civil society organizations"
    cands += counted_organisations.counted_organisations(text)  # "more than 94 other organizations"
    if us_page:  # "the National Weather Service": a U.S. agency; elsewhere as often a charity
        cands += federal_services.federal_services(text)
    cands += wrapped_names.wrapped_names(text)  # "The Department\nof Family …": a wrapped line
    cands += upper_names.upper_names(text)  # "DEPARTMENT OF IMMIGRATION": a letterhead's name
    cands += surnames.sons_of(text, cands, auth)  # "Saeed bin Nasser": an Arabic name, not "Nasser" a place
    cands += patronymics.patronymic_names(text)  # "Ksenia Gennadevna Frank": a patronymic names a person
    particles.extend(text, cands, auth)  # "Mohammed Shia al-Sudani": the finders stop at "al-"
    surnames.extend(text, cands, auth)  # "Irina Vladimirovna Kremleva": they read two words
    # "Abu Ubaydah Yusuf al-Anabi": the third word read on, the particle's surname follows it
    particles.extend(text, cands, auth)
    chosen = _select(populations.settle(cands, text))
    # "should protect older people": a group the text names elsewhere, after a verb here
    chosen = _select(recurring_groups.elsewhere(text, chosen), chosen)
    people.with_ranks(text, chosen)  # "Assistant Secretary for …": the rank before an office is its own
    chosen = role_predicates.without_roles(text, chosen)  # "as President", "to be the Assistant Secretary"
    chosen = policy_names.without_policies(text, chosen)  # "the Pacific Solution": a policy, no place
    # "NATO Secretary General", "EEAS Secretary General": another body's office, not the UN's
    chosen = [m for m in chosen if not (m.type == "person" and context.others_office(m, text, auth))]
    chosen = _select(acronyms.acronyms(text, chosen, caps), chosen)
    chosen = spelt_names.spelt_names(text, chosen)  # "al-Qa’ida in the Islamic Maghreb (AQIM)": one name
    chosen = _select(conjuncts.conjuncts(text, chosen, auth), chosen)  # "Xu Zhiyong and Ding Jiaxi"
    chosen = _select(conjuncts.places(text, chosen, auth), chosen)  # "Khartoum, Bahri, and Omdurman"
    compass_states.extend(text, chosen)  # "Central Uganda", "WESTERN SUDAN": the region, not the state
    chosen = _select(places.everywhere(text, chosen), chosen)  # "In Dakka Sebbe" after "… Dakka Sebbe and"
    chosen = _select(islamic_republics.islamic_republics(text, chosen, auth), chosen)  # Iran, Afghanistan
    persons = [m for m in chosen if m.type == "person"]
    people.resolve_short(persons, lost_apostrophes.scraped(stored))
    given_before.given_before(text, persons, chosen, auth)  # "Harsh Mander" where "Mander" was found
    name_variants.unify(text, persons)  # "Hillary Clinton" after "Hillary Rodham Clinton"
    nicknames.unify(text, persons)  # "Bernie Sanders" and "BERNARD SANDERS" under his letter
    # "Mr. Snodden" of a scan that reads "Mr. Snedden" six times; a release's file name spells its own
    misspelt_names.unify(persons, tuple(w.lower() for w in (*hints.contributor, hints.surname or "")))
    chosen = _select(people.name_parts(text, persons, caps), chosen)
    place_surnames.place_surnames(text, chosen)  # "the Houston panel" after "Angus Houston"
    if hints.genre == "senate":  # "Obama  Brownback  Durbin  and DeWine Introduce…": co-sponsors
        chosen = _select(senator_lists.senator_lists(text, auth, chosen), chosen)
    named = named_parties.named_parties(text, chosen)  # "the Nepali Congress party": no parliament
    if named:
        chosen = _select(named, [c for c in chosen if not any(_within(c, n) for n in named)])
    referred = anaphora.references(text, chosen) + anaphora.armed_groups(text, chosen)
    # "Dozo militiamen" are the "Dozo militia" anaphora found
    referred += armed_descriptions.armed_descriptions(text, chosen + referred, auth)
    referred += oppositions.oppositions(text, chosen + referred, auth)  # "the Syrian opposition"
    referred += ministries.ministries(text, chosen, auth)  # "the education ministry"
    referred += prosecutors.prosecutors(text, chosen, auth)  # "the prosecutor’s office"
    referred += ruling_parties.ruling_parties(text, chosen)  # "the ruling party"
    referred += anaphora.possessed_parties(text, chosen)
    referred += anaphora.soldiers(text, chosen) + chambers.chambers(text, chosen)
    referred += possessed_forces.possessed_forces(text, chosen, auth)  # "its forces": Israel's army
    referred += foreign_forces.foreign_forces(text, chosen)  # "the withdrawal of foreign troops"
    referred += senator_groups.senator_groups(text)  # "a bipartisan group of Senators" … "the Senators"
    referred += group_references.references(text, chosen + referred)
    if hints.genre == "un-speech":  # "those terrorists": a speech's category, no group it tells of
        referred = speech_fighters.without_categories(text, referred)
    if referred:  # most statements have none: the selection need not run again
        chosen = _select(referred, chosen)
    chosen = missions.missions(text, chosen)  # "the African Union Mission in Sudan (AMIS)"
    # "the Council’s president", "the King of Bhutan": the office is the person, not the body
    offices = people.body_offices(text, chosen) + state_heads.state_heads(text, chosen, auth)
    offices += rapporteurs.rapporteurs(text, chosen)  # "the UN Special Rapporteur on torture"
    offices += un_offices.un_offices(text)  # "the UN secretary-general", "the UN special envoy"
    offices += un_mechanisms.mechanisms(text, chosen)  # "the UN Working Group on Arbitrary Detention"
    offices += body_heads.body_heads(text, chosen)  # "the prosecutor of the International Criminal Court"
    offices += body_offices.body_offices(text, chosen)  # "the ICC prosecutor", "the NATO secretary general"
    if offices:  # "the Knesset’s … committee chair": the office takes the body's mention in
        chosen = [
            c for c in chosen if not any(o.start <= c.start and c.end <= o.end for o in offices)
        ] + offices
    byline = _byline_end(text, hints.genre)
    if byline:  # the page's author line, like its dateline, is the record's, not a mention
        chosen = [c for c in chosen if c.start >= byline]
    struck = overprints.struck_lines(text)  # "L L L L L L L LA A A…": "U U U U S S S S" is no "U S"
    if struck:
        chosen = [c for c in chosen if not any(s <= c.start < e for s, e, _ in struck)]
    # "https://twitter.com/RFJ_USA": a host's or mailbox's words, not a mention of Rewards for Justice
    chosen = web_addresses.outside_addresses(chosen, web_addresses.address_spans(text))
    chosen = agreements.without_agreements(chosen)  # "the Pact for the Future": a text, no body
    if hints.genre != "un-speech":  # "Congo's army" in a report on the DRC: its army, not its neighbour's
        congo_names.unify(text, chosen, auth)
    # "the BJP-led government", "the former Coalition government": the state's government
    chosen = party_governments.party_governments(text, organs.led_governments(text, chosen), auth)
    chosen = coalitions.coalitions(text, chosen, auth)
    resolved = organs.resolve(chosen, auth, own, hints.genre == "un-speech", text, hints.genre == "release")
    if hints.date:  # "the Opposition" of an Australian release: the party in opposition that day
        oppositions.name_australian_opposition(text, resolved, hints.date, auth)
    capitals.governments(text, resolved, auth)  # "to persuade Khartoum to negotiate"
    signatory_states.signatory_states(text, resolved, auth)  # "a joint statement issued by Canada, …"
    # "Azerbaijan’s President Aliyev": one person; after the organs, which read the state named there
    resolved = body_titles.titled_by_body(text, resolved)
    resolved = staff_titles.titled_staff(text, resolved)  # "Special Assistant to the President and …"
    if hints.genre == "un-speech":  # "my people": the speaking state's
        resolved += own_people.own_people(text, resolved, own, auth)
        resolved += own_country.own_country(text, resolved, own, auth)  # "my country"
    elif hints.genre == "senate":  # a senator's "our country", "our nation": the United States
        resolved += own_country.own_country(text, resolved, own, auth, senator=True)
    resolved += own_people.possessed_people(text, resolved, auth)  # "its own people"
    resolved += global_community.global_community(text, resolved, auth)  # the international community
    resolved = leaders_governments.link(
        text, resolved, auth, own if us_page else -1
    )  # "the Bush administration" is the U.S.'s
    resolved = leaders_governments.led_by_person(text, resolved, auth)  # "President Boakai’s administration"
    if us_page and own >= 0:  # "Does the administration agree?": the U.S. one
        leaders_governments.own_administration(text, resolved, own, auth)
    # "the Minister" named after the minister the text names, "the Secretary" after the signer
    # "the President" of a U.S. page is the one in office that day: "President George W. Bush"
    sitting = us_presidents.sitting(hints.day) if us_page else ""
    holders.link(text, resolved, _signers(text[:byline], hints), own, hints.genre == "un-speech", sitting)
    if hints.date:  # "the Prime Minister" of an Australian release: the one in office that day
        resolved += prime_ministers.short_offices(text, resolved)  # "the PM"
        prime_ministers.name_sitting(text, resolved, hints.date)
    defined_offices.link(text, resolved)  # "the Secretary of Commerce (Secretary)" … "the Secretary"
    # "the nominee" of a confirmation statement: the one person it names as nominated
    resolved += nominees.nominees(text, resolved, lost_apostrophes.scraped(stored))
    floor_address.chair(text, resolved, hints.genre)  # "Mr. President, I rise…": the chair
    short_names.link(text, resolved)  # "the Supreme Court" after "Nepal’s Supreme Court"
    peoples.link(text, resolved)  # "the people of Burma" after "the Burmese people"
    people_plurals.link(text, resolved)  # "Uyghurs" after "the Uyghur people"
    bare_groups.link(text, resolved)  # "the prisoners" after "political prisoners"
    national_armies.unify(text, resolved, auth)  # "the Israeli military" is the "Israel Defense Forces"
    national_police.unify(resolved)  # "Indonesian police" are the "Indonesian National Police"
    acting_europe.link(text, resolved, auth)  # "Europe will always stand for …": the European Union
    body_people.extend(text, resolved)  # "United Nations inspectors": a group of their own
    resolved = titled_names.join(text, resolved, hints.genre == "un-speech")  # "Secretary Rice": one mention
    found = _group(resolved)
    issuer = find_issuer(stored, found, hints)
    found = _issuer_named_by_head(found, issuer)
    demands = merge_within_sentences(stored, find_demands(stored, found, issuer, title, hints.genre))
    return Extraction(issuer, found, demands)
