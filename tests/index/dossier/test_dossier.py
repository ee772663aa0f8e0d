"""Actor dossiers on the bundled sample archive (real statements): what a dossier holds, that it
finds an actor by any alias, that its catalog look-ups are index look-ups, and the CLI."""

from __future__ import annotations

import json
import sqlite3

import pytest

from advocacy_archive.index.archive import Archive
from advocacy_archive.index.cli.commands import main
from advocacy_archive.index.errors import ArchiveError
from advocacy_archive.index.store import dossier_queries

DOSSIER_KEYS = {
    "name",
    "type",
    "aliases",
    "documents",
    "demands_by",
    "demands_of",
    "quotes",
    "co_actors",
    "first_seen",
    "last_seen",
    "timeline",
}


def test_a_dossier_holds_the_documents_demands_and_company_of_an_actor(sample_archive: Archive) -> None:
    d = sample_archive.dossier("Refugees International")
    assert d.type == "ngo"
    assert len(d.documents) == 1 and "Aleppo" in d.documents[0].title
    made = {row.demand.action for row in d.demands_by}
    assert "end their assault on Aleppo and immediately honor a ceasefire" in made
    assert all(row.by == "Refugees International" for row in d.demands_by)
    assert dict(d.co_actors)["Government of Syria"] == 1
    assert d.first_seen == d.last_seen == d.documents[0].date


def test_demands_made_of_an_actor_name_it_as_a_target(sample_archive: Archive) -> None:
    d = sample_archive.dossier("Government of Syria")
    assert d.demands_of and all("Government of Syria" in row.demand.targets for row in d.demands_of)
    assert {"Refugees International"} <= {row.by for row in d.demands_of}


def test_aliases_are_the_forms_the_texts_write_an_actor_in(sample_archive: Archive) -> None:
    d = sample_archive.dossier("Government of Syria")
    aliases = dict(d.aliases)
    assert sum(aliases.values()) >= len(d.documents)
    assert any(a != "Government of Syria" for a in aliases), aliases  # e.g. "the Syrian regime"


def test_an_actor_is_found_by_an_alias_in_any_case(sample_archive: Archive) -> None:
    alias = next(
        a for a, _ in sample_archive.dossier("Government of Syria").aliases if a != "Government of Syria"
    )
    assert "Government of Syria" in sample_archive.find_actors(alias.upper())
    assert sample_archive.dossier("refugees international").name == "Refugees International"


def test_an_unknown_actor_is_an_error_naming_it(sample_archive: Archive) -> None:
    with pytest.raises(ArchiveError, match="Nobody Anywhere"):
        sample_archive.dossier("Nobody Anywhere")


def test_timeline_counts_documents_and_demands_per_month(sample_archive: Archive) -> None:
    d = sample_archive.dossier("United States")
    assert sum(b.documents for b in d.timeline) == sum(1 for x in d.documents if x.date and len(x.date) >= 7)
    assert sum(b.demands_of for b in d.timeline) == sum(1 for r in d.demands_of if r.doc_date)
    assert [b.period for b in d.timeline] == sorted(b.period for b in d.timeline)


def test_quotes_are_attributed_by_a_verb_of_saying_with_their_citation(corpus, tmp_path) -> None:
    with Archive.open(tmp_path / "a") as archive:
        archive.import_paths(sorted((corpus / "hrw-news").glob("*.txt"))[:12])
        d = archive.dossier("Human Rights Watch")
    assert d.quotes, "HRW releases quote their staff"
    for q in d.quotes:
        assert len(q.text.split()) >= 4
        assert q.title in q.citation and (q.date is None or q.date in q.citation)


def test_dossier_json_has_exactly_the_documented_keys(sample_archive: Archive, capsys) -> None:
    path = str(sample_archive.path)
    sample_archive.close()
    assert main(["--archive", path, "dossier", "Refugees International", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == DOSSIER_KEYS
    assert out["demands_by"][0]["ref"].startswith(f"{out['documents'][0]['id']}:")


def test_the_dossier_of_an_unknown_actor_exits_2(sample_archive: Archive, capsys) -> None:
    path = str(sample_archive.path)
    sample_archive.close()
    assert main(["--archive", path, "dossier", "Nobody Anywhere"]) == 2
    assert "no actor named 'Nobody Anywhere'" in capsys.readouterr().err


@pytest.mark.parametrize(
    "sql",
    [
        dossier_queries.DOCS_OF_NAMES.format("?"),
        dossier_queries.ALIASES_OF_NAMES.format("?"),
        dossier_queries.DEMANDS_BY_NAMES.format("?"),
        dossier_queries.DEMANDS_BY_ISSUERS.format("?"),
        dossier_queries.DEMANDS_OF_NAMES.format("?"),
        dossier_queries.MENTIONS.format("?"),
        dossier_queries.TEXTS.format("?"),
    ],
)
def test_dossier_queries_look_up_an_index_instead_of_scanning(sample_archive: Archive, sql: str) -> None:
    conn = sqlite3.connect(sample_archive.path / "catalog.sqlite")
    args = ("[1, 2]", "x")[-sql.count("?") :]
    plan = [row[-1] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, args)]
    conn.close()
    # a search of an index, the temporary sort, or the list of ids asked for (json_each)
    allowed = ("SEARCH", "USE TEMP B-TREE", "SCAN w VIRTUAL TABLE")
    assert plan and all(step.startswith(allowed) for step in plan), plan
