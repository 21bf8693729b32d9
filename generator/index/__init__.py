"""Indexes derived from the loaded site: topics, outlets, citations, storylines."""
