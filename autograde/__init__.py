"""autograde: the NNA grading pipeline on top of nbgrader.

Modules: `course` (course layout, release), `notebook` (tasks, cells and scoring
under nbgrader's rules), `execute` (one kernel per notebook, re-running cells),
`mutants` (wrong and alternative solutions used by the quality gates),
`conventions` (authoring rules), `cli` (`python -m autograde`).
"""

from autograde.course import Course, release
from autograde.notebook import CellScore, Task, score_cells, tasks_of

__all__ = ["CellScore", "Course", "Task", "release", "score_cells", "tasks_of"]
