"""Vocabularies shared by several checks (held as data; one place each)."""
