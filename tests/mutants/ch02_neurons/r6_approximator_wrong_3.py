# target: ch02_approximator
# kind: mutant
# why: breaks 2.6a: the hidden layer has max(width, 2) units, so build_approximator(1) has 2 tanh units instead of 1; every width the visible check looks at (30) is right
def build_approximator(width):
    """Compiled 1 -> width (tanh) -> 1 regression network."""
    model = keras.Sequential([keras.Input(shape=(1,)), keras.layers.Dense(max(width, 2), activation="tanh"), keras.layers.Dense(1)])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.02), loss="mean_squared_error")
    return model
