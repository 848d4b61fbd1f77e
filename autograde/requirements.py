"""Each task's written requirements, and the hidden checks that test them.

A task's markdown cell lists its requirements as bullets that start with a bold
label, the task number and a letter:

    - **7.1b** `mean` is the column mean of `x`; ...

A hidden check tests a requirement inside `with checks.requirement("7.1b"):`, and
a failure names the label (see `nna_tf.checks.requirement`). This module reads
both sides so that

- the course gate can refuse a task whose requirements are not all tested, or a
  check tagged with a requirement the task does not state (`coverage_problems`);
- a feedback page can print the sentence a failed check tested
  (`explain_failure`), so a lost point names the rule it broke without showing a
  hidden input or value.

Every task of every chapter must list its requirements.
"""

from __future__ import annotations

import ast
import re

import nbformat

from autograde.notebook import TASK_HEADING, grade_id, tasks_of
from autograde.policy import HIDDEN_BLOCK

REQUIREMENT_ITEM = re.compile(r"^\s*[-*]\s+\*\*(\d+\.\d+[a-z])\*\*\s+(.+?)\s*$", re.MULTILINE)
FAILED_LABEL = re.compile(r"\[requirement (\d+\.\d+[a-z])\]")


def stated_requirements(nb: nbformat.NotebookNode) -> dict[str, dict[str, str]]:
    """{task number: {label: requirement text}} from the task cells' bullet lists."""
    found: dict[str, dict[str, str]] = {}
    for cell in nb.cells:
        if cell.cell_type == "markdown" and (match := TASK_HEADING.search(cell.source)):
            number = f"{match.group(1)}.{match.group(2)}"
            found[number] = dict(REQUIREMENT_ITEM.findall(cell.source))
    return found


def _labels_in(code: str) -> set[str]:
    """Labels of `checks.requirement("…")` calls in `code` (a hidden block)."""
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return set()
    labels = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "requirement"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            labels.add(node.args[0].value)
    return labels


def checked_requirements(nb: nbformat.NotebookNode) -> dict[str, set[str]]:
    """{task number: labels tested in the hidden blocks of the task's test cells}."""
    by_id = {grade_id(c): c for c in nb.cells if grade_id(c)}
    found: dict[str, set[str]] = {}
    for task in tasks_of(nb):
        labels: set[str] = set()
        for test_id in task.test_ids:
            for block in HIDDEN_BLOCK.finditer(by_id[test_id].source):
                labels |= _labels_in(block.group(1))
        found[task.number] = labels
    return found


def coverage_problems(nb: nbformat.NotebookNode, name: str) -> list[str]:
    """Why the notebook's requirements and hidden checks do not match ([] when they do)."""
    problems = []
    written, checked = stated_requirements(nb), checked_requirements(nb)
    for number, labels in checked.items():
        requirements = written.get(number, {})
        if not requirements:
            problems.append(f"{name}: Task {number} lists no requirements (- **{number}a** ...)")
        for label in sorted(requirements.keys() - labels):
            problems.append(f"{name}: requirement {label} has no hidden check")
        for label in sorted(labels - requirements.keys()):
            problems.append(
                f"{name}: a hidden check of Task {number} tests {label}, which it does not state"
            )
        for label in requirements:
            if label[:-1] != number:
                problems.append(f"{name}: requirement {label} is listed under Task {number}")
    return problems


def explain_failure(message: str, nb: nbformat.NotebookNode) -> str:
    """`message` followed by the text of the requirement it names, when it names one."""
    match = FAILED_LABEL.search(message)
    if not match:
        return message
    label = match.group(1)
    for requirements in stated_requirements(nb).values():
        if label in requirements:
            return f"{message} Requirement {label}: {requirements[label]}"
    return message
