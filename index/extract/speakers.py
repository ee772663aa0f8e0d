"""Who makes each demand (`by`): the statement's own voice unless the text credits it to someone
else.

The voice is the issuer, or the organisation a page publishes a statement for ("Media Freedom
Coalition Statement on…" on state.gov). A demand is someone else's when the text says so: the
subject of the call ("The Council called on Vietnam…", "She also said the grant should be
increased", "the petition calls on…"), the speaker of a quotation or of reported speech
("…, said Sen Brownback"; "Senator X said the Government should…"). "We", "I", the issuer's own
staff ("said Judith Sunderland, … director at Human Rights Watch"), its spokesperson and, for a
government's voice, its state ("The United States calls on…" on a State Department page) are the
voice. A call made jointly ("The Secretary and President Ghani emphasized…") is the voice's when it
is among those named, else the first named's; a body's own document ("the AU's Agenda 2063 calls
for…") makes the body's call.
"""

from __future__ import annotations

import bisect
import functools
import re

from ..models import Actor
from . import (
    continued_quotes,
    dual_subjects,
    endorsed_calls,
    lost_stops,
    measure_series,
    mentions,
    participle_callers,
    senator_groups,
    shadow_voice,
    targets,
)
from .authority import authority
from .genres import country_code
from .joint_subjects import THEY_RE, meeting_sides
from .member_voice import member_voice
from .office_titles import HEADS
from .tokens import lowered
from .turns import TRANSCRIPT_HEAD, TRANSCRIPT_RE, Turns
from .unclosed_quotes import split_unclosed

PEOPLE = frozenset({"person"})
LABEL_MAX = 200  # a speaker's label line before his quotation, with his titles
ATTRIBUTED_RE = re.compile(r"(?i:\battributed\s+to\s+)")
LABEL_VERB_RE = re.compile(r"\b(?:is|are|was|were|has|have|had|said|says|told|read|will|would|did|does)\b")
SPEAKING = frozenset(
    {"person", "ngo", "igo", "government", "legislature", "party", "state", "armed_group", "media"}
)
ORGS = frozenset({"ngo", "igo", "government", "legislature", "party", "armed_group", "media", "armed_force"})
SELF = "\x00self"  # "we", "I": whoever speaks at that point
# A speaker the text leaves unnamed ("One trans woman interviewed said: “…”"): the guidelines mark
# no actor for an anonymous source, and its call is its own, not the voice's, so `by` stays empty.
UNNAMED = "\x00unnamed"
# An indefinite noun phrase opening a sentence before its speech verb: "One trans woman
# interviewed for this report", "A mother in Kampala", "A teacher at Palenga Primary School".
INDEFINITE_RE = re.compile(r"[\s“\"]*(?:A|An|One|Another)\s+(?!of\b)[\w-]+")
# The same speaker after a quotation: "…,” one woman said." / "…,” said a Rohingya refugee …".
UNNAMED_AFTER_RE = re.compile(
    r"[\s,”\"’]*(?:(?:said|says|added|told\s+\w+(?:\s+\w+){0,3}?)\s+(?:a|an|one|another)\s+[a-z]"
    r"|(?:a|an|one|another)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s+(?:said|says|added|told)\b)"
)

SPEECH_VERBS = (
    r"said|says|say|added|adds|stressed|stresses|noted|notes|argued|argues|insisted|insists|warned|warns|"
    r"explained|explains|stated|states|wrote|writes|believes?|believed|told\s+[^,.;:“”\"]{1,40}?|urged|urges|"
    r"concluded|continued|declared|maintained|emphasi[sz]ed|emphasi[sz]es|ruled|found|recommended|recommends"
)
# Reported speech ending just before the demanding clause: "Senator Bartlett said (that)…".
REPORTED_RE = re.compile(
    rf"(?:(?<![^\s(]))(?:{SPEECH_VERBS})(?:\s+(?:(?:on|in|last|this)\s+\w+|today|yesterday|also))?"
    r"\s*(?:that\s*)?[,:]?\s*[“\"‘]?$"
)
# A label ending in a speech verb: "…, David Cameron, for example declared that:"
LABEL_SAID_RE = re.compile(rf"\b(?:{SPEECH_VERBS})(?:\s+that)?\s*:$")
ATTRIBUTING = (
    r"said|says|added|adds|stressed|noted|argued|insisted|warned|explained|stated|concluded|continued|"
    r"declared|urged"
)
NAME_RUN = r"(?:[A-Z][\w’'.-]*\s+(?:(?:of|for|at|the|on)\s+)*){0,6}[A-Z][\w’'.-]*"
REPORTED_TAIL = 60
THEY_WORD_RE = re.compile(r"\b(?i:they)\b")
JOINT_NOUNS = frozenset({"sides", "countries", "delegations"})  # "Both sides", "The two countries"
# Between a speaker's name and "said:": nothing, an apposition, an adverb ("Pezeshkian said",
# "Tania Hary, executive director of Gisha, said", "the ministry later said").
SUBJECT_GAP_RE = re.compile(r"[^\S\n]*(?:,[^,.;:\n]{1,100},)?[^\S\n]*(?:[a-z]+ly[^\S\n]+)?")
# "…, said Sen Brownback." / "…,” Human Rights Watch said." / "…, he said" after the clause.
SAID_AFTER_RE = re.compile(
    rf"[\s,”\"’]*(?:(?:{ATTRIBUTING})\s+(?P<after>{NAME_RUN}|he|she|they)"
    rf"|(?P<before>{NAME_RUN}|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)\s+(?:{ATTRIBUTING})\b)"
)
# A scraped release that lost its punctuation (lost_stops.py) ends a quotation with "…in those
# countries     Berlusconi said      Only democracy…": '"…countries," Berlusconi said. "Only…'. The
# speaker named after the wide run is the speaker of the sentence before it, as of the one after.
LOST_SAID_RE = re.compile(
    rf"[^\S\n]{{{lost_stops.WIDE},}}(?P<who>{NAME_RUN})[^\S\n]+(?:{ATTRIBUTING})[^\S\n]{{{lost_stops.WIDE},}}(?=[A-Z])"
)
# A sentence right after another attribution goes on that speaker's quotation ("…who suffered
# said John Kerry      The Ambassador … should not be made a scapegoat…      Senator Kennedy said
# What happened…"): the next speaker's name there begins his own.
LOST_SAID_BEFORE_RE = re.compile(
    rf"(?:(?:{ATTRIBUTING})[^\S\n]+{NAME_RUN}|{NAME_RUN}[^\S\n]+(?:{ATTRIBUTING}))[^\S\n]*$"
)
# Words no name is made of, which a capitalised headline or a sentence's start puts before a verb.
# Words no speaker's name holds; a pronoun opening the clause ("She said Kurdish authorities told
# them that they must …") is the one who speaks, not the first word of a name ("She Kurdish").
NOT_NAME_WORDS = frozenset(
    "we i i'm i’m but and or is are was were also only so if then he she they it you".split()
)
TITLES = frozenset(
    "sen sen. senator senators rep rep. mr mr. mrs mrs. ms ms. dr dr. president minister secretary".split()
)
ACCORDING_RE = re.compile(r"\W*according\s+to\s+", re.I)
# Words between a subject and its call verb: "Labor today also called on…", "X has repeatedly urged".
ADVERBS = frozenset(
    """has have had be been being also today further again then now repeatedly jointly recently
    yesterday strongly
    formally publicly once again last week month year earlier this has since previously already
    consistently would will should twice""".split()
)
# Any adverb in "-ly" between a subject and its verb of asking: "The Israeli foreign minister has also
# specifically urged…", "X has systematically called for…"; not a noun in "-ly" ("the assembly
# called for…", "the family asked…").
ADVERB_LY_RE = re.compile(r"[a-z]{3,}ly")
NOUNS_IN_LY = frozenset("assembly family monopoly anomaly supply reply rally ally bully homily".split())
# Only before a verb of asking in the past or present ("urged", "calls"): "it hardly needs
# emphasis", "guidance … that similarly requires…" and "is reportedly needing" are no one's call,
# and "South Africa could specifically ask the court to…" is the voice's call on South Africa.
ASKING_VERB_RE = re.compile(r"(?:urg|call|demand|ask|appeal|press|recommend)(?:ed|e?s)\b")
# What "it", "this" or "that" requires of someone is the need of the situation just told, which the
# speaker voices: "It requires all of us working together—Democrats, Republicans, and independents—
# on behalf of the common good to restore decency, honor, and respect for the rule of law" (a White
# House statement, where the body named last was Congress), "This requires us to strengthen further
# the role of the United Nations" (General Debate speeches). Not the body named before.
SITUATION_NEED_RE = re.compile(r"(?i:requires\b)")
PRONOUNS = {"he": PEOPLE, "she": PEOPLE, "they": ORGS | PEOPLE, "it": ORGS}
SUBJECT_REACH = 60  # a sentence's subject is named within its first words ("Deputy Secretary Sherman")
PARTICIPLE_CALL_RE = re.compile(r"[a-z]+ing\b")
# Up to three words, no comma or conjunction, between a name and the next: the first modifies it.
MODIFIER_GAP_RE = re.compile(r"(?:[^\S\n]+(?!and\b|or\b)[\w’'.-]+){0,3}[^\S\n]+")
ASKED_PRONOUN_RE = re.compile(r"\s+(?:him|her|them)\s+to\b")
# A call verb in the past or perfect ("have called on", "urged", "demanded") reports a call made
# before the statement; its own calls are in the present ("calls on", "urge").
PAST_CALL_RE = re.compile(r"(?!need\b)[a-z]+ed\b")
COORDINATED_RE = re.compile(r"(?:,|\band|\bor)\s+$")  # before a second subject: "X and others have asked"
JOINED_RE = re.compile(r"\b(?:and|or)\s+$")  # no comma: one also ends an opening ("This year, X…")
DESCRIBED_WORDS = 6  # a subject described in more words is a clause, not a name for its `by`
# What stands for whoever made it: "the petition calls on…", "the movement also called for…".
PROXIES = frozenset(
    "petition movement campaign letter appeal motion ruling judgment judgement decision verdict".split()
)
# Members of a body: "Council members reiterated…" is the Council speaking.
GROUP_NOUNS = frozenset("members delegations ministers leaders representatives delegates".split())
# Things a statement or its author issues: "The measure calls on China…" is the senator's call.
OWN_THINGS = frozenset(
    """measure resolution bill legislation amendment letter report statement declaration communique
    communiqué motion act release submission paper proposal recommendations""".split()
)
# The head of a law's or a treaty's name: cited by the voice, it asks nothing itself ("Article 91 of
# the Fourth Geneva Convention requires facilities … to have an infirmary" is Human Rights Watch's).
LAW_HEADS = frozenset("Convention Conventions Covenant Statute Charter Treaty Protocol Constitution".split())
WORD_RE = re.compile(r"[\w’'.-]+")
DOCUMENT_OF_RE = re.compile(rf"\b(?:{'|'.join(sorted(OWN_THINGS | PROXIES))})s?\s+of\s+(?:the\s+)?$", re.I)
# What an authority issues that orders or asks by itself ("a directive ordering…").
ISSUED_THINGS = frozenset(
    "directive directives order orders decree decrees instruction instructions circular memo ruling".split()
)
# Heads of a name that is an office, whose holder speaks for himself: "Russia’s Prosecutor General".
OFFICE_HEADS = (
    "(?:General|Minister|President|Secretary|Prosecutor|Director|Commissioner|Ambassador|Spokes\\w+|"
    "Chief|Leader|Envoy|Rapporteur|Chair\\w*|Governor|King|Queen|Prince)"
)
# What a possessor issues or owns and speaks through: "’s report", "’s petition", "’s order".
POSSESSED_THINGS: str = "|".join(sorted(OWN_THINGS | PROXIES | ISSUED_THINGS))
# A possessive and the thing possessed: "’s Agenda 2063", "'s latest report", "’s Security Council".
POSSESSED_RE = re.compile(
    r"[’']s\s+(?:(?:new|latest|recent|own|annual|final|joint|binding|interim|provisional)\s+)?"
    r"(?:[A-Z0-9][\w-]*(?:\s+(?:of|on|for|and)\s+|\s+)){0,5}"
    # "The court’s March order required Israel to…", "the ICJ’s binding order require…": the issuer's
    rf"(?:(?!{OFFICE_HEADS}\b)[A-Z0-9][\w-]*|(?:{POSSESSED_THINGS})s?)\b"
)
# Between two coordinated subjects: "X and Y", "X, Y and Z", "X (D-IL) and Y".
CONJUNCT_RE = re.compile(r"(?:\s*\([^()]{1,12}\))?\s*(?:,|,?\s+(?P<and>and|&)(?:\s+the)?)\s+")
# Between two people named as one subject, with their titles: " MP, and Minister for Home Affairs, "
TITLED_AND_RE = re.compile(r"[^.;:“”\"]{0,30}?,?\s+and\s+(?:(?!said|says|told|called|urged)[^.;:“”\"]){0,80}")
WE_RE = re.compile(r"\b(?:we|I)\b", re.I)
WE_AS_RE = re.compile(r"\b(?:we|I)\s+(?:as|all|both|together|ourselves|too)\b[^,.;:]{0,30}$", re.I)
OBJECT_RE = re.compile(
    # "before": "President Bush spoke before the United Nations, calling for…" is Bush's call
    r"\b(?:to|on|for|in|into|onto|over|of|by|with|at|from|against|about|among|between|across|through|"
    r"towards?|before)\s+(?:the\s+)?$",
    re.I,
)
# The object of an infinitive ("calls on China to urge Sudan to…") is not who asks, also when a
# page without full stops was split before it.
INFINITIVE_OBJECT_RE = re.compile(r"\bto\s+[a-z]+\s+(?:the\s+)?$")
# An apposition between a subject and its verb: ", the Democrats' spokesperson, today ".
APPOSITION_RE = re.compile(r"\s*,[^,.;:]{1,100},(?:\s+[\w-]+ly|\s+today|\s+also|\s+again|\s+has|\s+have)*\s*")
# Two people with their titles as one subject, the second maybe not found as a name ("Olivér
# Várhelyi"): ", the European Union’s foreign policy chief, and Olivér Várhelyi, its commissioner
# for EU enlargement, jointly"; the call is the first one's, as _first_conjunct takes it.
JOINT_APPOSITION_RE = re.compile(
    r"\s*,[^,.;:]{1,100},\s+and\s+[A-Z][^,.;:]{1,60},[^,.;:]{1,100},(?:\s+[\w-]+ly|\s+today|\s+also)*\s*"
)
# The last word of a staff member's title: "…, Middle East deputy director".
TITLE_NOUNS = (
    r"(?:director|researcher|spokes(?:person|man|woman)|advocate|counsel|officer|executive|head|chief|"
    r"coordinator|adviser|advisor|president|chair|manager|campaigner|lead)"
)
# Staff and office-holders of an organisation: "…, Asia director at Human Rights Watch",
# "Democrats’ immigration spokesperson, Senator Andrew Bartlett".
STAFF_BETWEEN_RE = re.compile(
    # "…, senior refugee and migrant rights officer at Human Rights Watch"; not "X and Y of…"
    r"^[\s,]*(?:(?!said|says|told|urged|called|asked|met|wrote|and\s+[A-Z])[\w’'().-]+[\s,]+){0,10}?"
    r"(?:at|of|for|with|from)\s+(?:the\s+)?$"
    # A title after a comma ending in its noun may join two regions with "and": "…, Europe and
    # Central Asia director at Human Rights Watch", "…, Yemen and Bahrain researcher at…" (30 such
    # titles in 400 HRW releases, whose calls were their holders' own)
    rf"|^\s*,\s+(?:(?!said|says|told|urged|called|asked|met|wrote)[\w’'().-]+\s+){{0,8}}?{TITLE_NOUNS}"
    r"\s+(?:at|of|for|with|from)\s+(?:the\s+)?$"
    r"|^[^\S\n]{1,3}$"  # a letterhead: "Senator Andrew Bartlett Australian Democrats"
)
# A title with no organisation after the name, as an organisation's own pages give their staff's:
# "…,” said Michael Page, Middle East deputy director." on a Human Rights Watch page.
BARE_TITLE_RE = re.compile(rf",\s+(?:[\w’'-]+\s+){{0,6}}?{TITLE_NOUNS}\s*(?=[.”\"])")
# An organisation's officer by a title before his name with no other organisation's name before
# it, as its own release introduces him: "THE Maritime Union deplores… National Secretary Paddy
# Crumlin described…"; not "ISHR Director Phil Lynch" (another's), "Secretary Blinken", "President
# Obama".
TITLE_BEFORE_RE = re.compile(
    r"(?:^|[.:;!?”\"]\s+|\n\s*|\b[a-z]+\s+)(?:the\s+)?"
    r"(?:(?:National|Federal|Executive|Deputy|Acting)\s+(?:Secretary|Director|President|Chair(?:man|person|woman)?)"
    r"|Chief\s+Executive(?:\s+Officer)?|CEO|Campaigns?\s+Director|Chairperson|Spokes(?:person|man|woman)|Convenor)"
    r"\s+$"
)
OFFICE_BETWEEN_RE = re.compile(
    # "Sens Robert Menendez (D-NJ) and Sam Brownback", "Menendez Brownback resolution": a second
    # person named beside, not staff
    # "Sen. Elizabeth Dole, today joined Sen. Dick Durbin": a verb between, not an office
    # A quoted word is no title: "SENATOR ANDREW BARTLETT LEADER OF THE AUSTRALIAN DEMOCRATS 'Teflon
    # John' Owes…" names the Prime Minister, no Democrat.
    r"^(?!\s*$)(?:[’']s?)?[\s,]+(?:(?!said|says|told|urged|called|asked|met|wrote|and\b|with\b|[a-z]+ed\b|['‘])"
    r"[\w’'().-]+[\s,]+){0,10}?$"
)
VOICE_TITLE_RE = re.compile(
    r"^(?:Joint\s+)?(?:Statement|Communiqu[eé]|Declaration)\s+(?:of|by)\s+(?:the\s+)?(?P<a>.+?)(?:\s+(?:on|regarding|following)\b.*)?$"
    r"|^(?P<b>.+?)\s+(?:Joint\s+)?(?:Statement|Communiqu[eé]|Declaration)\s+(?:on|of|regarding|following)\b",
    re.I,
)
# A text that says whose statement it is: "The undersigned members of the Media Freedom
# Coalition…", "Following is the ANZUS Communique issued in Washington by the ANZUS Council".
SIGNED_CUES = ("undersigned", "members of", "issued", "released", "adopted")
SIGNED_RE = re.compile(
    r"(?i:\b(?:undersigned\s+members\s+of|we,\s+the\s+members\s+of"
    # the document's own text: "Following is the ANZUS Communique issued … by", "The text of the
    # following statement was released by"; not "the presidential statement issued by the Council"
    r"|(?:following\s+is\s+(?:the|a)\s+(?:[\w-]+\s+){0,4}|(?:the\s+text\s+of\s+)?(?:the\s+following|this)\s+(?:joint\s+)?)"
    r"(?:communiqu[eé]|statement|declaration|text)\s+(?:was\s+)?(?:issued|released|adopted)\s+"
    r"(?:(?:in|at|on)\s+[\w ]{1,30}?\s+)?by)\s+(?:the\s+)?)"
    rf"(?P<name>{NAME_RUN})"
)


# Verbs of speech or judgement whose subject a call verb coordinated after them shares; not one
# used as an adjective ("dismissed the Immigration Minister's announced progress … and called for").
# ("\b" before the look-behinds: the same tests at the same place, but the cheap one first
# spares the look-behinds at every character inside a word, half the pattern's time)
REPORTING_VERB_RE = re.compile(
    r"\b(?<!['’]s )(?<!\bthe )(?<!\ban )(?:said|stated|expressed|told|noted|warned|condemned|welcomed|"
    r"announced|reiterated|stressed|emphasi[sz]ed|critici[sz]ed|denounced|deplored|declared|"
    # judgements: "the final report of the TRRC found that … and called for their prosecution",
    # "The judges also found five others guilty … and ordered…", "the committee interpreted …"
    r"found|concluded|accused|reaffirmed|interpreted)\b"
)
CONTRACTION_RE = re.compile(r"['’](?:ve|d|ll|m|re)$")


class Speakers:
    """Who speaks where in one document."""

    def __init__(
        self,
        text: str,
        actors: tuple[Actor, ...],
        issuer: str | None,
        title: str | None = None,
        genre: str = "",
        turns: Turns | None = None,
    ) -> None:
        self.text = text
        self.turns = turns
        self.actors = actors
        self.issuer = issuer
        self._title = title
        self._genre = genre
        self._voice: str | None | bool = False  # found at the first demand: most sentences have none
        self._quotes: list[tuple[int, int]] | None = None
        self._quote_starts: list[int] = []
        self._low: str | None = None
        self._quote_speakers: dict[int, str | None] = {}
        self._staff: set[str] | None = None
        self._peers: set[str] = set()
        self._last: tuple[int, str] | None = None  # the last call's subject: what "It also calls…" means

    @property
    def voice(self) -> str | None:
        if self._voice is False:
            # a speech or a senator's release speaks for its issuer alone, save a statement a
            # senator's page reproduces ("The following is a joint statement issued by the Senate
            # Women's Caucus on Burma"): a body the text names, never a name read off the text
            own = self._genre != "un-speech"
            senate = self._genre == "senate"
            found = _voice(self.text, self.actors, None if senate else self._title, senate) if own else None
            if found and self._own_state(found):
                # "The following statement was issued … by the United States as Chair …" on a State
                # Department page: the publishing government's own statement, its calls the issuer's
                # (as "The U.S. government encourages …" and the Secretary's calls are)
                found = self.issuer
            found = found or self.issuer
            if (
                self._genre in ("release", "")
                and mentions.type_of(self.actors, self.issuer or "") in ("person", "")
                # An interview or press conference speaks in its speakers' own voices: "Labor
                # wants…" in a minister's doorstop is what he says of his opponents, not the party
                # his transcript speaks for (in 2,464 corpus files 52 calls were given to a party so).
                and not TRANSCRIPT_RE.search(self.text, 0, TRANSCRIPT_HEAD)
                # A release headed by one member is his even where "the Greens call on…": the
                # party speaks for a joint release its members head together.
                and _heads(self.actors) > 1
            ):
                found = _party_voice(self.text, self.actors) or found
            if self._genre in ("release", "") and _kind(self.actors, found or "") == "party":
                found = member_voice(self.text, self.actors, found or "") or found
            self._voice = found
        return self._voice if isinstance(self._voice, str) else None

    def _own_state(self, name: str) -> bool:
        """Whether `name` is the state (or its government) whose department issues the text, or
        one of its officials ("released by the Secretary of State of the United States and the
        Foreign Ministers of …")."""
        kind = _kind(self.actors, name)
        code = _code(self.issuer or "")
        if name == self.issuer or not code:
            return False
        if kind in ("person", ""):  # "" : a name the text's signature gives, no actor's
            return self._official(name)
        return kind in ("state", "government") and code == _code(name)

    # -- the demander of one clause ----------------------------------------------------------

    def by(self, s: int, e: int, start: int, verb: int, end: int, call: bool) -> str | None:
        """The demander of the clause [start, end) of sentence [s, e) whose call verb (or modal)
        is at `verb`; `call` when it is a call verb with a subject ("X calls on…")."""
        who = self._subject(s, verb) if call else None
        if who is not None:
            self._last = (verb, who)
        if who is None or who == SELF:
            said = self._reporter(s, e, start, end)
            who = said if said is not None else who
            if who is not None and who != SELF and self._is_voice(who) and who in self._peers:
                return who  # '"…," said Senator Kerry' in a release naming him beside its senator
        if who == UNNAMED:
            return None
        if call and who is not None and self._peer_alone(who, s, verb):
            return who  # "Kirk spearheaded a letter-writing campaign …, asking their UN Ambassadors to…"
        if who is None or who == SELF or self._is_voice(who):
            return self._turn_speaker(start) or self.voice
        return who

    def _peer_alone(self, who: str, s: int, verb: int) -> bool:
        """Whether `who` is a peer the headline lists beside the voice ("SEN. COLEMAN, REP. KIRK
        CALL ON…") asking on his own: the one person the sentence names before his call, and not
        a conjunct ("This year, Kirk spearheaded a letter-writing campaign …, asking…"). Where the
        voice is named with him ("Sen. Coleman and Rep. Kirk urged…") the call is the release's."""
        if who == SELF or who not in self._peers_of_voice():
            return False
        named = mentions.within(self.actors, s, verb)
        people = {name for _, name in named if mentions.type_of(self.actors, name) in PEOPLE}
        if people != {who}:
            return False  # "Schumer along with Assemblyman … and Councilmen … called on…": a joint call
        first = next(span for span, name in named if name == who)
        # "…Patrick Leahy (D-Vt.) and Bernie Sanders called on…" where the sentence was cut at the
        # state's letters: a conjunct of someone named before
        return JOINED_RE.search(self.text, max(0, first[0] - 6), first[0]) is None

    def _peers_of_voice(self) -> set[str]:
        self.staff()  # finds the peers with the staff
        return self._peers

    def _turn_speaker(self, pos: int) -> str | None:
        """In a transcript, the one whose turn holds `pos` when the voice is not his: a guest
        debating the release's own speaker ("EMERSON:" in Senator Brandis's transcript), or the
        interviewee where the voice is the interviewer (a file named for the radio host)."""
        key = self.turns.speaker(pos) if self.turns else None
        voice = (self.voice or "").split()
        if key is None or not voice or key == voice[-1].upper():
            return None
        interviewer = voice[-1].upper() in self.turns.askers if self.turns else False
        if not interviewer and _kind(self.actors, self.voice or "") not in ("person", "party"):
            return None  # an organisation's people speak for it (a State Department briefing)
        # A party's transcript ("BEAZLEY:", "CREAN:" in releases filed under Labor) is its
        # members' own words: each speaks for himself, as in a member's transcript.
        for a in self.actors:
            if a.type == "person" and a.name.split()[-1].upper() == key and not HEADS & set(a.name.split()):
                # one named: also one the letterhead lists beside the voice, a joint doorstop's
                # other speaker ("TONY ABBOTT:" in Senator Birmingham's transcript); not an
                # office ("PRIME MINISTER:" is the voice's own title, no "Prime Minister" apart)
                return a.name
        if not interviewer and key in self.text[:LETTERHEAD].upper():
            return None  # the release's own speaker by his title ("PRIME MINISTER:") is the voice
        # one the actor finder missed: his full label ("SCOTT MORRISON:"), else his name as the
        # text writes it ("…Scott Morrison, good morning")
        label = self.turns.labels.get(key, "") if self.turns else ""
        holder = _holder(self.text, label) if key in TITLE_KEYS else None
        if holder:
            return holder  # "PRIME MINISTER:" in a host's file: "…Prime Minister Tony Abbott"
        if len(label.split()) in (2, 3) and label.replace(" ", "").isalpha():
            return label.title()
        named = re.search(rf"\b[A-Z][a-z]+\s+{re.escape(key.title())}\b", self.text)
        return " ".join(named.group().split()) if named else None  # "Brendan\xa0O’Connor" as one name

    def _subject(self, s: int, verb: int) -> str | None:
        """The subject of a call verb: the actor named just before it, a pronoun's antecedent,
        the document's own measure (SELF), "the Council" named before, or the one who made the
        petition or motion it names."""
        text = self.text
        start, run = measure_series.first_verb(text, s, verb)
        if run != -1:
            return self._subject(start, run)  # "The bill establishes …, (DRC), calls for…": the bill's
        words = [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text, max(s, verb - 200), verb)]
        asking = ASKING_VERB_RE.match(text, verb) is not None
        while words and (words[-1][2].lower() in ADVERBS or (asking and _adverb_in_ly(words[-1][2]))):
            words.pop()
        if not words:
            return None
        if endorsed_calls.taken_up(text, s, verb):
            return SELF  # "We reiterate the Secretary-General's call for…": the speaker takes it up
        taker = endorsed_calls.taken_up_by(text, s, verb)
        if taker is not None:
            for _, name in mentions.within(self.actors, *taker)[:1]:
                return name  # "Cambodia also fully supports the Secretary-General's call for…"
        head_start, head_end, head = words[-1]
        low = head.lower().strip(".")
        # "I’ve instructed our embassies…", "we’ve urged…": the speaker, whatever the contraction
        low = CONTRACTION_RE.sub("", low) if low[:1] in "wi" else low
        if low in ("we", "i") or (low in ("to", "and") and WE_RE.search(text, s, min(verb, s + 12))):
            return SELF  # "We are writing to urge you…", "I welcome …, and have asked my team…"
        if WE_AS_RE.search(text, max(s, head_start - 40), head_end):
            return SELF  # "the way we as a society encourage migrants to…"
        if low in ("it", "this", "that") and SITUATION_NEED_RE.match(text, verb):
            return SELF  # "It requires all of us working together … to restore decency …": the speaker's
        if low in PRONOUNS:
            if low == "they" and (sides := meeting_sides(text, self.actors, s, head_end, self._is_voice)):
                return sides  # "The Secretary, the Cardinal, and the Archbishop discussed… They underscored…"
            if low in ("it", "they") and self._last and head_start - self._last[0] < 2000:
                return self._last[1]  # "The measure calls on China to… It also calls on China to…"
            if low in ("he", "she") and (subject := self._previous_subject(s, head_start)) is not None:
                return subject
            return mentions.last_before(self.actors, head_start, PRONOUNS[low], max(0, head_start - 1500))
        if (low in JOINT_NOUNS and THEY_RE.fullmatch(text, s, head_end)) or dual_subjects.counts_sides(
            text, s, head_end
        ):
            # "…Secretary Blinken met … Both sides highlighted…", "The two leaders urged…": the
            # meeting's sides, which a statement reports as its own (no actor is named "Both sides")
            return meeting_sides(text, self.actors, s, head_end, self._is_voice) or SELF
        named = [
            (span, name)
            for span, name in mentions.within(self.actors, s, head_end)
            if (not OBJECT_RE.search(text, max(s, span[0] - 10), span[0]) or _document_of(text, s, span[0]))
            and mentions.type_of(self.actors, name) in SPEAKING | {"population"}
        ]
        near = words[-2][0] if len(words) > 1 else head_start
        ending = [sp for sp, _ in mentions.within(self.actors, s, head_end) if sp[1] > near]
        np_start = ending[-1][0] if ending else head_start  # the noun phrase right before the verb
        participle = PARTICIPLE_CALL_RE.match(text, verb)
        if participle and (
            OBJECT_RE.search(text, max(s, np_start - 30), np_start)
            or low in ISSUED_THINGS
            # "…sent a letter to U.N. Secretary General Ban Ki-Moon, urging him to…": the one
            # named before is the "him" asked, however long the titles that hide his "to"
            or ASKED_PRONOUN_RE.match(text, participle.end())
        ):
            # "Durbin sent a letter to the President asking him to…", "the Commission issued a
            # directive ordering all media outlets to…": the one who sent or issued it asks
            before = [
                (sp, n)
                for sp, n in named
                if sp[0] < np_start
                and not OBJECT_RE.search(text, max(s, sp[0] - 10), sp[0])
                and not INFINITIVE_OBJECT_RE.search(text, max(0, sp[0] - 30), sp[0])
            ]
            # a name modifying the next one is not its own subject: "Senate Democratic Leader
            # Harry Reid", "Vietnam refugee Tam Tran"
            first = [
                n
                for k, (sp, n) in enumerate(before)
                if k + 1 == len(before) or not MODIFIER_GAP_RE.fullmatch(text, sp[1], before[k + 1][0][0])
            ]
            if not first:
                # "Eguchi brought a lawsuit against the government, demanding…": the subject no
                # actor names, else the voice
                return participle_callers.caller(text, self.actors, s, verb, named) or SELF
            # the issuer is the one right before "issued" ("…stated that the Indian government
            # issued orders requiring…"); a letter's sender begins the sentence
            return first[-1] if low in ISSUED_THINGS else first[0]
        if (
            low == "and"
            and named
            and REPORTING_VERB_RE.search(text, s, named[-1][0][0]) is not None
            and (shared := self._coordinated_subject(s, head_start)) is not None
        ):
            # "Netanyahu has also publicly denounced the ICC and called on governments to…": the
            # one named before "and" is the first verb's object; the call is its subject's
            return shared
        if named and named[-1][0][1] > near and "," not in text[named[-1][0][1] : head_start]:
            # "…, Senator Natasha Stott Despoja, today called for…"; of a coordinated subject
            # ("The Secretary and President Ghani emphasized the need…") the voice or the first named
            return self._first_conjunct(named)
        owner = self._owner(named, verb)
        if owner is not None:
            return owner  # "The African Union's Agenda 2063, a blueprint …, calls for…"
        if low.rstrip("s") in OWN_THINGS or low in OWN_THINGS:
            return SELF
        if head in LAW_HEADS and head_end == verb - 1:
            return SELF  # "Article 91 of the Fourth Geneva Convention requires …": the voice cites it
        if named and (
            APPOSITION_RE.fullmatch(text, named[0][0][1], verb)
            or JOINT_APPOSITION_RE.fullmatch(text, named[0][0][1], verb)
        ):
            return named[0][1]  # "Senator Andrew Bartlett, the Democrats' spokesperson, today called…"
        if low == "and" and (shared := self._coordinated_subject(s, head_start)) is not None:
            return shared  # "…, Volker Türk, said he was “alarmed …”, and called for an investigation"
        if head[:1].islower() or text[max(0, head_start - 4) : head_start].lower() == "the ":
            if len(words) > 1 and words[-2][2][:1].isupper() and low in GROUP_NOUNS:
                return self._named_earlier(words[-2][0], words[-2][2].lower())  # "Council members"
            if low.rstrip("s") in PROXIES or targets.names_someone(head):
                earlier = self._named_earlier(head_start, low)  # "the petition", "the government"
                if earlier is None and low.rstrip("s") not in PROXIES and PAST_CALL_RE.match(text, verb):
                    return self._described(s, head_end) or None
                return earlier
            if participle and (doer := participle_callers.caller(text, self.actors, s, verb, named)):
                return doer  # "Hoang Viet Khanh published his opinion, urging the prime minister to…"
            return SELF  # "The Soviet action calls for…": a thing calls for nothing; the voice does
        if len(words) > 1 and words[-2][2][:1].isupper() and not ending:
            person = self._person_named([w for _, _, w in words[-3:]])  # "…Defenders Mary Lawlor urged"
            if person:
                return person
        if named and not WE_RE.search(text, named[0][0][1], verb):
            return named[0][1]
        return None

    def _described(self, s: int, head_end: int) -> str | None:
        """Who a reported call's subject describes when no actor is named in it: "Digital rights
        organizations have called on the Election Commission…", "Most treaty proponents have
        called for…" report others' calls, which HRW releases were credited with."""
        span = targets.subject(self.text, s, head_end)
        if span is None:
            return None
        joined = COORDINATED_RE.search(self.text, max(s, span[0] - 6), span[0])
        if joined is not None:
            if mentions.within(self.actors, s, span[0]):
                return None  # "Corzine, Brownback and others have asked…": the named ones ask
            first = targets.subject(self.text, s, joined.start())
            if first is not None and joined.group().strip() == "and":
                span = (first[0], span[1])  # "Student leaders and opposition leaders called for…"
        words = self.text[span[0] : span[1]].split()
        if words and words[0].lower() in ("the", "a", "an"):
            if len(words) == 2:
                return None  # "The senators also called on…", "the groups said": those named before
            words = words[1:]
        if not words or len(words) > DESCRIBED_WORDS or not targets.names_someone(" ".join(words)):
            return None
        return " ".join(words)[:1].upper() + " ".join(words)[1:]

    def _coordinated_subject(self, s: int, and_start: int) -> str | None:
        """The subject of a verb of speech or judgement that a call verb after "and" shares: "the
        United Nations Committee against Torture expressed concern about … and called on the
        authorities to…", "She said the encampment posed a “clear and present danger” and asked
        the police to…" (HRW releases report others' calls so, and credited them to HRW)."""
        first = REPORTING_VERB_RE.search(self.text, s, and_start)
        return self._subject(s, first.start()) if first is not None else None

    def _previous_subject(self, s: int, pronoun: int) -> str | None:
        """The person a sentence's "he" or "she" stands for when it names no one before it: the
        subject of the sentence before, not whoever that sentence named last ("Deputy Secretary
        Sherman assured the Prime Minister that… She also called on Cambodia…")."""
        before = mentions.within(self.actors, s, pronoun)
        if any(mentions.type_of(self.actors, n) in PEOPLE for _, n in before):
            return None
        text = self.text
        stop = text.rfind(". ", 0, max(0, s - 2))
        prev = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, max(0, s - 1)) + 1)
        first = mentions.within(self.actors, prev, s)[:1]  # the sentence's first actor, its subject
        for (start, _), name in first:
            if start - prev <= SUBJECT_REACH and mentions.type_of(self.actors, name) in PEOPLE:
                return name
        return None

    def _owner(self, named: list[tuple[tuple[int, int], str]], verb: int) -> str | None:
        """Whose document or body makes the call: the actor named with a possessive at the head
        of the subject ("the AU's Agenda 2063 calls for…", "Amnesty's report urges…")."""
        if not named:
            return None
        (_, end), name = named[-1]
        m = POSSESSED_RE.match(self.text, end, verb)
        if m is None:
            return None
        rest = self.text[m.end() : verb]
        if APPOSITION_RE.fullmatch(rest) or all(w.lower() in ADVERBS for w in WORD_RE.findall(rest)):
            return name
        return None

    def _first_conjunct(self, named: list[tuple[tuple[int, int], str]]) -> str:
        """Who makes a call the last one named makes with others: the voice when it is among them
        ("The Secretary and President Ghani emphasized…", "…, Amnesty International, and Human
        Rights Watch urgently appeal…"), else the first named ("Sens X and Y called on…")."""
        i = len(named) - 1
        last = CONJUNCT_RE.fullmatch(self.text, named[i - 1][0][1], named[i][0][0]) if i else None
        if last is None or last.group("and") is None:
            # "The Minister for Immigration, Chris Bowen MP, and Minister for Home Affairs, Jason
            # Clare MP, today called on…": titles between the two, one of them the voice
            for span, name in named[:i]:
                if self._is_voice(name) and TITLED_AND_RE.fullmatch(self.text, span[1], named[i][0][0]):
                    return name
            return named[i][1]  # "In Geneva, Senator X called…": no list without "and"
        while i > 0 and CONJUNCT_RE.fullmatch(self.text, named[i - 1][0][1], named[i][0][0]):
            i -= 1
        joint = [name for _, name in named[i:]]
        return next((name for name in joint if self._is_voice(name)), joint[0])

    def _named_earlier(self, pos: int, head: str) -> str | None:
        """ "The Council" → the council named before; "the petition", "the movement" → whoever the
        text said made it, the last time it named one."""
        stem = head.rstrip("s")
        if self.voice and self.voice.lower().split()[-1].rstrip("s") == stem:
            return self.voice  # "The Council called on…" in the ANZUS Council's communiqué
        named = mentions.last_headed(self.actors, stem, pos)
        if named is not None and named[0] > pos - 3000:
            return named[1]
        if self._low is None:
            self._low = lowered(self.text)
        back = self._low.rfind(stem, max(0, pos - 3000), pos - 1)
        if back < 0:
            return None
        sent = self.text.rfind(".", 0, back) + 1
        for span, name in mentions.within(self.actors, sent, back):
            if mentions.type_of(self.actors, name) in SPEAKING and not OBJECT_RE.search(
                self.text, max(sent, span[0] - 10), span[0]
            ):
                return name
        return None

    def _reporter(self, s: int, e: int, start: int, end: int) -> str | None:
        """The speaker a clause is reported from: a quotation's, "X said (that)…" before it,
        "…, X said" after it, "According to X, …"."""
        text = self.text
        quote = self._quote_at(start)
        if quote is not None:
            return self._quote_speaker(quote)
        # anchored at the clause: only its last words can hold the verb ("…Bartlett said that")
        lead = REPORTED_RE.search(text, max(s, start - REPORTED_TAIL), start) if start > s else None
        if lead:
            return self._named_in(s, lead.start(), last=True)
        if ACCORDING_RE.match(text, s, start):
            return self._named_in(s, start, last=False)
        after = SAID_AFTER_RE.match(text, end, min(e + 1, end + 160))
        if after:
            g = "after" if after.group("after") else "before"
            return self._named_in(after.start(g), after.end(g), last=False)
        lost = LOST_SAID_RE.match(text, e, e + 160) if not text[end:e].strip() else None
        if lost and not LOST_SAID_BEFORE_RE.search(text, max(0, s - REPORTED_TAIL), s):
            return self._named_in(lost.start("who"), lost.end("who"), last=False)
        # "…said Maloney   Our country must act…": the paragraph goes on the quotation he began
        held = continued_quotes.speaker_before(text, start)
        return self._named_in(held[0], held[1], last=False) if held is not None else None

    def _named_in(self, a: int, b: int, last: bool, back_from: int | None = None) -> str | None:
        """The person or organisation named in [a, b) (the nearest the verb when `last`), a
        pronoun's antecedent (named before `back_from`, else before `a`), or SELF for "we"/"I";
        UNNAMED for an unnamed source ("One trans woman interviewed said: …")."""
        found = [
            (span, n)
            for span, n in mentions.within(self.actors, a, b)
            if mentions.type_of(self.actors, n) in SPEAKING
        ]
        if found:
            # "The Secretary and the Foreign Minister also stressed that…": the voice among them
            return self._first_conjunct(found) if last else found[0][1]
        label = self.text.find(": ", a, b)
        if label >= 0:  # "MR PRICE: We have always said…": the turn's label, then its speaker's words
            a = label + 2
        words = WORD_RE.findall(self.text, a, b)
        while last and words and words[-1].lower() in ADVERBS:
            words.pop()  # "She also said…"
        if not words:
            return None
        w = (words[-1] if last else words[0]).lower()
        if w in ("we", "i"):
            return SELF
        if last and INDEFINITE_RE.match(self.text, a, b):
            return UNNAMED
        they = THEY_WORD_RE.search(self.text, a, b) if w == "they" else None
        if they and (sides := meeting_sides(self.text, self.actors, a, they.end(), self._is_voice)):
            return sides  # "…Secretary Blinken and PM Hamdok… They stressed that…"
        if w in PRONOUNS:
            back = a if back_from is None else back_from
            return mentions.last_before(self.actors, back, PRONOUNS[w], max(0, back - 1500))
        return self._person_named(words)

    def _person_named(self, words: list[str]) -> str | None:
        """A speaker the actor finder missed ("said  Sen  Brownback" in a page without
        punctuation): the person of that surname, else the name as written after a title."""
        name = [w.rstrip(".") for w in words[:4] if w[:1].isupper() and w.lower() not in TITLES]
        if not name:
            return None
        key = name[-1].casefold()
        for known in (self.issuer, self.voice):
            if known and known.split()[-1].casefold() == key:
                return known  # the senator himself, whom the actor finder may have missed
        for a in self.actors:
            if a.type == "person" and a.name.split()[-1].casefold() == key:
                return a.name
        titled = words[0].lower() in TITLES
        if not titled and (all(w.isupper() for w in name) or any(w.lower() in NOT_NAME_WORDS for w in name)):
            return None  # a headline's words ("SENATE RESOLUTION REITERATES"), "We Were Only", "But I'm"
        return " ".join(name) if titled or len(name) >= 2 else None

    # -- quotations --------------------------------------------------------------------------

    def quotation_start(self, pos: int) -> int | None:
        """Where the quotation holding `pos` begins (after its opening mark), if one does."""
        i = self._quote_at(pos)
        return self._quotes[i][0] if i is not None and self._quotes is not None else None

    def _quote_at(self, pos: int) -> int | None:
        if self._quotes is None:
            self._quotes = split_unclosed(self.text, _quotations(self.text))
            self._quote_starts = [q[0] for q in self._quotes]
        i = bisect.bisect_right(self._quote_starts, pos) - 1
        return i if i >= 0 and self._quotes[i][1] > pos else None

    def _quote_speaker(self, i: int) -> str | None:
        """Whoever the text says spoke quotation i: "“…,” said X", "X said: “…”"; a quotation
        with none continues the one just before it in the same or the previous paragraph."""
        if i in self._quote_speakers:
            return self._quote_speakers[i]
        assert self._quotes is not None
        qs, qe = self._quotes[i]
        text = self.text
        who = None
        after = SAID_AFTER_RE.match(text, qe, min(len(text), qe + 160))
        if after and text.find("\n", qe, after.end()) == -1:
            g = "after" if after.group("after") else "before"
            # "“… require the Minister to …,” he said": whom "he" stands for is named before the
            # quotation; those named inside it are what the speaker talks about
            who = self._named_in(after.start(g), after.end(g), last=False, back_from=qs)
        if who is None and (
            UNNAMED_AFTER_RE.match(text, qe, min(len(text), qe + 80)) or self._unnamed_before(qs)
        ):
            who = UNNAMED
        if who is None:
            para = text.rfind("\n", 0, qs) + 1
            lead = REPORTED_RE.search(text, max(para, qs - REPORTED_TAIL), qs)
            if lead:
                who = self._labelling_subject(
                    _sentence_start(text, max(para, qs - 160), lead.start()), lead.start()
                )
        if who is None:
            who = self._labelled(qs)
        if who is None and i > 0:
            ps, pe = self._quotes[i - 1]
            if text.count("\n\n", pe, qs) <= 1 and qs - pe < 1500:
                who = self._quote_speaker(i - 1)
        self._quote_speakers[i] = who
        return who

    def _labelling_subject(self, start: int, verb: int) -> str | None:
        """Who says the quotation a sentence ending in "said:" introduces: the actor named right
        before the verb ("…, Pezeshkian said: “…we should…”", "Tania Hary, executive director of
        Gisha, said:"), not one the sentence names before its subject ("Article 27 of the ICCPR,
        which China has signed, states that…" has none), nor "he" (a witness quoting a soldier)."""
        named = [
            (span, n)
            for span, n in mentions.within(self.actors, start, verb)
            if mentions.type_of(self.actors, n) in SPEAKING
            and not OBJECT_RE.search(self.text, max(start, span[0] - 10), span[0])  # "a prisoner at X"
        ]
        if not named:
            return None
        (_, end), name = named[-1]
        if mentions.type_of(self.actors, name) not in PEOPLE:
            # "The Commission added: “…”": a body's definite name is as often resolved to another
            # body it names (in 1,335 corpus files, 2 of the 2 changes so were wrong)
            return None
        return name if SUBJECT_GAP_RE.fullmatch(self.text, end, verb) else None

    def _unnamed_before(self, qs: int) -> bool:
        """Whether the quotation at `qs` follows "A mother in Kampala said:", "One trans woman
        interviewed for this report said:": a speaker no actor names."""
        text = self.text
        para = text.rfind("\n", 0, qs) + 1
        lead = REPORTED_RE.search(text, max(para, qs - REPORTED_TAIL), qs)
        if lead is None:
            return False
        start = _sentence_start(text, max(para, qs - 160), lead.start())
        return INDEFINITE_RE.match(text, start, lead.start()) is not None and not any(
            mentions.type_of(self.actors, n) in SPEAKING for _, n in mentions.within(self.actors, start, qs)
        )

    def _labelled(self, qs: int) -> str | None:
        """The speaker a line ending in a colon names before a quotation that opens a paragraph,
        as a joint statement sets out its signatories' words ("David Manne, Executive Director and
        Principal Solicitor, Refugee Legal:"): the organisation, for whom its spokesperson speaks,
        else the person."""
        text = self.text
        para = text.rfind("\n", 0, qs) + 1
        if text[para : qs - 1].strip():
            return None  # the quotation does not open its paragraph
        label_end = len(text[:para].rstrip())
        if label_end < 1 or text[label_end - 1] != ":":
            return None
        label_start = text.rfind("\n", 0, label_end) + 1
        if label_end - label_start > LABEL_MAX:
            return None
        label = text[label_start:label_end]
        said = LABEL_SAID_RE.search(label)
        if said:  # "The then British Prime Minister, David Cameron, for example declared that:"
            if LABEL_VERB_RE.search(label, 0, said.start()):
                return None  # "Senator Bartlett also read … what the asylum seekers told him:"
            speaking = [
                n
                for _, n in mentions.within(self.actors, label_start, label_start + said.start())
                if mentions.type_of(self.actors, n) in SPEAKING
            ]
            return speaking[-1] if speaking else None
        cue = ATTRIBUTED_RE.search(label)  # "The following quote can be attributed to X, …:"
        if cue:
            label_start += cue.end()
        elif LABEL_VERB_RE.search(label):
            return None  # a sentence ("Senator Bartlett also read … what they told him:")
        named = mentions.within(self.actors, label_start, label_end)
        if self.voice and not any(n == self.voice for _, n in named) and self.voice in label:
            # "Sarah Dale, Centre Director …, Refugee Advice & Casework Service:" in that
            # service's own joint release: its staff, though the actor finder missed the name
            return self.voice
        orgs = [n for _, n in named if mentions.type_of(self.actors, n) in ORGS]
        people = [n for _, n in named if mentions.type_of(self.actors, n) == "person"]
        return orgs[-1] if orgs else people[0] if people else None

    # -- the voice and who belongs to it -----------------------------------------------------

    def own(self, who: str) -> bool:
        """Whether `who` is the voice itself or speaks for it (its staff, its officials)."""
        return self._is_voice(who)

    def _is_voice(self, who: str) -> bool:
        voice = self.voice or ""
        if who in (voice, self.issuer):
            return True
        kind = mentions.type_of(self.actors, who)
        if kind == "person":
            if _same_person(who, voice) or _same_person(who, self.issuer or ""):
                return True
            if who in self.staff():
                return True
            code = _code(voice)  # a government's voice: its own officials speak for it
            return bool(code) and (code == _code(who) or self._official(who))
        if kind in ("state", "government"):
            code = _code(voice)
            return bool(code) and code == _code(who)
        if kind == "legislature" and senator_groups.is_group(who):
            # "the Senators request …": the group of a joint letter the release's senator signed
            return bool(voice)
        if (
            kind == "party"
            and self._genre in ("release", "")
            and mentions.type_of(self.actors, voice) == "person"
        ):
            # "the Federal Opposition believes that …" in a shadow minister's release: his side's view
            return shadow_voice.own_opposition(self.text, self.actors, who)
        return False

    def _official(self, who: str) -> bool:
        """An official of the publishing government, by the title the text gives him: "The
        Secretary", "Deputy Secretary Sherman", "Antony J. Blinken, Secretary of State"."""
        if OFFICE_RE.fullmatch(who):
            return True
        for a in self.actors:
            if a.name == who:
                return any(
                    OFFICE_BEFORE_RE.search(self.text, max(0, s - 40), s)
                    or OFFICE_START_RE.match(self.text, s)  # the title inside the name's span
                    or OFFICE_AFTER_RE.match(self.text, e)
                    for s, e in a.mentions[:5]
                )
        return False

    def staff(self) -> set[str]:
        """People the text presents as working for or speaking for the voice."""
        if self._staff is None:
            if self.voice:
                self._staff, self._peers = _staff(self.text, self.actors, self.voice)
            else:
                self._staff = set()
        return self._staff


NAME_RUN_ON = 60  # how far a body's mention may reach past the capitalised words read as its name


def _voice(text: str, actors: tuple[Actor, ...], title: str | None, known_only: bool = False) -> str | None:
    """An organisation a page publishes a statement for: named in the title as its author
    ("Media Freedom Coalition Statement on…") or in the text as issuing or signing it ("The
    undersigned members of the…", "the ANZUS Communique issued in Washington by the ANZUS
    Council"). `known_only`: only an organisation the actor finder found."""
    m = VOICE_TITLE_RE.match(title.strip()) if title else None
    head = text[:2000].lower()
    if m is None and not any(cue in head for cue in SIGNED_CUES):
        return None  # the common case, and a far cheaper test than SIGNED_RE
    names = {a.name.lower(): a.name for a in actors if a.type in ORGS - {"government"}}
    if m:
        author = (m.group("a") or m.group("b") or "").lower()
        if author in names:
            return names[author]
    for m in SIGNED_RE.finditer(text, 0, 2000):
        name = " ".join(m.group("name").split())
        if name.startswith("Government"):
            continue  # "released by the Governments of Austria, Bulgaria, …": many voices, not one
        if name.lower() in names:
            return names[name.lower()]
        # "released by the G7 foreign ministers of Canada, …": the body named first, by the name
        # the actor finder gave its mention ("the Group of Seven" → "G7"), also where the name
        # runs on past a lost apostrophe ("the Senate Women s Caucus on Burma")
        first = mentions.within(actors, m.start("name"), m.end("name") + NAME_RUN_ON)
        if first and first[0][0][0] == m.start("name") and first[0][1].lower() in names:
            return first[0][1]
        if len(name.split()) >= 2 and not known_only:
            return name
    return None


# Titles of a government's own officials (not "Secretary-General", not a foreign "President").
# State Department readouts also send envoys and bureau officials ("Special Representative for
# the DPRK Sung Kim", "Senior Bureau Official Moy"), whose calls are the Department's; not the UN
# Secretary-General's special representatives.
OFFICES = (
    r"(?:Deputy\s+|Under\s+|Assistant\s+|Press\s+)?Secretary(?!-General)(?:\s+of\s+State)?"
    r"|Spokesperson|Ambassador|Special\s+Envoy|Vice\s+President|National\s+Security\s+Advis[eo]r"
    r"|Special\s+Representative(?!\s+of\s+the\s+Secretary)|(?:Senior\s+)?Bureau\s+Official|Senior\s+Official"
)
OFFICE_RE = re.compile(rf"(?:the\s+)?(?:{OFFICES})(?:\s+of\s+[A-Z][\w ]+)?", re.I)
OFFICE_BEFORE_RE = re.compile(rf"\b(?:{OFFICES})\s+$")
# "U.S. Assistant Secretary of State for European and Eurasian Affairs, Dr. Karen Donfried", "United
# States Deputy Secretary of State Wendy Sherman": the mention begins with the state the office is of
OFFICE_START_RE = re.compile(rf"(?:U\.S\.\s+|United\s+States\s+)?(?:{OFFICES})\s")
OFFICE_AFTER_RE = re.compile(rf",\s+(?:U\.S\.\s+)?(?:Department\s+)?(?:{OFFICES})\b")

# A party or organisation making calls as such: "Labor calls on…" (not "…, the Greens said",
# which attributes a member's words).
CALLER_RE = re.compile(
    r"\s*(?:(?:today|also|further|again|have|has|would|strongly)\s+)*"
    r"(?:calls?|called|urges?|urged|demands?|demanded|wants?)\b"
)


# A question's subject after its auxiliary: "Why does the Labor Party want to cause divisiveness…?"
# asks about an opponent; the party does not speak in it.
ASKED_RE = re.compile(r"\b(?:does|do|did|will|would|can|could)\s+(?:the\s+)?$", re.I)


def _party_voice(text: str, actors: tuple[Actor, ...]) -> str | None:
    """A member's release speaks for the party it has speak: "Labor calls on Tony Abbott…" in a
    release of Labor's shadow ministers; the party most often the subject of such a verb. Only a
    party: an organisation's call a member's release reports ("The Red Cross has called on the
    Occupying Powers to restore order…") is not his voice."""
    counts: dict[str, int] = {}
    for a in actors:
        if a.type == "party":
            n = sum(
                1
                for s, e in a.mentions
                if CALLER_RE.match(text, e) and not ASKED_RE.search(text, max(0, s - 12), s)
            )
            if n:
                counts[a.name] = n
    return max(counts, key=lambda k: counts[k]) if counts else None


# A release's letterhead: the member whose name heads the page of a party's or an organisation's
# release ("Senator Kerry Nettle  Senator for New South Wales" atop a Greens release) speaks for it.
LETTERHEAD = 250


def _heads(actors: tuple[Actor, ...]) -> int:
    """How many people the letterhead names."""
    return sum(1 for a in actors if a.type == "person" and a.mentions and a.mentions[0][0] < LETTERHEAD)


def _kind(actors: tuple[Actor, ...], name: str) -> str:
    """An actor's type, also of one the text never names (a release filed under "Australian Labor
    Party" that names only its member), by the authority file."""
    kind = mentions.type_of(actors, name)
    if kind:
        return kind
    aid = authority().by_name.get(name)
    return authority().types[aid] if aid is not None else ""


def _name_start(text: str, start: int, end: int, name: str) -> int:
    """Where the person's name begins in the mention text[start:end]: after its title where the
    mention holds one ("Secretary Paddy Crumlin", as "National Secretary \nPaddy Crumlin" is found
    once its line break is read as a space)."""
    at = text.find(name.split(" ", 1)[0], start, end)
    return at if at > start else start


def _title_before(text: str, start: int, name_start: int) -> bool:
    """Whether an organisation's officer's title stands before the mention at `start`, or before
    its name at `name_start` inside it."""
    return any(TITLE_BEFORE_RE.search(text, max(0, at - 60), at) for at in {start, name_start})


def _staff(text: str, actors: tuple[Actor, ...], voice: str) -> tuple[set[str], set[str]]:
    """The voice's staff (with its peers), and its peers: those named in a list beside it."""
    out = set()
    body = _kind(actors, voice) in ORGS
    if body:
        out = {
            a.name
            for a in actors
            if a.type == "person"
            and a.mentions
            and a.mentions[0][0] < LETTERHEAD
            and not text[text.rfind("\n", 0, a.mentions[0][0]) + 1 : a.mentions[0][0]].strip(" \t")
        }
        out |= {
            a.name
            for a in actors
            if a.type == "person"
            and any(
                _bare_title(text, actors, e) or _title_before(text, s, _name_start(text, s, e, a.name))
                for s, e in a.mentions[:6]
            )
        }
    org_spans = [span for span, name in mentions.within(actors, 0, len(text)) if name == voice]
    # Beside a person, a name after only commas or other names is a list of his peers ("Senators
    # Menendez, Biden, Kerry, Sanders…" in Biden's release): they call with him, but each speaks
    # for himself where a quotation is his ('"…," said Senator Kerry')
    listed = _kind(actors, voice) == "person"
    staff, peers = set(out), set[str]()
    initials = _initials(voice)
    if initials:  # "AMA President, Dr Steve Hambleton" where the actor finder missed "AMA"
        # "\bAMA\b" with its first boundary tested after the letters: begun with "\b" the pattern has
        # no first letter to skip to and runs at every character of the text
        whole = rf"{initials}\b(?<!\w{initials})"
        org_spans = sorted({*org_spans, *(m.span() for m in re.finditer(whole, text))})
    if not org_spans:
        return out, peers
    starts = [s for s, _ in org_spans]
    for a in actors:
        if a.type != "person":
            continue
        for ps, pe in a.mentions:
            i = bisect.bisect_left(starts, pe)
            after = org_spans[i] if i < len(org_spans) else None
            before = org_spans[i - 1] if i > 0 else None
            between = text[before[1] : ps] if before and ps - before[1] < 80 else None
            if listed and between is not None and before and _letterhead_ended(text, before, between, voice):
                between = None
            staffed = after and after[0] - pe < 120 and STAFF_BETWEEN_RE.match(text[pe : after[0]])
            if (
                staffed
                or (between is not None and OFFICE_BETWEEN_RE.match(between))
                # "Australian Greens Senator Kerry Nettle": a body's name before its member's
                or (body and between is not None and between.strip(" ") == "")
            ):
                out.add(a.name)
                if listed and not staffed and between is not None and _listed(between):
                    peers.add(a.name)
                break
    return out, peers - staff


BLANK_LINE_RE = re.compile(r"\n[^\S\n]*\n")


def _letterhead_ended(text: str, span: tuple[int, int], between: str, voice: str) -> bool:
    """Whether a person voice's mention is his office without his name and a blank line follows
    it before the next name: the letterhead's last "MINISTER" of "… MINISTER FOR JUSTICE  MINISTER
    FOR DEFENCE MATERIEL", after which come the office's own words and, past the letterhead's end,
    the headline ("MORE ABBOTT BOATS …"), no title of a staffer or a peer. On the office's own line
    ("MINISTER FOR INTERNATIONAL DEVELOPMENT  The Hon. Melissa Parke MP") a peer is named."""
    office = set(text[span[0] : span[1]].lower().split()).isdisjoint(voice.lower().split())
    return office and BLANK_LINE_RE.search(between) is not None


def _document_of(text: str, s: int, pos: int) -> bool:
    """Whether the name at `pos` owns the document or proxy before it ("the final report of the
    TRRC found … and called for…", "a resolution of the Council urges…"): its call, not an object."""
    return DOCUMENT_OF_RE.search(text, max(s, pos - 40), pos) is not None


def _adverb_in_ly(word: str) -> bool:
    return ADVERB_LY_RE.fullmatch(word) is not None and word not in NOUNS_IN_LY


def _sentence_start(text: str, a: int, b: int) -> int:
    """Where the last sentence or paragraph that begins in [a, b) begins, else `a`."""
    return max(a, text.rfind(". ", a, b) + 2, text.rfind("\n", a, b) + 1)


def _listed(between: str) -> bool:
    """Whether the words between two people's names are those of a list of names: none, or only
    capitalised ones ("Biden, Kerry, Sanders")."""
    return all(w[:1].isupper() for w in WORD_RE.findall(between))


def _bare_title(text: str, actors: tuple[Actor, ...], end: int) -> bool:
    """Whether a person's name ending at `end` is followed by a title naming no organisation."""
    m = BARE_TITLE_RE.match(text, end, end + 90)
    return m is not None and all(
        mentions.type_of(actors, n) in ("place", "state") for _, n in mentions.within(actors, end, m.end())
    )


def _initials(name: str) -> str:
    """An organisation's acronym by its capitalised words ("Australian Medical Association" →
    "AMA"); "" for a name too short to have a telling one."""
    words = [w for w in name.split() if w.lower() not in ("of", "for", "the", "and", "on")]
    if len(words) < 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return ""
    return "".join(w[0] for w in words)


def _same_person(a: str, b: str) -> bool:
    """ "Senator Kennedy" and "Edward M. Kennedy", "Sen Cardin" and "Benjamin L. Cardin"."""
    if not a or not b:
        return False
    return a.split()[-1].casefold() == b.split()[-1].casefold()


@functools.cache
def _code(name: str) -> str:
    """The state an actor belongs to, by its authority code ("USAGOV" → "USA"), for states and
    government organs; composed names ("Government of Syria") by their state."""
    m = re.match(r"(?:Government|Armed forces|Parliament|President|Senate) of (?:the )?(.+)$", name)
    return country_code(m.group(1) if m else name)


def _quotations(text: str) -> list[tuple[int, int]]:
    """Spans of quoted speech: “…” (to the paragraph's end when it does not close there, as a
    quotation running on into the next paragraph does) and "…" pairs within a paragraph."""
    # What one pattern of both kinds would find (they begin with different marks, so at most one
    # can match at a place), from two searches: a pattern whose branches begin with different
    # characters has no first character to skip by and ran its matcher at every character
    # (0.15 → 0.04 s over the benchmark's 3,498 statements). Each search is repeated only when
    # the other kind's match has run past its next match.
    out: list[tuple[int, int]] = []
    curly, straight = CURLY_QUOTE_RE.search(text), STRAIGHT_QUOTE_RE.search(text)
    while curly is not None or straight is not None:
        first_curly = straight is None or (curly is not None and curly.start() < straight.start())
        m = curly if first_curly else straight
        assert m is not None  # one of the two is found
        out.append((m.start() + 1, m.end()))
        if curly is not None and curly.start() < m.end():
            curly = CURLY_QUOTE_RE.search(text, m.end())
        if straight is not None and straight.start() < m.end():
            straight = STRAIGHT_QUOTE_RE.search(text, m.end())
    return out


CURLY_QUOTE_RE = re.compile(r"“[^“”]{2,}?(?:”|(?=\n)|$)")
# A straight quotation opens after a space or bracket and closes before one or punctuation, so
# that '…atrocities." "A decade ago…' is read as a closing and an opening mark.
STRAIGHT_QUOTE_RE = re.compile(r"\"(?<![^\s(\[]\")(?=[^\s\"])[^\"\n]*?[^\s\"]\"(?=[\s.,;:)!?\]—–-]|$)")


# A transcript's label that is an office, not a name: "PRIME MINISTER:", "TREASURER:"
TITLE_KEYS = frozenset("MINISTER TREASURER PREMIER SECRETARY SENATOR LEADER PRESIDENT".split())


def _holder(text: str, label: str) -> str | None:
    """The one the text names with the office a transcript's label gives ("Prime Minister Tony
    Abbott" for "PRIME MINISTER:"), where it names one."""
    office = " ".join(w.capitalize() for w in label.split())
    named = re.search(rf"\b{re.escape(office)}\s+(?:the\s+Hon\.?\s+)?([A-Z][a-z]+\s+[A-Z][a-z]+)\b", text)
    return named.group(1) if named and named.group(1).split()[0] not in ("For", "The") else None
