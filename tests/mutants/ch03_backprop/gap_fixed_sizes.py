# target: ch03_regularised
# kind: mutant
# why: hard-codes the moons' 2 inputs and 2 classes instead of using n_inputs and n_classes (3.9a)
def build_regularised_mlp(n_inputs, n_classes):
    penalty = keras.regularizers.L2(1e-2)
    model = keras.Sequential([keras.Input((2,)), keras.layers.Dense(256, activation="relu", kernel_regularizer=penalty),
                              keras.layers.Dense(256, activation="relu", kernel_regularizer=penalty),
                              keras.layers.Dense(2, activation="softmax")])
    model.compile(keras.optimizers.Adam(1e-2), "sparse_categorical_crossentropy")
    return model
