"""The mutation gate's runner: which cells a variant re-runs, and what it still sees."""

from __future__ import annotations

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from autograde.mutants import Variant, _Plan, run_variants, split_by_task
from autograde.names import cell_names


def test_names_read_before_bound_and_inside_functions_count_as_reads():
    names = cell_names(
        "import numpy as np\n"
        "def f(x, y=2):\n    z = x + helper(y)\n    return [i * z for i in range(3)]\n"
        "model = f(model)\nrng = np.random.default_rng(0)\nrng.normal()"
    )
    assert names.binds == {"np", "f", "model", "rng"}
    assert names.reads == {"helper", "range", "model"}  # not x, y, z, i, rng, np


def test_a_function_reads_the_cells_own_bindings_when_called():
    names = cell_names("def check():\n    return _rng.normal() + other\n_rng = make()")
    assert names.reads == {"other", "make"}


def test_changing_an_attribute_or_item_binds_the_object():
    names = cell_names("x_test[0] = 0\nkeras.layers.Dense = None\ndef f(m):\n    m.w = 1")
    assert names.binds == {"x_test", "keras", "f"}


def test_global_and_loop_targets_bind():
    names = cell_names("def g():\n    global counter\n    counter += 1\nfor k, v in d:\n    pass")
    assert names.binds == {"g", "counter", "k", "v"}
    assert names.reads == {"d"}


@pytest.mark.parametrize(
    "source",
    ["%%time\nx = f(1)", "%timeit -n 10 -r 3 f(x)", "%matplotlib inline\ny = f(2)"],
)
def test_timing_magics_are_read_through(source):
    names = cell_names(source)
    assert not names.opaque and "f" in names.reads


@pytest.mark.parametrize(
    "source", ["!ls", "%run other.py", "exec('x = 1')", "globals()['f'] = 1", "def ("]
)
def test_dynamic_or_broken_cells_are_opaque(source):
    names = cell_names(source)
    assert names.opaque and names.reads_any(set()) and names.binds_any({"anything"})


def _cell(source: str, grade_id: str = "", points: int = 0) -> nbformat.NotebookNode:
    cell = new_code_cell(source)
    if grade_id.endswith("_test"):
        cell.metadata["nbgrader"] = {"grade_id": grade_id, "grade": True, "points": points}
    elif grade_id:
        cell.metadata["nbgrader"] = {"grade_id": grade_id, "solution": True, "grade": False}
    return cell


def _notebook() -> nbformat.NotebookNode:
    """Task 1 `double`; task 2 `quad`, built on `double`; task 3 `neg`, on its own.
    `runs` counts how often each test cell ran in the kernel."""
    return new_notebook(
        cells=[
            _cell("runs = {'t1': 0, 't2': 0, 't3': 0}"),
            new_markdown_cell("**Task 1.1 (1 point)**"),
            _cell("def double(x):\n    return 2 * x", "double"),
            _cell("demo = double(21)"),
            _cell(
                "runs.update(t1=runs['t1'] + 1)\nassert demo == 42 and double(3) == 6",
                "double_test",
                1,
            ),
            new_markdown_cell("**Task 1.2 (1 point)**"),
            _cell("def quad(x):\n    return double(double(x))", "quad"),
            _cell("runs.update(t2=runs['t2'] + 1)\nassert quad(1) == 4", "quad_test", 1),
            new_markdown_cell("**Task 1.3 (1 point)**"),
            _cell("def neg(x):\n    return -x", "neg"),
            _cell("runs.update(t3=runs['t3'] + 1)\nassert neg(2) == -2", "neg_test", 1),
            _cell("print(runs)"),
        ]
    )


def _variant(name: str, target: str, kind: str, source: str, affects=()) -> Variant:
    return Variant(name, target, kind, "test", tuple(affects), (), source)


@pytest.mark.slow
def test_variants_rerun_what_they_reach_and_leaks_are_still_seen(tmp_path):
    variants = [
        _variant("triple", "double", "mutant", "def double(x):\n    return 3 * x"),
        _variant("add", "double", "alternative", "def double(x):\n    return x + x"),
        _variant("neg_abs", "neg", "mutant", "def neg(x):\n    return -abs(x) + 1"),
        _variant("neg_mul", "neg", "alternative", "def neg(x):\n    return x * -1"),
    ]
    _, base, results = run_variants(_notebook(), variants, tmp_path)
    assert all(s.score == s.max_score for s in base.values())
    by_name = {r.variant.name: r for r in results}
    # The mutant of task 1 reaches task 2 through `quad`: the leak is reported.
    assert by_name["triple"].task_scores["double"] == (0.0, 1.0)
    assert by_name["triple"].problems() == ["triple: mutant of double also lost points on quad"]
    assert by_name["add"].problems() == [] and by_name["neg_mul"].problems() == []
    assert by_name["neg_abs"].task_scores["neg"] == (0.0, 1.0)
    assert by_name["neg_abs"].problems() == []


@pytest.mark.slow
def test_cells_that_cannot_see_the_variant_do_not_rerun(tmp_path):
    """After a task-1 variant, the tests of tasks 1 and 2 (which reach `double`) ran
    twice and task 3's once. The probe, a variant of task 3, answers right only then."""
    probe = (
        "_counted = runs == {'t1': 2, 't2': 2, 't3': 1}\n"
        "def neg(x):\n    return -x if _counted else x"
    )
    variants = [
        _variant("add", "double", "alternative", "def double(x):\n    return x + x"),
        _variant("probe", "neg", "alternative", probe),
    ]
    _, _, results = run_variants(_notebook(), variants, tmp_path)
    assert [r.variant.name for r in results] == ["add", "probe"]
    assert [p for r in results for p in r.problems()] == []


@pytest.mark.slow
def test_the_baseline_runs_between_its_prologue_and_epilogue(tmp_path):
    """The baseline sees what the prologue set, the variants what the epilogue set
    (the course gates send the baseline down a GPU's path and the variants back), and
    a prologue or epilogue that fails stops the run instead of passing silently."""
    nb = _notebook()
    nb.cells[2].source = "def double(x):\n    return 2 * x if path == 'baseline' else 0"
    mutant = _variant("plain", "double", "alternative", "def double(x):\n    return x + x")
    probe = _variant(
        "probe", "neg", "alternative", "def neg(x):\n    return -x if path == 'plain' else x"
    )
    executed, base, results = run_variants(
        nb,
        [mutant, probe],
        tmp_path,
        baseline_prologue="path = 'baseline'",
        baseline_epilogue="assert demo == 42\npath = 'plain'",
    )
    assert all(s.score == s.max_score for s in base.values())
    assert "{'t1': 1, 't2': 1, 't3': 1}" in executed.cells[-1].outputs[0].text
    assert [p for r in results for p in r.problems()] == []
    for where in ("prologue", "epilogue"):
        with pytest.raises(
            RuntimeError, match="after the baseline" if where == "epilogue" else "before"
        ):
            run_variants(
                nb, [mutant], tmp_path, **{f"baseline_{where}": "assert False, 'off path'"}
            )


def test_split_balances_kernels_by_the_cells_variants_rerun():
    """A variant of `double` re-runs its test and the later test of `quad` that calls
    it; one of `quad` or `neg` re-runs only its own test. Counting cells, four variants
    of `double` weigh as much as four of `quad` and four of `neg` together."""
    nb = _notebook()
    variants = [
        _variant(f"{target}_{i}", target, "mutant", f"def {target}(x):\n    return 0")
        for target in ("double", "quad", "neg")
        for i in range(4)
    ]
    groups = split_by_task(variants, nb, 2)
    assert [sorted({v.target for v in group}) for group in groups] == [
        ["double"],
        ["neg", "quad"],
    ]
    assert split_by_task(variants, nb, 1) == [variants]


@pytest.mark.slow
def test_an_alternative_that_breaks_a_figure_cell_is_reported(tmp_path):
    """`2.0 * x` passes the test (6.0 == 6) but the figure cell's binary format needs an
    int; `x + x` keeps it. A mutant is not asked to keep figures working. A figure cell
    that writes a warning to stderr costs nothing in nbgrader, so it breaks nothing."""
    nb = new_notebook(
        cells=[
            new_markdown_cell("**Task 1.1 (1 point)**"),
            _cell("def double(x):\n    return 2 * x", "double"),
            _cell("assert double(3) == 6", "double_test", 1),
            _cell("print(f'{double(5):b}')"),
            _cell("import sys\nif double(1) < 0:\n    print('warning: negative', file=sys.stderr)"),
            new_markdown_cell("**Task 1.2 (1 point)**"),
            _cell("def neg(x):\n    return -x", "neg"),
            _cell("assert neg(2) == -2", "neg_test", 1),
        ]
    )
    variants = [
        _variant("float", "double", "alternative", "def double(x):\n    return 2.0 * x"),
        _variant("add", "double", "alternative", "def double(x):\n    return x + x"),
        _variant(
            "warns", "double", "alternative", "def double(x):\n    return 2 * x if x > 1 else -2"
        ),
        _variant("float_mutant", "double", "mutant", "def double(x):\n    return 2.0 * x + 1"),
    ]
    _, _, results = run_variants(nb, variants, tmp_path)
    problems = {r.variant.name: r.problems() for r in results}
    assert problems["add"] == [] and problems["float_mutant"] == [] and problems["warns"] == []
    assert len(problems["float"]) == 1
    assert problems["float"][0].startswith("float: valid alternative breaks cell 3 (ValueError")


@pytest.mark.slow
def test_a_mutant_caught_before_the_training_is_trained_only_to_check_later_tasks(tmp_path):
    """Task 1 tests `build` before its training cell and the trained result after it;
    task 2's test reads the trained result. The training cell counts its runs. A
    mutant that the first test cell catches is trained as nbgrader would train it when
    a later task it may not affect reads the result, so its leak into that task is
    seen, on its own model; when every such task is declared in `affects`, it is not
    trained at all. A training that fails leaves its names unbound, and a valid
    alternative that makes it fail is reported."""
    nb = new_notebook(
        cells=[
            _cell("trainings = []"),
            new_markdown_cell("**Task 1.1 (2 points)**"),
            _cell("def build(width):\n    return [0.0] * width", "build"),
            _cell("assert len(build(3)) == 3", "build_code_test", 1),
            _cell("trainings.append(1)\nmodel = [w + 1 for w in build(2)]"),
            _cell("assert sum(model) >= 1", "build_test", 1),
            new_markdown_cell("**Task 1.2 (1 point)**"),
            _cell("def predict(x):\n    return x", "predict"),
            _cell(
                "assert predict(len(model)) == 2, f'length {len(model)}'\n"
                "assert min(model) >= 1, 'weak model'",
                "predict_test",
                1,
            ),
            _cell("print(len(trainings))"),
        ]
    )
    wide = "def build(width):\n    return [0.0] * (width + 1)"
    probe = "_trained = len(trainings)\ndef predict(x):\n    return x if _trained == 7 else -1"
    # passes the code check, then makes the training cell fail
    fails_training = "def build(width):\n    return None if width == 2 else [0.0] * width"
    variants = [
        _variant("fails_training", "build", "mutant", fails_training),
        _variant(
            "weak",
            "build",
            "mutant",
            "def build(width):\n    return [-1.0] * width if width == 2 else [0.0] * width",
            affects=["predict"],
        ),
        _variant("wide", "build", "mutant", wide),
        _variant("wide_declared", "build", "mutant", wide, affects=["predict"]),
        _variant("breaks_training", "build", "alternative", fails_training),
        _variant("probe", "predict", "alternative", probe),
    ]
    _, _, results = run_variants(nb, variants, tmp_path)
    by_name = {r.variant.name: r for r in results}
    assert by_name["weak"].task_scores["build"] == (1.0, 2.0)
    assert by_name["weak"].problems() == []
    # `wide` lost points on task 1 at its first test, then was trained: its own model
    # (three weights), not the one `weak` trained, costs task 2 its point.
    assert by_name["wide"].task_scores["build"][0] < 2.0
    assert by_name["wide"].problems() == ["wide: mutant of build also lost points on predict"]
    assert "length 3" in by_name["wide"].cell_scores["predict_test"].message
    assert by_name["wide_declared"].problems() == []
    # A failed training leaves `model` unbound, as in nbgrader, not the baseline's.
    assert by_name["fails_training"].problems() == [
        "fails_training: mutant of build also lost points on predict"
    ]
    assert "NameError" in by_name["fails_training"].cell_scores["predict_test"].message
    assert any(
        p.startswith("breaks_training: valid alternative breaks cell 4 (TypeError")
        for p in by_name["breaks_training"].problems()
    )
    # Trained: the baseline; `fails_training`, then the solution again (its training
    # failed); `weak`; `wide`; `breaks_training`, then the solution again; not
    # `wide_declared`.
    assert by_name["probe"].problems() == []


def test_a_demonstration_forgets_only_the_names_it_alone_binds():
    """`model` is bound again later and `x` is read first: a top-to-bottom run can hold
    either when the demonstration starts. Only `log` is the demonstration's alone. Any
    opaque cell may bind anything: then nothing is forgotten."""
    cells = [
        _cell("x = 1"),
        new_markdown_cell("**Task 1.1 (1 point)**"),
        _cell("def f():\n    return 3", "f"),
        _cell("assert f() == 3", "f_test", 1),
        _cell("model = f()\nlog = [model]\nx = x + 1"),
        _cell("model = 2"),
    ]
    assert _Plan(new_notebook(cells=cells)).fresh[4] == {"log"}
    opaque = _Plan(new_notebook(cells=[*cells, _cell("exec('y = 1')")]))
    assert opaque.fresh[4] == frozenset()
