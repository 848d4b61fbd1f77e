# target: ch03_regularised
# kind: mutant
# why: breaks 3.9c - L2 penalty of 1e-6 is far too weak to matter, so the gap stays about the baseline's (~1.0), not at most half
def build_regularised_mlp(n_inputs, n_classes):
    """The baseline MLP (two hidden layers of 256 ReLU units), regularised and compiled."""
    model = keras.Sequential([
        keras.Input((n_inputs,)),
        keras.layers.Dense(256, activation="relu", kernel_regularizer=keras.regularizers.L2(1e-6)),
        keras.layers.Dense(256, activation="relu", kernel_regularizer=keras.regularizers.L2(1e-6)),
        keras.layers.Dense(n_classes, activation="softmax"),
    ])
    model.compile(keras.optimizers.Adam(1e-2), "sparse_categorical_crossentropy")
    return model
