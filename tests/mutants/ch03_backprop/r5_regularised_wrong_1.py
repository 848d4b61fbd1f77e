# target: ch03_regularised
# kind: mutant
# why: breaks 3.9a: n_inputs and n_classes are used the wrong way round (Input of n_classes features, softmax over n_inputs units); identical for the (2, 2) moons model, wrong shapes for e.g. n_inputs=5, n_classes=3
def build_regularised_mlp(n_inputs, n_classes):
    """The baseline MLP (two hidden layers of 256 ReLU units), regularised and compiled."""
    penalty = keras.regularizers.L2(1e-3)
    model = keras.Sequential([
        keras.Input(shape=(n_classes,)),
        keras.layers.Dense(256, activation="relu", kernel_regularizer=penalty),
        keras.layers.Dropout(0.3),
        keras.layers.Dense(256, activation="relu", kernel_regularizer=penalty),
        keras.layers.Dropout(0.3),
        keras.layers.Dense(n_inputs, activation="softmax"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(1e-2), loss="sparse_categorical_crossentropy")
    return model
