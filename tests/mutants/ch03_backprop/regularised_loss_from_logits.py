# target: ch03_regularised
# kind: mutant
# why: breaks 3.9b: the loss treats the softmax probabilities as logits (from_logits=True), so it is not the sparse categorical cross-entropy of the output
def build_regularised_mlp(n_inputs, n_classes):
    """The baseline MLP (two hidden layers of 256 ReLU units), regularised and compiled."""
    penalty = keras.regularizers.L2(1e-2)
    model = keras.Sequential([
        keras.Input((n_inputs,)),
        keras.layers.Dense(256, activation="relu", kernel_regularizer=penalty),
        keras.layers.Dense(256, activation="relu", kernel_regularizer=penalty),
        keras.layers.Dense(n_classes, activation="softmax"),
    ])
    model.compile(keras.optimizers.Adam(1e-2), keras.losses.SparseCategoricalCrossentropy(from_logits=True))
    return model
