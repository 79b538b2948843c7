"""`python -m cheatsheets run SNIPPET.py`: print exactly what the page shows."""

import sys

from cheatsheets.runner import main

if __name__ == "__main__":
    args = sys.argv[1:]
    if args[:1] == ["run"]:
        args = args[1:]
    sys.exit(main(args))
