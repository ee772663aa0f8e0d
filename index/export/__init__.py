"""Writing what the archive found into files a person sends on: briefings (HTML, DOCX, CSV)."""
