"""Does the gradebook hold the tests that are in source/?

nbgrader does not grade with the source notebook. `generate_assignment` copies each
cell it tracks into the gradebook, and Autograde's `OverwriteCells` writes the test
cells, the locked cells and the points from there over each submission. An
instructor who mends a hidden test in source/ therefore changes nothing until the
assignment is generated again; until then every grading path, `--force` included,
quietly grades with the old test.

`python -m autograde grade` compares the two before it grades and generates the
assignment again when they differ (`autograde.grade.ensure_assignments`); each
recorded outcome keeps a digest of the tests it was graded with, so a change of
tests grades the class again. Plain `nbgrader autograde` and the formgrader run
`GradebookMatchesSource` first, which refuses to grade with out-of-date tests and
says how to bring the gradebook up to date.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import nbformat
from nbconvert.exporters.exporter import ResourcesDict
from nbformat.notebooknode import NotebookNode
from nbgrader.api import Gradebook, MissingEntry
from nbgrader.coursedir import CourseDirectory
from nbgrader.preprocessors import NbGraderPreprocessor
from nbgrader.utils import is_grade, is_locked, is_solution, is_task

# grade_id -> (cell type, source nbgrader writes back or "" for a student's answer, points)
Cells = dict[str, tuple[str, str, float | None]]


class GradebookOutOfDate(RuntimeError):
    """The gradebook's copy of an assignment's tests is not the one in source/."""


def source_cells(nb: NotebookNode) -> Cells:
    """The cells `generate_assignment` would store for this source notebook."""
    cells: Cells = {}
    for cell in nb.cells:
        if not (is_grade(cell) or is_solution(cell) or is_locked(cell) or is_task(cell)):
            continue
        meta = cell.metadata.nbgrader
        cells[meta["grade_id"]] = (
            cell.cell_type,
            "" if is_solution(cell) else cell.source,
            float(meta.get("points") or 0) if is_grade(cell) else None,
        )
    return cells


def gradebook_cells(gradebook: Gradebook, assignment: str, notebook: str) -> Cells | None:
    """The cells the gradebook holds for one notebook (None when it holds none)."""
    try:
        stored = gradebook.find_notebook(notebook, assignment)
    except MissingEntry:
        return None
    solutions = {cell.name for cell in stored.solution_cells}
    points = {cell.name: float(cell.max_score) for cell in stored.grade_cells}
    return {
        cell.name: (
            cell.cell_type,
            "" if cell.name in solutions else cell.source,
            points.get(cell.name),
        )
        for cell in stored.source_cells
    }


def differences(source: Cells, stored: Cells) -> list[str]:
    """The grade ids whose cell differs between the two, or is in one of them only."""
    return sorted(
        gid for gid in source.keys() | stored.keys() if source.get(gid) != stored.get(gid)
    )


def digest(cells: Cells) -> str:
    """A short fingerprint of the tests: it changes when any tracked cell does."""
    text = json.dumps(sorted(cells.items()), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def out_of_date_message(assignment: str, changed: list[str]) -> str:
    shown = ", ".join(changed[:6]) + (f" and {len(changed) - 6} more" if len(changed) > 6 else "")
    return (
        f"the gradebook's copy of {assignment} differs from source/ in {shown}, so nbgrader "
        f"would grade with the old tests. Run `nbgrader generate_assignment {assignment} "
        "--force` to bring the gradebook up to date (`python -m autograde grade` does it "
        "itself), then grade again."
    )


class GradebookMatchesSource(NbGraderPreprocessor):
    """Refuse to grade a submission while the gradebook holds other tests than source/.

    Runs before `OverwriteCells` on every path nbgrader_config.py configures. Without a
    source notebook (a course graded from its gradebook alone) there is nothing to
    compare, and grading goes on.
    """

    def preprocess(self, nb: NotebookNode, resources: ResourcesDict) -> Any:
        info = resources["nbgrader"]
        assignment, notebook = info["assignment"], info["notebook"]
        coursedir = CourseDirectory(config=self.config)
        path = Path(coursedir.format_path(coursedir.source_directory, ".", assignment))
        path = path / f"{notebook}.ipynb"
        if not path.is_file():
            return nb, resources
        with Gradebook(info["db_url"]) as gradebook:
            stored = gradebook_cells(gradebook, assignment, notebook)
        changed = differences(source_cells(nbformat.read(path, as_version=4)), stored or {})
        if changed:
            raise GradebookOutOfDate(out_of_date_message(assignment, changed))
        return nb, resources
