"""The class report's figures name students and tasks, not indices."""

from __future__ import annotations

from pathlib import Path

from autograde.course import Course
from autograde.grade import Outcome
from autograde.results import _assignment_figure

ROOT = Path(__file__).resolve().parents[2]


def test_report_labels_tests_by_task_title_and_times_by_student():
    scores = {"ch01_mp_unit_test": (2.0, 2.0), "ch01_xor_net_test": (0.0, 4.0)}
    outcomes = [
        Outcome(name, "ch01_history", "graded", "", seconds, "d", scores)
        for name, seconds in (("ann", 12.0), ("José, Jr.", 15.5))
    ]
    fig = _assignment_figure(Course(ROOT), "ch01_history", outcomes)
    _, tests_axis, time_axis = fig.axes
    assert [t.get_text() for t in time_axis.get_xticklabels()] == ["ann", "José, Jr."]
    labels = [t.get_text() for t in tests_axis.get_yticklabels()]
    assert labels == [
        "Task 3.2 XOR from two layers (ch01_xor_net_test)",
        "Task 2.1 McCulloch-Pitts unit (ch01_mp_unit_test)",
    ]
    assert time_axis.get_xlabel() == "student" and tests_axis.get_xlabel() == "share of students"
