"""Rendering: URLs, the page list, view objects, templates, and HTML for the pages that changed."""
