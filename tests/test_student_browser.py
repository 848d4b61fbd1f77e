"""The student's path in a real browser: JupyterLab 4 in headless Chromium.

Chromium comes from the system (Debian package `chromium`, installed by the
Makefile's set-up where apt works); Playwright drives it and never downloads a
browser. Where Chromium is missing the test is skipped with that reason.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
CHAPTER = "ch01_history"
SHOTS = ROOT / "build" / "browser"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]
MP_UNIT = (
    "def mp_unit(X, weights, threshold):\n"
    "    return (np.asarray(X) @ np.asarray(weights) >= threshold).astype(np.int64)\n"
    "\n"
    'GATES = {"AND": ((1, 1), 2), "OR": ((1, 1), 1), "NAND": ((-1, -1), -1), "NOT": ((-1,), 0)}\n'
)

pytestmark = pytest.mark.slow


def _chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    pytest.skip(
        "Chromium is not installed (Debian package `chromium`); the browser test cannot run here"
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def lab(tmp_path):
    """JupyterLab on a copy of the student notebook, on a free loopback port."""
    workdir = tmp_path / "student"
    shutil.copytree(ROOT / "release" / CHAPTER, workdir)
    port = _free_port()
    log = (tmp_path / "jupyterlab.log").open("w")
    # JupyterLab 4 renders only the cells in view by default; render them all so
    # the test reads every output, and keep the user's own settings out of it.
    settings = tmp_path / "user-settings" / "@jupyterlab" / "notebook-extension"
    settings.mkdir(parents=True)
    (settings / "tracker.jupyterlab-settings").write_text(json.dumps({"windowingMode": "none"}))
    news = tmp_path / "user-settings" / "@jupyterlab" / "apputils-extension"
    news.mkdir(parents=True)
    (news / "notification.jupyterlab-settings").write_text(json.dumps({"fetchNews": "false"}))
    bin_dir = Path(sys.executable).parent
    process = subprocess.Popen(
        [
            str(bin_dir / "jupyter"),
            "lab",
            "--no-browser",
            "--ip=127.0.0.1",
            f"--port={port}",
            f"--ServerApp.root_dir={workdir}",
            "--IdentityProvider.token=",
            "--ServerApp.password=",
            "--LabApp.news_url=",
            f"--LabApp.user_settings_dir={tmp_path / 'user-settings'}",
            f"--LabApp.workspaces_dir={tmp_path / 'workspaces'}",
            "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
            *(["--allow-root"] if os.geteuid() == 0 else []),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=workdir,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/api/status", timeout=2) as response:
                if json.load(response):
                    break
        except OSError:
            time.sleep(0.5)
    else:
        process.kill()
        log.close()
        tail = (tmp_path / "jupyterlab.log").read_text()[-3000:]
        pytest.fail(f"JupyterLab did not start within 60 s; its log ends:\n{tail}")
    yield url, workdir
    process.terminate()
    process.wait(timeout=30)
    log.close()


def _wait_run(cells, timeout_s: float) -> None:
    """Wait until every cell in `cells` shows an execution count, e.g. `[12]:`."""
    deadline = time.time() + timeout_s
    while time.time() < deadline:
        prompts = cells.locator(".jp-InputArea-prompt").all_inner_texts()
        if prompts and all(re.fullmatch(r"\[\d+\]:", p.strip()) for p in prompts):
            return
        time.sleep(0.5)
    raise AssertionError(f"cells were still waiting or running after {timeout_s} s: {prompts}")


def _run_all(page, cells, timeout_s: float) -> None:
    """Run every cell from the Run menu, then wait for all of them (`_wait_run`).

    On a loaded machine, a click on "Run All Cells" once queued nothing: four minutes
    later every prompt still read `[ ]:` (the kernel session was not ready when the
    menu was used). The click is repeated while no cell has been queued or run; once
    one has, a repeat would run cells twice, so there is none."""
    for _ in range(6):
        page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
        page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click()
        deadline = time.time() + 20
        while time.time() < deadline:
            prompts = cells.locator(".jp-InputArea-prompt").all_inner_texts()
            if any(prompt.strip() != "[ ]:" for prompt in prompts):
                _wait_run(cells, timeout_s)
                return
            time.sleep(0.5)
        page.keyboard.press("Escape")
    raise AssertionError("Run All Cells queued no cell in six tries, 20 s apart")


def test_student_runs_notebook_and_solves_a_task_in_jupyterlab(lab):
    chromium = _chromium()
    playwright = pytest.importorskip(
        "playwright.sync_api", reason="playwright is not installed (dev extra)"
    )
    url, _ = lab
    SHOTS.mkdir(parents=True, exist_ok=True)
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, headless=True, args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(f"{url}/lab/tree/{CHAPTER}.ipynb")
        page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=60_000)
        page.wait_for_timeout(2000)
        _run_all(page, page.locator(".jp-CodeCell"), 240)
        outputs = page.locator(".jp-OutputArea-output")
        text = "\n".join(outputs.all_inner_texts())
        assert "running on CPU" in text or "GPU(s)" in text, "the setup line is missing"
        assert text.count("not solved yet") >= 7, "unsolved tasks should show the short message"
        assert page.locator(".jp-OutputArea-output img").count() >= 1, "no figure was drawn"
        page.locator(".jp-OutputArea-output", has_text="not solved yet").nth(
            1
        ).scroll_into_view_if_needed()
        page.screenshot(path=str(SHOTS / "ch01_unsolved.png"))

        solution = (
            page.locator(".jp-CodeCell").filter(has_text="def mp_unit(X, weights, threshold)").first
        )
        solution.locator(".cm-content").click()
        page.keyboard.press("Control+A")
        page.keyboard.insert_text(MP_UNIT + "\nimport sys  # a line the grading rules refuse\n")
        page.keyboard.press("Shift+Enter")
        _wait_run(solution, 60)
        warning = "\n".join(solution.locator(".jp-OutputArea-output").all_inner_texts())
        assert "Grading rules, line" in warning and "importing `sys` is not allowed" in warning, (
            warning
        )
        solution.scroll_into_view_if_needed()
        page.screenshot(path=str(SHOTS / "ch01_grading_rules_warning.png"))
        check = (
            page.locator(".jp-CodeCell")
            .filter(has_text='TASK = "Task 2.1 McCulloch-Pitts unit"')
            .first
        )
        check.locator(".cm-content").click()
        page.keyboard.press("Shift+Enter")
        page.wait_for_timeout(1000)
        _wait_run(check, 60)
        check.scroll_into_view_if_needed()
        check_output = "\n".join(check.locator(".jp-OutputArea-output").all_inner_texts())
        assert "Error" not in check_output, check_output
        prompt = check.locator(".jp-InputArea-prompt").inner_text()
        assert prompt.strip() not in ("[ ]:", "[*]:"), prompt
        page.screenshot(path=str(SHOTS / "ch01_task_2_1_solved.png"))
        browser.close()


def test_nbgrader_validate_lists_failures_and_passes_when_solved(tmp_path):
    from autograde.course import Course
    from autograde.mutants import perfect_submission

    course = Course(ROOT)
    blank = tmp_path / "blank.ipynb"
    solved = tmp_path / "solved.ipynb"
    shutil.copy2(course.release_notebook(CHAPTER), blank)
    nbformat.write(
        perfect_submission(
            nbformat.read(course.source_notebook(CHAPTER), as_version=4),
            nbformat.read(course.release_notebook(CHAPTER), as_version=4),
        ),
        solved,
    )
    command = [sys.executable, "-m", "nbgrader", "validate"]
    failing = subprocess.run([*command, str(blank)], capture_output=True, text=True, cwd=tmp_path)
    assert "VALIDATION FAILED" in failing.stdout
    assert (
        "Task 2.1 McCulloch-Pitts unit" in failing.stdout or "NotImplementedError" in failing.stdout
    )
    passing = subprocess.run([*command, str(solved)], capture_output=True, text=True, cwd=tmp_path)
    assert "Success! Your notebook passes all the tests." in passing.stdout, passing.stdout[-2000:]


def test_nbgrader_validate_reports_code_the_grading_rules_refuse(tmp_path):
    from autograde.course import Course
    from autograde.mutants import perfect_submission

    course = Course(ROOT)
    nb = perfect_submission(
        nbformat.read(course.source_notebook(CHAPTER), as_version=4),
        nbformat.read(course.release_notebook(CHAPTER), as_version=4),
    )
    added = nbformat.v4.new_code_cell("import os\nprint(type(os))")
    if nb.nbformat_minor < 5:  # cell ids came with nbformat 4.5
        del added["id"]
    nb.cells.append(added)
    student = tmp_path / f"{CHAPTER}.ipynb"
    nbformat.write(nb, student)
    # from the course root, as `make lab` starts JupyterLab: nbgrader_config.py applies
    result = subprocess.run(
        [sys.executable, "-m", "nbgrader", "validate", str(student)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert "VALIDATION FAILED ON 1 CELL(S)" in result.stdout, result.stdout[-2000:]
    assert "line 1: importing `os` is not allowed" in result.stdout
