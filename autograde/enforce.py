"""The nbgrader step that keeps rule-breaking student code from running.

`EnforcePolicy` runs in `nbgrader autograde`'s sanitising phase (listed last in
`Autograde.sanitize_preprocessors` by `nbgrader_config.py`), right after
nbgrader has restored the locked and graded cells from the gradebook, so it sees
the notebook that is about to be executed. It sorts the code cells into

- trusted: cells whose code is that of a non-solution code cell of
  `source/<assignment>/` (comments and blank lines aside): the locked and graded
  cells nbgrader has just restored, and the demonstrations the student left alone
  or changed only in the numbers of keyword arguments (`epochs=100`, `verbose=0`);
- student code: everything else (solution cells, added cells, edited
  demonstrations, and cells whose metadata merely claims to be locked),

checks the student code against `autograde.policy`, and replaces each top-level
statement that breaks a rule (a whole function or class when the rule is broken
inside it) by a commented-out copy: a refused function or class becomes a stub
that raises `PermissionError` with the reasons, a refused statement prints them.
The rest of the cell runs, so one debug line costs nothing but itself; tests that
need a refused function fail and score 0, and the feedback says why.

A refusal "reaches the tests" when it is in a solution cell or binds a name a
test cell reads; only those give the submission the status "forbidden code". A
refused line in a cell the student added, that no test depends on, is reported
but changes no status.

What it found goes to the JSON file named by `NNA_POLICY_REPORT` (read by
`autograde.grade`). The kernel guard (`autograde.kernel_guard`) gets, through the
environment, the names the course's cells bind and the digests of the trusted
cells, so that the tests always see the course's values of those names and the
real builtins.
"""

from __future__ import annotations

import ast
import functools
import json
import os
from pathlib import Path
from typing import Any

import nbformat
from nbgrader.coursedir import CourseDirectory
from nbgrader.preprocessors import NbGraderPreprocessor

from autograde.kernel_guard import (
    COURSE_NAMES_ENV,
    TRUSTED_CELLS_ENV,
    TRUSTED_NAMES_ENV,
    cell_digest,
)
from autograde.notebook import grade_id, is_solution_cell, is_test_cell
from autograde.policy import (
    Context,
    Violation,
    build_context,
    check_cells,
    course_bindings,
    free_names,
    keras_names,
    loose_shape_of,
    missing_course_names,
    parse,
    shape_digest,
    shape_of,
    to_python,
    top_level_bindings,
)

REPORT_ENV = "NNA_POLICY_REPORT"
SWITCH_ENV = "NNA_POLICY"  # "off" skips the rules (grade --no-policy)
MARKER = "# [grader] not run"


class SourceCells:
    """What `source/<assignment>/` says about a notebook's code cells (read-only once
    built: `read` hands the same object to every submission)."""

    def __init__(self, nb: nbformat.NotebookNode | None):
        cells = [c for c in nb.cells if c.cell_type == "code"] if nb is not None else []
        course = [c for c in cells if not is_solution_cell(c)]
        self.shapes = {shape_of(c.source) for c in course}
        self.loose_shapes = {loose_shape_of(c.source) for c in course}
        # {name the visible tests read: digests of the course cells computing it}
        self.bindings = course_bindings((c.source, is_test_cell(c)) for c in course)
        self.solution_names = {
            name
            for c in cells
            if is_solution_cell(c) and (tree := parse(c.source)) is not None
            for name, _, _ in top_level_bindings(tree)
        }
        self.test_reads: set[str] = set()  # free names of every test cell, hidden parts too
        for cell in cells:
            if is_test_cell(cell) and (tree := parse(cell.source)) is not None:
                self.test_reads |= free_names(tree)

    @classmethod
    def read(cls, path: Path) -> SourceCells:
        """The cells of `path`, read once per version of the file: a grading process
        serves many submissions of one assignment."""
        if not path.is_file():
            return cls(None)
        stat = path.stat()
        return _read_source_cells(str(path.resolve()), stat.st_mtime_ns, stat.st_size)

    def trusts(self, source: str) -> bool:
        return shape_of(source) in self.shapes or loose_shape_of(source) in self.loose_shapes


@functools.lru_cache(maxsize=16)
def _read_source_cells(path: str, mtime_ns: int, size: int) -> SourceCells:
    """`SourceCells` of one version of a source notebook (the key's mtime and size)."""
    return SourceCells(nbformat.read(path, as_version=4))


def split_cells(nb: nbformat.NotebookNode, source: SourceCells) -> tuple[list[int], list[int]]:
    """Indices of trusted and of student code cells."""
    trusted, student = [], []
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        if not is_solution_cell(cell) and source.trusts(cell.source):
            trusted.append(index)
        else:
            student.append(index)
    return trusted, student


def _statement_spans(tree: ast.Module) -> list[tuple[int, int, ast.stmt]]:
    spans = []
    for statement in tree.body:
        first = min(
            [statement.lineno, *(d.lineno for d in getattr(statement, "decorator_list", []))]
        )
        spans.append((first, statement.end_lineno or statement.lineno, statement))
    return spans


def _refused_names(source: str, violations: list[Violation]) -> set[str]:
    """Every name the refused statements of a cell mention."""
    tree = parse(source)
    if tree is None:
        return set()
    lines = {v.line for v in violations}
    return {
        node.id
        for first, last, statement in _statement_spans(tree)
        if any(first <= line <= last for line in lines)
        for node in ast.walk(statement)
        if isinstance(node, ast.Name)
    }


def _reasons(violations: list[Violation]) -> str:
    reasons = "; ".join(str(v) for v in violations[:3])
    if len(violations) > 3:
        reasons += f" (and {len(violations) - 3} more)"
    return "[grader] not run: " + reasons


def _stub(statement: ast.stmt, message: str) -> list[str]:
    """What runs in place of a refused statement."""
    if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return [
            f"def {statement.name}(*args, **kwargs):",
            f"    raise PermissionError({message!r})",
        ]
    if isinstance(statement, ast.ClassDef):
        return [
            f"class {statement.name}:",
            "    def __init__(self, *args, **kwargs):",
            f"        raise PermissionError({message!r})",
        ]
    return [f"print({message!r})"]


def blocked_source(source: str, violations: list[Violation]) -> str:
    """The cell with each top-level statement that breaks a rule commented out."""
    lines = source.splitlines()
    tree = parse(source)
    if tree is None or len(to_python(source).splitlines()) != len(lines):  # a cell magic
        spans: list[tuple[int, int, ast.stmt]] = [(1, max(len(lines), 1), ast.Pass())]
    else:
        spans = _statement_spans(tree)
    replaced: dict[int, tuple[int, list[str]]] = {}  # first line -> (last line, new lines)
    for first, last, statement in spans:
        found = [v for v in violations if first <= v.line <= last]
        if not found:
            continue
        new = [f"{MARKER}: it breaks the rules for graded code."]
        new += [f"#   {v}" for v in found]
        new += [f"# {line}" if line else "#" for line in lines[first - 1 : last]]
        replaced[first] = (last, new + _stub(statement, _reasons(found)))
    out: list[str] = []
    number = 1
    while number <= len(lines):
        if number in replaced:
            last, new = replaced[number]
            out += new
            number = last + 1
        else:
            out.append(lines[number - 1])
            number += 1
    return "\n".join(out)


def enforce(
    nb: nbformat.NotebookNode, source: SourceCells
) -> tuple[list[dict[str, Any]], Context, list[str]]:
    """Comment out rule-breaking student statements in place.

    Returns:
        What was found per cell, the notebook's context, and the trusted cells' code.
    """
    trusted, student = split_cells(nb, source)
    tests = [nb.cells[i].source for i in trusted if is_test_cell(nb.cells[i])]
    present = {shape_digest(nb.cells[i].source) for i in trusted}
    frozen = missing_course_names(source.bindings, present)
    context = build_context((nb.cells[i].source for i in trusted), keras_names(), tests, frozen)
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
                "reaches_tests": is_solution_cell(cell)
                or bool(_refused_names(cell.source, violations) & source.test_reads),
            }
        )
        cell.source = blocked_source(cell.source, violations)
    return found, context, [nb.cells[i].source for i in trusted]


def kernel_environment(context: Context, source: SourceCells, trusted: list[str]) -> dict[str, str]:
    """What the kernel guard needs: course arrays to freeze, the course's own names
    (bound by its cells, not by a solution), and the digests of the trusted cells."""
    arrays = context.trusted_names - set(context.trusted_imports)
    course = context.trusted_names - source.solution_names
    return {
        TRUSTED_NAMES_ENV: ",".join(sorted(arrays)),
        COURSE_NAMES_ENV: ",".join(sorted(course)),
        TRUSTED_CELLS_ENV: ",".join(sorted({cell_digest(code) for code in trusted})),
    }


class EnforcePolicy(NbGraderPreprocessor):
    """nbgrader preprocessor: apply `enforce` to the notebook being autograded."""

    def preprocess(
        self, nb: nbformat.NotebookNode, resources: dict[str, Any]
    ) -> tuple[nbformat.NotebookNode, dict[str, Any]]:
        info = resources.get("nbgrader", {})
        root = Path(CourseDirectory(config=self.config).root)
        path = root / "source" / str(info.get("assignment")) / f"{info.get('notebook')}.ipynb"
        source = SourceCells.read(path)
        if os.environ.get(SWITCH_ENV, "on") == "off":  # the kernel guard still needs its lists
            trusted, _ = split_cells(nb, source)
            sources = [nb.cells[i].source for i in trusted]
            context = build_context(sources, keras_names(), [])
            os.environ.update(kernel_environment(context, source, sources))
            return nb, resources
        found, context, trusted_sources = enforce(nb, source)
        os.environ.update(kernel_environment(context, source, trusted_sources))
        for entry in found:
            self.log.warning("Cell %s: not run: %s", entry["cell"], "; ".join(entry["violations"]))
        report = os.environ.get(REPORT_ENV)
        if report:
            Path(report).write_text(json.dumps(found))
        return nb, resources
