# target: ch01_xor_mlp
# kind: alternative
# why: valid: Sequential built with .add() and named layers, Adam(0.05) passed positionally; param count with an explicit loop and a summary print
def build_xor_mlp(hidden_units=4):
    """A compiled 2 -> hidden_units (tanh) -> 1 (sigmoid) Keras MLP for XOR."""
    model = keras.Sequential(name="xor_mlp")
    model.add(keras.Input(shape=(2,)))
    model.add(keras.layers.Dense(units=hidden_units, activation="tanh", name="hidden"))
    model.add(keras.layers.Dense(units=1, activation="sigmoid", name="output"))
    model.compile(optimizer=keras.optimizers.Adam(0.05),
                  loss="binary_crossentropy",
                  metrics=["accuracy"])
    print(type(model).__name__, "with", model.count_params(), "parameters")
    return model


def mlp_param_count(layer_sizes):
    """Trainable parameters of a fully connected network with these layer widths (input first)."""
    total = 0
    for fan_in, fan_out in zip(layer_sizes, layer_sizes[1:]):
        weights = fan_in * fan_out
        biases = fan_out
        total += weights + biases
    return int(total)
