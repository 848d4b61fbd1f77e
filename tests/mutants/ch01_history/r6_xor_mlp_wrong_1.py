# target: ch01_xor_mlp
# kind: mutant
# why: breaks 5.1c: mlp_param_count returns a NumPy int64 (from np.sum), not a Python int
def build_xor_mlp(hidden_units=4):
    model = keras.Sequential([
        keras.Input(shape=(2,)),
        keras.layers.Dense(hidden_units, activation="tanh"),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss="binary_crossentropy", metrics=["accuracy"])
    return model


def mlp_param_count(layer_sizes):
    sizes = np.asarray(layer_sizes)
    return np.sum((sizes[:-1] + 1) * sizes[1:])
