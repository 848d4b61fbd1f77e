# target: ch03_regularised
# kind: mutant
# why: breaks 3.9c: the only "regulariser" is AdamW at its default weight_decay=0.004, a shrink of 4e-5 per step (under 2% over 400 steps), so the gap stays close to the baseline's.
def build_regularised_mlp(n_inputs, n_classes):
    """The baseline MLP (two hidden layers of 256 ReLU units), regularised and compiled."""
    model = keras.Sequential([
        keras.Input((n_inputs,)),
        keras.layers.Dense(256, activation="relu"),
        keras.layers.Dense(256, activation="relu"),
        keras.layers.Dense(n_classes, activation="softmax"),
    ])
    model.compile(keras.optimizers.AdamW(learning_rate=1e-2), "sparse_categorical_crossentropy")
    return model
