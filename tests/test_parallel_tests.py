"""`make test` runs on several workers; a fixture that builds a graded class or runs a
chapter's kernel must still be built once, on one worker, for all its tests."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

EXPENSIVE = """
import os
import pytest

@pytest.fixture(scope="module", params=["x", "y"])
def kernel(request):
    with open(os.environ["SETUP_LOG"], "a") as log:
        log.write(f"{request.param} {os.getpid()}\\n")
    return request.param

@pytest.mark.parametrize("n", range(3))
def test_uses_kernel(kernel, n):
    pass

@pytest.mark.parametrize("n", range(12))
def test_independent(n):
    pass
"""


def test_a_module_fixture_is_built_once_under_two_workers(tmp_path):
    folder = tmp_path / "tests"
    folder.mkdir()
    shutil.copy(HERE / "conftest.py", folder / "conftest.py")
    (folder / "__init__.py").touch()
    (folder / "test_expensive.py").write_text(EXPENSIVE)
    log = tmp_path / "setups.log"
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-n",
            "2",
            "--dist",
            "loadgroup",
            "-p",
            "no:cacheprovider",
            "tests",
        ],
        cwd=tmp_path,
        env={**os.environ, "SETUP_LOG": str(log)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    setups = sorted(line.split()[0] for line in log.read_text().splitlines())
    assert setups == ["x", "y"], log.read_text()
