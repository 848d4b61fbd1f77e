# target: ch01_xor_mlp
# kind: alternative
# why: valid: model.add style, Keras objects for activations and loss (explicitly allowed by 5.1b), same layers, Adam(0.05) and accuracy metric; param count with an explicit loop returning a Python int for any list of widths.
def build_xor_mlp(hidden_units=4):
    """A compiled 2 -> hidden_units (tanh) -> 1 (sigmoid) Keras MLP for XOR."""
    model = keras.Sequential(name="xor_mlp")
    model.add(keras.Input(shape=(2,)))
    model.add(keras.layers.Dense(hidden_units, activation=keras.activations.tanh, name="hidden"))
    model.add(keras.layers.Dense(1, activation=keras.activations.sigmoid, name="output"))
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05),
                  loss=keras.losses.BinaryCrossentropy(),
                  metrics=["accuracy"])
    return model


def mlp_param_count(layer_sizes):
    """Trainable parameters of a fully connected network with these layer widths (input first)."""
    sizes = [int(s) for s in layer_sizes]
    total = 0
    for i in range(1, len(sizes)):
        weights = sizes[i - 1] * sizes[i]
        biases = sizes[i]
        total += weights + biases
    return total
