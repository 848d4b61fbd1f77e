"""The grading pipeline on a tiny course: faults, sandbox refusals, resume, Dask,
and equality with plain serial nbgrader. The tiny notebook imports no TensorFlow,
so each submission grades in a few seconds."""

from __future__ import annotations

import contextlib
import csv
import html
import json
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from autograde import grade as grading
from autograde import results
from autograde.course import Course, nbgrader, nbgrader_scores
from autograde.grade import (
    STATUS_DIR,
    Options,
    Submission,
    find_submissions,
    grade,
    longest_first,
)

ROOT = Path(__file__).resolve().parents[2]
A = "ch99_tiny"

pytestmark = pytest.mark.slow


def _cell(kind, gid, source, points=None):
    cell = new_code_cell(source)
    meta = {
        "grade": False,
        "locked": False,
        "schema_version": 3,
        "solution": False,
        "task": False,
        "grade_id": gid,
    }
    if kind == "solution":
        meta["solution"] = True
    elif kind == "test":
        meta.update(grade=True, locked=True, points=points)
    else:
        meta["locked"] = True
    cell.metadata["nbgrader"] = meta
    return cell


def tiny_source() -> nbformat.NotebookNode:
    cells = [
        new_markdown_cell("# Tiny"),
        _cell("locked", "ch99_setup", "import os, time"),
        _cell(
            "solution",
            "ch99_add",
            "def add(a, b):\n    ### BEGIN SOLUTION\n    return a + b\n    ### END SOLUTION",
        ),
        _cell(
            "test",
            "ch99_add_test",
            "assert add(1, 2) == 3\n### BEGIN HIDDEN TESTS\nassert add(-4, 1) == -3\n### END HIDDEN TESTS",
            2,
        ),
        _cell(
            "solution",
            "ch99_mul",
            "def mul(a, b):\n    ### BEGIN SOLUTION\n    return a * b\n    ### END SOLUTION",
        ),
        _cell(
            "test",
            "ch99_mul_test",
            "assert mul(2, 3) == 6\n### BEGIN HIDDEN TESTS\nassert mul(-2, 5) == -10\n### END HIDDEN TESTS",
            3,
        ),
    ]
    nb = new_notebook(cells=cells)
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    return nb


ADD = "def add(a, b):\n    return a + b"
MUL = "def mul(a, b):\n    return a * b"
SNOOP = """
import os, socket
root = os.path.abspath(os.path.join(os.getcwd(), "..", "..", ".."))
print("SOURCE", os.path.exists(os.path.join(root, "source")))
print("GRADEBOOK", os.path.exists(os.path.join(root, "gradebook.db")))
print("HOME", os.listdir(os.path.expanduser("~")))
try:
    socket.create_connection(("1.1.1.1", 443), timeout=2)
    print("NETWORK reachable")
except OSError as exc:
    print("NETWORK", exc)
open(os.path.join(root, "gradebook.db"), "w").write("overwritten")
def mul(a, b):
    return a * b
"""

STUDENTS = {
    "perfect": (ADD, MUL),
    "half": (ADD, "def mul(a, b):\n    return a + b"),
    "crash": (ADD, "import os\nos._exit(1)"),
    "hog": (ADD, "import numpy as np\nx = np.ones((2048, 1024, 1024), dtype=np.uint8)\n" + MUL),
    "slowcell": (ADD, "import time\ntime.sleep(30)\n" + MUL),
    "forker": (
        ADD,
        "import subprocess\nprocs = [subprocess.Popen(['sleep', '30']) for _ in range(40)]\n" + MUL,
    ),
    "snoop": (ADD, SNOOP),
    "flooder": (ADD, "for _ in range(3000):\n    print('x' * 1000)\n" + MUL),
    # with the rules off, only the kernel guard stands between this and the tests
    "wrapper": (
        ADD,
        "get_ipython().input_transformers_cleanup.append(\n"
        "    lambda lines: ['try:\\n'] + ['    ' + l for l in lines] + ['except BaseException:\\n    pass\\n']\n"
        ")\ndef mul(a, b):\n    return 0",
    ),
}


def _student_notebook(release_nb, add_src, mul_src):
    nb = nbformat.from_dict(release_nb)
    for cell in nb.cells:
        gid = cell.metadata.get("nbgrader", {}).get("grade_id")
        if gid == "ch99_add":
            cell.source = add_src
        if gid == "ch99_mul":
            cell.source = mul_src
    return nb


def _submit(course: Path, student: str, nb=None, name=f"{A}.ipynb", raw: str | None = None):
    target = course / "submitted" / student / A / name
    target.parent.mkdir(parents=True, exist_ok=True)
    if raw is not None:
        target.write_text(raw)
    else:
        nbformat.write(nb, target)


def make_tiny_course(root: Path) -> nbformat.NotebookNode:
    """A course with the tiny assignment generated at `root`; returns its release."""
    (root / "source" / A).mkdir(parents=True)
    shutil.copy2(ROOT / "nbgrader_config.py", root / "nbgrader_config.py")
    nbformat.write(tiny_source(), root / "source" / A / f"{A}.ipynb")
    nbgrader(root, "generate_assignment", A, "--force", "--log-level=ERROR")
    return nbformat.read(root / "release" / A / f"{A}.ipynb", as_version=4)


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    """A course with one tiny assignment and a class of honest and faulty students."""
    root = tmp_path_factory.mktemp("tiny")
    release_nb = make_tiny_course(root)
    for student, (add_src, mul_src) in STUDENTS.items():
        _submit(root, student, _student_notebook(release_nb, add_src, mul_src))
    _submit(root, "blank", release_nb)
    _submit(root, "broken", raw="{this is not json")
    _submit(root, "misnamed", _student_notebook(release_nb, ADD, MUL), name="homework.ipynb")
    deleted = _student_notebook(release_nb, ADD, MUL)
    deleted.cells = [
        c
        for c in deleted.cells
        if c.metadata.get("nbgrader", {}).get("grade_id") != "ch99_mul_test"
    ]
    _submit(root, "deleter", deleted)
    edited = _student_notebook(release_nb, ADD, "def mul(a, b):\n    return 0")
    for cell in edited.cells:
        if cell.metadata.get("nbgrader", {}).get("grade_id") == "ch99_mul_test":
            cell.source = "pass"
            cell.metadata["nbgrader"]["points"] = 50
    _submit(root, "editor", edited)
    gradebook_before = (root / "gradebook.db").read_bytes()
    course = Course(root)
    # The rules of autograde.policy would stop these students before the sandbox
    # sees them; here the sandbox and the limits are under test.
    options = Options(
        memory_mb=400,
        max_processes=24,
        timeout_s=120,
        cell_timeout_s=8,
        max_output_chars=100_000,
        policy=False,
    )
    started = time.perf_counter()
    outcomes = {o.student: o for o in grade(course, workers=2, options=options, progress=None)}
    return course, outcomes, gradebook_before, time.perf_counter() - started


def test_a_cell_cannot_wrap_the_tests_even_with_the_rules_off(tiny):
    _, outcomes, _, _ = tiny
    assert outcomes["wrapper"].scores["ch99_mul_test"] == (0.0, 3.0), outcomes["wrapper"]


def test_honest_submissions_get_their_points(tiny):
    _, outcomes, _, _ = tiny
    assert (outcomes["perfect"].status, outcomes["perfect"].score) == ("graded", 5)
    assert (outcomes["half"].status, outcomes["half"].score) == ("graded", 2)
    assert (outcomes["blank"].status, outcomes["blank"].score) == ("graded", 0)


@pytest.mark.parametrize(
    ("student", "status", "message"),
    [
        ("crash", "crashed", "kernel died"),
        ("hog", "out of memory", "memory cap"),
        ("slowcell", "timed out", "ch99_mul"),
        ("forker", "crashed", "more than 24 processes"),
        ("flooder", "output flood", "more than 100,000 characters"),
        ("broken", "invalid", "not a valid notebook"),
        ("misnamed", "invalid", "expected ch99_tiny.ipynb, found homework.ipynb"),
        ("deleter", "invalid", "graded cells deleted (scored 0): ch99_mul_test"),
        ("editor", "invalid", "ch99_mul_test (points)"),
    ],
)
def test_each_fault_gets_a_clear_status(tiny, student, status, message):
    _, outcomes, _, _ = tiny
    outcome = outcomes[student]
    assert outcome.status == status, outcome
    assert message in outcome.message, outcome


def test_faults_keep_credit_of_cells_that_ran(tiny):
    _, outcomes, _, _ = tiny
    assert outcomes["slowcell"].scores["ch99_add_test"] == (2.0, 2.0)
    assert outcomes["deleter"].score == 2
    assert outcomes["editor"].scores["ch99_mul_test"] == (0.0, 3.0)


def test_output_flood_is_dropped_and_keeps_the_points(tiny):
    course, outcomes, _, _ = tiny
    assert outcomes["flooder"].score == 5
    graded = course.root / "autograded" / "flooder" / A / f"{A}.ipynb"
    # 3,000,000 characters were printed; about 100,000 were kept.
    assert graded.stat().st_size < 300_000


def test_sandbox_hides_the_course_and_the_network(tiny):
    course, outcomes, _, _ = tiny
    graded = course.root / "autograded" / "snoop" / A / f"{A}.ipynb"
    text = "".join(
        o.get("text", "")
        for c in nbformat.read(graded, as_version=4).cells
        for o in c.get("outputs", [])
    )
    assert "SOURCE False" in text and "GRADEBOOK False" in text
    assert "NETWORK reachable" not in text and "NETWORK" in text
    home = text.split("HOME ")[1].splitlines()[0]
    assert all(name.startswith("'.") for name in home.strip("[]").split(", ") if name), home
    assert outcomes["snoop"].score == 5


def test_student_code_cannot_write_the_gradebook(tiny):
    course, _, _, _ = tiny
    assert b"overwritten" not in (course.root / "gradebook.db").read_bytes()[:200]
    assert nbgrader_scores(course, A, "perfect")["ch99_mul_test"] == (3.0, 3.0)


def test_export_quotes_names_and_reports_missing_students(tiny, tmp_path):
    course, _, _, _ = tiny
    with course.gradebook() as gradebook:
        gradebook.update_or_create_student('Smith, Jr. "Ann"', last_name="Smith, Jr.")
    rows = list(csv.DictReader(results.export_csv(course, tmp_path / "grades.csv").open()))
    by_student = {r["student"]: r for r in rows}
    assert by_student["perfect"]["total"] == "5" and by_student["perfect"]["status"] == "graded"
    assert by_student['Smith, Jr. "Ann"']["status"] == "missing"
    assert by_student["crash"]["status"] == "crashed"
    assert {"ch99_add_test", "ch99_mul_test", "submitted", "late_penalty"} <= set(rows[0])


def test_export_reads_the_gradebook_so_manual_grades_count(tiny, tmp_path):
    course, outcomes, _, _ = tiny
    with course.gradebook() as gradebook:
        grade = gradebook.find_grade("ch99_mul_test", A, A, "half")
        grade.manual_score = 3  # as the formgrader saves a manual grade
        gradebook.db.commit()
    try:
        rows = list(csv.DictReader(results.export_csv(course, tmp_path / "g.csv").open()))
        half = next(r for r in rows if r["student"] == "half")
        assert half["ch99_mul_test"] == "3" and half["total"] == "5"
        assert outcomes["half"].score == 2  # the pipeline's own record is not the truth
    finally:
        with course.gradebook() as gradebook:
            gradebook.find_grade("ch99_mul_test", A, A, "half").manual_score = None
            gradebook.db.commit()


def test_feedback_shows_scores_and_messages_but_no_hidden_tests(tiny):
    from autograde.policy import HIDDEN_BLOCK

    course, outcomes, _, _ = tiny
    pages = results.feedback(course)
    assert sorted(p.parts[-3] for p in pages) == sorted(outcomes)
    source = nbformat.read(course.root / "source" / A / f"{A}.ipynb", as_version=4)
    hidden = [
        line.strip()
        for cell in source.cells
        for block in HIDDEN_BLOCK.findall(cell.source)
        for line in block.splitlines()
        if line.strip()
    ]
    assert hidden
    for page in pages:
        text = page.read_text()
        leaks = [line for line in hidden if line in text or html.escape(line) in text]
        assert leaks == [], (page, leaks)
    half = next(p for p in pages if p.parts[-3] == "half").read_text()
    assert "AssertionError" in half and "| Points |" not in half and "Points" in half
    broken = next(p for p in pages if p.parts[-3] == "broken").read_text()
    assert "invalid" in broken


def test_report_has_plots(tiny, tmp_path):
    course, _, _, _ = tiny
    page = results.report(course, tmp_path / "report.html").read_text()
    assert page.count("data:image/png;base64") >= 2
    assert "snoop" in page and "out of memory" in page


def test_second_run_grades_nothing_and_force_regrades(tiny):
    course, outcomes, _, _ = tiny
    calls = []
    again = grade(course, workers=2, progress=lambda *a: calls.append(a))
    assert calls == []
    assert {o.student: o.status for o in again} == {s: o.status for s, o in outcomes.items()}
    regraded = grade(course, student="perfect", force=True, progress=lambda *a: calls.append(a))
    assert len(calls) == 1 and regraded[0].score == 5


def test_grading_refuses_to_run_without_bubblewrap(tiny, monkeypatch):
    course, _, _, _ = tiny
    import autograde.sandbox as sandbox

    monkeypatch.setattr(sandbox.shutil, "which", lambda name, *a, **k: None)
    with pytest.raises(grading.SandboxRefused, match="Expected bubblewrap"):
        grade(course, force=True, progress=None)
    from autograde.cli import main

    assert main(["grade", str(course.root), "--force"]) == 2


def test_same_scores_as_plain_serial_nbgrader(tiny, tmp_path):
    course, outcomes, _, _ = tiny
    plain = tmp_path / "plain"
    shutil.copytree(
        course.root, plain, ignore=shutil.ignore_patterns("autograded", "gradebook.db", "feedback")
    )
    nbgrader(plain, "generate_assignment", A, "--force", "--log-level=ERROR")
    nbgrader(plain, "autograde", A, "--student", "perfect", "--create", "--log-level=ERROR")
    nbgrader(plain, "autograde", A, "--student", "half", "--create", "--log-level=ERROR")
    for student in ("perfect", "half"):
        assert nbgrader_scores(Course(plain), A, student) == outcomes[student].scores


def test_killed_run_resumes_without_losing_or_doubling(tmp_path):
    root = tmp_path / "course"
    root.mkdir()
    shutil.copy2(ROOT / "nbgrader_config.py", root / "nbgrader_config.py")
    (root / "source" / A).mkdir(parents=True)
    nbformat.write(tiny_source(), root / "source" / A / f"{A}.ipynb")
    nbgrader(root, "generate_assignment", A, "--force", "--log-level=ERROR")
    release_nb = nbformat.read(root / "release" / A / f"{A}.ipynb", as_version=4)
    for i in range(6):
        _submit(
            root,
            f"s{i}",
            _student_notebook(release_nb, ADD, MUL if i % 2 else "def mul(a, b):\n    return 0"),
        )
    command = [sys.executable, "-m", "autograde", "grade", str(root), "--workers", "1"]
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    status_dir = root / grading.STATUS_DIR / A
    deadline = time.time() + 120
    while time.time() < deadline and len(list(status_dir.glob("*.json"))) < 2:
        time.sleep(0.2)
    import os

    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    done_before = len(list(status_dir.glob("*.json")))
    assert 2 <= done_before < 6
    calls = []
    outcomes = grade(Course(root), workers=2, progress=lambda *a: calls.append(a))
    assert len(calls) == 6 - done_before
    assert [o.score for o in outcomes] == [0 + 2 * (1 - i % 2) + 5 * (i % 2) for i in range(6)]
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gradebook:
        assert len(gradebook.assignment_submissions(A)) == 6
    assert not list(status_dir.glob("*.tmp"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_grading_through_a_dask_scheduler_with_two_workers(tmp_path):
    root = tmp_path / "course"
    root.mkdir()
    shutil.copy2(ROOT / "nbgrader_config.py", root / "nbgrader_config.py")
    (root / "source" / A).mkdir(parents=True)
    nbformat.write(tiny_source(), root / "source" / A / f"{A}.ipynb")
    nbgrader(root, "generate_assignment", A, "--force", "--log-level=ERROR")
    release_nb = nbformat.read(root / "release" / A / f"{A}.ipynb", as_version=4)
    for i in range(4):
        _submit(root, f"d{i}", _student_notebook(release_nb, ADD, MUL))
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    bin_dir = Path(sys.executable).parent
    procs = [
        subprocess.Popen(
            [
                str(bin_dir / "dask"),
                "scheduler",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--dashboard-address",
                ":0",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    ]
    try:
        for _ in range(2):
            procs.append(
                subprocess.Popen(
                    [str(bin_dir / "dask"), "worker", address, "--nthreads", "1", "--no-dashboard"],
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
        from distributed import Client

        with Client(address, timeout=60) as client:
            client.wait_for_workers(2, timeout=60)
            workers = client.scheduler_info()["workers"]
        assert len(workers) == 2
        outcomes = grade(Course(root), scheduler=address, progress=None)
        assert [(o.status, o.score) for o in outcomes] == [("graded", 5.0)] * 4
        assert len(find_submissions(Course(root))) == 4
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            proc.wait(timeout=30)


def test_nbgrader_log_is_kept_and_named_for_a_crashed_submission(tiny):
    course, outcomes, _, _ = tiny
    crash = outcomes["crash"]
    log = grading.log_path(course, grading.Submission("crash", A, Path()))
    assert str(log.relative_to(course.root)) in crash.message
    assert "AutogradeApp" in log.read_text()


def test_students_are_added_once_before_any_worker_starts(tmp_path):
    from nbgrader.api import Course as GradebookCourse
    from nbgrader.api import Gradebook

    shutil.copy2(ROOT / "nbgrader_config.py", tmp_path / "nbgrader_config.py")
    course = Course(tmp_path)
    grading.ensure_students(course, ["b", "a", "b"])
    grading.ensure_students(course, ["a", "c"])
    with Gradebook(f"sqlite:///{tmp_path / 'gradebook.db'}", "nna") as gradebook:
        assert sorted(s.id for s in gradebook.students) == ["a", "b", "c"]
        # One course, the configuration's id (nbgrader's default would add a second).
        assert [c.id for c in gradebook.db.query(GradebookCourse)] == ["nna"]


def test_a_crash_on_a_busy_gradebook_is_graded_again_once(tmp_path, monkeypatch):
    shutil.copy2(ROOT / "nbgrader_config.py", tmp_path / "nbgrader_config.py")
    course = Course(tmp_path)
    submission = grading.Submission("s", A, tmp_path / "s.ipynb")
    calls = []

    def fake_grade_one(root, sub, options, processes=None):
        calls.append(sub.student)
        status = "crashed" if len(calls) == 1 else "graded"
        grading._write_atomic(
            grading.log_path(course, sub), "sqlite3.OperationalError: database is locked"
        )
        return grading.Outcome(sub.student, sub.assignment, status, "", 0.0, "", {})

    monkeypatch.setattr(grading, "grade_one", fake_grade_one)
    monkeypatch.setattr(grading.time, "sleep", lambda seconds: None)
    assert grading.grade_one_with_retry(str(tmp_path), submission, Options()).status == "graded"
    assert len(calls) == 2


def test_a_busy_gradebook_is_tried_three_times_at_most_and_other_crashes_once(
    tmp_path, monkeypatch
):
    shutil.copy2(ROOT / "nbgrader_config.py", tmp_path / "nbgrader_config.py")
    course = Course(tmp_path)
    submission = grading.Submission("s", A, tmp_path / "s.ipynb")
    log = {"text": ""}
    calls = []

    def always_crashes(root, sub, options, processes=None):
        calls.append(sub.student)
        grading._write_atomic(grading.log_path(course, sub), log["text"])
        return grading.Outcome(sub.student, sub.assignment, "crashed", "", 0.0, "", {})

    monkeypatch.setattr(grading, "grade_one", always_crashes)
    monkeypatch.setattr(grading.time, "sleep", lambda seconds: None)
    log["text"] = "nbgrader.api.InvalidEntry: (sqlite3.OperationalError) database is locked"
    assert grading.grade_one_with_retry(str(tmp_path), submission, Options()).status == "crashed"
    assert len(calls) == grading.ATTEMPTS == 3
    calls.clear()
    log["text"] = "RuntimeError: Kernel died before replying to kernel_info"  # the notebook's doing
    grading.grade_one_with_retry(str(tmp_path), submission, Options())
    assert len(calls) == 1


def test_plain_nbgrader_autograde_is_sandboxed_and_applies_the_rules(tiny, tmp_path, monkeypatch):
    """`nbgrader autograde` itself (as the formgrader's button runs it) grades with the
    course's configuration: the rules, the sandbox and the kernel guard."""
    from autograde.enforce import MARKER, SWITCH_ENV

    course, outcomes, _, _ = tiny
    plain = tmp_path / "plain"
    shutil.copytree(
        course.root, plain, ignore=shutil.ignore_patterns("autograded", "gradebook.db", "feedback")
    )
    release_nb = nbformat.read(course.root / "release" / A / f"{A}.ipynb", as_version=4)
    _submit(plain, "ruler", _student_notebook(release_nb, ADD + "\nimport sys\n", MUL))
    nbgrader(plain, "generate_assignment", A, "--force", "--log-level=ERROR")
    nbgrader(plain, "autograde", A, "--student", "ruler", "--create", "--log-level=ERROR")
    graded = nbformat.read(plain / "autograded" / "ruler" / A / f"{A}.ipynb", as_version=4)
    assert any(c.source.startswith(MARKER) or MARKER in c.source for c in graded.cells)
    assert nbgrader_scores(Course(plain), A, "ruler") == outcomes["perfect"].scores
    monkeypatch.setenv(SWITCH_ENV, "off")  # the snoop imports os: only the sandbox is tested
    nbgrader(plain, "autograde", A, "--student", "snoop", "--create", "--log-level=ERROR")
    snooped = nbformat.read(plain / "autograded" / "snoop" / A / f"{A}.ipynb", as_version=4)
    text = "".join(o.get("text", "") for c in snooped.cells for o in c.get("outputs", []))
    assert "SOURCE False" in text and "GRADEBOOK False" in text


def test_the_gradebook_is_where_the_course_configuration_says(tmp_path):
    config = (ROOT / "nbgrader_config.py").read_text()
    elsewhere = tmp_path / "state" / "grades.db"
    elsewhere.parent.mkdir()
    (tmp_path / "nbgrader_config.py").write_text(
        config + f"\nc.CourseDirectory.db_url = 'sqlite:///{elsewhere}'\n"
    )
    course = Course(tmp_path)
    assert course.db_url == f"sqlite:///{elsewhere}"
    grading.ensure_students(course, ["a"])
    assert elsewhere.is_file() and not (tmp_path / "gradebook.db").exists()


def test_a_late_submission_is_reported_late_with_its_penalty(tiny, tmp_path):
    import datetime

    course, _, _, _ = tiny
    root = tmp_path / "late"
    shutil.copytree(
        course.root,
        root,
        ignore=shutil.ignore_patterns("autograded", "gradebook.db", "feedback", "submitted"),
    )
    config = root / "nbgrader_config.py"
    config.write_text(config.read_text() + "\nc.LateSubmissionPlugin.penalty_method = 'zero'\n")
    late_course = Course(root)
    due = datetime.datetime(2026, 1, 1, 12, 0, tzinfo=datetime.UTC)
    with late_course.gradebook() as gradebook:
        gradebook.update_or_create_assignment(A, duedate=due)
    release_nb = nbformat.read(course.root / "release" / A / f"{A}.ipynb", as_version=4)
    _submit(root, "tardy", _student_notebook(release_nb, ADD, MUL))
    (root / "submitted" / "tardy" / A / "timestamp.txt").write_text("2026-01-01 14:00:00 UTC")
    [outcome] = grade(
        late_course, student="tardy", workers=1, options=Options(timeout_s=120), progress=None
    )
    assert outcome.status == "late" and "7200 s after the due date" in outcome.message
    row = next(csv.DictReader(results.export_csv(late_course, tmp_path / "g.csv").open()))
    assert (row["status"], row["total"], row["late_penalty"]) == ("late", "0", "5")
    assert row["submitted"].startswith("2026-01-01T14:00")
    [page] = [p for p in results.feedback(late_course) if p.parts[-3] == "tardy"]
    assert "late" in page.read_text()


def test_two_workers_on_a_fresh_gradebook_never_crash(tmp_path):
    """The first thing a new user runs: parallel workers on a gradebook that does not
    exist yet (make demo once crashed there). Five fresh gradebooks in a row: the fix
    (`ensure_students` and `ensure_assignments` before any worker starts) leaves no
    race to hit, so more attempts would only repeat the same sequence."""
    template = tmp_path / "template"
    release_nb = make_tiny_course(template)
    (template / "gradebook.db").unlink()
    for student in ("ann", "bob"):  # one each for the two workers, started together
        _submit(template, student, _student_notebook(release_nb, ADD, MUL))
    options = Options(sandbox=False, policy=False, timeout_s=120)
    for attempt in range(5):
        root = tmp_path / f"run{attempt}"
        shutil.copytree(template, root)
        outcomes = grade(Course(root), workers=2, options=options, progress=None)
        logs = [
            grading.log_path(Course(root), grading.Submission(o.student, A, Path())).read_text()
            for o in outcomes
            if o.status != "graded"
        ]
        assert [(o.student, o.status, o.score) for o in outcomes] == [
            (student, "graded", 5) for student in ("ann", "bob")
        ], (attempt, [o.message for o in outcomes], logs)
        shutil.rmtree(root)


def test_a_crash_names_the_exception_not_nbgraders_last_line():
    from autograde.status import _failure

    log = "\n".join(
        [
            "[AutogradeApp | ERROR] There was an error processing assignment: ch99_tiny",
            "[AutogradeApp | ERROR] Traceback (most recent call last):",
            '  File "nbgrader/api.py", line 1, in update_or_create_submission',
            "sqlalchemy.exc.OperationalError: (sqlite3.OperationalError) database is locked",
            "",
            "During handling of the above exception, another exception occurred:",
            "nbgrader.api.InvalidEntry: (sqlite3.OperationalError) database is locked",
            "[AutogradeApp | ERROR] Please see the the above traceback for details.",
        ]
    )
    assert _failure(log, {}) == (
        "crashed",
        "nbgrader.api.InvalidEntry: (sqlite3.OperationalError) database is locked",
    )
    assert _failure("[AutogradeApp | ERROR] No notebooks found", {})[1] == (
        "[AutogradeApp | ERROR] No notebooks found"
    )
    assert _failure("", {})[1] == "nbgrader failed"


def test_a_kernel_that_dies_as_its_slow_cell_is_stopped_reads_timed_out():
    from autograde.status import _failure

    died = "[AutogradeApp | ERROR] Kernel died while waiting for execute reply.\nDeadKernelError: Kernel died"
    timeout = "[AutogradeApp | ERROR] Timeout waiting for execute reply (30s).\n"
    status, message = _failure(timeout + "[AutogradeApp | ERROR] Interrupting kernel\n" + died, {})
    assert status == "timed out" and "30 s limit" in message and "died" in message
    assert _failure(died, {})[0] == "crashed"  # no cell ran out of time: a plain crash
    assert _failure(timeout + died, {"out_of_memory": True, "memory_mb": 9})[0] == "out of memory"


def test_a_submission_past_its_time_limit_is_stopped_and_the_next_one_is_graded(tmp_path):
    """The grading process of a submission past `timeout_s` is killed (its kernel with
    it); the worker's next submission gets a new process and is graded as usual."""
    release_nb = make_tiny_course(tmp_path)
    slow = "import time\nfor _ in range(4):\n    time.sleep(5)\n\ndef add(a, b):\n    return a + b"
    _submit(tmp_path, "a-slow", _student_notebook(release_nb, slow, MUL))
    _submit(tmp_path, "b-prompt", _student_notebook(release_nb, ADD, MUL))
    options = Options(sandbox=False, policy=False, timeout_s=12, cell_timeout_s=30)
    outcomes = grade(Course(tmp_path), workers=1, options=options, progress=None)
    assert [(o.student, o.status) for o in outcomes] == [
        ("a-slow", "timed out"),
        ("b-prompt", "graded"),
    ], outcomes
    assert "longer than 12 s" in outcomes[0].message and outcomes[1].score == 5


def test_a_grading_process_that_dies_is_reported_and_replaced(tmp_path):
    from autograde.worker import GradingProcess, GradingProcesses

    release_nb = make_tiny_course(tmp_path)
    _submit(tmp_path, "ann", _student_notebook(release_nb, ADD, MUL))
    course = Course(tmp_path)
    (submission,) = find_submissions(course)
    options = Options(sandbox=False, policy=False, timeout_s=60)

    class Killed(GradingProcesses):  # its process dies before it answers (OOM killer)
        @contextlib.contextmanager
        def lend(self, course_root):
            process = GradingProcess(course_root)
            process.kill()
            yield process

    run = grading.run_nbgrader(course, submission, options, Killed())
    assert run.returncode == 1 and "grading process exited unexpectedly" in run.log
    with GradingProcesses() as processes:
        with processes.lend(course.root) as process:
            process.kill()
        assert grading.run_nbgrader(course, submission, options, processes).returncode == 0
        assert nbgrader_scores(course, A, "ann") == {
            "ch99_add_test": (2.0, 2.0),
            "ch99_mul_test": (3.0, 3.0),
        }


def _notebook_with_code(path: Path, code: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(new_notebook(cells=[new_code_cell(code)]), path)


def test_submissions_expected_to_take_longest_are_graded_first(tmp_path):
    (tmp_path / "nbgrader_config.py").write_text("")
    course = Course(tmp_path)
    # No history yet: the assignment with more code in its source notebook goes first,
    # and within an assignment the submission with more code (an untouched one last).
    _notebook_with_code(course.source_notebook("ch01_short"), "x = 1\n")
    _notebook_with_code(course.source_notebook("ch02_long"), "x = 1\n" * 50)
    todo = []
    for student, assignment, code in (
        ("ann", "ch01_short", "y = 2\n" * 30),
        ("ann", "ch02_long", "y = 2\n"),
        ("bob", "ch01_short", "y = 2\n" * 3),
        ("bob", "ch02_long", "y = 2\n" * 10),
        ("cid", "ch01_short", "{ not json"),
    ):
        notebook = tmp_path / "submitted" / student / assignment / f"{assignment}.ipynb"
        if code.startswith("{"):
            notebook.parent.mkdir(parents=True)
            notebook.write_text(code)
        else:
            _notebook_with_code(notebook, code)
        todo.append(Submission(student, assignment, notebook))
    order = [s.key for s in longest_first(course, todo)]
    assert order == [
        "ch02_long/bob",
        "ch02_long/ann",
        "ch01_short/ann",
        "ch01_short/bob",
        "ch01_short/cid",
    ]
    # Once every assignment has graded submissions, their median time decides instead.
    for assignment, seconds in (("ch01_short", [30.0, 50.0, 40.0]), ("ch02_long", [5.0])):
        for number, value in enumerate(seconds):
            status = tmp_path / STATUS_DIR / assignment / f"old{number}.json"
            status.parent.mkdir(parents=True, exist_ok=True)
            status.write_text(json.dumps({"seconds": value}))
    (tmp_path / STATUS_DIR / "ch02_long" / "broken.json").write_text("{")
    order = [s.key for s in longest_first(course, todo)]
    assert order[:3] == ["ch01_short/ann", "ch01_short/bob", "ch01_short/cid"]
    assert order[3:] == ["ch02_long/bob", "ch02_long/ann"]


def _fake_nvidia_smi(tmp_path: Path, script: str) -> str:
    path = tmp_path / "nvidia-smi"
    path.write_text(f"#!/bin/sh\n{script}\n")
    path.chmod(0o755)
    return str(path)


def test_gpu_memory_is_shared_among_the_workers_when_there_is_a_gpu(tmp_path):
    """One greedy notebook must not take the GPU memory the other workers' kernels need:
    each kernel gets 90 % of the smallest GPU's memory divided among the workers."""
    two_gpus = _fake_nvidia_smi(
        tmp_path,
        '[ "$1" = -L ] && { echo "GPU 0: NVIDIA H100 (UUID: GPU-1)"; exit 0; }\n'
        'echo 81559; echo " 40960"; echo "[N/A]"',
    )
    assert grading.gpu_memory_share(2, two_gpus) == int(0.9 * 40960 / 2) - 512
    assert grading.gpu_memory_share(1, two_gpus) == int(0.9 * 40960) - 512
    broken = _fake_nvidia_smi(tmp_path, "echo 'NVIDIA-SMI has failed' >&2; exit 9")
    assert grading.gpu_memory_share(2, broken) == 0
    assert grading.gpu_memory_share(2, _fake_nvidia_smi(tmp_path, "true")) == 0
    assert grading.gpu_memory_share(2, str(tmp_path / "missing")) == 0


def test_on_mig_slices_the_smallest_slice_is_shared(tmp_path):
    """nvidia-smi's memory query reports a MIG-split GPU whole: a share of it would not
    fit in a slice, so the kernels would share the slice with no cap that works."""
    listing = (
        "GPU 0: NVIDIA A100-SXM4-80GB (UUID: GPU-5d5b)\n"
        "  MIG 3g.40gb     Device  0: (UUID: MIG-c6d4)\n"
        "  MIG 1g.10gb+me  Device  1: (UUID: MIG-a1b2)\n"
        "GPU 1: NVIDIA A100-SXM4-80GB (UUID: GPU-77aa)"
    )
    mig = _fake_nvidia_smi(
        tmp_path, f'[ "$1" = -L ] && {{ printf "{listing}\\n"; exit 0; }}\necho 81920; echo 81920'
    )
    assert grading.gpu_memory_share(2, mig) == int(0.9 * 10 * 1024 / 2) - 512
    no_listing = _fake_nvidia_smi(tmp_path, '[ "$1" = -L ] && exit 9\necho 40960')
    assert grading.gpu_memory_share(1, no_listing) == int(0.9 * 40960) - 512


def test_the_kernels_get_the_gpu_cap_unless_the_instructor_set_one(monkeypatch, tmp_path):
    options = grading.Options(cpu_threads=1, gpu_memory_mb=18432)
    monkeypatch.delenv(grading.GPU_MEMORY_ENV, raising=False)
    env = grading._environment(options, tmp_path / "s.json", tmp_path / "p.json")
    assert env[grading.GPU_MEMORY_ENV] == "18432"
    monkeypatch.setenv(grading.GPU_MEMORY_ENV, "5000")
    env = grading._environment(options, tmp_path / "s.json", tmp_path / "p.json")
    assert env[grading.GPU_MEMORY_ENV] == "5000"
    monkeypatch.delenv(grading.GPU_MEMORY_ENV)
    env = grading._environment(grading.Options(cpu_threads=1), tmp_path / "s", tmp_path / "p")
    assert grading.GPU_MEMORY_ENV not in env


def _edit_source(root: Path, grade_id: str, source: str | None) -> None:
    """Change one cell of the tiny assignment's source notebook (None: remove it)."""
    path = root / "source" / A / f"{A}.ipynb"
    nb = nbformat.read(path, as_version=4)
    for cell in list(nb.cells):
        if cell.metadata.get("nbgrader", {}).get("grade_id") == grade_id:
            if source is None:
                nb.cells.remove(cell)
            else:
                cell.source = source
    nbformat.write(nb, path)


def test_a_test_mended_in_source_is_the_one_that_grades(tmp_path):
    """nbgrader grades with the tests its gradebook stored at generation. After the
    instructor mends a hidden test in source/: plain `nbgrader autograde` refuses with a
    way out, `grade` brings the gradebook up to date and grades the class again with
    the new test, without --force."""
    root = tmp_path / "course"
    root.mkdir()
    release_nb = make_tiny_course(root)
    # passes the visible mul(2, 3) == 6, fails the hidden mul(-2, 5) == -10
    _submit(
        root, "abs", _student_notebook(release_nb, ADD, "def mul(a, b):\n    return abs(a * b)")
    )
    _submit(root, "perfect", _student_notebook(release_nb, ADD, MUL))
    options = Options(timeout_s=120, cell_timeout_s=20)
    first = {
        o.student: o.score for o in grade(Course(root), workers=2, options=options, progress=None)
    }
    assert first == {"abs": 2, "perfect": 5}

    mended = "assert mul(2, 3) == 6\n### BEGIN HIDDEN TESTS\nassert mul(4, 5) == 20\n### END HIDDEN TESTS"
    _edit_source(root, "ch99_mul_test", mended)
    with pytest.raises(
        RuntimeError, match=r"GradebookOutOfDate.*ch99_mul_test.*generate_assignment"
    ):
        nbgrader(root, "autograde", A, "--student", "perfect", "--force", "--log-level=ERROR")

    calls = []
    again = grade(Course(root), workers=2, options=options, progress=lambda *a: calls.append(a))
    assert len(calls) == 2
    assert {o.student: o.score for o in again} == {"abs": 5, "perfect": 5}
    graded = nbformat.read(root / "autograded" / "abs" / A / f"{A}.ipynb", as_version=4)
    assert any("mul(4, 5)" in c.source for c in graded.cells)
    assert grade(Course(root), workers=2, options=options, progress=lambda *a: calls.append(a))
    assert len(calls) == 2  # nothing changed since: nothing graded
    # ... and plain nbgrader agrees now
    nbgrader(root, "autograde", A, "--student", "abs", "--force", "--log-level=ERROR")
    assert nbgrader_scores(Course(root), A, "abs")["ch99_mul_test"] == (3.0, 3.0)


def test_cells_added_or_removed_after_grading_stop_grading_with_a_way_out(tmp_path):
    root = tmp_path / "course"
    root.mkdir()
    release_nb = make_tiny_course(root)
    _submit(root, "perfect", _student_notebook(release_nb, ADD, MUL))
    course = Course(root)
    assert grade(course, options=Options(timeout_s=120), progress=None)[0].score == 5
    recorded = (root / STATUS_DIR / A / "perfect.json").read_text()
    gradebook = (root / "gradebook.db").read_bytes()

    _edit_source(root, "ch99_add_test", None)
    with pytest.raises(grading.GradebookOutOfDate, match=r"ch99_add_test.*new assignment name"):
        grade(course, progress=None)
    from autograde.cli import main

    assert main(["grade", str(root)]) == 2
    # nothing graded, nothing lost
    assert (root / STATUS_DIR / A / "perfect.json").read_text() == recorded
    assert nbgrader_scores(course, A, "perfect") == {
        "ch99_add_test": (2.0, 2.0),
        "ch99_mul_test": (3.0, 3.0),
    }
    assert (root / "gradebook.db").read_bytes() == gradebook
