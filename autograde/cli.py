"""A thin command line over typed functions; defaults come from the functions."""

from __future__ import annotations

import argparse
import inspect
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from autograde import demo as demo_module
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
    return demo_module.run_demo(Course(ROOT), out=Path(args.out), chapters=args.chapters or None)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m autograde", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("release", help="regenerate release/ from source/ with nbgrader")
    p.add_argument(
        "course", nargs="?", default=str(ROOT), help="course root (default: this repository)"
    )
    p.add_argument("--chapters", nargs="*", help="only these chapters")
    p.set_defaults(func=_release)

    p = sub.add_parser("demo", help="build, run and grade a sample class (what `make demo` runs)")
    p.add_argument(
        "--out", default=str(_default(demo_module.run_demo, "out")), help="output folder"
    )
    p.add_argument("--chapters", nargs="*", help="only these chapters")
    p.set_defaults(func=_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args))
