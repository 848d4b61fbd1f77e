# target: ch02_approximator
# kind: mutant
# why: breaks 2.6a: the hidden layer uses ReLU (as in the hand-built interpolant above) instead of tanh
def build_approximator(width):
    """Compiled 1 -> width (tanh) -> 1 regression network."""
    hidden = keras.layers.Dense(width, activation="relu", name="hinges")
    model = keras.Sequential([keras.Input(shape=(1,)), hidden, keras.layers.Dense(1, name="readout")])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.02), loss=keras.losses.MeanSquaredError())
    return model
