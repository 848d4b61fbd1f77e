# target: ch03_regularised
# kind: mutant
# why: breaks 3.9a - input shape copied from the baseline as (2,), ignoring n_inputs, so any n_inputs other than 2 fails
def build_regularised_mlp(n_inputs, n_classes):
    """The baseline MLP (two hidden layers of 256 ReLU units), regularised and compiled."""
    l2 = keras.regularizers.L2(1e-3)
    model = keras.Sequential([
        keras.Input((2,)),
        keras.layers.Dense(256, activation="relu", kernel_regularizer=l2),
        keras.layers.Dense(256, activation="relu", kernel_regularizer=l2),
        keras.layers.Dense(n_classes, activation="softmax", kernel_regularizer=l2),
    ])
    model.compile(keras.optimizers.Adam(1e-2), "sparse_categorical_crossentropy")
    return model
