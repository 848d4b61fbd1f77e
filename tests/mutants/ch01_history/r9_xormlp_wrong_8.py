# target: ch01_xor_mlp
# kind: mutant
# why: breaks 5.1c: the formula (d+1)h + (h+1)o reads only layer_sizes[0], [1] and [-1], so it is right for [2, 4, 1] but wrong for two widths or more than one hidden layer
def build_xor_mlp(hidden_units=4):
    """A compiled 2 -> hidden_units (tanh) -> 1 (sigmoid) Keras MLP for XOR."""
    model = keras.Sequential([
        keras.Input(shape=(2,)),
        keras.layers.Dense(units=hidden_units, activation="tanh"),
        keras.layers.Dense(units=1, activation="sigmoid"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05),
                  loss=keras.losses.BinaryCrossentropy(), metrics=["accuracy"])
    return model


def mlp_param_count(layer_sizes):
    """Trainable parameters of a fully connected network with these layer widths (input first)."""
    # The formula from Section 5: (d + 1) h + (h + 1) for one output.
    d, h, outputs = layer_sizes[0], layer_sizes[1], layer_sizes[-1]
    return int((d + 1) * h + (h + 1) * outputs)
