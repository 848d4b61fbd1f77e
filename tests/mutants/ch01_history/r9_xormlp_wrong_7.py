# target: ch01_xor_mlp
# kind: mutant
# why: breaks 5.1c: the count is computed with NumPy and returned as a numpy.int64, not a Python int (the value itself is right)
def build_xor_mlp(hidden_units=4):
    """A compiled 2 -> hidden_units (tanh) -> 1 (sigmoid) Keras MLP for XOR."""
    model = keras.Sequential()
    model.add(keras.Input(shape=(2,)))
    model.add(keras.layers.Dense(hidden_units, activation="tanh"))
    model.add(keras.layers.Dense(1, activation="sigmoid"))
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss="binary_crossentropy",
                  metrics=["accuracy"])
    return model


def mlp_param_count(layer_sizes):
    """Trainable parameters of a fully connected network with these layer widths (input first)."""
    sizes = np.asarray(layer_sizes)
    # (a + 1) * b for every consecutive pair, all at once
    return np.sum((sizes[:-1] + 1) * sizes[1:])
