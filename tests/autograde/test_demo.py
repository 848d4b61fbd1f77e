"""The demo's own verdict on the sample class."""

from __future__ import annotations

from autograde.demo import demo_problems
from autograde.grade import Outcome


def _outcome(student: str, status: str, got: float) -> Outcome:
    return Outcome(
        student, "ch01_history", status, "", 1.0, "d", {"t1": (got, 2.0), "t2": (0.0, 0.0)}
    )


def test_demo_accepts_a_class_that_graded_right():
    outcomes = [
        _outcome("perfect", "graded", 2.0),
        _outcome("blank", "graded", 0.0),
        _outcome("crash", "crashed", 0.0),
        _outcome("mistake-x", "graded", 1.0),
    ]
    assert demo_problems(outcomes) == []


def test_demo_flags_a_perfect_student_who_lost_points_or_crashed():
    problems = demo_problems(
        [_outcome("perfect", "crashed", 0.0), _outcome("blank", "graded", 1.0)]
    )
    assert len(problems) == 2
    assert "perfect submission got 0/2 (crashed" in problems[0]
    assert "blank submission got 1" in problems[1]
