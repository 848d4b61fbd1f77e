"""The Execute step of every grading path, as `nbgrader_config.py` configures it.

`nbgrader autograde`, the formgrader's Autograde button and `python -m autograde
grade` all run nbgrader's Autograde converter with the preprocessors listed in
`nbgrader_config.py`: nbgrader's own, `autograde.enforce.EnforcePolicy` among the
sanitising steps, and `GradingExecute` in place of nbgrader's `Execute`. It runs
the notebook in the bubblewrap sandbox (`autograde.sandbox`, with the kernel guard)
and keeps at most `max_output_chars` characters of its output (`autograde.flood`).
The kernel is killed once the last cell is done, not shut down gracefully.

`PrepareStudentNotebook` is the last step of `generate_assignment` on every path
(`make release`, the formgrader's Generate button, plain nbgrader): it finishes the
student notebook (`autograde.course.prepare_student_notebook`).

The environment can switch the sandbox off (`NNA_SANDBOX=off`, for
`grade --no-sandbox`) and set the cap (`NNA_MAX_OUTPUT_CHARS`); the parallel driver
uses both.
"""

from __future__ import annotations

import os
from typing import Any

from nbgrader.preprocessors import Execute, NbGraderPreprocessor
from traitlets import Integer, default

from autograde.flood import DEFAULT_LIMIT, LIMIT_ENV, keep_output, limit_line

SANDBOX_ENV = "NNA_SANDBOX"  # "off": run kernels unsandboxed (grade --no-sandbox)


class GradingExecute(Execute):
    """nbgrader's Execute, sandboxed, with a cap on the output kept."""

    max_output_chars = Integer(
        help="Characters of output one notebook may send back; the rest is dropped."
    ).tag(config=True)

    @default("max_output_chars")
    def _max_output_chars_default(self) -> int:
        raw = os.environ.get(LIMIT_ENV, "").strip()
        return int(raw) if raw else DEFAULT_LIMIT

    @default("shutdown_kernel")
    def _shutdown_kernel_default(self) -> str:
        # Every output is in once the last cell is done. A graceful shutdown would then
        # let the kernel tear TensorFlow down, about 1.2 s of CPU per notebook for
        # nothing; a kill skips it. The sandbox's report and clean-up still run.
        return "immediate"

    def __init__(self, **kwargs: Any):
        # nbgrader's Execute passes AsyncKernelManager itself (it is no default to override)
        if os.environ.get(SANDBOX_ENV, "on") != "off":
            from autograde.sandbox import SandboxedKernelManager

            kwargs.setdefault("kernel_manager_class", SandboxedKernelManager)
        super().__init__(**kwargs)

    def output(
        self, outs: list[Any], msg: dict[str, Any], display_id: str | None, cell_index: int
    ) -> Any:
        keep = keep_output(self, msg, self.max_output_chars)
        if keep:
            return super().output(outs, msg, display_id, cell_index)
        if keep is None:
            outs.append(limit_line(self.max_output_chars))
        return None


class PrepareStudentNotebook(NbGraderPreprocessor):
    """Tags for "Run All" and the course cells' digests, on each generated notebook."""

    def preprocess(self, nb: Any, resources: Any) -> tuple[Any, Any]:
        from autograde.course import prepare_student_notebook

        prepare_student_notebook(nb)
        return nb, resources
