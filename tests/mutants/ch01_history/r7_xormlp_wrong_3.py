# target: ch01_xor_mlp
# kind: mutant
# why: breaks 5.1c: "any list of two or more positive widths" - the count assumes input, hidden..., output with at least one hidden layer; for a two-entry list [a, b] it counts a phantom hidden layer ([2, 1] gives 5, not 3)
def build_xor_mlp(hidden_units=4):
    model = keras.Sequential([
        keras.Input(shape=(2,)),
        keras.layers.Dense(hidden_units, activation="tanh"),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05),
                  loss="binary_crossentropy", metrics=["accuracy"])
    return model


def mlp_param_count(layer_sizes):
    d, hidden, out = layer_sizes[0], list(layer_sizes[1:-1]) or [layer_sizes[-1]], layer_sizes[-1]
    widths = [d] + hidden + [out]
    return int(sum((a + 1) * b for a, b in zip(widths[:-1], widths[1:])))
