"""One module per CLI command; each parses flags and calls one library function."""
