# target: ch02_approximator
# kind: alternative
# why: valid: Sequential built with add(), activation given as the function keras.activations.tanh, output activation=None, loss as a keras.losses.MeanSquaredError() object, an extra metric, width cast with int()
def hidden_layer(width):
    return keras.layers.Dense(int(width), activation=keras.activations.tanh)


def build_approximator(width):
    """Compiled 1 -> width (tanh) -> 1 regression network."""
    model = keras.Sequential()
    model.add(keras.Input(shape=(1,)))
    model.add(hidden_layer(width))
    model.add(keras.layers.Dense(1, activation=None))
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.02),
                  loss=keras.losses.MeanSquaredError(),
                  metrics=[keras.metrics.MeanAbsoluteError()])
    return model
