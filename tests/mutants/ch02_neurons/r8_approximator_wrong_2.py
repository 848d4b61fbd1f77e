# target: ch02_approximator
# kind: mutant
# why: breaks 2.6a (a linear Dense(1) output): the output gets tanh because sin x lies in [-1, 1].
def build_approximator(width):
    """Compiled 1 -> width (tanh) -> 1 regression network."""
    model = keras.Sequential([
        keras.Input(shape=(1,)),
        keras.layers.Dense(width, activation="tanh"),
        keras.layers.Dense(1, activation="tanh"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.02), loss="mse")
    return model
