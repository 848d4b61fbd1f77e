"""Grade a whole class: in parallel, sandboxed, resumable, on top of nbgrader.

Each submission is graded by nbgrader's Autograde, configured by `nbgrader_config.py`
as `nbgrader autograde` is, in a long-lived grading process per worker
(`autograde.worker`); its kernel runs in the bubblewrap sandbox
(`autograde.sandbox`), a fresh one per submission. nbgrader keeps writing its own
gradebook, so scores, cell metadata and later nbgrader commands stay the source of
truth. Beside the gradebook, one small JSON file per submission under
`autograded/.nna-status/` records how grading went (status, message, time, the
submission's hash and that of the tests it was graded with); it is written
atomically after nbgrader has finished, so a run killed at any moment leaves each
submission either fully recorded or not at all, and the next run grades exactly what
is left.
"""

from __future__ import annotations

import atexit
import concurrent.futures
import contextlib
import dataclasses
import hashlib
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import nbformat

from autograde import freshness
from autograde.course import (
    GRADING_RELEASE,
    Course,
    nbgrader,
    nbgrader_scores,
    prepare_environment,
)
from autograde.enforce import REPORT_ENV as POLICY_REPORT_ENV
from autograde.enforce import SWITCH_ENV as POLICY_SWITCH_ENV
from autograde.flood import DEFAULT_LIMIT as DEFAULT_OUTPUT_LIMIT
from autograde.flood import LIMIT_ENV as OUTPUT_LIMIT_ENV
from autograde.freshness import (
    Cells,
    GradebookOutOfDate,
    differences,
    gradebook_cells,
    listed,
    out_of_date_message,
    source_cells_of,
)
from autograde.sandbox import GPU_MEMORY_ENV, MEMORY_ENV, PROCESSES_ENV, REPORT_ENV, bwrap_path
from autograde.status import classify
from autograde.steps import SANDBOX_ENV
from autograde.worker import GradingProcessDied, GradingProcesses

STATUS_DIR = Path("autograded") / ".nna-status"


@dataclasses.dataclass(frozen=True)
class Submission:
    student: str
    assignment: str
    notebook: Path

    @property
    def key(self) -> str:
        return f"{self.assignment}/{self.student}"


@dataclasses.dataclass(frozen=True)
class Options:
    """How each submission is graded."""

    sandbox: bool = True
    memory_mb: int = 4096
    max_processes: int = 64
    timeout_s: int = 900
    cell_timeout_s: int = 300
    cpu_threads: int = 0  # 0: cores divided among the workers
    # Each kernel's GPU memory in MB; 0: the GPU's divided among the workers (no cap
    # without a GPU, or when NNA_GPU_MEMORY_MB is set in the grader's environment).
    gpu_memory_mb: int = 0
    max_output_chars: int = DEFAULT_OUTPUT_LIMIT
    policy: bool = True  # refuse student code that breaks autograde.policy


@dataclasses.dataclass(frozen=True)
class Outcome:
    student: str
    assignment: str
    status: str
    message: str
    seconds: float
    digest: str  # of the submitted notebook
    scores: dict[str, tuple[float, float]] = dataclasses.field(default_factory=dict)
    tests: str = ""  # digest of the tests it was graded with (autograde.freshness)

    @property
    def score(self) -> float:
        return sum(s for s, _ in self.scores.values())

    @property
    def max_score(self) -> float:
        return sum(m for _, m in self.scores.values())

    def to_json(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["scores"] = {k: list(v) for k, v in self.scores.items()}
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Outcome:
        data = dict(data)
        data["scores"] = {k: (float(v[0]), float(v[1])) for k, v in data.get("scores", {}).items()}
        return cls(**data)


class SandboxRefused(RuntimeError):
    """Grading would run student code unsandboxed without being told to."""


def digest_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def find_submissions(
    course: Course, assignment: str | None = None, student: str | None = None
) -> list[Submission]:
    """Every `submitted/<student>/<assignment>/<assignment>.ipynb`, sorted."""
    found = []
    base = course.root / "submitted"
    if not base.is_dir():
        return []
    for student_dir in sorted(p for p in base.iterdir() if p.is_dir()):
        if student is not None and student_dir.name != student:
            continue
        for assignment_dir in sorted(p for p in student_dir.iterdir() if p.is_dir()):
            if assignment is not None and assignment_dir.name != assignment:
                continue
            notebook = assignment_dir / f"{assignment_dir.name}.ipynb"
            found.append(Submission(student_dir.name, assignment_dir.name, notebook))
    return found


def _code_length(notebook: Path) -> int:
    """Characters of code in a notebook (0 when it cannot be read)."""
    try:
        cells = json.loads(notebook.read_text()).get("cells", [])
        return sum(
            len("".join(c["source"]) if isinstance(c.get("source"), list) else c.get("source", ""))
            for c in cells
            if isinstance(c, dict) and c.get("cell_type") == "code"
        )
    except (OSError, ValueError, TypeError, AttributeError, KeyError):
        return 0


def longest_first(course: Course, todo: list[Submission]) -> list[Submission]:
    """`todo` with the submissions expected to take longest first.

    Workers take submissions in this order, so the long ones start early and the
    short ones fill the gaps at the end, instead of one worker grading the last long
    notebook while the others wait (longest-processing-time-first scheduling).

    An assignment's expected time is the median time of its submissions graded
    before (their status files). When an assignment of `todo` has none, the length
    of the code in each assignment's source notebook ranks them all instead. Within
    an assignment, the submission with more code goes first: an untouched notebook
    fails its tests at once and is graded fastest.
    """
    assignments = sorted({s.assignment for s in todo})
    history: dict[str, float] = {}
    for assignment in assignments:
        seconds = []
        for path in (course.root / STATUS_DIR / assignment).glob("*.json"):
            with contextlib.suppress(OSError, ValueError, TypeError, KeyError):
                seconds.append(float(json.loads(path.read_text())["seconds"]))
        if seconds:
            history[assignment] = statistics.median(seconds)
    if len(history) == len(assignments):
        expected = history
    else:
        expected = {a: float(_code_length(course.source_notebook(a))) for a in assignments}
    return sorted(
        todo,
        key=lambda s: (-expected[s.assignment], -_code_length(s.notebook), s.key),
    )


def status_path(course: Course, submission: Submission) -> Path:
    return course.root / STATUS_DIR / submission.assignment / f"{submission.student}.json"


def log_path(course: Course, submission: Submission) -> Path:
    """nbgrader's own log of the submission's last grading, beside its status file."""
    return status_path(course, submission).with_suffix(".log")


# Crashes of nbgrader itself that say nothing about the notebook: SQLite refusing a
# write while the other worker commits (`database is locked`, which the gradebook's
# methods re-raise as `InvalidEntry`), or a session left unusable by such a refusal.
TRANSIENT = ("database is locked", "OperationalError", "PendingRollbackError")
ATTEMPTS = 3


def grade_one_with_retry(
    course_root: str,
    submission: Submission,
    options: Options,
    processes: GradingProcesses | None = None,
) -> Outcome:
    """`grade_one`, tried again (at most `ATTEMPTS` times in all) when nbgrader crashed
    on a busy gradebook. The pause before each new try is random, so the two workers
    that collided do not collide again in step."""
    log = log_path(Course(Path(course_root)), submission)
    for attempt in range(1, ATTEMPTS + 1):
        outcome = grade_one(course_root, submission, options, processes)
        if outcome.status != "crashed" or attempt == ATTEMPTS:
            break
        if not (log.is_file() and any(mark in log.read_text() for mark in TRANSIENT)):
            break
        time.sleep(random.uniform(0.5, 2.0) * attempt)
    return outcome


def recorded_outcome(course: Course, submission: Submission) -> Outcome | None:
    path = status_path(course, submission)
    try:
        return Outcome.from_json(json.loads(path.read_text()))
    except (OSError, ValueError, TypeError, KeyError):
        return None


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False, suffix=".tmp") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(handle.name, path)


def _validate(submission: Submission) -> str:
    """Why the notebook cannot be graded ('' when it can)."""
    if not submission.notebook.is_file():
        present = sorted(p.name for p in submission.notebook.parent.glob("*.ipynb"))
        return f"expected {submission.notebook.name}, found " + (
            ", ".join(present) if present else "no notebook"
        )
    try:
        nb = nbformat.read(submission.notebook, as_version=4)
        nbformat.validate(nb)
    except Exception as exc:  # nbformat raises several unrelated types for bad files
        return f"not a valid notebook: {type(exc).__name__}: {str(exc).splitlines()[0][:200]}"
    return ""


@dataclasses.dataclass(frozen=True)
class NbgraderRun:
    """What one nbgrader Autograde run left: its outcome, its log, and the sandbox's
    and the rules' reports (see `autograde.status`)."""

    returncode: int | None  # 0: nbgrader finished; None: stopped at the time limit
    log: str = ""
    sandbox: dict[str, Any] = dataclasses.field(default_factory=dict)
    refused: list[dict[str, Any]] = dataclasses.field(default_factory=list)


GPU_SHARE = 0.9  # of the smallest GPU's memory, left to the kernels together
CUDA_CONTEXT_MB = 512  # what each kernel's CUDA context and libraries take beyond the cap


# A MIG slice in `nvidia-smi -L`: "  MIG 3g.40gb     Device  0: (UUID: MIG-...)", its
# memory in the profile's name.
MIG_SLICE = re.compile(r"\bMIG \d+g\.(\d+)gb\b")


def gpu_memory_share(workers: int, nvidia_smi: str | None = None) -> int:
    """MB of GPU memory for each of `workers` grading kernels on one machine: 90 % of
    the smallest GPU's memory divided among them, less what each kernel's CUDA context
    takes outside TensorFlow's allocator; 0 when `nvidia-smi` finds no GPU. Where GPUs
    are split into MIG slices, the smallest slice counts (`nvidia-smi -L` names each
    with its memory; the memory query reports the whole GPU).

    TensorFlow would otherwise let one kernel's memory grow until the GPU is full, and
    a notebook that allocates without bound would make the others fail: honest
    submissions would lose points. With the cap (`nna_tf.setup` reads
    NNA_GPU_MEMORY_MB), only the greedy notebook runs out."""
    command = nvidia_smi or shutil.which("nvidia-smi")
    if command is None:
        return 0

    def ask(*arguments: str) -> str:
        return subprocess.run(
            [command, *arguments], capture_output=True, text=True, timeout=30, check=True
        ).stdout

    try:
        listed = ask("--query-gpu=memory.total", "--format=csv,noheader,nounits").split()
        smallest = min(int(mb) for mb in listed if mb.isdigit())  # "[N/A]" says nothing
    except (OSError, subprocess.SubprocessError, ValueError):  # no driver, or no GPU listed
        return 0
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        smallest = min((int(gb) * 1024 for gb in MIG_SLICE.findall(ask("-L"))), default=smallest)
    return max(1, int(GPU_SHARE * smallest / max(1, workers)) - CUDA_CONTEXT_MB)


def _environment(options: Options, sandbox_report: Path, policy_report: Path) -> dict[str, str]:
    env = dict(os.environ)
    if options.gpu_memory_mb > 0 and not env.get(GPU_MEMORY_ENV, "").strip():
        env[GPU_MEMORY_ENV] = str(options.gpu_memory_mb)
    env.update(
        {
            MEMORY_ENV: str(options.memory_mb),
            PROCESSES_ENV: str(options.max_processes),
            REPORT_ENV: str(sandbox_report),
            "NNA_CPU_THREADS": str(options.cpu_threads),
            "OMP_NUM_THREADS": str(options.cpu_threads),
            OUTPUT_LIMIT_ENV: str(options.max_output_chars),
            POLICY_REPORT_ENV: str(policy_report),
            POLICY_SWITCH_ENV: "on" if options.policy else "off",
            SANDBOX_ENV: "on" if options.sandbox else "off",
        }
    )
    return env


def run_nbgrader(
    course: Course, submission: Submission, options: Options, processes: GradingProcesses
) -> NbgraderRun:
    """nbgrader's Autograde on one submission, in one of `processes`, as
    `nbgrader autograde --create --force` would grade it."""
    with tempfile.TemporaryDirectory(prefix="nna-grade-") as scratch:
        sandbox_report, policy_report, log = (
            Path(scratch) / "sandbox.json",
            Path(scratch) / "policy.json",
            Path(scratch) / "nbgrader.log",
        )
        env = _environment(options, sandbox_report, policy_report)
        with processes.lend(course.root) as process:
            try:
                reply = process.autograde(
                    submission.assignment,
                    submission.student,
                    env,
                    options.cell_timeout_s,
                    log,
                    options.timeout_s,
                )
                returncode = None if reply is None else 0 if reply["success"] else 1
                died = ""
            except GradingProcessDied as exc:
                returncode, died = 1, f"[AutogradeApp | ERROR] {exc}\n"
        if returncode is None:
            return NbgraderRun(None)
        return NbgraderRun(
            returncode,
            (log.read_text(errors="replace") if log.is_file() else "") + died,
            json.loads(sandbox_report.read_text()) if sandbox_report.is_file() else {},
            json.loads(policy_report.read_text()) if policy_report.is_file() else [],
        )


# The grading processes of `grade_one` calls that bring none (Dask workers): one
# pool per process, closed when the process exits.
_SHARED_PROCESSES = GradingProcesses()
atexit.register(_SHARED_PROCESSES.close)


def grade_one(
    course_root: str,
    submission: Submission,
    options: Options,
    processes: GradingProcesses | None = None,
) -> Outcome:
    """Grade one submission with nbgrader's Autograde and classify the result.

    Runs in a worker: a thread of the local pool or a Dask worker process.
    """
    prepare_environment()
    course = Course(Path(course_root))
    started = time.perf_counter()
    digest = digest_of(submission.notebook) if submission.notebook.is_file() else ""
    scores: dict[str, tuple[float, float]] = {}
    problem = _validate(submission)
    if problem:
        status, message = "invalid", problem
    else:
        run = run_nbgrader(course, submission, options, processes or _SHARED_PROCESSES)
        _write_atomic(log_path(course, submission), run.log)
        try:
            scores = nbgrader_scores(course, submission.assignment, submission.student)
        except Exception:  # no submission in the gradebook: nbgrader stopped before grading
            scores = {}
        status, message = classify(course, submission, options, run, set(scores))
    seconds = round(time.perf_counter() - started, 2)
    return Outcome(
        submission.student, submission.assignment, status, message, seconds, digest, scores
    )


def _progress(done: int, total: int, started: float, outcome: Outcome) -> None:
    elapsed = time.perf_counter() - started
    eta = elapsed / done * (total - done) if done else 0.0
    width = 24
    filled = int(width * done / total) if total else width
    bar = "#" * filled + "-" * (width - filled)
    print(
        f"[{bar}] {done}/{total}  ETA {eta:4.0f} s  {outcome.assignment}/{outcome.student}: "
        f"{outcome.status}",
        flush=True,
    )


def _check_sandbox(sandbox: bool) -> None:
    if not sandbox:
        return
    try:
        bwrap_path()
    except RuntimeError as exc:
        raise SandboxRefused(str(exc)) from None
    probe = subprocess.run(
        ["bwrap", "--ro-bind", "/", "/", "--unshare-net", "--unshare-pid", "--", "true"],
        capture_output=True,
        text=True,
    )
    if probe.returncode != 0:
        raise SandboxRefused(
            "bubblewrap cannot create namespaces on this machine "
            f"({probe.stderr.strip()}); refusing to run student code unsandboxed. "
            "Pass --no-sandbox to grade without isolation."
        )


def ensure_students(course: Course, students: Iterable[str]) -> None:
    """Put each student in the gradebook before any worker starts: parallel
    `nbgrader autograde --create` processes otherwise race to add them."""

    with course.gradebook() as gradebook:
        for student in sorted(set(students)):
            gradebook.update_or_create_student(student)


def ensure_assignments(course: Course, assignments: Iterable[str]) -> dict[str, str]:
    """Bring the gradebook's copy of each assignment up to date with source/, once.

    nbgrader grades with the tests it stored when the assignment was generated
    (`autograde.freshness`), so an assignment is generated again whenever the
    gradebook holds none of its notebooks or other cells than source/. An assignment
    the instructor added by hand (`nbgrader db assignment add`, to set its due date)
    is generated all the same, and keeps its due date.

    Returns:
        {assignment: digest of the tests it will be graded with}; "" where the
        gradebook holds nothing for it and source/ has no notebook either.

    Raises:
        GradebookOutOfDate: source/ adds or removes cells of an assignment that
            already has submissions, which nbgrader refuses to change; or
            `generate_assignment` stored other cells than source/ holds (a header
            notebook in the configuration, or `### AUTOTEST` lines, would do that).
    """
    tests = {}
    for assignment in sorted(set(assignments)):
        path = course.source_notebook(assignment)
        wanted = source_cells_of(path) if path.is_file() else None
        stored = _stored_cells(course, assignment)
        if wanted is not None and (stored is None or differences(wanted, stored)):
            _generate(course, assignment, wanted, stored or {})
            stored = _stored_cells(course, assignment) or {}
            if changed := differences(wanted, stored):
                raise GradebookOutOfDate(
                    f"`generate_assignment {assignment}` stored other cells than "
                    f"source/{assignment} holds ({listed(changed)}): look for a header "
                    "notebook in nbgrader_config.py, or `### AUTOTEST` lines in the "
                    "notebook, which change what nbgrader stores."
                )
        tests[assignment] = freshness.digest(stored) if stored is not None else ""
    return tests


def _stored_cells(course: Course, assignment: str) -> Cells | None:
    with course.gradebook() as gradebook:
        return gradebook_cells(gradebook, assignment, assignment)


def _generate(course: Course, assignment: str, wanted: Cells, stored: Cells) -> None:
    try:
        # Into a scratch folder: the committed release/ is `make release`'s alone.
        nbgrader(
            course.root,
            "generate_assignment",
            assignment,
            "--force",
            "--log-level=ERROR",
            f"--CourseDirectory.release_directory={GRADING_RELEASE}",
        )
    except RuntimeError as exc:
        if "Cannot add or remove cells" not in str(exc):
            raise
        raise GradebookOutOfDate(out_of_date_message(assignment, wanted, stored)) from None


def grade(
    course: Course,
    assignment: str | None = None,
    student: str | None = None,
    workers: int | None = None,
    scheduler: str | None = None,
    force: bool = False,
    options: Options | None = None,
    progress: Callable[[int, int, float, Outcome], None] | None = _progress,
) -> list[Outcome]:
    """Grade every submission not graded yet, changed since, or graded with other
    tests than source/ now holds (or all of them with `force`).

    Args:
        course: The course root.
        assignment, student: Restrict to one assignment or student.
        workers: Parallel graders on this machine (default: one per core).
        scheduler: Address of a Dask distributed scheduler to grade on instead.
        force: Grade again what is already graded.
        options: Limits per submission, the sandbox (refused when unavailable) and
            the rules.
        progress: Called after each submission (None for silence).

    Returns:
        The outcomes of this run and those recorded earlier, sorted by key.
    """
    prepare_environment()
    options = options or Options()
    _check_sandbox(options.sandbox)
    workers = workers or os.cpu_count() or 1
    if options.cpu_threads <= 0:
        from nna_tf.device import cpu_share  # not at import: nna_tf pulls in matplotlib

        options = dataclasses.replace(options, cpu_threads=cpu_share(workers))
    if options.gpu_memory_mb <= 0 and scheduler is None:
        options = dataclasses.replace(options, gpu_memory_mb=gpu_memory_share(workers))
    submissions = find_submissions(course, assignment, student)
    tests = ensure_assignments(course, (s.assignment for s in submissions))
    outcomes: dict[str, Outcome] = {}
    todo = []
    for submission in submissions:
        previous = recorded_outcome(course, submission)
        current = digest_of(submission.notebook) if submission.notebook.is_file() else ""
        if (
            previous is not None
            and (previous.digest, previous.tests) == (current, tests[submission.assignment])
            and not force
        ):
            outcomes[submission.key] = previous
        else:
            todo.append(submission)
    ensure_students(course, (s.student for s in todo))
    todo = longest_first(course, todo)
    started = time.perf_counter()
    for count, outcome in enumerate(_run(course, todo, options, workers, scheduler), start=1):
        key = f"{outcome.assignment}/{outcome.student}"
        outcome = dataclasses.replace(outcome, tests=tests[outcome.assignment])
        _write_atomic(
            status_path(course, Submission(outcome.student, outcome.assignment, Path())),
            json.dumps(outcome.to_json(), indent=1),
        )
        outcomes[key] = outcome
        if progress is not None:
            progress(count, len(todo), started, outcome)
    return [outcomes[k] for k in sorted(outcomes)]


def _run(
    course: Course, todo: list[Submission], options: Options, workers: int, scheduler: str | None
) -> Iterable[Outcome]:
    root = str(course.root)
    if scheduler:
        from distributed import Client, as_completed

        with Client(scheduler) as client:
            futures = [
                client.submit(grade_one_with_retry, root, s, options, pure=False) for s in todo
            ]
            for future in as_completed(futures):
                yield future.result()
        return
    with (
        GradingProcesses() as processes,
        concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool,
    ):
        futures = [pool.submit(grade_one_with_retry, root, s, options, processes) for s in todo]
        for future in concurrent.futures.as_completed(futures):
            yield future.result()
