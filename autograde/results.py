"""What instructors take away from grading: a CSV, per-student feedback, a report."""

from __future__ import annotations

import base64
import csv
import html
import io
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import nbformat
import numpy as np
from matplotlib.figure import Figure

from autograde.course import Course, prepare_environment
from autograde.feedback import TASK_TITLE
from autograde.grade import STATUS_DIR, Outcome
from autograde.notebook import grade_id, is_test_cell


def recorded_outcomes(course: Course) -> list[Outcome]:
    """Every outcome the grader recorded, sorted by assignment then student."""
    folder = course.root / STATUS_DIR
    outcomes = [
        Outcome.from_json(json.loads(p.read_text())) for p in sorted(folder.glob("*/*.json"))
    ]
    return sorted(outcomes, key=lambda o: (o.assignment, o.student))


def _students(course: Course) -> list[str]:

    with course.gradebook() as gradebook:
        return sorted(s.id for s in gradebook.students)


def _task_columns(course: Course, assignment: str) -> list[tuple[str, float]]:
    with course.gradebook() as gradebook:
        notebook = gradebook.find_notebook(assignment, assignment)
        return [(cell.name, float(cell.max_score)) for cell in notebook.grade_cells]


def _gradebook_scores(course: Course, assignment: str) -> dict[str, dict[str, Any]]:
    """{student: scores} of an assignment as the gradebook has them now: automatic
    scores, manual grades and overrides from the formgrader, late penalty, time."""
    with course.gradebook() as gradebook:
        return {
            submission.student.id: {
                "cells": {g.name: g.score for nb in submission.notebooks for g in nb.grades},
                "total": float(submission.score) - float(submission.late_submission_penalty or 0),
                "penalty": float(submission.late_submission_penalty or 0),
                "time": submission.timestamp.isoformat() if submission.timestamp else "",
            }
            for submission in gradebook.assignment_submissions(assignment)
        }


BY_NBGRADER = "autograded by nbgrader itself, not by nna-grade grade"


def _graded_assignments(course: Course) -> set[str]:
    with course.gradebook() as gradebook:
        return {a.name for a in gradebook.assignments if a.submissions}


EXPORT_COLUMNS = ("total", "max_total", "late_penalty", "submitted", "status", "message")


def export_csv(course: Course, to: Path) -> Path:
    """One row per student and assignment: a column per graded cell, total, status.

    Scores come from the gradebook, so manual grades and overrides made in the
    formgrader count; status and message come from `autograde grade`. Students known
    to the gradebook without a submission get the status `missing`.
    """
    outcomes = {(o.assignment, o.student): o for o in recorded_outcomes(course)}
    assignments = sorted({a for a, _ in outcomes} | _graded_assignments(course))
    students = sorted(set(_students(course)) | {s for _, s in outcomes})
    columns = {a: _task_columns(course, a) for a in assignments}
    all_cells = [name for a in assignments for name, _ in columns[a]]
    to.parent.mkdir(parents=True, exist_ok=True)
    with to.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_MINIMAL)
        writer.writerow(["student", "assignment", *all_cells, *EXPORT_COLUMNS])
        for assignment in assignments:
            maximum = f"{sum(m for _, m in columns[assignment]):g}"
            recorded = _gradebook_scores(course, assignment)
            for student in students:
                outcome = outcomes.get((assignment, student))
                scores = recorded.get(student)
                if outcome is None and scores is not None:  # by nbgrader or the formgrader
                    outcome = Outcome(student, assignment, "graded", BY_NBGRADER, 0.0, "")
                if outcome is None or scores is None:
                    status = outcome.status if outcome else "missing"
                    message = outcome.message if outcome else "no submission"
                    empty = ["" for _ in all_cells]
                    writer.writerow(
                        [student, assignment, *empty, 0, maximum, 0, "", status, message]
                    )
                    continue
                cells = [
                    f"{scores['cells'][name]:g}" if name in scores["cells"] else ""
                    for name in all_cells
                ]
                writer.writerow(
                    [
                        student,
                        assignment,
                        *cells,
                        f"{scores['total']:g}",
                        maximum,
                        f"{scores['penalty']:g}",
                        scores["time"],
                        outcome.status,
                        outcome.message,
                    ]
                )
    return to


def feedback(course: Course) -> list[Path]:
    """Per-student feedback pages, `feedback/<student>/<assignment>/<assignment>.html`.

    Each graded submission gets nbgrader's own page (`nbgrader generate_feedback`,
    configured in `nbgrader_config.py` to hide the tests and add a summary; see
    `autograde.feedback`), with scores from the gradebook. A submission nbgrader
    could not grade (not a notebook, a crash before grading) gets a short page with
    its status and message instead.
    """
    prepare_environment()
    outcomes = recorded_outcomes(course)
    for assignment in sorted({o.assignment for o in outcomes}):
        # One run per assignment; a submission it cannot render gets the short page.
        subprocess.run(
            [sys.executable, "-m", "nbgrader", "generate_feedback", assignment, "--force"],
            cwd=course.root,
            capture_output=True,
            text=True,
        )
    written = []
    for outcome in outcomes:
        target = (
            course.root
            / "feedback"
            / outcome.student
            / outcome.assignment
            / f"{outcome.assignment}.html"
        )
        graded = course.root / "autograded" / outcome.student / outcome.assignment
        fresh = target.is_file() and graded.is_dir() and target.stat().st_mtime >= _newest(graded)
        if not fresh:
            _status_page(outcome, target)
        written.append(target)
    return written


def _newest(folder: Path) -> float:
    return max((p.stat().st_mtime for p in folder.glob("*.ipynb")), default=float("inf"))


def _status_page(outcome: Outcome, target: Path) -> None:
    """The page of a submission nbgrader did not grade: its status and why."""
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(
        f"<!doctype html><meta charset='utf-8'>"
        f"<title>{html.escape(outcome.assignment)}: feedback</title>"
        f"<h1>{html.escape(outcome.assignment)}, {html.escape(outcome.student)}</h1>"
        f"<p><b>Grading status:</b> {html.escape(outcome.status)}: "
        f"{html.escape(outcome.message)}</p>"
        f"<p><b>Score:</b> {outcome.score:g} / {outcome.max_score:g}</p>"
    )


def _png(fig: Figure) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=90)
    return "<img src='data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode() + "'>"


def _test_titles(course: Course, assignment: str) -> dict[str, str]:
    """{grade_id of a test cell: "Task 4.6 Digit CNN"} from the source notebook's TASK lines."""
    try:
        nb = nbformat.read(course.source_notebook(assignment), as_version=4)
    except (OSError, ValueError):
        return {}
    return {
        grade_id(c): match.group(1)
        for c in nb.cells
        if is_test_cell(c) and (match := TASK_TITLE.search(c.source))
    }


def _assignment_figure(course: Course, assignment: str, mine: list[Outcome]) -> Figure:
    """Score histogram, pass rate per test labelled by task, grading time per student."""
    fig = Figure(figsize=(13, 3.8), layout="constrained")
    ax1, ax2, ax3 = fig.subplots(1, 3, width_ratios=[1, 1.4, 1.2])
    ax1.hist([o.score for o in mine], bins=10)
    ax1.set(title="score distribution", xlabel="points", ylabel="students")
    titles = _test_titles(course, assignment)
    cells = sorted({c for o in mine for c in o.scores})
    rates = {
        c: np.mean([o.scores.get(c, (0, 1))[0] >= o.scores.get(c, (0, 1))[1] for o in mine])
        for c in cells
    }
    hardest = sorted(cells, key=lambda c: rates[c])
    ax2.barh([f"{titles.get(c, c)} ({c})" for c in hardest], [rates[c] for c in hardest])
    ax2.set(xlim=(0, 1), title="pass rate per test (hardest first)", xlabel="share of students")
    ax2.tick_params(axis="y", labelsize=7)
    ax2.invert_yaxis()
    ax3.bar([o.student for o in mine], [o.seconds for o in mine])
    ax3.set(title="grading time per submission", xlabel="student", ylabel="seconds")
    ax3.tick_params(axis="x", labelrotation=60, labelsize=7)
    return fig


def report(course: Course, to: Path) -> Path:
    """An HTML report: score distributions, pass rate per test (hardest first),
    grading time per submission, failures by kind."""
    outcomes = recorded_outcomes(course)
    if not outcomes:
        raise ValueError(
            f"Expected graded submissions under {course.root / STATUS_DIR}. Received: none."
        )
    sections = [
        f"<h2>{html.escape(assignment)}</h2>"
        + _png(
            _assignment_figure(
                course, assignment, [o for o in outcomes if o.assignment == assignment]
            )
        )
        for assignment in sorted({o.assignment for o in outcomes})
    ]
    kinds = Counter(o.status for o in outcomes)
    fig = Figure(figsize=(5, 3), layout="constrained")
    ax = fig.subplots()
    ax.bar(list(kinds), list(kinds.values()))
    ax.set_title("submissions by status")
    rows = "".join(
        f"<tr><td>{html.escape(o.assignment)}</td><td>{html.escape(o.student)}</td><td>{o.score:g}</td>"
        f"<td>{html.escape(o.status)}</td><td>{o.seconds:.1f}</td><td>{html.escape(o.message)}</td></tr>"
        for o in outcomes
    )
    to.parent.mkdir(parents=True, exist_ok=True)
    to.write_text(
        "<!doctype html><meta charset='utf-8'><title>Grading report</title><h1>Grading report</h1>"
        f"<p>{len(outcomes)} submissions.</p>{_png(fig)}{''.join(sections)}"
        "<h2>All submissions</h2><table border=1 cellpadding=3><tr><th>assignment</th><th>student</th>"
        f"<th>score</th><th>status</th><th>seconds</th><th>message</th></tr>{rows}</table>"
    )
    return to
