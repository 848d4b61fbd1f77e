"""Run a notebook's cells in one long-lived kernel, and re-run chosen cells.

The quality gates execute each chapter once, then try many variants of single
cells (mutants, alternative solutions) in the same kernel: TensorFlow is imported
once per chapter instead of once per variant.
"""

from __future__ import annotations

import contextlib
import copy
import os
import tempfile
from pathlib import Path

import nbformat
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient

from autograde.course import prepare_environment

DEFAULT_CELL_TIMEOUT = 300


class KernelSession:
    """A kernel bound to one notebook; cells run in the notebook's folder."""

    def __init__(
        self,
        nb: nbformat.NotebookNode,
        cwd: Path,
        timeout: int = DEFAULT_CELL_TIMEOUT,
    ):
        prepare_environment()
        self.nb = nb
        self._stack = contextlib.ExitStack()
        # Unix sockets in a private folder rather than TCP on localhost: no other user of
        # the machine can connect, and ipykernel has no reason to warn on stderr that
        # the connection is unencrypted.
        sockets = self._stack.enter_context(tempfile.TemporaryDirectory(prefix="nna-kernel-"))
        manager = KernelManager(
            kernel_name="python3", transport="ipc", ip=str(Path(sockets) / "kernel")
        )
        # nbclient writes each executed cell back into the notebook it holds; give it a
        # copy so that running a replacement cell never changes the caller's notebook.
        self.client = NotebookClient(
            copy.deepcopy(nb),
            km=manager,
            timeout=timeout,
            kernel_name="python3",
            allow_errors=True,
            resources={"metadata": {"path": str(cwd)}},
            # Killed when done, as in grading (autograde.steps): a graceful shutdown
            # spends a second of CPU tearing TensorFlow down.
            shutdown_kernel="immediate",
        )

    def __enter__(self) -> KernelSession:
        # ipykernel stops showing what native code writes to file descriptors 1 and 2
        # when it sees PYTEST_CURRENT_TEST. A grading kernel shows it, and nbgrader
        # scores a cell with stderr 0: so must the gates' kernels, even under pytest.
        env = {k: v for k, v in os.environ.items() if k != "PYTEST_CURRENT_TEST"}
        self._stack.enter_context(self.client.setup_kernel(env=env))
        return self

    def __exit__(self, *exc: object) -> None:
        self._stack.close()

    def run_cell(self, cell: nbformat.NotebookNode, index: int) -> nbformat.NotebookNode:
        """Execute a copy of `cell` (as if at position `index`) and return it with outputs."""
        cell = copy.deepcopy(cell)
        if cell.cell_type != "code":
            return cell
        cell.outputs = []
        self.client.execute_cell(cell, index)
        return cell

    def run_cells(
        self, cells: list[nbformat.NotebookNode], start: int = 0
    ) -> list[nbformat.NotebookNode]:
        return [self.run_cell(cell, start + offset) for offset, cell in enumerate(cells)]


def execute_notebook(
    nb: nbformat.NotebookNode, cwd: Path, timeout: int = DEFAULT_CELL_TIMEOUT
) -> nbformat.NotebookNode:
    """Execute every cell of a copy of `nb` in a fresh kernel; errors stay in outputs."""
    with KernelSession(nb, cwd, timeout) as session:
        executed = copy.deepcopy(nb)
        executed.cells = session.run_cells(nb.cells)
    return executed
