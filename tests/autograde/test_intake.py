"""Collecting submissions from folders and zip exports (autograde.intake)."""

from __future__ import annotations

import datetime
import shutil
import zipfile
from pathlib import Path

import pytest

from autograde.course import Course
from autograde.intake import collect

ROOT = Path(__file__).resolve().parents[2]
A = "ch01_history"
B = "ch02_neurons"


@pytest.fixture
def course(tmp_path) -> Course:
    root = tmp_path / "course"
    (root / "source" / A).mkdir(parents=True)
    (root / "source" / B).mkdir(parents=True)
    shutil.copy2(ROOT / "nbgrader_config.py", root / "nbgrader_config.py")
    return Course(root)


def _zip(path: Path, entries: dict[str, tuple[str, tuple[int, ...]]]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, (text, when) in entries.items():
            archive.writestr(zipfile.ZipInfo(name, date_time=when), text)
    return path


def _stamp(course: Course, student: str, assignment: str) -> str:
    return (course.root / "submitted" / student / assignment / "timestamp.txt").read_text()


def test_flat_names_keep_underscores_in_student_ids_and_get_a_timestamp(course, tmp_path):
    archive = _zip(
        tmp_path / "lms.zip",
        {
            f"mary_ann_{A}.ipynb": ("{}", (2026, 12, 1, 10, 0, 0)),
            f"bob/{B}.ipynb": ("{}", (2026, 12, 1, 11, 30, 0)),
            f"carl/{A}/{A}.ipynb": ("{}", (2026, 12, 1, 9, 0, 0)),
        },
    )
    placed, skipped = collect(course, archive)
    assert sorted(k for k, _ in placed) == [f"bob/{B}", f"carl/{A}", f"mary_ann/{A}"]
    assert skipped == []
    assert _stamp(course, "mary_ann", A).startswith("2026-12-01 10:00:00")


def test_a_zip_entry_that_leaves_the_archive_is_refused(course, tmp_path):
    archive = _zip(
        tmp_path / "evil.zip",
        {
            f"../../outside_{A}.ipynb": ("{}", (2026, 1, 1, 0, 0, 0)),
            "notes.txt": ("x", (2026, 1, 1, 0, 0, 0)),
        },
    )
    placed, skipped = collect(course, archive)
    assert placed == []
    assert dict(skipped) == {
        f"../../outside_{A}.ipynb": "its path leaves the archive; ignored",
        "notes.txt": "not a notebook",
    }
    assert not (course.root.parent / f"outside_{A}.ipynb").exists()


def test_the_later_submission_wins_and_an_older_one_never_replaces_a_newer(course, tmp_path):
    archive = _zip(
        tmp_path / "two.zip",
        {
            f"ann/{A}.ipynb": ('{"v": 1}', (2026, 12, 1, 10, 0, 0)),
            f"ann_{A}.ipynb": ('{"v": 2}', (2026, 12, 1, 12, 0, 0)),
        },
    )
    placed, skipped = collect(course, archive)
    target = course.root / "submitted" / "ann" / A / f"{A}.ipynb"
    assert target.read_text() == '{"v": 2}' and len(placed) == 1
    assert skipped == [(f"ann/{A}.ipynb", f"an earlier submission than ann_{A}.ipynb")]
    older = _zip(tmp_path / "old.zip", {f"ann_{A}.ipynb": ('{"v": 0}', (2026, 11, 1, 0, 0, 0))})
    placed, skipped = collect(course, older)
    assert placed == [] and "older than the submission already collected" in skipped[0][1]
    assert target.read_text() == '{"v": 2}'


def test_an_lms_naming_needs_a_pattern_and_unknown_names_are_reported(course, tmp_path):
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / f"ann_4411_9921_{A}.ipynb").write_text("{}")
    (folder / "ann_homework.ipynb").write_text("{}")
    pattern = r"(?P<student>[a-z]+)_\d+_\d+_(?P<assignment>ch\d\d_[a-z0-9]+)"
    placed, skipped = collect(course, folder, pattern)
    assert [k for k, _ in placed] == [f"ann/{A}"]
    assert skipped == [("ann_homework.ipynb", f"name does not match the pattern {pattern!r}")]
    when = datetime.datetime.fromtimestamp(
        (folder / f"ann_4411_9921_{A}.ipynb").stat().st_mtime, tz=datetime.UTC
    )
    assert _stamp(course, "ann", A).startswith(when.strftime("%Y-%m-%d %H:%M"))
    with pytest.raises(ValueError, match="named groups"):
        collect(course, folder, r"(?P<who>\w+)")
