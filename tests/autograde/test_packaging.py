"""The grader as instructors install it: a wheel, its console script and package data."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.autograde.test_grade import ADD, MUL, _student_notebook, _submit, make_tiny_course

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
A = "ch99_tiny"


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """The project's wheel, built in isolation and installed (without dependencies,
    which this environment has) into a folder of its own."""
    where = tmp_path_factory.mktemp("wheel")
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            "-w",
            str(where / "dist"),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
    )
    assert build.returncode == 0, build.stdout + build.stderr
    [wheel] = (where / "dist").glob("*.whl")
    target = where / "site"
    install = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        capture_output=True,
        text=True,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    env = {**os.environ, "PYTHONPATH": str(target)}
    return target, env


def test_the_wheel_brings_its_console_script_and_package_data(installed):
    target, env = installed
    where = subprocess.run(
        [
            sys.executable,
            "-c",
            "import autograde.policy as p; print(p.__file__, len(p.keras_names()))",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=target,
    )
    assert where.stdout.startswith(str(target)), where.stdout + where.stderr
    assert int(where.stdout.split()[1]) > 100
    script = target / "bin" / "nna-grade"
    result = subprocess.run([str(script), "--help"], capture_output=True, text=True, env=env)
    assert result.returncode == 0 and "grade" in result.stdout, result.stderr


def test_the_installed_grader_grades_a_submission(installed, tmp_path):
    target, env = installed
    root = tmp_path / "course"
    release_nb = make_tiny_course(root)
    _submit(root, "ann", _student_notebook(release_nb, ADD, MUL))
    result = subprocess.run(
        [str(target / "bin" / "nna-grade"), "grade", str(root), "--workers", "1"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert "1 graded" in result.stdout
