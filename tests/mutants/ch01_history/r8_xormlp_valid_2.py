# target: ch01_xor_mlp
# kind: alternative
# why: valid: a helper builds the layer list, optimizer object kept in a variable, a debug print and a type() check; same Sequential architecture, Adam(0.05), binary_crossentropy and accuracy; param count via a list of per-layer counts cast to int.
def dense_stack(hidden_units):
    """The layers of the XOR network, input first."""
    return [keras.Input(shape=(2,)),
            keras.layers.Dense(units=hidden_units, activation="tanh", use_bias=True),
            keras.layers.Dense(units=1, activation="sigmoid")]


def build_xor_mlp(hidden_units=4):
    """A compiled 2 -> hidden_units (tanh) -> 1 (sigmoid) Keras MLP for XOR."""
    if type(hidden_units) is not int:
        hidden_units = int(hidden_units)
    model = keras.Sequential(dense_stack(hidden_units))
    optimizer = keras.optimizers.Adam(learning_rate=0.05)
    model.compile(optimizer=optimizer, loss="binary_crossentropy", metrics=["accuracy"])
    print(f"build_xor_mlp: 2 -> {hidden_units} -> 1, {model.count_params()} parameters")
    return model


def mlp_param_count(layer_sizes):
    """Trainable parameters of a fully connected network with these layer widths (input first)."""
    per_layer = [(int(n_in) + 1) * int(n_out) for n_in, n_out in zip(list(layer_sizes), list(layer_sizes)[1:])]
    return int(sum(per_layer))
