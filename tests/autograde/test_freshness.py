"""The gradebook's copy of an assignment's tests against source/ (autograde.freshness)."""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
from nbformat.v4 import new_markdown_cell

from autograde.course import Course, nbgrader
from autograde.freshness import (
    REGENERATE,
    differences,
    digest,
    gradebook_cells,
    out_of_date_message,
    source_cells,
)
from tests.autograde.test_grade import ROOT, A, tiny_source


def _with_task(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    task = new_markdown_cell("Describe what `mul` does with negative numbers.")
    task.metadata["nbgrader"] = {
        "grade": False,
        "solution": False,
        "locked": True,
        "task": True,
        "points": 1,
        "grade_id": "ch99_task",
        "schema_version": 3,
    }
    nb.cells.append(task)
    return nb


def _edited(nb: nbformat.NotebookNode, grade_id: str, **changes) -> nbformat.NotebookNode:
    nb = nbformat.from_dict(nb)
    for cell in nb.cells:
        if cell.metadata.get("nbgrader", {}).get("grade_id") == grade_id:
            if "source" in changes:
                cell.source = changes["source"]
            if "points" in changes:
                cell.metadata.nbgrader["points"] = changes["points"]
    return nb


def _regenerate(root: Path) -> None:
    nbgrader(root, *REGENERATE.format(assignment=A).split()[1:], "--log-level=ERROR")


def test_every_cell_nbgrader_restores_is_compared_and_the_given_command_mends_it(tmp_path):
    root = tmp_path / "course"
    (root / "source" / A).mkdir(parents=True)
    shutil.copy2(ROOT / "nbgrader_config.py", root / "nbgrader_config.py")
    source = root / "source" / A / f"{A}.ipynb"
    nb = _with_task(tiny_source())
    nbformat.write(nb, source)
    _regenerate(root)
    course = Course(root)

    def stored():
        with course.gradebook() as gradebook:
            return gradebook_cells(gradebook, A, A)

    assert differences(source_cells(nb), stored()) == []
    edits = {
        "hidden test": ("ch99_add_test", {"source": "assert add(1, 2) == 3"}),
        "test points": ("ch99_mul_test", {"points": 4}),
        "task points": ("ch99_task", {"points": 2}),
        "task text": ("ch99_task", {"source": "Explain it."}),
        "locked cell": ("ch99_setup", {"source": "import os"}),
    }
    for what, (grade_id, change) in edits.items():
        assert differences(source_cells(_edited(nb, grade_id, **change)), stored()) == [grade_id], (
            what
        )
    # A solution is the student's: nbgrader restores nothing of it.
    changed_solution = _edited(nb, "ch99_add", source="def add(a, b):\n    return b + a")
    assert differences(source_cells(changed_solution), stored()) == []
    assert digest(source_cells(changed_solution)) == digest(stored())

    mended = _edited(nb, "ch99_mul_test", source="assert mul(2, 3) == 6", points=4)
    message = out_of_date_message(A, source_cells(mended), stored())
    assert "ch99_mul_test" in message and REGENERATE.format(assignment=A) in message
    removed = nbformat.from_dict(mended)
    removed.cells = [
        c for c in removed.cells if c.metadata.get("nbgrader", {}).get("grade_id") != "ch99_task"
    ]
    assert "new assignment name" in out_of_date_message(A, source_cells(removed), stored())
    # nbgrader refuses a change of kind too: same id, but now graded
    graded_setup = _edited(nb, "ch99_setup", points=1)
    for cell in graded_setup.cells:
        if cell.metadata.get("nbgrader", {}).get("grade_id") == "ch99_setup":
            cell.metadata.nbgrader["grade"] = True
    assert "new assignment name" in out_of_date_message(A, source_cells(graded_setup), stored())

    # The command the message gives updates the gradebook and leaves release/ alone.
    nbformat.write(mended, source)
    before = digest(stored())
    _regenerate(root)
    assert differences(source_cells(mended), stored()) == []
    assert digest(stored()) != before
    assert not (root / "release").exists()
