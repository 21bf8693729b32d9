"""The declared model every stage after loading reads, and the registries it is checked against."""
