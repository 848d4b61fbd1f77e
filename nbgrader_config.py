"""nbgrader configuration of the NNA course (the repository root is the course root)."""

import os
import sys
from pathlib import Path

from nbconvert.preprocessors import ClearMetadataPreprocessor, CSSHTMLHeaderPreprocessor
from nbgrader.converters import GenerateAssignment
from nbgrader.preprocessors import (
    AssignLatePenalties,
    CheckCellMetadata,
    ClearOutput,
    DeduplicateIds,
    GetGrades,
    IgnorePattern,
    LimitOutput,
    OverwriteCells,
    OverwriteKernelspec,
    SaveAutoGrades,
)

from autograde.enforce import EnforcePolicy
from autograde.feedback import FeedbackSummary, HideTests
from autograde.freshness import GradebookMatchesSource
from autograde.steps import GradingExecute, PrepareStudentNotebook

c = get_config()  # noqa: F821  (nbgrader injects get_config)

c.CourseDirectory.course_id = "nna"
c.CourseDirectory.root = str(Path(__file__).resolve().parent)
c.CourseDirectory.ignore = [".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback", ".*"]

# What replaces a solution in the student's notebook.
c.ClearSolutions.code_stub = {"python": "# YOUR CODE HERE\nraise NotImplementedError()"}
c.ClearSolutions.text_stub = "YOUR ANSWER HERE"
# The student notebook, on every path that generates it (`make release`, the
# formgrader's Generate button, `nbgrader generate_assignment`): nbgrader's steps, then
# tags that let "Run All" go past an unsolved task and the digests of the course's
# own cells that the student's live rules check reads (autograde/steps.py).
c.GenerateAssignment.preprocessors = [
    *GenerateAssignment.class_traits()["preprocessors"].default(),
    PrepareStudentNotebook,
]

# Generous per-cell limit: the slowest correct cell of any chapter takes a few
# seconds on a 2-core CPU. A cell past this limit scores 0 instead of hanging.
c.ExecutePreprocessor.timeout = 300
c.ExecutePreprocessor.interrupt_on_timeout = True

# A graded cell scores 0 when anything reaches stderr. TensorFlow's C++ log lines
# are silenced by nna_tf.setup() (which imports TensorFlow with file descriptor 2
# redirected) and, for anything started later, by this environment, which every
# kernel nbgrader starts inherits.
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("KERAS_BACKEND", "tensorflow")
os.environ.setdefault("PYTHONHASHSEED", "0")
# nbgrader runs `alembic` (gradebook migrations) and kernels as subprocesses: the
# interpreter's bin/ must come first on PATH.
_bin = str(Path(sys.executable).parent)
if os.environ.get("PATH", "").split(os.pathsep)[0] != _bin:
    os.environ["PATH"] = _bin + os.pathsep + os.environ.get("PATH", "")

# Validate (the toolbar button and `nbgrader validate`) reports every code cell that
# fails or writes to stderr, not only the graded ones. While Validate runs, the
# grading-rules check of nna_tf.setup() (nna_tf/rules.py) writes its lines to stderr,
# so a cell with code the grader would not run is listed with the reasons.
c.Validator.validate_all = True

# How a submission is graded, on every path (`nbgrader autograde`, the formgrader's
# Autograde button, `python -m autograde grade`): nbgrader's own steps, plus the
# grading rules after nbgrader restores the locked cells (autograde/enforce.py), and
# Execute in the bubblewrap sandbox with the kernel guard and an output cap
# (autograde/steps.py). Before nbgrader restores the tests from the gradebook, a check
# that they are still those of source/ (autograde/freshness.py).
# tests/autograde/test_steps.py pins nbgrader's defaults.
c.Autograde.sanitize_preprocessors = [
    ClearOutput,
    DeduplicateIds,
    OverwriteKernelspec,
    GradebookMatchesSource,
    OverwriteCells,
    CheckCellMetadata,
    EnforcePolicy,
]
c.Autograde.autograde_preprocessors = [
    GradingExecute,
    IgnorePattern,
    ClearMetadataPreprocessor,
    LimitOutput,
    SaveAutoGrades,
    AssignLatePenalties,
    CheckCellMetadata,
]

# Feedback (`nbgrader generate_feedback`, the formgrader's button, `autograde
# feedback`): the graded notebook without its hidden tests, a summary on top
# (autograde/feedback.py).
c.GenerateFeedback.preprocessors = [
    GetGrades,
    HideTests,
    FeedbackSummary,
    CSSHTMLHeaderPreprocessor,
]
