"""Ingest: turn raw scraped article text or HTML into a cleaned `content/articles/<id>.md`.

The pipeline (`pipeline.ingest`), in order: read the raw page into blocks (`text_blocks` for plain
text; `html_extract` and `html_meta` for HTML), find the outlet (`outlets`), clean the blocks
(`clean`: the header in `head`, metadata lines in `meta_lines`, `bylines`, `dates`, named
furniture rules in `text_rules` with `site_chrome` and `story_extras`, `list_rules`, `credits`,
then `structure`), assemble the front matter (`metadata`), and write the file (`writer`).
`model` declares the values passed between steps, `command` is the CLI glue, `inputs` reads the
inputs, and `score` measures the whole against fixtures.
"""
