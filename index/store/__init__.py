"""The archive's stored data: the SQLite catalog (the source of truth) and its migrations, the
byte-exact originals, the writer lock and backup bundles. The only package that speaks SQL.
"""
