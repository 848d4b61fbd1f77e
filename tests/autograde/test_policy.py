"""The rules for graded code (autograde.policy), their nbgrader step and the kernel guard."""

from __future__ import annotations

import ast
import types
from pathlib import Path

import nbformat
import numpy as np
import pandas as pd
import pytest

from autograde import kernel_guard, policy
from autograde.enforce import MARKER, SourceCells, enforce
from autograde.mutants import load_variants
from autograde.notebook import grade_id, is_solution_cell, is_test_cell

ROOT = Path(__file__).resolve().parents[2]
CHAPTERS = sorted(p.name for p in (ROOT / "source").iterdir() if p.is_dir())

COURSE = """
import numpy as np
from nna_tf import checks
data = np.arange(4)
MILESTONES = [1, 2]
def helper(n):
    return n
model = None
fig = rng = None
"""
TEST = """
checks.check_equal(helper(data), MILESTONES)
model.summary()
### BEGIN HIDDEN TESTS
def _reference(x):
    return x
expected_answer = 3
checks.check_equal(fig, rng)
### END HIDDEN TESTS
"""


@pytest.fixture(scope="module")
def context() -> policy.Context:
    return policy.build_context([COURSE, TEST], policy.keras_names(), [TEST])


def _notebook_context(nb: nbformat.NotebookNode) -> policy.Context:
    trusted = [c.source for c in nb.cells if c.cell_type == "code" and not is_solution_cell(c)]
    tests = [c.source for c in nb.cells if is_test_cell(c)]
    return policy.build_context(trusted, policy.keras_names(), tests)


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_solutions_and_every_variant_follow_the_rules(chapter):
    nb = nbformat.read(ROOT / "source" / chapter / f"{chapter}.ipynb", as_version=4)
    context = _notebook_context(nb)
    solutions = {grade_id(c): c.source for c in nb.cells if is_solution_cell(c)}
    found = policy.check_cells(list(solutions.values()), context)
    assert not any(found), dict(zip(solutions, found, strict=True))
    for variant in load_variants(ROOT / "tests" / "mutants" / chapter):
        cells = [*variant.extra_cells, *{**solutions, variant.target: variant.source}.values()]
        assert not any(policy.check_cells(cells, context)), variant.name


def test_keras_names_file_matches_the_installed_keras(tf):
    assert policy.keras_names() == frozenset(policy.installed_keras_names()), (
        "run `python -m autograde.policy` to refresh autograde/keras_names.txt"
    )


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("checks.check_close = print", "would change `checks`"),
        ("np.testing.assert_allclose = print", "would change `np`"),
        ("import numpy.testing as t\nt.assert_allclose = print", "would change `t`"),
        ("checks = None", "defined by the course's cells"),
        ("import pandas as np", "read by the tests"),
        ("import os", "importing `os`"),
        ("from numpy.lib.stride_tricks import as_strided", "`.as_strided`"),
        ("x = np.__dict__", "underscore"),
        ("x = _reference(1)", "`_reference`"),
        ("x = expected_answer", "belongs to the hidden tests"),
        ("x = In[1]", "`In` is not allowed"),
        ("%xmode Minimal", "magics"),
        ("%%time\nimport os", "importing `os`"),
        ("%timeit -n 1 x = In[0]", "`In` is not allowed"),
        ("%matplotlib qt", "magics"),
        ("!ls", "magics"),
        ("x = getattr(np, 'test' + 'ing')", "literal attribute name"),
        ("x = getattr(np, '__dict__')", "underscore"),
        ("setattr(np, 'x', 1)", "`setattr`"),
        ("x = type('A', (), {})", "one argument"),
        ("x = dir()", "one argument"),
        ("t = type", "one argument"),
        ("x = (1).__class__.__subclasses__()", "`.__subclasses__`"),
        ("x = helper.__globals__", "`.__globals__`"),
        ("x = np.__class__", "`.__class__`"),
        ("import dataclasses\nX = dataclasses.make_dataclass('X', [])", "`.make_dataclass`"),
        ("data[0] = 5", "`data` belongs to the course"),
        ("def f():\n    data.fill(0)", "`data` belongs to the course"),
        ("np.add(1, 1, out=data)", "`data` belongs to the course"),
        ("np.copyto(data, 0)", "`data` belongs to the course"),
        ("MILESTONES.append(3)", "`MILESTONES` belongs to the course"),
        ("class A:\n    def __eq__(self, o):\n        return True", "may not define `__eq__`"),
        ("class A(np.ndarray):\n    pass", "may derive only from Keras"),
        ("class A(metaclass=type):\n    pass", "metaclasses"),
        (
            "import keras\nclass L(keras.layers.Layer):\n    def count_params(self):\n        return 1",
            "redefine Keras's `count_params`",
        ),
        (
            "import keras\nclass L(keras.layers.Layer):\n    def __init__(self):\n"
            "        super().__init__()\n        self.predict = print",
            "Keras's own `predict`",
        ),
        ("import keras\nclass A(keras.layers.Layer):\n    pass\nB = A", "may only be called"),
        ("x = super(int, 1)", "takes no arguments"),
        ("x = np.load('x.npy', allow_pickle=True)", "allow_pickle"),
        ("import pandas as pd\nx = pd.read_pickle('x.pkl')", "`.read_pickle`"),
        ("import functools\nfunctools.update_wrapper(checks, print)", "`.update_wrapper`"),
        (
            "import pandas as pd\npd.api.extensions.register_dataframe_accessor('x')",
            "`.register_dataframe_accessor`",
        ),
    ],
)
def test_forbidden_constructs_are_reported(context, code, message):
    found = policy.check_code(code, context)
    assert any(message in str(v) for v in found), found


@pytest.mark.parametrize(
    "code",
    [
        "import numpy as np\nfrom nna_tf import checks",  # the same imports as the course
        "def f(model):\n    history = []\n    history.append(model)\n    return history",
        "def f(x):\n    data = np.array(x)\n    data[0] = 1\n    return data",
        "def f(s):\n    counts = s.value_counts()\n    counts.name = 'n'\n    return counts",
        "import keras\nclass L(keras.layers.Layer):\n    def __init__(self, units, **kw):\n"
        "        super().__init__(**kw)\n        self.units = units\n        self._cache = None\n"
        "    def call(self, x):\n        return x",
        "class A:\n    pass\nok = isinstance(A(), A)",
        "x = [data for data in range(3)]",
        "def _helper():\n    return 1\nvalue = _helper()",
        "x = getattr(np, 'float64')",
        "from numpy.lib.stride_tricks import sliding_window_view",
        "for _ in range(3):\n    pass",
        # issue 21: honest code that used to be refused
        "x = np.ones(3)\nprint(type(x), type(x).__name__, x.__class__.__name__)",
        "%%time\ny = np.ones(3).sum()",
        "%time y = np.ones(3).sum()\n%timeit -n 1 -r 1 np.ones(3)",
        "%matplotlib inline",
        "import matplotlib.pyplot as plt\nfig, ax = plt.subplots()\nrng = 3",
        "sum = 0\ninput = np.ones(2)\nfilter = 16\nfor len in range(2):\n    sum += len",
        "import keras\nclass L(keras.layers.Layer):\n    def __init__(self, **kw):\n"
        "        super(L, self).__init__(**kw)\n    def get_config(self):\n"
        "        return {**super().get_config(), 'units': 1}",
        "from tensorflow import keras",
        "help(np.sum)\nprint(dir(np)[:3])",
        "import dataclasses, json, warnings, logging, pprint, datetime\nx = json.loads('[1]')",
        "print(np.__version__, helper.__name__, helper.__doc__)\nif __name__ == '__main__':\n    pass",
        "np.save('x.npy', np.ones(2))\nimport pandas as pd\npd.DataFrame({'a': [1]}).to_csv('a.csv')",
        "import enum\nclass Color(enum.Enum):\n    RED = 1",
        "from typing import NamedTuple\nclass P(NamedTuple):\n    x: int",
        "class Oops(ValueError):\n    pass\nclass Box(object):\n    def __repr__(self):\n"
        "        return 'box'",
        "MILESTONES2 = list(MILESTONES)\nMILESTONES2.append(3)",
        # names the course binds (not imports): the kernel guard gives the tests their values
        "model = 3\ndef helper(n):\n    return 0\n[data := 1 for _ in range(2)]",
        "import enum\nclass Color(enum.Enum):\n    RED = 1\nnames = [c.name for c in Color]",
    ],
)
def test_ordinary_student_code_is_allowed(context, code):
    assert policy.check_code(code, context) == []


def _solution(code: str) -> nbformat.NotebookNode:
    cell = nbformat.v4.new_code_cell(code)
    cell.metadata["nbgrader"] = {"solution": True, "grade": False, "grade_id": "s"}
    return cell


def test_enforce_trusts_cells_by_their_text_not_their_metadata():
    course = nbformat.v4.new_code_cell("import numpy as np\nfrom nna_tf import checks")
    solution = _solution("def f():\n    return 1")
    claims = nbformat.v4.new_code_cell("checks.check_close = print")
    claims.metadata["nbgrader"] = {"locked": True}
    nb = nbformat.v4.new_notebook(cells=[course, solution, claims])
    found, context, trusted = enforce(nb, SourceCells(nbformat.v4.new_notebook(cells=[course])))
    assert [entry["cell"] for entry in found] == ["cell 3"]
    assert nb.cells[2].source.startswith(MARKER)
    assert "print('[grader] not run:" in nb.cells[2].source
    assert nb.cells[1].source == "def f():\n    return 1"
    assert "checks" in context.trusted_names and trusted == [course.source]


def test_enforce_refuses_only_the_statements_that_break_a_rule():
    course = nbformat.v4.new_code_cell("import numpy as np\nfrom nna_tf import checks")
    test = nbformat.v4.new_code_cell("checks.check_equal(f(), 1)")
    test.metadata["nbgrader"] = {"grade": True, "solution": False, "grade_id": "t", "points": 1}
    code = "import sys\n\n\ndef f():\n    return 1\n\n\ndef g():\n    return vars(np)\n"
    nb = nbformat.v4.new_notebook(cells=[course, _solution(code), test])
    found, _, _ = enforce(nb, SourceCells(nbformat.v4.new_notebook(cells=[course, test])))
    assert found[0]["reaches_tests"] and len(found[0]["violations"]) == 2
    namespace: dict = {}
    exec(nb.cells[1].source, namespace)  # the refused import is a print, f stays, g is a stub
    assert namespace["f"]() == 1
    with pytest.raises(PermissionError, match="`vars` is not allowed"):
        namespace["g"]()


def test_enforce_trusts_demonstrations_with_comments_or_other_keyword_numbers():
    demo = "history = model.fit(x, y, epochs=50, verbose=0)"
    course = SourceCells(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(demo)]))
    assert course.trusts("# longer\nhistory = model.fit(x, y, epochs=100, verbose=1)")
    assert not course.trusts("history = model.fit(x, y, epochs=50, verbose=0)\nimport sys")
    assert not course.trusts("history = model.fit(x, x, epochs=50, verbose=0)")


def test_a_refusal_in_an_added_cell_no_test_reads_does_not_reach_the_tests():
    course = nbformat.v4.new_code_cell("import numpy as np\nfrom nna_tf import checks")
    test = nbformat.v4.new_code_cell("checks.check_equal(f(), 1)")
    test.metadata["nbgrader"] = {"grade": True, "solution": False, "grade_id": "t", "points": 1}
    added = nbformat.v4.new_code_cell("import os\nscratch = 1")
    nb = nbformat.v4.new_notebook(cells=[course, _solution("def f():\n    return 1"), added, test])
    found, _, _ = enforce(nb, SourceCells(nbformat.v4.new_notebook(cells=[course, test])))
    assert [e["reaches_tests"] for e in found] == [False]


def _run_guarded(code: str, namespace: dict) -> None:
    tree = kernel_guard.Rewrite().visit(ast.parse(code))
    namespace.setdefault(kernel_guard.GUARD, kernel_guard.Guard())
    namespace.setdefault("__name__", "__main__")
    exec(compile(ast.fix_missing_locations(tree), "<cell>", "exec"), namespace)


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("m.x = 1", "change attributes of fake_module"),
        ("del m.x", "change attributes of fake_module"),
        ("pd.Series.equals = None", "change the class pandas"),
        ("frame.equals = None", "replace DataFrame.equals"),
        ("m.y = m.z = 2", "change attributes of fake_module"),
        ("m.x += 1", "change attributes of fake_module"),
    ],
)
def test_kernel_guard_refuses_changes_to_library_objects(code, message):
    module = types.ModuleType("fake_module")
    module.x = 0
    namespace = {"m": module, "pd": pd, "frame": pd.DataFrame({"a": [1]})}
    with pytest.raises(PermissionError, match=message):
        _run_guarded(code, namespace)
    assert module.x == 0 and not hasattr(module, "y")


def test_kernel_guard_lets_ordinary_assignments_through():
    namespace: dict = {"pd": pd}
    _run_guarded(
        "class A:\n    def __init__(self):\n        self.v = 1\n"
        "a = A()\na.v += 2\na.w = b = 5\ns = pd.Series([1])\ns.name = 'n'\n"
        "def f():\n    pass\nf.cache = {}\ndel a.w",
        namespace,
    )
    assert namespace["a"].v == 3 and namespace["b"] == 5 and namespace["s"].name == "n"


def test_kernel_guard_freezes_course_arrays():
    data = np.arange(3)
    kernel_guard._freeze((data, {"k": data}))
    with pytest.raises(ValueError, match="read-only"):
        data[0] = 1


def _demo_course() -> tuple[list[nbformat.NotebookNode], nbformat.NotebookNode]:
    setup = nbformat.v4.new_code_cell("import numpy as np\nfrom nna_tf import checks")
    data = nbformat.v4.new_code_cell("x_test = np.arange(200, dtype=float)")
    fit = nbformat.v4.new_code_cell("history = np.ones(3).round(decimals=2)")
    test = nbformat.v4.new_code_cell("checks.check_equal(f(x_test), 2 * x_test)")
    test.metadata["nbgrader"] = {"grade": True, "solution": False, "grade_id": "t", "points": 1}
    return [setup, data, fit, test], test


def test_a_demonstration_that_computes_what_the_tests_read_must_stay_as_it_is():
    cells, test = _demo_course()
    source = SourceCells(nbformat.v4.new_notebook(cells=cells))
    assert source.trusts("history = np.ones(3).round(decimals=5)")
    assert not source.trusts("x_test = np.arange(2, dtype=float)")
    edited = nbformat.v4.new_code_cell("x_test = np.arange(2, dtype=float)")
    nb = nbformat.v4.new_notebook(cells=[cells[0], edited, cells[2], test])
    found, context, _ = enforce(nb, source)
    assert context.frozen_names == {"x_test"}
    assert found[0]["reaches_tests"] and "restore that cell" in found[0]["violations"][0]
    intact = nbformat.v4.new_notebook(
        cells=[*cells[:3], nbformat.v4.new_code_cell("x_test = 1"), test]
    )
    found, context, _ = enforce(intact, source)  # the course's value exists: the guard restores it
    assert found == [] and context.frozen_names == frozenset()


def test_source_cells_are_read_once_per_version_of_the_source_notebook(tmp_path):
    """A grading process reads an assignment's source notebook once for all its
    submissions, and again as soon as the instructor changes it."""
    path = tmp_path / "source.ipynb"

    def write(code: str) -> None:
        nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(code)]), path)

    write("data = [1, 2, 3]")
    first = SourceCells.read(path)
    assert SourceCells.read(path) is first and first.trusts("data = [1, 2, 3]")
    write("data = [1, 2, 3, 4]  # the instructor's edit")
    edited = SourceCells.read(path)
    assert edited is not first and edited.trusts("data = [1, 2, 3, 4]")
    assert not edited.trusts("data = [1, 2, 3]")
    assert not SourceCells.read(tmp_path / "missing.ipynb").trusts("data = [1, 2, 3]")
