"""Answers across the whole archive about actors and demands: an actor's dossier (build.py),
what it is quoted as saying (quotes.py), timelines (timeline.py), demands grouped across
documents (grouping.py), and names found by any alias (names.py)."""
