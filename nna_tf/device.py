"""Device set-up, seeding and a quiet TensorFlow import.

Every notebook of the course starts with `nna_tf.setup()`. It must leave stderr
untouched: nbgrader scores a graded cell 0 when anything reaches stderr, and
TensorFlow 2.21 writes C++ log lines to file descriptor 2 while it is imported,
before `TF_CPP_MIN_LOG_LEVEL` takes effect.
"""

from __future__ import annotations

import contextlib
import dataclasses
import importlib.abc
import importlib.machinery
import importlib.util
import logging
import os
import random
import re
import select
import sys
import tempfile
import threading
import warnings
from collections.abc import Callable, Iterator, Sequence
from types import ModuleType
from typing import Any, Protocol

from nna_tf.rules import install_live_check

GPU_MEMORY_ENV = "NNA_GPU_MEMORY_MB"
CPU_THREADS_ENV = "NNA_CPU_THREADS"

_applied: dict[str, Any] = {}


@dataclasses.dataclass(frozen=True)
class DeviceInfo:
    """What `setup` configured.

    Attributes:
        tensorflow: TensorFlow version, or None when `setup(tensorflow=False)` left it
            unimported.
        keras: Keras version, or None likewise.
        gpus: Names of the physical GPUs in use (empty on CPU).
        cpu_threads: Threads TensorFlow may use per op on the CPU.
        gpu_memory_mb: Per-process GPU memory cap, or None for on-demand growth.
        seed: The seed given to Python, NumPy and TensorFlow.
        deterministic: Whether op determinism is on.
        mixed_precision: Whether the `mixed_float16` policy is on.
        tensor_float_32: Whether float32 matrix products and convolutions may round
            their inputs to TensorFloat-32 (10-bit mantissa) on GPUs that have it.
    """

    tensorflow: str | None
    keras: str | None
    gpus: tuple[str, ...]
    cpu_threads: int
    gpu_memory_mb: int | None
    seed: int
    deterministic: bool
    mixed_precision: bool
    tensor_float_32: bool = False

    def summary(self) -> str:
        """One line for the notebook: versions and the devices in use."""
        if self.tensorflow is None:
            return f"NumPy only so far: TensorFlow is not imported yet | seed {self.seed}"
        if self.gpus:
            cap = (
                f", capped at {self.gpu_memory_mb} MB each"
                if self.gpu_memory_mb
                else ", memory on demand"
            )
            devices = f"{len(self.gpus)} GPU(s): {', '.join(self.gpus)}{cap}"
        else:
            devices = f"No GPU found; running on CPU ({self.cpu_threads} threads)"
        extras = [f"seed {self.seed}"]
        if self.deterministic:
            extras.append("deterministic ops")
        if self.mixed_precision:
            extras.append("mixed precision")
        if self.tensor_float_32 and self.gpus:
            extras.append("TensorFloat-32 products")
        return f"TensorFlow {self.tensorflow}, Keras {self.keras} | {devices} | " + ", ".join(
            extras
        )


@contextlib.contextmanager
def silence_stderr_fd() -> Iterator[None]:
    """Send everything written to file descriptor 2 into a temporary file.

    On an exception the captured text is attached to it, so a failed import still
    explains itself; otherwise the text is dropped.
    """
    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile(mode="w+b") as sink:
        os.dup2(sink.fileno(), 2)
        try:
            yield
        except BaseException as exc:
            os.dup2(saved, 2)
            sink.seek(0)
            captured = sink.read().decode(errors="replace").strip()
            if captured:
                exc.add_note(f"stderr while this ran:\n{captured}")
            raise
        finally:
            os.dup2(saved, 2)
            os.close(saved)


def import_tensorflow() -> ModuleType:
    """Import TensorFlow with its start-up logging kept off stderr.

    Returns:
        The `tensorflow` module.
    """
    _QuietTensorFlowImport.uninstall()
    if "tensorflow" in sys.modules:
        return sys.modules["tensorflow"]
    _quiet_environment()
    return _import_quietly()


def _quiet_environment() -> None:
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    os.environ.setdefault("KERAS_BACKEND", "tensorflow")


def _import_quietly(first: Callable[[], None] | None = None) -> ModuleType:
    """Run `first` (if given), then import Keras and TensorFlow, all with stderr
    silenced; then turn their Python loggers down. Returns `tensorflow`."""
    with silence_stderr_fd():
        if first is not None:
            first()
        import keras  # noqa: F401  (imported here so its own start-up is quiet too)
        import tensorflow as tf
    tf.get_logger().setLevel(logging.ERROR)
    with contextlib.suppress(ImportError):
        from absl import logging as absl_logging

        absl_logging.set_verbosity(absl_logging.ERROR)
    return tf


class _QuietTensorFlowImport(importlib.abc.MetaPathFinder):
    """Installed by `setup(tensorflow=False)`: a cell's own first `import tensorflow` or
    `import keras` is then as quiet as `setup()`'s import. Without it, TensorFlow's
    start-up lines would reach stderr and cost an honest cell its points."""

    NAMES = ("tensorflow", "keras")

    @classmethod
    def install(cls) -> None:
        if not any(isinstance(f, cls) for f in sys.meta_path):
            sys.meta_path.insert(0, cls())

    @classmethod
    def uninstall(cls) -> None:
        sys.meta_path[:] = [f for f in sys.meta_path if not isinstance(f, cls)]

    def find_spec(
        self, fullname: str, path: Sequence[str] | None = None, target: Any = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in self.NAMES:
            return None
        self.uninstall()
        spec = importlib.util.find_spec(fullname)
        if spec is not None and spec.loader is not None:
            spec.loader = _QuietLoader(spec.loader)
        return spec


class _QuietLoader(importlib.abc.Loader):
    """Runs the real loader with stderr silenced, then imports the other of TensorFlow
    and Keras the same way; the module keeps the real loader."""

    def __init__(self, loader: Any) -> None:
        self.loader = loader

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return self.loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        module.__loader__ = self.loader
        if module.__spec__ is not None:
            module.__spec__.loader = self.loader
        _import_quietly(lambda: self.loader.exec_module(module))


def _show_warning_on_stdout(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: Any = None,
    line: str | None = None,
) -> None:
    # A warning is advice, not an error: show it, but never on stderr.
    print(f"{category.__name__}: {message}", file=sys.stdout)


def cpu_share(workers: int) -> int:
    """Threads per op for one of `workers` processes that share this machine's cores
    (the value a grader or test runner puts in `NNA_CPU_THREADS`)."""
    return max(1, (os.cpu_count() or 1) // max(1, workers))


def _env_int(name: str) -> int | None:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return None
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value <= 0:
        raise ValueError(
            f"Expected environment variable {name} to be a positive integer. "
            f"Received: {name}={raw!r}"
        )
    return value


class _ConfigApi(Protocol):
    def set_memory_growth(self, device: Any, enable: bool) -> None: ...
    def set_logical_device_configuration(
        self, device: Any, logical_devices: Sequence[Any]
    ) -> None: ...


def configure_gpus(
    gpus: Sequence[Any],
    memory_mb: int | None,
    config: _ConfigApi,
    logical_device: Any,
) -> None:
    """Apply memory growth, or a per-process memory cap, to every GPU.

    Args:
        gpus: Physical GPU devices, as `tf.config.list_physical_devices("GPU")`.
        memory_mb: Cap per GPU in MB, or None to let memory grow on demand.
        config: `tf.config.experimental` or a stand-in with the same methods.
        logical_device: `tf.config.LogicalDeviceConfiguration` or a stand-in.
    """
    if gpus and memory_mb is not None:
        # A cap alone makes TensorFlow take all of it at the first op; with this
        # variable its allocator still grows on demand, up to the cap.
        os.environ.setdefault("TF_FORCE_GPU_ALLOW_GROWTH", "true")
    for gpu in gpus:
        if memory_mb is None:
            config.set_memory_growth(gpu, True)
        else:
            config.set_logical_device_configuration(gpu, [logical_device(memory_limit=memory_mb)])


# TensorFlow's error when XLA meets an operation it has no kernel for ("... on
# XLA_GPU_JIT: EagerPyFunc (No registered 'EagerPyFunc' OpKernel ..."). TensorFlow 2.21's
# XLA compiles operations whose output shape depends on the data (tf.boolean_mask,
# tf.unique, one-argument tf.where): what students meet is Python called from the graph.
_XLA_UNSUPPORTED = re.compile(
    r"Detected unsupported operations when trying to compile graph \S* on XLA_\w+: (\w+)"
)
# The Python names of those operations.
_OPERATION_NAMES = {
    "EagerPyFunc": "tf.py_function",
    "PyFunc": "tf.numpy_function",
    "PyFuncStateless": "tf.numpy_function",
}


def _xla_hint(message: str) -> str | None:
    """A hint in words for an error XLA raised on `message`, or None for any other."""
    match = _XLA_UNSUPPORTED.search(message)
    if match is None:
        return None
    operation = _OPERATION_NAMES.get(match.group(1), match.group(1))
    return (
        f"Hint: this code was compiled with XLA, which cannot compile {operation} (used in a "
        "layer, loss or metric, say). Keras compiles fit, evaluate and predict with XLA by "
        "itself on a GPU (and when compile() gets jit_compile=True), so such code runs on a "
        "CPU but fails on a GPU, and fails when graded on one. Write it with keras.ops (no "
        "tf.py_function or tf.numpy_function inside call). The full error follows."
    )


def _short_traceback(
    shell: Any, etype: type, value: BaseException, tb: Any, tb_offset: Any = None
) -> Any:
    """One readable line for a failed course check or an unsolved task; a hint above the
    full traceback when XLA cannot compile the student's code; the full traceback for
    anything else. The cell still ends in an error, so it still scores 0."""
    frames, frame = [], tb
    while frame is not None:
        frames.append(frame.tb_frame.f_code.co_filename)
        frame = frame.tb_next
    from_checks = bool(frames) and frames[-1].endswith(os.path.join("nna_tf", "checks.py"))
    if etype is AssertionError and from_checks:
        return [f"AssertionError: {value}"]
    if etype is NotImplementedError and not str(value):
        return [
            "NotImplementedError: not solved yet — replace `raise NotImplementedError()` "
            "in the solution cell above with your code, run it, then run this cell again."
        ]
    full = shell.InteractiveTB.structured_traceback(etype, value, tb, tb_offset)
    hint = _xla_hint(str(value))
    return full if hint is None else [hint, *full]


def _install_short_tracebacks() -> None:
    try:
        from IPython import get_ipython
    except ImportError:
        return
    shell = get_ipython()
    if shell is None or not hasattr(shell, "set_custom_exc"):
        return

    def handler(
        shell: Any, etype: type, value: BaseException, tb: Any, tb_offset: Any = None
    ) -> Any:
        # IPython leaves the display to a custom handler; _showtraceback sends the
        # usual error output (so nbgrader still sees an error) with the short text.
        # _get_exc_info records the error in sys.last_* for %debug and %tb, as
        # IPython's own display does.
        shell._get_exc_info((etype, value, tb))
        stb = _short_traceback(shell, etype, value, tb, tb_offset)
        shell._showtraceback(etype, value, stb)
        return stb

    handled: tuple[type[BaseException], ...] = (AssertionError, NotImplementedError)
    if "tensorflow" in sys.modules:  # XLA's errors (setup installs again after the import)
        handled += (sys.modules["tensorflow"].errors.InvalidArgumentError,)
    shell.set_custom_exc(handled, handler)


# The first line of a message that TensorFlow's native code logs, in absl's format
# ("I0000 00:00:1765000000.123456 4242 cuda_dnn.cc:531] ...", seconds since the epoch
# while absl is not initialised) or in TensorFlow's own
# ("2026-12-06 10:00:00.123456: W tensorflow/core/....cc:12] ..."): the level, then
# the source file.
_LOG_START = re.compile(
    rb"(?:([IWEF])\d{4} \d\d:\d\d:\d+\.\d+ +\d+ |\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+: ([IWEF]) )"
    rb"([^\s\]]+):\d+\] "
)
_ABSL_NOTICE = b"WARNING: All log messages before absl::InitializeLog() is called"
# Files whose ERROR lines only say that something is slow (XLA's "Constant folding an
# instruction is taking > 1s", "Trying algorithm ... is taking a while").
_SLOW_NOTICES = (b"slow_operation_alarm.cc",)
_HOLD_SECONDS = 0.2
_HOLD_BYTES = 4096


def _verdict(line: bytes) -> bool | None:
    """True for the first line of a native log message to drop (INFO, WARNING, a slow
    notice), False for one to show (ERROR, FATAL), None for any other line."""
    if line.startswith(_ABSL_NOTICE):
        return True
    match = _LOG_START.match(line)
    if match is None:
        return None
    level = match.group(1) or match.group(2)
    return level in b"IW" or match.group(3).endswith(_SLOW_NOTICES)


class _NativeLogFilter(threading.Thread):
    """Copies what is written to file descriptor 2 from `source` to `sink`, less the
    messages TensorFlow's native code logs at INFO or WARNING level.

    A dropped message ends at the next line that starts another log message, or where
    a read ends on a line break, or after `_HOLD_SECONDS` of quiet: absl writes a whole
    message (its continuation lines too) in one write. A partial line that may still
    turn into a log line is held until its line break, `_HOLD_BYTES`, or that quiet;
    everything else passes at once, unchanged. ERROR and FATAL lines pass: they
    explain a crash. The price: a pipe keeps no write boundaries, so a line that some
    other native code writes in the instant after a dropped message, before this
    thread reads, is taken for part of it. Python's own stderr never comes here."""

    def __init__(self, source: int, sink: int) -> None:
        super().__init__(name="nna-native-log-filter", daemon=True)
        self.source, self.sink = source, sink
        self.pending = b""  # a partial line held back

    def run(self) -> None:
        try:
            self._filter()
        except Exception:  # pass the rest through as it is: a full pipe would block writers
            self._write(self.pending)
            while chunk := os.read(self.source, 65536):
                self._write(chunk)

    def _filter(self) -> None:
        dropping = False  # inside a message being dropped
        poller = select.poll()  # unlike select(), any descriptor number works
        poller.register(self.source, select.POLLIN)
        while True:
            waiting = bool(self.pending) or dropping
            ready = poller.poll(int(_HOLD_SECONDS * 1000) if waiting else None)
            chunk = os.read(self.source, 65536) if ready else b""
            if not chunk:  # quiet for a while, or every writer closed the pipe
                if not dropping:
                    self._write(self.pending)
                self.pending, dropping = b"", False
                if ready:
                    return
                continue
            *lines, self.pending = (self.pending + chunk).split(b"\n")
            kept = []
            for line in lines:
                verdict = _verdict(line)
                dropping = dropping if verdict is None else verdict
                if not dropping:
                    kept.append(line + b"\n")
            if self.pending:
                verdict = _verdict(self.pending)
                dropping = dropping if verdict is None else verdict
                if len(self.pending) > _HOLD_BYTES:  # a very long line: decide now
                    if not dropping:
                        kept.append(self.pending)
                    self.pending = b""
                elif not dropping and verdict is None and self.pending[:1] not in b"IWEF0123456789":
                    kept.append(self.pending)  # cannot become a log line
                    self.pending = b""
            else:
                dropping = False  # the read ended on a line break: so did the message
            self._write(b"".join(kept))

    def _write(self, data: bytes) -> None:
        while data:
            try:
                data = data[os.write(self.sink, data) :]
            except OSError:
                return


def _install_native_log_filter() -> None:
    """In a Jupyter kernel, keep TensorFlow's native INFO and WARNING lines off stderr.

    `TF_CPP_MIN_LOG_LEVEL` silences TensorFlow's own logger but not absl's, which some
    of its libraries (XLA, the CUDA plugins) log through, mostly on a GPU: lines such
    as "Loaded cuDNN version" at a cell's first convolution would cost that cell its
    points. The kernel shows what reaches file descriptor 2 as stderr; this puts a
    filter in front of it. Python's own `sys.stderr` does not go through it. Outside
    a kernel (a script) nothing changes: a thread could lose the last lines at exit.
    """
    if "native_log_filter" in _applied or os.name != "posix":  # poll() needs POSIX pipes
        return
    try:
        from IPython import get_ipython
    except ImportError:
        return
    shell = get_ipython()
    if shell is None or getattr(shell, "kernel", None) is None:
        return
    source, entry = os.pipe()
    sink = os.dup(2)
    os.dup2(entry, 2)
    os.close(entry)
    _NativeLogFilter(source, sink).start()
    _applied["native_log_filter"] = True


def _install_figure_display() -> None:
    """Show a returned `matplotlib.figure.Figure` as a PNG in the notebook.

    The `nna_tf.plots` helpers build figures without pyplot, so IPython's inline
    backend never registers its formatter and a figure would print as text.
    """
    try:
        from IPython import get_ipython
        from IPython.core.pylabtools import select_figure_formats
    except ImportError:
        return
    shell = get_ipython()
    if shell is None or not hasattr(shell, "display_formatter"):
        return
    select_figure_formats(shell, {"png"}, bbox_inches="tight", dpi=96)


def _setup_without_tensorflow(seed: int, verbose: bool) -> DeviceInfo:
    import numpy as np

    # A cell's own `import keras` later stays as quiet as `setup()`'s import.
    _quiet_environment()
    _QuietTensorFlowImport.install()
    random.seed(seed)
    np.random.seed(seed)
    info = DeviceInfo(
        tensorflow=None,
        keras=None,
        gpus=(),
        cpu_threads=_env_int(CPU_THREADS_ENV) or os.cpu_count() or 1,
        gpu_memory_mb=None,
        seed=seed,
        deterministic=False,
        mixed_precision=False,
    )
    if verbose:
        print(info.summary())
    return info


def setup(
    seed: int = 0,
    *,
    deterministic: bool = False,
    mixed_precision: bool = False,
    tensor_float_32: bool = False,
    verbose: bool = True,
    tensorflow: bool = True,
) -> DeviceInfo:
    """Prepare TensorFlow for a notebook: quiet logs, devices, seeds.

    Safe to call again: devices are configured once per process, seeds are reset on
    every call. Environment variables `NNA_GPU_MEMORY_MB` (cap per process, so several
    grading kernels can share a GPU) and `NNA_CPU_THREADS` (threads per op) are read on
    the first call.

    Args:
        seed: Seed for Python, NumPy and TensorFlow.
        deterministic: Turn on TensorFlow's op determinism (slower on GPU).
        mixed_precision: Use the `mixed_float16` policy (useful on GPUs only).
        tensor_float_32: Let float32 matrix products and convolutions use
            TensorFloat-32 on GPUs that have it (NVIDIA Ampere and later). TensorFlow
            turns it on by default; `setup` turns it off unless asked, because it
            rounds the inputs of those ops to 10 bits of mantissa (errors near 1e-3
            instead of 1e-7). A check that compares a student's float32 result with
            a reference would then pass on a CPU and fail on such a GPU. CPUs and
            older GPUs compute in full float32 either way.
        verbose: Print one summary line on stdout.
        tensorflow: Import and configure TensorFlow. A chapter whose first sections
            use NumPy only passes False and calls `setup()` again where Keras begins:
            the import (seconds, and about 600 MB) is then paid only by a notebook
            that gets there. Python and NumPy are seeded either way. Once TensorFlow
            is imported, False changes nothing: TensorFlow is seeded as well.

    Returns:
        A `DeviceInfo` describing what was configured.
    """
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        raise TypeError(f"Expected `seed` to be a non-negative int. Received: seed={seed!r}")
    warnings.showwarning = _show_warning_on_stdout
    _install_short_tracebacks()
    _install_figure_display()
    _install_native_log_filter()
    install_live_check()
    if not tensorflow and (deterministic or mixed_precision or tensor_float_32):
        raise ValueError(
            "Expected tensorflow=True with deterministic, mixed_precision or "
            "tensor_float_32: all are TensorFlow settings. Received: tensorflow=False, "
            f"deterministic={deterministic}, mixed_precision={mixed_precision}, "
            f"tensor_float_32={tensor_float_32}"
        )
    if not tensorflow and "tensorflow" not in sys.modules:
        return _setup_without_tensorflow(seed, verbose)
    tf = import_tensorflow()
    import keras

    _install_short_tracebacks()
    if "devices" not in _applied:
        memory_mb = _env_int(GPU_MEMORY_ENV)
        threads = _env_int(CPU_THREADS_ENV)
        if threads is not None:
            try:
                tf.config.threading.set_intra_op_parallelism_threads(threads)
                tf.config.threading.set_inter_op_parallelism_threads(threads)
            except RuntimeError:  # TensorFlow already ran an op: its thread pools are fixed
                threads = tf.config.threading.get_intra_op_parallelism_threads() or None
        with silence_stderr_fd():  # CUDA starts here, and may say so
            gpus = tf.config.list_physical_devices("GPU")
        configure_gpus(
            gpus, memory_mb, tf.config.experimental, tf.config.LogicalDeviceConfiguration
        )
        _applied["devices"] = (
            tuple(g.name.replace("/physical_device:", "") for g in gpus),
            threads or os.cpu_count() or 1,
            memory_mb if gpus else None,
        )
    gpu_names, cpu_threads, memory_mb = _applied["devices"]

    if deterministic and not _applied.get("deterministic"):
        tf.config.experimental.enable_op_determinism()
        _applied["deterministic"] = True
    keras.mixed_precision.set_global_policy("mixed_float16" if mixed_precision else "float32")
    tf.config.experimental.enable_tensor_float_32_execution(tensor_float_32)
    random.seed(seed)
    keras.utils.set_random_seed(seed)

    info = DeviceInfo(
        tensorflow=tf.__version__,
        keras=keras.__version__,
        gpus=gpu_names,
        cpu_threads=cpu_threads,
        gpu_memory_mb=memory_mb,
        seed=seed,
        deterministic=bool(_applied.get("deterministic")),
        mixed_precision=mixed_precision,
        tensor_float_32=tensor_float_32,
    )
    if verbose:
        print(info.summary())
    return info
