"""Actors and demands in one statement: `extract(text) -> Extraction`.

Pipeline: tokens → candidate mentions from every finder (authority file, country + role
composition, populations, organs of the state, titled/quoted people, unknown organisations,
places) → dictionary matches the context does not support dropped (`context`) and populations
named too rarely (`populations.settle`) → the longest non-overlapping ones → acronyms and name
parts → organ words resolved to their state (`organs.resolve`) → issuer → demands. No statistical
model; see NOTES.md for why. The pipeline itself is `extraction.extract`, apart from this module
so that it is compiled with the finders (this one must stay pure Python: compiled.py).
"""

from __future__ import annotations

import gc

# first: it decides whether the modules below load compiled or from their sources
from . import compiled  # noqa: F401

# isort: split
from ..models import Actor, Demand, Extraction
from . import actors, demands, leaders_governments, people, role_names
from .authority import authority
from .extraction import extract
from .tokens import prepare_word_starts

__all__ = ["extract", "prepare", "Extraction", "Actor", "Demand"]


def prepare() -> None:
    """Load the authority and build now what extraction derives from it once per process (the
    actor finder's start words, the words that name no person, the states of the people it
    knows by surname, the one-pass pattern of the word starts, the call-on pattern): they cost
    the first statement about 0.1 s, thirty times what a statement costs. Optional: `extract`
    builds whatever is missing on first use.

    Then what the process holds is taken out of the garbage collector's full collections
    (gc.freeze): the authority and its tables, some 76,000 objects, live as long as the process,
    and each full collection walked them all (0.1 s of CPU per 3,500 statements, for nothing). A
    process forked after this (the import's workers) also leaves their pages shared."""
    auth = authority()
    actors.prepare(auth)
    people.non_person_words()
    leaders_governments.surname_states(auth)
    demands.prepare()
    role_names.prepare(auth)
    prepare_word_starts()  # last: after every pattern searched for together exists
    gc.collect()  # the loading's own garbage first: frozen, it would stay for good
    gc.freeze()
