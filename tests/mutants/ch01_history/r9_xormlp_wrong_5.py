# target: ch01_xor_mlp
# kind: mutant
# why: breaks 5.1b: keras.optimizers.AdamW(learning_rate=0.05) subclasses Adam but adds weight decay (0.004 by default), so it is not Adam(learning_rate=0.05) with the other arguments at their defaults
def build_xor_mlp(hidden_units=4):
    """A compiled 2 -> hidden_units (tanh) -> 1 (sigmoid) Keras MLP for XOR."""
    hidden = keras.layers.Dense(hidden_units, activation="tanh")
    output = keras.layers.Dense(1, activation="sigmoid")
    model = keras.Sequential([keras.Input(shape=(2,)), hidden, output])
    # AdamW is the modern, "fixed" Adam.
    model.compile(optimizer=keras.optimizers.AdamW(learning_rate=0.05),
                  loss="binary_crossentropy", metrics=["accuracy"])
    return model


def mlp_param_count(layer_sizes):
    """Trainable parameters of a fully connected network with these layer widths (input first)."""
    params = 0
    previous = layer_sizes[0]
    for width in layer_sizes[1:]:
        params += previous * width + width
        previous = width
    return params
