# target: ch01_xor_mlp
# kind: alternative
# why: valid: model built with .add(), named layers and Keras objects (keras.activations.tanh/sigmoid, keras.losses.BinaryCrossentropy()), which 5.1b allows; parameter count by recursion, returned as a Python int
def build_xor_mlp(hidden_units=4):
    model = keras.Sequential(name="xor_mlp")
    model.add(keras.Input(shape=(2,)))
    model.add(keras.layers.Dense(hidden_units, activation=keras.activations.tanh, name="hidden"))
    model.add(keras.layers.Dense(1, activation=keras.activations.sigmoid, name="output"))
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05),
                  loss=keras.losses.BinaryCrossentropy(), metrics=["accuracy"])
    return model


def mlp_param_count(layer_sizes):
    sizes = [int(s) for s in layer_sizes]
    if len(sizes) < 2:
        return 0
    return sizes[1] * (sizes[0] + 1) + mlp_param_count(sizes[1:])
