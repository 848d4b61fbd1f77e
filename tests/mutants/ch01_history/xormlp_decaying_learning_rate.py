# target: ch01_xor_mlp
# kind: mutant
# why: breaks 5.1b: the learning rate is a schedule that starts at 0.05 and decays, not Adam(learning_rate=0.05)
def build_xor_mlp(hidden_units=4):
    """A compiled 2 -> hidden_units (tanh) -> 1 (sigmoid) Keras MLP for XOR."""
    model = keras.Sequential([
        keras.Input(shape=(2,)),
        keras.layers.Dense(hidden_units, activation="tanh"),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    schedule = keras.optimizers.schedules.ExponentialDecay(0.05, decay_steps=50, decay_rate=0.9)
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=schedule),
                  loss="binary_crossentropy", metrics=["accuracy"])
    return model


def mlp_param_count(layer_sizes):
    """Trainable parameters of a fully connected network with these layer widths (input first)."""
    return int(sum((a + 1) * b for a, b in zip(layer_sizes[:-1], layer_sizes[1:])))
