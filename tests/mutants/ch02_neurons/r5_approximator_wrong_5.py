# target: ch02_approximator
# kind: mutant
# why: breaks 2.6a: the output layer is Dense(1, activation="tanh"), not a linear Dense(1) (sin stays in [-1, 1], so the error can still be small)
def build_approximator(width):
    """Compiled 1 -> width (tanh) -> 1 regression network."""
    model = keras.Sequential([keras.Input(shape=(1,)), keras.layers.Dense(width, activation="tanh"),
                              keras.layers.Dense(1, activation="tanh")])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.02), loss="mse")
    return model
