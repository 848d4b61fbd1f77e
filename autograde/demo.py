"""`make demo`: regenerate release/, then grade a sample class of every chapter.

The sample class is made from the course's own material: a student with the
instructor's solutions, one who leaves everything blank, and one per mistake in
tests/mutants/ (each mutant is a typical wrong answer to one task). Every
submission is graded by plain `nbgrader autograde` in a scratch course under
`out`, and the per-student totals are printed and written as CSV.
"""

from __future__ import annotations

import csv
import time
from pathlib import Path

import nbformat

from autograde.course import Course, autograde_with_nbgrader, release, scratch_course
from autograde.mutants import load_variants, perfect_submission, solution_sources, with_solutions

DEFAULT_OUT = Path("build/demo")


def sample_class(
    course: Course, chapter: str, mutants_per_task: int = 1
) -> dict[str, nbformat.NotebookNode]:
    """{student: notebook} for one chapter: perfect, blank, and typical mistakes."""
    source = nbformat.read(course.source_notebook(chapter), as_version=4)
    student_nb = nbformat.read(course.release_notebook(chapter), as_version=4)
    students = {"perfect": perfect_submission(source, student_nb), "blank": student_nb}
    solutions = solution_sources(source)
    taken: dict[str, int] = {}
    for variant in load_variants(course.root / "tests" / "mutants" / chapter):
        if (
            variant.kind != "mutant"
            or variant.extra_cells
            or taken.get(variant.target, 0) >= mutants_per_task
        ):
            continue
        taken[variant.target] = taken.get(variant.target, 0) + 1
        students[f"mistake-{variant.name}"] = with_solutions(
            student_nb, {**solutions, variant.target: variant.source}
        )
    return students


def run_demo(course: Course, out: Path = DEFAULT_OUT, chapters: list[str] | None = None) -> int:
    chapters = chapters or course.chapters
    out = out.resolve()
    started = time.perf_counter()
    print(f"1/3 regenerating release/ from source/ for {', '.join(chapters)}")
    release(course, chapters)
    demo_course = scratch_course(course, chapters, out / "course")
    rows = []
    for chapter in chapters:
        students = sample_class(course, chapter)
        print(
            f"2/3 grading {len(students)} sample submissions of {chapter} with nbgrader autograde"
        )
        for student, nb in students.items():
            path = out / "incoming" / f"{student}.ipynb"
            path.parent.mkdir(parents=True, exist_ok=True)
            nbformat.write(nb, path)
            t0 = time.perf_counter()
            scores = autograde_with_nbgrader(demo_course, chapter, student, path)
            total = sum(s for s, _ in scores.values())
            maximum = sum(m for _, m in scores.values())
            rows.append(
                {
                    "student": student,
                    "assignment": chapter,
                    "score": total,
                    "max_score": maximum,
                    "seconds": round(time.perf_counter() - t0, 1),
                }
            )
            print(f"    {student:<45} {total:5.1f} / {maximum:.0f}   ({rows[-1]['seconds']} s)")
    grades = out / "grades.csv"
    with grades.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    print(f"3/3 wrote {grades} and the graded notebooks under {demo_course.root / 'autograded'}")
    print(f"done in {time.perf_counter() - started:.0f} s")
    return 0
