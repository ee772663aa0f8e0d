"""The search engine adapter: the only package that imports Whoosh."""
