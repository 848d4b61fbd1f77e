# target: ch02_approximator
# kind: mutant
# why: breaks 2.6b: Adam's learning rate is 2e-3 (a slipped exponent), not 0.02; the width-30 model can still reach a grid MSE near 0.01, so training alone may not show it
def build_approximator(width):
    """Compiled 1 -> width (tanh) -> 1 regression network."""
    inputs = keras.Input(shape=(1,))
    model = keras.Sequential([inputs, keras.layers.Dense(width, activation="tanh"), keras.layers.Dense(1)])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=2e-3), loss="mean_squared_error")
    return model
