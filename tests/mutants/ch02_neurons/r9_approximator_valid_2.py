# target: ch02_approximator
# kind: alternative
# why: meets 2.6a-2.6d: layers from a helper, keras.activations.linear on the output, the loss as the function keras.losses.mean_squared_error, Adam(2e-2) and an extra MAE metric
def hidden_and_output(width):
    """The two Dense layers: width tanh units, then one linear unit."""
    return [
        keras.layers.Dense(units=int(width), activation="tanh"),
        keras.layers.Dense(units=1, activation=keras.activations.linear),
    ]


def build_approximator(width):
    """Compiled 1 -> width (tanh) -> 1 regression network."""
    model = keras.Sequential([keras.Input(shape=(1,))] + hidden_and_output(width))
    optimizer = keras.optimizers.Adam(learning_rate=2e-2)
    model.compile(optimizer=optimizer, loss=keras.losses.mean_squared_error, metrics=["mae"])
    return model
