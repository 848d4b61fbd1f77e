# target: ch02_approximator
# kind: mutant
# why: breaks 2.6c: MeanSquaredError(reduction="sum") sums the squared errors over the batch instead of averaging them, so the loss is not the mean squared error
def build_approximator(width):
    """Compiled 1 -> width (tanh) -> 1 regression network."""
    model = keras.Sequential()
    model.add(keras.Input(shape=(1,)))
    model.add(keras.layers.Dense(width, activation="tanh"))
    model.add(keras.layers.Dense(1, activation="linear"))
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=0.02),
        loss=keras.losses.MeanSquaredError(reduction="sum"),
    )
    return model
