"""Course layout and the release step (source/ -> release/ through nbgrader)."""

from __future__ import annotations

import dataclasses
import functools
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from autograde import policy

CHAPTER_PATTERN = re.compile(r"^ch\d\d_[a-z0-9]+$")
# Where grading runs its own `generate_assignment`: never the committed release/.
GRADING_RELEASE = "build/grading-release"

# Environment every kernel that runs course notebooks starts with: TensorFlow's
# C++ logging off (nna_tf.setup also silences the import itself), Keras on TensorFlow.
KERNEL_ENV = {"TF_CPP_MIN_LOG_LEVEL": "3", "KERAS_BACKEND": "tensorflow", "PYTHONHASHSEED": "0"}


def prepare_environment() -> None:
    """Set the kernel environment and put this interpreter's bin/ first on PATH.

    nbgrader starts `alembic` and kernels as subprocesses, so both must resolve to
    the virtual environment that runs the grader.
    """
    for key, value in KERNEL_ENV.items():
        os.environ.setdefault(key, value)
    bin_dir = str(Path(sys.executable).parent)
    if os.environ.get("PATH", "").split(os.pathsep)[0] != bin_dir:
        os.environ["PATH"] = bin_dir + os.pathsep + os.environ.get("PATH", "")


@dataclasses.dataclass(frozen=True)
class Course:
    """An nbgrader course root: `nbgrader_config.py`, `source/`, `release/`, ..."""

    root: Path

    def __post_init__(self) -> None:
        if not (self.root / "nbgrader_config.py").is_file():
            raise ValueError(
                f"Expected a course root holding nbgrader_config.py. Received: root={self.root}"
            )

    @property
    def chapters(self) -> list[str]:
        """Assignment names under source/, sorted (ch01_history, ch02_neurons, ...)."""
        source = self.root / "source"
        return sorted(
            p.name for p in source.iterdir() if p.is_dir() and CHAPTER_PATTERN.match(p.name)
        )

    def source_notebook(self, chapter: str) -> Path:
        return self.root / "source" / chapter / f"{chapter}.ipynb"

    def release_notebook(self, chapter: str) -> Path:
        return self.root / "release" / chapter / f"{chapter}.ipynb"

    def grading_release_notebook(self, chapter: str) -> Path:
        """The student notebook grading generated itself (`GRADING_RELEASE`), or the
        committed one when grading has generated none."""
        generated = self.root / GRADING_RELEASE / chapter / f"{chapter}.ipynb"
        return generated if generated.is_file() else self.release_notebook(chapter)

    @property
    def db_url(self) -> str:
        """The gradebook's address, as the course's nbgrader configuration sets it
        (`CourseDirectory.db_url`; nbgrader's default is `<root>/gradebook.db`)."""
        return _gradebook_settings(self.root)[0]

    def gradebook(self) -> Any:
        """nbgrader's `Gradebook` of this course (a context manager), opened with the
        course id nbgrader's own commands use, so no second course row appears."""
        from nbgrader.api import Gradebook

        return Gradebook(*_gradebook_settings(self.root))


@functools.cache
def _gradebook_settings(root: Path) -> tuple[str, str]:
    """(db_url, course_id) as the course's `nbgrader_config.py` sets them."""
    from nbgrader.coursedir import CourseDirectory
    from traitlets.config.loader import PyFileConfigLoader

    config = PyFileConfigLoader("nbgrader_config.py", path=str(root)).load_config()
    config.CourseDirectory.root = str(root)
    directory = CourseDirectory(config=config)
    return str(directory.db_url), str(directory.course_id)


# `nbgrader ARGS` for the pipeline's own calls: nbgrader's entry point, started 1.4 s
# sooner. Every nbgrader process imports jsonschema (through nbformat), which imports
# the optional `rfc3987_syntax` when it is installed (Jupyter's event schemas pull it
# in); that module compiles a Lark grammar on import, 1.4 s of the 2.7 s an nbgrader
# process took to start here, paid once per graded submission. It only adds jsonschema's
# "iri" format checks, which neither nbformat nor nbgrader uses, and jsonschema skips
# them when the import fails, as it does with None in sys.modules.
SKIP_RFC3987 = "import sys; sys.modules.setdefault('rfc3987_syntax', None)"
NBGRADER = (
    sys.executable,
    "-c",
    f"{SKIP_RFC3987}; from nbgrader.apps.nbgraderapp import main; main()",
)


def nbgrader(
    course_root: Path, *args: str, plain: bool = False
) -> subprocess.CompletedProcess[str]:
    """Run an nbgrader command in `course_root`; raise with its output when it fails.

    `plain` starts it exactly as an instructor would (`python -m nbgrader`), without
    `NBGRADER`'s faster start: the benchmark's baseline.
    """
    prepare_environment()
    command = [*((sys.executable, "-m", "nbgrader") if plain else NBGRADER), *args]
    result = subprocess.run(command, cwd=course_root, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(
            f"`nbgrader {' '.join(args)}` failed in {course_root} (exit {result.returncode}):\n"
            f"{result.stdout[-3000:]}{result.stderr[-3000:]}"
        )
    return result


def release(
    course: Course, chapters: list[str] | None = None, out: Path | None = None
) -> list[Path]:
    """Regenerate student notebooks from source/ with `nbgrader generate_assignment`.

    The build happens in a scratch copy of the course, so a failure leaves the
    existing release/ untouched and no gradebook is written.

    Args:
        course: The course.
        chapters: Chapters to build (all when None).
        out: Where to put `<chapter>/` folders; the course's release/ by default.

    Returns:
        The release folders written.
    """
    chapters = chapters if chapters is not None else course.chapters
    unknown = sorted(set(chapters) - set(course.chapters))
    if unknown:
        raise ValueError(f"Expected chapters from {course.chapters}. Received: {unknown}")
    out = out if out is not None else course.root / "release"
    written = []
    with tempfile.TemporaryDirectory(prefix="nna-release-") as scratch:
        work = Path(scratch)
        shutil.copy2(course.root / "nbgrader_config.py", work / "nbgrader_config.py")
        for chapter in chapters:
            shutil.copytree(
                course.root / "source" / chapter,
                work / "source" / chapter,
                ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"),
            )
            nbgrader(
                work, "generate_assignment", chapter, "--force", "--no-db", "--log-level=ERROR"
            )
            target = out / chapter
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(work / "release" / chapter, target)
            written.append(target)
    return written


def prepare_student_notebook(nb: Any) -> None:
    """Finish a student notebook: tags for "Run All", and the course cells' digests.

    The last step of every `generate_assignment` (`autograde.steps.PrepareStudentNotebook`,
    in nbgrader_config.py), so `make release`, the formgrader's Generate button and a
    plain `nbgrader generate_assignment` all give students the same notebook.

    Every code cell after the setup cell is tagged `raises-exception`.

    An unsolved task raises, and so does every demonstration that calls it; without
    the tag JupyterLab's "Run All" stops at the first error and the student never
    sees the figures and check messages further down. nbgrader's checksums ignore
    tags, and grading records errors either way. The setup cell (the first code
    cell) stays untagged: nothing after it works if it fails.
    """
    code_cells = [cell for cell in nb.cells if cell.cell_type == "code"]
    for cell in code_cells[1:]:
        tags = cell.metadata.setdefault("tags", [])
        if "raises-exception" not in tags:
            tags.append("raises-exception")
    record_course_cells(nb)


def record_course_cells(nb: Any) -> None:
    """Store what recognises the course's own code cells in a student notebook.

    The student's live check (`nna_tf.rules`) and nbgrader's Validate use it to tell
    the course's cells from the student's, as the grader does from `source/`.
    """
    from autograde.notebook import is_solution_cell, is_test_cell

    cells = [
        (cell.source, is_test_cell(cell))
        for cell in nb.cells
        if cell.cell_type == "code" and not is_solution_cell(cell)
    ]
    digests, bindings = policy.course_cell_digests(cells)
    nb.metadata[policy.NOTEBOOK_KEY] = {
        policy.COURSE_CELLS_KEY: digests,
        policy.COURSE_NAMES_KEY: bindings,
    }


def scratch_course(course: Course, chapters: list[str], where: Path) -> Course:
    """A minimal copy of `course` (config and the chapters' sources) under `where`."""
    where.mkdir(parents=True, exist_ok=True)
    shutil.copy2(course.root / "nbgrader_config.py", where / "nbgrader_config.py")
    for chapter in chapters:
        shutil.copytree(
            course.root / "source" / chapter,
            where / "source" / chapter,
            dirs_exist_ok=True,
            ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"),
        )
    return Course(where)


def nbgrader_scores(course: Course, chapter: str, student: str) -> dict[str, tuple[float, float]]:
    """Scores nbgrader's gradebook holds for one submission: {grade_id: (score, max)}."""

    with course.gradebook() as gradebook:
        submission = gradebook.find_submission_notebook(chapter, chapter, student)
        return {g.name: (float(g.score), float(g.max_score)) for g in submission.grades}


def autograde_with_nbgrader(
    course: Course, chapter: str, student: str, notebook: Path
) -> dict[str, tuple[float, float]]:
    """Grade one notebook with plain `nbgrader autograde` (no sandbox, serial).

    Generates the assignment into the gradebook first if needed, places the notebook
    as `submitted/<student>/<chapter>/<chapter>.ipynb`, and returns its scores.
    """
    if not (course.root / "release" / chapter).is_dir():
        nbgrader(course.root, "generate_assignment", chapter, "--force", "--log-level=ERROR")
    target = course.root / "submitted" / student / chapter
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy2(notebook, target / f"{chapter}.ipynb")
    nbgrader(
        course.root,
        "autograde",
        chapter,
        "--student",
        student,
        "--create",
        "--force",
        "--log-level=ERROR",
    )
    return nbgrader_scores(course, chapter, student)
