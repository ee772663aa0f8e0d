"""Re-extracting the same text gives the same actors in every process, whatever its hash seed
(Python salts the order of sets of strings per process; ``benchmarks.hash_seeds`` checks a sample
of the corpus)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from advocacy_archive.index.extract.mention import Mention
from advocacy_archive.index.extract.name_variants import unify

# Secretary Blinken's remarks at the unveiling of James Baker's bust (State Department, 2022-04-04):
# the heading runs on into the next line ("James Baker \n Antony"), and the text names the man
# "James Baker", "Jim Baker" and "Secretary Baker".
BLINKEN = (
    "Secretary Antony J. Blinken at the Unveiling of a Bronze Bust in Honor of Former Secretary"
    " of State James Baker \n Antony J. Blinken, Secretary of State \n Washington, D.C. \n"
    "James Baker served as Secretary of State for 43 months. As we navigate this time, few models"
    " are more fitting to follow than the model set by Jim Baker. In the office that I now have"
    " the privilege of occupying, Secretary Baker kept a small plaque on his desk given to him by"
    " President Reagan."
)
PEOPLE = (
    "from advocacy_archive.index.extract import extract; import json, sys; "
    "print(json.dumps(sorted(a.name for a in extract(sys.stdin.read()).actors if a.type == 'person')))"
)


def _people_under_seed(seed: int) -> list[str]:
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    done = subprocess.run(
        [sys.executable, "-c", PEOPLE], input=BLINKEN, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    names: list[str] = json.loads(done.stdout)
    return names


def test_the_same_remarks_give_the_same_people_under_every_hash_seed() -> None:
    # seeds 0 and 2 named the man twice over before: "James Baker" and "James Baker Antony"
    runs = {seed: _people_under_seed(seed) for seed in (0, 2, 3)}
    assert runs[0] == runs[2] == runs[3]
    assert "James Baker" in runs[0] and "James Baker Antony" not in runs[0]


def _names_after_unify(order: list[str]) -> set[str]:
    starts = {"James Baker Antony": 0, "James Baker": 40, "Jim Baker": 80}
    people = [Mention(starts[n], starts[n] + len(n), n, "person") for n in order]
    unify(BLINKEN, people)
    return {p.name for p in people}


def test_a_name_run_on_and_a_familiar_name_join_the_name_the_dictionary_knows_in_any_order() -> None:
    """ "Jim Baker" is "James Baker" written shorter, "James Baker" is "James Baker Antony" read
    short: all three are one man, named as the authority file names him."""
    orders = (
        ["James Baker Antony", "James Baker", "Jim Baker"],
        ["Jim Baker", "James Baker", "James Baker Antony"],
    )
    for order in orders:
        assert _names_after_unify(order) == {"James Baker"}


def test_a_heading_run_on_into_a_name_does_not_rename_the_person() -> None:
    """A DHS page's heading "Secretary Alejandro Mayorkas Opening Remarks" is read as a fuller
    form of "Alejandro Mayorkas", which the text writes as often: the person keeps the name."""
    names = ["Alejandro Mayorkas Opening Remarks"] * 2 + ["Ale Mayorkas"] + ["Alejandro Mayorkas"] * 2
    # each mention where the text writes it: the names are counted as written
    starts = [sum(len(m) + 1 for m in names[:k]) for k in range(len(names))]
    people = [Mention(s, s + len(n), n, "person") for s, n in zip(starts, names, strict=True)]
    unify(" ".join(names), people)
    assert {p.name for p in people} == {"Alejandro Mayorkas"}
