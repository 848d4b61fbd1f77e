"""The course's quality gates: structure, fresh release, solutions pass, blank
release fails, mutation suite, determinism. Each notebook runs once per gate."""

from __future__ import annotations

import filecmp
import json
import math
from pathlib import Path

import nbformat
import pytest

from autograde.conventions import check_course, check_notebook
from autograde.course import Course, autograde_with_nbgrader, release, scratch_course
from autograde.execute import execute_notebook
from autograde.mutants import (
    Variant,
    blank_graded,
    graded_notebook,
    load_variants,
    perfect_submission,
    run_variants,
    split_by_task,
)
from autograde.notebook import CellScore, grade_id, is_test_cell, score_cells, tasks_of

ROOT = Path(__file__).resolve().parents[2]
COURSE = Course(ROOT)
CHAPTERS = COURSE.chapters
MUTANTS = ROOT / "tests" / "mutants"


def _read(path: Path) -> nbformat.NotebookNode:
    return nbformat.read(path, as_version=4)


def test_course_has_chapters():
    assert CHAPTERS, "no chapters under source/"


def test_structure_of_every_source_notebook():
    problems = check_course(COURSE.source_notebook(c) for c in CHAPTERS)
    assert problems == [], "\n".join(problems)


def test_structure_names_notebook_cell_and_rule(tmp_path):
    nb = _read(COURSE.source_notebook(CHAPTERS[0]))
    broken = tmp_path / CHAPTERS[0] / f"{CHAPTERS[0]}.ipynb"
    broken.parent.mkdir()
    solution = next(
        i for i, c in enumerate(nb.cells) if c.metadata.get("nbgrader", {}).get("solution")
    )
    nb.cells[solution].source = nb.cells[solution].source.replace("### END SOLUTION", "")
    nb.cells[solution + 1].outputs = [nbformat.v4.new_output("stream", name="stdout", text="x")]
    nbformat.write(nb, broken)
    problems = check_notebook(broken, {})
    assert any(f"cell {solution} (" in p and "### END SOLUTION" in p for p in problems), problems
    assert any(f"cell {solution + 1}" in p and "stored outputs" in p for p in problems), problems


def test_structure_refuses_training_before_a_tasks_first_test_cell(tmp_path):
    """A task whose demonstration trains a model checks the code first: with its first
    test cell moved after the training, every wrong answer would train before failing."""
    nb = _read(COURSE.source_notebook(CHAPTERS[0]))
    ids = [c.metadata.get("nbgrader", {}).get("grade_id") for c in nb.cells]
    code_test = ids.index("ch01_xor_mlp_code_test")
    training = next(i for i in range(code_test, len(nb.cells)) if ".fit(" in nb.cells[i].source)
    nb.cells.insert(training, nb.cells.pop(code_test))  # now right after the training cell
    broken = tmp_path / CHAPTERS[0] / f"{CHAPTERS[0]}.ipynb"
    broken.parent.mkdir()
    nbformat.write(nb, broken)
    problems = check_notebook(broken, {})
    assert [p for p in problems if "trains a model" in p] == [
        f"{broken.name} cell {training - 1}: trains a model (`.fit(` or `.train_on_batch(`) "
        "after the solution of Task 5.1 and before its first test cell; put a test cell with "
        "the checks that need no training right after the solution (source/README.md)"
    ]
    nb.cells[training - 1].source = "%time " + nb.cells[training - 1].source  # not Python
    nbformat.write(nb, broken)
    assert any("trains a model" in p for p in check_notebook(broken, {}))


def test_structure_refuses_a_notebook_nbgrader_cannot_read(tmp_path):
    nb = _read(COURSE.source_notebook(CHAPTERS[0]))
    broken = tmp_path / CHAPTERS[0] / f"{CHAPTERS[0]}.ipynb"
    broken.parent.mkdir()
    nb.nbformat_minor = 4
    nb.cells.append(
        {"cell_type": "markdown", "id": "0a1b2c3d", "metadata": {}, "source": "an id: not in 4.4"}
    )
    broken.write_text(json.dumps(nb))
    problems = check_notebook(broken, {})
    assert any("not a valid nbformat 4.4 notebook" in p for p in problems), problems


def test_release_is_fresh_and_deterministic(tmp_path):
    """One build must equal the committed release/ byte for byte. Only when it does
    not is a second build made, to tell a stale release from a non-deterministic one:
    a build that matches a committed one made earlier already shows that two builds
    agree."""
    built = tmp_path / "a"
    release(COURSE, out=built)
    stale = []
    for chapter in CHAPTERS:
        committed = COURSE.release_notebook(chapter)
        assert committed.is_file(), f"{committed} is missing: run `make release`"
        if not filecmp.cmp(built / chapter / f"{chapter}.ipynb", committed, shallow=False):
            stale.append(chapter)
    if stale:
        again = tmp_path / "b"
        release(COURSE, out=again)
        for chapter in stale:
            name = f"{chapter}/{chapter}.ipynb"
            assert (built / name).read_bytes() == (again / name).read_bytes(), (
                f"release of {chapter} is not deterministic"
            )
    assert stale == [], f"release/ is stale for {stale}: run `make release` and commit"


# A chapter with more variants runs its tasks' variants in several kernels. Each extra
# kernel runs the whole notebook again first (a minute for the larger chapters), and nine
# chapters already give the test workers enough independent kernels to stay busy, so a
# chapter splits only when its own variants would make it the run's long pole.
VARIANTS_PER_KERNEL = 250


def _variant_groups() -> list[tuple[str, list[Variant]]]:
    groups = []
    for chapter in CHAPTERS:
        variants = load_variants(MUTANTS / chapter)
        parts = max(1, math.ceil(len(variants) / VARIANTS_PER_KERNEL))
        source = _read(COURSE.source_notebook(chapter))
        groups += [(chapter, group) for group in split_by_task(variants, source, parts)]
    # Largest first: pytest-xdist hands out the kernels in this order, so the longest
    # ones start early and the short ones fill in at the end instead of one worker
    # finishing a long chapter alone.
    return sorted(groups, key=lambda group: -len(group[1]))


VARIANT_GROUPS = _variant_groups()


# Keras 3 compiles a model's train, test and predict steps with XLA (jit_compile="auto")
# only when TensorFlow sees a GPU. Each chapter's baseline run takes that path on the CPU
# (the prologue patches how Keras decides), so code XLA cannot compile (a
# `tf.py_function` in a layer, say) fails in these gates and not only on the first GPU
# that grades the course. The epilogue checks that Keras really took the path (a Keras
# upgrade could rename the patched function) and restores Keras's own choice: the
# models that variants build or compile then take the plain path, which students on a
# CPU take (models the baseline compiled keep XLA), and nbgrader's gate below runs the
# solutions down the plain path from start to end. What this cannot show: cuDNN's
# kernels, GPU memory, and rounding that differs from the CPU's.
GPU_AUTO_JIT = """\
from nna_tf.device import import_tensorflow as _gate_import_tensorflow
_gate_import_tensorflow()
import keras as _gate_keras
from keras.src.trainers import trainer as _gate_trainer
_gate_probe = lambda: _gate_keras.Sequential([_gate_keras.Input((1,)), _gate_keras.layers.Dense(1)]).jit_compile
_gate_jit_here = _gate_probe()  # False on a CPU, True where TensorFlow sees a GPU
_gate_resolve_here = _gate_trainer.Trainer._resolve_auto_jit_compile
_gate_trainer.Trainer._resolve_auto_jit_compile = lambda self: _gate_trainer.model_supports_jit(self)
"""
# Names start with _gate_ so that no notebook cell can rebind them (chapter 6 binds `_keras`).
JIT_PROBE_AND_RESTORE = """\
_gate_took_xla = _gate_probe()
_gate_trainer.Trainer._resolve_auto_jit_compile = _gate_resolve_here
assert _gate_took_xla is True, f"Keras did not take the XLA path: jit_compile={_gate_took_xla!r}"
assert _gate_probe() == _gate_jit_here, "Keras's own choice was not restored"
"""


@pytest.fixture(
    scope="module",
    params=VARIANT_GROUPS,
    ids=[f"{c}-{g[0].target if g else 'none'}" for c, g in VARIANT_GROUPS],
)
def chapter_run(request):
    """One kernel per group of a chapter's tasks: the solutions down a GPU's XLA path,
    then every mutant and alternative of those tasks down the plain path (conftest keeps
    the tests of one kernel on one worker)."""
    chapter, variants = request.param
    source = COURSE.source_notebook(chapter)
    executed, base, results = run_variants(
        graded_notebook(_read(source)),
        variants,
        source.parent,
        baseline_prologue=GPU_AUTO_JIT,
        baseline_epilogue=JIT_PROBE_AND_RESTORE,
    )
    return chapter, base, results, executed


def _lost(scores: dict[str, CellScore]) -> dict[str, str]:
    """The graded cells of `scores` below full marks, with their score and message."""
    return {
        gid: f"{s.score}/{s.max_score} {s.message}"
        for gid, s in scores.items()
        if s.score < s.max_score
    }


@pytest.mark.slow
def test_solutions_get_full_points(chapter_run):
    chapter, base, _, _ = chapter_run
    lost = _lost(base)
    assert lost == {}, f"{chapter}: instructor solutions lost points: {lost}"


@pytest.mark.slow
def test_mutants_lose_points_only_on_their_task_and_alternatives_pass(chapter_run):
    _chapter, _, results, _ = chapter_run
    problems = [p for r in results for p in r.problems()]
    assert problems == [], "\n".join(problems)


def _stderr(nb: nbformat.NotebookNode) -> list[str]:
    """Every text any cell wrote to stderr: nbgrader scores such a graded cell 0."""
    return [
        f"cell {i}: {o.text[:200]}"
        for i, c in enumerate(nb.cells)
        for o in c.get("outputs", [])
        if o.get("name") == "stderr"
    ]


def _errors(nb: nbformat.NotebookNode) -> list[str]:
    """Every error shown by any cell, graded or not: a figure cell that crashes after a
    correct solution is a bug students see even though it costs no points."""
    return [
        f"cell {i}: {o.get('ename')}: {str(o.get('evalue', ''))[:200]}"
        for i, c in enumerate(nb.cells)
        for o in c.get("outputs", [])
        if o.get("output_type") == "error"
    ]


@pytest.mark.slow
def test_instructor_run_shows_figures_and_writes_nothing_to_stderr(chapter_run):
    chapter, _, _, executed = chapter_run
    assert _errors(executed) == [], f"{chapter}: a cell failed in the instructor run"
    stderr = _stderr(executed)
    assert stderr == [], f"{chapter}: text reached stderr:\n" + "\n".join(stderr)
    outputs = (o for c in executed.cells for o in c.get("outputs", []))
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert images, f"{chapter}: no cell displayed a figure as an image"


@pytest.mark.slow
@pytest.mark.parametrize("chapter", CHAPTERS)
def test_every_task_has_three_mutants_and_an_alternative(chapter):
    tasks = tasks_of(_read(COURSE.source_notebook(chapter)))
    variants = load_variants(MUTANTS / chapter)
    for task in tasks:
        kinds = [v.kind for v in variants if v.target == task.solution_id]
        assert kinds.count("mutant") >= 3, f"{task.solution_id}: {kinds.count('mutant')} mutants"
        assert kinds.count("alternative") >= 1, f"{task.solution_id}: no alternative solution"


@pytest.mark.slow
@pytest.mark.parametrize("chapter", CHAPTERS)
def test_blank_release_scores_zero_everywhere(chapter):
    source = COURSE.source_notebook(chapter)
    nb = blank_graded(_read(source), _read(COURSE.release_notebook(chapter)))
    scores = score_cells(execute_notebook(nb, source.parent))
    scored = {gid: s.score for gid, s in scores.items() if s.score > 0}
    assert scored == {}, f"{chapter}: an untouched student notebook scores points: {scored}"


@pytest.mark.slow
@pytest.mark.parametrize("chapter", CHAPTERS)
def test_nbgrader_gives_the_solutions_full_points(chapter, tmp_path):
    """Plain `nbgrader autograde` with the course's configuration (sandbox, rules, kernel
    guard) on the perfect submission: every graded cell full, none missing."""
    course = scratch_course(COURSE, [chapter], tmp_path / "course")
    submission = tmp_path / f"{chapter}.ipynb"
    source = _read(COURSE.source_notebook(chapter))
    nbformat.write(perfect_submission(source, _read(COURSE.release_notebook(chapter))), submission)
    scores = autograde_with_nbgrader(course, chapter, "alice", submission)
    graded = {grade_id(c) for c in source.cells if is_test_cell(c)}
    assert set(scores) == graded, sorted(set(scores) ^ graded)
    assert all(score == max_score for score, max_score in scores.values()), scores
    # The release with the solutions filled in runs every cell, as a student would.
    autograded = _read(course.root / "autograded" / "alice" / chapter / f"{chapter}.ipynb")
    assert _errors(autograded) == [], f"{chapter}: a cell failed in the graded perfect submission"
    stderr = _stderr(autograded)
    assert stderr == [], f"{chapter}: text reached stderr when graded:\n" + "\n".join(stderr)


def test_structure_refuses_a_hidden_check_that_reveals_a_computed_reference(tmp_path):
    nb = _read(COURSE.source_notebook(CHAPTERS[0]))
    broken = tmp_path / CHAPTERS[0] / f"{CHAPTERS[0]}.ipynb"
    broken.parent.mkdir()
    test = next(i for i, c in enumerate(nb.cells) if is_test_cell(c))
    nb.cells[test].source = nb.cells[test].source.replace(
        "### END HIDDEN TESTS",
        'checks.check_equal(1, sum([1]), task="t", what="w", reveal=True)\n'
        'checks.check_equal(1, [1, "a"], task="t", what="w", reveal=True)\n'
        'checks.check_shape(np.zeros(2), np.zeros((2, 3)).shape[:1], task="t", what="w", reveal=True)\n'
        'checks.check_shape(np.zeros(2), (2,), task="t", what="w", reveal=True)\n'
        'checks.check_close(np.zeros(2), np.ones(2) - 1, task="t", what="w", reveal=True)\n'
        "### END HIDDEN TESTS",
    )
    nbformat.write(nb, broken)
    problems = [p for p in check_notebook(broken, {}) if "reveal" in p]
    assert len(problems) == 3 and all(f"cell {test} (" in p for p in problems), problems
    assert [p.split("the hidden ")[1].split()[0] for p in problems] == [
        "check_equal",
        "check_shape",
        "check_close",
    ]
