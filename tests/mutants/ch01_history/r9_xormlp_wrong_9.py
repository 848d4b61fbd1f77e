# target: ch01_xor_mlp
# kind: mutant
# why: breaks 5.1c: the bias is attached to the wrong side of each layer, a * (b + 1) instead of (a + 1) * b (18 for [2, 4, 1])
def build_xor_mlp(hidden_units=4):
    """A compiled 2 -> hidden_units (tanh) -> 1 (sigmoid) Keras MLP for XOR."""
    model = keras.Sequential([
        keras.Input(shape=(2,)),
        keras.layers.Dense(hidden_units, activation="tanh"),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss="binary_crossentropy",
                  metrics=["accuracy"])
    return model


def mlp_param_count(layer_sizes):
    """Trainable parameters of a fully connected network with these layer widths (input first)."""
    total = 0
    for a, b in zip(layer_sizes[:-1], layer_sizes[1:]):
        total += a * (b + 1)  # weights plus one bias per unit
    return total
