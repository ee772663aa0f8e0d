"""Getting documents in: the importer, the per-file pipeline run in worker processes, the format
readers behind one registry, and the metadata read from a text.
"""
