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

import functools
import hashlib
import json
from pathlib import Path
from typing import Any, NamedTuple

import nbformat
from nbconvert.exporters.exporter import ResourcesDict
from nbformat.notebooknode import NotebookNode
from nbgrader.api import Gradebook, MissingEntry
from nbgrader.coursedir import CourseDirectory
from nbgrader.preprocessors import NbGraderPreprocessor
from nbgrader.utils import is_grade, is_locked, is_solution, is_task

from autograde.course import GRADING_RELEASE


class Cell(NamedTuple):
    """What nbgrader stores of one tracked cell and restores over a submission."""

    kind: str  # "grade", "solution", "task", "grade+solution" or "locked"
    cell_type: str
    source: str  # "" for a solution cell: its source is the student's
    points: float | None  # grade and task cells only


Cells = dict[str, Cell]  # by grade_id


def _kind(grade: bool, solution: bool, task: bool) -> str:
    flags = (("grade", grade), ("solution", solution), ("task", task))
    return "+".join(name for name, flag in flags if flag) or "locked"


class GradebookOutOfDate(RuntimeError):
    """The gradebook's copy of an assignment's tests is not the one in source/."""


def source_cells(nb: NotebookNode) -> Cells:
    """The cells `generate_assignment` stores for this source notebook, as this
    course configures it (no header or footer notebook, no `### AUTOTEST` lines,
    which would change what it stores)."""
    cells: Cells = {}
    for cell in nb.cells:
        if not (is_grade(cell) or is_solution(cell) or is_locked(cell) or is_task(cell)):
            continue
        meta = cell.metadata.nbgrader
        cells[meta["grade_id"]] = Cell(
            _kind(is_grade(cell), is_solution(cell), is_task(cell)),
            cell.cell_type,
            "" if is_solution(cell) else cell.source,
            float(meta.get("points") or 0) if is_grade(cell) or is_task(cell) else None,
        )
    return cells


@functools.lru_cache(maxsize=16)
def _source_cells_of(path: Path, stamp: tuple[int, int, int]) -> Cells:
    return source_cells(nbformat.read(path, as_version=4))


def source_cells_of(path: Path) -> Cells:
    """`source_cells` of a notebook file, read again only once the file changes."""
    stat = path.stat()
    return _source_cells_of(path, (stat.st_mtime_ns, stat.st_size, stat.st_ino))


def gradebook_cells(gradebook: Gradebook, assignment: str, notebook: str) -> Cells | None:
    """The cells the gradebook holds for one notebook (None when it holds none)."""
    try:
        stored = gradebook.find_notebook(notebook, assignment)
    except MissingEntry:
        return None
    grades = {cell.name: float(cell.max_score) for cell in stored.grade_cells}
    tasks = {cell.name: float(cell.max_score) for cell in stored.task_cells}
    solutions = {cell.name for cell in stored.solution_cells}
    return {
        cell.name: Cell(
            _kind(cell.name in grades, cell.name in solutions, cell.name in tasks),
            cell.cell_type,
            "" if cell.name in solutions else cell.source,
            grades.get(cell.name, tasks.get(cell.name)),
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


# What brings the gradebook up to date without touching the committed release/ (a plain
# `generate_assignment` writes the student notebooks there).
REGENERATE = (
    "nbgrader generate_assignment {assignment} --force "
    f"--CourseDirectory.release_directory={GRADING_RELEASE}"
)


def listed(names: list[str]) -> str:
    return ", ".join(names[:6]) + (f" and {len(names) - 6} more" if len(names) > 6 else "")


def out_of_date_message(assignment: str, source: Cells, stored: Cells) -> str:
    """Why grading stops, and the way on, for a gradebook that holds `stored` while
    source/ holds `source`."""
    # nbgrader refuses to change these once an assignment has submissions
    added_or_removed = sorted(
        gid
        for gid in source.keys() | stored.keys()
        if gid not in source or gid not in stored or source[gid].kind != stored[gid].kind
    )
    if added_or_removed:
        return (
            f"source/{assignment} adds or removes cells, or changes their kind "
            f"({listed(added_or_removed)}), but "
            f"the gradebook already holds submissions of {assignment}, and nbgrader changes "
            "no assignment's cells once it has some. Release the new notebook under a "
            f"new assignment name, or delete the old grades with `nbgrader db assignment "
            f"remove {assignment} --force` and grade the class again."
        )
    return (
        f"the gradebook's copy of {assignment} differs from source/ in "
        f"{listed(differences(source, stored))}, so nbgrader would grade with the old "
        f"tests. Run `{REGENERATE.format(assignment=assignment)}` to bring the gradebook up "
        "to date (`python -m autograde grade` does it itself), then grade again."
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
        # where EnforcePolicy reads the source notebook too
        path = Path(coursedir.root) / "source" / assignment / f"{notebook}.ipynb"
        if not path.is_file():
            return nb, resources
        # with the course's id, as nbgrader's commands open it: no second course row
        with Gradebook(info["db_url"], coursedir.course_id) as gradebook:
            stored = gradebook_cells(gradebook, assignment, notebook) or {}
        source = source_cells_of(path)
        if differences(source, stored):
            raise GradebookOutOfDate(out_of_date_message(assignment, source, stored))
        return nb, resources
