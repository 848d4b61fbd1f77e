# target: ch01_xor_mlp
# kind: mutant
# why: breaks 5.1a: ignores hidden_units and always builds Dense(4)
def build_xor_mlp(hidden_units=4):
    """A compiled 2 -> hidden_units (tanh) -> 1 (sigmoid) Keras MLP for XOR."""
    model = keras.Sequential()
    model.add(keras.Input(shape=(2,)))
    model.add(keras.layers.Dense(4, activation="tanh"))
    model.add(keras.layers.Dense(1, activation="sigmoid"))
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05),
                  loss="binary_crossentropy", metrics=["accuracy"])
    return model


def mlp_param_count(layer_sizes):
    """Trainable parameters of a fully connected network with these layer widths (input first)."""
    total = 0
    for i in range(len(layer_sizes) - 1):
        total += layer_sizes[i] * layer_sizes[i + 1] + layer_sizes[i + 1]
    return total
