"""Tasks, cells and scores of a course notebook, under nbgrader's own rules."""

from __future__ import annotations

import dataclasses
import re

import nbformat
from nbgrader.utils import determine_grade, is_grade, is_solution

TASK_HEADING = re.compile(r"\*\*Task (\d+)\.(\d+) \((\d+) points?\)\*\*")


@dataclasses.dataclass(frozen=True)
class Task:
    """One exercise: its solution cell and the graded test cells that follow it."""

    number: str
    solution_id: str
    solution_index: int
    test_ids: tuple[str, ...]
    points: float


@dataclasses.dataclass(frozen=True)
class CellScore:
    grade_id: str
    score: float
    max_score: float
    message: str


def grade_id(cell: nbformat.NotebookNode) -> str:
    """The cell's nbgrader grade_id, or "" for a cell nbgrader does not track."""
    return str(cell.get("metadata", {}).get("nbgrader", {}).get("grade_id") or "")


def is_test_cell(cell: nbformat.NotebookNode) -> bool:
    return cell.cell_type == "code" and is_grade(cell) and not is_solution(cell)


def is_solution_cell(cell: nbformat.NotebookNode) -> bool:
    return cell.cell_type == "code" and is_solution(cell) and not is_grade(cell)


def tasks_of(nb: nbformat.NotebookNode) -> list[Task]:
    """Group graded test cells under the solution cell that precedes them."""
    tasks: list[Task] = []
    number = "?"
    current: dict | None = None
    for index, cell in enumerate(nb.cells):
        if cell.cell_type == "markdown" and (match := TASK_HEADING.search(cell.source)):
            number = f"{match.group(1)}.{match.group(2)}"
        elif is_solution_cell(cell):
            if current is not None:
                tasks.append(Task(**current))
            current = {
                "number": number,
                "solution_id": grade_id(cell),
                "solution_index": index,
                "test_ids": (),
                "points": 0.0,
            }
        elif is_test_cell(cell) and current is not None:
            current["test_ids"] = (*current["test_ids"], grade_id(cell))
            current["points"] += float(cell.metadata["nbgrader"]["points"])
    if current is not None:
        tasks.append(Task(**current))
    return tasks


def error_message(cell: nbformat.NotebookNode) -> str:
    """The one-line reason a graded cell lost its points ('' when none)."""
    for output in cell.get("outputs", []):
        if output.output_type == "error":
            return f"{output.ename}: {output.evalue}".strip()
        if output.output_type == "stream" and output.name == "stderr":
            return (
                "wrote to stderr: " + output.text.strip().splitlines()[0][:200]
                if output.text.strip()
                else "wrote to stderr"
            )
    return ""


def score_cells(nb: nbformat.NotebookNode) -> dict[str, CellScore]:
    """Score every graded test cell of an executed notebook as nbgrader would."""
    scores = {}
    for cell in nb.cells:
        if is_test_cell(cell):
            score, max_score = determine_grade(cell)
            scores[grade_id(cell)] = CellScore(
                grade_id(cell), float(score or 0.0), max_score, error_message(cell)
            )
    return scores
