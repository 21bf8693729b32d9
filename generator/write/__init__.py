"""Putting the plan on disk: the output folder's checks, atomic writes and swap, the manifest."""
