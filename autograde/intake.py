"""Intake: submissions from a folder tree or an LMS zip export into `submitted/`.

Accepted layouts, one notebook per student and assignment:

- `<student>/<assignment>.ipynb` or `<student>/<assignment>/<assignment>.ipynb`;
- a flat `<student>_<assignment>.ipynb`: everything before `_<assignment>` is the
  student id, underscores included;
- any other flat naming, through a regular expression with the named groups
  `student` and `assignment` (as nbgrader's `FileNameCollectorPlugin` takes), for
  example `^(?P<student>[a-z0-9]+)_\\d+_\\d+_(?P<assignment>ch\\d\\d_[a-z0-9]+)$` for an
  LMS that adds submission ids.

Each placed notebook gets nbgrader's `timestamp.txt`: the time stored in the zip
entry, or the file's modification time (UTC). A submission is never replaced by
an older one: of two for the same student and assignment, the later wins, and
one older than what `submitted/` already holds is skipped and reported. Entries
that would leave the archive, links, and names that match no assignment or
student are reported and never guessed.
"""

from __future__ import annotations

import datetime
import re
import shutil
import tempfile
import zipfile
from pathlib import Path

from autograde.course import Course

TIMESTAMP_FORMAT = "%Y-%m-%d %H:%M:%S.%f UTC"  # as nbgrader writes timestamp.txt


def collect(
    course: Course, source: Path, pattern: str | None = None
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Place every notebook of `source` (a folder or a zip file) under `submitted/`.

    Args:
        course: The course.
        source: A folder tree or a zip export.
        pattern: A regular expression for flat file names (without `.ipynb`), with
            the named groups `student` and `assignment`.

    Returns:
        (placed, skipped): ("student/assignment", file) pairs and (file, reason) pairs.
    """
    matcher = re.compile(pattern) if pattern else None
    if matcher is not None and not {"student", "assignment"} <= set(matcher.groupindex):
        raise ValueError(
            "Expected a pattern with the named groups `student` and `assignment`. "
            f"Received: pattern={pattern!r}"
        )
    skipped: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory(prefix="nna-collect-") as scratch:
        found = _unpack(source, Path(scratch), skipped)
        chosen: dict[tuple[str, str], tuple[datetime.datetime, Path, str]] = {}
        for relative, (path, when) in sorted(found.items()):
            student, assignment, problem = _place(Path(relative), course.chapters, matcher)
            if problem:
                skipped.append((relative, problem))
                continue
            key = (student, assignment)
            if key in chosen and chosen[key][0] > when:
                skipped.append((relative, f"an earlier submission than {chosen[key][2]}"))
                continue
            if key in chosen:
                skipped.append((chosen[key][2], f"an earlier submission than {relative}"))
            chosen[key] = (when, path, relative)
        placed = [
            item
            for (student, assignment), (when, path, relative) in sorted(chosen.items())
            if (item := _store(course, student, assignment, path, when, relative, skipped))
        ]
    return placed, skipped


def _unpack(
    source: Path, scratch: Path, skipped: list[tuple[str, str]]
) -> dict[str, tuple[Path, datetime.datetime]]:
    """{relative name: (file, submission time)} of every notebook in `source`."""
    found: dict[str, tuple[Path, datetime.datetime]] = {}
    if source.is_file() and zipfile.is_zipfile(source):
        with zipfile.ZipFile(source) as archive:
            for member in archive.infolist():
                name = member.filename
                target = (scratch / name).resolve()
                if member.is_dir():
                    continue
                if not target.is_relative_to(scratch.resolve()) or name.startswith("/"):
                    skipped.append((name, "its path leaves the archive; ignored"))
                    continue
                if _ignored(Path(name), skipped):
                    continue
                archive.extract(member, scratch)
                when = datetime.datetime(*member.date_time, tzinfo=datetime.UTC)
                found[name] = (target, when)
        return found
    if not source.is_dir():
        raise ValueError(f"Expected a folder or a zip file. Received: source={source}")
    for path in sorted(source.rglob("*")):
        relative = path.relative_to(source)
        if path.is_symlink():
            skipped.append((str(relative), "a link; ignored"))
        elif path.is_file() and not _ignored(relative, skipped):
            when = datetime.datetime.fromtimestamp(path.stat().st_mtime, tz=datetime.UTC)
            found[str(relative)] = (path, when)
    return found


def _ignored(relative: Path, skipped: list[tuple[str, str]]) -> bool:
    if "__MACOSX" in relative.parts or any(p.startswith(".") for p in relative.parts):
        return True
    if relative.suffix != ".ipynb":
        skipped.append((str(relative), "not a notebook"))
        return True
    return False


def _place(
    relative: Path, assignments: list[str], matcher: re.Pattern[str] | None
) -> tuple[str, str, str]:
    """(student, assignment, '') or ('', '', why it cannot be placed)."""
    stem, parts = relative.stem, relative.parts
    if matcher is not None and len(parts) == 1:
        match = matcher.fullmatch(stem)
        if match is None:
            return "", "", f"name does not match the pattern {matcher.pattern!r}"
        student, assignment = match.group("student"), match.group("assignment")
    else:
        matches = [a for a in assignments if stem == a or stem.endswith("_" + a)]
        if not matches:
            return "", "", f"name matches no assignment ({', '.join(assignments)})"
        assignment = max(matches, key=len)
        student = parts[0] if len(parts) >= 2 else stem[: -len(assignment)].rstrip("_")
    if assignment not in assignments:
        return "", "", f"no assignment {assignment!r} in source/"
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._@+-]*", student or ""):
        return "", "", f"cannot tell which student it belongs to (got {student!r})"
    return student, assignment, ""


def _store(
    course: Course,
    student: str,
    assignment: str,
    path: Path,
    when: datetime.datetime,
    relative: str,
    skipped: list[tuple[str, str]],
) -> tuple[str, str] | None:
    """Copy one submission in with its timestamp, unless a newer one is there."""
    folder = course.root / "submitted" / student / assignment
    stamp = folder / "timestamp.txt"
    if stamp.is_file():
        held = _read_timestamp(stamp.read_text())
        if held is not None and held > when:
            skipped.append((relative, f"older than the submission already collected ({held})"))
            return None
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy2(path, folder / f"{assignment}.ipynb")
    stamp.write_text(when.strftime(TIMESTAMP_FORMAT))
    return f"{student}/{assignment}", relative


def _read_timestamp(text: str) -> datetime.datetime | None:
    from dateutil.parser import parse

    try:
        parsed = parse(text.strip())
    except (ValueError, OverflowError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=datetime.UTC)
