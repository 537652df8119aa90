"""Search: keyword (whoosh), semantic (sentence-transformers), hybrid, similar, facets.

Imports only `catalogue`. Built by the search issue.
"""
