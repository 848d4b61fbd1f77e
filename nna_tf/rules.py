"""The grading rules, shown to the student while they work.

The grader refuses student code that could reach its tests (the rules are in
`autograde.policy`, which ships with this package). `nna_tf.setup()` calls
`install_live_check()`, which checks every cell the student runs against the same
rules and prints, on stdout, one line per problem: where it is, what is not
allowed and how to write it instead. The cell still runs; when the notebook is
graded, the statements named are not run.

The course's own cells are told apart from the student's by the digests the
release step stores in the notebook's metadata. Nothing here knows the hidden tests.

While nbgrader's Validate runs the notebook, the lines go to stderr instead: with
`Validator.validate_all` (set in the course's `nbgrader_config.py`) Validate then
lists the cell as failed, with the lines. While nbgrader grades, the check is off:
the grader applies the rules itself.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any, TextIO

PREFIX = "Grading rules"


def _notebook_path(running: str) -> Path | None:
    """The notebook this kernel runs: the one JupyterLab names, else the course
    notebook of the folder that holds `running` (the setup cell being run)."""
    named = os.environ.get("JPY_SESSION_NAME", "")
    for path in [Path(named), Path.cwd() / Path(named).name] if named else []:
        if path.suffix == ".ipynb" and path.is_file():
            return path
    from autograde import policy

    for path in sorted(Path.cwd().glob("*.ipynb")):
        try:
            nb = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        meta = nb.get("metadata", {}).get(policy.NOTEBOOK_KEY, {})
        if policy.is_course_cell(running, set(meta.get(policy.COURSE_CELLS_KEY, []))):
            return path
    return None


class LiveCheck:
    """A `pre_run_cell` hook that reports rule-breaking lines of the student's cells."""

    def __init__(self, path: Path, stream: TextIO | None = None):
        self.path = path
        self.stream = stream  # sys.stdout when None
        self._stamp: float | None = None
        self._view: Any = None

    def _student_view(self) -> Any:
        from autograde import policy

        stamp = self.path.stat().st_mtime
        if stamp != self._stamp:
            nb = json.loads(self.path.read_text(encoding="utf-8"))
            context, digests, student = policy.student_notebook_context(nb)
            sources = [_text(nb["cells"][i]["source"]) for i in student]
            self._view, self._stamp = (context, digests, sources), stamp
        return self._view

    def problems(self, code: str) -> list[str]:
        """The lines to print for a cell the student runs (none for a course cell)."""
        from autograde import policy

        try:
            context, digests, sources = self._student_view()
        except (OSError, ValueError, KeyError):
            return []
        if not digests or policy.is_course_cell(code, digests):
            return []
        found = policy.check_cells([*sources, code], context)[-1]
        return [
            f"{PREFIX}, line {v.line}: {v.message}. When graded, this statement will not run."
            for v in found
        ]

    def __call__(self, info: Any) -> None:
        for line in self.problems(info.raw_cell or ""):
            print(line, file=self.stream or sys.stdout)


def _text(source: str | list[str]) -> str:
    return "".join(source) if isinstance(source, list) else source


def install_live_check() -> bool:
    """Register the live check in the running IPython kernel.

    Returns:
        Whether it was registered: not outside IPython, not while nbgrader grades
        (the grader applies the rules itself), not without `autograde` or a course
        notebook. While Validate runs, the check writes to stderr.
    """
    mode = os.environ.get("NBGRADER_EXECUTION", "")
    if mode not in ("", "validate"):
        return False
    try:
        from IPython import get_ipython

        import autograde.policy  # noqa: F401
    except ImportError:
        return False
    shell = get_ipython()
    if shell is None:
        return False
    history = shell.user_ns.get("In") or [""]
    path = _notebook_path(history[-1])
    if path is None:
        return False
    for callback in shell.events.callbacks.get("pre_run_cell", []):
        if isinstance(callback, LiveCheck):
            shell.events.unregister("pre_run_cell", callback)
    stream = sys.stderr if mode == "validate" else None
    shell.events.register("pre_run_cell", LiveCheck(path, stream))
    return True
