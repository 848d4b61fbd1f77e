# target: ch01_xor_mlp
# kind: alternative
# why: valid (borderline by wording): activations given as keras.activations functions and the loss as a keras.losses.BinaryCrossentropy() object instead of strings; recursive param count
def build_xor_mlp(hidden_units=4):
    """A compiled 2 -> hidden_units (tanh) -> 1 (sigmoid) Keras MLP for XOR."""
    model = keras.Sequential([
        keras.Input(shape=(2,)),
        keras.layers.Dense(hidden_units, activation=keras.activations.tanh),
        keras.layers.Dense(1, activation=keras.activations.sigmoid),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05),
                  loss=keras.losses.BinaryCrossentropy(),
                  metrics=["accuracy"])
    return model


def mlp_param_count(layer_sizes):
    """Trainable parameters of a fully connected network with these layer widths (input first)."""
    sizes = list(layer_sizes)
    if len(sizes) < 2:
        return 0
    return (int(sizes[0]) + 1) * int(sizes[1]) + mlp_param_count(sizes[1:])
