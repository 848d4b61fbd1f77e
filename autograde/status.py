"""The status of a graded submission: what went wrong, in the order it matters.

`classify` reads what one `nbgrader autograde` run left (its exit and log, the
sandbox's report, the grading rules' report, the graded notebook, the gradebook's
lateness) and names one status with a message: crashed, out of memory, invalid
(locked or graded cells edited or deleted), forbidden code, output flood, timed
out, late or graded. Lateness is added to a "forbidden code" message, so it stays
visible when both apply.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import nbformat

from autograde.course import Course
from autograde.flood import flooded
from autograde.kernel_guard import MESSAGE as GUARD_MESSAGE
from autograde.notebook import grade_id

if TYPE_CHECKING:
    from autograde.grade import NbgraderRun, Options, Submission


def classify(
    course: Course,
    submission: Submission,
    options: Options,
    run: NbgraderRun,
    graded_cells: set[str],
) -> tuple[str, str]:
    """The status and message of one submission after its `nbgrader autograde` run."""
    from autograde.grade import log_path

    if run.returncode is None:
        return "timed out", f"grading took longer than {options.timeout_s} s and was stopped"
    if run.returncode != 0 or not graded_cells:
        status, message = _failure(run.log, run.sandbox)
        where = log_path(course, submission).relative_to(course.root)
        return status, f"{message} (nbgrader's log: {where})"
    if run.sandbox.get("out_of_memory"):
        return "out of memory", "the kernel went over its memory cap; cells after that scored 0"
    if run.sandbox.get("process_cap_hit"):
        cap = run.sandbox.get("max_processes")
        return "crashed", f"the notebook tried to start more than {cap} processes"
    tampering = _tampering(course, submission, run.log, graded_cells)
    if tampering:
        return "invalid", tampering
    return _after_a_clean_run(course, submission, options, run.refused)


def _after_a_clean_run(
    course: Course, submission: Submission, options: Options, refused: list[dict[str, Any]]
) -> tuple[str, str]:
    late = _seconds_late(course, submission)
    late_note = f"; also submitted {late:.0f} s after the due date (late)" if late > 0 else ""
    if any(entry.get("reaches_tests", True) for entry in refused):
        return "forbidden code", _refused_message(refused) + late_note
    graded = _graded_notebook(course, submission)
    stopped = _guard_stops(graded) if graded is not None else []
    if stopped:
        return "forbidden code", "the kernel guard stopped: " + "; ".join(stopped)[:400] + late_note
    if graded is not None and flooded(graded):
        limit = options.max_output_chars
        return (
            "output flood",
            f"the notebook printed more than {limit:,} characters; the rest was dropped",
        )
    slow = _timed_out_cells(graded) if graded is not None else []
    if slow:
        limit = options.cell_timeout_s
        return "timed out", f"cells over the {limit} s limit scored 0: {', '.join(slow)}"
    notes = _refused_message(refused) if refused else ""  # in added cells no test needs
    if late > 0:
        return "late", "; ".join(
            filter(None, [f"submitted {late:.0f} s after the due date", notes])
        )
    return "graded", notes


# What nbclient logs when a cell runs past `Execute.timeout`, before it interrupts it.
CELL_TIMEOUT = re.compile(r"Timeout waiting for execute reply \((\d+)s\)")


def _failure(log: str, report: dict[str, Any]) -> tuple[str, str]:
    """Status and message for a submission nbgrader could not grade normally."""
    if report.get("out_of_memory"):
        return "out of memory", f"the kernel went over its {report.get('memory_mb')} MB memory cap"
    if report.get("process_cap_hit"):
        return "crashed", f"the notebook started more than {report.get('max_processes')} processes"
    died = "DeadKernelError" in log or "Kernel died" in log
    timeout = CELL_TIMEOUT.search(log)
    if died and timeout:
        return (
            "timed out",
            f"a cell ran past the {timeout.group(1)} s limit and the kernel died as it was "
            "stopped (nbgrader keeps no partial credit)",
        )
    if died:
        return (
            "crashed",
            "the kernel died while running the notebook (nbgrader keeps no partial credit)",
        )
    return "crashed", _cause(log)[:300]


# The last line of a Python traceback: `module.Name: message` (or a bare name).
EXCEPTION_LINE = re.compile(r"^(?:[A-Za-z_][\w]*\.)*[A-Za-z_]\w*(?:Error|Exception|Entry|Exit)\b.*")


def _cause(log: str) -> str:
    """What made nbgrader fail: the exception its last traceback ended with, else its
    last error line. nbgrader's own last line ("Please see the above traceback") names
    no cause."""
    lines = log.strip().splitlines()
    exceptions = [line for line in lines if EXCEPTION_LINE.match(line)]
    if exceptions:
        return exceptions[-1]
    errors = [line for line in lines if "| ERROR]" in line]
    return (errors or lines or ["nbgrader failed"])[-1]


ALTERED = re.compile(r"Attribute '(?!checksum)(\w+)' for cell (\S+) has changed")


def _tampering(course: Course, submission: Submission, log: str, expected_cells: set[str]) -> str:
    """Graded or locked cells the student deleted, edited, or whose metadata they changed."""
    nb = nbformat.read(submission.notebook, as_version=4)
    present = {c.metadata.get("nbgrader", {}).get("grade_id") for c in nb.cells}
    notes = []
    deleted = sorted(expected_cells - present)
    if deleted:
        notes.append(f"graded cells deleted (scored 0): {', '.join(deleted)}")
    released = course.grading_release_notebook(submission.assignment)
    if released.is_file():
        locked = {
            grade_id(c): c.source.strip()
            for c in nbformat.read(released, as_version=4).cells
            if c.metadata.get("nbgrader", {}).get("locked") and grade_id(c)
        }
        edited = sorted(
            {
                grade_id(c)
                for c in nb.cells
                if grade_id(c) in locked and c.source.strip() != locked[grade_id(c)]
            }
        )
        if edited:
            notes.append(f"locked cells edited, restored from the gradebook: {', '.join(edited)}")
    altered = sorted({f"{cell} ({attribute})" for attribute, cell in ALTERED.findall(log)})
    if altered:
        notes.append(
            f"graded cell metadata changed and restored from the gradebook: {', '.join(altered)}"
        )
    return "; ".join(notes)


def _refused_message(blocked: list[dict[str, Any]]) -> str:
    """One line naming the cells with statements `autograde.enforce` did not run."""
    cells = ", ".join(f"{b['cell']} ({b['violations'][0]})" for b in blocked)
    return f"statements not run, they break the grading rules: {cells}"[:500]


def _graded_notebook(course: Course, submission: Submission) -> nbformat.NotebookNode | None:
    graded = (
        course.root
        / "autograded"
        / submission.student
        / submission.assignment
        / submission.notebook.name
    )
    return nbformat.read(graded, as_version=4) if graded.is_file() else None


def _guard_stops(nb: nbformat.NotebookNode) -> list[str]:
    """Cells where `autograde.kernel_guard` refused an attribute change, with its reason."""
    return [
        f"{grade_id(c) or f'cell {i + 1}'} ({o.get('evalue')})"
        for i, c in enumerate(nb.cells)
        for o in c.get("outputs", [])
        if o.output_type == "error"
        and o.get("ename") == "PermissionError"
        and str(o.get("evalue", "")).startswith(GUARD_MESSAGE)
    ]


def _timed_out_cells(nb: nbformat.NotebookNode) -> list[str]:
    return [
        str(c.metadata.get("nbgrader", {}).get("grade_id") or f"cell {i}")
        for i, c in enumerate(nb.cells)
        for o in c.get("outputs", [])
        if o.output_type == "error" and "Timeout" in o.get("ename", "")
    ]


def _seconds_late(course: Course, submission: Submission) -> float:

    with course.gradebook() as gradebook:
        record = gradebook.find_submission(submission.assignment, submission.student)
        return float(record.total_seconds_late or 0.0)
