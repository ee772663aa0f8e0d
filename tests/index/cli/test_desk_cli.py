"""The research-desk commands as a user runs them: `similar`, `tag`, `tags`, `star` and `note`, in
a real process on a real archive."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

COMMAND = [sys.executable, "-m", "advocacy_archive.app"]


def run(archive: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*COMMAND, "--archive", str(archive), *args], capture_output=True, text=True, input=stdin, timeout=300
    )


@pytest.fixture(scope="module")
def desk_archive(tmp_path_factory: pytest.TempPathFactory, corpus: Path) -> Path:
    folder = tmp_path_factory.mktemp("desk") / "archive"
    speeches = sorted((corpus / "un-speeches").glob("*.txt"))[:12]
    done = run(folder, "--create", "import", "--quiet", str(corpus / "seeds"), *map(str, speeches))
    assert done.returncode == 0, done.stderr
    return folder


def ids_of(archive: Path, query: str) -> list[int]:
    return [hit["id"] for hit in json.loads(run(archive, "search", "--json", query).stdout)["results"]]


def test_similar_lists_documents_with_the_terms_they_share(desk_archive: Path) -> None:
    doc_id = ids_of(desk_archive, 'title:"Iran, General Debate, 71st session"')[0]
    done = run(desk_archive, "similar", str(doc_id), "--json", "--limit", "3")
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert set(found) >= {"doc_id", "title", "key_terms", "documents", "versions"}
    assert len(found["documents"]) == 3
    first = found["documents"][0]
    assert set(first) >= {"doc_id", "title", "issuer", "date", "score", "shared_terms"}
    assert set(first["shared_terms"]) <= set(found["key_terms"])
    text = run(desk_archive, "similar", str(doc_id), "--limit", "2").stdout
    assert text.startswith(f"Documents like #{doc_id} Iran, General Debate, 71st session, 2016")
    assert "shares: " in text and "key terms: " in text


def test_similar_of_a_missing_document_says_so(desk_archive: Path) -> None:
    done = run(desk_archive, "similar", "9999")
    assert done.returncode == 2
    assert "No document with id 9999" in done.stderr


def test_tag_star_and_note_then_find_by_them(desk_archive: Path) -> None:
    doc_id = ids_of(desk_archive, "Aleppo")[0]
    assert run(desk_archive, "tag", str(doc_id), "--add", "Follow up", "--add", "Syria").stdout.split("\n")[
        :2
    ] == [
        "Follow up",
        "Syria",
    ]
    assert json.loads(run(desk_archive, "tag", str(doc_id), "--remove", "follow up", "--json").stdout) == [
        "Syria"
    ]
    assert run(desk_archive, "star", str(doc_id)).returncode == 0
    assert (
        run(desk_archive, "note", str(doc_id), "-", stdin="Cite in the December\nbriefing.").returncode == 0
    )
    assert run(desk_archive, "note", str(doc_id)).stdout == "Cite in the December\nbriefing.\n"
    assert ids_of(desk_archive, "note:briefings") == [doc_id]
    filtered = json.loads(
        run(desk_archive, "search", "--json", "--filter", "tag=Syria", "--filter", "star=starred").stdout
    )
    assert [hit["id"] for hit in filtered["results"]] == [doc_id]
    assert filtered["results"][0]["starred"] and filtered["results"][0]["tags"] == ["Syria"]
    assert filtered["facets"]["tag"] == {"Syria": 1}
    assert json.loads(run(desk_archive, "tags", "--json").stdout) == {"Syria": 1}
    shown = json.loads(run(desk_archive, "show", "--json", str(doc_id)).stdout)
    assert (shown["tags"], shown["starred"], shown["note"]) == (
        ["Syria"],
        True,
        "Cite in the December\nbriefing.",
    )
    assert "   Tags: Syria" in run(desk_archive, "show", str(doc_id)).stdout
    assert run(desk_archive, "note", str(doc_id), "--clear").returncode == 0
    assert run(desk_archive, "star", str(doc_id), "--off").returncode == 0
    assert ids_of(desk_archive, "note:briefing") == []
    assert json.loads(run(desk_archive, "show", "--json", str(doc_id)).stdout)["starred"] is False


def test_marks_refuse_what_they_cannot_hold(desk_archive: Path) -> None:
    doc_id = ids_of(desk_archive, "Aleppo")[0]
    empty = run(desk_archive, "tag", str(doc_id), "--add", "   ")
    assert empty.returncode == 2 and "A tag cannot be empty" in empty.stderr
    both = run(desk_archive, "note", str(doc_id), "text", "--clear")
    assert both.returncode == 2 and "not both" in both.stderr
    missing = run(desk_archive, "star", "9999")
    assert missing.returncode == 2 and "No document with id 9999" in missing.stderr
