# target: ch03_regularised
# kind: mutant
# why: breaks 3.9b (capacity stays that of the baseline): regularises by shrinking the hidden layers to 32 units, the fix the text explicitly rules out.
def build_regularised_mlp(n_inputs, n_classes):
    """The baseline MLP (two hidden layers of 256 ReLU units), regularised and compiled."""
    model = keras.Sequential([
        keras.Input((n_inputs,)),
        keras.layers.Dense(32, activation="relu"),
        keras.layers.Dropout(0.3),
        keras.layers.Dense(32, activation="relu"),
        keras.layers.Dense(n_classes, activation="softmax"),
    ])
    model.compile(keras.optimizers.Adam(1e-2), "sparse_categorical_crossentropy")
    return model
