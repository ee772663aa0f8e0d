"""Actor dossiers, tracked demands and review by hand in the window: the dossier window and its
timeline chart, the review menus and dialogs, the edit history, and their wiring into the main
window (install.py)."""
