"""briefing-site: a static site generator for multi-source news briefings."""

__version__ = "0.1.0"
