# target: ch01_xor_mlp
# kind: alternative
# why: meets 5.1a-5.1d: add() style with activation functions and a loss object instead of strings, a debug print, and the count split into weights plus biases
def build_xor_mlp(hidden_units=4):
    """A compiled 2 -> hidden_units (tanh) -> 1 (sigmoid) Keras MLP for XOR."""
    model = keras.Sequential(name="xor_mlp")
    model.add(keras.Input(shape=(2,)))
    model.add(keras.layers.Dense(hidden_units, activation=keras.activations.tanh, name="hidden"))
    model.add(keras.layers.Dense(1, activation=keras.activations.sigmoid, name="probability"))
    adam = keras.optimizers.Adam(learning_rate=0.05)
    model.compile(optimizer=adam, loss=keras.losses.BinaryCrossentropy(), metrics=["accuracy"])
    print(f"build_xor_mlp: {hidden_units} hidden units, {model.count_params()} parameters")
    return model


def mlp_param_count(layer_sizes):
    """Trainable parameters of a fully connected network with these layer widths (input first)."""
    widths = [int(w) for w in layer_sizes]
    weights = sum(a * b for a, b in itertools.pairwise(widths))  # one weight per connection
    biases = sum(widths[1:])  # one bias per non-input unit
    return weights + biases
