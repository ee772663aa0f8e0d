"""Advocacy Archive, installed as the one package `advocacy_archive`.

The repository root is that package (pyproject.toml maps it): `index/` is the headless core,
`app/` the Qt desktop app over it, `resources/` the bundled authority file and sample archive.
"""
