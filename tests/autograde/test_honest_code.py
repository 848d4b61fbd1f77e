"""No honest student loses a point to the grading rules (issue 21).

Every snippet of `tests/autograde/honest_snippets.py` (code students write while they
work: debug prints, `type()`, helpers, Keras subclasses, timing magics, plots, seeds,
re-imports, shadowed builtins…) goes, in three chapters, at the end of the first
solution cell of the instructor's solutions and into a cell of its own after it.
The rules alone must refuse none of them; graded through the real pipeline
(sandbox, rules, kernel guard), the submission keeps every point, its status stays
"graded", and no snippet cell shows an error or writes to stderr.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
import pytest

from autograde.course import Course, scratch_course
from autograde.enforce import SourceCells, enforce
from autograde.grade import Options, grade
from autograde.mutants import graded_notebook, perfect_submission
from autograde.notebook import grade_id, is_solution_cell
from tests.autograde.attacks import _new_cell
from tests.autograde.honest_snippets import KINDS, SNIPPETS

ROOT = Path(__file__).resolve().parents[2]
CHAPTERS = ("ch01_history", "ch02_neurons", "ch04_cnn")
COURSE = Course(ROOT)
TAG = "honest-snippet"


def _with_snippets(chapter: str, as_graded: bool = False) -> nbformat.NotebookNode:
    """The perfect submission, every snippet appended to its first solution cell and
    in a cell of its own after it (cell magics only there: they must open a cell).

    With `as_graded`, the notebook as nbgrader runs it (hidden tests restored)."""
    source = nbformat.read(COURSE.source_notebook(chapter), as_version=4)
    student = graded_notebook(source) if as_graded else COURSE.release_notebook(chapter)
    if not as_graded:
        student = nbformat.read(student, as_version=4)
    nb = perfect_submission(source, student)
    index = next(i for i, c in enumerate(nb.cells) if is_solution_cell(c))
    appended = "\n\n".join(s.code for s in SNIPPETS if not s.code.startswith("%%"))
    nb.cells[index].source += "\n\n# --- honest snippets ---\n" + appended
    for offset, snippet in enumerate(SNIPPETS, start=1):
        cell = _new_cell(nb, snippet.code)
        cell.metadata["tags"] = [TAG, snippet.name]
        nb.cells.insert(index + offset, cell)
    return nb


def test_the_corpus_is_large_and_covers_what_students_write():
    assert len(SNIPPETS) >= 80
    assert len({s.name for s in SNIPPETS}) == len(SNIPPETS)
    assert {s.kind for s in SNIPPETS} == set(KINDS)


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_the_rules_refuse_no_honest_snippet(chapter):
    nb = _with_snippets(chapter, as_graded=True)
    source = SourceCells.read(COURSE.source_notebook(chapter))
    found, _, _ = enforce(nb, source)
    assert found == [], found


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    where = tmp_path_factory.mktemp("honest")
    course = scratch_course(COURSE, list(CHAPTERS), where / "course")
    for chapter in CHAPTERS:
        folder = course.root / "submitted" / "honest" / chapter
        folder.mkdir(parents=True)
        nbformat.write(_with_snippets(chapter), folder / f"{chapter}.ipynb")
    options = Options(timeout_s=900, cell_timeout_s=120)
    outcomes = {o.assignment: o for o in grade(course, workers=2, options=options, progress=None)}
    yield course, outcomes
    shutil.rmtree(where, ignore_errors=True)


@pytest.mark.slow
@pytest.mark.parametrize("chapter", CHAPTERS)
def test_honest_snippets_cost_no_point_through_the_real_pipeline(graded, chapter):
    course, outcomes = graded
    outcome = outcomes[chapter]
    assert outcome.status == "graded", (outcome.status, outcome.message)
    assert outcome.score == outcome.max_score > 0, outcome.scores
    nb = nbformat.read(
        course.root / "autograded" / "honest" / chapter / f"{chapter}.ipynb", as_version=4
    )
    first = next(grade_id(c) for c in nb.cells if is_solution_cell(c))
    problems = [
        (c.metadata.get("tags", [None, grade_id(c)])[-1], o.get("ename") or o.get("text", "")[:200])
        for c in nb.cells
        if TAG in c.metadata.get("tags", []) or grade_id(c) == first
        for o in c.get("outputs", [])
        if o.output_type == "error" or o.get("name") == "stderr"
    ]
    assert problems == []
