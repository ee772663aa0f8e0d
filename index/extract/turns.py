"""The turns of a transcript ("QUESTION: …", "MORRISON: …", "VIRGINIA TRIOLI: …"): who speaks where,
and which speakers are the interviewers, whose questions and asides are no demands of the statement.

An interviewer is labelled as one ("QUESTION", "JOURNALIST", "HOST") or, named, asks: in the
press-release corpus the interviewers' turns hold a question in 42-89% of them, the politicians'
in 0-36%, and are shorter than the answers.
"""

from __future__ import annotations

import bisect
import re

# "RICHARD MARLES, SHADOW MINISTER FOR IMMIGRATION AND BORDER PROTECTION:" (a long label, commas)
# or in title case ("Morrison:", "Q:")
# Sought from the line break before each turn, in the text after a "\n": begun with "(?m)^" the
# pattern has no character to skip to and ran its matcher at every character of a transcript.
# White House transcripts mark a question by a bare "Q" and spaces, no colon ("\nQ\xa0\xa0\xa0 So
# that’s an active possibility at this point?").
TURN_RE = re.compile(r"\n[ \t]*(?:(?P<who>[A-Z][\w.,'’ \xa0-]{0,90}?):|(?P<q>Q)(?:\xa0|[ \t]{2,}))")
# A transcript copied from a web page may run its turns on within a line, each after a gap of
# spaces ("…our work here.\xa0 \xa0 KIERAN\xa0GILBERT:\xa0Okay.", "…PROOF ONLY  JOURNALIST: Penny
# Wong, good morning.", "…detention centre. \xa0 RICHARD\xa0MARLES,\xa0SHADOW\xa0MINISTER…PROTECTION:It's"):
# there a label in capitals, of up to ten words, is a turn where two spaces or more come before it
# and no label begun at the line's start holds it ("…AND  BORDER PROTECTION:"). Begun with its
# capital, not with the gap, the pattern lets the engine skip to the capitals of a text.
MID_TURN_RE = re.compile(r"[A-Z][A-Z.'’-]+(?:,?[ \xa0][A-Z][A-Z.'’-]*){0,9}:(?=[ \xa0A-Z])")
ASKERS = frozenset(
    {"QUESTION", "Q", "JOURNALIST", "REPORTER", "INTERVIEWER", "QUESTIONER", "HOST", "PRESENTER", "COMPERE"}
)
ASKER_RE = re.compile(
    r"\n[ \t]*(?:(?:QUESTION|Question|Q|JOURNALIST|Journalist|REPORTER|INTERVIEWER)\s*:|Q(?:\xa0|[ \t]{2,}))"
)
# A transcript says so at its head ("TRANSCRIPT OF INTERVIEW", "E & O E - PROOF ONLY"). Each word's
# first letter comes first, its "\b" after it as "(?<!\w.)": begun with "\b" the pattern gave the
# engine no character to skip to, and it ran its matcher at each of the 600 (0.14 → 0.05 s).
TRANSCRIPT_RE = re.compile(
    r"(?i:[tepdi](?:(?<!\w.)(?:(?<=t)ranscript\b|(?<=e)\s*&\s*O\s*E\b|(?<=d)oorstop\b|(?<=i)nterview\b)"
    r"|(?<=p)ress\s+conference))"
)
TRANSCRIPT_HEAD = 600
ASKING_SHARE = 0.4  # of a speaker's turns holding a question
MIN_TURNS = 3
# Labels that are no speaker: "Subjects:", "Minister’s Office: 02 6277 7500"
NOT_SPEAKERS = frozenset("SUBJECT SUBJECTS OFFICE DEPARTMENT CONTACT MEDIA ENDS TOPICS".split())


def _key(label: str) -> str:
    """A speaker by the last word of the label: "SCOTT MORRISON" and "MORRISON" are one."""
    return label.split(",")[0].split()[-1].strip(".").upper() if label.split() else ""


def _transcript(text: str) -> bool:
    """Whether a text has an interviewer's label or says at its head that it is a transcript:
    most texts are none, found in one or two searches."""
    if TRANSCRIPT_RE.search(text, 0, TRANSCRIPT_HEAD):
        return True
    return bool(ASKER_RE.search(text) or ASKER_RE.match("\n" + text[:40]))


class Turns:
    """Where each speaker's turns begin in one text, and who of them asks."""

    def __init__(self, text: str) -> None:
        self.turns: list[tuple[int, str]] = []  # (start, speaker key)
        self.starts: list[int] = []
        self.askers: set[str] = set()
        # those of a real exchange, who speak in several turns: not a release's "Background:" line
        self.speakers: set[str] = set()
        self.labels: dict[str, str] = {}  # the fullest label of each speaker: "SCOTT MORRISON"
        if _transcript(text):
            self._read(text)

    def _read(self, text: str) -> None:
        found: list[tuple[int, int, str]] = []
        # TURN_RE's m.start(), the "\n", is where the line begins in `text`
        labels = [
            (m.start(), m.end() - 1, m.group("who") or m.group("q")) for m in TURN_RE.finditer("\n" + text)
        ]
        starts = [start for start, _, _ in labels]
        for m in MID_TURN_RE.finditer(text):
            at = m.start()
            if at < 2 or text[at - 2 : at].strip(" \t\xa0"):
                continue  # no gap before it (most capitals: tested before the search of the labels)
            before = bisect.bisect_right(starts, at) - 1
            if before >= 0 and at <= labels[before][1]:
                continue  # a word of a label begun at the line's start
            labels.append((at, m.end(), m.group()[:-1]))
        for start, end, label in sorted(labels):
            key = _key(label)
            found.append((start, end, key))
            # "QUESTION:", "JOURNALIST 2:", "Q:", "SAMANTHA ARMYTAGE, HOST:"
            if any(part.split()[0].upper() in ASKERS for part in label.split(",") if part.split()):
                self.askers.add(key)
            name = " ".join(label.split(",")[0].split())
            if len(name) > len(self.labels.get(key, "")):
                self.labels[key] = name
        self.turns = [(s, k) for s, _, k in found]
        self.starts = [s for s, _ in self.turns]
        self._find_askers(text, found)

    def _find_askers(self, text: str, found: list[tuple[int, int, str]]) -> None:
        """Named interviewers: speakers most of whose turns ask, in shorter turns than the longest
        speaker's."""
        stats: dict[str, list[int]] = {}
        for i, (_, e, key) in enumerate(found):
            end = found[i + 1][0] if i + 1 < len(found) else len(text)
            st = stats.setdefault(key, [0, 0, 0])
            st[0] += 1
            st[1] += text.find("?", e, end) != -1
            st[2] += end - e
        speakers = {k: v for k, v in stats.items() if v[0] >= MIN_TURNS and k not in NOT_SPEAKERS}
        if len(speakers) < 2:
            return
        self.speakers = set(speakers)
        for key, (n, asked, length) in speakers.items():
            longest = max(v[2] / v[0] for k, v in speakers.items() if k != key)
            if asked / n >= ASKING_SHARE and length / n < longest:
                self.askers.add(key)

    def _at(self, pos: int) -> str | None:
        if not self.turns:
            return None
        i = bisect.bisect_right(self.starts, pos)
        return self.turns[i - 1][1] if i else None

    def speaker(self, pos: int) -> str | None:
        """The key of whoever of an exchange's speakers speaks at `pos` ("MORRISON"), else None."""
        who = self._at(pos)
        return who if who in self.speakers else None

    def within_question(self, pos: int) -> bool:
        """Whether `pos` lies in an interviewer's turn."""
        who = self._at(pos)
        return who is not None and who in self.askers
