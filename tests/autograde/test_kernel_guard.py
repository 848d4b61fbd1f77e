"""The kernel guard in a real IPython shell: course cells see course values and the
real builtins, and notebook code cannot change how later cells are run."""

from __future__ import annotations

import pytest
from IPython.core.interactiveshell import InteractiveShell

from autograde import kernel_guard

SETUP = (
    "import numpy as np\nchecks = 'the real checks'\n"
    "get_ipython().set_custom_exc((KeyError,), lambda *a, **k: ['short'])"
)
TEST = "seen = (checks, isinstance(1, int), sum([1, 2]), np.__name__)"
REBIND = "checks = 'newer checks'"
WRAP_LATER_CELLS = "lambda lines: ['try:\\n'] + ['    ' + l for l in lines] + ['except BaseException:\\n    pass\\n']"


@pytest.fixture
def shell(monkeypatch):
    monkeypatch.setenv(kernel_guard.COURSE_NAMES_ENV, "np,checks")
    monkeypatch.setenv(
        kernel_guard.TRUSTED_CELLS_ENV,
        ",".join(kernel_guard.cell_digest(c) for c in (SETUP, TEST, REBIND)),
    )
    InteractiveShell.clear_instance()
    shell = InteractiveShell.instance()
    kernel_guard.install(shell)
    assert shell.run_cell(SETUP).success
    yield shell
    InteractiveShell.clear_instance()


def test_course_cells_see_course_values_and_builtins_and_the_student_keeps_theirs(shell):
    student = "checks = 'fake'\nisinstance = lambda a, b: False\nsum = 0\nimport pandas as np"
    assert shell.run_cell(student).success
    assert shell.run_cell(TEST).success
    assert shell.user_ns["seen"] == ("the real checks", True, 3, "numpy")
    assert shell.run_cell("mine = (checks, sum, np.__name__)").success
    assert shell.user_ns["mine"] == ("fake", 0, "pandas")


def test_a_course_cell_that_rebinds_a_name_keeps_its_new_value(shell):
    assert shell.run_cell("checks = 'fake'").success
    assert shell.run_cell(REBIND).success
    assert shell.run_cell(TEST).success
    assert shell.user_ns["seen"][0] == "newer checks"


@pytest.mark.parametrize(
    "attack",
    [
        f"get_ipython().input_transformers_cleanup.append({WRAP_LATER_CELLS})",
        f"get_ipython().input_transformers_post.append({WRAP_LATER_CELLS})",
        "list.append(get_ipython().input_transformer_manager.cleanup_transforms, "
        f"{WRAP_LATER_CELLS})",
        "import ast\nclass T(ast.NodeTransformer):\n    def visit_Raise(self, node):\n"
        "        return ast.Pass()\nget_ipython().ast_transformers.append(T())",
    ],
)
def test_no_cell_can_wrap_the_cells_after_it(shell, attack):
    shell.run_cell(attack)
    result = shell.run_cell("raise AssertionError('a failing test')")
    assert isinstance(result.error_in_exec, AssertionError)


@pytest.mark.parametrize(
    ("attack", "message"),
    [
        ("get_ipython().set_custom_exc((Exception,), lambda *a, **k: None)", "handles errors"),
        ("get_ipython().custom_exceptions = (Exception,)", "change the IPython shell"),
        ("get_ipython().showtraceback = print", "change the IPython shell"),
        ("get_ipython().transform_cell = str", "change the IPython shell"),
    ],
)
def test_the_shell_refuses_changes_to_its_error_handling(shell, attack, message):
    result = shell.run_cell(attack)
    assert isinstance(result.error_in_exec, PermissionError)
    assert message in str(result.error_in_exec)
    assert isinstance(shell.run_cell("1 / 0").error_in_exec, ZeroDivisionError)
