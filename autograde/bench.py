"""`python -m autograde bench`: where grading time and memory go, against plain nbgrader.

Measured in one run on one machine, written to `build/bench/bench.md` and
`build/bench/bench.json`:
- per chapter, the instructor notebook in one kernel: kernel start, the setup cell
  (TensorFlow's import), the notebook's own work, and the kernel's peak memory;
- grading throughput on the same submissions (notebooks per minute): plain serial
  `nbgrader autograde` without a sandbox, this pipeline with 1 worker and with one
  worker per core (sandbox on), the sandbox's own overhead (1 worker, off vs on),
  and the pipeline through a Dask scheduler with 1 and 2 local worker processes.
Figures are medians over the repeats with min and max.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import nbformat

from autograde.course import Course, nbgrader, prepare_environment, scratch_course
from autograde.demo import sample_class
from autograde.enforce import SWITCH_ENV as POLICY_SWITCH_ENV
from autograde.execute import KernelSession
from autograde.grade import STATUS_DIR, Options, grade
from autograde.mutants import graded_notebook
from autograde.steps import SANDBOX_ENV

DEFAULT_OUT = Path("build/bench")


def machine() -> dict[str, Any]:
    model = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    import psutil

    return {
        "cpu": model or platform.processor(),
        "cores": os.cpu_count(),
        "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


class PeakMemory(threading.Thread):
    """Sample the resident memory of a process tree until stopped; keep the peak."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.peak = pid, 0
        self._stop_event = threading.Event()

    def _sample(self) -> None:
        import psutil

        try:
            root = psutil.Process(self.pid)
            total = sum(p.memory_info().rss for p in [root, *root.children(recursive=True)])
        except psutil.Error:
            return
        self.peak = max(self.peak, total)

    def run(self) -> None:
        # A sample first: a short notebook may be done before the first pause ends.
        self._sample()
        while not self._stop_event.wait(0.05):
            self._sample()

    def stop(self) -> int:
        self._stop_event.set()
        self.join()
        self._sample()
        return self.peak


def time_notebook(course: Course, chapter: str) -> dict[str, float]:
    """Kernel start, setup cell and the rest of one instructor notebook, and peak memory."""
    source = course.source_notebook(chapter)
    nb = graded_notebook(nbformat.read(source, as_version=4))
    started = time.perf_counter()
    with KernelSession(nb, source.parent) as session:
        kernel_start = time.perf_counter() - started
        pid = session.client.km.provisioner.process.pid  # type: ignore[union-attr]
        sampler = PeakMemory(pid)
        sampler.start()
        first_code = next(i for i, c in enumerate(nb.cells) if c.cell_type == "code")
        t0 = time.perf_counter()
        session.run_cells(nb.cells[: first_code + 1])
        setup = time.perf_counter() - t0
        t0 = time.perf_counter()
        session.run_cells(nb.cells[first_code + 1 :], first_code + 1)
        work = time.perf_counter() - t0
        peak = sampler.stop()
    return {
        "kernel_start_s": kernel_start,
        "setup_and_tf_import_s": setup,
        "notebook_work_s": work,
        "total_s": kernel_start + setup + work,
        "peak_memory_mb": peak / 2**20,
    }


def bench_class(
    course: Course, chapter: str, count: int, blank: bool = True
) -> dict[str, nbformat.NotebookNode]:
    """Up to `count` honest submissions of `chapter` from the demo's sample class:
    `perfect`, `blank` (unless `blank` is False), then `mistake-*` students, each with
    one typical wrong answer and so a whole notebook to run.

    The sample class's `crash` and `malicious` students are left out: the baseline,
    plain nbgrader, would run them without a sandbox.
    """
    students = sample_class(course, chapter, mistakes=count)
    honest = {
        name: nb
        for name, nb in students.items()
        if name == "perfect" or (name == "blank" and blank) or name.startswith("mistake-")
    }
    return dict(list(honest.items())[:count])


def _class_course(
    course: Course, chapters: list[str], where: Path, per_chapter: int, blank: bool = True
) -> tuple[Course, int]:
    """A scratch course with the bench class of each chapter submitted, and its size."""
    if where.exists():
        shutil.rmtree(where)
    bench_course, count = scratch_course(course, chapters, where), 0
    for chapter in chapters:
        students = bench_class(course, chapter, per_chapter, blank)
        count += len(students)
        for student, nb in students.items():
            target = where / "submitted" / student / chapter / f"{chapter}.ipynb"
            target.parent.mkdir(parents=True, exist_ok=True)
            nbformat.write(nb, target)
        nbgrader(where, "generate_assignment", chapter, "--force", "--log-level=ERROR")
    return bench_course, count


def _reset(course: Course) -> None:
    for folder in ("autograded", "feedback"):
        shutil.rmtree(course.root / folder, ignore_errors=True)
    shutil.rmtree(course.root / STATUS_DIR, ignore_errors=True)


def _plain_nbgrader(course: Course, chapters: list[str]) -> None:
    """nbgrader's own steps only: the course's sandbox and rules switched off."""
    saved = {name: os.environ.get(name) for name in (SANDBOX_ENV, POLICY_SWITCH_ENV)}
    os.environ.update({SANDBOX_ENV: "off", POLICY_SWITCH_ENV: "off"})
    try:
        for chapter in chapters:
            nbgrader(
                course.root,
                "autograde",
                chapter,
                "--create",
                "--force",
                "--log-level=ERROR",
                plain=True,
            )
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@contextlib.contextmanager
def dask_cluster(workers: int) -> Iterator[str]:
    """A real scheduler and `workers` worker processes on loopback."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    address = f"tcp://127.0.0.1:{port}"
    dask = str(Path(sys.executable).parent / "dask")
    procs = [
        subprocess.Popen(
            [
                dask,
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
        procs += [
            subprocess.Popen(
                [dask, "worker", address, "--nthreads", "1", "--no-dashboard"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            for _ in range(workers)
        ]
        from distributed import Client

        with Client(address, timeout=60) as client:
            client.wait_for_workers(workers, timeout=60)
        yield address
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            proc.wait(timeout=30)


# What the pipeline must reach, checked by `verdict` and kept in bench.json. A ratio
# misses only when even its best repeat (each repeat times the configurations back to
# back) falls short by more than NOISE, the run-to-run spread measured on the 2-core
# reference machine; a quick run has one repeat, so NOISE is all it gets.
TARGETS = {
    "parallel_vs_serial_per_core": 0.9,  # all cores vs serial nbgrader, times the core count
    "one_worker_vs_serial_nbgrader": 1.0,
    "sandbox_overhead": 0.10,
    "peak_kernel_memory_mb": 1500.0,
}
NOISE = 0.10
# Targets whose miss makes `bench` exit non-zero; the others are reported only.
GATING = ("parallel_vs_serial_nbgrader", "sandbox_overhead")


class Progress:
    """Prints each step of a long measurement with the elapsed time and an estimate of
    what is left. Steps carry weights in "notebook runs"; the rate is what the steps
    so far took per unit of weight."""

    def __init__(self, total_weight: float, out: Callable[[str], None] | None = print) -> None:
        self.total = total_weight
        self.done = 0.0
        self.out = out
        self.started = time.perf_counter()

    def step(self, label: str, weight: float) -> None:
        if self.out is not None:
            elapsed = time.perf_counter() - self.started
            eta = (
                f"about {(self.total - self.done) * elapsed / self.done / 60:.0f} min left"
                if self.done
                else "estimating"
            )
            self.out(f"[bench {elapsed / 60:4.1f} min, {eta}] {label}")
        self.done += weight


def verdict(result: dict[str, Any]) -> list[str]:
    """The targets this bench result misses by more than noise, one line each ([] when
    every target is met). Lines of GATING targets start with "MISSED", others with "missed"."""
    throughput, misses = result["throughput"], []
    cores = result["machine"]["cores"]
    serial = throughput["plain nbgrader, serial, no sandbox"]
    parallel = throughput[f"pipeline, {cores} workers, sandbox"]
    one = throughput["pipeline, 1 worker, sandbox"]
    off = throughput["pipeline, 1 worker, no sandbox"]

    def miss(name: str, text: str) -> None:
        misses.append(f"{'MISSED' if name in GATING else 'missed'} {name}: {text}")

    target = TARGETS["parallel_vs_serial_per_core"] * cores
    best = max(_speedups(serial, parallel))
    if best < target * (1 - NOISE):
        miss("parallel_vs_serial_nbgrader", f"{best:.2f}× at best, target ≥ {target:.1f}×")
    best = max(_speedups(serial, one))
    if best < TARGETS["one_worker_vs_serial_nbgrader"] * (1 - NOISE):
        miss("one_worker_vs_serial_nbgrader", f"{best:.2f}× at best, target ≥ 1.0×")
    best = 1 / max(_speedups(off, one)) - 1
    if best > TARGETS["sandbox_overhead"] + NOISE:
        miss("sandbox_overhead", f"{100 * best:+.0f}% at best, target < 10%")
    for chapter, timings in result["chapters"].items():
        peak = timings["peak_memory_mb"]["min"]
        if peak > TARGETS["peak_kernel_memory_mb"] * (1 + NOISE):
            miss("peak_kernel_memory_mb", f"{chapter} peaks at {peak:.0f} MB, target < 1500 MB")
    return misses


def _speedups(baseline: dict[str, Any], candidate: dict[str, Any]) -> list[float]:
    """How many times faster `candidate` ran than `baseline`, once per repeat.

    The configurations of one repeat run back to back, so each repeat's ratio compares
    runs on the machine in the same state; the machine's speed drifts between repeats
    by more than the targets' margins. A summary without the runs (a bench.json older
    than `runs_s`) gives the most favourable pairing of its extremes instead.
    """
    before, after = baseline.get("runs_s"), candidate.get("runs_s")
    if before and after and len(before) == len(after):
        return [b / a for b, a in zip(before, after, strict=True)]
    return [baseline["max_s"] / candidate["min_s"]]


def _timed(repeats: int, before: Callable[[], None], run: Callable[[], None]) -> list[float]:
    times = []
    for _ in range(repeats):
        before()
        t0 = time.perf_counter()
        run()
        times.append(time.perf_counter() - t0)
    return times


def _summary(times: list[float], count: int) -> dict[str, Any]:
    median = statistics.median(times)
    return {
        "median_s": median,
        "min_s": min(times),
        "max_s": max(times),
        "per_minute": 60 * count / median,
        "runs_s": times,
    }


def run_bench(
    course: Course,
    out: Path = DEFAULT_OUT,
    quick: bool = False,
    chapters: list[str] | None = None,
    progress: Callable[[str], None] | None = print,
    repeats: int | None = None,
    per_chapter: int | None = None,
    dask: bool = True,
) -> dict[str, Any]:
    """Measure everything above, printing each step with an estimate of the time left.

    A full run grades `per_chapter` (default 8) submissions of each chapter, blank
    included, `repeats` (default 3) times. Fewer would measure the end of the run more
    than the pipeline: with 2 workers, 3 whole notebooks and a blank one cannot finish
    in less than 2 notebooks' time, which caps the speed-up at about 1.75x whatever the
    grader does. `quick` uses 1 repeat and grades 4 whole notebooks (no blank) of the
    first chapter only, so that its time does not grow with the course and its ratio
    measures the pipeline, not the mix; every chapter's notebook is still timed.
    `dask` False skips the two Dask configurations.
    """
    prepare_environment()
    chapters = chapters or course.chapters
    repeats = repeats or (1 if quick else 3)
    per_chapter = per_chapter or (4 if quick else 8)
    cores = os.cpu_count() or 1
    result: dict[str, Any] = {
        "machine": machine(),
        "quick": quick,
        "repeats": repeats,
        "per_chapter": per_chapter,
        "blank": not quick,
        "chapters": {},
    }
    graded = chapters[:1] if quick else chapters
    bench_course, count = _class_course(
        course, graded, out.resolve() / "course", per_chapter, blank=not quick
    )
    # Workers of each grading configuration below (plain nbgrader, pipeline without
    # and with the sandbox, pipeline on every core), then of the Dask runs. Progress
    # weighs steps in notebook runs: one per timed notebook, count / workers per pass.
    config_workers = (1, 1, 1, cores)
    dask_workers: tuple[int, ...] = (1, 2) if dask else ()
    grading_weight = count * sum(1 / w for w in (*config_workers, *dask_workers))
    steps = Progress(len(chapters) * repeats + repeats * grading_weight, progress)
    for chapter in chapters:
        runs = []
        for repeat in range(repeats):
            steps.step(f"timing the {chapter} notebook, repeat {repeat + 1}/{repeats}", 1)
            runs.append(time_notebook(course, chapter))
        result["chapters"][chapter] = {
            key: {
                "median": statistics.median(r[key] for r in runs),
                "min": min(r[key] for r in runs),
                "max": max(r[key] for r in runs),
            }
            for key in runs[0]
        }
    result["graded_chapters"] = graded

    def reset() -> None:
        _reset(bench_course)

    def pipeline(**kwargs: Any) -> Callable[[], None]:
        def run() -> None:
            grade(bench_course, progress=None, **kwargs)

        return run

    configs: dict[str, Callable[[], None]] = {
        "plain nbgrader, serial, no sandbox": lambda: _plain_nbgrader(bench_course, graded),
        "pipeline, 1 worker, no sandbox": pipeline(workers=1, options=Options(sandbox=False)),
        "pipeline, 1 worker, sandbox": pipeline(workers=1),
        f"pipeline, {cores} workers, sandbox": pipeline(workers=cores),
    }
    weights = dict(zip(configs, (count / w for w in config_workers), strict=True))
    # Repeats go round the configurations, so a machine that slows down or speeds up
    # during the run weighs on every configuration alike, not on the ones timed last.
    times: dict[str, list[float]] = {name: [] for name in configs}
    for repeat in range(repeats):
        for name, run in configs.items():
            steps.step(
                f"grading {count} submissions: {name}, repeat {repeat + 1}/{repeats}",
                weights[name],
            )
            times[name] += _timed(1, reset, run)
    throughput = {name: _summary(times[name], count) for name in configs}
    for workers in dask_workers:
        name = f"pipeline via Dask, {workers} worker process(es), sandbox"
        steps.step(f"grading {count} submissions: {name}", repeats * count / workers)
        with dask_cluster(workers) as address:
            throughput[name] = _summary(_timed(repeats, reset, pipeline(scheduler=address)), count)
    result["submissions"] = count
    result["throughput"] = throughput
    serial = throughput["plain nbgrader, serial, no sandbox"]
    parallel = throughput[f"pipeline, {cores} workers, sandbox"]
    one = throughput["pipeline, 1 worker, sandbox"]
    off = throughput["pipeline, 1 worker, no sandbox"]
    per_repeat = {
        "parallel_vs_serial_nbgrader": _speedups(serial, parallel),
        "sandbox_overhead": [1 / r - 1 for r in _speedups(off, one)],
        "one_worker_vs_serial_nbgrader": _speedups(serial, one),
    }
    result["ratios"] = {
        **{name: statistics.median(values) for name, values in per_repeat.items()},
        "target_parallel_vs_serial": 0.9 * cores,
        "per_repeat": per_repeat,
    }
    result["targets"] = {**TARGETS, "noise": NOISE, "gating": list(GATING)}
    result["missed"] = verdict(result)
    out.mkdir(parents=True, exist_ok=True)
    (out / "bench.json").write_text(json.dumps(result, indent=1))
    (out / "bench.md").write_text(to_markdown(result))
    return result


def _mix(result: dict[str, Any]) -> str:
    kinds = (
        "the perfect one, the blank one and" if result.get("blank", True) else "the perfect one and"
    )
    return f"per chapter, {kinds} students with one typical mistake each"


def to_markdown(result: dict[str, Any]) -> str:
    m = result["machine"]
    lines = [
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB, Python {m['python']}. "
        f"{'Quick run' if result['quick'] else 'Full run'}: medians of {result['repeats']} repeat(s), [min–max]"
        + (
            "; a ratio is the median of each repeat's own ratio."
            if result["ratios"].get("per_repeat") and result["repeats"] > 1
            else "."
        ),
        "",
        "| chapter | kernel start (s) | set-up cell (s) | notebook work (s) | total (s) | peak kernel memory (MB) |",
        "|---|---|---|---|---|---|",
    ]
    for chapter, r in result["chapters"].items():
        cells = [
            f"{r[k]['median']:.1f} [{r[k]['min']:.1f}–{r[k]['max']:.1f}]"
            for k in ("kernel_start_s", "setup_and_tf_import_s", "notebook_work_s", "total_s")
        ]
        lines.append(
            f"| {chapter} | " + " | ".join(cells) + f" | {r['peak_memory_mb']['median']:.0f} |"
        )
    lines += [
        "",
        f"Grading {result['submissions']} submissions of {', '.join(result['graded_chapters'])} "
        f"({_mix(result)}):",
        "",
        "| configuration | wall time (s) | notebooks per minute |",
        "|---|---|---|",
    ]
    for name, t in result["throughput"].items():
        lines.append(
            f"| {name} | {t['median_s']:.1f} [{t['min_s']:.1f}–{t['max_s']:.1f}] | {t['per_minute']:.2f} |"
        )
    r = result["ratios"]
    each = r.get("per_repeat", {})

    def spread(name: str, show: Callable[[float], str]) -> str:
        values = each.get(name, [])
        return f"; per repeat: {', '.join(show(v) for v in values)}" if len(values) > 1 else ""

    def times(v: float) -> str:
        return f"{v:.2f}×"

    def percent(v: float) -> str:
        return f"{100 * v:+.1f}%"

    lines += [
        "",
        f"- Parallel pipeline vs serial nbgrader: {times(r['parallel_vs_serial_nbgrader'])} "
        f"(target ≥ {r['target_parallel_vs_serial']:.1f}×"
        f"{spread('parallel_vs_serial_nbgrader', times)}).",
        f"- Sandbox overhead (1 worker): {percent(r['sandbox_overhead'])} (target < 10%"
        f"{spread('sandbox_overhead', percent)}).",
        f"- Pipeline with 1 worker vs serial nbgrader: "
        f"{times(r['one_worker_vs_serial_nbgrader'])} (target ≥ 1.0×"
        f"{spread('one_worker_vs_serial_nbgrader', times)}).",
        "",
    ]
    missed = result.get("missed", [])
    lines += [f"- {line}" for line in missed] or ["- Every target is met (within noise)."]
    lines.append("")
    return "\n".join(lines)


# README blocks generated from a published bench.json: the opening marker names the
# JSON file (relative to the README), the block is `to_markdown` of it, never typed.
_BLOCK_START = "<!-- bench: "
_BLOCK_TAIL = " (generated by `python -m autograde bench --publish`; do not edit) -->"
_BLOCK_END = "<!-- /bench -->"


def _blocks(text: str) -> list[tuple[str, int, int]]:
    """(JSON path, start, end) of each bench block's body in `text`."""
    found, at = [], 0
    while (start := text.find(_BLOCK_START, at)) >= 0:
        name_end = text.find(_BLOCK_TAIL, start)
        end = text.find(_BLOCK_END, start)
        if name_end < 0 or end < 0 or end < name_end:
            raise ValueError(f"unterminated bench block at character {start}")
        name = text[start + len(_BLOCK_START) : name_end]
        found.append((name, name_end + len(_BLOCK_TAIL), end))
        at = end + len(_BLOCK_END)
    return found


def readme_blocks(readme: Path) -> list[tuple[str, str]]:
    """(JSON path named by the marker, the block's text) for each bench block of `readme`."""
    text = readme.read_text()
    return [(name, text[start:end].strip("\n")) for name, start, end in _blocks(text)]


def render_readme(readme: Path, missing_ok: bool = False) -> str:
    """`readme`'s text with each bench block regenerated from the JSON its marker names.

    A block whose JSON does not exist is an error, or left as it is with `missing_ok`.
    """
    text = readme.read_text()
    for name, start, end in reversed(_blocks(text)):
        source = readme.parent / name
        if not source.is_file():
            if missing_ok:
                continue
            raise FileNotFoundError(
                f"{readme.name} shows a bench table from {name}, which does not exist: "
                f"publish a run there with `python -m autograde bench --publish {name}`"
            )
        result = json.loads(source.read_text())
        text = text[:start] + "\n" + to_markdown(result).strip() + "\n" + text[end:]
    return text


def publish(out: Path, target: Path, readme: Path) -> list[str]:
    """Copy the run's bench.json in `out` to `target` and regenerate `readme`'s blocks.

    Returns the JSON paths the README's blocks name that exist; `target` need not be
    one of them yet (add a marker naming it to show it). Blocks whose JSON is missing
    are left as they are.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(out / "bench.json", target)
    text = render_readme(readme, missing_ok=True)
    readme.write_text(text)
    return [name for name, _, _ in _blocks(text) if (readme.parent / name).is_file()]
