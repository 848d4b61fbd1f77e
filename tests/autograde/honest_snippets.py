"""Honest code that students write while they work, for the grading-rules tests.

Each snippet is ordinary code a student adds while working on a chapter notebook:
debug prints, type checks, little helpers, Keras subclasses, timings, plots, seeds,
gradient tapes, re-imports, standard-library odds and ends, shadowed builtins,
self-checks, small pandas explorations and scratch files in the current folder.
The tests put each one at the end of a solution cell and, separately, in a cell of
its own, after the chapter's setup cell has run; none of them should be refused.

Every snippet runs on its own in a fresh kernel where `np` is bound (it imports
anything else it needs, `keras`, `tf` and `pd` included), writes nothing to stderr,
and is harmless after any of the others: the few builtins that some snippets shadow
(`sum`, `filter`, `input`, `max`, `min`, `id`, `format`, `map`, `iter`, `all`) are
never called as builtins by another snippet.
"""

from __future__ import annotations

import dataclasses


@dataclasses.dataclass(frozen=True)
class Snippet:
    name: str  # unique, snake_case
    kind: str  # one of KINDS
    code: str  # the code; begins with '%%time\n' for a cell magic


KINDS = (
    "debug print",
    "type",
    "helper",
    "keras subclass",
    "timing",
    "plot",
    "seed",
    "gradient tape",
    "re-import",
    "standard library",
    "shadowed builtin",
    "assertion",
    "try except",
    "dunder read",
    "loop",
    "pandas",
    "scratch file",
)

SNIPPETS: tuple[Snippet, ...] = (
    # ---------------------------------------------------------------- debug print
    Snippet(
        "print_shape", "debug print", "x = np.arange(6).reshape(2, 3)\nprint(x.shape, x.dtype)\n"
    ),
    Snippet(
        "print_fstring_stats",
        "debug print",
        """\
x = np.linspace(0, 1, 5)
print(f"x: shape={x.shape}, dtype={x.dtype}, min={x.min():.2f}, max={x.max():.2f}")
""",
    ),
    Snippet(
        "print_self_documenting_fstring",
        "debug print",
        """\
weights = np.ones((3, 4))
print(f"{weights.ndim=} {weights.size=}")
print(f"{weights.shape = }")
""",
    ),
    Snippet(
        "print_tensor_shape_dtype",
        "debug print",
        """\
import tensorflow as tf

t = tf.ones((2, 3))
print("t shape:", t.shape, "dtype:", t.dtype)
print(t.numpy())  # see the actual values
""",
    ),
    Snippet(
        "print_dense_output_shape",
        "debug print",
        """\
import keras

layer = keras.layers.Dense(4)
out = layer(np.zeros((2, 3), dtype="float32"))
print("out:", out.shape)  # should be (2, 4)
print([w.shape for w in layer.weights])
""",
    ),
    Snippet(
        "print_with_printoptions",
        "debug print",
        """\
a = np.random.default_rng(3).normal(size=(3, 3))
with np.printoptions(precision=3, suppress=True):
    print(a)
print(repr(a[0]))
""",
    ),
    Snippet(
        "print_got_here",
        "debug print",
        """\
print("---- debug ----")
vals = np.array([0.1, 0.5, 0.9])
preds = (vals > 0.5).astype(int)
print("got here, preds =", preds)
""",
    ),
    Snippet(
        "print_dict_of_shapes",
        "debug print",
        """\
arrays = {"inputs": np.zeros((8, 2)), "targets": np.zeros(8), "w": np.ones((2, 1))}
shapes = {name: arr.shape for name, arr in arrays.items()}
print(shapes)
""",
    ),
    Snippet(
        "print_nan_check",
        "debug print",
        """\
h = np.array([1.0, np.nan, 3.0])
print("any nan?", np.isnan(h).any(), "| where:", np.where(np.isnan(h))[0])
print("mean ignoring nan:", np.nanmean(h))
""",
    ),
    Snippet(
        "print_reduce_mean",
        "debug print",
        """\
import tensorflow as tf

logits = tf.constant([[1.0, 2.0], [3.0, 4.0]])
print("mean logit:", tf.reduce_mean(logits).numpy())
print("softmax rows:", tf.nn.softmax(logits).numpy().round(3))
""",
    ),
    Snippet(
        "print_model_summary",
        "debug print",
        """\
import keras

model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(2, activation="relu")])
model.summary()
print("params:", model.count_params())
""",
    ),
    Snippet(
        "print_first_last_rows",
        "debug print",
        """\
y_true = np.array([0, 1, 1, 0, 1, 0, 0])
print(y_true[:3], "...", y_true[-2:])
print("first:", y_true[0], "last:", y_true[-1])
""",
    ),
    Snippet(
        "print_percent_format",
        "debug print",
        """\
acc = 7 / 9
print("acc = %.3f" % acc)
print("acc = {:.1%}".format(acc))
""",
    ),
    Snippet(
        "print_label_counts",
        "debug print",
        """\
labels = np.array([2, 0, 1, 2, 2, 0])
vals, counts = np.unique(labels, return_counts=True)
print(dict(zip(vals.tolist(), counts.tolist())))
""",
    ),
    # ----------------------------------------------------------------------- type
    Snippet("type_of_array", "type", "x = np.zeros(3)\nprint(type(x))\ntype(x)\n"),
    Snippet(
        "type_name",
        "type",
        """\
vals = [1, 2.5, "three", np.float32(4)]
for v in vals:
    print(v, "->", type(v).__name__)
""",
    ),
    Snippet(
        "class_dunder_name",
        "type",
        """\
x = np.arange(4)
print(x.__class__.__name__, x.dtype)
print(x.sum().__class__.__name__)
""",
    ),
    Snippet(
        "isinstance_ndarray",
        "type",
        """\
x = [1, 2, 3]
if not isinstance(x, np.ndarray):
    print("converting list to array")
    x = np.asarray(x)
print(isinstance(x, np.ndarray))
""",
    ),
    Snippet(
        "isinstance_tf_tensor",
        "type",
        """\
import tensorflow as tf

t = tf.constant([1.0, 2.0])
print(type(t))
print(isinstance(t, tf.Tensor), tf.is_tensor(t), tf.is_tensor(np.ones(2)))
""",
    ),
    Snippet(
        "isinstance_number_tuple",
        "type",
        """\
lr = 0.01
epochs = 3
for value in (lr, epochs, "adam"):
    print(repr(value), isinstance(value, (int, float)))
""",
    ),
    Snippet(
        "keras_layer_type",
        "type",
        """\
import keras

layer = keras.layers.Dense(2)
print(type(layer).__name__, isinstance(layer, keras.layers.Layer))
print(layer.__class__.__name__)
""",
    ),
    Snippet(
        "dtype_checks",
        "type",
        """\
x = np.linspace(0, 1, 3)
print(x.dtype == np.float64, np.issubdtype(x.dtype, np.floating))
print(type(x[0]), type(x.tolist()[0]))
""",
    ),
    Snippet(
        "type_is_list",
        "type",
        """\
batch = [[0, 1], [1, 0]]
if type(batch) is list:
    batch = np.array(batch)
print(type(batch), batch.shape)
""",
    ),
    # --------------------------------------------------------------------- helper
    Snippet(
        "helper_relu",
        "helper",
        """\
def relu(z):
    \"\"\"Rectified linear unit, elementwise.\"\"\"
    return np.maximum(0, z)


print(relu(np.array([-2.0, 0.0, 3.0])))
""",
    ),
    Snippet(
        "helper_accuracy",
        "helper",
        """\
def accuracy(y_true, y_pred):
    y_true = np.asarray(y_true)
    y_pred = np.asarray(y_pred)
    return float(np.mean(y_true == y_pred))


print("acc:", accuracy([0, 1, 1, 0], [0, 1, 0, 0]))
""",
    ),
    Snippet(
        "helper_running_mean_class",
        "helper",
        """\
class RunningMean:
    def __init__(self):
        self.total = 0.0
        self.n = 0

    def update(self, value):
        self.total += value
        self.n += 1

    def value(self):
        return self.total / self.n if self.n else float("nan")


rm = RunningMean()
for loss in [0.9, 0.7, 0.4]:
    rm.update(loss)
print("mean loss:", rm.value())
""",
    ),
    Snippet(
        "helper_dataclass_config",
        "helper",
        """\
import dataclasses


@dataclasses.dataclass
class Config:
    lr: float = 0.01
    epochs: int = 1
    hidden: tuple = (8, 4)


cfg = Config(lr=0.1)
print(cfg)
print(dataclasses.asdict(cfg))
""",
    ),
    Snippet(
        "helper_dataclass_field",
        "helper",
        """\
from dataclasses import dataclass, field


@dataclass
class RunLog:
    name: str
    losses: list = field(default_factory=list)

    def add(self, loss):
        self.losses.append(loss)


run = RunLog("try 1")
run.add(0.5)
run.add(0.25)
print(run.name, run.losses)
""",
    ),
    Snippet(
        "helper_enum",
        "helper",
        """\
import enum


class Activation(enum.Enum):
    RELU = "relu"
    TANH = "tanh"
    SIGMOID = "sigmoid"


act = Activation("tanh")
print(act, act.value, [a.name for a in Activation])
""",
    ),
    Snippet(
        "helper_namedtuple",
        "helper",
        """\
from typing import NamedTuple


class Point(NamedTuple):
    x: float
    y: float


p = Point(1.0, 2.5)
print(p, p.x + p.y, tuple(p))
""",
    ),
    Snippet(
        "helper_one_hot",
        "helper",
        """\
def one_hot(labels, n_classes):
    return np.eye(n_classes)[labels]


print(one_hot(np.array([0, 2, 1]), 3))
""",
    ),
    Snippet(
        "helper_sigmoid_and_derivative",
        "helper",
        """\
def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def d_sigmoid(z):
    s = sigmoid(z)
    return s * (1 - s)


z = np.array([-1.0, 0.0, 1.0])
print(sigmoid(z), d_sigmoid(z))
""",
    ),
    Snippet(
        "helper_typed_standardize",
        "helper",
        """\
def standardize(a: np.ndarray, eps: float = 1e-8) -> np.ndarray:
    return (a - a.mean(axis=0)) / (a.std(axis=0) + eps)


data = np.array([[1.0, 10.0], [2.0, 20.0], [3.0, 30.0]])
print(standardize(data).round(3))
""",
    ),
    Snippet(
        "helper_private_attribute",
        "helper",
        """\
class StepCounter:
    def __init__(self, start=0):
        self._n = start

    def step(self):
        self._n += 1
        return self._n

    @property
    def n(self):
        return self._n


c = StepCounter()
c.step()
c.step()
print("steps:", c.n)
""",
    ),
    Snippet(
        "helper_batch_generator",
        "helper",
        """\
def make_batches(a, batch_size=4):
    for start in range(0, len(a), batch_size):
        yield a[start : start + batch_size]


for b in make_batches(np.arange(10), batch_size=4):
    print(b)
""",
    ),
    Snippet(
        "helper_args_kwargs",
        "helper",
        """\
def describe(*arrays, precision=2, **named):
    for a in arrays:
        print(np.round(np.mean(a), precision))
    for key, a in named.items():
        print(key, np.round(np.mean(a), precision))


describe(np.ones(3), np.arange(4), precision=1, weights=np.linspace(0, 1, 5))
""",
    ),
    # -------------------------------------------------------------- keras subclass
    Snippet(
        "keras_layer_super",
        "keras subclass",
        """\
import keras


class MyDense(keras.layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        self.w = self.add_weight(
            shape=(input_shape[-1], self.units), initializer="random_normal", trainable=True
        )
        self.b = self.add_weight(shape=(self.units,), initializer="zeros", trainable=True)

    def call(self, inputs):
        return keras.ops.matmul(inputs, self.w) + self.b

    def get_config(self):
        return {**super().get_config(), "units": self.units}


layer = MyDense(3, name="my_dense")
out = layer(np.ones((2, 4), dtype="float32"))
print(out.shape, layer.get_config()["units"])
""",
    ),
    Snippet(
        "keras_layer_super_explicit",
        "keras subclass",
        """\
import keras
import tensorflow as tf


class ScaleLayer(keras.layers.Layer):
    \"\"\"Multiplies its input by one learned scalar.\"\"\"

    def __init__(self, init_value=1.0, **kwargs):
        super(ScaleLayer, self).__init__(**kwargs)
        self.init_value = init_value

    def build(self, input_shape):
        self.scale = self.add_weight(
            shape=(), initializer=keras.initializers.Constant(self.init_value), name="scale"
        )

    def call(self, inputs):
        return inputs * self.scale

    def get_config(self):
        config = super(ScaleLayer, self).get_config()
        config.update({"init_value": self.init_value})
        return config


scale = ScaleLayer(2.0)
print(scale(tf.constant([[1.0, 2.0]])).numpy())
""",
    ),
    Snippet(
        "keras_layer_from_config",
        "keras subclass",
        """\
import keras


class Linear(keras.layers.Layer):
    def __init__(self, units=2, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        self.kernel = self.add_weight(shape=(input_shape[-1], self.units), name="kernel")

    def call(self, inputs):
        return keras.ops.matmul(inputs, self.kernel)

    def get_config(self):
        return {**super().get_config(), "units": self.units}


lin = Linear(units=4)
lin(np.zeros((1, 3), dtype="float32"))
cfg = lin.get_config()
copy_of_lin = Linear.from_config(cfg)
print(cfg["units"], copy_of_lin.units, copy_of_lin.name == lin.name)
""",
    ),
    Snippet(
        "keras_layer_no_weights",
        "keras subclass",
        """\
import keras


class Square(keras.layers.Layer):
    def call(self, inputs):
        return keras.ops.square(inputs)


sq = Square()
print(keras.ops.convert_to_numpy(sq(np.array([[1.0, -2.0, 3.0]], dtype="float32"))))
""",
    ),
    Snippet(
        "keras_model_subclass_call",
        "keras subclass",
        """\
import keras


class TinyNet(keras.Model):
    def __init__(self, hidden=4, **kwargs):
        super().__init__(**kwargs)
        self.dense1 = keras.layers.Dense(hidden, activation="relu")
        self.dense2 = keras.layers.Dense(1)

    def call(self, inputs):
        h = self.dense1(inputs)
        return self.dense2(h)


net = TinyNet()
y_hat = net(np.zeros((3, 2), dtype="float32"))
print("output:", y_hat.shape, "| weights:", len(net.trainable_weights))
""",
    ),
    Snippet(
        "keras_model_subclass_fit",
        "keras subclass",
        """\
import keras


class Regressor(keras.Model):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.hidden = keras.layers.Dense(3, activation="tanh")
        self.out = keras.layers.Dense(1)

    def call(self, inputs, training=False):
        return self.out(self.hidden(inputs))


rng = np.random.default_rng(0)
x = rng.normal(size=(8, 2)).astype("float32")
y = x.sum(axis=1, keepdims=True)
model = Regressor()
model.compile(optimizer="sgd", loss="mse")
history = model.fit(x, y, epochs=1, batch_size=4, verbose=0)
print(history.history["loss"])
""",
    ),
    Snippet(
        "keras_callback_print_loss",
        "keras subclass",
        """\
import keras


class PrintLoss(keras.callbacks.Callback):
    def on_epoch_end(self, epoch, logs=None):
        logs = logs or {}
        print(f"epoch {epoch}: loss={logs.get('loss', float('nan')):.4f}")


x = np.linspace(-1, 1, 8, dtype="float32").reshape(-1, 1)
y = 2 * x + 1
model = keras.Sequential([keras.Input(shape=(1,)), keras.layers.Dense(1)])
model.compile(optimizer="sgd", loss="mse")
history = model.fit(x, y, epochs=1, batch_size=4, verbose=0, callbacks=[PrintLoss()])
""",
    ),
    Snippet(
        "keras_callback_record_batches",
        "keras subclass",
        """\
from tensorflow import keras


class BatchLosses(keras.callbacks.Callback):
    def __init__(self):
        super().__init__()
        self.batch_losses = []

    def on_train_batch_end(self, batch, logs=None):
        self.batch_losses.append(float(logs["loss"]))

    def on_train_end(self, logs=None):
        print("batches seen:", len(self.batch_losses))


rec = BatchLosses()
x = np.ones((6, 2), dtype="float32")
y = np.zeros((6, 1), dtype="float32")
model = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss="mse")
model.fit(x, y, epochs=1, batch_size=2, verbose=0, callbacks=[rec])
print([round(v, 3) for v in rec.batch_losses])
""",
    ),
    Snippet(
        "keras_custom_layer_in_sequential",
        "keras subclass",
        """\
import keras


class AddBias(keras.layers.Layer):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)

    def build(self, input_shape):
        self.bias = self.add_weight(shape=(input_shape[-1],), initializer="zeros")

    def call(self, inputs):
        return inputs + self.bias


model = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(2), AddBias()])
model.compile(optimizer="sgd", loss="mse")
model.fit(np.ones((4, 2)), np.zeros((4, 2)), epochs=1, verbose=0)
print([v.name for v in model.trainable_variables])
""",
    ),
    # --------------------------------------------------------------------- timing
    Snippet(
        "time_line_magic",
        "timing",
        """\
x = np.random.default_rng(0).random(10_000)
%time y = np.sort(x)
print(y[:3])
""",
    ),
    Snippet(
        "time_cell_magic",
        "timing",
        """\
%%time
total = 0.0
for k in range(1000):
    total += k**0.5
print(total)
""",
    ),
    Snippet(
        "timeit_matmul",
        "timing",
        """\
a = np.random.default_rng(1).random((50, 50))
%timeit -n 1 -r 1 a @ a
""",
    ),
    Snippet(
        "time_perf_counter",
        "timing",
        """\
import time

start = time.perf_counter()
result = np.linalg.inv(np.eye(20) * 2)
elapsed = time.perf_counter() - start
print(f"inverse took {elapsed * 1000:.2f} ms")
""",
    ),
    Snippet(
        "time_time_predict",
        "timing",
        """\
import time

import keras

model = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(2)])
t0 = time.time()
preds = model.predict(np.zeros((5, 4)), verbose=0)
print("predict:", preds.shape, f"{time.time() - t0:.3f}s")
""",
    ),
    Snippet(
        "time_cell_magic_fit",
        "timing",
        """\
%%time
import keras

model = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(1)])
model.compile(optimizer="sgd", loss="mse")
history = model.fit(np.ones((4, 2)), np.ones((4, 1)), epochs=1, verbose=0)
""",
    ),
    Snippet(
        "time_line_magic_expression",
        "timing",
        """\
v = np.arange(100_000)
%time np.cumsum(v)[-1]
""",
    ),
    # ----------------------------------------------------------------------- plot
    Snippet(
        "plot_line_close",
        "plot",
        """\
import matplotlib.pyplot as plt

x = np.linspace(-3, 3, 50)
fig, ax = plt.subplots()
ax.plot(x, np.tanh(x), label="tanh")
ax.set_title("tanh activation")
ax.legend()
plt.close(fig)
""",
    ),
    Snippet(
        "plot_subplots_grid_imshow",
        "plot",
        """\
import matplotlib.pyplot as plt

rng = np.random.default_rng(0)
images = rng.random((4, 8, 8))
fig, axes = plt.subplots(2, 2, figsize=(4, 4))
for i, ax in enumerate(axes.flat):
    ax.imshow(images[i], cmap="gray")
    ax.set_title(f"img {i}")
    ax.axis("off")
plt.close(fig)
""",
    ),
    Snippet(
        "plot_hist",
        "plot",
        """\
import matplotlib.pyplot as plt

samples = np.random.default_rng(1).normal(size=500)
fig, ax = plt.subplots()
counts, edges, _ = ax.hist(samples, bins=20)
print("tallest bin:", counts.max())
plt.close(fig)
""",
    ),
    Snippet(
        "plot_show",
        "plot",
        """\
import matplotlib.pyplot as plt

plt.figure(figsize=(4, 3))
plt.plot([1, 2, 3], [0.9, 0.5, 0.3], marker="o")
plt.xlabel("epoch")
plt.ylabel("loss")
plt.show()
""",
    ),
    Snippet(
        "plot_scatter_classes",
        "plot",
        """\
import matplotlib.pyplot as plt

pts = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])
labels = np.array([0, 1, 1, 0])
fig, ax = plt.subplots()
for c in (0, 1):
    ax.scatter(pts[labels == c, 0], pts[labels == c, 1], label=f"class {c}")
ax.legend()
ax.set_title("XOR")
plt.close(fig)
""",
    ),
    Snippet(
        "plot_loss_curve",
        "plot",
        """\
import matplotlib.pyplot as plt

losses = [1.0 / (e + 1) for e in range(10)]
fig, ax = plt.subplots()
ax.plot(range(1, 11), losses)
ax.set_xlabel("epoch")
ax.set_ylabel("loss")
ax.set_yscale("log")
ax.grid(True)
plt.close(fig)
""",
    ),
    Snippet(
        "plot_suptitle_constrained",
        "plot",
        """\
import matplotlib.pyplot as plt

x = np.linspace(0, 2 * np.pi, 40)
fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(6, 2.5), layout="constrained")
ax1.plot(x, np.sin(x))
ax2.plot(x, np.cos(x), color="tab:orange")
fig.suptitle("sin and cos")
plt.close(fig)
""",
    ),
    Snippet(
        "plot_imshow_colorbar",
        "plot",
        """\
import matplotlib.pyplot as plt

w = np.random.default_rng(2).normal(size=(5, 5))
fig, ax = plt.subplots()
im = ax.imshow(w, cmap="coolwarm")
fig.colorbar(im, ax=ax)
ax.set_title("weights")
plt.show()
plt.close("all")
""",
    ),
    Snippet(
        "plot_matplotlib_rc_context",
        "plot",
        """\
import matplotlib
import matplotlib.pyplot as plt

with matplotlib.rc_context({"font.size": 8}):
    fig, ax = plt.subplots()
    ax.bar(["a", "b", "c"], [3, 1, 2])
    plt.close(fig)
""",
    ),
    # ----------------------------------------------------------------------- seed
    Snippet(
        "seed_default_rng",
        "seed",
        """\
rng = np.random.default_rng(0)
print(rng.integers(0, 10, size=5))
print(rng.normal(size=2).round(3))
""",
    ),
    Snippet(
        "seed_keras_set_random_seed",
        "seed",
        """\
import keras

keras.utils.set_random_seed(1)
layer = keras.layers.Dense(2)
layer.build((None, 3))
print(keras.ops.convert_to_numpy(layer.kernel).round(3))
""",
    ),
    Snippet(
        "seed_tf_set_seed",
        "seed",
        """\
import tensorflow as tf

tf.random.set_seed(0)
print(tf.random.uniform((2,)).numpy())
""",
    ),
    Snippet(
        "seed_python_random",
        "seed",
        """\
import random

random.seed(42)
order = [0, 1, 2, 3, 4]
random.shuffle(order)
print(order, random.random())
""",
    ),
    Snippet(
        "seed_legacy_numpy",
        "seed",
        """\
np.random.seed(0)  # old style, still see it in tutorials
print(np.random.rand(3))
""",
    ),
    Snippet(
        "seed_shuffle_indices",
        "seed",
        """\
rng = np.random.default_rng(seed=123)
data = np.arange(10) * 10
idx = rng.permutation(len(data))
train_idx, val_idx = idx[:8], idx[8:]
print(data[train_idx], data[val_idx])
""",
    ),
    Snippet(
        "seed_tf_generator",
        "seed",
        """\
import tensorflow as tf

g = tf.random.Generator.from_seed(1)
print(g.normal(shape=(2, 2)).numpy())
""",
    ),
    # -------------------------------------------------------------- gradient tape
    Snippet(
        "tape_variable_square",
        "gradient tape",
        """\
import tensorflow as tf

x = tf.Variable(3.0)
with tf.GradientTape() as tape:
    y = x**2
dy_dx = tape.gradient(y, x)
print("dy/dx at 3:", dy_dx.numpy())  # expect 6
""",
    ),
    Snippet(
        "tape_watch_constant",
        "gradient tape",
        """\
import tensorflow as tf

x = tf.constant([1.0, 2.0, 3.0])
with tf.GradientTape() as tape:
    tape.watch(x)
    z = tf.reduce_sum(tf.sin(x))
print(tape.gradient(z, x).numpy(), np.cos([1.0, 2.0, 3.0]))
""",
    ),
    Snippet(
        "tape_dense_layer_grads",
        "gradient tape",
        """\
import keras
import tensorflow as tf

layer = keras.layers.Dense(1)
x = tf.ones((4, 2))
with tf.GradientTape() as tape:
    y = layer(x)
    loss = tf.reduce_mean(tf.square(y - 1.0))
grads = tape.gradient(loss, layer.trainable_variables)
for v, g in zip(layer.trainable_variables, grads):
    print(v.name, g.shape)
""",
    ),
    Snippet(
        "tape_persistent",
        "gradient tape",
        """\
import tensorflow as tf

w = tf.Variable([[0.5], [-0.5]])
x = tf.constant([[1.0, 2.0]])
with tf.GradientTape(persistent=True) as tape:
    out = tf.matmul(x, w)
    sq = out**2
print(tape.gradient(out, w).numpy().ravel(), tape.gradient(sq, w).numpy().ravel())
del tape
""",
    ),
    Snippet(
        "tape_manual_sgd_step",
        "gradient tape",
        """\
import tensorflow as tf

w = tf.Variable(0.0)
lr = 0.1
for step in range(3):
    with tf.GradientTape() as tape:
        loss = (w - 2.0) ** 2
    grad = tape.gradient(loss, w)
    w.assign_sub(lr * grad)
    print(step, float(loss), w.numpy())
""",
    ),
    # ------------------------------------------------------------------ re-import
    Snippet(
        "reimport_tf_keras",
        "re-import",
        """\
from tensorflow import keras

inp = keras.Input(shape=(3,))
print(keras.layers.Dense(2)(inp).shape)
""",
    ),
    Snippet(
        "reimport_numpy",
        "re-import",
        """\
import numpy as np

print(np.arange(3) + 1)
""",
    ),
    Snippet(
        "reimport_tensorflow",
        "re-import",
        """\
import tensorflow as tf

print(tf.add(1, 2).numpy())
""",
    ),
    Snippet(
        "reimport_keras_layers",
        "re-import",
        """\
import keras
from keras import layers

model = keras.Sequential([keras.Input(shape=(4,)), layers.Dense(3), layers.Dense(1)])
print(len(model.layers))
""",
    ),
    Snippet(
        "reimport_pyplot",
        "re-import",
        """\
import matplotlib.pyplot as plt

fig = plt.figure()
print(fig.get_size_inches())
plt.close(fig)
""",
    ),
    Snippet(
        "reimport_pandas",
        "re-import",
        """\
import pandas as pd

print(pd.Series([1, 2, 3]).mean())
""",
    ),
    Snippet(
        "reimport_sklearn_logreg",
        "re-import",
        """\
from sklearn.linear_model import LogisticRegression

x = np.array([[0.0], [1.0], [2.0], [3.0], [4.0], [5.0]])
y = np.array([0, 0, 0, 1, 1, 1])
clf = LogisticRegression().fit(x, y)
print("sklearn baseline acc:", clf.score(x, y))
""",
    ),
    Snippet(
        "reimport_keras_ops",
        "re-import",
        """\
import keras
from keras import ops

print(ops.convert_to_numpy(ops.relu(np.array([-1.0, 2.0]))))
""",
    ),
    # ----------------------------------------------------------- standard library
    Snippet(
        "stdlib_json_dumps",
        "standard library",
        """\
import json

best = np.float32(0.25)
config = {"lr": 0.01, "layers": [8, 4], "activation": "relu", "best_loss": float(best)}
print(json.dumps(config, indent=2, sort_keys=True))
""",
    ),
    Snippet(
        "stdlib_warnings_ignore",
        "standard library",
        """\
import warnings

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    logs = np.log(np.array([0.0, 1.0, np.e]))
print(logs)
""",
    ),
    Snippet(
        "stdlib_logging_debug",
        "standard library",
        """\
import logging

log = logging.getLogger("my_notebook")
log.debug("starting experiment with %d samples", 10)
log.info("this is quiet too")
print("logger level:", logging.getLevelName(log.getEffectiveLevel()))
""",
    ),
    Snippet(
        "stdlib_pprint",
        "standard library",
        """\
import pprint

results = {"run1": {"loss": [0.9, 0.5], "acc": 0.75}, "run2": {"loss": [0.8, 0.3], "acc": 0.8}}
pprint.pprint(results, width=60)
""",
    ),
    Snippet(
        "stdlib_counter",
        "standard library",
        """\
from collections import Counter

preds = ["cat", "dog", "cat", "bird", "cat"]
counter = Counter(preds)
print(counter.most_common(2))
""",
    ),
    Snippet(
        "stdlib_defaultdict",
        "standard library",
        """\
import collections

by_label = collections.defaultdict(list)
for value, label in [(0.1, "a"), (0.4, "b"), (0.3, "a")]:
    by_label[label].append(value)
print(dict(by_label))
""",
    ),
    Snippet(
        "stdlib_itertools_product",
        "standard library",
        """\
import itertools

grid = list(itertools.product([0.1, 0.01], [4, 8]))
for lr, units in grid:
    print(f"lr={lr} units={units}")
print(list(itertools.islice(itertools.count(start=1), 3)))
""",
    ),
    Snippet(
        "stdlib_lru_cache",
        "standard library",
        """\
import functools


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info().hits)
""",
    ),
    Snippet(
        "stdlib_partial",
        "standard library",
        """\
from functools import partial


def scaled(v, factor):
    return v * factor


double = partial(scaled, factor=2)
print(double(np.arange(3)))
""",
    ),
    Snippet(
        "stdlib_math",
        "standard library",
        """\
import math

print(math.sqrt(2), math.exp(-1), math.log(10))
print(math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), math.pi)
""",
    ),
    Snippet(
        "stdlib_statistics",
        "standard library",
        """\
import statistics

accs = [0.81, 0.79, 0.84, 0.80]
print(f"acc {statistics.mean(accs):.3f} +- {statistics.stdev(accs):.3f}")
print("median:", statistics.median(accs))
""",
    ),
    Snippet(
        "stdlib_textwrap_string_re",
        "standard library",
        """\
import re
import string
import textwrap

note = "The network has 2 hidden layers with 8 and 4 units, trained for 10 epochs."
print(textwrap.fill(note, width=40))
print(re.findall(r"[0-9]+", note))
print(string.ascii_lowercase[:5])
""",
    ),
    Snippet(
        "stdlib_copy_deepcopy",
        "standard library",
        """\
import copy

params = {"w": np.ones(2), "history": [1, 2]}
backup = copy.deepcopy(params)
params["w"][0] = 5.0
print(backup["w"], params["w"])
""",
    ),
    Snippet(
        "stdlib_dataclass_replace",
        "standard library",
        """\
from dataclasses import asdict, dataclass, replace


@dataclass(frozen=True)
class Hyper:
    lr: float
    batch_size: int = 32


h = Hyper(0.1)
h2 = replace(h, batch_size=8)
print(asdict(h2))
""",
    ),
    # ---------------------------------------------------------- shadowed builtin
    Snippet(
        "shadow_sum",
        "shadowed builtin",
        """\
sum = 0
for v in [1, 2, 3, 4]:
    sum += v
print("sum =", sum)
""",
    ),
    Snippet(
        "shadow_filter",
        "shadowed builtin",
        """\
import keras

filter = 3  # number of filters in my conv layer
filters = [filter, 2 * filter]
conv = keras.layers.Conv2D(filter, kernel_size=3)
out = conv(np.zeros((1, 5, 5, 1), dtype="float32"))
print(out.shape, filters)
""",
    ),
    Snippet(
        "shadow_input",
        "shadowed builtin",
        """\
input = np.ones(3)
w = np.array([0.2, 0.3, 0.5])
print("weighted input:", input @ w)
""",
    ),
    Snippet(
        "shadow_max_min",
        "shadowed builtin",
        """\
data = np.array([3.0, -1.0, 7.5, 2.0])
max = data.max()
min = data.min()
max_val = np.max(np.abs(data))
print(f"range: [{min}, {max}], max abs {max_val}")
""",
    ),
    Snippet(
        "shadow_id",
        "shadowed builtin",
        """\
ids = np.array([10, 11, 12])
for id in ids:
    print("sample id:", id)
""",
    ),
    Snippet(
        "shadow_format",
        "shadowed builtin",
        """\
format = "{:.3f}"
scores = np.array([0.12345, 0.5])
print([format.format(s) for s in scores])
""",
    ),
    Snippet(
        "shadow_map",
        "shadowed builtin",
        """\
map = np.zeros((4, 4))  # a feature map
map[1:3, 1:3] = 1.0
print(map)
print("activated pixels:", int(map.sum()))
""",
    ),
    Snippet(
        "shadow_iter_all",
        "shadowed builtin",
        """\
iter = 5  # number of iterations
all = []
for step in range(iter):
    all.append(step**2)
print(all)
""",
    ),
    Snippet(
        "shadow_common_names",
        "shadowed builtin",
        """\
result = {}
losses = [0.5, 0.4]
steps = len(losses)
for i, k in enumerate(["a", "b"]):
    result[k] = losses[i]
z = np.zeros(steps)
print(result, z)
""",
    ),
    # ------------------------------------------------------------------ assertion
    Snippet(
        "assert_allclose_identity",
        "assertion",
        """\
a = np.random.default_rng(0).random((3, 3))
assert np.allclose(a @ np.eye(3), a), "multiplying by the identity changed a!"
print("ok")
""",
    ),
    Snippet(
        "assert_shape_message",
        "assertion",
        """\
x = np.zeros((4, 2))
assert x.shape == (4, 2), f"unexpected shape {x.shape}"
assert x.ndim == 2
""",
    ),
    Snippet(
        "assert_probabilities_sum",
        "assertion",
        """\
logits = np.array([1.0, 2.0, 0.5])
probs = np.exp(logits) / np.exp(logits).sum()
assert abs(probs.sum() - 1.0) < 1e-9, "softmax does not sum to 1"
assert np.all(probs > 0)
print(probs.round(3))
""",
    ),
    Snippet(
        "assert_sigmoid_half",
        "assertion",
        """\
def sig(z):
    return 1.0 / (1.0 + np.exp(-z))


assert np.isclose(sig(0.0), 0.5), "sigmoid(0) should be 0.5"
assert np.allclose(sig(np.array([-50.0, 50.0])), [0.0, 1.0], atol=1e-6)
print("sigmoid checks passed")
""",
    ),
    Snippet(
        "assert_tf_matches_numpy",
        "assertion",
        """\
import tensorflow as tf

a = np.arange(6, dtype="float32").reshape(2, 3)
assert np.allclose(tf.transpose(a).numpy(), a.T), "tf and numpy disagree"
""",
    ),
    # ----------------------------------------------------------------- try except
    Snippet(
        "try_int_parse",
        "try except",
        """\
try:
    n_units = int("eight")
except ValueError as err:
    print("could not parse:", err)
    n_units = 8
print(n_units)
""",
    ),
    Snippet(
        "try_own_function",
        "try except",
        """\
def check_lr(lr):
    if lr <= 0:
        raise ValueError(f"learning rate must be positive, got {lr}")
    return lr


for lr in (0.1, -1.0):
    try:
        print("using", check_lr(lr))
    except ValueError as err:
        print(err)
""",
    ),
    Snippet(
        "try_reshape_mismatch",
        "try except",
        """\
x = np.arange(6)
try:
    x.reshape(4, 2)
except ValueError as err:
    print("reshape failed:", err)
else:
    print("reshape worked")
finally:
    print("done trying")
""",
    ),
    Snippet(
        "try_key_zero_division",
        "try except",
        """\
metrics = {"loss": 0.3}
try:
    print(metrics["accuracy"])
except KeyError as err:
    print("missing metric", err)
try:
    ratio = 1 / 0
except ZeroDivisionError:
    ratio = float("inf")
print(ratio)
""",
    ),
    # ---------------------------------------------------------------- dunder read
    Snippet("dunder_numpy_version", "dunder read", 'print("numpy", np.__version__)\n'),
    Snippet(
        "dunder_tf_version",
        "dunder read",
        """\
import tensorflow as tf

print("tensorflow", tf.__version__)
""",
    ),
    Snippet(
        "dunder_keras_version",
        "dunder read",
        """\
import keras

print("keras", keras.__version__, "backend:", keras.backend.backend())
""",
    ),
    Snippet(
        "dunder_function_name_doc",
        "dunder read",
        """\
def mse(y_true, y_pred):
    \"\"\"Mean squared error.\"\"\"
    return np.mean((np.asarray(y_true) - np.asarray(y_pred)) ** 2)


for f in (mse, np.mean):
    print(f.__name__, "-", (f.__doc__ or "").strip().splitlines()[0])
""",
    ),
    Snippet(
        "dunder_pandas_matplotlib_versions",
        "dunder read",
        """\
import matplotlib
import pandas as pd

print(pd.__version__, matplotlib.__version__)
""",
    ),
    Snippet(
        "dunder_main_guard",
        "dunder read",
        """\
def main():
    print("running as", __name__)


if __name__ == "__main__":
    main()
""",
    ),
    Snippet(
        "help_linspace",
        "dunder read",
        """\
help(np.linspace)
""",
    ),
    Snippet(
        "dir_model_attributes",
        "dunder read",
        """\
import keras

model = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(1)])
print([n for n in dir(model) if not n.startswith("_")][:5])
print("fit" in dir(model))
""",
    ),
    Snippet(
        "help_own_function",
        "dunder read",
        """\
def step_decay(epoch, lr0=0.1, drop=0.5):
    \"\"\"Halve the learning rate every epoch.\"\"\"
    return lr0 * drop**epoch


help(step_decay)
print(step_decay.__doc__)
""",
    ),
    # ----------------------------------------------------------------------- loop
    Snippet(
        "loop_comprehensions",
        "loop",
        """\
squares = [k * k for k in range(6) if k % 2 == 0]
inverse = {v: k for k, v in enumerate("abc")}
pairs = {(i, j) for i in range(2) for j in range(2)}
print(squares, inverse, sorted(pairs))
""",
    ),
    Snippet(
        "loop_lambda_sort",
        "loop",
        """\
runs = [("adam", 0.31), ("sgd", 0.52), ("rmsprop", 0.29)]
best_first = sorted(runs, key=lambda r: r[1])
print(best_first[0])
act = lambda z: np.where(z > 0, z, 0.01 * z)  # leaky relu
print(act(np.array([-1.0, 1.0])))
""",
    ),
    Snippet(
        "loop_underscore",
        "loop",
        """\
rng = np.random.default_rng(5)
draws = []
for _ in range(3):
    draws.append(rng.integers(0, 100))
print(draws)
""",
    ),
    Snippet(
        "loop_while_counter",
        "loop",
        """\
loss = 1.0
epoch = 0
while loss > 0.1 and epoch < 100:
    loss *= 0.7
    epoch += 1
print(f"stopped after {epoch} epochs, loss={loss:.3f}")
""",
    ),
    Snippet(
        "loop_global_counter",
        "loop",
        """\
count = 0


def bump():
    global count
    count += 1


for _ in range(3):
    bump()
print("count =", count)
""",
    ),
    Snippet(
        "loop_enumerate_zip",
        "loop",
        """\
names = ["w1", "w2", "b"]
values = [np.ones((2, 2)), np.ones(2), np.zeros(1)]
for i, (name, val) in enumerate(zip(names, values)):
    print(i, name, val.shape)
""",
    ),
    Snippet(
        "loop_nested_grid",
        "loop",
        """\
table = np.zeros((3, 3), dtype=int)
for i in range(3):
    for j in range(3):
        table[i, j] = (i + 1) * (j + 1)
        if i == j:
            continue
print(table)
""",
    ),
    Snippet(
        "loop_break_early",
        "loop",
        """\
history_losses = [0.9, 0.6, 0.45, 0.46, 0.5]
best, patience = np.inf, 0
for epoch, l in enumerate(history_losses):
    if l < best:
        best, patience = l, 0
    else:
        patience += 1
    if patience >= 2:
        print("early stop at epoch", epoch)
        break
""",
    ),
    # --------------------------------------------------------------------- pandas
    Snippet(
        "pandas_describe",
        "pandas",
        """\
import pandas as pd

df = pd.DataFrame({"x1": [0.1, 0.4, 0.35, 0.8], "x2": [1, 3, 2, 5]})
print(df.describe())
""",
    ),
    Snippet(
        "pandas_head_info",
        "pandas",
        """\
import pandas as pd

df = pd.DataFrame(np.arange(12).reshape(6, 2), columns=["a", "b"])
print(df.head(3))
df.info()
print(df.dtypes)
df.tail(2)
""",
    ),
    Snippet(
        "pandas_groupby",
        "pandas",
        """\
import pandas as pd

df = pd.DataFrame(
    {
        "optimizer": ["sgd", "adam", "sgd", "adam"],
        "loss": [0.5, 0.3, 0.45, 0.25],
        "epoch": [1, 1, 2, 2],
    }
)
print(df.groupby("optimizer")["loss"].mean())
print(df.groupby("optimizer").agg(best=("loss", "min"), runs=("epoch", "count")))
""",
    ),
    Snippet(
        "pandas_value_counts_filter",
        "pandas",
        """\
import pandas as pd

labels = pd.Series([0, 1, 1, 2, 1, 0], name="label")
print(labels.value_counts().sort_index())
df = labels.to_frame()
df["is_one"] = df["label"] == 1
print(df[df["is_one"]].shape)
""",
    ),
    # --------------------------------------------------------------- scratch file
    Snippet(
        "scratch_np_save",
        "scratch file",
        """\
w = np.random.default_rng(0).normal(size=(3, 2))
np.save("scratch.npy", w)
w_back = np.load("scratch.npy")
print(np.array_equal(w, w_back))
""",
    ),
    Snippet(
        "scratch_savefig",
        "scratch file",
        """\
import matplotlib.pyplot as plt

fig, ax = plt.subplots()
ax.plot([0, 1, 2], [2, 1, 0])
ax.set_title("to look at later")
fig.savefig("fig.png", dpi=50)
plt.close(fig)
""",
    ),
    Snippet(
        "scratch_keras_save",
        "scratch file",
        """\
import keras

model = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(1)])
model.save("tiny.keras")
print("saved")
""",
    ),
    Snippet(
        "scratch_to_csv",
        "scratch file",
        """\
import pandas as pd

pd.DataFrame({"epoch": [1, 2], "loss": [0.7, 0.5]}).to_csv("scratch.csv", index=False)
print(pd.read_csv("scratch.csv"))
""",
    ),
    Snippet(
        "scratch_savetxt",
        "scratch file",
        """\
preds = np.array([0.1, 0.9, 0.4])
np.savetxt("preds.txt", preds, fmt="%.2f")
print(np.loadtxt("preds.txt"))
""",
    ),
)
