"""A thin command line over typed functions; defaults come from the functions."""

from __future__ import annotations

import argparse
import inspect
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from autograde import demo as demo_module
from autograde import grade as grade_module
from autograde import intake, results
from autograde.course import Course, release

ROOT = Path(__file__).resolve().parents[1]


def _default(fn: Callable[..., Any], name: str) -> Any:
    return inspect.signature(fn).parameters[name].default


def _release(args: argparse.Namespace) -> int:
    course = Course(Path(args.course).resolve())
    for folder in release(course, args.chapters or None):
        print(f"wrote {folder.relative_to(course.root)}/")
    return 0


def _demo(args: argparse.Namespace) -> int:
    return demo_module.run_demo(
        Course(ROOT), out=Path(args.out), chapters=args.chapters or None, workers=args.workers
    )


def _course(args: argparse.Namespace) -> Course:
    return Course(Path(args.course).resolve())


def _grade(args: argparse.Namespace) -> int:
    course = _course(args)
    if args.no_sandbox:
        print("WARNING: grading without the sandbox: student code runs with your permissions.")
    try:
        outcomes = grade_module.grade(
            course,
            args.assignment,
            args.student,
            args.workers,
            args.scheduler,
            force=args.force,
            options=grade_module.Options(
                sandbox=not args.no_sandbox,
                memory_mb=args.memory_mb,
                timeout_s=args.timeout,
                max_output_chars=args.max_output_chars,
                policy=not args.no_policy,
            ),
        )
    except (grade_module.SandboxRefused, grade_module.GradebookOutOfDate) as exc:
        print(f"refusing to grade: {exc}")
        return 2
    counts = Counter(o.status for o in outcomes)
    print(
        "summary: " + ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
        if counts
        else "nothing to grade"
    )
    return 0 if set(counts) <= {"graded", "late"} else 1


def _collect(args: argparse.Namespace) -> int:
    placed, skipped = intake.collect(_course(args), Path(args.source), args.pattern)
    for key, name in placed:
        print(f"placed  {name} -> submitted/{key}")
    for name, why in skipped:
        print(f"skipped {name}: {why}")
    return 0 if not skipped else 1


def _feedback(args: argparse.Namespace) -> int:
    pages = results.feedback(_course(args))
    print(f"wrote {len(pages)} feedback pages under feedback/")
    return 0


def _export(args: argparse.Namespace) -> int:
    print(f"wrote {results.export_csv(_course(args), Path(args.to))}")
    return 0


def _bench(args: argparse.Namespace) -> int:
    from autograde import bench

    result = bench.run_bench(
        Course(Path(args.course)),
        out=Path(args.out),
        quick=args.quick,
        chapters=args.chapters or None,
        repeats=args.repeats,
        per_chapter=args.per_chapter,
        dask=not args.no_dask,
    )
    print(bench.to_markdown(result))
    print(f"wrote {Path(args.out) / 'bench.md'} and {Path(args.out) / 'bench.json'}")
    if args.publish:
        # Relative to the repository, like the paths the README's markers name.
        shown = bench.publish(Path(args.out), ROOT / args.publish, ROOT / "README.md")
        print(f"wrote {args.publish}; README.md's bench tables regenerated from {shown}")
    # Exit 1 when a gating target (parallel speed-up, sandbox overhead) is missed.
    return int(any(line.startswith("MISSED") for line in result["missed"]))


def _report(args: argparse.Namespace) -> int:
    print(f"wrote {results.report(_course(args), Path(args.to))}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m autograde", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("release", help="regenerate release/ from source/ with nbgrader")
    p.add_argument(
        "course", nargs="?", default=str(ROOT), help="course root (default: this repository)"
    )
    p.add_argument("--chapters", nargs="*", help="only these chapters")
    p.set_defaults(func=_release)

    p = sub.add_parser("collect", help="import submissions from a folder or a zip export")
    p.add_argument("course")
    p.add_argument("source", help="folder tree or zip file with one notebook per student")
    p.add_argument(
        "--pattern",
        help="regular expression for flat file names (no .ipynb) with the named groups "
        "student and assignment, e.g. '^(?P<student>[a-z0-9]+)_\\d+_(?P<assignment>ch\\d\\d_\\w+)$'",
    )
    p.set_defaults(func=_collect)

    defaults = grade_module.Options()
    p = sub.add_parser("grade", help="autograde what is not graded yet, in parallel and sandboxed")
    p.add_argument("course")
    p.add_argument("--assignment")
    p.add_argument("--student")
    p.add_argument("--workers", type=int, help="parallel graders (default: one per core)")
    p.add_argument(
        "--scheduler", help="address of a Dask scheduler to grade on, e.g. tcp://host:8786"
    )
    p.add_argument("--force", action="store_true", help="grade again what is already graded")
    p.add_argument(
        "--no-sandbox", action="store_true", help="run student code unsandboxed (unsafe)"
    )
    p.add_argument(
        "--no-policy",
        action="store_true",
        help="run student code that breaks the grading rules (see autograde/policy.py)",
    )
    p.add_argument(
        "--memory-mb", type=int, default=defaults.memory_mb, help="memory cap per kernel"
    )
    p.add_argument("--timeout", type=int, default=defaults.timeout_s, help="seconds per notebook")
    p.add_argument(
        "--max-output-chars",
        type=int,
        default=defaults.max_output_chars,
        help="output kept per notebook; more is dropped and the status says 'output flood'",
    )
    p.set_defaults(func=_grade)

    p = sub.add_parser(
        "feedback", help="per-student HTML feedback (scores and messages, no hidden tests)"
    )
    p.add_argument("course")
    p.set_defaults(func=_feedback)

    p = sub.add_parser("export", help="grades as CSV")
    p.add_argument("course")
    p.add_argument("--to", required=True)
    p.set_defaults(func=_export)

    p = sub.add_parser("report", help="HTML report with plots")
    p.add_argument("course")
    p.add_argument("--to", required=True)
    p.set_defaults(func=_report)

    p = sub.add_parser(
        "bench",
        help="measure time and memory against plain nbgrader; exit 1 when the parallel "
        "speed-up or the sandbox overhead misses its target by more than noise",
    )
    p.add_argument(
        "--quick",
        action="store_true",
        help="1 repeat; grade 4 whole notebooks of the first chapter (a few minutes)",
    )
    p.add_argument("--repeats", type=int, help="repeats of each step (default 3; quick: 1)")
    p.add_argument(
        "--per-chapter",
        type=int,
        help="submissions graded per chapter (default 8; quick: 4)",
    )
    p.add_argument("--no-dask", action="store_true", help="skip the Dask configurations")
    p.add_argument("--out", default="build/bench")
    p.add_argument("--chapters", nargs="*", help="only these chapters")
    p.add_argument("--course", default=str(ROOT), help="course root (default: this repository)")
    p.add_argument(
        "--publish",
        metavar="JSON",
        help="also copy bench.json there (e.g. docs/bench/ch01.json) and regenerate the "
        "README's bench tables from the JSON files their markers name",
    )
    p.set_defaults(func=_bench)

    p = sub.add_parser("demo", help="build, run and grade a sample class (what `make demo` runs)")
    p.add_argument(
        "--out", default=str(_default(demo_module.run_demo, "out")), help="output folder"
    )
    p.add_argument("--chapters", nargs="*", help="only these chapters")
    p.add_argument("--workers", type=int, help="parallel graders (default: one per core)")
    p.set_defaults(func=_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args))
