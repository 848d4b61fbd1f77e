# target: ch01_xor_mlp
# kind: alternative
# why: valid: Keras objects instead of strings (keras.activations.tanh/sigmoid, BinaryCrossentropy(), Adam(0.05) positionally), named layers, layers added with .add(); param count via NumPy dot converted to a Python int, debug print
def build_xor_mlp(hidden_units=4):
    model = keras.Sequential(name="xor_mlp")
    model.add(keras.Input(shape=(2,)))
    model.add(keras.layers.Dense(hidden_units, activation=keras.activations.tanh, name="hidden"))
    model.add(keras.layers.Dense(1, activation=keras.activations.sigmoid, name="output"))
    model.compile(optimizer=keras.optimizers.Adam(0.05),
                  loss=keras.losses.BinaryCrossentropy(),
                  metrics=["accuracy"])
    return model


def mlp_param_count(layer_sizes):
    sizes = np.asarray(layer_sizes, dtype=np.int64)
    weights = np.dot(sizes[:-1], sizes[1:])   # sum of a * b over consecutive layers
    biases = sizes[1:].sum()
    total = int(weights + biases)
    print(f"{list(layer_sizes)}: {total} trainable parameters")
    return total
