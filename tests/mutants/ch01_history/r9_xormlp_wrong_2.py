# target: ch01_xor_mlp
# kind: mutant
# why: breaks 5.1a: no keras.Input(shape=(2,)), so the returned Sequential model is never built and has no input shape
def build_xor_mlp(hidden_units=4):
    """A compiled 2 -> hidden_units (tanh) -> 1 (sigmoid) Keras MLP for XOR."""
    # Keras works out the input size from the data when we call fit.
    model = keras.Sequential()
    model.add(keras.layers.Dense(hidden_units, activation="tanh"))
    model.add(keras.layers.Dense(1, activation="sigmoid"))
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05),
                  loss="binary_crossentropy", metrics=["accuracy"])
    return model


def mlp_param_count(layer_sizes):
    """Trainable parameters of a fully connected network with these layer widths (input first)."""
    weights = sum(a * b for a, b in zip(layer_sizes, layer_sizes[1:]))
    biases = sum(layer_sizes[1:])
    return int(weights + biases)
