# target: ch01_xor_mlp
# kind: mutant
# why: breaks 5.1c: returns a float (widths cast to float for NumPy), e.g. 17.0 instead of the int 17
def build_xor_mlp(hidden_units=4):
    """A compiled 2 -> hidden_units (tanh) -> 1 (sigmoid) Keras MLP for XOR."""
    model = keras.Sequential([
        keras.Input(shape=(2,)),
        keras.layers.Dense(hidden_units, activation="tanh"),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05),
                  loss="binary_crossentropy", metrics=["accuracy"])
    return model


def mlp_param_count(layer_sizes):
    """Trainable parameters of a fully connected network with these layer widths (input first)."""
    sizes = np.asarray(layer_sizes, dtype=float)
    return float(np.sum((sizes[:-1] + 1) * sizes[1:]))
