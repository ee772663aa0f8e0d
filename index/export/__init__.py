"""Exports of what the archive found: citations, CSV tables, briefings of search results
(briefing*.py) and of dossiers and demands (demand_briefing*.py) in HTML and DOCX, batch tables.

Everything here writes plain files from the core's dataclasses; the archive's methods
(`Archive.export_results`, `Archive.citation`, `Archive.export_batch`) are how the CLI and the
window reach it. Printing and PDF need Qt's painter and live in the app.
"""
