"""Ingest: turn raw scraped article text or HTML into a cleaned `content/articles/<id>.md`.

The pipeline, in order: read the raw page into blocks (`text_blocks` for plain text,
`html_extract` for HTML), remove page furniture with named rules (`text_rules`, `list_rules`),
read the metadata (`head`, `credits`, `dates`), assemble the article (`clean`), then write it
(`writer`). `command` is the CLI glue and `score` measures the whole against fixtures.
"""
