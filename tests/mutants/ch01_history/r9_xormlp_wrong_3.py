# target: ch01_xor_mlp
# kind: mutant
# why: breaks 5.1a: the hidden layer uses a sigmoid activation instead of tanh (sigmoid everywhere, as in the 1980s papers)
def build_xor_mlp(hidden_units=4):
    """A compiled 2 -> hidden_units (tanh) -> 1 (sigmoid) Keras MLP for XOR."""
    model = keras.Sequential(
        [
            keras.Input(shape=(2,)),
            keras.layers.Dense(hidden_units, activation="sigmoid", name="hidden"),
            keras.layers.Dense(1, activation="sigmoid", name="output"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=0.05),
        loss="binary_crossentropy",
        metrics=["accuracy"],
    )
    return model


def mlp_param_count(layer_sizes):
    """Trainable parameters of a fully connected network with these layer widths (input first)."""
    count = 0
    for i in range(1, len(layer_sizes)):
        count += layer_sizes[i - 1] * layer_sizes[i] + layer_sizes[i]
    return int(count)
