"""Search over the engine: the query language, result pages, snippets and facet counts."""
