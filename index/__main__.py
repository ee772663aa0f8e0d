"""`python -m index ...` runs the same command line as `advocacy-archive`."""

from index.cli import main

raise SystemExit(main())
