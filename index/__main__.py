"""`python -m index ...` runs the same command line as `advocacy-archive`."""

from index.cli import main

# The guard matters: worker processes re-import the main module under another name.
if __name__ == "__main__":
    raise SystemExit(main())
