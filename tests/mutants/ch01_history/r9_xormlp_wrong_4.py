# target: ch01_xor_mlp
# kind: mutant
# why: breaks 5.1b: metrics=[keras.metrics.Accuracy()] is exact-match accuracy (prediction == label), not the 0.5-threshold accuracy the string "accuracy" gives a sigmoid output
def build_xor_mlp(hidden_units=4):
    """A compiled 2 -> hidden_units (tanh) -> 1 (sigmoid) Keras MLP for XOR."""
    model = keras.Sequential([
        keras.Input(shape=(2,)),
        keras.layers.Dense(hidden_units, activation=keras.activations.tanh),
        keras.layers.Dense(1, activation=keras.activations.sigmoid),
    ])
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=0.05),
        loss=keras.losses.BinaryCrossentropy(),
        metrics=[keras.metrics.Accuracy()],  # the Keras object for "accuracy"
    )
    return model


def mlp_param_count(layer_sizes):
    """Trainable parameters of a fully connected network with these layer widths (input first)."""
    return int(sum((fan_in + 1) * fan_out for fan_in, fan_out in zip(layer_sizes, layer_sizes[1:])))
