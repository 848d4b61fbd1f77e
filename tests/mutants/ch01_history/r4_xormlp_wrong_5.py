# target: ch01_xor_mlp
# kind: mutant
# why: breaks 5.1c: unpacks exactly three widths (d, h, o), so any other number of layers, e.g. [2, 3] or [2, 4, 4, 1], raises
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
    d, h, o = layer_sizes
    return (d + 1) * h + (h + 1) * o
