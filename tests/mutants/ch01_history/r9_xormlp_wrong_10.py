# target: ch01_xor_mlp
# kind: mutant
# why: breaks 5.1d: both Dense layers start from zero kernels, so tanh(0) = 0 gives every hidden weight a zero gradient forever and the trained model outputs one class (about 50% accuracy)
def build_xor_mlp(hidden_units=4):
    """A compiled 2 -> hidden_units (tanh) -> 1 (sigmoid) Keras MLP for XOR."""
    # Start every weight at zero so that training is reproducible.
    model = keras.Sequential([
        keras.Input(shape=(2,)),
        keras.layers.Dense(hidden_units, activation="tanh", kernel_initializer="zeros"),
        keras.layers.Dense(1, activation="sigmoid", kernel_initializer="zeros"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05),
                  loss="binary_crossentropy", metrics=["accuracy"])
    return model


def mlp_param_count(layer_sizes):
    """Trainable parameters of a fully connected network with these layer widths (input first)."""
    widths = list(layer_sizes)
    return sum(widths[k] * widths[k + 1] for k in range(len(widths) - 1)) + sum(widths[1:])
