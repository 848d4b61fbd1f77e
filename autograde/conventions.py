"""Authoring rules of source/ notebooks (source/README.md explains them).

`check_notebook` returns one message per broken rule, each naming the notebook,
the cell and the rule, so an author can fix them all in one pass.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable
from pathlib import Path

import nbformat

from autograde.notebook import TASK_HEADING, grade_id, is_solution_cell, is_test_cell
from autograde.policy import _chain
from autograde.requirements import coverage_problems

FORBIDDEN_CODE = {
    r"^\s*[!%]\s*pip\b": "installs packages (`!pip` / `%pip`)",
    r"\bget_file\s*\(|\burlopen\s*\(|\brequests\.(get|post)\s*\(|\burlretrieve\s*\(": "downloads data",
    r"\bload_data\s*\(": "loads a Keras data set, which downloads; use nna_tf.datasets",
}
HEADER_WORDS = ("learning goals", "prerequisites", "run time")
# Methods that train a model: Keras's `fit` and `train_on_batch` (scikit-learn's `fit` too).
TRAINING_METHODS = frozenset({"fit", "train_on_batch"})


def _where(path: Path, index: int, cell: nbformat.NotebookNode) -> str:
    gid = grade_id(cell)
    return f"{path.name} cell {index}" + (f" ({gid})" if gid else "")


def check_notebook(path: Path, seen_ids: dict[str, str] | None = None) -> list[str]:
    """Check one source notebook; `seen_ids` collects grade_ids across the course."""
    seen_ids = {} if seen_ids is None else seen_ids
    problems: list[str] = []
    chapter = path.parent.name
    prefix = chapter.split("_")[0] + "_"
    if path.name != f"{chapter}.ipynb":
        problems.append(f"{path}: notebook must be named {chapter}.ipynb after its folder")
    nb = nbformat.read(path, as_version=4)
    try:
        nbformat.validate(nb)
    except nbformat.ValidationError as error:
        # nbgrader refuses such a notebook, e.g. cell ids in an nbformat 4.4 file
        problems.append(
            f"{path.name}: not a valid nbformat {nb.nbformat}.{nb.nbformat_minor} notebook: {error.message}"
        )
    cells = nb.cells
    if len(cells) < 2:
        return [*problems, f"{path.name}: needs at least a header and a setup cell"]

    head = cells[0]
    if head.cell_type != "markdown" or not head.source.lstrip().startswith("# "):
        problems.append(f"{path.name} cell 0: must be a markdown header starting with '# <title>'")
    else:
        missing = [w for w in HEADER_WORDS if w not in head.source.lower()]
        if missing:
            problems.append(f"{path.name} cell 0: header must mention {', '.join(missing)}")
    first_code = next((i for i, c in enumerate(cells) if c.cell_type == "code"), None)
    setup = cells[first_code] if first_code is not None else None
    meta = setup.get("metadata", {}).get("nbgrader", {}) if setup is not None else {}
    if setup is None or "nna_tf.setup(" not in setup.source or not meta.get("locked"):
        problems.append(
            f"{path.name} cell {first_code}: the first code cell must be locked and call nna_tf.setup()"
        )

    task_points: dict[str, int] = {}
    current_task: str | None = None
    expected_next = None
    tests_of_task: dict[str, float] = {}
    solution_seen: dict[str, bool] = {}
    untested_solution: str | None = None  # a task whose solution has no test cell yet
    summary_at = going_further_at = None
    for index, cell in enumerate(cells):
        where = _where(path, index, cell)
        if cell.get("outputs") or cell.get("execution_count"):
            problems.append(f"{where}: stored outputs; clear them before committing")
        if cell.cell_type == "markdown":
            for match in TASK_HEADING.finditer(cell.source):
                number = f"{match.group(1)}.{match.group(2)}"
                if number in task_points:
                    problems.append(f"{where}: Task {number} appears twice")
                if expected_next and number != expected_next[0] and number != expected_next[1]:
                    problems.append(
                        f"{where}: Task {number} is out of order (expected {' or '.join(expected_next)})"
                    )
                major, minor = int(match.group(1)), int(match.group(2))
                expected_next = (f"{major}.{minor + 1}", f"{major + 1}.1")
                task_points[number] = int(match.group(3))
                current_task = number
                tests_of_task[number] = 0.0
                solution_seen[number] = False
            if re.search(r"^## Summary\b", cell.source, re.MULTILINE):
                summary_at = index
            if re.search(r"^## Going further\b", cell.source, re.MULTILINE):
                going_further_at = index
            continue
        if cell.cell_type != "code":
            continue
        for pattern, what in FORBIDDEN_CODE.items():
            if re.search(pattern, cell.source, re.MULTILINE):
                problems.append(f"{where}: {what}")
        gid = grade_id(cell)
        if gid:
            if not gid.startswith(prefix):
                problems.append(f"{where}: grade_id must start with {prefix!r}")
            if gid in seen_ids:
                problems.append(f"{where}: grade_id {gid!r} is already used in {seen_ids[gid]}")
            seen_ids[gid] = path.name
        if is_solution_cell(cell):
            if current_task is None:
                problems.append(
                    f"{where}: solution cell before any **Task N.M (k points)** heading"
                )
            else:
                solution_seen[current_task] = True
                untested_solution = current_task
            body = cell.source
            if "### BEGIN SOLUTION" not in body or "### END SOLUTION" not in body:
                problems.append(
                    f"{where}: solution cell needs ### BEGIN SOLUTION / ### END SOLUTION"
                )
            else:
                visible = body.split("### BEGIN SOLUTION")[0]
                if (
                    not re.search(r"^\s*(def|class) \w+", visible, re.MULTILINE)
                    or '"""' not in visible
                ):
                    problems.append(
                        f"{where}: signature and docstring must stay visible above ### BEGIN SOLUTION"
                    )
        elif is_test_cell(cell):
            untested_solution = None
            if current_task is None or not solution_seen.get(current_task):
                problems.append(f"{where}: graded test cell without a task solution cell before it")
            else:
                tests_of_task[current_task] += float(cell.metadata["nbgrader"]["points"])
            if (
                "### BEGIN HIDDEN TESTS" not in cell.source
                or "### END HIDDEN TESTS" not in cell.source
            ):
                problems.append(
                    f"{where}: test cell needs ### BEGIN HIDDEN TESTS / ### END HIDDEN TESTS"
                )
            elif not cell.source.split("### BEGIN HIDDEN TESTS")[0].strip():
                problems.append(f"{where}: test cell needs visible checks before the hidden tests")
            else:
                problems += [f"{where}: {p}" for p in _revealing_hidden_checks(cell.source)]
        elif gid and not cell.metadata["nbgrader"].get("locked"):
            problems.append(f"{where}: nbgrader cell is neither solution, test nor locked")
        elif untested_solution is not None and _trains(cell.source):
            problems.append(
                f"{where}: trains a model (`.fit(` or `.train_on_batch(`) after the solution of "
                f"Task {untested_solution} and before its first test cell; put a test cell with "
                "the checks that need no training right after the solution (source/README.md)"
            )
    for number, points in task_points.items():
        if not solution_seen.get(number):
            problems.append(f"{path.name}: Task {number} has no solution cell")
        if tests_of_task.get(number, 0) == 0:
            problems.append(f"{path.name}: Task {number} has no graded test cell")
        elif tests_of_task[number] != points:
            problems.append(
                f"{path.name}: Task {number} says {points} points but its tests give {tests_of_task[number]:g}"
            )
    if summary_at is None or going_further_at is None:
        problems.append(f"{path.name}: needs '## Summary' and then '## Going further' sections")
    elif not summary_at < going_further_at:
        problems.append(f"{path.name}: '## Summary' must come before '## Going further'")
    else:
        for index, cell in enumerate(cells[summary_at:], start=summary_at):
            if grade_id(cell) and (is_test_cell(cell) or is_solution_cell(cell)):
                problems.append(
                    f"{_where(path, index, cell)}: graded cells must come before '## Summary'"
                )
    return problems


def _trains(source: str) -> bool:
    """Whether a code cell calls a training method (`model.fit(...)`)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:  # a magic: read the text instead
        methods = "|".join(sorted(TRAINING_METHODS))
        return bool(re.search(rf"\.({methods})\s*\(", source))
    return any(
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in TRAINING_METHODS
        for node in ast.walk(tree)
    )


REVEALING_CHECKS = ("check_equal", "check_shape", "check_close")


def _revealing_hidden_checks(source: str) -> list[str]:
    """Hidden `check_equal`, `check_shape` or `check_close` calls that could show a
    reference value or shape: `reveal=True` with an expected value that is not a
    literal (a literal can be stated in the task text; a computed reference, or the
    shape of a hidden input, cannot)."""
    lines = source.splitlines()
    begin = next(i for i, line in enumerate(lines, 1) if "### BEGIN HIDDEN TESTS" in line)
    end = next(i for i, line in enumerate(lines, 1) if "### END HIDDEN TESTS" in line)
    try:
        tree = ast.parse(source)
    except SyntaxError as exc:
        return [f"test cell does not parse: {exc.msg} (line {exc.lineno})"]
    problems = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = (_chain(node.func) or [""])[-1]
        if name not in REVEALING_CHECKS or not begin < node.lineno < end:
            continue
        reveal = next((k.value for k in node.keywords if k.arg == "reveal"), None)
        if reveal is None or (isinstance(reveal, ast.Constant) and reveal.value is False):
            continue
        expected = node.args[1] if len(node.args) > 1 else None
        expected = next((k.value for k in node.keywords if k.arg == "expected"), expected)
        try:
            if expected is not None:
                ast.literal_eval(expected)
        except (ValueError, TypeError):
            problems.append(
                f"the hidden {name} on line {node.lineno} would show a "
                "computed expected value (reveal=True, expected not a literal): drop reveal=True"
            )
    return problems


def check_requirements(path: Path) -> list[str]:
    """Every written requirement of every task has a hidden check, and every tagged
    check tests a requirement its task states (autograde.requirements)."""
    return coverage_problems(nbformat.read(path, as_version=4), path.name)


def check_course(notebooks: Iterable[Path]) -> list[str]:
    seen: dict[str, str] = {}
    problems: list[str] = []
    for path in notebooks:
        problems.extend(check_notebook(path, seen))
        problems.extend(check_requirements(path))
    return problems
