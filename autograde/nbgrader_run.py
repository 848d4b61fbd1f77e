"""`python -m autograde.nbgrader_run ARGS`: `nbgrader ARGS` with the pipeline's steps.

The grading pipeline starts one of these per submission instead of plain
`python -m nbgrader`, so that a notebook that floods its output cannot exhaust the
grader's memory (see `autograde.flood`), and student code that breaks the rules
of `autograde.policy` does not run (see `autograde.enforce`).
"""

from __future__ import annotations

import os
import sys

from autograde import enforce
from autograde.flood import DEFAULT_LIMIT, LIMIT_ENV, install


def main() -> None:
    raw = os.environ.get(LIMIT_ENV, "").strip()
    install(int(raw) if raw else DEFAULT_LIMIT)
    enforce.install()
    from nbgrader.apps.nbgraderapp import main as nbgrader_main

    sys.argv = ["nbgrader", *sys.argv[1:]]
    nbgrader_main()


if __name__ == "__main__":
    main()
