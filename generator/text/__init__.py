"""Text helpers shared by loading, analysis, rendering and ingest: Markdown, its bounds, transliteration."""
