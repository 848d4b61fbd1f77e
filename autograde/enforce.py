"""The nbgrader step that keeps rule-breaking student code from running.

`EnforcePolicy` runs in `nbgrader autograde`'s sanitising phase, right after
nbgrader has restored the locked and graded cells from the gradebook, so it sees
the notebook that is about to be executed. It sorts the code cells into

- trusted: cells whose text is exactly that of a non-solution code cell of
  `source/<assignment>/`: the locked and graded cells nbgrader has just restored,
  and the demonstrations the student left alone;
- student code: everything else (solution cells, added cells, edited
  demonstrations, and cells whose metadata merely claims to be locked),

checks the student code against `autograde.policy`, and replaces every cell that
breaks a rule by a commented-out copy that raises `PermissionError` with the
reasons. The tests that need that cell's functions then fail and score 0; the
rest of the notebook is graded as usual, and the feedback shows why.

What it found goes to the JSON file named by `NNA_POLICY_REPORT` (read by
`autograde.grade`), and the names the course's cells bind go to the kernel in
`NNA_TRUSTED_NAMES` (used by `autograde.kernel_guard`).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import nbformat
from nbgrader.preprocessors import NbGraderPreprocessor

from autograde.kernel_guard import TRUSTED_NAMES_ENV
from autograde.notebook import grade_id, is_solution_cell
from autograde.policy import Context, Violation, build_context, check_cells, keras_names

REPORT_ENV = "NNA_POLICY_REPORT"
SWITCH_ENV = "NNA_POLICY"  # "off" skips the rules (grade --no-policy)
MARKER = "# [grader] This cell was not run"


def _trusted_texts(source: Path) -> set[str]:
    if not source.is_file():
        return set()
    nb = nbformat.read(source, as_version=4)
    return {
        cell.source.strip()
        for cell in nb.cells
        if cell.cell_type == "code" and not is_solution_cell(cell)
    }


def split_cells(nb: nbformat.NotebookNode, trusted_texts: set[str]) -> tuple[list[int], list[int]]:
    """Indices of trusted and of student code cells."""
    trusted, student = [], []
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        if is_solution_cell(cell):
            student.append(index)
        elif cell.source.strip() in trusted_texts:
            trusted.append(index)
        else:
            student.append(index)
    return trusted, student


def blocked_source(source: str, violations: list[Violation]) -> str:
    """What runs instead of a cell that breaks the rules."""
    reasons = "; ".join(str(v) for v in violations[:3])
    if len(violations) > 3:
        reasons += f" (and {len(violations) - 3} more)"
    lines = [
        f"{MARKER}: it breaks the rules for graded code.",
        *(f"#   {v}" for v in violations),
        "# Your code, commented out:",
        *(f"# {line}" if line else "#" for line in source.splitlines()),
        f"raise PermissionError({('[grader] cell not run: ' + reasons)!r})",
    ]
    return "\n".join(lines)


def enforce(
    nb: nbformat.NotebookNode, trusted_texts: set[str]
) -> tuple[list[dict[str, Any]], Context]:
    """Replace rule-breaking student cells in place; return what was found."""
    trusted, student = split_cells(nb, trusted_texts)
    context = build_context((nb.cells[i].source for i in trusted), keras_names())
    found = []
    for index, violations in zip(
        student, check_cells([nb.cells[i].source for i in student], context), strict=True
    ):
        if not violations:
            continue
        cell = nb.cells[index]
        found.append(
            {
                "cell": grade_id(cell) or f"cell {index + 1}",
                "violations": [str(v) for v in violations],
            }
        )
        cell.source = blocked_source(cell.source, violations)
    return found, context


class EnforcePolicy(NbGraderPreprocessor):
    """nbgrader preprocessor: apply `enforce` to the notebook being autograded."""

    def preprocess(
        self, nb: nbformat.NotebookNode, resources: dict[str, Any]
    ) -> tuple[nbformat.NotebookNode, dict[str, Any]]:
        if os.environ.get(SWITCH_ENV, "on") == "off":
            return nb, resources
        info = resources.get("nbgrader", {})
        source = (
            Path.cwd() / "source" / str(info.get("assignment")) / f"{info.get('notebook')}.ipynb"
        )
        found, context = enforce(nb, _trusted_texts(source))
        os.environ[TRUSTED_NAMES_ENV] = ",".join(
            sorted(context.trusted_names - set(context.trusted_imports))
        )
        for entry in found:
            self.log.warning("Cell %s not run: %s", entry["cell"], "; ".join(entry["violations"]))
        report = os.environ.get(REPORT_ENV)
        if report:
            Path(report).write_text(json.dumps(found))
        return nb, resources


def install() -> None:
    """Run `EnforcePolicy` last among `nbgrader autograde`'s sanitising steps."""
    from nbgrader.converters import Autograde

    original = getattr(Autograde, "_nna_original_init", Autograde._init_preprocessors)

    def init_preprocessors(self: Any) -> None:
        original(self)
        if self._sanitizing:
            self.exporter.register_preprocessor(EnforcePolicy)

    Autograde._nna_original_init = original
    Autograde._init_preprocessors = init_preprocessors
