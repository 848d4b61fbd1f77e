"""Submissions that attack the grader score no more than a blank notebook.

One chapter 1 class is graded by the real pipeline (sandbox, rules and kernel
guard on, two workers): the perfect and blank students, and one student per
attack of `tests/autograde/attacks.py`. The chapter ends after the task the attacks
aim at (`up_to_the_target`).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
import pytest

from autograde.course import Course, scratch_course
from autograde.grade import Options, digest_of, grade
from autograde.mutants import perfect_submission
from tests.autograde.attacks import ATTACKS, CHAPTER, Attack, up_to_the_target

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def attacked(tmp_path_factory):
    course = Course(ROOT)  # its release/ is checked fresh by the course gates
    where = tmp_path_factory.mktemp("attacks")
    demo = scratch_course(course, [CHAPTER], where / "course")
    source = up_to_the_target(nbformat.read(course.source_notebook(CHAPTER), as_version=4))
    nbformat.write(source, demo.source_notebook(CHAPTER))
    student_nb = up_to_the_target(nbformat.read(course.release_notebook(CHAPTER), as_version=4))
    students = {"perfect": perfect_submission(source, student_nb), "blank": student_nb}
    students |= {f"attack-{a.name}": a.notebook(student_nb) for a in ATTACKS}
    digests = {}
    for student, nb in students.items():
        folder = demo.root / "submitted" / student / CHAPTER
        folder.mkdir(parents=True)
        nbformat.write(nb, folder / f"{CHAPTER}.ipynb")
        digests[student] = digest_of(folder / f"{CHAPTER}.ipynb")
    for attack in ATTACKS:
        for name, text in attack.files:
            (demo.root / "submitted" / f"attack-{attack.name}" / CHAPTER / name).write_text(text)
    # The two attacks that never end are stopped by the cell limit. It must leave the
    # memory attack time to fill its cap under load: at 20 s, with three test workers
    # on two cores, that cell timed out and the kernel died in the interrupt.
    options = Options(timeout_s=600, cell_timeout_s=40)
    outcomes = {o.student: o for o in grade(demo, workers=2, options=options, progress=None)}
    yield demo, outcomes, digests
    shutil.rmtree(where, ignore_errors=True)


def test_the_class_has_an_attack_for_every_bullet_of_the_issue():
    assert len(ATTACKS) >= 20
    assert len({a.name for a in ATTACKS}) == len(ATTACKS)
    assert {a.bullet for a in ATTACKS} == {
        "replace functions",
        "fake objects",
        "files and sys.path",
        "cell edits",
        "catch exceptions",
        "end the kernel",
        "hidden tests and network",
    }


def test_honest_students_are_graded_as_usual(attacked):
    _, outcomes, _ = attacked
    perfect, blank = outcomes["perfect"], outcomes["blank"]
    assert perfect.status == "graded" and perfect.score == perfect.max_score > 0
    assert blank.status == "graded" and blank.score == 0


def _errors(course: Course, student: str) -> str:
    path = course.root / "autograded" / student / CHAPTER / f"{CHAPTER}.ipynb"
    if not path.is_file():
        return ""
    nb = nbformat.read(path, as_version=4)
    return "\n".join(
        f"{o.get('ename')}: {o.get('evalue')}" if o.output_type == "error" else o.get("text", "")
        for c in nb.cells
        for o in c.get("outputs", [])
        if o.output_type == "error" or o.get("name") == "stderr"
    )


@pytest.mark.parametrize("attack", ATTACKS, ids=lambda a: a.name)
def test_attack_scores_no_more_than_blank_and_says_why(attacked, attack: Attack):
    course, outcomes, digests = attacked
    student = f"attack-{attack.name}"
    outcome = outcomes[student]
    blank = outcomes["blank"]
    assert outcome.score <= blank.score, (outcome.status, outcome.message, outcome.scores)
    if outcome.scores:
        assert outcome.max_score == blank.max_score, outcome.scores
    assert outcome.status in attack.status, (outcome.status, outcome.message)
    if attack.expect:
        assert attack.expect in outcome.message + "\n" + _errors(course, student), outcome.message
    notebook = course.root / "submitted" / student / CHAPTER / f"{CHAPTER}.ipynb"
    assert digest_of(notebook) == digests[student], "grading changed the submission"
