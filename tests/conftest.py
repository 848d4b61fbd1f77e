"""Shared fixtures: the repository's course and a quiet TensorFlow in the test process."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("KERAS_BACKEND", "tensorflow")
# Under pytest-xdist every worker runs kernels at the same time; as the grader does for
# its own workers, each kernel gets its share of the cores instead of all of them, so
# TensorFlow's thread pools do not fight over the same cores.
_WORKERS = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1") or 1)
if _WORKERS > 1:
    from nna_tf.device import CPU_THREADS_ENV, cpu_share

    for _name in (CPU_THREADS_ENV, "OMP_NUM_THREADS"):
        os.environ.setdefault(_name, str(cpu_share(_WORKERS)))


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def tf():
    from nna_tf.device import import_tensorflow

    return import_tensorflow()


@pytest.hookimpl(tryfirst=True)  # before xdist reads the groups into the node ids
def pytest_collection_modifyitems(config, items):
    """Under pytest-xdist (`--dist loadgroup`), the tests that share an expensive
    module-scoped fixture (a graded class, a chapter's kernel) run on one worker,
    so the fixture is built once; everything else spreads over the workers.

    Group names must not contain "]" (xdist then ignores the group), and xdist's
    loadgroup needs pytest 8: pytest 9 no longer lets it tag the node ids
    (tests/test_parallel_tests.py checks both)."""
    for item in items:
        info = getattr(item, "_fixtureinfo", None)
        if info is None or item.get_closest_marker("xdist_group"):
            continue
        for name in info.names_closure:
            defs = info.name2fixturedefs.get(name)
            if not defs or defs[-1].scope != "module":
                continue
            param = getattr(item, "callspec", None)
            suffix = f".{param.indices[name]}" if param and name in param.indices else ""
            item.add_marker(pytest.mark.xdist_group(f"{item.module.__name__}.{name}{suffix}"))
            break
