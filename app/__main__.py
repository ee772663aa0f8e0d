"""`python -m advocacy_archive.app`: the same as the `advocacy-archive` command."""

from .launcher import main

# The guard matters: worker processes re-import the main module under another name.
if __name__ == "__main__":
    raise SystemExit(main())
