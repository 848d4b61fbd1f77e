# target: ch01_xor_mlp
# kind: mutant
# why: breaks 5.1a "for any hidden_units >= 1": the hidden width is hard-coded to 4, so build_xor_mlp(2) or (8) still has 4 units.
def build_xor_mlp(hidden_units=4):
    """A compiled 2 -> hidden_units (tanh) -> 1 (sigmoid) Keras MLP for XOR."""
    model = keras.Sequential([
        keras.Input(shape=(2,)),
        keras.layers.Dense(4, activation="tanh"),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss="binary_crossentropy",
                  metrics=["accuracy"])
    return model


def mlp_param_count(layer_sizes):
    """Trainable parameters of a fully connected network with these layer widths (input first)."""
    return int(sum((a + 1) * b for a, b in zip(layer_sizes[:-1], layer_sizes[1:])))
