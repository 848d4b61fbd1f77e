"""The grading rules in nbgrader's Validate (the toolbar button and `nbgrader validate`).

`ReportGradingRules` runs after Validate has executed the notebook. For every
student code cell that breaks a rule of `autograde.policy`, it adds an error output
that lists the lines, the rules and the fixes, so Validate reports the cell as
failed (with `Validator.validate_all`, set in `nbgrader_config.py`). Course cells
are recognised by the digests the release stores in the notebook, as the
student's live check (`nna_tf.rules`) does.
"""

from __future__ import annotations

from typing import Any

import nbformat
from nbgrader.preprocessors import NbGraderPreprocessor

from autograde.policy import check_cells, student_notebook_context

ERROR_NAME = "GradingRules"


class ReportGradingRules(NbGraderPreprocessor):
    """nbgrader preprocessor: an error output on each cell that breaks the rules."""

    def preprocess(
        self, nb: nbformat.NotebookNode, resources: dict[str, Any]
    ) -> tuple[nbformat.NotebookNode, dict[str, Any]]:
        context, digests, student = student_notebook_context(nb)
        if not digests:  # not a course notebook
            return nb, resources
        found = check_cells([nb.cells[i].source for i in student], context)
        for index, violations in zip(student, found, strict=True):
            if violations:
                lines = [f"line {v.line}: {v.message}" for v in violations]
                nb.cells[index].outputs.append(
                    nbformat.v4.new_output(
                        "error",
                        ename=ERROR_NAME,
                        evalue="; ".join(lines),
                        traceback=[
                            "When this notebook is graded, these statements will not run:",
                            *lines,
                        ],
                    )
                )
        return nb, resources
