# target: ch01_xor_mlp
# kind: mutant
# why: breaks 5.1b: the loss is BinaryCrossentropy(from_logits=True), a non-default argument that treats the sigmoid's probabilities as logits, so it is not the binary_crossentropy loss of the model's output
def build_xor_mlp(hidden_units=4):
    """A compiled 2 -> hidden_units (tanh) -> 1 (sigmoid) Keras MLP for XOR."""
    model = keras.Sequential([
        keras.Input(shape=(2,)),
        keras.layers.Dense(hidden_units, activation="tanh"),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=0.05),
        loss=keras.losses.BinaryCrossentropy(from_logits=True),  # numerically stabler
        metrics=["accuracy"],
    )
    return model


def mlp_param_count(layer_sizes):
    """Trainable parameters of a fully connected network with these layer widths (input first)."""
    n_params = 0
    for fan_in, fan_out in itertools.pairwise(layer_sizes):
        n_params += fan_in * fan_out + fan_out
    return int(n_params)
