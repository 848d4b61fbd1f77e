# target: ch03_regularised
# kind: mutant
# why: breaks 3.9d - L2(1.0) on every Dense layer collapses the weights to ~0, so the gap is ~0 but the model predicts the prior and validation accuracy falls to ~0.5
def build_regularised_mlp(n_inputs, n_classes):
    """The baseline MLP (two hidden layers of 256 ReLU units), strongly regularised and compiled."""
    strong = keras.regularizers.L2(1.0)
    model = keras.Sequential([
        keras.Input((n_inputs,)),
        keras.layers.Dense(256, activation="relu", kernel_regularizer=strong),
        keras.layers.Dense(256, activation="relu", kernel_regularizer=strong),
        keras.layers.Dense(n_classes, activation="softmax", kernel_regularizer=strong),
    ])
    model.compile(keras.optimizers.Adam(1e-2), "sparse_categorical_crossentropy")
    return model
