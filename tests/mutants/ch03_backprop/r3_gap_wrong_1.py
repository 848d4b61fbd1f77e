# target: ch03_regularised
# kind: mutant
# why: breaks 3.9b - student "closes the gap" by shrinking the hidden layers to 64 units (plus dropout), so the Dense layers are not Dense(256), Dense(256)
def build_regularised_mlp(n_inputs, n_classes):
    """The baseline MLP, made smaller so it cannot memorise the noise, then compiled."""
    model = keras.Sequential([
        keras.Input((n_inputs,)),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dropout(0.2),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dropout(0.2),
        keras.layers.Dense(n_classes, activation="softmax"),
    ])
    model.compile(keras.optimizers.Adam(1e-2), "sparse_categorical_crossentropy")
    return model
