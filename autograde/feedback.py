"""Feedback pages: nbgrader's own, with the hidden tests taken out and a summary on top.

`nbgrader_config.py` gives nbgrader's `GenerateFeedback` two more steps, so that
`nbgrader generate_feedback`, the formgrader's button and `autograde feedback` all
write the same safe page: the student's graded notebook as nbgrader renders it,
scores from the gradebook (manual grades included),

- `HideTests`: in every graded test cell, the hidden-test block is replaced by one
  comment line, and an error shows only its type and message (a traceback would
  show the hidden line that failed);
- `FeedbackSummary`: a first cell with the score, the grading status of
  `autograde grade` when there is one (late, forbidden code, timed out…), and one
  row per task, named by its title ("Task 3.2 XOR from two layers"), with its
  points and the reason it lost them; when the failed check tested a written
  requirement, the row quotes it (`autograde.requirements`).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import nbformat
from nbgrader.coursedir import CourseDirectory
from nbgrader.preprocessors import NbGraderPreprocessor

from autograde.notebook import error_message, is_test_cell, tasks_of
from autograde.policy import HIDDEN_BLOCK
from autograde.requirements import explain_failure

HIDDEN_NOTE = "# More checks ran here when your notebook was graded; their code stays hidden.\n"
TASK_TITLE = re.compile(r"""^TASK\s*=\s*["'](.+?)["']\s*$""", re.MULTILINE)


class HideTests(NbGraderPreprocessor):
    """Take the hidden tests out of a graded notebook before it is shown."""

    def preprocess_cell(
        self, cell: nbformat.NotebookNode, resources: dict[str, Any], index: int
    ) -> tuple[nbformat.NotebookNode, dict[str, Any]]:
        if is_test_cell(cell):
            cell.source = HIDDEN_BLOCK.sub(HIDDEN_NOTE, cell.source)
            for output in cell.get("outputs", []):
                if output.output_type == "error":
                    output.traceback = [f"{output.ename}: {output.evalue}"]
        return cell, resources


def _cell_text(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


class FeedbackSummary(NbGraderPreprocessor):
    """Put the score, the grading status and a row per task at the top of the page."""

    def preprocess(
        self, nb: nbformat.NotebookNode, resources: dict[str, Any]
    ) -> tuple[nbformat.NotebookNode, dict[str, Any]]:
        info = resources.get("nbgrader", {})
        rows = []
        for task in tasks_of(nb):
            tests = [
                c
                for c in nb.cells
                if is_test_cell(c) and c.metadata.nbgrader.get("grade_id") in task.test_ids
            ]
            score = sum(float(c.metadata.nbgrader.get("score") or 0) for c in tests)
            points = sum(float(c.metadata.nbgrader.get("points") or 0) for c in tests)
            titles = [m.group(1) for c in tests if (m := TASK_TITLE.search(c.source))]
            reason = next((text for c in tests if (text := error_message(c))), "")
            reason = explain_failure(reason, nb)
            result = "all checks passed" if score >= points else (reason or "lost points")
            name = titles[0] if titles else f"Task {task.number}"
            rows.append(f"| {_cell_text(name)} | {score:g} / {points:g} | {_cell_text(result)} |")
        lines = [f"## Feedback: {info.get('assignment', '')}, {info.get('student', '')}", ""]
        if "score" in info:
            lines.append(f"**Score:** {info['score']:g} / {info.get('max_score', 0):g}")
        status = self._status(info)
        if status:
            lines += ["", f"**Grading status:** {_cell_text(status)}"]
        lines += ["", "| Task | Points | Result |", "|---|---|---|", *rows]
        nb.cells.insert(0, nbformat.v4.new_markdown_cell("\n".join(lines)))
        return nb, resources

    def _status(self, info: dict[str, Any]) -> str:
        from autograde.grade import STATUS_DIR

        root = Path(CourseDirectory(config=self.config).root)
        path = root / STATUS_DIR / str(info.get("assignment")) / f"{info.get('student')}.json"
        try:
            recorded = json.loads(path.read_text())
        except (OSError, ValueError):
            return ""
        status, message = recorded.get("status", ""), recorded.get("message", "")
        return f"{status}: {message}" if message else status
