# target: ch02_approximator
# kind: alternative
# why: valid: Sequential built with model.add, activation given as the function keras.activations.tanh, loss "mean_squared_error"
def build_approximator(width):
    """Compiled 1 -> width (tanh) -> 1 regression network."""
    model = keras.Sequential()
    model.add(keras.Input(shape=(1,)))
    model.add(keras.layers.Dense(width, activation=keras.activations.tanh))
    model.add(keras.layers.Dense(1))
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.02), loss="mean_squared_error")
    return model
