"""`python -m advocacy_archive.index COMMAND ...`: the sub-commands alone, without the window."""

from .cli.commands import main

# The guard matters: worker processes re-import the main module under another name.
if __name__ == "__main__":
    raise SystemExit(main())
