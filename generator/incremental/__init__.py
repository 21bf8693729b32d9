"""What lets a rebuild do only what changed: keys and digests, the manifest, caches."""
