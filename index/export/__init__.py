"""Exports of what a search found: citations, CSV tables, briefings (HTML and DOCX), batch tables.

Everything here writes plain files from the core's dataclasses; the archive's methods
(`Archive.export_results`, `Archive.citation`, `Archive.export_batch`) are how the CLI and the
window reach it. Printing and PDF need Qt's painter and live in the app.
"""
