# target: ch03_regularised
# kind: mutant
# why: breaks 3.9a (class probabilities) and 3.9b (Dense(n_classes, softmax)): outputs raw logits and uses from_logits=True, the "numerically stable" habit from Section 2.
def build_regularised_mlp(n_inputs, n_classes):
    """The baseline MLP (two hidden layers of 256 ReLU units), regularised and compiled."""
    l2 = keras.regularizers.L2(1e-3)
    model = keras.Sequential([
        keras.Input((n_inputs,)),
        keras.layers.Dense(256, activation="relu", kernel_regularizer=l2),
        keras.layers.Dropout(0.3),
        keras.layers.Dense(256, activation="relu", kernel_regularizer=l2),
        keras.layers.Dropout(0.3),
        keras.layers.Dense(n_classes),
    ])
    model.compile(optimizer=keras.optimizers.Adam(1e-2),
                  loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
    return model
