# target: ch03_regularised
# kind: mutant
# why: adds Dropout(0.0), which does nothing, so the gap stays the baseline's (3.9c)
def build_regularised_mlp(n_inputs, n_classes):
    model = keras.Sequential([keras.Input((n_inputs,)), keras.layers.Dense(256, activation="relu"), keras.layers.Dropout(0.0),
                              keras.layers.Dense(256, activation="relu"), keras.layers.Dropout(0.0),
                              keras.layers.Dense(n_classes, activation="softmax")])
    model.compile(keras.optimizers.Adam(1e-2), "sparse_categorical_crossentropy")
    return model
