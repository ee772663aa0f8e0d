"""A call the speaker takes up from another: "We reiterate the Secretary-General's call for a
cessation of military operations" (Libya, 2021), "we support the Secretary-General's call for …",
"We echo the Secretary-General's call to …", "we endorse the UN Security Council's call for …"
(General Debate speeches hold some hundred such in 11,000). The one named with the possessive made
the call first; the sentence is the speaker's own call, as "we trust that the appeal of the
Secretary-General … will be heeded" is. A state that takes it up by name makes it its own:
"Guatemala supports Haiti's request that the United Nations organize an observer group …" (1990),
"Ukraine welcomes the General Assembly's call on States to …" (1991). Not a call reported without
anyone taking it up ("the Secretary-General's call for a ceasefire has gone unheeded"), which stays
the one who made it.
"""

import re

# The speaker, a verb that takes up another's call, and the one who made it with a possessive
# right before the call's noun (an adjective or two allowed: "the Secretary-General's renewed call").
TAKEN_UP_RE = re.compile(
    r"\b(?i:we|I)\s+(?:(?i:[a-z]+ly|also|again|once\s+again|once\s+more|therefore|hereby|too)\s+)*"
    r"(?i:reiterate|echo|support|endorse|join|share|reaffirm|renew|second|heed|welcome|answer|back|"
    r"repeat|applaud|embrace|subscribe\s+to|associate\s+(?:ourselves|myself)\s+with)\s+"
    r"(?:the\s+|this\s+)?[^,.;:!?]{1,80}?[’']s\s+(?:[a-z]+\s+){0,2}$"
)
# The same with a name in the third person before the verb: "The Gambia fully supports …".
NAMED_TAKEN_UP_RE = re.compile(
    r"\b(?P<n>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})\s+"
    r"(?:(?i:[a-z]+ly|also|again|once\s+again|therefore|hereby|too)\s+)*"
    r"(?:reiterates|echoes|supports|endorses|joins|shares|reaffirms|renews|seconds|heeds|welcomes|"
    r"backs|repeats|applauds|embraces)\s+"
    r"(?:the\s+|this\s+)?[^,.;:!?]{1,80}?[’']s\s+(?:[a-z]+\s+){0,2}$"
)
REACH = 160  # characters before the call's noun the speaker and the verb stand in


def taken_up(text: str, s: int, verb: int) -> bool:
    """Whether the call whose noun is at `verb` (in the sentence from `s`) is another's call the
    speaker takes up: "We reiterate the Secretary-General's call for …"."""
    return TAKEN_UP_RE.search(text, max(s, verb - REACH), verb) is not None


def taken_up_by(text: str, s: int, verb: int) -> tuple[int, int] | None:
    """Where the name of the one who takes up another's call at `verb` stands, when a name in the
    third person does ("Cambodia also fully supports the Secretary-General's call for …")."""
    m = NAMED_TAKEN_UP_RE.search(text, max(s, verb - REACH), verb)
    return m.span("n") if m else None
