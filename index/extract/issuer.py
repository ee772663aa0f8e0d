"""Which organisation issued the statement: first what its metadata says by the conventions of
its genre (the page's publisher, the speaking delegation, the senator's office, the release's
contributor — see genres.py), checked against the text where it names a person; otherwise from the
text itself: dateline, "X calls on…", "we at X", "… Human Rights Watch said today", a sign-off,
"on behalf of France". None rather than a guess."""

from __future__ import annotations

import bisect
import re
import unicodedata

from ..models import Actor
from .authority import authority
from .genres import Hints, canonical, page_publisher
from .overprints import overprinted_person
from .tokens import lowered

ORG_TYPES = frozenset({"ngo", "party", "igo", "government", "legislature", "person", "media"})
AFTER_RE = re.compile(
    # an organisation citing its own record, "Human Rights Watch has documented / condemned…";
    # not "X has called / urged…", which a release reports of others, nor "ASEAN has said little"
    r"^(?:,[^,.\n]{0,80},)?\s*(?:today\s+)?(?:ha(?:s|ve)\s+(?:long\s+|also\s+|repeatedly\s+)?"
    r"(?:condemned|documented)\b|said|says|calls?|called|urged?|urges|demands?|welcomed?|"
    r"condemn(?:s|ed)?|warned|stated|announced|made\s+a\s+submission|submitted|published|released|"
    r"wrote\s+to|researchers?|research|documented|interviewed|recommends)\b"
)
# An organisation introducing itself: "Human Rights Watch is an independent non-governmental
# organization that…".
SELF_DESCRIBED_RE = re.compile(
    r"^\s+is\s+an?\s+(?:[\w-]+,?\s+){0,4}(?:organi[sz]ation|group|NGO|charity|network|coalition|institute|"
    r"association|alliance|movement|union|federation|foundation)\b"
)
# A letter's sign-off names the signatory, the title and the organisation within a few lines.
SIGNOFF_WORDS = ("sincerely", "faithfully", "truly,", "regards,")
SIGNOFF_RE = re.compile(r"\b(?:yours\s+(?:faithfully|sincerely|truly)|sincerely|regards),?\s", re.I)
SIGNOFF_WINDOW = 160
# "X has …", "X is …" say little: anyone can be the subject of a sentence.
WEAK_AFTER_RE = re.compile(r"^(?:,[^,.\n]{0,80},)?\s*(?:has|have|is)\b")
# An actor asked to act ("the ASEAN working group should …") is the statement's target, not its issuer.
ASKED_RE = re.compile(r"^\)?\s*(?:[\w-]+\s+){0,2}(?:should|must|needs\s+to)\b")
# A letter's addressee, in its title or its opening: "Joint Letter on Human Rights Situation to
# Member and Observer States of the United Nations Human Rights Council", "Letter to the Prime
# Minister", "Submission to the UN Committee on the Rights of the Child", "Testimony before the
# US House …": written to, not by.
# Also a joint statement's ("Joint NGO Statement on Iran to Member States of the United Nations
# Human Rights Council") and a letter's address line ("To Permanent Representatives of … the United
# Nations (UN) Human Rights Council").
ADDRESSEE_RE = re.compile(
    r"\b(?:[Ll]etter|[Ss]ubmission|[Tt]estimony|[Bb]riefing|[Ss]tatement)\b[^.\n]{0,80}\b(?:to|before)[^\S\n]+"
    r"(?:the[^\S\n]+)?(?:[A-Z][\w'’-]*[^\S\n]+(?:(?:and|of|the|on|for)[^\S\n]+)*){0,5}$"
    r"|(?:^|\n)To:?(?:[^\S\n]+(?:[A-Z(][\w'’().-]*|and|of|the|on|for|to))*[^\S\n]+$"
)
# Every ADDRESSEE_RE match begins with one of these, lower-cased: most mentions in a lead have none
# in the 160 characters before them, and skip the search (a pattern opening on \b, tried at each letter).
ADDRESSEE_CUES = ("letter", "submission", "testimony", "briefing", "statement", "\nto")
ADDRESSEE_WINDOW = 160
BEFORE_RE = re.compile(
    r"(?:\bwe at|\bsaid|\bsays|\bauthori[sz]ed by:?|\bon behalf of)[^.\n]{0,40}$"
    # a memo's sender ("From: David Cockroft") and a letter's signatory ("Yours faithfully, …")
    r"|(?:^|\n)from:\s*$|\byours\s+(?:faithfully|sincerely|truly),?[\s\W]*$"
    # whom witnesses and officials talk to is the organisation doing the research: "Family members
    # … told Human Rights Watch", "a friend who spoke to Human Rights Watch"
    r"|\b(?:told|spoke\s+(?:to|with))\s+$",
    re.I,
)


# A document's own copyright line comes at its end; "©" before a person's name elsewhere credits
# a photographer ("© 2023 Mohammed Abed/AFP"), before an organisation its own picture.
COPYRIGHT_RE = re.compile(r"(?:©|\bcopyright)[^.\n]{0,40}$", re.I)
COPYRIGHT_TAIL = 600
COPYRIGHT_CUES = ("©", "copyright")
# The organisation a quoted staff member works for: "said Judith Sunderland, associate Europe
# and Central Asia director at Human Rights Watch."
# Also a quotation "attributed to" them, the report "written by" them and their "Testimony of John
# Sifton, Asia Advocacy Director, Human Rights Watch" in its heading.
STAFF_RE = re.compile(
    r"\b(?:said|attributed\s+to|written\s+by|[Tt]estimony\s+of)\s+(?:[A-Z][\w.'’-]*\s+){1,4}?[A-Z][\w'’-]*,\s+"
    r"[^.,“”\"\n]{0,100}?(?:\b(?:at|of|for|with)\s+(?:the\s+)?|,\s+)$"
)
STAFF_WINDOW = 160

# Every BEFORE_RE match begins with one of these: a mention with none in the 60 characters
# before it skips the costly search (most mentions).
CUES = (
    "we at",
    "said",
    "says",
    "authori",
    "on behalf of",
    "from:",
    "yours",
    "told",
    "spoke",
    "attributed",
    "written",
    "testimony",
)


def _cue_starts(
    text: str, cues: tuple[str, ...] = CUES, ends: bool = False, low: str = ""
) -> list[int] | None:
    """Where the cue words begin (or end) in the text, sorted; None when lower-casing moved the
    offsets. `low` is the lower-cased text when the caller has it."""
    low = low or text.lower()
    if len(low) != len(text):
        return None  # offsets would disagree: search before every mention
    found = []
    for cue in cues:
        i = low.find(cue)
        while i >= 0:
            found.append(i + len(cue) if ends else i)
            i = low.find(cue, i + 1)
    return sorted(found)


def _signoffs(text: str, low: str = "") -> list[int]:
    """Where a letter's sign-off words end ("Yours sincerely,", "Regards,")."""
    found = _cue_starts(text, SIGNOFF_WORDS, ends=True, low=low)
    return [m.end() for m in SIGNOFF_RE.finditer(text)] if found is None else found


def _near(ends: list[int], start: int, window: int) -> bool:
    """Whether one of the sorted positions `ends` lies in [start - window, start]."""
    i = bisect.bisect_left(ends, start - window)
    return i < len(ends) and ends[i] <= start


def _cue_near(cues: list[int] | None, start: int, window: int = 60) -> bool:
    if cues is None:
        return True
    i = bisect.bisect_left(cues, start - window)
    return i < len(cues) and cues[i] < start


# The lead of a news release names its issuer: "…, Human Rights Watch said today."
LEAD = 1500
LEAD_RE = re.compile(
    r"^(?:,[^,.\n]{0,80},)?\s*(?:today\s+(?:said|says|called|urged)|said\s+today|says\s+today)\b"
)
# "Human Rights Watch and the Drug Policy Alliance said…": the cue after the second name is
# also the first's.
COORDINATED_RE = re.compile(
    r"\s+and\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+(?:(?:of|for|on)\s+)?){0,6}[A-Z][\w'’.-]*"
)


# An organisation's name alone on the document's first line, the line ending right after it.
MASTHEAD_RE = re.compile(r"[^\S\n]*\n")
LEADING_BLANKS_RE = re.compile(r"\s*")
# A title that opens on its author and names the kind of paper: "Human Rights Watch Briefing Note on
# Human Rights in Sri Lanka".
TITLED_RE = re.compile(r"^[^\S\n]+(?:Briefing\s+Note|Submission|Statement|Report|Testimony|Letter)\b")


AND_BEFORE_RE = re.compile(r"\band\s+(?:the\s+)?$")


MENTIONS = 25


def _score(
    text: str,
    actor: Actor,
    cues: list[int] | None = None,
    signoffs: list[int] | None = None,
    copyrights: list[int] | None = None,
    addressed: list[int] | None = None,
    letter: bool = False,
) -> float:
    # Being named often is weak evidence: a UN speech names the United Nations throughout
    # without issuing it, so mentions alone add at most 1.5 and a cue must do the rest. Only the
    # three strongest cues count: a release reporting what another organisation said many times
    # over is still not that organisation's.
    score = min(0.5 * len(actor.mentions), 1.5)
    signoffs = signoffs if signoffs is not None else _signoffs(text)
    copyrights = copyrights if copyrights is not None else _cue_starts(text, COPYRIGHT_CUES)
    found: list[float] = []
    # The first mentions and the last (a sign-off) hold the cues; scoring every one of fifty
    # mentions of the text's subject cost more than the rest of issuer finding.
    spans = actor.mentions if len(actor.mentions) <= MENTIONS else actor.mentions[:20] + actor.mentions[-5:]
    for start, end in spans:
        coordinated = COORDINATED_RE.match(text, end)
        tail = coordinated.end() if coordinated else end
        after = text[tail : tail + 90]
        cue = 0.0
        if SELF_DESCRIBED_RE.match(after) or (
            actor.type != "person" and _near(signoffs, start, SIGNOFF_WINDOW)
        ):
            cue += 3
        elif letter:
            pass  # a letter's writers say "we" and sign it: "X said / documented" in it cites a source
        elif start < LEAD and LEAD_RE.match(after):
            # "Human Rights Watch and the Drug Policy Alliance said today": the first named leads
            cue += 3 if AND_BEFORE_RE.search(text, max(0, start - 6), start) else 6
        elif AFTER_RE.match(after):
            cue += 3
        elif WEAK_AFTER_RE.match(after):
            cue += 1
        elif ASKED_RE.match(after):
            cue -= 2
        if (
            start < LEAD
            and _cue_near(addressed, start, ADDRESSEE_WINDOW)
            and ADDRESSEE_RE.search(text, max(0, start - ADDRESSEE_WINDOW), start)
        ):
            return 0.0  # who a letter or a submission is addressed to did not write it
        if _cue_near(cues, start) and BEFORE_RE.search(text[max(0, start - 60) : start]):
            cue += 3
        elif (
            (actor.type != "person" or start > len(text) - COPYRIGHT_TAIL)
            and _cue_near(copyrights, start)
            and COPYRIGHT_RE.search(text, max(0, start - 60), start)
        ):
            cue += 3
        elif _cue_near(cues, start, STAFF_WINDOW) and STAFF_RE.search(
            text, max(0, start - STAFF_WINDOW), start
        ):
            cue += 3
        if start == 0 and TITLED_RE.match(after):
            cue += 3
        elif actor.type != "person" and MASTHEAD_RE.match(after) and _text_starts_at(text, start):
            cue += 3  # "Human Rights Watch" alone on a transcript's first line: its masthead
        if start < 250:
            cue += 1.5
        found.append(cue)
    found.sort(reverse=True)
    score += sum(found[:3], 0.0) + sum((c for c in found[3:] if c < 0), 0.0)  # 0.0: mypyc wants floats
    if actor.type == "person":
        score *= 0.6  # an organisation is the issuer; its spokesperson only when none is named
    elif actor.type in ("government", "legislature", "media"):
        score *= 0.4
    return score


def _text_starts_at(text: str, start: int) -> bool:
    """Whether only blanks come before `start`: scans the leading blanks, never the text."""
    blanks = LEADING_BLANKS_RE.match(text)
    return (blanks.end() if blanks else 0) == start


def find_issuer(text: str, actors: tuple[Actor, ...], hints: Hints | None = None) -> str | None:
    hints = hints or Hints()
    if hints.publisher:
        return hints.publisher
    if hints.state:
        return hints.state
    if hints.surname:
        senator = _senator(text, actors, hints.surname, authority().given_names)
        if senator:
            return senator
    if hints.contributor:
        head = _letterhead_person(text, actors)
        if head and _another_person(head, hints.contributor):
            return head  # "The Hon. Scott Morrison MP" heads an interview filed under "ben-fordham"
        found = (
            _contributor(actors, hints.contributor)
            or _contributor_in_text(text, hints.contributor)
            or _organisation_in_text(text, hints.contributor)
            or _known_organisation(hints.contributor)
            or _department(hints.contributor)
            # the letterhead's member where the catalogue names someone the text never does
            or (head or _contributor_named(hints.contributor))
        )
        if found:
            return found
    # A page printed with its publisher's furniture is the publisher's, whoever it reports on at
    # length: read from the text alone, a quarter of hrw.org's pages were "issued" by the UN
    # Security Council, the European Union or Benjamin Netanyahu.
    return page_publisher(text) or _from_text(text, actors)


# A speech to an assembly names the body it addresses throughout; that body does not issue it.
ASSEMBLY_RE = re.compile(r"(?:General|this)\s+Assembly\b|Mr\.?\s+President\b")
SPEAKER_RE = re.compile(r"\b(?:I|we|We|my|our|Our)\b")
AUDIENCE_RE = re.compile(r"(?:UN |United Nations )?(?:General Assembly|Security Council)|United Nations|UN")


def _from_text(text: str, actors: tuple[Actor, ...]) -> str | None:
    best, best_score = None, 0.0
    low = lowered(text)  # once: lower-casing a long text costs more than any cue search
    cues = _cue_starts(text, low=low)
    signoffs = _signoffs(text, low)
    signed = _signed_by(text, actors, signoffs)
    if signed:
        return signed
    letter = _letter(text)
    joint = letter and _joint_signature(actors, signoffs)
    copyrights = _cue_starts(text, COPYRIGHT_CUES, low=low)
    # (None, search before every mention, where lower-casing moved the offsets: `cues` says so)
    addressed = None if cues is None else _cue_starts(text[:LEAD], ADDRESSEE_CUES, low=low[:LEAD])
    speech: bool | None = None
    for a in actors:
        if a.type not in ORG_TYPES:
            continue
        if AUDIENCE_RE.fullmatch(a.name):
            if speech is None:
                speech = bool(ASSEMBLY_RE.search(text, 0, 3000) and SPEAKER_RE.search(text, 0, 3000))
            if speech:
                continue
        s = _score(
            text, a, cues, [] if joint and _namings(a) < 2 else signoffs, copyrights, addressed, letter
        )
        if s > best_score:
            best, best_score = a.name, s
    return (best if best_score >= 3 else None) or _delegation(text, actors, low)


SIGNATURE_TAIL = 800  # a letter's sign-off stands in its last lines
SIGNATURE = 300  # characters after it that hold the signatory's name, title and organisation


# A letter opens on its salutation: "Dear Prime Minister Oli,", "Your Excellencies,", "Excellencies,".
SALUTATION_RE = re.compile(r"(?:^|\n)[^\S\n]*(?:Dear[^\S\n]|(?:Your[^\S\n]+)?Excellenc(?:y|ies)\b)")
SALUTATION_HEAD = 1000
# A joint letter's signatories, one after the other under its closing ("Sincerely, 1. Action 54 …
# 91. Youth Vision South Sudan"): more than a co-signed letter's two or three.
JOINT_SIGNATORIES = 4


def _letter(text: str) -> bool:
    head = text[:SALUTATION_HEAD]
    return ("Dear" in head or "xcellenc" in head) and SALUTATION_RE.search(head) is not None


def _joint_signature(actors: tuple[Actor, ...], signoffs: list[int]) -> bool:
    """Whether the last closing is followed by the names of many organisations. Each of them
    signs, none alone issues the letter: only one the letter singles out, naming it again (in its
    body, or as the coordinator listed above the rest), is its issuer."""
    if not signoffs:
        return False
    last = signoffs[-1]
    named = {
        a.name
        for a in actors
        if a.type in ORG_TYPES and a.type != "person"
        for s, _ in a.mentions
        if s >= last
    }
    return len(named) >= JOINT_SIGNATORIES


NAMING_GAP = 80  # "Action for Community Transformation Initiative (ACTI)": its acronym names it once more


def _namings(actor: Actor) -> int:
    """How many times the text names an actor, a name and its acronym beside it counting once."""
    count, last = 0, -NAMING_GAP - 1
    for start, end in actor.mentions:
        if start - last > NAMING_GAP:
            count += 1
        last = end
    return count


def _signed_by(text: str, actors: tuple[Actor, ...], signoffs: list[int]) -> str | None:
    """The one organisation a letter's signature names ("Yours sincerely, Bruno Stagno Ugarte,
    Chief Advocacy Officer, Human Rights Watch"): whoever the letter reports on at length, its
    signatory wrote it. A joint letter signed by many leaves the question to the other cues."""
    if not signoffs or signoffs[-1] < len(text) - SIGNATURE_TAIL:
        return None
    last = signoffs[-1]
    bodies = [a for a in actors if a.type in ORG_TYPES and a.type != "person"]
    named = {a.name for a in bodies for s, _ in a.mentions if last <= s < last + SIGNATURE}
    return named.pop() if len(named) == 1 else None


# A speech names its delegation: "I stand before those present on behalf of France", "on behalf
# of the Government of the Islamic Republic of Iran", "my country, Lebanon,".
DELEGATION_RE = re.compile(
    r"(?:\bon\s+behalf\s+of|\bmy\s+country,)\s+(?:the\s+(?:Government|people)s?\s+(?:and\s+people\s+)?of\s+)?(?:the\s+)?$"
)


def _delegation(text: str, actors: tuple[Actor, ...], low: str = "") -> str | None:
    cues = _cue_starts(text, ("behalf", "my country"), low=low)
    if cues == []:
        return None
    named = {
        a.name
        for a in actors
        if a.type in ("state", "igo", "government")
        for start, _ in a.mentions
        if _cue_near(cues, start) and DELEGATION_RE.search(text, max(0, start - 60), start)
    }
    return named.pop() if len(named) == 1 else None


def fold(word: str) -> str:
    """A name word compared without case, accents or punctuation ("DeWine", "Dewine")."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if c.isalnum())


PARTICLES = frozenset("of the for and in on to a de la van von".split())


def _name_words(name: str, pattern: str = r"[^\W\d_]+") -> list[str]:
    """The words of a name that identify it: no particles or initials ("Jon S. Corzine")."""
    words = (fold(w) for w in re.findall(pattern, name) if w.lower() not in PARTICLES)
    return [w for w in words if len(w) > 1]


# Titles before a senator's given name ("Senator", "Mr", "Leader"), and other words that
# end a run of names ("Statement of", "by", "U S").
TITLE_WORDS = frozenset(
    """senator sen sens senators mr mrs ms dr hon leader chairman chairwoman member whip""".split()
)
NOT_GIVEN = TITLE_WORDS | frozenset(
    "the of statement by from and said says u s us ranking majority minority president colleague".split()
)


def _senator(text: str, actors: tuple[Actor, ...], surname: str, given_names: frozenset[str]) -> str | None:
    """The senator whose surname the file name gives, as the text names him: a person found in
    the text, else the given name written before the surname ("Senator Patrick Leahy",
    "SENATOR PATRICK LEAHY", "Sen. Jon S. Corzine"), else the title and surname."""
    key = fold(surname)
    named = [
        a
        for a in actors
        if a.type == "person"
        and fold(a.name.split()[-1]) == key
        and not any(fold(w) in NOT_GIVEN for w in a.name.split())
        and len(a.name.split()) > 1
    ]
    if named:
        name = max(named, key=lambda a: (len(a.mentions), len(a.name))).name
        given, _, last = name.rpartition(" ")
        return f"{given} {_name_case(last, surname)}"
    forms: dict[str, int] = {}
    written = surname
    for hit in re.finditer(rf"\b{re.escape(surname)}\b", text, re.I):
        written = _name_case(hit.group(), surname) if not hit.group().islower() else surname
        form = _given_before(text, hit.start(), given_names)
        if form:
            name = f"{form[0]} {written}"
            forms[name] = forms.get(name, 0) + form[1]
    if forms:
        return max(forms, key=lambda n: (forms[n], len(n)))
    # Not named in full (a statement without its letterhead): the file name still says whose,
    # and the Senate's own list who that senator is ("Senator Craig": Larry Craig).
    listed = authority().legislators.get(key, [])
    return listed[0] if len(listed) == 1 else f"Senator {written}"


NAMES_BEFORE_RE = re.compile(r"(?:[A-Za-z][A-Za-z'’]*\.?\s+)+$")


def _given_before(text: str, pos: int, given_names: frozenset[str]) -> tuple[str, int] | None:
    """The given names written just before a surname at `pos`, and how sure that is: 3 after a
    title ("Senator Hillary Rodham Clinton"), 1 for a known given name alone ("Carl Levin")."""
    run = NAMES_BEFORE_RE.search(text, max(0, pos - 60), pos)
    words = run.group().split() if run else []
    given: list[str] = []
    while words:
        w = words.pop()
        if len(w.rstrip(".")) == 1 and w[0].isupper() and not given:
            given.insert(0, w.rstrip(".") + ".")  # a middle initial
            continue
        if fold(w) in NOT_GIVEN or not w[0].isupper() or len(given) >= 3:
            words.append(w)
            break
        given.insert(0, _name_case(w))
    names = [g for g in given if not g.endswith(".")]
    if not names:
        return None
    titled = bool(words) and fold(words[-1]) in TITLE_WORDS
    if titled:
        return " ".join(given), 3
    if names[0] in given_names and len(names) == 1:
        return " ".join(given), 1
    return None


def _name_case(word: str, other: str = "") -> str:
    """A name word as a name is written: "PATRICK" → "Patrick"; "MCCAIN" → "McCain" when the
    file name has it so."""
    if other and fold(other) == fold(word) and not other.isupper() and other[1:] != other[1:].lower():
        return other  # the file name keeps "McCain" where the text's capitals lost it
    return word.capitalize() if word.isupper() else word


ISSUING_TYPES = frozenset({"person", "party", "ngo", "igo", "legislature", "government", "media"})


def _contributor(actors: tuple[Actor, ...], slug: tuple[str, ...]) -> str | None:
    """The actor named by a release's contributor ("australian-democrats", "chipp-don",
    "international-transport-workers-federationcockcroft-david"): every word of its name is a
    word of the contributor (or begins or ends one, where the catalogue ran two together); a
    person's surname is not the contributor's last word, which is the given name."""
    slug_words = [fold(w) for w in slug]
    best, best_cover = None, 0
    for a in actors:
        words = _name_words(a.name)
        if a.type not in ISSUING_TYPES or not words:
            continue
        if a.type == "person" and not any(s.endswith(words[-1]) for s in slug_words[:-1]):
            continue
        if all(
            any(s == w or (len(w) > 3 and (s.startswith(w) or s.endswith(w))) for s in slug_words)
            for w in words
        ):
            if len(words) > best_cover:
                best, best_cover = a.name, len(words)
    return best


# Words that make a contributor an organisation rather than a person ("liberal-party-of-australia").
ORG_WORDS = frozenset(
    """party australia australian union council association federation committee network alliance
    coalition greens democrats labor liberal national nationals society service church international
    foundation centre center institute commission league movement group embassy of for and the
    amnesty refugee refugees council""".split()
)


SLUG_TITLES = frozenset("mr mrs ms dr senator the hon with".split())


def _contributor_in_text(text: str, slug: tuple[str, ...]) -> str | None:
    """A person contributor the actor finder missed ("the Honourable  Andrew Peacock"): given
    name and surname as the text writes them, or, where the text has the surname only
    ("Mr Whitlam"), the name the contributor gives."""
    while len(slug) > 2 and slug[0] in SLUG_TITLES:
        slug = slug[1:]  # "senator-george-brandis", "with-howard-sattler", "mr-scott-buchholz"
    if not 2 <= len(slug) <= 4 or any(w in ORG_WORDS for w in slug) or not slug[-1].isalpha():
        return None
    # The catalogue writes "surname-given" ("ruddock-philip"), now and then "given-surname"
    # ("chris-uhlmann"): the order the text writes the name in tells.
    for given, surname in ((slug[-1], slug[:-1]), (slug[0], slug[1:])):
        sur_rx = r"[\s'’-]*".join(re.escape(w) for w in surname)
        full = re.search(rf"\b{re.escape(given)}\s+{sur_rx}\b", text, re.I)
        if full:
            return " ".join(_name_case(w) for w in full.group().split())
    given, surname = slug[-1], slug[:-1]
    if surname[-1].capitalize() in authority().given_names:
        return None  # "chris-…": a given name first, and the text never writes the whole name
    if re.search(r"\b" + r"[\s'’-]*".join(re.escape(w) for w in surname) + r"\b", text, re.I):
        return " ".join([given.capitalize(), "-".join(w.capitalize() for w in surname)])
    return None


def _contributor_named(slug: tuple[str, ...]) -> str | None:
    """A person contributor the text never names: a speech headed "SPEECH BY THE PRIME MINISTER",
    an "ELECTORATE TALK". The catalogue says whose release it is; the person quoted or praised
    most ("Indira Gandhi" in a memorial lecture) did not issue it. Only where the catalogue
    writes the name its usual way, surname then a known given name ("hawke-bob"): the few it
    writes given name first are mostly interviewers ("barry-cassidy"), not who released it."""
    while len(slug) > 2 and slug[0] in SLUG_TITLES:
        slug = slug[1:]
    if not 2 <= len(slug) <= 4 or any(w in ORG_WORDS or not w.isalpha() for w in slug):
        return None
    given, surname = slug[-1].capitalize(), slug[:-1]
    given_names = authority().given_names
    if given not in given_names or surname[0].capitalize() in given_names:
        return None
    return " ".join([given, "-".join(_slug_case(w) for w in _joined_particles(surname))])


# A member's letterhead: "SENATOR JANE ROE", "The Hon Julie Bishop MP", "CHRIS BOWEN MP" on a
# line of their own at the head, perhaps with an office ("… Spokesperson on Law & Justice").
HEAD = 400
TITLE_RE = re.compile(r"(?i)(?:senator|the\s+hon\.?(?:ourable)?|mr|mrs|ms|dr)\.?\s+")
OFFICE_RE = re.compile(r"\b(?:Minister|President|Secretary|Leader|Premier|Spokes\w+|Opposition|Treasurer)\b")
SENTENCE_WORD_RE = re.compile(r"\b(?!(?:on|of|for|and|the|in)\b)[a-z]{2,}\b")


def _letterhead_person(text: str, actors: tuple[Actor, ...]) -> str | None:
    """The person the release's head names on a line of their own, who then issued it whatever
    the catalogue says (it credits some releases to the wrong member, and interviews to the
    interviewer). A name that opens a sentence ("Mr David Edwards PSM has been appointed…") is
    no letterhead."""
    for a in actors:
        if a.type != "person" or " " not in a.name or OFFICE_RE.search(a.name):
            continue  # a name, not an office ("Minister for Home Affairs")
        for start, end in a.mentions:
            if start >= HEAD:
                break
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", end)
            before = _last_column(text[line_start:start])
            rest = text[end : line_end if line_end >= 0 else len(text)]
            if (not before or TITLE_RE.fullmatch(before + " ")) and not SENTENCE_WORD_RE.search(rest):
                return a.name
    return overprinted_person(text, actors)  # a letterhead no actor finder can read


# A letterhead set in columns on one line: "LEADER OF THE OPPOSITION  THE HON. TONY ABBOTT MHR
# FEDERAL MEMBER FOR WARRINGAH": capitals apart by a wide gap, no sentence.
COLUMN_GAP_RE = re.compile(r"[^\S\n]{2,}")


def _last_column(before: str) -> str:
    """What stands before a name on its line, from the last column gap of a letterhead in
    capitals on; the whole of it where a sentence leads to the name."""
    if SENTENCE_WORD_RE.search(before):
        return before.strip()
    return COLUMN_GAP_RE.split(before.strip())[-1]


def _another_person(name: str, slug: tuple[str, ...]) -> bool:
    """Whether the catalogue credits the release to an interviewer other than `name`. It writes
    members surname first ("clare-jason", also on releases made jointly with another member)
    and interviewers given name first ("ben-fordham", "laura-jayes"): only those."""
    if any(w in ORG_WORDS or w in SLUG_TITLES for w in slug) or not 2 <= len(slug) <= 4:
        return False  # a party's release, or a member's ("senator-george-brandis")
    given = authority().given_names
    if slug[0].capitalize() not in given or slug[-1].capitalize() in given:
        return False
    return fold(name.split()[-1]) not in {fold(w) for w in slug}


def _joined_particles(words: tuple[str, ...]) -> list[str]:
    """ "o-connor" is one surname: O'Connor."""
    out: list[str] = []
    for w in words:
        if out and out[-1] == "o":
            out[-1] = "o'" + w
        else:
            out.append(w)
    return out


def _slug_case(word: str) -> str:
    """A catalogue's lower-case surname as written: "O'Connor", "McClelland"."""
    if word.startswith("o'"):
        return "O'" + word[2:].capitalize()
    if word.startswith("mc") and len(word) > 3:
        return "Mc" + word[2:].capitalize()
    return word.capitalize()


def _organisation_in_text(text: str, slug: tuple[str, ...]) -> str | None:
    """An organisation contributor the actor finder missed or mistook ("Australian Medical
    Association Limited" in a letterhead): its words in order in the text, as a name."""
    if len(slug) < 2 or not any(w in ORG_WORDS for w in slug) or not all(w.isalpha() for w in slug):
        return None
    # the catalogue drops an ampersand: "refugee-advice-casework-service" is the "Refugee Advice &
    # Casework Service" of the text
    found = re.search(r"\b" + r"\s+(?:&\s+)?".join(re.escape(w) for w in slug) + r"\b", text, re.I)
    if found is None:
        return None
    return " ".join(
        w if w.lower() in PARTICLES or _acronym(w) else _name_case(w) for w in found.group().split()
    )


def _department(slug: tuple[str, ...]) -> str | None:
    """A department the catalogue abbreviates ("dept-of-immigration-and-border-protection"): its
    name written out, whether or not the text, which calls it "the Department", does. Read from
    the text alone, its statement on Manus was issued by the "Manus Regional Processing Centre" it
    named most."""
    if len(slug) < 3 or slug[:2] != ("dept", "of") or not all(w.isalpha() for w in slug):
        return None
    return " ".join(w if w in PARTICLES else w.capitalize() for w in ("department", *slug[1:]))


def _acronym(word: str) -> bool:
    """ "CRC", "UNSW": kept in capitals where a letterhead's capitals are undone."""
    return word.isupper() and len(word) <= 4


def _known_organisation(slug: tuple[str, ...]) -> str | None:
    """A contributor that is, as a whole, the name of an organisation the authority file knows
    ("australian-labor-party"), even where the text cannot be read for it: the catalogue's
    contributor field is the release's author, and a scanned letterhead printed with every letter
    eight times or in a decorative type names nobody an OCR or a rule can see."""
    if len(slug) < 2 or not all(w.isalpha() for w in slug):
        return None
    name = canonical(" ".join(w if w in PARTICLES else w.capitalize() for w in slug))
    aid = authority().by_name.get(name)
    if aid is None or authority().types[aid] not in ISSUING_TYPES - {"person"}:
        return None
    return name
