# target: ch03_regularised
# kind: mutant
# why: breaks 3.9a (any n_inputs): the input shape is hard-coded to (2,) copied from the baseline, so build_regularised_mlp(5, 3) rejects inputs of shape (batch, 5).
def build_regularised_mlp(n_inputs, n_classes):
    """The baseline MLP (two hidden layers of 256 ReLU units), regularised and compiled."""
    l2 = keras.regularizers.L2(1e-3)
    model = keras.Sequential([
        keras.Input((2,)),
        keras.layers.Dense(256, activation="relu", kernel_regularizer=l2),
        keras.layers.Dropout(0.3),
        keras.layers.Dense(256, activation="relu", kernel_regularizer=l2),
        keras.layers.Dropout(0.3),
        keras.layers.Dense(n_classes, activation="softmax"),
    ])
    model.compile(keras.optimizers.Adam(1e-2), "sparse_categorical_crossentropy")
    return model
