# target: ch01_xor_mlp
# kind: mutant
# why: breaks 5.1b (learning rate 0.05): compiles with the string "adam", i.e. Adam's default learning rate 0.001; 260 steps are then too few for 5.1d as well.
def build_xor_mlp(hidden_units=4):
    """A compiled 2 -> hidden_units (tanh) -> 1 (sigmoid) Keras MLP for XOR."""
    model = keras.Sequential([
        keras.Input(shape=(2,)),
        keras.layers.Dense(hidden_units, activation="tanh"),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
    return model


def mlp_param_count(layer_sizes):
    """Trainable parameters of a fully connected network with these layer widths (input first)."""
    return int(sum((a + 1) * b for a, b in zip(layer_sizes[:-1], layer_sizes[1:])))
