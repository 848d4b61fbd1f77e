"""A cap on the output one graded notebook may send back to the grader.

nbgrader's Execute preprocessor keeps every output message of the student's kernel
in the `nbgrader autograde` process, which runs outside the sandbox: a loop that
prints without end would grow that process's memory until the notebook's time
limit. `install(limit)` makes Execute keep at most `limit` characters of output per
notebook; later outputs are dropped and one line starting with `MARKER` says so.
Errors are always kept, so a failing test still fails and scores 0.

`autograde.nbgrader_run` installs the cap before handing over to nbgrader, so it
applies only to the processes the pipeline starts.
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


def install(limit: int) -> None:
    """Cap the output nbgrader's Execute keeps, per notebook, at `limit` characters."""
    if limit <= 0:
        raise ValueError(f"Expected a positive output limit. Received: limit={limit}")
    from nbgrader.preprocessors import Execute

    original = getattr(Execute, "_nna_uncapped_output", Execute.output)

    def output(
        self: Any,
        outs: list[Any],
        msg: dict[str, Any],
        display_id: str | None,
        cell_index: int,
    ) -> Any:
        if msg["msg_type"] == "error":
            return original(self, outs, msg, display_id, cell_index)
        used = getattr(self, "_nna_output_chars", 0) + message_size(msg)
        self._nna_output_chars = used
        if used <= limit:
            return original(self, outs, msg, display_id, cell_index)
        if not getattr(self, "_nna_output_capped", False):
            self._nna_output_capped = True
            outs.append(
                nbformat.v4.new_output(
                    "stream",
                    name="stdout",
                    text=f"{MARKER}: the notebook printed more than {limit:,} characters; "
                    "the rest of its output was dropped\n",
                )
            )
        return None

    Execute._nna_uncapped_output = original
    Execute.output = output


def flooded(nb: nbformat.NotebookNode) -> bool:
    """Whether an executed notebook hit the cap."""
    return any(
        o.get("output_type") == "stream" and str(o.get("text", "")).startswith(MARKER)
        for c in nb.cells
        for o in c.get("outputs", [])
    )
