"""Everything the output folder must hold: the plan, feeds, sitemap, structured data, search."""
