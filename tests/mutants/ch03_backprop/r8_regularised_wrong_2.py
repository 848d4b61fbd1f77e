# target: ch03_regularised
# kind: mutant
# why: breaks 3.9a/3.9b (n_classes outputs): the output layer is hard-coded to Dense(2, softmax), so build_regularised_mlp(2, 3) gives shape (batch, 2).
def build_regularised_mlp(n_inputs, n_classes):
    """The baseline MLP (two hidden layers of 256 ReLU units), regularised and compiled."""
    l2 = keras.regularizers.L2(1e-3)
    model = keras.Sequential([
        keras.Input((n_inputs,)),
        keras.layers.Dense(256, activation="relu", kernel_regularizer=l2),
        keras.layers.Dropout(0.3),
        keras.layers.Dense(256, activation="relu", kernel_regularizer=l2),
        keras.layers.Dropout(0.3),
        keras.layers.Dense(2, activation="softmax"),
    ])
    model.compile(keras.optimizers.Adam(1e-2), "sparse_categorical_crossentropy")
    return model
