# target: ch01_xor_mlp
# kind: alternative
# why: adds layers one by one, passes activations as functions, counts parameters with a loop
def build_xor_mlp(hidden_units=4):
    model = keras.Sequential()
    model.add(keras.Input(shape=(2,)))
    model.add(keras.layers.Dense(units=hidden_units, activation=keras.activations.tanh))
    model.add(keras.layers.Dense(units=1, activation=keras.activations.sigmoid))
    model.compile(optimizer=keras.optimizers.Adam(0.05), loss=keras.losses.BinaryCrossentropy(),
                  metrics=["accuracy"])
    return model


def mlp_param_count(layer_sizes):
    total = 0
    for fan_in, fan_out in zip(layer_sizes, layer_sizes[1:]):
        total += fan_in * fan_out + fan_out
    return total
