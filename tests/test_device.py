import dataclasses
import os
import subprocess
import sys
import threading

import pytest

from nna_tf import device


def _run_quietly(root, script: str) -> str:
    """Run `script` in a fresh interpreter with a bare environment; it must succeed and
    write nothing to stderr (nbgrader scores a cell 0 for any stderr). Returns stdout."""
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=root,
        env={"PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def test_setup_import_prints_one_line_and_nothing_on_stderr(root):
    stdout = _run_quietly(root, "import nna_tf; nna_tf.setup()")
    lines = stdout.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("TensorFlow 2.")
    assert "seed 0" in lines[0]


def test_setup_without_tensorflow_seeds_numpy_and_imports_no_tensorflow(root):
    """A chapter that starts in NumPy pays for TensorFlow only where Keras begins."""
    script = (
        "import sys, numpy as np, nna_tf\n"
        "info = nna_tf.setup(seed=5, tensorflow=False)\n"
        "a = np.random.rand(2)\n"
        "nna_tf.setup(seed=5, tensorflow=False, verbose=False)\n"
        "assert (a == np.random.rand(2)).all()\n"
        "assert info.tensorflow is None and 'tensorflow' not in sys.modules, info\n"
        "later = nna_tf.setup(seed=5)\n"
        "assert later.tensorflow and 'tensorflow' in sys.modules\n"
        "again = nna_tf.setup(seed=5, tensorflow=False)\n"
        "assert again == later, (again, later)\n"
    )
    stdout = _run_quietly(root, script)
    lines = stdout.splitlines()
    assert lines[0] == "NumPy only so far: TensorFlow is not imported yet | seed 5"
    assert lines[1].startswith("TensorFlow 2.") and lines[2].startswith("TensorFlow 2.")
    assert len(lines) == 3


@pytest.mark.parametrize(
    "statement", ["import tensorflow as tf", "import keras", "from tensorflow import keras"]
)
def test_a_cells_own_tensorflow_import_after_setup_without_it_is_quiet(root, statement):
    """An honest `import tensorflow` in an early task must not write TensorFlow's
    start-up lines to stderr: nbgrader would score the cell 0."""
    script = (
        "import sys, nna_tf\n"
        "nna_tf.setup(seed=0, tensorflow=False, verbose=False)\n"
        f"{statement}\n"
        "import keras, tensorflow\n"
        "assert type(tensorflow.__loader__).__name__ != '_QuietLoader'\n"
        "assert type(keras.__spec__.loader).__name__ != '_QuietLoader'\n"
        "assert not any('Quiet' in type(f).__name__ for f in sys.meta_path), sys.meta_path\n"
        "print(float(tensorflow.reduce_sum(tensorflow.ones(3))))\n"
    )
    stdout = _run_quietly(root, script)
    assert stdout == "3.0\n"


def test_setup_without_tensorflow_refuses_tensorflow_settings():
    with pytest.raises(ValueError, match=r"Received: tensorflow=False, deterministic=True"):
        device.setup(seed=0, tensorflow=False, deterministic=True)
    with pytest.raises(ValueError, match=r"tensor_float_32=True$"):
        device.setup(seed=0, tensorflow=False, tensor_float_32=True)


def test_setup_is_idempotent_and_reseeds(tf, capsys):
    import numpy as np

    first = device.setup(seed=3)
    a = np.random.rand(3)
    second = device.setup(seed=3)
    b = np.random.rand(3)
    assert first == second
    assert (a == b).all()
    assert capsys.readouterr().out.count("TensorFlow") == 2


def test_setup_keeps_going_when_tensorflow_already_ran_an_op(tf, monkeypatch):
    """Threads can only be set before TensorFlow's first op; a later first call of
    setup (a notebook that ran TensorFlow before it) must not fail on the request."""
    tf.constant(1.0) + 1.0
    monkeypatch.setattr(device, "_applied", {})
    monkeypatch.setenv(device.CPU_THREADS_ENV, "1")
    info = device.setup(seed=0, verbose=False)
    assert info.cpu_threads >= 1


def test_setup_turns_tensor_float_32_off_unless_asked(tf):
    """TensorFlow rounds float32 products to TensorFloat-32 on Ampere GPUs and later by
    default; a hidden check comparing with a reference to 1e-6 would then fail only
    there. The flag is readable (and must be off) on a CPU too."""
    try:
        assert device.setup(seed=0, verbose=False).tensor_float_32 is False
        assert tf.config.experimental.tensor_float_32_execution_enabled() is False
        assert device.setup(seed=0, verbose=False, tensor_float_32=True).tensor_float_32
        assert tf.config.experimental.tensor_float_32_execution_enabled() is True
    finally:
        device.setup(seed=0, verbose=False)
    assert tf.config.experimental.tensor_float_32_execution_enabled() is False


def test_setup_rejects_negative_seed():
    with pytest.raises(
        TypeError, match=r"Expected `seed` to be a non-negative int. Received: seed=-1"
    ):
        device.setup(seed=-1)


def test_setup_warnings_go_to_stdout(tf, capsys):
    import warnings

    device.setup(seed=0, verbose=False)
    warnings.warn("careful", UserWarning, stacklevel=1)
    captured = capsys.readouterr()
    assert "UserWarning: careful" in captured.out
    assert captured.err == ""


def test_env_int_rejects_garbage(monkeypatch):
    monkeypatch.setenv(device.GPU_MEMORY_ENV, "lots")
    with pytest.raises(
        ValueError,
        match=r"NNA_GPU_MEMORY_MB to be a positive integer\. Received: NNA_GPU_MEMORY_MB='lots'",
    ):
        device._env_int(device.GPU_MEMORY_ENV)


class FakeConfig:
    def __init__(self):
        self.calls = []

    def set_memory_growth(self, gpu, enable):
        self.calls.append(("growth", gpu, enable))

    def set_logical_device_configuration(self, gpu, logical):
        self.calls.append(("cap", gpu, logical))


def test_configure_gpus_enables_growth_on_every_gpu():
    config = FakeConfig()
    device.configure_gpus(["gpu0", "gpu1"], None, config, dict)
    assert config.calls == [("growth", "gpu0", True), ("growth", "gpu1", True)]


def test_configure_gpus_applies_memory_cap_instead_of_growth(monkeypatch):
    monkeypatch.setenv("TF_FORCE_GPU_ALLOW_GROWTH", "")  # restored (or removed) afterwards
    monkeypatch.delenv("TF_FORCE_GPU_ALLOW_GROWTH")
    config = FakeConfig()
    device.configure_gpus(["gpu0"], 2048, config, dict)
    assert config.calls == [("cap", "gpu0", [{"memory_limit": 2048}])]
    # Grading kernels share the GPU: each grows up to its cap instead of taking it all.
    assert os.environ["TF_FORCE_GPU_ALLOW_GROWTH"] == "true"


def test_summary_names_gpus_and_cap():
    info = device.DeviceInfo("2.21.0", "3.15.1", ("GPU:0",), 2, 1024, 0, False, True)
    assert "1 GPU(s): GPU:0, capped at 1024 MB each" in info.summary()
    assert "mixed precision" in info.summary()
    assert "TensorFloat-32" not in info.summary()
    fast = dataclasses.replace(info, tensor_float_32=True)
    assert "TensorFloat-32 products" in fast.summary()
    cpu = device.DeviceInfo("2.21.0", "3.15.1", (), 2, None, 0, False, False)
    assert "No GPU found; running on CPU (2 threads)" in cpu.summary()
    assert "TensorFloat-32" not in dataclasses.replace(cpu, tensor_float_32=True).summary()


def test_silence_stderr_fd_attaches_captured_text_on_error():
    with pytest.raises(RuntimeError) as info, device.silence_stderr_fd():
        os.write(2, b"native complaint\n")
        raise RuntimeError("boom")
    assert "native complaint" in "".join(info.value.__notes__)


@pytest.mark.gpu
def test_setup_uses_the_gpu_when_present(tf):
    if not tf.config.list_physical_devices("GPU"):
        pytest.skip("no GPU on this machine")
    assert device.setup(verbose=False).gpus


NATIVE_LINES = (
    b"I0000 00:00:1765012345.203198 3722035 cuda_dnn.cc:531] Loaded cuDNN version 90300\n"
    b"W0000 00:00:1765012345.228000 3722035 gpu_timer.cc:114] Skipping the delay kernel\n"
    b"2026-12-06 10:00:00.123456: I tensorflow/core/common_runtime/gpu/gpu_device.cc:2019]"
    b" Created device /job:localhost/replica:0/task:0/device:GPU:0\n"
    b"WARNING: All log messages before absl::InitializeLog() is called are written to STDERR\n"
    b"E0000 00:00:1765012345.3 3722035 cuda_dnn.cc:8579] Unable to register cuDNN factory\n"
    b"I0 is not a log line\n"
    b"partial, then "
)


def test_a_kernel_shows_native_errors_and_plain_text_but_not_tensorflows_info_lines(tmp_path):
    """TensorFlow's libraries log some INFO and WARNING lines through absl, which
    TF_CPP_MIN_LOG_LEVEL does not reach (on a GPU: cuDNN, XLA). In a kernel they would
    reach stderr and cost a graded cell its points: setup drops them from file
    descriptor 2 and lets everything else through, in order."""
    import nbformat

    from autograde.execute import KernelSession

    nb = nbformat.v4.new_notebook()
    setup_cell = nbformat.v4.new_code_cell("import nna_tf\nnna_tf.setup(tensorflow=False)")
    write = nbformat.v4.new_code_cell(
        f"import os, time\nos.write(2, {NATIVE_LINES!r})\ntime.sleep(0.4)\n"
        "os.write(2, b'the end\\n')\ntime.sleep(1)"
    )
    nb.cells = [setup_cell, write]
    with KernelSession(nb, tmp_path) as session:
        session.run_cell(setup_cell, 0)
        setup_cell.source += "\nnna_tf.setup(tensorflow=False, verbose=False)"  # installs once
        session.run_cell(setup_cell, 0)
        outputs = session.run_cell(write, 1).outputs
    stderr = "".join(o.get("text", "") for o in outputs if o.get("name") == "stderr")
    assert stderr == (
        "E0000 00:00:1765012345.3 3722035 cuda_dnn.cc:8579] Unable to register cuDNN factory\n"
        "I0 is not a log line\npartial, then the end\n"
    )


def test_the_native_log_filter_passes_everything_on_when_it_fails(monkeypatch):
    """Whatever goes wrong in the filter, writers to stderr must never block on a full
    pipe: the rest passes through unfiltered."""

    def broken(self):
        raise RuntimeError("filter bug")

    monkeypatch.setattr(device._NativeLogFilter, "_filter", broken)
    payload = b"I0000 00:00:1.5 1 x.cc:1] kept when the filter fails\n" * 4000  # > a pipe's 64 KiB
    assert _filtered(payload) == payload


def _read_all(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    return b"".join(chunks)


def _filtered(*writes: bytes | float) -> bytes:
    """What the native log filter lets through of `writes` (a float: a pause, in
    seconds). The writes must not block."""
    import time

    source, entry = os.pipe()
    sink_out, sink = os.pipe()
    thread = device._NativeLogFilter(source, sink)
    thread.start()
    received = bytearray()
    reader = threading.Thread(target=lambda: received.extend(_read_all(sink_out)), daemon=True)
    reader.start()

    def write_all() -> None:
        for item in writes:
            if isinstance(item, float):
                time.sleep(item)
            else:
                os.write(entry, item)
        os.close(entry)

    writer = threading.Thread(target=write_all, daemon=True)
    writer.start()
    writer.join(10)
    assert not writer.is_alive(), "a write to stderr blocked"
    thread.join(10)
    os.close(sink)
    reader.join(10)
    return bytes(received)


ABSL_INFO = b"I0000 00:00:1765012345.203198 3722035 gpu_device.cc:2020] Created device GPU:0\n"
ABSL_ERROR = b"E0000 00:00:1765012345.3 3722035 cuda_dnn.cc:8579] Unable to register cuDNN\n"


def test_the_native_log_filter_drops_whole_messages_and_keeps_the_rest():
    numa = (
        b"I0000 00:00:1765012345.1 42 read_numa_node.cc:27] could not open file to read "
        b"NUMA node: /sys/bus/pci/devices/0000:00:05.0/numa_node\n"
        b"Your kernel may have been built without NUMA support.\n"
    )
    slow = (
        b"E0000 00:00:1765012345.2 42 slow_operation_alarm.cc:73] Constant folding an "
        b"instruction is taking > 1s:\n\n  %reduce.5 = f32[] reduce(...)\n\n"
        b"This isn't necessarily a bug; constant-folding is inherently a trade-off.\n"
    )
    # Each pause stands for a separate write, read on its own.
    assert _filtered(numa + ABSL_ERROR + b"mine\n", 0.3, slow, 0.3, b"after\n") == (
        ABSL_ERROR + b"mine\nafter\n"
    )


def test_the_native_log_filter_joins_lines_split_across_writes():
    # a log line in two pieces, a lone "I" that becomes text, a number with no line break
    assert _filtered(ABSL_INFO[:20], 0.05, ABSL_INFO[20:], 0.3, b"I", 0.05, b"nteresting\n") == (
        b"Interesting\n"
    )
    assert _filtered(b"42", 0.5, b" apples\n") == b"42 apples\n"
    long_line = ABSL_INFO[:-1] + b"x" * 70_000 + b"\n"  # longer than a pipe read
    assert _filtered(long_line, 0.3, b"kept\n") == b"kept\n"


@pytest.mark.slow
def test_code_xla_cannot_compile_gets_a_hint_above_the_full_error(tmp_path):
    """On a GPU Keras compiles with XLA by itself, and a layer that calls
    tf.py_function or tf.numpy_function then fails there though it ran on the
    student's CPU. The error says why, in words, above the full traceback, which
    keeps the student's own lines; other errors are shown as IPython shows them, and
    %debug and %tb find each one."""
    import re

    import nbformat

    from autograde.execute import KernelSession

    cells = [
        "import sys\nimport nna_tf\nnna_tf.setup(verbose=False)\n"
        "import keras, numpy as np, tensorflow as tf\n"
        "class Eager(keras.layers.Layer):\n"
        "    def call(self, x):\n"
        "        y = tf.py_function(lambda t: t, [x], tf.float32)\n"
        "        y.set_shape(x.shape)\n"
        "        return y\n"
        "model = keras.Sequential([keras.Input((3,)), Eager(), keras.layers.Dense(2)])\n"
        "model.compile(loss='mse', jit_compile=True)",
        "model.predict(np.ones((4, 3), np.float32), verbose=0)",
        "@tf.function(jit_compile=True)\ndef halve(x):\n"
        "    return tf.numpy_function(lambda a: a / 2, [x], tf.float32)\n"
        "halve(tf.constant([1.0, -1.0, 2.0]))",
        "tf.reshape(tf.ones(6), (4, 2))",
        "print(type(sys.last_value).__name__)",
        "assert 1 + 1 == 3, 'my own check'",
    ]
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
    with KernelSession(nb, tmp_path) as session:
        ran = session.run_cells(nb.cells)
    assert ran[0].outputs == []
    errors = [cell.outputs[0] for cell in ran[1:4] + ran[5:]]
    text = [re.sub(r"\x1b\[[0-9;]*m", "", "\n".join(e.traceback)) for e in errors]
    assert [e.ename for e in errors] == ["InvalidArgumentError"] * 3 + ["AssertionError"]
    assert errors[0].traceback[0].startswith("Hint: this code was compiled with XLA")
    assert "cannot compile tf.py_function" in errors[0].traceback[0]
    assert "cannot compile tf.numpy_function" in errors[1].traceback[0]
    assert not any("Hint" in t for t in text[2:])
    for cell, shown in zip(cells[1:4] + cells[5:], text, strict=True):
        assert cell.splitlines()[-1] in shown, f"the student's line is missing:\n{shown}"
    assert ran[4].outputs[0].text == "InvalidArgumentError\n"
