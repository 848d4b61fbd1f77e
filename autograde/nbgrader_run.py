"""`python -m autograde.nbgrader_run ARGS`: `nbgrader ARGS` with the output cap.

The grading pipeline starts one of these per submission instead of plain
`python -m nbgrader`, so that a notebook that floods its output cannot exhaust the
grader's memory (see `autograde.flood`).
"""

from __future__ import annotations

import os
import sys

from autograde.flood import DEFAULT_LIMIT, LIMIT_ENV, install


def main() -> None:
    raw = os.environ.get(LIMIT_ENV, "").strip()
    install(int(raw) if raw else DEFAULT_LIMIT)
    from nbgrader.apps.nbgraderapp import main as nbgrader_main

    sys.argv = ["nbgrader", *sys.argv[1:]]
    nbgrader_main()


if __name__ == "__main__":
    main()
