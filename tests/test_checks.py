import numpy as np
import pytest

from nna_tf import checks

T = "Task 9.9 demo"


class AlwaysEqual:
    def __eq__(self, other):
        return True

    __hash__ = object.__hash__


class FakeArray:
    def __init__(self, value):
        self.value = np.asarray(value)

    def __array__(self, dtype=None, copy=None):
        return self.value

    def __float__(self):
        return float(self.value.ravel()[0])


class LyingArray(np.ndarray):
    pass


def test_check_shape_transposed_reports_both_shapes_when_told():
    with pytest.raises(
        AssertionError,
        match=r"^Task 9.9 demo: output shape — expected \(1, 6, 6, 8\), got \(1, 8, 6, 6\)\. Hint: channels come last$",
    ):
        checks.check_shape(
            np.zeros((1, 8, 6, 6)),
            (1, 6, 6, 8),
            task=T,
            what="output",
            reveal=True,
            hint="channels come last",
        )


@pytest.mark.parametrize(
    "check",
    [
        lambda: checks.check_shape(np.zeros((3, 5)), (3, 7), task=T, what="h"),
        lambda: checks.check_close(np.zeros((3, 5)), np.zeros((3, 7)), task=T, what="h"),
        lambda: checks.check_equal(np.zeros((3, 5)), np.zeros((3, 7)), task=T, what="h"),
    ],
)
def test_a_shape_mismatch_hides_the_expected_shape_by_default(check):
    """A hidden test's input sizes show in its reference's shape: keep it hidden."""
    with pytest.raises(AssertionError) as failure:
        check()
    assert str(failure.value) == "Task 9.9 demo: h shape — not the right shape: got (3, 5)."


def test_check_shape_accepts_wildcards():
    assert checks.check_shape(np.zeros((5, 3)), (None, 3), task=T, what="x") is None


@pytest.mark.parametrize(
    "fake", [AlwaysEqual(), FakeArray([1.0, 2.0]), np.array([1.0, 2.0]).view(LyingArray), "1.0"]
)
def test_fakes_fail_on_type_before_value(fake):
    with pytest.raises(
        AssertionError, match=r"expected a NumPy array, a tensor or a number|expected numbers"
    ):
        checks.check_close(fake, [1.0, 2.0], task=T, what="y")
    with pytest.raises(AssertionError):
        checks.check_equal(fake, [1.0, 2.0], task=T, what="y")


def test_object_arrays_are_rejected():
    with pytest.raises(AssertionError, match="expected numbers, got an array of dtype object"):
        checks.check_close(np.array([AlwaysEqual()], dtype=object), [1.0], task=T, what="y")


def test_check_close_reports_errors_not_expected_values():
    with pytest.raises(AssertionError) as info:
        checks.check_close(
            np.array([1.0, 2.5]), np.array([1.0, 2.0]), task=T, what="y", rtol=1e-3, atol=0
        )
    message = str(info.value)
    assert "1 of 2 value(s) off; max abs error 0.5, max rel error 0.25" in message
    assert "2.0" not in message.replace("2.5", "")


def test_check_close_leaves_zero_references_out_of_the_relative_error():
    with pytest.raises(AssertionError, match=r"max abs error 1, max rel error n/a") as info:
        checks.check_close([1.0, 0.0], [0.0, 0.0], task=T, what="y")
    assert "e+" not in str(info.value)
    with pytest.raises(AssertionError, match=r"max abs error 1, max rel error 0.5 "):
        checks.check_close([1.0, 3.0], [0.0, 2.0], task=T, what="y")


def test_check_close_passes_within_tolerance_and_handles_nan():
    assert (
        checks.check_close([1.0, np.nan], np.array([1.0 + 1e-9, np.nan]), task=T, what="y") is None
    )
    with pytest.raises(AssertionError, match="NaN where a number was expected"):
        checks.check_close([np.nan], [1.0], task=T, what="y")


def test_check_close_accepts_tensors_and_variables(tf):
    import keras

    checks.check_close(tf.constant([1.0, 2.0]), [1.0, 2.0], task=T, what="y")
    checks.check_close(tf.Variable([1.0]), [1.0], task=T, what="y")
    checks.check_close(keras.Variable([3.0]), [3.0], task=T, what="y")


def test_check_close_does_not_mutate_input():
    value = np.array([1.0, 2.0])
    checks.check_close(value, [1.0, 2.0], task=T, what="y")
    assert value.flags.writeable and value.tolist() == [1.0, 2.0]


def test_check_equal_hides_the_expected_value_length_and_shape_unless_told():
    with pytest.raises(
        AssertionError, match=r"^Task 9.9 demo: count — got 3, which is not right\.$"
    ):
        checks.check_equal(3, 4, task=T, what="count")
    with pytest.raises(AssertionError, match=r"shape — not the right shape: got \(2,\)\.$"):
        checks.check_equal(np.zeros(2), np.zeros(3), task=T, what="v")
    with pytest.raises(AssertionError, match=r"length — not the right length: 1\.$"):
        checks.check_equal(["a"], ["a", "b"], task=T, what="names")
    with pytest.raises(AssertionError, match=r"keys — the keys differ"):
        checks.check_equal({"a": 1}, {"b": 1}, task=T, what="d")
    with pytest.raises(AssertionError, match=r"expected 4, got 3"):
        checks.check_equal(3, 4, task=T, what="count", reveal=True)
    with pytest.raises(AssertionError, match=r"expected \(3,\), got \(2,\)"):
        checks.check_equal(np.zeros(2), np.zeros(3), task=T, what="v", reveal=True)


def test_check_equal_compares_strings_and_lists_of_strings_strictly():
    checks.check_equal(["a", "b"], ["a", "b"], task=T, what="names")
    with pytest.raises(AssertionError, match=r"names\[1\] — expected 'b', got 'c'"):
        checks.check_equal(["a", "c"], ["a", "b"], task=T, what="names", reveal=True)
    with pytest.raises(AssertionError, match="expected str, got"):
        checks.check_equal(AlwaysEqual(), "a", task=T, what="name")


def test_check_true_refuses_truthy_objects():
    with pytest.raises(AssertionError, match="not a bool"):
        checks.check_true(AlwaysEqual(), task=T, what="flag", problem="x")
    with pytest.raises(AssertionError, match="flag — it failed"):
        checks.check_true(False, task=T, what="flag", problem="it failed")


def test_check_probabilities_needs_the_shape_non_negative_rows_and_unit_sums():
    rows = np.array([[0.25, 0.75], [1.0, 0.0], [0.5, 0.5]], dtype=np.float32)
    got = checks.check_probabilities(rows, (3, 2), task="T", what="p")
    assert got.dtype == np.float32 and np.array_equal(got, rows) and got is not rows
    batched = checks.check_probabilities(rows[None], (1, 3, None), task="T", what="p")
    assert batched.shape == (1, 3, 2)
    for bad, shape in (
        (rows, (3, 3)),  # wrong shape
        (rows * 2, (3, 2)),  # rows sum to 2
        (np.array([[1.5, -0.5]]), (1, 2)),  # sums to 1 with a negative entry
        (np.array([[0.5, np.nan]]), (1, 2)),  # NaN is not a probability
        (np.log(rows + 1e-9), (3, 2)),  # log-probabilities
    ):
        with pytest.raises(AssertionError, match=r"\bp\b") as failure:
            checks.check_probabilities(bad, shape, task="T", what="p", hint="use a softmax")
        assert "shape" in str(failure.value) or "use a softmax" in str(failure.value)


def test_check_compiled_loss_reads_the_loss_with_its_arguments():
    keras = pytest.importorskip("keras")

    def model_with(loss):
        model = keras.Sequential([keras.Input((2,)), keras.layers.Dense(1, activation="sigmoid")])
        if loss is not None:
            model.compile(optimizer="adam", loss=loss)
        return model

    rng = np.random.default_rng(0)
    y_true = rng.integers(0, 2, size=(16, 1)).astype(np.float32)
    y_pred = rng.uniform(0.05, 0.95, size=(16, 1)).astype(np.float32)
    bce = float(np.mean(-(y_true * np.log(y_pred) + (1 - y_true) * np.log(1 - y_pred))))
    for valid in (
        "binary_crossentropy",
        keras.losses.BinaryCrossentropy(),
        keras.losses.binary_crossentropy,
    ):
        checks.check_compiled_loss(model_with(valid), y_true, y_pred, bce, task=T, what="loss")
    for wrong in (
        keras.losses.BinaryCrossentropy(from_logits=True),
        keras.losses.BinaryCrossentropy(reduction="sum"),
        keras.losses.BinaryCrossentropy(label_smoothing=0.1),
        "mse",
    ):
        with pytest.raises(AssertionError, match="loss — does not give the value") as failure:
            checks.check_compiled_loss(model_with(wrong), y_true, y_pred, bce, task=T, what="loss")
        assert f"{bce:.3}" not in str(failure.value)  # the reference stays hidden
    with pytest.raises(AssertionError, match="not compiled with a loss"):
        checks.check_compiled_loss(model_with(None), y_true, y_pred, bce, task=T, what="loss")

    def broken(y_true, y_pred):
        raise RuntimeError("student bug")

    with pytest.raises(AssertionError, match="the compiled loss raised RuntimeError"):
        checks.check_compiled_loss(model_with(broken), y_true, y_pred, bce, task=T, what="loss")


def test_check_ran_names_what_a_skipped_training_cell_did_not_define():
    namespace = {"checks": checks, "T": T, "trained": 1}
    exec("checks.check_ran('trained', task=T)", namespace)  # a notebook cell's globals
    with pytest.raises(AssertionError) as failure:
        exec("checks.check_ran('trained', 'history', task=T)", namespace)
    assert str(failure.value).startswith(
        f"{T}: the training cell above — has not run to the end (history not defined)."
    )


def test_check_raises_names_the_missing_or_wrong_exception():
    def bad_padding():
        raise ValueError("Expected padding 'valid' or 'same'.")

    checks.check_raises(bad_padding, ValueError, task=T, what="bad padding")
    with pytest.raises(AssertionError, match="bad padding — did not raise ValueError"):
        checks.check_raises(lambda: 3, ValueError, task=T, what="bad padding")
    with pytest.raises(AssertionError, match="raised KeyError instead of ValueError"):
        checks.check_raises(lambda: {}["x"], ValueError, task=T, what="bad padding")


def test_check_gradient_accepts_correct_and_rejects_wrong_gradient(tf):
    def fn(x):
        return tf.reduce_sum(x**3)

    x = np.array([0.5, -1.0, 2.0])
    checks.check_gradient(fn, x, task=T, what="grad")
    checks.check_gradient(fn, x, grad=3 * x**2, task=T, what="grad")
    with pytest.raises(AssertionError, match="relative error against finite differences"):
        checks.check_gradient(fn, x, grad=2 * x**2, task=T, what="grad")


def _mlp(keras, activation="relu", units=4):
    return keras.Sequential(
        [keras.Input((3,)), keras.layers.Dense(units, activation=activation), keras.layers.Dense(1)]
    )


def test_check_architecture_reports_first_difference(tf):
    import keras

    checks.check_architecture(_mlp(keras), _mlp(keras), task=T)
    with pytest.raises(AssertionError, match="layer 0: expected activation relu, got linear"):
        checks.check_architecture(_mlp(keras, activation="linear"), _mlp(keras), task=T)
    with pytest.raises(AssertionError, match="layer 0: expected units 4, got 5"):
        checks.check_architecture(_mlp(keras, units=5), _mlp(keras), task=T)
    with pytest.raises(AssertionError, match=r"expected a keras\.Model, got"):
        checks.check_architecture(AlwaysEqual(), _mlp(keras), task=T)


def test_check_architecture_compares_functional_connectivity(tf):
    import keras

    def build(skip):
        inputs = keras.Input((4,))
        hidden = keras.layers.Dense(4)(inputs)
        other = keras.layers.Dense(4)(inputs if skip else hidden)
        return keras.Model(inputs, keras.layers.Add()([hidden, other]))

    checks.check_architecture(build(True), build(True), task=T)
    with pytest.raises(AssertionError, match="expected inputs from"):
        checks.check_architecture(build(False), build(True), task=T)


def test_check_architecture_treats_sequential_and_functional_chains_alike(tf):
    import keras

    def functional(skip):
        inputs = keras.Input((3,))
        hidden = keras.layers.Dense(4, activation="relu")(inputs)
        outputs = keras.layers.Dense(1)(hidden)
        if skip:  # the input also feeds the output layer
            outputs = keras.layers.Dense(1)(keras.layers.Concatenate()([hidden, inputs]))
        return keras.Model(inputs, outputs)

    checks.check_architecture(functional(False), _mlp(keras), task=T)
    checks.check_architecture(_mlp(keras), functional(False), task=T)
    with pytest.raises(AssertionError, match="layers"):
        checks.check_architecture(functional(True), _mlp(keras), task=T)


def test_count_flops_counts_multiply_adds_twice_for_any_input(tf):
    import keras

    dense = keras.Sequential([keras.Input((20,)), keras.layers.Dense(10)])
    assert checks.count_flops(dense) == 2 * 20 * 10 + 10  # the product, then the bias
    conv = keras.Sequential([keras.layers.Conv2D(8, 3, padding="same", use_bias=False)])
    with pytest.raises(ValueError, match="explicit input_shape"):
        checks.count_flops(conv)  # never called: the shape is unknown
    assert checks.count_flops(conv, (6, 6, 2)) == 2 * 6 * 6 * 9 * 2 * 8
    tokens = keras.Input((5,), dtype="int32")
    lookup = keras.Model(tokens, keras.layers.Embedding(7, 3)(tokens))
    # a lookup multiplies nothing: far below a one-hot product's 2 * 5 * 7 * 3
    assert checks.count_flops(lookup) < 5 * 7 * 3
    with pytest.raises(TypeError, match=r"keras\.Model"):
        checks.count_flops(np.zeros(3))


def test_layer_kinds_counts_nested_layers_by_class_and_family(tf):
    import keras

    class Block(keras.layers.Layer):
        def __init__(self):
            super().__init__()
            self.attention = keras.layers.MultiHeadAttention(2, 4)
            self.conv = keras.layers.SeparableConv1D(4, 3, padding="same")

        def call(self, x):
            return self.conv(self.attention(x, x))

    inputs = keras.Input((6, 4))
    hidden = keras.layers.GRU(4, return_sequences=True)(Block()(inputs))
    kinds = checks.layer_kinds(keras.Model(inputs, keras.layers.Conv1D(2, 1)(hidden)))
    # the GRU layer and the GRUCell inside it are both recurrent layers
    assert (kinds["attention"], kinds["convolution"], kinds["recurrent"]) == (1, 2, 2)
    assert kinds["MultiHeadAttention"] == 1 and kinds["Conv1D"] == 1 and kinds["GRU"] == 1


def test_trains_and_overfit_checks_leave_model_untouched(tf):
    import keras

    rng = np.random.default_rng(0)
    x = rng.normal(size=(16, 3)).astype("float32")
    y = (x @ np.array([1.0, -2.0, 0.5]))[:, None].astype("float32")
    model = _mlp(keras, units=16)
    before = [w.copy() for w in model.get_weights()]
    checks.check_trains(model, x, y, task=T, loss="mse", steps=60)
    checks.check_overfits_batch(model, x, y, task=T, loss="mse", steps=300, below=0.1)
    assert all(np.array_equal(a, b) for a, b in zip(before, model.get_weights(), strict=False))
    frozen = _mlp(keras)
    frozen.trainable = False
    with pytest.raises(AssertionError, match="the loss fell only from"):
        checks.check_trains(frozen, x, y, task=T, loss="mse", steps=5)


def test_accuracy_at_least(tf):
    checks.check_accuracy_at_least(
        np.array([[0.9, 0.1], [0.2, 0.8]]), None, [0, 1], 1.0, task=T, what="acc"
    )
    with pytest.raises(AssertionError, match=r"accuracy 50.0% is below the required 90%"):
        checks.check_accuracy_at_least(np.array([0.9, 0.8]), None, [1, 0], 0.9, task=T, what="acc")


def test_forbidden_calls_are_found_through_aliases_and_helpers(tf):
    conv = tf.nn.conv2d
    namespace = {"tf": tf, "conv": conv, "np": np}
    exec(
        "def helper(x, k):\n    return conv(x, k, 1, 'VALID')\n"
        "def direct(x, k):\n    return tf.nn.conv2d(x, k, 1, 'VALID')\n"
        "def indirect(x, k):\n    return helper(x, k)\n"
        "def clean(x, k):\n    return np.convolve(x, k)\n",
        namespace,
    )
    import inspect
    import linecache

    # exec'd code has no file; give it one so inspect.getsource works as in a notebook.
    source = (
        "def helper(x, k):\n    return conv(x, k, 1, 'VALID')\n"
        "def direct(x, k):\n    return tf.nn.conv2d(x, k, 1, 'VALID')\n"
        "def indirect(x, k):\n    return helper(x, k)\n"
        "def clean(x, k):\n    return np.convolve(x, k)\n"
    )
    filename = "<notebook-cell-test>"
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    code = compile(source, filename, "exec")
    exec(code, namespace)
    assert inspect.getsource(namespace["direct"])
    with pytest.raises(
        AssertionError, match=r"uses tf\.nn\.conv2d, which this exercise asks you to write yourself"
    ):
        checks.check_no_forbidden_calls(namespace["direct"], [tf.nn.conv2d], task=T)
    with pytest.raises(AssertionError, match="uses conv"):
        checks.check_no_forbidden_calls(namespace["indirect"], [tf.nn.conv2d], task=T)
    assert checks.check_no_forbidden_calls(namespace["clean"], [tf.nn.conv2d], task=T) is None


def test_requirement_names_its_label_on_failure_and_passes_silently():
    with checks.requirement("7.1b"):
        checks.check_true(True, task="T", what="w", problem="p")
    with pytest.raises(AssertionError) as error:
        with checks.requirement("7.1b"):
            checks.check_close(1.0, 2.0, task="Task 7.1 PCA", what="mean")
    message = str(error.value)
    assert message.startswith("Task 7.1 PCA: mean — ") and message.endswith(" [requirement 7.1b]")
    with pytest.raises(AssertionError, match=r"\[requirement 7\.1c\]$"):
        with checks.requirement("7.1b"), checks.requirement("7.1c"):
            checks.check_true(False, task="T", what="w", problem="p")


def test_requirement_notes_errors_of_student_code_and_refuses_bad_labels():
    with pytest.raises(ZeroDivisionError) as error:
        with checks.requirement("2.3a"):
            1 / 0  # noqa: B018
    assert error.value.__notes__ == ["[requirement 2.3a]"]
    for label in ("7.1", "a", "7.1B", 71):
        with pytest.raises(ValueError, match="requirement label"):
            checks.requirement(label)
