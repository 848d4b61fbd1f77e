# target: ch02_approximator
# kind: alternative
# why: valid: model.add style with Keras objects (tanh activation function, explicit "linear" output, MeanSquaredError loss object); Adam(learning_rate=0.02), one hidden layer of width units.
def build_approximator(width):
    """Compiled 1 -> width (tanh) -> 1 regression network."""
    model = keras.Sequential()
    model.add(keras.Input(shape=(1,)))
    model.add(keras.layers.Dense(width, activation=keras.activations.tanh))
    model.add(keras.layers.Dense(1, activation="linear"))
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.02),
                  loss=keras.losses.MeanSquaredError())
    return model
