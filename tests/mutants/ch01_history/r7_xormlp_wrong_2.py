# target: ch01_xor_mlp
# kind: mutant
# why: breaks 5.1b: the loss must be binary_crossentropy - it is BinaryCrossentropy(label_smoothing=0.1), a different (smoothed-target) loss that still trains XOR to high accuracy
def build_xor_mlp(hidden_units=4):
    model = keras.Sequential([
        keras.Input(shape=(2,)),
        keras.layers.Dense(hidden_units, activation="tanh"),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05),
                  loss=keras.losses.BinaryCrossentropy(label_smoothing=0.1),
                  metrics=["accuracy"])
    return model


def mlp_param_count(layer_sizes):
    return int(sum((a + 1) * b for a, b in zip(layer_sizes[:-1], layer_sizes[1:])))
