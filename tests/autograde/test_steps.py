"""The grading configuration of nbgrader_config.py, as every nbgrader path loads it."""

from __future__ import annotations

from pathlib import Path

import pytest
from nbgrader.converters import Autograde
from nbgrader.preprocessors import Execute, OverwriteCells
from traitlets.config import Config

from autograde.enforce import EnforcePolicy
from autograde.freshness import GradebookMatchesSource
from autograde.sandbox import SandboxedKernelManager
from autograde.steps import SANDBOX_ENV, GradingExecute

ROOT = Path(__file__).resolve().parents[2]


def _course_config() -> Config:
    config = Config()
    namespace = {"get_config": lambda: config, "__file__": str(ROOT / "nbgrader_config.py")}
    exec(
        compile((ROOT / "nbgrader_config.py").read_text(), "nbgrader_config.py", "exec"), namespace
    )
    return config


def test_the_course_adds_its_steps_to_nbgraders_own_without_dropping_any():
    config = _course_config()
    sanitize = config.Autograde.sanitize_preprocessors
    grading = config.Autograde.autograde_preprocessors
    # written against nbgrader 0.9: if its defaults change, review nbgrader_config.py
    defaults = list(Autograde.class_traits()["sanitize_preprocessors"].default())
    restore = defaults.index(OverwriteCells)
    assert [
        *defaults[:restore],
        GradebookMatchesSource,
        *defaults[restore:],
        EnforcePolicy,
    ] == sanitize
    defaults = list(Autograde.class_traits()["autograde_preprocessors"].default())
    assert defaults[0] is Execute and grading[0] is GradingExecute
    assert defaults[1:] == grading[1:]


def test_grading_execute_runs_sandboxed_unless_switched_off(monkeypatch):
    monkeypatch.delenv(SANDBOX_ENV, raising=False)
    assert GradingExecute().kernel_manager_class is SandboxedKernelManager
    monkeypatch.setenv(SANDBOX_ENV, "off")
    assert GradingExecute().kernel_manager_class is not SandboxedKernelManager


def _stream(text: str) -> dict:
    return {
        "msg_type": "stream",
        "header": {"msg_type": "stream"},
        "parent_header": {"msg_id": "m"},
        "content": {"name": "stdout", "text": text},
    }


@pytest.mark.parametrize("limit", [10, 1000])
def test_grading_execute_keeps_errors_and_drops_output_past_the_cap(limit):
    executor = GradingExecute(max_output_chars=limit)
    executor.clear_before_next_output = False  # set per cell by nbclient
    outs: list = []
    for _ in range(5):
        executor.output(outs, _stream("x" * 400), None, 0)
    kept = sum(len(o.get("text", "")) for o in outs if "output limit" not in o.get("text", ""))
    assert kept <= limit
    assert any("output limit reached" in o.get("text", "") for o in outs) == (limit < 2000)


@pytest.mark.parametrize("configured", [None, "graceful"])
def test_grading_execute_kills_the_kernel_once_done_unless_configured(
    tmp_path, monkeypatch, configured
):
    """Once the last cell is done the kernel is killed: its exit handlers (TensorFlow's
    teardown, here a file write) never run. An instructor can ask for a graceful
    shutdown in nbgrader_config.py."""
    import nbformat

    monkeypatch.setenv(SANDBOX_ENV, "off")
    marker = tmp_path / "exited"
    nb = nbformat.v4.new_notebook()
    nb.cells.append(
        nbformat.v4.new_code_cell(f"import atexit\n_ = atexit.register(open, {str(marker)!r}, 'w')")
    )
    config = Config()
    if configured:
        config.GradingExecute.shutdown_kernel = configured
    step = GradingExecute(config=config)
    step.preprocess(nb, {"metadata": {"path": str(tmp_path)}})
    assert nb.cells[0].outputs == []
    assert marker.exists() == (configured == "graceful")
