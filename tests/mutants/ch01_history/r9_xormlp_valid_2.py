# target: ch01_xor_mlp
# kind: alternative
# why: meets 5.1a-5.1d: layers built by a helper from a list of (units, activation) pairs, BinaryAccuracy named "accuracy" (what the string resolves to for one sigmoid output), and a per-layer helper for the count
def dense_stack(specs):
    """keras.layers.Dense for each (units, activation) pair, in order."""
    return [keras.layers.Dense(units, activation=act) for units, act in specs]


def build_xor_mlp(hidden_units=4):
    """A compiled 2 -> hidden_units (tanh) -> 1 (sigmoid) Keras MLP for XOR."""
    layers = dense_stack([(hidden_units, "tanh"), (1, "sigmoid")])
    model = keras.Sequential([keras.Input(shape=(2,)), *layers])
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=5e-2),
        loss="binary_crossentropy",
        metrics=[keras.metrics.BinaryAccuracy(name="accuracy")],
    )
    return model


def dense_params(fan_in, fan_out):
    """A dense layer with biases: fan_in * fan_out weights and fan_out biases."""
    return (fan_in + 1) * fan_out


def mlp_param_count(layer_sizes):
    """Trainable parameters of a fully connected network with these layer widths (input first)."""
    total = 0
    for index in range(len(layer_sizes) - 1):
        total += dense_params(layer_sizes[index], layer_sizes[index + 1])
    return int(total)
