# target: ch02_approximator
# kind: mutant
# why: breaks 2.6c: compiled with the mean absolute error loss ("mae") instead of the mean squared error
def build_approximator(width):
    """Compiled 1 -> width (tanh) -> 1 regression network."""
    model = keras.Sequential(
        [
            keras.Input(shape=(1,)),
            keras.layers.Dense(width, activation="tanh"),
            keras.layers.Dense(1),
        ]
    )
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.02), loss="mae", metrics=["mse"])
    return model
