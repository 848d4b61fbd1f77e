# target: ch01_xor_mlp
# kind: mutant
# why: keeps Adam's default learning rate, too small to learn XOR in 260 steps
def build_xor_mlp(hidden_units=4):
    model = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(hidden_units, activation="tanh"),
                              keras.layers.Dense(1, activation="sigmoid")])
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
    return model


def mlp_param_count(layer_sizes):
    return int(sum((a + 1) * b for a, b in zip(layer_sizes[:-1], layer_sizes[1:])))
