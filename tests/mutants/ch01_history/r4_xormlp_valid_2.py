# target: ch01_xor_mlp
# kind: alternative
# why: valid: helper that makes the layer list, keyword arguments to compile; param count as weights-sum plus bias-sum via NumPy, cast to int
def make_layers(hidden_units):
    return [
        keras.Input(shape=(2,)),
        keras.layers.Dense(hidden_units, activation="tanh"),
        keras.layers.Dense(1, activation="sigmoid"),
    ]


def build_xor_mlp(hidden_units=4):
    """A compiled 2 -> hidden_units (tanh) -> 1 (sigmoid) Keras MLP for XOR."""
    model = keras.Sequential(make_layers(hidden_units))
    optimizer = keras.optimizers.Adam(learning_rate=0.05)
    model.compile(loss="binary_crossentropy", optimizer=optimizer, metrics=["accuracy"])
    return model


def mlp_param_count(layer_sizes):
    """Trainable parameters of a fully connected network with these layer widths (input first)."""
    sizes = np.array(layer_sizes, dtype=np.int64)
    n_weights = np.sum(sizes[:-1] * sizes[1:])
    n_biases = np.sum(sizes[1:])
    return int(n_weights + n_biases)
