"""The instructor's path in a real browser: nbgrader's formgrader in JupyterLab.

A tiny course is served at its root, as `make formgrader` serves this one. The test
autogrades a submission with the formgrader's button (the course's configuration
applies: the grading rules, the sandbox), sees its score, gives a test cell full
credit by hand, and finds that grade in the CSV `nna-grade export` writes.
Screenshots go under build/browser/.
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import nbformat
import pytest

from autograde import results
from autograde.course import Course
from tests.autograde.test_grade import ADD, _student_notebook, _submit, make_tiny_course
from tests.test_student_browser import CHROMIUM_FLAGS, _chromium, _free_port

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "build" / "browser"
A = "ch99_tiny"


@pytest.fixture
def formgrader(tmp_path):
    root = tmp_path / "course"
    release_nb = make_tiny_course(root)
    wrong_mul = "def mul(a, b):\n    return a + b"
    _submit(root, "ann", _student_notebook(release_nb, ADD + "\nimport sys\n", wrong_mul))
    port = _free_port()
    log = (tmp_path / "lab.log").open("w")
    process = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "jupyter"),
            "lab",
            "--no-browser",
            "--ip=127.0.0.1",
            f"--port={port}",
            f"--ServerApp.root_dir={root}",
            "--IdentityProvider.token=",
            "--ServerApp.password=",
            *(["--allow-root"] if os.geteuid() == 0 else []),
        ],
        cwd=root,  # nbgrader reads the course's nbgrader_config.py from here
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/api/status", timeout=2):
                break
        except OSError:
            time.sleep(0.5)
    else:
        process.kill()
        pytest.fail("JupyterLab did not start within 60 s")
    yield url, Course(root)
    process.terminate()
    process.wait(timeout=30)
    log.close()


def _manual_score(course: Course, grade: str, wait_for: float, timeout: float = 60) -> float:
    """The gradebook's score for ann's `grade`, polled until it equals `wait_for` or the
    timeout passes (then the last score read, for the assertion to show)."""
    deadline = time.time() + timeout
    while True:
        with course.gradebook() as gradebook:
            score = gradebook.find_grade(grade, A, A, "ann").score
        if score == wait_for or time.time() > deadline:
            return score
        time.sleep(0.5)


def test_instructor_autogrades_and_grades_by_hand_in_the_formgrader(formgrader, tmp_path):
    chromium = _chromium()
    playwright = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    url, course = formgrader
    SHOTS.mkdir(parents=True, exist_ok=True)
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, headless=True, args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": 1300, "height": 900})
        page.goto(f"{url}/formgrader/manage_submissions/{A}")
        page.wait_for_selector("td.autograde a", timeout=60_000)
        page.locator("td.autograde a").first.click()
        page.wait_for_function(
            "document.querySelector('td.score') && document.querySelector('td.score').innerText.trim()",
            timeout=180_000,
        )
        assert page.locator("td.score").first.inner_text().strip() == "2 / 5"
        page.screenshot(path=str(SHOTS / "formgrader_autograded.png"))

        page.goto(f"{url}/formgrader/gradebook/{A}/{A}")
        page.wait_for_selector("tbody tr td a", timeout=60_000)
        page.locator("tbody tr td a").first.click()
        page.wait_for_selector("input.score", timeout=60_000)
        mul_test = page.locator(".panel", has_text="ch99_mul_test").last
        mul_test.get_by_text("Full credit").click()
        # The formgrader saves the grade through its API, which can take a while on a
        # busy machine: wait for the gradebook to hold it rather than for a fixed time.
        assert _manual_score(course, "ch99_mul_test", wait_for=3) == 3
        page.screenshot(path=str(SHOTS / "formgrader_manual_grade.png"), full_page=True)
        browser.close()

    # the grading rules applied to the formgrader's autograde: `import sys` was not run
    graded = nbformat.read(course.root / "autograded" / "ann" / A / f"{A}.ipynb", as_version=4)
    assert any("[grader] not run" in c.source for c in graded.cells)
    rows = list(csv.DictReader(results.export_csv(course, tmp_path / "grades.csv").open()))
    assert [(r["student"], r["ch99_mul_test"], r["total"]) for r in rows] == [("ann", "3", "5")]
