"""Briefing intelligence: provenance, wire collapsing, cited evidence, what each source adds.

Deterministic analyses of a story's cleaned articles, one small module per job; `story.analyse`
is the one entry point, `checks.check` runs it for every note (the analyse stage, after load).
What they find is declared in `model.analysis`.
"""
