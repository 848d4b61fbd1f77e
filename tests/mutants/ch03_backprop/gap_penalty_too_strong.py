# target: ch03_regularised
# kind: mutant
# why: an L2 penalty of 1.0 so strong that the network barely learns: a tiny gap, but a validation accuracy far below the baseline's (3.9d)
def build_regularised_mlp(n_inputs, n_classes):
    penalty = keras.regularizers.L2(1.0)
    model = keras.Sequential([keras.Input((n_inputs,)), keras.layers.Dense(256, activation="relu", kernel_regularizer=penalty),
                              keras.layers.Dense(256, activation="relu", kernel_regularizer=penalty),
                              keras.layers.Dense(n_classes, activation="softmax", kernel_regularizer=penalty)])
    model.compile(keras.optimizers.Adam(1e-2), "sparse_categorical_crossentropy")
    return model
