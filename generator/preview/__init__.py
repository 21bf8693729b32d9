"""The preview server and what it keeps between rebuilds: state, quick load and quick plan."""
