"""`python -m cdkg` runs the CLI (handy where the console script is not on PATH)."""

from __future__ import annotations

from cdkg.cli import main

if __name__ == "__main__":
    main()
