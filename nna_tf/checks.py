"""Student-facing checks used by the visible and hidden tests of every notebook.

Every check:
- returns None (nbgrader reads a displayed number as partial credit);
- raises `AssertionError` with one readable line, `<task>: <what> — <problem>.`
  followed by an optional hint, naming the property and never a hidden value
  unless `reveal=True`;
- writes nothing to stderr and never mutates the objects it is given;
- checks types strictly before values: only real NumPy arrays, TensorFlow tensors
  and variables, Keras variables and plain Python numbers are read as numbers, so an
  object that fakes `__eq__`, `__array__` or `__float__`, or an ndarray subclass,
  fails with a type message.
"""

from __future__ import annotations

import ast
import inspect
import math
import re
import sys
import textwrap
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from types import FunctionType
from typing import Any, Literal

import numpy as np

_PY_SCALARS = (bool, int, float)
_REQUIREMENT = re.compile(r"\d+\.\d+[a-z]")


def _fail(task: str, what: str, problem: str, hint: str | None = None) -> AssertionError:
    message = f"{task}: {what} — {problem}."
    if hint:
        message += f" Hint: {hint}"
    return AssertionError(message)


class requirement:
    """Tag the checks inside with the requirement of the task text they test.

    Each task lists its requirements with labels such as **7.1b**. A check that fails
    inside `with checks.requirement("7.1b"):` names the label at the end of its
    message, so the student (and the feedback page) can point at the sentence of the
    task that the code breaks. An error raised by the student's own code gets the
    label as a note. The course gate checks that every labelled requirement has a
    hidden check.
    """

    def __init__(self, label: str) -> None:
        if not (isinstance(label, str) and _REQUIREMENT.fullmatch(label)):
            raise ValueError(f"Expected a requirement label such as '7.1b'. Received: {label!r}")
        self.label = label

    def __enter__(self) -> requirement:
        return self

    def __exit__(self, kind: Any, error: Any, traceback: Any) -> Literal[False]:
        if error is None:
            return False
        tag = f"[requirement {self.label}]"
        if isinstance(error, AssertionError):
            message = str(error)
            if "[requirement " not in message:  # an inner requirement already named itself
                raise AssertionError(f"{message} {tag}").with_traceback(traceback) from None
            return False
        if isinstance(error, Exception):
            error.add_note(tag)
        return False


def _describe_type(value: Any) -> str:
    kind = type(value)
    return (
        kind.__qualname__
        if kind.__module__ == "builtins"
        else f"{kind.__module__}.{kind.__qualname__}"
    )


def _tensor_types() -> tuple[type, ...]:
    """Concrete tensor and variable classes of the loaded frameworks."""
    types: list[type] = []
    tf = sys.modules.get("tensorflow")
    if tf is not None:
        types.append(type(tf.constant(0)))
        types.append(tf.Variable)
    keras = sys.modules.get("keras")
    if keras is not None:
        types.append(keras.Variable)
    return tuple(types)


def _is_trusted_tensor(value: Any) -> bool:
    kind = type(value)
    module = kind.__module__ or ""
    if not (module.startswith("tensorflow.") or module.startswith("keras.")):
        return False
    return isinstance(value, _tensor_types())


def to_numpy(value: Any, *, task: str, what: str) -> np.ndarray:
    """Read a student's value as a NumPy array, strictly.

    Accepts NumPy arrays (exact type, numeric or bool dtype), NumPy scalars, Python
    bool/int/float, TensorFlow tensors and variables, Keras variables, and lists or
    tuples of those. Returns a fresh array; the original is not touched.
    """
    kind = type(value)
    if kind is np.ndarray:
        if value.dtype.kind not in "biuf":
            raise _fail(task, what, f"expected numbers, got an array of dtype {value.dtype}")
        return np.array(value, copy=True)
    if kind in _PY_SCALARS or (isinstance(value, np.generic) and kind.__module__ == "numpy"):
        if isinstance(value, np.generic) and value.dtype.kind not in "biuf":
            raise _fail(task, what, f"expected a number, got numpy {kind.__name__}")
        return np.array(value)
    if _is_trusted_tensor(value):
        keras = sys.modules["keras"]
        return np.array(keras.ops.convert_to_numpy(value), copy=True)
    if kind in (list, tuple):
        items = [to_numpy(item, task=task, what=what) for item in value]
        try:
            return np.array(items)
        except ValueError:
            raise _fail(
                task, what, "got a ragged nested list; expected a rectangular array"
            ) from None
    raise _fail(
        task,
        what,
        f"expected a NumPy array, a tensor or a number, got {_describe_type(value)}",
    )


def check_type(
    value: Any, expected: type | tuple[type, ...], *, task: str, what: str, hint: str | None = None
) -> None:
    """Check that `value` is an instance of `expected` (subclasses allowed)."""
    if not isinstance(value, expected):
        names = (
            " or ".join(t.__name__ for t in expected)
            if isinstance(expected, tuple)
            else expected.__name__
        )
        raise _fail(task, what, f"expected {names}, got {_describe_type(value)}", hint)


def _shape_problem(actual: tuple[int, ...], expected: tuple[Any, ...], reveal: bool) -> str:
    shown = f"expected {expected}, got" if reveal else "not the right shape: got"
    return f"{shown} {actual}"


def check_shape(
    value: Any,
    expected: Sequence[int | None],
    *,
    task: str,
    what: str,
    reveal: bool = False,
    hint: str | None = None,
) -> None:
    """Check an array's shape; `None` in `expected` matches any size.

    The message shows the expected shape only with `reveal=True`: a hidden test's
    input sizes stay hidden unless the task text states them."""
    shape = to_numpy(value, task=task, what=what).shape
    expected = tuple(expected)
    matches = len(shape) == len(expected) and all(
        e is None or e == s for e, s in zip(expected, shape, strict=True)
    )
    if not matches:
        raise _fail(task, f"{what} shape", _shape_problem(shape, expected, reveal), hint)


def check_dtype(
    value: Any, expected: str, *, task: str, what: str, hint: str | None = None
) -> None:
    """Check an array's dtype by name (`"float32"`) or kind (`"floating"`, `"integer"`)."""
    dtype = to_numpy(value, task=task, what=what).dtype
    ok = {
        "floating": dtype.kind == "f",
        "integer": dtype.kind in "iu",
        "bool": dtype.kind == "b",
    }.get(expected, dtype.name == expected)
    if not ok:
        raise _fail(task, f"{what} dtype", f"expected {expected}, got {dtype.name}", hint)


def check_close(
    actual: Any,
    expected: Any,
    *,
    task: str,
    what: str,
    rtol: float = 1e-5,
    atol: float = 1e-7,
    reveal: bool = False,
    hint: str | None = None,
) -> None:
    """Check numbers element-wise: |a - e| <= atol + rtol * |e|.

    The failure message gives the worst absolute and relative errors and the
    tolerances, never the expected values themselves; it shows the expected shape
    only with `reveal=True`.
    """
    a = to_numpy(actual, task=task, what=what).astype(np.float64)
    e = np.asarray(expected, dtype=np.float64)
    if a.shape != e.shape:
        raise _fail(task, f"{what} shape", _shape_problem(a.shape, e.shape, reveal), hint)
    if a.size == 0:
        return
    a_nan, e_nan = np.isnan(a), np.isnan(e)
    if (a_nan != e_nan).any():
        raise _fail(
            task,
            what,
            f"{int((a_nan & ~e_nan).sum())} value(s) are NaN where a number was expected",
            hint,
        )
    a_f, e_f = np.where(a_nan, 0.0, a), np.where(e_nan, 0.0, e)
    inf_mismatch = np.isinf(a_f) | np.isinf(e_f)
    if (inf_mismatch & (a_f != e_f)).any():
        raise _fail(task, what, "infinite values where the reference differs", hint)
    finite = ~inf_mismatch
    err = np.abs(a_f - e_f)[finite]
    bound = (atol + rtol * np.abs(e_f))[finite]
    if (err > bound).any():
        scale = np.abs(e_f[finite])
        # A relative error means nothing where the reference is zero: leave those out.
        rel = f"{(err[scale > 0] / scale[scale > 0]).max():.3g}" if (scale > 0).any() else "n/a"
        bad = int((err > bound).sum())
        raise _fail(
            task,
            what,
            f"{bad} of {err.size} value(s) off; max abs error {err.max():.3g}, "
            f"max rel error {rel} (rtol={rtol:g}, atol={atol:g})",
            hint,
        )


def _holds_text(items: Any) -> bool:
    if isinstance(items, (list, tuple)):
        return any(_holds_text(item) for item in items)
    return isinstance(items, str) or items is None


def check_equal(
    actual: Any,
    expected: Any,
    *,
    task: str,
    what: str,
    reveal: bool = False,
    hint: str | None = None,
) -> None:
    """Check exact equality of numbers, arrays, strings or simple containers.

    Numbers and arrays are compared through `to_numpy` (strict types). Strings,
    None and containers of them are compared after checking the exact type. Only
    with `reveal=True` does a message show the expected value, length, keys or
    shape: a hidden test's reference stays hidden unless its author says otherwise.
    """
    if isinstance(expected, (list, tuple)) and _holds_text(expected):
        if type(actual) not in (list, tuple):
            raise _fail(task, what, f"expected a list, got {_describe_type(actual)}", hint)
        if len(actual) != len(expected):
            shown = f"expected {len(expected)}, got" if reveal else "not the right length:"
            raise _fail(task, f"{what} length", f"{shown} {len(actual)}", hint)
        for index, (a_item, e_item) in enumerate(zip(actual, expected, strict=True)):
            check_equal(
                a_item, e_item, task=task, what=f"{what}[{index}]", reveal=reveal, hint=hint
            )
        return
    if isinstance(expected, str) or expected is None:
        if type(actual) is not type(expected):
            raise _fail(
                task,
                what,
                f"expected {type(expected).__name__}, got {_describe_type(actual)}",
                hint,
            )
        ok = actual == expected
        shown_actual = repr(actual)
    elif isinstance(expected, dict):
        if type(actual) is not dict:
            raise _fail(task, what, f"expected dict, got {_describe_type(actual)}", hint)
        if sorted(map(repr, actual)) != sorted(map(repr, expected)):
            raise _fail(
                task,
                f"{what} keys",
                f"expected {sorted(expected)}, got {sorted(actual)}"
                if reveal
                else "the keys differ",
                hint,
            )
        for key, value in expected.items():
            check_equal(
                actual[key], value, task=task, what=f"{what}[{key!r}]", reveal=reveal, hint=hint
            )
        return
    else:
        a = to_numpy(actual, task=task, what=what)
        e = np.asarray(expected)
        if a.shape != e.shape:
            raise _fail(task, f"{what} shape", _shape_problem(a.shape, e.shape, reveal), hint)
        ok = bool(np.array_equal(a, e))
        shown_actual = np.array2string(a, threshold=20) if a.ndim else repr(a.item())
    if not ok:
        if reveal:
            shown_expected = (
                repr(expected)
                if isinstance(expected, str) or expected is None
                else (
                    np.array2string(np.asarray(expected), threshold=20)
                    if np.ndim(expected)
                    else repr(np.asarray(expected).item())
                )
            )
            raise _fail(task, what, f"expected {shown_expected}, got {shown_actual}", hint)
        raise _fail(task, what, f"got {shown_actual}, which is not right", hint)


def check_true(
    condition: Any, *, task: str, what: str, problem: str, hint: str | None = None
) -> None:
    """Fail with `problem` unless `condition` is a real `True` (bool or NumPy bool)."""
    if type(condition) not in (bool, np.bool_):
        raise _fail(task, what, f"the check produced {_describe_type(condition)}, not a bool", hint)
    if not condition:
        raise _fail(task, what, problem, hint)


def check_ran(*names: str, task: str, where: str = "the training cell above") -> None:
    """Check that the notebook cell making `names` (`where`) has run to the end: each
    name is defined in the notebook. Called first in a test cell on a trained result,
    so that a training cell that was skipped or failed gives this one line, not a
    NameError traceback."""
    frame = inspect.currentframe()
    caller = frame.f_back if frame is not None else None
    namespace = caller.f_globals if caller is not None else {}
    missing = [name for name in names if name not in namespace]
    if missing:
        raise _fail(
            task,
            where,
            f"has not run to the end ({', '.join(missing)} not defined)",
            "run your solution and the test cell below it, then the training cell, then this cell",
        )


def check_probabilities(
    value: Any,
    expected_shape: Sequence[int | None],
    *,
    task: str,
    what: str,
    hint: str | None = None,
) -> np.ndarray:
    """Check that `value` has `expected_shape` and holds probabilities along its last
    axis (non-negative, each row summing to 1 within 1e-4); return it as an array."""
    array = to_numpy(value, task=task, what=what)
    check_shape(array, expected_shape, task=task, what=what)
    rows_sum_to_one = np.allclose(array.sum(axis=-1), 1.0, rtol=0, atol=1e-4)
    if not (np.all(array >= 0) and rows_sum_to_one):
        raise _fail(task, what, "are not probabilities (non-negative rows that sum to 1)", hint)
    return array


def check_compiled_loss(
    model: Any,
    y_true: Any,
    y_pred: Any,
    expected: float,
    *,
    task: str,
    what: str,
    rtol: float = 1e-4,
    hint: str | None = None,
) -> None:
    """Check the loss `model` was compiled with: applied to `y_true` and `y_pred`, it
    must give `expected`, the mean over the batch of the loss the task asks for.

    The compiled loss alone is applied (a string through `keras.losses.get`, a function
    or a `keras.losses.Loss` object with its reduction), without the model and without
    the penalties of its regularisers. A loss of the right name with other arguments
    (`from_logits=True` on probabilities, a sum instead of a mean, label smoothing)
    gives another value and fails.
    """
    keras = sys.modules.get("keras")
    loss = getattr(model, "loss", None)
    if keras is None or loss is None:
        raise _fail(task, what, "the model is not compiled with a loss", hint)
    if isinstance(loss, (dict, list, tuple)):
        raise _fail(task, what, "the model is compiled with several losses, not one", hint)
    if isinstance(loss, str):
        try:
            loss = keras.losses.get(loss)
        except ValueError:
            raise _fail(task, what, f"Keras knows no loss named {loss!r}", hint) from None
    if not callable(loss):
        raise _fail(task, what, f"the compiled loss is {_describe_type(loss)}", hint)
    try:
        value = loss(y_true, y_pred)
    except Exception as error:  # the student's own loss failed: say so in one line
        raise _fail(task, what, f"the compiled loss raised {type(error).__name__}", hint) from None
    got = float(np.mean(to_numpy(value, task=task, what=f"{what}: the compiled loss's value")))
    if not abs(got - expected) <= rtol * abs(expected) + 1e-7:
        raise _fail(task, what, "does not give the value of the loss the task asks for", hint)


def check_raises(
    fn: Callable[[], Any],
    exception: type[BaseException],
    *,
    task: str,
    what: str,
    hint: str | None = None,
) -> None:
    """Call `fn()` and fail unless it raises `exception` (or a subclass of it)."""
    try:
        fn()
    except exception:
        return
    except Exception as error:  # the student's code raised the wrong kind of error
        raise _fail(
            task, what, f"raised {type(error).__name__} instead of {exception.__name__}", hint
        ) from None
    raise _fail(task, what, f"did not raise {exception.__name__}", hint)


def check_gradient(
    fn: Callable[[Any], Any],
    x: Any,
    *,
    task: str,
    what: str,
    grad: Any = None,
    eps: float = 1e-6,
    rtol: float = 1e-6,
    hint: str | None = None,
) -> None:
    """Compare a gradient with float64 centred finite differences of `fn` at `x`.

    Args:
        fn: Maps a float64 tensor shaped like `x` to a scalar.
        x: Point of evaluation.
        grad: Gradient to check. When None, the `tf.GradientTape` gradient of `fn`.
        eps: Finite-difference step.
        rtol: Largest accepted relative error ||g - g_fd|| / (||g|| + ||g_fd||).
    """
    from nna_tf.device import import_tensorflow

    tf = import_tensorflow()
    x64 = np.asarray(to_numpy(x, task=task, what=f"{what} input"), dtype=np.float64)
    if grad is None:
        xt = tf.Variable(x64)
        with tf.GradientTape() as tape:
            y = fn(xt)
        g = tape.gradient(y, xt)
        if g is None:
            raise _fail(
                task, what, "the output does not depend on the input through TensorFlow ops", hint
            )
        g = to_numpy(g, task=task, what=what)
    else:
        g = to_numpy(grad, task=task, what=what).astype(np.float64)
    if g.shape != x64.shape:
        raise _fail(task, f"{what} shape", f"expected {x64.shape}, got {g.shape}", hint)
    g_fd = np.zeros_like(x64)
    flat = x64.reshape(-1)
    for i in range(flat.size):
        step = np.zeros_like(flat)
        step[i] = eps
        plus = float(
            to_numpy(fn(tf.constant((flat + step).reshape(x64.shape))), task=task, what=what)
        )
        minus = float(
            to_numpy(fn(tf.constant((flat - step).reshape(x64.shape))), task=task, what=what)
        )
        g_fd.reshape(-1)[i] = (plus - minus) / (2 * eps)
    scale = np.linalg.norm(g) + np.linalg.norm(g_fd)
    rel = 0.0 if scale == 0 else float(np.linalg.norm(g - g_fd) / scale)
    if not rel <= rtol:
        raise _fail(
            task,
            what,
            f"relative error against finite differences {rel:.3g} exceeds {rtol:g}",
            hint,
        )


def _layer_summary(layer: Any) -> dict[str, Any]:
    config = layer.get_config()
    summary: dict[str, Any] = {"class": type(layer).__name__}
    for key in (
        "units",
        "filters",
        "kernel_size",
        "strides",
        "padding",
        "pool_size",
        "rate",
        "num_heads",
        "key_dim",
    ):
        if key in config:
            value = config[key]
            summary[key] = tuple(value) if isinstance(value, list) else value
    activation = config.get("activation")
    if activation is not None:
        summary["activation"] = (
            activation
            if isinstance(activation, str)
            else getattr(activation, "__name__", str(activation))
        )
    summary["params"] = int(layer.count_params()) if layer.built else None
    return summary


def _history_names(value: Any) -> list[str]:
    """Names of the layers whose outputs a serialised node argument refers to."""
    if isinstance(value, dict):
        if value.get("class_name") == "__keras_tensor__":
            return [value["config"]["keras_history"][0]]
        return [name for item in value.values() for name in _history_names(item)]
    if isinstance(value, (list, tuple)):
        return [name for item in value for name in _history_names(item)]
    return []


def _computing_layers(model: Any) -> list[Any]:
    """The model's layers without its InputLayer (functional models list it, Sequential ones do not)."""
    return [layer for layer in model.layers if type(layer).__name__ != "InputLayer"]


def _inbound(model: Any) -> list[list[str]]:
    """For each computing layer, the classes of the layers feeding it.

    A Sequential model is a chain by construction; a functional model's connections
    are read from its own config. Both give the same answer for the same chain.
    """
    keras = sys.modules["keras"]
    if isinstance(model, keras.Sequential):
        chain = ["InputLayer"] + [type(layer).__name__ for layer in _computing_layers(model)]
        return [[source] for source in chain[:-1]]
    config = model.get_config()
    classes = {layer["name"]: layer["class_name"] for layer in config.get("layers", [])}
    return [
        sorted(classes.get(name, name) for name in _history_names(layer.get("inbound_nodes", [])))
        for layer in config.get("layers", [])
        if layer["class_name"] != "InputLayer"
    ]


def check_architecture(model: Any, reference: Any, *, task: str, what: str = "model") -> None:
    """Compare two Keras 3 models layer by layer.

    Compares layer classes, units/filters/kernel sizes, activations, per-layer and
    total parameter counts, and which layers feed which. The first difference is
    reported as `layer 3: expected activation relu, got linear`.
    """
    keras = sys.modules.get("keras")
    if keras is None or not isinstance(model, keras.Model):
        raise _fail(task, what, f"expected a keras.Model, got {_describe_type(model)}")
    got = [_layer_summary(layer) for layer in _computing_layers(model)]
    want = [_layer_summary(layer) for layer in _computing_layers(reference)]
    if len(got) != len(want):
        raise _fail(task, what, f"expected {len(want)} layers, got {len(got)}")
    for index, (g, w) in enumerate(zip(got, want, strict=True)):
        for key in w:
            if g.get(key) != w[key]:
                raise _fail(task, what, f"layer {index}: expected {key} {w[key]}, got {g.get(key)}")
    g_in, w_in = _inbound(model), _inbound(reference)
    if len(g_in) != len(w_in):
        raise _fail(task, what, f"expected {len(w_in)} connected layers, got {len(g_in)}")
    for index, (g_sources, w_sources) in enumerate(zip(g_in, w_in, strict=True)):
        if g_sources != w_sources:
            raise _fail(
                task, what, f"layer {index}: expected inputs from {w_sources}, got {g_sources}"
            )
    if model.count_params() != reference.count_params():
        raise _fail(
            task,
            what,
            f"expected {reference.count_params()} parameters, got {model.count_params()}",
        )


def _loss_curve(
    model: Any, x: Any, y: Any, loss: Any, steps: int, learning_rate: float
) -> list[float]:
    keras = sys.modules["keras"]
    from nna_tf.device import import_tensorflow

    tf = import_tensorflow()
    copy = keras.models.clone_model(model)
    copy.set_weights([np.array(w) for w in model.get_weights()])
    optimizer = keras.optimizers.Adam(learning_rate)
    loss_fn = keras.losses.get(loss)
    losses = []
    for _ in range(steps):
        with tf.GradientTape() as tape:
            value = keras.ops.mean(loss_fn(y, copy(x, training=True)))
        if copy.trainable_variables:  # a frozen model keeps its loss, and fails the check
            grads = tape.gradient(value, copy.trainable_variables)
            optimizer.apply_gradients(zip(grads, copy.trainable_variables, strict=True))
        losses.append(float(value))
    return losses


def check_trains(
    model: Any,
    x: Any,
    y: Any,
    *,
    task: str,
    loss: Any,
    steps: int = 50,
    factor: float = 0.5,
    learning_rate: float = 1e-2,
    what: str = "model",
) -> None:
    """Check that Adam on a copy of `model` lowers the loss to `factor` × its start.

    The student's model and its weights are left untouched.
    """
    losses = _loss_curve(model, x, y, loss, steps, learning_rate)
    if not all(map(math.isfinite, losses)):
        raise _fail(
            task,
            what,
            "the loss became NaN or infinite while training",
            "check the output activation and the loss",
        )
    if not losses[-1] <= factor * losses[0]:
        raise _fail(
            task,
            what,
            f"the loss fell only from {losses[0]:.4g} to {losses[-1]:.4g} in {steps} steps",
            "check that every layer is connected and trainable",
        )


def check_overfits_batch(
    model: Any,
    x: Any,
    y: Any,
    *,
    task: str,
    loss: Any,
    steps: int = 200,
    below: float = 0.05,
    learning_rate: float = 1e-2,
    what: str = "model",
) -> None:
    """Check that a copy of `model` can drive the loss on one small batch below `below`."""
    losses = _loss_curve(model, x, y, loss, steps, learning_rate)
    if not losses[-1] < below:
        raise _fail(
            task,
            what,
            f"could not fit a single batch: loss {losses[-1]:.4g} after {steps} steps (target < {below:g})",
            "the model may be too small or its output layer wrong",
        )


def accuracy(model_or_predictions: Any, x: Any, y: Any, *, task: str, what: str) -> float:
    """Accuracy of a Keras model (or of given predictions when `x` is None) on `y`."""
    keras = sys.modules.get("keras")
    if keras is not None and isinstance(model_or_predictions, keras.Model):
        predictions = np.asarray(model_or_predictions.predict(x, verbose=0))
    else:
        predictions = to_numpy(model_or_predictions, task=task, what=what)
    labels = to_numpy(y, task=task, what=f"{what} labels").reshape(-1)
    if predictions.ndim == 2 and predictions.shape[1] > 1:
        predicted = predictions.argmax(axis=1)
    else:
        predicted = (predictions.reshape(-1) > 0.5).astype(labels.dtype)
    if predicted.shape != labels.shape:
        raise _fail(task, what, f"{predicted.shape[0]} predictions for {labels.shape[0]} labels")
    return float((predicted == labels).mean())


def count_flops(
    model: Any, input_shape: Sequence[int] | None = None, dtype: str | None = None
) -> int:
    """Floating-point operations one example costs `model` at inference.

    TensorFlow's graph profiler counts them on the model's traced forward pass
    (`training=False`) for a batch of one: a multiply-add counts as 2, and layers
    without arithmetic (reshapes, lookups) as 0. The shape and dtype default to the
    model's own input; pass `input_shape` (without the batch) for a model built
    without `keras.Input`.
    """
    import tensorflow as tf
    from tensorflow.python.framework.convert_to_constants import (
        convert_variables_to_constants_v2,
    )

    keras = sys.modules.get("keras")
    if keras is None or not isinstance(model, keras.Model):
        raise TypeError(f"Expected a keras.Model. Received: {_describe_type(model)}")
    try:
        known = model.inputs[0]
    except (AttributeError, IndexError, TypeError, ValueError):
        known = None
    if input_shape is None:
        if known is None:
            raise ValueError(
                "Expected a model with a defined input or an explicit input_shape. "
                "Received: a model that has never been called"
            )
        input_shape = tuple(known.shape[1:])
    if dtype is None:
        dtype = "float32" if known is None else str(known.dtype)
    if any(size is None for size in input_shape):
        raise ValueError(f"Expected a fixed input shape. Received: {tuple(input_shape)}")
    spec = tf.TensorSpec((1, *input_shape), dtype)
    logger = tf.get_logger()
    level = logger.level
    logger.setLevel("ERROR")  # the profiler's v1 internals log deprecation warnings
    try:
        forward = tf.function(lambda x: model(x, training=False))
        graph = convert_variables_to_constants_v2(forward.get_concrete_function(spec)).graph
        options = tf.compat.v1.profiler.ProfileOptionBuilder.float_operation()
        options["output"] = "none"
        profile = tf.compat.v1.profiler.profile(
            graph=graph, run_meta=tf.compat.v1.RunMetadata(), cmd="op", options=options
        )
    finally:
        logger.setLevel(level)
    return int(profile.total_float_ops)


LAYER_FAMILIES = {
    "convolution": {"BaseConv", "BaseSeparableConv", "BaseDepthwiseConv", "BaseConvTranspose"},
    "recurrent": {"RNN", "GRUCell", "LSTMCell", "SimpleRNNCell"},
    "attention": {"MultiHeadAttention", "GroupedQueryAttention", "Attention", "AdditiveAttention"},
}


def layer_kinds(model: Any) -> Counter[str]:
    """How many layers inside `model`, nested ones included, are of each class (counted
    under every name in the class's ancestry, so `SeparableConv2D` also counts as
    `BaseSeparableConv`) and of each family: "convolution", "recurrent", "attention"."""
    found: Counter[str] = Counter()
    for layer in model._flatten_layers(include_self=False, recursive=True):
        names = {klass.__name__ for klass in type(layer).__mro__}
        found.update(names)
        found.update(family for family, bases in LAYER_FAMILIES.items() if names & bases)
    return found


def check_accuracy_at_least(
    model_or_predictions: Any,
    x: Any,
    y: Any,
    threshold: float,
    *,
    task: str,
    what: str,
    hint: str | None = None,
) -> None:
    """Check that accuracy on (x, y) reaches `threshold` (a fraction in [0, 1])."""
    value = accuracy(model_or_predictions, x, y, task=task, what=what)
    if not value >= threshold:
        raise _fail(task, what, f"accuracy {value:.1%} is below the required {threshold:.0%}", hint)


def _dotted_names(tree: ast.AST) -> Iterable[str]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            parts = [node.attr]
            inner: ast.AST = node.value
            while isinstance(inner, ast.Attribute):
                parts.append(inner.attr)
                inner = inner.value
            if isinstance(inner, ast.Name):
                parts.append(inner.id)
            yield ".".join(reversed(parts))
        elif isinstance(node, ast.Name):
            yield node.id
        elif isinstance(node, ast.alias):
            yield node.name
            if node.asname:
                yield node.asname


def _resolve(dotted: str, namespace: dict[str, Any]) -> Any:
    head, *rest = dotted.split(".")
    if head not in namespace:
        return None
    value = namespace[head]
    for part in rest:
        try:
            value = inspect.getattr_static(value, part)
        except AttributeError:
            return None
    return value


def check_no_forbidden_calls(
    fn: Callable[..., Any], forbidden: Sequence[Any], *, task: str, what: str = "solution"
) -> None:
    """Check that `fn`, and the notebook functions it uses, never reference `forbidden`.

    `forbidden` holds the objects themselves (`tf.nn.conv2d`, `keras.activations.relu`).
    A reference is found by resolving every name and attribute chain in the source
    against the function's globals (so aliases are caught), and by name.
    """
    if not isinstance(fn, FunctionType):
        raise _fail(task, what, f"expected a Python function, got {_describe_type(fn)}")
    banned_ids = {id(obj) for obj in forbidden}
    banned_names = {getattr(obj, "__name__", None) for obj in forbidden} - {None}
    seen: set[int] = set()
    queue = [fn]
    while queue:
        current = queue.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        try:
            source = textwrap.dedent(inspect.getsource(current))
        except (OSError, TypeError):
            raise _fail(
                task,
                what,
                f"cannot read the source of {current.__name__}",
                "define it in a notebook cell",
            ) from None
        tree = ast.parse(source)
        namespace = dict(current.__globals__)
        namespace.update(__builtins__ if isinstance(__builtins__, dict) else vars(__builtins__))
        for dotted in _dotted_names(tree):
            value = _resolve(dotted, namespace)
            last = dotted.rsplit(".", 1)[-1]
            if id(value) in banned_ids or (
                value is None and last in banned_names and "." in dotted
            ):
                raise _fail(
                    task, what, f"uses {dotted}, which this exercise asks you to write yourself"
                )
            if isinstance(value, FunctionType) and value.__module__ == current.__module__:
                queue.append(value)
