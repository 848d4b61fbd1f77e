# target: ch03_regularised
# kind: mutant
# why: closes the gap by shrinking the hidden layers to 16 units instead of regularising the 256-unit network (3.9b)
def build_regularised_mlp(n_inputs, n_classes):
    model = keras.Sequential([keras.Input((n_inputs,)), keras.layers.Dense(16, activation="relu"),
                              keras.layers.Dense(16, activation="relu"), keras.layers.Dense(n_classes, activation="softmax")])
    model.compile(keras.optimizers.Adam(1e-2), "sparse_categorical_crossentropy")
    return model
