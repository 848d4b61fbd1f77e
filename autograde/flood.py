"""A cap on the output one graded notebook may send back to the grader.

nbgrader's Execute preprocessor keeps every output message of the student's kernel
in the `nbgrader autograde` process, which runs outside the sandbox: a loop that
prints without end would grow that process's memory until the notebook's time
limit. Execute keeps at most `limit` characters of output per notebook; later
outputs are dropped and one line starting with `MARKER` says so.
Errors are always kept, so a failing test still fails and scores 0.

`autograde.steps.GradingExecute`, the Execute step `nbgrader_config.py` gives
`nbgrader autograde`, applies the cap on every grading path.
"""

from __future__ import annotations

from typing import Any

import nbformat

MARKER = "[grader] output limit reached"
LIMIT_ENV = "NNA_MAX_OUTPUT_CHARS"
DEFAULT_LIMIT = 5_000_000


def message_size(msg: dict[str, Any]) -> int:
    """Characters of output an iopub message carries (text and every data format)."""
    content = msg.get("content", {})
    size = len(str(content.get("text", "")))
    for value in content.get("data", {}).values():
        size += len(value) if isinstance(value, str) else len(str(value))
    return size


def keep_output(executor: Any, msg: dict[str, Any], limit: int) -> bool | None:
    """Whether an output message still fits under the cap of `limit` characters.

    The count lives on `executor` (one notebook's run). Errors always fit. The first
    message over the cap gets None: its caller puts one `MARKER` line in its place.
    """
    if limit <= 0:
        raise ValueError(f"Expected a positive output limit. Received: limit={limit}")
    if msg["msg_type"] == "error":
        return True
    used = getattr(executor, "_nna_output_chars", 0) + message_size(msg)
    executor._nna_output_chars = used
    if used <= limit:
        return True
    if getattr(executor, "_nna_output_capped", False):
        return False
    executor._nna_output_capped = True
    return None


def limit_line(limit: int) -> nbformat.NotebookNode:
    return nbformat.v4.new_output(
        "stream",
        name="stdout",
        text=f"{MARKER}: the notebook printed more than {limit:,} characters; "
        "the rest of its output was dropped\n",
    )


def flooded(nb: nbformat.NotebookNode) -> bool:
    """Whether an executed notebook hit the cap."""
    return any(
        o.get("output_type") == "stream" and str(o.get("text", "")).startswith(MARKER)
        for c in nb.cells
        for o in c.get("outputs", [])
    )
