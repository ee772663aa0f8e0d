"""The JSON shape the CLI prints and the readable report."""

from __future__ import annotations

import json

from advocacy_archive.index.extract import extract
from advocacy_archive.index.extract.report import extraction_json, format_report

TEXT = "Amnesty International calls on the Syrian government to release all detainees."


def test_json_has_the_scorer_shape_and_round_trips() -> None:
    obj = extraction_json("a.txt", TEXT, "T", "2016-12-01", extract(TEXT))
    assert set(obj) == {"file", "text", "title", "issuer", "date", "actors", "demands"}
    back = json.loads(json.dumps(obj))
    (d,) = back["demands"]
    assert set(d) == {"by", "targets", "target_spans", "action", "kind", "sentence", "start", "end"}
    assert d["targets"] == ["Government of Syria"]
    s, e = d["target_spans"][0]
    assert TEXT[s:e] == "Syrian government"


def test_report_groups_actors_and_shows_demands() -> None:
    report = format_report(extraction_json("a.txt", TEXT, None, None, extract(TEXT)))
    assert "government:" in report and "Government of Syria (1)" in report
    assert "Amnesty International → Government of Syria: release all detainees" in report
