"""Developer tools run by make targets (see mk/*.mk)."""
