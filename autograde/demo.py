"""`make demo`: build a course, grade a sample class of every chapter, report.

The sample class is made from the course's own material, five kinds of student per
chapter: `perfect` (the instructor's solutions), `blank` (the student notebook as
released), three `mistake-*` students (typical wrong answers from tests/mutants/,
for tasks spread over the chapter), `crash` (perfect, but its kernel is killed half-way for going over the memory cap) and `malicious`
(a blank notebook whose first solution tries to read the hidden tests, write the
gradebook and reach the network; the grading rules refuse to run it). Everything is graded by the real pipeline
(`autograde.grade`, sandboxed, one worker per core) in `out/course/`.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import nbformat

from autograde.course import Course, release, scratch_course
from autograde.grade import Outcome, grade
from autograde.mutants import (
    Variant,
    load_variants,
    perfect_submission,
    solution_sources,
    with_solutions,
)
from autograde.notebook import grade_id, is_solution_cell
from autograde.results import export_csv, feedback, report

DEFAULT_OUT = Path("build/demo")

MALICIOUS = """
import os, socket
course_root = os.path.abspath(os.path.join(os.getcwd(), "..", "..", ".."))
for target in ("source", "gradebook.db", "release"):
    path = os.path.join(course_root, target)
    print(f"{path}: {'VISIBLE' if os.path.exists(path) else 'not visible'}")
try:
    open(os.path.join(course_root, "gradebook.db"), "w").write("overwritten")
    print("gradebook: written (inside the sandbox's private filesystem only)")
except OSError as exc:
    print("gradebook:", exc)
try:
    socket.create_connection(("1.1.1.1", 443), timeout=3)
    print("network: reachable")
except OSError as exc:
    print("network:", exc)
raise NotImplementedError()
"""


# Gets the kernel killed half-way with code the grading rules allow (they refuse
# os._exit): 8 GiB is over the sandbox's memory cap.
CRASH = "\nimport numpy as np\nhog = np.ones((8, 1024, 1024, 1024), dtype=np.uint8)\n"


def sample_class(
    course: Course, chapter: str, mistakes: int = 3, release_root: Course | None = None
) -> dict[str, nbformat.NotebookNode]:
    """{student: notebook} for one chapter (see the module docstring).

    `mistakes` students each get one typical wrong answer, for tasks spread evenly
    from the first to the last (each non-blank student costs a whole notebook run,
    so the demo keeps this small).
    """
    source = nbformat.read(course.source_notebook(chapter), as_version=4)
    released = (release_root or course).release_notebook(chapter)
    student_nb = nbformat.read(released, as_version=4)
    solutions = solution_sources(source)
    students = {"perfect": perfect_submission(source, student_nb), "blank": student_nb}
    first_mutant: dict[str, Variant] = {}
    for variant in load_variants(course.root / "tests" / "mutants" / chapter):
        if variant.kind == "mutant" and not variant.extra_cells:
            first_mutant.setdefault(variant.target, variant)
    targets = [gid for gid in solutions if gid in first_mutant]
    count = min(mistakes, len(targets))
    spread = [targets[round(i * (len(targets) - 1) / max(count - 1, 1))] for i in range(count)]
    for target in spread:  # distinct: the step between indices is at least 1
        variant = first_mutant[target]
        students[f"mistake-{variant.name}"] = with_solutions(
            student_nb, {**solutions, target: variant.source}
        )
    ids = [grade_id(c) for c in student_nb.cells if is_solution_cell(c)]
    middle = ids[len(ids) // 2]
    students["crash"] = with_solutions(student_nb, {**solutions, middle: solutions[middle] + CRASH})
    students["malicious"] = with_solutions(student_nb, {ids[0]: MALICIOUS})
    return students


def run_demo(
    course: Course,
    out: Path = DEFAULT_OUT,
    chapters: list[str] | None = None,
    workers: int | None = None,
) -> int:
    chapters = chapters or course.chapters
    out = out.resolve()
    started = time.perf_counter()
    if out.exists():
        shutil.rmtree(out)
    demo_course = scratch_course(course, chapters, out / "course")
    print(f"1/4 releasing {', '.join(chapters)} from source/ into {demo_course.root / 'release'}")
    release(course, chapters, out=demo_course.root / "release")
    count = 0
    for chapter in chapters:
        for student, nb in sample_class(course, chapter, release_root=demo_course).items():
            target = demo_course.root / "submitted" / student / chapter / f"{chapter}.ipynb"
            target.parent.mkdir(parents=True, exist_ok=True)
            nbformat.write(nb, target)
            count += 1
    print(f"2/4 grading {count} sample submissions in the sandbox")
    outcomes = grade(demo_course, workers=workers)
    print("3/4 writing grades, feedback and report")
    grades = export_csv(demo_course, out / "grades.csv")
    pages = feedback(demo_course)
    page = report(demo_course, out / "report.html")
    print("4/4 summary")
    print(f"    {'assignment':<14} {'student':<42} {'score':>7} {'status':<14} {'seconds':>7}")
    for o in outcomes:
        maximum = o.max_score
        shown = f"{o.score:g}/{maximum:g}" if o.scores else "-"
        print(f"    {o.assignment:<14} {o.student:<42} {shown:>7} {o.status:<14} {o.seconds:7.1f}")
    print(
        f"grades:   {grades}\nfeedback: {len(pages)} pages under {demo_course.root / 'feedback'}\nreport:   {page}"
    )
    print(f"done in {time.perf_counter() - started:.0f} s")
    problems = demo_problems(outcomes)
    for problem in problems:
        print(f"PROBLEM: {problem}")
    return 1 if problems else 0


def demo_problems(outcomes: list[Outcome]) -> list[str]:
    """What the sample class proves wrong about the pipeline ([] when all is well).

    The perfect student must get full points and the blank one none, both graded
    cleanly; anything else means grading itself is broken (a missing mount in the
    sandbox, a kernel that cannot start), not that a student erred.
    """
    problems = []
    for o in outcomes:
        if o.student == "perfect" and (
            o.status != "graded" or o.score < o.max_score or not o.scores
        ):
            problems.append(
                f"{o.assignment}: the perfect submission got {o.score:g}/{o.max_score:g} ({o.status}: {o.message})"
            )
        if o.student == "blank" and (o.status != "graded" or o.score > 0):
            problems.append(
                f"{o.assignment}: the blank submission got {o.score:g} ({o.status}: {o.message})"
            )
    return problems
