"""Wrong and alternative solutions that prove each exercise grades right.

A variant file lives at `tests/mutants/<chapter>/<name>.py` and starts with a header:

    # target: ch01_mp_unit          grade_id of the solution cell it replaces
    # kind: mutant                   `mutant` must lose points, `alternative` must not
    # affects: ch01_xor_net          optional: other tasks that may lose points too
    # why: ignores inhibitory inputs one line on the mistake it models

The rest replaces the solution cell's source. In an alternative, `# %% cell` lines
split off extra cells inserted before the solution cell (helper cells, prints).
"""

from __future__ import annotations

import copy
import dataclasses
import re
from collections import Counter
from pathlib import Path

import nbformat
from nbgrader.utils import determine_grade

from autograde.execute import KernelSession
from autograde.names import OPAQUE, CellNames, cell_names
from autograde.notebook import (
    CellScore,
    grade_id,
    is_solution_cell,
    score_cells,
    tasks_of,
)

HEADER = re.compile(r"^# (target|kind|affects|why): ?(.*)$")
CELL_BREAK = re.compile(r"^# %% cell\s*$", re.MULTILINE)
SOLUTION_MARKER = re.compile(r"^[ \t]*### (BEGIN|END) SOLUTION[ \t]*\n?", re.MULTILINE)


@dataclasses.dataclass(frozen=True)
class Variant:
    name: str
    target: str
    kind: str
    why: str
    affects: tuple[str, ...]
    extra_cells: tuple[str, ...]
    source: str


def load_variant(path: Path) -> Variant:
    header: dict[str, str] = {}
    lines = path.read_text().splitlines(keepends=True)
    body_start = 0
    while body_start < len(lines) and (match := HEADER.match(lines[body_start].rstrip("\n"))):
        header[match.group(1)] = match.group(2).strip()
        body_start += 1
    missing = {"target", "kind", "why"} - header.keys()
    if missing:
        raise ValueError(
            f"Expected header lines {sorted(missing)} in {path}. Received: {sorted(header)}"
        )
    if header["kind"] not in ("mutant", "alternative"):
        raise ValueError(
            f"Expected kind mutant or alternative in {path}. Received: kind={header['kind']!r}"
        )
    parts = CELL_BREAK.split("".join(lines[body_start:]))
    return Variant(
        name=path.stem,
        target=header["target"],
        kind=header["kind"],
        why=header["why"],
        affects=tuple(a.strip() for a in header.get("affects", "").split(",") if a.strip()),
        extra_cells=tuple(p.strip("\n") for p in parts[:-1]),
        source=parts[-1].strip("\n"),
    )


def load_variants(folder: Path) -> list[Variant]:
    return [load_variant(p) for p in sorted(folder.glob("*.py"))]


def strip_markers(source: str) -> str:
    return SOLUTION_MARKER.sub("", source)


def graded_notebook(source_nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The instructor notebook as a perfect student's graded submission: solution
    markers removed, hidden tests in place (nbgrader restores them when grading)."""
    nb = copy.deepcopy(source_nb)
    for cell in nb.cells:
        if is_solution_cell(cell):
            cell.source = strip_markers(cell.source)
    return nb


def with_solutions(nb: nbformat.NotebookNode, solutions: dict[str, str]) -> nbformat.NotebookNode:
    """A copy of `nb` whose solution cells take the given sources (by grade_id)."""
    nb = copy.deepcopy(nb)
    for cell in nb.cells:
        if is_solution_cell(cell) and grade_id(cell) in solutions:
            cell.source = solutions[grade_id(cell)]
    return nb


@dataclasses.dataclass(frozen=True)
class VariantResult:
    variant: Variant
    task_scores: dict[str, tuple[float, float]]
    cell_scores: dict[str, CellScore]
    broken_cells: tuple[str, ...] = ()  # ungraded cells an alternative made fail

    def problems(self) -> list[str]:
        """Why this result breaks the gate's rule ([] when it holds)."""
        v = self.variant
        out = [f"{v.name}: valid alternative breaks {cell}" for cell in self.broken_cells]
        for task_id, (score, max_score) in self.task_scores.items():
            if v.kind == "alternative" and score < max_score:
                lost = [c for c in self.cell_scores.values() if c.score < c.max_score]
                out.append(
                    f"{v.name}: valid alternative lost points on {task_id} ({score}/{max_score}): "
                    + "; ".join(f"{c.grade_id}: {c.message}" for c in lost)
                )
            if v.kind == "mutant" and task_id == v.target and score >= max_score:
                out.append(f"{v.name}: mutant kept full points on its task {task_id} ({v.why})")
            if v.kind == "mutant" and task_id not in (v.target, *v.affects) and score < max_score:
                out.append(f"{v.name}: mutant of {v.target} also lost points on {task_id}")
        return out


class _Plan:
    """Which cells of the graded notebook `nb` each variant must run (names-based)."""

    def __init__(self, nb: nbformat.NotebookNode) -> None:
        self.nb = nb
        self.task_list = tasks_of(nb)
        self.tasks = {t.solution_id: i for i, t in enumerate(self.task_list)}
        task_of = {tid: t.solution_id for t in self.task_list for tid in t.test_ids}
        # index of each graded test cell -> the solution id of its task
        self.task_of = {
            i: task_of[grade_id(c)] for i, c in enumerate(nb.cells) if grade_id(c) in task_of
        }
        self.tests = set(self.task_of)
        self.names = [cell_names(c.source) if c.cell_type == "code" else None for c in nb.cells]
        # Names each cell alone binds, and binds before it reads them: a top-to-bottom
        # run (nbgrader's) has none of them when the cell starts. None where any cell
        # is opaque (it may bind anything).
        opaque = any(names.opaque for names in self.names if names is not None)
        counts = Counter(name for names in self.names if names is not None for name in names.binds)
        self.fresh = [
            frozenset()
            if names is None or opaque
            else frozenset(n for n in names.binds - names.reads if counts[n] == 1)
            for names in self.names
        ]

    def cells(self, variant: Variant) -> tuple[int, set[int], list[int], list[int]]:
        """(the solution cell, the task's own test cells, the cells to re-run after it,
        the task's figure cells the re-run leaves out).

        The figure cells are the task's ungraded code cells that can see the change,
        up to the next task's solution: its figures and demonstrations. An alternative
        runs them too, since a valid design must not break a figure cell."""
        position = self.tasks[variant.target]
        start = self.task_list[position].solution_index
        end = _task_end(self.nb, self.task_list, position)
        own_tests = {i for i in self.tests if start < i <= end}
        changed = _merge(
            cell_names(variant.source),
            self.names[start] or OPAQUE,
            *(cell_names(extra) for extra in variant.extra_cells),
        )
        affected = _affected(self.names, start, changed)
        rerun = _cells_to_run(self.names, start, end, own_tests, self.tests, affected)
        stop = (
            self.task_list[position + 1].solution_index
            if position + 1 < len(self.task_list)
            else len(self.nb.cells)
        )
        figures = sorted(i for i in affected - self.tests - set(rerun) if i < stop)
        return start, own_tests, rerun, figures


def _task_end(nb: nbformat.NotebookNode, tasks: list, task_index: int) -> int:
    """Index of the last cell of a task: its last graded test cell."""
    start = tasks[task_index].solution_index
    ids = set(tasks[task_index].test_ids)
    return max(i for i, c in enumerate(nb.cells) if i > start and grade_id(c) in ids)


def _cells_to_run(
    names: list[CellNames | None],
    start: int,
    end: int,
    own_tests: set[int],
    tests: set[int],
    affected: set[int],
) -> list[int]:
    """Indices after the solution cell at `start` that a variant must re-run.

    `affected` holds the cells that read a name the variant may have changed, directly
    or through a cell in between that read one (a function defined later that calls
    the variant's function; see `_affected`). Re-run: the task's own test cells, every affected graded test
    cell of a later task, and each affected cell of the task's own demonstrations
    (`start` < i <= `end`) that a re-run cell after it reads from. Everything else keeps
    the baseline's state and score.
    """
    run = own_tests | (affected & tests)
    needed: set[str] = set()
    needed_all = False
    for i in reversed(range(start + 1, len(names))):
        cell = names[i]
        if cell is None:
            continue
        if i not in run and i <= end and i in affected and (needed_all or cell.binds_any(needed)):
            run.add(i)
        if i in run:
            needed |= cell.reads
            needed_all = needed_all or cell.opaque
    return sorted(run)


def _affected(names: list[CellNames | None], start: int, changed: CellNames) -> set[int]:
    """Indices after `start` of the cells that read a name `changed` binds, directly or
    through a cell in between that read one."""
    dirty, everything = set(changed.binds), changed.opaque
    affected: set[int] = set()
    for i in range(start + 1, len(names)):
        cell = names[i]
        if cell is not None and cell.reads_any(dirty, everything):
            affected.add(i)
            dirty |= cell.binds
            everything = everything or cell.opaque
    return affected


def _merge(*cells: CellNames) -> CellNames:
    return CellNames(
        frozenset().union(*(c.binds for c in cells)),
        frozenset().union(*(c.reads for c in cells)),
        any(c.opaque for c in cells),
    )


def _lost_points(cell: nbformat.NotebookNode) -> bool:
    score, max_score = determine_grade(cell)
    return float(score or 0.0) < max_score


def run_variants(
    nb: nbformat.NotebookNode,
    variants: list[Variant],
    cwd: Path,
    *,
    baseline_prologue: str = "",
    baseline_epilogue: str = "",
) -> tuple[nbformat.NotebookNode, dict[str, CellScore], list[VariantResult]]:
    """Execute `nb` once, then each variant in the same kernel.

    Returns the executed baseline notebook, its scores, and one result per variant.
    `baseline_prologue` and `baseline_epilogue` run in the kernel just before and just
    after the baseline (a gate uses them to send the baseline down another code path
    and back); a failure in either raises RuntimeError.

    For a variant of task T: its solution cell is replaced and re-run, then the cells
    that can see the change (`_cells_to_run`, by the names each cell binds and reads):
    T's graded tests, T's demonstrations that those tests read from, and the graded
    tests of later tasks that reach the variant's names, to see whether the variant
    leaks into them. An alternative also runs T's affected figure cells (`_Plan.cells`):
    one that makes a figure cell or a re-run demonstration raise is reported. The other
    cells keep the baseline's state and scores. A demonstration runs again without the
    names that it alone binds (`_Plan.fresh`), so that if it fails for a variant, the
    tests after it find them unbound, as nbgrader's run would; after such a failure the
    task's solution and demonstrations run again as written before the next variant. Once a
    mutant has lost points on T, T's remaining tests are skipped: the mutant is caught.
    If no later test of a task outside T and the variant's `affects` reads the change,
    nothing is left to check and the variant ends there. Otherwise it goes on as
    nbgrader would: T's demonstrations run for the mutant (a design task's training
    cell trains the model that its first test cell already failed), then the later
    tests, so that a mistake caught early is still checked for leaks into later tasks.
    Skipping the training instead would leave those tests reading what it made for
    the previous answer.
    When the next variant belongs to another task, T's solution and re-run
    demonstrations run again with their original sources.

    What this does not see, by design and for speed: a variant that spoils a later
    task only through a later demonstration cell, or through a side effect that goes
    through no name (a library's global setting). Variants are single-task mistakes.
    """
    plan = _Plan(nb)
    task_list, tasks = plan.task_list, plan.tasks
    unknown = sorted({v.target for v in variants} - tasks.keys())
    if unknown:
        raise ValueError(f"Expected variant targets among {sorted(tasks)}. Received: {unknown}")
    ordered = sorted(variants, key=lambda v: tasks[v.target])
    results = []
    with KernelSession(nb, cwd) as session:
        _run_or_raise(session, baseline_prologue, "before the baseline")
        baseline = copy.deepcopy(nb)
        baseline.cells = session.run_cells(nb.cells)
        _run_or_raise(session, baseline_epilogue, "after the baseline")
        base_scores = score_cells(baseline)
        restore: tuple[int, set[int]] | None = None  # a task's solution and demos to re-run
        for variant in ordered:
            start, own_tests, rerun, figures = plan.cells(variant)
            end = max(own_tests)
            if restore is not None and restore[0] != start:
                _restore(session, nb, restore)
                restore = None
            restore = restore or (start, set())
            for extra in variant.extra_cells:
                session.run_cell(nbformat.v4.new_code_cell(extra), start)
            mutated = copy.deepcopy(nb.cells[start])
            mutated.source = variant.source
            trial = copy.deepcopy(baseline)
            trial.cells[start] = session.run_cell(mutated, start)
            # Later tests of tasks the variant may not spoil: a caught mutant runs on to them.
            checks_leaks = any(
                i > end and plan.task_of.get(i) not in (variant.target, *variant.affects)
                for i in rerun
            )
            # What the variant's own cells bind stays bound when a demonstration re-runs.
            kept = _merge(*(cell_names(code) for code in (variant.source, *variant.extra_cells)))
            caught = False
            failed = []  # ungraded cells that raised
            for i in rerun:
                if caught and not checks_leaks:
                    break
                if caught and i <= end and i in plan.tests:
                    continue  # its task's remaining tests can add nothing
                if i not in plan.tests and not kept.opaque:
                    _forget(session, plan.fresh[i] - kept.binds, i)
                trial.cells[i] = session.run_cell(nb.cells[i], i)
                if i not in plan.tests:
                    restore[1].add(i)
                    if _raised(trial.cells[i]):
                        failed.append(i)
                caught = caught or (
                    variant.kind == "mutant" and i in own_tests and _lost_points(trial.cells[i])
                )
            if variant.kind == "alternative":
                for i in figures:
                    trial.cells[i] = session.run_cell(nb.cells[i], i)
                    restore[1].add(i)
                    if _raised(trial.cells[i]):
                        failed.append(i)
            if failed:
                # The next variant must not find what a failed cell left unbound or half made.
                _restore(session, nb, restore)
                restore = None
            broken = (
                [f"cell {i} ({_raised(trial.cells[i])})" for i in failed]
                if variant.kind == "alternative"
                else []
            )
            scores = score_cells(trial)
            results.append(
                VariantResult(
                    variant,
                    {
                        t.solution_id: (sum(scores[c].score for c in t.test_ids), t.points)
                        for t in task_list
                    },
                    scores,
                    tuple(broken),
                )
            )
    return baseline, base_scores, results


def _forget(session: KernelSession, names: frozenset[str], index: int) -> None:
    """Unbind `names` in the kernel before a demonstration runs again, so that one that
    fails for a variant leaves them unbound, as in nbgrader's run, instead of holding
    what it made for the answer before (a later test would grade that)."""
    if names:
        code = f"for _gate_name in {sorted(names)!r}:\n    globals().pop(_gate_name, None)"
        session.run_cell(nbformat.v4.new_code_cell(code + "\ndel _gate_name"), index)


def _restore(
    session: KernelSession, nb: nbformat.NotebookNode, cells: tuple[int, set[int]]
) -> None:
    """Run a task's solution cell and the demonstrations variants re-ran, as written."""
    for i in sorted({cells[0], *cells[1]}):
        session.run_cell(nb.cells[i], i)


def _raised(cell: nbformat.NotebookNode) -> str:
    """The exception an executed cell raised ('' when none). Unlike a graded cell, an
    ungraded one loses nothing by writing to stderr."""
    for output in cell.get("outputs", []):
        if output.output_type == "error":
            return f"{output.ename}: {output.evalue}".strip()
    return ""


def _run_or_raise(session: KernelSession, code: str, when: str) -> None:
    if not code:
        return
    cell = session.run_cell(nbformat.v4.new_code_cell(code), 0)
    if message := _raised(cell):
        raise RuntimeError(f"The code run {when} failed: {message}")


def split_by_task(
    variants: list[Variant], nb: nbformat.NotebookNode, parts: int
) -> list[list[Variant]]:
    """`variants` in at most `parts` groups of similar cost, each holding whole tasks in
    notebook order, so that each group can run in a kernel of its own (in parallel).

    A variant's cost is the number of cells it runs (`_Plan.cells`): one that retrains
    a model and re-runs the later tests reading it weighs more than one whose test
    alone re-runs. Counting variants instead once put a chapter's three costliest
    tasks in one kernel, which then took three times as long as the others."""
    plan = _Plan(graded_notebook(nb))
    ordered = sorted(variants, key=lambda v: plan.tasks.get(v.target, -1))
    costs = [1 + len(plan.cells(v)[2]) if v.target in plan.tasks else 1 for v in ordered]
    share = sum(costs) / max(parts, 1)
    groups: list[list[Variant]] = [[]]
    done = 0
    for index, (variant, cost) in enumerate(zip(ordered, costs, strict=True)):
        new_task = index > 0 and variant.target != ordered[index - 1].target
        if new_task and len(groups) < parts and done >= share * len(groups):
            groups.append([])
        groups[-1].append(variant)
        done += cost
    return groups


def solution_sources(nb: nbformat.NotebookNode) -> dict[str, str]:
    """{grade_id: source} of every solution cell, markers removed."""
    return {grade_id(c): strip_markers(c.source) for c in nb.cells if is_solution_cell(c)}


def perfect_submission(
    source_nb: nbformat.NotebookNode, release_nb: nbformat.NotebookNode
) -> nbformat.NotebookNode:
    """The student notebook with every stub replaced by the instructor's solution."""
    return with_solutions(release_nb, solution_sources(source_nb))


def blank_graded(
    source_nb: nbformat.NotebookNode, release_nb: nbformat.NotebookNode
) -> nbformat.NotebookNode:
    """An untouched student notebook as nbgrader grades it: stubs, hidden tests restored."""
    stubs = {grade_id(c): c.source for c in release_nb.cells if is_solution_cell(c)}
    return with_solutions(graded_notebook(source_nb), stubs)
