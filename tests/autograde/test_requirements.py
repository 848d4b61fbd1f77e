"""Written requirements and the hidden checks that test them."""

from __future__ import annotations

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from autograde.requirements import (
    checked_requirements,
    coverage_problems,
    explain_failure,
    stated_requirements,
)

TASK_TEXT = """**Task 9.1 (2 points)** Write `f(x)`.

- **9.1a** Returns a float.
- **9.1b** Raises `ValueError` for negative `x`.
"""


def _notebook(task_text: str, hidden: str) -> nbformat.NotebookNode:
    solution = new_code_cell("def f(x):\n    return float(x)")
    solution.metadata["nbgrader"] = {"grade_id": "ch09_f", "solution": True, "grade": False}
    test = new_code_cell(
        'TASK = "Task 9.1 f"\nchecks.check_type(f(1), float, task=TASK, what="f(1)")\n'
        f"### BEGIN HIDDEN TESTS\n{hidden}\n### END HIDDEN TESTS"
    )
    test.metadata["nbgrader"] = {"grade_id": "ch09_f_test", "grade": True, "points": 2}
    return new_notebook(cells=[new_markdown_cell(task_text), solution, test])


def test_stated_and_tested_labels_are_read_per_task():
    nb = _notebook(TASK_TEXT, 'with checks.requirement("9.1a"):\n    pass')
    assert stated_requirements(nb) == {
        "9.1": {"9.1a": "Returns a float.", "9.1b": "Raises `ValueError` for negative `x`."}
    }
    assert checked_requirements(nb) == {"9.1": {"9.1a"}}


def test_gate_names_untested_and_unstated_requirements():
    nb = _notebook(
        TASK_TEXT,
        'with checks.requirement("9.1a"):\n    pass\nwith checks.requirement("9.1c"):\n    pass',
    )
    assert coverage_problems(nb, "ch09.ipynb") == [
        "ch09.ipynb: requirement 9.1b has no hidden check",
        "ch09.ipynb: a hidden check of Task 9.1 tests 9.1c, which it does not state",
    ]


def test_a_visible_check_does_not_count_as_testing_a_requirement():
    nb = _notebook(TASK_TEXT, "pass")
    nb.cells[2].source = 'with checks.requirement("9.1a"):\n    pass\n' + nb.cells[2].source
    assert "ch09.ipynb: requirement 9.1a has no hidden check" in coverage_problems(nb, "ch09.ipynb")


def test_every_task_must_list_requirements():
    nb = _notebook("**Task 9.1 (2 points)** Write `f(x)`.", "pass")
    assert coverage_problems(nb, "ch09.ipynb") == [
        "ch09.ipynb: Task 9.1 lists no requirements (- **9.1a** ...)"
    ]


def test_feedback_quotes_the_requirement_a_failed_check_names():
    nb = _notebook(TASK_TEXT, "pass")
    message = "AssertionError: Task 9.1 f: f(-1) — did not raise ValueError. [requirement 9.1b]"
    assert explain_failure(message, nb) == (
        message + " Requirement 9.1b: Raises `ValueError` for negative `x`."
    )
    assert explain_failure("AssertionError: no label", nb) == "AssertionError: no label"
