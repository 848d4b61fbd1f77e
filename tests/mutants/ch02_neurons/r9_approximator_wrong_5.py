# target: ch02_approximator
# kind: mutant
# why: breaks 2.6a: the output layer is Dense(1, activation="tanh") because sin x lies in [-1, 1], but the output must be linear
def build_approximator(width):
    """Compiled 1 -> width (tanh) -> 1 regression network."""
    model = keras.Sequential([
        keras.Input(shape=(1,)),
        keras.layers.Dense(width, activation="tanh"),
        keras.layers.Dense(1, activation="tanh"),  # sin x is between -1 and 1
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.02), loss="mse")
    return model
