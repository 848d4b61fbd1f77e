"""Long-lived grading processes: nbgrader is imported and configured once per worker.

A fresh `nbgrader autograde` process per submission spends more than a second
importing nbgrader and loading `nbgrader_config.py` before it grades anything. A
`GradingProcess` is one child process that does that once and then grades
submissions one after another through nbgrader's `Autograde` converter (what
`nbgrader autograde` and the formgrader's Autograde button run), configured by the
same `nbgrader_config.py`, so the grades are those of `nbgrader autograde`.

Student code never runs in this process: every submission gets a fresh kernel
(sandboxed, `autograde.sandbox`) that exits when its notebook is done, so nothing is
shared between students. What the child keeps between submissions is nbgrader's
own state; its environment is reset to the driver's for each submission.

The driver talks to the child over its stdin and a private copy of its stdout, one
JSON line each way. The child's file descriptors 1 and 2, which its kernels inherit,
point at the submission's log while it grades, so the log holds what a separate
`nbgrader autograde` process would have printed. When a submission runs past its
time limit the driver kills the child's process group (the sandboxed kernel dies
with it: bwrap `--die-with-parent`) and the next submission starts a new child.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import selectors
import signal
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from autograde.course import SKIP_RFC3987

# A child serves this many submissions, then a new one takes over: whatever
# nbgrader or its libraries keep growing between runs is bounded.
MAX_SUBMISSIONS = 50
# The format of `nbgrader autograde`'s own log lines, which `autograde.status` reads.
LOG_FORMAT = "[AutogradeApp | %(levelname)s] %(message)s"


class GradingProcessDied(RuntimeError):
    """The child exited without answering (it crashed, or was killed)."""


class GradingProcess:
    """One child process grading submissions of one course, one at a time."""

    def __init__(self, course_root: Path):
        self.course_root = Path(course_root)
        self.served = 0
        self._process = subprocess.Popen(
            # Started as `autograde.course.NBGRADER` starts nbgrader (see SKIP_RFC3987).
            [
                sys.executable,
                "-c",
                f"{SKIP_RFC3987}; from autograde.worker import main; main(sys.argv[1])",
                str(self.course_root),
            ],
            cwd=self.course_root,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        self._buffer = b""

    @property
    def alive(self) -> bool:
        return self._process.poll() is None

    def autograde(
        self,
        assignment: str,
        student: str,
        env: dict[str, str],
        cell_timeout_s: int,
        log: Path,
        timeout_s: float,
    ) -> dict[str, Any] | None:
        """Grade one submission; its log goes to `log`. None: past `timeout_s`, the
        child was killed. Raises GradingProcessDied when the child exits unasked."""
        request = {
            "assignment": assignment,
            "student": student,
            "env": env,
            "cell_timeout_s": cell_timeout_s,
            "log": str(log),
        }
        assert self._process.stdin is not None
        try:
            self._process.stdin.write(json.dumps(request).encode() + b"\n")
            self._process.stdin.flush()
        except BrokenPipeError:
            raise GradingProcessDied(self._exit_note()) from None
        self.served += 1
        line = self._read_line(time.monotonic() + timeout_s)
        if line is None:
            self.kill()
            return None
        return json.loads(line)

    def _read_line(self, deadline: float) -> bytes | None:
        assert self._process.stdout is not None
        fd = self._process.stdout.fileno()
        with selectors.DefaultSelector() as selector:
            selector.register(fd, selectors.EVENT_READ)
            while b"\n" not in self._buffer:
                remaining = deadline - time.monotonic()
                if remaining <= 0 or not selector.select(remaining):
                    return None
                chunk = os.read(fd, 65536)
                if not chunk:
                    raise GradingProcessDied(self._exit_note())
                self._buffer += chunk
        line, _, self._buffer = self._buffer.partition(b"\n")
        return line

    def _exit_note(self) -> str:
        try:
            code = self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.kill()
            code = self._process.returncode
        return f"the grading process exited unexpectedly (exit {code})"

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self._process.pid, signal.SIGKILL)
        self._process.wait()

    def ask_to_exit(self) -> None:
        """Close the child's input: it exits once it has read the end of it."""
        if self.alive and self._process.stdin is not None:
            with contextlib.suppress(OSError):
                self._process.stdin.close()

    def close(self) -> None:
        """Ask the child to exit, kill it if it does not."""
        self.ask_to_exit()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self._process.wait(timeout=10)
        self.kill()


class GradingProcesses:
    """Idle `GradingProcess`es, lent to one grading thread at a time."""

    def __init__(self) -> None:
        self._idle: list[GradingProcess] = []
        self._lock = threading.Lock()

    @contextlib.contextmanager
    def lend(self, course_root: Path) -> Iterator[GradingProcess]:
        """A live child for `course_root`; it returns to the pool unless it died."""
        root = Path(course_root).resolve()
        with self._lock:
            found = next((p for p in self._idle if p.course_root == root and p.alive), None)
            if found is not None:
                self._idle.remove(found)
        process = found or GradingProcess(root)
        try:
            yield process
        finally:
            if process.alive and process.served < MAX_SUBMISSIONS:
                with self._lock:
                    self._idle.append(process)
            else:
                process.close()

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for process in idle:  # all of them first: they shut down side by side
            process.ask_to_exit()
        for process in idle:
            process.close()

    def __enter__(self) -> GradingProcesses:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# --- the child -------------------------------------------------------------------


def _serve(app: Any, logger: logging.Logger, request: dict[str, Any]) -> dict[str, Any]:
    """What `nbgrader autograde ASSIGNMENT --student STUDENT --create --force` does,
    through the converter that command and `NbGraderAPI.autograde` both run."""
    from nbgrader.converters import Autograde

    os.environ.clear()
    os.environ.update(request["env"])
    app.config.Execute.timeout = int(request["cell_timeout_s"])
    app.coursedir.assignment_id = request["assignment"]
    app.coursedir.student_id = request["student"]
    with open(request["log"], "w") as log, _output_to(log):
        handler = logging.StreamHandler(log)
        handler.setFormatter(logging.Formatter(LOG_FORMAT))
        logger.addHandler(handler)
        try:
            converter = Autograde(coursedir=app.coursedir, parent=app, log=logger)
            converter.force = True
            converter.create_student = True
            converter.start()
            success = True
        except Exception:  # nbgrader's own failure: the log says what it was
            logger.error("nbgrader failed:\n%s", traceback.format_exc())
            success = False
        finally:
            logger.removeHandler(handler)
    return {"success": success}


@contextlib.contextmanager
def _output_to(log: Any) -> Iterator[None]:
    """File descriptors 1 and 2 (and so the kernels started meanwhile) write to `log`."""
    sys.stdout.flush()
    sys.stderr.flush()
    saved = os.dup(1), os.dup(2)
    os.dup2(log.fileno(), 1)
    os.dup2(log.fileno(), 2)
    try:
        yield
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        log.flush()
        os.dup2(saved[0], 1)
        os.dup2(saved[1], 2)
        os.close(saved[0])
        os.close(saved[1])


def main(course_root: str) -> None:
    os.chdir(course_root)
    replies = os.fdopen(os.dup(1), "w", buffering=1)
    null = os.open(os.devnull, os.O_RDWR)
    os.dup2(null, 1)  # nothing printed between submissions can reach the replies
    from nbgrader.apps.nbgraderapp import NbGrader

    app = NbGrader()
    app.initialize([])  # loads the course's nbgrader_config.py, as the CLI does
    logger = logging.getLogger("AutogradeApp")  # each submission's log gets a handler
    logger.setLevel(logging.INFO)
    logger.propagate = False
    for line in sys.stdin:
        replies.write(json.dumps(_serve(app, logger, json.loads(line))) + "\n")
