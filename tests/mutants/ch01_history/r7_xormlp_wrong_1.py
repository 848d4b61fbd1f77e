# target: ch01_xor_mlp
# kind: mutant
# why: breaks 5.1a: the hidden layer must have hidden_units units for any hidden_units >= 1 - the width is fixed at 4 (the default), the argument is ignored
def build_xor_mlp(hidden_units=4):
    model = keras.Sequential([
        keras.Input(shape=(2,)),
        keras.layers.Dense(4, activation="tanh"),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05),
                  loss="binary_crossentropy", metrics=["accuracy"])
    return model


def mlp_param_count(layer_sizes):
    return int(sum((a + 1) * b for a, b in zip(layer_sizes[:-1], layer_sizes[1:])))
