"""Imported by the import pool's fork server: load the readers, extraction and the authority
file once, so that each forked worker starts warm."""

from .pipeline import preload

preload()
