"""nbgrader's exchange, as used with JupyterHub and the Assignment List extension,
end to end with the course's configuration: release, fetch, submit (twice, the
later wins), collect, grade (the pipeline), feedback, release and fetch feedback.
Students fetch the notebook `make release` makes, though plain nbgrader generated it."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest

from autograde.course import Course, nbgrader, nbgrader_scores, release
from autograde.grade import Options, grade
from autograde.policy import COURSE_CELLS_KEY, HIDDEN_BLOCK
from autograde.policy import NOTEBOOK_KEY as POLICY_KEY
from tests.autograde.test_grade import ADD, MUL, _student_notebook, make_tiny_course, tiny_source

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
A = "ch99_tiny"
COURSE_ID = "nna"


def _student(home: Path, exchange: Path, student: str, *args: str) -> None:
    """An nbgrader command as the student runs it, in their home folder."""
    command = [sys.executable, "-m", "nbgrader", *args, f"--course={COURSE_ID}"]
    # Each student has a home and a cache of their own, as with JupyterHub's users.
    command += [f"--Exchange.root={exchange}", f"--Exchange.cache={home / '.cache'}"]
    command += [f"--student={student}"]
    result = subprocess.run(command, cwd=home, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]


def test_the_exchange_workflow_end_to_end(tmp_path):
    exchange = tmp_path / "exchange"
    exchange.mkdir()
    exchange.chmod(0o777)
    root = tmp_path / "course"
    make_tiny_course(root)
    on_exchange = f"--Exchange.root={exchange}"
    nbgrader(root, "release_assignment", A, on_exchange, "--log-level=ERROR")
    (made_by_release,) = release(Course(root), out=tmp_path / "made")
    made = nbformat.read(made_by_release / f"{A}.ipynb", as_version=4)
    assert made.metadata[POLICY_KEY][COURSE_CELLS_KEY]
    assert "raises-exception" in made.cells[-1].metadata.tags
    made_by_release = (made_by_release / f"{A}.ipynb").read_bytes()

    answers = {"ann": [(ADD, "def mul(a, b):\n    return 0"), (ADD, MUL)], "bob": [(ADD, "")]}
    for student, attempts in answers.items():
        home = tmp_path / "home" / student
        home.mkdir(parents=True)
        _student(home, exchange, student, "fetch_assignment", A)
        fetched = home / A / f"{A}.ipynb"
        # plain `nbgrader generate_assignment` made it: the notebook `make release` makes
        assert fetched.read_bytes() == made_by_release
        for add_src, mul_src in attempts:  # each submission is a later one
            nb = _student_notebook(nbformat.read(fetched, as_version=4), add_src, mul_src)
            nbformat.write(nb, fetched)
            _student(home, exchange, student, "submit", A)
            time.sleep(1.1)

    nbgrader(root, "collect", A, on_exchange, "--update", "--log-level=ERROR")
    course = Course(root)
    outcomes = {o.student: o for o in grade(course, workers=2, options=Options(), progress=None)}
    assert outcomes["ann"].score == 5, outcomes["ann"]  # the later submission was graded
    assert outcomes["bob"].score == 2, outcomes["bob"]
    assert nbgrader_scores(course, A, "ann") == outcomes["ann"].scores

    nbgrader(root, "generate_feedback", A, "--force", "--log-level=ERROR")
    nbgrader(root, "release_feedback", A, on_exchange, "--log-level=ERROR")
    home = tmp_path / "home" / "ann"
    _student(home, exchange, "ann", "fetch_feedback", A)
    pages = sorted((home / A / "feedback").glob("*/*.html"))  # a folder per submission time
    assert len(pages) == 1  # for the submission that was collected and graded: the later
    text = pages[-1].read_text()
    assert "Feedback: ch99_tiny, ann" in text
    hidden = [
        line.strip()
        for cell in tiny_source().cells
        for block in HIDDEN_BLOCK.findall(cell.source)
        for line in block.splitlines()
        if line.strip()
    ]
    assert hidden and not [line for page in pages for line in hidden if line in page.read_text()]
    assert "Score:" in text and "5 / 5" in text
