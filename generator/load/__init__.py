"""Loading: site.yaml and content files read into the declared model, every problem located."""
