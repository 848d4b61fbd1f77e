# target: ch03_regularised
# kind: mutant
# why: a linear output layer trained on logits (from_logits=True): the model returns scores, not probabilities (3.9a, 3.9b)
def build_regularised_mlp(n_inputs, n_classes):
    penalty = keras.regularizers.L2(1e-2)
    model = keras.Sequential([keras.Input((n_inputs,)), keras.layers.Dense(256, activation="relu", kernel_regularizer=penalty),
                              keras.layers.Dense(256, activation="relu", kernel_regularizer=penalty), keras.layers.Dense(n_classes)])
    model.compile(keras.optimizers.Adam(1e-2), keras.losses.SparseCategoricalCrossentropy(from_logits=True))
    return model
