"""The live check of the grading rules (nna_tf.rules) and their report in Validate."""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
import pytest
from IPython.core.interactiveshell import InteractiveShell

from nna_tf import rules

ROOT = Path(__file__).resolve().parents[1]
CHAPTER = "ch01_history"
RELEASE = ROOT / "release" / CHAPTER / f"{CHAPTER}.ipynb"


@pytest.fixture
def student_folder(tmp_path, monkeypatch):
    shutil.copy(RELEASE, tmp_path / RELEASE.name)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)
    monkeypatch.setenv("JPY_SESSION_NAME", RELEASE.name)  # as JupyterLab sets it
    return tmp_path


@pytest.fixture
def shell(student_folder):
    InteractiveShell.clear_instance()
    shell = InteractiveShell.instance()
    assert rules.install_live_check()
    yield shell
    InteractiveShell.clear_instance()


def test_live_check_prints_one_line_per_problem_on_stdout_and_runs_the_cell(shell, capsys):
    assert shell.run_cell("import sys\nchecks = 1\nvalue = 2").success
    out, err = capsys.readouterr()
    lines = [line for line in out.splitlines() if line.startswith(rules.PREFIX)]
    assert len(lines) == 2 and err == ""
    assert "line 1: importing `sys` is not allowed" in lines[0]
    assert "line 2: `checks`" in lines[1] and "my_checks" in lines[1]
    assert shell.user_ns["value"] == 2


def test_live_check_is_silent_for_honest_code_and_for_the_course_cells(shell, capsys):
    nb = nbformat.read(RELEASE, as_version=4)
    setup = next(c.source for c in nb.cells if c.cell_type == "code")
    check = rules.LiveCheck(Path(RELEASE.name))
    assert check.problems(setup) == []
    assert check.problems("x = 3\nprint(type(x))\nsum = 0\n%time y = x + 1") == []
    assert check.problems("# a comment of mine\n" + setup) == []


def test_without_jupyterlab_the_notebook_is_the_one_holding_the_running_setup_cell(
    student_folder, monkeypatch
):
    monkeypatch.delenv("JPY_SESSION_NAME")
    nbformat.write(nbformat.v4.new_notebook(), student_folder / "aaa_scratch.ipynb")
    setup = next(
        c.source for c in nbformat.read(RELEASE, as_version=4).cells if c.cell_type == "code"
    )
    assert rules._notebook_path(setup) == student_folder / RELEASE.name
    assert rules._notebook_path("print('not a course cell')") is None


def test_live_check_stays_off_while_nbgrader_grades(student_folder, monkeypatch):
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    assert not rules.install_live_check()


def test_live_check_writes_to_stderr_while_nbgrader_validates(student_folder, monkeypatch, capsys):
    monkeypatch.setenv("NBGRADER_EXECUTION", "validate")
    InteractiveShell.clear_instance()
    shell = InteractiveShell.instance()
    try:
        assert rules.install_live_check()
        shell.run_cell("import os")
    finally:
        InteractiveShell.clear_instance()
    out, err = capsys.readouterr()
    assert "importing `os` is not allowed" in err and rules.PREFIX not in out


def test_live_check_warns_when_an_edited_demonstration_recomputes_test_data(student_folder):
    nb = nbformat.read(RELEASE.name, as_version=4)
    index, cell = next(
        (i, c)
        for i, c in enumerate(nb.cells)
        if c.cell_type == "code" and "x_xor_test, y_xor_test =" in c.source
    )
    edited = cell.source.replace("make_xor(200,", "make_xor(4,")
    nb.cells[index].source = edited
    nbformat.write(nb, RELEASE.name)
    lines = rules.LiveCheck(Path(RELEASE.name)).problems(edited)
    assert any("`x_xor_test` is computed by a course cell you changed" in line for line in lines)
