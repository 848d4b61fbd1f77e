"""Submissions that try to score points they did not earn, one per attack.

Every attack is built on chapter 1's student notebook. Most of them give Task 3.2
(`two_layer`, 3 points) a wrong answer that is well typed (`WRONG`), then try to
make the tests accept it; the rest of the notebook stays blank. Each names the
bullet of issue 11 it belongs to, what the pipeline must report (`status`, and a
piece of the message or of the graded cell's error), and, where it needs one, a
change to the notebook's structure or a file handed in beside it.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable

import nbformat

from autograde.mutants import with_solutions
from autograde.notebook import grade_id

CHAPTER = "ch01_history"
TARGET = "ch01_xor_net"
TEST = "ch01_xor_net_test"
WRONG = """
def two_layer(X, hidden, output):
    return np.zeros(len(X), dtype=np.int64)


XOR_HIDDEN = [((1, 1), 1), ((1, 1), 1)]
XOR_OUTPUT = ((1, 1), 1)
"""
NO_CHECKS = "lambda *args, **kwargs: None"


@dataclasses.dataclass(frozen=True)
class Attack:
    name: str
    bullet: str
    code: str = ""  # put in the target solution cell, before WRONG
    status: tuple[str, ...] = ("forbidden code",)
    expect: str = ""  # in the outcome's message, or in an error of the graded notebook
    after: str = ""  # put in the target solution cell after WRONG
    edit: Callable[[nbformat.NotebookNode], None] | None = None
    files: tuple[tuple[str, str], ...] = ()

    def notebook(self, student_nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
        nb = with_solutions(student_nb, {TARGET: self.code + WRONG + self.after})
        if self.edit is not None:
            self.edit(nb)
        return nb


def _cell(nb: nbformat.NotebookNode, gid: str) -> nbformat.NotebookNode:
    return next(c for c in nb.cells if grade_id(c) == gid)


def _index(nb: nbformat.NotebookNode, gid: str) -> int:
    return next(i for i, c in enumerate(nb.cells) if grade_id(c) == gid)


def _edit_test_source(nb: nbformat.NotebookNode) -> None:
    _cell(nb, TEST).source = "pass"


def _edit_points(nb: nbformat.NotebookNode) -> None:
    cell = _cell(nb, TEST)
    cell.source = "pass"
    cell.metadata["nbgrader"]["points"] = 100


def _delete_test(nb: nbformat.NotebookNode) -> None:
    nb.cells.pop(_index(nb, TEST))


def _new_cell(nb: nbformat.NotebookNode, source: str) -> nbformat.NotebookNode:
    cell = nbformat.v4.new_code_cell(source)
    if nb.nbformat_minor < 5:  # cell ids came with nbformat 4.5
        del cell["id"]
    return cell


def up_to_the_target(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """A copy of `nb` that ends with the target's test cell.

    No attack needs a later cell, and leaving out the later tasks (a perceptron, a
    Keras model, a Hopfield network) saves seconds in each of the class's notebooks."""
    nb = copy.deepcopy(nb)
    nb.cells = nb.cells[: _index(nb, TEST) + 1]
    return nb


def _duplicate_test(nb: nbformat.NotebookNode) -> None:
    fake = copy.deepcopy(_cell(nb, TEST))
    fake.source = "pass"
    nb.cells.insert(_index(nb, TEST), fake)


def _fake_graded_cell(nb: nbformat.NotebookNode) -> None:
    cell = _new_cell(nb, 'print("free points")')
    cell.metadata["nbgrader"] = {
        "grade": True,
        "grade_id": "ch01_bonus_test",
        "locked": True,
        "points": 50,
        "schema_version": 3,
        "solution": False,
        "task": False,
    }
    nb.cells.insert(_index(nb, TEST) + 1, cell)


def _edit_setup(nb: nbformat.NotebookNode) -> None:
    cell = _cell(nb, "ch01_setup")
    cell.source += f"\nchecks.check_equal = checks.check_true = checks.check_shape = {NO_CHECKS}\n"


def _claims_locked(nb: nbformat.NotebookNode) -> None:
    cell = _new_cell(
        nb, f"checks.check_equal = checks.check_true = checks.check_shape = {NO_CHECKS}"
    )
    cell.metadata["nbgrader"] = {"locked": True, "schema_version": 3}
    nb.cells.insert(_index(nb, TEST), cell)


def _shrink_test_data(nb: nbformat.NotebookNode) -> None:
    """The truth tables the tests use shrink to the one row 00, whose XOR is 0: an
    easy bar for an answer that always says 0."""
    cell = next(c for c in nb.cells if "def truth_table_inputs(n):" in c.source)
    assert "product([0, 1], repeat=n)" in cell.source
    cell.source = cell.source.replace("product([0, 1], repeat=n)", "product([0], repeat=n)")


def _later_magic_cell(nb: nbformat.NotebookNode) -> None:
    nb.cells.insert(_index(nb, TEST) + 1, _new_cell(nb, "%xmode Minimal\n%tb"))


ATTACKS = [
    # 1. replacing or wrapping functions of nna_tf, numpy.testing, keras, builtins
    Attack(
        "patch_checks",
        "replace functions",
        f"checks.check_equal = checks.check_true = checks.check_shape = {NO_CHECKS}\n",
        expect="would change `checks`",
    ),
    Attack(
        "patch_checks_through_a_call",
        "replace functions",
        "_grab = lambda: checks\n_mod = _grab()\n"
        f"_mod.check_equal = _mod.check_true = _mod.check_shape = {NO_CHECKS}\n",
        expect="kernel guard stopped",
    ),
    Attack(
        "patch_numpy_testing",
        "replace functions",
        f"np.testing.assert_array_equal = {NO_CHECKS}\nnp.array_equal = lambda a, b: True\n",
        expect="would change `np`",
    ),
    Attack(
        "patch_numpy_module_alias",
        "replace functions",
        f"import numpy.testing as npt\nnpt.assert_allclose = {NO_CHECKS}\n",
        expect="would change `npt`",
    ),
    Attack(
        "patch_keras_class",
        "replace functions",
        "import keras\nkeras.Model.count_params = lambda self: 17\n",
        expect="would change `keras`",
    ),
    Attack(
        "patch_library_class_through_a_call",
        "replace functions",
        "_cls = (lambda: pd.Series)()\n_cls.equals = lambda self, other: True\n",
        expect="kernel guard stopped",
    ),
    Attack(
        "shadow_library_method_on_an_object",
        "replace functions",
        "_frame = pd.DataFrame({'a': [1]})\n_frame.equals = lambda other: True\n",
        expect="replace DataFrame.equals",
    ),
    Attack(
        "rebind_builtins",
        "replace functions",
        "isinstance = lambda obj, cls: True\nAssertionError = Warning\nlen = lambda obj: 4\n",
        status=("graded",),  # allowed: the kernel guard gives the tests the real builtins
    ),
    Attack(
        "rebind_checks_name",
        "replace functions",
        "class Yes:\n    check_equal = check_true = check_shape = staticmethod(print)\n\n\nchecks = Yes()\n",
        expect="defined by the course's cells",
    ),
    Attack(
        "builtins_module",
        "replace functions",
        "import builtins\nbuiltins.isinstance = lambda obj, cls: True\n",
        expect="importing `builtins`",
    ),
    Attack(
        "dunder_builtins_and_globals",
        "replace functions",
        "__builtins__.print = print\nglobals()['checks'] = None\n",
        expect="underscore",
    ),
    Attack(
        "update_wrapper_copies_a_dict",
        "replace functions",
        f"import functools\n\n\ndef fake():\n    pass\n\n\nfake.check_equal = {NO_CHECKS}\n"
        "functools.update_wrapper(checks, fake)\n",
        expect="update_wrapper",
    ),
    Attack(
        "subclasses_through_class",
        "replace functions",
        "classes = ().__class__.__base__.__subclasses__()\n",
        expect="underscore",
    ),
    Attack(
        "globals_through_a_dunder_chain",
        "replace functions",
        "g = checks.check_equal.__globals__\n",
        expect="`.__globals__`",
    ),
    Attack(
        "class_name_chained_into_globals",
        "replace functions",
        "g = checks.__class__.__name__.__class__\n",
        expect="`.__class__`",
    ),
    Attack(
        "rebind_a_name_a_test_reads_from_an_added_cell",
        "replace functions",
        edit=lambda nb: nb.cells.insert(
            _index(nb, TEST), _new_cell(nb, "import numpy as np_real\nnp = None\n")
        ),
        expect="read by the tests",
    ),
    Attack(
        "rebind_a_course_function_the_hidden_tests_call",
        "replace functions",
        # an empty truth table for anything but two inputs would make the hidden
        # checks compare empty arrays; the kernel guard gives the tests the real one
        "real_inputs = truth_table_inputs\n\n\n"
        "def truth_table_inputs(n):\n    table = real_inputs(n)\n"
        "    return table if n == 2 else table[:0]\n",
        after="\ndef two_layer(X, hidden, output):\n    X = np.asarray(X)\n"
        "    if X.shape[1] != 2:\n        return np.zeros(len(X), dtype=np.int64)\n"
        "    H = np.stack([(X @ np.asarray(w) >= t).astype(np.int64) for w, t in hidden], axis=1)\n"
        "    return (H @ np.asarray(output[0]) >= output[1]).astype(np.int64)\n\n\n"
        "XOR_HIDDEN = [((1, 1), 1), ((-1, -1), -1)]\nXOR_OUTPUT = ((1, 1), 2)\n",
        status=("graded",),
        expect="3 inputs",
    ),
    Attack(
        "edit_the_demonstration_that_makes_test_data",
        "cell edits",
        edit=_shrink_test_data,
        expect="restore that cell",
    ),
    Attack(
        "setattr_with_a_computed_name",
        "replace functions",
        f"setattr(checks, 'check_' + 'equal', {NO_CHECKS})\n",
        expect="`setattr` is not allowed",
    ),
    # 2. objects that lie about their values
    Attack(
        "fake_equality_object",
        "fake objects",
        "class Always:\n    def __eq__(self, other):\n        return True\n\n"
        "    def __array__(self, dtype=None, copy=None):\n        return np.array([0, 1, 1, 0])\n",
        after="\ndef two_layer(X, hidden, output):\n    return Always()\n",
        expect="may not define `__eq__`",
    ),
    Attack(
        "ndarray_subclass",
        "fake objects",
        "class Liar(np.ndarray):\n    pass\n",
        expect="may derive only from Keras",
    ),
    Attack(
        "class_made_by_type",
        "fake objects",
        "Liar = type('Liar', (np.ndarray,), {})\n",
        expect="one argument",
    ),
    Attack(
        "tensor_subclass",
        "fake objects",
        "import tensorflow as tf\n\n\nclass Liar(tf.Tensor):\n    pass\n",
        expect="may derive only from Keras",
    ),
    Attack(
        "masked_array",
        "fake objects",
        after="\ndef two_layer(X, hidden, output):\n    return np.ma.masked_all(len(X), dtype=np.int64)\n",
        status=("graded",),
        expect="MaskedArray",
    ),
    # 3. files and the import system
    Attack(
        "write_a_module_file",
        "files and sys.path",
        "np.savetxt('helpers.py', np.zeros(1), header='import nna_tf', comments='')\n",
        status=("graded",),  # writing is allowed; nothing the tests import comes from the folder
    ),
    Attack(
        "write_modules_the_tests_use",
        "files and sys.path",
        f"for name in ('checks.py', 'numpy.py', 'nna_tf.py'):\n"
        f"    np.savetxt(name, np.zeros(1), header='check_equal = {NO_CHECKS}', comments='')\n",
        status=("graded",),
    ),
    Attack(
        "import_a_handed_in_module",
        "files and sys.path",
        "import helper\n",
        files=(("helper.py", f"import nna_tf.checks as c\nc.check_equal = {NO_CHECKS}\n"),),
        expect="importing `helper`",
    ),
    Attack(
        "sys_modules_and_path",
        "files and sys.path",
        "import sys\nsys.path.insert(0, '.')\nsys.modules['nna_tf.checks'] = None\n",
        expect="importing `sys`",
    ),
    # 4. editing locked or graded cells and their metadata
    Attack(
        "edit_test_cell",
        "cell edits",
        edit=_edit_test_source,
        status=("invalid",),
        expect="locked cells edited, restored",
    ),
    Attack(
        "edit_points",
        "cell edits",
        edit=_edit_points,
        status=("invalid",),
        expect="(points)",
    ),
    Attack(
        "delete_test_cell", "cell edits", edit=_delete_test, status=("invalid",), expect="deleted"
    ),
    Attack(
        "duplicate_test_cell",
        "cell edits",
        edit=_duplicate_test,
        status=("graded", "invalid", "crashed"),  # nbgrader itself refuses the notebook
    ),
    Attack(
        "fake_graded_cell",
        "cell edits",
        edit=_fake_graded_cell,
        status=("graded", "invalid", "crashed"),
    ),
    Attack("edit_setup_cell", "cell edits", edit=_edit_setup, status=("invalid",), expect="edited"),
    Attack(
        "cell_claims_to_be_locked",
        "cell edits",
        edit=_claims_locked,
        # nbgrader refuses nbgrader metadata without a grade_id; with one it would be
        # student code all the same (test_enforce_trusts_cells_by_their_text_not_their_metadata)
        status=("forbidden code", "crashed"),
    ),
    # 5. catching the tests' exceptions, hiding errors
    Attack(
        "input_transformer",
        "catch exceptions",
        "get_ipython().input_transformers_cleanup.append("
        "lambda lines: ['try:\\n'] + ['    ' + l for l in lines] + ['except BaseException:\\n    pass\\n'])\n",
        expect="get_ipython",
    ),
    Attack(
        "silence_stderr",
        "catch exceptions",
        "import contextlib, io\ncontextlib.redirect_stderr(io.StringIO()).__enter__()\n",
        expect="importing `contextlib`",
    ),
    Attack(
        "magics_in_a_later_cell",
        "catch exceptions",
        edit=_later_magic_cell,
        # not run; an added cell that no test reads from leaves the status alone
        status=("graded",),
        expect="magics",
    ),
    Attack(
        "system_exit_inside_the_test",
        "catch exceptions",
        after="\ndef two_layer(X, hidden, output):\n    raise SystemExit(0)\n",
        status=("graded",),
    ),
    # 6. ending the kernel, sleeping, looping
    Attack("os_exit", "end the kernel", "import os\nos._exit(0)\n", expect="importing `os`"),
    Attack(
        "exhaust_memory",
        "end the kernel",
        after="\nhog = np.ones((8, 1024, 1024, 1024), dtype=np.uint8)\n",
        status=("out of memory", "graded"),  # graded: RLIMIT_AS raised MemoryError instead
    ),
    Attack(
        "sleep_past_the_deadline",
        "end the kernel",
        after="\nimport time\n\n\ndef two_layer(X, hidden, output):\n    time.sleep(3600)\n",
        status=("timed out",),
        expect=TEST,
    ),
    Attack(
        "infinite_loop",
        "end the kernel",
        after="\nwhile True:\n    pass\n",
        status=("timed out",),
        expect=TARGET,
    ),
    # 7. reading the hidden tests or solutions, reaching the network
    Attack(
        "call_the_hidden_reference",
        "hidden tests and network",
        after="\ndef two_layer(X, hidden, output):\n    return _reference_two_layer(X, hidden, output)\n",
        expect="`_reference_two_layer`",
    ),
    Attack(
        "read_ipython_history",
        "hidden tests and network",
        "source_of_tests = In[-1]\n",
        expect="`In` is not allowed",
    ),
    Attack(
        "open_the_source_notebook",
        "hidden tests and network",
        "text = open('../../../source/ch01_history/ch01_history.ipynb').read()\n",
        expect="`open` is not allowed",
    ),
    Attack(
        "read_the_source_with_pandas",
        "hidden tests and network",
        after="\nnotebook = pd.read_json('../../../source/ch01_history/ch01_history.ipynb')\n",
        status=("graded",),
    ),
    Attack(
        "download_with_keras",
        "hidden tests and network",
        after="\nimport keras\n\nkeras.utils.get_file('x.npz', "
        "'https://storage.googleapis.com/tensorflow/tf-keras-datasets/mnist.npz')\n",
        status=("graded",),
        expect="URL fetch failure",
    ),
]
