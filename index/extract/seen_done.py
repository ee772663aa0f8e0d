"""A wish to see a thing done: "Namibia would like to see the process for the reform of the United
Nations expedited", "We would like to see the Security Council reformed without delay" (General
Debate speeches). The speaker asks for the act the participle names, without saying who is to do
it: a call with no one asked, as "It is also my hope to see … strengthened" is.

`calls.MANDATIVE_RE` reads the same wish with a verb in the base form ("We would like to see the
Saudis fund …"), which names who is asked; this module reads the participle, which does not.
"""

import re

# The participle ends the clause or is followed by how or when it is to be done: "… expedited.",
# "… reformed without delay", "… implemented by all parties". The object between "see" and it begins
# with a determiner, so a verb's object is not taken for a participle's ("see progress").
SEE_DONE_RE = re.compile(
    r"\b(?:would|['’]d)\s+(?:(?:very\s+much|also|really|certainly)\s+)?like\s+to\s+see\s+"
    r"(?P<o>(?:the|a|an|this|these|that|those|our|its|their|all|more|further|greater)\s+[^.;:!?]{1,80}?)\s+"
    r"(?:\w+ly\s+)?(?P<a>(?!(?:need|speed|seed|creed|greed|hundred|sacred|kindred|naked|wicked|"
    r"united|interested|concerned|related|based|limited|advanced|developed)\b)[a-z]{3,}ed"
    r"|(?:taken|given|driven|written|broken|chosen|spoken|forgotten|done|made|set|put|held|kept|met|"
    r"brought|built|paid|sent|found|shown|led|laid|heard|understood|dealt|sought|lifted))"
    r"(?=\s*[.,;:!?]|\s+(?:by|as|without|at|in|through|within|before|immediately|soon|quickly|"
    r"expeditiously|forthwith|urgently|promptly|once|now|fully|under|on|and)\b)",
    re.I,
)
# Who wishes: the speaker ("we", "I") or a name ("Namibia", "The Government"), not a group whose
# wish is reported ("Some would like to see the Council weakened", "those who would like to see…").
WISHER_RE = re.compile(
    r"(?:\b(?i:we|i)|\b(?!(?:Some|Many|Others|Those|They|He|She|Few|Who|All|Most|It)\b)[A-Z][\w’'-]+)"
    r"(?:\s+(?:also|really|certainly|therefore|still))?\s+$"
)


def wishes(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """(start of the wish, start of the thing to be done) of each wish to see a thing done in
    sentence [s, e)."""
    out: list[tuple[int, int]] = []
    for m in SEE_DONE_RE.finditer(text, s, e):
        if WISHER_RE.search(text, max(s, m.start() - 40), m.start()):
            out.append((m.start(), m.start("o")))
    return out
